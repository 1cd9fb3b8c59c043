"""Whether a date is of a thing past or of one to come, as its words say.

A relative date carries its tense in its first word ("last month", "earlier this year" are
past; "next year", "later this year" to come; "this week" neither), and a date said
outright takes the tense of its own clause: "Fire broke out on 4 October" is past, "The
bridge will open in October" to come, "From 1 March, fares go up" neither.  compare()
never pairs a relative date with a date of the other tense ("will be scrapped next year"
and "broke out on 4 October"), the rule stated in docs/compare.md ("Relative dates").
The words are the lexicon's (``RELATIVE_PAST_WORDS``, ``RELATIVE_FUTURE_WORDS``,
``FUTURE_WORDS``, ``FUTURE_PAIRS``, ``PAST_WORDS``); a verb's past form is read from
WordNet's verb data (:func:`claimdiff.verbs.bases`).
"""

from __future__ import annotations

import itertools
import re
from typing import Literal

from claimdiff import verbs
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon
from claimdiff.model import Span

__all__ = ["FUTURE", "PAST", "Tense", "clause_tense", "phrase_tense"]

Tense = Literal["past", "future"]
PAST: Tense = "past"
FUTURE: Tense = "future"

# What ends a clause around a date: marks, and the words that join two ("He was ordained
# in 1976 and will retire next month"); and "since", which makes what follows it past
# ("its first works since a roof repair in 2019") and says nothing of what comes before
# ("is back in July 2026 for the first time since 2022").
_CLAUSE_BREAK = lazy_pattern(
    r"[,;:()–—]|\s-\s|\s(?:and|but|while|whereas)\s|\s(?P<since>since)\s", re.IGNORECASE
)
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?|['’]ll\b")


def phrase_tense(phrase: str, lex: Lexicon) -> Tense | None:
    """The tense a relative date's first word gives it ("last month": past), or None."""
    first = phrase.split(maxsplit=1)[0].lower() if phrase.strip() else ""
    if first in lex.RELATIVE_PAST_WORDS:
        return PAST
    if first in lex.RELATIVE_FUTURE_WORDS:
        return FUTURE
    return None


def clause_tense(text: str, span: Span, sentence: Span, lex: Lexicon) -> Tense | None:
    """The tense of the clause of ``sentence`` that holds ``span``: future where it holds a
    word or pair of words of a thing to come and nothing past, past where it follows
    "since", holds a past word, or a verb in a past form is the nearest before ``span``,
    and nothing to come; else None."""
    lo, hi = sentence
    start, since = lo, False
    for m in _CLAUSE_BREAK.finditer(text, lo, span[0]):
        start, since = m.end(), m["since"] is not None
    after = _CLAUSE_BREAK.search(text, span[1], hi)
    end = hi if after is None else after.start()
    words = [w.lower() for w in _WORD.findall(text, start, end)]
    future = any(w in lex.FUTURE_WORDS for w in words) or any(
        pair in lex.FUTURE_PAIRS for pair in itertools.pairwise(words)
    )
    before = [w.lower() for w in _WORD.findall(text, start, span[0])]
    past = since or any(w in lex.PAST_WORDS for w in words) or _after_past_form(before, lex)
    if future == past:
        return None
    return FUTURE if future else PAST


def _after_past_form(words: list[str], lex: Lexicon) -> bool:
    """Whether the verb nearest before a date is in a past form ("Fire broke out aboard
    the ship on 4 October", "voted 81% in favour of the deal on 2 June"): read back past
    words that may be nouns (their own lemma: "deal", "strike"), stopping at a form in
    -ing, which dates what is still to happen as readily ("has called a strike starting
    on Wednesday"), and at a word of a thing to come ("said it would close the pool in
    March": the closing is to come, the saying past)."""
    for word in reversed(words):
        if word.endswith("ing") or word in lex.FUTURE_WORDS:
            return False
        found = verbs.bases(word) if len(word) > 2 and not word.endswith("s") else ()
        if found and word not in found:
            return True
    return False
