"""A date's bound: whether it says when a thing begins or ends (claimdiff.date_bounds)."""

from __future__ import annotations

import pytest

from claimdiff import compare
from claimdiff.date_bounds import BEGIN, END, BoundWords, bound_of
from claimdiff.lexicon import get_lexicon

WORDS = BoundWords.of(get_lexicon("en"))


@pytest.mark.parametrize(
    ("sentence", "date", "bound"),
    [
        # Prepositions right before the date, past fillers.
        ("The festival runs from 1 August to 25 August.", "1 August", BEGIN),
        ("The festival runs from 1 August to 25 August.", "25 August", END),
        ("More than 1,200 fires have been recorded since April 1.", "April 1", BEGIN),
        ("The ban will stay in place until Oct. 15.", "Oct. 15", END),
        ("Parties must submit their lists by 10 October.", "10 October", END),
        ("Starting July 7, campfires are prohibited.", "July 7", BEGIN),
        ("Ms Okafor becomes chief executive, effective January 1.", "January 1", BEGIN),
        ("Sales rose 15% in the three months to June 30.", "June 30", END),
        # Verbs, their auxiliaries and fillers between.
        ("Registration opens on 14 January.", "14 January", BEGIN),
        ("The consultation closes on 30 September.", "30 September", END),
        ("The strike will end at 7am on 18 January.", "18 January", END),
        ("The rule takes effect at noon on Friday, July 7.", "July 7", BEGIN),
        ("The new rules came into force on 4 September.", "4 September", BEGIN),
        ("The championship kicks off in Almaty on July 3.", "July 3", BEGIN),
        ("The festival wraps up on June 16.", "June 16", END),
        ("Advance polls open on November 16.", "November 16", BEGIN),
        ("Lane closures near Hartford begin Aug. 21 as crews work.", "Aug. 21", BEGIN),
        ("The school year is due to end on Dec. 12.", "Dec. 12", END),
        ("The deadline is 10 October.", "10 October", END),
        # A verb of a beginning before its object or place.
        ("The store will launch its winter sale on 27 December.", "27 December", BEGIN),
        ("Doctors will start a strike on 15 January.", "15 January", BEGIN),
        # A pause until a day dates a resumption.
        ("The coroner adjourned the inquest until 16 July.", "16 July", None),
        # A pause's or a closure's end is when a thing resumes: either bound, so none.
        ("The museum will remain closed until 4 April.", "4 April", None),
        ("The pool will stay shut till 9 November.", "9 November", None),
        ("The coroner adjourned the hearing until 16 July.", "16 July", None),
        # ...but the nearest verb decides, not an adjective before it.
        ("The delayed roadworks will continue until 3 May.", "3 May", END),
        ("The suspended striker is banned until 3 May.", "3 May", END),
        # Days moved, a negation, a state: no bound.
        ("The vote was moved from 3 May to 10 May.", "3 May", None),
        ("The vote was moved from 3 May to 10 May.", "10 May", None),
        ("The launch was pushed back two weeks to 12 March.", "12 March", None),
        ("It was not until 4 June that the road reopened.", "4 June", None),
        ("The museum is open on 3 May.", "3 May", None),
        ("The museum stays open on 3 May.", "3 May", None),
        # A second review's: negations in the clause, nouns before "until", "by" after
        # a pause's verb, a progressive form, and nouns of change before "from".
        ("It wasn't until 4 June that the road reopened.", "4 June", None),
        ("The road didn't reopen until 4 June.", "4 June", None),
        ("Police closed the road to traffic until 4 April.", "4 April", None),
        ("They shut the park gates until 4 April.", "4 April", None),
        ("The consultation will close by 3 May.", "3 May", END),
        ("The consultation is closing on 3 May.", "3 May", END),
        ("The price changes run from 6 April.", "6 April", BEGIN),
        # A time of day in two words.
        ("Polls close at 10 p.m. on Thursday, 4 May.", "4 May", END),
        # No bound.
        ("The road was closed on 3 May after a crash.", "3 May", None),
        ("Schools will remain closed on Friday, 6 March.", "6 March", None),
        ("Police closed the road on 3 May.", "3 May", None),
        ("The launch was pushed back to 9 May.", "9 May", None),
        ("A swimmer got into trouble in the deep end on 2 June.", "2 June", None),
        ("Voters go to the polls on Tuesday, November 26.", "November 26", None),
        ("The trial opened, and the jury retired on 3 June.", "3 June", None),
    ],
)
def test_bound_of(sentence: str, date: str, bound: str | None) -> None:
    k = sentence.index(date)
    assert bound_of(sentence, (k, k + len(date)), 0, WORDS) == bound


@pytest.mark.parametrize(
    ("a", "b", "paired"),
    [
        # A range against its two bounds: beginnings pair, ends pair.
        (
            "The Fringe will run from 1 August to 25 August next year, organisers said.",
            "Next year's Fringe will begin on 1 August and close on 24 August.",
            {("1 August", "1 August"), ("25 August", "24 August")},
        ),
        # One text's beginning and the other's end are two facts.
        (
            "The hosepipe ban takes effect on 1 July, the water company said.",
            "The hosepipe ban will stay in force until 4 July, the company said.",
            set(),
        ),
        # A range of days has both bounds: it meets an end.
        (
            "The festival runs from 8 to 10 July, organisers said.",
            "The festival ends on 11 July, organisers said.",
            {("8 to 10 July", "11 July")},
        ),
        # A closure until a day and a reopening that day are one fact.
        (
            "The museum will remain closed until 4 April, its director said.",
            "The museum will reopen on 11 April, its director said.",
            {("4 April", "11 April")},
        ),
        # One day read both ways is one fact: a closure begins when schools close.
        (
            "Schools across the county will close on Thursday, 5 March.",
            "Schools across the county will be shut from Thursday, 5 March.",
            {("5 March", "5 March")},
        ),
    ],
)
def test_bounds_pair(a: str, b: str, paired: set[tuple[str, str]]) -> None:
    report = compare(a, b)
    found = {(f.a.text, f.b.text) for f in report.findings if f.a.kind.value == "date"}
    assert found == paired
