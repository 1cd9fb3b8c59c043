"""Dates said relative to when a text was written, against dates said outright
(claimdiff.relative_dates; docs/compare.md, "Relative dates").

The set written blind for the rule is tests/data/pairs_relative_dates_fresh.json
(tests/test_compare_fresh.py); these are the rule's own cases, each way round.
"""

from __future__ import annotations

import pytest

from claimdiff import Verdict, compare

PAIRED = [
    # A month dating a figure that pairs with one of the relative date's sentence.
    (
        "Halvorsen Steel said it would close its Dunmore plant later this year, cutting 650 jobs.",
        "In November, the Dunmore steelworks will shut with the loss of 650 jobs.",
        ("later this year", "November"),
    ),
    # The sentences' figures pair: one event.
    (
        "The statistics office published its report last month, showing 14,200 new homes.",
        "The statistics office released figures showing 14,200 homes in March.",
        ("last month", "March"),
    ),
    # The dates' sentences name one event by two verbs of one meaning.
    (
        "The museum will reopen next spring after repairs.",
        "Repairs are due to finish in April, when the museum reopens.",
        ("next spring", "April"),
    ),
    (
        "Voters will go to the polls next week, officials said.",
        "The poll will be held on Thursday, officials said.",
        ("next week", "Thursday"),
    ),
]


@pytest.mark.parametrize(("a", "b", "pair"), PAIRED)
@pytest.mark.parametrize("swapped", [False, True])
def test_a_relative_date_meets_a_date(a: str, b: str, pair: tuple[str, str], swapped: bool) -> None:
    if swapped:
        a, b, pair = b, a, (pair[1], pair[0])
    report = compare(a, b)
    found = [f for f in report.findings if (f.a.text, f.b.text) == pair]
    assert [f.verdict for f in found] == [Verdict.COMPATIBLE], report.findings
    assert found[0].label == "relative date"
    assert "counts from when the text was written" in found[0].reason
    # The date said outright is no claim only its text makes any more.
    assert pair[1] not in {c.text for c in (report.only_a, report.only_b)[1 - swapped]}


APART = [
    # Nothing ties the two sentences: two events.
    (
        "Fares rose 5% last month, the operator said.",
        "The operator will publish its timetable in September.",
    ),
    # A date of another grain: a year is no day of a week.
    ("The bridge will reopen next week.", "The bridge opened in 2019 and will reopen soon."),
]


@pytest.mark.parametrize(("a", "b"), APART)
def test_a_relative_date_left_alone(a: str, b: str) -> None:
    assert not [f for f in compare(a, b).findings if f.label == "relative date"]


def test_german_reads_none() -> None:
    report = compare("Die Brücke öffnet nächsten Monat.", "Die Brücke öffnet im März.", lang="de")
    assert not [f for f in report.findings if f.label == "relative date"]


def test_a_hyphened_word_is_no_relative_date() -> None:
    report = compare(
        "The museum will reopen after this month-long closure.", "The museum reopens in April."
    )
    assert not [f for f in report.findings if f.label == "relative date"]


def test_a_phrase_stands_for_one_date() -> None:
    report = compare(
        "Halvorsen will cut 650 jobs and close 12 stores later this year, cutting costs.",
        "In November, 650 jobs will go. In January, 12 stores will close, cutting costs.",
    )
    phrases = [f.a.span for f in report.findings if f.label == "relative date"]
    assert len(phrases) == len(set(phrases)) <= 1


# (A, B, the pair, its verdict, words the reason says): a dateline of one day dates the
# relative date of its own text (claimdiff/dated_relatives.py).
DATELINED = [
    (
        "Brisbane house prices rose 1.8% in October, a property data firm said.",
        "BRISBANE, Nov 6 — Home values in Brisbane climbed 1.8% last month, a report showed.",
        ("October", "last month"),
        Verdict.AGREE,
        "'last month' read as October, counted from the dateline's Nov 6: the same month",
    ),
    (
        "Brisbane house prices rose 1.8% in September, a property data firm said.",
        "BRISBANE, Nov 6 — Home values in Brisbane climbed 1.8% last month, a report showed.",
        ("September", "last month"),
        Verdict.CONFLICT,
        "October vs September",
    ),
    (
        "Police said the man was arrested on June 8 in Parramatta.",
        "SYDNEY, June 9 (AAP) - A 29-year-old man arrested yesterday in Parramatta has been "
        "charged.",
        ("June 8", "yesterday"),
        Verdict.AGREE,
        "'yesterday' read as 8 June",
    ),
    # Across a year's end: January's "last month" is December of the year before.
    (
        "LONDON, 3 January 2025 - Retail sales fell 2% last month, figures showed.",
        "Retail sales fell 2% in December 2024, figures showed.",
        ("last month", "December 2024"),
        Verdict.AGREE,
        "read as December",
    ),
    # No dateline: the phrase may be the date, no more.
    (
        "Police said the man was arrested on June 8 in Parramatta.",
        "A 29-year-old man arrested yesterday in Parramatta has been charged.",
        ("June 8", "yesterday"),
        Verdict.COMPATIBLE,
        "counts from when the text was written",
    ),
]


@pytest.mark.parametrize(("a", "b", "pair", "verdict", "says"), DATELINED)
def test_a_dateline_dates_a_relative_date(
    a: str, b: str, pair: tuple[str, str], verdict: Verdict, says: str
) -> None:
    found = [f for f in compare(a, b).findings if (f.a.text, f.b.text) == pair]
    assert [f.verdict for f in found] == [verdict]
    assert says in found[0].reason
    assert found[0].label == "relative date"


def test_yesterday_meets_no_month() -> None:
    """ "yesterday" is one day: no month alone is it."""
    a = "SYDNEY, June 9 (AAP) - A man arrested yesterday has been charged."
    b = "A man was arrested in June and has been charged."
    assert not [f for f in compare(a, b).findings if "yesterday" in (f.a.text, f.b.text)]


@pytest.mark.parametrize(
    ("a", "b", "pair", "verdict"),
    [
        # The calendar's ends and a day only a leap year has: no crash, no date made up.
        (
            "LONDON, 31 December 9999 - He was arrested yesterday and is freed tomorrow.",
            "He was arrested on 30 December.",
            ("yesterday", "30 December"),
            Verdict.AGREE,
        ),
        (
            "LONDON, 29 February - Sales fell last month.",
            "Sales fell in January.",
            ("last month", "January"),
            Verdict.AGREE,
        ),
        (
            "LONDON, 1 January 1800 - Sales fell last month.",
            "Sales fell in December.",
            ("last month", "December"),
            Verdict.AGREE,
        ),
        # A year counted meets a month or a day of that year by its year (a fresh reader's
        # finds: they had conflicted).
        (
            "LONDON, 14 March 2024 - The firm cut 300 jobs earlier this year.",
            "The firm cut 300 jobs in January 2024.",
            ("earlier this year", "January 2024"),
            Verdict.AGREE,
        ),
        (
            "LONDON, Nov 6, 2024 - Sales fell last year, the ONS said.",
            "Sales fell in March 2022, the ONS said.",
            ("last year", "March 2022"),
            Verdict.CONFLICT,
        ),
        # A day further than a step counts is no step: compatible, as with no dateline.
        (
            "BRISBANE, Nov 6 — The plant closed the day before yesterday.",
            "The plant closed on November 4.",
            ("yesterday", "November 4"),
            Verdict.COMPATIBLE,
        ),
        # A day of October to December with no year is no year ("Dec 1": 1130 for 30
        # November).
        (
            "MELBOURNE, Dec 1 (AAP) - A man died after being pulled from the water yesterday.",
            "Police said a man died after being pulled from the water on November 30.",
            ("yesterday", "November 30"),
            Verdict.AGREE,
        ),
        # A dateline of no year counts no day across the end of February.
        (
            "BRISBANE, Mar 1 — The plant closed yesterday.",
            "The plant closed on February 28.",
            ("yesterday", "February 28"),
            Verdict.COMPATIBLE,
        ),
    ],
)
def test_counted_periods_at_their_edges(
    a: str, b: str, pair: tuple[str, str], verdict: Verdict
) -> None:
    found = {(f.a.text, f.b.text): f.verdict for f in compare(a, b).findings}
    assert found.get(pair) is verdict, found


def test_a_counted_date_the_other_report_writes_is_no_conflict() -> None:
    """ "Shares fell yesterday" (30 March) meets no conflict with "March 28" where the other
    report writes March 30 too."""
    a = "TOKYO, March 31 — Shares fell yesterday, extending losses from March 28."
    b = "The Nikkei fell on March 30 and on March 28."
    found = [f for f in compare(a, b).findings if "yesterday" in (f.a.text, f.b.text)]
    assert all(f.verdict is not Verdict.CONFLICT for f in found)
