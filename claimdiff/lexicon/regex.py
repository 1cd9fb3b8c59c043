"""Building blocks of the lexicon's patterns: phrase tries, the figure-start finder, and
long alternations compiled by first character.

Python's regex engine skips ahead at C speed only to offsets where a pattern's
first *consumed* character can match, and only when that character is a literal,
a character class, or a branch of literals (``re._compiler._get_charset_prefix``).
A pattern that opens with a lookbehind or lookahead is tried at every offset.
"""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from claimdiff.pattern_code import compile_pattern

# Digits and the vulgar fractions ("½", "⅔") that start a number, inside a character class.
DIGITS = r"\d\u00bc-\u00be\u2150-\u215e"
# A non-letter (``[\W\d_]``: no letter but a digit), written so that the engine tests most
# characters with one look-up: a class of categories costs it a call or four a character
# where a class of ASCII ranges is a bitmap.  Anything but an ASCII letter is taken, then
# a character outside ASCII looked at again for being a letter of another script ("é");
# that look is case-sensitive, so that the same characters pass under IGNORECASE (which
# only narrows the first class to what folds to no ASCII letter, letters all).
_NOT_ASCII_LETTER = r"[^A-Za-z]"
_NO_OTHER_LETTER = r"(?-i:(?<![^\x00-\x7f\W\d_]))"
NONLETTER = _NOT_ASCII_LETTER + _NO_OTHER_LETTER
# The same in lower-cased text, where no ASCII capital stands (str.lower gives none): the
# first class leaves out a-z only, one range where two cost the engine a step more at
# every character it skips through.
_NOT_LOWER_LETTER = r"[^a-z]"
LOWER_NONLETTER = _NOT_LOWER_LETTER + _NO_OTHER_LETTER
# A character that is no word character (``\W``), written the same way.
# (its two parts, for a pattern that looks ahead between them)
NONWORD_CLASS = r"[^A-Za-z0-9_]"
NONWORD_OTHER = r"(?-i:(?<![^\x00-\x7f\W]))"
NONWORD = NONWORD_CLASS + NONWORD_OTHER


def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of ``phrases``, factored on shared prefixes, longest first.

    "three", "thirty", "thousand" become ``th(?:ree|irty|ousand)``: the engine
    tries one branch per letter instead of every phrase at every offset.  At each
    step longer continuations come before the phrase ending there, so that the
    longest phrase wins, as in a plain longest-first alternation.

    >>> re.fullmatch(alternation(["a", "ab", "b c"]), "b  c") is not None
    True
    """
    ordered = sorted(set(phrases))
    if not ordered:
        return "(?!)"  # a table a language leaves empty matches nothing
    return _branch(ordered, 0, len(ordered), 0)


def _branch(ordered: list[str], lo: int, hi: int, depth: int) -> str:
    # The phrases ordered[lo:hi] share their first ``depth`` characters: a node of the
    # phrases' trie, read off the sorted list rather than built (building one, a dict a
    # character, took most of the lexicon's alternations, some 30 M instructions of a
    # command's start).  Sorted, they share what the first and the last share; those
    # taking one character next are a run of the list, found by bisection.
    first = ordered[lo]
    if hi - lo == 1:
        return first[depth:].translate(_ESCAPES)
    last = ordered[hi - 1]
    start = depth
    end = len(first) if len(first) < len(last) else len(last)
    while depth < end and first[depth] == last[depth]:
        depth += 1
    run = first[start:depth].translate(_ESCAPES)
    ends = len(first) == depth  # a phrase ends here: it sorts first
    if ends:
        lo += 1
    parts = []
    while lo < hi:
        ch = ordered[lo][depth]
        if ordered[hi - 1][depth] == ch:
            nxt = hi
        else:  # the next character code opens the next run (the last run needs none)
            nxt = bisect.bisect_left(ordered, ordered[lo][:depth] + chr(ord(ch) + 1), lo, hi)
        parts.append(_ESCAPES[ord(ch)] + _branch(ordered, lo, nxt, depth + 1))
        lo = nxt
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    return run + ("(?:" + body + ")?" if ends else body)


class _Escapes(dict[int, str]):
    """Each character as the alternations write it, by code point (a table for
    ``str.translate``): escaped, and a space as any white space."""

    def __missing__(self, code: int) -> str:
        found = self[code] = re.escape(chr(code))
        return found


_ESCAPES = _Escapes({ord(" "): r"\s+"})  # a space in a phrase matches any white space


def _escaped(ch: str) -> str:
    """``ch`` as the alternations write it: escaped, and a space as any white space."""
    return _ESCAPES[ord(ch)]


def lead(phrases: Iterable[str], extra: str = "") -> str:
    """A lookahead for the first letters of ``phrases`` (either case), plus ``extra``.

    Searched patterns start with it: the engine then skips, at C speed, the offsets
    where no alternative can begin, instead of trying every alternative there.
    """
    chars = {c for p in phrases for c in (p[0].lower(), p[0].upper())}
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + extra + "])"


def after_nonletter(phrases: str, *, lowered: bool = False) -> str:
    r"""A pattern for the regex ``phrases`` standing as words, opening with the character
    before them: a non-letter, in a class the engine skips to at C speed.

    ``(?<![^\W\d_])(?:phrases)(?![^\W\d_])`` is tried at every offset; this is tried
    only after the non-letters.  The phrase is the group ``w``.  Searched on a
    text with one non-letter put in front, it finds the same phrases, if each
    search starts one character before where the last match ended
    (:func:`phrases_in`).  With ``lowered``, for lower-cased text only: it opens with
    :data:`LOWER_NONLETTER`.
    """
    return (LOWER_NONLETTER if lowered else NONLETTER) + r"(?P<w>" + phrases + r")(?![^\W\d_])"


def lowered_phrases(phrases: Iterable[str]) -> str:
    """``after_nonletter(alternation(phrases), lowered=True)``, with a lookahead for the
    phrases' first characters right after the non-letter it opens with.

    The engine tries the pattern at every non-letter, and there its lookbehind and then
    the branches of the alternation's first characters (some 550 instructions a
    character of a sentence of figures, "£1.2m, $3bn, 45%"); the lookahead, one test of
    a class, turns away the non-letters no phrase can follow.  A phrase's first
    character is matched as it is written (lower-cased text, no IGNORECASE), but for a
    space, which matches any white space: then no lookahead is written.
    """
    phrases = tuple(phrases)
    firsts = {p[:1] for p in phrases}
    ahead = (
        ""
        if any(not c or c.isspace() for c in firsts)
        else "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])"
    )
    return (
        _NOT_LOWER_LETTER + ahead + _NO_OTHER_LETTER
        + r"(?P<w>" + alternation(phrases) + r")(?![^\W\d_])"
    )  # fmt: skip


def blind_phrases(phrases: Iterable[str]) -> str:
    """``after_nonletter(alternation(phrases))`` for an IGNORECASE pattern, with
    :func:`lead`'s lookahead for the phrases' first letters right after the non-letter
    it opens with, as :func:`lowered_phrases` writes one.

    The class matches, under IGNORECASE, every character a phrase's first letter does
    (and its other case), so no match is turned away; most non-letters of a sentence of
    figures are, before the look-behind and the alternation's branches are tried.  A
    phrase opening with a space (any white space) gets no lookahead.
    """
    phrases = tuple(phrases)
    ahead = "" if any(not p[:1] or p[:1].isspace() for p in phrases) else lead(phrases)
    return (
        _NOT_ASCII_LETTER + ahead + _NO_OTHER_LETTER
        + r"(?P<w>" + alternation(phrases) + r")(?![^\W\d_])"
    )  # fmt: skip


def phrases_in(pattern: re.Pattern[str], padded: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, phrase) of each match of an :func:`after_nonletter` pattern in
    ``padded`` (a text with one non-letter put in front), as ``finditer`` would find
    the phrases with a lookbehind: each search starts at the last phrase's last
    character, which may stand before the next.

    >>> p = re.compile(after_nonletter(alternation(["q3", "fy"])))
    >>> list(phrases_in(p, " fy q3, fyq3"))
    [(1, 3, 'fy'), (4, 6, 'q3')]
    """
    pos = 0
    search = pattern.search
    while (m := search(padded, pos)) is not None:
        start, end = m.span("w")
        yield start, end, m["w"]
        pos = end - 1


class ByWords:
    r"""An :func:`after_nonletter` pattern of many ``phrases`` (case-sensitive, for
    lower-cased text: ``lowered``), whose :meth:`search` of a text compiles only the
    phrases whose first word the text holds, until it has compiled for many texts.

    The predicate phrases (some 400 in English) make an alternation that took some 10 ms
    to build and compile, searched in the few sentences that hold a figure, which name
    a handful of them.  A phrase opens after a non-letter with its first word, a run of
    letters that ends where the phrase does (a letter may not follow) or before a
    non-letter of its own: where the phrase matches, that word is a whole run of letters
    of the text.  So the phrases whose first word is no run of the text cannot match in
    it, and those kept form the same branches in the same order: the same matches.  A
    phrase opening with a non-letter is always kept.  After :data:`SETTLE_AFTER_TEXTS`
    sets of phrases the whole is compiled and handed to ``settle`` to stand in for this
    object (a call through it costs more than the engine's search).

    >>> p = ByWords(["rose by", "fell", "fell back"])
    >>> [m and m["w"] for m in [p.search(" it fell back"), p.search(" fellow by")]]
    ['fell back', None]
    """

    __slots__ = (
        "_always", "_by_word", "_compiled", "_found", "_phrases", "_settle", "_text", "_whole",
    )  # fmt: skip

    def __init__(
        self, phrases: Iterable[str], settle: Callable[[re.Pattern[str]], object] | None = None
    ) -> None:
        self._phrases = tuple(phrases)
        self._settle = settle
        self._by_word: dict[str, list[str]] = {}
        self._always: list[str] = []
        for p, word in zip(self._phrases, _first_words(self._phrases), strict=True):
            (self._by_word.setdefault(word, []) if word else self._always).append(p)
        self._compiled: dict[frozenset[str], re.Pattern[str] | None] = {}
        self._text: str | None = None  # the text last searched, and the pattern for it
        self._found: re.Pattern[str] | None = None
        self._whole: re.Pattern[str] | None = None

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """What ``re.Pattern.search`` of the whole pattern gives."""
        if self._whole is not None:
            return self._whole.search(text, pos, endpos)
        if text is not self._text:
            self._text, self._found = text, self._for(text)
        return None if self._found is None else self._found.search(text, pos, endpos)

    def _for(self, text: str) -> re.Pattern[str] | None:
        """The pattern of the phrases that may match in ``text``, or None if none may."""
        words = frozenset(w for w in set(_RUNS.findall(text)) if w in self._by_word)
        try:
            return self._compiled[words]
        except KeyError:
            pass
        if len(self._compiled) >= SETTLE_AFTER_TEXTS:
            whole = self.whole
            if self._settle is not None:
                self._settle(whole)
            return whole
        kept = [p for w in words for p in self._by_word[w]] + self._always
        found = self._compiled[words] = compile_pattern(lowered_phrases(kept)) if kept else None
        return found

    @property
    def whole(self) -> re.Pattern[str]:
        """The pattern of all the phrases."""
        if self._whole is None:
            self._whole = compile_pattern(lowered_phrases(self._phrases))
            self._compiled.clear()
            self._text = self._found = None
        return self._whole

    def __getattr__(self, name: str) -> Any:
        return getattr(self.whole, name)


_LETTERS = compile_pattern(r"[^\W\d_]*")
_RUNS = compile_pattern(r"[^\W\d_]+")
_LINE_LETTERS = compile_pattern(r"^[^\W\d_]*", re.MULTILINE)


def _first_words(phrases: list[str] | tuple[str, ...]) -> list[str]:
    """The run of letters each phrase opens with ("" for none), read in one pass over the
    phrases joined by lines: a match for each phrase took a millisecond or two."""
    if any("\n" in p for p in phrases):
        return [_LETTERS.match(p).group() for p in phrases]  # type: ignore[union-attr]
    return _LINE_LETTERS.findall("\n".join(phrases))


class ByFirstCharacter:
    """``(?P<group>phrases)tail``, whose :meth:`match` compiles only the phrases that can
    start with the character at the offset it is given, until it has met many characters.

    The currency names CLDR gives a language (755 in English) make an alternation that
    takes some 30 ms to build and compile: most of a short command's regex work, for a
    pattern only ever matched at a known offset, where one first character is possible.
    The phrases of that character give the same match as all of them: no other phrase can
    match there, and those kept form the same branches in the same order.  Past
    :data:`SETTLE_AFTER` characters (or :data:`SETTLE_AFTER_WORDS` words, or
    :data:`SETTLE_AFTER_CALLS` matches) the process reads many texts: the whole pattern is
    compiled, handed to ``settle`` to stand in for this object, and matched from then on
    (a call through this object costs more than the engine's match).  Any other use
    (``search``, ``pattern``, …) reads the whole pattern, compiled on first use.

    >>> p = ByFirstCharacter("w", ["euro", "euros", "pound"], r"\\b", re.IGNORECASE)
    >>> p.match("5 Euros", 2).group("w"), p.match("5 pence", 2)
    ('Euros', None)
    """

    __slots__ = (
        "_by_char", "_by_word", "_calls", "_flags", "_folds", "_group", "_groups", "_odd",
        "_settle", "_tail", "_whole", "_words",
    )  # fmt: skip

    def __init__(
        self,
        group: str,
        phrases: Iterable[str],
        tail: str,
        flags: int = 0,
        settle: Callable[[re.Pattern[str]], object] | None = None,
    ) -> None:
        self._group, self._tail, self._flags, self._settle = group, tail, flags, settle
        self._groups: dict[str, list[str]] = {}
        for p in phrases:
            self._groups.setdefault(p[0], []).append(p)  # so no phrase is empty
        self._by_char: dict[str, re.Pattern[str] | None] = {}
        self._whole: re.Pattern[str] | None = None
        # Where no letter may follow a phrase, a phrase opening with a word (a run of
        # letters) matches only where that word is the whole run of letters at the offset
        # (a non-letter of the phrase, or the tail, ends it).  Most words after an amount
        # ("million", "people") open no phrase: nothing is compiled for them.  Phrases
        # are kept by their opening word where it is ASCII, as the word at the offset
        # must be for this test: the engine's case folding is plain there.
        self._words: dict[str, list[str]] | None = None
        self._odd: list[str] = []  # phrases opening with a word of other letters
        self._by_word: dict[str, re.Pattern[str] | None] = {}
        self._folds = bool(flags & re.IGNORECASE)  # a flag's "&" is a call into enum
        self._calls = 0
        if tail.startswith(_WORD_ENDS) and not flags & ~re.IGNORECASE:
            self._words = {}
            every = [p for ps in self._groups.values() for p in ps]
            for p, word in zip(every, _first_words(every), strict=True):
                if word and not word.isascii():
                    self._odd.append(p)
                elif word:
                    self._words.setdefault(self._fold(word), []).append(p)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """What ``re.Pattern.match`` of the whole pattern gives."""
        if self._whole is not None or not 0 <= pos < min(len(text), endpos):
            if self._whole is None and pos >= 0:
                # Nothing left to match (a number ending the text): phrases, all written
                # literally, are none of them empty.  Compiling the whole to learn that
                # would cost more than all the first characters met.
                return None
            return self.whole.match(text, pos, endpos)
        self._calls += 1
        if self._calls > SETTLE_AFTER_CALLS:
            return self._settled().match(text, pos, endpos)
        ch = text[pos]
        if self._words is not None:
            word = _LETTERS.match(text, pos, endpos).group()  # type: ignore[union-attr]
            if word and word.isascii():
                return self._match_word(self._words, self._fold(word), text, pos, endpos)
        try:
            found = self._by_char[ch]
        except KeyError:
            if len(self._by_char) >= SETTLE_AFTER:
                return self._settled().match(text, pos, endpos)
            found = self._by_char[ch] = self._compile(
                [p for c, ps in self._groups.items() if self._may_start(c, ch) for p in ps]
            )
        return None if found is None else found.match(text, pos, endpos)

    def _match_word(
        self, words: dict[str, list[str]], key: str, text: str, pos: int, endpos: int
    ) -> re.Match[str] | None:
        """The match at ``pos``, where the run of letters is ``key`` (folded, ASCII)."""
        try:
            found = self._by_word[key]
        except KeyError:
            if len(self._by_word) >= SETTLE_AFTER_WORDS:
                return self._settled().match(text, pos, endpos)
            ch = text[pos]
            kept = [*words.get(key, ()), *(p for p in self._odd if self._may_start(p[0], ch))]
            found = self._by_word[key] = self._compile(kept)
        return None if found is None else found.match(text, pos, endpos)

    def _settled(self) -> re.Pattern[str]:
        """The whole pattern, handed to ``settle`` to stand in for this object."""
        whole = self.whole
        if self._settle is not None:
            self._settle(whole)
        return whole

    def _fold(self, word: str) -> str:
        return word.lower() if self._folds else word

    @property
    def whole(self) -> re.Pattern[str]:
        """The pattern of all the phrases."""
        if self._whole is None:
            self._whole = self._source([p for ps in self._groups.values() for p in ps])
            self._by_char.clear()
            self._by_word.clear()
        return self._whole

    def __getattr__(self, name: str) -> Any:
        return getattr(self.whole, name)

    def _compile(self, phrases: list[str]) -> re.Pattern[str] | None:
        return self._source(phrases) if phrases else None

    def _source(self, phrases: list[str]) -> re.Pattern[str]:
        source = "(?P<" + self._group + ">" + alternation(phrases) + ")" + self._tail
        return compile_pattern(source, self._flags)

    def _may_start(self, first: str, ch: str) -> bool:
        """Whether a phrase opening with ``first`` may match at the character ``ch``."""
        if first.isspace():
            return True  # a space in a phrase matches any run of white space
        if not self._flags & re.IGNORECASE:
            return first == ch
        if first.isascii() and ch.isascii():
            return first.lower() == ch.lower()
        # "K" (Kelvin) is "k", "ſ" is "s": ask the engine, for these few characters.
        return re.fullmatch(re.escape(first), ch, self._flags) is not None


# How many first characters :class:`ByFirstCharacter` compiles apart: a command on two
# news texts meets about seven after its amounts, a long run dozens.
SETTLE_AFTER = 12
# How many words at the offsets given :class:`ByFirstCharacter` reads apart (most compile
# nothing): a command on the fixtures meets six after its amounts, a long run hundreds.
SETTLE_AFTER_WORDS = 64
# How many matches :class:`ByFirstCharacter` answers before the whole pattern stands in,
# however few words and characters it has met: a unit after an amount is asked for by
# few figures (the fast path reads most), whose words repeat, and each call through this
# object costs a microsecond more than the engine's match.  The command on the fixtures
# asks a few dozen times.
SETTLE_AFTER_CALLS = 500
# Tails that let no letter follow a phrase (:class:`ByFirstCharacter`).
_WORD_ENDS = (r"(?![^\W\d_])", r"(?![^\W_\u00b2\u00b3])")
# How many sets of phrases :class:`ByWords` compiles apart (none for a text naming no
# phrase counts too): a command on the fixtures meets nine, a long run thousands.
SETTLE_AFTER_TEXTS = 32
