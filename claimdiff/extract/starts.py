"""Where figures may start in a text: the lexicon's start pattern, searched fast.

The scan (:mod:`.scan`) reads each figure outward from these starts.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import cast

from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon
from claimdiff.lexicon.finder import COPY, COPY_OF_ASCII, COPY_OF_LATIN1
from claimdiff.text import Lowered


class Starts:
    """Where figures may start in a text: the lexicon's start pattern, searched fast.

    The case-sensitive ``start_lower`` pattern is searched in lower-cased windows
    of the text, twice as fast as the case-insensitive ``start`` pattern (see
    :mod:`claimdiff.lexicon`), without a lower-cased copy of the whole text:
    ``str.lower`` of 5 MB briefly takes 60 MB.  Both patterns find the same
    starts; the window is left for the case-insensitive pattern wherever it could
    differ: lower-casing that moves offsets ("İ") or folds differently ("ſ"), or a
    run of white space long enough for a phrase to reach past the window.
    """

    __slots__ = (
        "_accept", "_at", "_copy", "_end", "_finder", "_folded", "_lex", "_low",
        "_lower", "_lowered", "_side", "_text",
    )  # fmt: skip

    def __init__(self, text: str, lex: Lexicon, lowered: Lowered | None = None) -> None:
        self._text = text
        # The text's lower-cased copy, where the passes after the scan read one: a
        # window of the whole text is that copy, not lower-cased a second time.
        self._lowered = lowered
        self._lex = lex
        self._lower = lex.patterns["start_lower"]
        self._at = self._end = self._accept = 0  # the window is text[_at:_end]
        self._low = ""
        # The window's ASCII copy, searched by the finder (see _load), and the few offsets
        # found after a digit or a character outside ASCII, in order.
        self._copy = b""
        self._finder = cast("re.Pattern[bytes]", lex.patterns["start_copy_space"]).search
        self._side: list[int] = []
        self._folded = False

    def search(self, pos: int) -> tuple[int, re.Match[str] | None, int] | None:
        """The first start at or after ``pos``: where it starts in the text, its match and
        the offset the match's offsets are from.  The match is None for a digit that
        starts a figure (an anchor), found without matching the pattern."""
        text = self._text
        at = self._at
        if at < pos < self._accept and self._folded:
            # The common case, one turn of the loop below in this call: the window holds
            # ``pos`` and the finder's next stop is an anchor at a digit, as at nearly every
            # figure of a list.  _first's call and its reads of the window are spared (some
            # 1,000 instructions a figure); anything else continues in _first from the
            # finder's offset.
            low = self._low
            f = self._finder(self._copy, pos - at - 1)
            i = -1 if f is None else f.start() + 1
            if self._side:
                i = self._with_side(pos - at, i)
            found: tuple[int, re.Match[str] | None] | None
            if i < 0:
                found = None
            elif low[i] in _ASCII_DIGITS and not low[i - 1].isalnum():
                found = i, None
            else:
                found = self._first(pos - at, i)
            if found is not None and found[0] + at < self._accept:
                return found[0] + at, found[1], at
            pos = max(pos, self._accept)
            if self._end == len(text):
                return None
        while pos < len(text):
            if not (self._at < pos < self._accept or self._at == pos == 0 < self._accept):
                self._load(pos)
            if not self._folded:
                # Asked for here only: most texts never need it, and the long
                # case-insensitive pattern takes some 13 M instructions to compile.
                m = self._lex.patterns["start"].search(text, pos)
                return None if m is None else (m.start(), m, 0)
            found = self._first(pos - self._at)
            if found is not None and found[0] + self._at < self._accept:
                return found[0] + self._at, found[1], self._at
            pos = max(pos, self._accept)  # nothing starts in [pos, accept): read on
            if self._end == len(text):
                return None
        return None

    def _load(self, pos: int) -> None:
        text = self._text
        self._at = max(0, pos - 1)  # one character before: the patterns look behind
        self._end = min(len(text), self._at + _WINDOW)
        # A start found before ``accept`` ends inside the window: a phrase is at most
        # a few words with white space between them, checked below.
        self._accept = len(text) + 1 if self._end == len(text) else self._end - _TAIL
        whole = self._lowered is not None and self._at == 0 and self._end == len(text)
        low = self._lowered.whole() if whole and self._lowered is not None else None
        if low is None:
            low = text[self._at : self._end].lower()
        # A window reaching the text's end has nothing past it for a phrase to reach: its
        # tail is not searched for a long run of white space (some 12 µs a news text).
        self._folded = (
            len(low) == self._end - self._at
            and not any(text.find(c, self._at, self._end) >= 0 for c in _FOLDS_TO_ASCII)
            and (
                self._end == len(text)
                or _LONG_SPACE.search(text, max(self._at, self._end - 2 * _TAIL), self._end) is None
            )
        )
        self._low = low if self._folded else ""
        self._copy, self._side = self._copied(low) if self._folded else (b"", [])

    def _copied(self, low: str) -> tuple[bytes, list[int]]:
        """The window's copy the finder searches, and the offsets found after a digit or a
        character outside ASCII (:func:`claimdiff.lexicon.finder.copy_finders`).

        The finder in the copy opens with one character, a space, which the engine skips
        to at some 7 instructions a character, where the start finder's class of
        non-letters costs it some 48 (issue 12).  Starts after a digit ("5million") or a
        character outside ASCII are few: they are found at once, by passes from the copy's
        first digit and first "?", and the currency symbols opening with a mark ("$us")
        by ``str.find``."""
        other = -1
        # A space after the window: the copy finders' words end at a character that is no
        # letter (claimdiff.lexicon.finder.COPY).
        if low.isascii():
            copy = (low.encode("ascii") + b" ").translate(COPY_OF_ASCII)
        else:
            try:  # one byte a character: a letter is told from the rest
                copy = (low.encode("latin-1") + b" ").translate(COPY_OF_LATIN1)
            except UnicodeEncodeError:  # "?" for any character outside ASCII
                copy = (low.encode("ascii", "replace") + b" ").translate(COPY)
            other = copy.find(b"?")
        # A space before a space opens no phrase (none opens with a mark: see above): the
        # first of two is no longer the finder's, which the engine would try at each.
        copy = copy.replace(b"  ", b"\x00 ")
        side: list[int] = []
        patterns = self._lex.patterns
        digit = copy.find(b"0")
        if digit >= 0:
            after_digit = cast("re.Pattern[bytes]", patterns["start_copy_digit"])
            side += [m.start() + 1 for m in after_digit.finditer(copy, digit)]
        if other >= 0:
            after_other = cast("re.Pattern[bytes]", patterns["start_copy_other"])
            side += [m.end() for m in after_other.finditer(copy, other)]
        for phrase in self._lex.marked_starts:
            i = low.find(phrase, 1)
            while i > 0:
                side.append(i)
                i = low.find(phrase, i + 1)
        side.sort()
        return copy, side

    def _with_side(self, p: int, found: int) -> int:
        """The first candidate at or after ``p``: ``found`` (the finder's, -1 for none) or
        one after a digit or a character outside ASCII."""
        side = self._side
        k = bisect_left(side, p)
        if k < len(side) and (found < 0 or side[k] < found):
            return side[k]
        return found

    def _first(self, p: int, at: int | None = None) -> tuple[int, re.Match[str] | None] | None:
        """Where the start pattern first matches in the folded window at or after ``p``, and
        its match (None for an anchor at an ASCII digit: see below).  ``at`` is the first
        candidate at or after ``p`` where the caller has found it (``p`` > 0).

        ``start_lower`` opens with a lookbehind, so the engine tries it at every
        offset; only the candidates are tried (found in the window's copy, see
        :meth:`_copied`), each checked with ``start_lower`` itself, so the match
        is the one ``start_lower.search`` gives.
        """
        low, match, copy, find = self._low, self._lower.match, self._copy, self._finder
        early = None
        if p == 0:  # the finder matches the character before a start: there is none
            m = match(low, 0)
            if m is not None:
                return 0, m
            # A currency symbol opening the text touches the first digits ("R12m for
            # roads"): tried where each length of symbol would put them.
            for glued_length in self._lex.glued_lengths:
                if low[glued_length : glued_length + 1].isdigit():
                    early = match(low, glued_length)
                    if early is not None:
                        break
            p = 1
        if at is None:
            f = find(copy, p - 1)
            at = -1 if f is None else f.start() + 1
            if self._side:
                at = self._with_side(p, at)
        while at >= 0:
            if low[at] in _ASCII_DIGITS and not low[at - 1].isalnum():
                # A digit after no letter or digit ([^\W_] is isalnum()): the pattern's
                # first branch, the anchor, takes it alone, so its match (some 2,000
                # instructions a figure) is not made (tests/test_properties.py).
                if early is not None and early.start() < at:
                    return early.start(), early
                return at, None
            m = None
            went_on = at  # where the start finder would search on from
            before = low[at - 1]
            if (
                before.isascii()
                or not before.isalnum()
                or self._lex.patterns["start_finder"].match(low, at - 1) is not None
            ):
                # The start finder takes every candidate after a character that is no
                # letter where a start or a currency symbol touching digits matches; after
                # a letter outside ASCII it takes none, though the start pattern may
                # match there (digits touching a currency symbol, "元5"): it is asked.
                m = match(low, at)
                if m is None and _touches_digits(low, at, self._lex.glued_by_length):
                    # A currency symbol touching digits ("ksh12"): the start is its digits.
                    glued = self._lex.patterns["start_glued"].match(low, at)
                    if glued is not None:
                        went_on = glued.end()
                        m = match(low, went_on)
            if m is not None:
                m = early if early is not None and early.start() < m.start() else m
                return m.start(), m
            f = find(copy, went_on)
            at = -1 if f is None else f.start() + 1
            if self._side:
                at = self._with_side(went_on + 1, at)
        return None if early is None else (early.start(), early)


# Characters lower-cased and searched at once, and the tail of each window where no
# start is taken (it is searched again at the start of the next window).  A start
# phrase is at most four words of a dozen letters with white space between them,
# so with no run of white space as long as _LONG_SPACE, it fits in the tail.
_WINDOW = 1 << 16
_TAIL = 512
_LONG_SPACE = lazy_pattern(r"\s{100}")
# Characters IGNORECASE matches to an ASCII letter but lower() does not turn into one
# (dotless i, long s).
_FOLDS_TO_ASCII = ("\u0131", "\u017f")
_ASCII_DIGITS = frozenset("0123456789")  # each found by str.find, faster than a regex pass


def _touches_digits(low: str, at: int, symbols: tuple[tuple[int, frozenset[str]], ...]) -> bool:
    """Whether one of ``symbols`` (by length) stands at ``at`` with a digit after it, as
    the ``start_glued`` pattern needs (``\\d`` is ``isdecimal``): a few slices looked up,
    where the pattern was compiled for texts that hold no such symbol (most)."""
    for n, of_length in symbols:
        if low[at + n : at + n + 1].isdecimal() and low[at : at + n] in of_length:
            return True
    return False
