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
