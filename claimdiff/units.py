"""Units and conversions, from pint's facts shipped as data.

Only unit names from the lexicon (``Lexicon.measure_units``, ``TIME_UNITS``,
``PER_UNITS``) and the expressions extraction builds from them ("kilometer /
hour", "meter ** 2") ever reach this module; text from an article never does.
pint's registry takes most of a second to build, so what comparing figures
needs of each unit — its dimensions, its size in SI base units, whether it has
an offset, its symbol — is read from pint when the data file is built
(:mod:`claimdiff.lexicon.build_units`) and shipped.  The registry is built
only for what the file lacks: a temperature to convert (°C and °F have an
offset) or a unit no lexicon names.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

import attrs

from claimdiff.data_files import read_json
from claimdiff.fields_repr import fields_repr
from claimdiff.model import Quantity

if TYPE_CHECKING:
    import pint


@functools.lru_cache(maxsize=1)
def registry() -> pint.UnitRegistry:  # type: ignore[type-arg]
    """The process-wide unit registry (pint is imported only when first needed)."""
    import pint

    return pint.UnitRegistry()


@attrs.frozen
class _Reading:
    __repr__ = fields_repr  # attrs compiles none (claimdiff.fields_repr)
    dims: tuple[tuple[str, int], ...]  # sorted, no zero exponents
    factor: float  # size in SI base units
    offset: bool
    symbol: str


@functools.cache
def _atoms() -> dict[str, Any]:
    atoms: dict[str, Any] = read_json("units.json")["atoms"]
    return atoms


@functools.lru_cache(maxsize=512)
def _read(unit: str) -> _Reading | None:
    """``unit`` ("mile / hour", "meter ** 2") from the shipped atoms, or None if one is missing."""
    atoms = _atoms()
    dims: dict[str, int] = {}
    factor, offset, symbols = 1.0, False, []
    num, _, den = unit.partition(" / ")
    for side, sign in ((num, 1), (den, -1)):
        if not side:
            continue
        for term in side.split(" * "):
            name, _, power = term.partition(" ** ")
            atom = atoms.get(name.strip())
            if atom is None or (power and not power.strip().lstrip("-").isdigit()):
                return None
            n = sign * (int(power) if power else 1)
            for d, e in atom["dims"].items():
                dims[d] = dims.get(d, 0) + e * n
            factor *= atom["factor"] ** n
            offset = offset or atom["offset"]
            symbols.append((atom["symbol"] + (f" ** {power.strip()}" if power else ""), sign))
    up = " * ".join(s for s, sign in symbols if sign > 0)
    down = " * ".join(s for s, sign in symbols if sign < 0)
    symbol = f"{up or '1'} / {down}" if down else up
    return _Reading(tuple(sorted((d, e) for d, e in dims.items() if e)), factor, offset, symbol)


def _format(dims: tuple[tuple[str, int], ...]) -> str:
    """Dimensions as pint writes them: "[length] / [time]", "[length] ** 2"."""

    def term(d: str, e: int) -> str:
        return d if e == 1 else f"{d} ** {e}"

    up = " * ".join(term(d, e) for d, e in dims if e > 0)
    down = " * ".join(term(d, -e) for d, e in dims if e < 0)
    if not up and not down:
        return "dimensionless"
    return f"{up or '1'} / {down}" if down else up


@functools.lru_cache(maxsize=512)
def dimension(unit: str) -> str:
    """The dimensions of a lexicon unit name, e.g. ``'[length]'``.

    >>> dimension("mile / hour"), dimension("hectare"), dimension("decade")
    ('[length] / [time]', '[length] ** 2', '[time]')
    """
    reading = _read(unit)
    if reading is None:
        found = registry().Unit(unit).dimensionality
        dims = tuple(sorted((str(d), int(e)) for d, e in found.items() if e))  # type: ignore[arg-type]
        return _format(dims)
    return _format(reading.dims)


def symbol(unit: str) -> str:
    """The unit's symbol, as pint abbreviates it ("mi / h", "km ** 2").

    >>> symbol("mile / hour"), symbol("kilometer ** 2")
    ('mi / h', 'km ** 2')
    """
    reading = _read(unit)
    if reading is None:
        return f"{registry().Unit(unit):~}"
    return reading.symbol


@functools.lru_cache(maxsize=512)
def _factor(src: str, dst: str) -> float | None:
    a, b = _read(src), _read(dst)
    if a is not None and b is not None:
        return a.factor / b.factor if a.dims == b.dims else None
    ureg = registry()
    unit = ureg.Unit(src)
    if not unit.is_compatible_with(dst):
        return None
    return float(ureg.Quantity(1.0, unit).to(dst).magnitude)


@functools.lru_cache(maxsize=64)
def is_offset(unit: str) -> bool:
    """Temperatures in °C and °F have an offset: 0 °C is not 0 °F."""
    reading = _read(unit)
    if reading is not None:
        return reading.offset
    return float(registry().Quantity(0.0, unit).to_base_units().magnitude) != 0.0


def convert(q: Quantity, unit: str) -> Quantity | None:
    """``q`` expressed in ``unit``, or None where the dimensions differ.

    >>> convert(Quantity(1.0, 1.0, 1.0, "mile"), "kilometer").value
    1.609344
    >>> convert(Quantity(2.0, 2.0, 2.0, "decade"), "year").value
    20.0
    """
    if q.unit is None or q.unit == unit:
        return q
    if is_offset(q.unit) or is_offset(unit):
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
