"""Two counts whose nouns the other report swaps (claimdiff/noun_swaps.py; docs/compare.md,
"Swapped nouns"): each noun's counts pair, the same figures of two nouns never do, and one
group named by two nouns is no swap."""

from __future__ import annotations

import numpy as np
import pytest

from claimdiff import compare, extract
from claimdiff.candidates import Candidate
from claimdiff.model import Kind
from claimdiff.noun_swaps import swapped_nouns

# (A, B, the findings on counts as (A's words, B's words, verdict))
SWAPS = [
    (
        "The plane carried 180 passengers and 6 crew.",
        "The plane carried 180 crew and 6 passengers.",
        [("180 passengers", "6 passengers", "conflict"), ("6 crew", "180 crew", "conflict")],
    ),
    (
        "The school has 300 pupils and 25 teachers.",
        "The school has 300 teachers and 25 pupils.",
        [("300 pupils", "25 pupils", "conflict"), ("25 teachers", "300 teachers", "conflict")],
    ),
    (
        "The attack killed 20 soldiers and 3 civilians.",
        "The attack killed 20 civilians and 3 soldiers.",
        [("20 soldiers", "3 soldiers", "conflict"), ("3 civilians", "20 civilians", "conflict")],
    ),
    # One group named by two nouns, the nouns crossed: no swap.
    (
        "Sixty-two students were stranded. The 1,400-pupil school said all were safe.",
        "A group of 62 pupils was stuck. The school has about 1,400 students.",
        [("Sixty-two students", "62 pupils", "agree"), ("1,400-pupil", "1,400 students", "agree")],
    ),
    # Two nouns of persons with a large group's figure are one group named by two roles.
    (
        "About 12,000 nurses walked out on Tuesday, and 400 union members picketed.",
        "About 12,000 union members walked out on Tuesday, and 400 nurses picketed.",
        [("12,000 nurses", "12,000 union members", "agree")],
    ),
    (
        "The school has 1,200 pupils, and 80 children were sent home on Monday.",
        "Some 80 pupils were sent home on Monday from the school, which has 1,200 children.",
        [("1,200 pupils", "1,200 children", "agree"), ("80 children", "80 pupils", "agree")],
    ),
    (
        "Inspectors tested 3,600 cattle, and 140 animals were culled.",
        "Some 140 cattle were slaughtered. A total of 3,600 animals were checked.",
        [("3,600 cattle", "3,600 animals", "agree"), ("140 animals", "140 cattle", "agree")],
    ),
]


@pytest.mark.parametrize(("a", "b", "expected"), SWAPS, ids=[s[0][:40] for s in SWAPS])
def test_swapped_nouns_pair_each_nouns_counts(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    found = [
        (f.a.text, f.b.text, f.verdict.value)
        for f in compare(a, b).findings
        if f.a.kind is Kind.COUNT
    ]
    assert len(found) == len(expected), found
    for wa, wb, verdict in expected:
        assert any(wa in x and wb in y and v == verdict for x, y, v in found), found


def test_a_block_of_a_table_is_not_searched_for_swaps() -> None:
    """Swaps are looked for among the few counts of a story: a block of thousands of
    counts (a table) would take the fourth power of its size."""
    a = " ".join(f"Crew {k} counted 5 apples and 7 pears." for k in range(40))
    b = " ".join(f"Crew {k} counted 7 apples and 5 pears." for k in range(40))
    cands_a = [Candidate(c, "count", frozenset(), None, noun=c.noun) for c in extract(a)]
    cands_b = [Candidate(c, "count", frozenset(), None, noun=c.noun) for c in extract(b)]
    same = np.ones((len(cands_a), len(cands_b)), dtype=bool)
    crossed, matched = swapped_nouns(cands_a, cands_b, same)
    assert len(cands_a) * len(cands_b) > 900
    assert not crossed.any() and not matched.any()
