"""What a length of time measures where it is not how long something lasts.

Two reports of one story give lengths of time of different things: how long a bridge
took to build against how late it opened, how long a drought lasted against the
last time it was so dry.  A length that says how late or early something is
(:data:`DELAY`: "two years late", "delayed by three weeks", "a six-month delay") or how
long since something was last so (:data:`RECORD`: "the lowest in over a decade", "for
the first time in 50 years") is a fact of its own: it is its claim's predicate, and
alignment pairs it only with another of the same sense (docs/compare.md, "What a length
of time measures").  The words are the lexicon's (``DELAY_BEFORE``, ``DELAY_AFTER``,
``RECORD_BEFORE``, ``RECORD_WORDS``, ``SUPERLATIVE_CUES``).
"""

from __future__ import annotations

import re

from claimdiff import nouns
from claimdiff.lexicon import Lexicon

__all__ = ["DELAY", "RECORD", "sense", "superlative"]

DELAY = "delay"
"""The predicate of a length of time that says how late or early something is."""
RECORD = "record"
"""The predicate of a length of time that says how long since something was last so."""

# How far before a length its delay word or record's "in" may start: the longest phrase
# of the lexicon and its spaces.
_BEFORE_REACH = 40
_WORDS = re.compile(r"[^\W\d_]+")
# Characters per word when looking back for a record's cue: enough for RECORD_REACH
# words of news prose without scanning the whole clause.
_CHARS_A_WORD = 14


def sense(text: str, start: int, end: int, clause_start: int, lex: Lexicon) -> str | None:
    """:data:`DELAY`, :data:`RECORD` or None for the length of time at ``start:end``,
    reading no further back than ``clause_start``.

    >>> from claimdiff.lexicon import get_lexicon
    >>> lex = get_lexicon()
    >>> t = "It opened two years late, its busiest day in a decade, after a two-year delay."
    >>> [sense(t, t.index(w), t.index(w) + len(w), 0, lex)
    ...  for w in ("two years", "a decade", "a two-year delay")]
    ['delay', 'record', 'delay']
    >>> sense("Construction took five years.", 18, 28, 0, lex) is None
    True
    """
    after = lex.patterns["delay_after"]
    if after.match(text, end) is not None or after.search(text, start, end) is not None:
        return DELAY  # "two years late"; "a six-month delay", the noun in the claim's words
    lo = max(clause_start, start - _BEFORE_REACH)
    if lex.patterns["delay_before"].search(text, lo, start) is not None:
        return DELAY
    if _delayed_by(text, start, clause_start, lex):
        return DELAY
    gap = lex.patterns["gap_after"]
    if (
        gap.match(text, end)
        or gap.search(text, start, end)
        or lex.patterns["gap_before"].search(text, lo, start)
    ):
        return RECORD  # "after a two-year break": how long since the last
    prep = lex.patterns["record_before"].search(text, lo, start)
    if prep is None:
        return None
    reach = lex.RECORD_REACH
    window = text[max(clause_start, prep.start() - reach * _CHARS_A_WORD) : prep.start()]
    words = [w.lower() for w in _WORDS.findall(window)]
    in_ = prep.group().split()[0].lower() in lex.RECORD_ORDINAL_PREPOSITIONS
    for k in range(max(0, len(words) - reach), len(words)):
        w = words[k]
        if w in lex.RECORD_WORDS:
            return RECORD
        if w in lex.RECORD_ORDINALS and (in_ or words[k + 1 : k + 2] == ["time"]):
            return RECORD  # "the first win in 12 years", "for the first time for 40 years"
        if k > 0 and superlative(w, words[k - 1], lex):
            return RECORD
    return None


def superlative(word: str, before: str, lex: Lexicon) -> bool:
    """Whether ``word`` (lower case) after ``before`` is a superlative: a form in -est after
    one of ``SUPERLATIVE_CUES`` that WordNet knows as no noun ("the lowest", "its highest";
    not "the protest", "the harvest", "the inquest")."""
    if not word.endswith("est") or before not in lex.SUPERLATIVE_CUES:
        return False
    return not (lex.WORDNET_NOUNS and nouns.is_noun(word))


def _delayed_by(text: str, start: int, clause_start: int, lex: Lexicon) -> bool:
    """Whether the length at ``start`` follows "by" after a verb of a delay in its clause:
    "postponed the launch of its new weather satellite by three weeks"."""
    reach = lex.DELAY_VERB_REACH
    if not reach:
        return False
    window = text[max(clause_start, start - reach * _CHARS_A_WORD) : start]
    words = [w.lower() for w in _WORDS.findall(window)][-reach - 1 :]
    if not words or words[-1] not in lex.DELAY_BY:
        return False
    pairs = (" ".join(words[k : k + 2]) for k in range(len(words) - 1))
    return any(w in lex.DELAY_VERBS for w in words) or any(p in lex.DELAY_VERBS for p in pairs)
