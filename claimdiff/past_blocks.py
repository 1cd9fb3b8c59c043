"""Pairs made past the blocks, among the claims the main assignment left: a score against
a vote's tally (claimdiff.score_tallies) and a date against a year (claimdiff.date_years).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from claimdiff.candidates import Candidate
from claimdiff.date_years import date_and_year
from claimdiff.findings import finding, paired_by_elimination
from claimdiff.lexicon import Lexicon
from claimdiff.model import Claim, Document, Finding, Verdict
from claimdiff.rates import RateTable
from claimdiff.score_tallies import score_against_tally, tallies, voting_scores
from claimdiff.verdict import judge

__all__ = ["inside_any", "past_blocks"]


def past_blocks(
    docs: tuple[Document, Document],
    cands: tuple[Sequence[Candidate], Sequence[Candidate]],
    claims: tuple[Sequence[Claim], Sequence[Claim]],
    matched: tuple[set[int], set[int]],
    findings: Sequence[Finding],
    table: RateTable,
    lex: Lexicon,
) -> list[Finding]:
    """Findings on a score against a vote's tally (claimdiff.score_tallies) and on a date
    against a year (claimdiff.date_years), among the claims left unpaired."""
    (da, db), (cand_a, cand_b) = docs, cands
    left_a = [i for i in range(len(cand_a)) if i not in matched[0]]
    left_b = [j for j in range(len(cand_b)) if j not in matched[1]]
    scores_a = voting_scores(da.text, cand_a, left_a, lex)
    scores_b = voting_scores(db.text, cand_b, left_b, lex)
    crossed = score_against_tally(scores_a, tallies(db.text, cand_b, left_b)) + [
        (t, s) for s, t in score_against_tally(scores_b, tallies(da.text, cand_a, left_a))
    ]
    out: list[Finding] = []
    for ca, cb in crossed:
        result = judge(ca, cb, table, ceilings=True)
        if isinstance(result, str):
            continue
        found = finding(ca, cb, result, 0.0, da.name, db.name)
        # Paired on no words of their own, a conflict may be two votes.
        out.append(paired_by_elimination(found) if result.verdict is Verdict.CONFLICT else found)
    done = (*findings, *out)
    paired = frozenset({(*f.a.span, "A") for f in done} | {(*f.b.span, "B") for f in done})
    dated = date_and_year(*claims, paired, (da.text, db.text), lex.YEAR_BOUNDS)
    if dated is not None:
        found_date = _date_against_year(*dated, table, da.name, db.name, lex)
        if found_date is not None:
            out.append(found_date)
    return out


def inside_any(span: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``span`` lies inside one of ``spans`` (a count inside its tally's span)."""
    return any(lo <= span[0] and span[1] <= hi for lo, hi in spans)


def _date_against_year(
    ya: Claim,
    yb: Claim,
    a_is_date: bool,
    table: RateTable,
    name_a: str | None,
    name_b: str | None,
    lex: Lexicon,
) -> Finding | None:
    """The finding on a date read as its year and a year (claimdiff.date_years): a date in
    the year is compatible with it; in another year a conflict by elimination, but only
    where the words around the two meet (a word of their context in common, no stop
    word): a report's one date and another's one year are as often two events' ("born in
    June 1985", "won his first title in 2005")."""
    result = judge(ya, yb, table, ceilings=True)
    if isinstance(result, str):
        return None
    if result.verdict is Verdict.AGREE:
        date, year = (ya, yb) if a_is_date else (yb, ya)
        result = attrs.evolve(
            result,
            verdict=Verdict.COMPATIBLE,
            explanation=f"{date.text} falls in {year.text}",
        )
        return finding(ya, yb, result, 0.0, name_a, name_b)
    shared = (set(ya.context) & set(yb.context)) - lex.STOPWORDS
    if not shared:
        return None
    return paired_by_elimination(finding(ya, yb, result, 0.0, name_a, name_b))
