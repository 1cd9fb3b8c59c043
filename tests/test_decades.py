"""A person's decade of life read as an age (claimdiff/extract/decades.py)."""

from __future__ import annotations

import pytest

from claimdiff import Kind, Verdict, compare, extract


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("The victim, in her eighties, was unhurt.", "in her eighties", 80, 89),
        ("A man in his 40s was arrested.", "in his 40s", 40, 49),
        ("A man in his 40's was arrested.", "in his 40's", 40, 49),
        ("She is in her late seventies.", "in her late seventies", 75, 79),
        ("A man in his mid-30s died.", "in his mid-30s", 33, 37),
        ("The pair, in their early twenties, fled.", "in their early twenties", 20, 24),
        ("The victims, in their 20s and 30s, were named.", "in their 20s and 30s", 20, 39),
    ],
)
def test_decade_is_an_age(text: str, surface: str, low: int, high: int) -> None:
    (c,) = [c for c in extract(text) if c.kind is Kind.AGE]
    assert (c.text, c.quantity.low, c.quantity.high) == (surface, low, high)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "Prices in the 1980s rose.",
        "Temperatures were in the forties.",
        "It sold 40s.",
        "The Stones in their sixties pomp played here.",
    ],
)
def test_no_one_s_decade(text: str) -> None:
    assert [c for c in extract(text) if c.kind is Kind.AGE] == []


@pytest.mark.parametrize(
    ("b", "verdict"),
    [
        ("The 91-year-old woman was robbed.", Verdict.CONFLICT),
        ("The woman, 84, was robbed.", Verdict.COMPATIBLE),
    ],
)
def test_decade_against_an_age(b: str, verdict: Verdict) -> None:
    (f,) = compare("A woman in her eighties was robbed.", b).findings
    assert f.verdict is verdict
