"""Whether "pounds" after a figure weighs what it names, read from the noun's class.

"Pounds" is money in British prose and weight in American, and a word of weight nearby
("weighs", "lose") is often missing: "seized 40 pounds of cocaine", "a 5-pound baby",
"the 310-pound lineman".  What is weighed says which: cocaine, babies and linemen are
goods, living things and things made, which WordNet files as such; fees, notes,
damage and funding are money's own nouns (docs/claims.md, "Pounds of weight").

* **"N pounds of X":** weight when one of the few words after "of" names a weighed thing
  (:data:`claimdiff.lexicon.en.WEIGHED_CLASSES`, by its first or second sense) and
  their head, the last word WordNet knows, is not first money, an act, an event, a
  state or an attribute (``NOT_WEIGHED_CLASSES``: "pounds of damage", "pounds of
  taxpayers' money").  With a scale ("2 million pounds of ground beef") only food,
  plants, animals, substances and natural objects weigh (``WEIGHED_IN_BULK``): "1
  million pounds of new equipment" is money.
* **"a N-pound X":** weight when X (or the words after it) names a weighed thing and
  neither of the first two senses of any word after it is money or a document
  (``NOT_WEIGHED_BEFORE_NOUN``: "a 10-pound note", "a 20-pound voucher", "a 15-pound
  entry fee").  Never with a scale: "a million-pound house" is a price.
"""

from __future__ import annotations

import re

from claimdiff import nouns
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon
from claimdiff.pattern_code import compile_pattern

__all__ = ["weighed_after"]

_OF = compile_pattern(r"[ \t\u00a0]+of[ \t\u00a0]+", re.IGNORECASE)
_WORD = lazy_pattern(r"[ \t\u00a0]*(?P<w>[^\W\d_][^\W\d_’'\-]*)(?P<poss>['’]s?)?")
# Nouns looked at after "of" ("frozen chicken nuggets") or after a hyphened figure ("sea
# bass"): a noun phrase's few words.
_PHRASE_WORDS = 3


def weighed_after(text: str, end: int, lex: Lexicon, *, attributive: bool, scaled: bool) -> bool:
    """Whether the pound word ending at ``end`` weighs the thing named after it."""
    if not lex.WORDNET_NOUNS or (attributive and scaled):
        return False
    if attributive:
        return _weighed(_phrase(text, end, lex), lex, lex.WEIGHED_CLASSES, before_noun=True)
    of = _OF.match(text, end)
    if of is None:
        return False
    classes = lex.WEIGHED_IN_BULK if scaled else lex.WEIGHED_CLASSES
    return _weighed(_phrase(text, of.end(), lex), lex, classes, before_noun=False)


def _phrase(text: str, i: int, lex: Lexicon) -> list[tuple[str, bool]]:
    """The first few words at ``i``, past determiners, up to a stop word after a word of
    content or a possessive's end ("taxpayers' money" reads both), each with whether it is
    a possessive."""
    out: list[tuple[str, bool]] = []
    for _ in range(_PHRASE_WORDS + 2):
        m = _WORD.match(text, i)
        if m is None:
            break
        w = m["w"].lower()
        i = m.end()
        if w in lex.STOPWORDS:
            if out:
                break
            continue
        out.append((w, m["poss"] is not None))
        if len(out) == _PHRASE_WORDS:
            break
    return out


def _weighed(
    words: list[tuple[str, bool]], lex: Lexicon, weighed: frozenset[str], *, before_noun: bool
) -> bool:
    """Whether one of ``words`` names a weighed thing and their head (the last WordNet
    knows) is no money: "raw sewage", "surplus food" weigh though "raw" and "surplus"
    are first a state and an attribute; "taxpayers' money" does not.  A possessive names
    whose the thing is, not the thing: "the owner's legal bills" weigh no owner."""
    read = [(c, poss) for c, poss in ((nouns.first_classes(w), poss) for w, poss in words) if c]
    senses = [c for c, _ in read]
    if not senses:
        return False
    head = senses[-1]
    if head[0] in lex.NOT_WEIGHED_CLASSES:
        return False
    if before_noun and any(lex.NOT_WEIGHED_BEFORE_NOUN & set(c) for c in senses):
        return False  # "a 50-pound note features": any of the few words after the figure
    return any(c[0] in weighed or (len(c) > 1 and c[1] in weighed) for c, poss in read if not poss)
