"""Targets: what was aimed at is a figure of its own (claimdiff.targets).

Each reading row names a figure by the words of its claim and whether it is read as a
target; each pair row gives two reports that both state a target and an outcome, which
pair target with target and outcome with outcome, never across (docs/compare.md,
"Evidence against").
"""

from __future__ import annotations

import pytest

from claimdiff import Verdict, compare
from claimdiff.lexicon import get_lexicon
from claimdiff.prepare import document, prepare

READINGS = [
    # A target's noun and a word naming its value, before the figure.
    ("Only 58% were seen in four hours, against a target of 95%.", "95%", True),
    ("Only 58% were seen in four hours, against a target of 95%.", "58%", False),
    ("The government's goal is 300,000 homes a year.", "300,000 homes a year", True),
    ("It has an ambition to plant 15 billion trees.", "15 billion trees", True),
    # ... not the size of a miss, nor a noun that names no value.
    ("The trust missed its target by 2%.", "2%", False),
    ("He scored the winning goal in front of 40,000 fans.", "40,000 fans", False),
    # A verb of aiming and "to" or "for".
    ("Ministers aim to build 300,000 homes a year.", "300,000 homes a year", True),
    ("Organisers are aiming for £210,000.", "£210,000", True),
    ("The firm is seeking to raise $50m.", "$50m", True),
    # Money pledged is money given, and a wish aims at nothing.
    ("The appeal drew pledges of $1.2bn from donors.", "$1.2bn", False),
    ("Police want to speak to 3 men seen near the scene.", "3 men", False),
    # A plan states what the other report gives with "will".
    ("The company plans to cut 300 jobs.", "300 jobs", False),
    # Targeting, for a figure not a count.
    ("New Delhi is targeting $2tn in exports by 2030.", "$2tn", True),
    ("Drones were targeting 12 sites overnight.", "12 sites", False),
    # A target's noun after the figure: "goal" only for what is not a count.
    ("Inflation stayed above the 2% target.", "2%", True),
    ("The campaign beat its $4 billion goal.", "$4 billion", True),
    ("City held a two-goal lead after 30 minutes.", "a two-goal", False),
    ("Troops struck 40 targets overnight.", "40 targets", False),
    # A second reader's common targets: a verb of being then "to", "a" after "of", light
    # words and a last "by" between a verb of aiming and its figure.
    ("The goal is to build 300,000 homes a year.", "300,000 homes a year", True),
    ("Its target is to vaccinate 95% of children.", "95% of children", True),
    ("The government aims to cut emissions by 40% by 2030.", "40%", True),
    ("Ministers promised to recruit an extra 20,000 officers.", "20,000 officers", True),
    ("The city set a target of a 30% cut in traffic.", "30%", True),
    ("The target is about 300,000 homes.", "about 300,000 homes", True),
    ("The goal is worth $5m to the club.", "$5m", False),
    ("The goals of all 193 member states differ.", "193 member states", False),
    # Words of targets in sport, war, funds and searches that name no target (a fresh
    # reader's probes).
    ("The goal was watched by 40,000 fans.", "40,000 fans", False),
    ("The aim of the $5bn fund is to rebuild schools.", "$5bn", False),
    ("Trump took aim at 5 judges.", "5 judges", False),
    ("Police are seeking to identify 3 men.", "3 men", False),
    ("Rescuers hoped to find survivors among the 300 passengers.", "300 passengers", False),
    ("The charity that aims to help children raised £5m last year.", "£5m", False),
    ("Strikes on energy targets caused $2bn of damage.", "$2bn", False),
    ("The 12 sites targeted by Russian missiles burned.", "12 sites", False),
    ("The 20% standard rate of VAT applies to fuel.", "20%", False),
    # Named, then a participle of aiming, and no "who" between.
    ("It is well short of the 500,000 the White House has pledged.", "500,000", True),
    ("Thanks went to the 2,000 residents who pledged money.", "2,000 residents", False),
]


@pytest.mark.parametrize(("text", "figure", "want"), READINGS)
def test_aimed(text: str, figure: str, want: bool) -> None:
    side = prepare(document(text, "a", None), get_lexicon("en"), None)
    marks = {c.claim.text: c.aimed for c in side.candidates}
    assert figure in marks, f"{figure!r} not read: {sorted(marks)}"
    assert marks[figure] is want


PAIRS = [
    (
        "Ireland completed 32,695 new homes in 2023, beating the government's target of 29,000.",
        "New home completions in Ireland rose to 32,695 last year, short of the 33,450 "
        "target set in the Housing for All plan.",
        ("32,695 new homes", "32,695"),
        ("29,000", "33,450 target set", Verdict.CONFLICT),
    ),
    (
        "Just 71% of patients were seen within four hours, against a target of 95%.",
        "Only 76 per cent of patients were seen in time; the target is 95 per cent.",
        ("71% of patients", "76 per cent of patients"),
        ("95%", "95 per cent", Verdict.AGREE),
    ),
    (
        "A crowdfunding appeal has raised £89,600 in a week, and the target is £120,000.",
        "Organisers are aiming for £210,000. Donations reached nearly £90,000.",
        ("£89,600", "nearly £90,000"),
        ("£120,000", "£210,000", Verdict.CONFLICT),
    ),
]


@pytest.mark.parametrize(("a", "b", "outcomes", "targets"), PAIRS)
def test_pairs(
    a: str, b: str, outcomes: tuple[str, str], targets: tuple[str, str, Verdict]
) -> None:
    report = compare(a, b)
    made = {(f.a.text, f.b.text): f.verdict for f in report.findings}
    assert outcomes in made, made
    assert made.get(targets[:2]) is targets[2], made
    for fa, fb in made:
        assert (fa == outcomes[0]) == (fb == outcomes[1]), (fa, fb)
