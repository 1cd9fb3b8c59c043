"""Build ``claimdiff/lexicon/data/currencies.json`` from babel's CLDR data (a maintainer's tool).

Run ``python -m claimdiff.lexicon.build_currencies`` after upgrading babel; a test
(tests/test_lexicon_data.py) fails while the shipped file differs from what this
writes.  Reading the same tables through babel at run time costs about a tenth of
a second per process (its locale files are unpickled and every currency's names
looked up), which is most of building the lexicon; the shipped copy is read in a
millisecond.

What is written, all CLDR's own data as babel gives it:

- ``codes``: every ISO 4217 code babel lists (``babel.numbers.list_currencies``);
- ``names``: per locale, each code's display name for a count of one and of two
  ("US dollar", "US dollars"), as ``get_currency_name`` gives it;
- ``symbols``: per locale, each code's symbol (``Locale.currency_symbols``);
- ``home``: each symbol a currency has at home, in the locales of the territories that
  tender it (their official languages, and English), with the codes that write it:
  "Ksh" for the Kenyan shilling, "zł" for the złoty, "R" for the rand, which the
  English locales write as codes.

The locales are those the per-language tables name (``LOCALE`` and
``SYMBOL_LOCALES`` of ``claimdiff/lexicon/en.py``).  How the names and symbols
become the words the extractor reads (head words, defaults, ambiguous symbols)
stays in :mod:`claimdiff.lexicon`, where the tables that steer it live.
"""

from __future__ import annotations

import importlib
import json
import unicodedata
from pathlib import Path
from typing import Any

from claimdiff.lexicon.shipped import write_or_check

OUTPUT = Path(__file__).parent / "data" / "currencies.json"
LANGUAGES = ("en", "de")


def locales() -> list[str]:
    """Every CLDR locale the per-language tables read, in a stable order."""
    out: list[str] = []
    for lang in LANGUAGES:
        data = importlib.import_module(f"claimdiff.lexicon.{lang}")
        for loc in (data.LOCALE, *data.SYMBOL_LOCALES):
            if loc not in out:
                out.append(loc)
    return out


def build(wanted: list[str] | None = None) -> dict[str, Any]:
    """The currency tables of ``wanted`` locales (default: :func:`locales`), from babel."""
    from babel import Locale
    from babel.numbers import get_currency_name, list_currencies

    codes = sorted(list_currencies())
    names: dict[str, dict[str, list[str]]] = {}
    symbols: dict[str, dict[str, str]] = {}
    for loc in wanted or locales():
        locale = Locale.parse(loc)
        names[loc] = {
            code: [get_currency_name(code, count=n, locale=locale) for n in (1, 2)]
            for code in codes
        }
        # babel's order is kept: where two codes share a symbol, the first one read wins.
        symbols[loc] = dict(locale.currency_symbols.items())
    import babel

    return {
        "babel": babel.__version__,
        "codes": codes,
        "names": names,
        "symbols": symbols,
        "home": home_symbols(),
    }


# How a language stands in a territory for its locale to say how money is written there.
_SPOKEN = frozenset({"official", "de_facto_official", "official_regional"})


def _written(symbol: str) -> bool:
    """A symbol a text can hold: a letter or a currency sign in it (CLDR writes Cape
    Verde's escudo as a zero-width space)."""
    return any(ch.isalpha() or unicodedata.category(ch) == "Sc" for ch in symbol)


def home_symbols() -> dict[str, list[str]]:
    """Each symbol a currency is written with where it is tendered → the codes written so."""
    from babel import Locale, localedata
    from babel.core import get_global
    from babel.numbers import get_territory_currencies

    available = set(localedata.locale_identifiers())
    home: dict[str, set[str]] = {}
    for territory, languages in sorted(get_global("territory_languages").items()):
        tendered = get_territory_currencies(territory, tender=True)
        for lang, info in sorted(languages.items()):
            loc = f"{lang}_{territory}"
            spoken = lang == "en" or info.get("official_status") in _SPOKEN
            if loc not in available or not spoken:
                continue
            symbols = Locale.parse(loc).currency_symbols
            for code in tendered:
                symbol = symbols.get(code)
                if symbol and symbol != code and _written(symbol):
                    home.setdefault(symbol, set()).add(code)
    return {symbol: sorted(codes) for symbol, codes in sorted(home.items())}


def dumps(tables: dict[str, Any]) -> str:
    """The file's text: JSON, one entry per line, in the order babel gives."""
    return json.dumps(tables, ensure_ascii=False, indent=0) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write the file (or ``--check`` that the shipped one is current)."""
    return write_or_check(argv, __doc__.split("\n")[0], OUTPUT, lambda _: dumps(build()))


if __name__ == "__main__":
    raise SystemExit(main())
