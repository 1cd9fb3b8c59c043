"""One count named by two nouns WordNet files apart (block_evidence.one_count_two_nouns)."""

from __future__ import annotations

import pytest

from claimdiff import Verdict, compare


@pytest.mark.parametrize(
    ("a", "b", "pair", "expected"),
    [
        # One count named two ways; the hedge 2.5% away admits the other figure (issue 10's
        # table: "agree or compatible").
        (
            "Some 16,400 homes lost power.",
            "Power was cut to 16,000 properties.",
            ("Some 16,400 homes", "16,000 properties"),
            Verdict.COMPATIBLE,
        ),
        (
            "The snow shut 312 schools.",
            "Over 300 campuses were shut by the snow.",
            ("312 schools", "Over 300 campuses"),
            Verdict.COMPATIBLE,
        ),
        # Two stated figures, neither within the other's rounding, are no evidence of
        # one count; as the last counts left they pair, a conflict that says it may be
        # two facts (claimdiff.leftovers.counts_named_apart).
        (
            "A crowd of 34,000 watched.",
            "30,000 supporters watched.",
            ("34,000", "30,000 supporters"),
            Verdict.CONFLICT,
        ),
        # Things and people, living things and buildings, small counts: never one count.
        (
            "The gallery shows 125 paintings.",
            "The gallery drew 125 visitors.",
            ("125 paintings", "125 visitors"),
            None,
        ),
        (
            "The storm damaged around 2,000 homes.",
            "The storm brought down 2,000 trees.",
            ("around 2,000 homes", "2,000 trees"),
            None,
        ),
        (
            "Investigators from 40 countries took part.",
            "Some 40 detectives took part.",
            ("40 countries", "Some 40 detectives"),
            None,
        ),
        # Each text names both things: two counts.
        (
            "The storm damaged 500 homes and 20 shops.",
            "The storm damaged 500 properties, among them 20 homes.",
            ("500 homes", "500 properties"),
            None,
        ),
    ],
)
def test_one_count_two_nouns(
    a: str, b: str, pair: tuple[str, str], expected: Verdict | None
) -> None:
    got = {(f.a.text, f.b.text): f.verdict for f in compare(a, b).findings}
    assert got.get(pair) is expected, got
