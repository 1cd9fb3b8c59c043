"""Days of one event and of two: the ties of two different days of the week
(claimdiff.weekday_ties), days far apart (claimdiff.date_slips) and the tenses that part
them (claimdiff.tenses; docs/compare.md, "Days of the week", "Two events' days")."""

from __future__ import annotations

import pytest

from claimdiff import Verdict, compare, extract
from claimdiff.date_slips import _apart, _day, _slip
from claimdiff.lexicon import get_lexicon
from claimdiff.tenses import clause_tense
from claimdiff.weekday_ties import day_part

EN = get_lexicon("en")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("The lorry overturned at 9.40pm on Saturday.", "1300-1300"),  # minutes of the day
        ("The lorry overturned on Saturday at about 9.40pm.", "1285-1315"),
        ("The storm hit on Sunday evening.", "evening"),
        ("The quake struck early on Monday.", "early"),
        ("The crash happened late Friday.", "late"),
        ("The vote is on Tuesday.", None),
        ("At 9pm the doors opened, and on Friday the hall closed.", None),  # not said with it
        ("The quake struck early in the day on Monday.", None),
    ],
)
def test_day_part(text: str, part: str | None) -> None:
    claims = extract(text)
    (day,) = [c for c in claims if c.weekday]
    clocks = [c for c in claims if c.clock]
    assert day_part(text, day, clocks, [c.span[1] for c in clocks], EN) == part


@pytest.mark.parametrize(
    ("a", "b", "slip"),
    [
        ("21 May", "12 May", True),  # digits swapped
        ("3 May", "30 May", True),  # one dropped
        ("17 April", "7 April", True),
        ("14 October", "14 November", True),  # the month wrong
        ("2 June 2021", "2 June 2022", True),  # the year wrong
        ("31 October", "30 September", True),  # a month's end
        ("9 February", "1 March", False),
        ("3 January", "19 August 1936", False),
        ("14 October", "14 November 2023", True),  # the month wrong; one year unknown
        ("14 October 2022", "14 November 2023", False),
    ],
)
def test_slip(a: str, b: str, slip: bool) -> None:
    (ca,), (cb,) = extract(f"It was on {a}."), extract(f"It was on {b}.")
    da, db = _day(ca.quantity.value), _day(cb.quantity.value)  # type: ignore[union-attr]
    assert da is not None and db is not None
    assert _slip(da, db) is slip


@pytest.mark.parametrize(
    ("a", "b", "days"),
    [
        ((0, 5, 31), (0, 6, 2), 2),
        ((0, 12, 30), (0, 1, 2), 3),  # across a year's end, no year given
        ((2023, 12, 30), (2024, 1, 2), 3),
        ((2023, 1, 2), (2024, 1, 2), 365),
    ],
)
def test_days_apart(a: tuple[int, int, int], b: tuple[int, int, int], days: int) -> None:
    assert _apart(a, b) == days == _apart(b, a)


@pytest.mark.parametrize(
    ("text", "date", "tense"),
    [
        ("The judge adjourned the trial until 16 July.", "16 July", None),
        ("Unions called a national strike for 21 March.", "21 March", None),
        ("The launch was pushed back to 14 March.", "14 March", None),
        ("Organisers confirmed the event opens on 12 June.", "12 June", None),
        ("Police confirmed on 3 May that two men had been held.", "3 May", "past"),
        ("Fire broke out on 4 October.", "4 October", "past"),
        ("The trial will resume on 18 July.", "18 July", "future"),
        ("The trial was adjourned until 16 July, and will resume then.", "16 July", None),
    ],
)
def test_tense_of_a_date(text: str, date: str, tense: str | None) -> None:
    (c,) = [c for c in extract(text) if c.text == date]
    assert clause_tense(text, c.span, c.sentence, EN) == tense


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # Two different days tied to one event by a part of the day or a time of day.
        (
            "Thieves raided the jeweller on Thursday afternoon.",
            "The jeweller was robbed on Wednesday afternoon.",
            Verdict.CONFLICT,
        ),
        (
            "The ferry sailed at 6.15am on Monday.",
            "The ferry left port at 6.15am on Tuesday.",
            Verdict.CONFLICT,
        ),
        # By verbs of one event.
        (
            "A 30-year-old man was charged on Thursday.",
            "Police charged a 30-year-old man on Friday.",
            Verdict.CONFLICT,
        ),
        # One day said two ways.
        ("The fire broke out late on Sunday.", "The fire started on Sunday night.", Verdict.AGREE),
    ],
)
def test_days_of_one_event(a: str, b: str, verdict: Verdict) -> None:
    days = [f for f in compare(a, b).findings if f.a.weekday]
    assert [f.verdict for f in days] == [verdict]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Two things' days: no tie, or a tie across tenses.
        ("The crash happened late on Monday.", "Police said on Wednesday they were appealing."),
        ("The bank told staff on Thursday morning.", "Workers will strike on Monday morning."),
        # Two events' calendar days: far apart, or of two tenses.
        ("The car hit a tree on 9 February.", "The funeral was held at the church on 1 March."),
        ("The show opened on 2 June.", "The show will close on 30 June."),
        ("She died at home on 3 January.", "She was born in Sligo on 19 August 1936."),
    ],
)
def test_days_of_two_events(a: str, b: str) -> None:
    assert [f for f in compare(a, b).findings if f.a.kind.value == "date"] == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Mount Ruang erupted on 17 April.",
            "Thousands fled after the volcano erupted on April 7.",
        ),
        ("The painting was stolen on 21 May.", "The painting was taken on the night of 12 May."),
    ],
)
def test_one_event_misdated(a: str, b: str) -> None:
    (f,) = [f for f in compare(a, b).findings if f.a.kind.value == "date"]
    assert f.verdict is Verdict.CONFLICT
