"""Degrees with no scale read in the scale the reports give (claimdiff.degrees)."""

from __future__ import annotations

import pytest

from claimdiff import compare


@pytest.mark.parametrize(
    ("a", "b", "verdict", "gap"),
    [
        # The other report's scale, with or without a word of temperature.
        ("Temperatures in Seville reached 46.2 degrees.", "Seville recorded 46.2C.", "agree", ""),
        (
            "Kilkenny recorded 31 degrees on Wednesday.",
            "Kilkenny reached 33C on Wednesday.",
            "conflict",
            "2 degrees apart",
        ),
        # Above any air temperature in Celsius: Fahrenheit ("115 degrees" is 46.1C).
        ("Phoenix hit 115 degrees on Sunday.", "Phoenix hit 46.1C on Sunday.", "agree", ""),
    ],
)
def test_bare_degrees_meet_a_scale(a: str, b: str, verdict: str, gap: str) -> None:
    (f,) = [f for f in compare(a, b).findings if f.a.text.endswith("degrees")]
    assert f.verdict.value == verdict, f.reason
    assert f.reason.endswith(gap)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # An angle: a hyphened degree, or a word of an angle in the sentence.
        ("The car took a 90-degree turn near Seville.", "Seville recorded 46C."),
        ("The crane rotated 40 degrees in Seville.", "Seville recorded 41C."),
    ],
)
def test_an_angle_meets_no_temperature(a: str, b: str) -> None:
    assert compare(a, b).findings == ()


def test_no_scale_given_degrees_stay_degrees() -> None:
    (f,) = compare("It was 40 degrees in Seville.", "It was 41 degrees in Seville.").findings
    assert f.a.unit == f.b.unit == "degree"
