"""Scores (claimdiff/extract/scores.py): read as one figure, compared whoever's side comes first."""

from __future__ import annotations

import pytest

from claimdiff import Kind, Verdict, compare, extract


@pytest.mark.parametrize(
    ("text", "scores"),
    [
        ("Leinster beat Munster 31-17 at the Aviva.", [(17, 31)]),
        ("Munster went down 17-31 in Dublin.", [(17, 31)]),
        ("The Senate voted 52-48 to confirm him.", [(48, 52)]),
        ("She won the final 6-3 4-6 6-2.", [(3, 6), (4, 6), (2, 6)]),
        # A word of the match's setting may stand between a score and its result.
        ("Rovers earned a 3-1 home win against Castleton.", [(1, 3)]),
        ("It was a 2-0 away defeat at Leeds.", [(0, 2)]),
        ("It finished in a 0-0 draw.", [(0, 0)]),
        ("United sealed a 2-1 win.", [(1, 2)]),
        # No score word in the sentence: a range, as the scan reads it.
        ("Pupils aged 11-16 attend the school.", []),
        ("The service runs 9-5 on weekdays.", []),
        # A noun after the figures counts something; a unit or a percent sign measures it.
        ("The club lost 3-4 players to injury.", []),
        ("Forecasters expect growth of 2-3% after the win.", []),
        # Words of the occasion are no score words; a result word after the figures only
        # right after them.
        ("Police said 10-15 were injured after the game.", []),
        ("Opening hours are 9-5 on match days.", []),
        ("Open 24-7, the shop lost money.", []),
        ("The winner ran 5-10 km a day in training.", []),
    ],
)
def test_scores_read(text: str, scores: list[tuple[int, int]]) -> None:
    got = [
        (c.quantity.low, c.quantity.high)
        for c in extract(text)
        if c.kind is Kind.SCORE and c.quantity is not None
    ]
    assert got == scores


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        ("Leinster beat Munster 31-17.", "Munster lost 17-31 to Leinster.", Verdict.AGREE),
        ("Leinster beat Munster 31-17.", "Munster lost 17-30 to Leinster.", Verdict.CONFLICT),
        ("The motion passed 52-48.", "Senators voted 52-47 for the motion.", Verdict.CONFLICT),
    ],
)
def test_scores_compared(a: str, b: str, verdict: Verdict) -> None:
    (f,) = [f for f in compare(a, b).findings if f.a.kind is Kind.SCORE]
    assert f.verdict is verdict
    assert ("the same score" if verdict is Verdict.AGREE else "the scores differ") in f.reason
