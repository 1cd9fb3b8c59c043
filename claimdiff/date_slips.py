"""Two calendar days far enough apart to be two events' (docs/compare.md, "Two events'
days").

A report misdates an event by a few days ("21 May", "20 May"), by a slip of the pen (the
digits swapped, "21 May" and "12 May"; one dropped, "3 May" and "30 May"; the month
wrong, "14 October" and "14 November"; the year, "2 June 2021" and "June 2, 2022"; a
month's end, "31 October" and "30 September"), or
names another event's day ("hit a tree on 9 February", "the funeral on 1 March").  Days
further apart than :data:`NEAR_DAYS` that are no slip are two events' unless their words
tie them.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from claimdiff.candidates import Candidate

__all__ = ["NEAR_DAYS", "far_days"]

NEAR_DAYS = 7
"""Days this far apart or nearer may be one event misdated."""

# Days from the year's start to each month's first, in a year of 365 days: nearness
# across a month's end ("31 May", "2 June") needs no more.
_MONTH_STARTS = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


def _day(claim_value: float | None) -> tuple[int, int, int] | None:
    """(year or 0, month, day) of a date's value (``YYYYMMDD`` or ``MMDD``), or None."""
    if claim_value is None or claim_value != int(claim_value):
        return None
    v = int(claim_value)
    year, md = divmod(v, 10_000) if v >= 10_000 else (0, v)
    month, day = divmod(md, 100)
    return (year, month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None


def _slip(a: tuple[int, int, int], b: tuple[int, int, int]) -> bool:
    """Whether one day is the other written with a slip: the same day of another month,
    the same day and month of another year, or a day's digits swapped, dropped or added
    in one month."""
    (ya, ma, da), (yb, mb, db) = a, b
    if da == db and (ma == mb) != (ya == yb or not ya or not yb):
        return True  # "14 October" / "14 November"; "2 June 2021" / "June 2, 2022"
    if _last_day(ma, da) and _last_day(mb, db):
        return True  # "ends on 31 October" / "30 September": a month's end, misnamed
    if ma != mb or (ya and yb and ya != yb):
        return False
    sa, sb = str(da), str(db)
    return sorted(sa) == sorted(sb) or sa in sb or sb in sa


def _last_day(month: int, day: int) -> bool:
    """Whether ``day`` ends ``month`` (February's 28th or 29th)."""
    ends = (_MONTH_STARTS[month] if month < 12 else 365) - _MONTH_STARTS[month - 1]
    return day == ends or (month == 2 and day == 29)


def _apart(a: tuple[int, int, int], b: tuple[int, int, int]) -> int:
    """Days between two days, across a year's end where either's year is unknown ("30
    December", "2 January")."""
    (ya, ma, da), (yb, mb, db) = a, b
    gap = _MONTH_STARTS[ma - 1] + da - _MONTH_STARTS[mb - 1] - db
    if ya and yb:
        return abs(gap + 365 * (ya - yb))
    return min(abs(gap), 365 - abs(gap))


def far_days(a: Sequence[Candidate], b: Sequence[Candidate]) -> np.ndarray:
    """Which pairs of single days lie more than :data:`NEAR_DAYS` apart and are no slip
    of one for the other (a span or a month alone is never far)."""
    days_a = [_day(x.claim.quantity.value if x.claim.quantity else None) for x in a]
    days_b = [_day(y.claim.quantity.value if y.claim.quantity else None) for y in b]
    out = np.zeros((len(a), len(b)), dtype=bool)
    for i, u in enumerate(days_a):
        for j, v in enumerate(days_b):
            if u is not None and v is not None and u != v:
                out[i, j] = _apart(u, v) > NEAR_DAYS and not _slip(u, v)
    return out
