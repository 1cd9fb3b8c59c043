"""A month named alone, after a word of time: "Payments begin in June", "from March",
"until September" (docs/claims.md, "Months alone").

A month with no day and no year is a date spanning its days (``MMDD``, 1 to its last day,
as "3 May" is ``503``): "in March" holds "March 3" and conflicts with "in May".  Only a
capitalised month name counts, whole, and only after one of ``MONTH_CUES`` ("in",
"from", "since", "next" …): "Theresa May", "a protest march", "may rise" and "an
august body" are none.  A month that is also a person's name in the news
(``MONTHS_AS_NAMES``: "May") followed by a word is a month only before a word of time
(``WORDS_AFTER_A_NAMED_MONTH``): "Since May took office" is the person.  A name after
it ("in June Brown's garden") or a possessive ("in May's speech") makes it no month; a
day or a year after it is read elsewhere ("in March 2024", "in March 3").
Abbreviations ("Mar", "Jun") are left alone: too often words.
"""

from __future__ import annotations

from collections.abc import Container, Mapping, Sequence

from claimdiff.construct import new_quantity
from claimdiff.extract.dates import DATE_UNIT, days_in_month
from claimdiff.extract.members import DATE, RANGE
from claimdiff.extract.precision import Draft
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon
from claimdiff.lexicon.per_table import per_table
from claimdiff.model import Claim, Kind
from claimdiff.pattern_code import compile_pattern

__all__ = ["is_month_alone", "month_word", "months_alone"]

# The cue word must be the word right before the month; a line break may stand between
# them in hard-wrapped text ("begins in\nJune").
_WORD_BEFORE = compile_pattern(r"(?<![^\W\d_])(?P<w>[^\W\d_]+)\s+$")
# A possessive, or the first character of the next word, says whether a name goes on.
_AFTER = compile_pattern(r"(?P<poss>['’]s)?[ \t\u00a0]*(?P<next>[^\W_]?)")
_NEXT_WORD = lazy_pattern(r"\s*(?P<w>[^\W\d_]+)")
# Characters looked at before a month for its cue word.
_CUE_REACH = 16
# The days of a month of unknown year: a leap year's, so that "29 February" falls in it.
_LEAP_YEAR = 2000


def months_alone(
    text: str, lex: Lexicon, places: Sequence[tuple[int, str]] | None = None
) -> list[Draft]:
    """The months named alone in ``text``, after a cue word, as dates spanning their days.

    ``places`` are where each month's whole name stands in ``text`` lower-cased, with the
    name in lower case (:func:`.year_parts.month_places`), where the text's lower case
    keeps its offsets: each name written capitalised is among them.  Without them each
    name is searched for as written."""
    if not lex.MONTH_CUES:
        return []
    found: list[Draft] = []
    if places is not None:
        by_name = _by_name(lex.MONTHS, lex.MONTH_ABBREVIATIONS)
        for i, name in places:
            word, month = by_name[name]
            if text.startswith(word, i):
                _add(text, i, i + len(word), month, lex, found)
    else:
        for word, month in _whole_names(lex.MONTHS, lex.MONTH_ABBREVIATIONS):
            i = text.find(word)
            while i >= 0:
                end = i + len(word)
                _add(text, i, end, month, lex, found)
                i = text.find(word, end)
    return sorted(found, key=lambda d: d.start)


def _add(text: str, start: int, end: int, month: int, lex: Lexicon, found: list[Draft]) -> None:
    """The month at ``start``-``end`` added to ``found`` where it is named alone."""
    if _alone(text, start, end, lex):
        last = days_in_month(_LEAP_YEAR, month)
        q = new_quantity(month * 100 + 1, month * 100 + last, None, DATE_UNIT, RANGE, None)
        found.append(Draft(start, end, DATE, q))


@per_table
def _whole_names(months: Mapping[str, int], short: Container[str]) -> tuple[tuple[str, int], ...]:
    """Each month's whole name, capitalised, with its number ("March", 3), in the order of
    ``months``, less the ``short`` forms: worked out once per table, not for every text (a
    third of this pass's cost on a text naming no month)."""
    return tuple((n.capitalize(), m) for n, m in months.items() if n not in short)


@per_table
def _by_name(months: Mapping[str, int], short: Container[str]) -> dict[str, tuple[str, int]]:
    """:func:`_whole_names` by each name in lower case, as the months' places give it."""
    return {n: (n.capitalize(), m) for n, m in months.items() if n not in short}


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
    if after["poss"] or nxt.isdigit() or nxt.isupper():
        return False
    if text[start:end].lower() in lex.MONTHS_AS_NAMES and nxt.isalpha():
        # "Since May took office", "confidence in May was tabled", "backed by May and her
        # cabinet": a person, unless a word of time follows ("in May when", "by May next").
        word = _NEXT_WORD.match(text, end)
        return word is not None and word["w"].lower() in lex.WORDS_AFTER_A_NAMED_MONTH
    return True


def month_word(written: str, lex: Lexicon) -> bool:
    """Whether ``written`` is a month's whole name, as :func:`months_alone` reads one."""
    low = written.lower()
    return low in lex.MONTHS and low not in lex.MONTH_ABBREVIATIONS


def is_month_alone(claim: Claim, lex: Lexicon) -> bool:
    """Whether ``claim`` is a month named alone (:func:`months_alone`)."""
    return claim.kind is Kind.DATE and month_word(claim.text, lex)
