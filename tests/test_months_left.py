"""Months named alone left over, against the other text's month or day (docs/compare.md,
"Months alone"): paired where one holds or equals the other and nothing says they are two
facts' months."""

from __future__ import annotations

import pytest

from claimdiff import compare
from claimdiff.extract import extract
from claimdiff.extract.months import is_month_alone
from claimdiff.lexicon import get_lexicon
from claimdiff.month_scopes import MAX_LEFT, months_left, said_relative
from claimdiff.verdict import judge

PAIRED = [
    (
        "The fair will return in August with 150 stallholders booked.",
        "The fair will open on 11 August, the council said.",
        "August",
        "compatible",
    ),
    (
        "Retail sales volumes fell 1.2% in March.",
        "Shoppers cut spending in March, with retail volumes down 1.2%.",
        "March",
        "agree",
    ),
]

APART = [
    # Two different months left over may be two events' months.
    ("The man was stabbed in May outside a bar.", "Sentencing is due in January, the court heard."),
    # Two months of two figures paired apart.
    (
        "Exports rose 3% in May. Imports fell 2%.",
        "Imports dropped 2% in May, while exports gained 3%.",
    ),
    # A month placed relative to the writing need not be the other's year.
    (
        "New car sales rose 8% in November.",
        "Registrations were up from 141,000 in November last year.",
    ),
]


@pytest.mark.parametrize(("a", "b", "month", "verdict"), PAIRED)
def test_the_storys_month_pairs(a: str, b: str, month: str, verdict: str) -> None:
    found = [f for f in compare(a, b).findings if f.a.text == month]
    assert [f.verdict.value for f in found] == [verdict]


@pytest.mark.parametrize(("a", "b"), APART)
def test_two_facts_months_stay_apart(a: str, b: str) -> None:
    months = [f for f in compare(a, b).findings if f.a.kind.value == "date"]
    assert months == []


@pytest.mark.parametrize(
    ("text", "relative"),
    [
        ("up from 141,000 in November last year.", True),
        ("Sales were weak last November.", True),
        ("Sales rose in November, the body said.", False),
        ("The fair returns in August next year.", True),
    ],
)
def test_said_relative(text: str, relative: bool) -> None:
    lex = get_lexicon("en")
    months = [c for c in extract(text) if c.kind.value == "date"]
    assert len(months) == 1
    assert said_relative(text, months[0], lex) is relative


@pytest.mark.parametrize(("others", "paired"), [(0, 1), (MAX_LEFT - 1, 1), (MAX_LEFT, 0)])
def test_a_list_of_dates_is_not_judged_pair_by_pair(others: int, paired: int) -> None:
    """Past MAX_LEFT days or months left over in a text, no month is paired this way: a
    list of dates is no story's one month, and judging it pair by pair is quadratic."""
    lex = get_lexicon("en")
    a = "The fair returns in August with 150 stalls. " + " ".join(
        f"Crew {k} left port on {k % 28 + 1} January." for k in range(others)
    )
    b = "The fair opens on 11 August."
    claims_a, claims_b = extract(a), extract(b)
    found = months_left(
        (claims_a, claims_b),
        ({}, {}),
        [],
        lambda c: is_month_alone(c, lex),
        lambda x, y: judge(x, y, {}),
        lambda side, c: False,
    )
    assert len(found) == paired
