"""What ties a day of the week to one event when two reports name different days.

Two days of the week pair only when they are the same day, unless their words tie them
to one event (docs/compare.md, "Days of the week"): verbs of one meaning
(claimdiff.year_events), unless a clause names another of a thing ("a second man was
arrested on Wednesday"); or the same time of day or part of the day said with each
("9.40pm on Saturday", "9.40pm on Friday"; "on Thursday afternoon", "on Wednesday
afternoon") where the clauses share a word and no verbs of two events are read; and never
two clauses of different tenses ("told staff on Thursday", "will strike next Monday").
This module reads a day's part of the day and its clause's other things; the pairing is
claimdiff.align's.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from claimdiff.lexicon import Lexicon
from claimdiff.model import Claim
from claimdiff.pattern_code import compile_pattern

__all__ = ["another", "day_part", "told"]

_WORD = compile_pattern(r"[^\W\d_]+")
_AFTER = compile_pattern(r"\s+(?P<w>[^\W\d_]+)")
# The two words before a day: "early on Sunday", "happened late Monday".
_BEFORE = compile_pattern(r"(?:(?P<w1>[^\W\d_]+)\s+)?(?P<w2>[^\W\d_]+)\s+$")
# The words before a day, nearest last: "police said late on Sunday".
_WORDS_BEFORE = compile_pattern(r"(?:[^\W\d_]+[\s,]+){1,5}$")
# How far a time of day may stand from its day ("at about 9.40pm on Saturday"), and how
# far back the words of a part of the day are read ("early on Sunday").
_CLOCK_REACH = 24
_PART_REACH = 24


def day_part(
    text: str, day: Claim, clocks: Sequence[Claim], ends: Sequence[int], lex: Lexicon
) -> str | None:
    """The time of day said with the day of the week ``day`` ("9.40pm on Saturday",
    "Sunday at 3pm"), as its value, else the part of the day written by it
    (``WEEKDAY_PARTS_AFTER``: "Sunday evening"; ``WEEKDAY_PARTS_BEFORE``: "early on
    Monday", "late Friday"; a part after it written before with "of": "the evening of
    Friday"), else None.  A time of day is said with the day where only
    the lexicon's ``WEEKDAY_CLOCK_GAP`` words ("on", "at", "about") or a comma stand
    between them.  ``clocks`` are the text's times of day, in the text's order, and
    ``ends`` where each ends: only those within reach of the day are looked at."""
    start, end = day.span
    first = bisect.bisect_left(ends, start - _CLOCK_REACH)
    for c in clocks[first:]:
        if c.span[0] > end + _CLOCK_REACH:
            break
        if c.sentence != day.sentence or c.quantity is None:
            continue
        lo, hi = (c.span[1], start) if c.span[1] <= start else (end, c.span[0])
        if 0 <= hi - lo <= _CLOCK_REACH and _only(text[lo:hi], lex.WEEKDAY_CLOCK_GAP):
            q = c.quantity
            middle = q.value if q.value is not None else ((q.low or 0) + (q.high or 0)) / 2
            return f"{middle:g}"  # "about 9.40pm" is said as "9.40pm" is
    after = _AFTER.match(text, end)
    if after is not None and after["w"].lower() in lex.WEEKDAY_PARTS_AFTER:
        return after["w"].lower()
    before = _BEFORE.search(text, max(day.sentence[0], start - _PART_REACH), start)
    if before is None:
        return None
    last = before["w2"].lower()
    if last == "of" and before["w1"] is not None:
        part = before["w1"].lower()  # "on the evening of Friday"
        return part if part in lex.WEEKDAY_PARTS_AFTER else None
    if last in lex.WEEKDAY_CLOCK_GAP and before["w1"] is not None:
        last = before["w1"].lower()  # "early on Sunday"
    return last if last in lex.WEEKDAY_PARTS_BEFORE else None


def _only(gap: str, words: frozenset[str]) -> bool:
    """Whether ``gap`` holds nothing but ``words``, spaces and commas."""
    return all(w.lower() in words for w in _WORD.findall(gap)) and not _WORD.sub("", gap).strip(
        " ,\u00a0"
    )


def another(text: str, clause: tuple[int, int], lex: Lexicon) -> bool:
    """Whether the words of a day's clause before it (``clause``) name another of a
    thing (``WEEKDAY_OTHER_WORDS``: "A second man was arrested on Wednesday"), whose verb
    is no tie to the first one's day ("A man was arrested on Monday")."""
    return any(w.lower() in lex.WEEKDAY_OTHER_WORDS for w in _WORD.findall(text, *clause))


def told(text: str, start: int, floor: int, lex: Lexicon) -> bool:
    """Whether the day at ``start`` (in a sentence from ``floor``) is when something was
    said: a reporting verb right before it, past only ``WEEKDAY_TOLD_GAP`` ("on"), the
    words of a part of the day ("late", "the evening of") and a day of the week ("police
    said on Sunday", "the company announced late on Tuesday", "officials said Wednesday",
    "said on Friday, 12 January").  Such a day is the telling's, not the event's a report
    dates elsewhere ("crashed on Saturday, police said on Monday")."""
    before = _WORDS_BEFORE.search(text, max(floor, start - _PART_REACH - 16), start)
    if before is None:
        return False
    passed = lex.WEEKDAY_TOLD_GAP | lex.WEEKDAY_PARTS_BEFORE | lex.WEEKDAY_PARTS_AFTER
    days = getattr(lex, "WEEKDAYS", {})
    for word in reversed(_WORD.findall(before.group())):
        low = word.lower()
        if low not in passed and low not in _OF_A_PART and low not in days:
            return low in lex.speech.REPORTING_VERBS
    return False


# "on the evening of Friday": words of a part of the day written before it.
_OF_A_PART = frozenset({"the", "of"})
