"""The tense of a relative date and of a date's clause (claimdiff.tenses), and compare()
keeping a relative date from a date of the other tense (docs/compare.md, "Relative dates")."""

from __future__ import annotations

import pytest

from claimdiff import compare
from claimdiff.lexicon import get_lexicon
from claimdiff.tenses import FUTURE, PAST, clause_tense, phrase_tense

LEX = get_lexicon("en")


@pytest.mark.parametrize(
    ("phrase", "tense"),
    [
        ("last month", PAST),
        ("Earlier this year", PAST),
        ("next spring", FUTURE),
        ("later this week", FUTURE),
        ("this autumn", None),
    ],
)
def test_phrase_tense(phrase: str, tense: str | None) -> None:
    assert phrase_tense(phrase, LEX) == tense


@pytest.mark.parametrize(
    ("sentence", "date", "tense"),
    [
        ("Fire broke out aboard the ship on 4 October; all were safe.", "4 October", PAST),
        ("Members voted 81% in favour of the deal on 2 June.", "2 June", PAST),
        ("The museum, which opened in 1962, will close.", "1962", PAST),
        ("It was first proposed in 2015.", "2015", PAST),
        ("Its first works since a roof repair in 2019 begin soon.", "2019", PAST),
        ("The bridge will open in October.", "October", FUTURE),
        ("The line is due to open in 2027.", "2027", FUTURE),
        ("The council said it would close the pool in March.", "March", FUTURE),
        ("The plant is to shut in May.", "May", FUTURE),
        # Neither: no word of either tense, or words of both.
        ("From 1 March, fares go up.", "1 March", None),
        ("The union has called a strike starting on Wednesday.", "Wednesday", None),
        ("The festival is back in July 2026 for the first time since 2022.", "July 2026", None),
        # A plan: the planning may be past, the date is the plan's.
        ("The line was due to open in 2020.", "2020", FUTURE),
        ("The ground was meant to open in 2026.", "2026", None),
        ("The club had hoped to move in 2026.", "2026", None),
        # Review: names, participles before nouns, present tenses, "due to" a noun.
        ("Manchester United play Chelsea on 3 May.", "3 May", None),
        ("The revised timetable begins on 4 June.", "4 June", None),
        ("The Chicago-based firm reports results on 4 May.", "4 May", None),
        ("Rail firms cancelled 400 trains due to a strike on 4 March.", "4 March", PAST),
        ("Inflation rose more than expected to 3.4% in March.", "March", PAST),
        ("The planned strike on 4 March was called off.", "4 March", PAST),
        ("Riggs, 34, is due before the court on 12 March accused of theft.", "12 March", FUTURE),
        ("The council will rehouse all 1,200 families in March.", "March", FUTURE),
        ("The museum won't reopen until June.", "June", FUTURE),
        ("They'll open the bridge in June.", "June", FUTURE),
        ("The plant Corran opened in 1998 will shut in 2026.", "2026", FUTURE),
        # A day of the week between an aim's word and the date; an act one is accused of.
        ("Polling day has been set for Saturday 16 March.", "16 March", None),
        ("A man accused of stabbing a man on 2 November will stand trial.", "2 November", None),
        ("The Tour of Beijing on 9 October will close the season.", "9 October", FUTURE),
        ("The plan for reopening the pool on 1 July will go ahead.", "1 July", FUTURE),
        ("The plant Corran opened in 1998 will shut in 2026.", "1998", PAST),
        ("He was ordained in 1976 and will retire in 2027.", "2027", FUTURE),
        ("He was ordained in 1976 and will retire in 2027.", "1976", PAST),
    ],
)
def test_clause_tense(sentence: str, date: str, tense: str | None) -> None:
    i = sentence.index(date)
    assert clause_tense(sentence, (i, i + len(date)), (0, len(sentence)), LEX) == tense


# (A, B, the relative date, the date it meets or None)
CASES = [
    (
        "The cruise ship, launched in 2019, will be scrapped next year after a fire last "
        "month left it unseaworthy. None of the 2,300 passengers was hurt.",
        "Fire broke out aboard the ship on 4 October; all 2,300 passengers were evacuated.",
        "last month",
        "4 October",
    ),
    (
        "Bishop Alan Moreby will retire next month after 12 years leading the diocese.",
        "Alan Moreby marked his birthday on 9 May at the cathedral. He has led the diocese "
        "for 12 years.",
        "next month",
        None,
    ),
    (
        "The rail union has called a two-day strike starting on Wednesday.",
        "Rail workers will strike for 48 hours next week, the union announced.",
        "next week",
        "Wednesday",
    ),
    # A year dating a paired figure, as a month does.
    (
        "The network carried 41 million passengers last year.",
        "Passenger numbers reached 41m in 2024.",
        "last year",
        "2024",
    ),
    (
        "The airline flew 6.2 million people next year, it hopes.",
        "The carrier flew 6.2m people in 2024.",
        "next year",
        None,
    ),
]


@pytest.mark.parametrize(("a", "b", "phrase", "date"), CASES)
def test_relative_date_meets_a_date_of_its_tense(
    a: str, b: str, phrase: str, date: str | None
) -> None:
    met = [
        (f.a.text, f.b.text) if f.a.text == phrase else (f.b.text, f.a.text)
        for f in compare(a, b).findings
        if phrase in (f.a.text, f.b.text)
    ]
    assert met == ([] if date is None else [(phrase, date)])
