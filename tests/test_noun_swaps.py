"""Two counts whose nouns the other report swaps (claimdiff/noun_swaps.py; docs/compare.md,
"Swapped nouns"): each noun's counts pair, the same figures of two nouns never do, and one
group named by two nouns is no swap."""

from __future__ import annotations

import pytest

from claimdiff import compare

# (A, B, the findings as (A's words, B's words, verdict), in A's order)
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
    found = [(f.a.text, f.b.text, f.verdict.value) for f in compare(a, b).findings]
    assert len(found) == len(expected), found
    for wa, wb, verdict in expected:
        assert any(wa in x and wb in y and v == verdict for x, y, v in found), found
