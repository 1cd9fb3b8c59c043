"""The head of a subject's noun phrase: the noun a figure after the verb is a figure of.

"Britain's exports to Norway rose to £4.6bn": the phrase ends with "Norway", the object
of a preposition, and its head is "exports".  Without a part-of-speech tagger, a word is
taken as part of a noun phrase when it is a determiner, a name, a piece of a hyphened
word, a noun WordNet knows, or a word no verb makes (docs/claims.md, "What is counted").
"""

from __future__ import annotations

import re

from claimdiff import nouns, verbs
from claimdiff.lexicon import Lexicon

__all__ = ["head_of", "in_noun_phrase", "preposition_before"]

# Words between a preposition and the noun it governs: "at Apple's services business".
_PP_REACH = 5


def preposition_before(words: list[re.Match[str]], k: int, lex: Lexicon) -> int | None:
    """The index of the preposition opening the phrase that ends with ``words[k]``."""
    for j in range(k - 1, max(-1, k - 1 - _PP_REACH), -1):
        if words[j].group().lower() in lex.PHRASE_PREPOSITIONS:
            return j
    return None


def in_noun_phrase(m: re.Match[str], lex: Lexicon) -> bool:
    """Whether the word may stand inside a noun phrase: a determiner, a name, a part of
    a hyphened word ("family-owned"), a noun, or a word no verb makes ("rural")."""
    word = m.group()
    low = word.lower()
    if word[0].isupper() or m.string[m.start() - 1 : m.start()] == "-":
        return True
    if low in lex.COMMON_VERBS or low in lex.CLAUSE_OPENERS:
        return False  # "forecast that rates will fall": a clause begins
    # "said", "would": a verb's form and no noun, even among the stop words.
    return nouns.is_noun(low) or not verbs.bases(low)


def head_of(words: list[re.Match[str]], k: int, lex: Lexicon) -> str:
    """The head of the noun phrase ending with ``words[k]``: past the prepositional
    phrases it ends with, "Britain's exports to Norway" → exports, "Sales of the drug in
    Europe" → sales, "Unemployment in Spain" → unemployment; "of" and "in" after a
    word of quantity or change give way ("the number of nurses in Wales" → nurses, "an
    increase in the dividend" → dividend)."""
    head = k
    if not in_noun_phrase(words[k], lex):
        return words[k].group().lower()  # "willing to invest": a verb, no noun phrase
    while True:
        prep = preposition_before(words, head, lex)
        if prep is None or prep == 0:
            break
        # Only determiners, names, nouns and words no verb makes stand between a
        # preposition and its noun ("to the Nordic country", "for rural bus services");
        # a verb makes it an infinitive's "to" ("planning to explore additional …").
        if not all(in_noun_phrase(w, lex) for w in words[prep + 1 : head]):
            break
        before = words[prep - 1]
        low = before.group().lower()
        if (
            low in lex.STOPWORDS
            or low in lex.LEFT_SKIP
            or low.endswith("ed")
            or not in_noun_phrase(before, lex)
        ):
            break
        if words[prep].group().lower() in ("of", "in") and low in lex.QUANTITY_HEADS:
            break  # "the number of nurses", "an increase in the dividend": what follows
        head = prep - 1
    return words[head].group().lower()
