"""A person's decade of life: "in her eighties", "in his early 40s", "in their late twenties".

Read as an age (kind ``age``, in years) holding the decade, or the part of it named
(``DECADE_PARTS``: early is 0 to 4 years in, mid 3 to 7, late 5 to 9), so that "in her
eighties" conflicts with "the 91-year-old" and holds "aged 84" (docs/claims.md, "Ages").
Only after "in" and a possessive (``DECADE_POSSESSIVES``), and not before a noun: "the
1980s", "in the forties", "in their sixties pomp" are no one's age.  The pattern is the
lexicon's ("decade", claimdiff/lexicon/patterns.py).
"""

from __future__ import annotations

import functools
from types import ModuleType

from claimdiff import nouns
from claimdiff.extract.ages import person_before
from claimdiff.extract.members import AGE, RANGE
from claimdiff.extract.overlay import overlay
from claimdiff.extract.precision import Draft
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon
from claimdiff.lexicon.folded import fold
from claimdiff.model import Quantity
from claimdiff.text import Lowered

__all__ = ["may_name_decade", "with_decades"]


# What a decade in digits holds, lower-cased: "40s", "40's", "40’s": a first look (str.find),
# before the search below.
_DECADE_DIGITS = ("0s", "0'", "0’")
# A decade in digits as the pattern writes it ("40s", "40's", "40’s"), and not the end of
# a longer number: in a match white space or a part of the decade ("early", "mid-")
# stands before it, never a digit ("the 1990s" names no one's age).  It opens with the
# digit, which the engine skips to; the look behind comes after.
_DIGIT_DECADE = lazy_pattern(r"[1-9](?<!\d.)(?i:0['’]?s)")


# The shortest ending the decade words may share and be looked for first.
_MIN_SHARED = 3


@functools.cache
def _decade_words(data: ModuleType) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The ending all the decade words share ("ties" of "twenties" to "nineties"), looked
    for first (one look for eight: most texts hold none), and the words, lower case; the
    words twice where they share none."""
    words = tuple(w.lower() for w in data.DECADE_WORDS)
    shared = min(words, key=len) if words else ""
    while shared and not all(w.endswith(shared) for w in words):
        shared = shared[1:]
    return ((shared,) if len(shared) >= _MIN_SHARED else words), words


def may_name_decade(text: str, low: Lowered, lex: Lexicon) -> bool:
    """Whether ``text`` (``low`` lower-cased) may hold a match of the decade pattern: a
    decade word, or a decade in digits that ends no longer number; False only where it
    holds none."""
    first, words = _decade_words(lex.data)
    if low.may_hold(first) and low.may_hold(words):
        return True
    return low.may_hold(_DECADE_DIGITS) and _DIGIT_DECADE.search(text) is not None


def _decade(word: str, lex: Lexicon) -> int:
    """The first year of a decade written in words or digits ("eighties", "40s")."""
    low = fold(word)  # as the pattern matched it: "ſixties" too
    return int(lex.DECADE_WORDS.get(low) or low[:2])


def _may_hold_in(text: str) -> bool:
    """Whether ``text`` holds "in " as the pattern opens, in any case: "In his 40s, he
    ran the firm" opens a sentence with it."""
    return "in " in text or "In " in text or "IN " in text or "iN " in text


def with_decades(
    text: str, drafts: list[Draft], lex: Lexicon, low: Lowered | None = None
) -> list[Draft]:
    """``drafts`` with every decade of life in ``text`` as an age, in place of whatever
    the scan read over its words; ``low`` is ``text`` lower-cased, where read."""
    if not lex.DECADE_POSSESSIVES or not _may_hold_in(text):
        return drafts
    # The pattern, searched over the whole text, stops at every "in" (some 1.5% of reading
    # news); every match holds a decade, in words or as "40s", "40's", which most texts
    # name nowhere.  The words are looked for whole, as the ending they share ("ties") let
    # "authorities" and "parties" through; "0s" lets "the 1990s" through only to a search
    # for a decade in digits, which names none.
    if not may_name_decade(text, Lowered(text) if low is None else low, lex):
        return drafts
    found = []
    for m in lex.patterns["decade"].finditer(text):
        noun = (m["noun"] or "").strip().lower()
        if noun and noun not in lex.STOPWORDS and nouns.noun_classes(noun):
            continue  # "in their sixties pomp": the decade of a time, not an age
        start = _decade(m["decade"], lex)
        first, last = lex.DECADE_PARTS.get(fold(m["part"] or ""), (0, 9))
        end = m.end("last") if m["last"] else m.end("decade")
        if m["last"]:
            last = _decade(m["last"], lex) - start + 9
        q = Quantity(start + first, start + last, None, "year", RANGE)
        draft = Draft(m.start(), end, AGE, q)
        person = person_before(text, m.start(), lex)
        # Whose decade it is, where a noun names them ("a man in his 40s"), not a verb
        # ("The singer died in his 80s").
        draft.noun = person if person and nouns.is_noun(person) else None
        found.append(draft)
    return overlay(drafts, found)
