"""A month named alone, after a word of time: "Payments begin in June", "from March",
"until September" (docs/claims.md, "Months alone").

A month with no day and no year is a date spanning its days (``MMDD``, 1 to 31, as "3
May" is ``503``): "in March" holds "March 3" and conflicts with "in May".  Only a
capitalised month name counts, whole, and only after one of ``MONTH_CUES`` ("in",
"from", "since", "next" …): "Theresa May", "a protest march", "may rise" and "an
august body" are none.  A name after it ("in June Brown's garden") or a possessive ("in
May's speech") makes it no month; a day or a year after it is read elsewhere ("in March
2024", "in March 3").  Abbreviations ("Mar", "Jun") are left alone: too often words.
"""

from __future__ import annotations

import re

from claimdiff.extract.members import DATE, RANGE
from claimdiff.extract.precision import Draft
from claimdiff.lexicon import Lexicon
from claimdiff.model import Claim, Kind, Quantity

__all__ = ["is_month_alone", "months_alone"]

_DATE_UNIT = "date"
# The word before a month, ending right before it, and what follows the month.
_WORD_BEFORE = re.compile(r"(?<![^\W\d_])(?P<w>[^\W\d_]+)[ \t\u00a0]+$")
_AFTER = re.compile(r"(?P<poss>['’]s)?[ \t\u00a0]*(?P<next>[^\W_]?)")
# Characters looked at before a month for its cue word.
_CUE_REACH = 16


def months_alone(text: str, lex: Lexicon) -> list[Draft]:
    """The months named alone in ``text``, after a cue word, as dates spanning their days."""
    if not lex.MONTH_CUES:
        return []
    found: list[Draft] = []
    for name, month in lex.MONTHS.items():
        if name in lex.MONTH_ABBREVIATIONS:
            continue
        word = name.capitalize()
        i = text.find(word)
        while i >= 0:
            end = i + len(word)
            if _alone(text, i, end, lex):
                q = Quantity(month * 100 + 1, month * 100 + 31, None, _DATE_UNIT, RANGE)
                found.append(Draft(i, end, DATE, q))
            i = text.find(word, end)
    return sorted(found, key=lambda d: d.start)


def _alone(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the month word at ``start``-``end`` is a month alone after a cue word."""
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-‐‑"):
        return False  # "Mid-March" is read as a part of the month
    if end < len(text) and (text[end].isalnum() or text[end] in "-‐‑"):
        return False  # "Junes", "March-April": not the month alone
    before = _WORD_BEFORE.search(text, max(0, start - _CUE_REACH), start)
    if before is None or before["w"].lower() not in lex.MONTH_CUES:
        return False
    after = _AFTER.match(text, end)
    if after is None:
        return True
    nxt = after["next"]
    # "in May's speech": a name; "in June Brown's garden": a name; "in March 2024", "in
    # March 3": a day or a year, read with the month elsewhere.
    return not (after["poss"] or nxt.isdigit() or nxt.isupper())


def is_month_alone(claim: Claim, lex: Lexicon) -> bool:
    """Whether ``claim`` is a month named alone (:func:`months_alone`)."""
    return (
        claim.kind is Kind.DATE
        and claim.text.lower() in lex.MONTHS
        and claim.text.lower() not in lex.MONTH_ABBREVIATIONS
    )
