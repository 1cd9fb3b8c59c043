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

from claimdiff.extract.dates import days_in_month
from claimdiff.extract.duration_senses import SENTENCE
from claimdiff.model import Claim, Kind, Qualifier, Quantity
from claimdiff.units import convert, is_offset

if TYPE_CHECKING:
    from claimdiff.verdict import Rate

__all__ = [
    "CONVERTED_TOLERANCE",
    "EXTREMES",
    "FIVES_TOLERANCE",
    "ROUNDING_TOLERANCE",
    "SPELLED_TOLERANCE",
    "TIMES",
    "at_reference_rate",
    "calendar_months",
    "converted_alike",
    "same_extreme",
    "spelled_round",
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


# The parts a figure written with no decimals is rounded to: a whole unit, a half ("six
# and a half hours"), a third, a quarter ("three quarters of an hour").
_PARTS = (1, 2, 3, 4)
# ...never looser than a fifth of the figure: readers of "half an hour" allow 35 minutes,
# not 40 ("a week" is no "10 days"), and hold "three quarters of an hour" to 51 minutes.
ROUNDING_TOLERANCE = 0.2
# A measure read to its digits is widened across units at most by "about"'s width.
CONVERTED_TOLERANCE = 0.1
# A whole measure ending in 5 or 0, read across units as rounded to the nearest five, at
# most by this share of it: a writer rounds 241km/h to 240, not 30.5C to 30.
FIVES_TOLERANCE = 0.05


# A round figure a writer spelled out is read within this share of it, the edge left out:
# "five hundred jobs" holds 512 and 540, "forty per cent" no 44%.
SPELLED_TOLERANCE = 0.1
_SPELLED_KINDS = frozenset({Kind.COUNT, Kind.MONEY, Kind.PERCENT, Kind.MEASURE, Kind.DURATION})
# The words of a share spelled as one ("twenty per cent", "zwanzig Prozent"), not as a
# fraction.
_PERCENT_WORDS = ("cent", "prozent")


def spelled_round(c: Claim, q: Quantity) -> Quantity:
    """``q``, the quantity of ``c``, read as a writer's round figure when ``c`` spells it
    in words with one significant digit, twenty or more ("fifty days", "five hundred
    jobs", "one billion dollars"): within :data:`SPELLED_TOLERANCE` of it, the edge itself
    left out.  Style puts such figures in digits; spelled out, they are said round
    ("fifty days" for 49).  Not a figure opening its sentence, which style spells out
    whatever it is ("Forty people were arrested"), a prison term, which a court gives
    exactly, nor a share said as a fraction ("half of voters", "one in five adults")."""
    v, text = q.value, c.text
    if q.qualifier is not Qualifier.EXACT or c.kind not in _SPELLED_KINDS or v is None:
        return q
    if not math.isfinite(v) or abs(v) < 20 or any(ch.isdigit() for ch in text):
        return q
    if c.span[0] - c.sentence[0] <= 1 or c.predicate == SENTENCE:
        return q
    if c.kind is Kind.PERCENT and not any(w in text.lower() for w in _PERCENT_WORDS):
        return q
    if c.kind is Kind.MEASURE and q.unit is not None and is_offset(str(q.unit)):
        return q  # "forty degrees": a share of a temperature means nothing
    lead = 10.0 ** math.floor(math.log10(abs(v)))
    if abs(v / lead - round(v / lead)) > 1e-9:
        return q  # "twenty-five thousand", "two and a half million": two digits
    step = SPELLED_TOLERANCE * abs(v) * (1 - 1e-6)
    low = v - step if q.low is None else min(q.low, v - step)
    high = v + step if q.high is None else max(q.high, v + step)
    return attrs.evolve(q, low=low, high=high)


def with_rounding(
    q: Quantity, kind: Kind, *, open_half: bool = False, fives: bool = False
) -> Quantity:
    """An exact figure of ``kind`` compared across units, read as rounded to its last
    written part: a whole figure to its last digit (±0.5), a half to the half (±0.25), a
    third or a quarter to it; with ``open_half`` just under, the half itself left out;
    never looser than ±20% (:data:`ROUNDING_TOLERANCE`).  A measure already read to its
    digits is widened to its last digit, never more than ±10%
    (:data:`CONVERTED_TOLERANCE`), and with ``fives`` (compare()'s reading) one ending in 5
    or 0 as rounded to a five (:data:`FIVES_TOLERANCE`); an age in whole years is a floor
    ("aged 2" is 2 to just under 3); money is left as read, converted at a rate with its
    own range.

    >>> q = with_rounding(Quantity(6.5, 6.5, 6.5, "hour", Qualifier.EXACT), Kind.DURATION)
    >>> q.low, q.high
    (6.25, 6.75)
    >>> q = with_rounding(Quantity(0.5, 0.5, 0.5, "hour", Qualifier.EXACT), Kind.DURATION)
    >>> round(q.low, 2), round(q.high, 2)
    (0.4, 0.6)
    """
    v, low, high = q.value, q.low, q.high
    if q.qualifier is not Qualifier.EXACT or v is None or low is None or high is None:
        return q
    if kind is Kind.MONEY or not math.isfinite(v):
        return q
    if low != high:
        # A measure, read to its digits at most ±5%: a whole one is widened to its last
        # digit, at most ±10%, the width of "about" ("3km" and "a two-mile zone", 3.2km,
        # are one zone; "2kg" is no "5.2 pounds", 2.36kg).  Money is converted at a rate
        # with its own range ("Two currencies", docs/compare.md).
        if kind is not Kind.MEASURE or v != int(v):
            return q
        most = CONVERTED_TOLERANCE * abs(v)
        step = most if most < 0.5 else 0.5
        if fives and v % 5 == 0 and v >= 10 and not is_offset(str(q.unit)):
            # Converted figures are rounded to a five as often as to a digit: "120mph
            # (195km/h)" for 193.1km/h, "150mph (240km/h)" for 241.4km/h.  Not a
            # temperature, whose zero is arbitrary: a share of 45C means nothing.
            share = FIVES_TOLERANCE * abs(v)
            step = max(step, share if share < 2.5 else 2.5)
        return attrs.evolve(q, low=min(low, v - step), high=max(high, v + step))
    if kind is Kind.AGE and q.unit == "year" and v == int(v) and v >= 1:
        # An age in whole years is a floor: a child "aged 2" is 24 to 35 months old.
        return attrs.evolve(q, low=v, high=v + 2 * _OPEN_HALF)
    for parts in _PARTS:
        if abs(v * parts - round(v * parts)) < 1e-9:
            step = (_OPEN_HALF if open_half else 0.5) / parts
            most = ROUNDING_TOLERANCE * abs(v)
            step = most if most < step else step
            return attrs.evolve(q, low=v - step, high=v + step)
    return q


# A month of the calendar is 28 to 31 days, where pint's is a twelfth of a mean year
# (30.44 days); months in a row vary less: twelve are 365 or 366 days.  The lengths of
# the months from January, February of a common year; the units of time counted in
# whole days, in days.
_MONTHS = tuple(days_in_month(2001, month) for month in range(1, 13))
_DAYS = {"hour": 1 / 24, "day": 1.0, "week": 7.0, "fortnight": 14.0}
_WEEKS = frozenset({"week", "fortnight"})


@functools.lru_cache(maxsize=256)
def month_days(whole: int) -> tuple[int, int]:
    """The fewest and most days in ``whole`` months in a row of the calendar: 28 and 31
    for one, 59 and 62 for two, 365 and 366 for twelve."""
    years, rest = divmod(whole, 12)
    runs = [sum(_MONTHS[(k + i) % 12] for i in range(rest)) for k in range(12)]
    # A run holding a February may hold its 29th day; so may each whole year.
    leap = [any((k + i) % 12 == 1 for i in range(rest)) for k in range(12)]
    most = max(r + int(lp) for r, lp in zip(runs, leap, strict=True))
    return 365 * years + min(runs), 366 * years + most


def _days_in_months(months: float, *, most: bool, weeks: bool = False) -> float:
    """The fewest (or most) days ``months`` months in a row may be, a part of a month
    taken from 28 (or 31) days: "a month and a half" is 42 to 46.5 days.  Against weeks
    a month is at fewest four of them, as writers count it ("two months", "eight weeks";
    "two and a half months", "10 weeks")."""
    if weeks and not most:
        return months * 28
    whole = int(months)
    fewest, greatest = month_days(whole)
    part = months - whole
    return greatest + part * 31 if most else fewest + part * 28


def calendar_months(q: Quantity, unit: str) -> Quantity | None:
    """``q`` in months as hours, days, weeks or fortnights (or these as months), the months
    of the calendar (:func:`month_days`): "a month and a half" holds "six weeks", "seven
    months" holds "212 days", "12 months" is no "340 days".  None unless one unit is the
    month and the other one of those."""
    to_days = q.unit == "month" and unit in _DAYS
    if not to_days and not (q.unit in _DAYS and unit == "month"):
        return None  # asked first: most conversions involve no month
    mean = convert(q, unit)
    bounds = [v for v in (q.low, q.high) if v is not None]
    if mean is None or any(v < 0 or not math.isfinite(v) for v in bounds):
        return None
    weeks = unit in _WEEKS or q.unit in _WEEKS
    if to_days:
        size = _DAYS[unit]
        low = None if q.low is None else _days_in_months(q.low, most=False, weeks=weeks) / size
        high = None if q.high is None else _days_in_months(q.high, most=True) / size
    else:
        size = _DAYS[str(q.unit)]
        # The fewest months are the longest ones.
        low = None if q.low is None else _months_in_days(q.low * size, most=True)
        high = None if q.high is None else _months_in_days(q.high * size, most=False, weeks=weeks)
    return attrs.evolve(mean, low=low, high=high)


def _months_in_days(days: float, *, most: bool, weeks: bool = False) -> float:
    """The fewest (or most) months in a row ``days`` days may be: the inverse of
    :func:`_days_in_months`, found month by month."""
    if weeks and not most:
        return days / 28
    # Whole years first (twelve months are at most 366 days), then at most twelve months.
    whole = 12 * int(days // (366 if most else 365))
    while _days_in_months(whole + 1, most=most) <= days:
        whole += 1
    span = _days_in_months(whole + 1, most=most) - _days_in_months(whole, most=most)
    return whole + (days - _days_in_months(whole, most=most)) / span
