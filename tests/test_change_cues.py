"""The words of change are found by one alternation and a look after each noun
(word_changes._spans) exactly where the pattern of two alternations (_cues) matches."""

from __future__ import annotations

import importlib
import random
import types

import pytest

from claimdiff.extract.change_readings import change_words
from claimdiff.lexicon import en_changes, get_lexicon

# The module, not the function the package exports under its name.
wc = importlib.import_module("claimdiff.extract.word_changes")

# Around and between the words: every kind of character the pattern's edges test.
_AROUND = [" ", "  ", "\n", "\t", "\u00a0", ",", ".", "'", "’", "-", "_", "5", "é", "ſ", "x", "İ"]
_TAILS = [" in", " in ", " in.", " in_", " in5", " iné", " into", " In", "  in", " in\u00a0", ""]


def _expected(data: types.ModuleType, low: str) -> list[tuple[int, int]]:
    return [m.span("w") for m in wc._cues(data).finditer(low)]


def _texts(data: types.ModuleType, seed: int, count: int) -> list[str]:
    words, nouns = change_words(data)
    vocabulary = [*sorted(words | nouns), "the", "rate", "risen", "rising", "upon", "falls"]
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randrange(1, 12)):
            word = rng.choice(vocabulary)
            if rng.random() < 0.3:  # a word cut or grown: "rises" → "rise", "fellx"
                word = word[: rng.randrange(1, len(word) + 1)] + rng.choice(["", "x", "s"])
            parts.append(rng.choice(_AROUND) + word + rng.choice(_TAILS))
        texts.append("".join(parts))
    return texts


@pytest.mark.parametrize(
    "text",
    [
        "",
        " rise in prices",
        " rise in",
        " rise into",
        " rise in_",
        " rise in5",
        " rise iné",
        " rise  in",
        " rise",
        "rise in",
        " fell",
        " fell,",
        " fellé",
        " fell_",
        " fells",
        " up up down",
        " lower lowered lowers",
        " increase increased in",
        " a sharp rise in burglaries and prices fell.",
    ],
)
def test_found_as_the_pattern_finds_them(text: str) -> None:
    data = get_lexicon("en").changes
    assert list(wc._spans(data, text)) == _expected(data, text)


@pytest.mark.parametrize("seed", range(8))
def test_found_as_the_pattern_on_generated_texts(seed: int) -> None:
    data = get_lexicon("en").changes
    for text in _texts(data, seed, 300):
        low = text.lower()
        assert list(wc._spans(data, low)) == _expected(data, low), low


def _variant(**tables: frozenset[str]) -> types.ModuleType:
    module = types.ModuleType("variant_changes")
    for name in dir(en_changes):
        if name.isupper():
            setattr(module, name, getattr(en_changes, name))
    for name, value in tables.items():
        setattr(module, name, value)
    return module


@pytest.mark.parametrize(
    "tables",
    [
        # A noun that is also a verb of change is read as the verb, before any word.
        {"CHANGE_NOUNS_UP": en_changes.CHANGE_NOUNS_UP | {"rises"}},
        # A word not all ASCII letters is found by the pattern itself.
        {"CHANGE_VERBS_DOWN": en_changes.CHANGE_VERBS_DOWN | {"fällt", "fell-off"}},
    ],
)
def test_other_tables_as_the_pattern(tables: dict[str, frozenset[str]]) -> None:
    data = _variant(**tables)
    for text in [*_texts(data, 99, 300), " fällt in", " fell-off", " rises", " rises in"]:
        low = text.lower()
        assert list(wc._spans(data, low)) == _expected(data, low), low


_LINKING = ["were", "Were", "WAS", "is", "this", "has", "been", "held", "remained", "ſtays"]
_BETWEEN = ["also", "x", "5", "up", "in-line", "", "Ünter"]
_GAPS = [" ", "  ", "\n", "\t", "\u00a0", "\x1c", ",", ""]


@pytest.mark.parametrize("seed", range(4))
def test_linking_verb_looked_for_as_the_pattern_finds_it(seed: int) -> None:
    data = get_lexicon("en").changes
    rng = random.Random(seed)
    for _ in range(2000):
        text = "".join(
            rng.choice(_GAPS) + rng.choice(_LINKING + _BETWEEN) for _ in range(rng.randrange(1, 5))
        )
        text += rng.choice(_GAPS) + rng.choice(["", " ", "\n"])
        start, end = rng.randrange(len(text) + 1), len(text)
        expected = wc._linked(data).search(text, start, end) is not None
        assert wc._linked_before(text, start, end, data) == expected, (text, start)
