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
            "In all, 310 men, and 210 women completed the course.",
            ("520 runners", "310 men, and 210 women"),
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
