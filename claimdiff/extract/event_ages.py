"""Ages after "at" in a person's clause: "announced her retirement at 27 on Monday", "who
was diagnosed with Parkinson's disease at 48,", "published her debut novel at 62 after".

The lexicon's cues ("died at", "retired at": claimdiff/extract/said_ages.py) name a few
events of a life; writers date many more by the age they happened at.  A bare whole
number from ``FEWEST_YEARS_NOT_AN_HOUR`` to :data:`~claimdiff.extract.ages.OLDEST` right
after "at" is an age when all of these hold:

- it ends its clause, or the word after it is one that may follow an age
  (``AFTER_AN_AGE``, ``AFTER_A_DEATH_AGE``: "at 62 after", "at 27 on Monday");
- its clause names a person before it: a pronoun (``AGE_PRONOUNS``, "her", "his") or a
  word for a person (a name alone is not enough: "Apple shares traded at 45");
- the word right before "at" names no person: "the neighbour at 42," is an address, "the
  leader at 14." a score, "their captain at 78." a minute;
- a verb stands in the clause before "at", and the word right before "at" is none of the
  lexicon's ``LEVEL_WORDS``, which set a figure's level ("stood at 41", "finished at 68",
  "ranked at 45", "clocked at 70").

A clock's hours (under 13) and figures with a unit, a sign, decimals or grouping are
never read so ("at 3pm", "at 41%", "at 1,200").
"""

from __future__ import annotations

import re

from claimdiff import nouns, verbs
from claimdiff.extract.amounts import Core
from claimdiff.extract.precision import Draft
from claimdiff.extract.said_ages import WORD_AFTER, age_of, person_named_before
from claimdiff.lexicon import Lexicon

__all__ = ["event_age"]

_OLDEST = 120
# The clause before the number: from the last clause break.
_CLAUSE_BREAK = re.compile(r"[.;:!?()\"“”]|,\s")
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_AT = re.compile(r"(?<![\w’'-])at\s+$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)]|$)")
# Possessives that name a person as surely as a pronoun: "announced her retirement".
_PERSON_POSSESSIVES = frozenset({"her", "his"})
_WHO = re.compile(r"(?<![\w’'-])who\s", re.IGNORECASE)


def event_age(text: str, core: Core, lex: Lexicon, window: str) -> Draft | None:
    """The age ``core`` gives after "at" in a person's clause (see the module), or None."""
    if not lex.LEVEL_WORDS:
        return None
    at = _AT.search(window)
    if at is None:
        return None
    value = core.number.value
    if not lex.FEWEST_YEARS_NOT_AN_HOUR <= value < _OLDEST:
        return None
    after = WORD_AFTER.match(text, core.end)
    if _CLAUSE_END.match(text, core.end) is None:
        ends = lex.AFTER_AN_AGE | lex.AFTER_A_DEATH_AGE
        if after is None or after["w"].lower() not in ends:
            return None
    before = window[: at.start()]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end() :] if breaks else before
    words = _WORD.findall(clause)
    if not words or words[-1].lower() in lex.LEVEL_WORDS:
        return None
    if nouns.names_a_person(words[-1].lower()):
        return None  # "the neighbour at 42," an address; "the leader at 14." a score
    lowered = [w.lower() for w in words]
    person = next(
        (
            w
            for w in lowered
            if w in lex.AGE_PRONOUNS or w in _PERSON_POSSESSIVES or nouns.names_a_person(w)
        ),
        None,
    )
    if person is None:
        return None  # a capitalised word may be a firm's ("Apple shares traded at 45")
    if not any(verbs.bases(w) for w in lowered):
        return None
    if person in lex.AGE_PRONOUNS or person in _PERSON_POSSESSIVES:
        # Whose age: the noun before a relative clause ("her husband, Earl, who died in
        # 2009 at 91": husband), as after "died at" (claimdiff/extract/said_ages.py).
        m = _WHO.search(before)
        person = person_named_before(before[: m.start()] + " ", lex) if m else None
    return age_of(core, person)
