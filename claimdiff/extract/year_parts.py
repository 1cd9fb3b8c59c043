"""Quarters and halves of a year named alone: "in the third quarter", "between July and
September", "Q3 2023", "the first half" (docs/claims.md, "Quarters and halves").

A figure's period is read by :mod:`claimdiff.extract.period_phrases`; this pass makes the
same reading a claim of its own, a date spanning the part's days as a month alone is one
(:mod:`claimdiff.extract.months`): "the third quarter" is 1 July to 30 September
(``MMDD``; a year named with it stays a claim of its own), so it agrees with "between July
and September" and conflicts with "the second quarter".  Not read (:func:`_alone`): a
financial year's quarter, and in a text naming a financial year any part not said by its
months; a half whose months a text does not say ("the half-year", "interim", "its first
half"); a half of another thing ("of the century"); a code in a name ("the Audi Q3"); a
run of months that is no calendar part ("the nine months to September"); and a half or
quarter in a sentence of a game ("scored twice in the first half": ``GAME_WORDS``).
"""

from __future__ import annotations

import bisect
import operator
import re
from collections import Counter
from collections.abc import Container, Mapping, Sequence

from claimdiff.construct import new_quantity
from claimdiff.extract.dates import DATE_UNIT, days_in_month
from claimdiff.extract.members import DATE, EXACT, RANGE, YEAR
from claimdiff.extract.months import is_month_alone
from claimdiff.extract.period_phrases import Period, periods
from claimdiff.extract.pieces import piece_places
from claimdiff.extract.precision import Draft
from claimdiff.lexicon import Lexicon
from claimdiff.lexicon.per_table import per_table
from claimdiff.model import Claim, Kind, Quantity
from claimdiff.pattern_code import compile_pattern
from claimdiff.text import Lowered, lower_in_place

__all__ = ["is_year_part", "named_alone", "part_of", "spans_year_part", "year_parts"]

# Each part's first and last month.
_MONTHS = {"Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12), "H1": (1, 6), "H2": (7, 12)}
# The days of a part of unknown year: a leap year's, as a month alone's.
_LEAP_YEAR = 2000
# Words a sentence must hold one of to name a part (a look before the period reader);
# a month's name is looked for apart ("between July and September").
_CUES = (
    "quarter", "half", "q1", "q2", "q3", "q4", "1q", "2q", "3q", "4q", "h1", "h2",
    "months to", "months end", "months through", "first three months", "first six months",
    "three months of", "six months of",
)  # fmt: skip
Span = tuple[int, int]
_QUARTER_DIGITS = frozenset("1234")
# The cues but the codes of quarters ("q3", "3q"), which are found from each "q".
_PLAIN_CUES = tuple(c for c in _CUES if not (len(c) == 2 and "q" in c))
_BETWEEN = "between "
# The last day after the month a part ends in: "the six months to June 30".
_DAY_AFTER = compile_pattern(r"\s+\d{1,2}(?![\d,.]\d)(?:st|nd|rd|th)?\b")
# Words before a half that make it someone's own: "its first half", "BHP's first half",
# "the fiscal first half".
_OWNER = compile_pattern(
    r"(?:\b(?:its|their|his|her|our|fiscal|financial)|['’]s)\s+(?:(?:the|fiscal)\s+)?$",
    re.IGNORECASE,
)
_HALVES = frozenset({"H1", "H2"})
# "of" after a part: of a year it names ("the first half of the year"), or of something
# else ("of the century", "of trading", "of its financial year").
_OF_WHAT = compile_pattern(
    r"\s+of\b(?:\s+(?P<year>(?:the|this|last|next)\s+(?:calendar\s+)?year\b(?!\s*['’]s)))?",
    re.IGNORECASE,
)
# A text that names a financial year: "whose financial year ends in June", "fiscal 2024",
# "FY24".  Every match opens with an "F" or "f" (no other character matches a case-blind
# "f"), matched case-sensitively first so that the engine skips from one to the next;
# the word's start is looked for behind it.  Opened with the case-blind words, the
# pattern was tried at every offset: a text holding "fy" ("clarify") took 180 µs.
_FINANCIAL_YEAR = compile_pattern(
    r"[Ff](?:(?<=\b[Ff])(?i:(?:inancial|iscal)\s+year\b|iscal\s+(?:19|20)\d\d\b)"
    r"|(?<=\bF)Y\s?['’]?\d\d)"
)
# What a text naming a financial year holds, lower-cased: a look before the pattern.
_FISCAL_LOOKS = ("financial", "fiscal", "fy")
# A quarter or half written as a code.
_CODE = compile_pattern(r"[QqHh][1-4]|[1-4][Qq]")
_NEXT_WORD = compile_pattern(r"[ \t]+(?P<w>[^\W\d_]+)")
_PREVIOUS_WORD = compile_pattern(r"(?P<w>[^\W\d_]+)[ \t]+$")
# A year read with a part, and the words between them.
_YEAR_IN = compile_pattern(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_GAP_BEFORE_YEAR = compile_pattern(r"(?:\s+of|\s*,)?\s*$")
_GAP_AFTER_YEAR = compile_pattern(r"\s*[-,]?\s*")
# A game's score: "31-18", "3–1"; not a range of percentages ("2-3%") nor of a date.
_SCORE = compile_pattern(r"(?<![\d.,/–-])\d{1,3}\s?[-–]\s?\d{1,3}(?![\d.,/%–-])")
_POINTS = frozenset({"point", "points"})
_RATE_POINTS = compile_pattern(r"(?:percentage|basis)\s+points?\b", re.IGNORECASE)
_LETTER_RUNS = compile_pattern(r"[^\W\d_]+")
# A sentence's words, hyphened ones whole ("hat-trick", "half-time").
_WORDS = compile_pattern(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Its matches in ASCII, where a letter is one of these ranges: the engine tests a range
# with one look-up, the category classes with a call a character.
_ASCII_WORDS = compile_pattern(r"[A-Za-z]+(?:-[A-Za-z]+)*")
# "the half to December": a company's half-year, named by the month it ends, which is the
# calendar's first half only where that month is June.
_HALF_ENDING = compile_pattern(r"half,?\s+(?:to|ended|ending|through)\s", re.IGNORECASE)


def year_parts(
    text: str,
    sents: Sequence[Span],
    lex: Lexicon,
    low: Lowered,
    read: dict[Span, list[Period]] | None = None,
) -> list[Draft]:
    """The quarters and halves of a year ``text`` names, as dates spanning their days.
    The periods of each sentence read go in ``read``, by its span: the completion stage
    asks for them again (:func:`.read_sentence`)."""
    if not lex.YEAR_PARTS_ALONE:
        return []
    named = _named_in(sents, lex, low)
    if not named:
        return []  # most texts: no sentence holds a part's words
    # A text naming a financial year may number its quarters and halves from that year's
    # start: there only a part said by its months is read ("the July-September quarter").
    fiscal = low.may_hold(_FISCAL_LOOKS) and _FINANCIAL_YEAR.search(text) is not None
    found: list[Draft] = []
    for lo, hi in named:
        padded = " " + low.part(lo, hi)
        if len(padded) != hi - lo + 1:
            padded = " " + lower_in_place(text[lo:hi])  # "İ": each offset must be the text's
        game: bool | None = None  # asked of a sentence only once it names a part
        said_periods = periods(text, lo, hi, padded, lex)
        if read is not None:
            read[lo, hi] = said_periods
        for p in said_periods:
            span = _MONTHS.get(p.part or "")
            if span is None or not _alone(text, p, lex, fiscal):
                continue
            if game is None:
                game = _of_a_game(text[lo:hi], lex)
            if game:
                break  # "scored twice in the first half": a game's half
            # The year read with the part, if any: a claim of its own beside the part's.
            year = _YEAR_IN.search(text, p.start, p.end) if p.year is not None else None
            start, end = _words_of(text, p, year)
            between = text[max(0, start - len(_BETWEEN)) : start].lower() == _BETWEEN
            if between and text[start : start + 1].isupper():
                start -= len(_BETWEEN)  # "between July and September": a span, whole
            day = _DAY_AFTER.match(text, end, hi) if _ends_in_month(text[start:end], lex) else None
            end = end if day is None else day.end()
            if found and start < found[-1].end:
                continue  # one part read twice over ("the June quarter", "June"): the first
            first, last = span
            low_day, high_day = first * 100 + 1, last * 100 + days_in_month(_LEAP_YEAR, last)
            q = new_quantity(low_day, high_day, None, DATE_UNIT, RANGE, None)
            part = Draft(start, end, DATE, q)
            # In text order, the year before or after its part: "2023 Q3", "Q3 2023".
            found.extend(sorted((part, _year(year)), key=_START) if year is not None else (part,))
    return found


def _year(year: re.Match[str]) -> Draft:
    """The year read with a part, as a claim of its own ("2023" of "Q3 2023", of "January
    to June 2024", where the scan read "June 2024" as one date)."""
    value = float(year.group())
    return Draft(
        year.start(), year.end(), YEAR, new_quantity(value, value, value, None, EXACT, None)
    )


_START = operator.attrgetter("start")


def _alone(text: str, p: Period, lex: Lexicon, fiscal: bool) -> bool:
    """Whether period ``p`` is a calendar quarter or half named alone: not "the
    half-year", "the half to December", "its first half", "the first half of the
    century", a code in a name ("the Audi Q3", "H2 Green Steel", "H1-B"), nor, in a text
    naming a financial year, a part not said by its months."""
    said = text[p.start : p.end]
    if not said.strip() or said.lower().startswith(lex.UNSAID_HALVES):
        return False
    if _HALF_ENDING.search(said) and not said.rstrip().endswith("June"):
        return False  # "the half to December": a company's half, named by its end
    if p.part in _HALVES and _OWNER.search(text, max(0, p.start - 12), p.start) is not None:
        return False  # "its first half", "BHP's fiscal first half": the company's own
    after = _OF_WHAT.match(text, p.end)
    if after is not None and after["year"] is None:
        return False  # "the first half of the century", "of trading", "of its financial year"
    if fiscal and not _by_months(said, lex):
        return False
    first = said.split()[0]
    return _CODE.fullmatch(first) is None or _code_alone(text, p.start, p.start + len(first))


def _code_alone(text: str, start: int, end: int) -> bool:
    """Whether a code ("Q3", "H1", "3Q") stands alone: no letter or digit touching it
    ("2024Q3"), no hyphen or capitalised word after it ("H1-B", "H2 Green Steel"), and no
    capitalised word before it but the sentence's first ("the Audi Q3"; "In Q3, …")."""
    before, after = text[start - 1 : start], text[end : end + 1]
    if before.isalnum() or after.isalnum() or after in "-‐‑":
        return False
    nxt = _NEXT_WORD.match(text, end)
    if nxt is not None and nxt["w"][0].isupper() and not nxt["w"].isupper():
        return False
    prev = _PREVIOUS_WORD.search(text, max(0, start - 32), start)
    if prev is None or not prev["w"][0].isupper():
        return True
    opener = text[max(0, prev.start() - 3) : prev.start()].rstrip(" \t\"'‘“(")
    return opener == "" or opener[-1] in ".!?\n"


def _words_of(text: str, p: Period, year: re.Match[str] | None) -> Span:
    """The part's words, without ``year``, the year read with it ("Q3" of "Q3 2023",
    "third quarter" of "the third quarter of 2023"): the year stays a claim of its own."""
    if year is None:
        return p.start, p.end
    if year.end() >= p.end:
        gap = _GAP_BEFORE_YEAR.search(text, p.start, year.start())
        return p.start, gap.start() if gap is not None else year.start()
    gap = _GAP_AFTER_YEAR.match(text, year.end(), p.end)
    return (gap.end() if gap is not None else year.end()), p.end


def _ends_in_month(said: str, lex: Lexicon) -> bool:
    """Whether ``said`` ends in a month's name (a day may follow: "to June 30")."""
    words = said.split()
    return bool(words) and words[-1].lower() in lex.MONTHS


def _by_months(said: str, lex: Lexicon) -> bool:
    """Whether a part is said by its months ("July-September", "the March quarter")."""
    return any(w.lower() in lex.MONTHS for w in _LETTER_RUNS.findall(said))


def _of_a_game(sentence: str, lex: Lexicon) -> bool:
    """Whether a sentence is of a game: a score ("31-18"), or a word of play written in
    lower case ("scored", "trailed"; "Match Group" is a name), "points" not of a rate."""
    # A score holds a dash: a sentence holding none (most) is spared the score's search,
    # which opens with a look-behind and so is tried at every offset.
    if ("-" in sentence or "–" in sentence) and _SCORE.search(sentence) is not None:
        return True
    found = (_ASCII_WORDS if sentence.isascii() else _WORDS).findall(sentence)
    words = {w for w in found if w.islower()}
    if words & _POINTS and _RATE_POINTS.search(sentence) is not None:
        words -= _POINTS  # "0.4 percentage points": a rate's
    return not lex.GAME_WORDS.isdisjoint(words)


def _named_in(sents: Sequence[Span], lex: Lexicon, low: Lowered) -> list[Span]:
    """The sentences that may name a part: those holding one of its words, or two months'
    names ("between July and September"), found by one search of the text for each word
    rather than a look at every sentence (most name none)."""
    whole = low.aligned()
    if whole is None:  # a long text, or one whose lower case moves offsets ("İ")
        names = _names(lex.MONTHS, lex.MONTH_ABBREVIATIONS)
        cues, months_at = low.occurrences(_CUES), low.occurrences(names)
    else:
        cues = _places(whole, _grouped(_PLAIN_CUES)) + _q_places(whole)
        places = month_places(lex, low)
        assert places is not None  # the copy is aligned
        if not cues and len(places) < 2:
            return []  # most texts: no cue, and no two months for any sentence to hold
        months_at = [p for p, _ in places]
    starts = [s[0] for s in sents]
    named = {bisect.bisect_right(starts, i) - 1 for i in cues}
    months = Counter(bisect.bisect_right(starts, i) - 1 for i in months_at)
    named.update(k for k, n in months.items() if n > 1)
    return [sents[k] for k in sorted(named) if k >= 0]


# Pieces several words share ("months" of "months to" and "six months of", "uary" of
# "january" and "february", "ber" of the last four months): each piece is searched for
# once, and its words looked for around each place found, not each searched for in the
# whole text.  A search costs some seven instructions a character of news, a place of a
# piece found a look-up or two.  (A piece of two letters, "ju" of "june" and "july",
# costs as much as the two searches: a short piece is skipped through more slowly.)
_SHARED = ("months", "uary", "ber")
# A piece, and each word holding it with the piece's offset in the word.
Group = tuple[str, tuple[tuple[str, int], ...]]


@per_table
def _grouped(words: Sequence[str]) -> tuple[Group, ...]:
    """``words`` by the piece of _SHARED each holds first (a word holding none is its
    own piece), in order of the pieces' first words."""
    groups: dict[str, list[tuple[str, int]]] = {}
    for word in words:
        piece = next((p for p in _SHARED if p in word), word)
        groups.setdefault(piece, []).append((word, word.find(piece)))
    return tuple((piece, tuple(found)) for piece, found in groups.items())


def _places(whole: str, groups: Sequence[Group]) -> list[int]:
    """Where each word of ``groups`` starts in the lower-cased text, each place of a word
    once: a word holds its piece at one offset, so each place of the word is found from
    one place of the piece (the three cases' search of ``Lowered.occurrences`` checks
    each place against the text as written, which a look in any case need not)."""
    return [p for piece, words in groups for _, p in piece_places(whole, piece, words)]


def month_places(lex: Lexicon, low: Lowered) -> list[tuple[int, str]] | None:
    """(place, name) of each month's whole name (:func:`_names`, lower case) in ``low``'s
    lower-cased copy, found from the pieces names share; None where the copy's offsets
    are not the text's.  Worked out once a text and kept on ``low``: the months named
    alone (:func:`.months.months_alone`) are read from them too, where twelve searches
    of the text as written cost them some 1% of extracting news."""
    whole = low.aligned()
    if whole is None:
        return None
    names = _names(lex.MONTHS, lex.MONTH_ABBREVIATIONS)
    found = low.kept.get(names)
    if found is None:
        found = low.kept[names] = [
            (p, words[k][0])
            for piece, words in _grouped(names)
            for k, p in piece_places(whole, piece, words)
        ]
    return found


def _q_places(whole: str) -> list[int]:
    """Where a cue holding a "q" ("q3", "3q") starts, found from each "q", a letter
    English seldom writes: a pass for each such cue of two characters costs many times
    one pass for a character."""
    out = []
    i = whole.find("q")
    while i >= 0:
        if whole[i + 1 : i + 2] in _QUARTER_DIGITS:
            out.append(i)
        elif i and whole[i - 1] in _QUARTER_DIGITS:
            out.append(i - 1)
        i = whole.find("q", i + 1)
    return out


@per_table
def _names(months: Mapping[str, int], short: Container[str]) -> tuple[str, ...]:
    """The months' whole names, less the ``short`` forms ("mar", "may" are words too)."""
    return tuple(n for n in months if n not in short)


def named_alone(claim: Claim, lex: Lexicon) -> bool:
    """Whether ``claim`` is a month, quarter or half of a year named alone ("in March",
    "in the third quarter"): what compare() pairs through the figures it dates."""
    return is_month_alone(claim, lex) or is_year_part(claim)


def part_of(claim: Claim) -> str | None:
    """The part of a year a quarter or half named alone spans ("Q3", "H1"), else None."""
    if not is_year_part(claim):
        return None
    q = claim.quantity
    assert q is not None and q.low is not None and q.high is not None  # is_year_part's
    return _PART_OF.get((int(q.low) // 100 % 100, int(q.high) // 100 % 100))


def is_year_part(claim: Claim) -> bool:
    """Whether ``claim`` is a quarter or half of a year named alone (:func:`year_parts`)."""
    return claim.kind is Kind.DATE and spans_year_part(claim.quantity)


def spans_year_part(q: Quantity | None) -> bool:
    """Whether a date's quantity spans whole months that are one of the year's quarters or
    halves."""
    if q is None or q.low is None or q.high is None:
        return False
    if q.unit != DATE_UNIT or q.low % 100 != 1:
        return False
    first, last = int(q.low) // 100 % 100, int(q.high) // 100 % 100
    return (first, last) in _SPANS and q.high % 100 == days_in_month(
        int(q.high) // 10000 or _LEAP_YEAR, last
    )


_SPANS = frozenset(_MONTHS.values())
_PART_OF = {span: part for part, span in _MONTHS.items()}
