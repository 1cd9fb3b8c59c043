"""A date against a year: "opened to passenger trains in March 2021" and "opened in 2021".

One report dates an event to its day or month, the other gives only its year.  Dates and
years are aligned in blocks of their own, so such two never meet there.  What both
blocks leave is aligned once more as years: each date that gives its year is read as
that year and meets the other text's years as a year would (the words, the event and
the distance of the years: docs/compare.md, "A date against a year").  Two dates, or two
years, are not paired again here: their own blocks had them.  A year after one of the
lexicon's ``YEAR_BOUNDS`` ("routes cut since 2019") bounds a period rather than dating
an event, and is left out.  A date in the year agrees with it ("March 2021 falls in
2021"); one in another year conflicts.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import numpy as np

from claimdiff.align import FORBIDDEN, one_events, score_block
from claimdiff.assignment import assign, by_elimination, lone_ok
from claimdiff.candidates import Candidate, Rules
from claimdiff.extract.members import EXACT
from claimdiff.findings import finding, paired_by_elimination
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon
from claimdiff.model import Claim, Finding, Kind, Quantity, Verdict
from claimdiff.rates import RateTable
from claimdiff.verdict import judge
from claimdiff.year_events import EventWords, event_of

__all__ = ["as_year", "dates_against_years", "year_of"]

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


def as_year(date: Claim) -> Claim:
    """A date read as its year, its words and span kept ("April 2030" as 2030)."""
    year = year_of(date)
    assert year is not None
    q = Quantity(float(year), float(year), float(year), None, EXACT)
    return attrs.evolve(date, kind=Kind.YEAR, quantity=q)


def _bounded(year: Claim, text: str, bounds: frozenset[str]) -> bool:
    """Whether ``year`` follows one of ``bounds`` ("since 2019", "until 2027")."""
    start = year.span[0]
    before = _WORD_BEFORE.search(text, max(0, start - _REACH), start)
    return before is not None and before[1].lower() in bounds


def _as_years(
    text: str, cands: Sequence[Candidate], left: Sequence[int], lex: Lexicon
) -> tuple[list[int], list[Candidate], list[bool]]:
    """Of ``cands`` (``left``: the indices of those unpaired), the years that date an
    event and the dates that give their year, each as a year's candidate: their indices,
    the candidates, and which were dates."""
    words = EventWords.of(lex) if lex.WORDNET_NOUNS else None
    light = frozenset(lex.LIGHT_VERBS)
    index, out, dates = [], [], []
    for k in left:
        c = cands[k]
        if c.block == "year" and not _bounded(c.claim, text, lex.YEAR_BOUNDS):
            index.append(k)
            out.append(c)
            dates.append(False)
        elif c.block == "date" and year_of(c.claim) is not None:
            # Its event is read as a year's is: the verb or noun its words give.
            span, sentence = c.claim.span, c.claim.sentence
            event = event_of(text, span, sentence, lex.STOPWORDS, light, words) if words else None
            index.append(k)
            out.append(attrs.evolve(c, claim=as_year(c.claim), block="year", event=event))
            dates.append(True)
    return index, out, dates


def dates_against_years(
    texts: tuple[str, str],
    names: tuple[str | None, str | None],
    cands: tuple[Sequence[Candidate], Sequence[Candidate]],
    left: tuple[Sequence[int], Sequence[int]],
    rules: Rules,
    table: RateTable,
    lex: Lexicon,
) -> list[tuple[int, int, Finding]]:
    """Findings on a date against a year among the claims ``left`` unpaired (indices into
    each text's ``cands``), with the indices of the two claims."""
    ia, ya, dates_a = _as_years(texts[0], cands[0], left[0], lex)
    ib, yb, dates_b = _as_years(texts[1], cands[1], left[1], lex)
    da, db = np.array(dates_a, dtype=bool), np.array(dates_b, dtype=bool)
    if not (da.any() and (~db).any()) and not (db.any() and (~da).any()):
        return []
    scores = np.where(da[:, None] == db[None, :], FORBIDDEN, score_block(ya, yb, rules))
    lone = lone_ok(ya, yb, by_event=rules.years_by_event, events=one_events(ya, yb, rules))
    pairs = assign(scores, lone=lone)
    guessed = by_elimination(scores, pairs, lone)
    out = []
    for i, j, score in pairs:
        ca, cb = ya[i].claim, yb[j].claim
        result = judge(ca, cb, table, ceilings=True)
        if isinstance(result, str):
            continue
        if result.verdict is Verdict.AGREE:
            # One date at two precisions, as a figure and its rounding are one figure.
            date, year = (ca, cb) if dates_a[i] else (cb, ca)
            result = attrs.evolve(result, explanation=f"{date.text} falls in {year.text}")
        found = finding(ca, cb, result, score, *names)
        if found.verdict is Verdict.CONFLICT and (i, j) in guessed:
            found = paired_by_elimination(found)
        out.append((ia[i], ib[j], found))
    return out
