"""The look before the age-estimate and age-copula searches (said_ages.may_end_with)
turns away only windows the ``age_estimate`` and ``age_copula`` patterns find nothing in."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimdiff.extract.said_ages import may_end_with
from claimdiff.lexicon import get_lexicon

_LEX = get_lexicon("en")
_PATTERN = _LEX.patterns["age_estimate"]
_TAILS = _LEX.age_estimate_tails
_COPULA = _LEX.patterns["age_copula"]
_COPULA_TAILS = _LEX.age_copula_tails

# Words of estimate, their cases and near misses, and characters the case-blind
# pattern folds to ASCII letters ("İ", "ı", "ſ", the Kelvin sign).
_WORDS = [
    "is", "IS", "Is", "was", "Was", "now", "be", "as", "As", "who", "he", "she", "thought",
    "to", "believed", "described", "said", "understood", "estimated", "5", "_", "it's",
    "İs", "ıs", "ſaid", "\u212a", "(", "-", ",", "was5", "xwas", "wasx", "about", "a",
    "turned", "TURNS", "at", "that", "now", "then", "both", "oldest", "only", "just", "age",
]  # fmt: skip
_SEPARATORS = [" ", "  ", "\t", "\n", "\u00a0", "\u2009", "", ",", "(", "'"]


@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPARATORS)), max_size=7))
def test_turns_away_only_windows_without_a_match(parts: list[tuple[str, str]]) -> None:
    window = "".join(w + s for w, s in parts)
    if _PATTERN.search(window) is not None:
        assert may_end_with(window, _TAILS)
    if _COPULA.search(window) is not None:
        assert may_end_with(window, _COPULA_TAILS)


@pytest.mark.parametrize(
    ("window", "may"),
    [
        ("The victim, thought to be ", True),
        ("who is now ", True),
        ("(was ", True),
        ("He was", False),  # no white space after: the pattern needs it
        ("It's ", False),
        ("this ", False),  # "is" inside a longer word
        ("   ", False),
        ("İs ", True),  # not ASCII: left to the pattern
    ],
)
def test_examples(window: str, may: bool) -> None:
    assert may_end_with(window, _TAILS) is may
    if not may:
        assert _PATTERN.search(window) is None


def test_a_language_without_estimates_searches_nothing() -> None:
    assert not may_end_with("sie ist ", get_lexicon("de").age_estimate_tails)
