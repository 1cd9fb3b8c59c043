"""Ages: "aged 52", "at the age of 71", "Smith, 29,", "The victim, 71,"; and whose age it is.

"the 25-year-old pilot" is read with the units (:mod:`.amounts`); this module
reads the two forms with no unit after the number: a cue word before it, and
the news apposition "Name, 29," where a person's age stands between commas
right after the name or the noun naming them; ages said with a verb, a longer
apposition or an opening phrase ("who is 34", "then 22", "died at 88", "At 17, she")
are read by :mod:`.said_ages`.  The age's noun is that person ("pilot", "smith"), so
that alignment pairs the victim's age with the victim's.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from types import ModuleType

import attrs

from claimdiff import nouns
from claimdiff.extract.amounts import Core
from claimdiff.extract.bounds import norm
from claimdiff.extract.death_ages import death_age
from claimdiff.extract.members import AGE, AT_LEAST, AT_MOST, COUNT, DURATION, LESS_THAN, MORE_THAN
from claimdiff.extract.precision import Draft, exact
from claimdiff.extract.said_ages import (
    WORD_AFTER,
    age_of,
    copula_age,
    one_of_group,
    opening_age,
    person_at_age,
    person_named_before,
)
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon
from claimdiff.model import Qualifier, Quantity
from claimdiff.pattern_code import compile_pattern

__all__ = [
    "OLDEST",
    "WORD_THEN_SPACE",
    "age_at",
    "age_limit",
    "birthday_at",
    "cue_before",
    "person_before",
    "range_of_ages",
]

# "aged just three", "aged only 12": an emphasis between the cue and its number.
_AGE_BEFORE = lazy_pattern(
    r"(?<![^\W\d_])(?:aged|age|ages|at the age of)\s+(?P<emphasis>(?:just|only)\s+)?$",
    re.IGNORECASE,
)
# "Smith, 29, was …": a word, a comma, the number, then a comma, a bracket, "and", or
# the sentence's end.
_APPOSED_BEFORE = lazy_pattern(r"(?<![\w’'-])(?P<w>[^\W\d_][\w’'-]*),\s$")
_APPOSED_AFTER = lazy_pattern(r",|\)|\s+and\s|\.(?:\s|$)|$")
_CLOSE_THEN_WORD = lazy_pattern(r"\)\s+(?P<w>[^\W\d_]+)\.?\s")
# The word right before the last one, with a full stop after it if any ("A. Kumar").
WORD_THEN_SPACE = lazy_pattern(r"(?<![\w’'-])(?P<w>[^\W\d_][\w’'-]*)(?P<stop>\.?)\s+$")
_PAREN_BEFORE = lazy_pattern(r"(?<![\w’'-])(?P<w>[^\W\d_][\w’'-]*)\s?\($")
# People live to about this age: a larger number after "Name, " is no age.
OLDEST = 120
# "children (aged) under 15", "younger than fifteen": the limit words right before a figure.
_LIMIT_BEFORE = compile_pattern(
    r"(?:(?<![^\W\d_])(?P<who>[^\W\d_][\w’'-]*)\s+)?(?P<cue>(?:aged\s+)?[^\W\d_]+(?:\s+than|\s+the\s+age\s+of)?)\s+$"
)


def birthday_at(text: str, core: Core, lex: Lexicon) -> Draft | None:
    """ "her 105th birthday": the age an ordinal before ``BIRTHDAY_WORDS`` turns, or None."""
    if not lex.BIRTHDAY_WORDS or core.kind is not COUNT or not core.number.digits:
        return None
    m = lex.patterns["birthday"].match(text, core.end)
    if m is None or not 0 < core.value <= OLDEST:
        return None
    return Draft(core.start, m.end(), AGE, exact(core, "year"))


# Units of an age after "aged" that the figure scan reads as a length of time ("aged 18
# months", "aged 74 years", "aged two years").
_YOUNG_UNITS = frozenset({"year", "month", "week", "day", "hour"})
# The class of what is aged for a time rather than of an age (WordNet's first senses).
_MATURED = "food"


def age_at(text: str, core: Core, lex: Lexicon, window: str, lo: int) -> Draft | None:
    """The age whose number is ``core``, or None; ``window`` is the text before it from ``lo``."""
    if core.kind is DURATION and core.unit in _YOUNG_UNITS and not core.ago:
        # "aged 18 months", "aged 74 years": an age in the unit written.
        a = cue_before(window)
        if a is None:
            return None
        noun = person_named_before(window[: a.start()], lex)
        if noun is not None and _MATURED in nouns.first_classes(noun):
            return None  # "Beef aged 28 days": matured for them, no one's age
        if noun is None and core.unit == "year":
            return None  # "Aged 12 years in oak casks, the whiskey": whose, unsaid
        draft = Draft(lo + a.start(), core.end, AGE, exact(core, core.unit))
        draft.noun = noun
        return draft
    if core.kind is not COUNT:
        return None
    a = cue_before(window)
    if a is not None:
        draft = _bounded_after(text, core, lex) or Draft(
            core.start, core.end, AGE, exact(core, "year")
        )
        draft.start = lo + a.start()
        draft.noun = person_named_before(window[: a.start()], lex)
        return draft
    num = core.number
    if num.decimals or num.grouped or core.end != num.end:
        return None
    if not 0 < num.value <= OLDEST or num.value != int(num.value):
        return None
    said = (
        copula_age(text, core, lex, window, lo)
        or opening_age(text, core, lex, window, lo)
        or death_age(text, core, lex, window)
        or person_at_age(text, core, lex, window)
        or _listed_age(text, core, lex, window)
        or _age_of_person(text, core, lex, window)
    )
    if said is not None:
        return said
    paren = None if num.words else _paren_age(text, core, lex, window, lo)
    if paren is not None:
        return paren
    b = _APPOSED_BEFORE.search(window) if _ends_apposed(window) else None
    if b is None or _APPOSED_AFTER.match(text, core.end) is None:
        return None
    group = one_of_group(window, b.start(), b["w"], lex)
    if group is not None:
        return age_of(core, group)  # "One of the passengers, 70,", "The youngest of the three, 17,"
    word = b["w"].lower()
    if word in lex.STOPWORDS or word in lex.MONTHS or lex.patterns["number_word"].fullmatch(word):
        return None
    titled = b["w"][:1].isupper() and _titled(window[: b.start()], lex)
    if num.words and not (nouns.names_a_person(word) or titled):
        # "her son, nine, was": a number in words is an age only after a word for one
        # person, or a name with a title ("Dr Amara Osei, sixty-eight,"); after a bare
        # name it is as often a tally ("scored by Kane, two, and Son, one", "Spain, nine,
        # lead Italy, seven"), after any other word a count.
        return None
    return age_of(core, word)


def _ends_apposed(window: str) -> bool:
    """Whether ``window`` ends as ``_APPOSED_BEFORE`` needs: a comma and one white space
    character, at its end or before a last line break (where ``$`` matches too).  Few
    windows do, and a process answered by this look seldom compiles the pattern."""
    if window[-2:-1] == "," and window[-1:].isspace():
        return True
    return window[-1:] == "\n" and window[-3:-2] == "," and window[-2:-1].isspace()


def _bounded_after(text: str, core: Core, lex: Lexicon) -> Draft | None:
    """The age at ``core`` bounded by the words after it ("aged 65 and older": at least
    65, "aged 12 or under": at most 12), or None where none follows."""
    t = lex.patterns["trailing_hedge"].match(text, core.end)
    if t is None:
        return None
    bound = Qualifier(lex.TRAILING_HEDGES[norm(t["hedge"])][0])
    if bound not in (AT_LEAST, AT_MOST):
        return None  # "aged 40 or so" stays the age written
    v = core.value
    low, high = (v, None) if bound is AT_LEAST else (0.0, v)
    return Draft(core.start, t.end(), AGE, Quantity(low, high, v, "year", bound))


# The words of a name looked back over for its title: "Dr Amara Osei", "Mrs Jane Smith".
_NAME_WORDS = 3


def _titled(before: str, lex: Lexicon) -> bool:
    """Whether the name whose last word follows ``before`` opens with a title or an office
    borne by persons: "Dr Amara Osei", "Senator Ruth Calloway", "Detective Inspector Paul
    Hanley" (the speakers' ``TITLES``)."""
    end = len(before)
    for k in range(_NAME_WORDS):
        w = WORD_THEN_SPACE.search(before, 0, end)
        # Every word of a name and its title is capitalised ("the opposition Greens" has
        # no title), and a full stop after a word that is no title ends its sentence
        # ("confirmed by the inspector. Kane, two,").
        if w is None or not w["w"][:1].isupper():
            return False
        if w["w"].lower() in lex.speech.TITLES:
            return k > 0 or not w["stop"]
        if w["stop"]:
            return False
        end = w.start()
    return False


# "aged 28 and 31", "aged 12, 14 and 16": the numbers of a list after "aged" are all
# ages; the first is read by the cue itself.
_LISTED_BEFORE = lazy_pattern(
    r"(?<![^\W\d_])aged\s+(?P<items>(?:[\w-]+,\s+)*[\w-]+)(?:,\s+|,?\s+(?:and|or)\s+)$",
    re.IGNORECASE,
)
_ITEM_SEP = lazy_pattern(r",\s+")
# Between two items of a list, and one item: digits or a word (a number word, checked).
_LIST_SEP = lazy_pattern(r",\s+|,?\s+(?:and|or)\s+")
_LIST_ITEM = lazy_pattern(r"\d{1,3}(?![\d.,]\d)|[^\W\d_]+")


def _listed_age(text: str, core: Core, lex: Lexicon, window: str) -> Draft | None:
    """ "Two men, aged 28 and 31,", "her sons, aged 38, 11 and eight": a later number of a
    list of ages after "aged" (each earlier item a whole number up to a person's age),
    when neither it nor the list's last item is followed by a noun ("A woman aged 52 and
    three children", "Beef aged 28, 35 and 45 days")."""
    if not window.endswith((", ", " and ", " or ")):
        return None
    m = _LISTED_BEFORE.search(window)
    if m is None:
        return None
    for item in _ITEM_SEP.split(m["items"]):
        if not _number_item(item, lex):
            return None
    end = core.end
    while _ends_list(text, end):
        sep = _LIST_SEP.match(text, end)
        item = None if sep is None else _LIST_ITEM.match(text, sep.end())
        if item is None or not _number_item(item.group(), lex):
            break
        end = item.end()
        if text[end : end + 1].isalpha():
            return None  # "45 days" glued or spelled after: the list is of lengths
    if _noun_after(text, core.end, lex) or _noun_after(text, end, lex):
        return None
    return age_of(core, person_named_before(window[: m.start()], lex))


def _ends_list(text: str, end: int) -> bool:
    return text.startswith((",", " and ", " or "), end)


def _number_item(item: str, lex: Lexicon) -> bool:
    """Whether one item of a list is a whole number up to a person's age, or a number word."""
    if item.isdigit():
        return 0 < int(item) <= OLDEST
    return lex.patterns["number_word"].fullmatch(item) is not None


def _noun_after(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a noun follows ``end`` across white space: a word WordNet knows as a noun,
    neither a stop word nor one that may follow an age ("last", "when")."""
    after = WORD_AFTER.match(text, end)
    if after is None:
        return False
    word = after["w"].lower()
    if word in lex.STOPWORDS or word in lex.AFTER_AN_AGE:
        return False
    return nouns.is_noun(word)


# "a man of 43", "a boy of nine": one person, "of", the number.
# WordNet files "man" as a hominid too: an animal sense is still a person's.
_PERSONS_ONLY = frozenset({"person", "animal"})
_OF_BEFORE = lazy_pattern(
    r"(?<![^\W\d_])an?\s+(?P<w>[^\W\d_][\w’'-]*)\s+(?P<of>[^\W\d_]+)\s+$", re.I
)


def _age_of_person(text: str, core: Core, lex: Lexicon, window: str) -> Draft | None:
    """ "a man of 43 has been charged", "a toddler of two survived": a bare whole number
    after "a", a word for one person and ``AGE_OF_WORDS`` ("of") is that person's age,
    when no noun follows it ("a veteran of 30 games" counts games).  After a word for a
    parent (``PARENT_WORDS``) a number below ``FEWEST_YEARS_OF_A_PARENT`` counts
    children ("a father of three"); "a grandmother of 72" is her age."""
    if not lex.AGE_OF_WORDS or not window.endswith(" "):
        return None
    # The pattern's "of" is the window's last word, which must be one of AGE_OF_WORDS:
    # looked up first, most windows are answered without it (nor its compiling).
    last = window.rsplit(None, 1)[-1:]
    if not last or last[0].lower() not in lex.AGE_OF_WORDS:
        return None
    m = _OF_BEFORE.search(window)
    if m is None or m["of"].lower() not in lex.AGE_OF_WORDS:
        return None
    word = m["w"].lower()
    # A word for a person in every sense: "a guard of 40", "a host of 30", "an escort of
    # 12" are groups or things as well, and count them.
    if not nouns.names_a_person(word) or not nouns.noun_classes(word) <= _PERSONS_ONLY:
        return None
    if word in lex.PARENT_WORDS and core.number.value < lex.FEWEST_YEARS_OF_A_PARENT:
        return None
    if _noun_after(text, core.end, lex):
        return None
    return age_of(core, word)


def range_of_ages(text: str, span: Draft, lex: Lexicon, age: Draft | None = None) -> Draft | None:
    """ "aged 15 to 17", "aged between 18 and 25", "a man of 20 to 25": a range of whole
    numbers up to a person's age right after "aged" (or "age", "ages", "at the age of"),
    or whose first number ``age`` reads as an age of its own, is a range of ages; so is
    a range of months, weeks, days or years there ("aged 6 to 12 months"); else None."""
    q = span.quantity
    if q is None or q.low is None or q.high is None:
        return None
    # "aged 6 to 12 months": a range of lengths of time, in the unit after it, is one of
    # ages in that unit.
    in_time = span.kind is DURATION and q.unit in _AGE_UNITS
    if span.kind is not COUNT and not in_time:
        return None
    most = OLDEST if not in_time else OLDEST * _AGE_UNITS[str(q.unit)]
    if not (0 < q.low <= q.high <= most) or q.low != int(q.low) or q.high != int(q.high):
        return None
    if age is not None and age.kind is AGE and age.start == span.start:
        start, noun = span.start, age.noun
    else:
        window = text[max(0, span.start - _CUE_REACH) : span.start]
        a = cue_before(window)
        if a is None:
            return None
        start = span.start - len(window) + a.start()
        noun = person_named_before(window[: a.start()], lex)
    return Draft(start, span.end, AGE, q if in_time else attrs.evolve(q, unit="year"), noun)


# Units a range of ages may be given in, and how many of each make a year.
_AGE_UNITS = {"year": 1, "month": 12, "week": 52, "day": 366}


# How far before a range its cue may start ("at the age of " and a little).
_CUE_REACH = 32


def cue_before(window: str) -> re.Match[str] | None:
    """The age cue ("aged", "at the age of") ending ``window`` before white space, or None."""
    # Only after a cue's last word and white space: the search tries every offset.
    if not _ends_with(window, window.rstrip(), _AGE_ENDS):
        return None
    return _AGE_BEFORE.search(window)


def _paren_age(text: str, core: Core, lex: Lexicon, window: str, lo: int) -> Draft | None:
    """ "Ravi Menon (52)", "Constable A. Kumar (29)", "the driver (34)": a bracketed whole
    number right after a full name (two capitalised words, or an initial or title and a
    name) or a word for a person is the age of whom it names, as court and local reports
    write it.  Not after one capitalised word ("Tesco (52)", "Chelsea (1)"), a common word
    ("page (47)"), beside a word of a fixture ("Leeds United (2) v Hull (1)"), nor with a
    leading zero ("007").  Where every noun has a capital (German), only a word for a
    person counts."""
    if not window.endswith("(") or not text.startswith(")", core.end):
        return None
    if core.number.digits.startswith("0"):
        return None
    after = WORD_AFTER.match(text, core.end + 1)
    if after is not None and after["w"].lower() in lex.VERSUS_WORDS:
        return None  # "Leeds United (2) v Sheffield Wednesday (1)": a score
    fixture = _CLOSE_THEN_WORD.search(window)
    if fixture is not None and fixture["w"].lower() in lex.VERSUS_WORDS:
        return None
    b = _PAREN_BEFORE.search(window)
    if b is None:
        return None
    low = b["w"].lower()
    if nouns.names_a_person(low):
        return age_of(core, low)
    if not lex.NAMES_BY_CAPITALS or not b["w"][:1].isupper() or low in lex.STOPWORDS:
        return None
    # The word before it: a first name, an initial or a title ("Ravi Menon", "A. Kumar",
    # "Mrs Patel"), or a word for a person ("her husband Rohit"), which a lone name
    # ("Tesco", "Chelsea") lacks.
    first = WORD_THEN_SPACE.search(window, 0, b.start())
    if first is None:
        return None
    word = first["w"]
    initial = len(word) == 1 and word.isupper() and first["stop"]
    named = word[:1].isupper() and word.lower() not in lex.STOPWORDS
    if not (initial or named or nouns.names_a_person(word.lower())):
        return None
    return age_of(core, low)


def age_limit(core: Core, lex: Lexicon, window: str, lo: int) -> Draft | None:
    """An age limit of a group of people ("children under 15", "people aged over 65",
    "younger than fifteen"), read as an age bounded on one side, or None.

    After "under", "over", "below" or "above" the word before must name persons
    (WordNet's class, or "those", "people"): "under 15 minutes" and "over 65
    countries" have units or nouns of their own and are not read here.
    """
    num = core.number
    if core.kind is not COUNT or core.end != num.end or num.decimals:
        return None
    if not 0 < num.value <= OLDEST or num.value != int(num.value):
        return None
    # The search tries every offset, and backtracks through each word: only after the
    # last word of a limit the lexicon knows, and white space (issue 12).
    if not _ends_with(window, window.rstrip(), _limit_ends(lex.data)):
        return None
    m = _LIMIT_BEFORE.search(window)
    if m is None:
        return None
    cue = " ".join(m["cue"].lower().split())
    who = (m["who"] or "").lower()
    person = who in lex.AGE_LIMIT_PERSONS or nouns.noun_class(who) == "person"
    bounds = lex.AGE_COMPARATIVES.get(cue)
    if bounds is None:
        bounds = lex.AGE_LIMITS_AFTER_PERSONS.get(cue)
        if bounds is None or not person:
            return None
    v = num.value
    low, high = v * bounds[0], None if bounds[1] is None else v * bounds[1]
    # Strict, as the words say ("under 16" is no 16); two limits that differ still
    # conflict, as limits (claimdiff/verdict.py).
    qualifier = LESS_THAN if high is not None else MORE_THAN
    draft = Draft(lo + m.start("cue"), core.end, AGE, Quantity(low, high, v, "year", qualifier))
    draft.noun = who if person else None
    return draft


def _ends_with(window: str, tail: str, ends: tuple[int, tuple[str, ...]]) -> bool:
    """Whether ``window`` ends in white space after ``tail`` (itself, stripped), which
    ends with one of the words of ``ends`` (their longest length, then the words, case-
    folded) in any case: as a pattern ignoring case reads it, "ageſ" and "ıs" included
    (the engine matches "ſ" to "s" and "ı" to "i")."""
    if len(tail) == len(window):
        return False
    end = tail[-ends[0] :]  # folding never shortens: the last letters suffice
    if not end.isascii():
        end = end.translate(_FOLDS)
    return end.casefold().endswith(ends[1])


# What the engine matches to an ASCII letter, ignoring case, that casefold does not fold so.
_FOLDS = str.maketrans("\u0130\u0131\u017f\u212a", "iisk")


def _last_words(phrases: Iterable[str]) -> tuple[int, tuple[str, ...]]:
    """The last words of ``phrases``, case-folded, after the length of the longest."""
    words = tuple(sorted({p.split()[-1].casefold() for p in phrases if p.split()}))
    return max(map(len, words), default=0), words


# The last words of _AGE_BEFORE's cues.
_AGE_ENDS = _last_words(["aged", "age", "ages", "at the age of", "just", "only"])
AGE_CUES = frozenset({"aged", "age", "ages"})
"""Words right before an age's number: never a name the number is part of ("Aged 52,")."""


@functools.cache
def _limit_ends(data: ModuleType) -> tuple[int, tuple[str, ...]]:
    """The last words of the language's age limits ("under", "than")."""
    return _last_words([*data.AGE_COMPARATIVES, *data.AGE_LIMITS_AFTER_PERSONS])


def person_before(text: str, start: int, lex: Lexicon) -> str | None:
    """The word naming whose age the words at ``start`` give
    (:func:`.said_ages.person_named_before`)."""
    return person_named_before(text[max(0, start - _PERSON_REACH) : start], lex)


_PERSON_REACH = 40
