"""Ages said with a verb, an apposition or an opening phrase: "the woman, who is 34", "A
man who is 29 has been charged", "Ms Byrne, then 22,", "The actor died at 88", "herself a
midwife at 31,", "At 17, she signed", "Now 58, the former sprinter".

:func:`claimdiff.extract.ages.age_at` asks these after the cue words ("aged") and before
the apposition of news copy ("Smith, 29,"); docs/claims.md ("Ages") states each form.
"""

from __future__ import annotations

import re

from claimdiff import nouns, verbs
from claimdiff.extract.amounts import Core
from claimdiff.extract.members import AGE
from claimdiff.extract.precision import Draft, exact
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon
from claimdiff.pattern_code import compile_pattern
from claimdiff.text import opens_sentence

__all__ = [
    "WORD_AFTER",
    "WORD_BEFORE",
    "age_of",
    "copula_age",
    "may_end_with",
    "names_someone",
    "one_of_group",
    "one_of_people",
    "opening_age",
    "person_at_age",
    "person_named_before",
    "plain_age",
]

WORD_BEFORE = lazy_pattern(r"(?P<w>[^\W\d_][\w’'-]*)(?:,\s*|\s+)$")

WORD_AFTER = compile_pattern(r"\s+(?P<w>[^\W\d_]+)")

_OPENER_BEFORE = compile_pattern(r"(?<![^\W\d_])(?P<w>[^\W\d_]+)\s+$")
# After the number: a comma, then a capitalised word or a word (a pronoun) checked after.
_OPENER_AFTER = lazy_pattern(r",\s+(?P<w>[^\W\d_][\w’'-]*)")


def opening_age(text: str, core: Core, lex: Lexicon, window: str, lo: int) -> Draft | None:
    """ "At 17, she signed …", "At 88, Mr Haddad is …": a bare number after a preposition
    of ``AGE_OPENERS`` opening its sentence, then a comma and a pronoun of
    ``AGE_OPENER_PERSONS`` or a personal title and a name (the name's age), "just" or
    "only" may stand after the preposition.  A name alone is too often a club's, a
    place's, a street's or a firm's ("At 40, Manchester United were top", "At 36, Aston
    Villa sit", "At 38, New South Wales recorded", "At 61, Baker Street")."""
    if not lex.AGE_OPENERS or not text.startswith(",", core.end):
        # No comma after the number, where _OPENER_AFTER opens with one: the words before,
        # a search opening with a look-behind tried at every offset, need no reading.
        return None
    m = _OPENER_BEFORE.search(window)
    lead = "" if m is None else m["w"].lower()
    if m is not None and lead in lex.AGE_PLAIN_MODIFIERS and lead not in lex.AGE_OPENERS:
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
        return age_of(core, None)
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
                return age_of(core, head)
            i = w.end()
        return None
    if not clock and after["w"][:1].isupper() and low not in lex.STOPWORDS:
        return age_of(core, low)  # "Now 45, Kerrigan has swapped the ring for politics"
    if low not in lex.speech.PERSONAL_TITLES:
        if after["w"][:1].isupper() and not core.number.value < lex.FEWEST_YEARS_NOT_AN_HOUR:
            surname = _named_as_person(text, after.end(), lex)
            if surname is not None:
                return age_of(core, surname)  # "At 39, Lena Ortiz became the oldest woman"
        return None
    name = _TITLED_NAME.match(text, after.end())
    return None if name is None else age_of(core, name["w"].lower())


def _named_as_person(text: str, at: int, lex: Lexicon) -> str | None:
    """The last word (lower case) of the name whose first word ends at ``at``, where a
    copula of ``AGE_NAME_COPULAS`` and a noun phrase holding a word for one person say it
    is a person's ("At 39, Lena Ortiz became the oldest woman to win", "At 54, Tom
    Whelan became only the sixth jump jockey", "At 36, Zoë Ćirić became", "At 35, Virgil
    van Dijk became"); else None: a club or a place is no person ("At 40, Manchester
    United became the first club")."""
    # The name's first word, from a window: slicing the text up to it would copy all of
    # it again for each such age.
    last, i, verb = text[max(0, at - 64) : at].rsplit(None, 1)[-1], at, ""
    for _ in range(_PHRASE_WORDS):
        w = _NOUN_PHRASE.match(text, i)
        if w is None:
            return None
        word, i = w["w"], w.end()
        if word[:1].isupper():
            last = word
        elif word not in lex.NAME_PARTICLES:
            verb = word
            break
    if verb not in lex.AGE_NAME_COPULAS:
        return None
    read = 0
    while read < _PHRASE_WORDS:
        w = _NOUN_PHRASE.match(text, i)
        if w is None:
            return None
        word, i = w["w"].lower(), w.end()
        if word in lex.ARTICLES or word in lex.AGE_PLAIN_MODIFIERS:
            continue
        if word in lex.STOPWORDS:
            return None
        if nouns.names_a_person(word):
            return last.lower()
        read += 1
    return None


# The words of a noun phrase after an opening age's article, and how many are read.
_NOUN_PHRASE = lazy_pattern(r"\s+(?P<w>[\w’'-]+)")
_PHRASE_WORDS = 6


# A name after a title: "Mr Haddad", "Dr. Patel".
_TITLED_NAME = lazy_pattern(r"\.?\s+(?P<w>[A-Z][\w’'-]*)")


# "herself a midwife at 31,": a word for one person, then "at" before the number.
_PERSON_AT = lazy_pattern(
    r"(?<![\w’'-])an?\s+(?:[a-z][\w’'-]*\s+)?(?P<w>[a-z][\w’'-]*)\s+at\s+$", re.IGNORECASE
)
_CLAUSE_END = lazy_pattern(r"\s*(?:[,.;:!?)]|$)")


def person_at_age(text: str, core: Core, lex: Lexicon, window: str) -> Draft | None:
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
    return age_of(core, m["w"].lower())


def age_of(core: Core, noun: str | None) -> Draft:
    draft = Draft(core.start, core.end, AGE, exact(core, "year"))
    draft.noun = noun
    return draft


def may_end_with(before: str, tails: frozenset[str]) -> bool:
    """Whether a phrase of those whose last words are ``tails`` may end ``before`` (white
    space after it), as the ``age_estimate`` and ``age_copula`` patterns need: False only
    where the last word is ASCII and the run of letters ending it, lower-cased, is no
    phrase's last word.

    A match ends with a phrase's last word, then white space to the end; the word
    opens after white space or a character that is no letter, so it is that whole run
    of letters.  In ASCII the pattern's case-blind letters are the ASCII ones; a word
    not ASCII ("İs", "ſaid") is left to the pattern.
    """
    stripped = before.rstrip()
    if len(stripped) == len(before) or not stripped:
        return False  # no white space at the end, or nothing but white space
    word = stripped[stripped.rfind(" ") + 1 :]  # the last word, or a part of it
    if not word.isascii():
        return True
    low = word.lower()
    for tail in tails:  # a handful: "is", "was", "now", "be", "as", "turned"
        if low.endswith(tail) and not low[: len(low) - len(tail)][-1:].isalpha():
            return True
    return False


def copula_age(text: str, core: Core, lex: Lexicon, window: str, lo: int) -> Draft | None:
    """ "the woman, who is 34", "since he was seven", "Mrs Morley, now 105,": an age said
    of a person, the number followed by no noun of its own."""
    if not lex.AGE_COPULAS or not may_end_with(window, lex.age_copula_tails):
        return None  # most windows: the pattern is neither searched nor compiled
    m = lex.patterns["age_copula"].search(window)
    if m is None:
        return None
    said = m.group().lower().split()
    turn = said[-1] in lex.AGE_TURN_WORDS
    # "turned 105" with no pronoun of its own: whose age it is, the words before say.
    bare = turn and said[0] not in lex.AGE_PRONOUNS
    ends = lex.AFTER_AN_AGE | lex.AFTER_A_TURN if turn else lex.AFTER_AN_AGE
    after = WORD_AFTER.match(text, core.end)
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
            superlative = WORD_AFTER.match(text, after.end())
            if superlative is None or superlative["w"].lower() not in lex.AGE_SUPERLATIVES:
                return None
            ends = ends | lex.ARTICLES
    relative = " ".join(said) in lex.AGE_RELATIVE_COPULAS
    next_word = "" if after is None else after["w"].lower()
    went_on = bool(next_word) and next_word not in ends
    # Only an age ends its clause or is followed by a time ("16 when", "50 last week"):
    # "87 not out", "3 over par", "1 of 10", "12 points clear" are scores.  A relative
    # clause's age may be followed by the sentence's verb ("who is 29 has been charged").
    if went_on and not (relative and _verb_only(next_word, lex)):
        return None
    if relative and next_word in lex.PLURAL_VERBS:
        return None  # "Everton, who at 17 are level with Leeds": a team's
    if relative and (went_on or said[-1] == "at") and not _someone(window[: m.start()], lex):
        return None  # "The team, who at 10 were top", "The visitors, who at 16 in the table"
    person = person_named_before(window[: m.start()] + " ", lex)
    if said[0] in lex.AGE_PLAIN_COPULAS and all(w in lex.AGE_PLAIN_MODIFIERS for w in said[1:]):
        if not plain_age(text, core.end, lex, window[: m.start()], lo):
            return None
    elif bare:
        before = WORD_BEFORE.search(window[: m.start()] + " ")
        word = "" if before is None else before["w"]
        low = word.lower()
        someone = low in lex.AGE_PRONOUNS or nouns.names_a_person(low)
        if not (someone or (word[:1].isupper() and low not in lex.STOPWORDS)):
            return None  # "the car turned 90", "the team turned 2"
    elif not m.group()[:1].isalpha():
        # ", now 105,": an apposition to a name inside the sentence ("Mrs Morley") or to
        # one person ("The former minister, now 73,"); not to a group ("Its staff, now
        # 40," is no age) nor to a capitalised opening word ("Turnout, now 60,").
        before = WORD_BEFORE.search(window[: m.start()] + " ")
        if before is None:
            return None
        word = before["w"]
        if word.lower() in lex.MONTHS and _after_a_preposition(window, before.start(), lex):
            return None  # "fell to 30 in April, then 45 in June"; not "Theresa May, then 60,"
        name = word[:1].isupper() and not opens_sentence(text, lo + before.start())
        both = said == [",", "both"] and nouns.names_a_person(nouns.lemma(word.lower()))
        if not (name or both or nouns.names_a_person(word.lower())):
            # "The founder of the charity, now 82,": the person before "of"; "One of
            # the victims, now 51,": one of a group of people.
            of = _PERSON_OF.search(window, 0, before.start())
            if of is None:
                return None
            person = of["w"].lower()
            if not _one_person(person):
                person = one_of_people(person, word, lex)
                if person is None:
                    return None
    draft = Draft(core.start, core.end, AGE, exact(core, "year"))
    draft.noun = person
    return draft


# "The founder of the charity": a word for a person, "of", a determiner, a word.
_PERSON_OF = lazy_pattern(
    r"(?<![\w’'-])(?P<w>[^\W\d_]+)\s+of\s+(?:(?:the|a|an|his|her|their|its)\s+)?"
    r"(?:[^\W\d_][\w’'-]*\s+)?$",
    re.IGNORECASE,
)


def one_of_group(window: str, end: int, group: str, lex: Lexicon) -> str | None:
    """Who "One of the victims" or "The youngest of the three" names, ending at ``end`` in
    ``window`` with the word ``group``: one person of a group of people, or None
    (:func:`one_of_people`)."""
    of = _PERSON_OF.search(window, 0, end)
    return None if of is None else one_of_people(of["w"], group, lex)


def one_of_people(head: str, group: str, lex: Lexicon) -> str | None:
    """Who ``head`` "of" a group whose last word is ``group`` names: one person of a group
    of people ("One of the victims": a victim; "The youngest of the three": the youngest),
    or None.  The group is a plural word for people, or a number after a word only
    people are (``PEOPLE_SUPERLATIVES``: "the youngest", "the eldest")."""
    low = head.lower()
    if low not in lex.ONE_OF_PEOPLE:
        return None
    group = group.lower()
    if lex.patterns["number_word"].fullmatch(group):
        # "The youngest of the three": only a word that names people says the three are
        # people ("The oldest of the three, 90, was built in 1930").
        return low if low in lex.PEOPLE_SUPERLATIVES else None
    lemma = nouns.lemma(group)
    if lemma == group or not nouns.names_a_person(lemma):
        return None
    return lemma if low in lex.NUMBER_ONE_WORDS else low


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
    w = WORD_BEFORE.search(window, 0, at)
    return w is not None and w["w"].lower() in lex.MONTH_PREPOSITIONS


def _someone(before: str, lex: Lexicon) -> bool:
    """Whether the word before a relative clause names one person: a word for one, or a
    name ("A man who is 29", "Mrs Baxter, who at 73")."""
    w = WORD_BEFORE.search(before + " ") if before.strip() else None
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


def plain_age(text: str, end: int, lex: Lexicon, before: str, lo: int) -> bool:
    """Whether "is" or "was" alone before a number ending at ``end`` (``before``: the text
    from ``lo`` up to the copula) says a person's age: after a word for
    one person in lower case ("The boy is 15") or a name after a title, a first name or a
    word for a person ("Mrs Cole was 79", "John Smith was 79", "Her husband, Tom, was
    79"; with no comma only after a word of kin, "Her son Jack is 19"), the number
    ending its clause or followed by ``AFTER_A_PLAIN_AGE`` ("was 79 when she died").
    Not after other words ("Turnout in Leeds was 60", "The score was 24", "Smith was 29"
    opening a sentence), nor before others ("The driver was 7 in the standings", "The
    batsman was 45 at lunch")."""
    after = WORD_AFTER.match(text, end)
    if after is not None and after["w"].lower() not in lex.AFTER_A_PLAIN_AGE:
        if not _and_a_verb(text, after, lex):
            return False
    w = WORD_BEFORE.search(before + " ")
    if w is None:
        return False
    word = w["w"]
    if word.lower() in lex.AGE_PRONOUNS:
        return True  # "She was only 16 when she left"
    if word.lower() in lex.AND_WORDS:
        # A second verb of someone opening the sentence ("She had worked there for 11
        # years and was 47 when she was dismissed"), a pronoun after "when" saying a
        # person too; not "Unemployment kept rising and was 12 when he took office".
        return _opened_by_someone(text, lo + w.start(), lex) and _when_someone(text, after, lex)
    if word[:1].islower():
        return nouns.names_a_person(word)
    if opens_sentence(text, lo + w.start()):
        # "Parker was only 19 when he was jailed": a pronoun after "when" says a person.
        return _when_someone(text, after, lex)
    prev = WORD_BEFORE.search(before[: w.start()])
    if prev is None:
        return False
    first = prev["w"]
    if first.lower().rstrip(".") in lex.speech.PERSONAL_TITLES:
        return True
    if prev.group().rstrip().endswith(","):
        # A name in apposition to a word for a person: "Her late husband, Tom, was 79".
        return first[:1].islower() and nouns.names_a_person(first)
    if first[:1].islower():
        # A name right after a word of kin: "Her son Jack is 19" (not "The batsman Root
        # was 45 when rain stopped play": a score).
        return nouns.is_kin(first)
    return first[:1].isupper() and first.lower() not in lex.STOPWORDS


# The end of a sentence before the one a figure is in.
_SENTENCE_END = lazy_pattern(r"[.!?][\"'”’)]*\s+")


def _opened_by_someone(text: str, end: int, lex: Lexicon) -> bool:
    """Whether the sentence holding ``text[:end]`` opens, within ``_OPENING_REACH``
    characters, with someone (:func:`_names_someone`: "She had worked …", "Harris coached …";
    not "Unemployment kept rising …", "The club led …")."""
    lo = max(0, end - _OPENING_REACH)
    ends = list(_SENTENCE_END.finditer(text, lo, end))
    if ends:
        lo = ends[-1].end()
    elif lo > 0:
        return False  # the sentence opens further back than is read
    first = text[lo:end].split(maxsplit=1)
    # A quotation opening the sentence opens with its mark: '"She worked there …'.
    return bool(first) and names_someone(first[0].lstrip(_OPENING_MARKS), lex)


_OPENING_REACH = 200
_OPENING_MARKS = "\"'“‘(["


def _when_someone(text: str, after: re.Match[str] | None, lex: Lexicon) -> bool:
    """Whether "when" and a pronoun of a person follow the age ("was 19 when he was
    jailed", "was only 8 when her father")."""
    if after is None or after["w"].lower() not in lex.AFTER_A_PLAIN_AGE:
        return False
    nxt = WORD_AFTER.match(text, after.end())
    return nxt is not None and nxt["w"].lower() in lex.PERSONS_AFTER_WHEN


def _and_a_verb(text: str, after: re.Match[str], lex: Lexicon) -> bool:
    """ "is 15 and attends", "was 24 and lived": "and" before a word that is no noun nor
    stop word ("was 3 and 0", "was 40 and the Conservatives 35" are tallies)."""
    if after["w"].lower() not in lex.AND_WORDS:
        return False
    nxt = WORD_AFTER.match(text, after.end())
    if nxt is None:
        return False
    word = nxt["w"].lower()
    if word in lex.AUXILIARIES:
        return True  # "is just 24 and has already earned"
    return word not in lex.STOPWORDS and not nouns.is_noun(word)


def names_someone(word: str, lex: Lexicon) -> bool:
    """Whether ``word``, before a verb, names someone: a pronoun for a person, a name (a
    capitalised word that is no stop word and no noun WordNet knows: "Lowe", "Harris")
    or a word for a person ("The sculptor")."""
    low = word.lower()
    if low in lex.AGE_PRONOUNS or low.rstrip(".") in lex.speech.PERSONAL_TITLES:
        return True  # "She", "Mrs Jones"
    if low in lex.STOPWORDS:
        return False
    if word[:1].isupper() and not nouns.is_noun(low):
        return True
    return nouns.names_a_person(low)


def person_named_before(window: str, lex: Lexicon) -> str | None:
    """ "The pilot, aged 52": the word naming whose age it is, right before the cue; a
    relative clause's pronoun and copula are passed over ("The actor, who died at 88",
    "The woman, who is in her early seventies"), and a personal pronoun names no one
    ("Officers believe she is aged 30")."""
    end = len(window)
    for _ in range(_CLAUSE_WORDS + 1):
        w = WORD_BEFORE.search(window, 0, end)
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
