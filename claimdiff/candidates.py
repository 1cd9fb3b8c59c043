"""A claim as pairing sees it (:class:`Candidate`), its block, and the lexicon's rules on
predicates and nouns (:class:`Rules`): what :func:`claimdiff.align.score_block` reads.

Split from :mod:`claimdiff.align`, which weighs the evidence; :mod:`claimdiff.prepare`
builds the candidates.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence

import attrs

from claimdiff import nouns
from claimdiff.extract.duration_senses import SENSES
from claimdiff.fields_repr import fields_repr
from claimdiff.lexicon import Lexicon
from claimdiff.model import Claim, Kind
from claimdiff.owners import Owner
from claimdiff.units import convert, dimension

__all__ = [
    "Candidate",
    "Rules",
    "block_of",
    "footing",
    "lemma",
    "representative",
    "unpaired",
    "value_in",
]

_POINTS = frozenset({"point", "percentage point", "pt", "basis point"})


@attrs.frozen
class Candidate:
    """A claim as pairing sees it: the claim, its block, and its evidence."""

    __repr__ = fields_repr  # attrs compiles none (claimdiff.fields_repr)

    claim: Claim
    block: str
    words: frozenset[str]
    """Content words (lemmas) of the claim's sentence and its neighbours."""
    period: str | None
    """The claim's period resolved where it can be ("this year" of a dated text)."""
    position: float = 0.0
    """Where the claim stands in its text, from 0 (start) to 1 (end)."""
    noun: str | None = None
    """What is counted or measured, as written (lower case), where WordNet knows it."""
    local: frozenset[str] = frozenset()
    """Content words (lemmas) between the claim and the figures either side of it."""
    names: frozenset[str] = frozenset()
    """Capitalised words among them, not opening the sentence: "London", "Heathrow"."""
    owner: Owner | None = None
    """The name the figure is said of (:mod:`claimdiff.owners`)."""
    text_names: frozenset[str] = frozenset()
    """Every name of the claim's text (capitalised words not opening a sentence)."""
    own: frozenset[str] = frozenset()
    """Content words (lemmas) of the claim's own words: "women" of "62% of women"."""
    text_words: frozenset[str] = frozenset()
    """Every content word (lemma) of the claim's text."""
    side: str | None = None
    """The side of a vote the figure counts, "for" or "against" (claimdiff.tallies)."""
    expected: bool = False
    """Whether the figure is what forecasters expected (claimdiff.expectations)."""
    event: str | None = None
    """For a year, the verb naming its event ("opened" in 1898), where read
    (claimdiff.year_events)."""
    bound: str | None = None
    """For a date, whether it says when a thing begins or ends ("from 1 August", "closes
    on 24 August"), where read (claimdiff.date_bounds)."""
    after: frozenset[str] = frozenset()
    """For an age, the words (lemmas) after it that follow a possessive ("her", "his"): a
    kin word there is someone else's ("a 58-year-old woman … that killed her husband")."""
    part: str | None = None
    """For an age, its person's part in the story, a suspect's or someone harmed's
    ("has been charged", "was stabbed"), where read (claimdiff.age_parts)."""
    day_part: str | None = None
    """For a day of the week, the time or part of the day said with it ("9.40pm on
    Saturday", "Sunday evening"), where read (claimdiff.weekday_ties)."""
    tense: str | None = None
    """For a date or a day of the week, its clause's tense, "past" or "future", where
    read (claimdiff.tenses)."""
    aimed: bool = False
    """Whether the figure is a target, what was aimed at (claimdiff.targets)."""
    unknown_noun: str | None = None
    """For a count, the lemma of the noun written with it that WordNet does not know
    ("four spacewalks": spacewalk): the same such word in both texts speaks for a pair,
    a different one never against it (claimdiff.align)."""
    year_said: int | None = None
    """For a day with no year written, the year said right after it, counted from its
    report's own: −1 "on October 14 last year", 1 "next year" (claimdiff.said_years)."""
    told: bool = False
    """For a date or a day of the week, whether it is when something was said ("police
    said on Monday", "announced on March 12"; claimdiff.weekday_ties.told)."""
    counted: bool = False
    """For a date, whether it is a day of the week its report counted from the day it was
    written ("last Saturday": claimdiff.weekday_dates)."""

    @property
    def role_words(self) -> frozenset[str]:
        """The words that say whose or which figure it is: its own and its neighbours'."""
        return self.local | self.own


def footing(c: Candidate) -> int:
    """What a figure states: 0 what happened, 1 what forecasters expected
    (claimdiff.expectations), 2 what was aimed at (claimdiff.targets).  Figures of two
    footings are two facts."""
    return 1 if c.expected else 2 if c.aimed else 0


def lemma(noun: str | None) -> str | None:
    """The lemma of a counted noun (WordNet's morphy), or None.

    >>> lemma("factories"), lemma("children"), lemma(None)
    ('factory', 'child', None)
    """
    if noun is None:
        return None
    return nouns.lemma(noun.lower())


def block_of(claim: Claim) -> str | None:
    """The dimension a claim is compared in, or None for claims never paired here.

    >>> from claimdiff import extract
    >>> [block_of(c) for c in extract("12 miles and 19 km, $5m and €4m, 40 countries")]
    ['measure [length]', 'measure [length]', 'money', 'money', 'count']
    """
    if claim.quantity is None or claim.kind is Kind.QUOTE:
        return None
    if claim.ordinal:
        # "the fourth outbreak" meets "the fifth", never "five outbreaks"; a rank ("the
        # second-largest lender") never meets a place in a series ("its third acquisition").
        return f"ordinal {claim.unit}"
    if claim.kind is Kind.COUNT:
        q = claim.quantity
        if q.value is not None and 0 < abs(q.value) < 1 and not claim.noun:
            return None  # a fraction on its own ("a half", "a third"): no count of anything
        return "points" if lemma(claim.noun) in _POINTS else "count"
    if claim.kind is Kind.MEASURE and claim.unit:
        return "measure " + str(dimension(claim.unit))
    if claim.kind is Kind.RATE:
        return f"rate {claim.unit}"
    if claim.weekday:
        return "weekday"  # "on Tuesday" has no place in the calendar to meet "5 March" at
    if claim.clock:
        return "time of day"  # "2.20pm" is no day
    if claim.kind is Kind.DURATION and claim.ago:
        return "duration ago"  # "35 years ago" is when, not how long
    if claim.kind is Kind.DURATION and claim.predicate in SENSES:
        # "two years late" is no rival to "took five years" (claimdiff.extract.duration_senses)
        return f"duration {claim.predicate}"
    return str(claim.kind.value)


# A financial result and its opposite, as the lexicon's classes name them: one fact told
# two ways round ("made a loss of £3m", "made a profit of £3m"), judged a conflict
# (claimdiff.verdict).
OPPOSED_METRICS = frozenset({"loss", "profit"})


@attrs.frozen(eq=False)  # never compared: attrs writes no __eq__ nor __hash__
class Rules:
    """The lexicon's say on predicates: which classes may name one fact, which are metrics,
    which are tolls of people or things (the classes of counts)."""

    __repr__ = fields_repr  # attrs compiles none (claimdiff.fields_repr)

    related: tuple[frozenset[str], ...] = ()
    metrics: frozenset[str] = frozenset()
    counts: frozenset[str] = frozenset()
    event_nouns: frozenset[tuple[str, str]] = frozenset()
    """(class, noun lemma) of the nouns among a count class's words: ("deaths", "body")."""
    wordnet: bool = True
    """Counted nouns are WordNet's (English); elsewhere only their written forms are compared."""
    years_through_figures: bool = False
    """Pair the same figure given two different years (compare() does; check() and
    reconcile keep a fact's year part of it)."""
    light_verbs: frozenset[str] = frozenset()
    """Verbs that name no event of their own ("became", "got", "said"): no evidence that
    two years are one event's."""
    far_counts_apart: bool = False
    """Counts an order of magnitude apart are two facts (compare() reads two reports so;
    check() keeps them, as an output's figure far off its source's is an error, and so
    does reconcile, where one report far off the others is the outlier)."""
    years_by_event: bool = False
    """Where a text gives several years, read each one's event and keep years of two
    events apart (claimdiff.year_events): compare() does, in English; check() and
    reconcile pair years as before."""
    beginnings: frozenset[str] = frozenset()
    """Verbs that date when a thing came to be ("built", "opened", "founded"): a year of
    each may be one event's (claimdiff.year_events)."""
    nested_periods: frozenset[str] = frozenset()
    """Periods counted from when a text was written that lie one within another ("this
    month", "this year"): figures of two of them are not kept apart (claimdiff.periods)."""
    endings: frozenset[str] = frozenset()
    """Verbs of a thing's end ("closed", "split"): a year of one and a year of a
    beginning are two events, whatever else the texts give (claimdiff.year_events)."""
    change_ends: bool = False
    """A change's ends ("from 19% to 25%") are read surely enough to keep apart."""
    change_words: frozenset[str] = frozenset()
    """Words of change ("rose", "fell", "a rise"): a figure's direction, judged by the
    verdict, never what ties it to one figure of the other text (claimdiff.anchors)."""
    vote_words: frozenset[str] = frozenset()
    """Words of voting ("votes", "ballots"): a count of them counts the voters."""
    tolls: frozenset[str] = frozenset()
    """Count classes that are tolls of an event: what befell those counted."""
    standing: frozenset[str] = frozenset()
    """Count classes of a standing total, not of an event ("customers", "population")."""
    yielding: frozenset[str] = frozenset()
    """Count classes that differ from a toll only ("deployment": who was sent)."""
    general_nouns: Mapping[str, frozenset[str] | None] = attrs.field(factory=dict, hash=False)
    """Lemmas of general nouns ("sites", "services") that may count what another text
    names, with the classes they may stand for (:mod:`claimdiff.general_nouns`)."""
    apart_whoever: frozenset[frozenset[str]] = frozenset()
    """Pairs of classes that stay apart though one was read from a count's own noun."""
    age_kin: tuple[frozenset[str], ...] = ()
    """Classes that name one person's part in one story, for ages only ("arrests",
    "charges": the suspect arrested is the one charged).  compare() reads two reports so;
    check() and reconcile keep them apart, as an output that turns an arrest into a charge
    changes the fact."""
    age_parts: bool = False
    """Whether two ages of two parts in the story (claimdiff.age_parts: "was stabbed",
    "has been charged") are two people's; compare() reads them so."""
    nouns_apart: bool = True
    """Whether two counts' nouns WordNet files apart forbid their pair unless the figures
    agree (:func:`claimdiff.block_evidence.one_count_two_nouns`); compare() lifts it for
    the counts left over (:func:`claimdiff.leftovers.counts_named_apart`)."""
    who_clashes: bool = True
    """Whether a count's class read from its own noun naming who is counted
    (:attr:`.Claim.predicate_of_noun`: "42 residents", population) forbids a pair as
    any class does; compare() reads it as saying who, not what befell them, and lets it
    forbid only with a toll."""

    @classmethod
    def of(cls, lex: Lexicon) -> Rules:
        """The rules of a lexicon."""
        wordnet = bool(lex.WORDNET_NOUNS)
        events = frozenset(
            (cls_, nouns.lemma(w))
            for cls_, words in lex.COUNT_PREDICATES.items()
            for w in words
            if wordnet and " " not in w and cls_ in lex.TOLLS
        )
        return cls(
            tuple(lex.RELATED),
            frozenset(lex.METRICS),
            frozenset(lex.COUNT_PREDICATES),
            events,
            wordnet,
            light_verbs=frozenset(lex.LIGHT_VERBS),
            beginnings=frozenset(lex.BEGINNING_VERBS),
            endings=frozenset(lex.ENDING_VERBS),
            nested_periods=frozenset(lex.NESTED_PERIODS),
            change_ends=bool(lex.CHANGE_ENDS),
            change_words=frozenset(
                w
                for table in ("UP_BEFORE", "DOWN_BEFORE", "UP_AFTER", "DOWN_AFTER")
                for w in getattr(lex.direction, table, ())
            ),
            vote_words=frozenset(lex.VOTE_WORDS),
            tolls=frozenset(lex.TOLLS),
            standing=frozenset(lex.STANDING_COUNTS),
            yielding=frozenset(lex.YIELDING_PREDICATES),
            general_nouns=dict(lex.GENERAL_COUNT_NOUNS),
            apart_whoever=frozenset(lex.APART_WHOEVER),
        )

    def noun_similarity(self, a: str, b: str) -> float:
        """How alike two counted nouns are: WordNet's similarity, or their written forms'."""
        return nouns.similarity(a, b) if self.wordnet else nouns.written_alike(a, b)

    def kin(self, a: str, b: str, kind: Kind | None = None) -> bool:
        """Whether two predicates may name one fact: the same, or kin ("budget", "cost"),
        or a result and its opposite ("loss", "profit": a loss of £3m is no profit of
        £3m, and the verdict says so); for ages (``kind``), also two parts of one person's
        story ("arrests", "charges")."""
        if a == b or any(a in r and b in r for r in self.related):
            return True
        if kind is not Kind.AGE and {a, b} == OPPOSED_METRICS:
            return True
        return kind is Kind.AGE and any(a in r and b in r for r in self.age_kin)

    def kinship(self, a: str, b: str, kind: Kind | None = None) -> float:
        """1 for one predicate, 0.5 for two that may name one fact ("budget", "cost"), else 0."""
        if a == b:
            return 1.0
        return 0.5 if self.kin(a, b, kind) else 0.0

    def clash(self, kind: Kind, a: str | None, b: str | None) -> bool:
        """Whether predicates ``a`` and ``b`` of two claims of ``kind`` say they differ.

        Counts and ages of different predicates differ ("killed", "injured"), and so
        do percentages of them ("deaths rose 5%", "injuries rose 9%"); amounts differ
        only as two different financial metrics ("revenue", "profit").
        """
        if not a or not b or self.kin(a, b, kind):
            return False
        firm = self.tolls | self.standing
        if (a in self.yielding and b not in firm) or (b in self.yielding and a not in firm):
            # "officers on duty" may be those a poll says "took part"; never a standing
            # total: "About 60 firefighters were called to" a firm that "employs 45 people".
            return False
        if kind in (Kind.COUNT, Kind.AGE):
            return True
        if kind is Kind.PERCENT and a in self.counts and b in self.counts:
            return True
        return a in self.metrics and b in self.metrics

    def same_thing(self, a: Candidate, b: Candidate) -> bool:
        """Whether two claims name the same thing: kin predicates, or close nouns."""
        pa, pb = a.claim.predicate, b.claim.predicate
        if pa and pb and self.kin(pa, pb):
            return True
        if a.noun and b.noun:
            return self.noun_similarity(a.noun, b.noun) >= nouns.SAME_THING
        return False


def own_words(cands: Sequence[Candidate]) -> list[frozenset[str]]:
    """Each candidate's words of its own: those around it less the names, which stand
    beside every figure of their story ("Ruth Kemble", "the Varna Valley")."""
    return [c.local - c.names for c in cands]


def unpaired(cands: Sequence[Candidate], matched: Collection[int]) -> list[int]:
    """The indices of ``cands`` not among ``matched``, in order: what is left to pair."""
    return [i for i in range(len(cands)) if i not in matched]


def representative(claim: Claim) -> float:
    """One value standing for a claim: its stated figure, else the middle of its interval."""
    q = claim.quantity
    assert q is not None
    if q.value is not None:
        return abs(q.value)
    lo, hi = q.interval
    if lo is not None and hi is not None:
        return math.sqrt(max(abs(lo), 1e-9) * max(abs(hi), 1e-9))
    return abs(lo if lo is not None else hi if hi is not None else 0.0)


def value_in(claim: Claim, unit: str) -> float:
    """The claim's representative value in ``unit`` (nan where it cannot be converted)."""
    q = claim.quantity
    assert q is not None
    converted = convert(q, unit) if q.unit else None
    if converted is None:
        return float("nan")
    return representative(attrs.evolve(claim, quantity=converted))
