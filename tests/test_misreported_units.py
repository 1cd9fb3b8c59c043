"""One number in two units is one fact with its unit misreported, and "plus" before
another amount adds (docs/compare.md, "Figures left over"; docs/claims.md, "Hedges")."""

from __future__ import annotations

import pytest

from claimdiff import compare, extract


@pytest.mark.parametrize(
    ("a", "b", "verdicts"),
    [
        # The same number, another unit: paired however far apart, a conflict.
        (
            "Flooding left about 12,000 hectares under water.",
            "Roughly 12,000 acres were submerged.",
            ["conflict"],
        ),
        ("The race was 5 miles.", "The race was 5km.", ["conflict"]),
        # Two numbers in two units far apart, no tie between them: two facts.
        ("The farm covers 12,000 hectares.", "The estate covers 2,000 acres.", []),
    ],
)
def test_one_number_in_two_units(a: str, b: str, verdicts: list[str]) -> None:
    assert [f.verdict.value for f in compare(a, b).findings] == verdicts


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        ("He won $50,000 plus a $25,000 bonus.", "$50,000", "exact"),
        ("He earns £80,000 plus expenses.", "£80,000", "exact"),
        ("Homes sell for £500,000 plus.", "£500,000 plus", "at_least"),
        ("Crowds of 10,000 plus, police said.", "10,000 plus", "at_least"),
    ],
)
def test_plus_bounds_only_at_a_clause_end(text: str, surface: str, qualifier: str) -> None:
    (c,) = [c for c in extract(text) if c.text == surface]
    assert c.quantity is not None and c.quantity.qualifier.value == qualifier


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("They live in a 150-square-metre flat.", "meter ** 2"),
        ("a 150-square-foot room", "foot ** 2"),
        ("a 20-square-mile area", "mile ** 2"),
        ("a 150-sq-ft room", "foot ** 2"),
    ],
)
def test_two_word_units_hyphened(text: str, unit: str) -> None:
    """A unit of two words hyphened before a noun is read as the unit."""
    (c,) = extract(text)
    assert c.kind.value == "measure" and c.quantity is not None and c.quantity.unit == unit
