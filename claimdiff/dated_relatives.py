"""Relative dates counted from a dateline: "last month", "yesterday", "next year".

A report that opens "BRISBANE, Nov 6 —" was written on 6 November, so its "last month"
is October and its "yesterday" 5 November.  Where the text of a relative date has a
dateline of one day (:func:`claimdiff.extract.dateline_date`), the date the other report
gives is judged against the period the phrase counts to: within it they agree, apart
from it they conflict, and a date that only overlaps it is compatible (docs/compare.md,
"Relative dates").  A phrase counts by the lexicon's ``RELATIVE_STEPS``: its unit (day,
month or year) and how many of them on from the dateline's.  A year needs the dateline's
year; a day or a month does not, and is then compared by month and day alone.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping

import attrs

from claimdiff.extract import dateline_date
from claimdiff.lexicon import Lexicon
from claimdiff.model import Claim, Kind, Verdict
from claimdiff.weekday_dates import calendar_day

__all__ = ["Dateline", "Period", "counted_period", "dateline_of", "judged"]


@attrs.frozen
class Dateline:
    """The day a text was written, as its dateline gives it."""

    day: datetime.date
    """The date (in a leap year where the dateline gives none: ``weekday_dates.calendar_day``)."""
    has_year: bool
    words: str
    """The dateline's date as written ("Nov 6")."""


@attrs.frozen
class Period:
    """What a relative date counts to: its first and last day as dates are read
    (``YYYYMMDD``, ``MMDD`` with no year) or its year, its unit and its name."""

    low: float
    high: float
    unit: str
    """ "day", "month" or "year"."""
    words: str
    """How a reason names it: "October", "8 June", "2023"."""


def dateline_of(text: str, lex: Lexicon) -> Dateline | None:
    """The one day ``text``'s dateline gives, or None (no dateline, or a month only)."""
    line = dateline_date(text, lang=lex.lang)
    if line is None or line[0] != line[1]:
        return None
    found = calendar_day(line[0])
    if found is None:
        return None
    return Dateline(found[0], found[1], text[line[2] : line[3]])


def counted_period(
    phrase: str, line: Dateline, steps: Mapping[str, tuple[str, int]]
) -> Period | None:
    """The period that ``phrase`` counts to from ``line``; None where the lexicon gives the
    phrase no step, a year is counted from a dateline without one, or a day of no year
    falls where a leap year differs."""
    step = steps.get(" ".join(phrase.lower().split()))
    if step is None:
        return None
    unit, n = step
    d = line.day
    try:
        if unit == "day":
            day = d + datetime.timedelta(days=n)
            if not line.has_year and _near_a_leap_day(d, day):
                return None  # a year unknown: "Mar 1 … yesterday" may be 28 or 29 February
            v = _code(day.year, day.month, day.day, line.has_year)
            return Period(v, v, "day", f"{day.day} {day.strftime('%B')}")
        if unit == "month":
            index = d.year * 12 + d.month - 1 + n
            year, month = divmod(index, 12)
            base = _code(year, month + 1, 0, line.has_year)
            return Period(
                base + 1, base + 31, "month", datetime.date(2000, month + 1, 1).strftime("%B")
            )
        if unit == "year" and line.has_year:
            year = d.year + n
            return Period(float(year), float(year), "year", str(year))
    except (OverflowError, ValueError):
        return None  # the calendar's ends
    return None


def _near_a_leap_day(*days: datetime.date) -> bool:
    """Whether a day counted in an unknown year falls where a leap year differs."""
    return any((d.month, d.day) in _LEAP_EDGES for d in days)


_LEAP_EDGES = frozenset({(2, 28), (2, 29), (3, 1)})


def _code(year: int, month: int, day: int, with_year: bool) -> float:
    return float((year if with_year else 0) * 10_000 + month * 100 + day)


def judged(date: Claim, period: Period) -> Verdict | None:
    """The verdict on ``date`` against the counted ``period``: agree within it, conflict
    apart from it, compatible where they only overlap; None where ``date`` has no bounds
    to compare."""
    q = date.quantity
    if q is None or q.low is None or q.high is None:
        return None
    lo, hi = float(q.low), float(q.high)
    p_lo, p_hi = period.low, period.high
    if date.kind is Kind.DATE and period.unit == "year":
        # A year counted ("last year"): a date of the calendar compared by its year, one of
        # no year not at all ("earlier this year" against "January 2024": the same year).
        if lo < 10_000:
            return None
        lo, hi = lo // 10_000, hi // 10_000
    elif date.kind is Kind.DATE and (lo >= 10_000) != (p_lo >= 10_000):
        # One of the two gives no year: compare month and day alone.
        lo, hi, p_lo, p_hi = lo % 10_000, hi % 10_000, p_lo % 10_000, p_hi % 10_000
    if p_lo <= lo and hi <= p_hi:
        return Verdict.AGREE
    if hi < p_lo or p_hi < lo:
        return Verdict.CONFLICT
    return Verdict.COMPATIBLE
