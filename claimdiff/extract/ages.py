"""Ages: "aged 52", "at the age of 71", "Smith, 29,", "The victim, 71,"; and whose age it is.

"the 25-year-old pilot" is read with the units (:mod:`.amounts`); this module
reads the two forms with no unit after the number: a cue word before it, and
the news apposition "Name, 29," where a person's age stands between commas
right after the name or the noun naming them.  The age's noun is that person
("pilot", "smith"), so that alignment pairs the victim's age with the victim's.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from types import ModuleType

import attrs

from claimdiff import nouns, verbs
from claimdiff.extract.amounts import Core
from claimdiff.extract.members import AGE, COUNT, LESS_THAN, MORE_THAN
from claimdiff.extract.precision import Draft, exact
from claimdiff.lexicon import Lexicon
from claimdiff.model import Quantity
from claimdiff.text import opens_sentence

__all__ = ["age_at", "age_limit", "birthday_at", "person_before", "range_of_ages"]

# "aged just three", "aged only 12": an emphasis between the cue and its number.
_AGE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:aged|age|ages|at the age of)\s+(?:(?:just|only)\s+)?$", re.IGNORECASE
)
# "Smith, 29, was …": a word, a comma, the number, then a comma, a bracket, "and", or
# the sentence's end.
_APPOSED_BEFORE = re.compile(r"(?<![\w’'-])(?P<w>[^\W\d_][\w’'-]*),\s$")
_APPOSED_AFTER = re.compile(r",|\)|\s+and\s|\.(?:\s|$)|$")
_CLOSE_THEN_WORD = re.compile(r"\)\s+(?P<w>[^\W\d_]+)\.?\s")
# The word right before the last one, with a full stop after it if any ("A. Kumar").
_WORD_THEN_SPACE = re.compile(r"(?<![\w’'-])(?P<w>[^\W\d_][\w’'-]*)(?P<stop>\.?)\s+$")
_PAREN_BEFORE = re.compile(r"(?<![\w’'-])(?P<w>[^\W\d_][\w’'-]*)\s?\($")
_WORD_AFTER = re.compile(r"\s+(?P<w>[^\W\d_]+)")
_WORD_BEFORE = re.compile(r"(?P<w>[^\W\d_][\w’'-]*)(?:,\s*|\s+)$")
# People live to about this age: a larger number after "Name, " is no age.
_OLDEST = 120
# "children (aged) under 15", "younger than fifteen": the limit words right before a figure.
_LIMIT_BEFORE = re.compile(
    r"(?:(?<![^\W\d_])(?P<who>[^\W\d_][\w’'-]*)\s+)?(?P<cue>(?:aged\s+)?[^\W\d_]+(?:\s+than|\s+the\s+age\s+of)?)\s+$"
)


def birthday_at(text: str, core: Core, lex: Lexicon) -> Draft | None:
    """ "her 105th birthday": the age an ordinal before ``BIRTHDAY_WORDS`` turns, or None."""
    if not lex.BIRTHDAY_WORDS or core.kind is not COUNT or not core.number.digits:
        return None
    m = lex.patterns["birthday"].match(text, core.end)
    if m is None or not 0 < core.value <= _OLDEST:
        return None
    return Draft(core.start, m.end(), AGE, exact(core, "year"))


def age_at(text: str, core: Core, lex: Lexicon, window: str, lo: int) -> Draft | None:
    """The age whose number is ``core``, or None; ``window`` is the text before it from ``lo``."""
    if core.kind is not COUNT:
        return None
    a = _cue_before(window)
    if a is not None:
        draft = Draft(lo + a.start(), core.end, AGE, exact(core, "year"))
        draft.noun = _person_before(window[: a.start()], lex)
        return draft
    num = core.number
    if num.decimals or num.grouped or core.end != num.end:
        return None
    if not 0 < num.value <= _OLDEST or num.value != int(num.value):
        return None
    said = (
        _copula_age(text, core, lex, window, lo)
        or _opening_age(text, core, lex, window, lo)
        or _death_age(text, core, lex, window)
        or _person_at_age(text, core, lex, window)
        or _listed_age(text, core, lex, window)
        or _age_of_person(text, core, lex, window)
    )
    if said is not None:
        return said
    paren = None if num.words else _paren_age(text, core, lex, window, lo)
    if paren is not None:
        return paren
    b = _APPOSED_BEFORE.search(window)
    if b is None or _APPOSED_AFTER.match(text, core.end) is None:
        return None
    word = b["w"].lower()
    if word in lex.STOPWORDS or word in lex.MONTHS or lex.patterns["number_word"].fullmatch(word):
        return None
    if num.words and not nouns.names_a_person(word):
        # "her son, nine, was": a number in words is an age only after a word for one
        # person; after a name it is as often a tally ("scored by Kane, two, and Son,
        # one", "Spain, nine, lead Italy, seven"), after any other word a count.
        return None
    return _age_of(core, word)


_OPENER_BEFORE = re.compile(r"(?<![^\W\d_])(?P<w>[^\W\d_]+)\s+$")
# After the number: a comma, then a capitalised word or a word (a pronoun) checked after.
_OPENER_AFTER = re.compile(r",\s+(?P<w>[^\W\d_][\w’'-]*)")


def _opening_age(text: str, core: Core, lex: Lexicon, window: str, lo: int) -> Draft | None:
    """ "At 17, she signed …", "At 88, Mr Haddad is …": a bare number after a preposition
    of ``AGE_OPENERS`` opening its sentence, then a comma and a pronoun of
    ``AGE_OPENER_PERSONS`` or a personal title and a name (the name's age), "just" or
    "only" may stand after the preposition.  A name alone is too often a club's, a
    place's, a street's or a firm's ("At 40, Manchester United were top", "At 36, Aston
    Villa sit", "At 38, New South Wales recorded", "At 61, Baker Street")."""
    if not lex.AGE_OPENERS:
        return None
    m = _OPENER_BEFORE.search(window)
    if m is not None and m["w"].lower() in lex.AGE_PLAIN_MODIFIERS - lex.AGE_OPENERS:
        m = _OPENER_BEFORE.search(window, 0, m.start())  # "At just 13, …"
    if m is None or m["w"].lower() not in lex.AGE_OPENERS:
        return None
    if not opens_sentence(text, lo + m.start()):
        return None
    after = _OPENER_AFTER.match(text, core.end)
    if after is None:
        return None
    low = after["w"].lower()
    if low in lex.AGE_OPENER_PERSONS:
        return _age_of(core, None)
    clock = m["w"].lower() in lex.CLOCK_OPENERS
    if clock and core.number.value < lex.FEWEST_YEARS_NOT_AN_HOUR:
        return None  # "At 3, Mr Smith arrived", "At 10, the minister will speak": a clock's
    if low in lex.ARTICLES:
        # "Now 58, the former Olympic sprinter says": a word for one person among the
        # next few words, before any verb or stop word.
        i = after.end()
        for _ in range(_PHRASE_WORDS):
            w = _NOUN_PHRASE.match(text, i)
            if w is None:
                break
            word = w["w"].lower()
            if word in lex.STOPWORDS and word not in lex.AND_WORDS:
                break
            # "the mother-of-three from Leeds": such a compound's first word ("the
            # man-made lake" is no one)
            head = word.split("-")[0] if "-of-" in word else word
            if nouns.names_a_person(word) or nouns.names_a_person(head):
                return _age_of(core, head)
            i = w.end()
        return None
    if not clock and after["w"][:1].isupper() and low not in lex.STOPWORDS:
        return _age_of(core, low)  # "Now 45, Kerrigan has swapped the ring for politics"
    if low not in lex.speech.PERSONAL_TITLES:
        return None
    name = _TITLED_NAME.match(text, after.end())
    return None if name is None else _age_of(core, name["w"].lower())


# The words of a noun phrase after an opening age's article, and how many are read.
_NOUN_PHRASE = re.compile(r"\s+(?P<w>[\w’'-]+)")
_PHRASE_WORDS = 6


# A name after a title: "Mr Haddad", "Dr. Patel".
_TITLED_NAME = re.compile(r"\.?\s+(?P<w>[A-Z][\w’'-]*)")


def _death_age(text: str, core: Core, lex: Lexicon, window: str) -> Draft | None:
    """ "The actor died at 88", "Having retired at 65": a bare number from
    ``FEWEST_YEARS_NOT_AN_HOUR`` after ``AGE_DEATH_CUES`` or ``AGE_EVENT_CUES`` that
    ends its clause or is followed by a word that may follow an age ("died at 88 in
    hospital", "died at 88 on Sunday")."""
    if not lex.AGE_DEATH_CUES:
        return None
    tail = window.lower().rstrip()
    cues = (*lex.AGE_DEATH_CUES, *lex.AGE_EVENT_CUES)
    cue = next((c for c in cues if tail.endswith(c)), None)
    if cue is None or not window.endswith(" "):
        return None
    start = len(tail) - len(cue)
    if start > 0 and tail[start - 1].isalpha():
        return None
    if core.number.value < lex.FEWEST_YEARS_NOT_AN_HOUR:
        return None  # "died at 4 in the morning", "died at 8": a clock's hours
    after = _WORD_AFTER.match(text, core.end)
    ends = lex.AFTER_AN_AGE | lex.AFTER_A_DEATH_AGE
    if after is not None and after["w"].lower() not in ends:
        return None
    person = _person_before(window[:start] + " ", lex)
    if person is not None and verbs.bases(person) and not nouns.is_noun(person):
        person = None  # "Having retired at 65": no one's name
    return _age_of(core, person)


# "herself a midwife at 31,": a word for one person, then "at" before the number.
_PERSON_AT = re.compile(
    r"(?<![\w’'-])an?\s+(?:[a-z][\w’'-]*\s+)?(?P<w>[a-z][\w’'-]*)\s+at\s+$", re.IGNORECASE
)
_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)]|$)")


def _person_at_age(text: str, core: Core, lex: Lexicon, window: str) -> Draft | None:
    """ "herself a midwife at 31,", "a mother at 16.": a bare number from
    ``FEWEST_YEARS_NOT_AN_HOUR`` after "a", a word for one person (an adjective may stand
    between) and "at", ending its clause, is that person's age; not after "the" ("the
    neighbour at 42," is an address, "the leader at 14." a score), nor before a noun ("a
    driver at 14 points"), nor below 13 ("a nurse at 9" may be a clock's)."""
    if not window.endswith(" at ") or core.number.value < lex.FEWEST_YEARS_NOT_AN_HOUR:
        return None
    m = _PERSON_AT.search(window)
    if m is None or not nouns.names_a_person(m["w"]):
        return None
    if _CLAUSE_END.match(text, core.end) is None:
        return None
    return _age_of(core, m["w"].lower())


# "aged 28 and 31", "aged 12, 14 and 16": the numbers of a list after "aged" are all
# ages; the first is read by the cue itself.
_LISTED_BEFORE = re.compile(
    r"(?<![^\W\d_])aged\s+(?P<items>(?:[\w-]+,\s+)*[\w-]+)(?:,\s+|,?\s+(?:and|or)\s+)$",
    re.IGNORECASE,
)
_ITEM_SEP = re.compile(r",\s+")
# Between two items of a list, and one item: digits or a word (a number word, checked).
_LIST_SEP = re.compile(r",\s+|,?\s+(?:and|or)\s+")
_LIST_ITEM = re.compile(r"\d{1,3}(?![\d.,]\d)|[^\W\d_]+")


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
    return _age_of(core, _person_before(window[: m.start()], lex))


def _ends_list(text: str, end: int) -> bool:
    return text.startswith((",", " and ", " or "), end)


def _number_item(item: str, lex: Lexicon) -> bool:
    """Whether one item of a list is a whole number up to a person's age, or a number word."""
    if item.isdigit():
        return 0 < int(item) <= _OLDEST
    return lex.patterns["number_word"].fullmatch(item) is not None


def _noun_after(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a noun follows ``end`` across white space: a word WordNet knows as a noun,
    neither a stop word nor one that may follow an age ("last", "when")."""
    after = _WORD_AFTER.match(text, end)
    if after is None:
        return False
    word = after["w"].lower()
    if word in lex.STOPWORDS or word in lex.AFTER_AN_AGE:
        return False
    return nouns.is_noun(word)


# "a man of 43", "a boy of nine": one person, "of", the number.
# WordNet files "man" as a hominid too: an animal sense is still a person's.
_PERSONS_ONLY = frozenset({"person", "animal"})
_OF_BEFORE = re.compile(r"(?<![^\W\d_])an?\s+(?P<w>[^\W\d_][\w’'-]*)\s+(?P<of>[^\W\d_]+)\s+$", re.I)


def _age_of_person(text: str, core: Core, lex: Lexicon, window: str) -> Draft | None:
    """ "a man of 43 has been charged", "a toddler of two survived": a bare whole number
    after "a", a word for one person and ``AGE_OF_WORDS`` ("of") is that person's age,
    when no noun follows it ("a veteran of 30 games" counts games).  After a word for a
    parent (``PARENT_WORDS``) a number below ``FEWEST_YEARS_OF_A_PARENT`` counts
    children ("a father of three"); "a grandmother of 72" is her age."""
    if not lex.AGE_OF_WORDS or not window.endswith(" "):
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
    return _age_of(core, word)


def range_of_ages(text: str, span: Draft, lex: Lexicon, age: Draft | None = None) -> Draft | None:
    """ "aged 15 to 17", "aged between 18 and 25", "a man of 20 to 25": a range of whole
    numbers up to a person's age right after "aged" (or "age", "ages", "at the age of"),
    or whose first number ``age`` reads as an age of its own, is a range of ages; else
    None."""
    q = span.quantity
    if span.kind is not COUNT or q is None or q.low is None or q.high is None:
        return None
    if not (0 < q.low <= q.high <= _OLDEST) or q.low != int(q.low) or q.high != int(q.high):
        return None
    if age is not None and age.kind is AGE and age.start == span.start:
        start, noun = span.start, age.noun
    else:
        window = text[max(0, span.start - _CUE_REACH) : span.start]
        a = _cue_before(window)
        if a is None:
            return None
        start = span.start - len(window) + a.start()
        noun = _person_before(window[: a.start()], lex)
    return Draft(start, span.end, AGE, attrs.evolve(q, unit="year"), noun)


# How far before a range its cue may start ("at the age of " and a little).
_CUE_REACH = 32


def _cue_before(window: str) -> re.Match[str] | None:
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
    after = _WORD_AFTER.match(text, core.end + 1)
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
        return _age_of(core, low)
    if not lex.NAMES_BY_CAPITALS or not b["w"][:1].isupper() or low in lex.STOPWORDS:
        return None
    # The word before it: a first name, an initial or a title ("Ravi Menon", "A. Kumar",
    # "Mrs Patel"), or a word for a person ("her husband Rohit"), which a lone name
    # ("Tesco", "Chelsea") lacks.
    first = _WORD_THEN_SPACE.search(window, 0, b.start())
    if first is None:
        return None
    word = first["w"]
    initial = len(word) == 1 and word.isupper() and first["stop"]
    named = word[:1].isupper() and word.lower() not in lex.STOPWORDS
    if not (initial or named or nouns.names_a_person(word.lower())):
        return None
    return _age_of(core, low)


def _age_of(core: Core, noun: str | None) -> Draft:
    draft = Draft(core.start, core.end, AGE, exact(core, "year"))
    draft.noun = noun
    return draft


def _copula_age(text: str, core: Core, lex: Lexicon, window: str, lo: int) -> Draft | None:
    """ "the woman, who is 34", "since he was seven", "Mrs Morley, now 105,": an age said
    of a person, the number followed by no noun of its own."""
    if not lex.AGE_COPULAS:
        return None
    m = lex.patterns["age_copula"].search(window)
    if m is None:
        return None
    said = m.group().lower().split()
    turn = said[-1] in lex.AGE_TURN_WORDS
    # "turned 105" with no pronoun of its own: whose age it is, the words before say.
    bare = turn and said[0] not in lex.AGE_PRONOUNS
    ends = lex.AFTER_AN_AGE | lex.AFTER_A_TURN if turn else lex.AFTER_AN_AGE
    after = _WORD_AFTER.match(text, core.end)
    if said[-1] == "at":
        # "Jones, at 36 the oldest member", "The judge, at 91 still a keen golfer", "who at
        # 73 is now": past a clock's hours ("who at 10 will address"), the words may go on
        # with an article or "still", not with a score's words ("Lowry, at 15 under par",
        # "Root, at 45 not out") nor a name ("Smith, at 10 Downing Street").
        if core.number.value < lex.FEWEST_YEARS_NOT_AN_HOUR:
            return None
        ends = lex.AFTER_AN_APPOSED_AGE
        if after is not None and after["w"].lower() in lex.ARTICLES:
            # "at 36 the oldest member", not "at 15 the highest-ranked side"
            superlative = _WORD_AFTER.match(text, after.end())
            if superlative is None or superlative["w"].lower() not in lex.AGE_SUPERLATIVES:
                return None
            ends = ends | lex.ARTICLES
    relative = " ".join(said) in lex.AGE_RELATIVE_COPULAS
    if after is not None and after["w"].lower() not in ends:
        # Only an age ends its clause or is followed by a time ("16 when", "50 last
        # week"): "87 not out", "3 over par", "1 of 10", "12 points clear" are scores.
        # A relative clause's age may be followed by the sentence's verb ("who is 29 has
        # been charged").
        if not (relative and _verb_only(after["w"], lex)):
            return None
    went_on = after is not None and after["w"].lower() not in ends
    plural = after is not None and after["w"].lower() in lex.PLURAL_VERBS
    if relative and plural:
        return None  # "Everton, who at 17 are level with Leeds": a team's
    if relative and (went_on or said[-1] == "at") and not _someone(window[: m.start()], lex):
        return None  # "The team, who at 10 were top", "The visitors, who at 16 in the table"
    person = _person_before(window[: m.start()] + " ", lex)
    if said[0] in lex.AGE_PLAIN_COPULAS and all(w in lex.AGE_PLAIN_MODIFIERS for w in said[1:]):
        if not _plain_age(text, core, lex, window[: m.start()], lo):
            return None
    elif bare:
        before = _WORD_BEFORE.search(window[: m.start()] + " ")
        word = "" if before is None else before["w"]
        low = word.lower()
        someone = low in lex.AGE_PRONOUNS or nouns.names_a_person(low)
        if not (someone or (word[:1].isupper() and low not in lex.STOPWORDS)):
            return None  # "the car turned 90", "the team turned 2"
    elif not m.group()[:1].isalpha():
        # ", now 105,": an apposition to a name inside the sentence ("Mrs Morley") or to
        # one person ("The former minister, now 73,"); not to a group ("Its staff, now
        # 40," is no age) nor to a capitalised opening word ("Turnout, now 60,").
        before = _WORD_BEFORE.search(window[: m.start()] + " ")
        if before is None:
            return None
        word = before["w"]
        if word.lower() in lex.MONTHS and _after_a_preposition(window, before.start(), lex):
            return None  # "fell to 30 in April, then 45 in June"; not "Theresa May, then 60,"
        name = word[:1].isupper() and not opens_sentence(text, lo + before.start())
        both = said == [",", "both"] and nouns.names_a_person(nouns.lemma(word.lower()))
        if not (name or both or nouns.names_a_person(word.lower())):
            # "The founder of the charity, now 82,": the person before "of".
            of = _PERSON_OF.search(window, 0, before.start())
            if of is None or not _one_person(of["w"].lower()):
                return None
            person = of["w"].lower()
    draft = Draft(core.start, core.end, AGE, exact(core, "year"))
    draft.noun = person
    return draft


# "The founder of the charity": a word for a person, "of", a determiner, a word.
_PERSON_OF = re.compile(
    r"(?<![\w’'-])(?P<w>[^\W\d_]+)\s+of\s+(?:(?:the|a|an|his|her|their|its)\s+)?"
    r"(?:[^\W\d_][\w’'-]*\s+)?$",
    re.IGNORECASE,
)


def _one_person(word: str) -> bool:
    """A singular word for one person, in its first sense or its first two where neither
    is a group ("founder" is a horse's disease first; "members" are many)."""
    if nouns.lemma(word) != word:
        return False
    if nouns.names_a_person(word):
        return True
    return nouns.names_people(word) and "group" not in nouns.noun_classes(word)


def _after_a_preposition(window: str, at: int, lex: Lexicon) -> bool:
    """Whether the word before ``window[at:]`` is a preposition ("in April"), so that a
    month there is a time, not a name ("Theresa May")."""
    w = _WORD_BEFORE.search(window, 0, at)
    return w is not None and w["w"].lower() in lex.MONTH_PREPOSITIONS


def _someone(before: str, lex: Lexicon) -> bool:
    """Whether the word before a relative clause names one person: a word for one, or a
    name ("A man who is 29", "Mrs Baxter, who at 73")."""
    w = _WORD_BEFORE.search(before + " ") if before.strip() else None
    if w is None:
        return False
    word = w["w"]
    return nouns.names_a_person(word.lower()) or (
        word[:1].isupper() and word.lower() not in lex.STOPWORDS
    )


def _verb_only(word: str, lex: Lexicon) -> bool:
    """An auxiliary, a common verb or a form only a verb makes ("has", "faces",
    "appeared"): "who is 29 has been charged", not "who is 29 points clear"."""
    low = word.lower()
    if low in lex.AUXILIARIES or low in lex.COMMON_VERBS:
        return True
    return bool(verbs.bases(low)) and not nouns.is_noun(low)


def _plain_age(text: str, core: Core, lex: Lexicon, before: str, lo: int) -> bool:
    """Whether "is" or "was" alone before ``core`` says a person's age: after a word for
    one person in lower case ("The boy is 15") or a name after a title, a first name or a
    word for a person ("Mrs Cole was 79", "John Smith was 79", "Her husband, Tom, was
    79"), the number ending its clause or followed by
    ``AFTER_A_PLAIN_AGE`` ("was 79 when she died").  Not after other words ("Turnout in
    Leeds was 60", "The score was 24", "Smith was 29" opening a sentence), nor before
    others ("The driver was 7 in the standings", "The batsman was 45 at lunch")."""
    after = _WORD_AFTER.match(text, core.end)
    if after is not None and after["w"].lower() not in lex.AFTER_A_PLAIN_AGE:
        if not _and_a_verb(text, after, lex):
            return False
    w = _WORD_BEFORE.search(before + " ")
    if w is None:
        return False
    word = w["w"]
    if word.lower() in lex.AGE_PRONOUNS:
        return True  # "She was only 16 when she left"
    if word[:1].islower():
        return nouns.names_a_person(word)
    if opens_sentence(text, lo + w.start()):
        # "Parker was only 19 when he was jailed": a pronoun after "when" says a person.
        return _when_someone(text, after, lex)
    prev = _WORD_BEFORE.search(before[: w.start()])
    if prev is None:
        return False
    first = prev["w"]
    if prev.group().rstrip().endswith(","):
        # A name in apposition to a word for a person: "Her late husband, Tom, was 79".
        return first[:1].islower() and nouns.names_a_person(first)
    if first.lower().rstrip(".") in lex.speech.PERSONAL_TITLES:
        return True
    return first[:1].isupper() and first.lower() not in lex.STOPWORDS


def _when_someone(text: str, after: re.Match[str] | None, lex: Lexicon) -> bool:
    """Whether "when" and a pronoun of a person follow the age ("was 19 when he was
    jailed", "was only 8 when her father")."""
    if after is None or after["w"].lower() not in lex.AFTER_A_PLAIN_AGE:
        return False
    nxt = _WORD_AFTER.match(text, after.end())
    return nxt is not None and nxt["w"].lower() in lex.PERSONS_AFTER_WHEN


def _and_a_verb(text: str, after: re.Match[str], lex: Lexicon) -> bool:
    """ "is 15 and attends", "was 24 and lived": "and" before a word that is no noun nor
    stop word ("was 3 and 0", "was 40 and the Conservatives 35" are tallies)."""
    if after["w"].lower() not in lex.AND_WORDS:
        return False
    nxt = _WORD_AFTER.match(text, after.end())
    if nxt is None:
        return False
    word = nxt["w"].lower()
    if word in lex.AUXILIARIES:
        return True  # "is just 24 and has already earned"
    return word not in lex.STOPWORDS and not nouns.is_noun(word)


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
    if not 0 < num.value <= _OLDEST or num.value != int(num.value):
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


def _person_before(window: str, lex: Lexicon) -> str | None:
    """ "The pilot, aged 52": the word naming whose age it is, right before the cue; a
    relative clause's pronoun and copula are passed over ("The actor, who died at 88",
    "The woman, who is in her early seventies"), and a personal pronoun names no one
    ("Officers believe she is aged 30")."""
    end = len(window)
    for _ in range(_CLAUSE_WORDS + 1):
        w = _WORD_BEFORE.search(window, 0, end)
        if w is None:
            return None
        low = w["w"].lower()
        if low in lex.RELATIVE_PRONOUNS or low in lex.AGE_PLAIN_COPULAS:
            end = w.start()
            continue
        return None if low in lex.STOPWORDS or low in lex.AGE_PRONOUNS else low
    return None


# "who is", "who was": the words of a relative clause passed over to reach its noun.
_CLAUSE_WORDS = 2


def person_before(text: str, start: int, lex: Lexicon) -> str | None:
    """The word naming whose age the words at ``start`` give (:func:`_person_before`)."""
    return _person_before(text[max(0, start - _PERSON_REACH) : start], lex)


_PERSON_REACH = 40
