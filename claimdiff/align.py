"""Pairing: which claim of one text states the same fact as which of the other.

Structure first, then evidence (docs/compare.md states every rule):

1. **Blocks.** Claims are candidates only within one dimension: money (any
   currency), one pint dimensionality, percentages, percentage points, counts,
   durations, dates, ages, years, and exchange rates of one pair of currencies.
2. **Evidence against** forbids a pair outright: counts of different classes of
   thing (:mod:`claimdiff.nouns`), different predicates where both are known
   ("killed" and "injured"; for amounts, two different financial metrics),
   different periods where both are known ("2022" and "2023", "Q2" and "Q3"),
   amounts per different things ("$50 a month", "$50 a user"), years of two
   events (:mod:`claimdiff.year_events`), and in compare() counts an order of
   magnitude apart with no predicate in common.
3. **Evidence for** ranks the allowed pairs: what is counted or measured, the
   predicate, the words of the clause and its neighbours, the period, the source
   and the position in the text, and the same figure written in both.  How close
   two different figures are never decides whether they pair (but for counts ten
   times apart, above); it only breaks ties between candidates of equal evidence.
4. **Assignment**, one to one, in :mod:`claimdiff.assignment`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import numpy as np

from claimdiff import nouns
from claimdiff.anchors import anchors, exchanged, opposites
from claimdiff.block_evidence import (
    JITTER,
    LARGE_GROUP,
    SYNONYM_CELLS,
    distinctive,
    far_apart_counts,
    far_apart_lengths,
    footings_apart,
    names_event,
    offsets_apart,
    one_count_two_nouns,
    one_event,
    one_kind_counted,
    only_people_counted,
    owners,
    rarely_one,
    senses_apart,
    squash,
    symmetric_jitter,
)
from claimdiff.candidates import (
    Candidate,
    Rules,
    block_of,
    footing,
    lemma,
    own_words,
    representative,
    value_in,
)
from claimdiff.compound_counts import acts_on_counted, sorts_of_one_thing
from claimdiff.date_slips import far_days, single_days
from claimdiff.earlier_levels import earlier_levels_apart
from claimdiff.general_nouns import named_generally
from claimdiff.model import CHANGE_ENDS, Kind
from claimdiff.noun_swaps import swapped_nouns
from claimdiff.periods import bare_years, months_apart, same_period
from claimdiff.said_years import other_years
from claimdiff.tallies import MARGIN
from claimdiff.word_matrices import (
    both_known,
    differ,
    jaccard,
    per_apart,
    per_factors,
    soft_overlap,
    table,
)
from claimdiff.year_events import (
    beginning_and_end,
    both_beginnings,
    one_event_read,
    one_verb,
)
from claimdiff.year_slips import far_years, one_left

__all__ = [
    "FORBIDDEN",
    "Candidate",
    "Rules",
    "block_of",
    "lemma",
    "representative",
    "same_figure",
    "same_figures",
    "same_period",
    "score_block",
    "year_bounds",
]

# Weights of the evidence; what is counted and what is said of it weigh most.
W_NOUN, W_PREDICATE, W_PERIOD, W_SOURCE, W_POSITION = 0.3, 0.3, 0.1, 0.05, 0.05
# Names around a figure ("London", "the Met") say whose figure it is; a shared
# direction ("rose", "climbed") is a small sign of one change.
W_NAMES, W_DIRECTION = 0.15, 0.05
# The words between a figure and its neighbours weigh more than those of the sentences around.
W_LOCAL, W_CONTEXT = 0.15, 0.1
# Value breaks near ties only: evidence this close is noise (a shared word more or
# less, a figure's place in its text), and between such candidates the closer figure
# is more likely the same fact.  It never decides whether two claims pair.
_VALUE_TIE = 0.05
# Words around two amounts that are near-synonyms (WordNet similarity 0.85 and up): a
# small weight, a third of a figure's own words, since a near-synonym is a weaker sign
# than a shared word and on the money pairs more weight paired wrong amounts.
W_SYNONYM = 0.05
# Two figures said of one name ("Tesco reported a 4.1% rise", "Tesco managed 2.8 per
# cent") are as like as two of one predicate; of two names both texts give, never one fact.
W_OWNER = 0.3
# A word beside one figure only in each text ties the two (claimdiff.anchors): a little
# more than a shared word.  Two figures each tied elsewhere lose about what one
# predicate gives, so that a swap ("nurses 5.5%, doctors 8.1%" against "doctors 5.5%,
# nurses 8.1%") outweighs the same figure; evidence of their own (a predicate, a noun)
# still pairs them.  Forbidding such pairs outright lost the pairs whose setting words
# ("at the final", "the museum") stand by another figure.
W_TIED, W_CROSSED = 0.1, 0.3
# The same figure in both texts is a shared word, often the only one (docs/compare.md).
W_SAME_FIGURE = 0.15
# A day inside the other's span of days: half the same figure's weight, so that the same
# day still wins ("4 October" meets "October 4" before "2 to 6 October" does).
W_WITHIN_SPAN = W_SAME_FIGURE / 2
_SAME_FIGURE = 1e-6  # relative: one reading, not two close ones
# Facts of time that need words in common to pair (see score_block).
_EVENT_TIMES = frozenset({Kind.DATE, Kind.YEAR, Kind.DURATION})
# Points in time of events, whose verbs say which event ("opened in 2004").
_POINTS_OF_EVENTS = frozenset({Kind.YEAR, Kind.DATE})
# Figures that may be a change's ends or its size ("from $40m to $50m", "by 12%").
_AMOUNTS = frozenset({Kind.MONEY, Kind.PERCENT, Kind.COUNT, Kind.MEASURE})
# Figures one length of which may be written in two units ("18 months", "a year and a half").
_LENGTHS = frozenset({Kind.DURATION, Kind.MEASURE})
# Figures whose nearness is a difference, not a ratio.
_POINTS_IN_TIME = frozenset({Kind.YEAR, Kind.DATE, Kind.AGE})
# Noun similarity below this is no evidence for a pairing (see score_block): nouns of
# one class of thing only (nouns.SAME_THING), so that one noun in both texts outweighs
# two of one class and the same figure ("40 teachers and 15 counsellors" against "15
# extra teachers and 40 school counsellors": two conflicts, not two agreements).
_NOUN_FLOOR = nouns.SAME_THING
_AMOUNT_NOUN_FLOOR = 0.85
# A forbidden pair scores this: below every allowed one.
FORBIDDEN = -1.0
"""The score of a pair evidence forbids."""
# Rules of no lexicon: no predicates are kin, nouns through WordNet.
_PLAIN = Rules()


def _one_day(a: Sequence[Candidate], b: Sequence[Candidate], rules: Rules) -> np.ndarray:
    """Which pairs of days of the week are tied to one event though the days differ
    (claimdiff.weekday_ties): verbs of one event, or the same time or part of the day
    said with each where their clauses share a word and no verbs of two events are read;
    and no two tenses."""
    parts_a, parts_b = [x.day_part for x in a], [y.day_part for y in b]
    same_part = table(parts_a, parts_b, lambda u, v: float(u == v)) > 0
    one, two = _one_and_two_events(a, b, rules)
    shared = jaccard([x.local for x in a], [y.local for y in b]) > 0
    tie = (both_known(parts_a, parts_b) & same_part & ~two & shared) | one
    if len(a) == len(b) == 1:
        # The one day each report gives is one event's where the two clauses name one
        # place or party, or both are days something was said on, and nothing reads two
        # events: no verbs of two, no beginning against an end, and both or neither a day
        # said on ("ran aground off Yell on Tuesday evening", "struck rocks near Yell late
        # on Wednesday"; "the company announced on Tuesday", "Apple said on Wednesday";
        # not "crashed near Bodmin on Saturday", "Bodmin police said on Monday").
        x, y = a[0], b[0]
        named = bool(x.names & y.names) or (x.told and y.told)
        tie |= named & ~two & (x.bound == y.bound) & (x.told == y.told)
    return np.asarray(tie & ~differ([x.tense for x in a], [y.tense for y in b]))


def _one_and_two_events(
    a: Sequence[Candidate], b: Sequence[Candidate], rules: Rules
) -> tuple[np.ndarray, np.ndarray]:
    """Which pairs have events, both read, that may be one (:func:`one_events`), and which
    have events, both read, that may not: each pair of events asked once."""
    one = one_events(a, b, rules)
    known = both_known([x.event for x in a], [y.event for y in b])
    return one, np.asarray(known & ~one)


def _year_events(
    a: Sequence[Candidate], b: Sequence[Candidate], relation: Callable[[str, str], bool]
) -> np.ndarray:
    """Which pairs of years have events, both read (claimdiff.year_events), that
    ``relation`` holds between; each two distinct events are asked once."""
    ev_a, ev_b = [x.event for x in a], [y.event for y in b]
    held = table(ev_a, ev_b, lambda u, v: float(relation(u, v))) > 0
    return np.asarray(both_known(ev_a, ev_b) & held)


# A span of years this long or longer is a century ("the 19th century", "the 1800s").
_CENTURY_SPAN = 99


def centuries_apart(a: Sequence[Candidate], b: Sequence[Candidate]) -> np.ndarray:
    """Which pairs of years hold a century on one side and a year or span on the other
    that does not overlap it ("a 16th-century bronze", "the 1887 raid")."""
    lo_a, hi_a = year_bounds(a)
    lo_b, hi_b = year_bounds(b)
    wide_a, wide_b = hi_a - lo_a >= _CENTURY_SPAN, hi_b - lo_b >= _CENTURY_SPAN
    disjoint = (hi_a[:, None] < lo_b[None, :]) | (hi_b[None, :] < lo_a[:, None])
    return np.asarray((wide_a[:, None] | wide_b[None, :]) & disjoint)


def year_bounds(cands: Sequence[Candidate]) -> tuple[np.ndarray, np.ndarray]:
    """Each year's first and last year (nan where unknown): one year where they are equal."""
    lows, highs = [], []
    for c in cands:
        q = c.claim.quantity
        lo = q.low if q is not None and q.low is not None else math.nan
        hi = q.high if q is not None and q.high is not None else math.nan
        lows.append(lo)
        highs.append(hi)
    return np.array(lows, dtype=float), np.array(highs, dtype=float)


def one_events(a: Sequence[Candidate], b: Sequence[Candidate], rules: Rules) -> np.ndarray:
    """Which pairs of years have events, both read, that may be one
    (:func:`claimdiff.year_events.one_event_read`): "opened in 1898" and "first opened
    to the public in 1912", two records' "since 2001" and "since 2020"."""
    return _year_events(a, b, lambda u, v: one_event_read(u, v, rules))


def score_block(
    a: Sequence[Candidate],
    b: Sequence[Candidate],
    rules: Rules = _PLAIN,
    penalty: np.ndarray | None = None,
    same: np.ndarray | None = None,
) -> np.ndarray:
    """The evidence (0-1) for every pair of one block; forbidden pairs score -1.

    Features are compared once per distinct value (nouns, predicates,
    periods) and broadcast, so the cost is one pass over the matrix.
    ``penalty`` (same shape) is taken off allowed pairs: money in currencies
    with no rate between them.  ``same``: :func:`same_figures` of the block, where the
    caller has it already.
    """
    kind = a[0].claim.kind if a else Kind.COUNT
    nouns_a, nouns_b = [x.noun for x in a], [y.noun for y in b]
    noun_sim = table(nouns_a, nouns_b, rules.noun_similarity)
    known = both_known(nouns_a, nouns_b)
    # Only close nouns are evidence: any two artifacts share an ancestor, and a
    # Wu-Palmer score of 0.6 says little more than that.  What an amount is of is
    # often read from the words before it ("rise", "commuters"), so there only
    # near-synonyms count.
    floor = _NOUN_FLOOR if kind is Kind.COUNT else _AMOUNT_NOUN_FLOOR
    close = np.clip((noun_sim - floor) / (1.0 - floor), 0.0, 1.0)
    total = W_NOUN * np.where(known, close, 0.0)
    if kind is Kind.COUNT:
        # A word WordNet does not know, written with both figures, is one thing counted
        # ("four spacewalks", "completed three spacewalks"); two such words say nothing.
        unknown_a, unknown_b = [x.unknown_noun for x in a], [y.unknown_noun for y in b]
        total += W_NOUN * table(unknown_a, unknown_b, lambda u, v: float(u == v))
    preds_a, preds_b = [x.claim.predicate for x in a], [y.claim.predicate for y in b]
    same_pred = table(preds_a, preds_b, lambda u, v: rules.kinship(u, v, kind))
    total += W_PREDICATE * np.where(both_known(preds_a, preds_b), same_pred, 0.0)
    total += W_CONTEXT * np.sqrt(jaccard([x.words for x in a], [y.words for y in b]))
    local = jaccard([x.local for x in a], [y.local for y in b])
    total += W_LOCAL * np.sqrt(local)
    if kind is Kind.MONEY and len(a) * len(b) <= SYNONYM_CELLS:
        # What an amount is for is often named by two near-synonyms ("the education
        # budget", "schools and universities get"): a little evidence where no word is
        # shared.  Comparing every word with every word is quadratic in the words, so
        # only in blocks of the size two reports give.
        soft = soft_overlap([x.local for x in a], [y.local for y in b])
        total += W_SYNONYM * (soft & (local == 0))
    total += W_NAMES * np.sqrt(jaccard([x.names for x in a], [y.names for y in b]))
    weekdays = bool(a and b and a[0].claim.weekday)
    events = one_event(a, b, rules.light_verbs) if kind in _POINTS_OF_EVENTS else None
    # Which years lie too far apart for one event misdated (claimdiff.year_slips).
    by_years = kind is Kind.YEAR and rules.years_by_event
    bounds = (year_bounds(a), year_bounds(b)) if by_years else None
    far = far_years(*bounds[0], *bounds[1]) if bounds is not None else None
    if events is not None:
        # The verb a year belongs to is its predicate: "opened in 2004" and "first opened
        # to the public in 2012" are one event, "gained its new wing in 2004" another.
        if far is not None:
            # Two beginnings not far apart are one event however worded: "founded in
            # 1889", "formed in 1898" (docs/compare.md, "Two events' years").
            starts = _year_events(a, b, lambda u, v: both_beginnings(u, v, rules))
            events = events | (starts & ~far)
        total += W_PREDICATE * (events & ~both_known(preds_a, preds_b))
    same_owner, other_owner = owners(a, b)
    if weekdays and len(a) > 1 and len(b) > 1:
        # Several days each: whose day it is, where both name one, parts two events'
        # days ("Leeds play Hull on Saturday", "Hull host Leeds on Sunday").
        same_owner[:] = False
    elif kind in (Kind.AGE, Kind.SCORE) or weekdays:
        # Whose age it is is its noun ("her daughter, 78"), not the sentence's name; a
        # score is both sides' ("The Celtics edged the Knicks 112-108", "Boston held off
        # New York 112-108"); the one day of the week a text gives is the story's,
        # whoever its sentence names ("hit a tree near Bodmin on Saturday night",
        # "Police were called … on Saturday").
        same_owner[:], other_owner[:] = False, False
    elif kind is Kind.DURATION:
        # The lengths of time a report gives of one person are all theirs ("took £90,000
        # over a four-year period", "sentenced to six years"): one name says nothing of
        # which length it is, where two names both texts give still part two people's
        # terms ("Daniel Marsh was jailed for five years and Owen Marsh for three") when
        # each text gives several.
        same_owner[:] = False
        if len(a) < 2 or len(b) < 2:
            other_owner[:] = False
    total += W_OWNER * same_owner
    dir_a = np.array([str(x.claim.direction or "") for x in a], dtype=object)
    dir_b = np.array([str(y.claim.direction or "") for y in b], dtype=object)
    total += W_DIRECTION * ((dir_a[:, None] == dir_b[None, :]) & (dir_a[:, None] != ""))
    periods_a, periods_b = [x.period for x in a], [y.period for y in b]
    nested = rules.nested_periods
    apart = table(periods_a, periods_b, lambda u, v: float(not same_period(u, v, nested))) > 0
    total += W_PERIOD * (both_known(periods_a, periods_b) & ~apart)
    src_a = np.array([(x.claim.source or "").lower() for x in a], dtype=object)
    src_b = np.array([(y.claim.source or "").lower() for y in b], dtype=object)
    total += W_SOURCE * ((src_a[:, None] == src_b[None, :]) & (src_a[:, None] != ""))
    pos_a = np.array([x.position for x in a])
    pos_b = np.array([y.position for y in b])
    total += W_POSITION * (1.0 - np.abs(pos_a[:, None] - pos_b[None, :]))
    va = np.array([representative(x.claim) for x in a])
    vb = np.array([representative(y.claim) for y in b])
    if kind in _POINTS_IN_TIME:
        # Years, dates and ages are near when few units apart (2031 is nearer 2031
        # than 2029 is), whatever their size.
        closeness = 1.0 / (1.0 + np.abs(va[:, None] - vb[None, :]))
    else:
        # Amounts per lengths of time, per one ("A$10,000 a day" is near "A$100,000 a
        # week", not "A$420,000"; claimdiff.per_time).
        ma = va[:, None] * per_factors(
            [x.claim.per for x in a], [y.claim.per for y in b], working=kind is Kind.MONEY
        )
        with np.errstate(divide="ignore", invalid="ignore"):
            closeness = np.exp(-np.abs(np.log10((ma + 1e-9) / (vb[None, :] + 1e-9))))
    total += _VALUE_TIE * closeness
    # "£1.4m" and "£1.4 million" paid in 2009, beside "£2.75m" and "£2.57 million".
    same = same_figures(a, b) if same is None else same
    total += W_SAME_FIGURE * same
    if kind is Kind.DATE:
        # A day inside the other's span of days is half as good as the same figure: "on
        # Feb. 28" and "at the end of February", beside "on March 3" and "began March 13";
        # "4 October" still meets "October 4" before "2 to 6 October" does.
        total += W_WITHIN_SPAN * days_within(a, b)
    names = (a[0].text_names | b[0].text_names) if a and b else frozenset()
    tied, crossed = anchors([x.local for x in a], [y.local for y in b], names | rules.change_words)
    # Whose figure it is, where both texts name it, outweighs the words beside it:
    # "South Korea's exports rose 5.2%" against "North Korea's exports rose 5.2%".
    total += W_TIED * tied - W_CROSSED * (exchanged(tied, crossed, same) & ~same_owner)
    if penalty is not None:
        total -= penalty
    bad = np.zeros(total.shape, dtype=bool)
    # "180 passengers and 6 crew" against "180 crew and 6 passengers": each noun's counts
    # are one fact, the same figures of two nouns none (claimdiff.noun_swaps).
    if kind is Kind.COUNT and rules.wordnet:
        swapped_figures, swapped_back = swapped_nouns(a, b, same)
        bad |= swapped_figures
    else:
        swapped_back = np.zeros(total.shape, dtype=bool)
    if kind is Kind.COUNT and rules.far_counts_apart:
        # Counts an order of magnitude apart are two facts unless both state one event
        # ("arrested 12 people", "150 people had been arrested"; "damaged 30 homes",
        # "400 homes"): of a standing total's class they are a part and its whole ("the
        # breach hit about 90,000 accounts", "its 14 million customers").
        standing = (
            table(preds_a, preds_b, lambda u, v: float(u in rules.standing or v in rules.standing))
            > 0
        )
        one_event_class = both_known(preds_a, preds_b) & (same_pred >= 1.0) & ~standing
        bad |= far_apart_counts(a, b, va, vb) & ~one_event_class & ~swapped_back
    if kind is Kind.COUNT and rules.wordnet:
        # A count whose noun is its predicate's event ("6 deaths", "11 arrests") counts
        # what the other text counts by that predicate ("Six patients died", "Eleven
        # supporters were arrested"); a shared predicate alone ("affected") says nothing.
        event_a = np.array([names_event(x, rules) for x in a], dtype=bool)
        event_b = np.array([names_event(y, rules) for y in b], dtype=bool)
        events = (same_pred >= 1.0) & (event_a[:, None] | event_b[None, :])
        # Nouns that may name one thing in a rarer sense ("jobs", "positions") are not
        # known to differ: nothing forbids their pair, and nothing speaks for it.
        rare = table(nouns_a, nouns_b, lambda u, v: float(rarely_one(u, v)))
        # People named by two roles ("12,000 nurses", "12,000 union members") with the
        # same figure are one group counted twice; with different figures two groups.
        people = (
            table(nouns_a, nouns_b, lambda u, v: float(nouns.both_people(u, v)))
            if same.any()
            else np.zeros(same.shape)
        )
        large = (va >= LARGE_GROUP)[:, None]
        people_a = np.array([n is not None and nouns.is_people(n) for n in nouns_a], dtype=np.bool_)
        people_b = np.array([n is not None and nouns.is_people(n) for n in nouns_b], dtype=np.bool_)
        anyone = np.logical_or(people_a[:, None], people_b[None, :])
        # A distinctive figure names one thing across words of one kind, people and
        # their groups included ("A crowd of 36,412", "36,412 supporters"), never across
        # kinds ("1001 homes", "1001 soldiers").
        kin = table(nouns_a, nouns_b, lambda u, v: float(nouns.same_kind(u, v))) > 0
        distinct = distinctive(va)[:, None] & kin
        one_group = same & (((people > 0) & (large | anyone)) | distinct)
        one_group |= only_people_counted(a, b)
        # One side of one vote is one count, of voters or their votes: "212 votes" and
        # "212 deputies backed" (claimdiff.tallies); never "250 letters supporting".
        voters_a = np.array([_voters(x.noun, rules) for x in a], dtype=bool)
        voters_b = np.array([_voters(y.noun, rules) for y in b], dtype=bool)
        one_side = (
            table([x.side for x in a], [y.side for y in b], lambda u, v: float(u == v)) > 0
        ) & (voters_a[:, None] & voters_b[None, :])
        # One count named two ways ("16,400 homes", "16,000 properties"), not two sorts of
        # one thing ("45 comedy shows", "45 comedy venues"; claimdiff.compound_counts).
        general = named_generally(a, b, rules.general_nouns)
        general &= ~sorts_of_one_thing(a, b, general)
        apart_nouns = (
            known
            & (noun_sim < nouns.SAME_THING)
            & ~(rare > 0)
            & ~one_kind_counted(nouns_a, nouns_b, va, vb)
            & ~general
            & ~events
            & ~one_group
            & ~one_side
        )
        if a and a[0].claim.ordinal:
            # One place in a series named two ways is one fact: "the 77th Cannes Film
            # Festival", "its 77th edition"; "A third person has died", "a third death".
            apart_nouns &= ~same
        if rules.nouns_apart:
            # "23 elephant births" counts elephants (claimdiff.compound_counts).
            apart_nouns &= ~acts_on_counted(a, b)
            bad |= apart_nouns & ~one_count_two_nouns(a, b, apart_nouns)
    elif kind is Kind.COUNT:
        # Without a noun resource, two nouns written differently may still name one
        # thing ("Menschen", "Todesopfer"): only kin predicates say so.
        bad |= known & (noun_sim < nouns.SAME_THING) & ~(same_pred > 0)
    if kind is Kind.DURATION:
        # "nearly three decades in prison" and "the two-day hearing": lengths of time an
        # order of magnitude apart, written in two units, are two things' (a slip of the
        # pen keeps its unit: "20 years", "two years").
        # An offset or a hold-up and a length of another sense far apart are two facts
        # too ("two days earlier", "adrift for about seven hours").
        far = far_apart_lengths(a, b) | offsets_apart(a, b)
        if far.any() and len(a) == len(b) == 1:
            # The one length of each report, the same number in two units said with words
            # of their own in common, is one length misreported: "closed for four hours" /
            # "closed for four weeks".  Among several, another length of the unit is its.
            written = same_figure(va, vb)
            own = jaccard(own_words(a), own_words(b)) > 0
            far &= ~(written & own)
        # Some senses never meet, however alike, not even as each text's one length:
        # "completed two years late", "took two years to build" (docs/compare.md,
        # "Hold-ups").
        bad |= far | senses_apart(a, b)
    # Which days lie far apart, which of those are slips of the pen, and which the same
    # day of another month (claimdiff.date_slips); and which have events read that may be
    # one, and which two.
    days_apart = far_days(a, b) if kind is Kind.DATE and not weekdays else None
    day_events = _one_and_two_events(a, b, rules) if days_apart is not None else None
    if kind in _EVENT_TIMES and not (kind is Kind.DURATION and len(a) == len(b) == 1):
        # Texts name many dates and years in passing ("the invasion in February
        # 2022", a dateline): two pair only when the words around them meet.  The one
        # length of time each text gives is the same length unless far apart
        # (assignment.lone_ok): "the three-day festival", "over its three days".
        near = jaccard([x.words for x in a], [y.words for y in b]) > 0
        if events is not None:
            near |= events
        by_event = rules.years_by_event and kind is Kind.YEAR and len(a) * len(b) <= SYNONYM_CELLS
        if by_event:
            # Two years of one verb, as read, are as near as a word in common: "set up
            # in 1987" and "Founded in 1978".
            near |= _year_events(a, b, one_verb)
        last = np.zeros(same.shape, dtype=bool)
        if by_event and bounds is not None:
            (lo_a, hi_a), (lo_b, hi_b) = bounds
            last = one_left(same, lo_a == hi_a, lo_b == hi_b)
        if by_event and far is not None and len(a) == len(b) == 1:
            # The one year each text gives, near or mistyped, may be one event misdated
            # with no word shared ("opened in 1846", "first licensed in 1864").
            near |= ~far
        elif far is not None:
            near |= last & ~far  # so may the one year each has left once the same pair
        if days_apart is not None and day_events is not None:
            # So may the one day each text gives, or has left once the same pair, unless
            # far apart with no slip, or of verbs of two events ("detained a man on 3
            # May", "was charged on 5 May"): "stolen in the early hours of 21 May", "the
            # theft took place on the night of 12 May" (claimdiff.date_slips).
            far_d, slip_d, _ = days_apart
            left = one_left(same, single_days(a), single_days(b))
            near |= left & ~(far_d & ~slip_d) & ~day_events[1]
        if kind is Kind.DURATION:
            # One length written in two units ("will last 48 hours", "a two-day stoppage")
            # is as good as a word in common.
            near |= same_length(a, b, "second")
        bad |= ~(near | soft_overlap([x.local for x in a], [y.local for y in b]) | (same_pred > 0))
        if by_event and len(a) * len(b) > 1:
            # Where a text gives several years, two of two events read pair only when the
            # events may be one ("extended in 1964", "expanded in 1966"; not "elected in
            # 1989", "left teaching in 1987"), the same year too ("built in 1961",
            # "widened in 1961").
            read_apart = _year_events(a, b, lambda u, v: not one_event_read(u, v, rules))
            bad |= read_apart & ~last
            if far is not None:
                # The one year each has left once the same pair, of two events read, as
                # each text's only year below: "listed in 1972", "protected in 1974".
                bad |= read_apart & last & far
        elif by_event and far is not None:
            # The one year each text gives, of two events read apart, pairs only when a
            # report may have misdated one event: years near, or one mistyped.  Further
            # apart they are two events' however many words the two sentences share
            # ("first elected in 1992", "the senator born in 1949"; "opened in 1937",
            # "last refurbished in 1994").
            two = _year_events(a, b, lambda u, v: not one_event_read(u, v, rules))
            bad |= two & far
        if by_event:
            # A beginning's year and an end's are two events, however few years the
            # texts give ("Formed in 1998", "broke up in 2011").
            bad |= _year_events(a, b, lambda u, v: beginning_and_end(u, v, rules))
    if days_apart is not None and day_events is not None:
        # Two events' days: of two tenses, or far apart and no slip of the pen, unless
        # verbs of one event are read before both; a day of another month, the slip as
        # often two events' ("arrested on 14 October", "jailed on 14 November"), only
        # where no verbs of two events are (claimdiff.date_slips).  The same day in two
        # tenses is one day seen from either side of it ("was delayed from 26 August",
        # "originally planned for August 26"), unless it also begins one thing and ends
        # another ("will begin a strike on 27 June", "the last strike ended on June 27").
        two_tenses = differ([x.tense for x in a], [y.tense for y in b])
        bad |= two_tenses & (~same | differ([x.bound for x in a], [y.bound for y in b]))
        far, slip, other_month = days_apart
        one, two = day_events
        bad |= (far & ~slip & ~one) | (other_month & two)
        # Days the reports place in two years are two days, whatever their names: "will
        # now begin on 22 January rather than 15 January", "the last walkout started on
        # 15 January last year" (claimdiff.said_years).
        bad |= other_years(a, b)
        # A day of the week read as a date that something was said on is the telling's,
        # and meets only a date something was said on: "Police said on Wednesday that a
        # man had been charged" is no "charged on 12 March"; "said on Tuesday" is
        # "announced on March 12" (claimdiff.weekday_dates).
        told_a = np.array([x.told for x in a], dtype=bool)
        told_b = np.array([y.told for y in b], dtype=bool)
        said_a = np.array([x.counted and x.told for x in a], dtype=bool)
        said_b = np.array([y.counted and y.told for y in b], dtype=bool)
        bad |= (said_a[:, None] & ~told_b[None, :]) | (~told_a[:, None] & said_b[None, :])
    if kind is Kind.DATE:
        # The day a thing begins and the day it ends are two facts, however close:
        # "from 1 August to 25 August" against "begin on 1 August and close on 24
        # August" pairs the beginnings and the ends (claimdiff.date_bounds).  One day
        # read both ways is one fact: "schools close on Thursday" is when a closure
        # begins ("closed from Thursday").
        bad |= differ([x.bound for x in a], [y.bound for y in b]) & ~same
    if weekdays:
        # A report names the days of several things ("told staff on Thursday", "will strike
        # next Monday"): two different days pair only where their words tie them to one
        # event (_one_day).  By verbs alone they found 3 of 8 days two reports give one
        # event differently, and made 5 pairs of two events' days (docs/compare.md).
        bad |= ~same & ~_one_day(a, b, rules)
    clash = table(preds_a, preds_b, lambda u, v: float(rules.clash(kind, u, v))) > 0
    if not rules.who_clashes and clash.any():
        # "42 residents" reads the class "population" from its noun, which says who is
        # counted, not what befell them: no clash with "affected 42 residents".  A toll
        # says what befell them, and a standing total is none ("The home has 60
        # residents", "Twelve were taken to hospital").
        who_a = np.array([x.claim.predicate_of_noun for x in a], dtype=bool)
        who_b = np.array([y.claim.predicate_of_noun for y in b], dtype=bool)
        toll_a = np.array([x.claim.predicate in rules.tolls for x in a], dtype=bool)
        toll_b = np.array([y.claim.predicate in rules.tolls for y in b], dtype=bool)
        lifted = (who_a[:, None] & ~toll_b[None, :]) | (who_b[None, :] & ~toll_a[:, None])
        # Some classes stay apart whoever they say ("1,200 customers", "1,200 staff").
        kept = table(preds_a, preds_b, lambda u, v: float(frozenset({u, v}) in rules.apart_whoever))
        clash &= ~lifted | (kept > 0)
        if kind is Kind.COUNT:
            # The same count of one thing is one fact whatever verbs its sentences give it
            # ("pulled 41 residents to safety", "41 people were rescued"), and so is the
            # same figure of four significant digits or more ("1,002 voters polled",
            # "1,002 people answered"): a predicate read from the words around a count is
            # the weaker evidence (docs/compare.md, "the predicates differ").  Not a total
            # stated as one ("The village has about 900 residents", against "evacuated
            # about 900 people"), nor a toll against another event's verb or two tolls named
            # plainly ("Two people were killed", "Two people were injured"), two facts
            # however alike; a class its own noun gives says only who is counted.
            near = known & (noun_sim >= nouns.SAME_THING)
            standing_a = np.array([x.claim.predicate in rules.standing for x in a], dtype=bool)
            standing_b = np.array([y.claim.predicate in rules.standing for y in b], dtype=bool)
            held = (standing_a & ~who_a)[:, None] | (standing_b & ~who_b)[None, :]
            tolls = (toll_a[:, None] & ~who_b[None, :]) | (~who_a[:, None] & toll_b[None, :])
            clash &= ~(same & (near | distinctive(va)[:, None]) & ~held & ~tolls)
    # Two margins of a vote of the same figure are one margin however their words are read
    # ("a majority of 75", "won by 75 votes"); of two figures, two elections' ("an SNP
    # majority of 5,230", "winning by 9,446 votes": claimdiff.tallies).
    margin_a = np.array([x.side == MARGIN for x in a], dtype=bool)
    margin_b = np.array([y.side == MARGIN for y in b], dtype=bool)
    clash &= ~(margin_a[:, None] & margin_b[None, :] & same)
    bad |= clash
    if rules.years_through_figures and kind is Kind.MONEY:
        # Two years that differ do not forbid two amounts that are the same: the texts
        # give one sale or payment two dates ("sold in 1987 for $1.3m", "$1.3 million in
        # 1978"), and the years are compared through it (compare.scope_years).  Not rates
        # and counts, which recur year after year ("4.2% in 2019", "4.2% in 2023").
        years = table(periods_a, periods_b, lambda u, v: float(bare_years(u, v))) > 0
        apart &= ~(same & years)
    if rules.years_through_figures:
        # The same figure of two months ("rose 2.1% in June", "2.1% in July") is one fact
        # misdated in a report of one event, whatever its kind: its months are compared
        # through it (claimdiff.month_scopes).
        months = table(periods_a, periods_b, lambda u, v: float(months_apart(u, v))) > 0
        apart &= ~(same & months)
    bad |= apart | other_owner
    if kind is Kind.YEAR:
        # A century is the era of a thing ("a 16th-century bronze"), no event's year: it
        # meets only a year or span it overlaps ("the 1800s", "1851"), never "the 1887
        # raid".
        bad |= centuries_apart(a, b)
    if kind is Kind.AGE and rules.age_parts:
        # A suspect's age and that of someone harmed are two people's: "A 23-year-old
        # student was stabbed", "A man, 27, has been charged" (claimdiff.age_parts).
        bad |= differ([x.part for x in a], [y.part for y in b])
    if kind is Kind.AGE and rules.wordnet:
        # Two kin of someone's are two people: "their granddaughter, 22" is not "Their
        # son, 41" (docs/compare.md, "Evidence against").
        bad |= table(nouns_a, nouns_b, lambda u, v: float(nouns.two_relations(u, v))) > 0
    # "62% of women" is never "62 per cent of male respondents" (claimdiff.anchors).
    if kind is Kind.AGE and rules.wordnet:
        # A kin word after an age, after a possessive, that is not its own noun names
        # someone else: "His wife, 58" is "A 58-year-old woman … that killed her
        # husband", never "her husband, 58".
        whose_a = [_own_roles(x) for x in a]
        whose_b = [_own_roles(y) for y in b]
    else:
        whose_a, whose_b = [x.role_words for x in a], [y.role_words for y in b]
    bad |= opposites(whose_a, whose_b, names)
    if kind in _AMOUNTS and rules.change_ends:
        # A change's two ends are two facts: "rose from 19% to 25%" and "19 per cent,
        # down from 25 per cent" never pair the 25s.
        # Only a figure said to move has an end: "compared to £20m" is no change's.
        roles_a = [x.claim.role if x.claim.direction else None for x in a]
        roles_b = [y.claim.role if y.claim.direction else None for y in b]
        # Its size ("by") is read too loosely to forbid.
        bad |= table(roles_a, roles_b, lambda u, v: float({u, v} == CHANGE_ENDS)) > 0
        if kind is Kind.PERCENT:
            # A rate's earlier level meets only itself, or itself misprinted
            # (claimdiff.earlier_levels): "up from 28%" is not "around a third".
            bad |= earlier_levels_apart(a, b, va, vb, same)
    if kind in _AMOUNTS:
        # What economists expected is not what happened: "Economists had expected 4.8%"
        # never meets "Joblessness climbed to 4.7 per cent" where the other text says
        # what it expected too, so that its other figures are what came.  Where it says
        # none, it may word its forecast in a way not read ("had braced for a 0.2%
        # fall"): the two pair only on evidence (assignment.lone_ok).
        # A target and an outcome never meet where the other text gives a target too
        # ("against a target of 95%", "58% were seen": claimdiff.targets); unlike a
        # forecast, a target may still pair as the last figure left (assignment.lone_ok
        # reads forecasts only).
        bad |= footings_apart([footing(x) for x in a], [footing(y) for y in b])
    # "34 votes" for and "34 opposing" are two sides of one vote (claimdiff.tallies).
    bad |= differ([x.side for x in a], [y.side for y in b])
    # "$50 a month" and "$50 a user" are two facts; "£1,200 a month" and "£14,400 a year"
    # one, compared per one length of time (claimdiff.per_time).
    bad |= per_apart([x.claim.per for x in a], [y.claim.per for y in b])
    # Evidence past _KNEE is squeezed under 1 rather than cut off, so that two pairs of
    # full evidence still differ (the same figure, the same words) and the tie-break,
    # added last, still breaks ties the same way with the texts swapped.
    capped = np.minimum(squash(np.maximum(total, 0.0)), 1.0 - JITTER)
    return np.where(bad, FORBIDDEN, capped + symmetric_jitter(a, b))


def _own_roles(c: Candidate) -> frozenset[str]:
    """An age's words that may say whose it is: its role words but a kin word after it,
    after a possessive, that is not its own noun ("killed her husband"; "his wife
    Marjorie, 85" and "Sarah Hill, 39, the boy's mother" keep theirs)."""
    own, after = c.noun, c.after
    return frozenset(w for w in c.role_words if w == own or w not in after or not nouns.is_kin(w))


def same_figure(va: np.ndarray, vb: np.ndarray, within: float = _SAME_FIGURE) -> np.ndarray:
    """Which pairs of values are one figure written twice (within ``within``, relative):
    "£1.4m" and "£1.4 million", not two close readings.

    >>> same_figure(np.array([1.4e6, 3.0]), np.array([1_400_000.0, -3.0])).tolist()
    [[True, False], [False, False]]
    """
    return _alike(va[:, None], vb[None, :], within)


def _alike(x: np.ndarray, y: np.ndarray, within: float) -> np.ndarray:
    """Where two broadcast arrays of values are one figure, within ``within`` (relative)."""
    with np.errstate(invalid="ignore"):
        return np.asarray(np.abs(x - y) <= within * np.maximum(np.abs(x), np.abs(y)))


# One figure converted and written to a tenth or so: "118F" and "47.8C" (47.78), not two
# readings of one thing ("1 mile", "1.6 km" stay two close figures).
_CONVERTED_ALIKE = 1e-3


def same_length(a: Sequence[Candidate], b: Sequence[Candidate], unit: str) -> np.ndarray:
    """Which pairs of lengths (of time, or measures of one dimension) are one figure in
    ``unit``: "18 months" and "a year and a half", "1.5 km" and "1,500 metres"."""
    sa = np.array([value_in(x.claim, unit) for x in a])
    sb = np.array([value_in(y.claim, unit) for y in b])
    ua = np.array([str(x.claim.unit or "") for x in a], dtype=object)
    ub = np.array([str(y.claim.unit or "") for y in b], dtype=object)
    converted = same_figure(sa, sb, _CONVERTED_ALIKE) & (ua[:, None] != ub[None, :])
    return np.asarray(same_figure(sa, sb) | converted)


def days_within(a: Sequence[Candidate], b: Sequence[Candidate]) -> np.ndarray:
    """Which pairs of dates are one day and a span of days that holds it, both with a year
    or both without ("Feb. 28", "the end of February")."""
    lo_a, hi_a = year_bounds(a)
    lo_b, hi_b = year_bounds(b)
    day_a, day_b = lo_a == hi_a, lo_b == hi_b
    with np.errstate(invalid="ignore"):
        dated = (lo_a >= 10_000)[:, None] == (lo_b >= 10_000)[None, :]
        a_in_b = day_a[:, None] & ~day_b[None, :] & (lo_b[None, :] <= lo_a[:, None])
        a_in_b &= lo_a[:, None] <= hi_b[None, :]
        b_in_a = day_b[None, :] & ~day_a[:, None] & (lo_a[:, None] <= lo_b[None, :])
        b_in_a &= lo_b[None, :] <= hi_a[:, None]
    return np.asarray(dated & (a_in_b | b_in_a))


def same_figures(a: Sequence[Candidate], b: Sequence[Candidate]) -> np.ndarray:
    """Which pairs of one block state the same figure: one value in one unit ("18 months"
    is not the figure of "18 weeks"), or one length in two ("18 months" and "a year and a
    half", "90 minutes" and "an hour and a half")."""
    va = np.array([representative(x.claim) for x in a])
    vb = np.array([representative(y.claim) for y in b])
    ua = np.array([str(x.claim.quantity.unit if x.claim.quantity else "") for x in a], dtype=object)
    ub = np.array([str(y.claim.quantity.unit if y.claim.quantity else "") for y in b], dtype=object)
    same = same_figure(va, vb) & (ua[:, None] == ub[None, :])
    pers_a, pers_b = [x.claim.per for x in a], [y.claim.per for y in b]
    if any(pers_a) and any(pers_b):
        # One rate per two lengths of time is the same figure converted ("£4,000 a month",
        # "£48,000 a year"), and one number per two lengths another fact or a slip, never
        # the same figure; a rate with no period read may be either's (claimdiff.per_time).
        money = a[0].claim.kind is Kind.MONEY
        factors = per_factors(pers_a, pers_b, working=money)
        converted = _alike(va[:, None] * factors, vb[None, :], _SAME_FIGURE)
        same = np.where(factors != 1.0, converted, same)
    if a and b and a[0].claim.kind in _LENGTHS and a[0].claim.unit:
        same |= same_length(a, b, a[0].claim.unit)
    return np.asarray(same)


def _voters(noun: str | None, rules: Rules) -> bool:
    """Whether a count's noun may count one side of a vote: people, or their votes."""
    return noun is None or nouns.is_people(noun) or noun.lower() in rules.vote_words
