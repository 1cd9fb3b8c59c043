"""How a figure converted to another unit is read: at the rounding of its written digits.

A writer converting "12 miles" writes "19 km", rounded to its last digit; one converting
at the day's exchange rate writes "$48 million" for "£38m".  :func:`claimdiff.verdict.judge`
reads converted figures through these rules (docs/compare.md, "Verdicts" and "Two
currencies").
"""

from __future__ import annotations

import functools
import math
from typing import TYPE_CHECKING

import attrs

from claimdiff.model import Kind, Qualifier, Quantity
from claimdiff.units import convert

if TYPE_CHECKING:
    from claimdiff.verdict import Rate

__all__ = [
    "EXTREMES",
    "TIMES",
    "at_reference_rate",
    "calendar_months",
    "converted_alike",
    "same_extreme",
    "whole_multiple",
    "with_rounding",
]

EXTREMES = frozenset({Qualifier.AT_MOST, Qualifier.AT_LEAST})
"""Bounds that state the extreme itself: "up to 1,500", "as many as", "at least 120"."""


def at_reference_rate(qa: Quantity, qb: Quantity, rate: Rate | None) -> bool:
    """ "£38m" and "$48 million" with no rate stated: one amount when ``a``'s figure is
    ``b``'s at a rate within the reference rates' range, as a writer converting at the
    day's rate gives it.  Figures only, so that it reads the same either way round."""
    if rate is None or not rate.reference or qa.value is None or qb.value is None:
        return False
    stated = (Qualifier.EXACT, Qualifier.APPROXIMATE)
    if qa.qualifier not in stated or qb.qualifier not in stated:
        return False
    return qb.value * rate.low <= qa.value <= qb.value * rate.high


def same_extreme(qa: Quantity, qb: Quantity, qb0: Quantity) -> bool:
    """Two extremes of one side, one converted, that differ by less than either figure's
    last written digit: "up to 20cm" and "as much as 8 inches" (20.32cm)."""
    if qa.qualifier is not qb.qualifier or qa.qualifier not in EXTREMES:
        return False
    if qa.value is None or qb.value is None or not qb0.value:
        return False
    step = max(_half_step(qa.value), _half_step(qb0.value) * abs(qb.value / qb0.value))
    return abs(qa.value - qb.value) <= step


def _half_step(v: float) -> float:
    """Half the last written digit of ``v``: 0.5 for "20", 0.05 for "2.5"."""
    text = f"{v:.6f}".rstrip("0").rstrip(".")
    decimals = len(text.split(".")[1]) if "." in text else 0
    return 0.5 * 10.0**-decimals


def converted_alike(qa: Quantity, qb: Quantity) -> bool:
    """ "20 miles" and "about 32km": one figure hedged only because it was converted.

    The hedged figure, read at its last digit, holds the other one.
    """
    approx = [q for q in (qa, qb) if q.qualifier is Qualifier.APPROXIMATE]
    exact = [q for q in (qa, qb) if q.qualifier is Qualifier.EXACT]
    if len(approx) != 1 or len(exact) != 1 or approx[0].value is None:
        return False
    v, e = approx[0].value, exact[0]
    half = 0.5 * 10.0 ** math.floor(math.log10(abs(v))) / 10 if v else 0.0
    return e.low is not None and e.high is not None and e.low - half <= v <= e.high + half


TIMES = frozenset({Kind.DURATION, Kind.AGE})
# Just under a half: the rounding of a whole figure that leaves the half itself out.
_OPEN_HALF = 0.5 * (1 - 1e-6)


@functools.lru_cache(maxsize=256)
def whole_multiple(unit_a: str | None, unit_b: str | None) -> bool:
    """Whether one unit of time is a whole number of the other (a year of months, a minute
    of seconds; not a month of weeks)."""
    if unit_a is None or unit_b is None or unit_a == unit_b:
        return False
    for big, small in ((unit_a, unit_b), (unit_b, unit_a)):
        one = convert(Quantity(1.0, 1.0, 1.0, big, Qualifier.EXACT), small)
        if one is not None and one.value is not None and one.value > 1:
            return abs(one.value - round(one.value)) < 1e-9
    return False


def with_rounding(q: Quantity, *, open_half: bool = False) -> Quantity:
    """An exact whole figure read as rounded to its last digit (±0.5; with ``open_half``
    just under, the half itself left out)."""
    v = q.value
    if q.qualifier is not Qualifier.EXACT or v is None or q.low != q.high or v != int(v):
        return q
    step = _OPEN_HALF if open_half else 0.5
    return attrs.evolve(q, low=v - step, high=v + step)


# A month of the calendar is 28 to 31 days, where pint's is a twelfth of a mean year
# (30.44 days); the units of time counted in whole days, in days.
MONTH_DAYS = (28.0, 31.0)
_DAYS = {"day": 1.0, "week": 7.0, "fortnight": 14.0}


def calendar_months(q: Quantity, unit: str) -> Quantity | None:
    """``q`` in months as days, weeks or fortnights (or these as months), each month 28 to
    31 days: "a month and a half" holds "six weeks" (42 to 46.5 days), and "seven months"
    holds "212 days".  None unless one unit is the month and the other one of those."""
    if q.unit == "month" and unit in _DAYS:
        short, long = MONTH_DAYS[0] / _DAYS[unit], MONTH_DAYS[1] / _DAYS[unit]
    elif q.unit in _DAYS and unit == "month":
        short, long = _DAYS[q.unit] / MONTH_DAYS[1], _DAYS[q.unit] / MONTH_DAYS[0]
    else:
        return None
    mean = convert(q, unit)
    if mean is None:
        return None
    return attrs.evolve(
        mean,
        low=None if q.low is None else q.low * short,
        high=None if q.high is None else q.high * long,
    )
