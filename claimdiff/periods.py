"""Periods of two figures: whether they can be one ("2023 Q3" and "Q3"), or are two bare years.

A figure's period is read by :mod:`claimdiff.extract.context` and resolved against
the text's date by :mod:`claimdiff.prepare`; alignment forbids pairs whose periods
differ (docs/compare.md, "Evidence against").
"""

from __future__ import annotations

from claimdiff.pattern_code import compile_pattern

__all__ = ["YEAR", "bare_years", "financial_year", "months_apart", "same_period"]

YEAR = compile_pattern(r"(?<!\d)((?:18|19|20)\d\d)(?!\d)")
"""A year inside a period ("2023", "2023 Q3"), as its only group."""


def same_period(a: str, b: str, nested: frozenset[str] = frozenset()) -> bool:
    """Whether two periods can be one: "2023 Q3" and "Q3" can, "Q2" and "Q3" cannot; two
    relative phrases only where both are of ``nested``, one within the other ("this
    month", "this year"; the lexicon's ``NESTED_PERIODS``).

    >>> same_period("2023 Q3", "Q3"), same_period("2023", "2023 Q3"), same_period("Q2", "Q3")
    (True, True, False)
    >>> same_period("this month", "this year", frozenset({"this month", "this year"}))
    True
    """
    if a == b:
        return True
    ya, pa = _period_parts(a)
    yb, pb = _period_parts(b)
    if ya is not None and yb is not None and ya != yb:
        return False
    if pa is not None and pb is not None and not _parts_meet(pa, pb):
        return False
    relative_a, relative_b = ya is None and pa is None, yb is None and pb is None
    if relative_a and relative_b:
        # Two relative phrases that differ ("last year", "this year"), unless one lies
        # within the other ("this month", "this year").
        return a in nested and b in nested
    # A relative phrase against a year ("last year", "2023") with no date to resolve
    # it by: nothing says they differ.
    return True


def financial_year(period: str) -> str:
    """``period`` with a year to a month read as a financial year ("FY-M02" as "FY"): a
    sum or a company's metric over it is the year's, no month's rate (docs/claims.md,
    "Periods").

    >>> financial_year("2024 FY-M03"), financial_year("M03")
    ('2024 FY', 'M03')
    """
    return _FY_MONTH.sub("FY", period)


_FY_MONTH = compile_pattern(r"FY-M\d\d")


def months_apart(a: str, b: str) -> bool:
    """Whether two periods are two months, two quarters or two halves of one year, or of
    no year given ("M03" and "M02", "2024 M06" and "2024 M07", "Q2" and "Q3"): one fact
    misdated, where the figure is the same.

    A year to a month is no month: its month is no date of the text's to compare through
    the figure, so the same rate of two years to two months is no fact misdated; nor is a
    financial year's quarter, whose months differ by company.

    >>> months_apart("M03", "M02"), months_apart("2024 M06", "M07"), months_apart("M06", "Q2")
    (True, True, False)
    >>> months_apart("Q2", "Q3"), months_apart("H1", "H2"), months_apart("FQ2", "FQ3")
    (True, True, False)
    >>> months_apart("FY-M03", "FY-M04"), months_apart("FY-M02", "M01")
    (False, False)
    """
    ya, pa = _period_parts(a)
    yb, pb = _period_parts(b)
    if ya is not None and yb is not None and ya != yb:
        return False
    sort = _sort_of(pa)
    return sort is not None and sort == _sort_of(pb) and pa != pb


def _sort_of(part: str | None) -> str | None:
    """ "M" for a month, "Q" for a calendar quarter, "H" for a half; else None."""
    if part is None:
        return None
    if part[:1] == "M" and part[1:].isdigit():
        return "M"
    return part[0] if part in _CALENDAR_PARTS else None


_CALENDAR_PARTS = frozenset({"Q1", "Q2", "Q3", "Q4", "H1", "H2"})


def bare_years(a: str, b: str) -> bool:
    """Whether two periods are years alone ("1987", "1978"), with no part of a year."""
    return all(w.isdigit() and len(w) == 4 for w in (a, b))


def _period_parts(p: str) -> tuple[str | None, str | None]:
    year = part = None
    for w in p.split():
        if w.isdigit() and len(w) == 4:
            year = w
        elif w in _PARTS or (w[:1] == "M" and w[1:].isdigit()) or w.startswith("FY-M"):
            part = w
    return year, part


_PARTS = frozenset({"Q1", "Q2", "Q3", "Q4", "H1", "H2", "FY", "FQ1", "FQ2", "FQ3", "FQ4"})


def _parts_meet(a: str, b: str) -> bool:
    """Two parts of a year that can hold one figure: the same, or a month in its quarter
    or half ("M09" and "Q3"), or a quarter of a financial year ("FQ3") and any part of
    the calendar, the year's first month unknown.

    >>> _parts_meet("FQ3", "Q4"), _parts_meet("FQ3", "M10"), _parts_meet("FQ3", "FQ2")
    (True, True, False)
    >>> _parts_meet("FY-M02", "M02"), _parts_meet("FY-M02", "FY"), _parts_meet("FY-M02", "M03")
    (True, True, False)
    >>> _parts_meet("FY-M12", "Q4"), _parts_meet("FY-M11", "Q4")
    (True, False)
    """
    if a == b:
        return True
    for ending, other in ((a, b), (b, a)):
        if ending.startswith("FY-"):
            # A rate over the year to a month ("FY-M02"): the annual rate of the month
            # or of the quarter ending then ("the year to December", "the December
            # quarter"), or a financial year's.
            last = int(ending[4:])
            quarter = f"Q{last // 3}" if last % 3 == 0 else None
            return other in ("FY", ending[3:], quarter)
    if a.startswith("FQ") != b.startswith("FQ"):
        return True
    for month, whole in ((a, b), (b, a)):
        if month[:1] == "M" and month[1:].isdigit():
            m = int(month[1:])
            if whole == f"Q{(m - 1) // 3 + 1}" or whole == f"H{(m - 1) // 6 + 1}":
                return True
    return False
