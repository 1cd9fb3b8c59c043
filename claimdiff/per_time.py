"""Rates per lengths of time: "£1,200 a month" and "£14,400 a year" state one rent.

An amount's ``per`` (:mod:`claimdiff.extract.per`) is a canonical name in every
language ("year", "month"); two amounts per different lengths of time are compared once
one is converted to the other's length (docs/compare.md, "Rates per time").  Other pers
("a share", "a litre") are different facts and never meet.

Writers convert as they count: a year is twelve months and 52 weeks (or 365 days), a week
seven days.  So a year and a month are one scale, and a week, a day, an hour and a minute
another; between the two, a year holds 52 to 366/7 weeks, and a conversion across widens
the figure by that much ("£230.25 a week" is £11,973 to £12,039 a year, which "almost
£12,000 a year" meets).  Money per a day or an hour is pay for working time (a week of 5
to 7 days, 35 to 168 hours); a count per hour runs round the clock.
"""

from __future__ import annotations

from claimdiff.model import Quantity

__all__ = ["PER_TIME", "per_time_factor", "to_per"]

# Each length of time an amount may be per: its scale, and its length in that scale's
# unit (years, or weeks).
PER_TIME: dict[str, tuple[str, float]] = {
    "year": ("year", 1.0),
    "quarter": ("year", 1 / 4),
    "month": ("year", 1 / 12),
    "fortnight": ("week", 2.0),
    "week": ("week", 1.0),
    "day": ("week", 1 / 7),
    "night": ("week", 1 / 7),
    "hour": ("week", 1 / 168),
    "minute": ("week", 1 / 10080),
}
# Money per a day or an hour is most often pay for working time: a week of 5 to 7 days,
# and of 35 to 168 hours (a wage of "£12 an hour" is about "£25,000 a year", 40 hours a
# week; a count per hour runs round the clock, "50 flights an hour" is 1,200 a day).
_WORKING = {"day": (1 / 7, 1 / 5), "hour": (1 / 168, 1 / 35), "minute": (1 / 10080, 1 / 2100)}
# A year in weeks, as writers count it (52) and as the calendar does (366 / 7 at most).
_WEEKS_A_YEAR = (52.0, 366 / 7)


def per_time_factor(
    frm: str | None, to: str | None, *, working: bool = False
) -> tuple[float, float] | None:
    """The least and greatest that an amount per ``frm`` is multiplied by to be per
    ``to``, where both are lengths of time; None otherwise.  With ``working`` (money), a
    day or an hour is working time: a week holds 5 to 7 days and 35 to 168 hours.

    >>> per_time_factor("month", "year"), per_time_factor("day", "week")
    ((12.0, 12.0), (7.0, 7.0))
    >>> lo, hi = per_time_factor("week", "year"); (lo, round(hi, 2))
    (52.0, 52.29)
    >>> per_time_factor("hour", "week", working=True)
    (35.0, 168.0)
    >>> per_time_factor("share", "year") is None
    True
    """
    if frm is None or to is None or frm not in PER_TIME or to not in PER_TIME:
        return None
    lo_f = hi_f = PER_TIME[frm][1]
    lo_t = hi_t = PER_TIME[to][1]
    if working and frm != to:
        lo_f, hi_f = _WORKING.get(frm, (lo_f, hi_f))
        lo_t, hi_t = _WORKING.get(to, (lo_t, hi_t))
    low, high = lo_t / hi_f, hi_t / lo_f
    if PER_TIME[frm][0] == PER_TIME[to][0]:
        return low, high
    if PER_TIME[frm][0] == "week":  # weeks to years: each year 52 to 52.29 weeks
        return low * _WEEKS_A_YEAR[0], high * _WEEKS_A_YEAR[1]
    return low / _WEEKS_A_YEAR[1], high / _WEEKS_A_YEAR[0]


def to_per(
    q: Quantity, frm: str | None, to: str | None, *, working: bool = False
) -> Quantity | None:
    """``q``, an amount per ``frm``, as an amount per ``to`` (its interval widened by the
    conversion's span); None where either is no length of time."""
    factor = per_time_factor(frm, to, working=working)
    if factor is None:
        return None
    lo, hi = factor
    return q.scaled_between(lo, hi, lo, q.unit)
