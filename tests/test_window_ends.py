"""The phrase ending a window read word by word (extract.window_ends) is the one the
lexicon's pattern finds ("hedge_before", "range_opener", "change_from", "delay_before",
"record_before", "sentence_before"): same start, same words, or none for both; and in a
text between two offsets, where the pattern looks behind the first."""

from __future__ import annotations

import random
import re
import sys

import pytest

from claimdiff.extract.window_ends import (
    PhraseMatch,
    _fold,
    hedge_ending,
    phrase_ending,
    phrase_ending_at,
)
from claimdiff.lexicon import _AVAILABLE, get_lexicon

# Every character but the surrogates, once.
_EVERY = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i < 0xE000)

# Characters the engine folds apart from str.lower (long s, dotless and dotted i; the Kelvin
# sign lower() folds), white space beyond ASCII, word characters that are no letter and
# letters that are no digit ("²", "½"), marks that open or end a word.
_CASED = {"s": "ſS", "i": "İıI", "k": "KK"}
_SPACES = [" ", "  ", "\t", "\n", "\u00a0", "\u2009", "\u3000", "\x85", "\u2028", "\x1c", "\r\n"]
_BEFORE = ["", "x", "5", "_", "(", "“", "’", "²", "½", "é", "-", ".", "=", ">", "≥", "a ", "x>"]
_WORDS = ["the", "how", "what", "from", "no", "not", "just", "a", "well", "equal", "or", "to"]
_WORDS += ["than", "more", "over", "up", "company’s", "ſo", "İt", "gut", "über", "Über", "bis"]
_WORDS += ["range", "of", "von", "in", "between", "zwischen"]
# Each table read, with its pattern and the reading of it.
_READINGS = {
    "HEDGES": ("hedge_before", hedge_ending),
    "RANGE_OPENERS": ("range_opener", lambda w, data: phrase_ending(w, data, "RANGE_OPENERS")),
    "CHANGE_FROM_WORDS": (
        "change_from",
        lambda w, data: phrase_ending(w, data, "CHANGE_FROM_WORDS"),
    ),
    "DELAY_BEFORE": ("delay_before", lambda w, data: phrase_ending(w, data, "DELAY_BEFORE")),
    "RECORD_BEFORE": ("record_before", lambda w, data: phrase_ending(w, data, "RECORD_BEFORE")),
    "SENTENCE_BEFORE": (
        "sentence_before",
        lambda w, data: phrase_ending(w, data, "SENTENCE_BEFORE"),
    ),
}
# The tables read in a text between two offsets (extract.duration_senses).
_BETWEEN = ("DELAY_BEFORE", "RECORD_BEFORE", "SENTENCE_BEFORE")


def _written(word: str, rng: random.Random) -> str:
    """``word`` in one of its cases, some letters swapped for ones the engine folds to them."""
    word = rng.choice([word, word.lower(), word.upper(), word.title()])
    if rng.random() < 0.15:
        word = "".join(
            rng.choice(_CASED[c.lower()]) if c.lower() in _CASED and rng.random() < 0.5 else c
            for c in word
        )
    return word


def _window(phrases: list[str], rng: random.Random) -> str:
    """Words, then a phrase (or its end, or its first word cut), then white space or not."""
    lead = [_written(rng.choice(_WORDS), rng) for _ in range(rng.randint(0, 3))]
    words = [_written(w, rng) for w in rng.choice(phrases).split()]
    if len(words) > 1 and rng.random() < 0.3:
        words = words[rng.randint(1, len(words) - 1) :]
    if len(words) > 1 and rng.random() < 0.1:
        words[0] = words[0][1:] or words[0]
    body = rng.choice(_BEFORE) + "".join(
        (rng.choice(_SPACES) if i else "") + w for i, w in enumerate(words)
    )
    text = " ".join(lead) + (rng.choice(_SPACES) if lead else "") + body
    text += rng.choice([rng.choice(_SPACES), rng.choice(_SPACES) + "\n", "\n", "", "x", ",", " 5"])
    return text[rng.randint(0, len(text)) :] if rng.random() < 0.3 else text


def _found(m: PhraseMatch | re.Match[str] | None, hedge: bool) -> tuple[int, str] | None:
    """Where the match starts, and for a hedge the hedge as written."""
    return None if m is None else (m.start(), m["hedge"] if hedge else "")


@pytest.mark.parametrize("lang", sorted(_AVAILABLE))
@pytest.mark.parametrize("table", sorted(_READINGS))
def test_reads_as_the_pattern_finds(lang: str, table: str) -> None:
    lex = get_lexicon(lang)
    name, read = _READINGS[table]
    pattern = lex.patterns[name]
    hedge = table == "HEDGES"
    # A language without the table (German's delays) reads others' phrases as none.
    own = [*getattr(lex, table), *lex.HEDGE_GAPS] or [*lex.RANGE_OPENERS]
    phrases = [*own, *(f"how {h}" for h in own), *lex.HEDGES, *lex.RANGE_OPENERS]
    rng = random.Random(54)
    soup = sorted({*"".join(own), *"ſİıKK\u00a0\n\t_5²“’.,;<>=≥"})
    for _ in range(30_000 if hedge else 10_000):
        window = _window(phrases if rng.random() < 0.3 else own, rng)
        found = _found(pattern.search(window), hedge)
        assert _found(read(window, lex.data), hedge) == found, window
    for _ in range(10_000 if hedge else 3_000):
        window = "".join(rng.choice(soup) for _ in range(rng.randint(0, 12)))
        window = rng.choice(["", rng.choice(phrases)]) + window + rng.choice(["", *own])
        found = _found(pattern.search(window), hedge)
        assert _found(read(window, lex.data), hedge) == found, window


@pytest.mark.parametrize("lang", sorted(_AVAILABLE))
@pytest.mark.parametrize("table", _BETWEEN)
def test_reads_between_offsets_as_the_pattern_searches(lang: str, table: str) -> None:
    """The first offset often cuts a word, or falls right before a phrase after a letter
    ("xdelayed by "), which the pattern sees behind it."""
    lex = get_lexicon(lang)
    name = _READINGS[table][0]
    pattern = lex.patterns[name]
    own = [*getattr(lex, table), *lex.RANGE_OPENERS] or ["in"]
    rng = random.Random(56)
    for _ in range(20_000):
        lead = rng.choice(["", "x", "é", "5", "_", " ", "(", "ſ", "K"])
        text = lead + _window(own, rng) + rng.choice(["", "5 years", "x"])
        end = rng.randint(0, len(text))
        lo = min(end, len(lead)) if rng.random() < 0.5 else rng.randint(0, end)
        m = pattern.search(text, lo, end)
        want = None if m is None else m.start()
        assert phrase_ending_at(text, lo, end, lex, table, name) == want, (text, lo, end)


@pytest.mark.parametrize("lang", sorted(_AVAILABLE))
def test_each_character_of_a_hedge_folds_as_the_engine_folds_it(lang: str) -> None:
    """The reader compares words folded by ``_fold``, one character for one; the pattern
    matches a phrase's character under IGNORECASE.  For every character of a phrase read,
    both take the same characters of all Unicode."""
    lex = get_lexicon(lang)
    chars = {c for t in _READINGS for p in getattr(lex, t) for c in p.lower() if not c.isspace()}
    folded: dict[str, set[str]] = {c: set() for c in chars}
    for x in _EVERY:
        f = _fold(x)
        if f in folded:
            folded[f].add(x)
    for c in sorted(chars):
        assert set(re.findall(re.escape(c), _EVERY, re.IGNORECASE)) == folded[c], c


def test_white_space_and_letters_are_the_engines() -> None:
    """str.split and rstrip cut at the pattern's \\s; a letter before a hedge is its
    ``[^\\W\\d_]``, and a comparison its class ``[<>=≤≥]``, under IGNORECASE."""
    assert set(re.findall(r"\s", _EVERY)) == {x for x in _EVERY if x.isspace()}
    letters = {x for x in _EVERY if x.isalnum() and not x.isdecimal()}
    assert set(re.findall(r"[^\W\d_]", _EVERY)) == letters
    assert set(re.findall(r"[<>=≤≥]", _EVERY, re.IGNORECASE)) == set("<>=≤≥")
