"""An age's part in its story: whether its person did something or had it befall them.

Two reports of a crime or a crash often each give one age, and not always the same
person's: "A 23-year-old student was stabbed" against "A man, 27, has been charged".
The verb right after the age, or after the noun phrase it stands in, says which part
its person plays: a suspect's ("was arrested", "has been charged", "denies") or that of
someone harmed or saved ("was stabbed", "was rescued", "died").  Two ages of two parts
are two people's (docs/compare.md, "An age's part").  Auxiliaries and words in -ly may
come first ("has been", "was seriously"), and the person's place ("Smith, 34, of
Leeds, denies"); a negation leaves the part unread ("The driver, 61, was not
injured"), and so does any other word; a second verb after "and" of the other part
leaves it unread too ("The driver, 24, was injured and was later arrested": one person
in both parts).  Where no verb after the age says, a suspect's or harm's participle
right before it does, the age its object ("Police arrested a 23-year-old man").
"""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING

from claimdiff.lazy_pattern import lazy_pattern

if TYPE_CHECKING:
    from claimdiff.lexicon import Lexicon

__all__ = ["BEFALLEN", "DOER", "READ_AFTER", "READ_BEFORE", "part_before", "part_of"]

DOER = "doer"
BEFALLEN = "befallen"
# How many words after the age are read: a place of a few words, the auxiliaries, the verb,
# and a second verb after "and".
_REACH = 16
# How many characters after an age, and before it, are read.
READ_AFTER = 300
READ_BEFORE = 40
_WORD = lazy_pattern(r"[A-Za-z]+(?:['’][A-Za-z]+)?|[,;:.!?]")
_CLAUSE_ENDS = frozenset(",;:.!?")
# The verb right before an age, an article between: "arrested a 23-year-old man".
_VERB_BEFORE = lazy_pattern(r"(?<![\w’'-])(?P<v>[a-z]+)\s+(?:(?:a|an|the)\s+)?$")


def part_of(after: str, lex: Lexicon) -> str | None:
    """The part of the person whose age ends just before ``after`` (the rest of its
    sentence): :data:`DOER`, :data:`BEFALLEN` or None.

    >>> from claimdiff.lexicon import get_lexicon
    >>> en = get_lexicon("en")
    >>> part_of(", has been charged with robbery.", en), part_of(" was stabbed.", en)
    ('doer', 'befallen')
    >>> part_of(", of Leeds, denies the charge.", en), part_of(", was not hurt.", en)
    ('doer', None)
    >>> part_of(", was injured and was later arrested.", en) is None
    True
    """
    data = lex.data
    if not data.AGE_AUXILIARIES:
        return None
    words = [m.group().lower() for m in _WORD.finditer(after, 0, READ_AFTER)][:_REACH]
    i = 1 if words[:1] == [","] else 0
    if i < len(words) and words[i] in data.AGE_PLACE_WORDS:
        # "Smith, 34, of Leeds, denies": the person's place, to its comma; with none,
        # to the first auxiliary ("A man, 42, from Hull has been charged").
        rest = range(i, len(words))
        comma = next((k + 1 for k in rest if words[k] == ","), None)
        helper = next((k for k in rest if words[k] in data.AGE_AUXILIARIES), None)
        place_end = comma if comma is not None else helper
        if place_end is None:
            return None
        i = place_end
    part, i = _read_verb(words, i, data)
    if part is None:
        return None
    # "was injured and was later arrested": a second verb of the other part.
    while i < len(words) and words[i] not in _CLAUSE_ENDS:
        if words[i] in data.AND_WORDS:
            other, i = _read_verb(words, i + 1, data)
            if other is not None and other != part:
                return None
            continue
        i += 1
    return part


def part_before(before: str, lex: Lexicon) -> str | None:
    """The part given by a participle right before an age, an article between (the words
    ``before`` it end there): "Police arrested a 23-year-old man" (a suspect), "a
    gunman who shot a 19-year-old" (someone harmed); else None.

    >>> from claimdiff.lexicon import get_lexicon
    >>> part_before("Police arrested ", get_lexicon("en"))
    'doer'
    """
    data = lex.data
    m = _VERB_BEFORE.search(before[-READ_BEFORE:].lower())
    return None if m is None else _passive_part(m["v"], data)


def _read_verb(words: list[str], i: int, data: ModuleType) -> tuple[str | None, int]:
    """The part the verb at ``words[i]`` gives, past auxiliaries and words in -ly, and
    the index after it; None where a negation or any other word stands."""
    passive = False
    start = i
    # Auxiliaries, and manner words in -ly ("was seriously injured", "was later charged").
    while i < len(words) and (words[i] in data.AGE_AUXILIARIES or words[i].endswith("ly")):
        passive |= words[i] in data.AGE_PASSIVE_MARKS
        i += 1
    helped = i > start
    if i >= len(words) or words[i] in data.AGE_NEGATIONS:
        return None, i + 1
    verb = words[i]
    if passive:
        return _passive_part(verb, data), i + 1
    if verb in data.AGE_DOER_ACTIVES or (not helped and verb in data.AGE_DOER_PASSIVES):
        # With no auxiliary a suspect's participle is a reduced relative ("A 25-year-old
        # man arrested at the scene"); a harm's is as often active ("A man, 30, stabbed
        # his neighbour": the one who stabbed).
        return DOER, i + 1
    return (BEFALLEN if verb in data.AGE_BEFALLEN_ACTIVES else None), i + 1


def _passive_part(verb: str, data: ModuleType) -> str | None:
    """The part a passive participle gives its person ("was arrested", "was stabbed")."""
    if verb in data.AGE_DOER_PASSIVES:
        return DOER
    return BEFALLEN if verb in data.AGE_BEFALLEN_PASSIVES else None
