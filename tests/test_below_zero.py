"""A temperature said "below zero" is that far below zero (claimdiff/extract/below_zero.py;
docs/claims.md, "Measures, percent, time")."""

from __future__ import annotations

import pytest
from growth import growth

from claimdiff import compare, extract

# (text, language, the claims' words and values)
READINGS = [
    ("Temperatures fell to 5C below zero.", "en", [("5C below zero", -5.0)]),
    ("It was 20 degrees below zero.", "en", [("20 degrees below zero", -20.0)]),
    ("It was 5C below freezing.", "en", [("5C below freezing", -5.0)]),
    # Freezing is zero on one scale only: 14F below freezing is 18F, left as written.
    ("It was 14F below freezing.", "en", [("14F", 14.0)]),
    ("It was 5C, below the average.", "en", [("5C", 5.0)]),
    ("It was -5C below zero.", "en", [("-5C", -5.0)]),
    ("Es war 5 Grad unter null.", "de", [("5 Grad unter null", -5.0)]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), READINGS, ids=[r[0] for r in READINGS])
def test_below_zero(text: str, lang: str, expected: list[tuple[str, float]]) -> None:
    claims = [c for c in extract(text, lang=lang) if c.quantity is not None and c.quantity.value]
    assert [(c.text, c.quantity.value) for c in claims if c.quantity] == expected
    assert all(text[c.span[0] : c.span[1]] == c.text for c in claims)


def test_compare_meets_below_zero_and_a_minus_sign() -> None:
    (found,) = compare("Temperatures fell to 5C below zero.", "Temperatures fell to -5C.").findings
    assert found.verdict.value == "agree", found.reason


def test_many_temperatures_below_zero_cost_linear_time() -> None:
    # Each temperature's "below zero" is dropped by a look-up, not a scan of every claim.
    def work(n: int) -> object:
        return extract("It was 5C below zero. " * n)

    assert growth(work, small=200) < 12  # linear: at most 8 and fixed costs; quadratic: ~64
