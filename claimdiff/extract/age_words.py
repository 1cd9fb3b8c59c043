"""Ages given by a word: "a teenager", "the teenage driver", "an octogenarian".

Read as an age (kind ``age``, in years) holding the range the word names
(``AGE_WORDS``: a teenager is 13 to 19, an octogenarian 80 to 89, a centenarian 100
or more), so that "a teenager" holds "the 16-year-old" and conflicts with "the
21-year-old" (docs/claims.md, "Measures, percent, time").  One person's only:

* a noun (``AGE_NOUNS``) in the singular ("teenagers" are a group), standing alone or
  before a word for a person ("an octogenarian driver"), never before another noun
  ("a toddler group", "the centenarian oak"); its possessive is its own age ("the teen's
  mother": the teen's);
* any other word (an adjective: "teenage") only before one person ("a teenage
  girl"; not "teenage years", "teenage boys");
* not in a title or name, two capitalised words ("Teen Vogue", "The Octogenarian
  Society"), not where a number gives the same person's age ("a teenager, 17,"), and
  not after "the", "this" or "that" where an age before it lies in its range, of the
  same person if the word names one: "A 17-year-old boy was stabbed. The teenager …"
  names the boy again, "the teenage boy" after "a 16-year-old girl" someone new.

A word said of the past ("a teenager in 1998, now 41") is read as an age all the same.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from claimdiff import nouns, verbs
from claimdiff.extract.members import AGE, AT_LEAST, RANGE
from claimdiff.extract.overlay import overlay
from claimdiff.extract.precision import Draft
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon
from claimdiff.lexicon.per_table import per_table
from claimdiff.model import Quantity
from claimdiff.text import Lowered

__all__ = ["with_age_words"]

# Between an age word and a number age of the same person: "a teenager, 17,", "the
# teenage driver (17)", "a teenager - 17 -", "a teenager aged 17", "a teenager, now 19",
# "the teenager, who is 17", "a toddler of two".
_THEN_AGE = lazy_pattern(
    r"\s*[,(\-–—]?\s*(?:aged\s+|now\s+|who\s+(?:is|was)\s+|of\s+)?", re.IGNORECASE
)


def with_age_words(
    text: str, drafts: list[Draft], lex: Lexicon, lowered: Lowered | None = None
) -> list[Draft]:
    """``drafts`` with every age given by a word in ``text`` in place of what the scan
    read over its words; never over a number age ("A 17-year-old teenager" is 17).
    ``lowered`` is ``text`` lower-cased, where read."""
    lowered = Lowered(text) if lowered is None else lowered
    starts = _word_starts(text, lex.AGE_WORDS, lowered) if lex.AGE_WORDS else []
    if not starts:
        return drafts  # most texts: no age word, nothing to read or lay over
    found: list[Draft] = []
    aged = [d for d in drafts if d.kind is AGE]
    ages = [d.start for d in aged]
    ranges = set(lex.AGE_WORDS.values())
    # The ranges the ages so far lie in, each with the persons they are said of.
    named: dict[tuple[int, int | None], set[str | None]] = {}
    k = 0
    match = lex.patterns["age_word"].match
    for at in starts:
        while k < len(aged) and aged[k].start < at:
            for r in ranges:
                if _within(aged[k].quantity, r):
                    named.setdefault(r, set()).add(aged[k].noun)
            k += 1
        m = match(text, at)
        if m is None or (found and at < found[-1].end):
            continue
        read = _reading(m, lex)
        if read is None:
            continue
        end, noun = read
        if _age_follows(text, end, ages):
            continue  # "a teenager, 17,": the number is the age, the word its person
        low, high = lex.AGE_WORDS[m["w"].lower()]
        if _definite(text, at) and _named_again(named.get((low, high)), noun):
            continue  # "A 17-year-old boy was stabbed. The teenager …": the boy again
        named.setdefault((low, high), set()).add(noun)
        q = Quantity(low, high, None, "year", RANGE if high is not None else AT_LEAST)
        found.append(Draft(at, end, AGE, q, noun))
    return overlay(drafts, found, lambda d: d.kind is not AGE)


def _reading(m: re.Match[str], lex: Lexicon) -> tuple[int, str | None] | None:
    """Where the age ``m`` found ends and whose it is (a word for a person, or None),
    or None where it is no one's age."""
    word, after = m["w"].lower(), (m["next"] or "").lower()
    if m["w"][0].isupper() and m["next"] and m["next"][0].isupper():
        return None  # a title or a name: "Teen Vogue", "Octogenarian Society"
    is_noun = word in lex.AGE_NOUNS
    if m["own"]:  # "the teen's mother": the teen's age
        return (m.end("w"), None) if is_noun else None
    if _one_person(after, lex):
        return m.end("next"), after  # "the teenage driver", "an octogenarian driver"
    if is_noun and (not after or after in lex.STOPWORDS or not _noun_after(after)):
        return m.end("w"), None  # "a teenager was", "A teen was hurt", "An octogenarian won"
    return None  # "teenage years", "a toddler group", "the centenarian oak"


def _noun_after(word: str) -> bool:
    """Whether ``word`` (lower case) may be a noun the age word stands before ("group",
    "oak"): a noun of WordNet's, not an inflected verb ("won", "dies", "falls")."""
    return bool(nouns.noun_classes(word)) and all(b == word for b in verbs.bases(word))


# A definite determiner right before an age word: "the teenager" names someone the text
# has already named.
_DEFINITE = lazy_pattern(r"(?:^|(?<=\W))(?:the|this|that)\s+$", re.IGNORECASE)
_DEFINITE_REACH = 12


def _named_again(persons: set[str | None] | None, noun: str | None) -> bool:
    """Whether a definite age word of person ``noun`` (None: the word alone, "the
    teenager") names again one of ``persons``, those aged before in its range: any of
    them for the word alone, else the same person ("the teenage boy" is no girl)."""
    if not persons:
        return False
    return noun is None or noun in persons


def _definite(text: str, at: int) -> bool:
    """Whether "the", "this" or "that" stands right before offset ``at``."""
    return _DEFINITE.search(text, max(0, at - _DEFINITE_REACH), at) is not None


def _within(q: Quantity | None, r: tuple[int, int | None]) -> bool:
    """Whether an age ``q`` lies in the range ``r`` an age word names."""
    if q is None or q.low is None or q.high is None:
        return False
    return r[0] <= q.low and (r[1] is None or q.high <= r[1])


def _one_person(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` names one person ("driver", "girl"), not several or a thing."""
    return bool(word) and word not in lex.STOPWORDS and nouns.names_a_person(word)


def _age_follows(text: str, end: int, ages: list[int]) -> bool:
    """Whether one of the number ages starting at ``ages`` (sorted) stands right after
    ``end`` (:data:`_THEN_AGE`)."""
    k = bisect.bisect_left(ages, end)
    if k == len(ages):
        return False
    m = _THEN_AGE.match(text, end, ages[k])
    return m is not None and m.end() == ages[k]


# Where an age word may be, found with str.find as written in lower case, capitalised
# or in capitals: each word's first letters ("teen", "todd"), or for the words of
# "-narian" that ending, the word then found by walking back (a whole-text pass of the
# case-insensitive pattern cost some 7% of reading news, and a lower-cased copy of the
# text three times its size in memory while it is made).
_PREFIX = 4
_ENDING = "narian"


def _word_starts(text: str, words: Iterable[str], lowered: Lowered) -> list[int]:
    """Offsets where one of ``words`` may start a word, in text order."""
    keys, endings = _keys(words)
    found = list(lowered.occurrences(keys))  # each key lower-cased, capitalised or in capitals
    if endings:
        ending = _ENDING
        found += [_word_start(text, at) for e in (ending, ending.upper()) for at in _finds(text, e)]
    return sorted({at for at in found if not at or not _letter(text[at - 1])})


@per_table
def _keys(words: Iterable[str]) -> tuple[tuple[str, ...], bool]:
    """The words' first letters, lower case and sorted, less the words of the ending, and
    whether any word has the ending: worked out once per table, not for every text (half
    of this pass's cost on a text with no age word)."""
    ending = _ENDING
    keys = tuple(sorted({w[:_PREFIX].lower() for w in words if ending not in w.lower()}))
    return keys, any(ending in w.lower() for w in words)


def _word_start(text: str, at: int) -> int:
    """Where the word holding offset ``at`` starts, looked for a dozen letters back."""
    lo = max(0, at - 12)
    while at > lo and text[at - 1].isalpha():
        at -= 1
    return at


def _finds(text: str, prefix: str) -> Iterable[int]:
    at = text.find(prefix)
    while at >= 0:
        yield at
        at = text.find(prefix, at + 1)


def _letter(ch: str) -> bool:
    """Whether ``ch`` may stand inside a word ("canteen", "pre-teen"); a straight quote
    may open one ("'Teenager' arrested")."""
    return ch.isalpha() or ch in "-’"
