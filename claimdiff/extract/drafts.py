"""A figure as the scan finds it, before its claim is completed."""

from __future__ import annotations

import math

import attrs

from claimdiff.extract.cores import Core
from claimdiff.model import Kind, Qualifier, Quantity


@attrs.define
class Draft:
    """A figure found by the scan, before its claim is completed."""

    start: int
    end: int
    kind: Kind
    quantity: Quantity | None
    noun: str | None = None
    attributive: bool = False


def exact(core: Core, unit: str | None = None) -> Quantity:
    """The figure as written, widened by its rounding (``core.step``) on either side.

    Rounding never changes a figure's sign: "$0.0m" is [0, 50,000], not a
    bound below zero, and "-0.0" stays at or below zero (issue 15).
    """
    v = core.value
    low, high = v - core.step, v + core.step
    if math.copysign(1.0, v) > 0:
        low = max(low, 0.0)
    else:
        high = min(high, 0.0)
    return Quantity(low, high, v, unit or core.unit, Qualifier.EXACT)
