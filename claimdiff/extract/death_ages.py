"""Ages of a death: "The actor died at 88", "Having retired at 65", and with words
between the verb and "at" where someone died ("The sculptor died Sunday at 93", "She died
in hospital at 91"; docs/claims.md, "Ages").  The cues are the lexicon's
``AGE_DEATH_CUES`` and ``AGE_EVENT_CUES``.
"""

from __future__ import annotations

import functools
from types import ModuleType

from claimdiff import nouns, verbs
from claimdiff.extract.amounts import Core
from claimdiff.extract.precision import Draft
from claimdiff.extract.said_ages import (
    WORD_AFTER,
    WORD_BEFORE,
    age_of,
    names_someone,
    person_named_before,
)
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon

__all__ = ["death_age"]


def death_age(text: str, core: Core, lex: Lexicon, window: str) -> Draft | None:
    """ "The actor died at 88", "Having retired at 65": a bare number from
    ``FEWEST_YEARS_NOT_AN_HOUR`` after ``AGE_DEATH_CUES`` or ``AGE_EVENT_CUES`` that
    ends its clause or is followed by a word that may follow an age ("died at 88 in
    hospital", "died at 88 on Sunday")."""
    if not lex.AGE_DEATH_CUES or not window.endswith(" "):
        return None
    tail = window.lower().rstrip()
    cues = (*lex.AGE_DEATH_CUES, *lex.AGE_EVENT_CUES)
    cue = next((c for c in cues if tail.endswith(c)), None)
    if cue is None:
        # The death's words end with a cue's last word ("at") before the white space: a
        # last letter in ASCII that ends none is no death's, and the pattern, opening
        # with a look-behind tried at every offset, is not searched.  (A letter outside
        # ASCII may match one case-blind, "ſ" an "s": the pattern is asked.)
        last = tail[-1:]
        if last and last.isascii() and last not in _last_letters(lex.data):
            return None
        return _death_with_words(text, core, lex)
    start = len(tail) - len(cue)
    if start > 0 and tail[start - 1].isalpha():
        return None
    if not _ends_an_age(text, core, lex):
        return None
    person = person_named_before(window[:start] + " ", lex)
    if person is not None and verbs.bases(person) and not nouns.is_noun(person):
        person = None  # "Having retired at 65": no one's name
    return age_of(core, person)


def _ends_an_age(text: str, core: Core, lex: Lexicon) -> bool:
    """Whether a death's age may end at ``core``: past a clock's hours ("died at 4 in
    the morning", "died at 8"), ending its clause or followed by a word that may follow
    an age ("died at 88 on Sunday")."""
    if core.number.value < lex.FEWEST_YEARS_NOT_AN_HOUR:
        return False
    after = WORD_AFTER.match(text, core.end)
    return after is None or after["w"].lower() in lex.AFTER_AN_AGE | lex.AFTER_A_DEATH_AGE


@functools.cache
def _last_letters(data: ModuleType) -> frozenset[str]:
    """The last letters, lower case, of the cues' last words ("t" of "died at")."""
    return frozenset(cue.rsplit(" ", 1)[-1][-1:].lower() for cue in data.AGE_DEATH_CUES)


# How far back a death's verb is looked for before its age.
_DEATH_REACH = 80


def _death_with_words(text: str, core: Core, lex: Lexicon) -> Draft | None:
    """ "The sculptor died Sunday at 93", "She died in hospital at 91": a death's age with
    one to three words between its verb and "at", when a person, or a pronoun for one,
    died (not "The wind died down at 14", "The scheme died in committee at 15") and the
    words between are no particle nor verb ("died out at 74", "who died lived at 41")."""
    lo = max(0, core.start - _DEATH_REACH)
    m = lex.patterns["death_words"].search(text, lo, core.start)
    if m is None or not _ends_an_age(text, core, lex):
        return None
    between = m.group(1).split()
    if between[0].lower() in lex.VERB_PARTICLES:
        return None
    if any(verbs.bases(w.lower()) and not nouns.is_noun(w.lower()) for w in between):
        return None
    before = _without_aside(text[lo : m.start()], lex)
    word = WORD_BEFORE.search(before)
    if word is None or not names_someone(word["w"], lex):
        return None  # "The scheme died in committee": no one's death
    return age_of(core, person_named_before(before, lex))


# A relative clause set off by commas, closing right before the verb: "Harold Jensen,
# who founded the firm in 1952, died".
_ASIDE = lazy_pattern(r",\s+(?P<w>[^\W\d_]+)\b[^,]*,\s*$")


def _without_aside(before: str, lex: Lexicon) -> str:
    """``before`` without a relative clause between commas at its end, where one is."""
    m = _ASIDE.search(before)
    if m is None or m["w"].lower() not in lex.RELATIVE_PRONOUNS:
        return before
    return before[: m.start()] + " "
