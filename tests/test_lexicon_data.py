"""The data the lexicon ships instead of computing it at run time (issue 12)."""

from __future__ import annotations

import json

import babel
import pytest

from claimdiff.lexicon import build_currencies, get_lexicon


def test_shipped_currencies_match_babel() -> None:
    """data/currencies.json is what build_currencies writes from the installed babel."""
    shipped = json.loads(build_currencies.OUTPUT.read_text("utf-8"))
    if shipped["babel"] != babel.__version__:
        pytest.skip(
            f"shipped from babel {shipped['babel']}, installed {babel.__version__}: "
            "run python -m claimdiff.lexicon.build_currencies"
        )
    assert build_currencies.dumps(build_currencies.build()) == build_currencies.OUTPUT.read_text(
        "utf-8"
    )


def test_patterns_compile_on_first_use() -> None:
    """The lexicon compiles a pattern when it is first asked for, and only once."""
    patterns = get_lexicon().patterns
    assert "currency_word" in patterns
    assert patterns["currency_word"] is patterns["currency_word"]
    assert patterns["currency_word"].match("euros") is not None


@pytest.mark.parametrize(
    ("text", "code"),
    [("us dollars", "USD"), ("euros", "EUR"), ("hryvnias", "UAH"), ("pounds", "GBP")],
)
def test_currency_words_from_shipped_data(text: str, code: str) -> None:
    """Currency names read from the shipped CLDR tables name their ISO code."""
    assert get_lexicon().currency_words[text] == code


def test_shipped_units_match_pint() -> None:
    """data/units.json is what build_units writes from the installed pint."""
    import pint

    from claimdiff.lexicon import build_units

    shipped = json.loads(build_units.OUTPUT.read_text("utf-8"))
    if shipped["pint"] != pint.__version__:
        pytest.skip(
            f"shipped from pint {shipped['pint']}, installed {pint.__version__}: "
            "run python -m claimdiff.lexicon.build_units"
        )
    assert build_units.dumps(build_units.build()) == build_units.OUTPUT.read_text("utf-8")


PINT_UNITS = [
    # (text, surface, pint unit): read through pint's vocabulary (issue 12)
    ("Collisions at 1.5 GeV were seen.", "1.5 GeV", "gigaelectron_volt"),
    ("The plant made 5 GWh last year.", "5 GWh", "gigawatt_hour"),
    ("It uses 40 kilowatt hours a week.", "40 kilowatt hours a week", "kilowatt_hour"),
    ("They stored 20-30 terabytes of data.", "20-30 terabytes", "terabyte"),
    ("The bag held 12 tonnes of grain.", "12 tonnes", "metric_ton"),
    ("She weighs 9 stone.", "9 stone", "stone"),
    ("A 230 volts supply.", "230 volts", "volt"),
]


@pytest.mark.parametrize(("text", "surface", "unit"), PINT_UNITS, ids=[u for *_, u in PINT_UNITS])
def test_units_from_pint(text: str, surface: str, unit: str) -> None:
    """Units, symbols, plurals and prefixed forms pint knows are read as measures."""
    from claimdiff import extract

    found = [(c.text, c.quantity.unit) for c in extract(text) if c.quantity is not None]
    assert (surface, unit) in found


def test_thrown_stones_are_counted() -> None:
    """ "20 stones" are things, not a weight: only the singular is pint's stone."""
    from claimdiff import extract

    (claim,) = extract("Protesters threw 20 stones.")
    assert claim.quantity is not None and claim.quantity.unit is None


def test_shipped_separators_match_babel() -> None:
    """data/separators.json is what build_separators writes from the installed babel."""
    from claimdiff.lexicon import build_separators

    shipped = json.loads(build_separators.OUTPUT.read_text("utf-8"))
    if shipped["babel"] != babel.__version__:
        pytest.skip(f"shipped from babel {shipped['babel']}: run build_separators")
    assert build_separators.dumps(build_separators.build()) == build_separators.OUTPUT.read_text(
        "utf-8"
    )


@pytest.mark.parametrize(
    ("text", "code"),
    [("euro", "EUR"), ("franken", "CHF"), ("pfund", "GBP"), ("us-dollar", "USD")],
)
def test_german_currency_words(text: str, code: str) -> None:
    """German currency names, from CLDR's German tables and the short defaults table."""
    assert get_lexicon("de").currency_words[text] == code


def test_every_language_has_the_same_tables() -> None:
    """A language is its tables: each module (``de.py`` and its ``de_attribution.py``,
    ``de_direction.py``, ``de_predicates.py``) names every table the others do, so
    that no rule falls back on English, or fails, for want of one."""
    import importlib

    from claimdiff.lexicon import _AVAILABLE

    for part in ("", "_attribution", "_direction", "_predicates"):
        tables = {
            lang: {
                k
                for k in dir(importlib.import_module(f"claimdiff.lexicon.{lang}{part}"))
                if k.isupper()
            }
            for lang in _AVAILABLE
        }
        every = set().union(*tables.values())
        assert {lang: sorted(every - names) for lang, names in tables.items()} == {
            lang: [] for lang in tables
        }, part
