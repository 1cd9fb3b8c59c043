"""A count's class read from its own noun naming who is counted (Claim.predicate_of_noun)
forbids no pair in compare() but with a toll (docs/compare.md, "Evidence against")."""

from __future__ import annotations

import pytest

from claimdiff import Verdict, check, compare, extract


@pytest.mark.parametrize(
    ("a", "b", "pair", "expected"),
    [
        # The same count of one thing is one fact whatever verbs its sentences give it...
        pytest.param(
            "Dozens more were injured, and some 300 homes were destroyed or badly damaged.",
            "Rescue teams were searching the wreckage of about 300 houses.",
            ("some 300 homes", "about 300 houses"),
            Verdict.AGREE,
            marks=pytest.mark.xfail(
                reason="'Rescue teams' gives the houses the toll 'rescues', which parts them",
                strict=True,
            ),
        ),
        # ... but not a toll against another event's verb, nor a standing total said with
        # "there are".
        (
            "Some 300 homes were destroyed by the fire.",
            "About 300 homes were evacuated.",
            ("Some 300 homes", "About 300 homes"),
            None,
        ),
        (
            "About 900 residents were evacuated from the village.",
            "There are about 900 residents in the village.",
            ("About 900 residents", "about 900 residents"),
            None,
        ),
        (
            "Two workers were treated in hospital after the leak.",
            "Two employees needed hospital treatment after the leak.",
            ("Two workers", "Two employees"),
            Verdict.AGREE,
        ),
        # ... but two tolls named plainly are two facts (a second reader's find).
        (
            "Two people were killed in the crash.",
            "Two people were injured in the crash.",
            ("Two people", "Two people"),
            None,
        ),
        (
            "Police arrested 1,250 people.",
            "Some 1,250 people were injured.",
            ("1,250 people", "Some 1,250 people"),
            None,
        ),
        # ... and a total stated with a possessive, or with a verb of having, is no
        # event's count: the evacuated 250 meets the other's 900 evacuated.
        (
            "The village's 900 residents were told to stay indoors, and 250 were evacuated.",
            "All 900 residents of the village were evacuated.",
            ("250", "900 residents"),
            Verdict.CONFLICT,
        ),
        (
            "The town is home to 38,000 residents.",
            "Officials evacuated 38,000 people as the river rose.",
            ("38,000 residents", "38,000 people"),
            None,
        ),
        # "residents" says who was counted, not what befell them.
        (
            "At the care home, 42 residents have fallen ill.",
            "The outbreak has affected 42 residents, the council said.",
            ("42 residents", "42 residents"),
            Verdict.AGREE,
        ),
        (
            "Some 350 employees have signed the letter.",
            "The letter was signed by 350 members of staff.",
            ("Some 350 employees", "350 members of staff"),
            Verdict.AGREE,
        ),
        # Leaving their homes is an evacuation, said in other words (a new user's trial).
        (
            "About 4,500 residents were evacuated from their homes.",
            "Some 45,000 residents had to leave their homes.",
            ("About 4,500 residents", "Some 45,000 residents"),
            Verdict.CONFLICT,
        ),
        # A toll says what befell those counted; a standing total is none of it.
        (
            "The village has about 900 residents.",
            "Officials evacuated about 900 people as the river rose.",
            ("about 900 residents", "about 900 people"),
            None,
        ),
        (
            "The care home has 60 residents.",
            "Twelve residents were taken to hospital.",
            ("60 residents", "Twelve residents"),
            None,
        ),
        # A standing total against a class that is no toll: paired, wrongly.
        pytest.param(
            "The union, which has 45,000 members, balloted them.",
            "Some 30,000 members took part in the ballot.",
            ("45,000 members", "Some 30,000 members"),
            None,
            marks=pytest.mark.xfail(
                strict=True, reason="a total the text has ('which has') is read as no class"
            ),
        ),
        # A toll's own words name what befell them: the dead are never the wounded.
        (
            "Eight people died and 30 were injured in the blast.",
            "The blast left 30 dead and eight wounded.",
            ("30", "30 dead"),
            None,
        ),
    ],
)
def test_who_is_counted(a: str, b: str, pair: tuple[str, str], expected: Verdict | None) -> None:
    report = compare(a, b)
    read_a = {f.a.text for f in report.findings} | {c.text for c in report.only_a}
    read_b = {f.b.text for f in report.findings} | {c.text for c in report.only_b}
    assert pair[0] in read_a and pair[1] in read_b, (read_a, read_b)
    got = {(f.a.text, f.b.text): f.verdict for f in report.findings}
    assert got.get(pair) is expected, got


@pytest.mark.parametrize(
    ("text", "surface", "predicate", "of_noun"),
    [
        ("At the care home, 42 residents have fallen ill.", "42 residents", "population", True),
        (
            "Some 3,000 subscribers have left the service.",
            "Some 3,000 subscribers",
            "customers",
            True,
        ),
        # Another word of the clause gives the class: it says what the figure is.
        (
            "About 1,200 residents live in the village.",
            "About 1,200 residents",
            "population",
            False,
        ),
        (
            "The village has a population of 1,200 residents.",
            "1,200 residents",
            "population",
            False,
        ),
        ("The firm employs 3,600 employees.", "3,600 employees", "employment", False),
        ("Six residents were evacuated.", "Six residents", "evacuations", False),
        # A toll's own word names what befell them.
        ("The blast left 30 dead.", "30 dead", "deaths", False),
    ],
)
def test_class_of_own_noun(text: str, surface: str, predicate: str, of_noun: bool) -> None:
    (claim,) = [c for c in extract(text) if c.text.startswith(surface)]
    assert (claim.predicate, claim.predicate_of_noun) == (predicate, of_noun)


def test_check_keeps_every_clash() -> None:
    """check() reads an output strictly: a source's standing total never supports a
    count of what befell them."""
    r = check(
        "The care home has 60 residents. Twelve were taken to hospital.",
        "Sixty residents were taken to hospital.",
    )
    assert [(f.a.text, f.b.text, f.verdict) for f in r.findings] == [
        ("Twelve", "Sixty residents", Verdict.CONFLICT)
    ]
