"""The plain pattern (extract/plain.py) matches only where every gate the scan asks before
the fast path lets the figure through, and there gives the fast path's own match.

Checked at every offset of generated texts made of the pieces each gate reads (clocks,
times, unit letters, dates, versions, phones, scores, list items, names' hyphens) and of
the figures of prose; tests/test_fast_amounts.py compares whole extractions with the
gates and the fast path both turned off.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimdiff.extract.dates import iso_date_at
from claimdiff.extract.durations import UNIT_LETTERS, clock_duration_at
from claimdiff.extract.plain import PLAIN, plain_pattern
from claimdiff.extract.unclaimed import not_a_claim
from claimdiff.lexicon import get_lexicon

_PIECES = st.sampled_from(
    ["1", "12", "123", "1234", "12345", "123456", "2023", "٣", "0", ".", ":", "/", "-", "–",
     "‐", "‑", ")", "(", "+", "#", "№", " ", "  ", "\n", "\t", "\u00a0", ",", ";", "%", " %",
     "a", "A", "p", "P", "m", "M", "h", "s", "k", "b", "e", "E", "u", "c", "g", "t", "d",
     "am", "p.m.", "GMT", "bst", "Bſt", "utc", "et", "bn", "km", " km", " per cent",
     " people", " apples", " pm", " ET", "2h", "16m", "40s", "9.58s", "3m 45s", "10:30",
     "2:04:01", "2023-03-12", "12/03/2023", "1.2.3", "192.168.1.2", "+44 20 7946 0958",
     "3-1", "4-3-3", "9/11", "2025/26", "1) ", "Covid-", "A321-", "magnitude-", "x", "_",
     "²", "İ", "£", "$", "Boeing 737", "No "]
)  # fmt: skip


def _gates_pass(text: str, p: int) -> bool:
    """Whether every gate of scan._figure lets the digits at ``p`` through to the fast path."""
    lex = get_lexicon("en")
    if text.find(":", p + 1, p + 3) >= 0 and clock_duration_at(text, p) is not None:
        return False
    if UNIT_LETTERS.match(text, p) is not None:
        return False  # the gate reads on only where its pattern fails or its reading does
    return iso_date_at(text, p, lex) is None and not_a_claim(text, p, lex) is None


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=10).map("".join))
def test_plain_only_where_every_gate_passes(text: str) -> None:
    lex = get_lexicon("en")
    plain, figure = PLAIN["en"], lex.fast_shapes.figure
    assert plain is not None
    for p in range(len(text)):
        m = plain(text, p)
        if m is None:
            continue
        assert _gates_pass(text, p), (text, p)
        assert not (p and text[p - 1] == "."), (text, p)  # the fast path's own refusal
        f = figure.match(text, p)
        assert f is not None
        assert (m.span(), m.groupdict()) == (f.span(), f.groupdict())


def test_plain_reads_common_figures() -> None:
    """The figures of prose and of long lists match (the check above is not vacuous)."""
    plain = PLAIN["en"]
    assert plain is not None
    text = "It cost £1.2m, $3bn, 45%, 12 km; 16,000 people in 2019, 7 million. 4.5 per cent"
    for written in ("1.2m", "3bn", "45%", "12 km", "16,000", "2019", "7 million", "4.5 per"):
        assert plain(text, text.index(written)) is not None, written
    for other in ("10:30 on 2023-03-12, 6h, 3-1, v1.2.3", "Covid-19", "#5", "(020) 7946 0958"):
        assert plain(other, next(k for k, c in enumerate(other) if c.isdigit())) is None, other


def test_no_plain_pattern_without_a_fast_path() -> None:
    """German has no fast path, so no plain pattern: every gate is asked."""
    assert plain_pattern(get_lexicon("de")) is None
    assert PLAIN["de"] is None
    assert PLAIN["de_CH"] is None
