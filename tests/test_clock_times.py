"""Times of day (claimdiff.extract.clock_times; docs/claims.md, "Times of day")."""

from __future__ import annotations

import pytest

from claimdiff import Verdict, compare, extract
from claimdiff.reasons import clock


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("The plane landed at 14:20 on Tuesday.", "14:20", 860, 860),
        ("The flight left at 2.20pm local time.", "2.20pm", 860, 860),
        ("Polls opened at 7:30 a.m. in Ohio.", "7:30 a.m.", 450, 450),
        ("The road reopened at 9 pm.", "9 pm", 1260, 1260),
        ("The raid began at about 10.50am.", "about 10.50am", 635, 665),
        ("The crash happened shortly after 4pm.", "shortly after 4pm", 960, 980),
        ("The fire broke out just before midnight.", "just before midnight", 1430, 1440),
        ("The tremor struck at noon.", "noon", 720, 720),
        ("The sirens sounded at 12.30am.", "12.30am", 30, 30),
        # A figure read over a hedge's words keeps them: the time stands bare.
        ("It overturned between junctions 22 and 23 shortly after 4pm.", "4pm", 960, 960),
        ("The storm hit at 12 noon.", "12 noon", 720, 720),
        ("He was arrested at 7:30 a.m. Tuesday.", "7:30 a.m.", 450, 450),
        # "about midnight" crosses it: 11.45pm to 12.15am.
        ("The fire started at about midnight.", "about midnight", -15, 15),
        # "-ish" is "about"; a 24-hour time never takes the "pm" after it as its own end.
        ("Shots were fired at 10:30pm-ish.", "10:30pm-ish", 1335, 1365),
        ("The bell rang at 3pm-ish.", "3pm-ish", 885, 915),
        # A time in figures before the noun it qualifies is that thing's time.
        ("She caught the 9am train to Leeds.", "9am", 540, 540),
        ("The 10pm curfew was lifted.", "10pm", 1320, 1320),
        ("Fans were set for an 8pm kick-off.", "8pm", 1200, 1200),
        # Words after an hour with no "am" or "pm" name its half of the day.
        ("He will speak at 1:30 in the afternoon.", "1:30", 810, 810),
        ("The raid came at 12:15 at night.", "12:15", 15, 15),
        ("Doors open at 9:45 in the morning.", "9:45", 585, 585),
        ("The vote closed at 12:30 in the afternoon.", "12:30", 750, 750),
        ("The alarm sounded at 11:05 at night.", "11:05", 1385, 1385),
        ("The crash happened at 2:45 at night.", "2:45", 165, 165),  # after midnight
        ("Police were called at 10:30 last night.", "10:30", 1350, 1350),
        ("The meeting began at 4:30 on Tuesday afternoon.", "4:30", 990, 990),
        ("He will address the nation at 9:15 tonight.", "9:15", 1275, 1275),
        ("Trading resumed at 7:30, and the evening session ran late.", "7:30", 450, 450),
        # "o'clock" with the half of the day after it.
        ("The blast was heard at 10 o'clock at night.", "10 o'clock", 1320, 1320),
        ("The bell rang at three o'clock in the afternoon.", "three o'clock", 900, 900),
        ("He arrived about 10 o'clock in the morning.", "about 10 o'clock", 585, 615),
    ],
)
def test_time_read(text: str, surface: str, low: int, high: int) -> None:
    times = [c for c in extract(text) if c.clock]
    assert [(c.text, c.quantity.low, c.quantity.high) for c in times if c.quantity] == [
        (surface, low, high)
    ]
    assert text[slice(*times[0].span)] == surface


@pytest.mark.parametrize(
    "text",
    [
        "Shops stay open until 10pm.",  # a bound of something else
        "The office opens by 8am.",
        "The strike runs 9am-5pm on weekdays.",  # a span's ends
        "The strike runs from 9am to 5pm.",
        "Trading closed at 16:30 GMT.",  # a zone the other text may not share
        "He finished in 2:07:31.",  # a race time
        "Inflation was 14.20 per cent.",
        "Visiting hours are between 2pm and 4pm.",
        "Talks ran from noon to 2pm.",
        "Bars serve 6am-midnight.",
        "A 10pm-to-6am curfew was imposed.",
        "He quoted John 3:16 at the rally.",  # a 24-hour time needs "at" or a hedge
        "He ran the mile in 3:59.",
        "He burned the midnight oil.",  # a word for an hour qualifying a noun
        "The union walked out minutes before a 5pm deadline.",  # a bound (CLOCK_BOUND_NOUNS)
        "Midnight Express was shown on television.",  # a word for an hour, capitalised
        "The bell rang at ten to midnight.",  # a clock idiom
        "The bar was busy 8:45pm-9pm.",  # a span, the hour with a colon
        "The shift ran from 9:30pm-midnight.",
    ],
)
def test_no_time_read(text: str) -> None:
    assert [c.text for c in extract(text) if c.clock] == []


@pytest.mark.parametrize(
    "text", ["The meeting starts at 10 o'clock.", "The shop shuts at six o’clock sharp."]
)
def test_oclock_with_no_half_of_the_day_is_no_figure(text: str) -> None:
    """Morning or afternoon, the text does not say: no time, and no count of "o"."""
    assert [c.text for c in extract(text)] == []


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        ("The plane landed at 14:20, officials said.", "The plane landed at 2.20pm.", "agree"),
        ("The quake struck at noon.", "The quake struck at midday.", "agree"),
        ("The explosion happened at 4pm.", "The explosion happened at 6pm.", "conflict"),
        ("The ferry sailed at 8.45am.", "The ferry sailed at 8.45pm.", "conflict"),
        (
            "The lorry overturned shortly after 4pm.",
            "The lorry overturned at about 4.10pm.",
            "compatible",
        ),
        ("The fire started just before midnight.", "The fire started at 11.55pm.", "compatible"),
        # On a circle: midnight meets the minutes before it.
        ("The fire started just before midnight.", "The fire started at midnight.", "compatible"),
        ("The crash was at 11.55pm.", "The crash was at 12.05am.", "conflict"),
    ],
)
def test_times_compared(a: str, b: str, verdict: str) -> None:
    found = [f for f in compare(a, b).findings if f.a.clock]
    assert [f.verdict.value for f in found] == [verdict], found


@pytest.mark.parametrize(
    ("a", "b", "gap"),
    [("4pm", "6.30pm", "2 hours 30 minutes"), ("11.55pm", "12.05am", "10 minutes")],
)
def test_reason_in_hours_and_minutes(a: str, b: str, gap: str) -> None:
    (f,) = compare(f"The blast was at {a}.", f"The blast was at {b}.").findings
    assert f.verdict is Verdict.CONFLICT
    assert f.reason.endswith(f"{a} — B: {b}: {gap} apart")


@pytest.mark.parametrize(
    ("minutes", "shown"),
    [(0, "midnight"), (720, "noon"), (960, "4pm"), (635, "10.35am"), (1440, "midnight")],
)
def test_clock(minutes: int, shown: str) -> None:
    assert clock(minutes) == shown
