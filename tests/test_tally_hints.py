"""The tally hints (tally_hints.tally_hints, scores._may_hold_score), read step by step
and with their patterns, against plain loops: a step of Python at each " to " and each
dash.

The patterns pass a few places the loops do not (a word ending with a number word, a
character outside ASCII), which are then tested as the loops did; they must pass every
place the loops pass.  Checked on generated texts of number words in every case, digits
outside ASCII, characters that lower-case to an ASCII letter, white space of every kind
and " to to ", in English and German.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimdiff.extract import scores, tally_hints
from claimdiff.lexicon import Lexicon, get_lexicon

_PIECES = st.sampled_from(
    ["to", " to ", " to to ", "one", "One", "ONE", "oNe", "someone", "nil", "NIL", "zero",
     "nought", "fünf", "FÜNF", "zwölf", "ELF", "3", "12", "x3", "3x", "²", "٣", "\u212a",
     "İ", "ſix", "six", "SIX", "goals", "seventeen", "Seventeen", "a", "abcdefghijklmnopqrstuv",
     "nineteen", "ninet", "ten", "teN", "-", "–", ",", "_", " ", " ", "  ", "\n", "\t",
     "\xa0", "\u2003", "\x1c"]
)  # fmt: skip


def _tos(text: str, lex: Lexicon) -> list[int]:
    """Each " to ", searched from the last one's end, with a number among the two words
    before it (the first perhaps cut by 24 characters)."""
    tos = []
    sides = tally_hints.side_words(lex.data)
    at = text.find(" to ")
    while at >= 0:
        for w in text[at - 24 if at > 24 else 0 : at].rsplit(None, 2)[-2:]:
            if w[-1:].isdigit() or (w.isalpha() and w.lower() in sides):
                tos.append(at)
                break
        at = text.find(" to ", at + 4)
    return tos


def _dashes(text: str, lex: Lexicon) -> list[int]:
    """Each dash between two number words, in order."""
    dashes = []
    for dash in ("-", "–"):
        at = text.find(dash)
        while at >= 0:
            if text[at - 1 : at].isalnum() and text[at + 1 : at + 2].isalnum():
                right = tally_hints._EDGE_AFTER.match(text, at + 1)
                if right and tally_hints.side(right[0], lex) is not None:
                    left = tally_hints._EDGE_BEFORE.search(text, max(0, at - 12), at)
                    if left and tally_hints.side(left[0], lex) is not None:
                        dashes.append(at)
            at = text.find(dash, at + 1)
    return sorted(dashes)


def _digit_at(text: str, i: int, step: int) -> bool:
    if not 0 <= i < len(text):
        return False
    if text[i].isdecimal():
        return True
    j = i + step
    return text[i].isspace() and 0 <= j < len(text) and text[j].isdecimal()


def _between_digits(text: str) -> bool:
    for dash in ("-", "–"):
        at = text.find(dash)
        while at >= 0:
            if _digit_at(text, at - 1, -1) and _digit_at(text, at + 1, 1):
                return True
            at = text.find(dash, at + 1)
    return False


@contextmanager
def _settled(settled: bool) -> Iterator[None]:
    """The hints read with their patterns (``settled``), as a process does after its first
    :data:`tally_hints.SETTLE_AFTER` places of a kind, or step by step, as before."""
    met = dict(tally_hints._met)
    tally_hints._met.update(dict.fromkeys(met, tally_hints.SETTLE_AFTER if settled else 0))
    try:
        yield
    finally:
        tally_hints._met.update(met)


@pytest.mark.parametrize("settled", [False, True])
@pytest.mark.parametrize("lang", ["en", "de"])
@settings(max_examples=1500, deadline=None)
@given(text=st.lists(_PIECES, max_size=25).map("".join))
def test_hints_are_the_loops(lang: str, settled: bool, text: str) -> None:
    lex = get_lexicon(lang)
    with _settled(settled):
        assert tally_hints.tally_hints(text, lex) == (_tos(text, lex), _dashes(text, lex))
    if scores._may_hold_score(text):
        assert _between_digits(text)  # past a dash between digits, and more
    else:
        pattern = scores._ASCII_SCORE if text.isascii() else scores._SCORE
        assert pattern.search(text) is None


@pytest.mark.parametrize("settled", [False, True])
def test_hints_are_met(settled: bool) -> None:
    """The pieces reach every branch: a number before " to " in digits and in words, the
    second of " to to " (passed by the pattern, not found by the search), a dash between
    number words and one between digits."""
    lex = get_lexicon("en")
    text = "won 3 to 1, Seventeen goals to to ONE, two-nil, 6 - 4; 5 to to 9"
    with _settled(settled):
        hints = tally_hints.tally_hints(text, lex)
    assert hints == ([5, 27, 56], [42]) == (_tos(text, lex), [42])
    assert scores._may_hold_score(text)


def test_a_process_settles() -> None:
    """A process reads its first places step by step, then compiles the patterns."""
    lex = get_lexicon("en")
    text = "won 3 to 1, two-nil; " * tally_hints.SETTLE_AFTER
    with _settled(False):
        tally_hints.tally_hints(text, lex)
        met = tally_hints._met
        assert met[" to "] >= tally_hints.SETTLE_AFTER and met["-"] >= tally_hints.SETTLE_AFTER
