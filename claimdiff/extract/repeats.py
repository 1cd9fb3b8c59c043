"""How many times a thing was done, in one word: "Saka scored twice", "the visitors
replying only once", "capped only once by Scotland", "has twice cut rates" (docs/claims.md,
"Counts of times").

A word of ``REPEAT_WORDS`` ("once", "twice", "thrice") is a count of the times a verb's
act was done where that verb stands before it in its clause, in a form other than its
base and in lower case (a past, a participle or a present in -s: "scored", "replying";
not "United", "Spurs"), with at most ``_REACH_WORDS`` words between ("crossed the line
twice"), and where what follows ends the clause or is a word of ``REPEAT_FOLLOWERS`` (a
preposition or a conjunction: "twice in 2019", "once and set up twice"): "the protest
ended once police arrived" and "she once worked as a nurse" (formerly) are none.  "twice"
and "thrice" also count before such a verb ("has twice cut rates", "Wales twice came from
behind"), where "once" means "formerly".  Not after an auxiliary or a copula
(``REPEAT_STOPS``: "he was once a teacher") or a word of ``REPEAT_NOT_AFTER`` ("all at
once", "for once"), nor before a word of ``REPEAT_NOT_BEFORE`` ("twice as many", "once a
week", "once again"; but an "as" opening a clause, ``REPEAT_CLAUSE_AFTER_AS``: "scored
twice as Leeds won"), nor in a phrase of ``REPEAT_IDIOMS`` ("once and for all", "once or
twice"), nor "once" before "and again" in its clause ("netting once … and again late
on": twice in all).  A hedge before the word bounds it as it bounds a figure ("at least
twice", "more than once").  The count's noun is ``REPEAT_NOUN`` ("times"), as "three
times" has; what was done is its verb's.
"""

from __future__ import annotations

import itertools
import re

from claimdiff import verbs
from claimdiff.extract.bounds import hedge_before, norm
from claimdiff.extract.members import COUNT
from claimdiff.extract.precision import Draft
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon
from claimdiff.model import Qualifier, Quantity
from claimdiff.pattern_code import compile_pattern
from claimdiff.text import Lowered

__all__ = ["repeats"]

_WORD = lazy_pattern(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_WORD_AFTER = compile_pattern(r"\s+(?P<w>[^\W\d_]+)")
# How far back the verb may stand, in words and characters (a clause's end stops it).
_REACH_WORDS = 3
_REACH = 48
_CLAUSE_END = lazy_pattern(r"[.!?;:,()\"“”]")
_ENDS_CLAUSE = lazy_pattern(r"\s*(?:[.!?;:,()\"“”—–]|\Z)")


def repeats(text: str, lex: Lexicon, low: Lowered | None = None) -> list[Draft]:
    """Each count of times written as one word of ``REPEAT_WORDS``, in text order."""
    if not lex.REPEAT_WORDS:
        return []
    out: list[Draft] = []
    for i in (Lowered(text) if low is None else low).occurrences(lex.REPEAT_WORDS):
        word = next((w for w in lex.REPEAT_WORDS if text[i : i + len(w)].lower() == w), None)
        if word is None:
            continue
        end = i + len(word)
        if (i > 0 and (text[i - 1].isalnum() or text[i - 1] in "-’'")) or text[
            end : end + 1
        ].isalnum():
            continue  # letters of another word ("Monceau")
        if text[end : end + 1] == "-":
            continue  # "a twice-weekly service", "a once-in-a-generation storm"
        if _in_idiom(text, i, lex):
            continue  # "once and for all", "once or twice"
        value = float(lex.REPEAT_WORDS[word])
        after = _WORD_AFTER.match(text, end)
        nxt = after["w"].lower() if after is not None else ""
        if nxt in lex.REPEAT_NOT_BEFORE and not _clause_after(text, after, lex):
            continue  # "twice as many", "once a week", "once again"
        if value >= 2 and _inflected(after["w"] if after is not None else ""):
            pass  # "has twice cut rates", "Wales twice came from behind"
        elif _ENDS_CLAUSE.match(text, end) is None and nxt not in lex.REPEAT_FOLLOWERS:
            continue  # "ended once police arrived", "she once worked": no count
        elif not _done_before(text, i, lex):
            continue
        if value == 1 and _again(text, end, lex):
            continue  # "netting once from 25 metres and again late on": twice in all
        out.append(_hedged(text, i, end, value, lex))
    return out


def _hedged(text: str, start: int, end: int, value: float, lex: Lexicon) -> Draft:
    """The count ``value`` at ``start:end``, bounded by a hedge right before it."""
    h = hedge_before(text[max(0, start - _REACH) : start], lex)
    if h is None:
        return Draft(start, end, COUNT, Quantity(value, value, value), noun=lex.REPEAT_NOUN)
    qualifier, lf, hf = lex.HEDGES[norm(h["hedge"])]
    low = None if lf is None else value * lf
    high = None if hf is None else value * hf
    q = Quantity(low, high, value, None, Qualifier(qualifier))
    at = max(0, start - _REACH) + h.start("hedge")
    return Draft(at, end, COUNT, q, noun=lex.REPEAT_NOUN)


def _in_idiom(text: str, i: int, lex: Lexicon) -> bool:
    """Whether a phrase of ``REPEAT_IDIOMS`` covers ``i``."""
    for idiom in lex.REPEAT_IDIOMS:
        lo = max(0, i - len(idiom))
        at = text[lo : i + len(idiom)].lower().find(idiom)
        if at >= 0 and lo + at <= i < lo + at + len(idiom):
            return True
    return False


def _inflected(word: str) -> bool:
    """Whether ``word`` is a verb's form other than its base, in lower case."""
    if not word or not word.islower():
        return False
    found = verbs.bases(word)
    return bool(found) and word not in found


def _again(text: str, end: int, lex: Lexicon) -> bool:
    """Whether "and" and a word of ``REPEAT_AGAIN`` follow in the clause ("once … and
    again late on")."""
    stop = _CLAUSE_END.search(text, end, end + _REACH)
    words = [w.lower() for w in _WORD.findall(text, end, stop.start() if stop else end + _REACH)]
    return any(
        a in lex.REPEAT_AGAIN and b in lex.COORDINATING_WORDS for b, a in itertools.pairwise(words)
    )


def _clause_after(text: str, after: re.Match[str] | None, lex: Lexicon) -> bool:
    """Whether ``after`` is an "as" that opens a clause ("scored twice as Leeds won")."""
    if after is None or after["w"].lower() not in lex.REPEAT_CLAUSE_WORDS:
        return False
    nxt = _WORD_AFTER.match(text, after.end())
    return nxt is not None and (
        nxt["w"][0].isupper() or nxt["w"].lower() in lex.REPEAT_CLAUSE_AFTER_AS
    )


def _done_before(text: str, i: int, lex: Lexicon) -> bool:
    """Whether an inflected verb of an act stands before ``i`` in its clause, within
    ``_REACH_WORDS`` words: "scored twice", "crossed the line twice"."""
    lo = max(0, i - _REACH)
    for end in _CLAUSE_END.finditer(text, lo, i):
        lo = end.end()
    words = _WORD.findall(text, lo, i)[::-1][: _REACH_WORDS + 1]
    if words and words[0].lower() in lex.REPEAT_NOT_AFTER:
        return False  # "all at once", "for once"
    for w in words:
        if w.lower() in lex.REPEAT_STOPS:
            return False  # "he was once a teacher", "had once been"
        if _inflected(w):
            return True  # "scored", "replying", "won"
    return False
