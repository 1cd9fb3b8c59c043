"""Days of the week a report dates from the day it counts from (claimdiff/weekday_dates.py;
docs/compare.md, "Days of the week a report dates")."""

from __future__ import annotations

import pytest

from claimdiff import compare, extract
from claimdiff.lexicon import get_lexicon
from claimdiff.model import Kind
from claimdiff.weekday_dates import anchor_of


def _dates(a: str, b: str) -> list[tuple[str, str, str]]:
    return [
        (f.a.text, f.b.text, f.verdict.value)
        for f in compare(a, b).findings
        if f.a.kind is Kind.DATE
    ]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # A dateline with its day of the week: "last Saturday" is the Saturday before.
        (
            "LONDON, Thursday 14 March - A man has been charged after a teenager was stabbed"
            " in Croydon last Saturday, police said.",
            "A boy was stabbed in Croydon on 9 March.",
            [("Saturday", "9 March", "agree")],
        ),
        (
            "LONDON, Thursday 14 March - A man has been charged after a teenager was stabbed"
            " in Croydon last Saturday, police said.",
            "A boy was stabbed in Croydon on 10 March.",
            [("Saturday", "10 March", "conflict")],
        ),
        # A past clause on the dateline's own day of the week is that day.
        (
            "LONDON, Thursday 14 March - The jury convicted him on Thursday.",
            "He was convicted on 14 March.",
            [("Thursday", "14 March", "agree")],
        ),
        # A dateline with its year and no day of the week: 14 March 2024 was a Thursday.
        (
            "SYDNEY, March 14, 2024 (Reuters) - A cargo ship ran aground on Tuesday off Newcastle.",
            "The freighter ran aground near Newcastle on 12 March.",
            [("Tuesday", "12 March", "agree")],
        ),
        # "next" and a clause to come count forward.
        (
            "LONDON, Thursday 14 March - The man will appear before magistrates next Monday.",
            "He is due before magistrates on 18 March.",
            [("Monday", "18 March", "agree")],
        ),
        # A date written with its day of the week as the day something was said.
        (
            "Police seized 1.2 tonnes of cocaine from a yacht on 18 August.",
            "About 1,200kg of cocaine was found on a vessel last Sunday, police said on"
            " Wednesday, 21 August.",
            [("18 August", "Sunday", "agree")],
        ),
        # A day something was said on meets only a date something was said on.
        (
            "LONDON, Thursday 14 March 2024 - Police said on Wednesday that a man had been"
            " charged.",
            "A man was charged on 12 March.",
            [],
        ),
        (
            "SYDNEY, March 14, 2024 (Reuters) - Coastal Air said on Tuesday it would cut 200 jobs.",
            "Coastal Air announced on March 12 that 200 jobs would go.",
            [("Tuesday", "March 12", "agree")],
        ),
        # Left a day of the week: no tense read, "until", a day counted from another, a
        # month's dateline, the end of February in a text of no year, the calendar's end.
        (
            "LONDON, Thursday 14 March 2024 - The trial opens on Monday.",
            "The trial begins on 18 March.",
            [],
        ),
        (
            "LONDON, Thursday 14 March 2024 - The A30 was closed until Tuesday, when it reopened.",
            "The A30 reopened on 12 March.",
            [],
        ),
        ("LONDON, March 2024 - A man was stabbed last Saturday.", "He was stabbed on 2 March.", []),
        (
            "CARDIFF, Monday 4 March - The fire started last Thursday.",
            "The fire started on February 29.",
            [],
        ),
        (
            "ROME, Thursday 29 February - The fire started last Monday.",
            "The fire started on 26 February.",
            [("Monday", "26 February", "agree")],
        ),
        (
            "LONDON, Friday 31 December 9999 - The bridge will reopen on Monday.",
            "The bridge reopens on 3 January.",
            [],
        ),
        # A day of no tense read is counted back: a report tells what happened.
        (
            "LONDON, Thursday 14 March 2024 - Police found the body on Tuesday.",
            "Police found the body on 12 March.",
            [("Tuesday", "12 March", "agree")],
        ),
        (
            "LONDON, Thursday 14 March 2024 - A man has been charged following Saturday's"
            " stabbing in Croydon.",
            "A boy was stabbed in Croydon on 9 March.",
            [("Saturday", "9 March", "agree")],
        ),
        # Days something was said on in both reports meet as days of the week.
        (
            "LONDON, Thursday 14 March 2024 - Police said on Wednesday that a teenager had"
            " been stabbed.",
            "Police said on Wednesday that a boy had been stabbed on 9 March.",
            [("Wednesday", "Wednesday", "agree")],
        ),
        # "last" is a week back on the dateline's own day; "next" a week on.
        (
            "LONDON, Thursday 14 March 2024 - The fire started last Thursday.",
            "The fire started on 7 March.",
            [("Thursday", "7 March", "agree")],
        ),
        (
            "LONDON, Thursday 14 March 2024 - The inquiry will open next Thursday.",
            "The inquiry will open on 21 March.",
            [("Thursday", "21 March", "agree")],
        ),
        # A wire place in capitals outside ASCII.
        (
            "ŁÓDŹ, Thursday 14 March 2024 - A man was stabbed last Saturday.",
            "A man was stabbed on 9 March.",
            [("Saturday", "9 March", "agree")],
        ),
        (
            "SÃO PAULO, Thursday 14 March 2024 - A man was stabbed last Saturday.",
            "A man was stabbed on 9 March.",
            [("Saturday", "9 March", "agree")],
        ),
        # Nothing says which Saturday: a day of the week is left one.
        (
            "A teenager was stabbed in Croydon on Saturday, police said.",
            "A boy was stabbed in Croydon on 9 March.",
            [],
        ),
        # The other report writes a day of the week too: days of the week meet as such.
        (
            "LONDON, Thursday 14 March - A teenager was stabbed in Croydon last Saturday.",
            "A boy was stabbed in Croydon on Saturday, 9 March, and died on Sunday.",
            [],
        ),
    ],
)
def test_a_day_of_the_week_read_as_a_date(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _dates(a, b) == expected


def test_the_reason_says_how_the_day_was_read() -> None:
    a = "LONDON, Thursday 14 March - A teenager was stabbed in Croydon last Saturday."
    b = "A boy was stabbed in Croydon on 9 March."
    (f,) = [f for f in compare(a, b).findings if f.a.kind is Kind.DATE]
    assert "Saturday read as 9 March, counted from the dateline's Thursday 14 March" in f.reason


@pytest.mark.parametrize(
    ("text", "weekday"),
    [
        ("LONDON, Thursday 14 March - A man was charged.", 4),
        ("SYDNEY, March 14, 2024 (Reuters) - A ship ran aground.", 4),
        ("A boat was found, police said on Wednesday, 21 August.", 3),
        # A dateline whose day of the week its year belies counts from nothing.
        ("LONDON, Friday, March 14, 2024 - A man was charged.", None),
        # A dated day that is the event's, not when it was told, counts from nothing.
        ("The ferry sank on Wednesday, 21 August.", None),
        ("LONDON, 14 March - A man was charged.", None),
    ],
)
def test_the_day_a_text_counts_from(text: str, weekday: int | None) -> None:
    lex = get_lexicon("en")
    found = anchor_of(text, extract(text), lex)
    assert (found.weekday if found is not None else None) == weekday


@pytest.mark.parametrize(
    "words",
    ["charged the following Monday", "will strike on Monday next week", "opens a week on Monday"],
)
def test_a_day_counted_from_another_is_left(words: str) -> None:
    a = f"LONDON, Friday 15 March - The man {words}."
    b = "The man was charged on 18 March."
    assert [f for f in compare(a, b).findings if f.a.text == "Monday"] == []


def test_german_days_are_counted_too() -> None:
    a = "BERLIN, Donnerstag, 14. März 2024 - Ein Mann wurde am Samstag in Köln erstochen."
    b = "Ein Mann wurde am 9. März in Köln erstochen."
    found = [(f.a.text, f.b.text, f.verdict.value) for f in compare(a, b, lang="de").findings]
    assert found == [("Samstag", "9. März", "agree")]


def test_a_day_left_unpaired_is_listed_as_written() -> None:
    a = "LONDON, Thursday 14 March - A man was stabbed in Croydon last Saturday."
    b = "A man was stabbed in Croydon, police said. He was 19."
    (day,) = [c for c in compare(a, b).only_a if c.text == "Saturday"]
    assert day.weekday
