"""Per-language grammar, compiled once into a :class:`Lexicon`.

The tables live in one data module per language (``en.py``); this module
adds what CLDR knows through babel (currency names, codes and symbols) and
compiles the regexes the extractor uses.  Core code receives a ``Lexicon``,
never a language string.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Iterable, Mapping
from types import ModuleType
from typing import Any

import attrs
from babel import Locale
from babel.numbers import get_currency_name, list_currencies

_AVAILABLE = ("en",)


def _alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of ``phrases``, longest first so that the longest wins."""
    items = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in items)


@attrs.frozen
class Lexicon:
    """Everything language-specific the extractor needs, compiled."""

    lang: str
    data: ModuleType = attrs.field(repr=False)
    currency_words: Mapping[str, str] = attrs.field(repr=False)
    currency_symbols: Mapping[str, str] = attrs.field(repr=False)
    currency_codes: frozenset[str] = attrs.field(repr=False)
    patterns: Mapping[str, re.Pattern[str]] = attrs.field(repr=False)

    def __getattr__(self, name: str) -> Any:
        # Tables are read straight from the data module (lex.HEDGES, lex.UNITS…).
        if name.isupper():
            return getattr(self.data, name)
        raise AttributeError(name)


def _babel_currencies(data: ModuleType) -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """Currency names, symbols and ISO codes from CLDR, for ``data.LOCALE``."""
    locale = Locale.parse(data.LOCALE)
    codes = frozenset(list_currencies())
    words: dict[str, str] = {}
    heads: dict[str, set[str]] = {}
    for code in sorted(codes):
        for count in (1, 2):
            name = get_currency_name(code, count=count, locale=locale).lower()
            if name == code.lower():
                continue  # CLDR has no name for it here
            words.setdefault(name, code)
            heads.setdefault(name.rsplit(" ", 1)[-1], set()).add(code)
    # A head word ("markka", "hryvnias") names a currency on its own when only
    # one currency has it; the ambiguous ones ("dollars") take the defaults.
    for head, owners in heads.items():
        if len(owners) == 1 and head not in data.AMBIGUOUS_CURRENCY_HEADS:
            words.setdefault(head, next(iter(owners)))
    for head, code in data.CURRENCY_HEAD_DEFAULTS.items():
        words[head] = code
    symbols: dict[str, str] = {}
    for loc in (data.LOCALE, *data.SYMBOL_LOCALES):
        for code, symbol in Locale.parse(loc).currency_symbols.items():
            # Symbols that are just the code, or letters only, are read as codes.
            if symbol != code and not symbol.isalpha():
                symbols.setdefault(symbol, code)
    for symbol, code in data.EXTRA_SYMBOLS.items():
        symbols.setdefault(symbol, code)
    return words, symbols, codes


def _compile(
    data: ModuleType, words: Mapping[str, str], symbols: Mapping[str, str]
) -> dict[str, re.Pattern[str]]:
    number_words = [*data.UNITS, *data.TENS, *data.SCALES, *data.COUNT_WORDS, *data.FRACTIONS]
    hedges = _alternation(data.HEDGES)
    measure = _alternation(data.MEASURE_UNITS)
    return {
        # Anchors: a run of digits, or a number word.  Everything else is
        # parsed outward from these, so text without numbers costs one scan.
        "anchor": re.compile(
            r"(?<![^\W\d_])(?:\d|(?:" + _alternation(number_words) + r")(?![^\W\d_]))",
            re.IGNORECASE,
        ),
        "number_word": re.compile(
            r"(?:" + _alternation(number_words) + r")(?![^\W\d_])", re.IGNORECASE
        ),
        # A hedge ending right before a figure: searched in a bounded window.
        "hedge_before": re.compile(
            r"(?<![^\W\d_])(?P<hedge>" + hedges + r")\s+$", re.IGNORECASE
        ),
        "trailing_hedge": re.compile(
            r"\s*(?P<hedge>" + _alternation(data.TRAILING_HEDGES) + r")(?![^\W\d_])",
            re.IGNORECASE,
        ),
        "currency_word": re.compile(
            r"(?P<word>" + _alternation(words) + r")(?![^\W\d_])", re.IGNORECASE
        ),
        "symbol_before": re.compile(r"(?P<sym>" + _alternation(symbols) + r")\s?$"),
        "symbol_after": re.compile(r"\s?(?P<sym>" + _alternation(symbols) + r")"),
        "measure_unit": re.compile(
            r"(?P<unit>" + measure + r")(?![^\W\d_])", re.IGNORECASE
        ),
        "vague_before": re.compile(
            r"(?<![^\W\d_])(?P<vague>" + _alternation(data.VAGUE_WORDS) + r")\s+$", re.IGNORECASE
        ),
        "vague_plural": re.compile(
            r"(?<![^\W\d_])(?:(?P<mult>" + _alternation(data.VAGUE_MULTIPLIERS)
            + r")\s+of\s+)?(?P<plural>" + _alternation(data.VAGUE_PLURALS) + r")(?![^\W\d_])",
            re.IGNORECASE,
        ),
        "vague_word": re.compile(
            r"(?<![^\W\d_])(?P<vague>" + _alternation(data.VAGUE_WORDS) + r")(?![^\W\d_])",
            re.IGNORECASE,
        ),
        "percent": re.compile(
            r"\s?(?P<pct>" + _alternation(data.PERCENT_WORDS) + r")(?![^\W\d_])", re.IGNORECASE
        ),
        "time_unit": re.compile(
            r"(?P<unit>" + _alternation(data.TIME_UNITS) + r")(?![^\W\d_])", re.IGNORECASE
        ),
        "month": re.compile(
            r"(?P<month>" + _alternation(data.MONTHS) + r")\.?(?![^\W\d_])", re.IGNORECASE
        ),
        "period": re.compile(
            r"(?<![^\W\d_])(?P<period>" + _alternation(data.PERIOD_PHRASES) + r")(?![^\W\d_])",
            re.IGNORECASE,
        ),
        "anaphoric_period": re.compile(
            r"(?<![^\W\d_])(?:for|in|during|over|of)\s+(?P<period>"
            + _alternation(data.ANAPHORIC_PERIODS) + r")(?![^\W\d_])",
            re.IGNORECASE,
        ),
    }  # fmt: skip


@functools.cache
def get_lexicon(lang: str = "en") -> Lexicon:
    """The compiled lexicon for ``lang``; built once per process.

    >>> get_lexicon("en").lang
    'en'
    """
    if not isinstance(lang, str) or lang not in _AVAILABLE:
        msg = f"no lexicon for language {lang!r}; available: {', '.join(_AVAILABLE)}"
        raise ValueError(msg)
    data = importlib.import_module(f"claimdiff.lexicon.{lang}")
    words, symbols, codes = _babel_currencies(data)
    return Lexicon(
        lang=lang,
        data=data,
        currency_words=words,
        currency_symbols=symbols,
        currency_codes=codes,
        patterns=_compile(data, words, symbols),
    )
