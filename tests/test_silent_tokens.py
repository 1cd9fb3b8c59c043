"""A sentence holding no cue of a change anywhere keeps no tokens
(direction_tokens.tokenise): it is silent, every window of it quiet, and its windows'
tokens are those the full read gives."""

from __future__ import annotations

import importlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimdiff.lexicon import get_lexicon

direction_tokens = importlib.import_module("claimdiff.extract.direction_tokens")

# Cues, parts of cues and words holding them, figures, marks, capitals and sigmas.
_PIECES = st.sampled_from(
    ["rose", "Rose", "prose", "ro", "se", "up", "UP", "by", "fell", "f", "ell", "£1.2m", "$3bn",
     "45%", "12 km", " ", ", ", "; ", "run", "'s", "don't", "ΣΑΣ", "σ", "-", "\n", "stieg", "um"]
)  # fmt: skip


@pytest.mark.parametrize("lang", ["en", "de"])
@given(text=st.lists(_PIECES, max_size=30).map("".join))
def test_unread_tokens_read_as_the_full_read(lang: str, text: str) -> None:
    lex = get_lexicon(lang)
    token = lex.patterns["change_token"]
    cues = direction_tokens.cue_words(lex.direction)
    short = direction_tokens.tokenise(text, 0, len(text), lex)
    full = direction_tokens._read_tokens(text, 0, len(text), token, cues)
    assert short.silent == full.silent
    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 1):
            assert short.quiet(lo, hi) == full.quiet(lo, hi)
            assert short.between(lo, hi) == full.between(lo, hi)


def test_a_table_of_figures_keeps_no_tokens() -> None:
    text = "£1.2m, $3bn, 45%, 12 km; " * 3
    tokens = direction_tokens.tokenise(text, 0, len(text), get_lexicon("en"))
    assert tokens.silent and tokens.unread == (0, len(text)) and not tokens.starts
