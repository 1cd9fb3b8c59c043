"""Ages given roughly: "aged about 30", "who is about 45", "The victim, thought to be
about 30,", "He was about 20 at the time" (docs/claims.md, "Ages").

A hedge before a number hides the age cue the exact readers look for right before it
(:mod:`claimdiff.extract.ages`), so a count read with a hedge is looked at again here:
after an age cue it is an age; after a word of estimate (``AGE_ESTIMATES``) it is one
when a person stands before the estimate or in it ("he was") and the number ends its
clause or a word that may follow an age comes next.  A person's age given roughly is a
guess within a few years, so "about" spreads it at most :data:`AGE_HEDGE_YEARS` either
side.
"""

from __future__ import annotations

import re

import attrs

from claimdiff import nouns
from claimdiff.extract.ages import OLDEST, WORD_THEN_SPACE, cue_before
from claimdiff.extract.members import AGE, COUNT
from claimdiff.extract.precision import Draft
from claimdiff.extract.said_ages import WORD_AFTER, may_end_with, person_named_before, plain_age
from claimdiff.lexicon import Lexicon
from claimdiff.model import Qualifier
from claimdiff.text import opens_sentence

__all__ = ["AGE_HEDGE_YEARS", "hedged_age"]

# "aged about 30" spans at most 27 to 33: a person's age given roughly is a guess at it
# within a few years, not within a fraction of it ("about 70" is not 60 to 80).
AGE_HEDGE_YEARS = 3
# How far back the word before a name is looked for.
_WORD_REACH = 40


def hedged_age(text: str, draft: Draft, lex: Lexicon, window: str, lo: int) -> Draft | None:
    """The age a hedged count ``draft`` states, or None.

    ``window`` is the text from ``lo`` up to the number.  The hedge must follow an age
    cue ("aged about 30", "at the age of around 12"), or a word of estimate said of
    someone ("who is about 45", "The victim, thought to be about 30,", "He was about 20
    at the time"), the number then ending its clause or followed by ``AFTER_AN_AGE`` (not
    "who is about 20 goals short"); a bare "is" or "was" asks what an exact age after
    them asks (:func:`claimdiff.extract.said_ages.plain_age`: not "Inflation in the UK
    was about 5", "The driver was about 7 in the standings").  "About" is spread at most
    :data:`AGE_HEDGE_YEARS` either side; a ceiling or a floor stays as stated ("aged up
    to 16").
    """
    q = draft.quantity
    if draft.kind is not COUNT or draft.start <= lo or q is None or q.value is None:
        return None
    if not 0 < q.value <= OLDEST:
        return None
    before = window[: draft.start - lo]
    a = cue_before(before)
    if a is not None and a["emphasis"]:
        a = None  # "aged just about": no age cue right before the hedge
    if a is None:
        a = _estimate(text, draft, lex, before, lo)
        if a is None:
            return None
    low, high = q.low, q.high
    if q.qualifier is Qualifier.APPROXIMATE:
        low = None if low is None else max(low, q.value - AGE_HEDGE_YEARS)
        high = None if high is None else min(high, q.value + AGE_HEDGE_YEARS)
    elif low is not None and low > 0:
        low = max(low, q.value - AGE_HEDGE_YEARS)  # "nearly 90": 87 to 90
    aged = Draft(lo + a.start(), draft.end, AGE, attrs.evolve(q, low=low, high=high, unit="year"))
    aged.noun = person_named_before(before[: a.start()], lex)
    return aged


def _estimate(text: str, draft: Draft, lex: Lexicon, before: str, lo: int) -> re.Match[str] | None:
    """The word of estimate before a hedged age, where it is said of someone."""
    if not may_end_with(before, lex.age_estimate_tails):
        return None  # most hedged counts: the pattern is neither searched nor compiled
    a = lex.patterns["age_estimate"].search(before)
    if a is None:
        return None
    said = a.group().split()
    if len(said) == 1 and said[0].lower() in lex.AGE_PLAIN_COPULAS:
        return a if plain_age(text, draft.end, lex, before[: a.start()], lo) else None
    if said[0].lower() not in lex.speech.PERSON_PRONOUNS and not _said_of_someone(
        text, before[: a.start()], lo, lex
    ):
        return None
    after = WORD_AFTER.match(text, draft.end)
    if after is not None and after["w"].lower() not in lex.AFTER_AN_AGE:
        return None  # "who is about 20 goals short"
    return a


def _said_of_someone(text: str, before: str, lo: int, lex: Lexicon) -> bool:
    """Whether the words before an estimate ("thought to be about 30", "who is about 45")
    end with a word for a person, "who", or a name: a capitalised word that neither opens
    its sentence ("Survivors, believed to be about 30") nor follows a preposition or an
    article ("cases in Leeds, thought to be about 40", "The FTSE, thought to be …")."""
    w = WORD_THEN_SPACE.search(before.rstrip(" ,") + " ")
    if w is None:
        return False
    word = w["w"]
    low = word.lower()
    if low in lex.AGE_PRONOUNS or nouns.names_a_person(low):
        return True
    if not word[:1].isupper() or opens_sentence(text, lo + w.start()):
        return False
    at = lo + w.start()  # read in the text: the window may cut the word before
    prev = WORD_THEN_SPACE.search(text, max(0, at - _WORD_REACH), at)
    if prev is None:
        return True
    return prev["w"].lower() not in lex.speech.PREPOSITIONS | lex.ARTICLES
