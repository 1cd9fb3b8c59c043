"""Counts of one in words: "One man was killed", "killed one person", "one new case".

"one" is the commonest number word and mostly counts nothing ("one of the", "no one",
"at one point", "one another", "Formula One"), so the scanner skips it unless it stands
before what it counts: a singular noun, or one word and a singular noun ("one new
case", "one crew member"), not after a word that makes it no count, and not naming one
person who speaks or is described ("One witness said", "One victim, now 51,")
(docs/claims.md, "Counts of one").  The words are English data (``ONE_NOT_AFTER``,
``ONE_NOT_BEFORE``).
"""

from __future__ import annotations

import re

from claimdiff import nouns
from claimdiff.extract.amounts import Core
from claimdiff.lexicon import Lexicon
from claimdiff.text import opens_sentence

__all__ = ["counts_one"]

_WORD_BEFORE = re.compile(r"(?<![\w’'-])(?P<w>[^\W\d_][\w’'-]*)\s+$")
_WORD_AFTER = re.compile(r"[ \t]+(?P<w>[^\W\d_]+)(?![\w’'-])")
# How far back the word before "one" is looked for.
_REACH = 30


def counts_one(text: str, core: Core, lex: Lexicon) -> bool:
    """Whether the word "one" of ``core`` counts the noun after it ("One firefighter was
    hurt", "killed one person", "one new case of measles")."""
    if not lex.ONE_NOT_BEFORE:
        return False
    start, end = core.number.start, core.number.end
    if text[end : end + 1] in ("-", "‑"):
        return False  # "a one-off", "a one-time ally"
    if text[start].isupper() and not opens_sentence(text, start):
        return False  # "Formula One", "Channel One"
    before = _WORD_BEFORE.search(text, max(0, start - _REACH), start)
    if before is not None and before["w"].lower() in lex.ONE_NOT_AFTER:
        return False  # "no one", "at one point", "number one"
    first = _WORD_AFTER.match(text, end)
    if first is None or first["w"].lower() in lex.ONE_NOT_BEFORE:
        return False  # "one of", "one another", "one by one", "one way or another"
    word = first["w"]
    if word[:1].isupper():
        return False  # "One Direction", "one Ukrainian" is rare beside names
    if _singular_noun(word):
        return not _someone_named(text, start, first.end(), lex)
    second = _WORD_AFTER.match(text, first.end())
    if second is None or not second["w"][:1].islower() or not _singular_noun(second["w"]):
        return False
    return not _someone_named(text, start, second.end(), lex)


def _someone_named(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether "one" at ``start`` and its noun, ending at ``end``, pick out one person who
    speaks or is described, not a count: a reporting verb follows ("One witness said",
    "one resident told"), or an aside after "One" opening the sentence ("One victim, now
    51, told the jury"; not "buried one skier, who was dug out alive")."""
    if text[end : end + 1] == ",":
        return opens_sentence(text, start)
    after = _WORD_AFTER.match(text, end)
    return after is not None and after["w"].lower() in lex.speech.REPORTING_VERBS


def _singular_noun(word: str) -> bool:
    low = word.lower()
    return nouns.is_noun(low) and nouns.lemma(low) == low
