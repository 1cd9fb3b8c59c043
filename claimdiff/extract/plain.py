"""Plain figures: the fast path's shapes where none of the scan's gates before it applies.

Before it reads digits, the scan (:func:`claimdiff.extract.scan._figure`) asks four
gates in turn: a clock (a colon one or two characters on), a length of time in unit
letters (:data:`.durations.UNIT_LETTERS`), a date in digits (:data:`.dates._ISO_DATE`)
and a number that states nothing (:func:`.unclaimed.not_a_claim`); then the fast
path's pattern (:mod:`.fast_amounts`).  Each gate is a call and a match, some 2,000
to 6,000 instructions however soon it fails, and nearly every figure fails all four.

:data:`PLAIN` gives, per language, one pattern that is the fast path's own, after
lookarounds that fail wherever a gate could say anything: the colon, the gates' own
patterns (their groups unnamed), a hyphen, "#", "№", "+" or "(" before the digits
(not_a_claim's other tests) and a point (read in full by the fast path).  Where it
matches, every gate would have let the figure through, and its groups are the fast
path's match; where it does not, the scan asks the gates as before.  A language that
writes dates with a separator of its own (``NUMERIC_DATE_SEPARATOR``), or has no fast
path, has no such pattern (None).  ``tests/test_plain.py`` checks both sides.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from claimdiff.extract.dates import _ISO_DATE
from claimdiff.extract.durations import UNIT_LETTERS
from claimdiff.extract.unclaimed import _MAYBE_NOT_A_CLAIM
from claimdiff.lexicon import Lexicon, get_lexicon
from claimdiff.lexicon.fast_shapes import FIGURE_GROUPS
from claimdiff.pattern_code import compile_pattern
from claimdiff.text import WORD_DASHES

__all__ = ["PLAIN", "plain_pattern"]

Matcher = Callable[[str, int], "re.Match[str] | None"]


def plain_pattern(lex: Lexicon) -> re.Pattern[str] | None:
    """The fast path's pattern, matching only where no gate before it applies."""
    shapes = lex.fast_shapes
    if shapes is None or lex.NUMERIC_DATE_SEPARATOR:
        return None
    before = "".join(re.escape(c) for c in sorted({*WORD_DASHES, "#", "№", "+", "(", "."}))
    gates = (
        rf"(?<![{before}])"
        r"(?![\s\S]{1,2}:)"  # text.find(":", p + 1, p + 3): a clock may start here
        + "".join(f"(?!{_unnamed(g.pattern)})" for g in (UNIT_LETTERS, _ISO_DATE))
        + f"(?!{_unnamed(_MAYBE_NOT_A_CLAIM.pattern)})"
    )
    for g in (UNIT_LETTERS, _ISO_DATE, _MAYBE_NOT_A_CLAIM, shapes.figure):
        assert not g.flags & ~re.UNICODE, g  # flags of their own would not carry over
    plain = compile_pattern(gates + shapes.figure.pattern)
    # fast_core reads the groups by position.
    assert plain.groupindex == FIGURE_GROUPS and plain.groups == len(FIGURE_GROUPS)
    return plain


def _unnamed(pattern: str) -> str:
    """``pattern`` with its groups unnamed: two gates name a group "m"."""
    assert "(?P=" not in pattern  # no group is referred back to
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


class _ByLanguage(dict[str, "Matcher | None"]):
    """Each language's plain pattern's ``match``, built the first time it is asked for."""

    def __missing__(self, lang: str) -> Matcher | None:
        pattern = plain_pattern(get_lexicon(lang))
        found = self[lang] = None if pattern is None else pattern.match
        return found


PLAIN: dict[str, Matcher | None] = _ByLanguage()
"""Language → the plain pattern's ``match`` (None where it has none), by ``lex.lang``."""
