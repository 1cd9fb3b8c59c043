"""Times of day: "2.20pm", "7:30 a.m.", "14:20", "noon", "shortly after 4pm".

A report gives the time an event happened, and another may give it otherwise ("14:20"
against "2.20pm", "4pm" against "6pm").  Each time is read as a date in the unit
:data:`claimdiff.model.CLOCK`, minutes after midnight, so it is compared only with
another time of day (docs/claims.md, "Times of day").  Read are an hour with "am" or
"pm" (dotted or not, with its minutes after a colon or a full stop), a 24-hour time
with a colon, and the lexicon's words for an hour (``CLOCK_WORDS``).  A hedge before it
(``CLOCK_HEDGES``) widens it by the minutes it reaches ("about 3pm" is 2.45pm to
3.15pm, "shortly after 4pm" 4pm to 4.20pm).  Not read: a time with a zone after it
("09:00 GMT": the other report may give another zone), a time that bounds something
else (``CLOCK_BOUND_WORDS``: "open until 10pm", "by 6am"), either end of a span
("9am-5pm", "from 9am to 5pm", "from noon to 2pm"), a word for an hour between a
determiner and a noun it qualifies ("the midnight oil"; in figures it is that thing's
time: "the 10.24am service", "an 8pm kick-off"), a clock idiom
("ten to midnight"), a word for an hour with a capital inside a sentence, or opening one
before another capital ("Noon said", "Midnight Express"), and
a time on a 24-hour clock with no "at" or hedge before it ("John 3:16", "ran the mile in
3:59", "a 2:07:31 marathon").  Times are on a circle: "just before midnight" and "12.05am"
are ten minutes apart (claimdiff.verdict).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from claimdiff import nouns
from claimdiff.extract.members import DATE, EXACT, RANGE
from claimdiff.extract.precision import Draft
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon
from claimdiff.model import CLOCK, Quantity
from claimdiff.pattern_code import compile_pattern
from claimdiff.text import Lowered, opens_sentence

__all__ = ["clock_times", "oclock_count"]

_DAY = 24 * 60
# An hour and "am"/"pm": "4pm", "4 p.m.", "4.15pm", "7:30 a.m."; or a 24-hour time with
# a colon: "14:20", "09:30".  Anchored on a digit, so the engine skips to each.
_DIGITS = lazy_pattern(
    r"(?<![\w.:,/-])(?:"
    r"(?P<h>\d{1,2})(?:[.:](?P<m>[0-5]\d))?\s?(?P<ap>[ap])(?:\.\s?m\.|m)(?![^\W\d_])"
    r"|(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?![\d:]|[.,]\d|\s?[ap]\.?\s?m(?![^\W\d_]))"
    r")",
    re.IGNORECASE,
)
# Where a time may end: its hour's last digit and "am"/"pm", or a colon and minutes.  The
# engine skips through a text to these far faster than it tries _DIGITS at every digit.
# The branches share their digit, tried once ("\d(?:[.:][0-5]\d)?\s?[aApP]…|\d:[0-5]\d",
# in the same order).  In ASCII text a digit is [0-9], which the engine tests with one
# range where \d looks up the character's category: half the cost of the pass (issue 12).
_AP = r"\s?[aApP](?:\.\s?[mM]\.|[mM])"
_HINT = lazy_pattern(rf"\d(?:[.:][0-5]\d{_AP}|{_AP}|:[0-5]\d)")
_ASCII_HINT = lazy_pattern(rf"[0-9](?:[.:][0-5][0-9]{_AP}|{_AP}|:[0-5][0-9])")
# Where a hint may stand, found in the text's lower-cased copy: the "m" of an "am" or "pm"
# with a digit before it (a hint's "[aApP]" and "[mM]" are that copy's "a", "p" and "m"),
# and a colon after a digit.  Each opens with its one character, which the engine skips
# to with a plain comparison; the hint's opening digit class costs a test of the class at
# every character of the text (some 50 instructions each).
_M_AFTER_DIGIT = compile_pattern(
    r"m(?<=[ap.\s]m)(?:(?<=\d[ap]m)|(?<=\d\s[ap]m)|(?<=\d[ap]\.m)|(?<=\d\s[ap]\.m)"
    r"|(?<=\d[ap]\.\sm)|(?<=\d\s[ap]\.\sm))"
)
_COLON_AFTER_DIGIT = compile_pattern(r":(?<=\d:)")
# How far before its "m" a hint may start: "4.15 p. m." (its digit 8 characters before).
_HINT_REACH = 8
# A clock word for an hour may follow "12" ("12 noon").
_TWELVE = lazy_pattern(r"12\s+$")
# What after a time makes it no event's time of its own: a zone, or a span's other end.
_AFTER = lazy_pattern(
    r"\s?(?:GMT|BST|UTC|CET|CEST|EST|EDT|CST|CDT|PST|PDT|ET|PT|IST|AEST|AEDT|NZST|NZDT)\b"
    r"|\s?[-–]\s?(?:\d|to\b|noon|midday|midnight)|\s+(?:to|and|till|until)\s+(?:\d|noon|midday|midnight)"
    r"|['’]s\b",
    re.IGNORECASE,
)
# A span's first end right before: "9am-", "from 9am to ", "from noon to ".
_SPAN_BEFORE = lazy_pattern(
    r"(?:[ap]\.?m\.?|\d|noon|midday|midnight)(?:\s?[-–]\s?|\s+(?:to|and)\s+|-to-)$",
    re.IGNORECASE,
)
_WORD_BEFORE = lazy_pattern(r"(?P<w>[^\W\d_]+)\s+$")
_ISH = "-ish"
_WORD_AFTER = lazy_pattern(r"[ \t]+(?P<w>[^\W\d_][\w-]*)")
_REACH = 30
# Words after a time among which its half of the day may be named ("on Tuesday
# afternoon"), up to its clause's end.
_DAY_PART_WORDS = 4
_CLAUSE_END = lazy_pattern(r"[.;:!?,]")
_WORDS = compile_pattern(r"[^\W\d_]+")


def clock_times(
    text: str, lex: Lexicon, taken: Sequence[Draft] = (), low: Lowered | None = None
) -> list[Draft]:
    """The times of day in ``text``, in text order (none in a language without the words);
    a hedge is left off where it overlaps a figure of ``taken`` (the scan's drafts).
    ``low`` is ``text`` lower-cased, where read."""
    if not lex.CLOCK_HEDGES:
        return []
    found: list[tuple[int, int, int, bool]] = []  # start, end, minutes, on a 24-hour clock
    low = Lowered(text) if low is None else low
    for hint in _hints(text, low):
        start = hint.start()
        while start > hint.start() - 2 and start > 0 and text[start - 1].isdigit():
            start -= 1  # "14:20": the hint found "4:20"
        m = _DIGITS.match(text, start)
        if m is None:
            continue
        if m["h24"] is not None:
            minutes = int(m["h24"]) * 60 + int(m["m24"])
            found.append((m.start(), m.end(), _half(text, m.end(), minutes, lex), True))
            continue
        hour = int(m["h"])
        if 1 <= hour <= 12:
            minutes = (hour % 12 + (12 if m["ap"].lower() == "p" else 0)) * 60 + int(m["m"] or 0)
            found.append((m.start(), m.end(), minutes, False))
    # The words for an hour are matched where they stand (found with str.find through the
    # lower-cased text): searched, the pattern stopped at every "m" and "n" of a text.  No
    # match is a part of another, so these are the matches finditer gave.  The pattern is
    # fetched (compiled, the first time) only where a word stands: most texts name none.
    at = low.occurrences(lex.CLOCK_WORDS)
    for w in filter(None, (lex.patterns["clock_word"].match(text, i) for i in at)):
        if w.start() and (text[w.start() - 1].isalpha() or text[w.start() - 1] == "_"):
            continue  # inside a word
        if not w.group().islower():
            after = _WORD_AFTER.match(text, w.end())
            if not opens_sentence(text, w.start()) or (after and after["w"][:1].isupper()):
                continue  # "Noon said", "Midnight Express": a name
        start = w.start()
        twelve = _TWELVE.search(text, max(0, start - 4), start)
        found.append(
            (
                twelve.start() if twelve else start,
                w.end(),
                lex.CLOCK_WORDS[w.group().lower()],
                False,
            )
        )
    found += _oclock(text, low, lex)
    if not found:
        return []  # most texts: the figures' spans are not sorted for nothing
    # The scan's count of "about 10 o'clock" ("about 10 o") is the time's, hedge and all.
    spans = sorted((d.start, d.end) for d in taken if not oclock_count(text, d, lex))
    starts = [lo for lo, _ in spans]
    out = []
    for start, end, minutes, bare_clock in sorted(found):
        draft = _time(text, start, end, minutes, lex, needs_cue=bare_clock)
        if draft is not None and draft.start < start:
            # A figure read over the hedge's words ("junctions 22 and 23 shortly after
            # 4pm") keeps them: the time stands bare.
            k = bisect.bisect_left(starts, start) - 1
            if k >= 0 and spans[k][1] > draft.start:
                draft = _time(text, start, end, minutes, lex, hedged=False)
        if draft is not None:
            out.append(draft)
    return out


def _hints(text: str, low: Lowered) -> list[re.Match[str]]:
    """The hint pattern's matches in ``text``, as its ``finditer`` gives them.

    Every match holds a colon right after its first digit, or an "am" or "pm" whose "m"
    stands 2 to 8 characters after that digit.  So the offsets near those are the only
    ones where the hint can match; tried in order, each past the last match's end, they
    give finditer's matches.  Without a copy whose offsets are the text's, the text is
    searched as before."""
    hint = _ASCII_HINT if text.isascii() else _HINT
    copy = low.aligned()
    if copy is None:
        return list(hint.finditer(text))
    at = {m.start() - 1 for m in _COLON_AFTER_DIGIT.finditer(text)}
    for m in _M_AFTER_DIGIT.finditer(copy):
        at.update(range(m.start() - _HINT_REACH, m.start() - 1))
    if not at:
        return []  # most texts: no time in figures
    found = []
    last = 0  # also keeps offsets before the text's start out: match() reads them as 0
    match = hint.match
    for p in sorted(at):
        if p >= last and (hit := match(text, p)) is not None:
            found.append(hit)
            last = hit.end()
    return found


# The hour before "o'clock": digits or a word ("10 o'clock", "ten o'clock").
_HOUR_BEFORE = lazy_pattern(r"(?<![\w.,:])(?P<n>\d{1,2}|[^\W\d_]+)\s+$")


def _oclock(text: str, low: Lowered, lex: Lexicon) -> list[tuple[int, int, int, bool]]:
    """(start, end, minutes, False) of each hour before the lexicon's "o'clock", its half
    of the day from the words after it ("10 o'clock at night" is 22:00)."""
    out = []
    for i in low.occurrences(lex.CLOCK_OCLOCK):
        before = _HOUR_BEFORE.search(text, max(0, i - 10), i)
        if before is None:
            continue
        n = before["n"]
        hour = int(n) if n.isdecimal() else lex.UNITS.get(n.lower())
        if hour is None or not 1 <= hour <= 12:
            continue
        end = i + next(len(w) for w in lex.CLOCK_OCLOCK if text[i : i + len(w)].lower() == w)
        if _day_part(text, end, lex) is None:
            continue  # "at 4 o'clock": morning or afternoon, the text does not say
        out.append((before.start("n"), end, _half(text, end, hour * 60, lex), False))
    return out


def oclock_count(text: str, d: Draft, lex: Lexicon) -> bool:
    """Whether the draft ``d`` ends in the "o" of the lexicon's "o'clock"."""
    tail = text[d.end - 1 : d.end + 8].lower()
    return any(tail.startswith(w) for w in lex.CLOCK_OCLOCK)


def _time(
    text: str,
    start: int,
    end: int,
    minutes: int,
    lex: Lexicon,
    *,
    hedged: bool = True,
    needs_cue: bool = False,
) -> Draft | None:
    """The time at ``start``-``end`` with its hedge, or None where it is no event's time;
    ``needs_cue``: a 24-hour time, read only after "at" or a hedge."""
    if _AFTER.match(text, end):
        return None
    window = text[max(0, start - _REACH) : start]
    if _SPAN_BEFORE.search(window):
        return None
    hedge = lex.patterns["clock_hedge"].search(window)
    before = _WORD_BEFORE.search(window)
    word = "" if before is None else before["w"].lower()
    qualified = _noun_qualified(text, end, lex) if word in lex.speech.DETERMINERS else None
    if qualified and (not text[start].isdigit() or qualified in lex.CLOCK_BOUND_NOUNS):
        # "the midnight oil"; "a 5pm deadline" bounds; "the 10.24am service" is the
        # service's time.
        return None
    if hedge is None and word in lex.CLOCK_BOUND_WORDS | lex.CLOCK_IDIOM_WORDS:
        return None  # "open until 10pm", "by 6am": a bound; "ten to midnight"
    if needs_cue and hedge is None and word not in lex.CLOCK_CUES:
        return None  # "John 3:16", "ran the mile in 3:59"
    if hedged and hedge is None and text.startswith(_ISH, end):
        # "10.30pm-ish": about that time.
        lo, hi = lex.CLOCK_HEDGES.get("about", (0, 0))
        q = Quantity(minutes + lo, minutes + hi, None, CLOCK, RANGE)
        return Draft(start, end + len(_ISH), DATE, q)
    if hedge is None or not hedged:
        return Draft(start, end, DATE, Quantity(minutes, minutes, minutes, CLOCK, EXACT))
    lo, hi = lex.CLOCK_HEDGES[" ".join(hedge["hedge"].lower().split())]
    if minutes == 0 and hi <= 0:
        minutes = _DAY  # "just before midnight": the day's end
    # A span of minutes, not a figure: "just before 11am" and "about 10.50am" only meet,
    # where a hedged figure within 1% of another would be the same figure.  It may cross
    # midnight ("about midnight": 11.45pm to 12.15am); the verdict reads times on a circle.
    q = Quantity(minutes + lo, minutes + hi, None, CLOCK, RANGE)
    return Draft(start - len(window) + hedge.start("hedge"), end, DATE, q)


def _half(text: str, end: int, minutes: int, lex: Lexicon) -> int:
    """``minutes`` in the half of the day a word after the time names, within its clause
    and :data:`_DAY_PART_WORDS` words ("1:30 in the afternoon" is 13:30, "4:30 on
    Tuesday afternoon" 16:30, "12:15 at night" 00:15); as they stand where none is named
    or the hour is past 12."""
    if minutes >= 13 * 60:
        return minutes
    part = _day_part(text, end, lex)
    if part is None:
        return minutes
    evening, twelve = part
    hour, rest = divmod(minutes, 60)
    if hour % 12 == 0:
        return twelve * 60 + rest
    return (hour + 12 if hour >= evening else hour) * 60 + rest


def _day_part(text: str, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """The lexicon's reading of the part of the day a word after ``end`` names, within its
    clause and :data:`_DAY_PART_WORDS` words, or None."""
    if not lex.CLOCK_DAY_PARTS:
        return None
    stop = _CLAUSE_END.search(text, end, end + 60)
    words = _WORDS.findall(text, end, stop.start() if stop else end + 60)
    for word in words[:_DAY_PART_WORDS]:
        part = lex.CLOCK_DAY_PARTS.get(word.lower())
        if part is not None:
            return int(part[0]), int(part[1])
    return None


def _noun_qualified(text: str, end: int, lex: Lexicon) -> str | None:
    """The noun (lower case) right after the time, which it then qualifies after a
    determiner: "the midnight oil", "a 5pm deadline" (None for "4pm on Friday", "7.30pm
    local time", nor "At 11am officials said", where no determiner stands before it)."""
    m = _WORD_AFTER.match(text, end)
    if m is None:
        return None
    word = m["w"].lower()
    if m["w"][:1].isupper() or word in lex.STOPWORDS or word in lex.CLOCK_FOLLOWERS:
        return None  # "at 7:30 a.m. Tuesday": a capital is a day, a month or a name
    return word if nouns.is_noun(word) or "-" in word else None
