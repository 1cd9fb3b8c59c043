"""Numbers that state nothing: times of day, phone numbers, list numbering, and numbers
that are part of a name or a label ("G7", "Covid-19", "Boeing 737", "junction 10", "a No
10 spokesman").  The scan (claimdiff.extract.scan) asks :func:`not_a_claim` before it
reads the digits at an offset, and :func:`is_name_number` of a whole number it has read.
Every pattern is matched at a known offset, so the checks are linear in the text.
"""

from __future__ import annotations

import re

from claimdiff import nouns
from claimdiff.extract.ages import AGE_CUES
from claimdiff.extract.amounts import Core
from claimdiff.extract.bounds import YEAR_RANGE
from claimdiff.extract.digit_runs import run_then
from claimdiff.extract.numbers import part_of
from claimdiff.extract.subjects import noun_after, numbered_name
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon
from claimdiff.pattern_code import compile_pattern
from claimdiff.text import HYPHENS, WORD_DASHES, opens_sentence

__all__ = ["PREV_WORD", "end_of_digits", "is_name_number", "not_a_claim"]

_TIME = lazy_pattern(
    r"\d{1,2}(?:[.:]\d{2})?\s?(?:[ap]\.?m\.?|GMT|BST|UTC|CET|EST|EDT|PST|ET)(?![^\W\d_])"
    r"|\d{1,2}:\d{2}(?::\d{2})?(?!\d)",
    re.IGNORECASE,
)
_PHONE = lazy_pattern(
    r"\+\d{1,3}[ .-]?\d{2,5}(?:[ .-]\d{2,5}){1,4}(?!\d)"  # "+91 98765 43210"
    r"|(?:\+\d{1,3}[ .-]?)?"
    r"(?:\(\d{2,5}\)[ .-]?\d{2,5}(?:[ .-]\d{2,5}){1,4}|\d{2,5}(?:[ .-]\d{2,5}){2,4})(?!\d)"
)
# Dotted quads ("192.168.1.2") and version numbers ("1.2.3") are identifiers.
_DOTTED = lazy_pattern(r"\d{1,3}\.\d{1,3}\.\d{1,3}(?:\.\d{1,3})?(?!\d|\.\d)")  # a stop may end it
# Two bare numbers joined by a dash, neither with a unit: a score when the first is the
# larger or they are equal ("3-1", "2-2", "27-24").
_SCORE = lazy_pattern(r"(?P<a>\d{1,3})[-–](?P<b>\d{1,3})(?![\d%/]|[.,]\d|[^\W\d_]|\s?%)")
# Three numbers or more joined by dashes: a formation ("4-3-3"), a date ("12-3-2024"), a
# reference; no figure a reader compares.
_CHAIN = lazy_pattern(r"\d{1,4}[-–]\d{1,4}[-–]\d{1,4}(?:[-–]\d{1,4})*(?!\d)")
_SLASHED = lazy_pattern(r"(?P<n>\d{1,4})/(?P<d>\d{1,4})(?P<more>/\d{1,4})?(?!\d)")
_LIST_ITEM = lazy_pattern(r"\d{1,2}[.)]\s")
# What each pattern above needs at its start, in one pattern: most figures fail it, and
# one match costs less than the six it spares (issue 12).
_STARTS_OF_NOT_CLAIMS = (
    _TIME.pattern
    + r"|\d{1,3}\.\d{1,3}\.\d|\d{1,4}/\d|\d{1,3}[-–]\d|\d{2,5}[ .-]\d{2,5}[ .-]\d|\d{1,2}[.)]\s"
)
# What every branch of it has after its digits, looked at first.  Each branch reads the
# whole run of digits (a non-digit follows it), then a mark and a digit, a mark and a
# space, a space and a digit or a time zone's letter, or the first two letters of a
# zone (case-blind: "ſ" is an "s").  The branches' own backtracking cost every figure
# some 6,000 instructions ("£1.2m", "45%", "12 km" fail them all); this look turns
# them away for a quarter of that, and lets the rest be tried as before.
_AFTER_DIGITS = (
    r"(?=\d{1,5}+(?:[.:]\d\d|\.\d{1,3}\.|[.)]\s|\s[\daApPgGbBuUcCeE]|[/\-–]\d|[aApP]"
    r"|[gG][mM]|[bBeEpP][sSſ]|[uUeE][tT]|[cC][eE]|[eE][dD]))"
)
_MAYBE_NOT_A_CLAIM = lazy_pattern(_AFTER_DIGITS + "(?i:" + _STARTS_OF_NOT_CLAIMS + ")")
# The characters after the run of digits that look needs: a mark or a zone's first
# letter, or white space and a digit or one of the letters after it (extract/digit_runs.py).
# Matched only where they stand, the pattern is never compiled by most comparisons of two
# reports, whose figures the plain pattern reads.
_AFTER_RUN = frozenset(".:)/-–aApPgGbBeEuUcC")
_AFTER_RUN_SPACE = frozenset("aApPgGbBuUcCeE")
_TIMES_AFTER = lazy_pattern(r"\s+times?(?![^\W\d_])", re.IGNORECASE)
PREV_WORD = compile_pattern(r"(?P<word>[^\W\d_][\w’'.-]*)\s$")
# A possessive after "of" before a count's figure, and a word in lower case after the
# figure: "Five of the UK's 29 emergency departments" is a count, not a name's number
# ("Boeing 737", "Boeing's 737 jets").
_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")
_LOWER_AFTER = compile_pattern(r"[ \t\u00a0]+[a-z]")
_OF_BEFORE = compile_pattern(r"(?<![^\W\d_])of[ \t\u00a0]+(?:the[ \t\u00a0]+)?$")
# The word a hyphen joins to the digits after it ("magnitude-5.8").
_HYPHENED_WORD = lazy_pattern(r"(?<![^\W\d_])(?P<word>[^\W\d_]+)[-‐‑–]$")
# A year after such a word, or its decade ("mid-2021", "mid-1990s"): four digits, no more.
_YEAR_DIGITS = lazy_pattern(r"(?:1\d|20)\d\d(?!\d)")


# An en dash joins digits to a name only after a short word: "Covid–19", "F–16", "MH–17";
# after a longer one it stands for a dash ("Wembley–90,000 fans", "Monday–3 March").
_DASHED_NAME_LETTERS = 5


def _dashed_name(word: re.Match[str] | None, lex: Lexicon) -> bool:
    """Whether the word an en dash joins to the digits after it names a thing: a short
    capitalised word, not a month or a day ("30 January–3 February")."""
    if word is None:
        return False
    w = word["word"]
    low = w.lower()
    return (
        w[0].isupper()
        and len(w) <= _DASHED_NAME_LETTERS
        and low not in lex.MONTHS
        and low not in getattr(lex, "WEEKDAYS", {})
    )


def not_a_claim(text: str, p: int, lex: Lexicon) -> int | None:
    """Where to resume if the digits at ``p`` state nothing (times, phones, names…)."""
    if p >= 2 and text[p - 1] in WORD_DASHES and text[p - 2].isalpha():
        word = _HYPHENED_WORD.search(text, max(0, p - 16), p)
        joined = "" if word is None else word["word"].lower()
        if (
            joined not in lex.HYPHENED_FIGURE_WORDS
            and not (joined in lex.HYPHENED_YEAR_WORDS and _YEAR_DIGITS.match(text, p))
            and (text[p - 1] != "–" or _dashed_name(word, lex))
        ):
            return end_of_digits(text, p)  # "Covid-19", "F-16"; not "magnitude-5.8", "mid-2021"
    if p >= 1 and text[p - 1] in "#№":
        return end_of_digits(text, p)
    if p >= 3 and text[p - 1] in HYPHENS and text[p - 2].isdigit() and _glued_before(text, p - 2):
        return end_of_digits(text, p)  # the "-200" of "A321-200": a name's number
    if (p == 0 or text[p - 1] not in "+(") and (
        not run_then(text, p, 5, _AFTER_RUN, _AFTER_RUN_SPACE)
        or _MAYBE_NOT_A_CLAIM.match(text, p) is None
    ):
        return None  # no pattern below can match (a phone may start at a "+" or "(" before)
    t = _TIME.match(text, p) or _DOTTED.match(text, p)
    if t is not None and not _grouped_by_stops(text, t, lex):
        return t.end()
    s = _SLASHED.match(text, p)
    if s is not None and (s["more"] or not part_of(text, s.end(), int(s["n"]), int(s["d"]))):
        if not s["more"] and _split_year(s.group()):
            return None  # "2025/26": a financial year, read as "2025-26" is
        return s.end()  # "9/11", "24/7", "50/50": names and splits, no fractions
    chain = _CHAIN.match(text, p)
    if chain is not None:
        return chain.end()
    score = _SCORE.match(text, p)
    if score is not None and int(score["a"]) >= int(score["b"]):
        return score.end()  # "won 3-1", "27-24": a score, no range (a range runs upwards)
    ph = _PHONE.match(text, p - 1 if p and text[p - 1] in "+(" else p)
    if ph is not None and sum(c.isdigit() for c in ph.group()) >= 8 and not _grouped(ph, lex):
        return ph.end()
    if _LIST_ITEM.match(text, p) and _at_line_start(text, p):
        return p + 1
    return None


def _glued_before(text: str, last: int) -> bool:
    """Whether the digits ending at ``last`` are glued to a letter before them ("A321")."""
    i = last
    while i > max(0, last - 8) and text[i - 1].isdigit():
        i -= 1
    return i > 0 and text[i - 1].isalpha()


def _split_year(slashed: str) -> bool:
    """ "2025/26": a year and the last two digits of the next."""
    first, _, tail = slashed.partition("/")
    return (
        len(first) == 4
        and len(tail) == 2
        and YEAR_RANGE[0] <= int(first) <= YEAR_RANGE[1]
        and (int(first) + 1) % 100 == int(tail)
    )


def _grouped(phone: re.Match[str], lex: Lexicon) -> bool:
    """A phone-like run that is a number grouped as the locale groups ("12.345.678",
    "25 000 000" in German), or holds one after a space ("2030 250.000")."""
    found = phone.group()
    if lex.numbers.grouped.fullmatch(found) is not None:
        return True
    return any(
        lex.numbers.group in part and lex.numbers.grouped.fullmatch(part) is not None
        for part in found.split()
    )


def _grouped_by_stops(text: str, found: re.Match[str], lex: Lexicon) -> bool:
    """ "1.234.567" in a language that groups digits with full stops, or in one that does
    not, before the other convention's decimal comma ("€3.456.789,50" in English): a
    number, not a version ("version 2.100.300" stays one)."""
    fmt = lex.numbers
    if fmt.group != ".":
        end = found.end()
        if text[end : end + 1] != fmt.group or not text[end + 1 : end + 2].isdigit():
            return False
        return fmt.swapped is not None and fmt.swapped.match(text, found.start()) is not None
    m = fmt.grouped.fullmatch(found.group())
    return m is not None


def end_of_digits(text: str, p: int) -> int:
    while p < len(text) and (text[p].isdigit() or text[p] in ".,"):
        p += 1
    return p


def _at_line_start(text: str, p: int) -> bool:
    i = p - 1
    while i >= 0 and p - i < 8 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] == "\n"


# The word after a number, if a word follows it (a hyphen, a mark or the text's end: none).
_NEXT_WORD = lazy_pattern(r"\s+([^\W\d_]+)(?![\w-])")
_LAST_WORD = lazy_pattern(r"([^\W\d_]+)\s+$")


_COUNT_BEFORE = lazy_pattern(r"(?<![\w.,])\d[\d,]*\s+$")


def _after_a_count(text: str, at: int) -> bool:
    """Whether digits and a space end ``text[:at]`` ("40 " of "40 stage 3 patients")."""
    return _COUNT_BEFORE.search(text, max(0, at - 16), at) is not None


def _names_a_step(text: str, step_at: int, end: int, lex: Lexicon) -> bool:
    """Whether the number ending at ``end`` after a step noun starting at ``step_at`` names
    the step: where nothing, a singular noun or ``STEP_AFTER`` follows it ("stage 4 load
    shedding", "tier 1 capital", "phase 2 of"), and where no determiner or adjective of
    ``STEP_DETERMINERS`` opens the step's phrase ("Phase 2 trials", "category 5 on
    Monday"); after one it counts ("at this stage 12 people remain", "in the first phase
    300 homes", "of this type 30 were sold")."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return True
    word = m.group(1).lower()
    if word in lex.STEP_AFTER:
        return True
    if (
        word not in lex.STOPWORDS
        and word not in lex.PLURALS_WITHOUT_S
        and nouns.is_noun(word)
        and nouns.lemma(word) == word
    ):
        return True  # "stage 4 load", "tier 1 capital"
    before = _LAST_WORD.search(text, max(0, step_at - 16), step_at)
    return before is None or before.group(1).lower() not in lex.STEP_DETERMINERS


def is_name_number(text: str, core: Core, lex: Lexicon) -> bool:
    """ "Boeing 737", "Article 7": a whole number right after a capitalised name."""
    num = core.number
    if num.words or num.grouped or num.decimals or core.end != num.end:
        return False
    # Cheap test first: the word before must hold a capital ("(Article 7", "F.A. 3").
    tail = text[max(0, num.start - 24) : num.start - 1].rsplit(None, 1)[-1:]
    if tail and tail[0] in lex.LABEL_NOUNS and text[num.start - 1 : num.start] == " ":
        # "at junction 10", "from platform 4", "level 5 students": a label; not "changed
        # the route 4 times", a count of times.
        return _TIMES_AFTER.match(text, core.end) is None
    if tail and tail[0].lower() in lex.STEP_NOUNS and text[num.start - 1 : num.start].isspace():
        # "stage 4 load shedding"; after a count, whatever follows ("40 stage 3 patients")
        step_at = num.start - len(tail[0]) - 1
        return _after_a_count(text, step_at) or _names_a_step(text, step_at, core.end, lex)
    if not tail or tail[0] == tail[0].lower():
        return False
    prev = PREV_WORD.search(text[max(0, num.start - 24) : num.start])
    if prev is None:
        return False
    word = prev["word"]
    if word in lex.NUMBER_SIGNS:
        return True  # "a No 10 spokesman", "No 10 said", "the world No 1": a numbering
    if word.endswith(_POSSESSIVE_ENDS) and _LOWER_AFTER.match(text, core.end):
        # A whole a count is part of: "12 of Tesco's 40 stores", "Five of the UK's 29
        # emergency departments"; not "Boeing's 737 jets", "Porsche's 911 models".
        of = _OF_BEFORE.search(
            text, max(0, num.start - len(prev.group()) - 8), num.start - len(prev.group())
        )
        if of is not None:
            return False
    if _ends_sentence(word, lex):
        return False  # "They met in Leeds. 35 staff will be hired": a new sentence's count
    if word.isalpha() and word[:1].islower() and word[1:] != word[1:].lower():
        return True  # "iPhone 15", "eBay 2": a name with a capital inside (not "mid-March")
    if not word[0].isupper() or word.lower() in lex.STOPWORDS or word.lower() in lex.MONTHS:
        return False
    if (word.lower() in lex.YEAR_CUES and len(num.digits) == 4) or word.lower() in lex.hedge_heads:
        return False  # "Year 2019" may be a year; "Year 8" names a school year
    if word.lower() in AGE_CUES:
        return False  # "Aged 52, the former bookkeeper …" opens a sentence with an age
    if word.lower() in lex.AGE_OPENERS and opens_sentence(text, num.start - len(prev.group())):
        return False  # "Now 58, the former sprinter"; not "The album Now 100 sold well"
    if lex.NAMES_BY_CAPITALS and _party(word, text, num.start, core.end, lex):
        return False
    if _given(text, num.start - len(prev.group()), core.end, lex):
        return False
    if not lex.NAMES_BY_CAPITALS:
        # Every noun has a capital ("nach Angaben des Amtes 10 bis 20 Bewerbungen"): a
        # name only if nothing is counted after the number or the range it opens.
        end = core.end
        sep = lex.patterns["range_sep"].match(text, end)
        if sep is not None:
            end = end_of_digits(text, sep.end())
        return noun_after(text, end, lex, allow_of=False) is None
    if text[core.end : core.end + 1] in HYPHENS and text[core.end + 1 : core.end + 2].islower():
        return False  # "Equinor's 45-turbine wind farm": a count of turbines, no model name
    # A capital at the start of a sentence is no name, unless nothing is counted after
    # the number ("Article 7 was invoked") or the word is a unit of time named by it
    # ("Year 9 pupils", "Yr 11 pupils": subjects.numbered_name).
    at = num.start - len(prev.group())
    if numbered_name(text, at, at + len(word), lex):
        return True
    before = text[max(0, at - 4) : at].rstrip()
    if bool(before) and before[-1] not in ".!?:;\"“”'‘’(\n":
        return True
    return noun_after(text, core.end, lex, allow_of=False) is None


def _given(text: str, name_at: int, end: int, lex: Lexicon) -> bool:
    """Whether the capitalised word at ``name_at`` before a number is who a verb of giving
    gives it to, a noun counted after the number ("give Labor 14 seats", "gave Labour 40
    seats"): the number is a count, no part of a name."""
    verb = PREV_WORD.search(text[max(0, name_at - 24) : name_at])
    if verb is None or verb["word"].lower() not in lex.GIVING_VERBS:
        return False
    counted = noun_after(text, end, lex, allow_of=False)
    if counted is None:
        return False
    # Only where the clause ends after the noun, or a preposition of place or time opens:
    # any other word may open a second object, which makes the name and its noun the one
    # given to ("gives Windows 10 users free upgrades", "gave Article 50 powers to
    # ministers").
    nxt = _WORD_AFTER.match(text, counted[1])
    return nxt is None or nxt[1].lower() in _AFTER_A_GIVEN_COUNT


# Words after a count given to a name that leave it the only object: "give Labor 14 seats
# in the parliament", "gave Labour 40 seats at the election".
_AFTER_A_GIVEN_COUNT = frozenset("in at on from for with after before during under of".split())


def _ends_sentence(word: str, lex: Lexicon) -> bool:
    """Whether the full stop ending ``word`` ends its sentence: a word longer than an
    abbreviation's three letters ("Leeds.", "March.", "Sunday."), in capitals ("UK.") or
    a month written whole ("May."), not "Vol.", "Art." or an initialism ("F.A.", "U.S.")
    that a number may follow in a name ("Vol. 3", "F.A. 3")."""
    if not word.endswith(".") or "." in word[:-1]:
        return False
    stem = word[:-1]
    if stem.lower() in lex.MONTHS and stem.lower() not in lex.MONTH_ABBREVIATIONS:
        return True
    return len(stem) > _ABBREVIATION_LETTERS or stem[1:] != stem[1:].lower()


# An abbreviation a number may follow in a name is this short at most: "Vol. 3", "Fig. 2".
_ABBREVIATION_LETTERS = 3


# A party's figure follows another figure of its list within this many characters.
_PARTY_REACH = 80
_WORD_AFTER = lazy_pattern(r" ([^\W\d_][\w'’-]*)")


def _party(word: str, text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the capitalised word before a number is a party the number is said of, not
    a name the number is part of: a possessive ("Labour's 19") or a plural common noun
    ("the Conservatives 19") in a list of results, after another figure of the sentence
    ("won 27 seats, the Conservatives 19").  A word after the number keeps it a name:
    "Boeing's 737 Max", "Windows 11 users"."""
    nxt = _WORD_AFTER.match(text, end)
    if nxt is not None and (nxt[1][0].isupper() or nxt[1].lower() not in lex.STOPWORDS):
        return False
    if not any(ch.isdigit() for ch in text[max(0, start - _PARTY_REACH) : start]):
        return False
    low = word.lower()
    if low.endswith(("'s", "’s")):
        return True
    return low.endswith("s") and nouns.lemma(low) != low
