"""The words around a figure, as :mod:`claimdiff.extract.direction` reads them.

One job: a sentence's tokens, read once (:func:`tokenise`, :class:`Tokens`), each
figure's window then a bisection of them, and the fast paths that spare reading them:
a sentence that holds no word of change anywhere (:func:`cue_words`) keeps no tokens,
and for English the runs of ASCII letters of a window (:func:`plain_role`,
:func:`plain_still`) often tell, without the token pattern, that its words name no
direction.  Which way the words say a figure moved is
:mod:`claimdiff.extract.direction_cues`' job.
"""

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from types import ModuleType
from typing import NamedTuple

import attrs

from claimdiff.fields_repr import fields_repr
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon
from claimdiff.model import Span
from claimdiff.pattern_code import compile_pattern
from claimdiff.text import Lowered

__all__ = [
    "UNREAD",
    "Tokens",
    "Unread",
    "cue_words",
    "lowered_tokens",
    "plain_cues",
    "plain_role",
    "plain_still",
    "tokenise",
]

_LETTER = compile_pattern(r"[^\W\d_]")


def lowered_tokens(text: str, token: re.Pattern[str]) -> list[str]:
    """The tokens ``token`` reads in ``text`` (a window, or a token cut by one), lower-cased."""
    if token.pattern == _ENGLISH_TOKEN and "'" not in text and text.isascii():
        # Letters lower-cased are matched as they were but for an apostrophe's tail
        # ("'[a-z]"): one lower() of the window, not one per token.
        return token.findall(text.lower())
    if token.groups:  # findall would give the groups, not the whole tokens
        return [m.group(0).lower() for m in token.finditer(text)]
    return [t.lower() for t in token.findall(text)]


@attrs.frozen
class Tokens:
    """The tokens of one sentence, read once: each figure's window is then a bisection.

    Build with :func:`tokenise`; :meth:`between` gives what tokenising the slice
    ``text[lo:hi]`` gives, a token cut by either end included as cut.
    """

    __repr__ = fields_repr  # attrs compiles none (claimdiff.fields_repr)

    text: str = attrs.field(repr=False)
    starts: list[int]
    ends: list[int]
    lowered: list[str]
    token: re.Pattern[str] = attrs.field(repr=False)
    cues: frozenset[str] = attrs.field(repr=False, default=frozenset())
    """The words that may give a figure a direction or a role (:func:`cue_words`)."""
    cued: list[int] = attrs.field(repr=False, factory=list)
    """``cued[k]``: how many of the first ``k`` tokens are among ``cues``."""
    silent: bool = attrs.field(repr=False, default=False)
    """No token of the sentence, nor any part of one, is among ``cues``: no figure of it
    has a direction or a role (a table of figures), and none need be read."""
    unread: Span | None = attrs.field(repr=False, default=None)
    """The sentence, where ``starts``, ``ends`` and ``lowered`` do not hold its tokens:
    one holding no cue anywhere keeps none (:func:`tokenise`).  Every window of it is
    :meth:`quiet` with none; :meth:`between` reads them first."""

    def between(self, lo: int, hi: int) -> list[str]:
        """The lower-cased tokens of ``text[lo:hi]``."""
        if self.unread is not None:
            return _read_tokens(self.text, *self.unread, self.token, self.cues).between(lo, hi)
        i = bisect_right(self.ends, lo)  # the first token ending after lo
        j = bisect_left(self.starts, hi)  # tokens before j start before hi
        if i >= j:
            return []
        out = self.lowered[i:j]
        if self.starts[i] < lo or self.ends[i] > hi:  # cut at the left (or both) ends
            cut = self.text[max(lo, self.starts[i]) : min(hi, self.ends[i])]
            out[:1] = lowered_tokens(cut, self.token)
        if j - 1 > i and self.ends[j - 1] > hi:  # cut at the right end
            out[-1:] = lowered_tokens(self.text[self.starts[j - 1] : hi], self.token)
        return out

    def quiet(self, lo: int, hi: int) -> bool:
        """Whether no token :meth:`between` gives for ``[lo, hi)`` is among ``cues``.

        The whole tokens are counted in ``cued``; a token cut by either end is read
        as cut, as :meth:`between` reads it, if it holds a letter (every cue does).
        """
        starts, ends = self.starts, self.ends
        i = bisect_right(ends, lo)
        j = bisect_left(starts, hi)
        if i >= j:
            return True
        first, last = i, j
        if starts[i] < lo or ends[i] > hi:
            # Conditional expressions, not max() and min() (see extract.scan.scan).
            a, b = starts[i], ends[i]
            if self._cut_cue(a if a > lo else lo, b if b < hi else hi):
                return False
            first = i + 1
        if j - 1 > i and ends[j - 1] > hi:
            if self._cut_cue(starts[j - 1], hi):
                return False
            last = j - 1
        return first >= last or self.cued[last] == self.cued[first]

    def _cut_cue(self, lo: int, hi: int) -> bool:
        if hi - lo == 1 and self.text[lo].lower() not in self.cues:
            return False  # one character is at most one token, itself: no regex to ask
        if _LETTER.search(self.text, lo, hi) is None:
            return False  # digits and marks: every word a token pattern reads has a letter
        return not self.cues.isdisjoint(lowered_tokens(self.text[lo:hi], self.token))


def tokenise(text: str, lo: int, hi: int, lex: Lexicon, low: Lowered | None = None) -> Tokens:
    """The tokens of ``text[lo:hi]`` (a sentence), for
    :func:`~claimdiff.extract.direction.read_change`; ``low`` is the text's lower-cased
    copy, where made."""
    token = lex.patterns["change_token"]
    cues = cue_words(lex.direction)
    if _letters_only(cues) and not _holds_cue(
        text[lo:hi].lower() if low is None else low.part(lo, hi), cues
    ):
        # No cue anywhere in the sentence, inside a word or across words (a table of
        # figures): each token lower-cased is a part of the sentence lower-cased (but
        # for a sigma, the one letter its neighbours lower-case, which no cue holds), so
        # none holds a cue, and the sentence is silent.  Its thousands of tokens are not
        # read: a string search per cue costs a fraction of the token pattern's pass and
        # of the lists built from it (dense figures: 5% of extracting them).
        return Tokens(text, [], [], [], token, cues, [0], True, (lo, hi))
    return _read_tokens(text, lo, hi, token, cues)


@functools.cache
def _letters_only(cues: frozenset[str]) -> bool:
    """Whether every cue is letters with no sigma: no white space, which the silent test
    of :func:`_read_tokens` could find between two tokens."""
    return all(c.isalpha() and "σ" not in c and "ς" not in c for c in cues)


def _read_tokens(
    text: str, lo: int, hi: int, token: re.Pattern[str], cues: frozenset[str]
) -> Tokens:
    found = list(token.finditer(text, lo, hi))
    # map() over the match's own methods, not comprehensions: a sentence read here holds
    # many figures (a table, dense junk), and its thousands of tokens are looped over in
    # C, not one interpreted step at a time.
    lowered = list(map(str.lower, map(re.Match.group, found)))
    cued = list(itertools.accumulate(map(cues.__contains__, lowered), initial=0))
    starts = list(map(re.Match.start, found))
    ends = list(map(re.Match.end, found))
    # A window cut through a token reads the part it holds: a cue within a longer word
    # ("rose" of "prose") keeps the sentence from being silent.  Each distinct word is
    # asked once: a table repeats the same few.
    silent = cued[-1] == 0 and not _holds_cue(" ".join(set(lowered)), cues)
    return Tokens(text, starts, ends, lowered, token, cues, cued, silent)


def _holds_cue(text: str, cues: frozenset[str]) -> bool:
    """Whether any of ``cues`` stands anywhere in ``text`` (lower case), inside a word too.

    Cues of ASCII letters are looked for in the distinct runs of ASCII letters of the
    text, which hold every place one may stand (:func:`_runs`' C pass): a sentence of
    many figures repeats a few words.
    """
    cores = _cue_cores(cues)
    if not cores:
        return False
    if isinstance(cores[0], bytes):
        runs = text.encode("utf-8", "surrogatepass").translate(_LOWER_LETTERS).split()
        return any(map(b" ".join(set(runs)).__contains__, cores))
    return any(map(text.__contains__, cores))


@functools.cache
def _cue_cores(cues: frozenset[str]) -> tuple[str, ...] | tuple[bytes, ...]:
    """The ``cues`` that open with no other, shortest first ("to", "by", "up" lead), as
    ASCII bytes where they all are ASCII letters: a text holds a cue if and only if it
    holds one of them ("rises" holds "rise").

    A string search a word, each a C loop that skips along the text, is what
    :func:`_holds_cue` costs: a pattern of the cues (a trie) took milliseconds to
    compile, most of what a short command spent on directions.
    """
    cores = (c for c in cues if not any(c[:i] in cues for i in range(1, len(c))))
    ordered = tuple(sorted(cores, key=lambda c: (len(c), c)))
    if all(c.isascii() and c.isalpha() for c in ordered):
        return tuple(c.encode("ascii") for c in ordered)
    return ordered


# The words of the English token pattern: runs of ASCII letters, and an apostrophe's tail.
_ASCII_WORD = r"[A-Za-z]++(?:'[a-z]++)?+"
# The English token pattern (lexicon.patterns, "change_token"), which :func:`lowered_tokens`
# reads in lower-cased ASCII; any other is read as it is.
_ENGLISH_TOKEN = _ASCII_WORD + r"|[\d.,$£€%]+|[,;:()]"
# Each byte as :func:`_runs` reads it: an ASCII letter lower-cased, any other a space.
_LOWER_LETTERS = bytes(c | 0x20 if 65 <= c <= 90 or 97 <= c <= 122 else 32 for c in range(256))
# The characters of the English token pattern's tokens that are no letter ("\\d" aside).
_MARK_TOKENS = frozenset(".,$£€%;:()")


def _runs(window: str) -> list[bytes] | None:
    """The runs of ASCII letters of ``window``, lower-cased: every token of it the English
    token pattern (:data:`_ENGLISH_TOKEN`) reads that is letters only; None where that
    is not sure.

    That pattern's tokens that hold a letter are runs of letters, whatever stands around
    them, or two joined by an apostrophe ("year's"), which holds no cue; only a capital
    right after such a tail ("it'sUP") starts a token inside a run.  With every other
    character made a space (a character outside ASCII is bytes from 0x80 in UTF-8, made
    spaces too) and the letters lower-cased, in one C pass over the window's bytes, the
    runs are what ``split`` gives.  A regex pass costs some 400 instructions a character,
    these C calls on the whole window a fraction of that.
    """
    if "'" in window and _TAIL_THEN_CAPITAL.search(window) is not None:
        return None
    return window.encode("utf-8", "surrogatepass").translate(_LOWER_LETTERS).split()


# An apostrophe's tail that the English token pattern ends before a capital.
_TAIL_THEN_CAPITAL = lazy_pattern(r"'[a-z]++[A-Z]")


class _Plain(NamedTuple):
    """The cue words of a language read as :func:`_runs` reads words, as bytes."""

    cues: frozenset[bytes]
    """Every cue word (:func:`cue_words`)."""
    before: frozenset[bytes]
    """The words before a figure that :func:`~claimdiff.extract.direction_cues.cue_before`
    may take for its cue."""
    after: frozenset[bytes]
    """The words after a figure that :func:`~claimdiff.extract.direction_cues.cue_after`
    may say its direction with."""
    roles: dict[bytes, str]
    """The words that name a figure's role in a change ("from", "to", "by")."""
    comparatives: frozenset[bytes]
    """The words after which the words after a figure are read on ("than")."""


@functools.cache
def plain_cues(lx: ModuleType) -> _Plain | None:
    """``lx``'s cue words for :func:`_runs`; None where ``lx`` reads words other than as
    :data:`_ASCII_WORD`, or a cue word or comparative is more than lower-case ASCII
    letters, which :func:`_runs` needs."""
    cues = cue_words(lx)
    words = (*cues, *lx.COMPARATIVES)
    plain = all(w.isascii() and w.isalpha() and w.islower() for w in words)
    if lx.WORD != _ASCII_WORD or not plain:
        return None
    before = (
        lx.UP_BEFORE, lx.ABOVE_BEFORE, lx.DOWN_BEFORE, lx.BELOW_BEFORE, lx.UP_WITH_A_ROLE,
        lx.CHANGE_NOUNS,
    )  # fmt: skip

    def as_bytes(*sets: Iterable[str]) -> frozenset[bytes]:
        return frozenset(w.encode("ascii") for s in sets for w in s)

    return _Plain(
        as_bytes(cues),
        as_bytes(*before, ["up"]),  # "up" after a phrasal verb is read apart
        as_bytes(lx.UP_AFTER, lx.DOWN_AFTER),
        {w.encode("ascii"): role for w, role in lx.ROLES.items()},
        as_bytes(lx.COMPARATIVES),
    )


class Unread:
    """What :func:`plain_role` says of a window whose tokens it must read."""


UNREAD = Unread()


def plain_role(window: str, plain: _Plain) -> str | Unread | None:
    """The role the words before a figure (``window``) give it where they name no
    direction, without the token pattern; :data:`UNREAD` where that is not sure.

    With no word of :attr:`_Plain.before` among them
    :func:`~claimdiff.extract.direction_cues.cue_before` finds no cue, whatever the words;
    the role is then the last token's, a word only if a run of
    letters ends the window but for white space (a digit or a mark is a token of its own)
    and no apostrophe joins it to the run before.
    """
    runs = _runs(window)
    if runs is None:
        return UNREAD
    if plain.cues.isdisjoint(runs):
        return None  # most windows: no word of change at all
    if not plain.before.isdisjoint(runs):
        return UNREAD
    if plain.roles.keys().isdisjoint(runs):
        return None
    if "'" in window:
        return UNREAD  # the last run may be an apostrophe's tail, of a token with it
    c = window.rstrip()[-1]  # there is a run: the window is not all white space
    if "a" <= c <= "z" or "A" <= c <= "Z":
        return plain.roles.get(runs[-1])
    if c in _MARK_TOKENS or c.isdecimal():  # a token of no letter: "\\d" is Unicode's digits
        return None
    return UNREAD  # some other mark ends it ("from -5"): the last token is further back


def plain_still(window: str, plain: _Plain) -> bool:
    """Whether the words after a figure (``window``) surely name no direction, asked
    without the token pattern: with none of :attr:`_Plain.after` among them, and no
    comparative that has more read, :func:`~claimdiff.extract.direction_cues.cue_after`
    finds none."""
    runs = _runs(window)
    return runs is not None and (
        plain.cues.isdisjoint(runs)
        or (plain.after.isdisjoint(runs) and plain.comparatives.isdisjoint(runs))
    )


@functools.cache
def cue_words(lx: ModuleType) -> frozenset[str]:
    """Every word that may give a figure a direction or a role in
    :func:`~claimdiff.extract.direction.read_change`: a figure with none of them around it
    has neither."""
    before = (
        lx.ROLES, lx.UP_BEFORE, lx.ABOVE_BEFORE, lx.DOWN_BEFORE, lx.BELOW_BEFORE, lx.UP_WITH_A_ROLE
    )  # fmt: skip
    after = (lx.UP_AFTER, lx.DOWN_AFTER, lx.LATE_UP, lx.LATE_DOWN, lx.LATE_OBJECT)
    return frozenset().union(*before, *after, lx.PARTICLE_VERBS)
