"""A rate's earlier level: "up from 28%", "from 3.6% in June".

A change's starting level is the rate of an earlier period. Two reports of one release
often give it, and give it as one figure ("fell to 3.9% from 4.6%", "4.6 per cent in
October"); a figure of the other report that is no such level is most often another
period's or another measure's rate ("up from 28 per cent four years ago" against "around
a third of voters went to the polls"; "rose to 3.8% from 3.6%" against "Food prices
climbed 4.9%"). So a percentage a change began from meets a percentage of the other text
that is no starting level only when the two are one figure (their readings as written
overlap: "57.9%", "58%"), or one figure misprinted: one of two digits or more changed
("4.4%", "4.5%") or the digits in another order ("4.9%", "9.4%"), or the two are given
one period ("from 69% in 2004", "compared with 71 per cent in 2004") (docs/compare.md,
"Evidence against"). Amounts and counts are not held to this: a sum a change began from
is as often the other report's one figure of it, misreported ("rose from £2.35m", "£2.7
million last year").
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from claimdiff.candidates import Candidate
from claimdiff.misprints import misprinted

__all__ = ["earlier_levels_apart"]


def _earlier(c: Candidate) -> bool:
    """Whether a figure is the level its change began from ("up from 28%")."""
    return c.claim.role == "from" and c.claim.direction is not None


def earlier_levels_apart(
    a: Sequence[Candidate],
    b: Sequence[Candidate],
    va: np.ndarray,
    vb: np.ndarray,
    same: np.ndarray,
) -> np.ndarray:
    """Which pairs of percentages are one text's earlier level and the other's figure that
    is none, neither the same figure nor one misprinted (module docstring)."""
    ea = np.array([_earlier(x) for x in a], dtype=bool)
    eb = np.array([_earlier(y) for y in b], dtype=bool)
    one_earlier = ea[:, None] != eb[None, :]
    if not one_earlier.any():
        return np.zeros(same.shape, dtype=bool)
    (lo_a, hi_a), (lo_b, hi_b) = _readings(a), _readings(b)
    # One figure written to two precisions is one figure: "57.9%", "58%".
    overlap = (lo_a[:, None] <= hi_b[None, :]) & (lo_b[None, :] <= hi_a[:, None])
    # The earlier level given plainly with the same period is that level: "fell to 65%,
    # from 69% in 2004" and "compared with 71 per cent in 2004".
    periods = [(x.period or "") for x in a], [(y.period or "") for y in b]
    pa, pb = np.array(periods[0], dtype=object), np.array(periods[1], dtype=object)
    one_period = (pa[:, None] == pb[None, :]) & (pa[:, None] != "")
    return np.asarray(one_earlier & ~same & ~overlap & ~one_period & ~misprinted(va, vb))


def _readings(cands: Sequence[Candidate]) -> tuple[np.ndarray, np.ndarray]:
    """Each figure's reading, as written ("58%" is 57.5% to 58.5%)."""
    spans = [_span(c) for c in cands]
    return np.array([lo for lo, _ in spans]), np.array([hi for _, hi in spans])


def _span(c: Candidate) -> tuple[float, float]:
    q = c.claim.quantity
    if q is None or q.low is None or q.high is None:
        return float("nan"), float("nan")
    return q.low, q.high
