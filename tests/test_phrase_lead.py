"""The predicate pattern with its lookahead of first characters (regex.lowered_phrases)
finds what the pattern without it finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from claimdiff.lexicon import get_lexicon
from claimdiff.lexicon.regex import after_nonletter, alternation, lowered_phrases, phrases_in

_PHRASES = get_lexicon("en").patterns._sources["predicate"].phrases  # type: ignore[attr-defined]
_PLAIN = re.compile(after_nonletter(alternation(_PHRASES), lowered=True))
_LEAD = re.compile(lowered_phrases(_PHRASES))
# Phrases, words around them, and the marks, digits, white space and letters outside
# ASCII a sentence of figures holds.
_piece = st.sampled_from(
    [*_PHRASES[::7], "the", "in", "of", "1", "2,000", "£1.2m", "45%", "-", "—", "'", "é",
     "ü", " ", "  ", "\t", "\n", ",", ".", "'s"]
)  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(st.lists(_piece, max_size=14).map("".join))
def test_lead_finds_the_same(s: str) -> None:
    padded = " " + s.lower()
    assert list(phrases_in(_LEAD, padded)) == list(phrases_in(_PLAIN, padded))


def test_a_sentence_of_figures() -> None:
    padded = " £1.2m, $3bn, 45%, 12 km; 300 died, 40 injured"
    assert [p for _, _, p in phrases_in(_LEAD, padded)] == ["died", "injured"]
    assert list(phrases_in(_LEAD, padded)) == list(phrases_in(_PLAIN, padded))


def test_a_space_first_writes_no_lookahead() -> None:
    assert "(?=" not in lowered_phrases([" a", "b"])
