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
    """A regex alternation of ``phrases``, factored on shared prefixes, longest first.

    "three", "thirty", "thousand" become ``th(?:ree|irty|ousand)``: the engine
    tries one branch per letter instead of every phrase at every offset.  At each
    step longer continuations come before the phrase ending there, so that the
    longest phrase wins, as in a plain longest-first alternation.

    >>> re.fullmatch(_alternation(["a", "ab", "b c"]), "b  c") is not None
    True
    """
    trie: dict[str, Any] = {}
    for p in set(phrases):
        node = trie
        for ch in p:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _branch(trie)


def _branch(node: dict[str, Any]) -> str:
    ends = "" in node
    parts = [
        (r"\s+" if ch == " " else re.escape(ch)) + _branch(child)
        for ch, child in sorted(node.items())
        if ch
    ]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    return "(?:" + body + ")?" if ends else body


# Digits and the vulgar fractions ("½", "⅔") that start a number, inside a character class.
_DIGITS = r"\d\u00bc-\u00be\u2150-\u215e"
# Characters that IGNORECASE matches to an ASCII letter but lower() does not turn into
# one (dotless i, long s): a text holding one is searched with the IGNORECASE pattern.
_FOLDS_TO_ASCII = re.compile("[\u0131\u017f]")


def start_pattern(text: str, lex: Lexicon) -> tuple[re.Pattern[str], str]:
    """The pattern that finds where figures may start, and the text to search with it.

    A lower-cased copy with a case-sensitive pattern, when lower-casing keeps every
    offset and every match ("İ" lower-cases to two characters; "ſ" matches "s" only
    under IGNORECASE); else the text itself with the IGNORECASE pattern.  Both find
    the same starts.
    """
    low = text.lower()
    if len(low) == len(text) and _FOLDS_TO_ASCII.search(text) is None:
        return lex.patterns["start_lower"], low
    return lex.patterns["start"], text


def _lead(phrases: Iterable[str], extra: str = "") -> str:
    """A lookahead for the first letters of ``phrases`` (either case), plus ``extra``.

    Searched patterns start with it: the engine then skips, at C speed, the offsets
    where no alternative can begin, instead of trying every alternative there.
    """
    chars = {c for p in phrases for c in (p[0].lower(), p[0].upper())}
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + extra + "])"


def _heads(phrases: Iterable[str]) -> frozenset[str]:
    """The leading run of letters of each phrase, lower case ("km" of "km/h")."""
    heads = set()
    for p in phrases:
        m = re.match(r"[^\W\d_]+", p)
        if m is not None:
            heads.add(m.group().lower())
    return frozenset(heads)


# Not slotted: each table read through __getattr__ is kept in the instance's __dict__, so
# the extractor's thousands of reads per text (lex.UNITS, lex.HEDGES…) are plain lookups.
@attrs.frozen(slots=False)
class Lexicon:
    """Everything language-specific the extractor needs, compiled."""

    lang: str
    data: ModuleType = attrs.field(repr=False)
    currency_words: Mapping[str, str] = attrs.field(repr=False)
    currency_symbols: Mapping[str, str] = attrs.field(repr=False)
    currency_codes: frozenset[str] = attrs.field(repr=False)
    patterns: Mapping[str, re.Pattern[str]] = attrs.field(repr=False)
    hedge_heads: frozenset[str] = attrs.field(repr=False, default=frozenset())
    """First words of the hedges ("more", "at"): words a name never ends with."""
    unit_heads: frozenset[str] = attrs.field(repr=False, default=frozenset())
    """Leading letters of every unit, currency, time and percent word ("km" of "km/h"):
    a word after a figure that is none of these needs no unit lookup."""
    symbol_ends: frozenset[str] = attrs.field(repr=False, default=frozenset())
    """Last characters of the currency symbols: a symbol search runs only after one."""
    hedge_tails: frozenset[str] = attrs.field(repr=False, default=frozenset())
    """Last words or symbols of the hedges ("than", "over", ">"): the hedge search runs
    only when the word before a figure is one of these."""
    range_tails: frozenset[str] = attrs.field(repr=False, default=frozenset())
    """Last words of the range openers ("between", "of", "from")."""
    predicate_classes: Mapping[str, tuple[tuple[str, bool], ...]] = attrs.field(
        repr=False, factory=dict
    )
    """Each predicate phrase (lower case, single spaces) → its (class, of a count) readings."""

    def __getattr__(self, name: str) -> Any:
        # Tables are read straight from the data module (lex.HEDGES, lex.UNITS…).
        if name.isupper():
            value = getattr(self.data, name)
            object.__setattr__(self, name, value)  # a cache of read-only module data
            return value
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
            if len(name.split()) <= 2:
                # "Finnish markkas" → "markkas"; not "Unit of Constant Value" → "value".
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
    # Words that continue a number but never start one ("three dozens").
    continuing = [*number_words, *data.COUNT_AFTER_NUMBER]
    hedges = _alternation(data.HEDGES)
    measure = _alternation(data.MEASURE_UNITS)
    patterns = {
        # Anchors: a run of digits, or a number word.  Everything else is
        # parsed outward from these, so text without numbers costs one scan.
        "anchor": re.compile(
            # Digits not inside a word or a longer digit run ("scp173", "m212"): a run
            # is read from its first digit or not at all.
            r"(?:(?<![^\W_])[\d\u00bc-\u00be\u2150-\u215e]|(?<![^\W\d_])(?:"
            + _alternation(number_words) + r")(?![^\W\d_]))",
            re.IGNORECASE,
        ),
        "number_word": re.compile(
            r"(?:" + _alternation(continuing) + r")(?![^\W\d_])", re.IGNORECASE
        ),
        # A scale or amount word after digits ("1.22 million", "13 lakh", "3 dozens").
        "scale_word": re.compile(
            r"\s?(?P<scale>" + _alternation([*data.SCALES, *data.COUNT_AFTER_NUMBER])
            + r")(?![^\W\d_])",
            re.IGNORECASE,
        ),
        "range_opener": re.compile(
            r"(?<![^\W\d_])(?:" + _alternation(data.RANGE_OPENERS) + r")\s+$", re.IGNORECASE
        ),
        "negative_before": re.compile(
            r"(?<![^\W\d_])(?:" + _alternation(data.NEGATIVE_WORDS) + r")\s+$", re.IGNORECASE
        ),
        "ratio": re.compile(
            r"\s+(?:" + _alternation(data.RATIO_WORDS) + r")\s+", re.IGNORECASE
        ),
        # A hedge ending right before a figure: searched in a bounded window.
        "hedge_before": re.compile(
            r"(?:(?<![^\W\d_])|(?=[<>=≤≥]))(?P<hedge>" + hedges + r")(?:\s+|(?<=[<>=≤≥])\s*)$",
            re.IGNORECASE,
        ),
        "trailing_hedge": re.compile(
            r"\s*" + _lead(data.TRAILING_HEDGES)
            + r"(?P<hedge>" + _alternation(data.TRAILING_HEDGES) + r")(?![^\W\d_])",
            re.IGNORECASE,
        ),
        "currency_word": re.compile(
            r"(?P<word>" + _alternation(words) + r")(?![^\W\d_])", re.IGNORECASE
        ),
        "symbol_before": re.compile(r"(?P<sym>" + _alternation(symbols) + r")\s?$"),
        "symbol_after": re.compile(r"\s?(?P<sym>" + _alternation(symbols) + r")"),
        "measure_unit": re.compile(
            r"(?P<unit>" + measure + r")(?![^\W_])", re.IGNORECASE
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
        "per_unit": re.compile(
            r"(?P<unit>" + _alternation(data.PER_UNITS) + r")(?![^\W\d_])", re.IGNORECASE
        ),
        "time_unit": re.compile(
            r"(?P<unit>" + _alternation(data.TIME_UNITS) + r")(?![^\W\d_])", re.IGNORECASE
        ),
        "month": re.compile(
            r"(?P<month>" + _alternation(data.MONTHS) + r")\.?(?![^\W\d_])", re.IGNORECASE
        ),
        "period": re.compile(
            _lead(data.PERIOD_PHRASES)
            + r"(?<![^\W\d_])(?P<period>" + _alternation(data.PERIOD_PHRASES) + r")(?![^\W\d_])",
            re.IGNORECASE,
        ),
        # Matched on a lower-cased copy of a sentence, so no IGNORECASE is needed.
        "predicate": re.compile(
            r"(?<![^\W\d_])(?:"
            + _alternation(
                p for t in (data.COUNT_PREDICATES, data.AMOUNT_PREDICATES)
                for ps in t.values() for p in ps
            )
            + r")(?![^\W\d_])"
        ),
        "period_part": re.compile(
            r"(?<![^\W\d_])(?:" + _alternation(data.PERIOD_PARTS) + r")(?![^\W\d_])"
        ),
        "anaphoric_period": re.compile(
            r"(?=[fFiIdDoO])(?<![^\W\d_])(?:for|in|during|over|of)\s+(?P<period>"
            + _alternation(data.ANAPHORIC_PERIODS) + r")(?![^\W\d_])",
            re.IGNORECASE,
        ),
    }  # fmt: skip
    # Every place a figure may start, in one pass: digits or a number word, a vague plural,
    # a vague word.  At one offset the first alternative wins, as the scan expects.
    starts = [*number_words, *data.VAGUE_PLURALS, *data.VAGUE_MULTIPLIERS, *data.VAGUE_WORDS]
    alternatives = (
        "(?:(?P<anchor>" + patterns["anchor"].pattern + ")|"
        + patterns["vague_plural"].pattern + "|" + patterns["vague_word"].pattern + ")"
    )  # fmt: skip
    patterns["start"] = re.compile(_lead(starts, _DIGITS) + alternatives, re.IGNORECASE)
    # The same, matched on a lower-cased copy of the text (see ``start_pattern``).  Without
    # IGNORECASE, and with the cheap test "no letter before" ahead of the lookahead for
    # the first characters, the engine rejects most offsets in two steps: twice as fast.
    first = "".join(sorted({re.escape(p[0].lower()) for p in starts}))
    patterns["start_lower"] = re.compile(
        r"(?<![^\W\d_])(?=[" + first + _DIGITS + "])" + alternatives
    )
    return patterns


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
        hedge_heads=frozenset(h.split()[0] for h in data.HEDGES),
        symbol_ends=frozenset(sym[-1] for sym in symbols),
        unit_heads=_heads(
            [
                *words,
                *data.MEASURE_UNITS,
                *data.TIME_UNITS,
                *data.PERCENT_WORDS,
                *data.MINOR_CURRENCY_WORDS,
            ]
        ),
        hedge_tails=frozenset(h.split()[-1] for h in data.HEDGES),
        range_tails=frozenset(r.split()[-1] for r in data.RANGE_OPENERS),
        predicate_classes=_predicate_classes(data),
    )


def _predicate_classes(data: ModuleType) -> dict[str, tuple[tuple[str, bool], ...]]:
    out: dict[str, tuple[tuple[str, bool], ...]] = {}
    for table, of_count in ((data.COUNT_PREDICATES, True), (data.AMOUNT_PREDICATES, False)):
        for cls, phrases in table.items():
            for p in phrases:
                out[p] = (*out.get(p, ()), (cls, of_count))
    return out
