"""What a figure states and when: its predicate and its time scope, read per sentence.

Each sentence is read once (:func:`read_sentence`): its clause breaks, the
words that say what a figure is (:mod:`claimdiff.lexicon.en_predicates`) and
the periods it names ("2023", "the third quarter of 2023", "Q3", "last year").
Each figure then takes

* its **predicate**: the class of the nearest predicate word in its clause
  ("Five people were *killed* and 30 *injured*"), counts reading the words of
  counts and amounts the words of money;
* its **period** by grammar: the period tied to it ("$40m *in 2022*", "sales
  *for the third quarter*"), else the period before it in its clause with no
  other figure between ("*Third-quarter* sales fell 5%"), else one that opens the
  sentence ("*In 2023*, profit …").  A period never scopes a figure of another
  clause, so "The pier, which opened in 1974, needs repairs costing £6m" gives the
  £6m no year.

docs/compare.md states these rules.  Every search is bounded by the sentence,
so the cost is linear in the text.
"""

from __future__ import annotations

import bisect
import itertools
import re
from bisect import bisect_left as _bisect_left
from bisect import bisect_right as _bisect_right
from collections.abc import Mapping, Sequence
from operator import itemgetter
from typing import Any, NamedTuple

import attrs

from claimdiff import nouns, verbs
from claimdiff.construct import unfrozen
from claimdiff.extract.direction_tokens import Tokens
from claimdiff.extract.members import AGE, COUNT, DATE, DURATION, PERCENT, YEAR
from claimdiff.extract.period_phrases import PARTS as _PARTS
from claimdiff.extract.period_phrases import Period
from claimdiff.extract.period_phrases import periods as read_periods
from claimdiff.fields_repr import fields_repr
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon
from claimdiff.lexicon.regex import phrases_in
from claimdiff.model import Kind, Span
from claimdiff.pattern_code import compile_pattern
from claimdiff.text import Lowered, clause_breaks, lower_in_place

__all__ = [
    "NEAR",
    "Period",
    "Predicates",
    "Sentence",
    "named_periods",
    "predicates",
    "read_sentence",
    "scope",
]

# How far a predicate word may stand from its figure, in characters.
# How far either side of a figure, or a change said in words, its clause and source are
# read (characters): a sentence of many claims and no breaks costs no scan per claim.
NEAR = 150
_PREDICATE_REACH = 80
# A predicate word is a figure's across a conjunction or a comma only when no figure on its
# own side of the break reads it: "were killed and 23 were injured" gives "killed" to the
# figure before it, though "23" stands nearer.
# It opens with a class of the marks and spaces it may start at, which the engine skips to
# (a choice of branches opening with a category class it tried at every offset).
_HANDOVER = compile_pattern(
    r"[,;\s](?:(?<=,)\s|(?<=;)|(?<=\s)(?:and|but|while|whereas|after|before|because|when)\s)", re.I
)
_ACROSS = 2 * _PREDICATE_REACH
# Between a passive verb and the count of those who did it ("were rescued by 40
# volunteers", "killed by two gunmen"): what the verb says befell others.
_BY_AGENT = lazy_pattern(r"\s+by\s+(?:the\s+|a\s+)?", re.IGNORECASE)
# How far a tied period may stand after its figure: "$40m in 2022", "£3bn in sales in 2023".
_TIE_REACH = 40
_TIE_GAP = compile_pattern(r"[^\W\d_]+|\d", re.IGNORECASE)
# Its matches in an ASCII text (most news), where a letter is one of these ranges and
# folds to none outside them: the engine tests a range with one look-up, a category class
# folded for case with calls a character (_gap).
_ASCII_TIE_GAP = compile_pattern(r"[A-Za-z]+|[0-9]")


@attrs.frozen
class Sentence:
    """What is read once per sentence; every look-up in it is a binary search."""

    __repr__ = fields_repr  # attrs compiles none (claimdiff.fields_repr)

    span: Span
    breaks: tuple[Span, ...]
    """Clause breaks (; : ( ) dashes and ", "), in order."""
    predicates: tuple[tuple[int, int, str, bool], ...]
    """(start, end, class, of a count) of every predicate word, in order."""
    periods: tuple[Period, ...]
    break_starts: tuple[int, ...] = attrs.field(repr=False)
    break_ends: tuple[int, ...] = attrs.field(repr=False)
    predicate_starts: tuple[int, ...] = attrs.field(repr=False)
    period_starts: tuple[int, ...] = attrs.field(repr=False)
    tokens: Tokens | None = attrs.field(default=None, repr=False)
    """The sentence's tokens, for the direction of each figure, where read (issue 12)."""

    def clause_within(self, span: Span, window: Span) -> Span:
        """The clause holding ``span``, as read in ``window`` only (a part of the sentence).

        The clause breaks wholly inside the window count, as if the window were
        searched on its own; the window's ends stand in for breaks outside it.
        """
        # Every figure asks: each break and bound read once into a local.
        breaks = self.breaks
        lo, hi = window
        k = _bisect_right(self.break_ends, span[0])
        if k:
            before = breaks[k - 1]
            if before[0] >= lo:
                lo = before[1]
        if k < len(breaks):
            # The first break starting at or past the figure's end: the k breaks ending by
            # its start all start before its end, and the next one mostly starts past it,
            # so a second search (some 1,200 instructions in a long list) is mostly spared.
            after = breaks[k]
            if after[0] < span[1]:
                j = _bisect_left(self.break_starts, span[1])
                if j == len(breaks):
                    return lo, hi
                after = breaks[j]
            if after[1] <= hi:
                hi = after[0]
        return lo, hi

    def clause(self, span: Span) -> Span:
        """The clause of the sentence that holds ``span``."""
        k = bisect.bisect_right(self.break_ends, span[0])
        lo = self.breaks[k - 1][1] if k else self.span[0]
        j = bisect.bisect_left(self.break_starts, span[1])
        hi = self.breaks[j][0] if j < len(self.breaks) else self.span[1]
        return lo, hi


def read_sentence(
    text: str,
    span: Span,
    lex: Lexicon,
    periods: bool = True,
    tokens: Tokens | None = None,
    low: Lowered | None = None,
    *,
    predicates: bool = True,
    named: Sequence[Period] | None = None,
) -> Sentence:
    """Read the sentence at ``span`` once: clause breaks, predicate words and periods.

    Without ``periods`` (no figure of the sentence takes a time scope: years, dates and
    ages alone) its periods are not read, and it names none; without ``predicates`` (a
    change said in words takes none) neither are its predicate words.  ``tokens`` are its
    tokens, where the caller read them; ``low`` the text's lower-cased copy, where made;
    ``named`` its periods, where read already (:func:`.year_parts`).
    """
    lo, hi = span
    breaks = tuple(clause_breaks(text, lo, hi))
    # One non-letter in front: the phrase patterns open with the character before a
    # phrase, so each offset below is one more than in the sentence.
    padded = " " + (text[lo:hi].lower() if low is None else low.part(lo, hi))
    if len(padded) != hi - lo + 1:
        padded = " " + lower_in_place(text[lo:hi])  # "İ": each offset must be the text's
    preds = []
    at = lo - 1
    found_in = phrases_in(lex.patterns["predicate"], padded) if predicates else ()
    for start, end, found in found_in:
        if _in_a_name(text, at + start, at + end, lo):
            continue
        phrase = " ".join(found.split())
        for cls, of_count in lex.predicate_classes.get(phrase, ()):
            preds.append((at + start, at + end, cls, of_count))
    if not periods:
        named = ()
    elif named is None:
        named = tuple(read_periods(text, lo, hi, padded, lex))
    # Field by field, as claimdiff.construct builds claims: Sentence(...) sets each of
    # its ten fields through a call, a quarter of reading a sentence of prose.
    sentence: Any = _UnfrozenSentence()
    sentence.span = span
    sentence.breaks = breaks
    sentence.predicates = tuple(preds)
    sentence.periods = tuple(named)
    # map() of item getters, not comprehensions: a table's sentence holds thousands.
    sentence.break_starts = tuple(map(_FIRST, breaks))
    sentence.break_ends = tuple(map(_SECOND, breaks))
    sentence.predicate_starts = tuple([p[0] for p in preds])
    sentence.period_starts = tuple([p.start for p in named])
    sentence.tokens = tokens
    sentence.__class__ = Sentence  # frozen from here on
    built: Sentence = sentence
    return built


_UnfrozenSentence = unfrozen(Sentence)
_FIRST, _SECOND = itemgetter(0), itemgetter(1)


# A capitalised word right after a phrase, or right before it: the phrase is a name's word.
_CAPITAL_NEXT = lazy_pattern(r"[^\S\n]+[A-Z]")
_CAPITAL_BEFORE = lazy_pattern(r"(?<![\w’'-])[A-Z][\w’'-]*[^\S\n]+$")


def _in_a_name(text: str, start: int, end: int, sentence_start: int) -> bool:
    """Whether a predicate phrase is a word of a name, capitalised inside its sentence
    beside another capitalised word: "sent six engines", said by "Greater Manchester Fire
    and Rescue Service", is no rescue; "the Missing People charity" counts no one
    missing.  At its sentence's start a capital says nothing ("Rescued were 12 people")."""
    if start <= sentence_start or not text[start : start + 1].isupper():
        return False
    if _CAPITAL_NEXT.match(text, end):
        return True
    return _CAPITAL_BEFORE.search(text, max(sentence_start, start - 40), start) is not None


# Between a predicate noun and the figure it names: "revenue of $7.2bn", "sales of
# 7.2bn dollars", "a workforce of some 3,600".
_OF_FIGURE = compile_pattern(r"\s+of\s+(?:(?:some|about|around|nearly|almost|over)\s+)?")


class Predicates(NamedTuple):
    """The predicate classes of a sentence's figures, and which came from a count's own
    noun naming who is counted."""

    classes: dict[Span, str]
    of_nouns: frozenset[Span]
    """The figures whose class is their own noun's ("42 residents": population)."""


# First classes of a figure's last word that name no place the persons are of: a scale,
# persons themselves.
_NOT_PLACES = frozenset({"quantity", "person"})
_LAST_WORD = compile_pattern(r"([^\W\d_]+)\W*$")


def _counts_a_noun(text: str, f: Span) -> bool:
    """Whether the figure at ``f`` ends in a noun of its own naming things, not persons
    nor a scale ("11 nearby homes", "sixteen villages"; not "a workforce of 3,600", "of 3.5
    million", "of 2,000 people")."""
    m = _LAST_WORD.search(text, f[0], f[1])
    if m is None or m.start(1) == f[0]:
        return False
    classes = nouns.first_classes(m[1].lower())
    return bool(classes) and classes[0] not in _NOT_PLACES


def predicates(
    sentence: Sentence,
    figures: Sequence[tuple[Span, Kind]],
    text: str | None = None,
    yielding: frozenset[str] = frozenset(),
    counted_by: frozenset[str] = frozenset(),
    standing: frozenset[str] = frozenset(),
    fought: frozenset[str] = frozenset(),
    patterns: Mapping[str, re.Pattern[str]] | None = None,
    joins: frozenset[str] = frozenset(),
    verbs_of: VerbWords | None = None,
) -> Predicates:
    """The predicate class of each figure of the sentence (``figures`` in text order).

    A figure whose own words hold a predicate word takes it ("a £45m budget");
    the other predicate words of a clause are matched to the figures that read
    them, nearest pairs first, one word to a figure ("Five people were killed and
    30 injured", "a workforce of 3,600").  A count's own noun that names who is
    counted, not what befell them ("14 employees", "6 residents", "45,000
    spectators"), gives its class only when no other word of the clause gives
    one: "Among those hurt were 14 employees" is a toll of injuries.  ``text``
    (the whole text) tells such a noun from one naming the event ("6 deaths").  A word of
    a ``yielding`` class gives way to another word for the same figure.  A count after a
    passive verb's "by" did what the verb says ("Fourteen walkers were winched to safety
    by two helicopters"): the verb's class is no figure's after it; nor is an active
    verb's class its subject's where a count is its object ("Two gunmen killed three
    men"); unless the class is one of ``counted_by``, whose doers are what it counts
    ("attended by 40 relatives").  A count's own noun of a ``standing`` class (a
    standing total's: "customers", "accounts") says what is counted, as a noun naming
    who does: "About 800,000 accounts were affected" is a count of the affected; such a
    noun after a figure gives its class to no other ("Twelve paramedics treated
    residents"), as the subject before one does ("The firm's employees number 4,500").
    Where a count stands right after one of the ``fought`` verbs (the ``fought_gap`` of
    ``patterns`` between, fetched only there: few sentences hold such a verb),
    what follows the verb is what is fought, no figure of the verb's class ("battling 58
    bushfires and 12 grass fires").  Two counts one of ``joins`` ("and") alone joins share
    one verb's class (:func:`_share_coordinated`).
    """
    if not sentence.predicates:
        return Predicates({}, frozenset())  # most sentences of figures name none
    out: dict[Span, str] = {}
    kinds = dict(figures)
    held: list[tuple[int, int, str, bool]] = []
    own_noun: dict[Span, str] = {}
    for p_lo, p_hi, cls, of_count in sentence.predicates:
        k = bisect.bisect_right(figures, ((p_lo, float("inf")),)) - 1
        holder = figures[k][0] if k >= 0 and figures[k][0][1] >= p_hi else None
        if holder is not None:
            if not _reads(kinds[holder], of_count):
                continue
            word = text[p_lo:p_hi] if text is not None and kinds[holder] is COUNT else ""
            if word and (cls in standing or nouns.names_who(word, cls)):
                own_noun.setdefault(holder, cls)
            else:
                out.setdefault(holder, cls)
        else:
            held.append((p_lo, p_hi, cls, of_count))
    every = figures
    figures = [(f, kind) for f, kind in figures if f not in out]
    # Nearest first, each word to one figure and each figure one word: "Five people were
    # killed and 30 injured" gives "injured" to 30 (next to it), then "killed" to Five.
    offers = []
    for w, (p_lo, p_hi, cls, of_count) in enumerate(held):
        clause = sentence.clause((p_lo, p_hi))
        fought_after = False
        if fought and patterns is not None and text is not None:
            if " ".join(text[p_lo:p_hi].lower().split()) in fought:
                obj = _count_right_after(text, p_hi, every)
                if obj is not None:
                    fought_after = patterns["fought_gap"].fullmatch(text, p_hi, obj) is not None
        # A standing total's noun for who is counted, after a figure, is no class of that
        # figure's ("Twelve paramedics treated residents"); of its own count it is.
        who = cls in standing and text is not None and nouns.names_who(text[p_lo:p_hi], cls)
        # The count right after the word: the doers of a passive verb ("winched to safety
        # by two helicopters"), or an active verb's object ("Two gunmen killed three men").
        doers = of_count and cls not in counted_by and text is not None
        nxt = _count_right_after(text, p_hi, every) if doers else None
        agent = nxt is not None and _BY_AGENT.fullmatch(text or "", p_hi, nxt) is not None
        for f, kind in _near(figures, p_lo):
            if not _reads(kind, of_count) or not clause[0] <= f[0] < clause[1]:
                continue
            if fought_after and p_hi <= f[0]:
                continue  # "battling 58 bushfires": what the crews fight
            gap = max(0, p_lo - f[1], f[0] - p_hi)
            if agent and p_hi <= f[0]:
                continue  # "winched to safety by two helicopters": those who did it
            if nxt is not None and f[1] <= p_lo and _verb_between(text or "", f, p_lo, p_hi, nxt):
                continue  # "Two gunmen killed three men": the doers, the verb's object befallen
            of = text is not None and p_hi <= f[0] and _OF_FIGURE.fullmatch(text, p_hi, f[0])
            if of and who and _counts_a_noun(text or "", f):
                continue  # "residents of 11 nearby homes": who live there, not the homes' class
            if of:
                gap = 0  # "revenue of $7.2bn": the word names the figure its "of" opens
            elif who and f[1] <= p_lo:
                continue
            if gap <= _PREDICATE_REACH:
                if text is not None and _HANDOVER.search(text, min(f[1], p_hi), max(f[0], p_lo)):
                    gap += _ACROSS  # "Seven were killed and 23 injured": "killed" is Seven's
                offers.append((cls in yielding or (who and not of), gap, w, f, cls))
    taken: set[int] = set()
    # A toll's word wins a figure over a yielding class's ("Two firefighters battling the
    # fire are missing": missing), and over a standing total's noun for who is counted
    # ("the number of displaced residents at 560": displaced).
    # Where the word that gave each figure its class stands, for the words outside it.
    said_at: dict[Span, int] = {}
    for *_, w, f, cls in sorted(offers):
        if w not in taken and f not in out:
            out[f] = cls
            said_at[f] = held[w][0]
            taken.add(w)
    of_nouns = frozenset(f for f in own_noun if f not in out)
    for f in of_nouns:
        out[f] = own_noun[f]
    if text is not None and joins and verbs_of is not None:
        _share_coordinated(text, sentence, every, out, said_at, joins, verbs_of)
    return Predicates(out, of_nouns)


def _share_coordinated(
    text: str,
    sentence: Sentence,
    figures: Sequence[tuple[Span, Kind]],
    out: dict[Span, str],
    said_at: dict[Span, int],
    joins: frozenset[str],
    verbs_of: VerbWords,
) -> None:
    """Give a count with no class the class of a count it is joined to by one of
    ``joins`` ("and") alone, where both are one verb's subject or its object: the verb
    after both, the first opening its clause ("Around 80 firefighters and 11 helicopters
    are battling the flames"); or the verb before both, no verb of its own after the
    second ("killed five soldiers and three civilians"; not "killed 5 people and 30
    remain in hospital", nor "found 14 survivors and 3 bodies were recovered")."""
    pairs = [
        (f, g)
        for (f, kind), (g, other) in itertools.pairwise(figures)
        if kind is COUNT and other is COUNT and _joined(text, f[1], g[0], joins)
    ]
    # Back along a chain from the verb after it ("80 firefighters and 11 helicopters and 3
    # planes are battling"), then forward from the verb before it.
    ends = {f[0]: e[1] for e, f in itertools.pairwise(f for f, _ in figures)}
    for f, g in reversed(pairs):
        if f not in out and g in said_at and said_at[g] >= g[1]:
            # Only the words since the figure before, or the clause's start, are read:
            # a chain's counts each read their own, not the whole chain's (quadratic).
            lo = max(sentence.clause(f)[0], ends.get(f[0], 0), f[0] - _OPENING_REACH)
            if not _verb_in(text, lo, f[0], verbs_of):
                out[f], said_at[f] = out[g], said_at[g]
    for f, g in pairs:
        if g not in out and f in said_at and said_at[f] < f[0]:
            after = _WORD_AFTER.match(text, g[1])
            if after is None or not _own_verb(after.group(1).lower(), verbs_of):
                out[g], said_at[g] = out[f], said_at[f]


# The word after a figure, past spaces.
_WORD_AFTER = lazy_pattern(r"\s+([^\W\d_]+)")
_WORD = compile_pattern(r"[^\W\d_]+")


def _joined(text: str, end: int, start: int, joins: frozenset[str]) -> bool:
    """Whether the text between two figures is one of ``joins`` between spaces."""
    gap = text[end:start]
    word = gap.strip()
    return word.lower() in joins and gap[:1].isspace() and gap[-1:].isspace()


# How far before a count its clause's opening words are read for a verb.
_OPENING_REACH = 120


def _verb_in(text: str, lo: int, hi: int, verbs_of: VerbWords) -> bool:
    """Whether a verb form stands between ``lo`` and ``hi``: inflected ("found"), not a
    plural noun ("hills") nor a reporting verb ("Officials said 80 firefighters and …")."""
    for m in _WORD.finditer(text, lo, hi):
        word = m.group().lower()
        bases = verbs.bases(word)
        if not bases or word in bases or word in verbs_of.reporting:
            continue
        if nouns.is_noun(word) and nouns.lemma(word) != word:
            continue  # a plural noun: "In the hills 80 firefighters"
        return True
    return False


def _own_verb(word: str, verbs_of: VerbWords) -> bool:
    """Whether the word after a count is a verb of its own ("30 remain in hospital", "3
    women were released"): a common verb's form, or a verb that is neither a stop word
    nor a noun ("like", "last" are none; "near", a verb to WordNet, still is one)."""
    if word in verbs_of.common:
        return True
    return bool(verbs.bases(word)) and word not in verbs_of.stopwords and not nouns.is_noun(word)


class VerbWords(NamedTuple):
    """A language's words for telling a count's own verb (the lexicon's)."""

    common: frozenset[str]
    """Forms of common verbs ("were", "remain": ``COMMON_VERBS``)."""
    reporting: frozenset[str]
    """Reporting verbs ("said"): a reported clause's counts are its subject still."""
    stopwords: frozenset[str]
    """Stop words: none is a count's own verb ("like", "as")."""


def _count_right_after(
    text: str | None, end: int, figures: Sequence[tuple[Span, Kind]]
) -> int | None:
    """Where the first figure after ``end`` starts, if it is a count."""
    k = bisect.bisect_left(figures, ((end, -1),))
    if text is None or k >= len(figures) or figures[k][1] is not COUNT:
        return None
    return figures[k][0][0]


def _verb_between(text: str, f: Span, start: int, end: int, obj: int) -> bool:
    """Whether the count at ``f`` is the subject of an active verb at ``start:end`` whose
    object is the count at ``obj``: the verb right after it, the object right after the
    verb ("Two gunmen killed three men", "Two firefighters rescued 14 walkers")."""
    return not text[f[1] : start].strip() and not text[end:obj].strip()


def _near(figures: Sequence[tuple[Span, Kind]], at: int) -> Sequence[tuple[Span, Kind]]:
    """The figures that may be nearest to offset ``at``: a few either side of it."""
    k = bisect.bisect_left(figures, ((at, at),))
    return figures[max(0, k - 3) : k + 3]


def _reads(kind: Kind, of_count: bool) -> bool:
    if kind is PERCENT:
        return True
    return of_count is (kind in (COUNT, AGE, YEAR, DATE, DURATION))


def scope(text: str, sentence: Sentence, figures: Sequence[Span]) -> dict[Span, Period]:
    """The period that scopes each figure of ``figures`` (spans in the sentence, in order).

    ``figures`` are the figures a period may scope (not years or dates, which
    are periods themselves); they also bound each other: a period is never tied
    across another figure.
    """
    periods, starts = sentence.periods, sentence.period_starts
    if not periods:
        return {}  # nothing to scope with (most sentences of figures alone: tables, lists)
    out: dict[Span, Period] = {}
    tied: set[Period] = set()
    for k, f in enumerate(figures):
        nxt = figures[k + 1][0] if k + 1 < len(figures) else sentence.span[1]
        i = bisect.bisect_left(starts, f[1])
        if i < len(periods):
            p = periods[i]
            if p.start <= min(nxt, f[1] + _TIE_REACH) and _tied(text, f[1], p, sentence):
                out[f] = p
                tied.add(p)
    opener = _opener(text, sentence)
    for k, f in enumerate(figures):
        if f in out:
            continue
        prev = figures[k - 1][1] if k else sentence.span[0]
        floor = max(prev, sentence.clause(f)[0])
        i = bisect.bisect_right(starts, f[0]) - 1
        while i >= 0 and periods[i].end > f[0]:
            i -= 1  # a period overlapping the figure ("2020 census") is not its scope
        # "open in 2029 and have 540 beds": the year is the opening's, not the beds'.  The
        # words between are read last: most periods before a figure fail the tests before.
        if (
            i >= 0
            and periods[i].start >= floor
            and periods[i] not in tied
            and not _across(text, periods[i].end, f[0])
        ):
            p = periods[i]
            if p.year is None and p.part in _PARTS and opener is not None and opener.year:
                p = attrs.evolve(p, year=opener.year)  # "In 2023, Q3 revenue …"
            out[f] = p
        elif opener is not None and opener.end <= f[0]:
            out[f] = opener
        else:
            # A relative period later in the clause, with no figure or conjunction
            # between, scopes it: "pledged £1m to the ICC this year" (not "spent £1m on
            # the school it opened in 2019": a year there belongs to another verb).
            j = bisect.bisect_left(starts, f[1])
            hi = min(_next_start(figures, k, sentence), sentence.clause(f)[1])
            if j < len(periods) and periods[j].end <= hi and periods[j] not in tied:
                relative = periods[j].year is None and periods[j].part not in _PARTS
                if relative and not _stops(text, f[1], periods[j].start):
                    out[f] = periods[j]
    return out


def _gap(text: str) -> re.Pattern[str]:
    """The pattern of :data:`_TIE_GAP`'s matches for ``text``."""
    return _ASCII_TIE_GAP if text.isascii() else _TIE_GAP


def _across(text: str, lo: int, hi: int) -> bool:
    """Whether a conjunction stands between ``lo`` and ``hi``."""
    return any(w.lower() in _CONJUNCTIONS for w in _gap(text).findall(text, lo, hi))


def _stops(text: str, lo: int, hi: int) -> bool:
    """Whether a conjunction or a word of a comparison's base stands between ``lo`` and
    ``hi``."""
    return any(
        w.lower() in _CONJUNCTIONS or w.lower() in _BASES for w in _gap(text).findall(text, lo, hi)
    )


def _next_start(figures: Sequence[Span], k: int, sentence: Sentence) -> int:
    """Where the figure after the ``k``-th starts, or the sentence's end."""
    return figures[k + 1][0] if k + 1 < len(figures) else sentence.span[1]


def _tied(text: str, end: int, p: Period, sentence: Sentence) -> bool:
    """The period ``p`` follows the figure ending at ``end`` after a tie word ("in", "for").

    A few words may stand between ("£3bn in sales in 2023"), never a clause break.
    """
    if any(end <= b_lo < p.start for b_lo, _ in sentence.breaks):
        return False
    words = [w.lower() for w in _gap(text).findall(text, end, p.start)]
    if words and words[-1] in _DETERMINERS:
        words.pop()
    if any(w in _CONJUNCTIONS or w in _BASES for w in words):
        return False  # "600 beds and open in 2027", "down 1,200 since 2015"
    return bool(words) and words[-1] in _TIES and len(words) <= 4


_DETERMINERS = frozenset("the this that its their".split())
_CONJUNCTIONS = frozenset("and or but while which who that when".split())
# Words before a period that make it the base of a comparison, not the figure's time:
# "down 1,200 since 2015", "1,200 fewer than in 2016", "up 42% on 2022".
_BASES = frozenset("since than from on versus vs compared".split())
_TIES = frozenset("in for during over of at by".split())


def _opener(text: str, sentence: Sentence) -> Period | None:
    """A period opening the sentence before a comma: "In 2023, …", "Last year, …"."""
    if not sentence.periods or not sentence.breaks:
        return None
    p, (b_lo, _) = sentence.periods[0], sentence.breaks[0]
    if p.end > b_lo:
        return None  # the first clause break is not after it: the words before are not read
    # Its first three words at most: a lead of two or more (a determiner dropped) is no
    # plain one, whatever follows, and the period may stand far into a long sentence.
    found = itertools.islice(_gap(text).finditer(text, sentence.span[0], p.start), 3)
    lead = [m.group().lower() for m in found]
    if lead and lead[-1] in _DETERMINERS:
        lead.pop()  # "For the third quarter, …"
    plain = not lead or (len(lead) == 1 and lead[0] in _TIES)  # not "Completed in 1932, …"
    if plain and _gap(text).search(text, p.end, b_lo) is None:
        return p
    return None


def named_periods(text: str, sentences: Sequence[Span], lex: Lexicon) -> frozenset[str]:
    """Every part of a year the text names anywhere ("Q3", "H1", "FY"), and every year.

    >>> from claimdiff.lexicon import get_lexicon
    >>> sorted(named_periods("Q3 sales rose. FY2023 ended.", [(0, 14), (15, 28)], get_lexicon()))
    ['2023', 'FY', 'Q3']
    """
    out: set[str] = set()
    for span in sentences:
        padded = " " + lower_in_place(text[span[0] : span[1]])  # as read_sentence reads it
        for p in read_periods(text, span[0], span[1], padded, lex):
            out.update(str(x) for x in (p.year, p.part) if x is not None)
            if p.part is not None and p.part.startswith("FQ"):
                out.add(p.part[1:])  # "the third quarter of the financial year" names Q3
    return frozenset(out)
