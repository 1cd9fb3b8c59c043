"""Cheap looks before a pattern: what must stand in a text for it to match, and the
characters a case-blind letter matches.

A pattern searched over a sentence is tried after every non-letter, and a case-blind one
opening with a letter at every offset; a few ``in`` tests, or a pattern opening with a
class the engine skips to, cost a fraction of that where the answer is the same.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

__all__ = [
    "CASE_BLIND_EXTRA", "FOLDS_TO_ASCII", "Openers", "any_case", "gated", "may_hold", "openers",
]  # fmt: skip


def openers(phrases: Iterable[str]) -> tuple[str, ...]:
    """The first word of each phrase (up to its first white space), none kept that holds
    another: every match of the phrases' alternation holds one of these as it is written.

    >>> openers(["first half", "first-half", "h1", "half year"])
    ('h1', 'half', 'first')
    """
    kept: list[str] = []
    for h in sorted({p.split(None, 1)[0] for p in phrases if p.strip()}, key=lambda h: (len(h), h)):
        if not any(k in h for k in kept):
            kept.append(h)
    return tuple(kept)


class Openers(NamedTuple):
    """Openers for :func:`may_hold`: ``words`` looked for in every text, and ``behind``
    the rest, in groups, each behind one character every word of the group holds."""

    words: tuple[str, ...]
    behind: tuple[tuple[str, tuple[str, ...]], ...] = ()


# ``in`` finds one character at memchr speed, some fifth of what finding a word of two
# letters or more costs: a word holding one of these is looked for only in a text
# holding that character ("q3" and "3q" where a "q" stands), and the answer is the
# same, as a text holding the word holds each of its characters.  Letters rare in
# running text first; then those a sentence of figures lacks often enough ("of" holds an
# "f", but a quarter of news sentences have none; a sentence has a digit, seldom each).
_GUARDS = "qjxzf1234"


def gated(words: Iterable[str]) -> Openers:
    """``words`` as :class:`Openers`, each holding a guard behind the first it holds.

    >>> gated(("1q", "q1", "fy", "this", "1st"))
    Openers(words=('this',), behind=(('q', ('1q', 'q1')), ('f', ('fy',)), ('1', ('1st',))))
    """
    rest = tuple(words)
    behind: list[tuple[str, tuple[str, ...]]] = []
    for guard in _GUARDS:
        group = tuple(w for w in rest if len(w) > 1 and guard in w)  # one character: as cheap
        if group:
            behind.append((guard, group))
            rest = tuple(w for w in rest if w not in group)
    return Openers(rest, tuple(behind))


# Characters a case-blind pattern matches to an ASCII letter that ``str.lower`` leaves as
# they are (dotless i, long s): a lower-cased text holding one may match a phrase whose
# opener it does not hold.  Each is found by ``in``, faster than a regex pass.
FOLDS_TO_ASCII = ("\u0131", "\u017f")


# The characters other than its two cases that a case-blind pattern matches to an ASCII
# letter (tests/test_unicode.py checks this against every code point).
CASE_BLIND_EXTRA = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def any_case(letter: str) -> str:
    """Every character a case-blind pattern matches to the ASCII ``letter``, for a class.

    A case-blind pattern opening with a letter gives the engine no first character to
    skip to (``re._compiler._get_charset_prefix`` refuses cased literals under
    IGNORECASE), so it is tried at every offset; one opening with this class,
    case-sensitive, is tried only where the letter stands.

    >>> any_case("s"), any_case("A")
    ('Ssſ', 'Aa')
    """
    low = letter.lower()
    return "".join(sorted({low, low.upper(), *CASE_BLIND_EXTRA.get(low, "")}))


def may_hold(low: str, words: Openers, *, case_blind: bool = False) -> bool:
    """Whether ``low`` (lower-cased) may hold a phrase whose :func:`openers` are ``words``
    (:func:`gated`).

    Searching a sentence for a handful of literal words with ``in`` costs a tenth of a
    pass of the phrases' pattern, which the engine tries after every non-letter; most
    sentences hold none, and the pattern is searched only where one stands.  A
    ``case_blind`` pattern may also match at a character of :data:`FOLDS_TO_ASCII`.
    """
    for w in words.words:  # a loop, not any() of a generator: half the cost of each test
        if w in low:
            return True
    for guard, group in words.behind:
        if guard in low:
            for w in group:
                if w in low:
                    return True
    return case_blind and (FOLDS_TO_ASCII[0] in low or FOLDS_TO_ASCII[1] in low)
