"""The figure-start finder: where a figure may start, found at C speed.

The scan (:mod:`claimdiff.extract.starts`) checks each offset the finder gives
with the lexicon's start pattern; the finder only turns away, as cheaply as the
engine allows, the offsets where no figure can start.  The scan searches the same
phrases in an ASCII copy of the text (:func:`copy_finders`), where its pattern opens
with one literal character; the finder itself decides only after a letter outside ASCII.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

from claimdiff.lexicon.regex import _NO_OTHER_LETTER, _NOT_LOWER_LETTER, DIGITS, _escaped

__all__ = [
    "COPY", "COPY_OF_ASCII", "COPY_OF_LATIN1", "CopyFinders", "copy_finders", "marked_phrases",
    "start_finder",
]  # fmt: skip

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


def _branch(
    node: dict[str, Any], escaped: Callable[[str], str] = _escaped, tails: _Tails | None = None
) -> str:
    parts = _parts(node, escaped, tails)
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


_Tails = dict[int, set[str]]


def _parts(
    node: dict[str, Any], escaped: Callable[[str], str] = _escaped, tails: _Tails | None = None
) -> list[str]:
    """The branches of a tree of phrases whose ends (key "") hold their tails, each key
    written by ``escaped``.  A subtree of one tail writes it once, after its phrases: the
    words' tail after each word made the pattern twice as long, and its compiling (in
    Python) twice as slow.  ``tails``: each subtree's (by id), found once for the tree."""
    if tails is None:
        tails = {}
        _tails(node, tails)
    parts = sorted(node.get("", ()))
    for ch in sorted(node):
        if ch:
            ends = tails[id(node[ch])]
            if len(ends) == 1:
                parts.append(escaped(ch) + _plain(node[ch], escaped) + next(iter(ends)))
            else:
                parts.append(escaped(ch) + _branch(node[ch], escaped, tails))
    return parts


def _tails(node: dict[str, Any], found: _Tails) -> set[str]:
    """The tails of ``node``'s phrases, each subtree's put in ``found`` by its id."""
    ends = set(node.get("", ()))
    for ch, child in node.items():
        if ch:
            ends |= _tails(child, found)
    found[id(node)] = ends
    return ends


def _plain(node: dict[str, Any], escaped: Callable[[str], str] = _escaped) -> str:
    """The phrases of a subtree, tails left out, as :func:`.regex.alternation` writes them."""
    run = []
    while len(node) == 1 and "" not in node:
        ((ch, node),) = node.items()
        run.append(escaped(ch))
    parts = [escaped(ch) + _plain(node[ch], escaped) for ch in sorted(node) if ch]
    if not parts:
        return "".join(run)
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    if "" in node:
        # No group more than needed: the parser's time goes by the group.
        body = body + "?" if len(parts) > 1 or _one_character(body) else "(?:" + body + ")?"
    return "".join(run) + body


def _one_character(written: str) -> bool:
    return len(written) == 1 or (len(written) == 2 and written[0] == "\\")


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


# The copy the copy finders search (see copy_finders): bytes of a lower-cased window encoded
# to ASCII with "?" for every other character, then translated: a letter stays, a digit is
# "0", "?" stays (a character outside ASCII, or "?" itself) and any other character is a
# space.  A window all in ASCII has no character to stand for: its "?" is a space too.  A
# space is put after the window: the finders match the character after a word, which no
# letter may be, rather than look ahead for it.
COPY = bytes(
    c if 97 <= c <= 122 else 48 if 48 <= c <= 57 else 63 if c == 63 else 32 for c in range(256)
)
COPY_OF_ASCII = COPY.replace(b"?", b" ")
# A window of Latin-1 (encoded so, one byte a character) is copied with "?" for each of its
# letters and digits outside ASCII, a space for the rest ("£", a no-break space).
COPY_OF_LATIN1 = COPY_OF_ASCII[:128] + bytes(
    63 if chr(c).isalnum() else 32 for c in range(128, 256)
)


class CopyFinders(NamedTuple):
    """The start finder's offsets, found in the ASCII copy of a window (:data:`COPY`), by
    what stands before each: a space (any ASCII character but a letter or digit), a digit,
    or a "?" (a character outside ASCII).  Each opens with that one character, which the
    engine skips to several times faster than to a class of characters.  ``marked`` are the
    phrases opening with a mark ("$us", "£e"): the caller finds them in the window itself
    (a space before each in the copy would have every space followed by a space tried)."""

    after_space: str
    after_digit: str
    after_other: str
    marked: tuple[str, ...]


def copy_finders(
    words: Iterable[str] = (), pieces: Iterable[str] = (), glued: Iterable[str] = ()
) -> CopyFinders:
    """Patterns (ASCII sources, compiled for bytes) that find in a window's copy every offset
    :func:`start_finder` finds in the window, and some more: a "?" may stand for any
    character outside ASCII and a space for any ASCII one but a letter or digit, so each is
    taken as whatever lets a start follow.  The caller checks each offset as the start
    finder's.  No digit starts after a digit (it would be inside a number).

    A match may take in the character after a phrase: the next is searched for from one past
    the start of the last (its phrase is checked there).

    >>> import re
    >>> f = copy_finders(["one", "a few"], glued=["ksh", "$us"])
    >>> copy = " one, anyone, 12 or a  few ksh5 $us5 ".encode().translate(COPY)
    >>> find, starts = re.compile(f.after_space.encode()).search, [0]
    >>> while (m := find(copy, starts[-1])) is not None:
    ...     starts.append(m.start() + 1)
    >>> starts[1:], f.marked
    ([1, 14, 20, 27], ('$us',))
    """
    tree: dict[str, Any] = {}
    marked = []
    seconds: dict[str, set[str]] = {}  # each phrase's first unit -> what may follow it
    # The tails are matched, not looked ahead for (the parser's time goes by the group, and
    # only where a match starts is read); the copy ends with a space (see COPY), so that a
    # word may end the window.
    for ps, tail in ((words, "[^a-z]"), (pieces, ""), (glued, "[0?]")):
        for p in ps:
            if _marked(p):
                marked.append(p)
                continue
            units = list(p) if p.isascii() and p.isalpha() else [_in_copy(ch) for ch in p]
            node = tree
            for unit in units:
                node = node.setdefault(unit, {})
            node.setdefault("", set()).add(tail)
            if units:
                seconds.setdefault(units[0], set()).add(
                    _opening(units[1]) if len(units) > 1 else tail
                )
    phrases = "|".join(_parts(tree, str))
    # The phrases' first two characters only: a pattern an eighth of the size, compiled in
    # a tenth of the time (the whole tree thrice added some 15 ms to a process), which lets
    # through a few more offsets, all checked anyway.  Each side pass looks first for what
    # may follow at all: one class, where the branches would cost a digit some hundreds of
    # instructions.
    pairs = _pairs(seconds)
    return CopyFinders(
        " (?:[0?]|" + phrases + ")",
        "0(?=[a-z?])(?=" + pairs + ")",
        r"\?(?=[0?a-z])(?=[0?]|" + pairs + ")",
        tuple(sorted(set(marked))),
    )


def marked_phrases(phrases: Iterable[str]) -> tuple[str, ...]:
    """The phrases opening with a mark ("$us", "£e"), left out of the copy finders."""
    return tuple(sorted({p for p in phrases if _marked(p)}))


def _marked(phrase: str) -> bool:
    return bool(phrase) and not "a" <= phrase[0] <= "z" and _in_copy(phrase[0]) in (" ", "[ ?]")


def _opening(unit: str) -> str:
    """The characters of the copy a unit written by :func:`_in_copy` may open with."""
    return _OPENINGS.get(unit, unit)


_OPENINGS = {"[ ?\\x00]+": " ?\x00", "[ ?]": " ?", r"\?": "?"}


def _pairs(seconds: dict[str, set[str]]) -> str:
    """A pattern matching where a phrase of the copy may start, by its first two characters:
    ``seconds`` maps each first unit (a letter or "?") to the characters the unit after it
    may open with, or to the phrase's tail where it is that unit alone.  Letters followed
    by one class share a branch."""
    by_class: dict[str, list[str]] = {}
    alone = []
    for first, follows in sorted(seconds.items()):
        if not ("a" <= first <= "z" or first == r"\?"):
            raise ValueError(f"a phrase opening with {first!r} in the copy")
        if "" in follows:  # a part of a word alone: anything may follow
            alone.append(first)
            continue
        if "[^a-z]" in follows:  # a word of one letter
            alone.append(first + "[^a-z]")
        chars = set("".join(follows - {"[^a-z]", "[0?]"}))
        if "[0?]" in follows:  # a currency symbol of one letter, touching digits
            chars |= {"0", "?"}
        if chars:
            escaped = "".join(sorted(chars)).replace("?", r"\?").replace("\x00", r"\x00")
            by_class.setdefault(escaped if len(chars) == 1 else f"[{escaped}]", []).append(first)
    for second, firsts in by_class.items():
        letters = [f for f in firsts if f != r"\?"]
        if len(letters) < len(firsts):
            alone.append(r"\?" + second)
        if letters:
            alone.append((letters[0] if len(letters) == 1 else f"[{''.join(letters)}]") + second)
    return "|".join(alone)


def _in_copy(ch: str) -> str:
    """``ch`` of a phrase as the copy holds it (white space in a phrase is a run)."""
    if ch.isspace():
        return "[ ?\\x00]+"
    if "a" <= ch <= "z":
        return ch
    if ch.isascii():
        return " "
    # Outside ASCII, "?" (a letter of Latin-1 too); a mark of Latin-1 ("£") is a space in
    # the copy of a window of Latin-1.
    return r"\?" if ord(ch) > 255 or ch.isalnum() else "[ ?]"
