"""Two counts joined by "and" against the other report's total of them.

One report gives a total ("192 people were on board"), the other its parts ("186
passengers and six crew"). Paired part by part, the passengers met the total as a
conflict of 3%. Where the other text gives a count that holds the parts' sum, of the same
sort (persons or things), and no count that holds either part's figure, the two parts are
read as one claim of their sum, shown on both ("186 passengers and six crew"), and meet
the total as any count does (docs/compare.md, "A total against its parts"). Where the
other text counts a part ("186 passengers"), the parts stay apart; where no count holds
the sum, the parts are judged as before ("46 patients and 12 staff" against "64 people":
the 46 meets the 64).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from claimdiff import nouns
from claimdiff.candidates import Candidate
from claimdiff.model import Kind, Qualifier, Quantity, Span
from claimdiff.pattern_code import compile_pattern

__all__ = ["joined_totals"]

# What may stand between two parts: "186 passengers and six crew", "31 climbers, and
# seven guides".
_AND = compile_pattern(r",?\s+(?:and|And|AND)\s+")
# ... and between a list's items, which are no two parts of one total: "10 bus
# passengers, 4 tram passengers and 2 pedestrians".
_LISTED = compile_pattern(r"(?:,|\s+(?:and|And|AND))\s*")
# A part this small beside the sum is lost in a hedged total's reading.
_SLIVER = 0.05


@attrs.frozen
class _Totals:
    """The other text's counts with their quantities: an exact figure by its value (it
    holds a sum only where it is that sum, whatever its rounding), a hedged or bounded one
    by its reading."""

    exact: dict[float, list[tuple[Candidate, Quantity]]]
    hedged: list[tuple[Candidate, Quantity]]

    def holding(self, total: float) -> list[tuple[Candidate, Quantity]]:
        """The counts that hold ``total``: an exact one of that value, another whose
        reading holds it."""
        found = list(self.exact.get(total, ()))
        return found + [(c, q) for c, q in self.hedged if _holds(q, total)]


def joined_totals(
    cands: Sequence[Candidate], other: Sequence[Candidate], text: str
) -> tuple[list[Candidate], dict[Span, str]]:
    """``cands`` (one text's candidates, ``text`` its words) with each two counts joined
    by "and" read as one count of their sum, where ``other`` holds a count of that sum
    and none of either part's figure; and, by each joined claim's span, its sum in words
    ("186 + 6 = 192") for the reason."""
    sums: dict[Span, str] = {}
    exact: dict[float, list[tuple[Candidate, Quantity]]] = {}
    hedged: list[tuple[Candidate, Quantity]] = []
    for c in other:
        q = _count(c)
        if q is None or q.value is None:
            continue
        if q.qualifier is Qualifier.EXACT:
            exact.setdefault(q.value, []).append((c, q))
        else:
            hedged.append((c, q))
    if not exact and not hedged:
        return list(cands), sums
    totals = _Totals(exact, hedged)
    out: list[Candidate] = []
    k = 0
    while k < len(cands):
        joined = _joined(cands, k, text, totals)
        if joined is not None:
            claim, words = joined
            out.append(claim)
            sums[claim.claim.span] = words
            k += 2
        else:
            out.append(cands[k])
            k += 1
    return out, sums


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
    cands: Sequence[Candidate], k: int, text: str, totals: _Totals
) -> tuple[Candidate, str] | None:
    """Candidates ``k`` and ``k + 1`` as one count of their sum, with the sum in words
    ("186 + 6 = 192"), or None."""
    if k + 1 >= len(cands):
        return None
    first, second = cands[k], cands[k + 1]
    qa, qb = _count(first), _count(second)
    if qa is None or qb is None or qa.value is None or qb.value is None:
        return None
    if qa.qualifier is not Qualifier.EXACT or qb.qualifier is not Qualifier.EXACT:
        return None
    noun_a, noun_b = first.claim.noun, second.claim.noun
    if first.block != second.block or not noun_a or not noun_b:
        return None  # "platforms 9 and 10": no things counted
    if _people(noun_a) != _people(noun_b):
        return None  # "120 rooms and 30 suites" are things, "150 staff" persons
    start, end = first.claim.span[1], second.claim.span[0]
    if start > end or _AND.fullmatch(text, start, end) is None:
        return None
    if _listed(cands, k, text):
        return None
    total = qa.value + qb.value
    # A count that holds the sum; where the smaller part is a sliver of it, one that
    # holds the larger part too ("about 450,000 spills" of 450,000 and six) is that
    # part's as readily.
    larger, smaller = max(qa.value, qb.value), min(qa.value, qb.value)
    sliver = smaller < _SLIVER * total
    whole = [c for c, q in totals.holding(total) if not (sliver and _holds(q, larger))]
    if not any(not c.claim.noun or _people(c.claim.noun) == _people(noun_a) for c in whole):
        return None
    parts = totals.holding(qa.value) + totals.holding(qb.value)
    if any(all(c is not w for w in whole) for c, _ in parts):
        return None  # the other text counts a part: "186 passengers", "around 29 homes"
    span = (first.claim.span[0], second.claim.span[1])
    claim = attrs.evolve(
        first.claim,
        text=text[span[0] : span[1]],
        span=span,
        quantity=Quantity(total, total, total, None, Qualifier.EXACT),
        noun=None,
        # What the parts are said of may not be what the total is ("52 residents and 14
        # staff" are no population; "143 people" may take the injuries of "Twenty-one of
        # the 143"): the sum meets the total by its figure.
        predicate=None,
    )
    joined = attrs.evolve(first, claim=claim, noun=None, own=first.own | second.own)
    return joined, f"{_figure(qa.value)} + {_figure(qb.value)} = {_figure(total)}"


def _listed(cands: Sequence[Candidate], k: int, text: str) -> bool:
    """Whether candidates ``k`` and ``k + 1`` end or open a list of three or more: a count
    right before the first or after the second, a comma or "and" between."""
    before = cands[k - 1] if k > 0 else None
    after = cands[k + 2] if k + 2 < len(cands) else None
    if before is not None and _count(before) is not None:
        lo, hi = before.claim.span[1], cands[k].claim.span[0]
        if lo <= hi and _LISTED.fullmatch(text, lo, hi) is not None:
            return True
    if after is not None and _count(after) is not None:
        lo, hi = cands[k + 1].claim.span[1], after.claim.span[0]
        if lo <= hi and _LISTED.fullmatch(text, lo, hi) is not None:
            return True
    return False


def _people(noun: str | None) -> bool:
    """Whether a count's noun names persons ("passengers", "crew"); no noun counts none."""
    return noun is not None and nouns.names_people(noun)


def _figure(v: float) -> str:
    """A count as the reason writes it: "1,240", "2.5"."""
    return f"{v:,.0f}" if v == int(v) else f"{v:,}"


def _holds(q: Quantity, total: float) -> bool:
    """Whether a count's reading holds the sum: "192 people", "more than 190 people"."""
    lo, hi = q.interval
    return (lo is None or lo <= total) and (hi is None or total <= hi)
