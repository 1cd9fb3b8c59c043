"""A date against a year: "opened to passenger trains in March 2021" and "opened in 2021".

One report dates an event to its day or month, the other gives only its year.  Dates and
years are aligned in blocks of their own, so such two never meet there.  What both
blocks leave meets once more: each date that gives its year is read as that year, and
one text's dates meet the other's years, and its years the other's dates, by the year
block's evidence, where something ties them: the same year, a word of their own, or
events of one verb or of one thing's beginning or end (docs/compare.md, "A date against
a year").  Two dates, or two years, are not paired again here: their own blocks had
them.  A year or date after a bound of a period (the lexicon's ``YEAR_BOUNDS``: "routes
cut since 2019", "until 31 March 2025") dates no event and is left out.  A date in the
year agrees with it ("March 2021 falls in 2021"), in a part of it named ("early 2024")
is only compatible with it, and in another year conflicts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import attrs
import numpy as np

from claimdiff.align import FORBIDDEN, score_block
from claimdiff.assignment import EVIDENCE, assign
from claimdiff.candidates import Candidate, Rules, own_words
from claimdiff.date_bounds import BEGIN, END
from claimdiff.extract.members import EXACT
from claimdiff.findings import finding, paired_by_elimination
from claimdiff.inputs import check_pairs
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon
from claimdiff.model import Claim, Finding, Kind, Quantity, Verdict
from claimdiff.rates import RateTable
from claimdiff.verdict import judge
from claimdiff.word_matrices import jaccard, table
from claimdiff.year_events import LAST_TIME, SINCE, EventWords, begins, ends, event_of, one_verb

__all__ = ["as_year", "dates_against_years", "year_of"]

# How far from a date its event is read (characters): a clause's length.
_EVENT_REACH = 300

# A calendar date is read as yyyymmdd (docs/claims.md, "Dates"): one with a year is at
# least the first day of year 1000.
_DATED = 1000_01_01


# The words before a year or date, read back for a bound ("until at least 2026", "by the
# end of 2027") and a part of the year ("in early 2024").
_WORDS_BEFORE = lazy_pattern(r"[^\W\d_]+")
# How far before a year its words are looked for: a bound, a part of the year and the
# fillers between, not the whole text before.
_REACH = 40


def year_of(claim: Claim) -> int | None:
    """The year of a date that gives one ("April 2030", "12 September 2029"), or None."""
    q = claim.quantity
    if claim.kind is not Kind.DATE or q is None or q.unit != "date":
        return None
    if q.low is None or q.high is None or q.low < _DATED:
        return None
    first, last = int(q.low // 10_000), int(q.high // 10_000)
    return first if first == last else None


def as_year(date: Claim) -> Claim:
    """A date read as its year, its words and span kept ("April 2030" as 2030)."""
    year = year_of(date)
    assert year is not None
    q = Quantity(float(year), float(year), float(year), None, EXACT)
    return attrs.evolve(date, kind=Kind.YEAR, quantity=q)


def _before(text: str, start: int, lex: Lexicon) -> tuple[str | None, str | None]:
    """What the words right before the year or date at ``start`` say of it: the bound of a
    period that stands there, if any ("since 2019", "until at least 2026", "by the end of
    2027"), and the part of the year it names, if any ("early 2024", "end 2027")."""
    found = _WORDS_BEFORE.finditer(text, max(0, start - _REACH), start)
    part: str | None = None
    for w in reversed([m.group().lower() for m in found]):
        if w in lex.YEAR_PARTS:
            part = w if part is None else f"{w} {part}"
        elif w not in lex.YEAR_PART_FILLERS and (part is None or w not in lex.YEAR_PART_ARTICLES):
            return (w if w in lex.YEAR_BOUNDS else None), part
    return None, part


class _Side(NamedTuple):
    """One text's unpaired dates that give their year, each as a year's candidate, and
    its unpaired years; with their indices among the text's candidates, and the part of
    the year each year names, if any ("early 2024")."""

    dates: list[Candidate]
    date_index: list[int]
    years: list[Candidate]
    year_index: list[int]
    parts: list[str | None]


def _side(
    text: str,
    cands: Sequence[Candidate],
    left: Sequence[int],
    lex: Lexicon,
    rules: Rules,
    words: EventWords | None,
) -> _Side:
    """The dates and years of ``cands`` (``left``: the indices of those unpaired) that
    date an event (``words``: the language's event words, None where none are read), as
    :class:`_Side` holds them: a year or date after a bound of a period
    ("until 31 March 2025") is left out, unless "since" follows a verb of a beginning or
    an end (:func:`_dated_since`)."""
    light = frozenset(lex.LIGHT_VERBS)
    side = _Side([], [], [], [], [])
    for k in left:
        c = cands[k]
        if c.block not in ("year", "date") or (c.block == "date" and year_of(c.claim) is None):
            continue
        bound, part = _before(text, c.claim.span[0], lex)
        event = c.event
        if c.block == "date":
            # A date's event is read as a year's is: the verb or noun its words give.
            # Its words reach no further than a clause's length either side: a sentence of
            # thousands of dates would read its whole length for each.
            span, (lo, hi) = c.claim.span, c.claim.sentence
            near = (max(lo, span[0] - _EVENT_REACH), min(hi, span[1] + _EVENT_REACH))
            event = event_of(text, span, near, lex.STOPWORDS, light, words) if words else None
        if bound is not None and not _dated_since(bound, event, words, rules):
            continue
        if c.block == "year":
            side.years.append(c)
            side.year_index.append(k)
            side.parts.append(part)
        else:
            side.dates.append(attrs.evolve(c, claim=as_year(c.claim), block="year", event=event))
            side.date_index.append(k)
    return side


def _dated_since(bound: str, event: str | None, words: EventWords | None, rules: Rules) -> bool:
    """Whether a year or date after ``bound`` dates a thing's beginning or end that a verb
    right before it names, as the year block reads it (:func:`event_of`): "has been shut
    since 2019" dates the closing, where "tolls have risen since 2019", "operating since
    2003" and "until 2027" bound a period."""
    if words is None or event is None or event in (SINCE, LAST_TIME):
        return False
    return (bound,) in words.since and (begins(event, rules) or ends(event, rules))


def _apart(dates: Sequence[Candidate], years: Sequence[Candidate], rules: Rules) -> np.ndarray:
    """Which dates (as years) and years nothing ties, or whose events cannot be one.

    Tied are two of one year, two with a word of their own in common (names aside), and
    two whose events are one verb's or both a thing's beginning or both its end.  Apart
    however tied are a date a thing begins or ends on and a year its end or beginning
    is read of ("ends on 31 December 2024", "launched in 2023")."""
    va = np.array([_value(d) for d in dates], dtype=float)
    vb = np.array([_value(y) for y in years], dtype=float)
    events_a, events_b = [d.event for d in dates], [y.event for y in years]
    tied = (va[:, None] == vb[None, :]) | (jaccard(own_words(dates), own_words(years)) > 0)
    tied |= table(events_a, events_b, lambda u, v: float(_one_lifetime(u, v, rules))) > 0
    bounds_a = [d.bound for d in dates]
    clash = table(bounds_a, events_b, lambda u, v: float(_bound_clash(u, v, rules))) > 0
    return np.asarray(~tied | clash)


def _one_lifetime(u: str, v: str, rules: Rules) -> bool:
    """Whether two events read are one verb's, or both a thing's beginning ("opened",
    "began using") or both its end ("closed", "shut"): WordNet's rarer senses of a verb
    tie too much ("born" and "moved" share one)."""
    both_ends = ends(u, rules) and ends(v, rules)
    return one_verb(u, v) or (begins(u, rules) and begins(v, rules)) or both_ends


def _value(c: Candidate) -> float | None:
    q = c.claim.quantity
    return None if q is None else q.value


def _bound_clash(bound: str, event: str, rules: Rules) -> bool:
    return (bound == END and begins(event, rules)) or (bound == BEGIN and ends(event, rules))


def dates_against_years(
    texts: tuple[str, str],
    names: tuple[str | None, str | None],
    cands: tuple[Sequence[Candidate], Sequence[Candidate]],
    left: tuple[Sequence[int], Sequence[int]],
    rules: Rules,
    rates: RateTable,
    lex: Lexicon,
    max_pairs: int | None,
) -> list[tuple[int, int, Finding]]:
    """Findings on a date against a year among the claims ``left`` unpaired (indices into
    each text's ``cands``), with the indices of the two claims in ``a``'s and ``b``'s
    order.  One text's dates meet the other's years, and its years the other's dates: two
    blocks of their own, which share no claim."""
    words = EventWords.of(lex) if lex.WORDNET_NOUNS else None  # English: events are read
    sa = _side(texts[0], cands[0], left[0], lex, rules, words)
    sb = _side(texts[1], cands[1], left[1], lex, rules, words)
    out = []
    for a_dates, (xa, ia), (xb, ib), parts in (
        (True, (sa.dates, sa.date_index), (sb.years, sb.year_index), sb.parts),
        (False, (sa.years, sa.year_index), (sb.dates, sb.date_index), sa.parts),
    ):
        if not xa or not xb:
            continue
        check_pairs(len(xa), len(xb), what="dates and years", max_pairs=max_pairs)
        dates, years = (xa, xb) if a_dates else (xb, xa)
        apart = _apart(dates, years, rules)
        scores = score_block(xa, xb, rules)
        scores = np.where(apart if a_dates else apart.T, FORBIDDEN, scores)
        for i, j, score in assign(scores):
            ca, cb = xa[i].claim, xb[j].claim
            result = judge(ca, cb, rates, ceilings=True)
            if isinstance(result, str):
                continue
            if result.verdict is Verdict.AGREE:
                # One date at two precisions, as a figure and its rounding are one figure;
                # a part of the year ("early 2024") may not hold the date.
                date, year = (ca, cb) if a_dates else (cb, ca)
                part = parts[j] if a_dates else parts[i]
                said = f"{date.text} falls in {year.text}"
                if part is not None:
                    said += f"; “{part} {year.text}” may not hold it"
                verdict = Verdict.AGREE if part is None else Verdict.COMPATIBLE
                result = attrs.evolve(result, verdict=verdict, explanation=said)
            found = finding(ca, cb, result, score, *names)
            if found.verdict is Verdict.CONFLICT and score < EVIDENCE:
                # Tied by a word or an event, not by their own evidence: as likely two
                # events' dates as one event misdated.
                found = paired_by_elimination(found)
            out.append((ia[i], ib[j], found))
    return out
