"""Numbers in many written forms, on sentences written by someone who had not read the code
(tests/data/extract_number_forms_fresh.json): fractions in words with ordinal
denominators ("one twenty-fifth"), zero's words, digits grouped by spaces, negative
numbers, mixed and typed fractions ("4-3/8", "7/8ths"), counting words ("a dozen and a
half"), magnitude suffixes, scientific notation, number words of every size, and look-alikes
that are no quantities ("5G", "M25").  Each case holds when every number its writer listed
is read, at its place and value, and nothing else is claimed but days and months named
without a digit (claims, but no numbers the writer listed).  Cases claimdiff still reads
otherwise stay ``xfail(strict=True)`` with the reason.

Then the same rules at their edges, on sentences of our own (``EDGES``)."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

import claimdiff
from claimdiff.model import Claim

CASES: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "data" / "extract_number_forms_fresh.json").read_text("utf-8")
)
_IDIOM = "a zero word alone is an idiom ('came to naught'): docs/claims.md"
XFAIL: dict[str, str] = {
    "nf-2-3": _IDIOM,
    "nf-2-4": _IDIOM,
    "nf-3-6": "'1,5' is a comma grouping nothing: a decimal comma only where no English"
    " reading exists ('0,75' is read)",
    "nf-3-8": "one group after a plain space groups nothing ('12 345,67')",
    "nf-3-10": "one group after a plain space groups nothing ('1 500')",
    "nf-4-4": "a minus spaced from its number ('- 1 4/5') is not read: a dash opens lists",
    "nf-6-2": "'a score of years' is not read as twenty",
    "nf-6-5": "'gross' (144) is no amount word",
    "nf-6-8": "'a baker's dozen' is read as 12",
    "nf-7-4": "'G' is no scale: '5G' and '10G' are networks",
    "nf-9-3": "a year in words ('nineteen ninety-nine') is read as two numbers",
    "nf-9-7": "a year in words ('eighteen eighty-two') is read as two numbers",
    "nf-10-7": "an aircraft type after 'a' ('a 747 landed') is read as a count",
}


def _numbers(text: str) -> list[Claim]:
    return [
        c
        for c in claimdiff.extract(text)
        if c.quantity is not None
        and not (c.quantity.unit in ("date", "weekday") and not any(ch.isdigit() for ch in c.text))
    ]


def _reads(claim: Claim, value: float, span: tuple[int, int]) -> bool:
    """Whether ``claim`` overlaps ``span`` and states ``value`` (a share in percent, a
    range by one of its ends, a date by any value)."""
    q = claim.quantity
    assert q is not None
    if claim.span[1] <= span[0] or span[1] <= claim.span[0]:
        return False
    if q.unit == "date":
        return True
    values = [v for v in (q.value, q.low, q.high) if v is not None]
    if q.unit == "%":
        values += [v / 100 for v in values]
    return any(math.isclose(v, value, rel_tol=1e-6, abs_tol=1e-9) for v in values)


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, id=c["id"], marks=pytest.mark.xfail(strict=True, reason=XFAIL[c["id"]]))
        if c["id"] in XFAIL
        else pytest.param(c, id=c["id"])
        for c in CASES
    ],
)
def test_numbers_as_written(case: dict[str, Any]) -> None:
    text = case["text"]
    claims = _numbers(text)
    gold = []
    for n in case["numbers"]:
        at = text.index(n["surface"])
        gold.append((n, (at, at + len(n["surface"]))))
    missed = [n["surface"] for n, at in gold if not any(_reads(c, n["value"], at) for c in claims)]
    extra = [c.text for c in claims if not any(_reads(c, n["value"], span) for n, span in gold)]
    assert not missed and not extra, f"missed {missed}, claimed besides {extra}"


# (text, [(surface, value)]): the rules above where they must stop.
EDGES: list[tuple[str, list[tuple[str, float]]]] = [
    ("Call +1 212 555 0199 today.", []),
    ("Its population is 3 214 500 now.", [("3 214 500", 3214500)]),
    ("Version 1.2.3 was released.", []),
    ("The address 192.168.1.2 is local.", []),
    ("It rose 4.2% in March.", [("4.2%", 4.2)]),
    ("Revenue was €3.456,50 in all.", [("€3.456,50", 3456.5)]),
    ("He won one twenty-first century prize.", []),
    ("They were celebrating a twenty-first.", []),
    ("It happened thirty seconds later.", [("thirty seconds", 30)]),
    ("It was the twenty-fifth anniversary.", []),
    ("Three thirty-seconds of an inch was lost.", [("Three thirty-seconds", 3 / 32 * 100)]),
    ("He has a half-brother and a third-party app.", []),
    ("It took a half-hour.", [("a half-hour", 0.5)]),
    ("Two dozen and a half eggs were sold.", [("Two dozen and a half eggs", 30)]),
    ("The score was 3-1 at the break.", []),
    ("A 12 and 1/2 inch pizza.", [("12 and 1/2 inch", 12.5)]),
]


@pytest.mark.parametrize(("text", "expected"), EDGES, ids=[t for t, _ in EDGES])
def test_edges(text: str, expected: list[tuple[str, float]]) -> None:
    got = [(c.text, c.quantity.value if c.quantity else None) for c in _numbers(text)]
    assert [(s, pytest.approx(v)) for s, v in expected] == got
