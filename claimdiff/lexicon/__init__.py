"""Per-language grammar, compiled once into a :class:`Lexicon`.

The tables live in one data module per language (``en.py``); this module
adds what CLDR knows (currency names, codes and symbols, :mod:`.cldr`) and the
regexes the extractor uses (:mod:`.patterns`, each compiled on first use).  Core
code receives a ``Lexicon``, never a language string.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Iterable, Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any

import attrs

from claimdiff.fields_repr import fields_repr
from claimdiff.lexicon.cldr import babel_currencies, home_symbols
from claimdiff.lexicon.cldr import currency_symbol as currency_symbol
from claimdiff.lexicon.cldr import measure_units as read_measure_units
from claimdiff.lexicon.cldr import time_symbols as read_time_symbols
from claimdiff.lexicon.fast_shapes import FastShapes, fast_shapes
from claimdiff.lexicon.finder import marked_phrases
from claimdiff.lexicon.folded import Folded, is_folded
from claimdiff.lexicon.looks import Openers, gated, openers
from claimdiff.lexicon.numformat import NumberFormat, UnknownLocaleError, number_format
from claimdiff.lexicon.patterns import compile_patterns
from claimdiff.lexicon.regex import alternation as alternation
from claimdiff.pattern_code import compile_pattern

if TYPE_CHECKING:
    from claimdiff.lexicon.speech import Speech

_AVAILABLE = ("de", "en")


def hold_tables(holder: object, tables: ModuleType) -> None:
    """Keep every table (upper-case name) of a data module on ``holder``, as an attribute:
    what :class:`Lexicon` and its attribution tables share.

    Copied when the holder is built, not read through ``__getattr__`` on first use: a class
    that defines ``__getattr__`` makes the interpreter route every attribute read of its
    instances through a slower hook (about 55 ns a read against 10), and the extractor
    reads the lexicon some hundred times a figure (issue 12).
    """
    for name, value in vars(tables).items():
        if name.isupper():
            if type(value) is dict and all(is_folded(k) for k in value if isinstance(k, str)):
                # A table of lower-case phrases, looked up by the words a pattern matched,
                # odd case and spaces included; not one whose case matters ("M", "m").
                value = Folded(value)
            object.__setattr__(holder, name, value)  # read-only module data


_LETTERS = compile_pattern(r"[^\W\d_]+")


def _heads(phrases: Iterable[str]) -> frozenset[str]:
    """The leading run of letters of each phrase, lower case ("km" of "km/h")."""
    heads = set()
    for p in phrases:
        m = _LETTERS.match(p)  # compiled once: re.match looks its cache up each of 1,300 calls
        if m is not None:
            heads.add(m.group().lower())
    return frozenset(heads)


# Not slotted: the data module's tables are kept in the instance's __dict__ (hold_tables),
# so the extractor's thousands of reads per text (lex.UNITS, lex.HEDGES…) are plain lookups.
@attrs.frozen(slots=False)
class Lexicon:
    """Everything language-specific the extractor needs, compiled."""

    __repr__ = fields_repr  # attrs compiles none (claimdiff.fields_repr)

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
    time_symbols: Mapping[str, str] = attrs.field(repr=False, factory=dict)
    """pint's short forms of the units of time, lower case only ("sec", "mins", "hrs") →
    the unit: read after a number, glued or not ("52.31sec", "4hr 48min")."""
    hedge_heads: frozenset[str] = attrs.field(repr=False, default=frozenset())
    """First words of the hedges ("more", "at"): words a name never ends with."""
    unit_heads: frozenset[str] = attrs.field(repr=False, default=frozenset())
    """Leading letters of every unit, currency, time and percent word and currency symbol
    ("km" of "km/h"): a word after a figure that is none of these needs no unit lookup."""
    symbol_ends: frozenset[str] = attrs.field(repr=False, default=frozenset())
    """Last characters of the currency symbols that are not letters alone ("US$", "F CFA"):
    a symbol search runs only after one (a word of letters is looked up instead)."""
    symbol_leads: Mapping[str, frozenset[str]] = attrs.field(repr=False, factory=dict)
    """Each symbol of one character that is no letter ("$", "£") → the characters before
    it in the longer symbols ending with it ("$": the "S" of "US$", the "A" of "A$"…):
    after any other character, touching the digits, it is the only symbol there."""
    marked_starts: tuple[str, ...] = attrs.field(repr=False, default=())
    """The currency symbols touching digits that open with a mark ("$us", "£e"), lower
    case: the start finder's copy of a window leaves them out (.finder.marked_phrases)."""
    glued_lengths: tuple[int, ...] = attrs.field(repr=False, default=())
    glued_by_length: tuple[tuple[int, frozenset[str]], ...] = attrs.field(repr=False, default=())
    """The same symbols lower case ("ksh", "rs"), by length: the ``start_glued`` pattern's
    phrases, looked up before it is matched (:mod:`claimdiff.extract.starts`)."""
    """The lengths of the currency symbols that end in a letter and may touch the digits
    ("KSh12", "Rs500"), shortest first."""
    strict_symbols: frozenset[str] = attrs.field(repr=False, default=frozenset())
    """Symbols of one or two capitals ("R", "RM") read as money only glued to a figure with
    a scale or grouped digits ("R12m", "P20,000"): :func:`claimdiff.lexicon.cldr.home_symbols`."""
    hedge_tails: frozenset[str] = attrs.field(repr=False, default=frozenset())
    """Last words or symbols of the hedges ("than", "over", ">"): the hedge search runs
    only when the word before a figure is one of these."""
    hedge_gap_tails: frozenset[str] = attrs.field(repr=False, default=frozenset())
    """Last words of ``HEDGE_GAPS`` ("another", "further"), looked up before a hedge is."""
    age_estimate_tails: frozenset[str] = attrs.field(repr=False, default=frozenset())
    """Last words of the words of estimate before an age ("is", "be", "as"), lower case:
    the estimate search runs only when the word before a hedged count ends in one."""
    age_copula_tails: frozenset[str] = attrs.field(repr=False, default=frozenset())
    """Last words of ``AGE_COPULAS`` ("is", "turned", "now"), lower case: the copula search
    runs only when the word before a bare count ends in one."""
    minus_ends: frozenset[str] = attrs.field(repr=False, default=frozenset())
    """The last letters of the words of a minus ("minus", "negative") in both cases: no
    other character lower-cases to end with one (tests/test_sign_before.py checks every
    one), so a word before a figure ending in none of these is no minus word."""
    range_tails: frozenset[str] = attrs.field(repr=False, default=frozenset())
    """Last words of the range openers ("between", "of", "from")."""
    period_openers: Openers = attrs.field(repr=False, default=Openers(()))
    """The first words of the parts of a year ("first", "q3", "fiscal"): a sentence
    holding none is not searched for them (:func:`.looks.may_hold`)."""
    period_word_openers: Openers = attrs.field(repr=False, default=Openers(()))
    """The first words of the period phrases ("last", "this", "today")."""
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
    changes: ModuleType = attrs.field(repr=False, default=None)
    """Changes said without a figure: the language's ``<lang>_changes.py``."""

    def __attrs_post_init__(self) -> None:
        hold_tables(self, self.data)

    @functools.cached_property
    def fast_shapes(self) -> FastShapes | None:
        """The fast path's pattern and tables (:mod:`.fast_shapes`), or None where the
        language has none; built the first time a figure asks, then an attribute read."""
        return fast_shapes(self)

    if TYPE_CHECKING:  # the data module's tables (lex.HEDGES, lex.UNITS…), held above

        def __getattr__(self, name: str) -> Any: ...


def peak_hedges() -> frozenset[str]:
    """Every language's words that say a measure's peak ("up to": claimdiff.peaks), from
    the data modules alone: a finding's reason tells such a figure by its words, whatever
    its language, and needs no lexicon compiled for it."""
    return _every_language("PEAK_HEDGES")


def hedge_words() -> frozenset[str]:
    """Every language's hedges, before or after a figure ("up to", "more than", "or less",
    "≤"), and its negations ("not"), from the data modules alone, as
    :func:`peak_hedges`: the words by which a claim's own text states a bound."""
    return _every_language("HEDGES", "TRAILING_HEDGES", "NEGATIONS")


@functools.cache
def _every_language(*tables: str) -> frozenset[str]:
    """The phrases of ``tables`` (their keys, for a table of phrases) in every language's
    data module."""
    words: set[str] = set()
    for lang in _AVAILABLE:
        data = importlib.import_module(f"claimdiff.lexicon.{lang}")
        for table in tables:
            words.update(getattr(data, table))
    return frozenset(words)


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
    if not isinstance(lang, str):
        # A wrong type is a TypeError, as for the texts (claimdiff.inputs.as_text).
        msg = f"lang must be a str such as 'en' or 'de_CH', not {type(lang).__name__}"
        raise TypeError(msg)
    base = lang.replace("-", "_").split("_", 1)[0].lower()
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


def _by_length(words: Iterable[str]) -> tuple[tuple[int, frozenset[str]], ...]:
    """``words`` grouped by length, shortest first."""
    groups: dict[int, set[str]] = {}
    for w in words:
        groups.setdefault(len(w), set()).add(w)
    return tuple((n, frozenset(groups[n])) for n in sorted(groups))


def _symbol_leads(symbols: Iterable[str]) -> dict[str, frozenset[str]]:
    """:attr:`Lexicon.symbol_leads` of the currency ``symbols``."""
    symbols = tuple(symbols)
    return {
        one: frozenset(s[-2] for s in symbols if len(s) > 1 and s[-1] == one)
        for one in symbols
        if len(one) == 1 and not one.isalpha() and not one.isspace()
    }


def _plain_space(base: str) -> bool:
    data = importlib.import_module(f"claimdiff.lexicon.{base}")
    return bool(data.PLAIN_SPACE_GROUPS)


def _build(lang: str, base: str, numbers: NumberFormat) -> Lexicon:
    from claimdiff.lexicon.speech import build_speech  # it imports alternation from here

    data = importlib.import_module(f"claimdiff.lexicon.{base}")
    words, symbols, codes = babel_currencies(data)
    measure_units = read_measure_units(data)
    times = read_time_symbols()
    home = home_symbols(
        symbols, measure_units, codes, data.NOT_HOME_SYMBOLS, data.EXTRA_HOME_SYMBOLS
    )
    every = {**symbols, **home.symbols}
    # Symbols ending in a letter may touch the digits ("KSh12", "Rs500"); CLDR's home ones
    # are read only before a number ("5 Ft" is five feet).
    glued = frozenset(sym for sym in every if sym[-1].isalpha()) | data.GLUED_CODES
    after = {sym: code for sym, code in every.items() if sym not in home.glued}
    return Lexicon(
        lang=lang,
        data=data,
        currency_words=Folded(words),
        currency_symbols=every,
        currency_codes=codes,
        measure_units=Folded(measure_units),
        patterns=compile_patterns(data, words, every, measure_units, after, glued),
        time_symbols=times,
        hedge_heads=frozenset(h.split()[0] for h in data.HEDGES),
        symbol_ends=frozenset(sym[-1] for sym in every if not sym.isalpha()),
        symbol_leads=_symbol_leads(every),
        strict_symbols=home.strict,
        marked_starts=marked_phrases(sym.lower() for sym in glued),
        glued_lengths=tuple(sorted({len(sym) for sym in glued})),
        glued_by_length=_by_length(sym.lower() for sym in glued),
        unit_heads=_heads(
            [
                *words,
                *measure_units,
                *data.TIME_UNITS,
                *times,
                *data.PERCENT_WORDS,
                *data.MINOR_CURRENCY_WORDS,
                *after,  # "100元", "5 Rs": symbols that start with a letter
            ]
        ),
        hedge_tails=frozenset(h.split()[-1] for h in data.HEDGES),
        hedge_gap_tails=frozenset(g.split()[-1] for g in data.HEDGE_GAPS),
        age_estimate_tails=frozenset(e.split()[-1].lower() for e in data.AGE_ESTIMATES),
        age_copula_tails=frozenset(c.split()[-1].lower() for c in data.AGE_COPULAS),
        minus_ends=frozenset(c for w in data.NEGATIVE_WORDS for c in (w[-1], w[-1].upper())),
        range_tails=frozenset(r.split()[-1] for r in data.RANGE_OPENERS),
        period_openers=gated(openers(data.PERIOD_PARTS)),
        period_word_openers=gated(openers(data.PERIOD_PHRASES)),
        range_reach=max(8, *(len(r.split()[-1]) + 1 for r in data.RANGE_OPENERS)),
        predicate_classes=_predicate_classes(data),
        numbers=numbers,
        speech=build_speech(importlib.import_module(f"claimdiff.lexicon.{base}_attribution")),
        direction=importlib.import_module(f"claimdiff.lexicon.{base}_direction"),
        changes=importlib.import_module(f"claimdiff.lexicon.{base}_changes"),
    )


def _predicate_classes(data: ModuleType) -> dict[str, tuple[tuple[str, bool], ...]]:
    out: dict[str, tuple[tuple[str, bool], ...]] = {}
    for table, of_count in ((data.COUNT_PREDICATES, True), (data.AMOUNT_PREDICATES, False)):
        for cls, phrases in table.items():
            for p in phrases:
                out[p] = (*out.get(p, ()), (cls, of_count))
    return out
