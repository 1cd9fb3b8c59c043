"""Whether a negation bounds the figure after "more than" or "fewer than".

"The project will not cost more than £5m" says at most £5m, "there were not fewer than
300" at least 300: read as written, "more than £5m" said the opposite.  A negation word
(``NEGATIONS``: not, no, never, nobody, none, cannot, a word in "n't") among the few words
of the clause before the hedge turns it over, unless a word that opens another clause
or a report of one stands between (``NEGATION_BLOCKERS``: "it is not known whether more
than 100 died", "did not confirm reports that more than 40 were hurt", "Not only did more
than 2,000 attend").  Hedges that hold their negation ("no more than", "not less than")
are the lexicon's own.  The rule and how it was measured: docs/claims.md, "Negated
bounds".
"""

from __future__ import annotations

from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon

__all__ = ["NEGATION_REACH", "negation_before"]

# How many words before the hedge a negation may stand: "No single venue can receive more
# than £150,000" (four).
NEGATION_REACH = 6
# How far back the clause is read, in characters: some six long words.
_READ_BACK = 60
_CLAUSE_END = frozenset(".;:!?,\n()")
_WORD = lazy_pattern(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def negation_before(text: str, at: int, lex: Lexicon) -> int | None:
    """Where the negation that bounds the hedge starting at ``at`` in ``text`` starts, or
    None: the claim then runs from it, so that its words say what it states ("not cost
    more than £5m").

    >>> from claimdiff.lexicon import get_lexicon
    >>> en = get_lexicon("en")
    >>> t = "The project will not cost more than £5m."
    >>> t[negation_before(t, t.index("more"), en) :]
    'not cost more than £5m.'
    >>> t = "It is not known whether more than 100 died."
    >>> negation_before(t, t.index("more"), en) is None
    True
    """
    if not lex.NEGATIONS:
        return None
    start = max(0, at - _READ_BACK)
    for k in range(at - 1, start - 1, -1):
        # A figure between is another bound's: "no less than 194 and less than 12".
        if text[k] in _CLAUSE_END or text[k].isdigit():
            start = k + 1
            break
    words = list(_WORD.finditer(text, start, at))[-NEGATION_REACH:]
    for m in reversed(words):
        w = m.group().lower()
        if w in lex.NEGATION_BLOCKERS:
            return None
        if w in lex.NEGATIONS or w.endswith(("n't", "n’t")):
            # "a No 10 spokesman": "No" before a number is a sign, no negation.
            if w == "no" and text[m.end() : m.end() + 2].strip()[:1].isdigit():
                return None
            return m.start()
    return None
