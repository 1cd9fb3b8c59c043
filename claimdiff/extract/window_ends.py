"""The phrase of a lexicon's table ending a window before a figure, read word by word.

The lexicon's patterns "hedge_before", "range_opener", "change_from", "delay_before" and
"record_before" find the same phrases; compiling them (the hedges some ninety phrases
under IGNORECASE, some 16 M instructions) costs a process more than its searches with
them together.  Read from the end of the window, such a phrase is a few whole words and
the end of one more, which a tree of the table's words, last word first, answers
exactly.  tests/test_window_ends.py holds each reading to its pattern.
"""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimdiff.lexicon import Lexicon

__all__ = ["COMPARISONS", "PhraseMatch", "hedge_ending", "phrase_ending", "phrase_ending_at"]

# The characters a hedge of comparison may open with, after a letter too ("x>=5"), and
# end with, no white space needed after it (the pattern's "(?=[<>=≤≥])" and lookbehind).
COMPARISONS = frozenset("<>=≤≥")

# The three characters IGNORECASE matches to an ASCII letter of a phrase that str.lower
# does not fold to it ("İ".lower() is two characters); every other character of the
# lexicons' phrases is matched where lower() gives it (tests/test_window_ends.py checks
# each).  Both keep a word's length: the pattern matches one character for each.
_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def _fold(word: str) -> str:
    return word.lower() if word.isascii() else word.translate(_FOLD).lower()


_new = object.__new__


class PhraseMatch:
    """What the callers read of a match of these patterns: the phrase as written
    (``m["hedge"]``, the hedge pattern's one group) and where it starts (``m.start()``,
    ``m.start("hedge")``: one offset, the patterns' lookarounds taking no characters)."""

    __slots__ = ("_phrase", "_start")

    def __init__(self, phrase: str, start: int) -> None:
        self._phrase = phrase
        self._start = start

    def __getitem__(self, group: str) -> str:
        if group != "hedge":
            raise IndexError(group)
        return self._phrase

    def start(self, group: str | int = 0) -> int:
        return self._start


class _Node:
    """The phrases ending in the words read so far (last word first): the words one
    further back that continue one (``longer``), and the first words that complete one,
    which may end a longer token ("(more than", "x>="), with their lengths, longest
    first."""

    __slots__ = ("firsts", "lengths", "longer")

    def __init__(self) -> None:
        self.longer: dict[str, _Node] = {}
        self.firsts: frozenset[str] = frozenset()
        self.lengths: tuple[int, ...] = ()


class _Tables(dict[str, tuple[_Node, int]]):
    """A language's tables of phrases by name, each as a tree of its phrases' words, last
    word first, with the most words a phrase has, built on first use (subscripts,
    cheaper than functools.cache or a key of two)."""

    def __init__(self, data: ModuleType) -> None:
        super().__init__()
        self._data = data

    def __missing__(self, name: str) -> tuple[_Node, int]:
        root = _Node()
        firsts: dict[int, set[str]] = {}
        reach = 1
        for phrase in getattr(self._data, name):
            words = phrase.lower().split()
            reach = max(reach, len(words))
            node = root
            for word in reversed(words[1:]):
                node = node.longer.setdefault(word, _Node())
            firsts.setdefault(id(node), set()).add(words[0])
        _settle(root, firsts)
        table = self[name] = (root, reach)
        return table


class _Languages(dict[ModuleType, _Tables]):
    """Each language's :class:`_Tables`, by data module."""

    def __missing__(self, data: ModuleType) -> _Tables:
        tables = self[data] = _Tables(data)
        return tables


def _settle(node: _Node, firsts: dict[int, set[str]]) -> None:
    mine = firsts.get(id(node), set())
    node.firsts = frozenset(mine)
    node.lengths = tuple(sorted({len(w) for w in mine}, reverse=True))
    for child in node.longer.values():
        _settle(child, firsts)


_tables = _Languages()


def hedge_ending(window: str, data: ModuleType) -> PhraseMatch | None:
    """The hedge of ``data.HEDGES`` ending ``window``, white space at most after it (none
    needed after a comparison, "x>="), as the lexicon's pattern "hedge_before" finds it:
    the one starting leftmost, after a character that is no letter or at a comparison."""
    head = window.rstrip()  # white space as the pattern's \s, the end as its "$"
    if len(head) == len(window) and head[-1:] not in COMPARISONS:
        return None
    return _read(window, head, _tables[data]["HEDGES"], comparisons=True)


def phrase_ending(window: str, data: ModuleType, table: str) -> PhraseMatch | None:
    """The phrase of the table ``table`` of ``data`` ending ``window``, then white space,
    as the lexicon's patterns of such tables ("range_opener": ``RANGE_OPENERS``,
    "change_from": ``CHANGE_FROM_WORDS``) find it: the one starting leftmost, after a
    character that is no letter."""
    head = window.rstrip()
    if len(head) == len(window):
        return None
    return _read(window, head, _tables[data][table], comparisons=False)


def phrase_ending_at(
    text: str, lo: int, end: int, lex: Lexicon, table: str, name: str
) -> int | None:
    """Where the phrase of the table ``table`` ending ``text[lo:end]``, then white space,
    starts, as the lexicon's pattern ``name`` of that table searched from ``lo`` to ``end``
    finds it ("delay_before": ``DELAY_BEFORE``, "record_before": ``RECORD_BEFORE``); None
    if it finds none.  Unlike a window of its own, the pattern looks behind ``lo``: a
    phrase read from there after a letter is the end of a word, and the pattern is asked
    where a later one might match (seldom: a window cut at a phrase's first letter)."""
    found = phrase_ending(text[lo:end], lex.data, table)
    if found is None:
        return None
    if found._start == 0 and lo > 0:
        before = text[lo - 1]
        if before.isalnum() and not before.isdecimal():  # [^\W\d_], the lookbehind's
            m = lex.patterns[name].search(text, lo, end)
            return None if m is None else m.start()
    return lo + found._start


def _read(
    window: str, head: str, table: tuple[_Node, int], comparisons: bool
) -> PhraseMatch | None:
    root, reach = table
    # A word more than the longest phrase has: its first word then ends a word of its own.
    words = head.rsplit(None, reach)
    k = len(words) - 1
    if k < 0:
        return None
    # The whole words a phrase's later words match, from the last back; then, from the
    # deepest, the word that ends in a phrase's first word: the deepest starts leftmost.
    # Words are folded here, not by a call, and the one the walk stopped at once: a
    # window is read once a figure at most, but each step costs.
    path = [root]
    node = root
    key = None
    while k:
        word = words[k]
        key = word.lower() if word.isascii() else word.translate(_FOLD).lower()
        child = node.longer.get(key)
        if child is None:
            break
        path.append(child)
        node = child
        k -= 1
        key = None
    for node in reversed(path):
        if node.firsts:
            token = words[k]
            if token.isalpha():  # a letter before any part of it: the whole word or none
                if key is None:
                    key = token.lower() if token.isascii() else token.translate(_FOLD).lower()
                size = len(token) if key in node.firsts else 0
            else:
                size = _first_word(token, node, comparisons)
            if size:
                depth = len(words) - 1 - k
                end = len(head.rsplit(None, depth)[0]) if depth else len(head)
                # Built by its slots: PhraseMatch's own __init__, entered from C through
                # the class's call, costs as much as the rest of a reading.
                found: PhraseMatch = _new(PhraseMatch)
                found._phrase = window[end - size : len(head)]
                found._start = end - size
                return found
        k += 1
        key = None
    return None


def _first_word(token: str, node: _Node, comparisons: bool) -> int:
    """The length of the longest first word of ``node``'s phrases ending ``token``,
    after a character that is no letter (``[^\\W\\d_]``), or with ``comparisons`` one
    opening with a comparison; 0 if none."""
    for size in node.lengths:
        if size > len(token):
            continue
        cut = len(token) - size
        part = token[cut:]
        if _fold(part) not in node.firsts:
            continue
        before = token[cut - 1] if cut else ""
        if not (before.isalnum() and not before.isdecimal()):
            return size
        if comparisons and part[0] in COMPARISONS:
            return size
    return 0
