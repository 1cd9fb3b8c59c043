"""currency_before's shortcuts give what its symbol search gives (issue 12).

A symbol of one character touching the digits is taken without the search where no
longer symbol can end there, the character before a figure is read without slicing
its window, and a dollar's prefix is searched for only after a letter.  The function
as it was before them is copied here and compared on texts built of symbols, their
parts, letters, marks and white space.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimdiff.extract import money
from claimdiff.extract.money import Currency, currency_before
from claimdiff.lexicon import Lexicon, get_lexicon


def _old_currency_before(text: str, start: int, lex: Lexicon) -> Currency | None:
    """currency_before as it was before its shortcuts."""
    lo = start - 6 if start > 6 else 0
    window = text[lo:start]
    last = window.rstrip()[-1:]
    m = lex.patterns["symbol_before"].search(window) if last in lex.symbol_ends else None
    if m is not None and m["sym"].isalpha():
        m = None
    if m is None and last.isalpha():
        found = money._letter_symbol(text, lo, start, lex)
        if found is not None:
            return found
    if m is not None:
        code, at = lex.currency_symbols[m["sym"]], lo + m.start("sym")
        if m["sym"] == "$":
            p_lo = max(0, start - 8)
            p = money._DOLLAR_PREFIX.search(text[p_lo:start])
            spaced_word = (
                p is not None
                and bool(p["sp"])
                and (len(p["p"]) == 1 or p["p"].lower() in lex.STOPWORDS)
                and p["p"].lower() not in lex.SPACED_DOLLAR_INITIALS
            )
            if p is not None and not spaced_word and p["p"].lower() in lex.DOLLAR_PREFIXES:
                code, at = lex.DOLLAR_PREFIXES[p["p"].lower()], p_lo + p.start("p")
        return Currency(code, at)
    c = money._CODE_BEFORE.search(window) if last.isupper() else None
    if c is not None and money.is_code(c["code"], text, start, lex):
        return Currency(c["code"], lo + c.start("code"))
    return None


def _pieces(lex: Lexicon) -> list[str]:
    symbols = sorted(lex.currency_symbols)
    parts = {s[i:] for s in symbols for i in range(len(s))}
    return [*symbols, *sorted(parts), "a", "hk", "HK", "US", "aud", "x", "Mex", " ", "  ",
            "\n", "\u00a0", ",", ".", "5", "the", "EUR", "Ⅷ", "İ"]  # fmt: skip


def _check(text: str, lex: Lexicon) -> None:
    for start in range(len(text) + 1):
        assert currency_before(text, start, lex) == _old_currency_before(text, start, lex), (
            text,
            start,
        )


@pytest.mark.parametrize("lang", ["en", "de"])
def test_each_symbol_and_its_endings_alike(lang: str) -> None:
    """Every symbol and every ending of one, alone, after a word, a letter, a comma or a
    space, before digits or a space and digits."""
    lex = get_lexicon(lang)
    for piece in _pieces(lex):
        for before in ("", "x", "a ", "hk ", ", ", "HK", "1.2m, ", "\n"):
            for after in ("5", " 5", "3bn"):
                _check(before + piece + after, lex)


@pytest.mark.parametrize("lang", ["en", "de"])
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_texts_of_symbols_alike(lang: str, data: st.DataObject) -> None:
    """Runs of symbols, their parts, letters, marks and white space."""
    lex = get_lexicon(lang)
    pieces = data.draw(st.lists(st.sampled_from(_pieces(lex)), max_size=8))
    _check("".join(pieces) + "12", lex)
