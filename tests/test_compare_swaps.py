"""Figures swapped between two things, and counts of different people (review cases)."""

from __future__ import annotations

import pytest

from claimdiff import compare


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The team lost 12 players and signed 30 players.",
            "The team lost 30 players and signed 12 players.",
        ),
        (
            "The club paid $5m for the striker and sold the winger for $3m.",
            "The club paid $3m for the striker and sold the winger for $5m.",
        ),
        (
            "The council spent £2m on roads and £5m on schools.",
            "The council spent £5m on roads and £2m on schools.",
        ),
        (
            "Police arrested 12 men and seized 30 cars.",
            "Police arrested 30 men and seized 12 cars.",
        ),
        # What each amount is spent on, named before "spending"/"budget" or as the
        # subject of "get".
        (
            "The plan lifts roads spending to £4bn and prisons funding to £7bn.",
            "Prisons will get £4bn, while the roads budget grows to £7bn.",
        ),
        # Two nouns of one class ("teachers", "librarians": 0.80), the figures swapped:
        # each noun's counts pair (claimdiff.noun_swaps), though the same figure and a
        # shared word had outweighed one noun against two of a class.
        (
            "The county will hire 40 teachers and 15 librarians with the grant.",
            "The grant covers 15 extra teachers and 40 school librarians, officials said.",
        ),
    ],
)
def test_swapped_figures_are_two_conflicts(a: str, b: str) -> None:
    """The same figure in both texts is evidence, never more than a figure's own words."""
    report = compare(a, b)
    assert len(report.conflicts) == 2
    assert not [f for f in report.findings if f.verdict.value == "agree"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The hospital has 300 doctors.", "The hospital has 450 patients."),
        ("The school has 40 teachers.", "The school has 600 pupils."),
        ("Officials said 0.1 children were affected.", "Officials said 0.0 homes were affected."),
    ],
)
def test_different_things_never_conflict(a: str, b: str) -> None:
    assert not compare(a, b).conflicts


# From a review: pairs that were once made and judged wrongly, each of two facts.
NEVER_AGREE = [
    ("Gunmen killed 20 soldiers in the raid.", "Gunmen killed 20 civilians in the raid."),
    ("Police arrested 14 protesters.", "Police arrested 14 journalists."),
    ("The gallery shows 125 paintings.", "The gallery drew 125 visitors."),
    ("Officials said 1,001 homes were affected.", "Officials said 1,001 soldiers were affected."),
    ("He was younger than 16 at the time.", "He was 16 at the time."),
]


@pytest.mark.parametrize(("a", "b"), NEVER_AGREE)
def test_different_facts_never_agree(a: str, b: str) -> None:
    """The same figure of two different things, or a strict limit and its figure, never agree."""
    assert not [f for f in compare(a, b).findings if f.verdict.value == "agree"]


NEVER_CONFLICT = [
    ("The club has 40,000 members.", "The club has 52,000 users of its app."),
    ("The party won by a narrow 200 votes.", "Its margin rose to 200 votes."),
    ("Rates rose to 5.25% in 2023, the highest since 2007.", "Rates were last at 5.25% in 2007."),
    ("Unemployment stood at 4.2% in 2019.", "Unemployment stood at 4.2% in 2023."),
    ("Root was 87 not out at stumps.", "Root, 33, was unbeaten on 87."),
    pytest.param(
        "The council will build 20 flats.",
        "The council bought 30 fields.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="the last counts left, of two things WordNet does not set apart, pair"
            " (docs/compare.md, 'Counts named apart'): the conflict says it may be two facts",
        ),
    ),
    ("The storm destroyed 40 houses.", "The storm left 55 families homeless."),
]


@pytest.mark.parametrize(("a", "b"), NEVER_CONFLICT)
def test_different_facts_never_conflict(a: str, b: str) -> None:
    """Figures of different things, or one figure read two ways, raise no conflict."""
    assert not compare(a, b).conflicts, compare(a, b).findings
