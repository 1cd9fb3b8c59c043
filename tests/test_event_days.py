"""Days of one event and of two: the ties of two different days of the week
(claimdiff.weekday_ties), days far apart (claimdiff.date_slips) and the tenses that part
them (claimdiff.tenses), and the year said after a day (claimdiff.said_years; docs/compare.md,
"Days of the week", "Two events' days", "A day of last year")."""

from __future__ import annotations

import pytest

from claimdiff import Verdict, compare, extract
from claimdiff.candidates import Candidate
from claimdiff.date_slips import far_days
from claimdiff.lexicon import get_lexicon
from claimdiff.said_years import year_said_after
from claimdiff.tenses import clause_tense
from claimdiff.weekday_ties import day_part

EN = get_lexicon("en")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("The lorry overturned at 9.40pm on Saturday.", "1300"),  # minutes of the day
        ("The lorry overturned on Saturday at about 9.40pm.", "1300"),  # its middle
        ("The fire broke out on the evening of Friday.", "evening"),
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


def _cand(text: str) -> Candidate:
    (c,) = extract(f"It was on {text}.")
    return Candidate(c, "date", frozenset(), None)


@pytest.mark.parametrize(
    ("a", "b", "far", "slip", "other_month"),
    [
        ("21 May", "20 May", False, False, False),  # near
        ("31 May", "2 June", False, False, False),  # across a month's end
        ("30 December", "2 January", False, False, False),  # across a year's end
        ("21 May", "12 May", True, True, False),  # digits swapped
        ("3 May", "30 May", True, True, False),  # a nought dropped
        ("17 April", "7 April", True, True, False),  # a leading one dropped
        ("2 May", "25 May", True, False, False),  # any digit: an arrest and a charge
        ("16 November", "26 November", True, False, False),
        ("14 October", "14 November", True, True, True),  # the month wrong
        ("2 June 2021", "2 June 2022", True, True, False),  # the year wrong
        ("3 January 1936", "3 January 2024", True, False, False),  # a birth and a death
        ("31 October", "30 September", True, True, False),  # two months' ends side by side
        ("31 March", "30 September", True, False, False),
        ("9 February", "1 March", True, False, False),
    ],
)
def test_far_days(a: str, b: str, far: bool, slip: bool, other_month: bool) -> None:
    found = far_days([_cand(a)], [_cand(b)])
    assert [bool(m[0, 0]) for m in found] == [far, slip, other_month]
    back = far_days([_cand(b)], [_cand(a)])
    assert [bool(m[0, 0]) for m in back] == [far, slip, other_month]


def test_far_days_of_thousands_is_a_table() -> None:
    """Thousands of dates against thousands: every day against every other, read from
    arrays, not compared in Python (each pair as its own look-up)."""
    days = [_cand(f"{d} May") for d in range(1, 31)] * 40
    far, slip, _ = far_days(days, days)
    assert far.shape == (1200, 1200)
    assert far[0, 29] and not far[0, 1] and slip[2, 29]  # 1/30 May; 1/2 May; 3/30 May


@pytest.mark.parametrize(
    ("text", "date", "tense"),
    [
        ("The judge adjourned the trial until 16 July.", "16 July", None),
        ("Unions called a national strike for 21 March.", "21 March", None),
        ("The launch was pushed back to 14 March.", "14 March", None),
        ("Organisers confirmed the event opens on 12 June.", "12 June", None),
        ("Police confirmed on 3 May that two men had been held.", "3 May", "past"),
        ("She died on the morning of 3 May.", "3 May", "past"),  # "morning" is no verb's
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
            "The mill blast at 6.15am on Monday shook the town.",
            "The blast at the mill at about 6.15am on Tuesday shook the town.",
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
        # The one day each report gives, the clauses naming one place and no two events.
        (
            "The ferry ran aground off Yell on Tuesday evening with 40 people on board.",
            "The ferry struck rocks near Yell late on Wednesday, the coastguard said.",
            Verdict.CONFLICT,
        ),
        (
            "Temperatures hit 46.2C in Jacobabad on Monday.",
            "The mercury climbed to 115F in Jacobabad on Sunday.",
            Verdict.CONFLICT,
        ),
        # Both the day something was said, a place or party named or not.
        (
            "WWDC will run from June 9, the company announced on Tuesday.",
            "Apple said on Wednesday that WWDC will run from June 9.",
            Verdict.CONFLICT,
        ),
        (
            "Harlow Foods announced on Monday that it would shut the plant.",
            "Harlow Foods said on Tuesday it would close the factory.",
            Verdict.CONFLICT,
        ),
    ],
)
def test_days_of_one_event(a: str, b: str, verdict: Verdict) -> None:
    days = [f for f in compare(a, b).findings if f.a.weekday]
    assert [f.verdict for f in days] == [verdict]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A day of the week between "for" and the date leaves a set date no past one.
        (
            "Polling day has been set for Saturday 16 March.",
            "Voters will go to the polls on March 23.",
        ),
        # An act one is accused of takes no tense from the verb after it.
        (
            "A man accused of stabbing a shopkeeper on 2 November will stand trial in March.",
            "Kyle Morgan is charged over the attack on November 3.",
        ),
    ],
)
def test_days_of_one_plan_or_act(a: str, b: str) -> None:
    days = [f for f in compare(a, b).findings if f.a.kind.value == "date"]
    assert [f.verdict for f in days] == [Verdict.CONFLICT]


def test_a_day_inside_a_span_is_evidence() -> None:
    # "Feb. 28" within "the end of February" ties the two, leaving "March 3" to meet
    # "March 13" (a held-out miss, forty-fifth session); the same day still wins over a span.
    a = (
        "Nearly 4,000 nurses at New York hospitals went on strike on March 3 after their"
        " contract expired at midnight on Feb. 28."
    )
    b = (
        "The nurses' walkout, which began March 13, has forced hospitals to divert"
        " ambulances. Their previous contract ran out at the end of February."
    )
    found = {(f.a.text, f.b.text): f.verdict for f in compare(a, b).findings}
    assert found == {
        ("March 3", "March 13"): Verdict.CONFLICT,
        ("Feb. 28", "end of February"): Verdict.COMPATIBLE,
    }
    a = "The festival runs from 2 to 6 October, with the final on Wednesday 4 October."
    b = "The final is on October 4."
    assert [(f.a.text, f.b.text) for f in compare(a, b).findings] == [("4 October", "October 4")]


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
        ("She was born on 3 January 1936.", "She died on 3 January 2024."),
        ("He was arrested on 14 October.", "He was jailed on 14 November."),
        # Past days far apart with a word in common; a day to come against one of no tense.
        (
            "A Constable landscape sold at Christie's on 3 December.",
            "The Constable landscape went on display on 15 December.",
        ),
        (
            "The castle is open on 3 May for a charity day.",
            "The castle closes for the season on 31 October.",
        ),
        # Days to come far apart with a word in common: two plans (a second reader's, when
        # such days were paired for a session).
        (
            "Schools in Wales will reopen on 6 January.",
            "Universities in Wales will reopen on 20 January.",
        ),
        (
            "The bridge will open to cyclists on 3 March.",
            "The bridge will open to cars on 17 March.",
        ),
        # Two days of the week of two events, a part of the day or a verb shared.
        ("A lorry overturned late on Monday.", "The road reopened late on Tuesday."),
        ("A man was arrested on Monday.", "A second man was arrested on Wednesday."),
        # The one day each report gives: one the event's, the other when it was told; or
        # no place or party named in both clauses; or a beginning against an end; or verbs
        # of two events.
        (
            "A man died after a crash near Bodmin on Saturday.",
            "Bodmin police said on Monday they were appealing for witnesses.",
        ),
        ("The ferry ran aground on Tuesday.", "The coastguard was called late on Wednesday."),
        (
            "The Severn in Shrewsbury rose to 5.2 metres on Sunday.",
            "The Severn in Shrewsbury will stay high until Tuesday.",
        ),
        (
            "The Murrumbidgee at Wagga peaked on Sunday.",
            "The Murrumbidgee at Wagga was still rising on Monday.",
        ),
        # Two events in one place, both past: a closure's beginning and its end.
        (
            "Road closures in Leeds ran from Monday.",
            "Road closures in Leeds lasted until Wednesday.",
        ),
        # One day in two tenses that begins one thing and ends another.
        ("Unions will begin a strike on 27 June.", "The last strike ended on June 27."),
        ("The campaign will start on October 14.", "The previous campaign ended on October 14."),
    ],
)
def test_days_of_two_events(a: str, b: str) -> None:
    assert [f for f in compare(a, b).findings if f.a.kind.value == "date" and not f.a.clock] == []


def test_days_of_two_years() -> None:
    """A day said of last year is no day of a clause to come (claimdiff.said_years)."""
    a = "The walkout will now begin on 22 January rather than 15 January."
    b = "The union's last walkout started on 15 January last year."
    assert [f for f in compare(a, b).findings if f.a.kind.value == "date"] == []
    assert "15 January" in [c.text for c in extract(b)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("He died on 3 March last year.", "He died on 3 March this year."),
        (
            "The fair ran until 9 June last year, organisers said.",
            "Organisers said the fair ran until 9 June this year.",
        ),
    ],
)
def test_one_day_of_two_years_conflicts(a: str, b: str) -> None:
    """One day both reports place in a year, and two different ones: a conflict that says
    so; the relative dates after the days meet nothing else."""
    (f,) = compare(a, b).findings
    assert f.verdict is Verdict.CONFLICT
    assert "one says last year, the other this year" in f.reason


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Mount Ruang erupted on 17 April.",
            "Thousands fled after the volcano erupted on April 7.",
        ),
        ("The painting was stolen on 21 May.", "The painting was taken on the night of 12 May."),
        # The one day each gives, no word shared: a slip of the pen, or days near.
        (
            "The museum said the sculpture was stolen in the early hours of 21 May.",
            "Police say the theft took place on the night of 12 May.",
        ),
        (
            "A judge ruled that the case of the shop robbery on 2 November goes to trial.",
            "Detectives say the raid happened on November 4.",
        ),
        # The one day each has left once the same day pairs.
        (
            "The mill will reopen on 14 April. Fire crews fought the blaze there on 3 March.",
            "Detectives say the arson attack of March 5 was planned. The site reopens on April 14.",
        ),
    ],
)
def test_one_event_misdated(a: str, b: str) -> None:
    (f,) = [
        f for f in compare(a, b).findings if f.a.kind.value == "date" and f.verdict != Verdict.AGREE
    ]
    assert f.verdict is Verdict.CONFLICT


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # One day seen from either side of it: planned, and moved from.
        (
            "The ferry service will start on 2 June, after it was postponed from 19 May.",
            "Originally planned for May 19, the ferry service is now set for June 2.",
        ),
        (
            "India will launch its solar probe on 2 September; it was delayed from 26 August.",
            "The launch, originally planned for August 26, is now set for September 2.",
        ),
        # A day said of next year, the other report's year said elsewhere.
        (
            "The Open will start on 12 January next year, a week later than usual.",
            "The next Open will begin on January 12, organisers confirmed.",
        ),
    ],
)
def test_one_day_in_two_tenses(a: str, b: str) -> None:
    days = [f for f in compare(a, b).findings if f.a.kind.value == "date"]
    assert days and all(f.verdict is Verdict.AGREE for f in days)
    assert len(days) == len([c for c in extract(a) if c.kind.value == "date"])


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("It ended on October 14 last year.", -1),
        ("It opens on 3 March, next year.", 1),
        ("It opens on 3 March this year.", 0),
        ("It opens on 3 March. Last year it opened in April.", None),  # another sentence's
        ("It opens on 3 March last yearly.", None),  # no such words
        ("It opened on 3 March 2024, last year.", None),  # its year written
        ("It opened on 3 March.", None),
        ("It begins on 3 March, last year's winner said.", None),  # a possessive
        ("It begins on 3 March, last year being the exception.", None),  # a clause of its own
        ("It opened on 3 March, last year.", -1),
    ],
)
def test_year_said_after_a_day(text: str, years: int | None) -> None:
    day = next(c for c in extract(text) if c.kind.value == "date")
    assert year_said_after(text, day, EN.DAY_YEAR_AFTER) == years
