"""What the words around a word of change say: what moved, and which way.

:mod:`claimdiff.extract.word_changes` finds the words of change; this module reads one
in its sentence, by the four wordings docs/claims.md states ("Changes said in words"): a
verb after what moved ("Exports also fell", "Interest rates were cut"), a verb before
what moved ("raised its official cash rate", "left interest rates unchanged"), a linking
verb and a level ("Profit was lower", "inflation held at 2.2%"), and a noun of change
before "in" ("a sharp rise in burglaries").  The words are the lexicon's
(``lex.changes``: ``en_changes.py``).
"""

from __future__ import annotations

import functools
import re
from types import ModuleType

from claimdiff import nouns
from claimdiff.extract.heads import in_noun_phrase
from claimdiff.extract.led_changes import caused, phrasal, reported, result_only
from claimdiff.extract.subjects import clause_of
from claimdiff.extract.what_moved import (
    JOINS,
    MODIFIERS,
    OBJECT_OPENERS,
    direction_of,
    last_word,
    level_direction,
    object_change,
    passed_over,
    subject_change,
    to_a_level,
    words_in,
)
from claimdiff.lexicon import Lexicon
from claimdiff.model import Direction, Span
from claimdiff.pattern_code import compile_pattern

__all__ = ["change_words", "read_words"]

# How many words before a noun of change the other is looked for: "rises and sharp falls".
_JOIN_REACH = 4
_ARTICLES = frozenset("a an the".split())
# How many words before a level word a verb that keeps its object may stand: "left
# interest rates unchanged".
_KEEP_REACH = 5
# What follows "held at" where it says no change: a level, a figure ("held at 2.2%",
# "at about $80"), not a place ("held at junction 10").
_LEVEL_AFTER = compile_pattern(r"\s+(?:(?:about|around|some|roughly)\s+)?[£$€¥]?\d")
# Words that open a time after what changed: "a rise in burglaries last year".
_TIME_OPENERS = frozenset("last this next".split())
# How far before a cue the words of its clause are read (characters): the subject's
# phrase ("Britain's exports of cars to Norway also fell").
_BEFORE = 120


def read_words(
    text: str, sentence: Span, lo: int, hi: int, data: ModuleType, lex: Lexicon
) -> tuple[Span, str, Direction] | None:
    """The span, the noun of what moved and the direction of the change the word at
    ``lo:hi`` says, or None where it says none here."""
    word = text[lo:hi]
    if word[0].isupper() and lo > sentence[0]:
        return None  # "Rose", "Falls": a name
    cue = word.lower()
    if text.startswith("-", hi):
        return None  # "higher-than-expected", "flat-screen", "lower-income": a compound
    first = max(sentence[0], lo - _BEFORE)
    before = words_in(text, first, lo)
    # Only the clause's start within the words read matters: a window, not the whole
    # sentence, is searched for it (a long sentence of many changes stays linear).
    clause = clause_of(text, (first, hi), (lo, hi))
    if any(w.start() >= clause[0] and w.group().lower() in data.CHANGE_CONDITIONS for w in before):
        return None  # "If inflation rises again", "whether exports rose", "Neither … fell"
    after = words_in(text, hi, min(sentence[1], hi + 80))
    if _two_ways(before, cue, data) or _then_the_other_way(after, cue, data):
        return None  # "rose and fell", "the increase and decrease in prices"
    if cue in data.RESULT_UP or cue in data.RESULT_DOWN or cue in data.RESULT_FLAT:
        read = reported(text, lo, hi, cue, before, after, data, lex)
        if read is not None:
            return read
    if cue in data.CAUSE_UP or cue in data.CAUSE_DOWN:
        read = caused(text, hi, cue, before, after, data, lex)
        if read is not None:
            return read
    if cue in result_only(data):
        return None  # "stronger", "weaker": a change only after a verb of results
    if cue in data.PHRASAL_UP_VERBS or cue in data.PHRASAL_DOWN_VERBS:
        return phrasal(text, lo, hi, cue, before, after, data, lex)
    nxt = _next_word(after, data)
    if cue in data.CHANGE_NOUNS_UP or cue in data.CHANGE_NOUNS_DOWN:
        up = cue in data.CHANGE_NOUNS_UP
        return _noun_of_change(lo, before, after, up, data, lex)
    if cue in data.LEVEL_UP or cue in data.LEVEL_DOWN or cue in data.LEVEL_FLAT:
        return _level(hi, cue, before, after, nxt, data, lex)
    if cue in data.HOLDING_VERBS or cue in data.KEEPING_VERBS:
        return _held(text, lo, cue, before, after, nxt, data, lex)
    progressive = (
        cue in data.PROGRESSIVE_UP or cue in data.PROGRESSIVE_DOWN or cue in data.PROGRESSIVE_NUDGES
    )
    if progressive:
        subject = _progressive_subject(before, data, lex)
        if subject is None or _names_a_thing(text, hi, after, data, lex):
            return None  # "a rising star", "could be falling", "was falling masonry"
        before = subject
    if cue in data.NUDGE_VERBS or cue in data.PROGRESSIVE_NUDGES:
        if nxt is None or nxt.group().lower() not in data.NUDGE_UP | data.NUDGE_DOWN:
            return None
        up = nxt.group().lower() in data.NUDGE_UP
        return subject_change(lo, nxt.end(), before, direction_of(up), data, lex)
    up = cue in data.CHANGE_VERBS_UP or cue in data.CHANGE_OBJECT_UP or cue in data.PROGRESSIVE_UP
    if nxt is not None:
        following = nxt.group().lower()
        if following in data.CHANGE_IDIOMS:
            return None
        if following == "to" and not to_a_level(after, data):
            return None  # "rose to power", "fell to the ground"
        transitive = cue in data.CHANGE_OBJECT_UP or cue in data.CHANGE_OBJECT_DOWN
        # An object follows its verb with no mark between: "Passenger traffic declined,
        # the carrier said" ends the change at the comma.
        adjoins = nxt is after[0] and text[hi : nxt.start()].isspace()
        opens = adjoins and (following in OBJECT_OPENERS or following not in lex.STOPWORDS)
        if transitive and opens:
            return object_change(lo, after, direction_of(up), lex, data.OBJECT_BLOCKS)
        if following in OBJECT_OPENERS and adjoins:
            return None  # "eased restrictions", "improved the roads": another sense
    if cue in data.CHANGE_OBJECT_UP or cue in data.CHANGE_OBJECT_DOWN:
        # No object: a passive ("Interest rates were cut") moves its subject; else none.
        if not before or before[-1].group().lower() not in data.CHANGE_PASSIVE:
            return None
    return subject_change(lo, hi, before, direction_of(up), data, lex)


@functools.cache
def change_words(data: ModuleType) -> tuple[frozenset[str], frozenset[str]]:
    """Every word that may say a change, and the nouns of change (asked only before
    "in": "a rise in burglaries")."""
    words = (
        data.CHANGE_VERBS_UP
        | data.CHANGE_VERBS_DOWN
        | data.CHANGE_OBJECT_UP
        | data.CHANGE_OBJECT_DOWN
        | data.NUDGE_VERBS
        | data.PROGRESSIVE_UP
        | data.PROGRESSIVE_DOWN
        | data.PROGRESSIVE_NUDGES
        | data.HOLDING_VERBS
        | data.KEEPING_VERBS
        | data.LEVEL_UP
        | data.LEVEL_DOWN
        | data.LEVEL_FLAT
        | data.RESULT_UP
        | data.RESULT_DOWN
        | data.RESULT_FLAT
        | data.PHRASAL_UP_VERBS
        | data.PHRASAL_DOWN_VERBS
    )
    return words, data.CHANGE_NOUNS_UP | data.CHANGE_NOUNS_DOWN


def _then_the_other_way(after: list[re.Match[str]], cue: str, data: ModuleType) -> bool:
    """Whether "and" or "or" and a word of change the other way follow the cue, "then" at
    most between: "Prices rose and fell", "rose and then fell" (not "rose and came in
    ahead", "Exports rose and imports fell")."""
    words = [w.group().lower() for w in after[:3]]
    if not words or words[0] not in JOINS:
        return False
    rest = words[2:3] if words[1:2] == ["then"] else words[1:2]
    return bool(rest) and _opposite(cue, rest[0], data)


@functools.cache
def _ways(data: ModuleType) -> tuple[frozenset[str], frozenset[str]]:
    """The verbs and nouns of change that go one way each, up and down."""
    up: frozenset[str] = (
        data.CHANGE_VERBS_UP | data.PROGRESSIVE_UP | data.CHANGE_NOUNS_UP | data.CHANGE_OBJECT_UP
    )
    down: frozenset[str] = (
        data.CHANGE_VERBS_DOWN
        | data.PROGRESSIVE_DOWN
        | data.CHANGE_NOUNS_DOWN
        | data.CHANGE_OBJECT_DOWN
    )
    return up, down


def _opposite(a: str, b: str, data: ModuleType) -> bool:
    """Whether two words of change (or their plurals: "rises", "falls") go two ways."""
    up, down = _ways(data)
    a, b = _singular(a, up | down), _singular(b, up | down)
    return (a in up and b in down) or (a in down and b in up)


def _singular(word: str, known: frozenset[str]) -> str:
    return word if word in known else word.removesuffix("s")


def _two_ways(before: list[re.Match[str]], cue: str, data: ModuleType) -> bool:
    """Whether a word of change the other way and "and" or "or" stand right before the
    cue, but for articles, adverbs in "-ly" and, before a noun of change, one adjective:
    "rose and fell", "the increase and decrease", "a rise or a fall", "rises and sharp
    falls" (either way, no one change; not "Exports rose and imports fell", "Demand rose
    and supply fell")."""
    nouns_of_change = change_words(data)[1]
    adjectives = 1 if _singular(cue, nouns_of_change) in nouns_of_change else 0
    words = [w.group().lower() for w in before[-_JOIN_REACH:]]
    k = len(words) - 1
    while k >= 0 and words[k] not in JOINS:
        w = words[k]
        if w in _ARTICLES or (w.endswith("ly") and not nouns.is_noun(w)):
            k -= 1
        elif adjectives:
            adjectives -= 1
            k -= 1
        else:
            return False
    k -= 1
    while k >= 0 and words[k] in _ARTICLES:
        k -= 1
    return k >= 0 and _opposite(words[k], cue, data)


def _progressive_subject(
    before: list[re.Match[str]], data: ModuleType, lex: Lexicon
) -> list[re.Match[str]] | None:
    """The words before an "-ing" form of change that may hold what moved, or None where
    no change is said: it stands after one of ``PROGRESSIVE_LEADS``, adverbs passed over
    ("were still rising", "kept dropping", "has begun receding": the words before the
    verb of going on), or after a noun that "with" opens ("with thefts falling")."""
    k = last_word(before, lambda low: _adverb(low, data))
    if k < 0:
        return None
    low = before[k].group().lower()
    if low in data.PROGRESSIVE_LEADS:
        return before[: k + 1] if low in data.CHANGE_SKIP else before[:k]
    if low in lex.STOPWORDS or not nouns.is_noun(low):
        return None
    for j in range(k - 1, max(-1, k - 1 - MODIFIERS - 2), -1):
        word = before[j].group().lower()
        if word in data.PROGRESSIVE_WITH:
            return before[j : k + 1]  # what moved is the phrase after "with", alone
        if word in lex.STOPWORDS and word not in data.PROGRESSIVE_WITH_DETERMINERS:
            break
    return None


def _names_a_thing(
    text: str, hi: int, after: list[re.Match[str]], data: ModuleType, lex: Lexicon
) -> bool:
    """Whether an "-ing" form stands before a noun it qualifies, a space between: "The
    biggest hazard was falling masonry", "The main risk is rising damp" (not "were
    rising fast", "were falling in March", "were falling, the ONS said")."""
    if not after or not text[hi : after[0].start()].isspace():
        return False
    low = after[0].group().lower()
    if low in lex.STOPWORDS or passed_over(low, data) or low in lex.MONTHS:
        return False
    if low in data.PROGRESSIVE_TIMES or low in lex.WEEKDAYS:
        return False  # "were rising today", "was falling yesterday"
    return nouns.is_noun(low)


def _adverb(low: str, data: ModuleType) -> bool:
    """An adverb passed over before an "-ing" form: one of ``CHANGE_SKIP`` that is none
    of ``PROGRESSIVE_AUXILIARIES`` ("still", "also", "sharply") or a word in "-ly" no
    noun."""
    return low not in data.PROGRESSIVE_AUXILIARIES and passed_over(low, data)


def _next_word(after: list[re.Match[str]], data: ModuleType) -> re.Match[str] | None:
    """The first word after the cue that is not a word passed over ("sharply")."""
    for m in after:
        if m.group().lower() not in data.CHANGE_SKIP:
            return m
    return None


def _held(
    text: str,
    lo: int,
    cue: str,
    before: list[re.Match[str]],
    after: list[re.Match[str]],
    nxt: re.Match[str] | None,
    data: ModuleType,
    lex: Lexicon,
) -> tuple[Span, str, Direction] | None:
    """No change said with "at" and a level: "inflation held at 2.2%" (what held is the
    subject), "held borrowing costs at 5.25%" (the object)."""
    if nxt is None:
        return None
    if nxt.group().lower() in data.HOLDING_AT:
        if cue not in data.HOLDING_VERBS or not _LEVEL_AFTER.match(text, nxt.end()):
            return None  # "Traffic was held at junction 10": no level
        return subject_change(lo, lo + len(cue), before, Direction.FLAT, data, lex)
    if cue not in data.KEEPING_VERBS or nxt is not after[0]:
        return None
    at = next(
        (k for k, w in enumerate(after[:_KEEP_REACH]) if w.group().lower() in data.HOLDING_AT),
        None,
    )
    if at is None or at == 0 or not _LEVEL_AFTER.match(text, after[at].end()):
        return None
    return object_change(lo, after[:at], Direction.FLAT, lex)


def _level(
    hi: int,
    cue: str,
    before: list[re.Match[str]],
    after: list[re.Match[str]],
    nxt: re.Match[str] | None,
    data: ModuleType,
    lex: Lexicon,
) -> tuple[Span, str, Direction] | None:
    """A level after a linking verb ("Sales were higher", "inflation was unchanged"),
    or a verb keeping its object ("left rates unchanged")."""
    if nxt is not None and nxt.group().lower() in data.COMPARATIVE_THAN:
        # "higher than expected" is against a forecast; "higher than a year earlier" a
        # change over time.
        later = [w.group().lower() for w in after[after.index(nxt) + 1 : after.index(nxt) + 4]]
        if not any(w in data.THAN_EARLIER for w in later):
            return None
    if cue in data.FLAT_AFTER and (
        not before or before[-1].group().lower() not in data.FLAT_AFTER[cue]
    ):
        return None  # "changed" says no change only after "little": "were little changed"
    direction = level_direction(cue, data.LEVEL_UP, data.LEVEL_DOWN)
    k = len(before) - 1
    while k >= 0 and before[k].group().lower() in data.CHANGE_SKIP - data.LINKS:
        k -= 1
    if k >= 0 and before[k].group().lower() in data.LINKS:
        return subject_change(before[k].start(), hi, before[:k], direction, data, lex)
    if k > 0 and before[k].group().lower() in data.KEEPING_VERBS:
        if before[k - 1].group().lower() in data.CHANGE_PASSIVE:
            # "Interest rates were left unchanged": what was kept is the subject.
            return subject_change(before[k].start(), hi, before[:k], direction, data, lex)
    if direction is Direction.FLAT:
        for j in range(k, max(-1, k - _KEEP_REACH), -1):
            if before[j].group().lower() in data.KEEPING_VERBS and j < k:
                noun = before[k].group().lower()
                if noun in lex.STOPWORDS:
                    return None
                return (before[j].start(), hi), noun, direction
    return None


def _ends_noun(low: str, lex: Lexicon) -> bool:
    """Whether a word after "in" ends what changed: a stop word, or a time ("a rise in
    burglaries last year")."""
    return (
        low in lex.STOPWORDS
        or low in _TIME_OPENERS
        or low in lex.TIME_UNITS
        or low in lex.TIME_NOUNS
        or low in lex.MONTHS
    )


def _noun_of_change(
    lo: int,
    before: list[re.Match[str]],
    after: list[re.Match[str]],
    up: bool,
    data: ModuleType,
    lex: Lexicon,
) -> tuple[Span, str, Direction] | None:
    """A noun of change and what changed after "in": "a sharp rise in burglaries"."""
    if not any(w.group().lower() in data.CHANGE_NOUN_ARTICLES for w in before[-3:]):
        return None

    if not after or after[0].group().lower() != "in":
        return None
    words = [w.group().lower() for w in after[1:6]]
    k = 0
    while k < len(words) and words[k] in lex.NOUN_DETERMINERS:
        k += 1
    if k < len(words) - 1 and words[k] in data.AMOUNT_OF and words[k + 1] == "of":
        k += 2  # "a fall in the number of rough sleepers": the sleepers
    end = k
    while (
        end < len(words)
        and end < k + 3
        and not _ends_noun(words[end], lex)
        and in_noun_phrase(after[end + 1], lex)  # "a rise in energy prices pushed …"
    ):
        end += 1
    if end == k or not words[end - 1].isalpha():
        return None
    return (lo, after[end].end()), words[end - 1], direction_of(up)
