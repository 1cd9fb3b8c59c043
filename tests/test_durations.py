"""Lengths of time as a reader reads them, on sentences written by someone who had not
read the code (tests/data/durations_fresh.json: 70 sentences, 62 durations, 20
controls where a time word states no length)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import claimdiff
from claimdiff import Verdict, compare
from claimdiff.model import Claim, Kind
from claimdiff.units import convert

_CASES: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "data" / "durations_fresh.json").read_text("utf-8")
)
# The writer's bounds, and the qualifiers claimdiff gives them: "nearly" and "almost"
# are hedges below the figure (approximate, [0.9v, v]), "just over" one above it.
_BOUNDS = {
    "exact": {"exact"},
    "about": {"approximate"},
    "less_than": {"approximate", "less_than", "at_most"},
    "more_than": {"more_than", "approximate"},
    "at_least": {"at_least"},
    "at_most": {"at_most", "less_than"},
}
XFAIL = {
    ("control-minutes-silence", "a minute"): "a possessive ('a minute's silence') is no length",
}


def _durations(text: str) -> list[Claim]:
    return [c for c in claimdiff.extract(text) if c.kind.value == "duration"]


def _rows() -> list[Any]:
    rows = []
    for case in _CASES:
        for d in case["durations"]:
            key = (case["id"], d["surface"])
            marks = [pytest.mark.xfail(reason=XFAIL[key], strict=True)] if key in XFAIL else []
            rows.append(
                pytest.param(case["text"], d, id=f"{case['id']}:{d['surface']}", marks=marks)
            )
    return rows


@pytest.mark.parametrize(("text", "want"), _rows())
def test_duration_read_with_its_length_and_bound(text: str, want: dict[str, Any]) -> None:
    found = [c for c in _durations(text) if want["surface"] in c.text or c.text in want["surface"]]
    assert found, f"{want['surface']!r} not read"
    q = found[0].quantity
    assert q is not None
    seconds = convert(q, "second")
    assert seconds is not None and seconds.value == pytest.approx(want["seconds"], rel=0.01)
    assert q.qualifier.value in _BOUNDS[want["bound"]]


@pytest.mark.parametrize("case", _CASES, ids=[c["id"] for c in _CASES])
def test_no_length_where_none_is_stated(case: dict[str, Any]) -> None:
    """Every duration read is one the writer listed: rates, points in time, titles are not."""
    listed = [d["surface"] for d in case["durations"]]
    for c in _durations(case["text"]):
        assert any(s in c.text or c.text in s for s in listed), c.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # pint's short forms of the units of time, glued or spaced, singular or plural.
        ("He won in 52.31sec.", [("52.31sec", 52.31, "second")]),
        ("It lasted 90 mins.", [("90 mins", 90.0, "minute")]),
        ("It took 4 hrs.", [("4 hrs", 4.0, "hour")]),
        ("He served 12 yrs in jail.", [("12 yrs", 12.0, "year")]),
        ("It happened 5 mins ago.", [("5 mins ago", 5.0, "minute")]),
        # Parts in falling units make one length, as when spelt out.
        ("The flight took 4hr 48min.", [("4hr 48min", 288.0, "minute")]),
        ("She won in 2hr 16min 40sec.", [("2hr 16min 40sec", 8200.0, "second")]),
        ("The 2 hr 30 min film", [("2 hr 30 min", 150.0, "minute")]),
        # One-letter symbols glued to the digits, in the shapes race results write.
        ("She won in 2h 16m 40s, a record.", [("2h 16m 40s", 8200.0, "second")]),
        ("The stage was won in 4h05m22s.", [("4h05m22s", 14722.0, "second")]),
        ("He finished in 8h 12m.", [("8h 12m", 492.0, "minute")]),
        ("Runners who miss the 6h cut-off drop out.", [("6h", 6.0, "hour")]),
        ("He won the sprint in 9.58s.", [("9.58s", 9.58, "second")]),
        ("He ran it in 3m 45s.", [("3m 45s", 225.0, "second")]),
        # An article's unit before "long" is a length.
        ("Workers began a week-long strike.", [("a week", 1.0, "week")]),
        ("He was handed a decade-long ban.", [("a decade", 1.0, "decade")]),
        ("It was a long day.", []),
        # Capitals, and one letter outside those shapes, are no lengths of time.
        ("The firm has 5 HR staff.", []),
        ("Temperatures were in the 40s.", []),
        ("A 16m yacht sank.", []),
        ("The A4h road.", []),
    ],
)
def test_short_time_units(text: str, expected: list[tuple[str, float, str]]) -> None:
    """pint's short forms ("sec", "min", "hr", "yr") after a number are lengths of time."""
    got = [
        (c.text, c.quantity.value, c.quantity.unit)
        for c in claimdiff.extract(text)
        if c.kind is Kind.DURATION and c.quantity is not None
    ]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "age"), [("He is a 5-yr-old.", 5.0), ("A 5 yr old boy was hurt.", 5.0)]
)
def test_short_year_old_is_an_age(text: str, age: float) -> None:
    """ "yr old" is "year old": an age, not a length of time."""
    ages = [c.quantity.value for c in claimdiff.extract(text) if c.kind is Kind.AGE and c.quantity]
    assert ages == [age]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He left a year and a half ago.", []),
        ("It took a year and a half.", [("a year and a half", 1.5, False)]),
        ("A year and a half later, he quit.", []),
        ("It ended 2 years and 3 months ago.", [("2 years and 3 months ago", 27.0, True)]),
        # Hyphened before a noun, or on its own.
        ("It signed a two-and-a-half-year deal.", [("a two-and-a-half-year deal", 2.5, False)]),
        ("It took two-and-a-half hours.", [("two-and-a-half hours", 2.5, False)]),
    ],
)
def test_and_a_half_and_ago(text: str, expected: list[tuple[str, float, bool]]) -> None:
    """ "and a half" is read before the word after the length is judged."""
    got = [
        (c.text, c.quantity.value, c.ago)
        for c in claimdiff.extract(text)
        if c.kind is Kind.DURATION and c.quantity is not None
    ]
    assert got == expected


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # A month of the calendar against days, hours and weeks (docs/compare.md).
        ("The study took six weeks.", "The study took a month and a half.", Verdict.AGREE),
        ("He waited 212 days.", "He waited seven months.", Verdict.AGREE),
        ("The works took eight weeks.", "The works took two months.", Verdict.AGREE),
        ("The wait was 10 weeks.", "The wait was two and a half months.", Verdict.AGREE),
        ("It took a month.", "It took 720 hours.", Verdict.AGREE),
        ("The trial lasted 14 weeks.", "The trial lasted two months.", Verdict.CONFLICT),
        # Months in a row vary less than one month does: twelve are 365 or 366 days.
        ("The closure lasted 12 months.", "The closure lasted 340 days.", Verdict.CONFLICT),
        ("The closure lasted 340 days.", "The closure lasted 12 months.", Verdict.CONFLICT),
    ],
)
def test_calendar_months(a: str, b: str, verdict: Verdict) -> None:
    """Lengths in months meet lengths in days, hours and weeks as the calendar allows."""
    assert [f.verdict for f in compare(a, b).findings] == [verdict]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A race's distance and its time stay two figures.
        ("His 400m 43.03s record stands.", [("measure", "400m"), ("duration", "43.03s")]),
        ("Bolt's 100m 9.58s run.", [("measure", "100m"), ("duration", "9.58s")]),
        # A currency before the digits: money, never minutes and seconds.
        ("It cost £16m 40s later.", [("money", "£16m")]),
        # A 24-hour clock before "hrs" is no length.
        ("The convoy left at 0600hrs.", []),
    ],
)
def test_unit_letters_refused(text: str, expected: list[tuple[str, str]]) -> None:
    """One-letter units and "hrs" are read only where they write a length of time."""
    got = [(c.kind.value, c.text) for c in claimdiff.extract(text) if c.kind is not Kind.QUOTE]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A baby's or a young animal's age in the unit written.
        ("An 18-month-old boy was hurt.", ("age", 18.0, "month")),
        ("A six-week-old puppy was found.", ("age", 6.0, "week")),
        ("A baby aged 18 months was hurt.", ("age", 18.0, "month")),
        ("A week-old baby was found.", ("age", 1.0, "week")),
        ("The baby was half a year old.", ("age", 0.5, "year")),
        ("A hedgehog just a few weeks old was found.", ("age", None, "week")),
        ("A man aged 74 years died.", ("age", 74.0, "year")),
        ("A 36-hour-old baby was found.", ("age", 36.0, "hour")),
        # What is matured for a time has no age, and a length stays one.
        ("Beef aged 28 days is tender.", ("duration", 28.0, "day")),
        ("Aged 12 years in oak casks, the whiskey is bottled.", ("duration", 12.0, "year")),
        ("It lasted 18 months.", ("duration", 18.0, "month")),
    ],
)
def test_young_ages(text: str, expected: tuple[str, float | None, str]) -> None:
    """Ages in months, weeks and days are ages, in the unit written."""
    (c,) = [c for c in claimdiff.extract(text) if c.kind is not Kind.QUOTE]
    assert c.quantity is not None
    assert (c.kind.value, c.quantity.value, c.quantity.unit) == expected


@pytest.mark.parametrize(
    ("text", "lengths"),
    [
        # A level's comparative and "than" before a length and "earlier": the time compared
        # with (two held-out sets' reports read it as "more than a year").
        ("Passenger numbers were higher than a year earlier.", []),
        ("Profit was lower than a year before, the airline said.", []),
        ("Output was higher than a month ago.", []),
        # A bound of a length is one still.
        ("It took more than a year to build.", ["more than a year"]),
        ("It reopened more than a year later.", ["more than a year"]),
    ],
)
def test_comparison_base_is_no_length(text: str, lengths: list[str]) -> None:
    assert [c.text for c in claimdiff.extract(text) if c.kind is Kind.DURATION] == lengths
