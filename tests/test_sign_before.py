"""sign_before's shortcut after one space (extract/amounts.py): a figure after a space and
a character no minus word can end with gives what the full look gives."""

from __future__ import annotations

import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimdiff.extract.amounts import either_sign, sign_before
from claimdiff.lexicon import Lexicon, get_lexicon

LANGS = ("en", "de")


def _old_sign_before(text: str, start: int, lex: Lexicon) -> tuple[float, int]:
    """sign_before as it was before the shortcut after one space ("plus or minus" a margin,
    no minus, as it reads now)."""
    c = text[start - 1] if start else " "
    if c in "-−":
        if sign_before(text, start, lex)[0] < 0:  # the minus sign's own test, unchanged
            return sign_before(text, start, lex)
    elif not c.isalpha() and not c.isspace():
        return 1.0, start
    before = text[start - 10 if start > 10 else 0 : start]
    if before.rstrip().lower().endswith(lex.NEGATIVE_WORDS):
        neg = lex.patterns["negative_before"].search(before)
        if neg is not None and not either_sign(text, start - len(neg.group()), lex):
            return -1.0, start - len(neg.group())
    return 1.0, start


@pytest.mark.parametrize("lang", LANGS)
def test_minus_ends_hold_every_character_lowering_to_one(lang: str) -> None:
    lex = get_lexicon(lang)
    lasts = {w[-1] for w in lex.NEGATIVE_WORDS}
    lowering = {chr(i) for i in range(sys.maxunicode + 1) if chr(i).lower()[-1:] in lasts}
    assert lowering <= lex.minus_ends


_PARTS = [
    "minus", "MINUS", "Minus", "negative", "Negative", "NEGATIVE", "minu", "nus", "plus",
    "costs", "she", " ", "  ", "\t", "\n", ",", ";", "%", "$", "£", "-", "−", "(", "s", "e",
    "S", "E", "ſ", "K", "İ", "x",
]  # fmt: skip


@pytest.mark.parametrize("lang", LANGS)
def test_every_ending_reads_as_before(lang: str) -> None:
    lex = get_lexicon(lang)
    for a in _PARTS:
        for b in _PARTS:
            for sep in ("", " ", "  "):
                text = f"{a}{b}{sep}5"
                start = len(text) - 1
                assert sign_before(text, start, lex) == _old_sign_before(text, start, lex), text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PARTS), max_size=6))
def test_generated_texts_read_as_before(parts: list[str]) -> None:
    for lang in LANGS:
        lex = get_lexicon(lang)
        text = "".join(parts) + "5"
        start = len(text) - 1
        assert sign_before(text, start, lex) == _old_sign_before(text, start, lex), text
