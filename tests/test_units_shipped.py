"""Comparison reads units from shipped data: the same answers pint gives, without pint."""

from __future__ import annotations

import subprocess
import sys

import pint
import pytest

from claimdiff import units
from claimdiff.lexicon import get_lexicon
from claimdiff.model import Quantity

_UREG = pint.UnitRegistry()
_LEX = get_lexicon()
_NAMES = sorted(
    {*_LEX.measure_units.values(), *_LEX.TIME_UNITS.values(), *_LEX.PER_UNITS.values()}
    - {"decade"}  # pint's decade is logarithmic: see DEFINED_AS
)
_PLAIN = [n for n in _NAMES if not units._read(n).offset]  # type: ignore[union-attr]
_EXPRS = [*_PLAIN, *(f"{n} ** 2" for n in _PLAIN), *(f"{n} / hour" for n in _PLAIN)]


@pytest.mark.parametrize("expr", _EXPRS)
def test_dimension_and_symbol_as_pint_gives_them(expr: str) -> None:
    unit = _UREG.Unit(expr)
    dims = tuple(sorted((str(d), int(e)) for d, e in unit.dimensionality.items() if e))
    assert units.dimension(expr) == units._format(dims)
    if unit.dimensionless and "/" in expr:
        return  # pint cancels "day / day" to nothing
    assert units.symbol(expr) == f"{unit:~}"


@pytest.mark.parametrize(
    ("src", "dst"),
    [
        ("mile", "kilometer"),
        ("foot", "meter"),
        ("mile / hour", "kilometer / hour"),
        ("acre", "hectare"),
        ("pound", "kilogram"),
        ("metric_ton", "pound"),
        ("gigawatt_hour", "megawatt_hour"),
        ("year", "month"),
        ("week", "day"),
        ("square_mile", "kilometer ** 2"),
    ],
)
def test_conversion_factors_match_pint(src: str, dst: str) -> None:
    expected = _UREG.Quantity(3.0, src).to(dst).magnitude
    got = units.convert(Quantity(3.0, 3.0, 3.0, src), dst)
    assert got is not None
    assert got.value == pytest.approx(expected, rel=1e-12)


@pytest.mark.parametrize(
    ("src", "dst", "value", "expected"),
    [
        ("decade", "year", 2.0, 20.0),  # ten years, not pint's logarithmic decade
        ("degree_Celsius", "degree_Fahrenheit", 100.0, 212.0),  # offsets go through pint
        ("mile", "kilogram", 1.0, None),  # other dimensions
    ],
)
def test_conversions_pint_alone_would_get_wrong_or_refuse(
    src: str, dst: str, value: float, expected: float | None
) -> None:
    got = units.convert(Quantity(value, value, value, src), dst)
    assert (got.value if got else None) == (pytest.approx(expected) if expected else None)


def test_comparing_measures_does_not_load_pint() -> None:
    code = (
        "import sys, claimdiff\n"
        "r = claimdiff.compare('The road is 12 km long.', 'The 7.5-mile road opened.')\n"
        "assert [f.verdict.value for f in r.findings] == ['agree'], r.findings\n"
        "print('pint' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
