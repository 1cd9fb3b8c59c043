"""Which way a figure moved, and its role in a change ("from", "to", "by").

"Revenue rose 12%", "cut 300 jobs", "fell to $2bn", "up from 40", "a 5%
decline": the words just before a figure (or the noun just after it) say
whether it went up or down.  Comparisons read the same way: "exceeded $5m" is
up, "did not exceed $5m" and "failed to reach 300 tonnes" down.  Where the verb
comes last (German "um 5 Prozent gestiegen", "legte um 8 Prozent zu") a verb or
particle a few words after the figure says it.  The grammar is the lexicon's
(``lex.direction``: ``en_direction.py``, ``de_direction.py``); only a few words
on either side of the figure are read, so the cost is constant per claim.
"""

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from types import ModuleType
from typing import NamedTuple

import attrs

from claimdiff.extract.members import COUNT, DATE, DOWN, QUOTE, UP, YEAR
from claimdiff.fields_repr import fields_repr
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon
from claimdiff.model import Claim, Direction, Span
from claimdiff.pattern_code import compile_pattern
from claimdiff.text import Lowered

__all__ = ["Change", "Tokens", "is_comparison", "pair_changes", "read_change", "tokenise"]

# How far either side of the figure is read (characters): a few words.
_BEFORE, _AFTER = 60, 25
# How far after a figure a comparison's "than" and what it compares with are read.
_COMPARISON = 60
# How far after the figure a verb that closes its clause is looked for: "um 1,5
# Grad gestiegen", "auf 12 Milliarden Euro steigen" (characters, then words).
_LATE, _LATE_WORDS = 50, 5
# How many words may separate a cue from its figure ("rose by some 12%").
_MAX_GAP = 4
_LETTER = compile_pattern(r"[^\W\d_]")


def is_comparison(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` (lower case) compares a figure with a mark ("above", "exceeded")."""
    return word in lex.direction.ABOVE_BEFORE or word in lex.direction.BELOW_BEFORE


@attrs.frozen
class Change:
    """What the words around a figure say of it: its direction and its role."""

    __repr__ = fields_repr  # attrs compiles none (claimdiff.fields_repr)

    direction: Direction | None
    role: str | None = None
    """"from", "to" or "by" when a preposition names the figure's part in a change."""


def _tokens(text: str, token: re.Pattern[str]) -> list[str]:
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
            out[:1] = _tokens(cut, self.token)
        if j - 1 > i and self.ends[j - 1] > hi:  # cut at the right end
            out[-1:] = _tokens(self.text[self.starts[j - 1] : hi], self.token)
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
        return not self.cues.isdisjoint(_tokens(self.text[lo:hi], self.token))


def tokenise(text: str, lo: int, hi: int, lex: Lexicon, low: Lowered | None = None) -> Tokens:
    """The tokens of ``text[lo:hi]`` (a sentence), for :func:`read_change`; ``low`` is the
    text's lower-cased copy, where made."""
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
# The English token pattern (lexicon.patterns, "change_token"), which :func:`_tokens` reads
# in lower-cased ASCII; any other is read as it is.
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
    """The words before a figure that :func:`_cue_before` may take for its cue."""
    after: frozenset[bytes]
    """The words after a figure that :func:`_cue_after` may say its direction with."""
    roles: dict[bytes, str]
    """The words that name a figure's role in a change ("from", "to", "by")."""
    comparatives: frozenset[bytes]
    """The words after which the words after a figure are read on ("than")."""


@functools.cache
def _plain(lx: ModuleType) -> _Plain | None:
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


class _Unread:
    """What :func:`_plain_role` says of a window whose tokens it must read."""


_UNREAD = _Unread()


def _plain_role(window: str, plain: _Plain) -> str | _Unread | None:
    """The role the words before a figure (``window``) give it where they name no
    direction, without the token pattern; :data:`_UNREAD` where that is not sure.

    With no word of :attr:`_Plain.before` among them :func:`_cue_before` finds no cue,
    whatever the words; the role is then the last token's, a word only if a run of
    letters ends the window but for white space (a digit or a mark is a token of its own)
    and no apostrophe joins it to the run before.
    """
    runs = _runs(window)
    if runs is None:
        return _UNREAD
    if plain.cues.isdisjoint(runs):
        return None  # most windows: no word of change at all
    if not plain.before.isdisjoint(runs):
        return _UNREAD
    if plain.roles.keys().isdisjoint(runs):
        return None
    if "'" in window:
        return _UNREAD  # the last run may be an apostrophe's tail, of a token with it
    c = window.rstrip()[-1]  # there is a run: the window is not all white space
    if "a" <= c <= "z" or "A" <= c <= "Z":
        return plain.roles.get(runs[-1])
    if c in _MARK_TOKENS or c.isdecimal():  # a token of no letter: "\\d" is Unicode's digits
        return None
    return _UNREAD  # some other mark ends it ("from -5"): the last token is further back


def _plain_still(window: str, plain: _Plain) -> bool:
    """Whether the words after a figure (``window``) surely name no direction, asked
    without the token pattern: with none of :attr:`_Plain.after` among them, and no
    comparative that has more read, :func:`_cue_after` finds none."""
    runs = _runs(window)
    return runs is not None and (
        plain.cues.isdisjoint(runs)
        or (plain.after.isdisjoint(runs) and plain.comparatives.isdisjoint(runs))
    )


@functools.cache
def cue_words(lx: ModuleType) -> frozenset[str]:
    """Every word that may give a figure a direction or a role in :func:`read_change`:
    a figure with none of them around it has neither."""
    before = (
        lx.ROLES, lx.UP_BEFORE, lx.ABOVE_BEFORE, lx.DOWN_BEFORE, lx.BELOW_BEFORE, lx.UP_WITH_A_ROLE
    )  # fmt: skip
    after = (lx.UP_AFTER, lx.DOWN_AFTER, lx.LATE_UP, lx.LATE_DOWN, lx.LATE_OBJECT)
    return frozenset().union(*before, *after, lx.PARTICLE_VERBS)


def _cue_before(words: list[str], lx: ModuleType) -> tuple[Direction | None, str | None]:
    """The direction named by the nearest cue before the figure, with negation, and the cue."""
    gap = 0
    object_words = 0
    role_seen = number_seen = False
    k = len(words)
    while k:
        k -= 1
        w = words[k]
        run = _run_start(words, k, lx) if role_seen else None
        if run is not None:
            k = run  # "rose for a third straight week to $82": the run is no object
            continue
        if w == "," and role_seen and words[k + 1] in lx.ROLES_AFTER_A_COMMA:
            continue  # "have risen again, to more than 3,600"
        cue = _cue(w, lx)
        if w == "up" and k and words[k - 1] in lx.PHRASAL_UP:
            rising = words[k - 1] in lx.PHRASAL_UP_RISING_TO and words[k + 1 : k + 2] == ["to"]
            cue = UP if rising else None  # "makes up a third": no rise; "picked up to 3.4%"
        if cue is None and role_seen and not number_seen and w in lx.UP_WITH_A_ROLE:
            cue = UP  # "raised prices by 5%", not "raised $5m from 40 investors"
        if cue is not None:
            prev = words[max(0, k - 2) : k]
            if any(p in lx.NEGATIONS for p in prev):
                if w in lx.ABOVE_BEFORE:
                    return DOWN, w  # "did not exceed", "failed to reach"
                if w in lx.BELOW_BEFORE:
                    return UP, w
                return None, None  # "did not rise 5%" says nothing sure of the direction
            return cue, w
        if w in lx.STOPS:
            return None, None
        role_seen = role_seen or w in lx.ROLES
        number_seen = number_seen or _is_number(w)
        # A filler, a number, or the word right after a number ("from 40 staff
        # to", "from $10 m to") may stand between the cue and the figure; so
        # may a short object once a role word was passed ("cut output by 15%").
        if not (w in lx.FILLERS or _is_number(w) or (k > 0 and _is_number(words[k - 1]))):
            object_words += 1
            if not role_seen or object_words > lx.MAX_OBJECT:
                return None, None
        gap += 1
        if gap > _MAX_GAP + object_words:
            return None, None
    return None, None


def _run_start(words: list[str], k: int, lx: ModuleType) -> int | None:
    """Where a run of time ending at ``words[k]`` opens ("for a third straight week", "for
    the 5th week running", "for the second month in a row", "for three straight weeks"),
    or None: such a run between a verb of change and its figure's role word is no object
    of the verb."""
    if words[k] == "row" and k >= 3 and words[k - 2 : k] == ["in", "a"]:
        k -= 3
    elif words[k] == "running" and k >= 1:
        k -= 1
    period = words[k]
    if period not in lx.RUN_PERIODS and period.removesuffix("s") not in lx.RUN_PERIODS:
        return None
    for j in range(k - 1, max(-1, k - 6), -1):
        w = words[j]
        if w == "for":
            # An ordinal ("a third straight week", "the 5th week"), or a number before
            # the periods ("three straight weeks"): no run without one.
            if any(_counts_run(m, lx) for m in words[j + 1 : k]):
                return j
            return None
        if not (w in lx.RUN_WORDS or _counts_run(w, lx) or w in _ORDINAL_ENDS):
            return None
    return None


# The endings of an ordinal in digits, which the tokens hold apart ("5", "th").
_ORDINAL_ENDS = frozenset("st nd rd th".split())


def _counts_run(w: str, lx: ModuleType) -> bool:
    return w in lx.RUN_ORDINALS or w in lx.RUN_COUNTS or w[:1].isdigit()


def _change_in(words: list[str], lx: ModuleType) -> tuple[Direction | None, str | None]:
    """ "a decline in burglaries of 8%", "a rise in rents of 3%": a noun of change
    (``CHANGE_NOUNS``), what changed after "in" (``CHANGE_IN_WORDS``, at most
    ``CHANGE_IN_REACH`` words, none of ``CHANGE_IN_STOPS``), then "of" and the figure;
    the direction and the noun.
    The caller asks only for a share (``CHANGE_IN_UNITS``): "a rise in earnings per
    share of $3.50" gives the level the earnings reached as often as the rise."""
    if len(words) < 4 or words[-1] != "of":
        return None, None
    stop = max(0, len(words) - 3 - lx.CHANGE_IN_REACH)
    for k in range(len(words) - 2, stop, -1):
        w = words[k]
        if w in lx.STOPS or w in lx.CHANGE_IN_STOPS or _is_number(w):
            break
        if w in lx.CHANGE_IN_WORDS:
            noun = words[k - 1]
            if noun in lx.CHANGE_NOUNS and k + 1 < len(words) - 1:
                return (UP if noun in lx.UP_AFTER else DOWN), noun
            break
    return None, None


def _is_number(w: str) -> bool:
    return w[0].isdigit() or w[0] in "$£€"


def _cue(w: str, lx: ModuleType) -> Direction | None:
    if w in lx.UP_BEFORE or w in lx.ABOVE_BEFORE:
        return UP
    if w in lx.DOWN_BEFORE or w in lx.BELOW_BEFORE:
        return DOWN
    return None


def _cue_after(words: list[str], lx: ModuleType) -> Direction | None:
    """ "a 5% decline", "12% higher", "300 fewer jobs", "0.3 points lower than in March";
    not a comparison with anything but an earlier time or a plan ("30 points more than
    any other player"), nor a hedge of what follows ("Of the 300 more than half")."""
    for k, w in enumerate(words[:2]):
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if nxt in lx.COMPARATIVES and not _against_a_base(words[k + 2 : k + 7], lx):
            return None
        if w in lx.UP_AFTER:
            return UP
        if w in lx.DOWN_AFTER:
            return DOWN
        if w not in lx.AFTER_SKIP:
            return None
    return None


def _against_a_base(rest: list[str], lx: ModuleType) -> bool:
    """Whether the words after "than" name an earlier time or a plan: one word of
    ``COMPARISON_BASES``; "in" and a year, a month or the period of an article; or an
    article and a period ("than a year earlier", "than the same month")."""
    first = rest[0] if rest else ""
    if first in lx.COMPARISON_BASES:
        return True
    if first == "in":
        nxt = rest[1] if len(rest) > 1 else ""
        nxt = nxt.rstrip(".,")  # a year's token takes the full stop after it
        if (nxt.isdigit() and len(nxt) == 4) or nxt in lx.COMPARISON_MONTHS:
            return True
        return nxt == "the" and _period(rest[2:], lx)
    if first in ("a", "an"):
        return len(rest) > 1 and rest[1] in lx.COMPARISON_PERIODS and rest[2:3] != ["of"]
    return first == "the" and _period(rest[1:], lx)


def _period(words: list[str], lx: ModuleType) -> bool:
    """A period after "the": "year", "same month", "previous quarter", "previous three
    months", "same 12 months"."""
    if words[:1] and words[0] in lx.COMPARISON_PERIODS:
        return True
    if len(words) < 2 or words[0] not in lx.COMPARISON_ORDINALS:
        return False
    if len(words) > 2 and (words[1].isdigit() or words[1] in lx.COMPARISON_COUNTS):
        return words[2].removesuffix("s") in lx.COMPARISON_PERIODS
    return words[1] in lx.COMPARISON_PERIODS


_DIRECTIONS = {"up": UP, "down": DOWN}


def _cue_late(
    after: list[str], before: list[str], lx: ModuleType, role: str | None
) -> Direction | None:
    """A verb closing the figure's clause ("um 5 Prozent gestiegen", "1.200 Stellen
    abzubauen"), or a particle whose verb stands before the figure ("legte um 8
    Prozent zu", "ging auf 2,4 Prozent zurück").  A verb of a thing moving by itself
    counts only for a figure with a role ("um", "auf"): "60 Liter Regen gefallen"."""
    for k, w in enumerate(after[:_LATE_WORDS]):
        if w in lx.STOPS:
            return None
        late = None
        if role is not None and w in lx.LATE_UP:
            late = UP
        elif role is not None and w in lx.LATE_DOWN:
            late = DOWN
        elif w in lx.LATE_OBJECT:
            late = _DIRECTIONS[lx.LATE_OBJECT[w]]
        if late is not None:
            return None if k and after[k - 1] in lx.NEGATIONS else late
        verbs = lx.PARTICLE_VERBS.get(w)
        if verbs is not None:
            for b in reversed(before):
                if b in lx.STOPS:
                    break
                if b in verbs:
                    return _DIRECTIONS[verbs[b]]
    return None


def read_change(
    text: str,
    start: int,
    end: int,
    lo: int = 0,
    hi: int | None = None,
    tokens: Tokens | None = None,
    *,
    lex: Lexicon,
) -> Change | None:
    """The direction and role of the figure at ``text[start:end]``, read within ``[lo, hi)``.

    Returns None when the words around the figure say nothing of a change.
    ``tokens``, the tokens of the sentence holding ``[lo, hi)``, saves reading them
    again for each figure.

    A figure a verb or noun of change names the size of ("rose 5%", "a 20%
    increase", "cut 300 jobs") has the role "by", as after "by" itself; a figure
    a comparison names ("exceeded $5m") has none: it is a level.

    >>> from claimdiff.lexicon import get_lexicon
    >>> en = get_lexicon("en")
    >>> t = "Revenue rose from $10m to $12m, a 20% increase."
    >>> [(c.direction.value, c.role) for c in (read_change(t, 18, 22, lex=en),
    ...                                        read_change(t, 26, 30, lex=en))]
    [('up', 'from'), ('up', 'to')]
    >>> read_change(t, 34, 37, lex=en)
    Change(direction=<Direction.UP: 'up'>, role='by')
    >>> t = "Der Umsatz legte im dritten Quartal um 8 Prozent zu."
    >>> read_change(t, 39, 49, lex=get_lexicon("de"))
    Change(direction=<Direction.UP: 'up'>, role='by')
    """
    lx = lex.direction
    hi = len(text) if hi is None else hi
    late_cues = bool(lx.LATE_UP or lx.LATE_OBJECT or lx.PARTICLE_VERBS)
    # The windows' ends, without max() and min() (see claimdiff.extract.scan.scan).
    first = start - _BEFORE if start - _BEFORE > lo else lo
    after_end = end + _AFTER if end + _AFTER < hi else hi
    late_end = end + _LATE if end + _LATE < hi else hi
    if (
        tokens is not None
        and tokens.quiet(first, start)
        and tokens.quiet(end, after_end)
        and not (late_cues and not tokens.quiet(end, late_end))
    ):
        return None  # no word around the figure that could name a change (issue 12)
    # A window of no cue gives no role nor direction, whatever its words, and most need
    # no tokens to tell (_plain_role, _plain_still); they are read again only for a verb
    # closing the clause (German), which may pair with one of them.
    plain = _plain(lx) if tokens is None and not late_cues else None
    token = lex.patterns["change_token"]
    cues = cue_words(lx)  # with none among the words, the readers below find nothing
    before: list[str] = []
    role: str | None
    read = _UNREAD if plain is None else _plain_role(text[first:start], plain)
    if not isinstance(read, _Unread):
        role, direction, cue = read, None, None
    else:
        if tokens is None:
            before = _tokens(text[first:start], token)
        else:  # ``tokens`` are the sentence's, which holds [lo, hi)
            before = tokens.between(first, start)
        role = lx.ROLES.get(before[-1]) if before else None
        direction, cue = (None, None) if cues.isdisjoint(before) else _cue_before(before, lx)
        if direction is None and before and before[-1] == "of":
            if text[start:end].lower().endswith(lx.CHANGE_IN_UNITS):
                direction, cue = _change_in(before, lx)
    if direction is None:  # only now the words after: most figures have no cue before
        if plain is None or not _plain_still(text[end:after_end], plain):
            if tokens is None:
                after = _tokens(text[end:after_end], token)
            else:
                after = tokens.between(end, after_end)
            if not cues.isdisjoint(after) and not lx.COMPARATIVES.isdisjoint(after):
                # What "than" compares with may run past the window ("than the previous
                # quarter"): read on.
                far = end + _COMPARISON if end + _COMPARISON < hi else hi
                after = (
                    _tokens(text[end:far], token) if tokens is None else tokens.between(end, far)
                )
            direction = None if cues.isdisjoint(after) else _cue_after(after, lx)
        cue = "after"
    if direction is None and late_cues:
        if tokens is None:
            late = _tokens(text[end:late_end], token)
        else:
            late = tokens.between(end, late_end)
        direction = _cue_late(late, before, lx, role)
    if direction is None and role is None:
        return None
    comparison = cue in lx.ABOVE_BEFORE or cue in lx.BELOW_BEFORE
    if role is None and direction is not None and not comparison:
        role = "by"
    return Change(direction, role)


def _role(
    text: str,
    c: Claim,
    tokens: Mapping[Span, Tokens],
    lex: Lexicon,
    roles: Mapping[Span, str | None] | None,
) -> str | None:
    if roles is not None:
        role = roles.get(c.span, "")  # missing: read with the claim, and none found
        if role is not None:  # None: not read with the claim (a score, a period)
            return role or None
    hi = c.sentence[1] or None
    change = read_change(
        text, c.span[0], c.span[1], c.sentence[0], hi, tokens.get(c.sentence), lex=lex
    )
    return None if change is None else change.role


def pair_changes(
    text: str,
    claims: Sequence[Claim],
    lex: Lexicon,
    tokens: Mapping[Span, Tokens] | None = None,
    roles: Mapping[Span, str | None] | None = None,
) -> list[Claim]:
    """Claims with ``change_from``/``change_to`` set on each "from X … to Y" pair.

    The two figures must be neighbours in one sentence (a date between them aside), of
    one kind and unit
    ("rose from $10m to $12m", "from 1,500 staff to 1,200", and the other
    order, "to 52 cents from 48 cents"); both get the pair, and a figure with
    a direction, a predicate or a noun lends it to its partner.  ``tokens`` are
    the sentences' tokens where already read; ``roles`` the roles read when the claims
    were made, so that no figure's words are read twice: a claim's role where it has
    one, None where its change was not read, and no entry where it has none.
    """
    tokens = tokens or {}
    out = list(claims)
    # A date or year between the two ends is no figure of the change: "rose to ₹3,209
    # crore in the July-September quarter from ₹3,003 crore", "rose from $10m in 2022 to
    # $12m in 2023".
    ends_at = [k for k, c in enumerate(out) if c.kind is not DATE and c.kind is not YEAR]
    for k, k2 in itertools.pairwise(ends_at):
        a, b = out[k], out[k2]
        qa, qb = a.quantity, b.quantity
        # The cheapest tests first, and the units read from the quantities, not through
        # Claim.unit's call: most neighbours differ in kind (a list of figures).
        if (
            a.kind is not b.kind
            or a.sentence != b.sentence
            or a.kind is QUOTE
            or qa is None
            or qb is None
            or qa.unit != qb.unit
            or qa.value is None
            or qb.value is None
            or (a.kind is COUNT and a.noun and b.noun and a.noun.lower() != b.noun.lower())
            or _two_metrics(a.predicate, b.predicate, lex.METRICS)
        ):
            # "to 52 cents; ... from 48 stores" is no change of one thing, nor "swung to a
            # $212m loss from an $88m profit": each end says which metric it is
            continue
        ends = (_role(text, a, tokens, lex, roles), _role(text, b, tokens, lex, roles))
        if ends == ("from", "to"):
            x, y = qa.value, qb.value
        elif ends == ("to", "from"):
            x, y = qb.value, qa.value
        else:
            continue
        direction = a.direction or b.direction
        if direction is None and x != y:
            direction = UP if y > x else DOWN
        # The two ends of one change state one thing: "revenue rose from $10m to $12m".
        said = a if a.predicate else b
        noun = a.noun or b.noun
        for at, end in ((k, a), (k2, b)):
            out[at] = attrs.evolve(
                end,
                change_from=x,
                change_to=y,
                direction=direction,
                predicate=said.predicate,
                predicate_of_noun=said.predicate_of_noun,
                noun=noun,
            )
    return out


def _two_metrics(a: str | None, b: str | None, metrics: frozenset[str]) -> bool:
    """Whether two predicates are two financial metrics ("loss", "profit"): two facts, not
    one change's ends.  Other classes differ as often by a misread word."""
    return a is not None and b is not None and a != b and a in metrics and b in metrics
