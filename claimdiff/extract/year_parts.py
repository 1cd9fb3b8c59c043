"""Quarters and halves of a year named alone: "in the third quarter", "between July and
September", "Q3 2023", "the first half" (docs/claims.md, "Quarters and halves").

A figure's period is read by :mod:`claimdiff.extract.period_phrases`; this pass makes the
same reading a claim of its own, a date spanning the part's days as a month alone is one
(:mod:`claimdiff.extract.months`): "the third quarter" is 1 July to 30 September (``MMDD``,
or ``YYYYMMDD`` where a year is named with it), so it agrees with "between July and
September" and conflicts with "the second quarter".  Not read: a financial year's quarter
("the third quarter of the financial year", "fiscal Q3": its months differ by company), a
half whose months a text does not say ("the half-year", "interim"), a run of months that
is no calendar quarter ("the nine months to September"), and a half or quarter in a
sentence of a game ("scored twice in the first half": ``GAME_WORDS``).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Container, Mapping, Sequence

from claimdiff.construct import new_quantity
from claimdiff.extract.dates import DATE_UNIT, days_in_month
from claimdiff.extract.members import DATE, RANGE
from claimdiff.extract.period_phrases import periods
from claimdiff.extract.precision import Draft
from claimdiff.lexicon import Lexicon
from claimdiff.lexicon.per_table import per_table
from claimdiff.model import Claim, Kind, Quantity
from claimdiff.pattern_code import compile_pattern
from claimdiff.text import Lowered

__all__ = ["is_year_part", "part_of", "spans_year_part", "year_parts"]

# Each part's first and last month.
_MONTHS = {"Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12), "H1": (1, 6), "H2": (7, 12)}
# The days of a part of unknown year: a leap year's, as a month alone's.
_LEAP_YEAR = 2000
# Words a sentence must hold one of to name a part (a look before the period reader);
# a month's name is looked for apart ("between July and September").
_CUES = (
    "quarter", "half", "q1", "q2", "q3", "q4", "1q", "2q", "3q", "4q", "h1", "h2",
    "months to", "months end", "months through", "first three months", "first six months",
    "three months of", "six months of",
)  # fmt: skip
Span = tuple[int, int]
_BETWEEN = "between "
# The last day after the month a part ends in, and its year: "the six months to June 30",
# "the three months to September 30, 2024".
_DAY_AFTER = compile_pattern(
    r"\s+\d{1,2}(?![\d,.]\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:19|20)\d\d)(?!\d))?"
)
# A sentence's words, hyphened ones whole ("hat-trick", "half-time").
_WORDS = compile_pattern(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# "the half to December": a company's half-year, named by the month it ends, which is the
# calendar's first half only where that month is June.
_HALF_ENDING = compile_pattern(r"half,?\s+(?:to|ended|ending|through)\s", re.IGNORECASE)


def year_parts(text: str, sents: Sequence[Span], lex: Lexicon, low: Lowered) -> list[Draft]:
    """The quarters and halves of a year ``text`` names, as dates spanning their days."""
    if not lex.YEAR_PARTS_ALONE:
        return []
    found: list[Draft] = []
    for lo, hi in _named_in(sents, lex, low):
        padded = " " + low.part(lo, hi)
        game: bool | None = None  # asked of a sentence only once it names a part
        for p in periods(text, lo, hi, padded, lex):
            span = _MONTHS.get(p.part or "")
            said = text[p.start : p.end]
            if span is None or said.lower().startswith(lex.UNSAID_HALVES):
                continue
            if game is None:
                game = bool(lex.GAME_WORDS.intersection(_WORDS.findall(padded)))
            if game:
                break  # "scored twice in the first half": a game's half
            if _HALF_ENDING.search(said) and not said.rstrip().endswith("June"):
                continue
            first, last = span
            # A day only after a month: "the third quarter 12 stores opened" ends at "quarter".
            ends_in_month = said.rsplit(None, 1)[-1].lower() in lex.MONTHS
            day = _DAY_AFTER.match(text, p.end, hi) if ends_in_month else None
            named = p.year if day is None or day["year"] is None else int(day["year"])
            year = 0 if named is None else named * 10000
            last_day = days_in_month(named or _LEAP_YEAR, last)
            q = new_quantity(
                year + first * 100 + 1, year + last * 100 + last_day, None, DATE_UNIT, RANGE, None
            )
            start = p.start
            if (
                text[max(0, start - len(_BETWEEN)) : start].lower() == _BETWEEN
                and said[:1].isupper()
            ):
                start -= len(_BETWEEN)  # "between July and September": a span, whole
            if found and start < found[-1].end:
                continue  # one part read twice over ("the June quarter", "June"): the first
            found.append(Draft(start, p.end if day is None else day.end(), DATE, q))
    return found


def _named_in(sents: Sequence[Span], lex: Lexicon, low: Lowered) -> list[Span]:
    """The sentences that may name a part: those holding one of its words, or two months'
    names ("between July and September"), found by one search of the text for each word
    rather than a look at every sentence (most name none)."""
    starts = [s[0] for s in sents]
    named = {bisect.bisect_right(starts, i) - 1 for i in low.occurrences(_CUES)}
    names = _names(lex.MONTHS, lex.MONTH_ABBREVIATIONS)
    months = Counter(bisect.bisect_right(starts, i) - 1 for i in low.occurrences(names))
    named.update(k for k, n in months.items() if n > 1)
    return [sents[k] for k in sorted(named) if k >= 0]


@per_table
def _names(months: Mapping[str, int], short: Container[str]) -> tuple[str, ...]:
    """The months' whole names, less the ``short`` forms ("mar", "may" are words too)."""
    return tuple(n for n in months if n not in short)


def part_of(claim: Claim) -> str | None:
    """The part of a year a quarter or half named alone spans ("Q3", "H1"), else None."""
    if not is_year_part(claim):
        return None
    q = claim.quantity
    assert q is not None and q.low is not None and q.high is not None  # is_year_part's
    return _PART_OF.get((int(q.low) // 100 % 100, int(q.high) // 100 % 100))


def is_year_part(claim: Claim) -> bool:
    """Whether ``claim`` is a quarter or half of a year named alone (:func:`year_parts`)."""
    return claim.kind is Kind.DATE and spans_year_part(claim.quantity)


def spans_year_part(q: Quantity | None) -> bool:
    """Whether a date's quantity spans whole months that are one of the year's quarters or
    halves."""
    if q is None or q.low is None or q.high is None:
        return False
    if q.unit != DATE_UNIT or q.low % 100 != 1:
        return False
    first, last = int(q.low) // 100 % 100, int(q.high) // 100 % 100
    return (first, last) in _SPANS and q.high % 100 == days_in_month(
        int(q.high) // 10000 or _LEAP_YEAR, last
    )


_SPANS = frozenset(_MONTHS.values())
_PART_OF = {span: part for part, span in _MONTHS.items()}
