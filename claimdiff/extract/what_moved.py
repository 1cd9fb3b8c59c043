"""What moved, for a word of change: the subject before a verb ("Exports also fell"),
or the object after one ("raised its key interest rate").

:mod:`claimdiff.extract.change_readings` and :mod:`claimdiff.extract.led_changes` read
the words of change; these read the phrase that names what moved, by the rules
docs/claims.md states ("Changes said in words").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from types import ModuleType

from claimdiff import nouns
from claimdiff.extract.heads import head_of, in_noun_phrase
from claimdiff.lexicon import Lexicon
from claimdiff.model import Direction, Span
from claimdiff.pattern_code import compile_pattern

__all__ = [
    "JOINS",
    "LIVING",
    "MODIFIERS",
    "OBJECT_OPENERS",
    "POSSESSIVE",
    "WORD",
    "direction_of",
    "last_word",
    "level_direction",
    "object_change",
    "passed_over",
    "subject_change",
    "to_a_level",
    "words_in",
]

# A word of any script, hyphened ("third-quarter") or with an apostrophe's tail, as the
# readers of changes take the words around one.
WORD = compile_pattern(r"[^\W\d_]+(?:-[^\W\d_]+)*(?:['’][^\W\d_]+)?")
# WORD's matches in ASCII, where a letter is one of these ranges: the engine tests a range
# with one look-up, the category classes with a call a character (a quarter of the cost).
_ASCII_WORD = compile_pattern(r"[A-Za-z]+(?:-[A-Za-z]+)*(?:'[A-Za-z]+)?")


def words_in(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """The matches of :data:`WORD` in ``text[lo:hi]``, in order."""
    return list((_ASCII_WORD if text.isascii() else WORD).finditer(text, lo, hi))


# A word's possessive ending ("Britain's", "members'"), read off what moved and its names.
POSSESSIVE = compile_pattern(r"['’]s?$")
# Determiners that open an object after a verb: "raised its dividend".
OBJECT_OPENERS = frozenset("the its their his her our a an this these those".split())
# Words joining two words of change, or two particles: "rose and fell", "up and down".
JOINS = frozenset({"and", "or"})
# WordNet's classes of what falls and rises but is no quantity.
LIVING = frozenset({"person", "animal"})
# How many words before the head of what moved a change's span takes: "Retail sales".
MODIFIERS = 2
# How many words an object names what moved in: "raised its key interest rate".
_OBJECT_WORDS = 4


def last_word(before: list[re.Match[str]], passed: Callable[[str], bool]) -> int:
    """The index of the last word of ``before`` not ``passed`` over (lower case), or -1."""
    k = len(before) - 1
    while k >= 0 and passed(before[k].group().lower()):
        k -= 1
    return k


def passed_over(low: str, data: ModuleType) -> bool:
    """Whether a word between what moved and the verb is passed over: an auxiliary or
    adverb of ``CHANGE_SKIP``, or an adverb in "-ly" no noun ("Exports unexpectedly
    fell"; not "Italy")."""
    return low in data.CHANGE_SKIP or (low.endswith("ly") and not nouns.is_noun(low))


def _living(noun: str) -> bool:
    """Whether ``noun`` first names a person or an animal, which fall and rise but are no
    quantity ("the climber fell", "the horse fell")."""
    return nouns.noun_class(noun) in LIVING


def level_direction(cue: str, up: frozenset[str], down: frozenset[str]) -> Direction:
    """Which way a level word says a thing went: up, down, or else flat ("unchanged")."""
    return Direction.UP if cue in up else Direction.DOWN if cue in down else Direction.FLAT


def direction_of(up: bool) -> Direction:
    return Direction.UP if up else Direction.DOWN


def subject_change(
    lo: int,
    hi: int,
    before: list[re.Match[str]],
    direction: Direction,
    data: ModuleType,
    lex: Lexicon,
) -> tuple[Span, str, Direction] | None:
    """What moved as the subject before the verb at ``lo``: "Exports also fell"."""
    k = last_word(before, lambda low: passed_over(low, data))
    if k < 0:
        return None
    low = before[k].group().lower()
    if low in data.CHANGE_DENIALS or low in lex.STOPWORDS or low in lex.FUNCTION_WORDS:
        return None  # "did not fall", "it rose": nothing here says what moved
    if any(w.group().lower() in data.CHANGE_DENIALS for w in before[k + 1 :]):
        return None
    noun = head_of(before, k, lex)
    # The span opens with the head's phrase ("Retail sales were flat", "Shares in Calder
    # Foods rose"), or the word before the verb where the head is read otherwise.
    at = next((j for j in range(k, -1, -1) if before[j].group().lower() == noun), k)
    if any(POSSESSIVE.search(w.group()) for w in before[at:k]):
        noun, at = low, k  # "the Bank of England's base rate": the rate, not the bank
    if not noun.isalpha() or noun in lex.STOPWORDS or _living(noun):
        return None  # "The horse fell", "the man fell": a fall, no quantity
    first = at
    while (
        first > 0
        and at - first < MODIFIERS
        and before[first - 1].group().lower() not in lex.STOPWORDS
        and in_noun_phrase(before[first - 1], lex)
        and before[first - 1].string[before[first - 1].end() : before[first].start()].isspace()
    ):
        first -= 1  # not across a mark: "€4.2bn; European deliveries rose"
    return (before[first].start(), hi), noun, direction


def object_change(
    lo: int,
    after: list[re.Match[str]],
    direction: Direction,
    lex: Lexicon,
    blocked: frozenset[str] = frozenset(),
) -> tuple[Span, str, Direction] | None:
    """What moved as the object after the verb at ``lo``, the last word of the short
    phrase ``after`` opens: "raised its key interest rate" → rate."""
    k = 1 if after and after[0].group().lower() in OBJECT_OPENERS else 0
    first = k
    while (
        k < len(after)
        and k < first + _OBJECT_WORDS
        and after[k].group().lower() not in lex.STOPWORDS
        # An object runs to a mark at most: "raised rates, pushing costs higher".
        and (k == 0 or after[k].string[after[k - 1].end() : after[k].start()].isspace())
    ):
        k += 1
    if k == first:
        return None
    head = after[k - 1]
    noun = head.group().lower()
    if not noun.isalpha() or not nouns.is_noun(noun) or _living(noun):
        return None  # "cut free", "raised him": no thing that moves
    if noun in blocked:
        return None  # "lifted sanctions", "raised concerns": another sense of the verb
    return (lo, head.end()), noun, direction


def to_a_level(after: list[re.Match[str]], data: ModuleType) -> bool:
    """Whether the "to" opening ``after`` leads to a level ("fell to a record low", "came
    down to a record low"; not "rose to power", "came down to price")."""
    return any(m.group().lower() in data.LEVEL_NOUNS for m in after[1:5])
