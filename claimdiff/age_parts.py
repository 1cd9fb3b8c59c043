"""An age's part in its story: whether its person did something or had it befall them.

Two reports of a crime or a crash often each give one age, and not always the same
person's: "A 23-year-old student was stabbed" against "A man, 27, has been charged".
The verb right after the age, or after the noun phrase it stands in, says which part
its person plays: a suspect's ("was arrested", "has been charged", "denies") or that of
someone harmed or saved ("was stabbed", "was rescued", "died").  Two ages of two parts
are two people's (docs/compare.md, "An age's part").  Auxiliaries and words in -ly may
come first ("has been", "was seriously"), and the person's place ("Smith, 34, of
Leeds, denies"); a negation leaves the part unread ("The driver, 61, was not
injured"), and so does any other word.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimdiff.lexicon import Lexicon

__all__ = ["BEFALLEN", "DOER", "part_of"]

DOER = "doer"
BEFALLEN = "befallen"
# How many words after the age are read: a place of a few words, the auxiliaries, the verb.
_REACH = 10
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?|,")


def part_of(after: str, lex: Lexicon) -> str | None:
    """The part of the person whose age ends just before ``after`` (the rest of its
    sentence): :data:`DOER`, :data:`BEFALLEN` or None.

    >>> from claimdiff.lexicon import get_lexicon
    >>> en = get_lexicon("en")
    >>> part_of(", has been charged with robbery.", en), part_of(" was stabbed.", en)
    ('doer', 'befallen')
    >>> part_of(", of Leeds, denies the charge.", en), part_of(", was not hurt.", en)
    ('doer', None)
    """
    data = lex.data
    if not data.AGE_AUXILIARIES:
        return None
    words = [m.group().lower() for m in _WORD.finditer(after, 0, 200)][:_REACH]
    i = 0
    if words[:1] == [","]:
        i = 1
    if i < len(words) and words[i] in data.AGE_PLACE_WORDS:
        # "Smith, 34, of Leeds, denies": the person's place, to its comma.
        close = words.index(",", i) if "," in words[i:] else -1
        if close < 0:
            return None
        i = close + 1
    passive = False
    negations = data.AGE_NEGATIONS
    while i < len(words) and (words[i] in data.AGE_AUXILIARIES or _adverb(words[i], negations)):
        passive |= words[i] in data.AGE_PASSIVE_MARKS
        i += 1
    if i >= len(words) or words[i] in negations:
        return None
    verb = words[i]
    if passive:
        if verb in data.AGE_DOER_PASSIVES:
            return DOER
        return BEFALLEN if verb in data.AGE_BEFALLEN_PASSIVES else None
    if verb in data.AGE_DOER_ACTIVES:
        return DOER
    return BEFALLEN if verb in data.AGE_BEFALLEN_ACTIVES else None


def _adverb(word: str, negations: frozenset[str]) -> bool:
    """A manner word between the auxiliaries and the verb ("was seriously injured",
    "was critically hurt")."""
    return word.endswith("ly") and word not in negations
