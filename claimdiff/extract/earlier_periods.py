"""Periods named against another figure's: "up from 3.9% the previous month", "compared
with 86% a year earlier", "food prices rose 4.4% over the same period".

A figure followed at once by such a phrase (the lexicon's ``EARLIER_PERIOD``) is of the
period one step before the period of the figure before it in its sentence that is not
itself so dated (or, where none has one, of the first period the sentence names): "3.4%
in the year to March, down from 3.9% the previous month" dates the 3.9% to February's
year (``FY-M02``), "7.22% this week from 7.10% a week earlier" the 7.10% to last week.
"The same period" is the period of the last figure dated before it in its paragraph.
A step that cannot be taken (a year earlier than a month with no year, a month before
"last month") dates nothing; "before" followed by a noun phrase ("the year before the
pandemic") is no such phrase.  A comparison's base is not the figure's date: "1.2%
higher than a year earlier" keeps the period it has (docs/claims.md, "Periods").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from claimdiff.lexicon import Lexicon
from claimdiff.pattern_code import compile_pattern
from claimdiff.periods import financial_year

__all__ = ["earlier_periods", "step_back"]


@functools.cache
def _pattern(source: str) -> re.Pattern[str]:
    return compile_pattern(source, re.IGNORECASE)


def earlier_periods(
    text: str,
    figures: Iterable[tuple[tuple[int, int], bool]],
    periods: dict[tuple[int, int], str],
    named: str | None,
    last: str | None,
    lex: Lexicon,
) -> tuple[dict[tuple[int, int], str], str | None]:
    """``periods`` (each figure's by span, of one sentence) with the figures of
    ``figures`` (in order: each span, and whether it is a percentage) that a phrase of an
    earlier period follows dated; ``named`` is the first period the sentence names,
    ``last`` the last period of a figure before the sentence.  Returns the periods and
    the last period after the sentence.  A count or sum dated from a percentage's year to
    a month ("3.1 million parcels over the same period") is of that year, ``FY``: only a
    rate is of the month (docs/claims.md, "Periods")."""
    pattern = _pattern(lex.EARLIER_PERIOD) if lex.EARLIER_PERIOD else None
    out = periods
    before = None
    for span, rate in figures:
        own = out.get(span)
        m = pattern.match(text, span[1]) if pattern is not None else None
        if m is not None:
            # The phrase right after the figure dates it, over a period its clause lends
            # it ("rose to 7.22% this week from 7.10% a week earlier").
            if m["same"] is not None:
                dated = last
            else:
                anchor = before if before is not None else named
                unit = (m["u1"] or m["u2"] or m["u3"] or "year").lower()
                dated = None if anchor is None else step_back(anchor, unit)
            if dated is not None and not rate:
                dated = financial_year(dated)
            if dated is None:
                # Dated against another but not told: the last figure's period is unknown,
                # and "over the same period" after it is no period ("4.4% the month before.
                # Food prices rose 4.4% over the same period", of a text dated "last month").
                own = None
            elif dated != own:
                if out is periods:
                    out = dict(periods)
                out[span] = own = dated
        if own is not None or m is not None:
            last = own
        if own is not None and m is None:
            # A figure dated against another is no anchor of the next: "5.1% in Q2,
            # against 4.2% a quarter before and 3% a year earlier" are both Q2's.
            before = own
    return out, last


def step_back(period: str, unit: str) -> str | None:
    """The period one ``unit`` ("month", "quarter", "year", "week") before ``period``,
    where it can be told.

    >>> step_back("M03", "month"), step_back("2024 M01", "month"), step_back("FY-M03", "month")
    ('M02', '2023 M12', 'FY-M02')
    >>> step_back("Q1", "quarter"), step_back("2024 Q3", "year"), step_back("M03", "year")
    ('Q4', '2023 Q3', None)
    >>> step_back("this week", "week"), step_back("last month", "month")
    ('last week', None)
    """
    if period in _RELATIVE_BEFORE.get(unit, {}):
        return _RELATIVE_BEFORE[unit][period]
    words = period.split()
    year = int(words[0]) if words and words[0].isdigit() and len(words[0]) == 4 else None
    part = words[-1] if words and not words[-1].isdigit() else None
    if unit == "year":
        return None if year is None else " ".join(x for x in (str(year - 1), part) if x)
    if part is None:
        return None
    prefix = "FY-" if part.startswith("FY-M") else ""
    bare = part.removeprefix("FY-")
    if unit == "month" and bare[:1] == "M" and bare[1:].isdigit():
        n, year_of = int(bare[1:]) - 1, year
        if n == 0:
            n, year_of = 12, None if year is None else year - 1
        return " ".join(x for x in (str(year_of) if year_of else None, f"{prefix}M{n:02d}") if x)
    if unit == "quarter" and not prefix and bare[:1] == "Q" and bare[1:].isdigit():
        n, year_of = int(bare[1:]) - 1, year
        if n == 0:
            n, year_of = 4, None if year is None else year - 1
        return " ".join(x for x in (str(year_of) if year_of else None, f"Q{n}") if x)
    return None


# Periods counted from when the text was written, a step back.
_RELATIVE_BEFORE = {
    "week": {"this week": "last week"},
    "month": {"this month": "last month"},
    "quarter": {"this quarter": "last quarter"},
    "year": {"this year": "last year"},
}
