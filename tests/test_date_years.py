"""A date against a year (claimdiff.date_years): what both blocks leave meets once more."""

from __future__ import annotations

import pytest

from claimdiff import TooManyPairsError, compare

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


# Traps (from a review of the rule): a date and a year of two events, tied by nothing of
# their own, or a date a thing ends on against the year it began.
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("A man was stabbed in 2022.", "Sentencing is due on 14 January 2024."),
        (
            "The novelist Ruth Kemble, born on 9 March 1947 in Hull, has died.",
            "Ruth Kemble, whose family moved to Leeds in 1950, wrote fourteen novels.",
        ),
        (
            "The half-price fare scheme ends on 31 December 2024.",
            "The half-price fare scheme was launched in 2023.",
        ),
        ("Fares are frozen until 31 March 2025.", "The fare freeze was announced in 2024."),
        (
            "The bridge must be finished by the end of 2027, ministers said.",
            "Work on the bridge was approved on 14 November 2023.",
        ),
    ],
)
def test_two_events_dates_and_years_stay_apart(a: str, b: str) -> None:
    assert not [
        f
        for f in compare(a, b).findings
        if "falls in" in f.reason or f.a.kind.value in ("year", "date")
    ]


@pytest.mark.parametrize(
    ("a", "b", "part"),
    [
        ("The library opened in early 2024.", "The library opened on 18 November 2024.", "early"),
        ("The library will open by spring 2025.", "The library will open on 3 May 2025.", None),
        ("The library opened in late 2019.", "The library opened in February 2019.", "late"),
    ],
)
def test_a_part_of_a_year(a: str, b: str, part: str | None) -> None:
    found = compare(a, b).findings
    if part is None:
        # "by spring 2025" bounds a period: no date is paired with it.
        assert not found
        return
    assert len(found) == 1
    assert found[0].verdict.value == "compatible"
    assert f"“{part} " in found[0].reason


def test_dates_against_years_are_held_to_max_pairs() -> None:
    a = " ".join(f"The hall opened on {d} March {1900 + d}." for d in range(1, 29))
    b = " ".join(f"The pier opened in {1950 + k}." for k in range(30))
    with pytest.raises(TooManyPairsError, match="dates and years"):
        compare(a, b, max_pairs=500)


def test_since_after_a_verb_dates_its_event() -> None:
    a = "Hartley Road library has been shut since 2019, the council said."
    b = "The library on Hartley Road closed on 4 October 2019 after a roof collapse."
    found = [f for f in compare(a, b).findings if "falls in" in f.reason]
    assert [(f.a.text, f.b.text, f.verdict.value) for f in found] == [
        ("2019", "4 October 2019", "agree")
    ]
