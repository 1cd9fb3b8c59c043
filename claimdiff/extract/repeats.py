"""How many times a thing was done, in one word: "Saka scored twice", "the visitors
replying only once", "capped only once by Scotland" (docs/claims.md, "Counts of times").

A word of ``REPEAT_WORDS`` ("once", "twice", "thrice") is a count of the times a verb's
act was done where that verb stands before it in its clause, in an inflected form (a
past, a participle or a present in -s: "scored", "replying", "wins"), with at most
``_REACH_WORDS`` words between that are no verb of the kind ("crossed the line twice").
Not after an auxiliary or a copula (``REPEAT_STOPS``: "he was once a teacher", "had once
been") or a word of ``REPEAT_NOT_AFTER`` ("all at once"), nor before
a word of ``REPEAT_NOT_BEFORE`` ("twice as many", "once a week", "once again", "twice the
size"; but an "as" opening a clause, ``REPEAT_CLAUSE_AFTER_AS``: "scored twice as Leeds
won"), nor at a clause's start ("Once the match began").  The count's noun is
``REPEAT_NOUN`` ("times"), as "three times" has; what was done is its verb's.  A count
followed in its clause by a word of ``REPEAT_AGAIN`` is none ("netting once from 25
metres and again late on" is twice in all).
"""

from __future__ import annotations

import re

from claimdiff import verbs
from claimdiff.extract.members import COUNT
from claimdiff.extract.precision import Draft
from claimdiff.lexicon import Lexicon
from claimdiff.model import Quantity
from claimdiff.text import Lowered

__all__ = ["repeats"]

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_WORD_AFTER = re.compile(r"\s+(?P<w>[^\W\d_]+)")
# How far back the verb may stand, in words and characters (a clause's end stops it).
_REACH_WORDS = 3
_REACH = 48
_CLAUSE_END = re.compile(r"[.!?;:,()\"“”]")


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
            continue  # letters of another word ("Monceau", "twice-weekly" is read whole)
        if text[end : end + 1] == "-":
            continue  # "a twice-weekly service", "a once-in-a-generation storm"
        after = _WORD_AFTER.match(text, end)
        if (
            after is not None
            and after["w"].lower() in lex.REPEAT_NOT_BEFORE
            and not _clause_after(text, after, lex)
        ):
            continue  # "twice as many", "once a week", "once again"
        if not _done_before(text, i, lex):
            continue
        if _again(text, end, lex):
            continue  # "netting once from 25 metres and again late on": twice in all
        value = float(lex.REPEAT_WORDS[word])
        out.append(Draft(i, end, COUNT, Quantity(value, value, value), noun=lex.REPEAT_NOUN))
    return out


def _again(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a word of ``REPEAT_AGAIN`` follows in the clause ("once … and again")."""
    stop = _CLAUSE_END.search(text, end, end + _REACH)
    words = _WORD.findall(text, end, stop.start() if stop is not None else end + _REACH)
    return any(w.lower() in lex.REPEAT_AGAIN for w in words)


def _clause_after(text: str, after: re.Match[str], lex: Lexicon) -> bool:
    """Whether ``after`` is an "as" that opens a clause ("scored twice as Leeds won")."""
    if after["w"].lower() != "as":
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
        return False  # "all at once"
    for w in words:
        low = w.lower()
        if low in lex.REPEAT_MODIFIERS:
            continue  # "replied only once", "scored just once"
        if low in lex.REPEAT_STOPS:
            return False  # "he was once a teacher", "had once been"
        found = verbs.bases(low)
        if found and low not in found:
            return True  # "scored", "replying", "won": a form no noun shares
    return False
