"""Which figures are what economists, analysts or markets expected (docs/compare.md).

A data release or a company's results are reported with what was expected of them:
"Unemployment rose to 4.7%. Economists had expected 4.8%."  The expectation is a figure
of its own: it never pairs with the other report's actual ("Joblessness climbed to 4.7
per cent"; "wage growth slowed to 3.6 per cent"), only with its expectation.

A figure is expected when, among its own words (claimdiff.prepare's segment: from the
break before it to the break after it):

* a forecaster and a word of expecting stand in the clause before it, the figure not
  named as a thing ("Economists polled by Reuters had forecast a 0.3% rise"; not
  "Analysts expect the $2bn takeover to close") and the clause no comparison's base
  ("rose more than economists expected to 4.7%");
* or a forecaster opens the words right after it, one noun allowed between, and a word
  of expecting follows ("the 0.1% expansion analysts polled by Reuters had forecast");
  or a participle of expecting stands right after it ("versus 443,000 expected");
* or "expectations" or "consensus", naming a value, stands just before it ("below
  expectations of 1.2m"), or a forecast it is measured against ("ahead of forecasts of
  2.6%");
* or what a sale was expected to make names it, no forecaster needed
  (``SALE_EXPECTATIONS``: "a pre-sale estimate of £150,000 to £200,000", "a guide price of
  £650,000", "expected to fetch up to $5m").

The words come from the lexicon (``FORECASTERS``, ``EXPECTING_WORDS`` and the rest, in
``lexicon/en_expectations.py``); a language without them reads no figure as expected.
"""

from __future__ import annotations

import functools
import itertools
import re

from claimdiff.lexicon import Lexicon
from claimdiff.pattern_code import compile_pattern

__all__ = ["clause_after", "clause_before", "expected", "words_of"]

# A word, hyphenated compounds whole: "better-than-expected" expects nothing, and
# "emerging-market" is no market.
_WORD = compile_pattern(r"[^\W\d_]+(?:[-‐'’][^\W\d_]+)*")

# How many words right before a figure a forecast's noun may stand ("expectations of
# about 1.2m"), and the word setting it against a forecast ("Against the fiscal
# watchdog's projection of £114.1bn").
_NEAR_BEFORE = 4
_AGAINST_BEFORE = 8
# Right after a figure, how far its forecaster may stand (one noun between: "the 0.3%
# rise economists had predicted") and its verb ("the 0.1% expansion analysts polled by
# Reuters had forecast"): a forecast said after the figure names it at once, while a
# trailer further on is said of the actual ("rose 4% in May after economists had ...").
_FORECASTER_AFTER = 2
_NEAR_AFTER = 8


def expected(text: str, span: tuple[int, int], own: tuple[int, int], lex: Lexicon) -> bool:
    """Whether the figure at ``span`` of ``text``, whose own words run over ``own``, is
    what forecasters expected.

    >>> from claimdiff.lexicon import get_lexicon
    >>> en = get_lexicon("en")
    >>> t = "Economists had expected 4.8%."
    >>> expected(t, (24, 28), (0, len(t)), en)
    True
    >>> t = "Inflation fell to 3.2%, lower than economists had expected."
    >>> expected(t, (18, 22), (0, len(t)), en)
    False
    """
    if not lex.FORECASTERS:
        return False
    (start, end), (lo, hi) = span, own
    before = text[lo:start]
    prior = words_of(before)[-2:]
    if len(prior) == 2 and prior[1][0] in _ARTICLES and prior[0][0] != "the":
        prior = prior[:1]  # "versus a 0.5% rise expected": the article names no figure
    named = bool(prior) and prior[-1][0] in lex.PARTICIPLE_OPENERS
    figure = words_of(text[start:end])
    if figure and figure[-1][0] in lex.FORECASTERS:
        return False  # "all 65 economists polled by Reuters had expected": how many
    if named and figure and figure[-1][0] in lex.EXPECTED_AFTER:
        # "short of the 180,000 forecast", its noun read into the figure; not "the 180,000
        # forecast it gave", the publisher's own.
        return not _own(words_of(text[end:hi])[:2], lex)
    return _before(before, lex) or _after(text[end:hi], named, lex)


def _before(before: str, lex: Lexicon) -> bool:
    """Whether the words before a figure, in its own clause, name it a forecast."""
    opener, clause = clause_before(before, lex)
    lows = [low for low, _ in clause]
    last = lows[-_NEAR_BEFORE:]
    if any(w in lex.EXPECTATION_NOUNS and nxt in lex.NAMING for w, nxt in itertools.pairwise(last)):
        return True  # "below expectations of 1.2m"
    if (
        any(w in lex.FORECAST_NOUNS for w in last)
        and any(w in lex.MEASURED_AGAINST for w in lows[-_AGAINST_BEFORE:])
        and not any(w in lex.EARLIER_FIGURES for w in last)
    ):
        return True  # "ahead of forecasts of 2.6%"; not "against an original estimate of"
    if len(lows) > 1 and lows[-1] in lex.EXPECTED_AFTER and lows[-2] in lex.NAMED_BEFORE:
        return True  # "more than the expected 0.3%"
    if _sale_expected(lows, lex.SALE_EXPECTATIONS):
        return True  # "a pre-sale estimate of £150,000", "a guide price of £650,000"
    if opener in lex.COMPARISON_OPENERS or (lows and lows[-1] in lex.NAMED_BEFORE):
        return False
    return _forecasters(clause, lex) and _expecting(lows, lex)


def _sale_expected(lows: list[str], phrases: frozenset[tuple[str, ...]]) -> bool:
    """Whether a phrase of what a sale was expected to make ends within the last words
    before the figure, no more than :data:`_SALE_GAP` words between."""
    for phrase in phrases:
        n = len(phrase)
        for gap in range(_SALE_GAP + 1):
            k = len(lows) - gap
            if k >= n and tuple(lows[k - n : k]) == phrase:
                return True
    return False


# Words that may stand between a sale's expected price and its figure: "a guide price of
# £650,000", "expected to fetch up to $5m".
_SALE_GAP = 2


def _after(after: str, named: bool, lex: Lexicon) -> bool:
    """Whether the words right after a figure name it a forecast; ``named``: whether the
    word before the figure names it as a thing or sets it against ("the", "versus")."""
    words = clause_after(after, lex)[:_NEAR_AFTER]
    if not words:
        return False
    lows = [low for low, _ in words]
    if named and lows[0] in lex.EXPECTED_AFTER:
        # "versus 443,000 expected"; not "the $2bn forecast it gave in March", the
        # publisher's own, which another report gives as its guidance.
        return not _own(words[1:3], lex)
    if (
        named
        and len(lows) > 1
        and lows[1] in lex.EXPECTED_AFTER
        and lows[0] not in lex.VERB_BEFORE_PARTICIPLE
    ):
        return True  # "the 0.2% expansion expected by economists"
    if named and _estimate_after(words, lex):
        return True  # "the $2.46bn consensus", "the 3.65% median estimate of economists"
    return _forecasters(words[:_FORECASTER_AFTER], lex) and _expecting(lows, lex)


def _own(words: list[tuple[str, str]], lex: Lexicon) -> bool:
    """Whether the words after a participle of expecting open a clause of who forecast,
    not a forecaster: a pronoun ("it gave", "they set") or a determiner and a noun that
    is none ("the company issued"; not "the City", "the consensus")."""
    lows = [low for low, _ in words]
    if not lows:
        return False
    if lows[0] in lex.OWN_FORECAST_PRONOUNS:
        return True
    return (
        lows[0] in lex.NAMED_BEFORE
        and len(words) > 1
        and not _forecasters(words[:2], lex)
        and lows[1] not in lex.EXPECTATION_NOUNS
    )


def _estimate_after(words: list[tuple[str, str]], lex: Lexicon) -> bool:
    """Whether a forecasters' estimate opens the words after a named figure, within two
    words: the consensus ("the $2.46bn consensus"), or an estimate or forecast of
    forecasters ("the 3.65 per cent median estimate of economists polled by Reuters"; not
    "the $2.4bn estimate of costs", no forecaster's)."""
    lows = [low for low, _ in words]
    for k, w in enumerate(lows[:2]):
        if w in lex.EXPECTATION_NOUNS:
            return True
        if w in lex.ESTIMATE_NOUNS or w in lex.FORECAST_NOUNS:
            return _forecasters(words[k + 1 : k + 1 + _FORECASTER_AFTER + 1], lex)
    return False


# Articles between a word setting a figure against a forecast and the figure: "versus a
# 0.5% rise expected".
_ARTICLES = frozenset({"a", "an"})


def clause_before(before: str, lex: Lexicon) -> tuple[str, list[tuple[str, str]]]:
    """The words of ``before`` (the words before a figure) from its last clause break on,
    and that break, stripped and lower case ("" where none stands)."""
    breaks = list(_breaks(lex.EXPECTATION_BREAKS).finditer(before))
    if not breaks:
        return "", words_of(before)
    return breaks[-1].group().strip().lower(), words_of(before[breaks[-1].end() :])


def clause_after(after: str, lex: Lexicon) -> list[tuple[str, str]]:
    """The words of ``after`` (the words after a figure) up to its first clause break."""
    cut = _breaks(lex.EXPECTATION_BREAKS).search(after)
    return words_of(after[: cut.start() if cut else len(after)])


@functools.cache
def _breaks(words: frozenset[str]) -> re.Pattern[str]:
    """Where a clause ends: a comma, semicolon, colon or bracket, or one of ``words``
    (the lexicon's ``EXPECTATION_BREAKS``); words past it are said of something else
    ("Inflation came in below what economists had expected, at 3.2%")."""
    joined = "|".join(sorted(map(re.escape, words)))
    return compile_pattern(rf"[,;:()]|\s(?:{joined})\s" if joined else r"[,;:()]", re.IGNORECASE)


def words_of(text: str) -> list[tuple[str, str]]:
    """The words of ``text``, each lower case and as written ("City")."""
    return [(w.lower(), w) for w in _WORD.findall(text)]


def _forecasters(words: list[tuple[str, str]], lex: Lexicon) -> bool:
    if any(low in lex.FORECASTERS for low, _ in words):
        return True
    return any((a[0], b[1]) in lex.FORECASTER_PHRASES for a, b in itertools.pairwise(words))


def _expecting(lows: list[str], lex: Lexicon) -> bool:
    """A word of expecting, or "estimate" as a noun ("analysts' average estimate of")."""
    if any(w in lex.EXPECTING_WORDS for w in lows):
        return True
    return any(w in lex.ESTIMATE_NOUNS and nxt in lex.NAMING for w, nxt in itertools.pairwise(lows))
