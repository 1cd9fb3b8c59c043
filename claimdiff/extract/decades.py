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
from claimdiff.lexicon import Lexicon
from claimdiff.lexicon.folded import fold
from claimdiff.model import Quantity
from claimdiff.text import Lowered

__all__ = ["with_decades"]


# What a decade in digits holds, lower-cased: "40s", "40's", "40’s" (patterns.py, "decade").
_DECADE_DIGITS = ("0s", "0'", "0’")
# The shortest ending the decade words may share and be looked for in their place.
_MIN_SHARED = 3


@functools.cache
def _decade_keys(data: ModuleType) -> tuple[str, ...]:
    """What a text must hold for the decade pattern to match in it: "0s", "0'", "0’", and
    the ending all the decade words share ("ties" of "twenties" to "nineties"), one look
    for eight (a text holding it and none of them is searched in vain, and finds
    nothing), or the words themselves where they share none."""
    words = list(data.DECADE_WORDS)
    shared = min(words, key=len) if words else ""
    while shared and not all(w.endswith(shared) for w in words):
        shared = shared[1:]
    return (shared, *_DECADE_DIGITS) if len(shared) >= _MIN_SHARED else (*words, *_DECADE_DIGITS)


def _decade(word: str, lex: Lexicon) -> int:
    """The first year of a decade written in words or digits ("eighties", "40s")."""
    low = fold(word)  # as the pattern matched it: "ſixties" too
    return int(lex.DECADE_WORDS.get(low) or low[:2])


def with_decades(
    text: str, drafts: list[Draft], lex: Lexicon, low: Lowered | None = None
) -> list[Draft]:
    """``drafts`` with every decade of life in ``text`` as an age, in place of whatever
    the scan read over its words; ``low`` is ``text`` lower-cased, where read."""
    if not lex.DECADE_POSSESSIVES or "in " not in text:
        return drafts
    # The pattern, searched over the whole text, stops at every "in" (some 1.5% of reading
    # news); every match holds a decade, in words or as "40s", "40's", which most texts
    # name nowhere.
    low = Lowered(text) if low is None else low
    if not low.may_hold(_decade_keys(lex.data)):
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
