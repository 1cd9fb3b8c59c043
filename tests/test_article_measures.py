"""Measures written with an article (claimdiff.extract.article_measures; docs/claims.md,
"Measures, percent, time")."""

from __future__ import annotations

import pytest

from claimdiff import Kind, Verdict, compare, extract


@pytest.mark.parametrize(
    ("text", "surface", "unit", "low", "high"),
    [
        # A hedge before it, or a word after it that makes it a measure.
        ("About a foot of snow fell on the capital.", "About a foot", "foot", 0.5, 1.5),
        ("More than an inch of rain fell overnight.", "More than an inch", "inch", 1.0, None),
        (
            "Police seized nearly a tonne of methamphetamine.",
            "nearly a tonne",
            "metric_ton",
            0.85,
            1.0,
        ),
        ("The oil slick was a mile long.", "a mile", "mile", 0.95, 1.05),
        ("Hailstones an inch across hit the city.", "an inch", "inch", 0.95, 1.05),
        ("The tower stands a kilometre high.", "a kilometre", "kilometer", 0.95, 1.05),
        # A fraction before it, a part after it.
        ("The fire was half a mile away.", "half a mile", "mile", 0.475, 0.525),
        ("The queue was a mile and a half long.", "a mile and a half", "mile", 1.5, 1.5),
        # A bare number before the article is no price ("$4 a tonne" is).
        (
            "In January 2010 a metre of floodwater filled the streets.",
            "a metre",
            "meter",
            0.95,
            1.05,
        ),
        ("The boy lives a mile away from the school.", "a mile", "mile", 0.95, 1.05),
    ],
)
def test_a_unit_with_an_article_is_one_of_it(
    text: str, surface: str, unit: str, low: float, high: float | None
) -> None:
    (found,) = [c for c in extract(text) if c.kind is Kind.MEASURE]
    assert (found.text, found.unit) == (surface, unit)
    assert found.quantity is not None
    assert found.quantity.low == pytest.approx(low)
    assert (found.quantity.high is None) == (high is None)
    if high is not None:
        assert found.quantity.high == pytest.approx(high)


@pytest.mark.parametrize(
    "text",
    [
        "He hurt a foot in training.",  # no hedge, no word of a measure after it
        "Officers said a foot patrol found him.",
        "Hauliers are paid 45p a mile.",  # what a price is per
        "Wheat sold for $300 a tonne.",
        "The cost of a tonne of wheat rose.",  # what a price is of
        "A litre of unleaded now costs 140p.",  # goods priced by the unit are left alone
        "The Metre of snow was a film.",  # a capitalised unit is a name
        # A review's and a second reader's finds: idioms, the unit a price is quoted by, a
        # meter that is a device.
        "He came within an inch of scoring.",
        "It hit him like a tonne of bricks.",
        "A tonne of carbon dioxide costs 80 euros.",
        "Engineers fitted a meter above the front door.",
        # A fresh reader's: a hedge does not lift an idiom or a price's unit, nor does a
        # currency written with letters or a scale word before the article.
        "He came within about an inch of scoring.",
        "About a tonne of wheat now sells for $180.",
        "Growers get US$300 a tonne of cocoa.",
        "The road cost £1.2 million a mile of carriageway.",
    ],
)
def test_no_measure_is_read(text: str) -> None:
    assert [c.text for c in extract(text) if c.kind is Kind.MEASURE] == []


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # "buried under 30 centimetres of snow" is a depth, no bound: one figure
        # converted, within rounding.
        (
            "About a foot of snow fell on Ottawa.",
            "Ottawa was buried under 30 centimetres of snow.",
            Verdict.AGREE,
        ),
        ("Police seized a tonne of cocaine.", "Officers found 1,000kg of cocaine.", Verdict.AGREE),
        ("The oil slick is a mile long.", "The oil slick stretches 2.5km.", Verdict.CONFLICT),
    ],
)
def test_article_measures_meet_figures(a: str, b: str, verdict: Verdict) -> None:
    assert [f.verdict for f in compare(a, b).findings] == [verdict]
