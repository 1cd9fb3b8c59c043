"""An age's part in its story (claimdiff.age_parts; docs/compare.md, "An age's part").

The verb after an age, or after the noun phrase it stands in, says whether its person
is a suspect ("has been charged", "denies") or someone harmed or saved ("was stabbed",
"died"); two ages of two parts are two people's in compare().  The blind set behind
the rule is tests/data/pairs_appositive_ages_fresh.json (read by
tests/test_compare_fresh.py); the sentences here are written apart from it.
"""

from __future__ import annotations

import pytest

from claimdiff import Kind, Verdict, compare
from claimdiff.age_parts import BEFALLEN, DOER, part_of
from claimdiff.lexicon import get_lexicon

EN = get_lexicon("en")


@pytest.mark.parametrize(
    ("after", "part"),
    [
        (", has been charged with burglary.", DOER),
        (", was later arrested at his home.", DOER),
        (", of Stockport, denies dangerous driving.", DOER),
        (", from Hull, admitted the offence.", DOER),
        (" was remanded in custody.", DOER),
        (" arrested at the scene remains in custody.", DOER),  # a reduced relative
        (", was injured and was later arrested.", None),  # one person in both parts
        (", from Hull has been charged.", DOER),  # a place with no comma after it
        (" was stabbed in the chest.", BEFALLEN),
        (", was critically injured.", BEFALLEN),
        (", died at the scene.", BEFALLEN),
        (" was pulled from the water by a passer-by.", BEFALLEN),
        (", has been airlifted to hospital.", BEFALLEN),
        (" who suffered a broken arm.", BEFALLEN),
        (" who was later charged.", DOER),
        (", was not hurt.", None),  # a negation leaves the part unread
        (", has not been charged.", None),
        (", stabbed his neighbour.", None),  # active: the one who stabbed, no part read
        (", was found guilty.", None),  # "found" is said of both parts
        (", of Leeds is a keen cyclist.", None),  # a place with no comma to close it
        (" on Friday.", None),
        ("", None),
    ],
)
def test_part_of(after: str, part: str | None) -> None:
    assert part_of(after, EN) == part


def test_german_reads_no_part() -> None:
    assert part_of(", wurde festgenommen.", get_lexicon("de")) is None


def _ages(a: str, b: str) -> list[tuple[str, str, Verdict]]:
    return [
        (f.a.text, f.b.text, f.verdict)
        for f in compare(a, b).findings
        if f.a.kind is Kind.AGE and f.b.kind is Kind.AGE
    ]


APART = [
    (
        "A 19-year-old cyclist was knocked off his bike on Mill Road on Sunday evening.",
        "A van driver, 44, has been charged after a cyclist was hurt on Mill Road on Sunday.",
    ),
    (
        "A man, 52, was rescued from the river near the weir on Tuesday.",
        "A woman, 48, has been arrested after a man was pushed into the river on Tuesday.",
    ),
    (  # the class its own words read: police arrested the suspect
        "Police arrested a 30-year-old man after the fight outside the bar on Quay Street.",
        "A man, 26, was punched in a fight outside a bar on Quay Street.",
    ),
    (
        "Harris, 31, of Bolton, denies causing the crash on the A6.",
        "A pedestrian, 36, was seriously injured in the crash on the A6.",
    ),
]


@pytest.mark.parametrize(("a", "b"), APART)
def test_ages_of_two_parts_stay_apart(a: str, b: str) -> None:
    assert _ages(a, b) == []


PAIRED = [
    (  # one part, two stages: injured, then died
        "A woman, 83, was seriously injured when a car hit her on Station Road.",
        "An 81-year-old woman who was struck by a car on Station Road has died.",
        ("83", "An 81-year-old woman"),
        Verdict.CONFLICT,
    ),
    (  # a victim in a sentence of an arrest is no suspect: only a verb right before
        # the age makes it the verb's object
        "Officers arrested a man on suspicion of murdering a 45-year-old woman in Hull.",
        "The woman, 45, was stabbed at her home on Anlaby Road.",
        ("a 45-year-old woman", "45"),
        Verdict.AGREE,
    ),
    (  # a suspect arrested, then charged
        "A 24-year-old man was arrested over the attack on Friday.",
        "A man, 24, has been charged over Friday's attack.",
        ("A 24-year-old man", "24"),
        Verdict.AGREE,
    ),
]


@pytest.mark.parametrize(("a", "b", "ages", "verdict"), PAIRED)
def test_ages_of_one_part_pair(a: str, b: str, ages: tuple[str, str], verdict: Verdict) -> None:
    assert (*ages, verdict) in _ages(a, b)
