"""A figure as the scan finds it, before its claim is completed."""

from __future__ import annotations

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
    v = core.value
    return Quantity(v - core.step, v + core.step, v, unit or core.unit, Qualifier.EXACT)
