"""A poll's or survey's margin of error, whatever unit a report writes it in.

"a maximum margin of error of 3.1 per cent" and "±3.1 percentage points", "plus or minus
2 points" and "accurate to within 2 percentage points": one statistic of one survey,
which writers give in per cent or in points alike.  Such a figure is compared in a block
of its own (docs/compare.md, "Margins of error"), never with a party's share or a change
in points of the same size ("up 2 points").  The words that mark it are the lexicon's
``MARGIN_CUES`` before the figure (within 60 characters of its sentence, no mark of
another clause and only ``MARGIN_LINKS`` between), and ``MARGIN_CUES_AFTER`` or
``MARGIN_CUES_BEHIND`` right after it ("3 points either way", "a 3-point margin of
error").
"""

from __future__ import annotations

import re

from claimdiff.candidates import block_of
from claimdiff.lexicon import Lexicon
from claimdiff.model import Claim, Kind
from claimdiff.pattern_code import compile_pattern

__all__ = ["MARGIN_BLOCK", "margin_of_error"]

MARGIN_BLOCK = "margin of error"
"""The block a margin of error is compared in (:func:`claimdiff.candidates.block_of`'s
names, beside "percent" and "points")."""

# How far before a figure its cue may stand: "The margin of error at the 95% confidence
# level is 3 points" puts "margin of error" 45 characters before it.
_REACH = 60
# Marks that end the cue's reach: another clause's figure or an aside's ("Labour was on
# 41% (±3 points), the Conservatives on 38%"); not a colon ("Margin of error: 3 points").
_BREAKS = ".;!?(),"
# The blocks a margin is written in: "3.1 per cent", "3.1 percentage points".
_MEASURED = frozenset({"percent", "points"})
# A figure between the cue and the claim takes the cue, unless it is a confidence level.
_DIGIT = compile_pattern(r"\d")
_WORD = compile_pattern(r"[^\W\d_]+")
_CONFIDENCE = compile_pattern(r"[\d.]+\s?(?:%|per\s?cent|percent)\s+confidence", re.IGNORECASE)


def margin_of_error(text: str, claim: Claim, lex: Lexicon, block: str | None = None) -> bool:
    """Whether ``claim`` (of ``text``) is a margin of error: a percentage, or a count of
    points, that a cue of the lexicon's marks as one, with no mark of another clause and
    no other figure between (a confidence level aside), and that is no confidence level
    itself.  ``block``: the claim's :func:`~claimdiff.candidates.block_of`, where the caller
    has it.

    >>> from claimdiff import extract
    >>> from claimdiff.lexicon import get_lexicon
    >>> t = "Labour is up 2 points; the margin of error is plus or minus 2 points."
    >>> [margin_of_error(t, c, get_lexicon("en")) for c in extract(t)]
    [False, True]
    """
    if not lex.MARGIN_CUES or not _measured(claim, lex, block or block_of(claim)):
        return False
    if _CONFIDENCE.match(text, claim.span[0]) is not None:
        return False  # "at the 95% confidence level": no margin
    after = text[claim.span[1] : claim.span[1] + 24].lower().lstrip(" -\u00a0")
    after = after[: min((after.find(m) for m in _BREAKS if m in after), default=len(after))]
    if after.startswith(lex.MARGIN_CUES_AFTER) or _after_the_figure(after, lex):
        return True  # "3 points either way", "a 3-point margin of error"
    lo = max(claim.sentence[0], claim.span[0] - _REACH)
    before = text[lo : claim.span[0]]
    cut = max(before.rfind(mark) for mark in _BREAKS)
    before = before[cut + 1 :].lower()
    found = [(before.rfind(cue), cue) for cue in lex.MARGIN_CUES if cue in before]
    if not found:
        return False
    at, cue = max(found)
    between = _CONFIDENCE.sub("", before[at + len(cue) :])
    if _DIGIT.search(between) is not None:
        return False  # another figure takes the cue
    links = _WORD.findall(between)
    leading = [w for w in _WORD.findall(before[:at]) if w not in _DETERMINERS]
    if leading and (leading[-1] in lex.MARGIN_ASIDES or leading[-1] == "within"):
        # "within the margin of error with Labour on 41 per cent", "outside the margin of
        # error at 7 points": the figure is the race's; but the margin's own "of 3 points"
        return links[:1] == ["of"] and all(w in lex.MARGIN_LINKS for w in links)
    # Only words that link a margin to its figure: "of", "is", "at", "plus or minus".
    return all(w in lex.MARGIN_LINKS for w in links)


def _after_the_figure(after: str, lex: Lexicon) -> bool:
    """Whether a cue that may follow its figure does ("a 3-point margin of error")."""
    words = _WORD.findall(after)
    while words and words[0] in _POINT_WORDS:
        words.pop(0)
    return any(" ".join(words).startswith(cue) for cue in lex.MARGIN_CUES_BEHIND)


_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "this", "that", "s"})
_POINT_WORDS = frozenset({"point", "points", "percentage", "pt", "pts", "per", "cent", "percent"})


def _measured(claim: Claim, lex: Lexicon, block: str | None) -> bool:
    """A percentage or percentage points, in any language's words ("3 Prozentpunkte")."""
    if block in _MEASURED:
        return True
    noun = (claim.noun or "").lower()
    return claim.kind is Kind.COUNT and bool(noun) and noun in lex.PERCENTAGE_POINT_WORDS
