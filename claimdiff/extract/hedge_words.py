"""The hedge ending a window before a figure, read word by word from the lexicon's table.

The lexicon's pattern "hedge_before" finds the same hedge; compiling it (some ninety
phrases, under IGNORECASE) costs some 16 M instructions, more than a process's searches
with it together.  Read from the end of the window, a hedge is a few whole words and
the end of one more, which a table of the phrases' words, last word first, answers
exactly.  tests/test_hedge_words.py holds the two to each other.
"""

from __future__ import annotations

from types import ModuleType

__all__ = ["HedgeMatch", "hedge_ending"]

# The characters a comparison's hedge may open with, after a letter too ("x>=5"), and end
# with, white space after it not needed (the pattern's "(?=[<>=≤≥])" and lookbehind).
COMPARISONS = frozenset("<>=≤≥")

# The three characters IGNORECASE matches to an ASCII letter of a hedge that str.lower
# does not fold to it ("İ".lower() is two characters); every other character of the
# lexicons' hedges is matched where lower() gives it (tests/test_hedge_words.py checks
# each).  Both keep a word's length: the pattern matches one character for each.
_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def _fold(word: str) -> str:
    return word.lower() if word.isascii() else word.translate(_FOLD).lower()


class HedgeMatch:
    """What the callers read of a match of "hedge_before": the hedge as written
    (``m["hedge"]``) and where it starts (``m.start()``, ``m.start("hedge")``: one offset,
    the pattern's lookarounds taking no characters)."""

    __slots__ = ("_hedge", "_start")

    def __init__(self, hedge: str, start: int) -> None:
        self._hedge = hedge
        self._start = start

    def __getitem__(self, group: str) -> str:
        if group != "hedge":
            raise IndexError(group)
        return self._hedge

    def start(self, group: str | int = 0) -> int:
        return self._start


class _Node:
    """The phrases ending in the words read so far (last word first): the words one
    further back that continue one (``longer``), and the first words that complete one,
    which may end a longer token ("(more than", "x>="), by length, longest first."""

    __slots__ = ("firsts", "lengths", "longer")

    def __init__(self) -> None:
        self.longer: dict[str, _Node] = {}
        self.firsts: frozenset[str] = frozenset()
        self.lengths: tuple[int, ...] = ()


class _Tables(dict[ModuleType, tuple[_Node, int]]):
    """Each language's phrases as a tree of their words, last word first, with the most
    words a phrase has, by data module, built on first use (a subscript, cheaper than
    functools.cache)."""

    def __missing__(self, data: ModuleType) -> tuple[_Node, int]:
        root = _Node()
        firsts: dict[int, set[str]] = {}
        reach = 1
        for phrase in data.HEDGES:
            words = phrase.lower().split()
            reach = max(reach, len(words))
            node = root
            for word in reversed(words[1:]):
                node = node.longer.setdefault(word, _Node())
            firsts.setdefault(id(node), set()).add(words[0])
        _settle(root, firsts)
        table = self[data] = (root, reach)
        return table


def _settle(node: _Node, firsts: dict[int, set[str]]) -> None:
    mine = firsts.get(id(node), set())
    node.firsts = frozenset(mine)
    node.lengths = tuple(sorted({len(w) for w in mine}, reverse=True))
    for child in node.longer.values():
        _settle(child, firsts)


_tables = _Tables()


def hedge_ending(window: str, data: ModuleType) -> HedgeMatch | None:
    """The hedge of ``data.HEDGES`` ending ``window``, white space at most after it (none
    needed after a comparison, "x>="), as the lexicon's pattern "hedge_before" finds it:
    the one starting leftmost, after a character that is no letter or at a comparison."""
    head = window.rstrip()  # white space as the pattern's \s, the end as its "$"
    if len(head) == len(window) and head[-1:] not in COMPARISONS:
        return None
    root, reach = _tables[data]
    words = head.rsplit(None, reach - 1)
    n = len(words)
    if not n:
        return None
    # The whole words a phrase's later words match, from the last back; then, from the
    # deepest, the word that ends in a phrase's first word: the deepest starts leftmost.
    path = [root]
    node = root
    while len(path) < n:
        child = node.longer.get(_fold(words[n - len(path)]))
        if child is None:
            break
        path.append(child)
        node = child
    for depth in range(len(path) - 1, -1, -1):
        node = path[depth]
        if not node.firsts:
            continue
        token = words[n - 1 - depth]
        size = _first_word(token, node)
        if size:
            end = len(head.rsplit(None, depth)[0]) if depth else len(head)
            return HedgeMatch(window[end - size : len(head)], end - size)
    return None


def _first_word(token: str, node: _Node) -> int:
    """The length of the longest first word of ``node``'s phrases ending ``token``,
    after a character that is no letter (``[^\\W\\d_]``) or opening with a comparison;
    0 if none."""
    if token.isalpha():  # a letter before any part of it: the whole word or nothing
        return len(token) if _fold(token) in node.firsts else 0
    for size in node.lengths:
        if size > len(token):
            continue
        cut = len(token) - size
        part = token[cut:]
        if _fold(part) not in node.firsts:
            continue
        before = token[cut - 1] if cut else ""
        if not (before.isalnum() and not before.isdecimal()) or part[0] in COMPARISONS:
            return size
    return 0
