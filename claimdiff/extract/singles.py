"""Counts of one written with "a single": "A single firefighter was hurt", "won by a
single vote", "a single heat-related death" (docs/claims.md, "Counts of one").

A count of one as "one" writes it, read by the same test (:func:`claimdiff.extract.ones.
counts_noun_at`): a noun after it that a count of one counts, right after it or after one
word that is no verb.  "a single day", "a single market" count nothing (a time is no
such thing, "a single market" is an idea), nor "a single mother"
(``ONE_PHRASES_NOT_BEFORE``: who she is), nor after a negation
(``ONE_PHRASES_NOT_AFTER``: "not a single passenger was hurt", "without a single
win").  The phrases are the lexicon's ``ONE_PHRASES``.
"""

from __future__ import annotations

from claimdiff.extract.members import COUNT
from claimdiff.extract.ones import counts_noun_at
from claimdiff.extract.precision import Draft
from claimdiff.extract.subjects import noun_after
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon
from claimdiff.model import Quantity
from claimdiff.pattern_code import compile_pattern
from claimdiff.text import Lowered

__all__ = ["singles"]

# The words before the phrase, how far back they are read, and how many of the last
# may negate it ("did not score a single goal").
_WORDS = compile_pattern(r"[^\W\d_]+")
_CLAUSE_END = lazy_pattern(r"[.!?;:,]")
_REACH = 40
_NEGATION_WORDS = 3


def singles(text: str, lex: Lexicon, low: Lowered | None = None) -> list[Draft]:
    """Each count of one written as a phrase of ``ONE_PHRASES`` in ``text``, in text
    order.  ``low`` is ``text`` lower-cased, where read."""
    if not lex.ONE_PHRASES:
        return []
    out: list[Draft] = []
    for i in (Lowered(text) if low is None else low).occurrences(lex.ONE_PHRASES):
        if i > 0 and (text[i - 1].isalnum() or text[i - 1] in "-’'"):
            continue  # "Sofia single", "lira single": letters of another word
        lo = max(0, i - _REACH)
        stop = _CLAUSE_END.search(text[lo:i][::-1])  # the negation is this clause's
        lo = i - stop.start() if stop is not None else lo
        before = _WORDS.findall(text, lo, i)[-_NEGATION_WORDS:]
        if any(w.lower() in lex.ONE_PHRASES_NOT_AFTER for w in before):
            continue  # "not a single passenger", "did not score a single goal": none
        phrase = next((p for p in lex.ONE_PHRASES if text[i : i + len(p)].lower() == p), None)
        if phrase is None:
            continue
        end = i + len(phrase)
        if not text[end : end + 1].isspace() or not counts_noun_at(text, end, lex):
            continue
        draft = Draft(i, end, COUNT, Quantity(1.0, 1.0, 1.0))
        noun = noun_after(text, end, lex)  # what it counts, as after "one"
        if noun is not None and noun[0] in lex.ONE_PHRASES_NOT_BEFORE:
            continue  # "a single mother": who she is, not how many
        if noun is not None:
            draft.noun, draft.end = noun
        out.append(draft)
    return out
