"""Centuries written with an ordinal: "the 19th century", "19th-century", "the early
twentieth century", "the third century AD" (docs/claims.md, "Years").

Read as a year (kind ``year``) spanning the century as news uses it, its hundred ("the
19th century": 1800 to 1899), or the part named (``DECADE_PARTS``, ten times as long:
"the early 19th century" is 1800 to 1849), so that it meets "the 1800s" and holds
"1851".  A century before Christ ("the 3rd century BC") is no claim: no year here is
below one; nor is the present one ("21st-century skills"), a name ("Twentieth Century
Fox") or a batsman's hundred after a possessive or an article (``CENTURY_NOT_AFTER``:
"scored his 19th century", "Root's 19th century", "a first century").  The pattern
is the lexicon's ("century", claimdiff/lexicon/patterns.py), tried only where a
century's word stands.
"""

from __future__ import annotations

import re

from claimdiff.extract.members import RANGE, YEAR
from claimdiff.extract.precision import Draft
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon
from claimdiff.model import Quantity
from claimdiff.text import Lowered

__all__ = ["centuries"]

# How far before its word a century's ordinal and part may start: "mid-twenty-first ".
_REACH = 24
# The word right before a match.
_WORD_BEFORE = lazy_pattern(r"(?P<w>[^\W\d_]+)\s+$")
# The centuries read: up to the twentieth.  The present one is no era a report checks
# ("21st-century skills", "in the 21st century").
_LAST = 20


def centuries(text: str, lex: Lexicon, low: Lowered | None = None) -> list[Draft]:
    """Each century written with an ordinal in ``text``, as a year's span, in text
    order.  ``low`` is ``text`` lower-cased, where read."""
    if not lex.CENTURY_WORDS:
        return []
    found = (Lowered(text) if low is None else low).occurrences(lex.CENTURY_WORDS)
    if not found:
        return []
    pattern = lex.patterns["century"]
    out: list[Draft] = []
    for i in found:
        for m in pattern.finditer(text, max(0, i - _REACH), i + _REACH):
            if m.start("word") != i:
                continue
            if not _an_era(text, m, lex):
                break
            draft = _century(m, lex)
            if draft is not None and (not out or out[-1].end <= draft.start):
                out.append(draft)
            break
    return out


def _an_era(text: str, m: re.Match[str], lex: Lexicon) -> bool:
    """Whether the match names an era, not a batsman's hundred ("scored his 19th
    century", "Root's 19th century", "hit a first century on debut"; an article is read
    only before the adjective, "a 19th-century house"), a name ("Twentieth Century Fox",
    "The 19th Century Society") or an ordinal's last word ("the twenty first century")."""
    if m["word"][:1].isupper():
        return False  # a name's word, or a title's
    head = text[max(0, m.start() - _REACH) : m.start()].rstrip()
    if head.endswith(("'s", "’s", "s'", "s’")):
        return False
    before = _WORD_BEFORE.search(head + " ")
    if before is None:
        return True
    word = before["w"].lower()
    if word in lex.CENTURY_NOT_AFTER or word in lex.TENS:
        return False
    hyphened = "-" in text[m.end("n") : m.start("word")]
    return not (word in lex.CENTURY_ARTICLES and not hyphened)


def _century(m: re.Match[str], lex: Lexicon) -> Draft | None:
    """The draft of one match of the century pattern, or None (a century before Christ,
    or past the last read)."""
    era = (m["era"] or "").lower()
    if era in lex.CENTURY_ERAS_BEFORE:
        return None
    n = m["n"].lower()
    number = int(n[:-2]) if n[:1].isdigit() else lex.CENTURY_ORDINALS[n]
    if not 1 <= number <= _LAST:
        return None
    first, last = 0, 9
    if m["part"]:
        first, last = lex.DECADE_PARTS[m["part"].lower()]
    start = (number - 1) * 100
    q = Quantity(max(1, start + first * 10), start + last * 10 + 9, None, None, RANGE)
    return Draft(m.start(), m.end(), YEAR, q)
