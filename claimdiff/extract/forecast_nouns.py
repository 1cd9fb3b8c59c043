"""Who forecast a count, read as what it counts, given back: "the 240,000 economists had
expected" is a forecast of 240,000, not 240,000 economists.

After "the" a count whose noun is a forecaster followed by a word of expecting ("the
230,000 analysts had anticipated", "the 25,000 economists expected", "the 150,000
economists polled by Reuters had forecast") names what the forecasters expected, in a
relative clause with no "that".  A count of forecasters stands after no "the" ("all 65
economists polled by Reuters", "a poll of 40 economists had forecast a rise").  The
count keeps its words before the forecaster ("the 25,000 gain economists had
forecast": "25,000 gain"), and :func:`claimdiff.expectations.expected` then reads the
forecaster after it.  The words come from the lexicon (``FORECASTERS``,
``EXPECTING_WORDS``, ``FORECAST_GAP``); a language without them gives back nothing.
"""

from __future__ import annotations

import re

from claimdiff.extract.precision import Draft
from claimdiff.lexicon import Lexicon
from claimdiff.model import Kind

__all__ = ["without_forecasters"]

# "the" right before the figure (after a hedge's words, which the figure holds).
_THE_BEFORE = re.compile(r"(?<![^\W\d_])the\s+$", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
# How many words after the forecaster its word of expecting may stand: "had been
# expecting", "polled by Reuters had forecast".
_EXPECTING_REACH = 5


def without_forecasters(text: str, drafts: list[Draft], lex: Lexicon) -> list[Draft]:
    """``drafts`` with each count of forecasters that names their forecast (above) ending
    before the forecaster, its noun the word before it or none."""
    if not lex.FORECASTERS:
        return drafts
    for d in drafts:
        if d.kind is Kind.COUNT and d.noun in lex.FORECASTERS and _names_forecast(text, d, lex):
            words = list(_WORD.finditer(text, d.start, d.end))
            cut = next(m for m in reversed(words) if m.group().lower() == d.noun)
            before = [m for m in words if m.end() <= cut.start()]
            d.end = before[-1].end() if before else text.rfind(" ", d.start, cut.start())
            d.noun = before[-1].group().lower() if before else None
    return drafts


def _names_forecast(text: str, d: Draft, lex: Lexicon) -> bool:
    """Whether "the" stands before the count and a word of expecting after its forecaster,
    only words of ``FORECAST_GAP`` or names between ("had been", "polled by Reuters")."""
    if _THE_BEFORE.search(text, max(0, d.start - 5), d.start) is None:
        return False
    for m in list(_WORD.finditer(text, d.end, min(len(text), d.end + 60)))[:_EXPECTING_REACH]:
        low = m.group().lower()
        if low in lex.EXPECTING_WORDS:
            return True
        if low not in lex.FORECAST_GAP and not m.group()[0].isupper():
            return False
    return False
