"""A range of ages in months, weeks or days after "aged" (claimdiff/extract/ages.py)."""

from __future__ import annotations

import pytest

from claimdiff import compare, extract


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("The trial enrolled babies aged 6 to 12 months.", 6, 12, "month"),
        ("Infants aged six to 18 months were given the jab.", 6, 18, "month"),
        ("Puppies aged 8-12 weeks are sold there.", 8, 12, "week"),
        ("Children aged 2 to 4 years took part.", 2, 4, "year"),
        ("Volunteers aged 19 to 25 were paid.", 19, 25, "year"),
    ],
)
def test_one_range_of_ages_in_the_unit_after_it(text: str, low: int, high: int, unit: str) -> None:
    ages = [c for c in extract(text) if c.kind.value == "age"]
    assert len(ages) == 1, [(c.text, c.kind.value) for c in extract(text)]
    q = ages[0].quantity
    assert q is not None
    assert (q.low, q.high, q.unit) == (low, high, unit)
    # No length of time is read beside it: "12 months" is the range's end.
    assert not [c for c in extract(text) if c.kind.value == "duration"]


def test_a_range_in_months_meets_an_age_in_years() -> None:
    a = "The study followed 900 children aged five to 30 months in Ghana."
    b = "Around 900 children under three took part in the Ghanaian study."
    ages = [f for f in compare(a, b).findings if f.a.kind.value == "age"]
    assert [(f.a.text, f.b.text, f.verdict.value) for f in ages] == [
        ("aged five to 30 months", "under three", "compatible")
    ]
