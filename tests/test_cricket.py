"""Cricket's scores: an innings and a bowler's figures written two ways
(claimdiff.extract.cricket, claimdiff.score_tallies; docs/claims.md, "Scores")."""

from __future__ import annotations

import pytest

from claimdiff import Kind, Verdict, compare, extract


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        # An innings: runs, then wickets, joined by "for", a dash or a slash.
        (
            "Yorkshire declared on 356 for seven, Root making 142 from 251 balls.",
            "356 for seven",
            7,
            356,
        ),
        ("Australia made 356-7 declared in the first innings.", "356-7", 7, 356),
        ("England closed on 88-2 in reply at stumps.", "88-2", 2, 88),
        (
            "India were 212/4 at lunch on the second day, with Kohli unbeaten on 80 in the Test.",
            "212/4",
            4,
            212,
        ),
        ("South Africa were 94-2 chasing 267 at stumps.", "94-2", 2, 94),
        # A bowler's figures: wickets, then runs.
        ("Raza took five for 48 on his Test debut, bowling 20 overs.", "five for 48", 5, 48),
        ("Anderson finished with 4-47 as the wickets tumbled.", "4-47", 4, 47),
        ("Anderson took 5-41 yesterday as the wickets fell.", "5-41", 5, 41),
        # Outside a text of the game, an innings declared.
        ("Yorkshire declared on 412 for seven.", "412 for seven", 7, 412),
        ("England won the second Test, closing on 245-6.", "245-6", 6, 245),
    ],
)
def test_scores_of_cricket(text: str, surface: str, low: float, high: float) -> None:
    claim = next(c for c in extract(text) if c.text == surface)
    assert claim.kind is Kind.SCORE
    assert claim.quantity is not None
    assert (claim.quantity.low, claim.quantity.high) == (low, high)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # No word of the game in the text: two counts, as the scan reads them.
        ("The school bought 356 for seven classrooms and more.", "356 for seven"),
        ("Surrey were 212 for 4 when rain stopped play.", "212 for 4"),
        # A noun after the second number counts it.
        ("He paid 300 for two tickets to see the innings.", "300 for two"),
        ("Yorkshire were 150 for 4 overs into the innings.", "150 for 4"),
        # Figures with their nouns stay two counts.
        ("He took one wicket for 45 runs.", "one wicket for 45 runs"),
        # "overs" inside another word marks no text of the game, nor one word it shares
        # with others ("declared", "all out", runs counted, a headline's "a Test").
        ("After the takeovers it was 287 for 9 in the end.", "287 for 9"),
        ("Bus routes 9-15 will be cut, the council declared.", "9-15"),
        ("Staff went all out, working 24-7 to finish.", "24-7"),
        ("The number 9 runs hourly. Routes 9-15 will be cut.", "9-15"),
        ("Budget Is a Test for the Chancellor at 24-7.", "24-7"),
    ],
)
def test_no_score_of_cricket(text: str, surface: str) -> None:
    scores = [c.text for c in extract(text) if c.kind is Kind.SCORE]
    assert surface not in scores, scores


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # An innings' wickets were lost, no bowler's haul; a series' score counts none.
        (
            "At stumps England were 245-6 in the first innings, with Root on 98.",
            "Pat Cummins took four wickets as England closed on 245.",
        ),
        (
            "England won the Test series 2-1 at the Oval.",
            "Stuart Broad took five wickets as England sealed the series at the Oval.",
        ),
        (
            "England won the Test series 2-1 at the Oval.",
            "Anderson took four wickets for 47 runs as England sealed the series.",
        ),
        # A margin in wickets is no bowler's haul.
        (
            "Australia won the Test at Lord's, with Starc taking 3-47.",
            "Australia won by eight wickets at Lord's.",
        ),
    ],
)
def test_no_wickets_of_an_innings(a: str, b: str) -> None:
    report = compare(a, b)
    assert not [f for f in report.findings if "wicket" in f.b.text], report.findings


@pytest.mark.parametrize(
    ("a", "b", "sa", "sb", "verdict"),
    [
        # One innings written two ways.
        (
            "Australia declared on 356 for seven on the second day, with Smith making 141 runs.",
            "Smith's 141 anchored Australia's first innings of 356-7 declared in Brisbane.",
            "356 for seven",
            "356-7",
            Verdict.AGREE,
        ),
        # A bowler's figures as a score and as two counts with their nouns.
        (
            "England bowled India out for 246, with James Anderson taking 4-47.",
            "India were dismissed for 246 as Anderson claimed four wickets for 47 runs.",
            "4-47",
            "four wickets for 47 runs",
            Verdict.AGREE,
        ),
        # A bowler's figures against the wickets alone.
        (
            "India won the first Test by 295 runs; Jasprit Bumrah took eight wickets in the match.",
            "India won the first Test; Bumrah finished with match figures of 8 for 72.",
            "eight wickets",
            "8 for 72",
            Verdict.AGREE,
        ),
        # Two figures of one bowler that differ.
        (
            "Bumrah took five for 41 as Australia were bowled out for 212.",
            "Australia were bowled out for 212, Bumrah's 4-41 doing the damage.",
            "five for 41",
            "4-41",
            Verdict.CONFLICT,
        ),
    ],
)
def test_cricket_pairs(a: str, b: str, sa: str, sb: str, verdict: Verdict) -> None:
    report = compare(a, b)
    found = [f for f in report.findings if sa in f.a.text and sb in f.b.text]
    assert len(found) == 1, report.findings
    assert found[0].verdict is verdict, found[0].reason
