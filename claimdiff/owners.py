"""Whose figure it is: the name a figure is said of, read from the words before it.

Two reports of one match, one merger or two cities give the same figures to the same
names, or swap them ("Tesco reported a 4.1% rise, while Sainsbury's posted 2.8%"
against "Sainsbury's grew sales by 4.1 per cent and Tesco managed 2.8 per cent").
Pairing compares the names (:func:`claimdiff.align.score_block`); this module reads
one figure's name, in this order (docs/compare.md, "Whose figure"):

1. a possessive right before the figure: "the Spaniard's nine", "BHP's the other 42
   per cent";
2. the first name of the figure's own words (:func:`claimdiff.prepare` segments a
   sentence between its figures): "and Tesco managed 2.8 per cent";
3. the name of the figure before it in the same sentence, when no clause break stands
   between them ("from £950 to £1,125": both Manchester's);
4. in a clause a participle opens, the first name of the sentence: "Ireland edged
   France 27-24, scoring three tries".

Within a figure's words, the last clause that names someone speaks for it: "The Celtics
edged the Knicks 112-108, Jayson Tatum leading Boston with 34 points" (tatum).

A name is a capitalised word that is not a stop word, a month or a weekday; a run of
them ("Jayson Tatum", "South Korea's") is keyed by its words, lower case, a possessive
ending dropped ("jayson tatum", "south korea"), and two keys name one party when one is
the other's last words ("tatum", "jayson tatum"; never "north korea", "south korea").
A sentence's first word is capitalised whatever it is, so a name read there is marked
*opening*: pairing trusts it only where the texts use the word as a name elsewhere.
"""

from __future__ import annotations

import re

import attrs

from claimdiff.fields_repr import fields_repr
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.pattern_code import compile_pattern

__all__ = ["PARTICIPLE_CLAUSE", "Owner", "first_name", "name_key", "owner_before", "same_name"]

# A run of capitalised words, joined by spaces or hyphens ("Anglo American", "Rolls-Royce").
_RUN = compile_pattern(r"(?<![\w’'])[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*")
# A possessive right before a figure, with at most a determiner and one word between:
# "the Spaniard's nine", "BHP's the other 42 per cent", "Ireland's two".
_POSSESSIVE = lazy_pattern(
    r"(?<![\w’'])([A-Z][\w’'\-]*)['’]s?\s+(?:(?:the|its|their)\s+)?(?:[a-z]+\s+)?$"
)
# Where a clause opens within a figure's words: its name is the figure's, not one of the
# clause before ("The Celtics edged the Knicks, Jayson Tatum leading Boston with 34 points").
_CLAUSE = compile_pattern(r",\s|;\s|\s(?:and|but|while|whereas|as|after|when)\s")
# A clause opened by a participle takes the sentence's subject: "Ireland edged France
# 27-24, scoring three tries".
PARTICIPLE_CLAUSE = compile_pattern(r"(?:,\s|;\s)[a-z]+ing\s")
_POSSESSIVE_ENDS = ("'s", "’s", "'", "’")
# A name that says the figures in an aside, a comma before it and its clause closing
# after the verb: ", Changi Airport Group said, even as airfreight rose 4%" names who
# says, not whose figure ("Tesco reported, for the first time, a 4% fall" is Tesco's).
_SAID_ASIDE = compile_pattern(r"\s+(?:said|says|added|reported|confirmed)\s*[,;]")
_AFTER_A_COMMA = compile_pattern(r",\s*(?:(?:the|its|their)\s+)?$")
# An indefinite article before a name that a lower-case word follows makes the name a
# word describing someone unnamed: "A Leeds scaffolding firm", "an Australian miner".
_INDEFINITE_WORDS = frozenset({"a", "an"})
_INDEFINITE = compile_pattern(r"(?<![^\W\d_])an?\s+$", re.IGNORECASE)
_LOWER_NEXT = compile_pattern(r"\s+[a-z]")
# Lower-case words that, capitalised, are times, not names.
_CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december christmas easter
    today yesterday tomorrow""".split()
)


@attrs.frozen
class Owner:
    """The name a figure is said of."""

    __repr__ = fields_repr  # attrs compiles none (claimdiff.fields_repr)

    key: str
    """The name's last word, lower case, without a possessive ending ("tatum")."""
    opening: bool = False
    """Read from the first word of a sentence, which is capitalised whatever it is."""
    fallback: str | None = None
    """For an opening word: the next name of the figure's words, the owner where the
    opening word is no name ("Average rents in Manchester rose": manchester)."""

    weak: bool = False
    """Taken over from the figure before or the sentence's subject (steps 3 and 4), or the
    name of who says the figure (its source): a sign of whose it is, too weak to say
    whose it is not."""

    def key_in(self, names: frozenset[str]) -> str | None:
        """The owner's key where ``names`` (the texts' names) confirm an opening word,
        else the fallback."""
        return self.key if not self.opening or self.key in names else self.fallback


def name_key(word: str) -> str:
    """A name word as names are compared: lower case, without a possessive ending.

    >>> name_key("Sainsbury's"), name_key("BHP’s"), name_key("Celtics")
    ('sainsbury', 'bhp', 'celtics')
    """
    low = word.lower()
    for end in _POSSESSIVE_ENDS:
        if low.endswith(end):
            return low[: -len(end)]
    return low


def owner_before(
    text: str,
    lo: int,
    start: int,
    sentence_start: int,
    stopwords: frozenset[str],
) -> Owner | None:
    """The name the figure at ``start`` is said of, from ``text[lo:start]`` (steps 1 and 2
    of the module's order)."""
    at = max(lo, start - 60)
    m = _POSSESSIVE.search(text, at, start) if _may_end_possessive(text, at, start) else None
    if m is not None:
        found = _owner([m.group(1)], m.start(1) == sentence_start, stopwords)
        if found is not None:
            return found
    return first_name(text, lo, start, sentence_start, stopwords)


def _may_end_possessive(text: str, at: int, start: int) -> bool:
    """Whether ``_POSSESSIVE`` may match ``text[at:start]``: it ends in white space, and
    one of its last three words (the possessive, a determiner and a word after it) ends
    as a possessive and is not all lower case (the name opens with a capital).  Most
    windows hold no apostrophe, which two string searches find; most of the rest ("the
    court's request of") none where the pattern needs it, and a process answered by
    these looks seldom compiles the pattern."""
    if text.find("'", at, start) < 0 and text.find("’", at, start) < 0:
        return False
    window = text[at:start]
    if not window[-1:].isspace():
        return False
    for word in window.rsplit(None, 3)[-3:]:
        if word.endswith(_POSSESSIVE_ENDS) and not word.islower():
            return True
    return False


def first_name(
    text: str,
    lo: int,
    hi: int,
    sentence_start: int,
    stopwords: frozenset[str],
) -> Owner | None:
    """The first name in ``text[lo:hi]``, as a :class:`Owner`, or None; after the
    figure's last clause break where that clause names someone."""
    last = None
    for m in _CLAUSE.finditer(text, lo, hi):
        last = m
    if last is not None and lo < last.end():
        found = first_name(text, last.end(), hi, sentence_start, stopwords)
        if found is not None:
            return found
    first: Owner | None = None
    for m in _RUN.finditer(text, lo, hi):
        if _SAID_ASIDE.match(text, m.end()) is not None and _AFTER_A_COMMA.search(
            text, max(0, m.start() - 8), m.start()
        ):
            continue  # ", Changi Airport Group said, even as airfreight rose 4%": who says
        words = m.group().split()
        opening = m.start() == sentence_start
        article = _INDEFINITE.search(text, max(0, m.start() - 4), m.start()) is not None
        if opening:
            # "The Celtics", "In Leeds": a sentence's function word is not part of the name.
            while words and words[0].lower() in stopwords:
                article = words.pop(0).lower() in _INDEFINITE_WORDS
                opening = False
            if not words:
                continue
        found = _owner(words, opening and len(words) == 1, stopwords)
        if found is None:
            continue
        if article and _LOWER_NEXT.match(text, m.end()) is not None:
            # "A Leeds scaffolding firm was fined", "A Lowry street scene sold": a name
            # describing someone or something unnamed, which another name in the other
            # text does not rule out ("Hollins Access Ltd", at "a Leeds building site").
            found = attrs.evolve(found, weak=True)
        if first is None and found.opening:
            first = found
        elif first is None:
            return found
        else:
            return attrs.evolve(first, fallback=found.key)
    return first


def _owner(words: list[str], opening: bool, stopwords: frozenset[str]) -> Owner | None:
    last = name_key(words[-1])
    if not last or last in stopwords or last in _CALENDAR:
        return None
    return Owner(" ".join([*(w.lower() for w in words[:-1]), last]), opening)


def same_name(a: str, b: str) -> bool:
    """Whether two owners' keys name one party: the same, or one the other's last words
    ("tatum", "jayson tatum"), once a designator ending either is left off ("labour
    party", "labour"); "north korea" is not "south korea".

    >>> same_name("tatum", "jayson tatum"), same_name("north korea", "south korea")
    (True, False)
    >>> same_name("new zealand's labour party", "labour")
    True
    """
    a, b = _bare(a), _bare(b)
    return a == b or a.endswith(" " + b) or b.endswith(" " + a)


# Words after a name that say what sort of body it is, which a report may leave off: "the
# Labour Party" is "Labour", "Hartlepool United FC" "Hartlepool United".
_DESIGNATORS = frozenset("party club fc afc inc ltd plc group corp corporation".split())


def _bare(key: str) -> str:
    """An owner's key without the designators it ends in ("national party": national)."""
    words = key.split()
    while len(words) > 1 and words[-1] in _DESIGNATORS:
        words.pop()
    return " ".join(words)
