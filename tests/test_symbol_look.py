"""The look before the currency symbol after a number (money.may_open_symbol) turns away
only offsets where the lexicon's "symbol_after" matches nothing: symbols of every script
and both cases, run into words, after white space of every kind or two."""

from __future__ import annotations

import random

import pytest

from claimdiff.extract.money import may_open_symbol
from claimdiff.lexicon import get_lexicon

_SPACES = [" ", "  ", "\n", "\t", "\u00a0", "\u2009", "\u3000", "\x1c", "\x85"]
_OTHER = ["pounds", "months", "euros", "Euro", "people", "z", "zł", "x", "5", "-", ".", "(",
          "ſ", "İ", "K", "é", ""]  # fmt: skip


@pytest.mark.parametrize("lang", ["en", "de"])
def test_look_turns_away_no_match(lang: str) -> None:
    lex = get_lexicon(lang)
    pattern = lex.patterns["symbol_after"]
    symbols = sorted(lex.currency_symbols)
    rng = random.Random(56)
    kept = 0
    for _ in range(20_000):
        pieces = [
            rng.choice(symbols) if rng.random() < 0.4 else rng.choice(_OTHER)
            for _ in range(rng.randint(1, 4))
        ]
        pieces = [p.lower() if rng.random() < 0.2 else p for p in pieces]
        text = "".join(p + (rng.choice(_SPACES) if rng.random() < 0.5 else "") for p in pieces)
        for i in range(len(text) + 1):
            if not may_open_symbol(text, i, lex):
                assert pattern.match(text, i) is None, (text, i)
                kept += 1
    assert kept > 10_000  # the look turns away many offsets
