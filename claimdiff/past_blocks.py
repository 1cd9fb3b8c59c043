"""Pairs made past the blocks, among the claims the main assignment left: a score against
a vote's tally (claimdiff.score_tallies).
"""

from __future__ import annotations

from collections.abc import Sequence

from claimdiff.candidates import Candidate, unpaired
from claimdiff.findings import finding, paired_by_elimination
from claimdiff.lexicon import Lexicon
from claimdiff.model import Claim, Document, Finding, Verdict
from claimdiff.rates import RateTable
from claimdiff.score_tallies import (
    bowling,
    bowling_figures,
    lone_wickets,
    score_against_tally,
    tallies,
    voting_scores,
)
from claimdiff.verdict import judge

__all__ = ["inside_any", "past_blocks"]


def past_blocks(
    docs: tuple[Document, Document],
    cands: tuple[Sequence[Candidate], Sequence[Candidate]],
    matched: tuple[set[int], set[int]],
    table: RateTable,
    lex: Lexicon,
    *,
    same_only: bool = False,
) -> list[Finding]:
    """Findings on a score against a vote's tally (claimdiff.score_tallies), among the
    claims left unpaired; with ``same_only``, only those of the same two numbers (which
    compare pairs before its blocks)."""
    (da, db), (cand_a, cand_b) = docs, cands
    left_a, left_b = unpaired(cand_a, matched[0]), unpaired(cand_b, matched[1])
    scores_a = voting_scores(da.text, cand_a, left_a, lex)
    scores_b = voting_scores(db.text, cand_b, left_b, lex)
    crossed = score_against_tally(scores_a, tallies(db.text, cand_b, left_b)) + [
        (t, s) for s, t in score_against_tally(scores_b, tallies(da.text, cand_a, left_a))
    ]
    # A bowler's figures as a score against the same as two counts: "4-47", "four wickets
    # for 47 runs".
    figures_a = [c for c in _claims(cand_a, left_a) if bowling(c, lex)]
    figures_b = [c for c in _claims(cand_b, left_b) if bowling(c, lex)]
    crossed += score_against_tally(figures_a, bowling_figures(db.text, cand_b, left_b, lex)) + [
        (t, s)
        for s, t in score_against_tally(figures_b, bowling_figures(da.text, cand_a, left_a, lex))
    ]
    if not same_only and not crossed:
        # A bowler's figures against the wickets alone: "8 for 72", "eight wickets".
        crossed = lone_wickets(figures_a, db.text, cand_b, left_b, lex) + [
            (w, c) for c, w in lone_wickets(figures_b, da.text, cand_a, left_a, lex)
        ]
    if same_only:
        crossed = [(ca, cb) for ca, cb in crossed if ca.quantity == cb.quantity]
    out: list[Finding] = []
    for ca, cb in crossed:
        result = judge(ca, cb, table, ceilings=True)
        if isinstance(result, str):
            continue
        found = finding(ca, cb, result, 0.0, da.name, db.name)
        # Paired on no words of their own, a conflict may be two votes.
        out.append(paired_by_elimination(found) if result.verdict is Verdict.CONFLICT else found)
    return out


def _claims(cands: Sequence[Candidate], left: Sequence[int]) -> list[Claim]:
    return [cands[i].claim for i in left]


def inside_any(span: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``span`` lies inside one of ``spans`` (a count inside its tally's span)."""
    return any(lo <= span[0] and span[1] <= hi for lo, hi in spans)
