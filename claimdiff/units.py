"""Units and conversions, through one lazily built pint registry.

Only unit names from the lexicon (``Lexicon.measure_units``, ``TIME_UNITS``) ever
reach pint; text from an article never does.  Building the registry takes a
noticeable fraction of a second, so it happens the first time a measure needs
converting, and conversion factors are cached.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from claimdiff.model import Quantity

if TYPE_CHECKING:
    import pint


@functools.lru_cache(maxsize=1)
def registry() -> pint.UnitRegistry:  # type: ignore[type-arg]
    """The process-wide unit registry (pint is imported only when first needed)."""
    import pint

    return pint.UnitRegistry()


@functools.lru_cache(maxsize=512)
def dimension(unit: str) -> str:
    """pint's dimensionality of a lexicon unit name, e.g. ``'[length]'``.

    >>> dimension("mile / hour")
    '[length] / [time]'
    """
    return str(registry().Unit(unit).dimensionality)


@functools.lru_cache(maxsize=512)
def _factor(src: str, dst: str) -> float | None:
    ureg = registry()
    unit = ureg.Unit(src)
    if not unit.is_compatible_with(dst):
        return None
    return float(ureg.Quantity(1.0, unit).to(dst).magnitude)


@functools.lru_cache(maxsize=64)
def _is_offset(unit: str) -> bool:
    """Temperatures in °C and °F have an offset: 0 °C is not 0 °F."""
    return float(registry().Quantity(0.0, unit).to_base_units().magnitude) != 0.0


def convert(q: Quantity, unit: str) -> Quantity | None:
    """``q`` expressed in ``unit``, or None where the dimensions differ.

    >>> convert(Quantity(1.0, 1.0, 1.0, "mile"), "kilometer").value
    1.609344
    """
    if q.unit is None or q.unit == unit:
        return q
    if _is_offset(q.unit) or _is_offset(unit):
        return _convert_offset(q, unit)
    factor = _factor(q.unit, unit)
    if factor is None:
        return None
    return q.scaled(factor, unit)


def _convert_offset(q: Quantity, unit: str) -> Quantity | None:
    ureg = registry()
    src = q.unit
    assert src is not None  # convert() returned early for unitless quantities
    if not ureg.Unit(src).is_compatible_with(unit):
        return None

    def one(x: float | None) -> float | None:
        if x is None:
            return None
        return float(ureg.Quantity(x, src).to(unit).magnitude)

    plausible = None
    if q.plausible is not None:
        plausible = (one(q.plausible[0]), one(q.plausible[1]))
    return Quantity(one(q.low), one(q.high), one(q.value), unit, q.qualifier, plausible)
