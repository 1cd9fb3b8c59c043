"""One person's age across two stages of one story, and days of the week said of others.

For ages, an arrest and a charge name one suspect (``AGE_KIN``, docs/compare.md): the
ages two reports give of that suspect pair, and conflict when they differ.  Counts of
those arrested and charged stay two facts, and a victim's age never meets a suspect's.
A day of the week is the story's, whoever its sentence names ("Whose figure"); a kin word
beside an age that is not its own noun names someone else ("killed her husband").
"""

from __future__ import annotations

import pytest

from claimdiff import check, compare
from claimdiff.lexicon import get_lexicon

PAIRED = [
    (
        "A man aged 47 has been charged with fraud.",
        "Police have arrested a 44-year-old former employee over the fraud.",
        "aged 47",
        "conflict",
    ),
    (
        "Police said the 34-year-old was detained on Friday.",
        "The 43-year-old was charged last night.",
        "the 34-year-old",
        "conflict",
    ),
    (
        "A 17-year-old boy has been charged with attempted murder.",
        "Police arrested a 17-year-old in connection with the shooting.",
        "A 17-year-old boy",
        "agree",
    ),
    (
        "The crash happened near Leeds on Saturday night.",
        "Police were called to the A64 on Saturday.",
        "Saturday",
        "agree",
    ),
    # A kin word beside an age that is not its own noun names someone else.
    (
        "His wife, 58, was airlifted to hospital.",
        "A 58-year-old woman is fighting for her life after a crash that killed her husband.",
        "58",
        "agree",
    ),
]

APART = [
    # Counts of two stages are two facts.
    ("Police arrested 12 people after the match.", "Five people were charged after the match."),
    # A victim and a suspect are two people.
    (
        "A 16-year-old boy was injured in the attack.",
        "A 19-year-old man was arrested over the attack.",
    ),
    # A kin word that is the age's own noun says whose it is.
    ("His wife, 58, was airlifted to hospital.", "Her husband, 58, was airlifted to hospital."),
    # Several days each: whose day it is parts two events' days.
    (
        "Leeds play Hull on Saturday. Wigan face Bath on Sunday.",
        "Hull host Leeds on Sunday. Wigan meet Bath on Saturday.",
    ),
    # Two days are two days, whoever is named.
    ("The crash happened near Leeds on Saturday night.", "Police were called on Sunday."),
]


@pytest.mark.parametrize(("a", "b", "words_a", "verdict"), PAIRED)
def test_one_persons_age_or_day_pairs(a: str, b: str, words_a: str, verdict: str) -> None:
    findings = compare(a, b).findings
    assert [(f.a.text, f.verdict.value) for f in findings] == [(words_a, verdict)]


@pytest.mark.parametrize(("a", "b"), APART)
def test_two_facts_stay_apart(a: str, b: str) -> None:
    assert not compare(a, b).findings


def test_age_kin_names_classes_of_counts() -> None:
    """Every class ``AGE_KIN`` joins is one the lexicon reads beside a figure."""
    lex = get_lexicon("en")
    assert lex.AGE_KIN
    for group in lex.AGE_KIN:
        assert group <= set(lex.COUNT_PREDICATES), group


def test_check_keeps_an_arrest_from_a_charge() -> None:
    """An output that turns a source's arrest into a charge states another fact: check()
    finds no support for its age (AGE_KIN is compare()'s alone)."""
    report = check(
        "Police arrested a 47-year-old man over the fraud.",
        "A 47-year-old man has been charged over the fraud.",
    )
    assert [c.text for c in report.unsupported] == ["A 47-year-old man"]
