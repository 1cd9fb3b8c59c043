"""Changes a word before the level word leads: a verb of results ("reported higher
quarterly profits", "posted a lower first-half profit", "announced flat sales"), a verb
of causing and its object ("sending its shares sharply lower", "drove borrowing costs
up"), and a verb with its particle ("Mortgage rates went up", "activity picked up").

:mod:`claimdiff.extract.change_readings` asks these where its word is one of their
tables (``RESULT_*``, ``CAUSE_*``, ``PHRASAL_*`` in ``en_changes.py``; docs/claims.md,
"Changes said in words").
"""

from __future__ import annotations

import functools
import re
from types import ModuleType

from claimdiff import nouns
from claimdiff.extract.what_moved import (
    JOINS,
    LIVING,
    OBJECT_OPENERS,
    direction_of,
    last_word,
    level_direction,
    object_change,
    subject_change,
    to_a_level,
)
from claimdiff.lexicon import Lexicon
from claimdiff.model import Direction, Span

__all__ = [
    "caused",
    "caused_at",
    "phrasal",
    "phrasal_only",
    "reported",
    "reported_at",
    "result_only",
]

# WordNet's classes of what a cause or a particle moves as a body, no quantity ("sent
# the ball higher", "the balloon went up").
BODIES = LIVING | {"artifact", "object", "body"}
# How many words after a level word its phrase is read in for "than".
_PHRASE_WORDS = 4


@functools.cache
def _read_alone(data: ModuleType) -> frozenset[str]:
    """The words of change read with no word before them leading: verbs, levels after a
    linking verb, "-ing" forms."""
    alone: frozenset[str] = (
        data.LEVEL_UP | data.LEVEL_DOWN | data.LEVEL_FLAT | data.CHANGE_VERBS_UP
        | data.CHANGE_VERBS_DOWN | data.CHANGE_OBJECT_UP | data.CHANGE_OBJECT_DOWN
        | data.PROGRESSIVE_UP | data.PROGRESSIVE_DOWN
    )  # fmt: skip
    return alone


@functools.cache
def result_only(data: ModuleType) -> frozenset[str]:
    """The level words read only after a verb of results ("reported stronger sales")."""
    only: frozenset[str] = (data.RESULT_UP | data.RESULT_DOWN | data.RESULT_FLAT) - _read_alone(
        data
    )
    return only


@functools.cache
def phrasal_only(data: ModuleType) -> frozenset[str]:
    """The verbs that say a change only with a particle right after them ("went up")."""
    only: frozenset[str] = (data.PHRASAL_UP_VERBS | data.PHRASAL_DOWN_VERBS) - _read_alone(data)
    return only


def reported_at(before: list[re.Match[str]], data: ModuleType) -> bool:
    """Whether a verb of results, an article at most after it, ends ``before``: "reported
    higher profits", "posted a lower profit"."""
    k = len(before) - 1
    if k >= 0 and before[k].group().lower() in data.RESULT_ARTICLES:
        k -= 1
    return k >= 0 and before[k].group().lower() in data.RESULT_VERBS


def reported(
    text: str,
    lo: int,
    hi: int,
    cue: str,
    before: list[re.Match[str]],
    after: list[re.Match[str]],
    data: ModuleType,
    lex: Lexicon,
) -> tuple[Span, str, Direction] | None:
    """A level word a verb of results leads, and what it qualifies: "reported higher
    quarterly profits" (profits, up), "announced flat sales"."""
    if not reported_at(before, data):
        return None
    if not after or after[0].group().lower() in data.RESULT_BLOCKS:
        return None  # "reported lower back pain", "saw higher education"
    if _against_another(after, data):
        return None  # "reported higher than expected profits", "higher returns than its
        # benchmark": against a forecast or another thing
    after = _phrase(text, hi, after, lex)
    direction = level_direction(cue, data.RESULT_UP, data.RESULT_DOWN)
    return object_change(lo, after, direction, lex, data.OBJECT_BLOCKS)


def _against_another(after: list[re.Match[str]], data: ModuleType) -> bool:
    """Whether "than" follows within the phrase after a level word, and no earlier time
    after it: "higher returns than its benchmark" (not "higher than a year earlier")."""
    words = [w.group().lower() for w in after[: _PHRASE_WORDS + 1]]
    for k, w in enumerate(words):
        if w in data.COMPARATIVE_THAN:
            return not any(v in data.THAN_EARLIER for v in words[k + 1 : k + 4])
    return False


def _phrase(text: str, at: int, after: list[re.Match[str]], lex: Lexicon) -> list[re.Match[str]]:
    """The words of ``after`` up to a mark or a time: "higher profits, sales rose" and
    "higher profits Wednesday" name profits."""
    out: list[re.Match[str]] = []
    for w in after:
        if not text[at : w.start()].isspace():
            break
        low = w.group().lower()
        if low in lex.WEEKDAYS or low in lex.MONTHS:
            break  # "higher profits Wednesday" (not a unit: "higher second quarter profits")
        out.append(w)
        at = w.end()
    return out


def caused_at(
    before: list[re.Match[str]], data: ModuleType, lex: Lexicon
) -> tuple[int, int] | None:
    """The indices in ``before`` of a verb of causing and of its object's last word, the
    object ending ``before`` but for adverbs in "-ly" ("sending its shares sharply"), or
    None."""
    k = last_word(before, lambda low: low.endswith("ly") and not nouns.is_noun(low))
    last = k
    while k >= 0 and last - k <= data.CAUSE_REACH:
        low = before[k].group().lower()
        if low in data.CAUSE_VERBS:
            return (k, last) if k < last else None
        if low in lex.STOPWORDS and low not in OBJECT_OPENERS:
            return None
        k -= 1
    return None


def caused(
    text: str,
    hi: int,
    cue: str,
    before: list[re.Match[str]],
    after: list[re.Match[str]],
    data: ModuleType,
    lex: Lexicon,
) -> tuple[Span, str, Direction] | None:
    """An object a verb of causing moves to a level: "sending its shares sharply lower"
    (shares, down), "drove borrowing costs up"; not one denied or to come ("could send
    shares lower", "did not push prices higher"), nor a place moved to ("pushed the fire
    up the hillside")."""
    at = caused_at(before, data, lex)
    if at is None:
        return None
    k, last = at
    if any(w.group().lower() in data.CHANGE_DENIALS for w in before[max(0, k - 3) : k]):
        return None  # "could send", "did not push", "would likely have sent"
    if _object_after(text, hi, after, data, lex):
        return None
    up = cue in data.CAUSE_UP
    read = object_change(before[k].start(), before[k + 1 : last + 1], direction_of(up), lex)
    if read is None or nouns.noun_class(read[1]) in BODIES:
        return None  # "sent the ball higher": a body moved, no quantity
    (start, _), noun, direction = read
    return (start, hi), noun, direction


def _object_after(
    text: str, at: int, after: list[re.Match[str]], data: ModuleType, lex: Lexicon
) -> bool:
    """Whether the word right after ``at`` (a particle or level word) opens an object or a
    place, or joins another way ("up the hillside", "up the phone", "up and down"); a
    time may follow ("went up last month")."""
    if not after or not text[at : after[0].start()].isspace():
        return False
    low = after[0].group().lower()
    if low in JOINS:
        # "went up and down"; not "went up and house prices fell"
        return after[1:2] != [] and after[1].group().lower() in data.CAUSE_UP | data.CAUSE_DOWN
    if low in data.CAUSE_UP or low in data.CAUSE_DOWN:
        return True  # "higher up the beach"
    if low in lex.MONTHS or low in lex.WEEKDAYS or low in data.PROGRESSIVE_TIMES:
        return False
    return low in OBJECT_OPENERS or (low not in lex.STOPWORDS and nouns.is_noun(low))


def phrasal(
    text: str,
    lo: int,
    hi: int,
    cue: str,
    before: list[re.Match[str]],
    after: list[re.Match[str]],
    data: ModuleType,
    lex: Lexicon,
) -> tuple[Span, str, Direction] | None:
    """A verb and its particle right after it: "Mortgage rates went up" (rates, up),
    "Factory activity picked up"; none where an object follows the particle ("picked up
    the phone") or what moved is a body ("the balloon went up")."""
    if not after or not text[hi : after[0].start()].isspace():
        return None
    particle = after[0].group().lower()
    up = particle == "up" and cue in data.PHRASAL_UP_VERBS
    if not up and not (particle == "down" and cue in data.PHRASAL_DOWN_VERBS):
        return None
    if _object_after(text, after[0].end(), after[1:], data, lex):
        return None  # "picked up the phone", "went down fighting", "went up and down"
    if after[1:2] and after[1].group().lower() == "to" and not to_a_level(after[1:], data):
        return None  # "came down to price", "went up to the Senate"
    if data.PHRASAL_BLOCKS.intersection(w.group().lower() for w in after[1:3]):
        return None  # "went down with flu", "went up in flames"
    read = subject_change(lo, after[0].end(), before, direction_of(up), data, lex)
    if read is None or nouns.noun_class(read[1]) in BODIES:
        return None  # "the balloon went up": a body moved, no quantity
    return read
