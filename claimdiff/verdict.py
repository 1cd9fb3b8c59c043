"""Interval logic: do two quantities agree, merely overlap, or conflict?

Both quantities are first brought to one unit: measures through pint, money
through an exchange rate stated in either text or passed by the caller.
Money with no rate is never guessed at: :func:`judge` returns None and says
why.  The rules are written down in docs/claims.md.
"""

from __future__ import annotations

import math

import attrs

from claimdiff.candidates import OPPOSED_METRICS
from claimdiff.conversions import (
    EXTREMES,
    TIMES,
    at_reference_rate,
    calendar_months,
    converted_alike,
    same_extreme,
    spelled_round,
    whole_multiple,
    with_rounding,
)
from claimdiff.extract.precision import UNHEDGED_TOLERANCE
from claimdiff.fields_repr import fields_repr
from claimdiff.model import CHANGE_ENDS, Claim, Kind, Qualifier, Quantity, Verdict
from claimdiff.pattern_code import compile_pattern
from claimdiff.per_time import to_per
from claimdiff.reasons import explain
from claimdiff.units import convert, symbol

# Relative tolerance for floating-point noise (40 °C is 103.99999999999993 °F).
_EPS = 1e-9
_LOWER_BOUNDS = frozenset({Qualifier.AT_LEAST, Qualifier.MORE_THAN})
_UPPER_BOUNDS = frozenset({Qualifier.AT_MOST, Qualifier.LESS_THAN})


@attrs.frozen
class Rate:
    """1 ``src`` is worth ``value`` (within [low, high]) ``dst``; ``origin`` says who stated it."""

    __repr__ = fields_repr  # attrs compiles none (claimdiff.fields_repr)

    src: str
    dst: str
    value: float
    low: float
    high: float
    origin: str
    reference: bool = False
    """A reference rate (:mod:`claimdiff.reference_rates`), stated by neither text nor
    given: a range over months, within which one amount is the other."""

    def inverse(self) -> Rate:
        """The same rate read the other way."""
        return Rate(
            self.dst,
            self.src,
            1 / self.value,
            1 / self.high,
            1 / self.low,
            self.origin,
            self.reference,
        )


@attrs.frozen
class Judgement:
    """A verdict, the quantity of ``b`` as compared (in ``a``'s unit), and how it was converted."""

    __repr__ = fields_repr  # attrs compiles none (claimdiff.fields_repr)

    verdict: Verdict
    b_as_compared: Quantity
    explanation: str
    """Why, in words ("£1 million vs £1.4 million: 40% apart")."""
    conversion: str | None = None


def to_unit(
    q: Quantity, unit: str | None, kind: Kind, rates: dict[tuple[str, str], Rate]
) -> tuple[Quantity | None, str | None]:
    """``q`` in ``unit`` and a note of the conversion used, or (None, reason) when impossible."""
    if q.unit == unit or unit is None or q.unit is None:
        return q, None
    if kind is Kind.MONEY:
        rate = rates.get((q.unit, unit))
        if rate is None:
            return None, (
                f"no exchange rate between {q.unit} and {unit} was stated, given, or found"
                " among the ECB's reference rates"
            )
        converted = q.scaled_between(rate.low, rate.high, rate.value, unit)
        return converted, f"converted at {rate.origin}"
    months = calendar_months(q, unit)
    if months is not None:
        return months, f"converted from {_unit_name(q.unit)}, a month being 28 to 31 days"
    measured = convert(q, unit)
    if measured is None:
        return None, f"{q.unit} and {unit} measure different things"
    return measured, f"converted from {_unit_name(q.unit)}"


def judge(
    a: Claim, b: Claim, rates: dict[tuple[str, str], Rate], *, ceilings: bool = False
) -> Judgement | str:
    """The verdict on ``a`` and ``b``, or a sentence saying why they cannot be compared.

    ``ceilings``: read as two reports of one event (compare()): a ceiling that is the
    other's figure agrees ("up to 15cm" and "15cm"), a round figure spelled out is read
    within 10% (:func:`~claimdiff.conversions.spelled_round`), a converted measure as
    rounded to a five, and a length of time against a strict bound to its last digit.
    Elsewhere none of these, so that check() still sees a summary drop "as many as" from
    "as many as 400 may have died", round "546 jobs" to "five hundred", or add "more
    than" to "six hours".
    """
    qa, qb0 = a.quantity, b.quantity
    if qa is None or qb0 is None:
        return "one of the claims states no quantity"
    if a.kind is Kind.SCORE or b.kind is Kind.SCORE:
        return _scores(a, b, qa, qb0)
    if ceilings:
        qa, qb0 = spelled_round(a, qa), spelled_round(b, qb0)
    converted = qa.unit != qb0.unit
    if a.clock and b.clock:
        qb0 = _same_day(qa, qb0)
    elif a.kind is Kind.DATE:
        qa, qb0 = _same_calendar(qa, qb0)
    elif converted:
        # A figure converted by the writer is rounded to its last digit: "12 miles" and
        # "19 km" are the same road (with_rounding says how, kind by kind).  Between
        # units of time one a whole multiple of the other the half is left out: "three
        # years" holds 31 to 41 months, not 30 (two and a half years, which no writer
        # rounds to three).
        half = a.kind in TIMES and whole_multiple(qa.unit, qb0.unit)
        qa = with_rounding(qa, a.kind, open_half=half, fives=ceilings)
        qb0 = with_rounding(qb0, a.kind, open_half=half, fives=ceilings)
    elif ceilings and a.kind is Kind.DURATION and b.kind is Kind.DURATION:
        qa, qb0 = _against_a_bound(qa, qb0)
    qb, note = to_unit(qb0, qa.unit, a.kind, rates)
    if qb is None:
        return note or "the units cannot be compared"
    if a.per != b.per and a.per and b.per:
        # "£1,000 a week" against "£52,000 a year": per one length of time, each read as
        # rounded to its last digit (claimdiff.per_time).
        per = to_per(with_rounding(qb, b.kind), b.per, a.per, working=a.kind is Kind.MONEY)
        if per is None:
            return f"one is per {a.per}, the other per {b.per}"
        qa, qb = with_rounding(qa, a.kind), per
        converted = True
        per_note = f"converted from a rate per {b.per} to one per {a.per}"
        note = f"{note}; {per_note}" if note else per_note
    verdict, tag = compare_quantities(qa, qb, ceilings=ceilings)
    if a.kind is Kind.AGE and b.kind is Kind.AGE and _limits_differ(qa, qb):
        verdict, tag = Verdict.CONFLICT, "bounds"  # "children under 12" and "under 16"
    elif verdict is Verdict.COMPATIBLE and stated_range(a) and stated_range(b):
        if not _same_ends(qa, qb):
            verdict, tag = Verdict.CONFLICT, "ranges"  # "between 2011 and 2013", "2010 and 2013"
    rate = rates.get((qb0.unit, qa.unit)) if converted and qb0.unit and qa.unit else None
    if rate is not None and rate.reference:
        # A range of rates: one amount only when one figure is the other at a rate in the
        # range (read the same either way round); else the ranges' overlap decides.
        if at_reference_rate(qa, qb0, rate):
            verdict, tag = Verdict.AGREE, "reference"
        elif _estimates_apart(qa, qb):
            verdict, tag = Verdict.CONFLICT, ESTIMATES  # "about £1m", "about $2m"
        elif _overlap(qa, qb):
            verdict, tag = Verdict.COMPATIBLE, "overlap"
        else:
            verdict, tag = Verdict.CONFLICT, "apart"
    elif converted and verdict is Verdict.COMPATIBLE and converted_alike(qa, qb):
        verdict, tag = Verdict.AGREE, "rounding"
    elif converted and same_extreme(qa, qb, qb0):
        verdict, tag = Verdict.AGREE, "rounding"  # "up to 20cm", "as much as 8 inches"
    clash = direction_clash(a, b) or _opposed(a, b)
    if clash is not None:
        return Judgement(Verdict.CONFLICT, qb, clash, note)
    return Judgement(verdict, qb, explain(a, b, qa, qb, verdict, tag), note)


def _against_a_bound(qa: Quantity, qb: Quantity) -> tuple[Quantity, Quantity]:
    """Two lengths of time, an exact one read to its last digit when the other is a
    strict bound: "a six-hour debate" may have run six hours and ten minutes, as "more
    than six hours" says, and "12-hour waits" are waits of over 12 hours.  A measure is
    read so already; a count is not, for 43 people are never more than 43."""
    strict = (Qualifier.MORE_THAN, Qualifier.LESS_THAN)
    if qa.qualifier in strict and qb.qualifier is Qualifier.EXACT:
        return qa, with_rounding(qb, Kind.DURATION)
    if qb.qualifier in strict and qa.qualifier is Qualifier.EXACT:
        return with_rounding(qa, Kind.DURATION), qb
    return qa, qb


def _opposed(a: Claim, b: Claim) -> str | None:
    """Why two amounts disagree on which way a result went, a loss and a profit ("made a
    loss of £3m", "made a profit of £3m"), or None."""
    if a.kind is not Kind.MONEY or {a.predicate, b.predicate} != OPPOSED_METRICS:
        return None
    if any(c.quantity is None or c.quantity.value is None or c.quantity.value < 0 for c in (a, b)):
        return None  # "a profit of -£3m" is a loss said the other way
    first = "a loss" if a.predicate == "loss" else "a profit"
    second = "a profit" if a.predicate == "loss" else "a loss"
    return f"one says {first} of {a.text}, the other {second} of {b.text}"


def _scores(a: Claim, b: Claim, qa: Quantity, qb: Quantity) -> Judgement | str:
    """Two scores agree when they hold the same two numbers, whoever's comes first: the
    winner's "27-24" is the loser's "24-27"."""
    if a.kind is not b.kind:
        return "a score and a single figure cannot be compared"
    if (qa.low, qa.high) == (qb.low, qb.high):
        return Judgement(Verdict.AGREE, qb, "the same score", None)
    return Judgement(Verdict.CONFLICT, qb, "the scores differ", None)


_DAY = 24 * 60


def _unit_name(unit: str | None) -> str:
    """A unit as a reader names it: "degree_Celsius" is "Celsius"; a unit of units by its
    symbols, as written in prose ("kilometer / hour" is "km/h", "kilometer ** 2" "km²")."""
    name = str(unit)
    if " / " in name or " ** " in name or " * " in name:
        written = symbol(name).replace(" / ", "/").replace(" * ", "·")
        return written.replace(" ** 2", "²").replace(" ** 3", "³")
    return name.replace("degree_", "").replace("_", " ")


def _same_day(qa: Quantity, qb: Quantity) -> Quantity:
    """``qb``, a time of day, a day later or earlier where that brings it nearer ``qa``:
    times are on a circle ("just before midnight" and "12.05am" are minutes apart)."""
    lo_a, hi_a = qa.interval
    lo_b, hi_b = qb.interval
    if None in (lo_a, hi_a, lo_b, hi_b):
        return qb
    gap = (lo_b + hi_b) / 2 - (lo_a + hi_a) / 2  # type: ignore[operator]
    if abs(gap) <= _DAY / 2:
        return qb
    shift = -_DAY if gap > 0 else _DAY

    def moved(x: float | None) -> float | None:
        return None if x is None else x + shift

    return attrs.evolve(qb, low=moved(qb.low), high=moved(qb.high), value=moved(qb.value))


def _same_calendar(qa: Quantity, qb: Quantity) -> tuple[Quantity, Quantity]:
    """Two dates on one footing: with no year on one side, both by day and month."""

    def no_year(q: Quantity) -> Quantity:
        def md(x: float | None) -> float | None:
            return None if x is None else x % 10_000

        return attrs.evolve(q, low=md(q.low), high=md(q.high), value=md(q.value))

    a_year = (qa.low or 0) >= 10_000
    b_year = (qb.low or 0) >= 10_000
    if a_year and not b_year:
        return no_year(qa), qb
    if b_year and not a_year:
        return qa, no_year(qb)
    return qa, qb


def change_part(c: Claim) -> str:
    """Which part of a change a figure is: one of its ends, or its size ("by", or none)."""
    return c.role if c.role in CHANGE_ENDS else "by"


# Kinds that say when a thing happened: the direction of their sentence's change is the
# change's, never theirs.
_WHEN = frozenset({Kind.YEAR, Kind.DATE})


def direction_clash(a: Claim, b: Claim) -> str | None:
    """Why ``a`` and ``b`` disagree on which way a figure moved, or None.

    "rose 5%" and "fell 5%" conflict though the figures agree; a figure with
    no stated direction clashes with nothing, and neither do two parts of a change: a
    level a movement reached or left and a change's size ("inflation eased to 3.4%" is
    the level of a rate that fell, "prices rose 3.4% in the year" the size of a rise, and
    both are true), nor one end and the other ("fell from 3.8%", "rose to 3.8%": a peak).
    """
    if a.direction is None or b.direction is None or a.direction is b.direction:
        return None
    if a.kind in _WHEN or b.kind in _WHEN:
        return None  # "an increase of 0.9% in 2022": the year says when, not what moved
    if change_part(a) != change_part(b):
        return None
    return f"one says the figure went {a.direction.value}, the other {b.direction.value}"


def compare_quantities(
    qa: Quantity, qb: Quantity, *, ceilings: bool = False
) -> tuple[Verdict, str]:
    """The verdict on two quantities already in one unit, and which rule decided it.

    The rule is "same", "rounding", "extreme" (agree), "bounds" (two bounds of one side
    that differ), "apart" (no overlap), "neither" (two stated figures, each
    outside the other's reading), "estimates" (two figures hedged "about", far apart:
    :func:`_estimates_apart`) or "overlap" (compatible):
    :func:`claimdiff.reasons.explain` words it.
    """
    # Sameness first: a figure agrees with itself even when its reading is
    # empty ("fewer than 0 children" overlaps nothing).
    same = _same(qa, qb, ceilings=ceilings)
    if same:
        return Verdict.AGREE, same
    if _bound_clash(qa, qb):
        return Verdict.CONFLICT, "bounds"
    if not _overlap(qa, qb):
        return Verdict.CONFLICT, "apart"
    if _neither_holds(qa, qb):
        return Verdict.CONFLICT, "neither"
    if _estimates_apart(qa, qb):
        return Verdict.CONFLICT, ESTIMATES
    return Verdict.COMPATIBLE, "overlap"


ESTIMATES = "estimates"
"""The tag of :func:`compare_quantities` for two estimates too far apart."""


ESTIMATES_APART = 0.15
"""Two figures both hedged "about" further apart than this share of the larger are two
estimates a reader sets against each other: the widest reach "about" gives a figure of
one significant digit (``bounds.COARSE_HEDGE``: ±15%)."""


def _estimates_apart(qa: Quantity, qb: Quantity) -> bool:
    """Both figures hedged on both sides ("about 1,000", "some 1,200"; not "nearly") and
    more than :data:`ESTIMATES_APART` of the larger apart: "About 1,000 officers" and
    "Some 1,200 officers" conflict, though each hedge's reading, widened to its figure's
    own rounding ("about 1,000" is 500 to 1,500), overlaps the other's."""
    if not (_two_sided(qa) and _two_sided(qb)):
        return False
    assert qa.value is not None and qb.value is not None  # _two_sided says so
    return abs(qa.value - qb.value) > ESTIMATES_APART * max(abs(qa.value), abs(qb.value))


def _two_sided(q: Quantity) -> bool:
    """A figure hedged "about": its reading reaches both below and above it."""
    return (
        q.qualifier is Qualifier.APPROXIMATE
        and q.value is not None
        and q.low is not None
        and q.high is not None
        and q.low < q.value < q.high
    )


def _neither_holds(qa: Quantity, qb: Quantity) -> bool:
    """Two stated figures, neither inside the other's reading: "Some 2,800" and "3,100".

    Readings overlap at their edges when both are hedged or rounded ("around
    £500m" reaches £575m, "£600m" starts at £570m), yet no reader takes "around
    £500m" for £600m: a writer who knew either figure would not have written the
    other.  Bounds and ranges state no one figure and are judged by overlap alone.
    """
    if qa.qualifier not in _ROUNDED_OR_HEDGED or qb.qualifier not in _ROUNDED_OR_HEDGED:
        return False
    if qa.value is None or qb.value is None:
        return False
    return not (_within_interval(qa.value, qb) or _within_interval(qb.value, qa))


def _within_interval(v: float, q: Quantity) -> bool:
    lo, hi = q.interval
    return _between(v, lo, hi) and not _rounds_past(v, q)


def _between(v: float, lo: float | None, hi: float | None) -> bool:
    return (lo is None or v >= lo - _EPS * abs(lo)) and (hi is None or v <= hi + _EPS * abs(hi))


def _close(x: float, y: float) -> bool:
    if math.isinf(x) or math.isinf(y):
        return x == y
    return abs(x - y) <= _EPS * max(1.0, abs(x), abs(y))


def _bound_word(q: Quantity) -> str:
    return "upper" if q.qualifier in _UPPER_BOUNDS else "lower"


def _bound_clash(qa: Quantity, qb: Quantity) -> bool:
    """ "up to 1,500" vs "as many as 2,500": two stated extremes of one side that differ.

    "Up to", "as many as", "at least" state the extreme itself; two such figures
    that differ say different things of it.  "More than 3,000" and "over 2,500",
    "under four minutes" and "less than five" only bound the figure, and both
    hold of anything past the stricter one: they are judged by overlap.
    """
    same_side = qa.qualifier is qb.qualifier and qa.qualifier in EXTREMES
    if not same_side or qa.value is None or qb.value is None:
        return False
    return not _close(qa.value, qb.value)


def _is_rounded(q: Quantity) -> bool:
    """An unhedged figure whose interval is its rounding ("16,000" is 15,500-16,500)."""
    return (
        q.qualifier is Qualifier.EXACT
        and q.low is not None
        and q.high is not None
        and q.low < q.high
    )


def _overlap(qa: Quantity, qb: Quantity) -> bool:
    a_lo, a_hi = qa.interval
    b_lo, b_hi = qb.interval
    lo = max(x for x in (a_lo, b_lo, float("-inf")) if x is not None)
    hi = min(x for x in (a_hi, b_hi, float("inf")) if x is not None)
    if lo > hi and not _close(lo, hi):
        return False
    if _close(lo, hi):
        # Rounding intervals are half-open: "12" and "13" only touch at 12.5,
        # and "900" (850-950) does not include 950.
        for q, q_hi in ((qa, a_hi), (qb, b_hi)):
            if _is_rounded(q) and q_hi is not None and _close(q_hi, hi):
                return False
        for q, other in ((qa, qb), (qb, qa)):
            if q.qualifier in (Qualifier.MORE_THAN, Qualifier.LESS_THAN) and q.value is not None:
                # "more than 50" excludes 50 itself: no "nearly 50" meets it, nor a
                # "16" (an age, a count of 1,234).  A plain round "400" may be a round
                # figure for 401, and stays compatible with it.
                v = other.value
                plain = other.qualifier is Qualifier.EXACT and v is not None and _round(v)
                if _close(q.value, lo) and not (plain and _close(v or 0.0, q.value)):
                    return False
    return True


def _same(qa: Quantity, qb: Quantity, *, ceilings: bool = False) -> str | None:
    """ "same" or "rounding" when both state one figure within their precision, else None.

    The same hedge, and each figure inside the other's reading.
    """
    if _hedged_alike(qa, qb) or _hedged_alike(qb, qa):
        return "rounding"  # "about £98" and "£98.40": one figure, one of them hedged
    if ceilings and (_extreme_of(qa, qb) or _extreme_of(qb, qa)):
        return "extreme"  # "up to 15 centimetres" and "15cm": one figure, one its extreme
    if qa.qualifier is not qb.qualifier:
        return None
    if qa.value is None or qb.value is None:
        a_lo, a_hi = qa.interval
        b_lo, b_hi = qb.interval
        return "same" if _eq(a_lo, b_lo) and _eq(a_hi, b_hi) else None
    if _close(qa.value, qb.value):
        return "same"
    if qa.qualifier in _BOUNDS and abs(qa.value - qb.value) <= BOUNDS_ALIKE * max(
        abs(qa.value), abs(qb.value)
    ):
        return "same"  # "more than a year" and "over 52 weeks": one bound in two units
    if qa.qualifier is Qualifier.EXACT and (_within(qb.value, qa) or _within(qa.value, qb)):
        return "rounding"  # the coarser figure's interval holds the finer figure
    return None


# Two bounds "more than" or "under" of one side this close state one bound, as when one
# is written in another unit: a year and 52 weeks, a mile and 1.6 km.  A stated extreme
# ("at least 1,000", "up to 1,500") is its figure, and two that differ conflict.
BOUNDS_ALIKE = 0.01
_BOUNDS = frozenset({Qualifier.MORE_THAN, Qualifier.LESS_THAN})

# Two figures this close, one hedged "about" and the other not, state one figure ("about
# £2.4m" and "£2,380,000"); further apart, the hedge only admits the other ("nearly 90"
# and "88" are compatible): docs/compare.md, "Verdicts".
HEDGED_ALIKE = 0.01


def _hedged_alike(qa: Quantity, qb: Quantity) -> bool:
    """``qa`` is hedged "about", and ``qb`` is a figure it holds within :data:`HEDGED_ALIKE`.

    "about £98" and "£98.40", "almost £5,700" and "£5,700", "Some 2.6m" and
    "2.6 million" state one figure; "about £1m" and "£1.2m" only overlap, and
    "nearly 400,000" never holds 410,000.
    """
    if qa.qualifier is not Qualifier.APPROXIMATE or qb.qualifier not in _ROUNDED_OR_HEDGED:
        return False
    if qa.value is None or qb.value is None or not _within(qb.value, qa):
        return False
    return abs(qa.value - qb.value) <= HEDGED_ALIKE * max(abs(qa.value), abs(qb.value))


def _round(v: float) -> bool:
    """A whole figure ending in a zero ("400", "12,000", "50"), as round figures are."""
    return v == int(v) and v != 0 and int(v) % 10 == 0


_NUMBER = compile_pattern(r"\d+(?:[.,]\d+)*")


def stated_range(c: Claim) -> bool:
    """Whether a claim states a range by its two ends as written ("between 2011 and 2013",
    "10-15 minutes", "$90m to $100m"): not a decade, a time "shortly after 6am", a month,
    nor a hedged range ("an estimated 10 to 15 minutes"), whose reading is wider than its
    ends (its ends' ratio is not the written numbers')."""
    q = c.quantity
    if q is None or q.qualifier is not Qualifier.RANGE or c.kind is Kind.DATE or c.clock:
        return False
    numbers = _NUMBER.findall(c.text)
    if len(numbers) < 2 or q.low is None or q.high is None:
        return False
    if c.kind is Kind.YEAR:
        return True  # its last year may be written short: "2009-15" is 2009 to 2015
    try:
        first, last = (float(n.replace(",", "")) for n in (numbers[0], numbers[-1]))
    except ValueError:
        return False  # "1.2.3": no number as written
    return _close(q.low * last, q.high * first)


def _same_ends(qa: Quantity, qb: Quantity) -> bool:
    """Whether two ranges, in one unit, have the same two ends."""
    ends = (qa.low, qb.low, qa.high, qb.high)
    if any(e is None for e in ends):
        return True  # an open end states no end to differ
    lo_a, lo_b, hi_a, hi_b = (float(e) for e in ends)  # type: ignore[arg-type]
    return _close(lo_a, lo_b) and _close(hi_a, hi_b)


def _limits_differ(qa: Quantity, qb: Quantity) -> bool:
    """Two age limits of one side that differ ("under 12", "younger than 16"): a limit is
    its figure, where two bounds of a measured figure may both hold."""
    sides = {qa.qualifier, qb.qualifier}
    one_side = sides <= _UPPER_BOUNDS or sides <= _LOWER_BOUNDS
    if not one_side or qa.value is None or qb.value is None:
        return False
    return not _close(qa.value, qb.value)


def _extreme_of(qa: Quantity, qb: Quantity) -> bool:
    """``qa`` states a ceiling ("up to", "as many as") that is ``qb``'s exact figure.

    "Up to 15cm of snow" and "15cm of snow" give one figure (five of six readers
    in the blind pairs said so); a floor ("at least 4,000") leaves room above it,
    and "at least 4,000" and "4,000" stay compatible (two of three said so).
    """
    if qa.qualifier is not Qualifier.AT_MOST or qb.qualifier is not Qualifier.EXACT:
        return False
    return qa.value is not None and qb.value is not None and _close(qa.value, qb.value)


_ROUNDED_OR_HEDGED = frozenset({Qualifier.EXACT, Qualifier.APPROXIMATE})


def _eq(x: float | None, y: float | None) -> bool:
    if x is None or y is None:
        return x is None and y is None
    return _close(x, y)


def _within(v: float, q: Quantity) -> bool:
    return _between(v, q.low, q.high) and not _rounds_past(v, q)


def _rounds_past(v: float, q: Quantity) -> bool:
    """Whether ``v`` is the end of the plain figure ``q``'s rounding farther from zero,
    which it leaves out: half a step rounds away from zero, so "£185,000" is no
    "£180,000" (185,000 rounds to 190,000) and "minus 10.5C" no "minus 10C", while
    "1.55C" is a "1.6C" and "-9.5C" a "-10C".  Only a reading its written digits make: a
    reading at the ±5% cap is no rounding, and "4.2%" stays a "4%" (docs/compare.md,
    "The tolerance a reader accepts")."""
    w = q.value
    if w is None or not w or not _is_rounded(q):
        return False
    edge = q.high if w > 0 else q.low
    if edge is None or not _close(v, edge):
        return False
    return abs(edge - w) < UNHEDGED_TOLERANCE * abs(w) * (1 - _EPS)
