"""Who forecast a count, read as what it counts, given back: "the 240,000 economists had
expected" is a forecast of 240,000, not 240,000 economists.

After "the" a count whose noun is a forecaster followed by a word of expecting ("the
230,000 analysts had anticipated", "the 25,000 economists expected", "the 150,000
economists polled by Reuters had forecast") names what the forecasters expected, in a
relative clause with no "that".  A count of forecasters stands after no "the" ("all 65
economists polled by Reuters", "a poll of 40 economists had forecast a rise").  The
count keeps its words before the forecaster ("the 25,000 gain economists had
forecast": "25,000 gain", its noun "gain"; "the roughly 200,000 economists": "roughly
200,000", no noun), and :func:`claimdiff.expectations.expected` then reads the
forecaster after it.  The words come from the lexicon (``FORECASTERS``,
``EXPECTING_WORDS``, ``FORECAST_GAP``, ``FORECAST_AFTER``); a language without them gives
back nothing.
"""

from __future__ import annotations

import re

from claimdiff.extract.members import COUNT
from claimdiff.extract.precision import Draft
from claimdiff.lexicon import Lexicon
from claimdiff.pattern_code import compile_pattern

__all__ = ["without_forecasters"]

# "the" right before the figure (after a hedge's words, which the figure holds).
_THE_BEFORE = compile_pattern(r"(?<![^\W\d_])the\s+$", re.IGNORECASE)
_WORD = compile_pattern(r"[^\W\d_]+")
# The tokens of a figure's words: its number's and the words after ("1.2m", "gain").
_TOKEN = compile_pattern(r"[^\W_][^\s]*")
# The word after a word of expecting, in its clause (none past a comma or full stop).
_NEXT = compile_pattern(r"[ \t\u00a0]+(?P<w>[^\W\d_]+|\S)")
# How many words after the forecaster its word of expecting may stand: "had been
# expecting", "polled by Reuters had forecast".
_EXPECTING_REACH = 5


def without_forecasters(text: str, drafts: list[Draft], lex: Lexicon) -> list[Draft]:
    """``drafts`` with each count of forecasters that names their forecast (above) ending
    before the forecaster, its noun the last word after its number or none."""
    if not lex.FORECASTERS:
        return drafts
    for d in drafts:
        if d.kind is COUNT and d.noun in lex.FORECASTERS and _names_forecast(text, d, lex):
            words = list(_TOKEN.finditer(text, d.start, d.end))
            cut = next(m for m in reversed(words) if m.group().lower() == d.noun)
            end = cut.start()
            while end > d.start and text[end - 1].isspace():
                end -= 1  # a non-breaking space too
            # What it counts: the words after the figure's last number, none of them a
            # scale ("the 25,000 gain economists had forecast": gain; "the 1.2m
            # economists": none; "the roughly 200,000 economists": none).
            last = max((k for k, m in enumerate(words) if _number(m.group(), lex)), default=-1)
            nouns = [
                m.group().lower()
                for m in words[last + 1 :]
                if m.end() <= end and m.group().isalpha() and len(m.group()) > 2
            ]
            d.end, d.noun = end, nouns[-1] if nouns else None
    return drafts


def _names_forecast(text: str, d: Draft, lex: Lexicon) -> bool:
    """Whether "the" stands before the count, a word of expecting after its forecaster
    with only words of ``FORECAST_GAP`` or names between ("had been", "polled by
    Reuters"), and nothing the forecasters expected after that word: the clause ends or a
    word of ``FORECAST_AFTER`` follows ("had expected, the ONS said", "had forecast for
    May"; not "The 40 economists polled by Reuters had expected a rise of 0.3%")."""
    if _THE_BEFORE.search(text, max(0, d.start - 5), d.start) is None:
        return False
    for m in list(_WORD.finditer(text, d.end, min(len(text), d.end + 60)))[:_EXPECTING_REACH]:
        low = m.group().lower()
        if low in lex.EXPECTING_WORDS:
            nxt = _NEXT.match(text, m.end())
            return nxt is None or nxt["w"].lower() in lex.FORECAST_AFTER
        if low not in lex.FORECAST_GAP and not m.group()[0].isupper():
            return False
    return False


def _number(token: str, lex: Lexicon) -> bool:
    """Whether a token of a figure is (part of) its number: digits, a number word, a scale."""
    low = token.lower()
    return (
        any(ch.isdigit() for ch in token)
        or low in lex.UNITS
        or low in lex.TENS
        or low in lex.SCALES
    )
