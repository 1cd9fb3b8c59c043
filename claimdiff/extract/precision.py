"""A figure as the scan finds it (:class:`Draft`), and how precisely it was written.

"£1 million" is not exactly 1,000,000: :func:`exact` gives the interval the
written digits promise, never looser than ±5% (:data:`UNHEDGED_TOLERANCE`), and
:func:`written_step` half a unit of the last digit written.
"""

from __future__ import annotations

import math

import attrs

from claimdiff.construct import finite_quantity, new_quantity
from claimdiff.extract.amounts import Core
from claimdiff.extract.members import AGE, COUNT, DURATION, EXACT, PERCENT, YEAR
from claimdiff.fields_repr import fields_repr
from claimdiff.model import Kind, Quantity


@attrs.define
class Draft:
    """A figure found by the scan, before its claim is completed."""

    __repr__ = fields_repr  # attrs compiles none (claimdiff.fields_repr)

    start: int
    end: int
    kind: Kind
    quantity: Quantity | None
    noun: str | None = None
    attributive: bool = False
    per: str | None = None
    """For an amount per something ("$50 a month"): what it is per."""


# An unhedged round figure is read at most this loose, whatever its written precision:
# "£1 million" is £0.95m-£1.05m, so it agrees with "£1.04 million" but not with
# "£1.3 million", and "$2bn" is no "$2.4bn" (docs/claims.md, "Precision").
UNHEDGED_TOLERANCE = 0.05


# Kinds whose whole numbers are exact: a count of things, an age, a number of days.
_DISCRETE = frozenset({COUNT, AGE, DURATION, YEAR})
_TIMES = frozenset({AGE, DURATION})


def written_step(core: Core, age: bool = False) -> float:
    """Half a unit of the last digit written: what the figure's own digits promise.

    Whole counts below a thousand are exact ("40 countries", "aged 74"); an
    amount, measure or percentage written as a plain whole number is rounded
    to its last digit ("61%" is 60.5-61.5, "40C" 39.5-40.5).  A length of time or
    an age (``age``: the count read as one) keeps a fraction exact: it is rounded
    when compared across units.
    """
    num = core.number
    if num.part and not core.step and not age and core.kind not in _TIMES and num.value:
        # A whole number and a fraction is rounded to that fraction: "two and a half
        # million" may be 2.46 million, as "2.5 million" may not.  Times are rounded
        # when compared across units (claimdiff.conversions.with_rounding).
        return 0.5 * num.part * abs(core.value / num.value)
    if core.step or core.kind in _DISCRETE:
        return core.step
    if abs(core.value) != num.value or num.value != int(num.value):
        return core.step  # scaled, chained or converted ("3 hundred and 21", "34 cents")
    return 0.5


def exact(core: Core, unit: str | None = None) -> Quantity:
    """The unhedged reading of a figure: its written precision, never looser than ±5%;
    ``unit`` is an age's ("aged 4 and a half" is exactly 4.5 years).

    Rounding never changes a figure's sign: "$0.0m" is [0, 50,000], not a
    bound below zero, and "-0.0" stays at or below zero (issue 15) — except a
    temperature or a percentage (:func:`signed`), whose zero lies between signs.
    """
    v = core.value
    # Conditional expressions, not min() and max(): each call of those costs some 100 ns
    # on Python 3.11, and every figure comes here ("b if b > a else a" is max(a, b)).
    if v:
        # ``age`` given by position: a keyword costs the call some 300 instructions.
        step, most = abs(written_step(core, unit is not None)), UNHEDGED_TOLERANCE * abs(v)
        step = most if most < step else step
    else:
        step = core.step
    low, high = v - step, v + step
    if core.kind is PERCENT or core.unit in SIGNED_UNITS:  # signed(), without its call
        pass  # "0C" or a change of "0%" may round from either side of zero
    elif v > 0 or (not v and math.copysign(1.0, v) > 0):  # the sign of a zero by its call
        low = 0.0 if 0.0 > low else low
    else:
        high = 0.0 if 0.0 < high else high
    # Both bounds finite: then so is the value, whose infinity or NaN would leave one of
    # them infinite or NaN (a bound set to zero is the one on the value's other side).
    # Their difference times zero is zero only when the difference is finite, so only
    # when both are (two finite bounds so far apart that it overflows are just checked
    # below): two float operations spare the check's call; the rest is checked, and an
    # infinity or NaN refused.
    if (low - high) * 0.0 == 0.0:
        return finite_quantity(low, high, v, unit or core.unit, EXACT)  # every figure: fast
    return new_quantity(low, high, v, unit or core.unit, EXACT, None)


# Units whose figures run below zero as readily as above: temperatures on scales with
# an offset zero.  Percentages are signed too (a change of -0.2%).
SIGNED_UNITS = frozenset({"degree_Celsius", "degree_Fahrenheit"})


def signed(core: Core) -> bool:
    """Whether the figure's reading may cross zero: a temperature or a percentage."""
    return core.kind is PERCENT or core.unit in SIGNED_UNITS
