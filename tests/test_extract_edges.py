"""Readings a review found wrong in this round's rules, each written as a reader would
read it: counts after month parts and after label nouns, a fraction before a hyphened
scale, nouns WordNet does not know, subjects past a clause, and labels that are no
figures (docs/claims.md)."""

from __future__ import annotations

import pytest

import claimdiff


@pytest.mark.parametrize(
    ("text", "surface", "kind", "noun"),
    [
        ("In mid-March 300 workers were laid off.", "300", "count", "workers"),
        ("The council has changed the route 4 times since 2019.", "4", "count", "times"),
        ("Rents in London where demand is highest rose by 8%.", "8%", "percent", "rents"),
        ("The government will invest £5bn over five years to 2030.", "five", "duration", None),
        ("The festival runs from 3 to 5 June.", "3", "date", None),
        ("The work will take an extra year and a half.", "extra", "duration", None),
        ("A third of a billion-dollar budget was cut.", "billion", "money", "budget"),
        ("The scheme funds 120 youth carers each year.", "120", "count", "carers"),
        ("It seized 3,000 counterfeit vapes.", "3,000", "count", "vapes"),
        ("It kept 900 cattle indoors instead.", "900", "count", "cattle"),
        ("The head of the IMF said growth would fall to 2.5%.", "2.5%", "percent", "growth"),
        ("Economists at the bank forecast that rates will fall to 3.5%.", "3.5%", "percent",
         "rates"),
        ("The proportion of adults in Wales who smoke has fallen to 13%.", "13%", "percent",
         "adults"),
        # A group named by its age is an age, not a length of time.
        ("Uptake among five-year-olds has dropped to 84%.", "five", "age", None),
        ("Police arrested two 14-year-olds on Friday.", "14", "age", None),
        # A number hung before "and" or "or" takes the unit of the figure after it.
        ("16- and 17-year-olds will be able to vote.", "16", "age", None),
        ("The bank sold 5- and 10-year bonds.", "5", "duration", "bonds"),
        ("Prices of 2- or 3-litre bottles rose.", "2", "measure", "bottles"),
        # A count hyphened to its noun after a capitalised possessive is no model name.
        ("Equinor's 45-turbine wind farm will open in 2031.", "45", "count", "turbine"),
        # A magnitude joined by a hyphen is read as it is spaced.
        ("A magnitude-5.8 earthquake struck at dawn.", "5.8", "count", "earthquake"),
        # An acronym in capitals before the noun is no plural that ends the phrase.
        ("Ambulance staff at 11 NHS trusts walked out.", "11", "count", "trusts"),
        ("More than 300 SES volunteers responded.", "300", "count", "volunteers"),
        # A verb's contracted negation after a figure is no noun.
        ("About 1,000 don't have power.", "1,000", "count", None),
        ("Some 300 people's homes were flooded.", "300", "count", "people"),
    ],
)  # fmt: skip
def test_reading(text: str, surface: str, kind: str, noun: str) -> None:
    k = text.index(surface)
    over = [c for c in claimdiff.extract(text) if c.span[0] < k + len(surface) and k < c.span[1]]
    assert [(c.kind.value, c.noun) for c in over] == [(kind, noun)], over


@pytest.mark.parametrize(
    "text",
    [
        "The crash on the M25 at junction 10.",
        "Traffic was held at junction 10 overnight.",
        "Only the top level 5 students passed.",
        "A No 10 spokesman said.",
        "No 10 said the claims were false.",
        "The iPhone 15 sold out.",
        # A verb of giving with two objects: the name and its noun are the one given to.
        "The upgrade gives Windows 11 users more control.",
        "Microsoft will give Windows 10 users free upgrades.",
    ],
)
def test_label_is_no_figure(text: str) -> None:
    assert [c.text for c in claimdiff.extract(text)] == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # A verb of giving, a name, a number and what it counts: a count given to the name.
        ("Final results give Labor 14 seats in the parliament.", "14 seats"),
        ("Polls gave Labour 40 seats.", "40 seats"),
        ("They handed Airbus 40 orders in March.", "40 orders"),
    ],
)
def test_count_given_to_a_name(text: str, surface: str) -> None:
    assert [c.text for c in claimdiff.extract(text) if c.kind.value == "count"] == [surface]


@pytest.mark.parametrize(
    "text",
    [
        "They marked the twenty-fifth anniversary of the school.",
        "It was the thirty-third time the bridge had closed.",
        "She celebrated her twenty fifth birthday.",
        "It was their twenty-second win in a row.",
    ],
)
def test_ordinals_in_words_count_nothing(text: str) -> None:
    """A word of tens joined to an ordinal ("twenty-fifth") is no count: not twenty
    fifths (4), nor the ordinal's value; it may be a place in a series, read whole
    (docs/claims.md, "Ordinals"): "the twenty-fifth anniversary" is the 25th."""
    claims = claimdiff.extract(text)
    assert [c for c in claims if not c.ordinal] == []
    assert all(c.quantity is not None and c.quantity.value in (22, 25, 33) for c in claims)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Twenty fifths make four whole ones.", 4.0),
        ("Two thirds voted yes.", 2 / 3 * 100),
    ],
)
def test_fractions_in_words_still_read(text: str, value: float) -> None:
    claim = claimdiff.extract(text)[0]
    assert claim.quantity is not None and claim.quantity.value == pytest.approx(value)
