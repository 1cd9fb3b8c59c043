"""A run counted by an ordinal (claimdiff.extract.streaks; docs/claims.md, "Runs")."""

from __future__ import annotations

import pytest

from claimdiff import compare, extract
from claimdiff.model import Kind


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        (
            "Temperatures topped 40C for the 14th consecutive day.",
            "14th consecutive day",
            14,
            "day",
        ),
        ("London baked through a sixth straight day above 30C.", "sixth straight day", 6, "day"),
        ("Prices fell for the third month in a row.", "third month", 3, "month"),
        ("It was the fourth straight monthly fall.", "fourth straight monthly fall", 4, "month"),
        ("Braemar froze for a 10th consecutive night.", "10th consecutive night", 10, "day"),
        (
            "Farmers blocked roads for a fifth consecutive weekend.",
            "fifth consecutive weekend",
            5,
            "week",
        ),
        ("Workers walked out for a fifth day.", "fifth day", 5, "day"),
        ("It rained for an eighth day running.", "eighth day", 8, "day"),
    ],
)
def test_run_of_time(text: str, surface: str, value: int, unit: str) -> None:
    runs = [c for c in extract(text) if c.kind is Kind.DURATION]
    assert [(c.text, c.quantity.value, c.quantity.unit) for c in runs] == [  # type: ignore[union-attr]
        (surface, value, unit)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "She finished 14th in the final.",
        "Sales rose in the third quarter.",
        "The union staged its 11th walkout since March.",
        "United won a ninth straight game.",  # a run of things: not read (docs/claims.md)
        "They live in a third-floor flat.",
        "A fifth of a day was lost.",  # a share of a day, as written
    ],
)
def test_no_run_of_time(text: str) -> None:
    runs = [c for c in extract(text) if c.kind is Kind.DURATION and c.quantity.value >= 1]  # type: ignore[union-attr]
    assert runs == []


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        (
            "Temperatures topped 40C in Seville for the 14th consecutive day.",
            "Seville has now sweltered above 40C for 12 days in a row.",
            "conflict",
        ),
        (
            "Prices fell for the third month in a row in March.",
            "March marked a third consecutive monthly fall in prices.",
            "agree",
        ),
    ],
)
def test_runs_compared(a: str, b: str, verdict: str) -> None:
    found = [f for f in compare(a, b).findings if f.a.kind is Kind.DURATION]
    assert [f.verdict.value for f in found] == [verdict]
