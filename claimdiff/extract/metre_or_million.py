"""Whether a figure glued to a lower-case "m" sizes one thing, and so is a length.

"a 30m fall", "the 100m final" and "Saka's 10m pass" are lengths; "the 3m households",
"Britain's 6m civil servants", "a 2m rise in visitor numbers", "its 4m electorate" and
"passed the 1m mark" are counts of millions.  :mod:`claimdiff.extract.amounts` asks
:func:`one_thing_sized` after the words of length (``LENGTH_CUES``) and before its
default for a noun after the figure (a million); docs/claims.md states the rule.  Every
pattern is matched at a known offset or in a window of bounded size.
"""

from __future__ import annotations

import re
import unicodedata

from claimdiff import nouns, verbs
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon
from claimdiff.pattern_code import compile_pattern

__all__ = ["million_cue_near", "one_thing_sized"]

# A determiner before a figure, with at most one word between: "a 30m fall", "the new
# 40m footbridge", "Bolt's 100m record".  Not "that" (a conjunction as often: "figures
# show that 1.6m tenants") nor a contraction ("it's", "there's").
_DETERMINER_BEFORE = lazy_pattern(
    r"(?:(?<![^\W\d_])(?:an?|the|this|its|his|her|their|our|each|every|another)"
    r"|(?<![^\W\d_])(?!(?:it|that|there|here|what|who|he|she|let)['’])[^\W\d_]+['’]s)"
    r"(?:\s+[a-z]+)?\s+$",
    re.IGNORECASE,
)
_WORD = lazy_pattern(r" (?P<w>[^\W\d_][\w’'-]*)")
_WORDS = compile_pattern(r"[^\W\d_]+")
_OF = lazy_pattern(r"\s+(?:in|of)\s+(?:(?:the|a|an|its|their)\s+)?")
# A noun phrase is read this many words long at most: "6m civil servants".
_PHRASE = 3
# How far either side of the figure a word of what is counted in millions may stand.
_CUE_WINDOW = 40
# How far back a sentence's currency is looked for: "£30m up front, with a 5m bonus".
_SENTENCE_WINDOW = 200
_SENTENCE_END = lazy_pattern(r"[.!?]\s")


def million_cue_near(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A word of what is counted in millions (``MILLION_CUES``) near the figure
    ``text[start:end]``: "visitor numbers climbed to 12m"."""
    before = _WORDS.findall(text, max(0, start - 2 * _CUE_WINDOW), start)
    after = _WORDS.findall(text, end, min(len(text), end + _CUE_WINDOW))
    return any(w.lower() in lex.MILLION_CUES for w in (*before, *after))


def one_thing_sized(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the figure ``text[start:end]`` (its number and its "m") sizes one thing.

    It does with a determiner before it and a noun phrase after it whose words are
    singular, whose head names neither what is counted in millions (people, a group, a
    holding or a quantity by WordNet's class of its first sense, ``MILLION_CLASSES``:
    "electorate", "fund", "increase", unless a sense is a thing one measures,
    ``PHYSICAL_CLASSES``: "line", "whale") nor the level a count reaches
    (``COUNT_LEVELS``: "mark", "target"), and whose "in" or "of" names no plural ("a 2m
    fall in visitor numbers"), with no word of millions near and no currency earlier in
    the sentence ("£30m up front, with a 5m bonus").
    """
    if _DETERMINER_BEFORE.search(text, max(0, start - 30), start) is None:
        return False
    phrase, phrase_end = _phrase(text, end, lex)
    if not phrase:
        return False
    if any(_plural(w, k) for k, w in enumerate(phrase)):
        return False  # "the 3m households", "Britain's 6m civil servants"
    if _counted(phrase[-1], lex):
        return False  # "passed the 1m mark", "its 4m electorate", "a 2m increase"
    if _change_in_many(text, phrase_end, phrase[-1], lex):
        return False  # "a 2m rise in visitor numbers"
    return not million_cue_near(text, start, end, lex) and not _currency_before(text, start)


def _counted(head: str, lex: Lexicon) -> bool:
    """Whether a head noun names what is counted in millions: the level a count reaches,
    or people, a group, a holding or a quantity that no sense makes a thing one measures."""
    if head in lex.COUNT_LEVELS:
        return True
    if nouns.noun_class(head) not in lex.MILLION_CLASSES:
        return False
    return not nouns.noun_classes(head) & lex.PHYSICAL_CLASSES


def _change_in_many(text: str, end: int, head: str, lex: Lexicon) -> bool:
    """A word of change ending the phrase at ``end`` whose "in" or "of" names a plural: "a
    2m rise in visitor numbers" (not "a 25m mast in the playing fields", nor "a 30m fall
    from the cliff")."""
    if head not in lex.direction.UP_AFTER and head not in lex.direction.DOWN_AFTER:
        return False
    of = _OF.match(text, end)
    return of is not None and any(_plural(w, 0) for w in _phrase(text, of.end() - 1, lex)[0])


def _phrase(text: str, i: int, lex: Lexicon) -> tuple[list[str], int]:
    """The words of a noun phrase right after ``i``, lower case, up to a stop word, and
    where the phrase ends."""
    out: list[str] = []
    for _ in range(_PHRASE):
        m = _WORD.match(text, i)
        if m is None:
            break
        w = m["w"].lower()
        if w in lex.STOPWORDS or w in lex.measure_units or len(w) < 2:
            break
        out.append(w)
        i = m.end()
    return out, i


def _plural(word: str, position: int) -> bool:
    """A plural noun; after the phrase's first word a form a verb makes too is read as
    the verb ("a 4m sinkhole opens up")."""
    if nouns.lemma(word) == word:
        return False
    return position == 0 or not verbs.bases(word)


def _currency_before(text: str, start: int) -> bool:
    """A currency symbol earlier in the figure's sentence ("£30m up front, with a 5m
    bonus"); not a currency's name, which may be a word ("won bronze")."""
    lo = max(0, start - _SENTENCE_WINDOW)
    for m in _SENTENCE_END.finditer(text, lo, start):
        lo = m.end()
    return any(unicodedata.category(c) == "Sc" for c in text[lo:start])
