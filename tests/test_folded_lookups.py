"""Words a case-insensitive pattern matched are looked up in its table as matched
(claimdiff/lexicon/folded.py): odd spaces and the engine's odd case pairs read as the
plain word, and never end in a KeyError deep inside the extractor."""

from __future__ import annotations

import pytest

from claimdiff import extract
from claimdiff.lexicon import get_lexicon
from claimdiff.lexicon.folded import Folded, fold


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("It cost 5 swiss  francs.", "5 swiss  francs", "CHF"),
        ("It cost 5 Swiss\u00a0francs.", "5 Swiss\u00a0francs", "CHF"),
        ("It cost 5 Belgian franc\u017f.", "5 Belgian franc\u017f", "BEF"),
        ("It was 5 square\u00a0metres.", "5 square\u00a0metres", "meter ** 2"),
        ("It was 5 SQUARE  METRES.", "5 SQUARE  METRES", "meter ** 2"),
        ("The road is 5 \u212am long.", "5 \u212am", "kilometer"),
        # Two spaces between the number and its unit, as copied text often has.
        ("It took 5  hours.", "5  hours", "hour"),
        ("a 5  km walk", "5  km", "kilometer"),
        ("He is 5  years old.", "5  years old", "year"),
        ("She is in her \u017fixties.", "in her \u017fixties", "year"),
        ("He died in his e\u0131ghties.", "in his e\u0131ghties", "year"),
    ],
)
def test_read_as_the_plain_word(text: str, surface: str, unit: str) -> None:
    found = {c.text: c.quantity.unit for c in extract(text) if c.quantity is not None}
    assert found.get(surface) == unit


@pytest.mark.parametrize("lang", ["en", "de"])
@pytest.mark.parametrize(
    "variant",
    [
        lambda w: w.replace(" ", "  "),
        lambda w: w.replace(" ", "\u00a0"),
        lambda w: w.replace("s", "\u017f"),
        lambda w: w.replace("k", "\u212a"),
        lambda w: w.replace("i", "\u0131"),
        lambda w: w.upper().replace("I", "\u0130"),
    ],
    ids=["double-space", "no-break-space", "long-s", "kelvin", "dotless-i", "dotted-I"],
)
def test_no_table_word_breaks_extraction(lang: str, variant: object) -> None:
    """Every currency name, unit, scale and month of the language, written oddly after a
    number, reads without an error (what it reads as is the other tests' business)."""
    lex = get_lexicon(lang)
    words = [*lex.currency_words, *lex.measure_units, *lex.TIME_UNITS, *lex.SCALES]
    text = " ".join(f"{i} {variant(w)}." for i, w in enumerate(words, 1))  # type: ignore[operator]
    assert isinstance(extract(text, lang=lang, max_figures=None), list)


def test_folded_table() -> None:
    table = Folded({"swiss francs": "CHF", "km": "kilometer"})
    assert table["SWISS\u00a0 FRAN\u0043\u017f"] == "CHF"
    assert table["\u212aM"] == "kilometer"
    assert table.get("yen") is None
    with pytest.raises(KeyError):
        table["yen"]
    assert fold("  Swiss \t Francs ") == "swiss francs"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("five thou\u017fand people", 5000),
        ("\u017feven thou\u017fand \u017fix hundred", 7600),
        ("two milL\u0131on dollars", 2_000_000),
    ],
)
def test_number_words_read_as_matched(text: str, value: float) -> None:
    (c,) = extract(text)
    assert c.quantity is not None and c.quantity.value == value


def test_no_unit_across_a_line_break() -> None:
    """Spaces after a line break are not skipped: an indented next line holds no unit."""
    (c,) = extract("It took 5\n  hours.")
    assert (c.text, c.kind.value) == ("5", "count")


def test_tables_whose_case_matters_stay_plain() -> None:
    """A table keyed by case ("M" a million, "m" no scale) answers no other case."""
    lex = get_lexicon("en")
    assert not isinstance(lex.SCALE_ABBREVIATIONS, Folded)
    assert isinstance(lex.SCALES, Folded)
