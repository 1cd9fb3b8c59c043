"""Two counts joined by "and" against the other report's total of them.

One report gives a total ("192 people were on board"), the other its parts ("186
passengers and six crew"). Paired part by part, the passengers met the total as a
conflict of 3%. Where the other text gives a count that holds the parts' sum and no
count of either part's figure, the two parts are read as one claim of their sum, shown
on both ("186 passengers and six crew"), and meet the total as any count does
(docs/compare.md, "A total against its parts"). Where the other text writes a part's
figure ("186 passengers"), the parts stay apart; where no count holds the sum, the parts
are judged as before ("46 patients and 12 staff" against "64 people": the 46 meets the
64).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from claimdiff.candidates import Candidate
from claimdiff.model import Kind, Qualifier, Quantity, Span
from claimdiff.pattern_code import compile_pattern

__all__ = ["joined_totals"]

# What may stand between two parts: "186 passengers and six crew", "310 men, and 210
# women".
_AND = compile_pattern(r",?\s+and\s+")


def joined_totals(
    cands: Sequence[Candidate], other: Sequence[Candidate], text: str
) -> tuple[list[Candidate], dict[Span, str]]:
    """``cands`` (one text's candidates, ``text`` its words) with each two counts joined
    by "and" read as one count of their sum, where ``other`` holds a count of that sum
    and none of either part's figure; and, by each joined claim's span, its sum in words
    ("186 + 6 = 192") for the reason."""
    totals = [q for c in other if (q := _count(c)) is not None]
    sums: dict[Span, str] = {}
    if not totals:
        return list(cands), sums
    values = {q.value for q in totals}
    out: list[Candidate] = []
    k = 0
    while k < len(cands):
        c = cands[k]
        nxt = cands[k + 1] if k + 1 < len(cands) else None
        joined = _joined(c, nxt, text, totals, values) if nxt is not None else None
        if joined is not None:
            out.append(joined)
            parts = (c.claim.quantity, nxt.claim.quantity) if nxt is not None else (None, None)
            sums[joined.claim.span] = _sum_words(parts, joined.claim.quantity)
            k += 2
        else:
            out.append(c)
            k += 1
    return out, sums


def _sum_words(parts: tuple[Quantity | None, Quantity | None], total: Quantity | None) -> str:
    """ "186 + 6 = 192": the parts and their sum, as the reason shows them."""
    figures = [q.value for q in (*parts, total) if q is not None and q.value is not None]
    if len(figures) != 3:
        return ""
    a, b, t = (f"{v:,.0f}" if v == int(v) else f"{v:,}" for v in figures)
    return f"{a} + {b} = {t}"


def _count(c: Candidate) -> Quantity | None:
    """A plain count's quantity (not a place in a series, no rate, no change), or None."""
    claim = c.claim
    q = claim.quantity
    if claim.kind is not Kind.COUNT or q is None or q.value is None or claim.ordinal:
        return None
    if claim.per or claim.direction is not None or claim.role == "by":
        return None
    return q


def _joined(
    first: Candidate,
    second: Candidate,
    text: str,
    totals: list[Quantity],
    values: set[float | None],
) -> Candidate | None:
    """The two candidates as one count of their sum, or None."""
    qa, qb = _count(first), _count(second)
    if qa is None or qb is None or qa.qualifier is not Qualifier.EXACT:
        return None
    if qb.qualifier is not Qualifier.EXACT or first.block != second.block:
        return None
    start, end = first.claim.span[1], second.claim.span[0]
    if start > end or _AND.fullmatch(text, start, end) is None:
        return None
    if qa.value in values or qb.value in values:
        return None  # the other text counts a part: "186 passengers"
    assert qa.value is not None and qb.value is not None
    total = qa.value + qb.value
    if not any(_holds(q, total) for q in totals):
        return None
    span = (first.claim.span[0], second.claim.span[1])
    claim = attrs.evolve(
        first.claim,
        text=text[span[0] : span[1]],
        span=span,
        quantity=Quantity(total, total, total, None, Qualifier.EXACT),
        noun=None,
        # What each part is said of holds for the sum only where both say it: "52
        # residents and 14 staff" are no population.
        predicate=first.claim.predicate
        if first.claim.predicate == second.claim.predicate
        else None,
    )
    return attrs.evolve(first, claim=claim, noun=None, own=first.own | second.own)


def _holds(q: Quantity, total: float) -> bool:
    """Whether a count's reading holds the sum: "192 people", "more than 190 people"."""
    lo, hi = q.interval
    return (lo is None or lo <= total) and (hi is None or total <= hi)
