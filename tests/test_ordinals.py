"""Ordinals read as places in a series, finishes and ranks (docs/claims.md, "Ordinals")."""

from __future__ import annotations

import pytest

from claimdiff import Verdict, compare, extract
from claimdiff.model import ORDINAL, RANK
from claimdiff.reasons import ordinal


def _ordinals(text: str) -> list[tuple[str, float | None, str | None, str | None]]:
    return [
        (c.text, c.quantity.value, c.unit, c.noun)
        for c in extract(text)
        if c.ordinal and c.quantity is not None
    ]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "It is the fourth measles outbreak in Cumbria.",
            [("fourth measles outbreak", 4, ORDINAL, "outbreak")],
        ),
        (
            "Staff staged their 11th walkout since March.",
            [("11th walkout", 11, ORDINAL, "walkout")],
        ),
        ("It was the club's 14th league title.", [("14th league title", 14, ORDINAL, "title")]),
        ("It was the fourth such warning.", [("fourth such warning", 4, ORDINAL, "warning")]),
        ("He rode his 2,000th winner.", [("2,000th winner", 2000, ORDINAL, "winner")]),
        ("A third person has died.", [("third person", 3, ORDINAL, "person")]),
        (
            "The 77th Cannes Film Festival opens.",
            [("77th Cannes Film Festival", 77, ORDINAL, "festival")],
        ),
        ("It was the county's fifth in a year.", [("county's fifth", 5, ORDINAL, None)]),
        ("It was the ninth in the city.", [("ninth", 9, ORDINAL, None)]),
        ("She finished third in the final.", [("finished third", 3, ORDINAL, "place")]),
        ("She came 5th.", [("came 5th", 5, ORDINAL, "place")]),
        ("It was England's second Test defeat.", [("second Test defeat", 2, ORDINAL, "defeat")]),
        ("He ended up taking third place.", [("taking third place", 3, ORDINAL, "place")]),
        ("It was the second-warmest June on record.", [("second-warmest June", 2, RANK, "june")]),
        (
            "Nordbank, Denmark's second-largest lender, agreed.",
            [("second-largest lender", 2, RANK, "lender")],
        ),
    ],
)
def test_read(text: str, read: list[tuple[str, float, str, str | None]]) -> None:
    """An ordinal after a determiner, a possessive or a verb of finishing is a place."""
    assert _ordinals(text) == read


@pytest.mark.parametrize(
    "text",
    [
        "The fire started on the third floor.",
        "He scored in the 67th minute.",
        "She birdied the 14th hole.",
        "Sales fell in the fourth quarter.",
        "It was a fourth quarter decline in sales.",
        "He faces a charge of first-degree murder.",
        "It is the first time in 20 years.",
        "a third of the staff",
        "on the 4th of July",
        "the third-floor flat",
        "It was the second day of the strike.",
        "He drove in third gear.",
        "He scored in the 89th min.",
        "She won by a second ahead of Lund.",
    ],
)
def test_not_read(text: str) -> None:
    """Storeys, minutes, holes, parts of a year, hyphened words, shares, dates, "first"
    and ordinals with no determiner are no places in a series."""
    assert _ordinals(text) == []


@pytest.mark.parametrize(
    ("a", "b", "verdict", "reason"),
    [
        (
            "It was the ninth farm death this year, the HSE said.",
            "The HSE said it was the tenth farm fatality of the year.",
            Verdict.CONFLICT,
            "the 9th against the 10th",
        ),
        (
            "Staff staged their 12th strike since March.",
            "It was the twelfth walkout since March.",
            Verdict.AGREE,
            "the same figure",
        ),
        (
            "She finished third in the final.",
            "She came fourth in the final.",
            Verdict.CONFLICT,
            "the 3rd against the 4th",
        ),
    ],
)
def test_compared(a: str, b: str, verdict: Verdict, reason: str) -> None:
    """Two ordinals of one series are compared, with a reason that names the places."""
    found = [f for f in compare(a, b).findings if f.a.ordinal]
    assert len(found) == 1
    assert found[0].b.ordinal
    assert found[0].verdict is verdict
    assert reason in found[0].reason


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # An ordinal is no rival to a count, nor a rank to a place in a series.
        ("It was the ninth death on the roads this year.", "Nine people died on the roads."),
        (
            "Nordbank, Denmark's second-largest lender, agreed to buy Hvid Liv.",
            "The deal is Nordbank's third acquisition this year.",
        ),
    ],
)
def test_kept_apart(a: str, b: str) -> None:
    """Ordinals meet only ordinals, and ranks only ranks."""
    for f in compare(a, b).findings:
        assert not (f.a.ordinal or f.b.ordinal), f.reason


def test_year_after_an_ordinal_stays_a_fact() -> None:
    """An ordinal takes no period: the year after "a second term" is compared."""
    report = compare(
        "Gov. Ruiz was first elected in 2010 and re-elected in 2014 by 12 points.",
        "Ruiz, who won in 2006, secured a second term in 2014 by a 12-point margin.",
    )
    years = {(f.a.text, f.b.text): f.verdict for f in report.findings}
    assert years.get(("2014", "2014")) is Verdict.AGREE


@pytest.mark.parametrize(
    ("n", "written"),
    [
        (1, "1st"),
        (2, "2nd"),
        (3, "3rd"),
        (4, "4th"),
        (11, "11th"),
        (12, "12th"),
        (13, "13th"),
        (21, "21st"),
        (112, "112th"),
        (2000, "2,000th"),
    ],
)
def test_ordinal_written(n: int, written: str) -> None:
    assert ordinal(n) == written
