"""Verdicts in a journalist's words: "£1 million vs £1.4 million: 40% apart".

Pure functions from two claims (already in one unit) and a verdict to a
sentence a person can check.  Figures are quoted as the texts wrote them; a
range is spelt out only where the words hide it ("hundreds" is 100 to 1,999).
Years are never printed with a thousands separator.
"""

from __future__ import annotations

import math

from claimdiff.caps import read_as_cap
from claimdiff.model import CLOCK, Claim, Kind, Qualifier, Quantity, Verdict
from claimdiff.peaks import read_as_peak
from claimdiff.units import is_offset, symbol

__all__ = ["explain", "number", "spell"]

_BOUNDS = {
    Qualifier.MORE_THAN: "more than",
    Qualifier.AT_LEAST: "at least",
    Qualifier.LESS_THAN: "less than",
    Qualifier.AT_MOST: "at most",
}
_GAP_UNITS = {Kind.YEAR: "year", Kind.AGE: "year", Kind.DATE: "day"}


def _plural(unit: str) -> str:
    """ "years", "months", "centuries": an age's or a gap's unit, more than one."""
    return unit[:-1] + "ies" if unit.endswith("y") and unit[-2:-1] not in "aeiou" else unit + "s"


def number(x: float, kind: Kind = Kind.COUNT) -> str:
    """A number as a reader writes it: grouped, no float noise, years bare.

    >>> number(1_400_000), number(2023, Kind.YEAR), number(0.8214), number(16_000.0)
    ('1,400,000', '2023', '0.8214', '16,000')
    """
    if kind is Kind.DATE:
        return _date(round(x))
    if kind is Kind.YEAR:
        return str(round(x))
    if x == int(x) and abs(x) < 1e15:
        return f"{int(x):,}"
    if abs(x) >= 1000:
        return f"{x:,.0f}"
    return f"{x:.4g}"


def _date(v: int) -> str:
    """A date coded ``YYYYMMDD`` or ``MMDD`` (claimdiff.extract.dates) as a reader writes
    it: "15 March 2024", "11 March"; a code that is no date stays as it is."""
    year, month, day = v // 10_000, v // 100 % 100, v % 100
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return str(v)
    import calendar  # here: it imports locale, some 7 M instructions a comparison seldom needs

    # A month's span is coded to its 31st ("February 2022": 1 to 31 February).
    day = min(day, calendar.monthrange(year or 2000, month)[1])
    words = f"{day} {calendar.month_name[month]}"
    return f"{words} {year}" if year else words


def spell(q: Quantity, kind: Kind) -> str:
    """What a quantity asserts, in words: "more than 16,000", "100 to 1,999", "£0.5m to £1.5m"."""
    lo, hi = q.interval
    if kind is Kind.SCORE and lo is not None and hi is not None:
        return f"{number(hi)}-{number(lo)}"

    def n(x: float) -> str:
        if q.unit == CLOCK:
            return clock(x)
        return _money(x, q.unit) if kind is Kind.MONEY else number(x, kind)

    if q.qualifier in _BOUNDS and q.value is not None:
        return f"{_BOUNDS[q.qualifier]} {n(q.value)}"
    if q.qualifier is Qualifier.EXACT and q.value is not None:
        return n(q.value)
    if lo is not None and hi is not None:
        return f"{n(lo)} to {n(hi)}"
    if lo is not None:
        return f"at least {n(lo)}"
    if hi is not None:
        return f"at most {n(hi)}"
    return "any figure"


_SCALE_NAMES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def clock(minutes: float) -> str:
    """Minutes after midnight as a reader writes the time (claimdiff.model.CLOCK).

    >>> clock(960), clock(635), clock(720), clock(0), clock(1440), clock(1)
    ('4pm', '10.35am', 'noon', 'midnight', 'midnight', '12.01am')
    """
    m = round(minutes) % (24 * 60)
    if m == 0:
        return "midnight"
    if m == 12 * 60:
        return "noon"
    hour, minute = divmod(m, 60)
    half = "am" if hour < 12 else "pm"
    shown = hour % 12 or 12
    return f"{shown}{half}" if minute == 0 else f"{shown}.{minute:02d}{half}"


def _minutes(n: float) -> str:
    """A length in minutes in words: "10 minutes", "2 hours", "1 hour 30 minutes"."""
    hours, minutes = divmod(round(n), 60)
    parts = [f"{hours} hour{'s' if hours != 1 else ''}"] if hours else []
    if minutes or not hours:
        parts.append(f"{minutes} minute{'s' if minutes != 1 else ''}")
    return " ".join(parts)


def _money(x: float, code: str | None) -> str:
    """An amount with its currency's symbol, large ones in words: "£1.5 million".

    >>> _money(1_500_000, "GBP"), _money(400_000, "USD"), _money(12, None)
    ('£1.5 million', '$400,000', '12')
    """
    from claimdiff.lexicon import currency_symbol  # babel's symbols, shipped (no babel load)

    symbol = currency_symbol(code) if code else ""
    for size, name in _SCALE_NAMES:
        if abs(x) >= size:
            return f"{symbol}{number(round(x / size, 3))} {name}"
    return f"{symbol}{number(round(x, 2))}"


def _gap(a: Claim, qa: Quantity, qb: Quantity) -> str | None:
    """How far apart two single figures are: "40% apart", "10 days apart", "1,000 times"."""
    va, vb = qa.value, qb.value
    if va is None or vb is None:
        return None
    if qa.unit == CLOCK:
        return f"{_minutes(abs(vb - va))} apart"
    if a.ordinal:
        # A place in a series is no amount: "the 9th against the 10th", never "11.1% apart".
        return f"the {ordinal(va)} against the {ordinal(vb)}"
    if a.kind is Kind.MEASURE and qa.unit and is_offset(qa.unit):
        # A temperature's zero is arbitrary, and so is any ratio of two: "3°C apart", in
        # the first figure's scale (the second is converted to it).
        degrees = round(abs(vb - va), 1)
        return f"{number(degrees)}{symbol(qa.unit)} apart"
    if a.kind in _GAP_UNITS:
        diff = abs(vb - va) if a.kind is not Kind.DATE else _days_apart(va, vb)
        if diff is None:
            return None
        unit = _GAP_UNITS[a.kind]
        if a.kind is Kind.AGE and qa.unit:
            unit = qa.unit  # "An 18-month-old" and "aged two": 6 months apart
        if a.kind is Kind.AGE and unit == "year" and diff < 1:
            diff, unit = round(diff * 12, 1), "month"  # "aged 1", "11-month-old": 1 month
        return f"{number(diff)} {_plural(unit) if diff != 1 else unit} apart"
    if a.kind is Kind.PERCENT:
        diff = abs(vb - va)
        return f"{number(round(diff, 6))} percentage point{'' if diff == 1 else 's'} apart"
    small, big = sorted((abs(va), abs(vb)))
    if small == 0 or (va < 0) != (vb < 0):
        return None
    if big / small >= 2:
        # As a reader says it: "2.9 times", not "2.929 times" (that precision is in the figures).
        return f"one is {number(round(big / small, 1 if big / small < 10 else 0))} times the other"
    return f"{number(round((big - small) / small * 100, 1))}% apart"


def ordinal(x: float) -> str:
    """A whole number as an ordinal in digits.

    >>> [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 102, 2000)]
    ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '102nd', '2,000th']
    """
    n = int(x)
    ending = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n:,}{ending}"


def _days_apart(x: float, y: float) -> float | None:
    """Days between two dates coded YYYYMMDD or MMDD (see claimdiff.extract.dates)."""
    import datetime

    def day(v: float, year: int) -> datetime.date | None:
        y_, md = divmod(int(v), 10_000)
        m, d = divmod(md, 100)
        try:
            return datetime.date(y_ or year, m, d)
        except ValueError:
            return None

    year = 2000  # a leap year, for dates with no year on either side
    if x >= 10_000 or y >= 10_000:
        year = int(max(x, y) // 10_000)
    dx, dy = day(x, year), day(y, year)
    if dx is None or dy is None:
        return None
    return float(abs((dy - dx).days))


def _same_when(a: Claim, q: Quantity) -> str:
    """What two agreeing dates are one of: "third quarter" and "between July and
    September" are one period, "in March" and "in March" one month; no figure."""
    if a.clock:
        return "the same time"
    lo, hi = q.low, q.high
    if lo is None or hi is None or lo == hi:
        return "the same date"
    one_month = int(lo) // 100 == int(hi) // 100 and int(lo) % 100 == 1
    return "the same month" if one_month else "the same period"


def explain(a: Claim, b: Claim, qa: Quantity, qb: Quantity, verdict: Verdict, tag: str) -> str:
    """Why ``a`` and ``b`` (quantities ``qa``, ``qb`` in one unit) get ``verdict``.

    ``tag`` says which rule decided: "same", "rounding", "extreme", "bounds", "apart",
    "neither", "estimates" or "overlap" (see :func:`claimdiff.verdict.compare_quantities`).  A peak
    said "up to" and read as its figure (claimdiff.peaks), and a figure named a cap in
    words read as at most it (claimdiff.caps), are named as such: "up to 90mph" against
    "80mph" is no ceiling holding its figure.
    """
    why = _explain(a, b, qa, qb, verdict, tag)
    for read, how in ((read_as_peak, "the peak reached"), (read_as_cap, "a cap")):
        said = [c.text for c in (a, b) if read(c)]
        if len(said) == 2 and verdict is Verdict.AGREE:
            continue  # both read alike and agreeing: the reading decided nothing
        if said:
            each = "each " if len(said) > 1 else ""
            why += f" ({' and '.join(said)} {each}read as {how})"
    return why


def _explain(a: Claim, b: Claim, qa: Quantity, qb: Quantity, verdict: Verdict, tag: str) -> str:
    if a.weekday and b.weekday:
        if verdict is Verdict.AGREE:
            return "the same day of the week"
        return f"{_day(qa)} vs {_day(qb)}: two days of the week"
    sa, sb = spell(qa, a.kind), spell(qb, a.kind)
    if verdict is Verdict.AGREE and a.kind is Kind.DATE and qa.low is not None:
        return _same_when(a, qa)
    if verdict is Verdict.AGREE:
        if tag == "extreme":
            return "the same figure, one text stating it as a limit"
        if tag == "reference":
            return "the same amount at the reference rates"
        return "the same figure within rounding" if tag == "rounding" else "the same figure"
    if verdict is Verdict.COMPATIBLE:
        return f"{_hedged(a, qa, sa)} and {_hedged(b, qb, sb)} overlap: both can be true"
    if tag == "bounds":
        side = "upper" if qa.qualifier in (Qualifier.AT_MOST, Qualifier.LESS_THAN) else "lower"
        return f"two {side} bounds that differ: {sa} vs {sb}"
    if tag == "ranges":
        return f"two ranges of one fact that differ: {sa} vs {sb}"
    if tag == "estimates":
        from claimdiff.verdict import ESTIMATES_APART  # verdict imports this module

        gap = _gap(a, qa, qb)
        reach = f'further apart than "about" reaches ({ESTIMATES_APART:.0%} of the larger)'
        return f"two estimates {gap}: {reach}" if gap else f"two estimates {reach}"
    if tag == "neither":
        gap = _gap(a, qa, qb)
        return (
            f"{_hedged(a, qa, sa)} and {_hedged(b, qb, sb)}"
            f"{f' are {gap}' if gap else ''}: neither figure lies within the other's reading"
        )
    gap = _gap(a, qa, qb)
    if gap is not None and qa.qualifier is Qualifier.EXACT and qb.qualifier is Qualifier.EXACT:
        return gap
    return f"{_hedged(a, qa, sa)} and {_hedged(b, qb, sb)} do not overlap"


def _day(q: Quantity) -> str:
    """A day of the week coded 1 (Monday) to 7 (claimdiff.model.WEEKDAY) by its name."""
    import calendar  # as in _date

    return calendar.day_name[int(q.value or 1) - 1]


def _hedged(c: Claim, q: Quantity, spelt: str) -> str:
    """The claim's words, with the range they stand for where the words hide it."""
    if q.qualifier is Qualifier.EXACT or q.qualifier in _BOUNDS:
        if q.unit == CLOCK:
            return c.text  # a time moved a day to meet another reads as written
        if q.qualifier is Qualifier.EXACT and not math.isclose(q.value or 0.0, _first_number(c)):
            return f"{c.text} ({spelt})"
        return c.text
    return f"{c.text} ({spelt})"


def _first_number(c: Claim) -> float:
    """The claim's quantity value as written, to tell whether a conversion changed it."""
    q = c.quantity
    return 0.0 if q is None or q.value is None else q.value
