"""A date against a year: "launched in April 2030" and "lifted off in 2030".

One report dates an event to its day or month, the other gives only its year.  Dates and
years are compared in blocks of their own, so such two never meet there.  After the main
alignment, where one text gives exactly one date with a year and no year, and the other
exactly one year and no such date, and neither is paired yet, the two pair: the only
candidates each has.  A year in passing ("closed since 2014") makes a second year and
no pair, and a year after one of the lexicon's ``YEAR_BOUNDS`` ("routes cut since 2019")
bounds a period rather than dating an event.  The date's year is compared with the year:
a date in that year is compatible with it ("April 2030 falls in 2030"), one in another
year conflicts, labelled as paired by elimination (docs/compare.md, "A date against a
year").
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from claimdiff.extract.members import EXACT
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.model import Claim, Kind, Quantity

__all__ = ["date_and_year", "year_of"]

# A calendar date is read as yyyymmdd (docs/claims.md, "Dates"): one with a year is at
# least the first day of year 1000.
_DATED = 1000_01_01


_WORD_BEFORE = lazy_pattern(r"([^\W\d_]+)\W*$")
# How far before a year its word is looked for: the word and the marks after it, not the
# whole text before (a pattern anchored at its end is tried at every offset).
_REACH = 64


def year_of(claim: Claim) -> int | None:
    """The year of a date that gives one ("April 2030", "12 September 2029"), or None."""
    q = claim.quantity
    if claim.kind is not Kind.DATE or q is None or q.unit != "date":
        return None
    if q.low is None or q.high is None or q.low < _DATED:
        return None
    first, last = int(q.low // 10_000), int(q.high // 10_000)
    return first if first == last else None


def _plain_year(claim: Claim) -> bool:
    q = claim.quantity
    return (
        claim.kind is Kind.YEAR
        and q is not None
        and q.low is not None
        and q.low == q.high
        and q.low == int(q.low)
    )


def date_and_year(
    a: Sequence[Claim],
    b: Sequence[Claim],
    paired: frozenset[tuple[int, int, str]],
    texts: tuple[str, str],
    bounds: frozenset[str],
) -> tuple[Claim, Claim, bool] | None:
    """The date read as its year and the year (in ``a``'s and ``b``'s order) to pair, and
    whether ``a``'s is the date; or None.  ``a`` and ``b`` are each text's claims, and
    ``paired`` the (start, end, text name) of those already paired: a text's one date or
    one year counts only while it is unpaired.  A year after one of ``bounds`` ("since
    2019", "until 2027") bounds a period, and dates no event: no pair."""
    dates_a = [c for c in a if year_of(c) is not None]
    dates_b = [c for c in b if year_of(c) is not None]
    years_a = [c for c in a if c.kind is Kind.YEAR]
    years_b = [c for c in b if c.kind is Kind.YEAR]
    if len(dates_a) == 1 and not years_a and len(years_b) == 1 and not dates_b:
        date, year, a_is_date = dates_a[0], years_b[0], True
    elif len(dates_b) == 1 and not years_b and len(years_a) == 1 and not dates_a:
        date, year, a_is_date = dates_b[0], years_a[0], False
    else:
        return None
    if not _plain_year(year):
        return None
    start = year.span[0]
    before = _WORD_BEFORE.search(texts[1 if a_is_date else 0], max(0, start - _REACH), start)
    if before is not None and before[1].lower() in bounds:
        return None
    side_date, side_year = ("A", "B") if a_is_date else ("B", "A")
    if (*date.span, side_date) in paired or (*year.span, side_year) in paired:
        return None
    return (as_year(date), year, True) if a_is_date else (year, as_year(date), False)


def as_year(date: Claim) -> Claim:
    """A date read as its year, its words and span kept ("April 2030" as 2030)."""
    year = year_of(date)
    assert year is not None
    q = Quantity(float(year), float(year), float(year), None, EXACT)
    return attrs.evolve(date, kind=Kind.YEAR, quantity=q)
