"""A negation before "more than" or "fewer than" turns the bound over
(claimdiff/extract/negated_bounds.py; docs/claims.md, "Negated bounds")."""

from __future__ import annotations

import pytest

from claimdiff import compare, extract

# (text, the claim's words, its qualifier, its low, its high)
READINGS = [
    ("The project will not cost more than £5m.", "not cost more than £5m", "at_most", 0, 5e6),
    (
        "No single venue can receive more than £150,000.",
        "No single venue can receive more than £150,000",
        "at_most",
        0,
        150_000,
    ),
    (
        "Nobody was paid more than £50,000 last year.",
        "Nobody was paid more than £50,000",
        "at_most",
        0,
        50_000,
    ),
    (
        "The storm did not bring more than 20mm of rain.",
        "not bring more than 20mm",
        "at_most",
        0,
        20,
    ),
    ("There were not fewer than 300 people.", "not fewer than 300 people", "at_least", 300, None),
    ("It won't take longer than two weeks.", "won't take longer than two weeks", "at_most", 0, 2),
    ("Wages never rose above 2% a year.", "never rose above 2%", "at_most", 0, 2),
    # Traps: the negation is another clause's, a report's, or a sign.
    (
        "It is not known whether more than 100 people died.",
        "more than 100 people",
        "more_than",
        100,
        None,
    ),
    (
        "Not only did more than 2,000 people attend.",
        "more than 2,000 people",
        "more_than",
        2000,
        None,
    ),
    (
        "Police did not confirm reports that more than 40 were hurt.",
        "more than 40",
        "more_than",
        40,
        None,
    ),
    (
        "A No 10 spokesman said more than 40 MPs attended.",
        "more than 40 MPs",
        "more_than",
        40,
        None,
    ),
    (
        "The firm did not say why, but more than 300 jobs will go.",
        "more than 300 jobs",
        "more_than",
        300,
        None,
    ),
    # A preposition or an article between: the negation governs the phrase, not the bound.
    (
        "He has not been seen for more than two weeks.",
        "more than two weeks",
        "more_than",
        2,
        None,
    ),
    (
        "None of the more than 150 passengers was hurt.",
        "more than 150 passengers",
        "more_than",
        150,
        None,
    ),
    # A hedge that holds its negation is the table's own.
    ("No more than 12 guests may attend.", "No more than 12 guests", "at_most", 0, 12),
]


@pytest.mark.parametrize(
    ("text", "words", "qualifier", "low", "high"), READINGS, ids=[r[0][:44] for r in READINGS]
)
def test_a_negation_turns_a_bound_over(
    text: str, words: str, qualifier: str, low: float, high: float | None
) -> None:
    (claim,) = [
        c for c in extract(text) if c.quantity is not None and c.quantity.qualifier.value != "exact"
    ]
    assert claim.quantity is not None
    assert claim.quantity.qualifier.value == qualifier
    assert (claim.quantity.low, claim.quantity.high) == (low, high)
    # The claim runs from the negation, so its words say what it states.
    assert claim.text == words
    assert text[claim.span[0] : claim.span[1]] == claim.text


# (A, B, the verdict)
PAIRS = [
    (
        "The bridge will not cost more than £5m, the council said.",
        "The bridge will cost £6m, the council said.",
        "conflict",
    ),
    (
        "The bridge will not cost more than £5m, the council said.",
        "The bridge will cost £4.5m, the council said.",
        "compatible",
    ),
    (
        "There were not fewer than 300 people at the rally.",
        "About 250 people were at the rally.",
        "conflict",
    ),
    (
        "It is not known whether more than 100 people died in the quake.",
        "About 80 people died in the quake.",
        "conflict",
    ),
]


@pytest.mark.parametrize(("a", "b", "verdict"), PAIRS, ids=[p[0][:30] + p[2] for p in PAIRS])
def test_compare_judges_a_negated_bound(a: str, b: str, verdict: str) -> None:
    (found,) = compare(a, b).findings
    assert found.verdict.value == verdict, found.reason
