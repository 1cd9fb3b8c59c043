"""Number words alone read by the fast path exactly as the full reader reads them
(``fast_amounts.fast_word_core`` against ``amounts.read_core``).

Each test compares the two at every word of a text where the fast path gives a core, and
``extract`` with and without it: on the project's texts and on a grid of number words
with what may stand before and after them, near misses included.
"""

from __future__ import annotations

import importlib
import itertools
import re

import attrs
import pytest
from test_fast_amounts import _project_texts

import claimdiff
from claimdiff.extract.amounts import read_core
from claimdiff.extract.fast_amounts import fast_word_core
from claimdiff.lexicon import get_lexicon

# The module, not the function ``claimdiff.extract.scan`` that the package exports.
scan = importlib.import_module("claimdiff.extract.scan")

_WORD_START = re.compile(r"(?<![^\W\d_])[^\W\d_]")
_WORDS = ("one", "One", "TWO", "seven", "twenty", "Fifty", "zero", "nought", "quarter",
          "third", "Half", "thirds", "fifth", "dozen", "pair", "hundred", "million")  # fmt: skip
_BEFORE = ("", "the ", "a ", "an ", "$", "$ ", "£", "minus ", "-", "first-", "two-", "about ",
           "between ", "(", "US$ ", "EUR ", "no ")  # fmt: skip
_AFTER = (
    "", ".", ". 5", ",", ", 5", ";", ":", "?", "!", ")", " of", " of a million", " a", " an",
    " a million", " and", " and a half", " point five", " people", " men", " usd", " USD",
    " MUSD", " Euro", " euros", " dollars", " pounds", " km", " kilometres", " in", " inches",
    " years", " years ago", " years old", " year", " second", " seconds", " fifth", " hat-trick",
    " hat", " quarter", " twenty", " hundred", " dozen", " per cent", " percent", "%", " %",
    "-year-old", "-year", "-fold", "  people", "\npeople", " ſtar", " Kelvin", " new", " times",
    " of the", " or two", " to three", " in five", " way", " day", " reason", " ft", " m",
    " months", " hours and a half", " years  ago", " years ago.", " Years", " year-old",
    " weeks old", " fortnight", " minutes ago,", " years ago5", " years AGO", " hours a day",
    " Year 8 pupils", " years USD", " years\nago", " months to June", " years, ago", " decades",
    " quarter,", " quarter earnings", " quarter of a", " quarter a", " quarter and", " half.",
    " halves of", " quarter twenty", " quarter-final", " quarter 2023", " Quarter Point",
    " quarter in", " quarter million", " half dozen", " thirds pair", " quarter  net",
    " .", " ,", " ;", " :", " !", " ?", " )", " . 5", " .5", " ,5", " , 5", "  .", " (kg)",
    " %", " €", " $5", " /", " -", " '", ' "', " quarter .", " quarter ,5",
    " and not", " and a", " and an", " and of", " and two", " and half", " and.", " and ,",
    " and point", " And then", " AND then", " and-a-half", " and  then", " and and", " and 5",
    " quarter and full", " quarter and a", " quarter and two", " quarter and.", " and fifth",
    " and years", " and USD", " and in", " and-", " andes", " and\nthen", " and fifths",
)  # fmt: skip


def _same_core(text: str, lex: object, read: list[int] | None = None) -> list[int]:
    """The offsets of ``text`` where the fast path's core differs from the full reader's
    (those where it gives one appended to ``read``)."""
    bad = []
    for m in _WORD_START.finditer(text):
        fast = fast_word_core(text, m.start(), lex)  # type: ignore[arg-type]
        if fast is None:
            continue
        if read is not None:
            read.append(m.start())
        full = read_core(text, m.start(), lex)  # type: ignore[arg-type]
        assert full[0] is not None
        # The values' hex too: a signed zero ("minus zero") reads as -0.0 either way.
        if fast != full or fast[0].value.hex() != full[0].value.hex():
            bad.append(m.start())
    return bad


def _grid() -> list[str]:
    return [
        f"It was {before}{word}{after} in all."
        for before, word, after in itertools.product(_BEFORE, _WORDS, _AFTER)
    ] + [f"{word}{after}" for word, after in itertools.product(_WORDS, _AFTER)]


def test_cores_equal_on_the_grid() -> None:
    """At every word of the grid, the fast core is the full reader's, and some are read."""
    lex = get_lexicon("en")
    texts = _grid()
    read: list[int] = []
    assert [t for t in texts if _same_core(t, lex, read)] == []
    assert len(read) > len(texts) // 10


def test_cores_equal_on_project_texts() -> None:
    """At every word of the fixtures and tests/data, the fast core is the full reader's."""
    lex = get_lexicon("en")
    texts = [text for _, lang, text in _project_texts() if lang == "en"]
    assert [t[:60] for t in texts if _same_core(t, lex)] == []


def _claims(text: str) -> object:
    try:
        return [attrs.asdict(c) for c in claimdiff.extract(text, max_figures=None)]
    except Exception as e:  # the same refusal either way is the same result
        return repr(e)


def test_grid_claims_equal(monkeypatch: pytest.MonkeyPatch) -> None:
    """``extract`` gives the same claims on the grid with and without the fast path."""
    texts = [" ".join(_grid()[k : k + 40]) for k in range(0, len(_grid()), 40)]
    fast = [_claims(t) for t in texts]
    monkeypatch.setattr(scan, "fast_word_core", lambda text, pos, lex: None)
    assert [t[:60] for t, a in zip(texts, fast, strict=True) if _claims(t) != a] == []


def test_no_fast_words_for_german() -> None:
    """German number words are always read in full."""
    assert fast_word_core("zwei Menschen", 0, get_lexicon("de")) is None
