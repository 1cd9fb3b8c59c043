"""Whose or where a change is: the names read with it (docs/compare.md, "Changes said in
words").

Two changes of one thing part where the names said with them name two places or bodies
("House prices in London rose", "in Manchester fell"; "Shell's shares", "BP's shares"),
and where one report names a body the other never writes.  A name is any capitalised
word but a sentence's first common one, a time, or a measure's in capitals ("CPI"); two
meet as one name, one WordNet sense or one the other's kind
("Britain", "UK"), a country and its people's word ("China", "Chinese"), or a body and
its initials ("the Reserve Bank of Australia", "RBA").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from claimdiff import nouns
from claimdiff.extract.what_moved import POSSESSIVE
from claimdiff.lexicon import Lexicon
from claimdiff.model import Span
from claimdiff.pattern_code import compile_pattern
from claimdiff.vocabulary import is_common

__all__ = [
    "WORD",
    "Written",
    "is_name",
    "names_in",
    "names_meet",
    "place_named",
    "placeless",
    "word_end",
    "word_start",
    "written",
]

# WordNet's classes of a name in capitals that says no whose or where, by its first
# sense: a measure ("CPI inflation").  Any other name does ("Apple", "London", "Tesco",
# "UK", and a people's word: "European deliveries", "Chinese deliveries").
_MEASURES = frozenset({"communication"})
# Words inside a name that give no initial: "Bank of England", "Office for National
# Statistics".
_NAME_JOINERS = frozenset("of for and the de".split())
# WordNet's first classes of a place's or a people's name ("UK", "German", "Chinese").
_PLACES_AND_PEOPLES = frozenset({"location", "person", "communication"})
# A country and its people's word share their first letters: "China", "Chinese".
_STEM = 4
# Capital initials, each with its full stop: "U.S.", "U.K.".
_INITIALS = compile_pattern(r"(?<![^\W\d_])(?:[A-Z]\.){2,}")
# A word of any script, hyphened or with an apostrophe's tail: "Société", "Britain's".
WORD = compile_pattern(r"[^\W\d_](?:[^\W\d_]|-)*(?:['’][^\W\d_]*)?")


def place_named(
    text: str, first: int, words: Sequence[re.Match[str]], noun: str, lex: Lexicon
) -> bool:
    """Whether ``noun`` is written as a place's name where it stands last among ``words``
    (of :data:`WORD`: "in London increased"; not "The FTSE 100 closed higher")."""
    low = noun.lower()
    m = next((w for w in reversed(words) if POSSESSIVE.sub("", w.group().lower()) == low), None)
    return m is not None and is_name(text, first, m, lex) and nouns.noun_class(low) == "location"


def word_start(text: str, at: int) -> int:
    """``at``, or the start of the word it falls inside."""
    while at > 0 and text[at - 1].isalpha():
        at -= 1
    return at


def word_end(text: str, at: int) -> int:
    """``at``, or the end of the word it falls inside."""
    while at < len(text) and text[at].isalpha():
        at += 1
    return at


def is_name(text: str, first: int, m: re.Match[str], lex: Lexicon) -> bool:
    """Whether a capitalised word is a name: anywhere but first in its sentence, and
    there only when it is no common word ("UK exports", not "Retail sales")."""
    if not m.group()[0].isupper():
        return False
    if text[first : m.start()].strip(" \"'“‘("):
        return True
    return not is_common(m.group(), lex)


def names_in(text: str, first: int, span: Span, lex: Lexicon) -> frozenset[str]:
    """The names in and after the words of what moved ("prices in London", "Britain's
    exports", "Rents rose in London", "Shares in Apple", "Chinese deliveries"), lower
    case: any capitalised word but the sentence's first common one, none of a time ("in
    March", "on Thursday") or a measure in capitals ("CPI")."""
    out: set[str] = set()
    start = word_start(text, span[0])
    # Initials written with full stops are one name: "U.S." is the US, no "U" and "S".
    dotted = list(_INITIALS.finditer(text, start, span[1]))
    out.update(m.group().replace(".", "").lower() for m in dotted)
    for m in WORD.finditer(text, start, span[1]):
        if any(d.start() <= m.start() < d.end() for d in dotted):
            continue
        low = POSSESSIVE.sub("", m.group().lower())
        if is_name(text, first, m, lex) and low not in lex.MONTHS and low not in lex.WEEKDAYS:
            if not (m.group().isupper() and nouns.noun_class(low) in _MEASURES):
                out.add(low)
    return frozenset(out)


def names_meet(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sets of names name one place or body: one name in common, one
    WordNet sense or one the other's kind ("Britain", "UK"; not "London", "Manchester",
    two cities, nor "London", "England", a part and its whole), or a country and its
    people's word ("China", "Chinese"; "Canada", "Canadian": their first four letters)."""
    if a & b:
        return True
    return any(x[:_STEM] == y[:_STEM] or nouns.may_be_one(x, y) for x in a for y in b)


def placeless(names: frozenset[str]) -> frozenset[str]:
    """The places and peoples among ``names`` ("UK", "German"): a report may leave them
    unsaid, where it names the body it speaks of ("Apple", "Tesco")."""
    return frozenset(n for n in names if nouns.noun_class(n) in _PLACES_AND_PEOPLES)


class Written(NamedTuple):
    """What a text writes, for a name one report gives: its names and its words."""

    names: frozenset[str]
    words: frozenset[str]
    """Every word, lower case: "in the eurozone" writes the "Eurozone" of another."""


def written(text: str, lex: Lexicon) -> Written:
    """What ``text`` writes: its names, and its words and names' initials."""
    words = [POSSESSIVE.sub("", m.group()) for m in WORD.finditer(text)]
    return Written(
        names_in(text, 0, (0, len(text)), lex),
        frozenset(w.lower() for w in words) | initials(words),
    )


def initials(words: Sequence[str]) -> frozenset[str]:
    """The initials of each run of capitalised words, lower case: "Reserve Bank of
    Australia" writes "rba", "Office for National Statistics" "ons"."""
    out = set()
    run: list[str] = []
    for w in [*words, ""]:
        if w.lower() in _NAME_JOINERS:
            continue  # "The Reserve Bank of Australia": no initial, and the run goes on
        if w[:1].isupper():
            run.append(w[0])
        else:
            if len(run) > 1:
                out.add("".join(run).lower())
            run = []
    return frozenset(out)
