"""Which event a year is of: the verb that governs it, or the noun it stands before.

A report gives the years of many events in passing ("opened in 1898 and was given
listed status in 1971", "a campaign group formed in 2011"), and two reports of one
story each add years the other lacks.  Two years of different values pair only when
they may be one event's (docs/compare.md, "Years of events"): the event is read here,
and :func:`claimdiff.verbs.may_mean_one` says whether two may be one.

- **The verb before the year**, within its own words (the segment a figure owns) and
  :data:`_REACH` words: the nearest inflected verb ("opened in 1898", "given listed
  status in 1971": listed; "moved to its present premises in 1902": moved); a lemma as
  written only before a particle ("split up in 2009"); a form in -ing only where no
  other stands ("Dating from 1887"); never a form in -s ("gates").  Stop words
  ("added", "said") are skipped.
- **A year used as an adjective** ("a 1974 storm", "its 1985 extension",
  "Portobello's 1901 swim centre", "the 1964-built museum") is the thing's: when it
  came to be, which any verb of making, opening or happening may name.  Its event is
  unknown, and the verb before it ("lost a section in a 1974 storm") is not its.

A light verb ("was", "made", "became") names no event.  An unknown event never
forbids a pair; where a text gives several years, a year of unknown event pairs with
another year only on evidence, or when the two are the same year
(:func:`claimdiff.assignment.lone_ok`).
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import islice
from typing import TYPE_CHECKING

import attrs

from claimdiff import nouns, verbs
from claimdiff.fields_repr import fields_repr
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.pattern_code import compile_pattern

if TYPE_CHECKING:
    from claimdiff.candidates import Rules
    from claimdiff.lexicon import Lexicon

__all__ = [
    "LAST_TIME",
    "SINCE",
    "EventWords",
    "adjective",
    "beginning_and_end",
    "begins",
    "both_beginnings",
    "ends",
    "event_of",
    "one_event_read",
    "one_verb",
]

# How many content words from a year its verb may stand: "was elected the club's first
# woman president in 1979" puts four between.
_REACH = 6
# Where a clause ends, for a verb read after the year that opens it.
_CLAUSE_END = lazy_pattern(r"[.;:!?]|,\s")
_WORD = compile_pattern(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")
# A year as an adjective: right before a word or a hyphened participle ("1964-built").
_AFTER = compile_pattern(r"(?:-|\s+)([A-Za-z]+)")


def event_of(
    text: str,
    span: tuple[int, int],
    bounds: tuple[int, int],
    stopwords: frozenset[str],
    light: frozenset[str],
    words_of: EventWords | None = None,
) -> str | None:
    """The word naming the event of the year at ``span`` (lower case), or None.

    ``bounds`` are where the year's own words begin and end (its clause or segment);
    ``light`` the verbs that name no event; ``words_of`` a language's words for phrasal
    verbs and "since" (:class:`EventWords`).

    >>> stop, light = frozenset({"in", "a", "the", "its", "of", "was", "and"}), frozenset({"be"})
    >>> t = "The pool, which opened in 1898 and was given listed status in 1971, closed."
    >>> event_of(t, (26, 30), (0, 30), stop, light), event_of(t, (62, 66), (35, 66), stop, light)
    ('opened', 'listed')
    >>> t = "It lost a section in a 1974 storm."
    >>> event_of(t, (23, 27), (0, 34), stop, light) is None
    True
    """
    lo, hi = bounds
    words = [m.group().lower() for m in _WORD.finditer(text, lo, span[0])]
    ew = words_of or _NO_WORDS
    if adjective(text, span, stopwords, words[-1] if words else "", cues=ew.time_cues):
        return None  # "a 1974 storm", "the 1964-built museum": the thing's year
    since = _since(words, ew)
    if since == LAST_TIME:
        return LAST_TIME
    if since:
        # "closed since 2019" dates the closing; "operating since 2003", "mayor since
        # 2017", "in use since 1891" a beginning of what is not said.
        before = _verb(words[-2::-1], stopwords, light, ew, backward=True)
        return before if before and not before.endswith("ing") else SINCE
    named = _noun_of(words, stopwords, ew)
    if named is not None:
        return named  # "defences built after the floods of 2000": the floods' year
    found = _verb(words[::-1], stopwords, light, ew, backward=True)
    if found is None and all(w in stopwords for w in words):
        # A year opening its clause is the time of the verb after it: "In 1998 they won
        # promotion", "In 2005 the firm was bought".
        start = span[1] + 1 if text[span[1] : span[1] + 1] == "," else span[1]  # "In 2005, …"
        clause = _CLAUSE_END.search(text, start, hi)
        stop = clause.start() if clause is not None else hi
        after = (m.group().lower() for m in _WORD.finditer(text, start, stop))
        found = _verb(list(islice(after, 4 * _REACH)), stopwords, light, ew, backward=False)
    return found


SINCE = "since"
"""The event of a year a beginning's words date ("operating since 2003", "traces its
roots to 1868"): a beginning (:func:`one_event_read`), of what is not said."""
LAST_TIME = "last time"
"""The event of a year after "since" that dates the last time of something ("the highest
since 2007", "the first win at Anfield since 1994"): one event only with another such."""


@attrs.frozen(eq=False)  # never compared: attrs writes no __eq__ nor __hash__
class EventWords:
    """A language's words for reading a year's event beyond its verb (the lexicon's
    ``PHRASAL_EVENTS``, ``YEAR_BEGINNING_CUES``, ``YEAR_LAST_TIME_WORDS``,
    ``SUPERLATIVE_CUES``, ``NAME_YEAR_DETERMINERS``); none by default."""

    __repr__ = fields_repr  # attrs compiles none (claimdiff.fields_repr)

    phrasal: Mapping[str, str] = attrs.field(factory=dict, eq=False)
    """The lemma a light verb and its particle stand for ("set up": "found")."""
    since: frozenset[tuple[str, ...]] = frozenset()
    """Words right before a year that date a beginning ("since", "back to")."""
    last_time: frozenset[str] = frozenset()
    """Words before "since" that make its year the last time of something ("first")."""
    superlative_cues: frozenset[str] = frozenset()
    """Words before a form in -est that make it a superlative ("the highest")."""
    name_determiners: frozenset[str] = frozenset()
    """Words before a year that make it an adjective of a name ("the 1932 Hallam …")."""
    verb_cues: frozenset[str] = frozenset()
    """Words before a verb of a beginning or an end written as its lemma that make it the
    verb ("the mine that shut in 2011", "due to open in 2030")."""
    lifetimes: frozenset[str] = frozenset()
    """Verbs of a thing's beginning or end (``BEGINNING_VERBS``, ``ENDING_VERBS``)."""
    time_cues: frozenset[str] = frozenset()
    """Words after which a year is the time of the verb before it, not an adjective
    (``YEAR_TIME_CUES``: "in 1974 storms swept", "since 2019 rents")."""
    particles: frozenset[str] = frozenset()
    """Particles after a lemma that make it a verb (``VERB_PARTICLES``: "split up in
    2009", "shut down in 2020")."""
    gerund_openers: frozenset[str] = frozenset()
    """Words before a verb's -ing form that make it the event (``GERUND_OPENERS``: "since
    winning office", "before retiring")."""

    of_words: frozenset[str] = frozenset()
    """Words between a noun and a year that make the year the noun's (``YEAR_OF_WORDS``:
    "the floods of 2000", "the election of 1997")."""
    of_times: frozenset[str] = frozenset()
    """Nouns of a part of a year that WordNet files as no time (``YEAR_OF_TIMES``: "the
    middle of 2019")."""
    future_cues: frozenset[str] = frozenset()
    """Words before a verb of a beginning or an end written as its lemma that make it the
    verb of a time to come (``FUTURE_VERB_CUES``: "is due to open in 2030")."""
    to_come: bool = False
    """Whether a verb of a beginning or an end is read in the present and the future too
    ("opens in 2028", "due to open in 2030"): only to tell whether a year beside another
    figure is a fact of its own (claimdiff/prepare.py), not which event it is."""

    @classmethod
    def of(cls, lex: Lexicon) -> EventWords:
        """The words of ``lex``."""
        return cls(
            phrasal=lex.PHRASAL_EVENTS,
            since=frozenset(tuple(w.split()) for w in lex.YEAR_BEGINNING_CUES),
            last_time=frozenset(lex.YEAR_LAST_TIME_WORDS),
            superlative_cues=frozenset(lex.SUPERLATIVE_CUES),
            name_determiners=frozenset(lex.NAME_YEAR_DETERMINERS),
            verb_cues=frozenset(lex.VERB_CUES),
            lifetimes=frozenset(lex.BEGINNING_VERBS) | frozenset(lex.ENDING_VERBS),
            time_cues=frozenset(lex.YEAR_TIME_CUES),
            particles=frozenset(lex.VERB_PARTICLES),
            gerund_openers=frozenset(lex.GERUND_OPENERS),
            of_words=frozenset(lex.YEAR_OF_WORDS),
            of_times=frozenset(lex.YEAR_OF_TIMES),
            future_cues=frozenset(lex.FUTURE_VERB_CUES),
        )


_NO_WORDS = EventWords()


def _noun_of(words: list[str], stopwords: frozenset[str], ew: EventWords) -> str | None:
    """The noun a year is "of" ("the floods of 2000", "the election of 1997"): the year's
    event, before any verb ("defences built after the floods of 2000").  A word of time
    is none ("the summer of 2022", "the end of 2019"): the year is then the verb's."""
    if len(words) < 2 or words[-1] not in ew.of_words or words[-2] in stopwords:
        return None
    noun = words[-2]
    if not nouns.is_noun(noun) or noun in ew.of_times:
        return None
    if "time" in nouns.first_classes(nouns.lemma(noun)):
        return None  # "the end of 2019", "the start of 2023"
    return noun


def _since(words: list[str], ew: EventWords) -> str | None:
    """What the words before a year (in text order) make it: a beginning's
    (:data:`SINCE`), the last time of something (:data:`LAST_TIME`), or neither (None)."""
    if not ew.since or not any(tuple(words[-n:]) in ew.since for n in (1, 2)):
        return None
    before = words[-7:-1]
    last = any(
        w in ew.last_time or (w.endswith("est") and k > 0 and before[k - 1] in ew.superlative_cues)
        for k, w in enumerate(before)
    )
    return LAST_TIME if last else SINCE


def _verb(
    words: list[str],
    stopwords: frozenset[str],
    light: frozenset[str],
    ew: EventWords,
    *,
    backward: bool,
) -> str | None:
    """The first past form among ``words`` (nearest the year first: ``backward`` when
    they stand before it, reversed), within :data:`_REACH` content words; a form in -ing
    if no other stands; a verb and its particle of ``ew.phrasal`` as the lemma they
    stand for ("was set up in 2006": "found"); a verb of a beginning or an end written
    as its lemma after one of ``ew.verb_cues`` ("the mine that shut in 2011")."""
    phrasal = ew.phrasal
    fallback = None
    seen = 0
    for k, w in enumerate(words):
        if w in stopwords:
            continue
        seen += 1
        if seen > _REACH:
            break
        if backward and k > 0 and f"{w} {words[k - 1]}" in phrasal:
            return phrasal[f"{w} {words[k - 1]}"]
        found = verbs.bases(w)
        if not found or any(b in light for b in found):
            continue
        if w in found:
            # A lemma as written is more often a noun ("wing", "site") than a verb, but
            # not before a particle: "split up in 2009", "shut down in 2020".
            if backward and k > 0 and words[k - 1] in ew.particles:
                return w
            if backward and w in ew.lifetimes and k + 1 < len(words):
                if words[k + 1] in ew.verb_cues or (ew.to_come and words[k + 1] in ew.future_cues):
                    return w  # "the mine that shut in 2011"; "its new wing" stays a noun
            continue
        if w.endswith("ing"):
            if backward and k + 1 < len(words) and words[k + 1] in ew.gerund_openers:
                return w  # a gerund after a preposition: "since winning office in 2015"
            fallback = fallback or w
        elif not w.endswith("s"):
            return w  # a past form: "opened", "took", "listed" (not "gates", "dates")
        elif ew.to_come and backward and any(b in ew.lifetimes for b in found):
            return w  # a beginning or an end said in the present: "when it opens in 2028"
    return fallback


def verb_after(text: str, start: int, end: int) -> bool:
    """Whether the first word of ``text[start:end]``, before any mark, is a form of a verb
    but one in -s or -ing: the clause's verb right after its year, so a form in -s before
    the year was its subject ("Housing starts in 2023 fell to 1.2 million", "were", "hit
    1.4 million"; not "the line opens in 2028, the company said", "opens in 2030 at a
    cost of €4.5bn", "opens in 2030 as planned")."""
    m = _WORD.search(text, start, end)
    if m is None or any(mark in text[start : m.start()] for mark in ",;:"):
        return False
    w = m.group().lower()
    return bool(verbs.bases(w)) and not w.endswith(("s", "ing"))


def adjective(
    text: str,
    span: tuple[int, int],
    stopwords: frozenset[str],
    before: str | None = None,
    *,
    names: frozenset[str] = frozenset(),
    cues: frozenset[str] = frozenset(),
) -> bool:
    """Whether the year at ``span`` stands as an adjective before a noun or a hyphened
    participle ("Portobello's 1901 swim centre", "a 1974 storm", "1964-built"), not as
    the time of a verb ("opened in 1974 to acclaim").  ``before``: the word before it,
    lower case, where known already.  Also before a name after one of ``names`` (the
    lexicon's ``NAME_YEAR_DETERMINERS``) or a possessive ("the 1932 Hallam Street
    Bridge"): a fact of its own, though a verb before it may still date it ("won the 2013
    Shield final").  ``cues``: words after which a year is the time of the verb before it
    (the lexicon's ``YEAR_TIME_CUES``: "in 1974 storms swept").

    >>> stop, cues = frozenset({"in", "a", "to"}), frozenset({"in"})
    >>> adjective("a 1974 storm", (2, 6), stop, cues=cues)
    True
    >>> adjective("opened in 1974 to", (10, 14), stop, cues=cues)
    False
    """
    after = _AFTER.match(text, span[1])
    if after is None:
        return False
    if before is None:
        last = _WORD.findall(text, max(0, span[0] - 40), span[0])
        before = last[-1].lower() if last else ""
    noun = after.group(1)
    if names and (before in names or before.endswith(("'s", "’s"))):
        # "the 1932 Hallam Street Bridge", "the club's 1966 Cup final": a name's year.
        return noun.lower() not in stopwords
    return before not in cues and noun.islower() and noun not in stopwords


def _verb_of(event: str, lemmas: frozenset[str]) -> bool:
    """Whether the event read is a form of one of ``lemmas``."""
    return any(v in lemmas for v in verbs.bases(event))


def one_verb(u: str, v: str) -> bool:
    """Whether two years' events are forms of one verb ("set up", "Founded"); a year's
    beginning named by "since" is no verb."""
    return SINCE not in (u, v) and bool(set(verbs.bases(u)) & set(verbs.bases(v)))


def begins(event: str, rules: Rules) -> bool:
    """Whether the event read dates a thing's beginning: a verb of ``rules.beginnings``
    ("built", "opened") or :data:`SINCE`."""
    return event == SINCE or _verb_of(event, rules.beginnings)


def ends(event: str, rules: Rules) -> bool:
    """Whether the event read dates a thing's end: a verb of ``rules.endings`` ("closed",
    "demolished")."""
    return _verb_of(event, rules.endings)


def both_beginnings(a: str, b: str, rules: Rules) -> bool:
    """Whether both years' events, as read, date a thing's beginning and one names it
    with a verb ("founded in 1889", "formed in 1898"; "Founded in 1998", "traces its
    roots to 1996").  Two :data:`SINCE` say only that something began, and a text gives
    the beginnings of many states ("run by the family since 1819", "in use since 1891")."""
    if a == b == SINCE:
        return False
    return bool(rules.beginnings) and begins(a, rules) and begins(b, rules)


def beginning_and_end(a: str, b: str, rules: Rules) -> bool:
    """Whether one year's event is a thing's beginning and the other's its end ("Formed
    in 1998", "broke up in 2011"): two events however few years the texts give."""
    return bool(rules.beginnings and rules.endings) and (
        (begins(a, rules) and ends(b, rules)) or (ends(a, rules) and begins(b, rules))
    )


def one_event_read(a: str, b: str, rules: Rules) -> bool:
    """Whether two years' events, as read (:func:`event_of`), may be one: the same
    word (two :data:`LAST_TIME`), verbs of one meaning or a way of the other
    (:func:`claimdiff.verbs.may_mean_one`), or two of a thing's beginning, a verb of
    ``rules.beginnings`` ("built", "opened") or :data:`SINCE`."""
    if a == b or verbs.may_mean_one(a, b):
        return True
    return bool(rules.beginnings) and begins(a, rules) and begins(b, rules)
