"""Counts of things named by a word WordNet does not know (claimdiff/prepare.py,
``_unknown_noun``; docs/compare.md, "Evidence for"): the same such word in both texts
speaks for a pair, two different ones neither for nor against it."""

from __future__ import annotations

import pytest

from claimdiff import compare
from claimdiff.model import Kind

# (A, B, the pairs of counts by their words in A and B, each with its verdict)
CASES = [
    (
        "Three Chinese astronauts landed on Saturday. They carried out four spacewalks.",
        "The three taikonauts completed three spacewalks, a record for a Chinese crew.",
        [
            ("four spacewalks", "three spacewalks", "conflict"),
            ("Three", "three taikonauts", "agree"),
        ],
    ),
    (
        "Five engineers worked on the rig, which carried out four spudding operations and "
        "seven frackings.",
        "The five roughnecks completed five frackings.",
        [("seven frackings", "five frackings", "conflict"), ("Five engineers", "five", "agree")],
    ),
    # A control: the same figures crossed between two unknown words do not pull them across.
    (
        "The retailer sold 120 e-bikes and 150 hoverboards in the sale.",
        "It shifted 150 e-bikes and 120 hoverboards, the company said.",
        [("120 e-bikes", "150 e-bikes", "conflict"), ("150 hoverboards", "120", "conflict")],
    ),
]


@pytest.mark.parametrize(("a", "b", "pairs"), CASES, ids=[c[0][:40] for c in CASES])
def test_the_same_unknown_word_is_one_thing_counted(
    a: str, b: str, pairs: list[tuple[str, str, str]]
) -> None:
    found = [
        (f.a.text, f.b.text, f.verdict.value)
        for f in compare(a, b).findings
        if f.a.kind is Kind.COUNT
    ]
    assert len(found) == len(pairs), found
    for wa, wb, verdict in pairs:
        assert any(wa in x and wb in y and v == verdict for x, y, v in found), found
