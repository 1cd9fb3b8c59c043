"""How precisely a figure is written, and how it is read when compared across units
(docs/claims.md, "Precision"; docs/compare.md, "Verdicts").

A whole number and a fraction is rounded to the fraction's part, at most ±5%; a number in
words is read as its digits would be; a count, length of time or age read as exactly
itself is rounded to its last written part when compared across units, at most ±20%."""

from __future__ import annotations

import pytest

import claimdiff
from claimdiff.conversions import with_rounding
from claimdiff.extract.numbers import denominator
from claimdiff.model import Kind, Qualifier, Quantity


def _read(text: str) -> tuple[str, float | None, float | None]:
    (claim,) = [c for c in claimdiff.extract(text) if c.quantity is not None]
    assert claim.quantity is not None
    return claim.text, claim.quantity.low, claim.quantity.high


@pytest.mark.parametrize(
    ("words", "digits"),
    [
        ("It cost twenty million pounds.", "It cost 20 million pounds."),
        ("It cost one hundred and twenty million dollars.", "It cost $120 million."),
        ("It cost forty billion euros.", "It cost 40 billion euros."),
        ("Three thousand fans came.", "3,000 fans came."),
        ("Fares rose twenty per cent.", "Fares rose 20 per cent."),
        ("The trail is forty miles.", "The trail is 40 miles."),
        ("They drew two point five million visitors.", "They drew 2.5 million visitors."),
        ("It cost two point five thousand million pounds.", "It cost 2.5 thousand million pounds."),
        ("It was a two point five million-dollar deal.", "It was a 2.5 million-dollar deal."),
        ("It cost three and a half million pounds.", "It cost 3½ million pounds."),
        ("The trail is two and a quarter miles.", "The trail is 2 1/4 miles."),
        # A count in dozens or scores, as its figure and the word: a round figure.
        ("Two dozen people were arrested.", "2 dozen people were arrested."),
        ("Three dozen firefighters came.", "3 dozen firefighters came."),
        ("Four score boats sailed.", "4 score boats sailed."),
    ],
)
def test_words_read_as_their_digits(words: str, digits: str) -> None:
    assert _read(words)[1:] == pytest.approx(_read(digits)[1:])


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("It cost two and a half million pounds.", 2.375e6, 2.625e6),  # ±a quarter million
        ("It weighs nine and a half tonnes.", 9.25, 9.75),
        ("Rates are four and a quarter per cent.", 4.125, 4.375),  # ±an eighth
        ("The trail is 3½ miles long.", 3.325, 3.675),  # the ±5% cap, under ±0.25
        ("It was 3 million and a half dollars.", 3.325e6, 3.675e6),
        ("It took six and a half hours.", 6.5, 6.5),  # a time: rounded across units only
        ("The boy, aged 4 and a half, was found.", 4.5, 4.5),  # an age too
        ("Add 3/4 cup of milk.", 0.75, 0.75),  # a fraction alone
    ],
)
def test_a_fraction_is_rounded_to_its_part(text: str, low: float, high: float) -> None:
    assert _read(text)[1:] == pytest.approx((low, high))


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Two dozen people were arrested.", 22.8, 25.2),  # at most ±5%
        ("A dozen schools closed.", 11.4, 12.6),
        ("Two hundred people were arrested.", 200, 200),  # a count below 1,000 is exact
        ("Twenty-four people were arrested.", 24, 24),
    ],
)
def test_dozens_are_round(text: str, low: float, high: float) -> None:
    assert _read(text)[1:] == pytest.approx((low, high))


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The flight took an hour and a quarter.", "an hour and a quarter", 1.25),
        ("The works took a year and three quarters.", "a year and three quarters", 1.75),
        ("The talks lasted two hours and a half.", "two hours and a half", 2.5),
        ("The talks lasted 2 hours and a half.", "2 hours and a half", 2.5),
        ("It took 3 hours and cost 5 pounds.", "3 hours", 3.0),
        ("Inflation rose 4 and a half per cent.", "4 and a half per cent", 4.5),
        ("He is 4 and a half years old.", "4 and a half years old", 4.5),
        ("They cut 4 and a third of the jobs.", "4", 4.0),  # the third is a share
        ("It took a year and a half of building work.", "a year and a half", 1.5),
        ("The concert ran for three hours and a half-hour encore.", "three hours", 3.0),
        ("They sold 4 and a half-dozen eggs.", "4", 4.0),
        ("It ran a year-and-a-half-long inquiry.", "a year-and-a-half", 1.5),
    ],
)
def test_a_part_joined_by_and(text: str, surface: str, value: float) -> None:
    claim = claimdiff.extract(text)[0]
    assert claim.quantity is not None
    assert (claim.text, claim.quantity.value) == (surface, pytest.approx(value))


def _exact(v: float, unit: str) -> Quantity:
    return Quantity(v, v, v, unit, Qualifier.EXACT)


@pytest.mark.parametrize(
    ("q", "open_half", "low", "high"),
    [
        (_exact(6.0, "hour"), False, 5.5, 6.5),  # a whole figure: its last digit
        (_exact(1.0, "hour"), False, 0.8, 1.2),  # ...at most ±20%
        (_exact(6.5, "hour"), False, 6.25, 6.75),  # a half: ±a quarter
        (_exact(0.75, "hour"), False, 0.625, 0.875),  # a quarter: ±an eighth
        (_exact(1 / 3, "day"), False, 1 / 3 * 0.8, 1 / 3 * 1.2),  # a third, capped
        (_exact(3.0, "year"), True, 3 - 0.5 * (1 - 1e-6), 3 + 0.5 * (1 - 1e-6)),  # half left out
        (_exact(2.0, "year"), True, 1.6, 2.4),  # ...and within ±20%
        (_exact(0.3, "hour"), False, 0.3, 0.3),  # no part a writer rounds to
        (Quantity(1.9, 2.1, 2.0, "hour", Qualifier.EXACT), False, 1.9, 2.1),  # read already
        (Quantity(0.85, 1.15, 1.0, "hour", Qualifier.APPROXIMATE), False, 0.85, 1.15),  # hedged
    ],
)
def test_with_rounding(q: Quantity, open_half: bool, low: float, high: float) -> None:
    got = with_rounding(q, Kind.DURATION, open_half=open_half)
    assert (got.low, got.high) == (pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize(
    ("q", "low", "high"),
    [
        (Quantity(2.85, 3.15, 3.0, "kilometer", Qualifier.EXACT), 2.7, 3.3),  # ±10% < ±0.5
        (Quantity(11.5, 12.5, 12.0, "mile", Qualifier.EXACT), 11.5, 12.5),  # "12 miles" as read
        (Quantity(18.5, 19.5, 19.0, "kilometer", Qualifier.EXACT), 18.5, 19.5),  # its digit
        (Quantity(3.55, 3.65, 3.6, "mile", Qualifier.EXACT), 3.55, 3.65),  # "3.6": its tenth
    ],
)
def test_a_measure_across_units(q: Quantity, low: float, high: float) -> None:
    got = with_rounding(q, Kind.MEASURE)
    assert (got.low, got.high) == (pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        ("The bag weighs 2kg.", "The bag weighs 5.2 pounds.", "conflict"),
        ("The walk is 1 mile.", "The walk is 1.9km.", "conflict"),
        ("The zone is 3km wide.", "The zone is two miles wide.", "agree"),
        ("The fare is $3.", "The fare is £2.60.", "conflict"),
        ("The outage lasted half an hour.", "The outage lasted 32 minutes.", "agree"),
        ("The outage lasted half an hour.", "The outage lasted 40 minutes.", "conflict"),
        ("The flight took an hour and a quarter.", "The flight took 80 minutes.", "agree"),
        ("The flight took an hour and a quarter.", "The flight took 90 minutes.", "conflict"),
        ("The boy, aged 2, was found safe.", "The 30-month-old boy was found safe.", "agree"),
        ("The baby, aged 1, was hurt.", "The 11-month-old baby was hurt.", "conflict"),
        ("It costs 50 cents.", "It costs 45p.", "conflict"),
        (
            "The museum drew two million visitors.",
            "The museum drew 2.04 million visitors.",
            "agree",
        ),
    ],
)
def test_verdicts_across_units(a: str, b: str, verdict: str) -> None:
    (finding,) = [f for f in claimdiff.compare(a, b).findings if f.a and f.b]
    assert finding.verdict.value == verdict, finding.reason


def test_an_age_under_a_year_apart_is_said_in_months() -> None:
    (finding,) = claimdiff.compare(
        "The baby, aged 1, was hurt.", "The 11-month-old baby was hurt."
    ).findings
    assert finding.reason.endswith("1 month apart (B's figure converted from month)")


@pytest.mark.parametrize(
    ("part", "den"), [(0.5, 2), (0.375, 8), (2 / 3, 3), (0.1, 10), (0.3, 10), (0.123, 0)]
)
def test_denominator(part: float, den: int) -> None:
    assert denominator(part) == den


def test_an_age_in_years_is_a_floor() -> None:
    got = with_rounding(_exact(2.0, "year"), Kind.AGE)
    assert (got.low, got.high) == (2.0, pytest.approx(3.0, abs=1e-5))
    assert got.high < 3.0
