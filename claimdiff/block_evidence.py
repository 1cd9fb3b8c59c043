"""The evidence one block's pairs share, matrix by matrix (claimdiff.align.score_block).

Each function reads two blocks of candidates (one per text) and gives a matrix over their
pairs, or a rule on one pair: whose figure each is (:mod:`claimdiff.owners`), whether
their verbs name one event (:mod:`claimdiff.verbs`), whether a figure is distinctive
enough to name one thing across nouns, and the tie-break that reads the same with the
texts swapped.  docs/compare.md states each rule.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from claimdiff import nouns, verbs
from claimdiff.candidates import representative, value_in
from claimdiff.compound_counts import sorts_of_one_thing
from claimdiff.extract.duration_senses import DELAY, HOLDUP, OFFSET, SENTENCE
from claimdiff.extract.numbers import significant_digits
from claimdiff.model import Qualifier, Verdict
from claimdiff.owners import same_name
from claimdiff.pattern_code import compile_pattern
from claimdiff.verdict import ESTIMATES, compare_quantities
from claimdiff.word_matrices import per_factors, table

if TYPE_CHECKING:
    from claimdiff.candidates import Candidate, Rules

__all__ = [
    "FAR_LENGTHS",
    "JITTER",
    "LARGE_GROUP",
    "SYNONYM_CELLS",
    "distinctive",
    "far_apart_counts",
    "far_apart_lengths",
    "footings_apart",
    "may_name_one_count",
    "names_event",
    "offsets_apart",
    "one_count_two_nouns",
    "one_event",
    "one_kind_counted",
    "only_people_counted",
    "owners",
    "rarely_one",
    "senses_apart",
    "slip_of_scale",
    "squash",
    "symmetric_jitter",
    "times_apart",
]

# Near-synonyms and verbs of one event are looked for in blocks of at most this many
# pairs: two reports' worth, never a corpus's.
SYNONYM_CELLS = 30 * 30
# The largest tie-break (symmetric_jitter), far below any evidence.
JITTER = 1e-7


# Scores up to here are the evidence itself; above it they approach 1 without reaching it.
_KNEE = 0.9


def squash(total: np.ndarray) -> np.ndarray:
    """``total`` where below :data:`_KNEE`, else squeezed monotonically towards 1."""
    room = 1.0 - _KNEE
    over = np.maximum(total - _KNEE, 0.0)
    return np.where(total <= _KNEE, total, _KNEE + room * (1.0 - np.exp(-over / room)))


# A figure both texts give with this many significant digits ("36,412") is one fact
# whatever the nouns say ("A crowd of 36,412", "36,412 supporters"): two different
# facts seldom share it, as they share round figures ("400", "12,000") and short ones
# ("125 paintings", "125 visitors").
_DISTINCTIVE_DIGITS = 4
# People named by two roles with the same figure are one group only from this size, or
# when one text says only "people": two groups of one event seldom number the same
# thousands ("12,000 nurses", "12,000 union members") or are "23 people" and "23
# motorists", often the same few ("20 soldiers", "20 civilians" killed).
LARGE_GROUP = 1_000


def owners(a: Sequence[Candidate], b: Sequence[Candidate]) -> tuple[np.ndarray, np.ndarray]:
    """Which pairs are said of one name, and which of two different names both texts
    give (:mod:`claimdiff.owners`): "Tesco reported a 4.1% rise" is not "Sainsbury's
    grew sales by 4.1 per cent" where both texts name both firms.

    Two names differ only where each text names the other's owner and the other
    figure's own words do not ("UK sales rose 4.1%" against "Tesco's UK sales grew
    4.1%": the second names the UK beside its figure).
    """
    names = (a[0].text_names if a else frozenset()) | (b[0].text_names if b else frozenset())
    keys_a = [x.owner.key_in(names) if x.owner else None for x in a]
    keys_b = [y.owner.key_in(names) if y.owner else None for y in b]
    same = np.zeros((len(a), len(b)), dtype=bool)
    other = np.zeros((len(a), len(b)), dtype=bool)
    if not any(keys_a) or not any(keys_b):
        return same, other
    text_a = a[0].text_names | {w for k in keys_a if k for w in k.split()}
    text_b = b[0].text_names | {w for k in keys_b if k for w in k.split()}
    for i, (x, ka) in enumerate(zip(a, keys_a, strict=True)):
        if ka is None:
            continue
        for j, (y, kb) in enumerate(zip(b, keys_b, strict=True)):
            if kb is None:
                continue
            if same_name(ka, kb):
                same[i, j] = True
            elif (
                _named(ka, text_b)
                and _named(kb, text_a)
                and not _named(ka, y.names)
                and not _named(kb, x.names)
                and not (x.owner and x.owner.weak)
                and not (y.owner and y.owner.weak)
            ):
                other[i, j] = True
    return same, other


def _named(key: str, names: frozenset[str] | set[str]) -> bool:
    """Whether every word of an owner's key is among ``names``."""
    return all(w in names for w in key.split())


# Counts from this size up may be one count named by two nouns WordNet files apart: below
# it, two facts of one event share small round counts too often ("40 countries", "40
# detectives").
PARAPHRASE_MIN = 100


def one_count_two_nouns(
    a: Sequence[Candidate], b: Sequence[Candidate], apart: np.ndarray
) -> np.ndarray:
    """Which of the ``apart`` pairs (counts whose nouns WordNet files apart) are one count
    named two ways: "16,400 homes" and "16,000 properties", "312 schools" and "Over 300
    campuses".  Neither text writes the other's noun (counts it, for people and their
    acts: "412 workers will lose their jobs"); both nouns name people or neither
    does, or one people and the other their acts ("jobs", "workers"), and neither names
    a living or natural thing of another class than the other's ("2,000 homes", "2,000
    trees"); both figures are at least :data:`PARAPHRASE_MIN` and
    within :data:`_NEAR` of each other; and the two agree within their precision or are
    compatible with a hedge or bound on one side.  Rows and columns are screened as
    arrays first, so that a long text's many counts cost one pass, not one per pair.
    """
    out = np.zeros(apart.shape, dtype=bool)
    if not apart.any():
        return out
    words_a = a[0].text_words if a else frozenset()
    words_b = b[0].text_words if b else frozenset()
    # People and their acts are screened by what the other text counts, not every word
    # it writes: "412 workers will lose their jobs" counts no jobs, and meets "more than
    # 400 jobs"; any other two nouns keep apart where the other text writes the noun
    # ("520 soldiers … to protect civilians" and "About 500 civilians").
    counted_a, counted_b = _counted(a), _counted(b)
    va = np.array([representative(x.claim) for x in a])
    vb = np.array([representative(y.claim) for y in b])
    ok_a = np.array([_alone(x, counted_b) for x in a], dtype=bool) & (va >= PARAPHRASE_MIN)
    ok_b = np.array([_alone(y, counted_a) for y in b], dtype=bool) & (vb >= PARAPHRASE_MIN)
    kind_a = [_kind(x.noun) for x in a]
    kind_b = [_kind(y.noun) for y in b]
    near = np.maximum(va[:, None], vb[None, :]) <= _NEAR * np.minimum(va[:, None], vb[None, :])
    screened = apart & ok_a[:, None] & ok_b[None, :] & near
    for i, j in np.argwhere(screened)[:_MAX_CHECKED]:
        if kind_a[i] != kind_b[j] and _NATURAL & {kind_a[i], kind_b[j]}:
            continue
        people = (kind_a[i] in _PEOPLE) != (kind_b[j] in _PEOPLE)
        noun_a, noun_b = a[i].noun, b[j].noun
        assert noun_a is not None and noun_b is not None  # screened by _alone
        acts = people and nouns.people_and_their_acts(noun_a, noun_b)
        if people and not acts:
            # "125 paintings" and "125 visitors": things and people are two counts; people
            # and their acts one ("1,100 jobs", "Around a thousand workers").
            continue
        if not acts and not (_alone(a[i], words_b) and _alone(b[j], words_a)):
            continue
        qa, qb = a[i].claim.quantity, b[j].claim.quantity
        assert qa is not None and qb is not None
        verdict, tag = compare_quantities(qa, qb)
        # Two stated figures neither within the other's rounding ("A crowd of 34,000",
        # "30,000 supporters") are two counts even where they overlap; a hedge or bound
        # may hold the other, and so may two estimates whose readings overlap, though they
        # conflict ("Around a thousand workers", "Some 1,200 jobs").
        stated = qa.qualifier is Qualifier.EXACT and qb.qualifier is Qualifier.EXACT
        may_hold = verdict is Verdict.COMPATIBLE or tag == ESTIMATES
        out[i, j] = verdict is Verdict.AGREE or (may_hold and not stated)
    return out


# Two figures of one count named two ways are this near ("More than 200,000", "Around
# 240,000"); bounds alone overlap however far apart their figures are.
_NEAR = 1.25
# Pairs judged at most, past the screening: a block two reports give holds a handful.
_MAX_CHECKED = 400
_PEOPLE = frozenset({"person", "group"})
# Classes of living and natural things: one of them names a count of another class only
# by coincidence ("2,000 homes", "2,000 trees").
_NATURAL = frozenset({"plant", "animal", "body", "food", "substance", "phenomenon"})


def only_people_counted(a: Sequence[Candidate], b: Sequence[Candidate]) -> np.ndarray:
    """Which pair is each text's only count of people in the block, named by two words
    that are not opposites and that the other text does not write: one group, whatever
    the words ("three men" and "Three defendants", "More than 60,000 fans" and "45,000
    spectators").

    Where a text counts several groups ("six nurses and nine porters"), which is which
    is left to the other evidence.  Opposites ("men", "women": no WordNet similarity)
    are two groups, and so is a noun the other text writes too: "30 staff" is not "12
    patients" where the text that counts staff names patients as well.  So are two
    counts whose clauses have no word of their own, one's words all among the other's:
    "Gunmen killed 20 soldiers in the raid" and "Gunmen killed 20 civilians in the raid"
    differ only by whom they count.  A noun names people where one of its two most
    frequent senses does ("fans").  Two groups each its text's only count of people
    still pair ("killing 20 soldiers" in one attack, "killed 20 civilians" in another):
    WordNet does not tell complementary roles from one group's two names.
    """
    out = np.zeros((len(a), len(b)), dtype=bool)
    people_a = [i for i, x in enumerate(a) if _people(x.noun)]
    people_b = [j for j, y in enumerate(b) if _people(y.noun)]
    if len(people_a) != 1 or len(people_b) != 1:
        return out
    (i,), (j,) = people_a, people_b
    noun_a, noun_b = a[i].noun, b[j].noun
    assert noun_a is not None and noun_b is not None
    local_a, local_b = a[i].local, b[j].local
    contrast = bool(local_a and local_b) and (local_a <= local_b or local_b <= local_a)
    out[i, j] = (
        not contrast
        and nouns.similarity(noun_a, noun_b) > 0
        and _alone(a[i], b[j].text_words)
        and _alone(b[j], a[i].text_words)
    )
    return out


def _people(noun: str | None) -> bool:
    """Whether one of a counted noun's two most frequent senses is a person."""
    return noun is not None and "person" in nouns.first_classes(noun)


def may_name_one_count(a: Sequence[Candidate], b: Sequence[Candidate]) -> np.ndarray:
    """Which pairs of two blocks' counts nothing says count two sorts of thing, whatever
    their figures.  Two counts may be one where either has no noun or the nouns are near
    (:data:`claimdiff.nouns.SAME_THING`).  Otherwise never: opposites ("women", "men"); a
    living or natural thing and another class ("2,000 homes", "2,000 trees"); people and
    things other than their acts ("125 paintings", "125 visitors"; "40 countries", "40
    investigators"; a noun WordNet does not know is a thing); two roles of people ("20
    soldiers", "20 civilians"), where a group may be made of any ("60,383 fans", "A crowd
    of 60,383"); and a noun the other text writes too ("14 schools" against "14 school
    buses"; for people and their acts, a noun it counts: "412 workers will lose their
    jobs" meets "more than 400 jobs"); and two sorts of one thing ("14 parking spaces",
    "14 parking wardens": :func:`claimdiff.compound_counts.sorts_of_one_thing`).  Whether
    a noun names people is read from its first two senses (a fan is a device first).
    Nouns are compared once per distinct pair.
    """
    nouns_a, nouns_b = [x.noun for x in a], [y.noun for y in b]
    sort = table(nouns_a, nouns_b, lambda u, v: float(_sorts(u, v)))
    words_a = a[0].text_words if a else frozenset()
    words_b = b[0].text_words if b else frozenset()
    counted_a, counted_b = _counted(a), _counted(b)
    unwritten = _both(
        np.array([_alone(x, words_b) for x in a], dtype=bool),
        np.array([_alone(y, words_a) for y in b], dtype=bool),
    )
    uncounted = _both(
        np.array([_alone(x, counted_b) for x in a], dtype=bool),
        np.array([_alone(y, counted_a) for y in b], dtype=bool),
    )
    missing_a = np.array([not n for n in nouns_a], dtype=bool)
    missing_b = np.array([not n for n in nouns_b], dtype=bool)
    one_sort = (sort == _ONE_SORT) & unwritten
    one_sort &= ~sorts_of_one_thing(a, b, one_sort)
    return np.asarray(
        missing_a[:, None]
        | missing_b[None, :]
        | (sort == _NEAR_NOUNS)
        | one_sort
        | ((sort == _PEOPLE_AND_ACTS) & uncounted)
    )


# What two counted nouns say of their counts (:func:`_sorts`), as a number for
# :func:`claimdiff.word_matrices.table`.
_TWO_SORTS, _ONE_SORT, _PEOPLE_AND_ACTS, _NEAR_NOUNS = 0.0, 1.0, 2.0, 3.0


def _sorts(u: str, v: str) -> float:
    """Whether two counted nouns count two sorts of thing (:func:`may_name_one_count`)."""
    if nouns.similarity(u, v) >= nouns.SAME_THING:
        return _NEAR_NOUNS
    if nouns.opposed(u, v):
        return _TWO_SORTS
    kind_u, kind_v = _kind(u), _kind(v)
    if kind_u != kind_v and _NATURAL & {kind_u, kind_v}:
        return _TWO_SORTS
    people_u, people_v = nouns.names_people(u), nouns.names_people(v)
    if people_u != people_v:
        return _PEOPLE_AND_ACTS if nouns.people_and_their_acts(u, v) else _TWO_SORTS
    if people_u and "group" not in (kind_u, kind_v):
        return _TWO_SORTS
    return _ONE_SORT


def _both(rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    return np.asarray(rows[:, None] & cols[None, :])


def _counted(cands: Sequence[Candidate]) -> frozenset[str]:
    """The lemmas of the nouns a block's candidates count."""
    return frozenset(nouns.lemma(c.noun.lower()) for c in cands if c.noun)


def _kind(noun: str | None) -> str | None:
    return None if noun is None else nouns.noun_class(noun)


def _alone(c: Candidate, other_words: frozenset[str]) -> bool:
    """Whether the candidate's noun is known and not among ``other_words`` (the other
    text's words, or the nouns it counts)."""
    return c.noun is not None and nouns.lemma(c.noun.lower()) not in other_words


def one_event(
    a: Sequence[Candidate], b: Sequence[Candidate], light: frozenset[str] = frozenset()
) -> np.ndarray:
    """Which pairs have verbs of one meaning among their own words (claimdiff.verbs), their
    names left out; ``light`` are verbs that name no event ("became", "said").  Blocks of more than
    :data:`SYNONYM_CELLS` pairs get no such evidence."""
    out = np.zeros((len(a), len(b)), dtype=bool)
    if len(a) * len(b) > SYNONYM_CELLS:
        return out
    # A capitalised word is a name, no verb: "the rugby league Test", "Cricket Club".
    own_a = [verbs.event_verbs(x.local - x.names, light) for x in a]
    own_b = [verbs.event_verbs(y.local - y.names, light) for y in b]
    for i, va in enumerate(own_a):
        for j, vb in enumerate(own_b):
            out[i, j] = verbs.one_event(va, vb)
    return out


def distinctive(values: np.ndarray) -> np.ndarray:
    """Which values have at least :data:`_DISTINCTIVE_DIGITS` significant digits."""
    return np.array([significant_digits(v) >= _DISTINCTIVE_DIGITS for v in values], dtype=bool)


# Two counts further apart than this are two facts (docs/compare.md, "Counts an order
# of magnitude apart").
FAR_COUNTS = 10.0


def far_apart_counts(
    a: Sequence[Candidate], b: Sequence[Candidate], va: np.ndarray, vb: np.ndarray
) -> np.ndarray:
    """Which pairs of counts (values ``va``, ``vb``) are more than :data:`FAR_COUNTS`
    times apart, neither vague nor one the other's digits at another scale.

    A report misstates a count by a slip of scale ("3,000" for "300"), by a vague word
    ("hundreds" of 16,000), or by a few times; two counts of one noun thirteen times
    apart ("5,200 staff", "About 400 employees") are a company's staff and a site's.
    Where both state one predicate ("arrested"), the caller lets them pair still.

    >>> from claimdiff.candidates import Candidate
    >>> from claimdiff.model import Claim, Kind, Quantity, Qualifier
    >>> def cand(v, q=Qualifier.EXACT):
    ...     c = Claim(str(v), (0, 1), Kind.COUNT, Quantity(v, v, v, None, q))
    ...     return Candidate(c, "count", frozenset(), None)
    >>> a, b = [cand(5200.0)], [cand(400.0), cand(520.0), cand(300.0, Qualifier.VAGUE)]
    >>> far_apart_counts(a, b, np.array([5200.0]), np.array([400.0, 520.0, 300.0])).tolist()
    [[True, False, False]]
    """
    vague_a = np.array([_vague(x) for x in a], dtype=bool)
    vague_b = np.array([_vague(y) for y in b], dtype=bool)
    # Counts per lengths of time per one ("50 flights an hour", "1,200 flights a day").
    ma = va[:, None] * per_factors([x.claim.per for x in a], [y.claim.per for y in b])
    with np.errstate(divide="ignore", invalid="ignore"):
        low = np.minimum(ma, vb[None, :])
        times = np.maximum(ma, vb[None, :]) / low
        # nan (no value) compares False
        far = (low > 0) & (times > FAR_COUNTS) & ~slip_of_scale(times)
    return np.asarray(far & ~vague_a[:, None] & ~vague_b[None, :])


FAR_LENGTHS = 10.0
"""Lengths of time in two units more than this many times apart are two things'."""


def far_apart_lengths(a: Sequence[Candidate], b: Sequence[Candidate]) -> np.ndarray:
    """Which pairs of lengths of time are written in two units and more than
    :data:`FAR_LENGTHS` times apart: "nearly three decades" and "the two-day hearing",
    "four hours" and "four weeks".  Two reports of one length may misstate it by a few
    times, or by a slip of the pen in one unit ("20 years", "two years"); a report that
    gives it in days where the other gives decades speaks of another thing.

    >>> from claimdiff import extract
    >>> from claimdiff.candidates import Candidate
    >>> def cands(text):
    ...     return [Candidate(c, "duration", frozenset(), None) for c in extract(text)]
    >>> a = cands("He spent nearly three decades in prison.")
    >>> b = cands("The hearing took two days. He served 28 years. Twenty years passed.")
    >>> far_apart_lengths(a, b).tolist()
    [[True, False, False]]
    """
    ua = np.array([str(x.claim.unit or "") for x in a], dtype=object)
    ub = np.array([str(y.claim.unit or "") for y in b], dtype=object)
    # nan (no value) compares False
    return np.asarray((times_apart(a, b) > FAR_LENGTHS) & (ua[:, None] != ub[None, :]))


def times_apart(a: Sequence[Candidate], b: Sequence[Candidate]) -> np.ndarray:
    """For each pair of lengths of time, the longer over the shorter (nan where either
    has no value)."""
    sa = np.array([value_in(x.claim, "second") for x in a])
    sb = np.array([value_in(y.claim, "second") for y in b])
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.asarray(
            np.maximum(sa[:, None], sb[None, :]) / np.minimum(sa[:, None], sb[None, :])
        )


OFFSET_APART = 2.5
"""An offset and a plain length of time more than this many times apart are two facts:
one interval said both ways reaches twice ("after six months in the job", "90 days after
taking over", read at 30.4 days a month)."""


def offsets_apart(a: Sequence[Candidate], b: Sequence[Candidate]) -> np.ndarray:
    """Which pairs of lengths of time are an offset or a hold-up against a length of
    another sense (a plain length; a hold-up also a delay) more than :data:`OFFSET_APART`
    times apart: "the boat had left port two days earlier" and "adrift for about seven
    hours", "qualifying starts five days earlier" and "will run for 15 days".  How long
    before or after another event a thing happened is often how long a thing took, said
    another way ("arrived 19 minutes after the call", "took a quarter of
    an hour to respond"; "had taken off 20 minutes earlier", "airborne for about 20
    minutes"), and two such readings of one interval may differ, but seldom by more than
    twice.  The one length of each report, the same number in two units, is spared as
    :func:`far_apart_lengths` is, by the caller (claimdiff.align; docs/compare.md,
    "Offsets").

    >>> from claimdiff import extract
    >>> from claimdiff.candidates import Candidate
    >>> def cands(text):
    ...     return [Candidate(c, "duration", frozenset(), None) for c in extract(text)]
    >>> a = cands("It had left port two days earlier.")
    >>> b = cands("It was adrift for seven hours. The voyage took two days.")
    >>> offsets_apart(a, b).tolist()
    [[True, False]]
    """
    oa = np.array([_interval(x) for x in a], dtype=object)
    ob = np.array([_interval(y) for y in b], dtype=object)
    one_side = oa[:, None] != ob[None, :]
    if not one_side.any():
        return np.asarray(one_side)
    # nan (no value) compares False
    return np.asarray(one_side & (times_apart(a, b) > OFFSET_APART))


def senses_apart(a: Sequence[Candidate], b: Sequence[Candidate]) -> np.ndarray:
    """Which pairs of lengths of time are of two senses that never meet, however near or
    alike: how late a thing came and how long a thing took ("completed two years late",
    "took two years to build"); an offset and a delay or hold-up ("a slip of roughly two
    weeks", "about six days after liftoff"); a hold-up or a delay and a court's sentence
    ("delayed by two years", "jailed for four years"); and a hold-up and a thing's length
    written before its noun ("delayed by nine hours", "the nine-hour flight").  A hold-up
    meets a plain length or a delay when near (:func:`offsets_apart`): "halted for 90
    minutes" / "stopped for an hour and a half", "delayed by more than 20 hours" / "22
    hours late" (docs/compare.md, "Hold-ups").

    >>> from claimdiff import extract
    >>> from claimdiff.candidates import Candidate
    >>> def cands(text):
    ...     return [Candidate(c, "duration", frozenset(), None) for c in extract(text)]
    >>> a = cands("The flight was delayed by three hours.")
    >>> b = cands("The four-hour flight landed. They waited three hours.")
    >>> senses_apart(a, b).tolist()
    [[True, False]]
    """
    oa = np.array([_sense_of(x) for x in a], dtype=object)
    ob = np.array([_sense_of(y) for y in b], dtype=object)
    never = np.zeros((len(a), len(b)), dtype=bool)
    for u, v in _NEVER_MEET:
        never |= ((oa == u)[:, None] & (ob == v)[None, :]) | (
            (oa == v)[:, None] & (ob == u)[None, :]
        )
    return never


# Senses of lengths of time that never meet (:func:`senses_apart`); "" a plain length,
# _THING_LENGTH a plain length joined by a hyphen to the word after its figure, as a
# thing's length is written before the noun of what lasts it ("the four-hour flight").
_THING_LENGTH = "thing"
_NEVER_MEET = (
    ("", DELAY),
    (_THING_LENGTH, DELAY),
    (OFFSET, DELAY),
    (OFFSET, HOLDUP),
    (SENTENCE, DELAY),
    (SENTENCE, HOLDUP),
    (_THING_LENGTH, HOLDUP),
)
# A figure joined by a hyphen to the word after it: "four-hour", "14-day".
_HYPHENED = compile_pattern(r"\w[‐‑-][^\W\d_]")


def _sense_of(c: Candidate) -> str:
    """A length of time's sense as :func:`senses_apart` reads it: :func:`_interval`'s, a
    sentence, or a thing's length."""
    sense = _interval(c)
    if sense:
        return sense
    if c.claim.predicate == SENTENCE:
        return SENTENCE
    return _THING_LENGTH if _HYPHENED.search(c.claim.text) else ""


def _interval(c: Candidate) -> str:
    """A length of time's sense as :func:`offsets_apart` reads it: an offset, a hold-up or
    a delay; "" for any other (a sentence, a thing's length and a plain length alike)."""
    p = c.claim.predicate
    return p if p in (OFFSET, HOLDUP, DELAY) else ""


def slip_of_scale(times: np.ndarray) -> np.ndarray:
    """Which ratios (the larger figure over the smaller) are a power of ten from 10 up:
    one figure's digits at another scale ("$3bn" and "US$3 million", "300" and "3,000").

    >>> slip_of_scale(np.array([10.0, 1000.0, 13.0, 1.0])).tolist()
    [True, True, False, False]
    """
    with np.errstate(divide="ignore", invalid="ignore"):
        scale = np.log10(times)
        return np.asarray((scale >= 1.0 - 1e-9) & (np.abs(scale - np.round(scale)) < 1e-6))


def _vague(c: Candidate) -> bool:
    q = c.claim.quantity
    return q is None or q.qualifier is Qualifier.VAGUE


def rarely_one(a: str, b: str) -> bool:
    """:func:`claimdiff.nouns.may_be_one`, asked only of nouns not already one thing."""
    return nouns.similarity(a, b) < nouns.SAME_THING and nouns.may_be_one(a, b)


def one_kind_counted(
    nouns_a: Sequence[str | None], nouns_b: Sequence[str | None], va: np.ndarray, vb: np.ndarray
) -> np.ndarray:
    """Which pairs count a kind and a more general noun of it (:func:`nouns.kind_of`:
    "450 sheep", "Around 300 animals") where the general count is no larger than the
    kind's: then both count one set, and one is misreported.  A larger count of the
    general noun may hold the kind's among others ("Dogs killed 12 sheep", "30 animals
    since January"), and stays apart.  Asked of nouns already apart (align.score_block)."""
    a_of_b = table(nouns_a, nouns_b, lambda u, v: float(nouns.kind_of(u, v))) > 0
    b_of_a = table(nouns_a, nouns_b, lambda u, v: float(nouns.kind_of(v, u))) > 0
    return np.asarray(
        (a_of_b & (vb[None, :] <= va[:, None])) | (b_of_a & (va[:, None] <= vb[None, :]))
    )


def names_event(c: Candidate, rules: Rules) -> bool:
    """Whether the claim's noun is the event its predicate names ("6 deaths": deaths), or
    one of that class's own words ("11 bodies" recovered: deaths)."""
    predicate = c.claim.predicate
    if not (c.noun and predicate):
        return False
    noun = nouns.lemma(c.noun)
    return noun == nouns.lemma(predicate) or (predicate, noun) in rules.event_nouns


def symmetric_jitter(a: Sequence[Candidate], b: Sequence[Candidate]) -> np.ndarray:
    """A tie-break far below any evidence that reads the same with the texts swapped.

    It depends on the two claims' offsets symmetrically, so compare(a, b)
    mirrors compare(b, a) even when two pairs tie exactly.
    """
    sa = np.array([x.claim.span[0] for x in a], dtype=np.float64)
    sb = np.array([y.claim.span[0] for y in b], dtype=np.float64)
    key = sa[:, None] * sb[None, :] + sa[:, None] + sb[None, :]
    return np.asarray(JITTER * np.modf(key * 0.6180339887)[0])


def footings_apart(fa: Sequence[int], fb: Sequence[int]) -> np.ndarray:
    """Which pairs state figures of two footings (:func:`claimdiff.candidates.footing`)
    where the other text states one of the same footing too: "Economists had expected
    4.8%" never meets "rose to 4.7 per cent" when the other report gives its forecast as
    well, nor "a target of 95%" an outcome when it gives its target."""
    a, b = np.asarray(fa, dtype=int), np.asarray(fb, dtype=int)
    differ = a[:, None] != b[None, :]
    a_met = (a != 0) & np.isin(a, b)
    b_met = (b != 0) & np.isin(b, a)
    return np.asarray(differ & (a_met[:, None] | b_met[None, :]))
