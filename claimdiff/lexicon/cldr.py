"""CLDR's currencies and pint's units, read from the files shipped in ``lexicon/data``.

``data/currencies.json`` is written from babel by :mod:`.build_currencies`, and
``data/units.json`` from pint by :mod:`.build_units`; a locale the shipped file lacks is
read from babel, which is loaded only then.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from types import ModuleType
from typing import Any

import attrs

from claimdiff.data_files import read_bytes, read_json
from claimdiff.fields_repr import fields_repr

__all__ = [
    "HomeSymbols",
    "babel_currencies",
    "currency_symbol",
    "home_symbols",
    "measure_units",
    "time_symbols",
]


@functools.cache
def _shipped_cldr() -> dict[str, Any]:
    """``data/currencies.json``, read once per process."""
    tables: dict[str, Any] = json.loads(read_bytes("currencies.json").decode("utf-8"))
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


def measure_units(data: ModuleType) -> dict[str, str]:
    """Unit words and symbols: pint's vocabulary, shipped, then ``data.MEASURE_UNITS``.

    ``data/units.json`` is written from pint's registry by
    :mod:`claimdiff.lexicon.build_units`; the language's own table wins where both
    name a word ("tons" is a metric ton in news).
    """
    units: dict[str, str] = read_json("units.json")["units"]
    table = {**units, **data.MEASURE_UNITS}
    # A unit of two words is hyphened before a noun: "a 150-square-metre flat".
    hyphened = {k.replace(" ", "-"): v for k, v in table.items() if " " in k}
    return {**hyphened, **table}


def time_symbols() -> dict[str, str]:
    """pint's short forms of the units of time and their plurals ("sec", "mins", "hrs"):
    ``data/units.json``, written by :mod:`claimdiff.lexicon.build_units`."""
    return dict(read_json("units.json")["time_symbols"])


def babel_currencies(data: ModuleType) -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
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


@attrs.frozen
class HomeSymbols:
    """Symbols currencies are written with at home, beyond the language's own locales.

    ``symbols`` maps each (in the cases a text writes it: "Ksh", "KSh") to its
    code; ``glued`` are those ending in a letter, read before digits they touch ("KSh12",
    "R12m"), and never after a number ("5 Ft" is five feet); ``strict`` are those of one
    or two letters ("R", "P", "RM", "Le", "Br"), which name roads, models, vitamins,
    elements and words as often ("the R62", "a Canon R5", "B12", "Ar40", "Le 12
    juillet"): they are money only glued to a figure with a scale or grouped digits
    ("R12m", "R1.5 billion", "P20,000").
    """

    __repr__ = fields_repr  # attrs compiles none (claimdiff.fields_repr)

    symbols: dict[str, str]
    glued: frozenset[str]
    strict: frozenset[str]


def home_symbols(
    taken: Mapping[str, str],
    units: Mapping[str, str],
    codes: frozenset[str],
    skip: frozenset[str] = frozenset(),
    extra: Mapping[str, str] | None = None,
) -> HomeSymbols:
    """CLDR's home symbols (``data/currencies.json``, "home") that no table of the language
    already reads: a symbol of one currency only, no lower-case word ("den"), no unit
    ("Ft" is also feet, "KM" kilometres), no code, and no other symbol with a full stop
    ("Rs." is the rupee's "Rs", not Sri Lanka's), nor any in ``skip`` (the language's
    names that look like symbols: "Q3" is a quarter).  ``extra``: symbols the press
    writes at home that CLDR lacks, each with its code, read under the same rules
    ("Sh3.5 billion", Kenya's shilling)."""
    # CLDR's own entry wins: a symbol it gives several currencies stays ambiguous.
    home: dict[str, list[str]] = {
        **{symbol: [code] for symbol, code in (extra or {}).items()},
        **_shipped_cldr()["home"],
    }
    symbols: dict[str, str] = {}
    glued: set[str] = set()
    strict: set[str] = set()
    for symbol, owners in home.items():
        if len(owners) != 1 or symbol in taken or symbol in codes or symbol in skip:
            continue
        stem = symbol.rstrip(".")
        if stem != symbol and (stem in taken or stem in home):
            continue  # "Rs." is read as the "Rs" it extends, never as Sri Lanka's alone
        if stem in taken or symbol.lower() in units:
            continue
        if symbol.isascii() and symbol.islower():
            continue  # "den", "kr": words
        code = owners[0]
        letters = symbol[-1].isalpha()
        mixed = symbol.isalpha() and not symbol.isupper() and not symbol.islower()
        for written in _cases(symbol) if mixed and len(symbol) >= 3 else (symbol,):
            if written not in taken:
                symbols[written] = code
                if letters:
                    glued.add(written)
        if letters and symbol.isascii() and symbol.isalpha() and len(symbol) <= 2:
            strict.add(symbol)  # "Le 12 juillet", "a Br2 molecule", "Ar40 dating"
    return HomeSymbols(symbols, frozenset(glued), frozenset(strict))


def _cases(symbol: str) -> list[str]:
    """``symbol`` as CLDR writes it and with its second letter a capital too, as East
    African papers write the shillings ("Ksh", "KSh"); never all capitals, which are
    acronyms ("MTN")."""
    out = [symbol, symbol[:2].upper() + symbol[2:]]
    return [w for w in dict.fromkeys(out) if not w.isupper()]
