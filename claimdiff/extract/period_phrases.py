"""The periods a sentence names: years, parts of a year, months, financial years.

"2023", "the third quarter of 2023", "Q3 FY24", "the third quarter of the 2023-24
financial year" (a financial year's quarter), "the three months to September" and "the
September quarter" (the calendar quarter ending then), "the half to June", "the year to
February", "October-December", "this year".  :func:`periods` reads them from one
sentence; :mod:`claimdiff.extract.context` ties each to the figure it scopes.  docs/claims.md
("Periods") states what each phrase names.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from types import ModuleType
from typing import Any

import attrs

from claimdiff.construct import unfrozen
from claimdiff.fields_repr import fields_repr
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon
from claimdiff.lexicon.looks import may_hold
from claimdiff.lexicon.regex import phrases_in
from claimdiff.pattern_code import compile_pattern

__all__ = ["PARTS", "Period", "periods"]

_FY_DIGITS = lazy_pattern(r"\s?['’]?(?P<y>\d{4}|\d{2})(?!\d)")
# Between a part and its year: "Q3 2023", "the third quarter of 2023", "fiscal 2023".
_PART_YEAR_GAP = compile_pattern(r"(?:\s+of|\s*,)?\s+|-", re.IGNORECASE)


# The three words after a phrase (a rate's words after "annual").
_NEXT_WORDS = lazy_pattern(r"\s*([^\W\d_]+)(?:\s+([^\W\d_]+))?(?:\s+([^\W\d_]+))?")


@attrs.frozen
class Period:
    """A period a sentence names, with where it stands."""

    __repr__ = fields_repr  # attrs compiles none (claimdiff.fields_repr)

    start: int
    end: int
    year: int | None = None
    part: str | None = None
    """"Q1"-"Q4", "H1", "H2", "FY", "FQ1"-"FQ4" (a financial year's quarter), a month
    ("M10"), or a relative phrase ("last year")."""
    ends: str | None = None
    """The month a year's period ends ("M02" for "the year to February"): a rate over
    that year is the month's rate (docs/claims.md, "Periods")."""

    def __str__(self) -> str:
        return " ".join(str(x) for x in (self.year, self.part) if x is not None)


def _period(
    start: int, end: int, year: int | None, part: str | None, ends: str | None = None
) -> Period:
    """``Period(start, end, year, part)``, built field by field as claimdiff.construct
    builds claims: the frozen class sets each field through a call, some 600 instructions
    a field, for every period of every sentence read."""
    period: Any = _UnfrozenPeriod()  # Any: the frozen class's fields are read-only
    period.start = start
    period.end = end
    period.year = year
    period.part = part
    period.ends = ends
    period.__class__ = Period  # frozen from here on
    built: Period = period
    return built


_UnfrozenPeriod = unfrozen(Period)


class _SpacedParts(dict[ModuleType, tuple[tuple[str, tuple[str, ...]], ...]]):
    """Each language's parts of a year (``PERIOD_PARTS``) by their first words, each
    phrase's words one space apart, lower-cased, by its data module."""

    def __missing__(self, data: ModuleType) -> tuple[tuple[str, tuple[str, ...]], ...]:
        by_first: dict[str, list[str]] = {}
        for phrase in data.PERIOD_PARTS:
            words = phrase.lower().split()
            if words:
                by_first.setdefault(words[0], []).append(" ".join(words))
        found = self[data] = tuple((w, tuple(ps)) for w, ps in sorted(by_first.items()))
        return found


_spaced_parts = _SpacedParts()


def _may_hold_part(padded: str, data: ModuleType) -> bool:
    """Whether ``padded`` may hold a part of a year: one of its phrases, its words one
    space apart once the sentence's white space runs are (the pattern's space matches
    any run).  Its first words alone ("first", "half", "annual", "financial") stand in
    many a sentence the pattern finds nothing in, and a process then seldom compiles it."""
    flat = None
    for first, phrases in _spaced_parts[data]:
        if first in padded:
            if flat is None:
                flat = " ".join(padded.split())
            for phrase in phrases:
                if phrase in flat:
                    return True
    return False


def periods(text: str, lo: int, hi: int, padded: str, lex: Lexicon) -> list[Period]:
    """The periods of ``text[lo:hi]``; ``padded`` is it lower-cased, one space in front."""
    found: list[Period] = []
    at = lo - 1
    # Most sentences name no part of a year and no period phrase: a few words looked
    # for with ``in`` spare the passes of both patterns (the same matches where one stands).
    parts = may_hold(padded, lex.period_openers)
    if parts and lex.patterns.compiled("period_part") is None:  # type: ignore[attr-defined]
        # Until the pattern is compiled: on a long sentence the look costs about a pass.
        parts = _may_hold_part(padded, lex.data)
    for start, end, phrase in phrases_in(lex.patterns["period_part"], padded) if parts else ():
        if padded[start - 1 : start] == "-":
            continue  # "a two-and-a-half-year deal": a length of time, not the half-year
        key = " ".join(phrase.split())
        part = lex.PERIOD_PARTS[key]
        if key in lex.NOT_PERIOD_AFTER_PART:
            # "an annual rate of 2.3 per cent", "annual house price growth": a rate's
            # basis, within three words (matched where it stands: linear however long).
            nxt = _NEXT_WORDS.match(padded, end)
            if nxt is not None and lex.NOT_PERIOD_AFTER_PART[key].intersection(nxt.groups()):
                continue
        start, end, year = at + start, at + end, None
        if part == "FY":
            d = _FY_DIGITS.match(text, end)
            if d is not None and (len(d["y"]) == 4 or phrase == "fy"):
                y = int(d["y"])
                year, end = (y if y > 99 else 2000 + y), d.end()
        found.append(_period(start, end, year, part))
    phrases = may_hold(padded, lex.period_word_openers, case_blind=True)
    for start, end, phrase in phrases_in(lex.patterns["period_words"], padded) if phrases else ():
        found.append(_period(at + start, at + end, None, " ".join(phrase.split())))
    spanned = 0
    years: list[re.Match[str]] = []
    for m in lex.patterns["month_or_year"].finditer(text, lo, hi):
        if m.group()[0] < "A":
            years.append(m)  # read once every other period is found, to skip theirs
            continue
        month = lex.MONTHS[m.group().lower()]
        if spanned and m.start() < spanned:
            continue  # the last month of "October-December", read with the first
        span = _MONTH_SPAN.match(text, m.end(), hi)
        last = lex.MONTHS.get(span["last"].lower()) if span is not None else None
        if span is not None and last is not None:
            # "the October-December quarter", "between July and September": three months
            # are the calendar quarter they fill, six the half ("January to June"); any
            # other run of months no part at all.
            spanned = span.end()
            if last - month == 2 and month % 3 == 1:
                found.append(_period(m.start(), span.end(), None, f"Q{(month - 1) // 3 + 1}"))
            elif last - month == 5 and month % 6 == 1:
                found.append(_period(m.start(), span.end(), None, f"H{(month - 1) // 6 + 1}"))
            continue
        ending = _ENDING.search(text, max(lo, m.start() - 24), m.start())
        if ending is not None:
            found.extend(_ending_in(text, lo, ending, m.end(), month))
            continue
        after = _QUARTER_AFTER.match(text, m.end(), hi)
        if after is not None and month % 3 == 0:
            # "the September quarter": the quarter ending in that month.
            found.append(_period(m.start(), after.end(), None, f"Q{month // 3}"))
            continue
        found.append(_period(m.start(), m.end(), None, f"M{month:02d}"))
    words = lex.MONTH_WORDS
    endings = _word_month_endings(words) if _has_word_month(text, lo, hi, words) else None
    for m in endings.finditer(text, lo, hi) if endings is not None else ():
        # "the year to March", "the three months to May": a month that is also an
        # everyday word, read where what ends then names it a month.
        found.extend(_ending_in(text, lo, m, m.end(), lex.MONTHS[m["month"].lower()]))
    ends = tuple(sorted(w for w in words if lex.MONTHS[w] % 3 == 0)) if endings is not None else ()
    for m in _word_month_quarters(ends).finditer(text, lo, hi) if ends else ():
        if any(p.start <= m.start() < p.end for p in found):
            continue  # the last month of "the January-to-March quarter", read with the first
        found.append(_period(m.start(), m.end(), None, f"Q{lex.MONTHS[m['month'].lower()] // 3}"))
    if years:
        covered = sorted((p.start, p.end) for p in found)
        for m in years:
            k = bisect.bisect_right(covered, (m.start(), float("inf"))) - 1
            if k >= 0 and covered[k][1] > m.start():
                continue  # the year of "fiscal 2023", already read
            found.append(_period(m.start(), m.end(), int(m.group()), None))
    if not found:
        return found  # most sentences read: nothing to order, join or refer back to
    found.sort(key=_START)
    # "for the year" is the year named earlier in the sentence (none: nothing to look for).
    has_year = any(p.year is not None for p in found)
    named = len(found)
    for m in lex.patterns["anaphoric_period"].finditer(text, lo, hi) if has_year else ():
        earlier = [p.year for p in found if p.end <= m.start() and p.year is not None]
        if earlier:
            found.append(_period(m.start("period"), m.end(), earlier[-1], None))
    if len(found) > named:
        found.sort(key=_START)
    return _join_parts(text, found) if len(found) > 1 else found


_START = operator.attrgetter("start")


def _ending_in(text: str, lo: int, ending: re.Match[str], end: int, month: int) -> list[Period]:
    """The period a phrase ending in ``month`` names ("the year to February", "the three
    months to September", "the quarter ended June", "the half to June"), as a list of
    none or one."""
    what = ending["what"].lower()
    start, part = ending.start(), _ENDING_PARTS.get(what)
    if what == "months":
        count = _MONTHS_COUNT.search(text, max(lo, start - 8), start)
        n = None if count is None else count["n"].lower()
        if count is not None and n in _MONTHS_PART:
            # From the number, so that the length it states is within the period, not a
            # figure between it and what it scopes.
            start, part = count.start(), _MONTHS_PART[n]
            if part == "H1":
                # "the six months to June" is the first half, "to December" the second;
                # six months to any other month fill no half.
                part = {6: "H1", 12: "H2"}.get(month)
        elif n is not None and (n.isdigit() or n in _OTHER_COUNTS):
            part = None  # "the nine months to September", "the 18 months to June": no part
    if part == "Q":
        # The calendar quarter ending then; ending in another month, no calendar quarter.
        part = f"Q{month // 3}" if month % 3 == 0 else None
    ends = f"M{month:02d}" if part == "FY" else None
    return [] if part is None else [_period(start, end, None, part, ends)]


def _join_parts(text: str, periods: list[Period]) -> list[Period]:
    """ "Q3 2023", "the third quarter of 2023", "2023 third quarter": one period."""
    out: list[Period] = []
    for p in periods:
        prev = out[-1] if out else None
        fiscal = None if prev is None else _fiscal_quarter(text, prev, p)
        if prev is not None and fiscal is None and len(out) > 1 and p.part == "FY":
            # "the third quarter of the 2023-24 financial year": the year between the two.
            named = _fiscal_quarter_of_year(text, out[-2], prev, p)
            if named is not None:
                out[-2:] = [named]
                continue
        if prev is not None and fiscal is not None:
            # "the third quarter of the financial year", "fiscal Q3", "Q3 FY24": a quarter
            # numbered from a financial year's start, which differs by company and country.
            year = prev.year if prev.year is not None else p.year
            out[-1] = _period(prev.start, p.end, year, fiscal)
            continue
        gap = None if prev is None else _PART_YEAR_GAP.fullmatch(text, prev.end, p.start)
        if prev is not None and gap is not None and _halves(prev, p):
            year = prev.year if prev.year is not None else p.year
            part = prev.part if prev.part is not None else p.part
            out[-1] = _period(prev.start, p.end, year, part, prev.ends or p.ends)
            continue
        out.append(p)
    return out


def _fiscal_quarter(text: str, a: Period, b: Period) -> str | None:
    """ "FQ3" where a quarter and a financial year (in either order) name one period."""
    quarter, year = (a, b) if a.part in _QUARTERS else (b, a)
    if quarter.part not in _QUARTERS or year.part != "FY":
        return None
    if _FISCAL_GAP.fullmatch(text, a.end, b.start) is None:
        return None
    return "F" + quarter.part


def _fiscal_quarter_of_year(text: str, quarter: Period, year: Period, fy: Period) -> Period | None:
    """ "the third quarter of the 2023-24 financial year", "Q2 of its 2024 fiscal year":
    one financial year's quarter, with its (first) year."""
    if quarter.part not in _QUARTERS or year.year is None or year.part is not None:
        return None
    if _OF_THE.fullmatch(text, quarter.end, year.start) is None:
        return None
    if _YEAR_TAIL.fullmatch(text, year.end, fy.start) is None:
        return None
    return _period(quarter.start, fy.end, year.year, "F" + quarter.part)


_QUARTERS = frozenset({"Q1", "Q2", "Q3", "Q4"})
# Between a quarter and its financial year: "of the", "of its", "of", a space.
_FISCAL_GAP = lazy_pattern(r"\s+(?:of\s+(?:(?:the|its|their)\s+)?)?|\s*", re.IGNORECASE)
_OF_THE = lazy_pattern(r"\s+of\s+(?:the|its|their)\s+", re.IGNORECASE)
# After the year of a financial year: its second year ("2023-24", "2023/24"), a space.
_YEAR_TAIL = lazy_pattern(r"(?:[-/–]\d{2}(?:\d{2})?)?\s+")


def _halves(a: Period, b: Period) -> bool:
    """One is a year alone and the other a part of a year alone ("Q3" and "2023")."""

    def year_only(p: Period) -> bool:
        return p.year is not None and p.part is None

    def part_only(p: Period) -> bool:
        return p.year is None and p.part in PARTS

    return (year_only(a) and part_only(b)) or (part_only(a) and year_only(b))


# The parts of a year a period may name alone (not a relative phrase: "last year").
PARTS = frozenset({"Q1", "Q2", "Q3", "Q4", "H1", "H2", "FY"} | {f"M{m:02d}" for m in range(1, 13)})
# A month joined to a later one: "October-December", "July to September", "July and
# September" (after "between"), "the January-to-March quarter".
_MONTH_SPAN = lazy_pattern(
    r"\s*(?:[-–]to[-–]|[-–]|to|and|through)\s*(?P<last>[A-Z][a-z]{2,8})(?![\w’'])"
)
# "the year to February", "12 months ended March", "the quarter ending June", "the year
# to 31 March", "the three months to the end of March".
_ENDING_WORDS = (
    r"(?<![\w-])(?P<what>years?|months|quarter|period|half),?\s+(?:to|ended|ending|through)\s+"
    r"(?:in\s+|the\s+end\s+of\s+)?"  # "the quarter, ending in June", "to the end of March"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"  # "the year to 31 March"
)
_ENDING = lazy_pattern(_ENDING_WORDS + "$", re.I)
# How many months end then: "the three months to June" (a quarter), "the six months to
# June" (a half), "the 12 months to March" (a year); any other number, or none, a year
# as before ("months ended March").
_MONTHS_COUNT = lazy_pattern(r"(?<![\w-])(?P<n>[^\W_]+)\s+$", re.I)
# Other numbers of months before "months to": a length that names no part of a year.
_OTHER_COUNTS = frozenset(
    "one two four five seven eight nine ten eleven fifteen eighteen twenty-four".split()
)
_MONTHS_PART = {"three": "Q", "3": "Q", "six": "H1", "6": "H1", "twelve": "FY", "12": "FY"}
# The part each ending names: a financial year ("the year to February", "12 months ended
# March"), the calendar quarter ending then (Q, numbered by the month), the half-year
# ending then (a company's first half, as "interim" results are: PERIOD_PARTS); "the
# period to June" no part.
_ENDING_PARTS = {"year": "FY", "months": "FY", "quarter": "Q", "half": "H1"}  # "years": none


def _has_word_month(text: str, lo: int, hi: int, words: frozenset[str]) -> bool:
    """Whether ``text[lo:hi]`` holds a capitalised month of ``words``: the lexicon's
    months that are everyday words too (``MONTH_WORDS``: "March", "May")."""
    for month in _capitalised(words):
        if text.find(month, lo, hi) >= 0:
            return True
    return False


@functools.cache
def _capitalised(words: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted(w.capitalize() for w in words))


@functools.cache
def _word_month_endings(words: frozenset[str]) -> re.Pattern[str]:
    """ "the year to March", "12 months ended May": :data:`_ENDING` before a month of
    ``words`` (``MONTH_WORDS``), capitalised, which the month pattern leaves out."""
    months = "|".join(_capitalised(words)) or "(?!)"
    return compile_pattern(rf"(?i:{_ENDING_WORDS})(?P<month>{months})(?![\w’'])")


@functools.cache
def _word_month_quarters(ends: tuple[str, ...]) -> re.Pattern[str]:
    """ "the March quarter": a month of ``MONTH_WORDS`` that ends a calendar quarter
    (``ends``), capitalised, before "quarter"; the month pattern leaves these months out."""
    months = "|".join(m.capitalize() for m in ends)
    return compile_pattern(rf"(?P<month>{months})\s+quarter\b")


# "the June quarter": the quarter ending in the month before it.
_QUARTER_AFTER = lazy_pattern(r"\s+quarter\b", re.I)
