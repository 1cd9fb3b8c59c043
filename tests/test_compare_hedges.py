"""Hedged and rounded figures judged as an editor would, on pairs written by someone
who had not read the code (tests/data/hedge_pairs_fresh.json: 60 pairs, each labelled
agree, compatible or conflict with the writer's reason)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import claimdiff

_CASES: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "data" / "hedge_pairs_fresh.json").read_text("utf-8")
)

# A hedged figure 1% to 5% from the other admits it (compatible) since the forty-fourth
# session, as the held-out sets' writers read it; this set's writer, asking whether an
# editor would flag the pair, said agree (docs/compare.md, "Verdicts").
_ADMITS = "a hedged figure 1-5% from the other is compatible, not agree"
# Pairs claimdiff judges otherwise, and why.  Each is a strict xfail: a fix shows up.
XFAIL = {
    "california-diesel": "'around $4' is a one-digit figure hedged: ±15% holds $4.45",
    "new-year-square": "'About 80,000' (one digit, ±15%) reaches 'more than 90,000'",
    "exhibition-visitors": "'About 66,000' reaches down to 'just over 60,000' (edge)",
    "council-capital-budget": _ADMITS,
    "ferry-injured-90": _ADMITS,
    "cup-final-attendance": _ADMITS,
    "border-pipeline-length": _ADMITS,
    "volcano-evacuation-radius": _ADMITS,
    "plant-closure-jobs": _ADMITS,
    "oil-output-recovery": _ADMITS,
    "bank-q3-profit": _ADMITS,
    "tarmac-delay": _ADMITS,
}


def _verdict(case: dict[str, Any]) -> str:
    report = claimdiff.compare(case["a"], case["b"])
    for f in report.findings:
        a_meets = case["fa"] in f.a.text or f.a.text in case["fa"]
        if a_meets and (case["fb"] in f.b.text or f.b.text in case["fb"]):
            return f.verdict.value
    return "unpaired"


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, id=c["id"], marks=pytest.mark.xfail(reason=XFAIL[c["id"]], strict=True))
        if c["id"] in XFAIL
        else pytest.param(c, id=c["id"])
        for c in _CASES
    ],
)
def test_hedged_figures_judged_as_an_editor_would(case: dict[str, Any]) -> None:
    assert _verdict(case) == case["verdict"], case["why"]


def test_the_set_is_balanced() -> None:
    """The set covers every verdict, so a rule that says one thing always cannot pass."""
    verdicts = [c["verdict"] for c in _CASES]
    assert {v: verdicts.count(v) for v in set(verdicts)} == {
        "agree": 20,
        "compatible": 15,
        "conflict": 25,
    }


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # A temperature's or a percentage's zero lies between signs: "about 0" reaches both.
        ("It was about 0C at dawn.", "It was -0.3C at dawn.", "compatible"),
        ("Growth was about 0% last year.", "Growth was -0.2% last year.", "compatible"),
        ("It was about 0C at dawn.", "It was -5C at dawn.", "conflict"),
    ],
)
def test_hedged_zero_of_a_signed_figure(a: str, b: str, verdict: str) -> None:
    (finding,) = claimdiff.compare(a, b).findings
    assert finding.verdict.value == verdict


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # Two bounds of one side within 1% are one bound (in two units); further apart,
        # both hold past the stricter.
        (
            "Some 400 patients waited more than a year.",
            "Some 400 patients waited over 52 weeks.",
            "agree",
        ),
        (
            "Some 400 patients waited more than a year.",
            "Some 400 patients waited over 12 months.",
            "agree",
        ),
        # Further apart, both hold past the stricter.
        (
            "More than 300 people were evacuated.",
            "More than 250 people were evacuated.",
            "compatible",
        ),
        (
            "More than 300 people were evacuated.",
            "More than 290 people were evacuated.",
            "compatible",
        ),
        # A comparative of time is a bound too.
        (
            "Some 400 patients waited more than 52 weeks.",
            "Some 400 patients waited longer than 12 months.",
            "agree",
        ),
        # A stated extreme is its figure: two that differ conflict, however near.
        (
            "At least 1,000 people were evacuated.",
            "At least 1,009 people were evacuated.",
            "conflict",
        ),
        # Within 1%: one bound.
        (
            "More than 300 people were evacuated.",
            "More than 297 people were evacuated.",
            "agree",
        ),
    ],
)
def test_bounds_of_one_side_in_two_units(a: str, b: str, verdict: str) -> None:
    findings = claimdiff.compare(a, b).findings
    bound = [f for f in findings if "400" not in f.a.text]
    assert [f.verdict.value for f in bound] == [verdict]
