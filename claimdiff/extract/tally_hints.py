"""Where a tally in words may stand ("beaten three goals to one", "won two-nil"), and the
value of each of its sides (claimdiff.extract.scores).

Most sentences hold " to " and no tally, and most dashes join no number words: string
searches find the few places that may hold one, and the tally's pattern is tried only
around them.  Two ways find the same places:

* a step of Python at each " to " and each dash, which costs some thousands of
  instructions a place (a hundred kilobytes of news hold about 500 " to " and 200
  dashes);
* patterns the engine skips through, which look at nearly none of them in Python but
  take some 10 M instructions to compile.

A process reads its first :data:`SETTLE_AFTER` places of each kind step by step, and
the rest with the patterns: comparing two reports meets a few dozen and compiles
neither, and a process reading many texts compiles them once, early.  Either way the
places found are the same (tests/test_tally_hints.py).
"""

from __future__ import annotations

import functools
import itertools
import re
from types import ModuleType

from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon
from claimdiff.pattern_code import compile_pattern

__all__ = ["SETTLE_AFTER", "side", "side_words", "tally_hints"]

# How many " to " (and how many dashes) a process reads step by step before it compiles
# the pattern that finds them: fewer than the benchmark's warm-up meets
# (bench/instructions.py), which compiles what its measured run needs.
SETTLE_AFTER = 48
# Places read step by step so far in this process, by kind: " to " or a dash.
_met = {" to ": 0, "-": 0, "–": 0}


def tally_hints(text: str, lex: Lexicon) -> tuple[list[int], list[int]]:
    """Where a tally in words may stand, in order: each " to " with a number in digits or
    words among the two words before it, and each dash between two number words."""
    tos: list[int] = []
    if " to " in text:
        sides = side_words(lex.data)
        if _met[" to "] < SETTLE_AFTER:
            _met[" to "] += text.count(" to ")
            at = text.find(" to ")
            while at >= 0:
                if _number_before(text, at, sides):
                    tos.append(at)
                at = text.find(" to ", at + 4)  # of " to to ", the first only
        else:
            tos = _tos_by_pattern(text, lex.data, sides)
    dashes: list[int] = []
    for dash in ("-", "–"):
        if dash not in text:
            continue
        if _met[dash] < SETTLE_AFTER:
            _met[dash] += text.count(dash)
            at = text.find(dash)
            while at >= 0:
                # Most dashes stand between letters and open no number word: a look at
                # the characters on each side passes the few that may.
                if text[at - 1 : at].isalnum() and text[at + 1 : at + 2].isalnum():
                    if _joins_number_words(text, at, lex):
                        dashes.append(at)
                at = text.find(dash, at + 1)
        else:
            for m in _before_number_word(lex.data, dash, text.isascii()).finditer(text):
                if _joins_number_words(text, m.start(), lex):
                    dashes.append(m.start())
    return tos, sorted(dashes)


def _tos_by_pattern(text: str, data: ModuleType, sides: frozenset[str]) -> list[int]:
    """The " to " of :func:`tally_hints`, found with :func:`_after_numbers`."""
    # The words before " to " are read forwards in the text reversed: the engine skips to
    # each " ot " there at C speed and looks at the two words after it.  The pattern passes
    # more than it should (a word ending with a number word, any character outside ASCII);
    # each place it passes is tested as the step by step reading does.
    tos = []
    last = len(text) - 3
    for m in _after_numbers(data, text.isascii()).finditer(text[::-1]):
        at = last - m.start()
        if _first_of_overlap(text, at) and _number_before(text, at, sides):
            tos.append(at)
    tos.reverse()
    return tos


def _joins_number_words(text: str, at: int, lex: Lexicon) -> bool:
    """Whether the dash at ``at`` stands between two number words, after a letter or
    digit."""
    right = _EDGE_AFTER.match(text, at + 1)
    if right and side(right[0], lex) is not None:
        left = _EDGE_BEFORE.search(text, at - 12 if at > 12 else 0, at)
        return left is not None and side(left[0], lex) is not None
    return False


def _number_before(text: str, at: int, sides: frozenset[str]) -> bool:
    """Whether one of the last two words before ``at`` (within 24 characters, the first
    perhaps cut) ends with a digit or is a number word of ``sides``."""
    for w in text[at - 24 if at > 24 else 0 : at].rsplit(None, 2)[-2:]:  # the last two
        if w[-1:].isdigit() or (w.isalpha() and w.lower() in sides):
            return True
    return False


def _first_of_overlap(text: str, at: int) -> bool:
    """Whether a search for " to " from the text's start, each next one searched for past
    the last found, finds the one at ``at``: in " to to " it finds the first only, so a
    " to " is found after an even number of others, each three characters before it."""
    k = 0
    while at >= 3 * (k + 1) and text.startswith(" to ", at - 3 * (k + 1)):
        k += 1
    return k % 2 == 0


@functools.cache
def _after_numbers(data: ModuleType, ascii_text: bool) -> re.Pattern[str]:
    """ " to " reversed, where one of the two words after it (the two before it in the
    text, reversed) opens with a digit, a character outside ASCII, or one of ``data``'s
    number words of :func:`side_words` reversed, in any case: every " to " that
    :func:`_number_before` passes and a few more.  It opens with "ot ", the space before
    looked behind for: the engine skips to a letter rarer than a space, and the two of
    " to to " are both found; ``ascii_text`` for a text in ASCII (:func:`_opening`)."""
    words = sorted(w[::-1] for w in side_words(data))
    if ascii_text:
        opening = _opening([w for w in words if w.isascii()], ascii_text=True, first=True)
        return compile_pattern(rf"ot (?<= ot )(?=\s*+(?:\S++\s++)?(?:[0-9]|{opening}))")
    opening = _opening(words, ascii_text=False, first=False)
    return compile_pattern(rf"ot (?<= ot )(?=\s*+(?:\S++\s++)?(?:[0-9]|[^\x00-\x7f]|{opening}))")


@functools.cache
def _before_number_word(data: ModuleType, dash: str, ascii_text: bool) -> re.Pattern[str]:
    """``dash`` after a letter or digit and before one of ``data``'s number words of
    :func:`side_words` in any case, or what opens with one: every dash whose words
    :func:`_joins_number_words` reads, and a few more."""
    words = sorted(w for w in side_words(data) if w.isascii() or not ascii_text)
    opening = _opening(words, ascii_text=ascii_text, first=ascii_text)
    return compile_pattern(rf"{re.escape(dash)}(?<=[^\W_].)(?={opening})")


def _opening(words: list[str], *, ascii_text: bool, first: bool) -> str:
    """A pattern matching what opens with one of ``words`` (sorted), as a tree: a step
    per character, so that the engine tries a branch only for its first character, not
    each word in turn.  A letter matches in either case; in an ASCII text the ``first``
    letters are literals, one branch per case (the engine passes over a branch opening
    with a literal that fails at a glance, where it tests a class)."""
    branches = []
    for c, group in itertools.groupby(words, key=lambda w: w[0]):
        rests = [w[1:] for w in group]
        # A word found ends the branch: what opens with it passes whatever follows.
        rest = "" if "" in rests else _opening(rests, ascii_text=ascii_text, first=False)
        if ascii_text and first:
            branches += [re.escape(c) + rest, re.escape(c.upper()) + rest]
        elif ascii_text:
            branches.append(f"[{c}{c.upper()}]{rest}")
        else:
            # Case-blind, the engine matches each character whose lower case (one
            # character) is the word's: all that str.lower can turn into it.
            branches.append(f"(?i:{re.escape(c)}){rest}")
    return f"(?:{'|'.join(branches)})" if len(branches) > 1 else branches[0]


_EDGE_BEFORE = lazy_pattern(r"[^\W\d_]+$")
_EDGE_AFTER = compile_pattern(r"[^\W\d_]+")


def side(written: str, lex: Lexicon) -> float | None:
    """One side of a tally: digits, a number word of at most nineteen, or a word for
    nought ("nil"); else None."""
    digits = written.replace(",", "")
    if digits.isdecimal():
        return float(digits)
    if written[0].isdigit():
        return None  # "²": a digit to str.isdigit, no number to float()
    w = written.lower()
    if w in lex.SCORE_ZERO:
        return 0.0
    value = lex.UNITS.get(w)
    return None if value is None or w in lex.ZERO_IDIOMS else float(value)


@functools.cache
def side_words(data: ModuleType) -> frozenset[str]:
    """The words (lower case) of which :func:`side` reads a value: the words for nought
    and the number words of at most nineteen, less the idioms of nought."""
    zero_idioms = data.ZERO_IDIOMS
    return frozenset(data.SCORE_ZERO) | frozenset(w for w in data.UNITS if w not in zero_idioms)
