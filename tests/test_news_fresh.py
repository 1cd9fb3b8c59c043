"""Quantities in news, on 100 items of one or two sentences written by someone who had not
read the code (tests/data/extract_news_fresh.json): ten kinds of page (business, local
government, courts, health, sport, weather, transport, politics, culture, disasters), every
quantity a careful reader takes from them listed with its value and kind, and look-alikes
that are none ("stage 4", "AI 1942", "COVID-19").

Each case holds when every quantity its writer listed is read at its place and value
(a share in percent or as a fraction; pence in pounds; a range or a score by one of its
ends), and nothing else is claimed but days and months named without a digit, vague
amounts ("thousands of buildings") and what a listed quantity's claim spans.  Cases
claimdiff still reads otherwise stay ``xfail(strict=True)`` with the reason.

Then the rules the set was used for, at their edges (``EDGES``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from readings import case_params, numbers_in, reads_value, span_in

from claimdiff.model import Claim

CASES: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "data" / "extract_news_fresh.json").read_text("utf-8")
)
_MULTIPLE = "a multiple ('twice as likely', 'more than double', 'halving') is no claim"
_JOINED = "a length in parts is one claim ('six years and eight months' is 80 months)"
XFAIL: dict[str, str] = {
    "nw-2-3": "a run counted by its ordinal is read as a length of time (docs/claims.md, 'Runs')",
    "nw-1-3": "'73.41 cents US' is read as $0.7341, the writer's value is in cents",
    "nw-1-9": _MULTIPLE,
    "nw-3-1": _JOINED,
    "nw-4-3": _MULTIPLE,
    "nw-5-3": "'five tries to one' is not read as a tally",
    "nw-5-4": _JOINED,
    "nw-5-9": "judges' cards after \"by unanimous decision\" ('scoring it 98-92, 97-93') are not"
    ' read as scores: "decision" makes a score only after it',
    "nw-6-10": _MULTIPLE,
    "nw-7-1": "'in a month' is read as a length of time",
    "nw-7-9": _MULTIPLE,
    "nw-8-4": "'52-48 on a two-party-preferred basis' is not read, and 'a two' is",
    "nw-8-7": "'in a month' is read as a length of time",
    "nw-9-8": _MULTIPLE,
    "nw-10-8": _MULTIPLE,
    "nw-10-9": "a flight number after its code ('AI 1942') is read as a year",
}


def _reads(claim: Claim, n: dict[str, Any], span: tuple[int, int]) -> bool:
    """Whether ``claim`` states the writer's number ``n`` at ``span``, to its four figures."""
    return reads_value(claim, n["value"], span, 2e-3, n["surface"])


def _vague(claim: Claim) -> bool:
    q = claim.quantity
    return q is not None and q.value is None and claim.kind.value == "count"


@pytest.mark.parametrize("case", case_params(CASES, XFAIL))
def test_news_quantities(case: dict[str, Any]) -> None:
    text = case["text"]
    claims = numbers_in(text)
    gold = [(n, span_in(text, n["surface"])) for n in case["numbers"]]
    missed = [n["surface"] for n, at in gold if not any(_reads(c, n, at) for c in claims)]
    extra = [
        c.text for c in claims if not _vague(c) and not any(_reads(c, n, at) for n, at in gold)
    ]
    assert not missed and not extra, f"missed {missed}, claimed besides {extra}"


# (text, [(surface, low, high)]): ranges whose unit stands after the first end only,
# steps of a scale named by a number, a committee's vote, a share after a hedge before a
# word that may be a noun, and currency codes touching the digits.
EDGES: list[tuple[str, list[tuple[str, float, float | None]]]] = [
    ("It has trebled in 20 years to 1,140.", [("20 years", 20, 20), ("1,140", 1140, 1140)]),
    (
        "The cable will run 10 miles to 1,000 homes.",
        [("10 miles", 9.5, 10.5), ("1,000 homes", 950, 1050)],
    ),
    ("Recovery takes 3 hours to 4.", [("3 hours to 4", 3, 4)]),
    ("It could add 10 minutes-15.", [("10 minutes-15", 10, 15)]),
    ("It lasts 20 to 30 years.", [("20 to 30 years", 20, 30)]),
    ("It lasts between 20 years and 30.", [("between 20 years and 30", 20, 30)]),
    ("It took 2 hours to 3 hours.", [("2 hours to 3 hours", 2, 3)]),
    ("They pay between €20m and 30m.", [("between €20m and 30m", 20e6, 30e6)]),
    ("Eskom moved to stage 4 load shedding.", []),
    (
        "At this stage 12 people remain; in the first phase 300 homes.",
        [("12 people", 12, 12), ("300 homes", 300, 300)],
    ),
    (
        "Of this type 30 were sold; the patients were grade 3 or 4.",
        [("30", 30, 30), ("4", 4, 4)],
    ),
    ("It is in phase 3 of the plan for 400 patients.", [("400 patients", 400, 400)]),
    ("A category 5 storm hit people with type 2 diabetes.", []),
    (
        "The race has 21 stages and its tier 1 ratio is 12.1%.",
        [("21 stages", 21, 21), ("12.1%", 12.05, 12.15)],
    ),
    ("A round 250 came.", [("250", 250, 250)]),
    ("The committee was voting 6-3 to hold.", [("6-3", 3, 6)]),
    (
        "More than a third waiting, nearly a quarter living alone.",
        [("More than a third", 33.3333333, None), ("nearly a quarter", 22.5, 25)],
    ),
    ("A third waiting, a third reading, a third term.", []),
    (
        "It raised EUR20bn and USD115.5, and SGD1.35 a share.",
        [
            ("EUR20bn", 19.5e9, 20.5e9),
            ("USD115.5", 115.45, 115.55),
            ("SGD1.35 a share", 1.345, 1.355),
        ],
    ),
    ("The MP3 player ran PHP8 on a CAD3 file.", []),
    (
        "Closed for at least another two years, or 30 more months.",
        [("at least another two years", 2, None), ("30 more months", 30, 30)],
    ),
    (
        "Up to a further 500 jobs, nearly an extra £2m.",
        [("Up to a further 500 jobs", 0, 500), ("nearly an extra £2m", 1.7e6, 2e6)],
    ),
    (
        "It cost R180 a dose and £E300 a ticket; take the R62 in a Mercedes E300.",
        [("R180", 179.5, 180.5), ("£E300 a ticket", 299.5, 300.5)],
    ),
    ("Delays caused by the strike will last 3 hours to 4.", [("3 hours to 4", 3, 4)]),
    ("Prices rose. The walk up the hill is 5 km to 7.", [("5 km to 7", 5, 7)]),
    ("It has risen over 5 years to 300.", [("5 years", 5, 5), ("300", 300, 300)]),
    ("It entered Phase 2 trials and moved to stage 6 from noon.", [("noon", 720, 720)]),
    (
        "Those voting 18-24 were few; the board voting 6-3 agreed.",
        [("18-24", 18, 24), ("6-3", 3, 6)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), EDGES, ids=[t for t, _ in EDGES])
def test_edges(text: str, expected: list[tuple[str, float, float | None]]) -> None:
    got = [(c.text, c.quantity.low, c.quantity.high) for c in numbers_in(text) if c.quantity]
    assert [(s, pytest.approx(lo), pytest.approx(hi)) for s, lo, hi in expected] == got
