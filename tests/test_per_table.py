"""What months_alone and the age words work out once per lexicon table is what they
worked out for every text (claimdiff.extract.months, claimdiff.extract.age_words, through
claimdiff.lexicon.per_table)."""

from __future__ import annotations

import pytest

from claimdiff.extract import age_words, months
from claimdiff.lexicon import get_lexicon


@pytest.mark.parametrize("lang", ["en", "de"])
def test_whole_month_names(lang: str) -> None:
    lex = get_lexicon(lang)
    expected = tuple(
        (name.capitalize(), month)
        for name, month in lex.MONTHS.items()
        if name not in lex.MONTH_ABBREVIATIONS
    )
    tables = (lex.MONTHS, lex.MONTH_ABBREVIATIONS)
    assert months._whole_names(*tables) == expected
    assert months._whole_names(*tables) is months._whole_names(*tables)  # once per table


def test_age_word_keys() -> None:
    words = get_lexicon("en").AGE_WORDS
    keys, endings = age_words._keys(words)
    assert keys == tuple(sorted({w[:4].lower() for w in words if "narian" not in w.lower()}))
    assert endings == any("narian" in w.lower() for w in words)
    # Another table, even one of the same words, is worked out for itself.
    assert age_words._keys(["Teenager", "nonagenarian"]) == (("teen",), True)
    assert age_words._keys(["toddler"]) == (("todd",), False)
