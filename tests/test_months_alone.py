"""Months named alone (claimdiff.extract.months): a capitalised month after a word of
time is a date spanning its days; names, modal verbs and nouns that look like months
are none (docs/claims.md, "Months alone")."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import claimdiff
from claimdiff.extract.months import months_alone
from claimdiff.extract.year_parts import month_places
from claimdiff.lexicon import get_lexicon
from claimdiff.model import Kind
from claimdiff.text import Lowered

MONTHS = [
    ("Payments begin in June.", "June", (601, 630)),
    ("The plant will close from March.", "March", (301, 331)),
    ("Talks have stalled since January.", "January", (101, 131)),
    ("The vote is expected by September, officials said.", "September", (901, 930)),
    ("The rates stay frozen until December.", "December", (1201, 1231)),
    ("Building work begins next April.", "April", (401, 430)),
    ("In August, the river burst its banks.", "August", (801, 831)),
    ("Sales fell 2% in November, the group said.", "November", (1101, 1130)),
    ("Rents were frozen until February.", "February", (201, 229)),
    ("The scheme begins in\nJune.", "June", (601, 630)),
    ("The lease ends in May when the tenants leave.", "May", (501, 531)),
]
NOT_MONTHS = [
    ("Theresa May met the union leaders.", "May"),
    ("Prices may rise again in the spring.", "may"),
    ("Thousands joined a march in London.", "march"),
    ("It is an august institution.", "august"),
    ("A tribute to June Brown was paid in the village.", "June"),
    ("The tribute was paid in June Brown's village.", "June"),
    ("In May's speech the cuts were defended.", "May"),
    ("He spoke to June about the plans.", "June"),
    ("Profits for the year to March were flat.", "March"),
    ("Since May took office, the party has lost 12 seats.", "May"),
    ("A vote of no confidence in May was tabled by Labour.", "May"),
    ("The deal was backed by May and her cabinet.", "May"),
]


@pytest.mark.parametrize(("text", "surface", "days"), MONTHS, ids=[m[1] for m in MONTHS])
def test_month_alone_is_a_date_of_its_days(text: str, surface: str, days: tuple[int, int]) -> None:
    """The month is a date claim spanning its days (MMDD), with no direction of its own."""
    found = [c for c in claimdiff.extract(text) if c.text == surface]
    assert len(found) == 1, claimdiff.extract(text)
    c = found[0]
    assert c.kind is Kind.DATE and c.quantity is not None
    assert (c.quantity.low, c.quantity.high) == days
    assert c.direction is None


@pytest.mark.parametrize(("text", "word"), NOT_MONTHS, ids=[t for t, _ in NOT_MONTHS])
def test_look_alikes_are_no_months(text: str, word: str) -> None:
    """A name, a verb, a noun, or a month with no word of time before it, is no date."""
    assert [c for c in claimdiff.extract(text) if c.kind is Kind.DATE and word in c.text] == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [("It opened in March 2024.", "March 2024"), ("The trial opens in mid-March.", "mid-March")],
)
def test_a_month_with_more_is_read_as_before(text: str, surface: str) -> None:
    """A month with a year or a part of the month stays one date, not a month alone."""
    assert [c.text for c in claimdiff.extract(text) if c.kind is Kind.DATE] == [surface]


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        ("Payments begin in June.", "The first payments go out in July.", "conflict"),
        ("Work starts in May.", "Building begins in May.", "agree"),
        ("The trial opens in March.", "The trial opens on March 3.", "compatible"),
        (
            "Unemployment fell to 6.4% in March, Eurostat said.",
            "The jobless rate edged down to 6.4 per cent in February.",
            "conflict",
        ),
        ("House prices rose 2.1% in June.", "Home values climbed 2.1% in July.", "conflict"),
    ],
)
def test_months_compared(a: str, b: str, verdict: str) -> None:
    """Two months alone, or a month and a date in it, are compared like dates; a month
    dating a figure is compared when the figures pair."""
    months = [f for f in claimdiff.compare(a, b).findings if f.a.kind is Kind.DATE]
    assert [f.verdict.value for f in months] == [verdict]


def test_month_across_a_clause_dates_no_figure() -> None:
    """A month in another clause than the figure is not its period: no months compared."""
    a = "The council approved the budget in February and says council tax will rise by 4.99%."
    b = "Council tax bills will go up 4.99 per cent from April, the authority confirmed."
    found = claimdiff.compare(a, b).findings
    assert [f.a.kind for f in found] == [Kind.PERCENT]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Inflation was 5.4% in September, a 0.5 percentage point jump from August.",
            "Inflation rose by 0.5 percentage points in September, to 5.4%.",
        ),
        (
            "German exports fell in March, by 2.3% from February.",
            "German exports fell 2.3% in March.",
        ),
        ("Sales were up 3% on March in April.", "Sales rose 3% in April."),
    ],
)
def test_a_base_month_dates_no_change(a: str, b: str) -> None:
    """A month a change is measured from ("a jump from August") is no month the change
    happened in: the changes agree and no two months conflict."""
    found = claimdiff.compare(a, b).findings
    assert found and all(f.verdict.value != "conflict" for f in found)
    assert not [f for f in found if f.a.kind is Kind.DATE and f.a.text != f.b.text]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # With no other month, "from" says when the change begins.
        ("Energy bills will rise 10% from October.", "Energy bills will rise 10% from January."),
        ("The 5% pay rise takes effect from April.", "The 5% pay rise takes effect from July."),
    ],
)
def test_a_month_a_change_begins_is_compared(a: str, b: str) -> None:
    found = claimdiff.compare(a, b).findings
    assert [f.verdict.value for f in found if f.a.kind is Kind.DATE] == ["conflict"]


def test_months_from_their_places_are_the_searches() -> None:
    """Read from the places year_parts finds the months' names at, the months named alone
    are those one search of each name finds (claimdiff.extract.months.months_alone)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    import fresh

    lex = get_lexicon("en")
    texts = [t for t, *_ in MONTHS] + [t for t, _ in NOT_MONTHS] + fresh.news(60_000, 5)
    texts += ["JUNE in June, june; in MayMay in Mayor, in Junes, in Septembers in October"]
    for text in texts:
        places = month_places(lex, Lowered(text))
        assert places is not None
        assert months_alone(text, lex, places) == months_alone(text, lex)
    assert month_places(lex, Lowered("in June İ")) is None  # lower case moves offsets
