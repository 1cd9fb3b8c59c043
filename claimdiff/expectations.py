"""Which figures are what economists, analysts or markets expected (docs/compare.md).

A data release or a company's results are reported with what was expected of them:
"Unemployment rose to 4.7%. Economists had expected 4.8%."  The expectation is a figure
of its own: it never pairs with the other report's actual ("Joblessness climbed to 4.7
per cent"; "wage growth slowed to 3.6 per cent"), only with its expectation.

A figure is expected when, among its own words (claimdiff.prepare's segment: from the
break before it to the break after it), a forecaster and a word of expecting stand in
the clause before it ("Economists polled by Reuters had forecast a 0.3% rise"), or right
after it ("the 0.3% rise economists had predicted"), or a forecast's noun stands right
before it ("below expectations of 1.2m").  The words come from the lexicon
(``FORECASTERS``, ``EXPECTING_WORDS``, ``EXPECTATION_NOUNS``); a language without them
reads no figure as expected.
"""

from __future__ import annotations

import itertools
import re

from claimdiff.lexicon import Lexicon

__all__ = ["expected"]

_WORD = re.compile(r"[^\W\d_]+")
# Where a clause ends: words past it are said of something else ("Inflation came in
# below what economists had expected, at 3.2%": the 3.2% is what came in).
_BREAK = re.compile(r"[,;:()]|\s(?:than|but|while|whereas)\s", re.IGNORECASE)
# How many words right before a figure a forecast's noun may stand ("expectations of
# about 1.2m"), and right after it the forecaster and the verb ("the 0.1% expansion
# analysts polled by Reuters had forecast").
_NEAR_BEFORE = 4
_NEAR_AFTER = 8


def expected(text: str, lo: int, start: int, end: int, hi: int, lex: Lexicon) -> bool:
    """Whether the figure at ``text[start:end]``, whose own words run from ``lo`` to
    ``hi``, is what forecasters expected.

    >>> from claimdiff.lexicon import get_lexicon
    >>> en = get_lexicon("en")
    >>> t = "Economists had expected 4.8%."
    >>> expected(t, 0, 24, 28, len(t), en)
    True
    >>> t = "Inflation fell to 3.2%, lower than economists had expected."
    >>> expected(t, 0, 18, 22, len(t), en)
    False
    """
    if not lex.FORECASTERS:
        return False
    before = text[lo:start]
    breaks = list(_BREAK.finditer(before))
    clause = _words(before[breaks[-1].end() :] if breaks else before)
    if _both(clause, lex):
        return True
    last = clause[-_NEAR_BEFORE:]
    if any(w in lex.EXPECTATION_NOUNS for w, _ in last):
        return True
    # "ahead of forecasts of 2.6%": a forecast the figure is measured against.
    if any(w in lex.FORECAST_NOUNS for w, _ in last) and any(
        w in lex.MEASURED_AGAINST for w, _ in clause[-_NEAR_BEFORE - 2 :]
    ):
        return True
    after = text[end:hi]
    cut = _BREAK.search(after)
    return _both(_words(after[: cut.start() if cut else len(after)])[:_NEAR_AFTER], lex)


def _words(text: str) -> list[tuple[str, str]]:
    """The words of ``text``, each lower case and as written ("City")."""
    return [(w.lower(), w) for w in _WORD.findall(text)]


def _both(words: list[tuple[str, str]], lex: Lexicon) -> bool:
    """Whether ``words`` hold a forecaster and a word of expecting, or "estimate" as a
    noun ("analysts' average estimate of")."""
    if not any(low in lex.FORECASTERS or raw in lex.FORECASTERS for low, raw in words):
        return False
    lows = [low for low, _ in words]
    if any(w in lex.EXPECTING_WORDS for w in lows):
        return True
    return any(
        w in lex.ESTIMATE_NOUNS and nxt in lex.AFTER_ESTIMATE_NOUNS
        for w, nxt in itertools.pairwise(lows)
    )
