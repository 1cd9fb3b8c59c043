"""Lengths of time written without digits, and lengths written in parts.

News writes "a year and a half", "half an hour", "a quarter of an hour", "more
than a decade" and "a single day" as often as "18 months" or "24 hours", and
"two hours, four minutes and one second" as one length.  The figure scan reads
a duration only from a number; this module adds the article forms and joins the
parts of one length:

* :func:`article_durations` finds a time unit in lower case after "a", "an",
  "half a", "a quarter of an", with "single", "full" or "whole" between and "and
  a half" after.  "A day" alone is often a point in time or a thing ("on a day
  when", "a day to remember"), so a plain article form is a length only after a
  word that makes it one ("for a year", "took a day", "waited an hour"), a hedge
  ("more than a decade", bounded as a number is), or with a fraction ("half an
  hour", "a year and a half"), or before "long" ("a week-long strike").  An age,
  not a length, before "old" ("a week-old baby", "half a year old").  Never a
  length: a rate ("£50 a year", "10 hours a day", "twice a week"), "a year ago",
  "a day of action", a
  title ("A Year in Provence": the unit is capitalised); and, unless such a word
  comes first, a point in time ("a week on Monday", "a year after the attack";
  but "jailed for a year after admitting fraud" is a length).
* :func:`join_parts` makes one duration of parts in falling units, each
  unhedged, joined by a comma, "and" or a space: "3 hours 20 minutes" is 200
  minutes.

The words are data in the lexicon (``ARTICLE_DURATIONS`` and its neighbours).
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Sequence
from types import ModuleType

from claimdiff.extract.amounts import Core
from claimdiff.extract.bounds import hedge_before, hedged, norm
from claimdiff.extract.digit_runs import run_then
from claimdiff.extract.duration_senses import delay_phrase_before
from claimdiff.extract.members import AGE, DURATION, EXACT, PERCENT
from claimdiff.extract.number_words import part_after
from claimdiff.extract.numbers import Number
from claimdiff.extract.precision import Draft
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon
from claimdiff.model import Quantity
from claimdiff.units import convert

__all__ = [
    "UNIT_LETTERS",
    "article_durations",
    "clock_duration_at",
    "join_parts",
    "unit_letters_at",
    "unit_letters_duration",
    "with_durations",
]

# How far before a time unit its article and fraction may start ("three quarters of an "),
# and how far before those a hedge may stand ("just under half an hour").
_REACH = 40
_HEDGE_REACH = 40


def article_durations(text: str, lex: Lexicon, taken: Sequence[Draft]) -> list[Draft]:
    """The durations written with an article, and the ages ("a week-old baby"), outside
    the spans of ``taken``, in text order."""
    spans: list[tuple[int, int]] | None = None  # sorted when first needed: most texts never
    ends: list[int] | None = None
    out: list[Draft] = []
    k = 0
    for m in _unit_matches(text, lex):
        unit_start, unit_end = m.span("unit")
        reach = max(0, unit_start - _REACH)
        if not _may_lead(text, reach, unit_start, lex):
            continue  # "this year", "for the year": no article
        lead = lex.patterns["article_lead"].search(text, reach, unit_start)
        if lead is None:
            continue
        if spans is None:
            # "a quarter" of "a quarter of an hour" is read as a share first: the length wins.
            spans = sorted((d.start, d.end) for d in taken if not _share_word(text, d))
        start = lead.start()
        while k < len(spans) and spans[k][1] <= start:
            k += 1
        if k < len(spans) and spans[k][0] < unit_end:
            continue  # inside a figure already read ("£50 a year")
        after = _word_after(text, unit_end, lex)
        if after in lex.NOT_DURATION_AFTER and after not in lex.AGE_AFTER_LENGTH:
            continue
        before = _word_before(text, start, lex)
        if before in lex.RATE_WORDS_BEFORE or before[-1:].isdigit() or before in lex.TIME_UNITS:
            continue  # "twice a week", "10 hours a day": the unit a rate is per
        value = lex.DURATION_FRACTIONS.get(norm(lead["fraction"] or ""), 1.0)
        end = unit_end
        part = part_after(text, unit_end, lex) if value == 1.0 else None
        if part is not None:
            value, end = 1.0 + part[0], part[1]
            after = _word_after(text, end, lex)  # "a year and a half ago" is no length
            if after in lex.NOT_DURATION_AFTER_HALF and after not in lex.AGE_AFTER_LENGTH:
                continue
        lo = max(0, start - _HEDGE_REACH)
        window = text[lo:start]
        unit = lex.TIME_UNITS[m["unit"]]
        if after in lex.AGE_AFTER_LENGTH:  # "a week-old baby", "half a year old": an age
            old = lex.patterns["word_after"].match(text, end)
            assert old is not None
            number = Number(start, old.end(), value, words=True)
            core = Core(start, old.end(), number, value, 0.0, AGE, unit)
            out.append(hedged(text, core, lex, window, lo))
            continue
        if after in lex.COMPARISON_BASE_AFTER and _level_compared(window, lex):
            continue  # "numbers were higher than a year earlier": a comparison's base
        if ends is None:
            ends = sorted(d.end for d in taken)
        cued = (
            before in lex.DURATION_CUES_BEFORE
            or after in lex.DURATION_CUES_AFTER  # "a week-long strike"
            or _hedge_of_its_own(text, window, lo, lex, ends)
            or _held_up_by(text, lo, start, lex)
        )
        if not cued and (value == 1.0 or after in lex.POINT_IN_TIME_AFTER):
            continue  # "on a day when", "a day to remember", "half a day later"
        number = Number(start, end, value, words=True)
        core = Core(start, end, number, value, 0.0, DURATION, unit)
        out.append(hedged(text, core, lex, window, lo))
    return out


def _held_up_by(text: str, lo: int, start: int, lex: Lexicon) -> bool:
    """Whether a hold-up's words ending in "by" (``DELAY_BEFORE``, ``DELAY_BY``; not a
    lateness's, ``LATE_BEFORE``) stand right before ``start``: "pushed back by a week",
    "delayed by a day"; not "postponed a week before it was due", "slipped a day after",
    which are points in time, nor "brought forward by a week"."""
    phrase = delay_phrase_before(text, lo, start, lex)
    if phrase is None:
        return False
    return phrase.split()[-1] in lex.DELAY_BY and phrase not in lex.LATE_BEFORE


def _level_compared(window: str, lex: Lexicon) -> bool:
    """Whether ``window`` ends in a comparative of a level and "than" ("higher than",
    "lower than"): what follows is the time compared with, not a length bounded."""
    words = window.lower().split()
    return len(words) >= 2 and words[-1] == "than" and words[-2] in lex.LEVEL_COMPARATIVES


def _hedge_of_its_own(text: str, window: str, lo: int, lex: Lexicon, ends: list[int]) -> bool:
    """Whether a hedge ends ``window`` (from ``lo``) that is not a figure's comparative: in
    "10% fewer than a year earlier" and "10 per cent lower than a year earlier" the words
    compare the figure right before them (only spaces between: ``ends`` are the figures'
    ends, sorted) and bound no length of time; in "18 weeks in 2023, more than a month
    longer" they bound the month."""
    h = hedge_before(window, lex)
    if h is None:
        return False
    at = lo + h.start()
    k = bisect.bisect_right(ends, at) - 1
    return k < 0 or bool(text[ends[k] : at].strip())


def _unit_matches(text: str, lex: Lexicon) -> list[re.Match[str]]:
    """What ``article_unit`` finds in ``text``, in order, tried only where a unit's word
    stands after white space: the engine tried it after every white space of a text (some
    12 ms a megabyte of news), ``str.find`` skips to the few units ("a year").  Its matches
    hold no white space past their first character, so none overlaps another."""
    at = set()
    for word in lex.ARTICLE_UNITS:  # written as the pattern writes them: case matters
        i = text.find(word, 1)
        while i >= 0:
            if text[i - 1].isspace():  # what the pattern's \s takes
                at.add(i - 1)
            i = text.find(word, i + 1)
    match = lex.patterns["article_unit"].match
    return [m for i in sorted(at) if (m := match(text, i)) is not None]


def _may_lead(text: str, lo: int, hi: int, lex: Lexicon) -> bool:
    """Whether the lexicon's "article_lead" may end ``text[lo:hi]``: "a" or "an" (in any
    case) after no letter, ending one of its last words, those after it a modifier
    ("a single", ``DURATION_MODIFIERS``).  Most units after white space follow no article
    ("this year", "for the year"): the pattern, tried at every offset of the window, is
    not asked, and a process meeting only those never compiles it."""
    words = _lead_words(lex.data)
    for w in text[lo:hi].rsplit(None, words)[-words:]:
        k = 2 if w[-2:] in _AN else 1 if w[-1] in "aA" else 0
        if k and (len(w) == k or not (w[-k - 1].isalnum() and not w[-k - 1].isdecimal())):
            return True  # "a", "an", "(a": the article after no letter
    return False


@functools.cache
def _lead_words(data: ModuleType) -> int:
    """How many words :func:`_may_lead` reads: the article's, then the most a modifier
    holds."""
    return 1 + max((len(w.split()) for w in data.DURATION_MODIFIERS), default=0)


# "an" in each case: the case-blind pattern matches no other character to "a" or "n".
_AN = frozenset({"an", "An", "aN", "AN"})


def _share_word(text: str, d: Draft) -> bool:
    return d.kind is PERCENT and not any(ch.isdigit() for ch in text[d.start : d.end])


def with_durations(drafts: Sequence[Draft], durations: Sequence[Draft]) -> list[Draft]:
    """``drafts`` and ``durations`` in text order, less the drafts that start inside a
    duration: "a half of hearings" in "a month and a half of hearings" is no share."""
    if not durations:
        return list(drafts)  # most texts: nothing to merge or drop
    out: list[Draft] = []
    k = 0
    for d in drafts:
        while k < len(durations) and durations[k].end <= d.start:
            out.append(durations[k])
            k += 1
        held = k < len(durations) and durations[k].start <= d.start < durations[k].end
        if not held:
            out.append(d)
    out.extend(durations[k:])
    return out


def _word_before(text: str, start: int, lex: Lexicon) -> str:
    """The word before ``start`` in lower case ("" at the start of the text)."""
    before = lex.patterns["word_before"].search(text, max(0, start - 24), start)
    return "" if before is None else before["w"].lower()


def _word_after(text: str, end: int, lex: Lexicon) -> str:
    """The word right after ``end`` in lower case, past spaces, a hyphen or an apostrophe."""
    after = lex.patterns["word_after"].match(text, end)
    return "" if after is None else after["w"].lower()


def join_parts(text: str, drafts: list[Draft], lex: Lexicon) -> list[Draft]:
    """``drafts`` with each run of parts of one length made one duration."""
    out: list[Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        # Two lengths of time, tested here before the call: most neighbours are none.
        if (
            prev is not None
            and d.kind is DURATION
            and prev.kind is DURATION
            and _parts(text, prev, d, lex)
        ):
            assert prev.quantity is not None and d.quantity is not None
            whole = convert(prev.quantity, d.quantity.unit or "")
            if whole is not None and whole.value is not None and d.quantity.value is not None:
                v = whole.value + d.quantity.value
                q = Quantity(v, v, v, d.quantity.unit, EXACT)
                out[-1] = Draft(prev.start, d.end, DURATION, q)
                continue
        out.append(d)
    return out


def _parts(text: str, a: Draft, b: Draft, lex: Lexicon) -> bool:
    if a.kind is not DURATION or b.kind is not DURATION:
        return False
    qa, qb = a.quantity, b.quantity
    if qa is None or qb is None or qa.qualifier is not EXACT:
        return False
    if qb.qualifier is not EXACT or a.attributive or b.attributive:
        return False
    order = lex.DURATION_ORDER
    if qa.unit not in order or qb.unit not in order or order[qa.unit] <= order[qb.unit]:
        return False  # parts fall: "2 years and 3 months", never "3 months and 2 years"
    return lex.patterns["part_joint"].fullmatch(text, a.end, b.start) is not None


# A length of time on a clock: "2:04:01" (hours, minutes, seconds, the hours one digit),
# or "59:14" (minutes and seconds, the minutes past any hour of a day).  "14:20" and
# "10:30:15" are times of day, and so is any clock with am, pm or a zone after it.
_CLOCK = lazy_pattern(
    r"(?:(?P<h>\d):(?P<hm>[0-5]\d)|(?P<m>2[4-9]|[3-5]\d)):(?P<s>[0-5]\d)(?:\.(?P<f>\d{1,3}))?"
    r"(?![\d:]|\.\d|\s?(?:[ap]\.?m\b|GMT|BST|UTC|CET|EST|EDT|PST|ET\b))",
    re.IGNORECASE,
)


# A clock with a fraction of a second is a race's time whatever its minutes: "2:07.31"
# (two minutes, 7.31 seconds); no time of day is written to the hundredth.
_CLOCK_FRACTION = lazy_pattern(
    r"(?P<m>[0-5]?\d):(?P<s>[0-5]\d)\.(?P<f>\d{1,3})(?![\d:]|\.\d|\s?[ap]\.?m\b)", re.IGNORECASE
)


def clock_duration_at(text: str, p: int) -> Draft | None:
    """The length of time written as a clock at ``p`` ("2:04:01", "59:14"), in seconds,
    or None: a race's time, read to the second (or the fraction written)."""
    if p > 0 and (text[p - 1].isdigit() or text[p - 1] in ":."):
        return None
    m = _CLOCK.match(text, p)
    hours = None if m is None else m["h"]
    if m is None and (m := _CLOCK_FRACTION.match(text, p)) is None:
        return None
    if hours is not None:
        seconds = int(hours) * 3600 + int(m["hm"]) * 60 + int(m["s"])
    else:
        seconds = int(m["m"]) * 60 + int(m["s"])
    fraction = m["f"]
    v = seconds + (int(fraction) / 10 ** len(fraction) if fraction else 0.0)
    step = 0.5 * 10 ** -(len(fraction) if fraction else 0)
    return Draft(p, m.end(), DURATION, Quantity(v - step, v + step, v, "second", EXACT))


# A length of time in the one-letter symbols race results and timetables write, glued to
# the digits: "6h", "8h 12m", "2h 16m 40s", "4h05m22s", "3m 45s", "9.58s".  Minutes
# before seconds are under 60: "400m 43.03s" is a race's distance and its time.  A letter
# alone is read only in these shapes: "16m" elsewhere is metres or millions, "40s" a
# decade or a plural.
UNIT_LETTERS_BRANCHES = (
    r"(?:(?P<h>\d{1,3})h(?:[^\S\n]?(?P<hm>[0-5]?\d)m(?:[^\S\n]?(?P<hs>[0-5]?\d)(?:\.(?P<hf>\d{1,3}))?s)?)?"
    r"|(?P<m>[0-5]?\d)m[^\S\n]?(?P<s>[0-5]?\d)(?:\.(?P<f>\d{1,3}))?s"
    r"|(?P<ds>\d{1,3})\.(?P<df>\d{1,3})s)(?![^\W_])"
)
# Each branch reads a whole run of at most three digits, then "h", "m", or a point, at most
# three digits and "s": looked at first, as one run and a letter, this turns away the
# digits of nearly every figure ("1.2m", "45%", "12 km") for half of what trying each
# branch costs.  It is tried at every figure written in digits the plain pattern does not
# read (extract/plain.py), and compiled only where its run and letter stand
# (:func:`unit_letters_at`): most comparisons of two reports never compile it.
UNIT_LETTERS = lazy_pattern(r"(?=\d{1,3}+(?:[hm]|\.\d{1,3}+s))" + UNIT_LETTERS_BRANCHES)
_UNIT_LETTER_OPENS = frozenset("hm.")


def unit_letters_at(text: str, p: int) -> re.Match[str] | None:
    """``UNIT_LETTERS.match(text, p)``, the pattern matched only where its look ahead's
    run of digits and letter stand (extract/digit_runs.py)."""
    return UNIT_LETTERS.match(text, p) if run_then(text, p, 3, _UNIT_LETTER_OPENS) else None


def _is_currency(c: str) -> bool:
    return unicodedata.category(c) == "Sc"


def unit_letters_duration(text: str, p: int, m: re.Match[str]) -> Draft | None:
    """The length of time written in one-letter units that ``m`` (:data:`UNIT_LETTERS`
    matched at ``p``) found ("2h 16m 40s", "6h"), in its smallest unit, or None where
    the digits continue a word or an amount."""
    if p > 0 and (text[p - 1].isalnum() or text[p - 1] in ".," or _is_currency(text[p - 1])):
        return None  # "A4h", "£16m 40s"
    if m["h"] is not None:
        hours = float(m["h"])
        if m["hm"] is None:
            q = Quantity(hours, hours, hours, "hour", EXACT)
            return Draft(p, m.end(), DURATION, q)
        minutes = hours * 60 + float(m["hm"])
        if m["hs"] is None:
            q = Quantity(minutes, minutes, minutes, "minute", EXACT)
            return Draft(p, m.end(), DURATION, q)
        whole, fraction = minutes * 60 + float(m["hs"]), m["hf"]
    elif m["m"] is not None:
        whole, fraction = float(m["m"]) * 60 + float(m["s"]), m["f"]
    else:
        whole, fraction = float(m["ds"]), m["df"]
    if not fraction:
        return Draft(p, m.end(), DURATION, Quantity(whole, whole, whole, "second", EXACT))
    v = whole + int(fraction) / 10 ** len(fraction)
    step = 0.5 * 10 ** -len(fraction)  # read to the digit written, as a clock's time is
    return Draft(p, m.end(), DURATION, Quantity(v - step, v + step, v, "second", EXACT))
