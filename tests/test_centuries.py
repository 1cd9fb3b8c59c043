"""Centuries and hundreds of years (docs/claims.md, "the 1980s" and centuries).

A century with an ordinal, or a hundred before 2000 with "s", is a year spanning its
hundred (or the part named); a century before Christ, the present one, a name, a
batsman's hundred after a possessive or an article, and "the 2000s" are not read.  A
century pairs only with years it overlaps.
"""

from __future__ import annotations

import pytest

import claimdiff
from claimdiff import Verdict, compare


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("The 18th-century manor will open to visitors.", "18th-century", 1700, 1799),
        ("The church dates from the 12th century.", "12th century", 1100, 1199),
        ("It was rebuilt in the late 17th century.", "late 17th century", 1650, 1699),
        ("a fort of the early eleventh century", "early eleventh century", 1000, 1049),
        ("The mosaic is from the fourth century AD.", "fourth century AD", 300, 399),
        ("Looms like these spread in the 1700s.", "1700s", 1700, 1799),
        ("They bought a 19th-century farmhouse.", "19th-century", 1800, 1899),
        ("the town grew fast in the late 1800s", "late 1800s", 1850, 1899),
        ("the 1970s", "1970s", 1970, 1979),
    ],
)
def test_read_as_years(text: str, surface: str, low: int, high: int) -> None:
    years = [
        (c.text, c.quantity.low, c.quantity.high)
        for c in claimdiff.extract(text)
        if c.kind is claimdiff.Kind.YEAR and c.quantity is not None
    ]
    assert years == [(surface, low, high)]


@pytest.mark.parametrize(
    "text",
    [
        "The hill fort dates from the 2nd century BC.",
        "Root scored his 31st century for England.",
        "It was her first century of the summer.",
        "Prices rose sharply in the 2000s.",
        "the 30th century",
        "Brook's first century came at Lord's.",
        "He hit a first century on debut.",
        "Twentieth Century Fox made the film.",
        "Schools must teach 21st-century skills.",
        "It is the twenty first century.",
    ],
)
def test_not_read(text: str) -> None:
    assert [c.text for c in claimdiff.extract(text) if c.kind is claimdiff.Kind.YEAR] == []


def test_century_meets_its_hundred() -> None:
    a = "A 17th-century clock made in London sold for £52,000 at auction."
    b = "The clock, made in London in the 1600s, fetched £52,000."
    found = [(f.a.text, f.b.text, f.verdict) for f in compare(a, b).findings]
    assert ("17th-century", "1600s", Verdict.AGREE) in found


def test_century_never_meets_a_year_outside_it() -> None:
    a = (
        "The museum will return a 15th-century bronze head taken from Benin. "
        "It was bought by the museum in 1961."
    )
    b = "The bronze head, seized during the 1897 raid, was acquired by the museum in 1961."
    pairs = [(f.a.text, f.b.text) for f in compare(a, b).findings]
    assert all(x != "15th-century" for x, _ in pairs), pairs
