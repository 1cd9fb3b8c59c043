"""A bare "m" read as millions, re-read as metres where the other report gives metres.

"67.42m" alone is read as 67.42 million (docs/claims.md, "Metres or millions"): a figure
given to a hundredth with nothing counted after it.  Against another report's "67.24
metres" the same words are a javelin throw.  A count read from a number glued to "m",
nothing counted after it and no currency, is re-read as metres when the other text gives a length
in metres within 5% of that reading and no count within 5% of the million
reading: of the two readings of the letter, the one the other report bears out
(docs/compare.md, "Metres or millions across reports").
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from claimdiff.candidates import Candidate
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.model import Kind, Quantity
from claimdiff.units import convert, dimension

__all__ = ["metres_across"]

_METRE = "meter"
_MILLION = 1e6
# How near a reading must come to one of the other text's figures, relatively.
_NEAR = 0.05
# The claim's own words: digits glued to a lower-case "m", nothing after.
_GLUED_M = lazy_pattern(r"\d(?:[.,]\d+)?m\Z")


def metres_across(cands: Sequence[Candidate], other: Sequence[Candidate]) -> list[Candidate]:
    """``cands`` with each bare count of millions written "Nm" read as N metres where
    ``other`` bears that reading out and not the million one."""
    lengths = [v for c in other if (v := _metres(c)) is not None]
    if not lengths:
        return list(cands)
    counts = [
        c.claim.quantity.value
        for c in other
        if c.claim.kind is Kind.COUNT and c.claim.quantity and c.claim.quantity.value
    ]
    out = []
    for c in cands:
        q = c.claim.quantity
        if _bare_millions(c) and q is not None and q.value is not None:
            as_metres = q.value / _MILLION
            if _near(as_metres, lengths) and not _near(q.value, counts):
                metres = Quantity(
                    None if q.low is None else q.low / _MILLION,
                    None if q.high is None else q.high / _MILLION,
                    as_metres,
                    _METRE,
                    q.qualifier,
                )
                claim = attrs.evolve(c.claim, kind=Kind.MEASURE, quantity=metres)
                c = attrs.evolve(c, claim=claim, block="measure " + dimension(_METRE))
        out.append(c)
    return out


def _bare_millions(c: Candidate) -> bool:
    claim = c.claim
    # Its words end at the "m": nothing counted after it ("2.1m viewers" is millions).
    return (
        claim.kind is Kind.COUNT and claim.unit is None and _GLUED_M.search(claim.text) is not None
    )


def _metres(c: Candidate) -> float | None:
    """A length claim's figure in metres, or None."""
    q = c.claim.quantity
    if c.claim.kind is not Kind.MEASURE or q is None or not q.unit:
        return None
    if dimension(q.unit) != "[length]":
        return None
    m = convert(q, _METRE)
    return None if m is None else m.value


def _near(value: float, others: Sequence[float]) -> bool:
    return any(abs(value - o) <= _NEAR * max(abs(value), abs(o)) for o in others)
