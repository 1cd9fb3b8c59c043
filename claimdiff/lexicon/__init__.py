"""Per-language grammar, compiled once into a :class:`Lexicon`.

The tables live in one data module per language (``en.py``); this module
adds what CLDR knows through babel (currency names, codes and symbols) and
compiles the regexes the extractor uses.  Core code receives a ``Lexicon``,
never a language string.
"""

from __future__ import annotations

import functools
import importlib
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from importlib import resources
from types import ModuleType
from typing import TYPE_CHECKING, Any, NamedTuple, cast

import attrs

from claimdiff.lexicon.numformat import NumberFormat, UnknownLocaleError, number_format
from claimdiff.lexicon.regex import DIGITS as _DIGITS
from claimdiff.lexicon.regex import ByFirstCharacter, after_nonletter, start_finder
from claimdiff.lexicon.regex import alternation as alternation
from claimdiff.lexicon.regex import lead as _lead

if TYPE_CHECKING:
    from claimdiff.lexicon.speech import Speech

_AVAILABLE = ("de", "en")


def read_table(holder: object, tables: ModuleType, name: str) -> Any:
    """The table ``name`` (upper case) of a data module, kept on ``holder`` once read: the
    attribute access that :class:`Lexicon` and its attribution tables share."""
    if not name.isupper():
        raise AttributeError(name)
    value = getattr(tables, name)
    object.__setattr__(holder, name, value)  # a cache of read-only module data
    return value


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
    """The locale asked for: a language ("de") or a language and region ("de_CH")."""
    data: ModuleType = attrs.field(repr=False)
    currency_words: Mapping[str, str] = attrs.field(repr=False)
    currency_symbols: Mapping[str, str] = attrs.field(repr=False)
    currency_codes: frozenset[str] = attrs.field(repr=False)
    measure_units: Mapping[str, str] = attrs.field(repr=False)
    """Each unit word or symbol (lower case) → the pint unit it names: pint's own
    vocabulary (``data/units.json``), then the language's ``MEASURE_UNITS``."""
    patterns: Mapping[str, re.Pattern[str]] = attrs.field(repr=False)
    hedge_heads: frozenset[str] = attrs.field(repr=False, default=frozenset())
    """First words of the hedges ("more", "at"): words a name never ends with."""
    unit_heads: frozenset[str] = attrs.field(repr=False, default=frozenset())
    """Leading letters of every unit, currency, time and percent word and currency symbol
    ("km" of "km/h"): a word after a figure that is none of these needs no unit lookup."""
    symbol_ends: frozenset[str] = attrs.field(repr=False, default=frozenset())
    """Last characters of the currency symbols: a symbol search runs only after one."""
    hedge_tails: frozenset[str] = attrs.field(repr=False, default=frozenset())
    """Last words or symbols of the hedges ("than", "over", ">"): the hedge search runs
    only when the word before a figure is one of these."""
    range_tails: frozenset[str] = attrs.field(repr=False, default=frozenset())
    """Last words of the range openers ("between", "of", "from")."""
    range_reach: int = attrs.field(repr=False, default=8)
    """How far back the last word of a range opener may start: its length and a space."""
    predicate_classes: Mapping[str, tuple[tuple[str, bool], ...]] = attrs.field(
        repr=False, factory=dict
    )
    """Each predicate phrase (lower case, single spaces) → its (class, of a count) readings."""
    numbers: NumberFormat = attrs.field(repr=False, factory=lambda: number_format("en"))
    """The locale's decimal and group symbols ("1.234,5" in German), from CLDR."""
    speech: Speech = attrs.field(repr=False, default=None)
    """Quotes and attribution: the language's ``<lang>_attribution.py``, compiled."""
    direction: ModuleType = attrs.field(repr=False, default=None)
    """The direction of a figure: the language's ``<lang>_direction.py``."""

    def __getattr__(self, name: str) -> Any:
        # Tables are read straight from the data module (lex.HEDGES, lex.UNITS…).
        return read_table(self, self.data, name)


@functools.cache
def _shipped_cldr() -> dict[str, Any]:
    """``data/currencies.json``, read once per process."""
    shipped = resources.files("claimdiff") / "lexicon" / "data" / "currencies.json"
    tables: dict[str, Any] = json.loads(shipped.read_bytes().decode("utf-8"))
    return tables


def currency_symbol(code: str, locale: str = "en") -> str:
    """CLDR's symbol for ``code`` in ``locale``, else the code, as babel's
    ``get_currency_symbol`` gives it, from the shipped tables when they hold the locale.

    >>> currency_symbol("GBP"), currency_symbol("XTS")
    ('£', 'XTS')
    """
    symbols = _shipped_cldr()["symbols"].get(locale)
    if symbols is None:
        from babel.numbers import get_currency_symbol

        return str(get_currency_symbol(code, locale=locale))
    return str(symbols.get(code, code))


def _cldr(wanted: list[str]) -> dict[str, Any]:
    """CLDR's currency tables for the ``wanted`` locales: the shipped copy, else babel's.

    ``data/currencies.json`` is written from babel by
    :mod:`claimdiff.lexicon.build_currencies`; a locale it lacks is read from babel.
    """
    tables = _shipped_cldr()
    if all(loc in tables["names"] for loc in wanted):
        return tables
    from claimdiff.lexicon.build_currencies import build

    return build(wanted)


def _measure_units(data: ModuleType) -> dict[str, str]:
    """Unit words and symbols: pint's vocabulary, shipped, then ``data.MEASURE_UNITS``.

    ``data/units.json`` is written from pint's registry by
    :mod:`claimdiff.lexicon.build_units`; the language's own table wins where both
    name a word ("tons" is a metric ton in news).
    """
    shipped = resources.files("claimdiff") / "lexicon" / "data" / "units.json"
    units: dict[str, str] = json.loads(shipped.read_bytes().decode("utf-8"))["units"]
    return {**units, **data.MEASURE_UNITS}


def _babel_currencies(data: ModuleType) -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """Currency names, symbols and ISO codes from CLDR, for ``data.LOCALE``."""
    cldr = _cldr([data.LOCALE, *data.SYMBOL_LOCALES])
    codes = frozenset(cldr["codes"])
    names = cldr["names"][data.LOCALE]
    words: dict[str, str] = {}
    heads: dict[str, set[str]] = {}
    for code in sorted(codes):
        for written in names[code]:
            name = written.lower()
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
        for code, symbol in cldr["symbols"][loc].items():
            # Symbols that are just the code, or letters only, are read as codes.
            if symbol != code and not symbol.isalpha():
                symbols.setdefault(symbol, code)
    for symbol, code in data.EXTRA_SYMBOLS.items():
        symbols.setdefault(symbol, code)
    return words, symbols, codes | data.EXTRA_CODES


class _Source(NamedTuple):
    """A pattern's source and flags, compiled when first used."""

    pattern: str
    flags: int = 0


class _Phrases(NamedTuple):
    """``(?P<group>phrases)tail``: many phrases matched at known offsets only, compiled
    for the first character at each (:class:`.regex.ByFirstCharacter`)."""

    group: str
    phrases: tuple[str, ...]
    tail: str
    flags: int = 0

    @property
    def pattern(self) -> str:
        """The source of the whole pattern."""
        return "(?P<" + self.group + ">" + alternation(self.phrases) + ")" + self.tail


class _Patterns(dict[str, "re.Pattern[str]"]):
    """The lexicon's patterns, each compiled the first time it is asked for.

    Compiling every pattern up front took most of building a lexicon (the
    alternations of number words, units and currency names are long); a text
    with no money never needs the currency patterns, and a short run of the
    command line only the few its texts ask for.  Once compiled, a pattern is
    a plain dictionary look-up: the scan asks for one thousands of times a text.
    """

    def __init__(self, sources: dict[str, _Source | _Phrases]) -> None:
        super().__init__()
        self._sources = sources

    def __missing__(self, name: str) -> re.Pattern[str]:
        src = self._sources[name]
        if isinstance(src, _Phrases):
            # Not a re.Pattern, but its match() gives the same matches, and every other
            # method is the whole pattern's: callers need not know.  Once it has compiled
            # the whole, that stands in its place.
            settle = functools.partial(self.__setitem__, name)
            found = self[name] = cast("re.Pattern[str]", ByFirstCharacter(*src, settle=settle))
        else:
            found = self[name] = re.compile(src.pattern, src.flags)
        return found

    def __contains__(self, name: object) -> bool:
        return name in self._sources

    def __iter__(self) -> Iterator[str]:
        return iter(self._sources)

    def __len__(self) -> int:
        return len(self._sources)


def _compile(
    data: ModuleType,
    words: Mapping[str, str],
    symbols: Mapping[str, str],
    measure_units: Mapping[str, str],
) -> Mapping[str, re.Pattern[str]]:
    alone = [s for s in data.SCALES if s not in data.SCALES_NOT_ALONE]
    number_words = [*data.UNITS, *data.TENS, *alone, *data.COUNT_WORDS, *data.FRACTIONS]
    # Words that continue a number but never start one ("three dozens", "zwei Millionen").
    continuing = [*number_words, *data.COUNT_AFTER_NUMBER, *data.SCALES_NOT_ALONE]
    # Number words written as one word from pieces ("dreiundzwanzig"): two pieces at
    # least, at most a dozen.  No word splits into pieces in two ways (de.py), so a
    # failed try ends within a piece: the match stays linear in the word.
    compound = ""
    if data.NUMBER_MORPHEMES:
        compound = "|(?:" + alternation([*data.NUMBER_MORPHEMES, data.NUMBER_JOINER]) + "){2,12}"
    hedges = alternation(data.HEDGES)
    measure = alternation(measure_units)
    patterns: dict[str, _Source | _Phrases] = {
        # Anchors: a run of digits, or a number word.  Everything else is
        # parsed outward from these, so text without numbers costs one scan.
        "anchor": _Source(
            # Digits not inside a word or a longer digit run ("scp173", "m212"): a run
            # is read from its first digit or not at all.
            r"(?:(?<![^\W_])[\d\u00bc-\u00be\u2150-\u215e]|(?<![^\W\d_])(?:"
            + alternation(number_words) + compound + r")(?![^\W\d_]))",
            re.IGNORECASE,
        ),
        "number_word": _Source(
            r"(?:" + alternation(continuing) + compound + r")(?![^\W\d_])", re.IGNORECASE
        ),
        # A scale or amount word after digits ("1.22 million", "13 lakh", "3 dozens").
        # "$5-million deal": a hyphen may join the scale to the digits.
        "scale_word": _Source(
            r"(?:\s|[-‐‑])?(?P<scale>" + alternation([*data.SCALES, *data.COUNT_AFTER_NUMBER])
            + r")(?![^\W\d_])",
            re.IGNORECASE,
        ),
        # A scale abbreviated after digits: "169M", "€2.3bn", "3,5 Mio.".
        "scale_abbr": _Source(
            r"(?P<space>\s?)(?P<abbr>"
            + alternation([*data.SCALE_ABBREVIATIONS, *data.MONEY_ONLY_SCALE_ABBREVIATIONS])
            + r")(?![^\W\d_])"
        ),
        # Between the two figures of a range: a dash, "to"; a hyphen left hanging before
        # "to" ("a 10- to 12-foot wall") first, or the dash alone would be taken.
        "range_sep": _Source(
            r"[-‐‑–]\s+(?:" + alternation(data.HANGING_RANGE_WORDS) + r")\s+|\s?[-–—~]\s?|\s+(?:"
            + alternation(data.RANGE_WORDS) + r")\s+",
            re.IGNORECASE,
        ),
        "range_and": _Source(
            r"\s+(?:" + alternation(data.RANGE_AND_WORDS) + r")\s+", re.IGNORECASE
        ),
        "change_from": _Source(
            r"(?<![^\W\d_])(?:" + alternation(data.CHANGE_FROM_WORDS) + r")\s+$", re.IGNORECASE
        ),
        # After a day, before its month: "5th of March", "12 March", "3. März".
        "day_month": _Source(
            r"(?:" + alternation(data.DAY_ORDINAL_SUFFIXES) + r")"
            + ("" if data.DAY_ORDINAL_REQUIRED else "?")
            + (r"(?:\s+(?:" + alternation(data.DAY_OF_WORDS) + r"))?" if data.DAY_OF_WORDS else "")
            + r"\s+(?=[A-Z])"
        ),
        # Between a vague plural and its currency: "millions of dollars", "Millionen Euro".
        "vague_of": _Source(
            r"\s+(?:(?:" + alternation(data.VAGUE_OF_WORDS) + r")\s+)"
            + ("?" if data.VAGUE_OF_OPTIONAL else ""),
            re.IGNORECASE,
        ),
        # Before an age said of a person ("who is 34", "Mrs Morley, now 105"): a phrase
        # opening with a word starts at a word's start, one opening with a mark anywhere.
        "age_copula": _Source(
            r"(?:(?<![^\W\d_])"
            + alternation(p for p in data.AGE_COPULAS if p[:1].isalpha())
            + "|"
            + alternation(p for p in data.AGE_COPULAS if not p[:1].isalpha())
            + r")\s+$",
            re.IGNORECASE,
        ),
        # What an amount is spent on, the word before these: "defence spending to £64bn",
        # "Schools will get £64bn" (claimdiff.prepare).
        "spent_on": _Source(
            r"(?<![^\W\d_])(?P<on>[^\W\d_]+)\s+(?:" + alternation(data.SPENT_ON_WORDS)
            + r")(?![^\W\d_])",
            re.IGNORECASE,
        ),
        # A sentence that reports a result, where "27-24" is a score (claimdiff.extract.scores).
        "score_words": _Source(
            r"(?<![^\W\d_])(?:" + (alternation(data.SCORE_WORDS) or "(?!)") + r")(?![^\W\d_])",
            re.IGNORECASE,
        ),
        "range_opener": _Source(
            r"(?<![^\W\d_])(?:" + alternation(data.RANGE_OPENERS) + r")\s+$", re.IGNORECASE
        ),
        "negative_before": _Source(
            r"(?<![^\W\d_])(?:" + alternation(data.NEGATIVE_WORDS) + r")\s+$", re.IGNORECASE
        ),
        "ratio": _Source(
            r"\s+(?:" + alternation(data.RATIO_WORDS) + r")\s+", re.IGNORECASE
        ),
        # A hedge ending right before a figure: searched in a bounded window.
        "hedge_before": _Source(
            r"(?:(?<![^\W\d_])|(?=[<>=≤≥]))(?P<hedge>" + hedges + r")(?:\s+|(?<=[<>=≤≥])\s*)$",
            re.IGNORECASE,
        ),
        "trailing_hedge": _Source(
            r"\s*" + _lead(data.TRAILING_HEDGES)
            + r"(?P<hedge>" + alternation(data.TRAILING_HEDGES) + r")(?![^\W\d_])",
            re.IGNORECASE,
        ),
        # Only ever matched at an offset (after an amount), where one first letter is possible.
        "currency_word": _Phrases("word", tuple(words), r"(?![^\W\d_])", re.IGNORECASE),
        "symbol_before": _Source(r"(?P<sym>" + alternation(symbols) + r")\s?$"),
        "symbol_after": _Source(r"\s?(?P<sym>" + alternation(symbols) + r")"),
        # A unit ends where a word does, or before a power written as a superscript
        # ("cm²", "km³"), which is a word character to the engine.
        "measure_unit": _Source(
            r"(?P<unit>" + measure + r")(?![^\W_\u00b2\u00b3])", re.IGNORECASE
        ),
        "vague_before": _Source(
            r"(?<![^\W\d_])(?P<vague>" + alternation(data.VAGUE_WORDS) + r")\s+$", re.IGNORECASE
        ),
        "vague_plural": _Source(
            r"(?<![^\W\d_])(?:(?P<mult>" + alternation(data.VAGUE_MULTIPLIERS)
            + r")\s+of\s+)?(?P<plural>" + alternation(data.VAGUE_PLURALS) + r")(?![^\W\d_])",
            re.IGNORECASE,
        ),
        "vague_word": _Source(
            r"(?<![^\W\d_])(?P<vague>" + alternation(data.VAGUE_WORDS) + r")(?![^\W\d_])",
            re.IGNORECASE,
        ),
        "percent": _Source(
            r"\s?(?P<pct>" + alternation(data.PERCENT_WORDS) + r")(?![^\W\d_])", re.IGNORECASE
        ),
        "per_unit": _Source(
            r"(?P<unit>" + alternation(data.PER_UNITS) + r")(?![^\W\d_])", re.IGNORECASE
        ),
        "time_unit": _Source(
            r"(?P<unit>" + alternation(data.TIME_UNITS) + r")(?![^\W\d_])", re.IGNORECASE
        ),
        "month": _Source(
            r"(?P<month>" + alternation(data.MONTHS) + r")\.?(?![^\W\d_])", re.IGNORECASE
        ),
        # A time unit in lower case, and what may stand before it: "half an", "a single".
        # Searched over whole texts, it opens with the white space before the unit, which
        # the engine skips to: "article_lead" ends in white space, so a unit after anything
        # else (or opening a text) is never a length of time.
        "article_unit": _Source(
            r"\s(?P<unit>" + alternation(data.ARTICLE_UNITS) + r")(?![^\W\d_])"
        ),
        "article_lead": _Source(
            r"(?<![^\W\d_])(?:(?P<fraction>" + alternation(data.DURATION_FRACTIONS)
            + r")\s+)?an?\s+(?:(?:" + alternation(data.DURATION_MODIFIERS) + r")\s+)?$",
            re.IGNORECASE,
        ),
        "ago": _Source(r"\s+(?:" + alternation(data.AGO_WORDS) + r")(?![^\W\d_])", re.IGNORECASE),
        "and_a_half": _Source(r"\s+and\s+a\s+half(?![^\W\d_])", re.IGNORECASE),
        # A word or mark as the direction rules read it (extract/direction.py).
        "change_token": _Source(
            importlib.import_module(f"{data.__name__}_direction").WORD + r"|[\d.,$£€%]+|[,;:()]"),
        "word_before": _Source(r"(?P<w>[^\W_][\w’'-]*)[^\w]*$"),
        "word_after": _Source(r"[ \t\u00a0’'-]+(?P<w>[^\W\d_]+)"),
        "part_joint": _Source(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+)"),
        "period": _Source(
            _lead(data.PERIOD_PHRASES)
            + r"(?<![^\W\d_])(?P<period>" + alternation(data.PERIOD_PHRASES) + r")(?![^\W\d_])",
            re.IGNORECASE,
        ),
        # Matched on a lower-cased copy of a sentence, so no IGNORECASE is needed; these
        # and "period_words" open with the non-letter before a phrase (.regex.after_nonletter).
        "predicate": _Source(
            after_nonletter(alternation(
                p for t in (data.COUNT_PREDICATES, data.AMOUNT_PREDICATES)
                for ps in t.values() for p in ps
            ))
        ),
        "period_part": _Source(after_nonletter(alternation(data.PERIOD_PARTS))),
        "period_words": _Source(after_nonletter(alternation(data.PERIOD_PHRASES)), re.IGNORECASE),
        "anaphoric_period": _Source(
            r"(?=[fFiIdDoO])(?<![^\W\d_])(?:for|in|during|over|of)\s+(?P<period>"
            + alternation(data.ANAPHORIC_PERIODS) + r")(?![^\W\d_])",
            re.IGNORECASE,
        ),
    }  # fmt: skip
    if data.NUMERIC_DATE_SEPARATOR:
        # A date in digits, day first: "03.10.2024".
        sep = re.escape(data.NUMERIC_DATE_SEPARATOR)
        patterns["numeric_date"] = _Source(
            r"(?P<d>\d{1,2})" + sep + r"(?P<m>\d{1,2})" + sep + r"(?P<y>\d{4})(?!\d)"
        )
    # Every place a figure may start, in one pass: digits or a number word, a vague plural,
    # a vague word.  At one offset the first alternative wins, as the scan expects.
    starts = [*number_words, *data.VAGUE_PLURALS, *data.VAGUE_MULTIPLIERS, *data.VAGUE_WORDS]
    alternatives = (
        "(?:(?P<anchor>" + patterns["anchor"].pattern + ")|"
        + patterns["vague_plural"].pattern + "|" + patterns["vague_word"].pattern + ")"
    )  # fmt: skip
    patterns["start"] = _Source(_lead(starts, _DIGITS) + alternatives, re.IGNORECASE)
    # The same, matched on a lower-cased copy of the text (extract.starts.Starts).  Without
    # IGNORECASE, and with the cheap test "no letter before" ahead of the lookahead for
    # the first characters, the engine rejects most offsets in two steps: twice as fast.
    first = "".join(sorted({re.escape(p[0].lower()) for p in starts}))
    patterns["start_lower"] = _Source(r"(?<![^\W\d_])(?=[" + first + _DIGITS + "])" + alternatives)
    # Where ``start_lower`` may match, found at C speed (see .regex.start_finder).
    pieces = [*data.NUMBER_MORPHEMES, data.NUMBER_JOINER] if data.NUMBER_MORPHEMES else []
    patterns["start_finder"] = _Source(
        start_finder([p.lower() for p in starts], [p.lower() for p in pieces])
    )
    return _Patterns(patterns)


@functools.cache
def get_lexicon(lang: str = "en") -> Lexicon:
    """The compiled lexicon for ``lang``; built once per process.

    ``lang`` is a language with tables here ("en", "de"), or such a language and a
    region CLDR knows ("de_CH", "de-AT", "en_IN"): the language's tables, read with
    the region's decimal and group symbols ("1'234.5" in Switzerland).

    >>> get_lexicon("en").lang
    'en'
    >>> get_lexicon("de_CH").numbers.decimal
    '.'
    """
    base = lang.replace("-", "_").split("_", 1)[0].lower() if isinstance(lang, str) else None
    if base not in _AVAILABLE:
        msg = f"no lexicon for language {lang!r}; available: {', '.join(_AVAILABLE)}"
        raise ValueError(msg)
    # BCP 47 and POSIX spellings alike: "de-ch", "DE_CH" and "de_CH" are one locale.
    region = lang.replace("-", "_").split("_", 1)[1:]
    locale = base + "".join("_" + r.upper() for r in region)
    try:
        numbers = number_format(locale, _plain_space(base))
    except UnknownLocaleError:
        msg = (
            f"no lexicon for language {lang!r}: CLDR knows no region of that name; "
            f'available: {", ".join(_AVAILABLE)}, with a CLDR region ("de_CH")'
        )
        raise ValueError(msg) from None
    return _build(locale, base, numbers)


def _plain_space(base: str) -> bool:
    data = importlib.import_module(f"claimdiff.lexicon.{base}")
    return bool(data.PLAIN_SPACE_GROUPS)


def _build(lang: str, base: str, numbers: NumberFormat) -> Lexicon:
    from claimdiff.lexicon.speech import build_speech  # it imports alternation from here

    data = importlib.import_module(f"claimdiff.lexicon.{base}")
    words, symbols, codes = _babel_currencies(data)
    measure_units = _measure_units(data)
    return Lexicon(
        lang=lang,
        data=data,
        currency_words=words,
        currency_symbols=symbols,
        currency_codes=codes,
        measure_units=measure_units,
        patterns=_compile(data, words, symbols, measure_units),
        hedge_heads=frozenset(h.split()[0] for h in data.HEDGES),
        symbol_ends=frozenset(sym[-1] for sym in symbols),
        unit_heads=_heads(
            [
                *words,
                *measure_units,
                *data.TIME_UNITS,
                *data.PERCENT_WORDS,
                *data.MINOR_CURRENCY_WORDS,
                *symbols,  # "100元", "5 Rs": symbols that start with a letter
            ]
        ),
        hedge_tails=frozenset(h.split()[-1] for h in data.HEDGES),
        range_tails=frozenset(r.split()[-1] for r in data.RANGE_OPENERS),
        range_reach=max(8, *(len(r.split()[-1]) + 1 for r in data.RANGE_OPENERS)),
        predicate_classes=_predicate_classes(data),
        numbers=numbers,
        speech=build_speech(importlib.import_module(f"claimdiff.lexicon.{base}_attribution")),
        direction=importlib.import_module(f"claimdiff.lexicon.{base}_direction"),
    )


def _predicate_classes(data: ModuleType) -> dict[str, tuple[tuple[str, bool], ...]]:
    out: dict[str, tuple[tuple[str, bool], ...]] = {}
    for table, of_count in ((data.COUNT_PREDICATES, True), (data.AMOUNT_PREDICATES, False)):
        for cls, phrases in table.items():
            for p in phrases:
                out[p] = (*out.get(p, ()), (cls, of_count))
    return out
