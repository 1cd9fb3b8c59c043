"""What the sources of one fact say together: the majority, its range, and who stands apart.

The rule (docs/reconcile.md):

1. **Reference.** Every figure is read as an interval in one unit (the one most
   of the fact's claims use).  The reference is the most precise claim among
   those covering the value most claims cover (narrowest interval; the
   earliest source on a tie).
2. **Stances.** Every other claim is judged against the reference with
   :func:`claimdiff.verdict.judge`: agree, compatible, conflict, or not
   compared (money with no rate between its currencies).
3. **Majority.** The reference and the claims that agree or are compatible
   with it are a majority when they are more than half of the sources stating
   the fact.  Only then is there a consensus (the range all of them allow) and
   are the claims in conflict with it named as outliers.  Two against two is
   no majority, and nobody is named.
4. **Verdict.** Conflict when any claim conflicts with the reference; agree
   when every claim agrees with it; compatible otherwise.

Each claim is judged once, against the reference, so a fact of ``k`` claims
costs ``2k`` judgements rather than ``k²``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import attrs

from claimdiff.model import Claim, Qualifier, Quantity, Verdict
from claimdiff.rates import RateTable
from claimdiff.verdict import Judgement, judge

__all__ = ["Tally", "tally"]

_INF = float("inf")


@attrs.frozen
class Tally:
    """The claims of one fact weighed together; indices refer to the claims as given."""

    verdict: Verdict
    reference: int
    """The claim the others were judged against."""
    stances: tuple[Verdict | None, ...]
    """Each claim's verdict against the reference (its own: agree); None: not compared."""
    explanations: tuple[str, ...]
    """Why, for each claim: the judgement's words, or why it was not compared."""
    supporters: tuple[int, ...]
    """The reference and the claims that agree or are compatible with it."""
    majority: bool
    consensus: Quantity | None
    """With a majority: the range every supporter allows, in the reference's unit."""
    outliers: tuple[int, ...]
    """With a majority: the claims in conflict with it."""


def tally(claims: Sequence[Claim], table: RateTable) -> Tally:
    """The verdict, majority and outliers of ``claims``, which state one fact (two or more)."""
    if len(claims) < 2:
        msg = f"a fact needs at least two claims to weigh, got {len(claims)}"
        raise ValueError(msg)
    ref = _reference(claims, table)
    judged: list[Judgement | str] = [
        _self(claims[ref]) if k == ref else judge(claims[ref], c, table)
        for k, c in enumerate(claims)
    ]
    stances = tuple(None if isinstance(j, str) else j.verdict for j in judged)
    supporters = tuple(k for k, v in enumerate(stances) if v in (Verdict.AGREE, Verdict.COMPATIBLE))
    majority = 2 * len(supporters) > len(claims)
    consensus = outliers = None
    if majority:
        consensus = _consensus(claims[ref], [judged[k] for k in supporters])
        outliers = tuple(k for k, v in enumerate(stances) if v is Verdict.CONFLICT)
    if Verdict.CONFLICT in stances:
        verdict = Verdict.CONFLICT
    elif all(v is Verdict.AGREE for v in stances):
        verdict = Verdict.AGREE
    else:
        verdict = Verdict.COMPATIBLE
    return Tally(
        verdict,
        ref,
        stances,
        tuple(j if isinstance(j, str) else j.explanation for j in judged),
        supporters,
        majority,
        consensus,
        outliers or (),
    )


def _self(c: Claim) -> Judgement:
    assert c.quantity is not None
    return Judgement(Verdict.AGREE, c.quantity, "the reference figure")


def _bounds(q: Quantity) -> tuple[float, float]:
    lo, hi = q.interval
    return (-_INF if lo is None else lo, _INF if hi is None else hi)


def _reference(claims: Sequence[Claim], table: RateTable) -> int:
    """The most precise claim among those covering the value most claims cover."""
    units = Counter(c.unit for c in claims)
    top = max(units.values())
    base = next(k for k, c in enumerate(claims) if units[c.unit] == top)
    spans: dict[int, tuple[float, float]] = {}
    for k, c in enumerate(claims):
        if k == base:
            assert c.quantity is not None
            spans[k] = _bounds(c.quantity)
            continue
        j = judge(claims[base], c, table)
        if not isinstance(j, str):
            spans[k] = _bounds(j.b_as_compared)
    # A sweep over the interval ends: the first point covered by the most of them.
    events = sorted([(lo, 0) for lo, _ in spans.values()] + [(hi, 1) for _, hi in spans.values()])
    depth = best = 0
    point = 0.0
    for x, end in events:
        if end:
            depth -= 1
        else:
            depth += 1
            if depth > best:
                best, point = depth, x
    cover = [k for k, (lo, hi) in spans.items() if lo <= point <= hi]
    return min(cover, key=lambda k: (spans[k][1] - spans[k][0], k))


def _consensus(ref: Claim, supporters: Sequence[Judgement | str]) -> Quantity:
    """The range every supporter allows; the reference's figure when they all agree."""
    assert ref.quantity is not None
    judged = [j for j in supporters if not isinstance(j, str)]
    if all(j.verdict is Verdict.AGREE for j in judged):
        return ref.quantity
    lo = max(_bounds(j.b_as_compared)[0] for j in judged)
    hi = min(_bounds(j.b_as_compared)[1] for j in judged)
    if lo > hi:
        # Each supporter overlaps the reference, not necessarily all of the others.
        return ref.quantity
    low, high = (None if lo == -_INF else lo), (None if hi == _INF else hi)
    if low is not None and low == high:
        return Quantity(low, high, low, ref.unit)
    return Quantity(low, high, None, ref.unit, Qualifier.RANGE)
