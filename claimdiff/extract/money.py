"""Currencies around a number: symbols and codes before or after it, minor units.

Each reader looks at a known offset or in a window of bounded size and returns
what it found, or None ("not mine"); :mod:`claimdiff.extract.amounts` decides
what the figure is.  Symbols and codes come from babel's CLDR data (see
:mod:`claimdiff.lexicon`); the English words around them from ``en.py``.
"""

from __future__ import annotations

import re
import unicodedata
from types import ModuleType

import attrs

from claimdiff.extract.number_words import read_words
from claimdiff.extract.numbers import read_digits
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon
from claimdiff.pattern_code import compile_pattern

# How far back a currency symbol or code may stand before the digits ("US$ 5").
_SYMBOL_WINDOW = 6
_CODE_BEFORE = lazy_pattern(r"(?<![^\W\d_])(?P<code>[A-Z]{3})\s?$")
# After the number: "20 USD", "20 usd", "30 MUSD" (millions of US dollars).
_CODE_AFTER = compile_pattern(r"\s?(?P<mega>M)?(?P<code>[A-Za-z]{3})(?![^\W\d_])")
# The letters of "hk $", "aud$", "Mex$" right before a dollar sign.
_DOLLAR_PREFIX = lazy_pattern(r"(?<![^\W\d_])(?P<p>[A-Za-z]{1,3})(?P<sp>\s?)\$\s?$")
_PREFIX_WINDOW = 8
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_WORDS = compile_pattern(r"[^\W\d_]+")
# How far either side of a code that is also a word ("TOP") a word of money may stand.
_CUE_WINDOW = 40
# "3 dollars 50 cents", "15 dollars and 50", "17 USD 25": cents after whole units.
_MINOR_JOIN = compile_pattern(r"\s+(?:and\s+)?(?=[^\W_])", re.IGNORECASE)
_MINOR_WORD = compile_pattern(r"\s?(?P<w>[^\W\d_]+|¢)(?![^\W\d_])")
_END_OF_AMOUNT = lazy_pattern(r"\s*(?:[.,;:!?)]|$)")


@attrs.define  # not frozen, as Number (issue 12): built per amount, never changed
class Currency:
    """A currency found next to a number: its ISO code, where it ends or starts, a factor."""

    code: str
    at: int
    """The start of the symbol before the number, or the end of the words after it."""
    factor: float = 1.0
    """What the number is multiplied by: 0.01 for cents, 1e6 for "MUSD"."""


def currency_before(text: str, start: int, lex: Lexicon) -> Currency | None:
    """The currency symbol or code just before ``start`` ("$5", "US$ 5", "hk $ 10", "EUR 5")."""
    c = text[start - 1] if start else ""
    leads = lex.symbol_leads.get(c)
    if leads is not None and (start < 2 or text[start - 2] not in leads):
        # A symbol of one character touching the digits ("£1.2m", "$3bn") that ends no
        # longer symbol here: the one the search below would find, without it.
        return _symbol(text, start, c, start - 1, lex)
    lo = start - _SYMBOL_WINDOW if start > _SYMBOL_WINDOW else 0  # not max(): per figure
    # The last character before the figure that is no white space, within the window:
    # mostly the one or two before it, read without slicing the window.
    if not c.isspace():
        last = c
    elif start - 2 >= lo and not text[start - 2].isspace():
        last = text[start - 2]
    else:
        last = text[lo:start].rstrip()[-1:]
    # Search only where a symbol with a mark in it can end ("US$", "F CFA", "Bs.S"): not
    # after "of" or "in 2023".
    m = lex.patterns["symbol_before"].search(text[lo:start]) if last in lex.symbol_ends else None
    if m is not None and m["sym"].isalpha():
        m = None  # a word of letters alone is looked up below
    if m is None and last.isalpha():
        # A symbol of letters is a whole word ("Ksh 3.4 billion", "KSh12"), looked up
        # rather than searched for: most words before a number end in a letter.
        found = _letter_symbol(text, lo, start, lex)
        if found is not None:
            return found
    if m is not None:
        return _symbol(text, start, m["sym"], lo + m.start("sym"), lex)
    code = _CODE_BEFORE.search(text[lo:start]) if last.isupper() else None
    if code is not None and is_code(code["code"], text, start, lex):
        return Currency(code["code"], lo + code.start("code"))
    return None


def _symbol(text: str, start: int, sym: str, at: int, lex: Lexicon) -> Currency:
    """The currency of the symbol ``sym`` found at ``at`` before the figure at ``start``;
    a dollar's with the letters of its country before it ("HK$", "hk $ 10")."""
    if sym == "$" and _prefix_may_end(text, at):
        p_lo = max(0, start - _PREFIX_WINDOW)
        p = _DOLLAR_PREFIX.search(text[p_lo:start])
        # Spaced from the "$", a prefix must be more than a word or an
        # initial: "hk $ 10" is Hong Kong's, "a $12 million profit" is not AUD.
        spaced_word = (
            p is not None
            and bool(p["sp"])
            and (len(p["p"]) == 1 or p["p"].lower() in lex.STOPWORDS)
            and p["p"].lower() not in lex.SPACED_DOLLAR_INITIALS
        )
        if p is not None and not spaced_word and p["p"].lower() in lex.DOLLAR_PREFIXES:
            return Currency(lex.DOLLAR_PREFIXES[p["p"].lower()], p_lo + p.start("p"))
    # Built slot by slot, every field set (as claimdiff.construct builds claims): the
    # class's __init__, entered from C through its call, costs more than the stores, and
    # most amounts' symbols end here ("£1.2m", "$3bn").
    found: Currency = _new(Currency)
    found.code = lex.currency_symbols[sym]
    found.at = at
    found.factor = 1.0
    return found


_new = object.__new__


def _prefix_may_end(text: str, at: int) -> bool:
    """Whether a dollar's prefix may end before the "$" at ``at``: an ASCII letter right
    before it or one space before it (_DOLLAR_PREFIX), as in "HK$" and "hk $"; "$3bn"
    after a comma is searched for none."""
    b = text[at - 1] if at else ""
    if b.isspace() and at > 1:
        b = text[at - 2]
    return b in _ASCII_LETTERS


_DIGITS = lazy_pattern(r"\d[\d.,]*")


def _letter_symbol(text: str, lo: int, start: int, lex: Lexicon) -> Currency | None:
    """The currency of the word of letters right before ``start`` (one space between at
    most), when that word is a currency symbol ("Rs", "Ksh", "zł", "R")."""
    end = start - 1 if start > 0 and text[start - 1].isspace() else start
    i = end
    while i > lo and text[i - 1].isalpha():
        i -= 1
    if i == end or (i > 0 and (text[i - 1].isalnum() or unicodedata.category(text[i - 1]) == "Sc")):
        return None  # "£E300" ends no symbol "E": a sign of money before it makes another
    symbol = text[i:end]
    code = lex.currency_symbols.get(symbol)
    if code is None:
        return None
    if symbol in lex.strict_symbols and not _strict_ok(text, start, end == start, lex):
        return None
    return Currency(code, i)


# How many words before a strict symbol a word of money is looked for, and how far back.
_CUE_WORDS, _CUE_BEFORE = 3, 40
# Marks that end the clause a word of money is looked for in.
_CLAUSE_MARKS = (". ", "! ", "? ", "; ", ": ", ", ")


def _strict_ok(text: str, start: int, glued: bool, lex: Lexicon) -> bool:
    """A symbol of one or two capitals ("R", "RM") touching a figure with a scale ("R12m",
    "R1.5 billion") or grouped digits ("P20,000"): "the R62", "a Canon R5", "B12" are names."""
    if not glued:
        return False  # "R 12" is no rand
    digits = _DIGITS.match(text, start)
    if digits is None:
        return False
    grouped = lex.numbers.grouped.match(text, start)
    if grouped is not None and lex.numbers.group in grouped.group():
        return True
    end = digits.end()
    while end > start and text[end - 1] in ".,":
        end -= 1  # "R12m." keeps its full stop
    word = lex.patterns["scale_word"].match(text, end)
    abbr = lex.patterns["scale_abbr"].match(text, end)
    if (word is not None and word["scale"].lower() in lex.SCALES) or abbr is not None:
        return True
    # "cost R180 per dose", "priced at P500": a word of money before it, with only stop
    # words between ("bought a Mercedes E300" is a car).
    return money_before(text, start, lex, skip=1)


def money_before(text: str, start: int, lex: Lexicon, skip: int = 0) -> bool:
    """Whether a word of money (``MONEY_CUES``) stands before ``start`` with only stop
    words between, among the few words there ("cost R180", "paid just R45", "costs about
    500 won"), the ``skip`` words right before ``start`` passed over (a symbol's own)."""
    lo = max(0, start - _CUE_BEFORE)
    # Within its clause: "Everyone paid. Only 14 won." holds no word of money for 14.
    cut = max(text.rfind(mark, lo, start) for mark in _CLAUSE_MARKS)
    words = _WORDS.findall(text, max(lo, cut + 1), start)
    last = len(words) - skip
    for w in reversed(words[max(0, last - _CUE_WORDS) : max(0, last)]):
        low = w.lower()
        if low in lex.MONEY_CUES:
            return True
        if low not in lex.STOPWORDS:
            return False
    return False


def is_code(code: str, text: str, at: int, lex: Lexicon) -> bool:
    """An ISO currency code; one that is an English word needs money near ("TOP 10")."""
    if code not in lex.currency_codes:
        return False
    if code not in lex.CODES_THAT_ARE_WORDS:
        return True
    digits = _DIGITS.match(text, at)
    if digits is not None and code not in lex.CODES_THAT_ARE_WORDS_BEFORE_SCALES:
        word = lex.patterns["scale_word"].match(text, digits.end())
        abbr = lex.patterns["scale_abbr"].match(text, digits.end())
        # "CAD 1.5bn": a word never stands before a number with a scale; a single letter
        # may be a unit ("TRY 5m from the line", "GEL 10k tubs") and proves nothing.
        if (word is not None and word["scale"].lower() in lex.SCALES) or (
            abbr is not None and len(abbr["abbr"]) > 1
        ):
            return True
    lo, hi = max(0, at - _CUE_WINDOW), min(len(text), at + _CUE_WINDOW)
    return any(w.lower() in lex.MONEY_CUES for w in _WORDS.findall(text, lo, hi))


def code_after(text: str, end: int, lex: Lexicon) -> Currency | None:
    """An ISO code after the number: "20 USD", "20 usd", "30 MUSD", "75 USD million"."""
    c = _CODE_AFTER.match(text, end)
    if c is None:
        return None
    code = c["code"]
    if not code.isupper():
        # "20 usd", but not "20 top" or "5 all": lower-case words are words.
        if not code.islower() or c["mega"] or code.upper() in lex.CODES_THAT_ARE_WORDS:
            return None
        code = code.upper()
    if not is_code(code, text, end, lex):
        return None
    factor, stop = (1e6 if c["mega"] else 1.0), c.end()
    s = lex.patterns["scale_word"].match(text, stop)
    if s is not None and not c["mega"] and s["scale"].lower() in lex.SCALES:
        factor, stop = lex.SCALES[s["scale"].lower()], s.end()  # "75 USD million"
    return Currency(code, stop, factor)


# The first characters of each language's currency symbols, by its data module.
_symbol_openers: dict[ModuleType, frozenset[str]] = {}


def may_open_symbol(text: str, i: int, lex: Lexicon) -> bool:
    """Whether a currency symbol may start at ``i`` or after one white space character
    there, as the lexicon's "symbol_after" matches: its first character is one of a
    symbol's.  Most words after a number ("pounds", "months") open with a lower-case
    letter, which opens hardly any symbol ("zł"), and a process matching the pattern only
    past this look seldom compiles it (some 120 symbols, 0.6 ms)."""
    opens = _symbol_openers.get(lex.data)
    if opens is None:
        opens = _symbol_openers[lex.data] = frozenset(s[:1] for s in lex.currency_symbols if s)
    c = text[i : i + 1]
    return c in opens or (c.isspace() and text[i + 1 : i + 2] in opens)


def symbol_after(text: str, end: int, lex: Lexicon) -> Currency | None:
    """A currency symbol after the number ("5 €", "10 $"), unless it starts the next one."""
    if not may_open_symbol(text, end, lex):
        return None
    m = lex.patterns["symbol_after"].match(text, end)
    if m is None:
        return None
    nxt = text[m.end() : m.end() + 2].lstrip()
    if nxt[:1].isdigit():
        return None  # "10 $ 30": the symbol belongs to 30
    if m["sym"][-1:].isalpha() and m.end() < len(text) and text[m.end()].isalpha():
        return None  # "5 Rsomething": a word, not a symbol
    return Currency(lex.currency_symbols[m["sym"]], m.end())


def minor_unit(text: str, i: int, lex: Lexicon) -> Currency | None:
    """ "cents", "pence" at ``i``: the minor unit's currency and factor (0.01)."""
    m = _MINOR_WORD.match(text, i)
    if m is None:
        return None
    found = lex.MINOR_CURRENCY_WORDS.get(m["w"].lower())
    if found is None:
        return None
    return Currency(found[0], m.end(), found[1])


def minor_after(text: str, end: int, lex: Lexicon) -> tuple[float, int] | None:
    """(amount in the major unit, end) of the cents after "3 dollars": "50 cents", "and 50"."""
    j = _MINOR_JOIN.match(text, end)
    if j is None:
        return None
    i = j.end()
    if text[i].isdigit():
        num, _ = read_digits(text, i, lex.numbers)
        if num is None or num.decimals or num.grouped or num.fraction or len(num.digits) > 2:
            return None
    else:
        num = read_words(text, i, lex)
        if num is None or num.fraction or num.value >= 100:
            return None
    minor = minor_unit(text, num.end, lex)
    if minor is not None:
        return num.value * minor.factor, minor.at
    if _END_OF_AMOUNT.match(text, num.end) is None:
        return None  # "15 dollars and 50 people": no cents
    return num.value / 100, num.end
