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
        # A court's or judges' decision is a vote's score.
        ("The Supreme Court ruled in a 6-3 decision.", [(3, 6)]),
        ("He took a 2-1 split decision.", [(1, 2)]),
        ("A decision is due in 2-3 weeks.", []),
        ("After the decision, the rate was cut to 4-5.", []),  # before it: no score word
        ("Some 30-40 decision makers attended.", []),  # before a noun: no score word
        ("The decision raised the limit 20 to 30.", []),  # nor for a tally in words
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
        # A word that is no noun may follow a score ("passed 34-28 later").
        ("Her budget passed 34-28 later that evening.", [(28, 34)]),
        ("Celtic sealed a 3-1 aggregate victory.", [(1, 3)]),
        # ... but a noun past such a word or a comparative counts: no score.
        ("The council approved 10-15 new homes.", []),
        ("Planners backed 3-4 more schools.", []),
        # Tallies in words, with a score word before them or a noun of votes or goals.
        ("Castleford were beaten three goals to one at Hartwell.", [(1, 3)]),
        ("Boston edged New York 112 to 108 on Sunday.", [(108, 112)]),
        ("The court ruled by five justices to four that it was lawful.", [(4, 5)]),
        ("Rovers won two-nil at home.", [(0, 2)]),
        ("Jurors returned a verdict of eleven to one.", [(1, 11)]),
        ("Ricci now leads their rivalry by five wins to two.", [(2, 5)]),
        ("The hosts lost 27 points to 21 in the final.", [(21, 27)]),
        # In a sentence of voting a tally stays two counts, each with its side.
        ("The bill passed by 51 votes to 49.", []),
        # No tally: a change's ends, a count after the second number, no score word, or
        # an index's move by points.
        ("The council cut staff from 40 to 30 after the game.", []),
        ("Staff numbers rose 12 to 15 people after the win.", []),
        ("The shop opens 9 to 5 on weekdays.", []),
        ("The FTSE 100 rose 12 points to 7,400.", []),
        ("He won twenty-one races.", []),
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
        # A tally in words is the score it makes; a vote's two sides are one too.
        ("City won 3-1.", "United were beaten three goals to one by City.", Verdict.AGREE),
        ("City won 3-1.", "United were beaten three goals to two by City.", Verdict.CONFLICT),
        ("The Senate approved it in a 51-49 vote.", "It passed by 51 votes to 49.", Verdict.AGREE),
        (
            "Councillors voted 7-2 in favour.",
            "It was carried by six votes to three.",
            Verdict.CONFLICT,
        ),
        (
            "Trustees voted seven in favour and two against.",
            "Trustees backed it 7-2.",
            Verdict.AGREE,
        ),
    ],
)
def test_scores_compared(a: str, b: str, verdict: Verdict) -> None:
    (f,) = [f for f in compare(a, b).findings if f.a.kind is Kind.SCORE]
    assert f.verdict is verdict
    assert ("the same score" if verdict is Verdict.AGREE else "the scores differ") in f.reason
