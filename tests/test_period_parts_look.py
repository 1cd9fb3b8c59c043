"""A sentence the parts-of-a-year look passes over (period_phrases._may_hold_part: a
phrase, its words one space apart once white space runs are) holds no match of the
lexicon's "period_part": phrases cut, run together, in either case, their words apart
by white space of every kind."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimdiff.extract.period_phrases import _may_hold_part
from claimdiff.lexicon import get_lexicon
from claimdiff.lexicon.regex import phrases_in

_SPACES = [" ", "  ", "\n", "\t", "\u00a0", "\u2009", "\u3000", "\x1c", "\x85", " \n "]
_OTHER = ["K", "ſ", "ı", "İ", "é", "²", "1", "-", ".", ",", "x", "the", "time", "support",
          "year", "months", "quarter", "half", "first", "a"]  # fmt: skip


def _written(phrase: str, rng: random.Random) -> str:
    words = phrase.split()
    if len(words) > 1 and rng.random() < 0.2:
        words = words[rng.randint(0, len(words) - 1) :]  # its end only
    return "".join((rng.choice(_SPACES) if i else "") + w for i, w in enumerate(words))


@pytest.mark.parametrize("lang", ["en", "de"])
@given(data=st.data())
@settings(max_examples=400, deadline=None)
def test_look_turns_away_no_match(lang: str, data: st.DataObject) -> None:
    lex = get_lexicon(lang)
    rng = random.Random(data.draw(st.integers(0, 2**32)))
    phrases = [*lex.PERIOD_PARTS, *_OTHER]
    pieces = [_written(rng.choice(phrases), rng) for _ in range(rng.randint(1, 5))]
    text = "".join(p + (rng.choice(_SPACES) if rng.random() < 0.7 else "") for p in pieces)
    padded = " " + (text.upper() if rng.random() < 0.2 else text).lower()
    found = list(phrases_in(lex.patterns["period_part"], padded))
    assert not found or _may_hold_part(padded, lex.data), padded


def test_look_passes_over_first_words_alone() -> None:
    data = get_lexicon("en").data
    assert not _may_hold_part(" the first time, financial support, half of them", data)
    assert _may_hold_part(" in the first\n  quarter", data)
