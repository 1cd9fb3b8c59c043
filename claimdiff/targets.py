"""Which figures are targets: what was aimed at, not what happened (docs/compare.md).

"Just 58.3% were seen within four hours, against a target of 95%": the target is a
figure of its own.  Money, percentages, counts and measures only: "the 18-week target" is
the period of a standard, the fact "within 18 weeks" states too.  Where both reports give
a target, a target pairs only with a target and an outcome with an outcome, as forecasts
do (claimdiff.expectations; both are a figure's *footing*,
:func:`claimdiff.candidates.footing`).  Where the other gives none, a target may still
pair as the last figure left, for a report words a target in many ways not read here
("The standard requires 95 per cent").

A figure is a target when, among its own words (claimdiff.prepare's segment), in its
clause:

* a target's noun stands before it, followed by a word naming its value, with at most
  :data:`_NOUN_GAP` words between that word and the figure ("a target of 95%", "its goal
  of 1 million visitors", "an ambition to plant 15 billion trees"; not "The aim of the
  $5bn fund"), or by a verb of being right before the figure ("the target is 300,000";
  not "The goal was watched by 40,000 fans"), and the figure is not the size of a miss
  ("missed its target by 2%");
* a verb of aiming and "to" or "for" stand at most :data:`_AIM_GAP` words before it
  ("aims to build 300,000 homes", "aiming for £210,000"; not "hoped to find survivors
  among the 300 passengers"), seeking not before a count ("seeking to identify 3
  men"); or, for a figure not a count, a verb of targeting within
  :data:`_TARGETING_BEFORE` words ("is targeting a harvest of 650,000 tonnes");
* a target's noun stands among its own words or right after it, one word between at
  most ("the 33,450 target", "a 2% inflation target", and, for a figure not a count,
  "its $4 billion goal": "a two-goal lead" counts goals);
* or, named ("the"), a participle of promising follows within :data:`_AIM_AFTER` words,
  no "who" or "which" between ("the 500,000 the White House has pledged").

The words are the lexicon's (``TARGET_NOUNS``, ``AIMING_VERBS`` and the rest, in
``lexicon/en_targets.py``); a language without them reads no figure as a target.
"""

from __future__ import annotations

from claimdiff.expectations import clause_after, clause_before, words_of
from claimdiff.lexicon import Lexicon

__all__ = ["aimed"]

# How many words may stand between a target's naming word and the figure ("an ambition
# to plant 15 billion trees"), between a verb of aiming's "to" and the figure ("aims to
# build more than 300,000"), and how far after the figure a target's noun ("a 2%
# inflation target").
_NOUN_GAP = 3
_AIM_GAP = 2
_NOUN_AFTER = 2
_AIM_AFTER = 5
_TARGETING_BEFORE = 4


def aimed(
    text: str, span: tuple[int, int], own: tuple[int, int], lex: Lexicon, *, counted: bool = False
) -> bool:
    """Whether the figure at ``span`` of ``text``, whose own words run over ``own``, is a
    target; ``counted``: whether it is a count, which words of sport and war name as
    often as a target ("a two-goal lead", "targeting 12 sites").

    >>> from claimdiff.lexicon import get_lexicon
    >>> en = get_lexicon("en")
    >>> t = "Just 58% were seen in time, against a target of 95%."
    >>> aimed(t, (47, 50), (28, len(t)), en), aimed(t, (5, 8), (0, 26), en)
    (True, False)
    >>> t = "It missed its target by 2%."
    >>> aimed(t, (23, 25), (0, len(t)), en)
    False
    """
    if not lex.TARGET_NOUNS:
        return False
    (start, end), (lo, hi) = span, own
    lows = [low for low, _ in clause_before(text[lo:start], lex)[1]]
    if len(lows) > 1 and lows[-1] in lex.TARGET_MISS_WORDS and lows[-2] in lex.TARGET_NOUNS:
        return False  # "missed its target by 2%": the size of the miss
    if _named_before(lows, lex):
        return True
    if _aiming(lows, counted, lex):
        return True
    if not counted and any(w in lex.TARGETING_VERBS for w in lows[-_TARGETING_BEFORE:]):
        return True  # "is targeting a harvest of 650,000 tonnes"
    after_nouns = lex.TARGET_NOUNS_AFTER
    if not counted:
        after_nouns = after_nouns | lex.TARGET_NOUNS_AFTER_AMOUNTS
    if any(low in after_nouns for low, _ in words_of(text[start:end])):
        return True  # "the 33,450 target set", its noun read into the figure
    next_words = [low for low, _ in clause_after(text[end:hi], lex)]
    if any(w in after_nouns for w in next_words[:_NOUN_AFTER]):
        return True
    # "the 500,000 the White House has pledged": named, and aimed at in the words after.
    named = bool(lows) and lows[-1] in lex.NAMED_BEFORE
    reach = next_words[:_AIM_AFTER]
    return (
        named and any(w in lex.AIMED_AFTER for w in reach) and not lex.TARGET_RELATIVES & set(reach)
    )


def _named_before(lows: list[str], lex: Lexicon) -> bool:
    """Whether a target's noun and a word naming its value stand before the figure: at
    most :data:`_NOUN_GAP` words between that word and the figure ("a target of a 30% cut"),
    none after a verb of being but a light word ("the target is about 300,000") unless
    "to" follows it ("The goal is to build 300,000 homes"), and no determiner after "of"
    ("The aim of the $5bn fund")."""
    n = len(lows)
    for k in range(max(0, n - _NOUN_GAP - 3), n - 1):
        if lows[k] not in lex.TARGET_NOUNS:
            continue
        nxt, between = lows[k + 1], lows[k + 2 :]
        if nxt in lex.TARGET_COPULAS:
            if between and between[0] in lex.AIMING_OPENERS:
                if len(_heavy(between[1:], lex)) <= _AIM_GAP:
                    return True
            elif len(between) <= 1 and all(w in lex.TARGET_LIGHT_WORDS for w in between):
                return True
            continue
        if len(between) > _NOUN_GAP:
            continue
        if nxt in lex.TARGET_NAMING and not (
            nxt == "of" and between and between[0] in lex.TARGET_DETERMINERS
        ):
            return True
    return False


def _heavy(words: list[str], lex: Lexicon) -> list[str]:
    """``words`` but light ones ("an extra"), and a last "by" (a change's size: "to cut
    emissions by 40%")."""
    kept = [w for w in words if w not in lex.TARGET_LIGHT_WORDS]
    return kept[:-1] if kept and kept[-1] in lex.TARGET_MISS_WORDS else kept


def _aiming(lows: list[str], counted: bool, lex: Lexicon) -> bool:
    """Whether a verb of aiming and "to" or "for" stand before the figure, at most
    :data:`_AIM_GAP` words between (light words and a last "by" aside: "aims to build
    300,000 homes", "pledged to cut emissions by 68%", "promised to recruit an extra
    20,000 officers"), the verb one that aims at counts where the figure is one."""
    n = len(lows)
    for k in range(max(0, n - _AIM_GAP - 8), n - 1):
        w = lows[k]
        if w not in lex.AIMING_VERBS or lows[k + 1] not in lex.AIMING_OPENERS:
            continue
        if counted and w in lex.AIMING_NOT_FOR_COUNTS:
            continue
        if len(_heavy(lows[k + 2 :], lex)) <= _AIM_GAP:
            return True
    return False
