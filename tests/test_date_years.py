"""A date against a year (claimdiff.date_years): what both blocks leave meets once more."""

from __future__ import annotations

import pytest

from claimdiff import compare

CASES = [
    # One event, dated by month in one report and by year in the other: one date at two
    # precisions.
    (
        "The new library opened to readers in September 2019, the council said.",
        "The library, which opened in 2019, has lent 40,000 books.",
        ("September 2019", "2019", "agree"),
    ),
    # A day in another year: the reports disagree.
    (
        "The pier was closed on 12 March 2017 after storm damage.",
        "The pier, closed in 2016 after a storm, will reopen next spring.",
        ("12 March 2017", "2016", "conflict"),
    ),
    # The year first, the date second: either text may give the finer date.
    (
        "The ferry service began in 2004 and carries 300 cars a day.",
        "Since the ferry service began on 1 June 2004 it has carried millions.",
        ("2004", "1 June 2004", "agree"),
    ),
]


def _finding(a: str, b: str, text_a: str, text_b: str):
    found = [f for f in compare(a, b).findings if f.a.text == text_a and f.b.text == text_b]
    return found[0] if found else None


@pytest.mark.parametrize(("a", "b", "want"), CASES)
def test_a_date_meets_a_year(a: str, b: str, want: tuple[str, str, str]) -> None:
    text_a, text_b, verdict = want
    f = _finding(a, b, text_a, text_b)
    assert f is not None, [(x.a.text, x.b.text) for x in compare(a, b).findings]
    assert f.verdict.value == verdict
    if verdict == "agree":
        assert "falls in" in f.reason


@pytest.mark.parametrize(
    ("a", "b", "text_a", "text_b"),
    [
        # A year after "since" bounds a period and dates no event.
        (
            "The bridge tolls were introduced in January 2021.",
            "Tolls on the bridge have risen since 2021, drivers say.",
            "January 2021",
            "2021",
        ),
        # Two dates are their own block's, never paired again as years.
        (
            "The trial opened on 3 May 2022.",
            "The trial, which opened on 13 May 2022, heard from 20 witnesses.",
            "3 May 2022",
            "13 May 2022",
        ),
    ],
)
def test_not_paired_as_years(a: str, b: str, text_a: str, text_b: str) -> None:
    f = _finding(a, b, text_a, text_b)
    # The two dates may pair as dates; never as a date against a year.
    assert f is None or "falls in" not in f.reason
    if f is not None:
        assert f.a.kind.value == "date"
