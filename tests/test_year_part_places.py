"""year_parts' search for the sentences that may name a part (claimdiff/extract/year_parts.py,
_named_in): words found from the pieces they share ("uary", "ber", "months") are found at
every place, and once, as a search of each word finds them."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

from claimdiff.extract.year_parts import _PLAIN_CUES, _grouped, _names, _places
from claimdiff.lexicon import get_lexicon

TEXTS = [
    "",
    "uary ber ju months",
    "january february septemberoctober novemberdecember junejuly",
    "januaryjanuary febuary ber-ber jujuly june july jul juneteenth",
    "first three months of the first six months; six months of, three months of growth",
    "months to June, months end, months through March; monthsmonths to",
    "the quarter, half, h1, h2; H1 and Q3; numbers of members in Berlin; just a jury",
    "uaryjanuary berdecember ctober october",
]


def _each(whole: str, words: tuple[str, ...]) -> Counter[int]:
    """Every place of each word, one search of each word (the places before pieces)."""
    out: Counter[int] = Counter()
    for word in words:
        i = whole.find(word)
        while i >= 0:
            out[i] += 1
            i = whole.find(word, i + 1)
    return out


def _tables() -> list[tuple[str, ...]]:
    lex = get_lexicon("en")
    return [_PLAIN_CUES, _names(lex.MONTHS, lex.MONTH_ABBREVIATIONS)]


@pytest.mark.parametrize("text", TEXTS)
def test_pieces_find_each_place_once(text: str) -> None:
    whole = text.lower()
    for words in _tables():
        assert Counter(_places(whole, _grouped(words))) == _each(whole, words)


def test_news_finds_each_place_once() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    import fresh

    for text in fresh.news(60_000, 5):
        whole = text.lower()
        for words in _tables():
            assert Counter(_places(whole, _grouped(words))) == _each(whole, words)
