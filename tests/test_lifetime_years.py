"""A year a verb of beginning or end governs stays a fact beside another figure of its
sentence, unless the verb's object is that figure (docs/compare.md, "Years of events")."""

from __future__ import annotations

import pytest

from claimdiff import compare
from claimdiff.model import Kind

KEPT = [
    (
        "The food bank was founded in 1987 by two parish nurses.",
        "Launched in 1989 by a pair of nurses, the food bank now feeds hundreds.",
        ("1987", "1989", "conflict"),
    ),
    (
        "She retired in 2016 with 41 career titles.",
        "The champion, who won 41 titles, retired in 2016.",
        ("2016", "2016", "agree"),
    ),
]
PERIODS = [
    (
        "The chain opened 40 stores in 2023.",
        "The chain, which opened its first shop in 1998, added 40 stores last year.",
    ),
    (
        "Road crashes killed 1,695 people in 2022.",
        "The bridge collapse, which killed 12 people in 2019, was the worst in decades.",
    ),
]


@pytest.mark.parametrize(("a", "b", "want"), KEPT)
def test_year_of_a_beginning_or_end_is_compared(a: str, b: str, want: tuple[str, str, str]) -> None:
    years = [f for f in compare(a, b).findings if f.a.kind is Kind.YEAR]
    assert [(f.a.text, f.b.text, f.verdict.value) for f in years] == [want]


@pytest.mark.parametrize(("a", "b"), PERIODS)
def test_year_of_a_verbs_object_figure_is_its_period(a: str, b: str) -> None:
    """ "opened 40 stores in 2023": the year is the total's, and meets no event's year
    (a relative date, "added 40 stores last year", may still meet it: docs/compare.md)."""
    years = [f for f in compare(a, b).findings if f.a.kind is Kind.YEAR]
    assert [f for f in years if f.label != "relative date"] == []
