"""Years a report misdates: near years, and one year mistyped.

A report misdates an event by a year or a few, or mistypes its year; two years far
apart that no slip of the keys joins are two events' (docs/compare.md, "Years of
events").  :mod:`claimdiff.assignment` and :mod:`claimdiff.align` read both.
"""

from __future__ import annotations

import numpy as np

__all__ = ["LONE_YEAR_GAP", "far_years", "one_left", "year_slip"]

# Two years, each its text's only one, more than this many years apart pair only on
# evidence, a mistyped digit or one event read in both: a report misdates an event by a
# year or a few, while two years far apart left over are two events ("She founded the
# institute in 1968", "she was made a dame in 2001").  docs/compare.md, "Years of events".
LONE_YEAR_GAP = 5


def one_left(same: np.ndarray, single_a: np.ndarray, single_b: np.ndarray) -> np.ndarray:
    """The pair of the one year (or day) each text has left once the years both give pair
    as the same (``same``: which pairs are one figure), where each has exactly one left and
    it is one year (``single_a``, ``single_b``: not a span or a decade, "2001-03", "the
    1990s"; for days, one day of a month): read as each text's only year ("formed in 1979
    … split in 1991" against "from 1979 … its 1993 break-up").  All False otherwise.

    >>> one = np.array([True, True])
    >>> one_left(np.array([[True, False], [False, False]]), one, one).tolist()
    [[False, False], [False, True]]
    """
    left_a, left_b = ~np.asarray(same.any(axis=1)), ~np.asarray(same.any(axis=0))
    if left_a.sum() != 1 or left_b.sum() != 1:
        return np.zeros(same.shape, dtype=bool)
    return np.asarray((left_a & single_a)[:, None] & (left_b & single_b)[None, :])


def far_years(lo_a: np.ndarray, hi_a: np.ndarray, lo_b: np.ndarray, hi_b: np.ndarray) -> np.ndarray:
    """Which pairs of years (each its first and last year: a span's, "2019-2021") lie
    more than :data:`LONE_YEAR_GAP` apart, and are not each other's digits in another
    order (:func:`year_slip`, swapped only: one digit changed is as often two events
    decades apart, "born in 1947", "won the Booker Prize in 1977"): two events' years,
    unless their words tie them.  An unknown bound (nan) is never far."""
    with np.errstate(invalid="ignore"):
        gap = np.fmax(lo_b[None, :] - hi_a[:, None], lo_a[:, None] - hi_b[None, :])
        return np.asarray((gap > LONE_YEAR_GAP) & ~year_slip(lo_a, lo_b, swapped_only=True))


def year_slip(va: np.ndarray, vb: np.ndarray, *, swapped_only: bool = False) -> np.ndarray:
    """Which pairs of years are one year mistyped: its digits in another order ("1962",
    "1926"; "2001", "2010") or, unless ``swapped_only``, one digit but the last changed
    ("1987", "1937").  The last digit changed is a year near, no slip ("listed in 1978",
    "a 1974 storm"); and where a text gives several years, one digit changed is as often
    two events a decade apart ("last used in 2016", "reopen by 2026")."""
    da, db = _digit_rows(va), _digit_rows(vb)
    if not len(da) or not len(db):
        return np.zeros((len(va), len(vb)), dtype=bool)
    whole = (da[:, 0] >= 0)[:, None] & (db[:, 0] >= 0)[None, :]
    differ = da[:, None, :] != db[None, :, :]
    swapped = (np.sort(da, axis=1)[:, None, :] == np.sort(db, axis=1)[None, :, :]).all(axis=2)
    slip = swapped & differ.any(axis=2)
    if not swapped_only:
        # One digit changed, and not the last.
        slip |= (differ.sum(axis=2) == 1) & ~differ[:, :, -1]
    return np.asarray(whole & slip)


_YEAR_DIGITS = 4


def _digit_rows(values: np.ndarray) -> np.ndarray:
    """Each whole four-digit year's digits as a row; -1s for anything else (a span's
    middle, "1981-2010")."""
    rows = np.full((len(values), _YEAR_DIGITS), -1, dtype=np.int64)
    for i, v in enumerate(values):
        digits = _digits(v)
        if len(digits) == _YEAR_DIGITS:
            rows[i] = [int(d) for d in digits]
    return rows


def _digits(v: float) -> str:
    """A whole year's digits, or "" for a span's middle ("1981-2010")."""
    return str(int(v)) if float(v).is_integer() else ""
