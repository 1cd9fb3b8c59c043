"""Calendar dates: "12 March", "5th March 2023", "March 12, 2023", "February 2022", "2023-03-12".

A date is a claim like a figure: its quantity encodes the day as a number so
that two reports' dates can be judged like any other figures.  With a year
the value is ``YYYYMMDD``; without one, ``MMDD`` (the year is unknown, and
:mod:`claimdiff.verdict` compares such a date on day and month alone).  A
month with no day ("February 2022") is the range of its days.  Slashed dates
("03/04/2023") are found but carry no value: day and month order differ by
country, and claimdiff never guesses.
"""

from __future__ import annotations

import bisect
import datetime
import functools
import re
from collections.abc import Mapping, Sequence
from types import ModuleType

from claimdiff import verbs
from claimdiff.construct import new_quantity
from claimdiff.extract.amounts import Core
from claimdiff.extract.members import COUNT, DATE, EXACT, RANGE, YEAR
from claimdiff.extract.pieces import occurrences_by_piece
from claimdiff.extract.precision import Draft
from claimdiff.extract.subjects import noun_after
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon
from claimdiff.lexicon.looks import any_case
from claimdiff.model import WEEKDAY, Quantity
from claimdiff.pattern_code import compile_pattern
from claimdiff.text import WORD_DASHES, Lowered

__all__ = [
    "DATE_UNIT",
    "date_at",
    "decade_at",
    "is_dateline",
    "iso_date_at",
    "month_parts",
    "weekdays",
    "years_at",
]

DATE_UNIT = "date"
"""The unit of a date's quantity (``YYYYMMDD`` or ``MMDD``)."""
_ISO_DATE = compile_pattern(
    r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)|\d{1,2}/\d{1,2}/\d{2,4}(?!\d)"
)
_ORDINAL = compile_pattern(r"(?:st|nd|rd|th)(?![^\W\d_])", re.IGNORECASE)
_YEAR_AFTER = lazy_pattern(r",?\s+(?P<year>\d{4})(?!\d)")
_MONTH_BEFORE = compile_pattern(r"(?P<month>[A-Z][a-z]{2,8})(?P<stop>\.?)\s+$")
_DAY_SPAN = lazy_pattern(r"\s?[-–]\s?(?P<day>\d{1,2})(?!\d)")
# The last day of a span written in words after a month's first day ("March 7 to 11",
# "Sept. 5 through 9", "between May 9 and 11"): a number a noun or unit follows is a
# count ("from March 7 to 11 stores"), and "and" needs "between" before the month.
_DAY_SPAN_WORDS = lazy_pattern(
    r"\s+(?P<word>to|through|and)\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?![\d%.,]\d|[\d%]|[^\W\d_])"
)
_BETWEEN_BEFORE = lazy_pattern(r"(?<![^\W\d_])between\s+$", re.IGNORECASE)


@functools.cache
def days_in_month(year: int, month: int) -> int:
    """The days of ``month`` (1-12) of ``year``, by the standard library's calendar.

    >>> days_in_month(2000, 2), days_in_month(2001, 2), days_in_month(2001, 12)
    (29, 28, 31)
    """
    following = datetime.date(year + month // 12, month % 12 + 1, 1)
    return (following - datetime.timedelta(days=1)).day


def date_quantity(year: int | None, month: int, day: int | None) -> Quantity | None:
    """The quantity of a date, or None when it is no calendar day.

    >>> date_quantity(2023, 3, 12).value, date_quantity(None, 3, 12).value
    (20230312.0, 312.0)
    >>> q = date_quantity(2022, 2, None); (q.low, q.high, q.value)
    (20220201.0, 20220231.0, None)
    """
    if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
        return None
    if day is not None:
        try:  # "31 February" is no day; with no year, a leap year allows 29 February
            datetime.date(year or 2000, month, day)
        except ValueError:
            return None
    base = (year or 0) * 10_000 + month * 100
    if day is None:
        return new_quantity(base + 1.0, base + 31.0, None, DATE_UNIT, RANGE, None)
    v = float(base + day)
    return new_quantity(v, v, v, DATE_UNIT, EXACT, None)


def iso_date_at(text: str, p: int, lex: Lexicon | None = None) -> Draft | None:
    """ "2023-03-12" (with its value) or "12/03/2023" (without) at ``p``; and where the
    language writes dates so, "03.10.2024" (German), day first."""
    # "2023-03-12" has a hyphen after four digits, "12/03/2023" a slash after one or two.
    d = (
        _ISO_DATE.match(text, p)
        if text[p + 4 : p + 5] == "-" or "/" in text[p + 1 : p + 3]
        else None
    )
    # The lexicon has the pattern where it names a separator: asked of the patterns, a
    # call of theirs per figure.
    if d is None and lex is not None and lex.NUMERIC_DATE_SEPARATOR:
        n = lex.patterns["numeric_date"].match(text, p)
        if n is not None:
            q = date_quantity(int(n["y"]), int(n["m"]), int(n["d"]))
            return Draft(p, n.end(), DATE, q) if q is not None else None
    if d is None:
        return None
    q = None
    if d["y"] is not None:
        q = date_quantity(int(d["y"]), int(d["m"]), int(d["d"]))
    return Draft(p, d.end(), DATE, q)


def month_after(text: str, end: int, lex: Lexicon) -> tuple[int, int | None, int] | None:
    """(month, year or None, end) of the month that follows a day's number ending at
    ``end`` ("12 March", "5th of March 2023", "29 December."), or None."""
    m = lex.patterns["day_month"].match(text, end)
    mo = lex.patterns["month"].match(text, m.end()) if m is not None else None
    if mo is None:
        return None
    stop = mo.end()
    if text[stop - 1] == "." and mo["month"].lower() not in lex.MONTH_ABBREVIATIONS:
        stop -= 1  # the full stop ends the sentence, not an abbreviation
    y = _YEAR_AFTER.match(text, stop)
    year = None if y is None else int(y["year"])
    return lex.MONTHS[mo["month"].lower()], year, stop if y is None else y.end()


def days_of_month(text: str, draft: Draft, lex: Lexicon) -> Draft | None:
    """A range of whole numbers of days before a month is a range of dates: "3-5 March",
    "between 3 and 5 March 2024" (the days of one month, read as "June 3–21" is)."""
    q = draft.quantity
    if draft.kind is not COUNT or q is None or q.qualifier is not RANGE:
        return None
    lo_day, hi_day = q.low, q.high
    if lo_day is None or hi_day is None or not 1 <= lo_day < hi_day <= 31:
        return None
    if lo_day != int(lo_day) or hi_day != int(hi_day):
        return None
    after = month_after(text, draft.end, lex)
    if after is None:
        return None
    month, year, end = after
    first = date_quantity(year, month, int(lo_day))
    last = date_quantity(year, month, int(hi_day))
    if first is None or last is None or first.low is None or last.high is None:
        return None
    q = new_quantity(first.low, last.high, None, DATE_UNIT, RANGE, None)
    return Draft(draft.start, end, DATE, q)


def _a_verb(text: str, counted: tuple[str, int]) -> bool:
    """Whether a word read as a noun after a number is a verb with its object ("conducted
    May 9 to 11 puts the PQ first"): a form of a verb, a determiner after it."""
    word, end = counted
    return bool(verbs.bases(word)) and _DETERMINER_NEXT.match(text, end) is not None


_DETERMINER_NEXT = lazy_pattern(r"\s+(?:the|a|an|its|their|his|her|this|that)\s", re.IGNORECASE)


def _measured_after(text: str, i: int, lex: Lexicon) -> bool:
    """Whether a per cent, a unit or a time of day's letters follow ``i`` ("to 9 per cent",
    "to 31 degrees", "to 10 pm"): the number after "to" is a level, no day."""
    window = text[i : i + 12]
    j = i + len(window) - len(window.lstrip())
    if text[j : j + 12].lower().startswith(lex.PERCENT_WORDS) or _CLOCK.match(text, j):
        return True
    if _ANOTHER_DATE.match(text, j) is not None and month_after(text, i, lex) is not None:
        return True  # "adjourned on March 3 to 14 April": a day of another month
    if _ON_A_DATE.match(text, j) is not None:
        return True  # "from 3 on May 2 to 9 on May 5": a count on another date
    unit = lex.patterns["measure_unit"].match(text, j)
    return (
        unit is not None
        and unit["unit"].lower() in lex.measure_units
        and unit["unit"].lower() not in lex.PREPOSITION_UNITS  # "Nov. 11 to 22 in Baku"
    )


# A month right after the second number, or "on" and a date after it.
_ANOTHER_DATE = lazy_pattern(r"[A-Z][a-z]")
_ON_A_DATE = lazy_pattern(r"on\s+(?:[A-Z][a-z]+\.?\s+)?\d")


_CLOCK = lazy_pattern(r"(?:[ap]\.?m\.?|o['’]clock)(?![^\W\d_])", re.IGNORECASE)


def _moved_before(text: str, start: int, lex: Lexicon) -> bool:
    """Whether a verb of change stands in the few words before the date at ``start``,
    the date said "on" ("The death toll rose on March 7 to 11": "to" names the level
    reached; "Rain fell from March 7 to 11" is a span), or a verb of moving a date
    ("postponed from May 9 to 23": the day it moved to)."""
    words = [w.lower() for w in _LEAD_WORDS.findall(text, max(0, start - 30), start)[-3:]]
    if any(w in lex.RESCHEDULED for w in words):
        return True
    moved = lex.direction.UP_BEFORE | lex.direction.DOWN_BEFORE
    return bool(words) and words[-1] == "on" and any(w in moved for w in words)


def date_at(text: str, core: Core, lex: Lexicon) -> Draft | None:
    """The date whose number is ``core``: "12 March", "5th of March 2023", "March 12, 2023"."""
    num = core.number
    if num.words or num.decimals or num.grouped or core.kind is not COUNT:
        return None
    after = month_after(text, num.end, lex) if num.value <= 31 else None
    if after is not None:
        month, year, end = after
        return Draft(num.start, end, DATE, date_quantity(year, month, int(num.value)))
    window = text[max(0, num.start - 11) : num.start]
    b = _MONTH_BEFORE.search(window) if window != window.lower() else None  # needs a capital
    if b is not None and b["stop"] and b["month"].lower() not in lex.MONTH_ABBREVIATIONS:
        b = None  # "met in March. 35 staff": the full stop ends the sentence, no "Mar. 14"
    if b is not None and b["month"].lower() in lex.MONTHS:
        month = lex.MONTHS[b["month"].lower()]
        start = num.start - len(window) + b.start()
        end = num.end
        o = _ORDINAL.match(text, end)
        if o is not None:
            end = o.end()
        if num.value <= 31:
            last = _DAY_SPAN.match(text, end) or _DAY_SPAN_WORDS.match(text, end)
            if (
                last is not None
                and last.groupdict().get("word") == "and"
                and _BETWEEN_BEFORE.search(text, max(0, start - 10), start) is None
            ):
                last = None  # "on May 9 and 11 others": no span without "between"
            if last is not None and last.groupdict().get("word"):
                counted = noun_after(text, last.end(), lex)
                if counted is not None and not _a_verb(text, counted):
                    last = None  # "from March 7 to 11 stores": a count
                elif _measured_after(text, last.end(), lex) or _moved_before(text, start, lex):
                    last = None  # "rose on Sept. 5 to 9 per cent", "closes on May 2 to 10pm"
            if last is not None and num.value < int(last["day"]) <= 31:
                # "June 3–21": the days of one month
                end = last.end()
                lo, hi = (
                    date_quantity(None, month, int(num.value)),
                    date_quantity(None, month, int(last["day"])),
                )
                if lo is not None and hi is not None and lo.low and hi.high:
                    q = new_quantity(lo.low, hi.high, None, DATE_UNIT, RANGE, None)
                    return Draft(start, end, DATE, q)
            y = _YEAR_AFTER.match(text, end)
            year = None if y is None else int(y["year"])
            if y is not None:
                end = y.end()
            return Draft(start, end, DATE, date_quantity(year, month, int(num.value)))
        if len(num.digits) == 4:
            return Draft(start, end, DATE, date_quantity(int(num.value), month, None))
    return None


_LEAD_WORDS = compile_pattern(r"[^\W\d_]+")
# A dateline stands at the very start of a text.
_DATELINE_REACH = 40


# A wire dateline's place, in capitals, and its agency: "LONDON,", "NEW YORK (Reuters),".
# Its letters are read as capitals by str.isupper, any script's ("SÃO PAULO", "ŁÓDŹ").
_WIRE_PLACE = lazy_pattern(
    r"(?P<place>[^\W\d_][^\W\d_.'’ -]*(?:[.'’ -]+[^\W\d_]+)*\.?)(?: \([A-Z][\w .&-]{0,24}\))?,"
)


def _may_be_place(lead: str) -> bool:
    """Whether ``lead`` opens and ends as ``_WIRE_PLACE`` does: a capital ("SÃO PAULO,"
    too), a comma ("date" before a date is no place, and compiles nothing)."""
    return lead[-1:] == "," and lead[:1].isupper()


# What follows a wire dateline's date: its agency, then a dash or a slash ("— The firm",
# "(Reuters) -", "/PRNewswire/").
_WIRE_AFTER = lazy_pattern(r"[ \t]*(?:\([A-Z][\w .&-]{0,24}\)[ \t]*)?[—–/-]")


_PLACE_MARKS = frozenset(".'’ -")


def _wire_place(lead: str) -> bool:
    """Whether ``lead`` is a wire dateline's place in capitals and its agency ("LONDON,",
    "NEW YORK (Reuters),", "ŁÓDŹ,")."""
    m = _WIRE_PLACE.fullmatch(lead)
    if m is None:
        return False
    place = m["place"]
    return place.isupper() and all(ch.isalpha() or ch in _PLACE_MARKS for ch in place)


def _day_taken_off(lead: str, weekdays: Mapping[str, int]) -> str:
    """``lead`` without the day of the week a wire dateline may write before its date
    ("LONDON, Thursday 14 March -"), or ``lead`` as it is."""
    head, _, last = lead.rpartition(" ") if " " in lead else ("", "", lead)
    if last.rstrip(",").lower() in weekdays:
        return head.rstrip()
    return lead


def is_dateline(
    text: str, start: int, lex: Lexicon, first: int | None = None, date_end: int | None = None
) -> bool:
    """Whether the date at ``start`` is the text's dateline ("date 2023-03-20 The court …").

    It is when it stands in the first characters of the first non-blank line,
    after one or more of the lexicon's dateline words ("date", "published",
    "updated") and the words that join them ("last updated on"; "On 5 April, the court
    sat" opens with the date of the event), or alone on that line ("20 March 2023" and
    a line break); "2023-03-20 was the day the strike began" opens with a date, not a
    dateline.  With the date's end (``date_end``), a wire dateline is one too: a place in
    capitals and its agency before the date ("LONDON,", "NEW YORK (Reuters),"), or
    nothing, and a dash or a slash after it ("LONDON, March 3, 2024 — The firm …").
    ``first``, the offset of the text's first non-space character, saves finding it
    again for each date.
    """
    if first is None:
        found = _NON_SPACE.search(text, 0, start)
        first = start if found is None else found.start()
    end = start  # the lead is text[first:end] once stripped: never copy a long one
    while end > first and text[end - 1].isspace():
        end -= 1
    if end - first > _DATELINE_REACH:
        return False
    lead = text[first:end]
    if len(lead) > _DATELINE_REACH or "\n" in lead:
        return False
    place = _day_taken_off(lead, lex.WEEKDAYS) if date_end is not None else lead
    if date_end is not None and (not place or (_may_be_place(place) and _wire_place(place))):
        # A wire dateline: "LONDON, March 3, 2024 — The firm …", "March 3, 2024 - …".
        if _WIRE_AFTER.match(text, date_end, date_end + 40):
            return True
    words = [w.lower() for w in _LEAD_WORDS.findall(lead)]
    if words:
        heads = lex.DATELINE_WORDS
        return any(w in heads for w in words) and all(
            w in heads or w in lex.DATELINE_JOINERS for w in words
        )
    # No word before it: a dateline only if the date stands alone on its first line.
    line_end = text.find("\n", start, start + _DATELINE_REACH + 1)
    return line_end >= 0 and len(_LEAD_WORDS.findall(text, start, line_end)) <= 2


# "2025-26", "2025/26": a financial or season year, named by its first calendar year;
# "2016-21", "1939–45": a span of years, the last written by its last two digits.
_SPLIT_YEAR = lazy_pattern(r"[-–—/](?P<tail>\d{2})(?![\d%])")
# "between 2029 and 2031", "from 2029 to 2031", "from 2016 until 2021", "2029-2031": a
# span of years.
_YEAR_SPAN = lazy_pattern(
    r"\s*(?:[-–]|\s(?:to|and|until|till|through|thru)\s)\s*(?P<year>\d{4})(?![\d%])"
)
_SPAN_OPENER = lazy_pattern(r"(?<![^\W\d_])(?:between|from)\s+$", re.IGNORECASE)
# The characters each opens with, past white space for a span: most years are followed
# by neither (", ", ". "), and a process answered by these looks seldom compiles either.
_SPLIT_OPENERS = frozenset("-–—/")
_SPAN_OPENERS = frozenset("-–tau")
# White space read past a year for a span's opener; a longer run is left to the pattern.
_SPAN_SPACE_READ = 8


def years_at(text: str, core: Core, window: str, lo: int) -> Draft | None:
    """A year written as a span: "2025-26" (one financial year), "between 2029 and 2031".

    ``core`` is a year already; ``window`` the text before it from ``lo``.
    """
    year, end = int(core.value), core.end
    split = _SPLIT_YEAR.match(text, end) if text[end : end + 1] in _SPLIT_OPENERS else None
    if split is not None and int(split["tail"]) == (year + 1) % 100:
        q = new_quantity(year, year, year, None, EXACT, None)
        return Draft(core.start, split.end(), YEAR, q)
    tail_end = split.end() if split is not None else end
    if (
        split is not None
        and split.group()[0] != "/"
        and int(split["tail"]) > year % 100 + 1
        and not text[tail_end : tail_end + 1].isalpha()  # "2016-21mm bolts": no years
    ):
        # Its last year in its century: "2016-21" is 2016 to 2021; a slash is a season's.
        last = year - year % 100 + int(split["tail"])
        q = new_quantity(year, last, None, None, RANGE, None)
        return Draft(core.start, split.end(), YEAR, q)
    span = _YEAR_SPAN.match(text, end) if _may_open_span(text, end) else None
    if span is None:
        return None
    opener = _SPAN_OPENER.search(window)
    if opener is None and "-" not in span.group() and "–" not in span.group():
        return None
    last = int(span["year"])
    if not year < last <= year + 100:
        return None
    start = lo + opener.start() if opener is not None else core.start
    q = new_quantity(year, last, None, None, RANGE, None)
    return Draft(start, span.end(), YEAR, q)


def _may_open_span(text: str, end: int) -> bool:
    """Whether ``_YEAR_SPAN`` may match at ``end``: past any white space, a dash or the
    first letter of "to" or "and" stands there."""
    rest = text[end : end + _SPAN_SPACE_READ + 1]
    head = rest.lstrip()
    if not head:
        return len(rest) > _SPAN_SPACE_READ  # a long run of white space: the pattern decides
    return head[0] in _SPAN_OPENERS


# "the 1990s", "the early 2010s", "the mid-1980s": a decade of years, or a part of one.  (The
# scan passes over digits after a letter and a hyphen, "Covid-19", except after a part of
# a year: ``HYPHENED_YEAR_WORDS``.)
_DECADE_S = lazy_pattern(r"['’‘]?s(?![^\W\d_])")  # "the 1990s", "the 1990's"
_DECADE_PART = lazy_pattern(r"(?<![^\W\d_])(?P<part>[^\W\d_]+[-‐‑–]?)\s*$")


def decade_at(text: str, core: Core, window: str, lo: int, lex: Lexicon) -> Draft | None:
    """ "the 1990s" (1990 to 1999), "the early 1990s" (1990 to 1994): a span of years.

    The parts are the lexicon's ``DECADE_PARTS`` (early: the first five years, mid: the
    fourth to the eighth, late: the last five), as for a person's decade of life; with
    no part, a determiner or possessive (``DECADE_DETERMINERS``: "the 1990s", "a 1970s
    law", "their 1980s heyday") must come first.  A hundred before 2000 is its century
    ("the 1800s": 1800 to 1899, "the early 1900s": 1900 to 1949, the parts ten times as
    long); "the 2000s" is a decade as often as a century, and is read only with a part
    ("the early 2000s": 2000 to 2004).  Two digits after an apostrophe are a decade of the
    last century from the 1930s (``SHORT_DECADES_FROM``: "the '80s"); "the '20s" may be
    either century, and is not read.
    """
    num = core.number
    if num.words or num.decimals or num.grouped:
        return None
    year, start = int(core.value), core.start
    if len(num.digits) == 2 and start and text[start - 1] in _APOSTROPHES:
        if year % 10 or year < SHORT_DECADES_FROM or _of_life(window[:-1], lex):
            return None  # "in his '80s": a decade of life (claimdiff.extract.decades)
        year, start, window = 1900 + year, start - 1, window[:-1]
    elif len(num.digits) != 4 or year % 10 or not 1000 < year < 2100:
        return None
    ending = _DECADE_S.match(text, core.end)
    if ending is None:
        return None
    part = _DECADE_PART.search(window)
    named = "" if part is None else _part_name(part["part"].lower(), lex)
    span = 10 if year % 100 or (year == CENTURIES_READ_TO and named in lex.DECADE_PARTS) else 100
    if span == 100 and year >= CENTURIES_READ_TO:
        return None
    first, last = 0, 9
    if part is not None and named in lex.DECADE_PARTS:
        first, last = lex.DECADE_PARTS[named]
        start = lo + part.start()
    elif part is None or part["part"].lower() not in lex.DECADE_DETERMINERS:
        return None  # "owns 2010s of them": a count glued to a letter, not a decade
    scale = span // 10
    q = new_quantity(year + first * scale, year + last * scale + scale - 1, None, None, RANGE, None)
    return Draft(start, ending.end(), YEAR, q)


def _part_name(word: str, lex: Lexicon) -> str:
    """A part of a decade as the lexicon names it: "mid-" as written, "early-" as
    "early" ("the early-1990s"), any hyphen as the plain one."""
    word = word[:-1] + "-" if word[-1:] in WORD_DASHES else word
    return word if word in lex.DECADE_PARTS else word.rstrip("-")


# "The 2000s" names the decade as often as the century: hundreds are read as centuries
# only before it.
CENTURIES_READ_TO = 2000
# "the '30s" to "the '90s" are the last century's; "the '20s" and "the '10s" may be either.
SHORT_DECADES_FROM = 30
_APOSTROPHES = frozenset("'’‘")
_TWO_WORDS_BEFORE = lazy_pattern(r"(?<![^\W\d_])(?P<a>[^\W\d_]+)\s+(?P<b>[^\W\d_]+)\s*$")


def _of_life(window: str, lex: Lexicon) -> bool:
    """Whether ``window`` ends in "in" and a possessive of a decade of life (``DECADE_POSSESSIVES``:
    "in his", "in their"), where a decade is an age."""
    m = _TWO_WORDS_BEFORE.search(window)
    return m is not None and m["a"].lower() == "in" and m["b"].lower() in lex.DECADE_POSSESSIVES


def month_parts(text: str, lex: Lexicon, low: Lowered | None = None) -> list[Draft]:
    """ "mid-March" (10 to 20 March), "early June 2024", "late May": a date spanning the
    days of the part named (``MONTH_PARTS``); the month capitalised and no name after it
    ("the late June Brown"); a year after it only where no word follows ("in early May
    2000 homes were flooded" counts homes).  ``low`` is ``text`` lower-cased, where read."""
    if not lex.MONTH_PARTS:
        return []
    out: list[Draft] = []
    capitals, reach, most = _part_looks(lex.data)
    for i in (Lowered(text) if low is None else low).occurrences(lex.MONTH_PARTS):
        if not _may_name_month(text, i, capitals, reach, most):
            continue  # "nearly", "early in the year": no part of a month named
        m = lex.patterns["month_part"].match(text, i)
        if m is None or (out and out[-1].end > i):
            continue
        month = m["month"]
        if not month[0].isupper() or month.lower() in lex.MONTH_ABBREVIATIONS:
            continue  # "late may", "mid-Mar": a word, or too short to be sure
        if text[m.end("month") : m.end("month") + 2] in ("'s", "’s"):
            continue  # "the end of May's premiership": a name
        after = _NEXT_WORD.match(text, m.end())
        if after is not None and after["w"][0].isupper() and not m["year"]:
            continue  # "the late June Brown": a name
        end, year = m.end(), m["year"]
        if year and after is not None and after["w"][0].islower():
            end, year = m.end("month"), None  # the number counts what follows
        first, last = lex.MONTH_PARTS[m["part"].lower()]
        base = (int(year) if year else 0) * 10_000 + lex.MONTHS[month.lower()] * 100
        q = new_quantity(base + first, base + last, None, DATE_UNIT, RANGE, None)
        out.append(Draft(m.start(), end, DATE, q))
    return out


@functools.cache
def _part_looks(data: ModuleType) -> tuple[frozenset[str], int, int]:
    """The capitals that may open a month as "month_part" matches one (each a month's
    first letter in any case the pattern matches it, upper-case, as ``month_parts``
    keeps it); how far past a part's first character its month may stand (the longest
    part and a run of white space); and the most characters of a part but its white
    space."""
    capitals = frozenset(c for month in data.MONTHS for c in any_case(month[:1]) if c.isupper())
    most = max(len("".join(p.split())) for p in data.MONTH_PARTS)
    return capitals, most + _PART_SPACE_READ, most


# White space read past a part of a month for its month; a longer run is left to the pattern.
_PART_SPACE_READ = 12


def _may_name_month(text: str, i: int, capitals: frozenset[str], reach: int, most: int) -> bool:
    """Whether "month_part" may match at ``i`` with a capitalised month, the only match
    ``month_parts`` keeps: no letter stands before ``i`` (the pattern's lookbehind), and
    one of ``capitals`` stands past its first character, within the part and white space
    after it."""
    if i and text[i - 1].isalpha():
        return False  # "nearly": a letter before (alphabetic is a word character, no digit)
    ahead = text[i + 1 : i + reach]
    for c in capitals:  # a loop, not any() of a generator: half the cost of each test
        if c in ahead:
            return True
    # None near: the month stands further only past a part's letters and white space.
    return len(ahead) == reach - 1 and len("".join(ahead.split())) <= most


_NEXT_WORD = lazy_pattern(r"[ \t]+(?P<w>[^\W\d_]+)")
# The word right before a day, and the word right after it.
_WORD_BEFORE = compile_pattern(r"(?<![^\W\d_])(?P<w>[^\W\d_]+)(?P<dash>[ \t]*[-–][ \t]*|[ \t]+)$")
_WORD_AFTER = compile_pattern(r"(?P<dash>[ \t]*[-–][ \t]*|[ \t]+)(?P<w>[^\W\d_]+)")
_WEEKDAY_PIECE = "day"
# A calendar date this near after a day carries the day: "Thursday 5 March", "Tuesday,
# November 26".
_DATE_REACH = 3


def weekdays(
    text: str, lex: Lexicon, date_starts: Sequence[int] = (), low: Lowered | None = None
) -> list[Draft]:
    """Days of the week as the day an event falls on: "on Tuesday", "early on Sunday",
    "Friday's vote" (``WEEKDAYS``; docs/claims.md, "Dates").  Written in full and
    capitalised; not part of a calendar date starting right after it (``date_starts``,
    sorted: "Thursday 5 March", which the date carries), of a name ("Good Friday", "Black
    Friday sales", "the Sunday Times"), of a span of days ("Monday to Friday",
    "Monday-Friday") or of a habit ("every Friday").  ``low`` is ``text`` lower-cased,
    where read."""
    table = getattr(lex, "WEEKDAYS", None)
    if not table:
        return []
    out: list[Draft] = []
    low = Lowered(text) if low is None else low
    # Found from "day" (pieces.py), which each English name holds: one search, not seven.
    for i in occurrences_by_piece(text, low, [w.capitalize() for w in table], _WEEKDAY_PIECE):
        word = _WEEKDAY_WORD.match(text, i)
        if word is None or (i and (text[i - 1].isalnum() or text[i - 1] in "_")):
            continue
        day = table.get(word[0].lower())
        if day is None or word[0].isupper():
            continue  # "MONDAY": a heading's capitals
        end = word.end()
        k = bisect.bisect_right(date_starts, end)
        if k < len(date_starts) and date_starts[k] - end <= _DATE_REACH:
            continue
        before = _WORD_BEFORE.search(text, max(0, i - 30), i)
        after = _WORD_AFTER.match(text, end)
        w_before = before["w"] if before is not None else ""
        w_after = after["w"] if after is not None else ""
        if _spans_days(text, before, after, table, lex) or w_before.lower() in lex.WEEKDAY_HABITS:
            continue
        low_before = w_before.lower()
        if w_before[:1].isupper() and low_before not in lex.STOPWORDS | lex.WEEKDAY_LEADS:
            continue  # "Good Friday", "Black Friday sales": a capitalised word names it
        if w_after[:1].isupper() and low_before in lex.WEEKDAY_NAME_ARTICLES:
            continue  # "the Sunday Times"
        v = float(day)
        out.append(Draft(i, end, DATE, new_quantity(v, v, v, WEEKDAY, EXACT, None)))
    return out


def _spans_days(
    text: str,
    before: re.Match[str] | None,
    after: re.Match[str] | None,
    table: dict[str, int],
    lex: Lexicon,
) -> bool:
    """Whether the day opens or closes a span of days: "Monday-Friday", "Monday to Friday"
    (and not "on Wednesday to demand")."""
    for m in (before, after):
        if m is None:
            continue
        low = m["w"].lower()
        if m["dash"].strip() and low in table:
            return True
        if low not in lex.WEEKDAY_SPAN_WORDS:
            continue
        if m is after:
            other = _WORD_AFTER.match(text, m.end())
        else:
            other = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if other is not None and other["w"].lower() in table:
            return True
    return False


_WEEKDAY_WORD = compile_pattern(r"[^\W\d_]+")


_NON_SPACE = compile_pattern(r"\S")
