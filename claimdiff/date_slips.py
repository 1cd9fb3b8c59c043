"""Two calendar days far enough apart to be two events' (docs/compare.md, "Two events'
days").

A report misdates an event by a few days ("21 May", "20 May"), by a slip of the pen (the
digits swapped, "21 May" and "12 May"; one dropped, "3 May" and "30 May"; the month
wrong, "14 October" and "14 November"; the year, "2 June 2021" and "June 2, 2022"; a
month's end, "31 October" and "30 September"), or names another event's day ("hit a tree
on 9 February", "the funeral on 1 March").  Days further apart than :data:`NEAR_DAYS` are
two events' unless their words tie them; a slip is one event's only where the words do
not set two events apart.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from claimdiff.candidates import Candidate

__all__ = ["NEAR_DAYS", "far_days", "single_days"]

NEAR_DAYS = 7
"""Days this far apart or nearer may be one event misdated."""

# Days from the year's start to each month's first, in a year of 365 days: nearness
# across a month's end ("31 May", "2 June") needs no more.
_MONTH_STARTS = np.array([0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365])


def far_days(
    a: Sequence[Candidate], b: Sequence[Candidate]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Which pairs of single days lie more than :data:`NEAR_DAYS` apart; which of those
    are a slip of one for the other (:func:`_slips`); and which of those slips are the
    same day of another month, the one slip as often two events' ("arrested on 14
    October", "jailed on 14 November").  A span, a month alone or a day of the week is
    never far."""
    ya, ma, da = _days(a)
    yb, mb, db = _days(b)
    known = (ma > 0)[:, None] & (mb > 0)[None, :]
    gap = (_MONTH_STARTS[ma - 1] + da)[:, None] - (_MONTH_STARTS[mb - 1] + db)[None, :]
    years = (ya > 0)[:, None] & (yb > 0)[None, :]
    across = np.abs(gap + 365 * (ya[:, None] - yb[None, :]))
    within = np.minimum(np.abs(gap), 365 - np.abs(gap))  # "30 December", "2 January"
    far = known & (np.where(years, across, within) > NEAR_DAYS)
    slips, months = _slips((ya, ma, da), (yb, mb, db), years)
    return far, far & slips, far & months


def single_days(cands: Sequence[Candidate]) -> np.ndarray:
    """Which candidates are one day of a month: not a span, a month alone, a day of the
    week or a time of day."""
    return np.asarray(_days(cands)[1] > 0)


def _days(cands: Sequence[Candidate]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each candidate's (year or 0, month, day) from its value (``YYYYMMDD`` or
    ``MMDD``), month 0 where it is no single day."""
    out = np.zeros((3, len(cands)), dtype=np.int64)
    for k, c in enumerate(cands):
        q = c.claim.quantity
        v = None if q is None else q.value
        if v is None or v != int(v) or c.claim.weekday or c.claim.clock:
            continue
        year, md = divmod(int(v), 10_000) if v >= 10_000 else (0, int(v))
        month, day = divmod(md, 100)
        if 1 <= month <= 12 and 1 <= day <= 31:
            out[:, k] = year, month, day
    return out[0], out[1], out[2]


def _slips(
    a: tuple[np.ndarray, np.ndarray, np.ndarray],
    b: tuple[np.ndarray, np.ndarray, np.ndarray],
    years: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """Which pairs of days are one written with a slip: the same day of another month, the
    same day and month of the year before or after, the last days of two months side by
    side, or a day's digits swapped, dropped or added in one month; each of the same year
    where both give one.  And, apart, which are the first of these."""
    (ya, ma, da), (yb, mb, db) = a, b
    year_gap = np.where(years, np.abs(ya[:, None] - yb[None, :]), 0)
    same_year = year_gap == 0
    same_day = da[:, None] == db[None, :]
    same_month = ma[:, None] == mb[None, :]
    months = same_day & ~same_month & same_year  # "14 October" / "14 November"
    slip = months | (same_day & same_month & (year_gap == 1))  # "2 June 2021", "June 2, 2022"
    ends_a, ends_b = _last_day(ma, da), _last_day(mb, db)
    side_by_side = np.abs(ma[:, None] - mb[None, :]) == 1
    slip |= ends_a[:, None] & ends_b[None, :] & side_by_side & same_year
    digits = _DIGIT_SLIPS[da[:, None], db[None, :]]
    return np.asarray(slip | (digits & same_month & same_year)), months


def _last_day(months: np.ndarray, days: np.ndarray) -> np.ndarray:
    """Which days end their month (February's 28th or 29th)."""
    length = _MONTH_STARTS[months] - _MONTH_STARTS[months - 1]
    return np.asarray((days == length) | ((months == 2) & (days == 29)))


def _digit_slips() -> np.ndarray:
    """Which two days of a month (0 for none) are one's digits swapped ("21", "12"), or a
    day of one digit and the same with a nought after ("3", "30") or a one before it ("7",
    "17"); not any digit ("2", "25": an arrest and a charge; "16", "26").

    Written with whole-table operations: a call per pair of days cost a process 1,024
    calls at import (tests/test_date_slips_table.py holds it to the rule day by day).
    """
    u, v = np.arange(32)[:, None], np.arange(32)[None, :]
    swapped = (u >= 10) & (v >= 10) & (u // 10 == v % 10) & (u % 10 == v // 10) & (u != v)
    lo, hi = np.minimum(u, v), np.maximum(u, v)
    one_digit = (lo >= 1) & (lo < 10) & ((hi == 10 * lo) | (hi == 10 + lo))
    return np.asarray(swapped | one_digit)


# Every day of a month against every other (0 for none): a table, so that thousands of
# dates cost a look-up each, not a comparison of their digits in Python.
_DIGIT_SLIPS = _digit_slips()
