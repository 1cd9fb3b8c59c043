"""A temperature said "below zero" is that far below zero.

"Temperatures fell to 5C below zero" is -5C: read as written, the figure was +5C (a false
conflict with "-5C") and "below zero" a stray count of nought.  A temperature claim whose
words are followed by one of ``BELOW_ZERO`` ("below zero"; "below freezing" in Celsius) is
turned below zero, its span running over the words, and the count read from "zero" is dropped.
"""

from __future__ import annotations

import attrs

from claimdiff.construct import new_quantity
from claimdiff.lexicon import Lexicon
from claimdiff.model import Claim, Kind

__all__ = ["below_zero"]

_TEMPERATURES = frozenset({"degree_Celsius", "degree_Fahrenheit", "degree"})


def below_zero(text: str, claims: list[Claim], lex: Lexicon) -> list[Claim]:
    """``claims`` with each temperature said below zero turned negative.

    >>> from claimdiff import extract
    >>> [(c.text, c.quantity.value) for c in extract("It fell to 5C below zero.")]
    [('5C below zero', -5.0)]
    """
    turned_at: dict[int, Claim] = {}
    taken: set[int] = set()
    for c in claims:
        q = c.quantity
        unit = None if q is None else q.unit
        words = _words_after(text, c.span[1], unit, lex) if c.kind is Kind.MEASURE else None
        if words is None or q is None or unit not in _TEMPERATURES or (q.value or 0) < 0:
            continue
        end = c.span[1] + words
        cold = new_quantity(
            _neg(q.high), _neg(q.low), _neg(q.value), unit, q.qualifier, q.plausible
        )
        # The count read from "below zero" starts inside the words: dropped by its start,
        # a set for the text (a scan of every claim for each would be quadratic).
        taken.update(range(c.span[1] + 1, end))
        turned_at[c.span[0]] = attrs.evolve(
            c, text=text[c.span[0] : end], span=(c.span[0], end), quantity=cold
        )
    if not turned_at:
        return claims
    return [turned_at.get(c.span[0], c) for c in claims if c.span[0] not in taken]


def _neg(x: float | None) -> float | None:
    return None if x is None else -x


def _words_after(text: str, at: int, unit: str | None, lex: Lexicon) -> int | None:
    """How many characters from ``at`` the words "below zero" run, or None; "below
    freezing" only on the scale whose zero is freezing."""
    for phrase, scale in lex.BELOW_ZERO.items():
        if scale is not None and scale != unit:
            continue
        n = len(phrase) + 1
        if text[at : at + n].lower() == " " + phrase:
            nxt = text[at + n : at + n + 1]
            if not nxt.isalnum():
                return n
    return None
