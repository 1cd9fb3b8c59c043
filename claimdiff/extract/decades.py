"""A person's decade of life: "in her eighties", "in his early 40s", "in their late twenties".

Read as an age (kind ``age``, in years) holding the decade, or the part of it named
(``DECADE_PARTS``: early is its first four years, mid the middle four, late the last
four), so that "in her eighties" conflicts with "the 91-year-old" and holds "aged 84"
(docs/claims.md, "Ages").  Only after "in" and a possessive (``DECADE_POSSESSIVES``):
"the 1980s", "temperatures in the forties" are no one's age.
"""

from __future__ import annotations

import re

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
    return re.compile(
        rf"\bin\s+(?:{owners})\s+(?:(?P<part>{parts})\s*)?(?P<decade>{words}|{_DIGITS})(?![\w'’])",
        re.IGNORECASE,
    )


_PATTERNS: dict[str, re.Pattern[str] | None] = {}


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
        decade = m["decade"].lower()
        start = lex.DECADE_WORDS.get(decade) or int(decade[:2])
        first, last = lex.DECADE_PARTS.get((m["part"] or "").lower(), (0, 9))
        q = Quantity(start + first, start + last, None, "year", Qualifier.RANGE)
        found.append(Draft(m.start(), m.end(), Kind.AGE, q))
    if not found:
        return drafts
    kept = [d for d in drafts if not any(f.start < d.end and d.start < f.end for f in found)]
    return sorted(kept + found, key=lambda d: (d.start, d.end))
