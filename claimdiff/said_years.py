"""The year a day is said to fall in against the report's own: "ended on October 14 last
year" is a day of the year before the one "will start on October 14" falls in.

A report dates most days with no year, meaning its own year, and places some in the
year before or after ("last year", "next year": the lexicon's ``DAY_YEAR_AFTER``, read
right after the day, a comma between allowed where the phrase ends its clause).  Such a
day may still be the one the other report dates with no year (a trial report dates the
crime "on 3 November last year", another "on November 3"), so compare() keeps two days
apart by it only where one is said of last year and the other's clause is to come ("will
now begin on 22 January rather than 15 January", "the last walkout started on 15 January
last year"), or of next year and the other's is past; nor are the two paired as the same
figure left over with nothing tying them (claimdiff.leftovers).  Two days both said of
a year, and of two, that pair as the same day conflict: "died on 3 March last year"
against "died on 3 March this year".  A day written with its year ("14 October 2025") is
read by its year, not here (docs/compare.md, "A day of last year").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs
import numpy as np

from claimdiff.candidates import Candidate
from claimdiff.model import Claim, Finding, Kind, Verdict
from claimdiff.tenses import FUTURE, PAST

__all__ = ["other_years", "year_said_after", "years_said_apart"]

# A date's value with its year is YYYYMMDD, without it MMDD (claimdiff.extract.dates).
_WITH_YEAR = 10_000
# "October 14, last year": the longest phrase and a comma and spaces before it.
_REACH = 24
# After the phrase: a letter joined to it ("last year's winner"), or what ends a clause
# after a comma ("on 3 March, last year.").
_JOINED = "'’-"
_CLAUSE_ENDS = frozenset(",.;:)!?")


def year_said_after(text: str, claim: Claim, words: Mapping[str, int]) -> int | None:
    """The year ``claim`` (a day with no year written) is said to fall in, counted from
    the report's own (−1 "last year", 0 "this year", 1 "next year"), or None where no
    such words follow it.

    >>> from claimdiff import extract
    >>> text = "It ended on October 14 last year."
    >>> year_said_after(text, extract(text)[0], {"last year": -1})
    -1
    """
    if not words or claim.weekday or claim.clock:
        return None
    q = claim.quantity
    if q is None or q.value is None or q.value >= _WITH_YEAR:
        return None
    window = text[claim.span[1] : claim.span[1] + _REACH].lower()
    after = window.lstrip()
    comma = after.startswith(",")
    after = after.removeprefix(",").lstrip()
    for phrase, years in words.items():
        if not after.startswith(phrase):
            continue
        nxt = after[len(phrase) : len(phrase) + 1]
        if nxt and (nxt.isalnum() or nxt in _JOINED):
            return None  # "last yearly", "last year's winner"
        if comma and nxt and nxt not in _CLAUSE_ENDS:
            return None  # "on 3 March, last year being the exception": a clause of its own
        return years
    return None


def other_years(a: Sequence[Candidate], b: Sequence[Candidate]) -> np.ndarray:
    """Which pairs of days fall in two different years as their reports say: one said of
    last year and the other in a clause to come, or of next year and the other past
    ("will now begin on 22 January rather than 15 January", "the last walkout started on
    15 January last year").  Two days both said of a year pair, and conflict where the
    years differ (:func:`years_said_apart`)."""
    ya, yb = _years(a), _years(b)
    ta = np.array([c.tense or "" for c in a], dtype=object)
    tb = np.array([c.tense or "" for c in b], dtype=object)
    return np.asarray(_against(ya, tb) | _against(yb, ta).T)


def years_said_apart(
    findings: Sequence[Finding], texts: tuple[str, str], words: Mapping[str, int]
) -> list[Finding]:
    """``findings`` with each agreement of two days made a conflict where both reports
    say its year and two different ones: "died on 3 March last year", "died on 3 March
    this year"."""
    if not words:
        return list(findings)
    out = []
    for f in findings:
        if f.verdict is Verdict.AGREE and f.a.kind is Kind.DATE:
            ya = year_said_after(texts[0], f.a, words)
            yb = year_said_after(texts[1], f.b, words)
            if ya is not None and yb is not None and ya != yb:
                head = f.reason.rsplit(": ", 1)[0]
                said = {n: w for w, n in words.items()}
                reason = f"{head}: the same day, but one says {said[ya]}, the other {said[yb]}"
                f = attrs.evolve(f, verdict=Verdict.CONFLICT, reason=reason)
        out.append(f)
    return out


def _against(years: np.ndarray, tenses: np.ndarray) -> np.ndarray:
    """Days said of last year against the other text's days in clauses to come, and of
    next year against its past ones."""
    return np.asarray(
        ((years == -1)[:, None] & (tenses == FUTURE)[None, :])
        | ((years == 1)[:, None] & (tenses == PAST)[None, :])
    )


def _years(cands: Sequence[Candidate]) -> np.ndarray:
    """Each candidate's year said (nan where none is)."""
    return np.array([np.nan if c.year_said is None else c.year_said for c in cands])
