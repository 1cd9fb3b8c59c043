"""A person's decade of life: "in her eighties", "in his early 40s", "in their late twenties".

Read as an age (kind ``age``, in years) holding the decade, or the part of it named
(``DECADE_PARTS``: early is its first four years, mid the middle four, late the last
four), so that "in her eighties" conflicts with "the 91-year-old" and holds "aged 84"
(docs/claims.md, "Ages").  Only after "in" and a possessive (``DECADE_POSSESSIVES``), and
not before a noun: "the 1980s", "in the forties", "in their sixties pomp" are no one's age.
"""

from __future__ import annotations

import re

from claimdiff import nouns
from claimdiff.extract.overlay import overlay
from claimdiff.extract.precision import Draft
from claimdiff.lexicon import Lexicon
from claimdiff.model import Kind, Qualifier, Quantity

__all__ = ["with_decades"]

# The digits of a decade of life: "40s", "40's", "40’s".
_DIGITS = r"[1-9]0['’]?s"


def _pattern(lex: Lexicon) -> re.Pattern[str] | None:
    if not lex.DECADE_POSSESSIVES:
        return None
    words = "|".join(sorted(lex.DECADE_WORDS, key=len, reverse=True))
    parts = "|".join(re.escape(p) for p in sorted(lex.DECADE_PARTS, key=len, reverse=True))
    owners = "|".join(lex.DECADE_POSSESSIVES)
    decade = rf"(?:{words}|{_DIGITS})(?![\w'’])"
    return re.compile(
        rf"\bin\s+(?:{owners})\s+(?:(?P<part>{parts})\s*)?(?P<decade>{decade})"
        rf"(?:\s+(?:and|or|to)\s+(?P<last>{decade}))?(?P<noun>\s+[a-z]+)?",
        re.IGNORECASE,
    )


_PATTERNS: dict[str, re.Pattern[str] | None] = {}


def _decade(word: str, lex: Lexicon) -> int:
    """The first year of a decade written in words or digits ("eighties", "40s")."""
    low = word.lower()
    return int(lex.DECADE_WORDS.get(low) or low[:2])


def with_decades(text: str, drafts: list[Draft], lex: Lexicon) -> list[Draft]:
    """``drafts`` with every decade of life in ``text`` as an age, in place of whatever
    the scan read over its words."""
    if lex.lang not in _PATTERNS:
        _PATTERNS[lex.lang] = _pattern(lex)
    pattern = _PATTERNS[lex.lang]
    if pattern is None or "in " not in text:
        return drafts
    found = []
    for m in pattern.finditer(text):
        noun = (m["noun"] or "").strip().lower()
        if noun and noun not in lex.STOPWORDS and nouns.noun_classes(noun):
            continue  # "in their sixties pomp": the decade of a time, not an age
        start = _decade(m["decade"], lex)
        first, last = lex.DECADE_PARTS.get((m["part"] or "").lower(), (0, 9))
        end = m.end("last") if m["last"] else m.end("decade")
        if m["last"]:
            last = _decade(m["last"], lex) - start + 9
        q = Quantity(start + first, start + last, None, "year", Qualifier.RANGE)
        found.append(Draft(m.start(), end, Kind.AGE, q))
    return overlay(drafts, found)
