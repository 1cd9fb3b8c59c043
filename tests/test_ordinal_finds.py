"""The ordinal pass's finds (claimdiff/extract/ordinal_finds.py) against the searches they
stand for: each opening of ``ORDINAL_STEMS`` searched alone, and the ending's pattern."""

from __future__ import annotations

import pytest

from claimdiff.extract.ordinal_finds import ENDING, digit_endings, stem_places
from claimdiff.lexicon import get_lexicon
from claimdiff.text import Lowered

TEXTS = [
    "",
    "th",
    "the fourth outbreak, its 11th walkout and the county's fourth.",
    "FOURTH place; Fifth; fIfth; FiFTH; fourteenth-century; the twenty-fifth; eighty-eighth",
    "the 1st, 2nd, 3rd and 4th; 21st22nd 3rd_ 101st. 5TH 6th5 7th- ٣rd ٤th 3rdé",
    "fourthly fourths sixth² ²sixth x-sixth İ fifth, hundredth thousandth millionth",
    "a ninth, the nineteenth, the ninetieth; the tenth; ninet ninth seventh seventieth",
    "Σfifth fifthΣ ΣΣ the seventh. ſixth, Kelvin \u212a fifth",
    "the third, thirteenth, thirtieth; first, second; twenty-first; 2,000th 1.5th v2nd",
    "eighth eighteenth eightieth eight eighty twelfth eleventh",
    "“The 3rd,” she said; £4th’s 5th… 21sté 22nd² 7th’",
    "²nd ³rd ½th 1²th 𝟎th 4th",
]


def _old(text: str, low: Lowered) -> list[int]:
    lex = get_lexicon("en")
    return list(low.occurrences(lex.ORDINAL_STEMS))


def _word_places(text: str, places: list[int]) -> set[int]:
    """The places at which a word of the table starts (which the finds must all hold)."""
    lex = get_lexicon("en")
    out = set()
    for i in places:
        j = i
        while j < len(text) and text[j].isalnum() and not text[j].isdecimal():
            j += 1
        if text[i:j].lower() in lex.ORDINAL_NUMBERS:
            out.add(i)
    return out


@pytest.mark.parametrize("text", TEXTS)
def test_stem_places_are_the_searches_places(text: str) -> None:
    lex = get_lexicon("en")
    old = _old(text, Lowered(text))
    new = list(stem_places(text, lex, Lowered(text)))
    assert new == sorted(set(new))
    assert set(new) <= set(old)
    assert _word_places(text, old) <= set(new)


@pytest.mark.parametrize("text", TEXTS)
def test_digit_endings_are_the_patterns(text: str) -> None:
    assert digit_endings(text) == [m.start() for m in ENDING.finditer(text)]


def test_news_reads_as_before() -> None:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    import fresh

    lex = get_lexicon("en")
    for text in fresh.news(60_000, 5):
        old = _old(text, Lowered(text))
        new = list(stem_places(text, lex, Lowered(text)))
        assert set(new) <= set(old)
        assert _word_places(text, old) <= set(new)
        assert digit_endings(text) == [m.start() for m in ENDING.finditer(text)]
