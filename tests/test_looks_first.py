"""The looks after a figure's digits that patterns tried at every figure ask first turn
away only offsets where the pattern's branches match nothing: a number that states
nothing (unclaimed.not_a_claim: a time, a version, a phone, a score, a list item), a
length of time in unit letters (durations.UNIT_LETTERS: "2h 16m", "9.58s")."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimdiff.extract.durations import UNIT_LETTERS, UNIT_LETTERS_BRANCHES
from claimdiff.extract.unclaimed import _MAYBE_NOT_A_CLAIM, _STARTS_OF_NOT_CLAIMS

# The starts' own pattern, case-blind, with no look first: what the scan asked before.
_PLAIN = re.compile(_STARTS_OF_NOT_CLAIMS, re.IGNORECASE)
_PLAIN_UNITS = re.compile(UNIT_LETTERS_BRANCHES)

# Digits of every length the branches read, every mark and space they take, the time
# zones' letters in both cases (and "ſ", an "s" to a case-blind pattern), digits of
# another script, and what the figures of prose have after their digits.
_PIECES = st.sampled_from(
    ["1", "12", "123", "1234", "12345", "123456", "٣", ".", ":", "/", "-", "–", ")", " ",
     "\n", "\t", "\u00a0", "a", "A", "p", "P", "m", "M", "GMT", "bst", "Bſt", "utc", "cet",
     "est", "EDT", "pst", "et", "e", "g", "b", "u", "c", "s", "t", "d", "k", "%", ",", "x",
     "İ", "am", "p.m.", "bn", "h", "s", "2h", "16m", "40s", "9.58s", "h "]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=12).map("".join))
def test_look_first_turns_away_only_what_no_branch_reads(text: str) -> None:
    for pos in range(len(text)):
        assert (_MAYBE_NOT_A_CLAIM.match(text, pos) is None) == (_PLAIN.match(text, pos) is None)
        units, plain = UNIT_LETTERS.match(text, pos), _PLAIN_UNITS.match(text, pos)
        assert (units and (units.span(), units.groupdict())) == (
            plain and (plain.span(), plain.groupdict())
        )


@pytest.mark.parametrize(
    ("text", "maybe"),
    [("1.2m,", False), ("3bn,", False), ("45%,", False), ("12 km;", False), ("9pm,", True),
     ("10:30", True), ("1.2.3", True), ("24/7", True), ("3-1,", True), ("1) ", True),
     ("12 BST", True), ("020 7946 0000", True)],
)  # fmt: skip
def test_figures_turned_away_and_kept(text: str, maybe: bool) -> None:
    assert (_MAYBE_NOT_A_CLAIM.match(text) is not None) is maybe
