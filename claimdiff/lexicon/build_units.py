"""Build ``claimdiff/lexicon/data/units.json`` from pint's registry (a maintainer's tool).

Run ``python -m claimdiff.lexicon.build_units`` after upgrading pint or editing
``en_units.py``; a test (tests/test_lexicon_data.py) fails while the shipped file
differs from what this writes.  claimdiff reads only the file at run time: pint's
registry takes most of a second to build.

For each unit ``en_units.py`` names, pint gives its name, its word aliases
("metre", "feet", "electronvolt") and its symbol; this tool adds plurals
("kilowatt hours", "terabytes"), the prefixed forms ("gigawatt", "GWh", "GeV")
and writes each surface form, lower case, with the pint expression it stands for
("gigawatt_hour").  Symbols of one letter and those ``AMBIGUOUS_SYMBOLS`` lists
are left out.  Where a prefix's symbols differ only by case ("MW" megawatt, "mW"
milliwatt), the lower-cased key keeps the larger prefix: news writes megawatts.

It also writes, for every unit a lexicon can name (this vocabulary and each
language's ``MEASURE_UNITS``, ``PER_UNITS``, ``TIME_UNITS``), what comparison needs
of it (:mod:`claimdiff.units`): its dimensions, its size in SI base units, whether
it has an offset (°C), and its symbol.
"""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path
from typing import Any

from claimdiff.lexicon import en_units
from claimdiff.lexicon.shipped import write_or_check

OUTPUT = Path(__file__).parent / "data" / "units.json"


def _plural(word: str) -> str:
    last = word.rsplit(" ", 1)[-1]
    if last in en_units.IRREGULAR_PLURALS.values():
        return word  # "feet" is plural already
    if last in en_units.IRREGULAR_PLURALS:
        return word[: -len(last)] + en_units.IRREGULAR_PLURALS[last]
    if last.endswith(("s", "sh", "ch", "x", "z")):
        return word + "es"
    return word + "s"


def _words(name: str, aliases: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """A unit's words ("watt_hour" → "watt hour"; "metre") and its alias symbols ("kt").

    Aliases with an underscore are pint's qualified names ("US_liquid_cup",
    "cal_th"), never written in prose; aliases of three letters or fewer are symbols.
    """
    words: list[str] = [name.replace("_", " ")]
    symbols: list[str] = []
    for w in aliases:
        if not (w.isascii() and w.isalpha() and w.islower()) or w in en_units.EXCLUDED_WORDS:
            continue
        (symbols if len(w) <= 3 else words).append(w)
    return words, symbols


def build() -> dict[str, Any]:
    """The vocabulary: surface form (lower case) → pint expression, from pint's registry."""
    import pint

    ureg: Any = pint.UnitRegistry()
    prefixes = {p.name: p for p in ureg._prefixes.values()}
    # Larger prefixes first, so that "MW" (mega) wins "mw" over "mW" (milli).
    order = sorted(prefixes, key=lambda n: -float(prefixes[n].value))
    units: dict[str, str] = {}

    def add(surface: str, expr: str) -> None:
        key = surface.lower()
        if key in units or key in en_units.AMBIGUOUS_SYMBOLS or len(key) < 2:
            return
        if key in en_units.EXCLUDED_WORDS:
            return
        ureg.Unit(expr)  # every expression written must parse
        units[key] = expr

    for name in sorted(en_units.PREFIXED, key=str) + list(en_units.PLAIN):
        d = ureg._units[name]
        allowed = en_units.PREFIXED.get(name, ())
        words, alias_symbols = _words(name, d.aliases)
        for prefix in [p for p in order if p in allowed] + [""]:
            expr = prefix + name
            for w in words:
                add(prefix + w, expr)
                add(_plural(prefix + w), expr)
            symbols = [d.symbol] if d.symbol else []
            if not prefix:
                symbols += alias_symbols
            # A prefix's own symbol, and the Greek mu beside the micro sign; not pint's
            # ASCII stand-ins ("u", "mc"), which make words ("ug", "mcm").
            p_symbols = [prefixes[prefix].symbol] if prefix else [""]
            if prefix == "micro":
                p_symbols.append("\u03bc")
            for s in symbols:
                for ps in p_symbols:
                    add(ps + s, expr)
    atoms = {name: _atom(ureg, name) for name in sorted(_names(units))}
    return {
        "pint": pint.__version__,
        "units": dict(sorted(units.items())),
        "time_symbols": _time_symbols(ureg),
        "atoms": atoms,
    }


def _time_symbols(ureg: Any) -> dict[str, str]:
    """pint's short forms of the units of time the lexicons name, and their plurals:
    "sec" and "secs", "min" and "mins", "hr" and "hrs", "yr" and "yrs".

    Read after a number, glued or not ("52.31sec", "4hr 48min", "90 mins"), in lower case
    only ("5 HR staff" is a department).  pint's one-letter symbols ("s", "h", "d", "a")
    stay out: after digits they are a plural's ending, metres' neighbour or a word; "h",
    "m" and "s" are read only in the shapes of a race's time
    (:func:`claimdiff.extract.durations.unit_letters_duration`).
    """
    names: set[str] = set()
    for lang in LANGUAGES:
        data = importlib.import_module(f"claimdiff.lexicon.{lang}")
        names.update(getattr(data, "TIME_UNITS", {}).values())
    out: dict[str, str] = {}
    for name in sorted(names):
        d = ureg._units[name]
        for s in (d.symbol, *d.aliases):
            if s and s != name and s.isascii() and s.isalpha() and s.islower() and 2 <= len(s) <= 3:
                out[s] = out[s + "s"] = name
    return dict(sorted(out.items()))


# The languages whose tables name units (claimdiff.lexicon.<lang>).
LANGUAGES = ("en", "de")
_NAME = re.compile(r"[A-Za-z_]+")


def _names(units: dict[str, str]) -> set[str]:
    """Every pint unit name the vocabulary and the languages' tables use."""
    exprs = set(units.values())
    for lang in LANGUAGES:
        data = importlib.import_module(f"claimdiff.lexicon.{lang}")
        for table in ("MEASURE_UNITS", "PER_UNITS", "TIME_UNITS"):
            exprs.update(getattr(data, table, {}).values())
        exprs.update(getattr(data, "COMPOUND_UNITS", {}))
    return {n for e in exprs for n in _NAME.findall(e)}


def _atom(ureg: Any, name: str) -> dict[str, Any]:
    """What comparing figures needs of one unit, read from pint once, at build time."""
    size, defined = en_units.DEFINED_AS.get(name, (1.0, name))
    unit = ureg.Unit(defined)
    base = ureg.Quantity(size, unit).to_base_units()
    zero = float(ureg.Quantity(0.0, unit).to_base_units().magnitude)
    dims = {str(k): int(v) for k, v in unit.dimensionality.items()}
    return {
        "dims": dict(sorted(dims.items())),
        "factor": float(base.magnitude),
        "offset": zero != 0.0,
        "symbol": name if name in en_units.DEFINED_AS else f"{unit:~}",
    }


def dumps(tables: dict[str, Any]) -> str:
    """The file's text: JSON, one unit a line, sorted."""

    def rows(table: dict[str, Any]) -> str:
        return ",\n".join(
            f"{json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}"
            for k, v in table.items()
        )

    return (
        f'{{\n"pint": {json.dumps(tables["pint"])},\n'
        f'"units": {{\n{rows(tables["units"])}\n}},\n'
        f'"time_symbols": {json.dumps(tables["time_symbols"])},\n'
        f'"atoms": {{\n{rows(tables["atoms"])}\n}}\n}}\n'
    )


def main(argv: list[str] | None = None) -> int:
    """Write the file (or ``--check`` that the shipped one is current)."""
    return write_or_check(argv, __doc__.split("\n")[0], OUTPUT, lambda _: dumps(build()))


if __name__ == "__main__":
    raise SystemExit(main())
