"""Counts an order of magnitude apart are two facts unless a vague word, a slip of scale
or one predicate ties them (docs/compare.md, "Counts an order of magnitude apart")."""

from __future__ import annotations

import pytest

from claimdiff import check, compare


def _counts(a: str, b: str) -> dict[tuple[str, str], str]:
    return {
        (f.a.text, f.b.text): f.verdict.value
        for f in compare(a, b).findings
        if f.a.kind.value == "count"
    }


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # A company's staff and a site's: thirteen times apart, two facts.
        (
            "The engineering group employs 5,200 staff across nine sites.",
            "About 400 employees will lose their jobs when the plant shuts.",
            {},
        ),
        (
            "The academy has 1,400 pupils.",
            "Some 62 students were sent home on the first day.",
            {},
        ),
        # One predicate ties them: one fact misreported.
        (
            "Police arrested 12 people after the protest.",
            "Officers said 150 people had been arrested after the protest.",
            {("12 people", "150 people"): "conflict"},
        ),
        # A vague word and a number far apart still meet.
        (
            "More than 16,000 children were taken from their homes.",
            "Hundreds of children were taken from their homes.",
            {("More than 16,000 children", "Hundreds of children"): "conflict"},
        ),
        # A slip of scale is one figure misprinted.
        (
            "The fire destroyed 300 homes in the valley.",
            "The fire destroyed 3,000 homes in the valley.",
            {("300 homes", "3,000 homes"): "conflict"},
        ),
        # A slip of scale keeps its pair however far apart, one predicate or none.
        (
            "The fire destroyed 30 homes in the valley.",
            "3,000 homes were lost in the valley blaze.",
            {("30 homes", "3,000 homes"): "conflict"},
        ),
        (
            "The fire destroyed 35 homes in the valley.",
            "3,000 homes were lost in the valley blaze.",
            {},
        ),
        # Within ten times, nothing changes: the counts pair as before.
        (
            "The strike closed 40 schools.",
            "The strike shut 140 schools.",
            {("40 schools", "140 schools"): "conflict"},
        ),
    ],
)
def test_far_apart_counts(a: str, b: str, expected: dict[tuple[str, str], str]) -> None:
    assert _counts(a, b) == expected


def test_check_keeps_far_counts() -> None:
    """An output's count far off its source's is the error check() looks for."""
    report = check(
        "The engineering group employs 5,200 staff across nine sites.",
        "The engineering group employs 400 staff across nine sites.",
    )
    assert [(f.a.text, f.b.text) for f in report.conflicts] == [("5,200 staff", "400 staff")]
