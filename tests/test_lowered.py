"""Words found through a lower-cased copy of a text are the words found in its three cases
(text.Lowered: the passes after the scan)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimdiff import text as textmod
from claimdiff.extract.scan import scan
from claimdiff.lexicon import get_lexicon
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


@settings(max_examples=300, deadline=None)
@given(st.lists(_piece, max_size=30).map("".join))
def test_mentions_whenever_occurrences_find_one(text: str) -> None:
    for words in (WORDS, WORDS[:1], ("kelvin", "straße"), ("end of",), ()):
        want = bool(_three_cases(text, words))
        assert Lowered(text).mentions(words) is want
        low = Lowered(text)
        low.occurrences(words)  # found already: the same answer
        assert low.mentions(words) is want


def test_mentions_across_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(textmod, "_LOW_STEP", 16)
    for filler in ("ab", "İ", "é", "K"):
        for shift in range(12):
            for tail in ("", " Half", " END OF", " straße", " KELVIN"):
                text = filler * (shift + 20) + tail
                for words in (WORDS, ("kelvin",), ("half", "end of")):
                    assert Lowered(text).mentions(words) is bool(_three_cases(text, words))


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


# Keys whose every form opens with a form of a shorter key ("mid-", "middle of" after
# "mid") are not searched: that key's search finds them.  "mIDDLE" is no such key: its own
# form "mIDDLE" opens with no form of "Mid" ("Mid", "MID").
COVERED = ("mid", "mid-", "middle of", "MId", "end", "end of", "Mid", "mIDDLE")


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [*COVERED, *ODD, "MIDDLE OF", "Middle of", "middle", "MID-", "mIDDLE of", "eNd"]
        ),
        max_size=30,
    ).map("".join)
)
def test_covered_keys_found_as_the_three_cases(text: str) -> None:
    for words in (COVERED, COVERED[1:], ("mIDDLE", "Mid"), ("middle of", "mid")):
        assert Lowered(text).occurrences(words) == _three_cases(text, words)


@settings(max_examples=300, deadline=None)
@given(st.lists(_piece, max_size=30).map("".join), st.data())
def test_part_is_the_part_lower_cased(text: str, data: st.DataObject) -> None:
    """A part of the text read from the whole text's copy is the part lower-cased: sigmas
    and letters whose lower case is longer ("İ") included; the copy is the text's."""
    low = Lowered(text)
    lo = data.draw(st.integers(-2, len(text) + 2))
    hi = data.draw(st.integers(-2, len(text) + 2))
    assert low.part(lo, hi) == text[lo:hi].lower()
    assert low.part(0, len(text)) == text.lower()
    assert low.whole() == (text.lower() if text else None)


def test_no_whole_copy_of_a_long_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """A text of several windows has no whole copy: its parts are lower-cased alone."""
    monkeypatch.setattr(textmod, "_LOW_STEP", 16)
    text = "Half a Mile, ΟΔΟΣ and İ " * 10
    low = Lowered(text)
    assert low.whole() is None
    assert low.part(3, 40) == text[3:40].lower()


_figures = st.sampled_from(
    ["12", " ", "£1.2m", "İ", "ſ", "ΟΔΟΣ", "Half", "a dozen", "45%", "\n", "two", "x", "."]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_figures, max_size=25).map("".join))
def test_scan_with_the_shared_copy(text: str) -> None:
    """The scan's start finder reading the whole text's copy finds what it finds alone."""
    lex = get_lexicon("en")
    assert scan(text, lex, None, Lowered(text)) == scan(text, lex)


@pytest.mark.parametrize("text", ["ΟΔΟΣx ΟΔΟΣ, Σ-Σ", "Half a Mile", "İstanbul Half", "Straße Σ"])
def test_every_part_is_the_part_lower_cased(text: str) -> None:
    """Every part, a capital sigma's neighbour cut off or not ("ΟΔΟΣx" cut after the Σ)."""
    low = Lowered(text)
    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 1):
            assert low.part(lo, hi) == text[lo:hi].lower()
