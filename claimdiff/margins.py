"""A poll's or survey's margin of error, whatever unit a report writes it in.

"a maximum margin of error of 3.1 per cent" and "±3.1 percentage points", "plus or minus
2 points" and "accurate to within 2 percentage points": one statistic of one survey,
which writers give in per cent or in points alike.  Such a figure is compared in a block
of its own (docs/compare.md, "Margins of error"), never with a party's share or a change
in points of the same size ("up 2 points").  The words that mark it are the lexicon's
``MARGIN_CUES`` before the figure, within its clause, and ``MARGIN_CUES_AFTER`` right
after it ("3 points either way").
"""

from __future__ import annotations

from claimdiff.candidates import block_of
from claimdiff.lexicon import Lexicon
from claimdiff.model import Claim

__all__ = ["MARGIN_BLOCK", "margin_of_error"]

MARGIN_BLOCK = "margin of error"
"""The block a margin of error is compared in (:func:`claimdiff.candidates.block_of`'s
names, beside "percent" and "points")."""

# How far before a figure its cue may stand: "has a maximum margin of error of 3.1 per
# cent" puts "margin of error" 20 characters before it.
_REACH = 40
_CLAUSE_ENDS = ".;:!?"
# The blocks a margin is written in: "3.1 per cent", "3.1 percentage points".
_MEASURED = frozenset({"percent", "points"})


def margin_of_error(text: str, claim: Claim, lex: Lexicon) -> bool:
    """Whether ``claim`` (of ``text``) is a margin of error: a percentage, or a count of
    points, that a cue of the lexicon's marks as one.

    >>> from claimdiff import extract
    >>> from claimdiff.lexicon import get_lexicon
    >>> t = "Labour is up 2 points; the margin of error is plus or minus 2 points."
    >>> [margin_of_error(t, c, get_lexicon("en")) for c in extract(t)]
    [False, True]
    """
    if not lex.MARGIN_CUES or block_of(claim) not in _MEASURED:
        return False
    lo = max(claim.sentence[0], claim.span[0] - _REACH)
    before = text[lo : claim.span[0]].lower()
    for mark in _CLAUSE_ENDS:
        before = before.rpartition(mark)[2]
    if any(cue in before for cue in lex.MARGIN_CUES):
        return True
    after = text[claim.span[1] : claim.span[1] + 16].lower().lstrip()
    return after.startswith(lex.MARGIN_CUES_AFTER)
