"""An exact reading built without the finiteness check (construct.finite_quantity) is the
quantity the class builds, and a figure that is not finite is still refused."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimdiff.construct import finite_quantity
from claimdiff.extract.amounts import Core
from claimdiff.extract.members import COUNT, MONEY, PERCENT
from claimdiff.extract.numbers import Number
from claimdiff.extract.precision import SIGNED_UNITS, UNHEDGED_TOLERANCE, exact, written_step
from claimdiff.model import Qualifier, Quantity

_finite = st.floats(allow_nan=False, allow_infinity=False)


@given(_finite, _finite, _finite, st.none() | st.text(max_size=4), st.sampled_from(Qualifier))
def test_finite_quantity_is_quantity(
    low: float, high: float, value: float, unit: str | None, q: Qualifier
) -> None:
    built, made = finite_quantity(low, high, value, unit, q), Quantity(low, high, value, unit, q)
    assert type(built) is Quantity
    assert (built, hash(built), repr(built)) == (made, hash(made), repr(made))


def _core(value: float, step: float, kind: object = COUNT, unit: str | None = None) -> Core:
    num = Number(0, 1, abs(value) if math.isfinite(value) else 1.0)
    return Core(0, 1, num, value, step, kind, unit)  # type: ignore[arg-type]


_any = st.floats() | st.sampled_from([math.inf, -math.inf, math.nan, 0.0, -0.0, 1.7e308, -1.7e308])


@given(
    _any,
    _any,
    st.sampled_from([COUNT, MONEY, PERCENT]),
    st.sampled_from([None, "USD", "degree_Celsius"]),
)
def test_exact_checks_as_before(value: float, step: float, kind: object, unit: str | None) -> None:
    """Whatever the core's value and step, exact() gives the quantity the class would, or
    refuses what the class refuses."""
    core = _core(value, step, kind, unit)
    try:
        got = exact(core)
    except ValueError:
        got = None
    q = _expected(core)
    assert got == q


def _expected(core: Core) -> Quantity | None:
    """exact()'s bounds, built by the class itself (its check included)."""
    v = core.value
    if v:
        step, most = abs(written_step(core)), UNHEDGED_TOLERANCE * abs(v)
        step = most if most < step else step
    else:
        step = core.step
    low, high = v - step, v + step
    if not (core.kind is PERCENT or core.unit in SIGNED_UNITS):
        if math.copysign(1.0, v) > 0:
            low = 0.0 if 0.0 > low else low
        else:
            high = 0.0 if 0.0 < high else high
    try:
        return Quantity(low, high, v, core.unit, Qualifier.EXACT)
    except ValueError:
        return None


@pytest.mark.parametrize("bad", [math.inf, -math.inf, math.nan])
def test_exact_refuses_what_is_not_finite(bad: float) -> None:
    with pytest.raises(ValueError, match="must be finite"):
        exact(_core(bad, 0.5))
    with pytest.raises(ValueError, match="must be finite"):
        exact(_core(0.0, bad))


_SPECIAL = [math.inf, -math.inf, math.nan, 0.0, -0.0, 0.5, -0.5, 3.0, -3.0, 1.7e308, -1.7e308]


@pytest.mark.parametrize("kind", [COUNT, MONEY, PERCENT])
def test_exact_on_every_pair_of_special_values(kind: object) -> None:
    """Every value and step among infinities, NaN, zeros and the largest floats."""
    for value in _SPECIAL:
        for step in _SPECIAL:
            core = _core(value, step, kind)
            try:
                got = exact(core)
            except ValueError:
                got = None
            assert got == _expected(core), (value, step)
