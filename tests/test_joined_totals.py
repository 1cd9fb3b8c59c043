"""Two counts joined by "and" against the other report's total of them
(claimdiff.joined_totals; docs/compare.md, "A total against its parts")."""

from __future__ import annotations

import pytest

from claimdiff import Verdict, compare


def _findings(a: str, b: str) -> dict[tuple[str, str], Verdict]:
    return {(f.a.text, f.b.text): f.verdict for f in compare(a, b).findings}


@pytest.mark.parametrize(
    ("a", "b", "pair", "verdict"),
    [
        (
            "The plane carried 186 passengers and six crew.",
            "There were 192 people on board.",
            ("186 passengers and six crew", "192 people"),
            Verdict.AGREE,
        ),
        # Either text may give the parts.
        (
            "A total of 520 runners finished the race.",
            "In all, 310 men and 210 women completed the course.",
            ("520 runners", "310 men and 210 women"),
            Verdict.AGREE,
        ),
        # A hedged total that holds the sum.
        (
            "186 passengers and six crew were aboard.",
            "More than 190 people were on board.",
            ("186 passengers and six crew", "More than 190 people"),
            Verdict.COMPATIBLE,
        ),
        # What one part is said of is no claim of the sum: "52 residents" are a
        # population, the evacuated 66 are not.
        (
            "Firefighters helped 52 residents and 14 staff out of the care home.",
            "Nearly 70 people were evacuated from the care home.",
            ("52 residents and 14 staff", "Nearly 70 people"),
            Verdict.COMPATIBLE,
        ),
    ],
)
def test_parts_meet_their_total(a: str, b: str, pair: tuple[str, str], verdict: Verdict) -> None:
    found = _findings(a, b)
    assert found.get(pair) is verdict, found


@pytest.mark.parametrize(
    ("a", "b", "pair"),
    [
        # The other text counts a part: the parts stay apart.
        (
            "The plane carried 186 passengers and six crew.",
            "All 186 passengers were safe.",
            ("186 passengers", "186 passengers"),
        ),
        # No count holds the sum: the parts are judged as before.
        (
            "46 patients and 12 staff fell ill.",
            "64 people were treated.",
            ("46 patients", "64 people"),
        ),
        # A count holding a part, and not the sum, is the part's (a review's finds).
        (
            "The fire destroyed 30 homes and 6 shops.",
            "Around 29 homes burned, and 36 people lost their homes.",
            ("30 homes", "Around 29 homes"),
        ),
        # The last two of a list are no two parts of one total.
        (
            "The blast hurt 10 bus passengers, 4 tram passengers and 2 pedestrians.",
            "Six people were hurt.",
            ("10 bus passengers", "Six people"),
        ),
    ],
)
def test_parts_kept_apart(a: str, b: str, pair: tuple[str, str]) -> None:
    found = _findings(a, b)
    assert pair in found, found
    assert not any(" and " in x or " and " in y for x, y in found), found


def test_the_reason_shows_the_sum() -> None:
    (finding,) = compare(
        "The plane carried 186 passengers and six crew.", "There were 192 people on board."
    ).findings
    assert "186 + 6 = 192" in finding.reason


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Things' parts make no total of persons, nor numbers naming things one.
        ("The hotel has 120 rooms and 30 suites.", "It employs 150 staff."),
        ("Platforms 9 and 10 were closed.", "The station has 19 platforms."),
        # A sliver beside a hedged total that holds the larger part alone.
        (
            "Water companies reported 450,000 spill events, and six of the nine firms were"
            " rated poor.",
            "Firms recorded about 450,000 spills.",
        ),
        (
            "Crews counted 450,000 spill events and six leaks.",
            "Firms recorded about 450,000 spills.",
        ),
    ],
)
def test_no_join(a: str, b: str) -> None:
    assert not any(" and " in f.a.text for f in compare(a, b).findings)
