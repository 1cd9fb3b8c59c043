"""Degrees with no scale read in the scale the reports give (claimdiff.degrees)."""

from __future__ import annotations

import pytest

from claimdiff import compare


@pytest.mark.parametrize(
    ("a", "b", "verdict", "gap"),
    [
        ("Temperatures in Seville reached 46.2 degrees.", "Seville recorded 46.2C.", "agree", ""),
        # A word of temperature in the next sentence counts.
        (
            "Kilkenny recorded 31 degrees on Wednesday. A high-temperature warning is out.",
            "Kilkenny reached 33C on Wednesday.",
            "conflict",
            "2°C apart",
        ),
        # The other text's scale that puts the figure nearest its temperatures.
        ("Phoenix hit 115 degrees in the heat on Sunday.", "Phoenix hit 46.1C on Sunday.",
         "agree", ""),
        ("It was 59 degrees in New York, forecasters said.", "New York hit 15C.", "agree", ""),
        ("The oven was at 200 degrees when baking began.", "The oven was at 200C.", "agree", ""),
    ],
)  # fmt: skip
def test_bare_degrees_meet_a_scale(a: str, b: str, verdict: str, gap: str) -> None:
    (f,) = [f for f in compare(a, b).findings if f.a.text.endswith("degrees")]
    assert f.verdict.value == verdict, f.reason
    assert f.reason.endswith(gap)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # An angle: a hyphened degree, a word of an angle in the sentence, a bearing.
        ("The car took a 90-degree turn in the heat near Seville.", "Seville recorded 46C."),
        ("The crane rotated 40 degrees in Seville's heat.", "Seville recorded 41C."),
        ("The plane banked 30 degrees in hot weather.", "Seville recorded 31C."),
        ("The town lies at 37 degrees north, where it is hot.", "Seville recorded 37C."),
        ("The ship listed 20 degrees in the storm.", "Sea temperature was 20C."),
        # No word of temperature near it.
        ("The cameras gave 360 degrees of coverage.", "Seville recorded 36C."),
    ],
)
def test_an_angle_meets_no_temperature(a: str, b: str) -> None:
    assert [f for f in compare(a, b).findings if "degree" in f.a.text] == []


def test_no_scale_given_degrees_stay_degrees() -> None:
    (f,) = compare("It was 40 degrees in Seville.", "It was 41 degrees in Seville.").findings
    assert f.a.unit == f.b.unit == "degree"


@pytest.mark.parametrize(
    ("a", "b", "pairs"),
    [
        (  # one figure converted and rounded pairs with itself, not with the bound
            "The thermometer at the airport hit 118F on Friday, equalling the city's July "
            "record. It was the 9th straight day above 110F.",
            "The city baked at 47.8C, matching its hottest July day on record, on the 9th "
            "day in a row above 43C.",
            {("118F", "47.8C"), ("above 110F", "above 43C")},
        ),
        (
            "The river rose 2.5 miles above the weir, reaching 12.3 feet.",
            "Upstream, 4 km from the weir, the water stood at 3.75 metres.",
            {("12.3 feet", "3.75 metres")},
        ),
    ],
)
def test_a_converted_figure_pairs_with_itself(a: str, b: str, pairs: set[tuple[str, str]]) -> None:
    found = {(f.a.text, f.b.text) for f in compare(a, b).findings}
    assert pairs <= found, found
