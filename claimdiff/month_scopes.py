"""Months named alone that date another figure: which figure each dates, and their pairs.

A month named alone (:mod:`claimdiff.extract.months`), or a quarter or half of a year
(:mod:`claimdiff.extract.year_parts`), beside a figure of its clause is that figure's
period ("fell to 6.4% in March"): compare() pairs it not on its own but through the
figure (:func:`scope_months`), as it pairs a year that scopes one
(``compare.scope_years``).  Which figures a month dates: :func:`_dated` (docs/compare.md,
"Months alone").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence

from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon
from claimdiff.model import Claim, Finding, Kind, Verdict
from claimdiff.verdict import Judgement

__all__ = [
    "DATED_KINDS",
    "month_of",
    "month_period",
    "months_left",
    "said_relative",
    "scope_months",
]

DATED_KINDS = frozenset({Kind.MONEY, Kind.PERCENT, Kind.COUNT, Kind.MEASURE, Kind.RATE})
"""Figures a month named alone may date."""
# A clause ends between a figure and a month at a mark or a word joining clauses: "approved
# the budget in February and says tax will rise by 4.99%" dates no figure with February.
_CLAUSE_BREAK = lazy_pattern(r"[,;:()–—]|\s-\s|\s(?:and|but|while|whereas)\s", re.IGNORECASE)
# Two figures of one fact's change, which a month after the second dates both: "rose 6.4%
# to £812m in the third quarter".
_JOINED = lazy_pattern(r"\s+to\s+")
# A month a change is measured from or against, where its sentence names the month of
# the change, is its base, not when it happened: "5.4% in September, a 0.5 percentage
# point jump from August", "fell in March, by 2.3% from February", "up 3% on March in
# April".
_BASE = lazy_pattern(r"\b(?:from|on)\s+$", re.IGNORECASE)
# A month opens its sentence after at most its cue word and one more ("In March,", "Since
# last June"): only then does it date a figure after it.
_OPENER_WORDS = 2


def month_of(
    text: str,
    claims: Sequence[Claim],
    is_month: Callable[[Claim], bool],
    kinds: frozenset[Kind] = DATED_KINDS,
) -> dict[tuple[int, int], Claim]:
    """Each dated figure's month named alone, by the figure's span: the first month that
    dates it, where one does; ``kinds`` are the claims a month may date."""
    by_sentence: dict[tuple[int, int], list[Claim]] = defaultdict(list)
    for c in claims:
        by_sentence[c.sentence].append(c)
    out: dict[tuple[int, int], Claim] = {}
    for group in by_sentence.values():
        months = [c for c in group if is_month(c)]
        if not months:
            continue
        figures = sorted((c for c in group if c.kind in kinds), key=lambda c: c.span)
        for m in months:
            for dated in _dated(text, m, figures, len(months) > 1):
                out.setdefault(dated.span, m)
    return out


def _dated(text: str, m: Claim, figures: Sequence[Claim], others: bool) -> list[Claim]:
    """The figures month ``m`` dates among its sentence's ``figures`` (in order): the one
    before it in its clause, with one it goes up or down from ("rose 6.4% to £812m in the
    third quarter"); where none, every figure after it where it opens its sentence ("In
    March, sales rose 5%"), else those after it in its clause ("profit for the
    October-December quarter dropped 29%").  None where it is the base a change is
    measured from and its sentence names another month (``others``): "5.4% in
    September, a 0.5 point jump from August"; alone it is when the change begins ("the
    cap will rise 10% from April")."""
    lo, hi = m.span
    before = [c for c in figures if c.span[1] <= lo]
    if (
        others
        and before
        and before[-1].direction is not None
        and _BASE.search(text, max(0, lo - 6), lo)
    ):
        return []  # "in March, by 2.3% from February": the base
    if before and _CLAUSE_BREAK.search(text, before[-1].span[1], lo) is None:
        dated = [before[-1]]
        for c in reversed(before[:-1]):
            if not _JOINED.fullmatch(text, c.span[1], dated[-1].span[0]):
                break  # "to 6.5 per cent last month from 6.4 per cent in September"
            dated.append(c)
        return dated[::-1]
    dated = []
    after = [c for c in figures if c.span[0] >= hi]
    if len(text[m.sentence[0] : lo].split()) <= _OPENER_WORDS:
        return after
    for c in after:
        if _CLAUSE_BREAK.search(text, hi, c.span[0]) is not None:
            break
        dated.append(c)
    return dated


def scope_months(
    findings: Sequence[Finding],
    month_a: dict[tuple[int, int], Claim],
    month_b: dict[tuple[int, int], Claim],
) -> list[tuple[Claim, Claim, float]]:
    """The months named alone that date two paired figures (``month_a`` and ``month_b``,
    from :func:`month_of`), paired as those figures are, with the pair's evidence: when
    "fell to 6.4% in March" meets "edged down to 6.4 per cent in February", both texts
    date one fact.  Each month is paired once."""
    used: set[tuple[int, int]] = set()
    out = []
    for f in findings:
        ma, mb = month_a.get(f.a.span), month_b.get(f.b.span)
        if ma is None or mb is None or ma.span in used or mb.span in used:
            continue
        used |= {ma.span, mb.span}
        out.append((ma, mb, f.score))
    return out


def months_left(
    claims: tuple[Sequence[Claim], Sequence[Claim]],
    dated: tuple[dict[tuple[int, int], Claim], dict[tuple[int, int], Claim]],
    findings: Sequence[Finding],
    is_month: Callable[[Claim], bool],
    judged: Callable[[Claim, Claim], Judgement | str],
    relative: Callable[[int, Claim], bool],
) -> list[tuple[Claim, Claim, Judgement]]:
    """Months named alone that nothing paired, each with the other text's one month or day
    left over that it holds or equals: the story's month said twice ("will return in
    August with 150 stallholders booked", "will open on 11 August"; "fell 1.2% in March",
    "cut spending in March, with retail volumes down 1.2%").  A pair is made only where
    the two agree or may (a day within the month) and each is the other's only such
    match; two different months left over may be two events' ("stabbed in May",
    "sentencing is due in January") and stay apart.  Nor are two months paired that each
    date a figure paired with another ("Exports rose 3% in May. Imports fell 2%.",
    "Imports dropped 2% in May, while exports gained 3%"): their figures say they are two
    facts' months; nor a month a text places relative to when it was written ("November
    last year", "last November"; ``relative``, given the side, 0 or 1, and the claim:
    :func:`said_relative`), which need not be the other's year.  ``dated``: each text's
    months by the span of the figure they date (:func:`month_of`)."""
    used_a = {f.a.span for f in findings}
    used_b = {f.b.span for f in findings}
    through_a = {dated[0][f.a.span].span for f in findings if f.a.span in dated[0]}
    through_b = {dated[1][f.b.span].span for f in findings if f.b.span in dated[1]}
    left_a = [c for c in claims[0] if _a_day(c) and c.span not in used_a and not relative(0, c)]
    left_b = [c for c in claims[1] if _a_day(c) and c.span not in used_b and not relative(1, c)]
    if len(left_a) > MAX_LEFT or len(left_b) > MAX_LEFT:
        return []  # a list of dates, no story's one month: not judged pair by pair
    by_month: dict[int, list[int]] = defaultdict(list)
    for j, cb in enumerate(left_b):
        for month in _months(cb):
            by_month[month].append(j)
    fits: dict[int, list[tuple[int, Judgement]]] = defaultdict(list)
    takers: dict[int, int] = defaultdict(int)
    for i, ca in enumerate(left_a):
        for j in sorted({j for month in _months(ca) for j in by_month.get(month, ())}):
            cb = left_b[j]
            if not (is_month(ca) or is_month(cb)):
                continue
            if ca.span in through_a and cb.span in through_b:
                continue
            result = judged(ca, cb)
            if isinstance(result, str) or result.verdict not in _HOLDS:
                continue
            fits[i].append((j, result))
            takers[j] += 1
    return [
        (left_a[i], left_b[options[0][0]], options[0][1])
        for i, options in fits.items()
        if len(options) == 1 and takers[options[0][0]] == 1
    ]


MAX_LEFT = 40
"""Where either text leaves more days and months over than this, none is paired here."""


def month_period(c: Claim) -> str | None:
    """The period a month named alone gives a figure it dates, as a figure's period is
    written ("M03" for "in March"), or None where it names more than one month."""
    months = _months(c)
    return f"M{months[0]:02d}" if len(months) == 1 else None


def _months(c: Claim) -> tuple[int, ...]:
    """The months of the year a date or month spans (1-12; none for a span of more than
    two months, or no reading)."""
    q = c.quantity
    if q is None or q.low is None or q.high is None:
        return ()
    lo, hi = int(q.low) // 100 % 100, int(q.high) // 100 % 100
    if not 1 <= lo <= 12 or not 1 <= hi <= 12 or hi - lo > 1:
        return ()
    return tuple(range(lo, hi + 1))


_HOLDS = frozenset({Verdict.AGREE, Verdict.COMPATIBLE})


def _a_day(c: Claim) -> bool:
    """A month or a day of the calendar: no day of the week, no time of day."""
    return c.kind is Kind.DATE and not c.weekday and not c.clock


def said_relative(text: str, claim: Claim, lex: Lexicon) -> bool:
    """Whether a month named alone is placed relative to when its text was written: a
    relative year right after it ("November last year") or a relative word right before
    it ("last November"), from the lexicon's ``RELATIVE_DATES``."""
    table: Mapping[str, str] = lex.RELATIVE_DATES
    lo, hi = claim.span
    after = " ".join(text[hi : hi + _REACH].split()[:2]).lower()
    if table.get(after.rstrip(".,;:")) == _YEAR:
        return True
    before = text[max(0, lo - _REACH) : lo].split()
    first_words = {phrase.split()[0] for phrase in table if len(phrase.split()) == 2}
    return bool(before) and before[-1].lower() in first_words


# Characters read either side of a month for its relative words: "last year" and spaces.
_REACH = 16
_YEAR = "year"
