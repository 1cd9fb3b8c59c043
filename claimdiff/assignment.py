"""Assignment: one-to-one pairs from a block's evidence (docs/compare.md).

The pairs with the best total evidence are taken (the Hungarian method on small
blocks, best edges first on large ones).  A pair is kept when its evidence
reaches :data:`EVIDENCE`, or when the two claims are each other's best
candidate: two reports rarely share words, and the only money figure of each is
the same fact unless something says otherwise.  Lengths of time, and amounts,
far apart are the exception (:func:`lone_ok`): a story gives lengths of many
things, and each report adds figures the other lacks.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from claimdiff.align import FORBIDDEN, Candidate, representative, same_figure, year_bounds
from claimdiff.block_evidence import (
    may_name_one_count,
    offsets_apart,
    slip_of_scale,
    times_apart,
)
from claimdiff.candidates import value_in
from claimdiff.misprints import transposed
from claimdiff.model import Claim, Kind
from claimdiff.units import convert, is_offset
from claimdiff.word_matrices import per_factors, two_lengths
from claimdiff.year_slips import LONE_YEAR_GAP, one_left, year_slip

__all__ = [
    "EVIDENCE",
    "LONE_AGE_RATIO",
    "LONE_AMOUNT_RATIO",
    "LONE_YEAR_GAP",
    "OUTLIER_RATIO",
    "TOTAL_EVIDENCE",
    "assign",
    "by_elimination",
    "lone_ok",
    "yield_to_same_figures",
]

EVIDENCE = 0.35
"""Evidence from which a pair is kept even when the two claims are not each other's best."""
TOTAL_EVIDENCE = EVIDENCE / 2
"""Evidence from which a pair of the best total is kept though one of its claims has a
better candidate alone: the total speaks for it where two texts give two figures in
another order ("£5 more than its rival … at £799" against "Priced at £799, … £5
dearer": each £5 is nearer the other text's £799 in its words)."""
# Above this many cells a block is paired greedily (best edges first), which
# keeps cost near n log n; below it the exact Hungarian method runs.
EXACT_LIMIT = 150 * 150


# Two lengths of time more than this many times apart pair only on evidence, not for
# being each other's best alone: a story gives lengths of many things ("the fire took
# six hours to bring under control", "it hopes to reopen within a month").
LONE_DURATION_RATIO = 10.0
# Two figures (counts, sums in one currency, measures of one dimension, percentages,
# ages) more than this many times apart pair only on evidence: each report adds figures
# the other lacks, and two left over ("two counties", "40,000 homes"; "Turnout was
# 61%", "the Conservatives trailed on 7%"; "a 15-year-old girl", "the driver, 71") are
# two facts, not one misreported.  A misprint is the exception: "$3bn" and "US$3
# million", "£3.6m" and "£36 million" are one figure's digits at another scale (a rate's
# and a sum's are not: "$5 million a year", "a $50 million renovation"), "$1.5m"
# and "$5.1 million", "£25,000" and "£52,000" its digits in another order.  Within a
# factor of two, two figures left over may be one fact misreported ("£12m", "£21
# million"; "a 34-year-old man", "a man of 43").  docs/compare.md, "Figures left over".
LONE_AMOUNT_RATIO = 2.0
# Across three reports or more (reconcile) a figure alone of its kind in one of them, far
# from what the others say, is the outlier a desk looks for ("the damage could reach £8m"
# against three reports of £3m): there figures pair alone up to five times apart.
OUTLIER_RATIO = 5.0
# Two ages left over, where a report gives more than one, pair alone only when close:
# within this ratio of each other's spans ("a teenager" holds 19), one digit mistyped
# ("34" and "38", "41" and "61") or two swapped ("47" and "74").  A report gets a
# person's age wrong by a year or two or by a slip of the keys; two ages further apart
# left over are two people ("the rescuer, 45", "a paramedic, 56"; "his wife, 44", "a
# customer, 30").  Where each report gives one age, it is the story's one person's, and
# the two pair within LONE_AMOUNT_RATIO as before.  docs/compare.md, "Figures left over".
LONE_AGE_RATIO = 1.2
_AMOUNT_KINDS = frozenset({Kind.COUNT, Kind.MONEY, Kind.MEASURE, Kind.PERCENT, Kind.AGE})
# Kinds whose figures lone_ok keeps apart by size (far apart: more than LONE_AMOUNT_RATIO
# or LONE_DURATION_RATIO): where yield_to_same_figures holds a far pair below the same
# figure.  Years and dates are kept apart by their events instead.
_SIZED_KINDS = _AMOUNT_KINDS | {Kind.DURATION}
# Kinds whose figures a slip of scale misreports: a percentage or an age ten times
# another ("2%", "20%"; "5", "50") is another figure, not a misprint.
_SCALED_KINDS = frozenset({Kind.COUNT, Kind.MONEY, Kind.MEASURE})
# Kinds whose figures carry a unit that may differ within one block (converted first).
_UNIT_KINDS = frozenset({Kind.MEASURE, Kind.AGE})


def lone_ok(
    a: Sequence[Candidate],
    b: Sequence[Candidate],
    ratio: float = LONE_AMOUNT_RATIO,
    *,
    by_event: bool = False,
    events: np.ndarray | None = None,
) -> np.ndarray | None:
    """Which pairs may be made as each other's best alone (None: all), for one block:
    amounts at most ``ratio`` times apart, or one a misprint of the other; with
    ``by_event``, years as :func:`_lone_years` says (``events``: which pairs' events are
    both read and may be one, :func:`claimdiff.align.one_events`)."""
    if not a or not b:
        return None
    kind = a[0].claim.kind
    if by_event and kind is Kind.YEAR:
        return _lone_years(a, b, events)
    if kind is Kind.DURATION:
        near = ~(times_apart(a, b) > LONE_DURATION_RATIO)  # unknown (nan) stays allowed
        # The same number in two units is one length misreported ("three days", "three
        # months"): a slip of the unit, as near as a slip of the digits.
        va = np.array([representative(x.claim) for x in a])
        vb = np.array([representative(y.claim) for y in b])
        # An offset never meets a plain length far from it, even as the last left ("two
        # days earlier", "adrift for about seven hours"), unless alignment spares it as a
        # slip of the unit.
        return np.asarray((near & ~offsets_apart(a, b)) | same_figure(va, vb))
    if kind not in _AMOUNT_KINDS:
        return None
    if kind in _UNIT_KINDS:
        # One block holds one dimension: every figure in the first one's unit.  A
        # temperature's zero is arbitrary, and so is any ratio of two.
        q0 = a[0].claim.quantity
        unit = q0.unit if q0 is not None else None
        if unit and is_offset(unit):
            return None
        va = np.array([value_in(x.claim, unit) if unit else representative(x.claim) for x in a])
        vb = np.array([value_in(y.claim, unit) if unit else representative(y.claim) for y in b])
    else:
        va = np.array([representative(x.claim) for x in a])
        vb = np.array([representative(y.claim) for y in b])
    # Two figures per lengths of time are compared per one ("£1,200 a month", "£14,400 a
    # year"; "50 flights an hour", "1,200 flights a day"); a figure with no period read
    # may be either's (claimdiff.per_time).
    factors = per_factors(
        [x.claim.per for x in a], [y.claim.per for y in b], working=kind is Kind.MONEY
    )
    ma, mb = va[:, None] * factors, vb[None, :]
    with np.errstate(divide="ignore", invalid="ignore"):
        times = np.asarray(np.maximum(ma / mb, mb / ma))
    slip = slip_of_scale(times)
    if kind not in _SCALED_KINDS:
        slip[:] = False
    # A rate and a sum are no slip of each other: a total is a rate times a length ("$5
    # million a year" for naming rights, "a $50 million renovation").
    per_a = np.array([str(x.claim.per or "") for x in a], dtype=object)
    per_b = np.array([str(y.claim.per or "") for y in b], dtype=object)
    slip &= per_a[:, None] == per_b[None, :]
    # Unknown values (a ratio of nan: 0/0, or no conversion) stay allowed; a zero is far
    # from any other figure ("zero" trains, "19 services").
    far = ~np.isnan(times) & (times > ratio) & ~slip & ~(transposed(va, vb) & (times < 10.0))
    # Across three reports or more (ratio OUTLIER_RATIO) an age far off is an outlier to
    # show, and two reports giving one age each name the story's one person.
    if kind is Kind.AGE and ratio <= LONE_AMOUNT_RATIO and len(a) * len(b) > 1:
        far |= _two_people(a, b, unit, va, vb)
    far &= ~_both_written_twice(va, vb)
    if kind is Kind.MEASURE:
        # One figure in two units is one fact with its unit misreported, however far
        # apart the two are: "about 12,000 hectares", "Roughly 12,000 acres"; so, where
        # each text gives one measure of the dimension, are its digits in two units 10
        # to 1,000 times apart as written and at most UNIT_SLIP_RATIO apart as measured,
        # the unit and its prefix slipped together: "1.4 tonnes" and "1,400 pounds",
        # "150mm" and "15 inches" (not "5 metres" and "5,000 miles", nor a rate and a sum).
        alone = len(a) == len(b) == 1
        far &= ~_same_digits_other_unit(a, b, times if alone else None, per_a, per_b)
    if kind is Kind.MONEY:
        # Sums in two currencies are compared through a rate, not here.
        ua = np.array([str(x.claim.unit or "") for x in a], dtype=object)
        ub = np.array([str(y.claim.unit or "") for y in b], dtype=object)
        far &= ua[:, None] == ub[None, :]
        # One figure per two lengths of time is one rate with its period misreported:
        # "£4,000 a month", "£4,000 a year" (claimdiff.per_time).
        far &= ~_same_digits_other_per(a, b)
    # What forecasters expected and a figure not read as expected pair only on evidence
    # (align.score_block): a forecast is a fact no other report need give.
    exp_a = np.array([x.expected for x in a], dtype=bool)
    exp_b = np.array([y.expected for y in b], dtype=bool)
    return np.asarray(~far & (exp_a[:, None] == exp_b[None, :]))


# How many times the same figure's evidence a far pair must carry to keep its own.
_OUTWEIGHED = 2.0


def yield_to_same_figures(
    a: Sequence[Candidate], b: Sequence[Candidate], scores: np.ndarray, lone: np.ndarray | None
) -> np.ndarray:
    """``scores`` with each pair far apart (``lone`` refuses it: :func:`lone_ok`) held
    below the pair of the same figure either of its claims has in the other text.

    A far pair may carry more evidence than the same figure ("a new children's wing
    costing £650,000" and "will cost 4.2 million pounds" share their predicate), yet a
    report that writes "£4.2m" and another "4.2 million pounds" state one figure: the far
    pair keeps half the same pair's evidence, so it neither wins the assignment nor is
    kept on evidence of its own, unless it has more than :data:`_OUTWEIGHED` times that
    evidence (docs/compare.md, "Figures left over").
    """
    if lone is None or not a or not b or a[0].claim.kind not in _SIZED_KINDS:
        return scores  # years and dates left apart by their events, not by their size
    va = np.array([representative(x.claim) for x in a])
    vb = np.array([representative(y.claim) for y in b])
    ua = np.array([str(x.claim.unit or "") for x in a], dtype=object)
    ub = np.array([str(y.claim.unit or "") for y in b], dtype=object)
    same = same_figure(va, vb) & (ua[:, None] == ub[None, :]) & lone & (scores > FORBIDDEN)
    if a[0].claim.kind is Kind.COUNT:
        # A count's figure is one fact only with what it counts: "4 towns" is no rival to
        # "45 people" for "4 people" (block_evidence.may_name_one_count).
        same &= may_name_one_count(a, b)
    if not same.any():
        return scores
    masked = np.where(same, scores, -np.inf)
    rival = np.maximum(masked.max(axis=1)[:, None], masked.max(axis=0)[None, :])
    # A forecast against an outcome is kept apart by lone_ok for another reason, and
    # keeps its evidence.
    exp_a = np.array([x.expected for x in a], dtype=bool)
    exp_b = np.array([y.expected for y in b], dtype=bool)
    far = ~lone & (exp_a[:, None] == exp_b[None, :]) & (scores > FORBIDDEN) & np.isfinite(rival)
    # Only where the far pair has at most twice the same pair's evidence: a noun and a
    # predicate in common ("killed 45 people", "killed 4 people") outweigh a same figure
    # of weak evidence ("across 4 towns").
    yields = far & (scores >= rival / 2) & (scores <= _OUTWEIGHED * rival)
    return np.where(yields, rival / 2, scores)


def _same_digits_other_unit(
    a: Sequence[Candidate],
    b: Sequence[Candidate],
    measured: np.ndarray | None = None,
    per_a: np.ndarray | None = None,
    per_b: np.ndarray | None = None,
) -> np.ndarray:
    """Which pairs write one number's digits in two units: at one scale ("12,000
    hectares", "12,000 acres"), or, given ``measured`` (the pairs' ratios in one unit),
    at 10 to 1,000 times apart as written and at most :data:`UNIT_SLIP_RATIO` apart as
    measured, both per the same length of time ("1.4 tonnes", "1,400 pounds")."""
    ra = np.array([_written_value(x.claim) for x in a])
    rb = np.array([_written_value(y.claim) for y in b])
    ua = np.array([str(x.claim.unit or "") for x in a], dtype=object)
    ub = np.array([str(y.claim.unit or "") for y in b], dtype=object)
    digits = same_figure(ra, rb)
    if measured is not None:
        with np.errstate(divide="ignore", invalid="ignore"):
            written = np.maximum(ra[:, None] / rb[None, :], rb[None, :] / ra[:, None])
        prefix = slip_of_scale(written) & (written <= _PREFIX_SLIP) & (measured <= UNIT_SLIP_RATIO)
        if per_a is not None and per_b is not None:
            prefix &= per_a[:, None] == per_b[None, :]
        digits |= prefix
    return np.asarray(digits & (ua[:, None] != ub[None, :]))


# A unit and its prefix slipped together shift a figure's digits by a prefix's step
# (mm and cm, kg and tonnes: 10 to 1,000) and leave it as far from the other as two
# units of one dimension are (inches and cm, 2.54; pounds and kg, 2.2; feet and metres,
# 3.3): "1.4 tonnes" against "1,400 pounds" is 2.2 times apart, "5 metres" against
# "5,000 miles" 1.6 million.
UNIT_SLIP_RATIO = 4.0
_PREFIX_SLIP = 1000.0 * (1 + 1e-9)


def _same_digits_other_per(a: Sequence[Candidate], b: Sequence[Candidate]) -> np.ndarray:
    """Which pairs write one amount per two lengths of time ("£4,000 a month", "£4,000 a
    year")."""
    ra = np.array([_written_value(x.claim) for x in a])
    rb = np.array([_written_value(y.claim) for y in b])
    times = two_lengths([x.claim.per for x in a], [y.claim.per for y in b])
    return np.asarray(same_figure(ra, rb) & times)


def _written_value(claim: Claim) -> float:
    """A claim's figure in its own unit, as written (nan where it states none)."""
    q = claim.quantity
    return float("nan") if q is None or q.value is None else float(q.value)


def _both_written_twice(va: np.ndarray, vb: np.ndarray) -> np.ndarray:
    """Which pairs are two figures each of which the other text writes too: who got which
    is exchanged ("1,032 votes to 486" against "486 in favour, 1,032 against"), and
    such figures are no facts left over, however far apart."""
    same = same_figure(va, vb)
    in_b, in_a = np.asarray(same.any(axis=1)), np.asarray(same.any(axis=0))
    return np.asarray(in_b[:, None] & in_a[None, :])


def _lone_years(
    a: Sequence[Candidate], b: Sequence[Candidate], events: np.ndarray | None
) -> np.ndarray:
    """Which pairs of years may pair alone.

    A story gives years of many events, and each report adds some.  Where a text gives
    several, two different years pair alone only when both events are read (and may be
    one: align.score_block forbids the rest), or when one is the other's digits in
    another order ("put up in 1932", "had stood since 1923"; "2001", "2010").  Where
    each gives one, they pair alone when they lie at most :data:`LONE_YEAR_GAP` apart,
    when one is the other mistyped (digits swapped, or one digit but the last changed:
    "1987", "1937"), or when both events are read and may be one (``events``: two
    records' "since 2001" and "since 2020").  Further apart, two years left over are two
    events' ("founded the institute in 1968", "was made a dame in 2001"; "first opened
    in 1885", "due to finish in 2026"), unless their words tie them.  Where each has one
    year left once the same years pair (:func:`claimdiff.year_slips.one_left`), the
    two pair alone as each text's only year would, near or their digits swapped:
    "formed in 1979 … split in 1991" against "from 1979 … its 1993 break-up".
    """
    va = np.array([representative(x.claim) for x in a])
    vb = np.array([representative(y.claim) for y in b])
    same = same_figure(va, vb)
    near = np.abs(va[:, None] - vb[None, :]) <= LONE_YEAR_GAP
    if len(a) * len(b) > 1:
        ka = np.array([x.event is not None for x in a], dtype=bool)
        kb = np.array([y.event is not None for y in b], dtype=bool)
        swapped = year_slip(va, vb, swapped_only=True)
        # One digit changed is as often two events a decade apart where a text gives
        # several years ("last used in 2016", "reopen by 2026"): not for the one left.
        (lo_a, hi_a), (lo_b, hi_b) = year_bounds(a), year_bounds(b)
        last = one_left(same, lo_a == hi_a, lo_b == hi_b)
        return np.asarray(same | swapped | (ka[:, None] & kb[None, :]) | (last & (near | swapped)))
    one = np.zeros(same.shape, dtype=bool) if events is None else events
    return np.asarray(same | year_slip(va, vb) | one | near)


def _two_people(
    a: Sequence[Candidate], b: Sequence[Candidate], unit: str | None, va: np.ndarray, vb: np.ndarray
) -> np.ndarray:
    """Which pairs of ages left over are two people's (:data:`LONE_AGE_RATIO`): more than
    a fifth apart, measured between their spans ("a teenager" is 13 to 19, and 19 within
    it), unless one digit is mistyped ("34" and "38", "41" and "61") or two swapped."""
    span_a = np.array([_span_in(x.claim, unit) for x in a]).reshape(len(a), 2)
    span_b = np.array([_span_in(y.claim, unit) for y in b]).reshape(len(b), 2)
    with np.errstate(divide="ignore", invalid="ignore"):
        gap = np.maximum(span_a[:, None, 0], span_b[None, :, 0]) / np.minimum(
            span_a[:, None, 1], span_b[None, :, 1]
        )
    apart = ~np.isnan(gap) & (gap > LONE_AGE_RATIO)
    return np.asarray(apart & ~_one_digit_apart(va, vb) & ~transposed(va, vb))


def _span_in(claim: Claim, unit: str | None) -> tuple[float, float]:
    """The span of ages a claim allows, in ``unit`` (nan where unknown)."""
    q = claim.quantity
    assert q is not None
    if unit and q.unit and q.unit != unit:
        q = convert(q, unit)
        if q is None:
            return (float("nan"), float("nan"))
    lo, hi = q.interval
    if lo is None or hi is None:
        return (float("nan"), float("nan"))
    return (float(lo), float(hi))


# Ages have at most this many digits.
_AGE_DIGITS = 3


def _one_digit_apart(va: np.ndarray, vb: np.ndarray) -> np.ndarray:
    """Which pairs are two whole numbers of as many digits (at most three) differing in
    one ("34" and "38", "61" and "81"): one figure with a key mistyped.

    >>> _one_digit_apart(np.array([34.0, 7.5]), np.array([38.0, 7.0, 134.0])).tolist()
    [[True, False, False], [False, False, False]]
    """
    whole_a = np.isfinite(va) & (va == np.floor(va)) & (va >= 0) & (va < 10**_AGE_DIGITS)
    whole_b = np.isfinite(vb) & (vb == np.floor(vb)) & (vb >= 0) & (vb < 10**_AGE_DIGITS)
    ia = np.where(whole_a, va, 0).astype(np.int64)
    ib = np.where(whole_b, vb, 0).astype(np.int64)
    differing = np.zeros((len(va), len(vb)), dtype=np.int64)
    for k in range(_AGE_DIGITS):
        differing += ((ia[:, None] // 10**k) % 10) != ((ib[None, :] // 10**k) % 10)
    length_a = np.array([len(str(v)) for v in ia])
    length_b = np.array([len(str(v)) for v in ib])
    same_length = length_a[:, None] == length_b[None, :]
    return np.asarray(whole_a[:, None] & whole_b[None, :] & same_length & (differing == 1))


def assign(
    scores: np.ndarray,
    evidence: float = EVIDENCE,
    lone: np.ndarray | None = None,
    *,
    total: float | None = TOTAL_EVIDENCE,
    protect: np.ndarray | None = None,
) -> list[tuple[int, int, float]]:
    """One-to-one pairs (i, j, score) for the best total score over allowed pairs.

    A pair is kept when its score reaches ``evidence``; when it reaches ``total``
    (:data:`TOTAL_EVIDENCE`; None: never) and ``lone`` allows it, unless it takes a claim
    of a ``protect`` pair whose two claims are each other's best ("jailed for 18 months"
    and "a year and a half in prison", the same figure); or when ``i`` and ``j`` are each
    other's best allowed candidate among the claims not yet paired (and, where ``lone``
    is given, ``lone[i, j]`` holds: :func:`lone_ok`).
    """
    n, m = scores.shape
    if n == 0 or m == 0:
        return []
    allowed = scores > FORBIDDEN
    # The best total of evidence, not the most pairs: a forbidden cell weighs nothing
    # and an allowed one its score (never quite nothing: value and position count).
    weights = np.where(allowed, np.maximum(scores, 1e-9), 0.0)
    pairs = _hungarian(weights) if n * m <= EXACT_LIMIT else _greedy(weights)
    # Strongest pairs first; a weak pair is kept when its two claims are each
    # other's best among the claims not yet paired.
    masked = np.where(allowed, scores, -np.inf)
    best_j, best_i = masked.argmax(axis=1), masked.argmax(axis=0)
    out = []
    for i, j in sorted(pairs, key=lambda p: -scores[p]):
        if not allowed[i, j]:
            continue
        mutual = masked[i].argmax() == j and masked[:, j].argmax() == i
        alone_ok = lone is None or bool(lone[i, j])
        kept_total = (
            total is not None
            and scores[i, j] >= total
            and alone_ok
            and not (protect is not None and _breaks(protect, best_i, best_j, i, j))
        )
        if scores[i, j] >= evidence or kept_total or (mutual and alone_ok):
            out.append((i, j, float(scores[i, j])))
            masked[i, :] = -np.inf
            masked[:, j] = -np.inf
            masked[i, j] = scores[i, j]
    out += _mutual_left(scores, allowed, lone, out)
    return sorted(_unblocked(scores, allowed, lone, out, evidence))


def _breaks(protect: np.ndarray, best_i: np.ndarray, best_j: np.ndarray, i: int, j: int) -> bool:
    """Whether pairing ``i`` with ``j`` takes a claim from a ``protect`` pair of two
    claims each other's best."""
    k, h = int(best_j[i]), int(best_i[j])
    return bool(
        (k != j and best_i[k] == i and protect[i, k])
        or (h != i and best_j[h] == j and protect[h, j])
    )


def by_elimination(
    scores: np.ndarray, pairs: list[tuple[int, int, float]], lone: np.ndarray | None = None
) -> set[tuple[int, int]]:
    """Those of ``pairs`` (as :func:`assign` made them) that stand on no evidence of their
    own (a score below :data:`EVIDENCE`) and only because each claim's best candidate went
    to another pair: the two are not each other's best among the allowed claims of their
    block.  A candidate no pair could take (weak, and ``lone`` forbids it) competes with
    nothing.

    >>> s = np.array([[0.9, 0.2], [0.8, 0.1]])
    >>> sorted(by_elimination(s, [(0, 0, 0.9), (1, 1, 0.1)]))
    [(1, 1)]
    """
    if not any(score < EVIDENCE for _, _, score in pairs):
        return set()
    able = scores > FORBIDDEN
    if lone is not None:
        able &= lone | (scores >= EVIDENCE)
    masked = np.where(able, scores, -np.inf)
    best_j, best_i = masked.argmax(axis=1), masked.argmax(axis=0)
    return {
        (i, j)
        for i, j, score in pairs
        if score < EVIDENCE and not (best_j[i] == j and best_i[j] == i)
    }


# Rounds of the second pass: each pairs every two claims left that are each other's
# best; a few rounds settle any real block, and a bound keeps a huge one linear.
_MUTUAL_ROUNDS = 4


def _unblocked(
    scores: np.ndarray,
    allowed: np.ndarray,
    lone: np.ndarray | None,
    pairs: list[tuple[int, int, float]],
    evidence: float,
) -> list[tuple[int, int, float]]:
    """``pairs`` with no claim left unpaired whose best candidate holds a partner with
    less evidence: the best total may take a claim for a weak pair the keeping then drops
    ("12 injured" spent on "41 passengers", so "Two of the injured" takes "a dozen
    hurt"); the unpaired claim then takes its best, which had the weaker partner, where
    the two reach ``evidence`` or are each other's best (``lone`` allowing).  Claims of
    either text are offered in turn (docs/compare.md, "Assignment")."""
    ok = allowed if lone is None else allowed & lone
    taken = {i: j for i, j, _ in pairs}
    for _ in range(2 * len(pairs) + 2):  # each swap raises a pair's evidence: few rounds
        if _swap(scores, allowed, ok, taken, evidence):
            continue
        flipped = {j: i for i, j in taken.items()}
        if not _swap(scores.T, allowed.T, ok.T, flipped, evidence):
            break
        taken = {i: j for j, i in flipped.items()}
    return [(i, j, float(scores[i, j])) for i, j in taken.items()]


def _swap(
    scores: np.ndarray,
    allowed: np.ndarray,
    ok: np.ndarray,
    taken: dict[int, int],
    evidence: float,
) -> bool:
    """Give one unpaired row its best column where that column's partner has less
    evidence (:func:`_unblocked`); whether one was given."""
    holder = {j: i for i, j in taken.items()}
    for i in range(scores.shape[0]):
        if i in taken:
            continue
        row = np.where(allowed[i], scores[i], -np.inf)
        j = int(row.argmax())
        if not allowed[i, j] or (j in holder and scores[i, j] <= scores[holder[j], j]):
            continue
        column_best = scores[i, j] >= np.where(allowed[:, j], scores[:, j], -np.inf).max()
        if scores[i, j] >= evidence or (column_best and ok[i, j]):
            if j in holder:
                del taken[holder[j]]
            taken[i] = j  # a claim displaced here is offered its best in the next round
            return True
    return False


def _mutual_left(
    scores: np.ndarray,
    allowed: np.ndarray,
    lone: np.ndarray | None,
    taken: list[tuple[int, int, float]],
) -> list[tuple[int, int, float]]:
    """Pairs of claims the best-total pass left apart that are each other's best among
    the claims still unpaired: with scores [[0.15, 0.1], [0.12, 0]], the best total pairs
    0-1 and 1-0, neither each other's best nor of half the evidence, so both fall; 0-0 is
    each other's best."""
    n, m = scores.shape
    rows = np.ones(n, dtype=bool)
    cols = np.ones(m, dtype=bool)
    for i, j, _ in taken:
        rows[i] = cols[j] = False
    ok = allowed if lone is None else allowed & lone
    out: list[tuple[int, int, float]] = []
    for _ in range(_MUTUAL_ROUNDS):
        live = ok & rows[:, None] & cols[None, :]
        if not live.any():
            break
        masked = np.where(live, scores, -np.inf)
        best_j = masked.argmax(axis=1)
        best_i = masked.argmax(axis=0)
        found = [
            (int(i), int(best_j[i]))
            for i in np.flatnonzero(rows)
            if live[i, best_j[i]] and best_i[best_j[i]] == i
        ]
        if not found:
            break
        for i, j in found:
            out.append((i, j, float(scores[i, j])))
            rows[i] = cols[j] = False
    return out


# On a large block each claim is offered its few best candidates only: the greedy
# pass then costs n·k log(n·k), not n·m.
_GREEDY_CANDIDATES = 8


def _greedy(scores: np.ndarray) -> list[tuple[int, int]]:
    """Best edges first among each row's few best columns."""
    n, m = scores.shape
    k = min(_GREEDY_CANDIDATES, m)
    cols = np.argpartition(-scores, k - 1, axis=1)[:, :k]
    rows = np.repeat(np.arange(n), k)
    cols = cols.reshape(-1)
    vals = scores[rows, cols]
    keep = vals > 0
    rows, cols, vals = rows[keep], cols[keep], vals[keep]
    order = np.lexsort((cols, rows, -vals))
    used_r: set[int] = set()
    used_c: set[int] = set()
    out = []
    for t in order:
        i, j = int(rows[t]), int(cols[t])
        if i not in used_r and j not in used_c:
            used_r.add(i)
            used_c.add(j)
            out.append((i, j))
            if len(used_r) == n or len(used_c) == m:
                break
    return out


def _hungarian(scores: np.ndarray) -> list[tuple[int, int]]:
    """Maximum-weight assignment (Kuhn-Munkres with potentials), O(n² m)."""
    transpose = scores.shape[0] > scores.shape[1]
    cost = -(scores.T if transpose else scores)
    n, m = cost.shape
    u = np.zeros(n + 1)
    v = np.zeros(m + 1)
    p = np.zeros(m + 1, dtype=int)  # p[j]: row assigned to column j (1-based)
    way = np.zeros(m + 1, dtype=int)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = np.full(m + 1, np.inf)
        used = np.zeros(m + 1, dtype=bool)
        while True:
            used[j0] = True
            i0 = p[j0]
            cur = cost[i0 - 1] - u[i0] - v[1:]
            free = ~used[1:]
            better = free & (cur < minv[1:])
            minv[1:][better] = cur[better]
            way[1:][better] = j0
            cand = np.where(free, minv[1:], np.inf)
            j1 = int(np.argmin(cand)) + 1
            delta = cand[j1 - 1]
            u[p[used]] += delta
            v[used] -= delta
            minv[1:][free] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    pairs = [(int(p[j]) - 1, j - 1) for j in range(1, m + 1) if p[j]]
    return [(j, i) for i, j in pairs] if transpose else pairs
