"""Figures as news writes them, on sentences written by someone who had not read the code.

tests/data/extract_probe_money_fresh.json: money and shares ("£3m-a-year", "₹1.2 lakh",
"a quarter of a billion dollars", "1.2pc", "one in five"); tests/data/
extract_probe_counts_fresh.json: counts, measures, lengths of time and ages ("a dozen",
"6ft 2in", "40mph", "a fortnight", "in his 40s") beside words that state none ("No 10",
"Covid-19"); tests/data/extract_probe_dates_fresh.json: dates, years and ranges ("3-5
March", "2025/26", "between 30 and 40 people") beside numbers that are labels ("junction
10", "iPhone 15", "+91 98765 43210"); tests/data/extract_probe_domains_fresh.json: ten
sentences from each of six beats (sport, politics, courts, health, business, weather).
The writer gave each figure's kind and bounds,
measures and lengths of time in the unit written; each expected reading is one test,
and those claimdiff reads otherwise stay ``xfail(strict=True)`` with the reason.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from readings import expected_readings, figures, holds_bounds

import claimdiff
from claimdiff.model import Quantity
from claimdiff.units import convert

DATA = Path(__file__).parent / "data"
ITEMS: list[dict[str, Any]] = [
    item
    for name in (
        "extract_probe_money_fresh.json",
        "extract_probe_counts_fresh.json",
        "extract_probe_dates_fresh.json",
        "extract_probe_domains_fresh.json",
    )
    for item in json.loads((DATA / name).read_text("utf-8"))
]
# The writer's names of units, as pint names them.
_UNITS = {
    "C": "degree_Celsius", "F": "degree_Fahrenheit", "sq ft": "square_foot", "in": "inch",
    "mph": "mile/hour", "km/h": "kilometer/hour", "magnitude": "", "decade": "decade",
    "fortnight": "fortnight", "degrees Fahrenheit": "degree_Fahrenheit", "kmph": "kilometer/hour",
}  # fmt: skip
# Kinds the writer had no name for beyond "none": reading such words so is right.
_UNNAMED = frozenset({"measure", "year", "date", "score"})
_SLACK = 0.12  # a hedge's factor as the writer gave it against claimdiff's tables

_POINTS = "percentage and basis points are counts of points (docs/claims.md, 'Units')"
_VAGUE = "vague words hold claimdiff's plausible range, wider than the writer's"
XFAIL: dict[str, str] = {
    "m-shop-name-none:99p": "a shop's name ('99p Stores') is read as money",
    "p-percentage-points:3 percentage points": _POINTS,
    "p-quarter-point-range:0.25 percentage points": _POINTS,
    "p-basis-points:20 basis points": _POINTS,
    "p-two-thirds:two-party": "'a two-party system' is read as the count 2",
    "p-hundred-per-cent-none:100 per cent": "'100 per cent sure' is read as a share",
    "count-dozens-of:Dozens": _VAGUE,
    "count-scores-of:Scores": _VAGUE,
    "count-tens-of-thousands:Tens of thousands": _VAGUE,
    "count-hundreds:Hundreds": _VAGUE,
    "measure-magnitude:7.2-magnitude": "a quake's magnitude is read as a count",
    # tests/data/extract_probe_dates_fresh.json
    "ie-bins-on-the-5th:the 5th": "a day of the month alone ('on the 5th') is not read",
    "in-fir-5-4-2023:5/4/2023": "'5/4/2023' has no value: day and month order differ",
    "in-lender-fy24:FY24": "'FY24' is a period of the figures near it, no claim",
    "us-baseball-98-team:'98": "a year of two digits (''98') is read as a count",
    "ie-trolleys-10-12-hours:from 10 to 12 hours": "'from X to Y' is a change: two claims",
    "in-project-crore-range:between Rs 800 crore and Rs 1,000 crore": (
        "a range of two amounts in crore is read as two amounts"
    ),
    "uk-police-phone-numbers:101": "a short phone number ('call 101') is read as a count",
    # tests/data/extract_probe_domains_fresh.json
    "pol-labor-swing-2pp:two-party-preferred": "'two-party-preferred' is read as the count 2",
    "health-australia-flu-over-65s:over-65s": "'the over-65s' is no age of anyone",
    "wx-turkey-syria-earthquake:magnitude 7.8": "a quake's magnitude is read as a count",
}


def _params() -> list[Any]:
    return expected_readings(ITEMS, XFAIL)


def _reads(q: Quantity, want: dict[str, Any]) -> bool:
    unit = want.get("unit")
    if unit and want["kind"] in ("measure", "duration"):
        name = _UNITS.get(unit, unit)
        if name:  # a magnitude has no unit of pint's: its number is the figure
            converted = convert(q, name)
            if converted is None:
                return False
            q = converted
    return holds_bounds(*q.interval, want["low"], want["high"], _SLACK)


@pytest.mark.parametrize(("text", "want"), _params())
def test_reading(text: str, want: dict[str, Any]) -> None:
    """The words are read as the writer reads them: the kind and its bounds, or no figure."""
    k = text.index(want["surface"])
    lo, hi = k, k + len(want["surface"])
    over = [c for c in figures(claimdiff.extract(text)) if c.span[0] < hi and lo < c.span[1]]
    got = [(c.text, c.kind.value, c.quantity) for c in over]
    if want["kind"] == "none":
        # Words of another figure may cover them ("Two teenagers" counts, and "teenagers"
        # states no age): only a figure read from these words is wrong.
        own = [
            c
            for c in over
            if (lo <= c.span[0] < hi or c.span[1] < hi) and c.kind.value not in _UNNAMED
        ]
        assert own == [], got
        return
    assert any(
        c.kind.value == want["kind"] and c.quantity is not None and _reads(c.quantity, want)
        for c in over
    ), got
