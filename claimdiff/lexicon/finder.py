"""The figure-start finder: where a figure may start, found at C speed.

The scan (:mod:`claimdiff.extract.starts`) checks each offset the finder gives
with the lexicon's start pattern; the finder only turns away, as cheaply as the
engine allows, the offsets where no figure can start.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from claimdiff.lexicon.regex import _NO_OTHER_LETTER, _NOT_LOWER_LETTER, DIGITS, _escaped

__all__ = ["start_finder"]

# What may follow a number word (it ends where a word does), a currency symbol glued to
# digits ("ksh12"), and a part of a number word written as one ("drei" of "dreiund").
_WORD_TAIL = r"(?![^\W\d_])"
_GLUED_TAIL = r"(?=\d)"


def start_finder(
    words: Iterable[str], pieces: Iterable[str] = (), glued: Iterable[str] = ()
) -> str:
    """A pattern for the offsets where a figure may start, on lower-cased text.

    It matches the character before each offset where ``words`` (lower case; each
    ends where a word does) or ``pieces`` (the parts of number words written as
    one, "drei" of "dreiundzwanzig") start after no letter, or digits or vulgar
    fractions start after no letter or digit.  It opens with that character, a
    class of non-letters the engine skips to at C speed, and looks ahead only
    there: far fewer offsets than a pattern opening with a lookbehind, tried at
    every one.  It may find more than the lexicon's start pattern, never less
    (but at the text's first character, which has nothing before it):
    :class:`claimdiff.extract.starts.Starts` checks each offset it finds.

    A currency symbol of ``glued`` touching digits ("ksh12") is found where it
    starts too; the start pattern is tried where its digits start (the lexicon's
    pattern "start_glued" reads the symbol).  No word or piece of a lexicon opens
    one of its symbols, so one branch at most matches at an offset.

    >>> import re
    >>> f = re.compile(start_finder(["one", "a few"], glued=["ksh"]))
    >>> [m.end() for m in f.finditer(" one, anyone, 12 or a  few ksh5")]
    [1, 14, 20, 27]
    """
    words, pieces, glued = list(words), list(pieces), list(glued)
    ahead = [r"[" + DIGITS + r"](?<![^\W_].)"]
    firsts = sorted({p[0] for p in (*words, *pieces, *glued) if p})
    if any(c.isspace() for c in firsts):
        tails = [(words, _WORD_TAIL), (pieces, ""), (glued, _GLUED_TAIL)]
        ahead += ["(?:" + _tailed(ps, tail) + ")" for ps, tail in tails if ps]
        return r"[\W\d_](?=" + "|".join(ahead) + ")"
    # Words, pieces and symbols in one tree of branches: the engine enters at most one
    # branch of it at most offsets, where a look-ahead for the words and a branch for
    # the symbols each cost a non-letter some hundreds of instructions (issue 12).  No
    # group marks a symbol's branch: a match object of thirty groups costs every start.
    tree: dict[str, Any] = {}
    for ps, tail in ((words, _WORD_TAIL), (pieces, ""), (glued, _GLUED_TAIL)):
        for p in ps:
            node = tree
            for ch in p:
                node = node.setdefault(ch, {})
            node.setdefault("", set()).add(tail)
    ahead += _parts(tree)  # at the top, beside the digits': one branch fewer to enter
    # Only a filter (the branches decide): written as the ASCII characters it turns
    # away, so that every character outside ASCII passes it and it holds no category
    # class (\d), which costs the engine a call a character, nor a range past the BMP,
    # which the compiler would walk.
    allowed = {*"0123456789", *(c for c in firsts if c.isascii())}
    lead = "(?=[^" + _ranges([c for c in map(chr, range(128)) if c not in allowed]) + "])"
    # The look for a letter of another script before the offset comes last: every
    # zero-width test stands at one offset, and the branches turn most away sooner.  The
    # text is lower-cased: the first class need leave out no capital (.regex.LOWER_NONLETTER).
    return _NOT_LOWER_LETTER + lead + "(?=" + "|".join(ahead) + ")" + _NO_OTHER_LETTER


def _tailed(phrases: list[str], tail: str) -> str:
    tree: dict[str, Any] = {}
    for p in phrases:
        node = tree
        for ch in p:
            node = node.setdefault(ch, {})
        node[""] = {tail}
    return _branch(tree)


def _branch(node: dict[str, Any]) -> str:
    parts = _parts(node)
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def _parts(node: dict[str, Any]) -> list[str]:
    """The branches of a tree of phrases whose ends (key "") hold their tails.  A subtree
    of one tail writes it once, after its phrases: the words' tail after each word made
    the pattern twice as long, and its compiling (in Python) twice as slow."""
    parts = sorted(node.get("", ()))
    for ch in sorted(node):
        if ch:
            ends = _tails(node[ch])
            if len(ends) == 1:
                parts.append(_escaped(ch) + _plain(node[ch]) + next(iter(ends)))
            else:
                parts.append(_escaped(ch) + _branch(node[ch]))
    return parts


def _tails(node: dict[str, Any]) -> set[str]:
    found = set(node.get("", ()))
    for ch, child in node.items():
        if ch:
            found |= _tails(child)
    return found


def _plain(node: dict[str, Any]) -> str:
    """The phrases of a subtree, tails left out, as :func:`.regex.alternation` writes them."""
    run = []
    while len(node) == 1 and "" not in node:
        ((ch, node),) = node.items()
        run.append(_escaped(ch))
    parts = [_escaped(ch) + _plain(node[ch]) for ch in sorted(node) if ch]
    if not parts:
        return "".join(run)
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    return "".join(run) + ("(?:" + body + ")?" if "" in node else body)


def _ranges(chars: list[str]) -> str:
    """``chars`` (sorted, ASCII) inside a character class, as runs of escaped ranges."""
    out, k = [], 0
    while k < len(chars):
        j = k
        while j + 1 < len(chars) and ord(chars[j + 1]) == ord(chars[j]) + 1:
            j += 1
        out.append(f"\\x{ord(chars[k]):02x}" + (f"-\\x{ord(chars[j]):02x}" if j > k else ""))
        k = j + 1
    return "".join(out)
