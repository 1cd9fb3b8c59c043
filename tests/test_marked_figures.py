"""The scan's shortcut for a figure followed by a mark (scan._figure): an amount, share or
measure ("£1.2m,", "45%;") with neither white space nor a dash after it skips date_at,
age_at, age_limit, ranged and ratio, because each of them would return None there.

Checked at every digit of generated texts made of currencies, numbers, scales, units,
marks and the words those readers look for before a figure (ages, limits, ranges, ratios,
dates): wherever the shortcut applies, each reader returns None.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimdiff.extract.ages import age_at, age_limit
from claimdiff.extract.amounts import read_core
from claimdiff.extract.bounds import SEPARATOR_OPENS, ranged, ratio
from claimdiff.extract.dates import date_at
from claimdiff.extract.members import COUNT, DURATION
from claimdiff.extract.scan import _window_start
from claimdiff.lexicon import get_lexicon

_PIECES = st.sampled_from(
    ["1", "12", "1.2", "45", "2023", "16,000", "0", "£", "$", "€", "US$", "EUR ", "%", " per cent",
     "m", "bn", " million", "k", " km", "km", " kg", " years", " months", " days", " hours",
     "C", "°C", ",", ";", ".", ":", ")", "!", "?", "/", "-", "–", "—", "~", "‐", " ", "\n",
     " to ", " and ", " in ", " out of ", "aged ", "age ", "children under ", "people over ",
     "between ", "from ", "ranging from ", "March ", "12 March", "rose ", "about ", "Ages "]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=10).map("".join))
def test_marked_amounts_are_no_age_range_ratio_or_date(text: str) -> None:
    lex = get_lexicon("en")
    for p in range(len(text)):
        if not text[p].isdigit() or (p and text[p - 1].isdigit()):
            continue
        core, _ = read_core(text, p, lex)
        if core is None or core.kind is COUNT or core.kind is DURATION:
            continue
        c = text[core.end : core.end + 1]
        if c.isspace() or c in SEPARATOR_OPENS:
            continue
        lo = _window_start(core.start)
        window = text[lo : core.start]
        assert date_at(text, core, lex) is None, (text, p)
        assert age_at(text, core, lex, window, lo) is None, (text, p)
        assert age_limit(core, lex, window, lo) is None, (text, p)
        assert ranged(text, core, lex, window, lo) is None, (text, p)
        assert ratio(text, core, lex) is None, (text, p)


def test_marked_amounts_are_met() -> None:
    """The generated texts do reach the shortcut: "£1.2m," is an amount followed by a mark."""
    lex = get_lexicon("en")
    core, _ = read_core("£1.2m, 45%;", 1, lex)
    assert core is not None and core.kind is not COUNT and core.kind is not DURATION
    assert "£1.2m, 45%;"[core.end] == ","
