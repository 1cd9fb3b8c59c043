"""A day of the week written with a date (claimdiff/dated_weekdays.py): one date with two
days of the week is a conflict (docs/compare.md, "A day of the week written with a
date")."""

from __future__ import annotations

import pytest

from claimdiff import compare
from claimdiff.model import Kind


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # One date, two days of the week: one of the reports is wrong.
        (
            "The heatwave peaked on Sunday 21 July.",
            "The hottest day was Monday, July 21.",
            "conflict",
        ),
        (
            "The bridge closes on Friday 14 November.",
            "The bridge shuts on Saturday 14 November.",
            "conflict",
        ),
        (
            "The strike begins on Wednesday, 10 January.",
            "Drivers walk out on Wednesday January 10.",
            "agree",
        ),
        ("The strike begins on 10 January.", "Drivers walk out on Thursday January 10.", "agree"),
    ],
)
def test_a_date_with_two_days_of_the_week(a: str, b: str, verdict: str) -> None:
    dates = [f for f in compare(a, b).findings if f.a.kind is Kind.DATE]
    assert [f.verdict.value for f in dates] == [verdict], dates
