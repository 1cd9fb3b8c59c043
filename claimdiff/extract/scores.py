"""Scores: "beat Chelsea 3-1", "went down 24-27", "voted 51-49".

A score is two whole numbers joined by a hyphen or dash ("27-24", "6-4 3-6 7-5") with
one of the lexicon's score words (``SCORE_WORDS``: "beat", "lost", "draw", "voted", …)
before it in its sentence or at most 12 characters after it ("a 2-0 win"). Its claim is
one figure of kind ``score``: the two numbers as an interval, smaller first, so that the
winner's "27-24" and the loser's "24-27" are one score (docs/claims.md, "Scores").

A tally in words ("by 330 votes to 275") stays two counts, since the other text often
gives each side on its own ("275 voting in favour and 330 against").  Without a score
word the figures stay what the scan read: "aged 18-24" and "3-5%" are
ranges.  No score is read after "aged", "age", "between", "from", "page" or "no", nor
before "years" or a
percent sign, nor before a word that is neither a stop word nor a score word ("lost
4-5 players"), nor where the scan read a measure, an amount or a percentage ("2-3 km").
"""

from __future__ import annotations

import re

from claimdiff.extract.members import COUNT, EXACT, SCORE
from claimdiff.extract.overlay import overlay
from claimdiff.extract.precision import Draft
from claimdiff.lexicon import Lexicon
from claimdiff.model import Quantity, Span

__all__ = ["with_scores"]

# Two numbers of at most three digits: "27-24", "112-108", "6-4"; a year or a grouped
# figure is never one side of a score.  Searched over whole texts, it opens with a digit,
# which the engine skips to, and looks behind that digit for what may not precede it:
# opening with the look-behind, it was tried at every offset (more than twice the time).
# In ASCII text a digit is [0-9], which the engine tests with one range where \d looks up
# the character's category: a third off each pass over a text (issue 12).
_SCORE, _ASCII_SCORE = (
    re.compile(
        rf"({d}(?<![\w.,/:'’-]{d}){d}{{0,2}})\s?[-–]\s?({d}{{1,3}})"
        rf"(?![\w/:%-]|[.,]{d}|\s?(?:per\s?cent|percent|years?)(?![^\W\d_]))",
        re.IGNORECASE,
    )
    for d in (r"\d", "[0-9]")
)
# How far from a score its score word may stand: a verb before it in its sentence ("beat
# Chelsea 3-1", "was beaten in a final, Djokovic taking it 7-6, 7-6"), a noun of the
# result right after it ("a 2-0 win").
_CUE_BEFORE, _CUE_AFTER = 200, 12
# The word after a score: none, a stop word ("in Dublin") or a score word ("a 2-0 win"),
# perhaps after one of the lexicon's SCORE_MODIFIERS ("a 3-1 home win").
_NEXT_WORD = re.compile(r"\s+([a-z][a-z'’-]*)")
# Words before two numbers that make them a range of something else: "aged 18-24".
_NOT_AFTER = re.compile(r"(?:\b(?:aged|ages|age|between|from|pages?|nos?)\s+)$", re.IGNORECASE)


def with_scores(text: str, sents: list[Span], drafts: list[Draft], lex: Lexicon) -> list[Draft]:
    """``drafts`` with every score of ``text`` read as one, in place of what the scan read
    over its span."""
    score = _ASCII_SCORE if text.isascii() else _SCORE
    if ("-" not in text and "–" not in text) or score.search(text) is None:
        return drafts  # the cue pattern is compiled only for a text that may hold a score
    cue = lex.patterns["score_words"]
    found: list[Draft] = []
    for lo, hi in sents:
        # The sentence's scores first: the cue pattern opens with a look-behind, tried at
        # every offset of a sentence, and most sentences hold no score.
        candidates = list(score.finditer(text, lo, hi))
        if not candidates or cue.search(text, lo, hi) is None:
            continue
        for m in candidates:
            if _NOT_AFTER.search(text, max(lo, m.start() - 12), m.start()):
                continue
            near = cue.search(text, max(lo, m.start() - _CUE_BEFORE), m.start()) or cue.search(
                text, m.end(), min(hi, m.end() + _CUE_AFTER)
            )
            if near is None:
                continue  # "10-15 were injured after the game": the cue is another's
            after = _NEXT_WORD.match(text, m.end())
            if after and after[1] in lex.SCORE_MODIFIERS:  # "a 3-1 home win"
                after = _NEXT_WORD.match(text, after.end())
            if after and after[1] not in lex.STOPWORDS and not cue.fullmatch(after[1]):
                continue  # "lost 4-5 players": a count of players, not a score
            x, y = float(m[1]), float(m[2])
            q = Quantity(min(x, y), max(x, y), None, None, EXACT)
            found.append(Draft(m.start(), m.end(), SCORE, q))
    # Where the scan read a measure, a percentage or money over the span ("2-3 km", "3-5%"),
    # its reading stands.
    return overlay(drafts, found, keep=lambda d: d.kind is COUNT)
