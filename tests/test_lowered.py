"""Words found through a lower-cased copy of a text are the words found in its three cases
(text.Lowered: the passes after the scan)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimdiff import text as textmod
from claimdiff.text import Lowered

WORDS = ("half", "mid-", "end of", "Monday", "straße", "οδος", "kelvin")
# Characters whose lower case differs from what the engine or str.find would expect: the
# Kelvin sign and long s (lower-cased to ASCII), dotted I (two characters lower-cased),
# sharp s (three letters upper-cased), capital sigma (lower-cased by context).
ODD = ["K", "ſ", "İ", "ß", "Σ", "ΟΔΟΣ", "é", " ", "-", "\n", "x"]


def _three_cases(text: str, words: tuple[str, ...]) -> list[int]:
    """Where any of ``words`` stands lower-cased, capitalised or in capitals: str.find."""
    found = set()
    for w in words:
        for form in {w, w.capitalize(), w.upper()}:
            i = text.find(form)
            while i >= 0:
                found.add(i)
                i = text.find(form, i + 1)
    return sorted(found)


_piece = st.sampled_from([*WORDS, *ODD, "HALF", "Half", "hAlf", "END OF", "MONDAY"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_piece, max_size=30).map("".join))
def test_lowered_finds_the_three_cases(text: str) -> None:
    assert Lowered(text).occurrences(WORDS) == _three_cases(text, WORDS)


def test_lowered_across_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    """Words cut by a window's end, and windows whose lower case changes length."""
    monkeypatch.setattr(textmod, "_LOW_STEP", 16)
    for filler in ("ab", "İ", "é", "K"):
        for shift in range(12):
            text = (filler * shift + " Half END OF mid- Monday half ") * 5
            assert Lowered(text).occurrences(WORDS) == _three_cases(text, WORDS)


@settings(max_examples=300, deadline=None)
@given(st.lists(_piece, max_size=30).map("".join))
def test_may_hold_whenever_a_case_blind_pattern_matches(text: str) -> None:
    """Lowered.may_hold is False only where no case-blind match of the keys stands: the
    engine's folds (long s, dotless and dotted i, the Kelvin sign) included."""
    keys = ("half", "his", "kelvin", "0s")
    for variant in (text, text.replace("i", "ı"), text.replace("s", "ſ"), text.replace("i", "İ")):
        if re.search("|".join(keys), variant, re.IGNORECASE):
            assert Lowered(variant).may_hold(keys)
