"""A rate's earlier level meets only itself, or itself misprinted
(claimdiff.earlier_levels; docs/compare.md, "Evidence against")."""

from __future__ import annotations

import numpy as np
import pytest

from claimdiff import Verdict, compare
from claimdiff.misprints import misprinted


@pytest.mark.parametrize(
    ("x", "y", "expected"),
    [
        (4.4, 4.5, True),  # one digit changed
        (86.0, 88.0, True),
        (4.9, 9.4, True),  # two digits swapped
        (2.7, 2.85, False),  # another number of digits
        (28.0, 33.0, False),  # two digits changed
        (4.9, 94.0, False),  # another scale
        (30.0, 40.0, False),  # one digit: no other to keep
        (3.6, 3.6, False),  # the same figure is no misprint
    ],
)
def test_misprinted(x: float, y: float, expected: bool) -> None:
    assert misprinted(np.array([x]), np.array([y]))[0, 0] == expected


@pytest.mark.parametrize(
    ("a", "b", "sa", "sb"),
    [
        # The earlier level against another measure's rate.
        (
            "Turnout in the by-election was 34%, down from 61% at the general election.",
            "Turnout was 34 per cent. The winner took 46% of the vote.",
            "61%",
            "46%",
        ),
        # ... against another period's.
        (
            "UK inflation rose to 3.8% in July from 3.6% in June.",
            "UK inflation rose to 3.8% in July. Food prices climbed 4.9% over the year.",
            "3.6%",
            "4.9%",
        ),
        # ... against a target, of one significant digit too.
        (
            "The share is now 35%, up from 30% five years ago.",
            "It is 35% now. The trust wants it to reach 40% by the end of the decade.",
            "30%",
            "40%",
        ),
        # ... against a target.
        (
            "Some 31% of pupils now go to state schools, up from 28% five years ago.",
            "The trust wants the proportion to reach 40% by the end of the decade.",
            "28%",
            "40%",
        ),
    ],
)
def test_an_earlier_level_meets_no_other_rate(a: str, b: str, sa: str, sb: str) -> None:
    report = compare(a, b)
    assert not [f for f in report.findings if f.a.text == sa and f.b.text == sb], report.findings


@pytest.mark.parametrize(
    ("a", "b", "sa", "sb", "verdict"),
    [
        # One earlier level written two ways, and to two precisions.
        (
            "Inflation fell to 3.9% in November from 4.6% in October.",
            "Inflation was 4.6 per cent in October and 3.9 per cent in November.",
            "4.6%",
            "4.6 per cent",
            Verdict.AGREE,
        ),
        (
            "Turnout was just over 42%, down from 57.9% at the general election.",
            "Only 42.3% voted, compared with 58% in 2019.",
            "57.9%",
            "58%",
            Verdict.AGREE,
        ),
        # Given plainly with the same period.
        (
            "Turnout fell to 65%, from 69% in 2004.",
            "Turnout was 65 per cent, compared with 71 per cent in 2004.",
            "69%",
            "71 per cent",
            Verdict.CONFLICT,
        ),
        # One misprinted: a digit changed.
        (
            "Unemployment rose to 4.6% from 4.4% the quarter before.",
            "The jobless rate had been 4.5% the quarter before.",
            "4.4%",
            "4.5%",
            Verdict.CONFLICT,
        ),
    ],
)
def test_an_earlier_level_meets_itself(a: str, b: str, sa: str, sb: str, verdict: Verdict) -> None:
    report = compare(a, b)
    found = [f for f in report.findings if f.a.text == sa and f.b.text == sb]
    assert len(found) == 1, report.findings
    assert found[0].verdict is verdict, found[0].reason
