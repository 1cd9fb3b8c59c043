"""A share written as a bare "half": "half the staff", "more than half said yes".

A fraction word with no numerator is a share after "a" ("a third of voters",
claimdiff/extract/scan.py).  "half" alone is one too where nothing else can be meant:
before a determiner, as "of" is left out ("half the staff" is half of them), or after a
hedge ("more than half said", "nearly half were women"): a hedge bounds a quantity, not
an adverb ("half empty", "he half expected").
"""

from __future__ import annotations

from claimdiff.extract.amounts import Core
from claimdiff.extract.bounds import hedge_before, share_of
from claimdiff.extract.precision import Draft
from claimdiff.extract.subjects import noun_after
from claimdiff.extract.unclaimed import PREV_WORD
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon

_WORD_AFTER = lazy_pattern(r"\s+(?P<w>[^\W\d_]+)(?![^\W\d_]|-)")
# A hedge stands within this many characters before the share ("just under", "more than").
_HEDGE_REACH = 32


def bare_share(text: str, core: Core, lex: Lexicon) -> Draft | None:
    """The share a bare "half" at ``core`` states, or None."""
    if text[core.start : core.end].lower() not in lex.SHARES_WITHOUT_ARTICLE:
        return None
    if text[core.end : core.end + 1] == "-":
        return None  # "nearly half-time", "about half-way": one word with the noun
    prev = PREV_WORD.search(text[max(0, core.start - 12) : core.start])
    if prev is not None and prev["word"].lower() in lex.NOT_A_SHARE_AFTER:
        return None  # "in the second half the team scored": a part, not 50%
    after = _WORD_AFTER.match(text, core.end)
    if after is not None and after["w"].lower() in lex.SHARE_DETERMINERS:
        draft = share_of(text, core, lex)
        found = noun_after(text, after.end(), lex, allow_of=False)
        if found is not None:
            draft.noun, draft.end = found  # "half the staff"
        return draft
    h = hedge_before(text[max(0, core.start - _HEDGE_REACH) : core.start], lex)
    if h is None or h["hedge"].lower() in lex.THRESHOLDS_BEFORE_HALF:
        return None  # "its share has fallen below half": a threshold crossed
    return share_of(text, core, lex)  # "more than half said yes"
