"""Figures left over in both texts: paired after the evidence has spoken.

Two reports often repeat an exact figure of one fact in words that share nothing and
that the rules of evidence keep apart ("1,420 patients" and "1,420 attendances", "which
opened in 1964" and "Portobello's 1964 swimming baths").  When such a figure is left
unpaired in both texts, and each text states it once among its unpaired claims of the
block, the two are one fact (docs/compare.md, "Assignment").  Only figures a writer
would hardly repeat by chance (three significant digits or more, a year, or a percentage
of two), and only what may be one thing counted: nouns of one kind, or people and their
acts.

The counts left over in a block, kept apart only because WordNet files their nouns
apart, are paired too when each is the other's best: two reports name one count by
two words WordNet does not join ("18 pubs", "Eighteen venues"; "4 schools", "seven
sites"), and nothing else says they differ (:func:`counts_named_apart`).

A year that only dates another figure of its sentence is no candidate (its figure's
period), yet the other text may state it as the year of the same event: "due to open in
2030 at a cost of €4.5bn" and "will open in 2030".  A year each text states once among
the years no pair took is one fact (:func:`same_years_left`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import attrs
import numpy as np

from claimdiff import nouns
from claimdiff.align import FORBIDDEN, score_block
from claimdiff.assignment import assign, lone_ok
from claimdiff.block_evidence import may_name_one_count
from claimdiff.candidates import Candidate, Rules, representative
from claimdiff.extract.numbers import significant_digits
from claimdiff.model import Claim, Kind, Span
from claimdiff.periods import same_period

__all__ = ["MIN_DIGITS", "counts_named_apart", "one_year", "same_figures_left", "same_years_left"]

MIN_DIGITS = 3
"""Significant digits from which a figure repeated in both texts is taken for one fact:
"1,420" is, "40" and "1,500" are not ("40 countries", "40 investigators")."""


# Fewer digits suffice where a writer repeats a figure less by chance: any year, and a
# percentage of two digits ("a turnout of 53%", "53% of members"; not "2%").
_FEWER_DIGITS = {Kind.YEAR: 1, Kind.PERCENT: 2}


def _key(c: Candidate) -> tuple[object, ...] | None:
    claim, q = c.claim, c.claim.quantity
    if q is None or q.low is None or q.high is None:
        return None
    if significant_digits(representative(claim)) < _FEWER_DIGITS.get(claim.kind, MIN_DIGITS):
        return None
    # A change's two ends are two facts ("from 19% to 25%", "from 25 per cent").
    end = claim.role if claim.direction else None
    # A day of last year is not the day of the same name this year (claimdiff.said_years).
    year = c.year_said or 0
    return (c.block, q.low, q.high, q.unit, q.qualifier, claim.per, c.side, end, year)


def _keys(cands: Sequence[Candidate], left: Sequence[int]) -> dict[tuple[object, ...], list[int]]:
    out: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for i in left:
        key = _key(cands[i])
        if key is not None:
            out[key].append(i)
    return out


def same_figures_left(
    a: Sequence[Candidate], b: Sequence[Candidate], left_a: Sequence[int], left_b: Sequence[int]
) -> list[tuple[int, int]]:
    """Pairs (index in ``a``, index in ``b``) of the same figure, once among the
    unpaired candidates ``left_a`` and ``left_b`` of each text."""
    keys_b = _keys(b, left_b)
    pairs = [
        (ia[0], keys_b[k][0])
        for k, ia in _keys(a, left_a).items()
        if len(ia) == 1 and len(keys_b.get(k, ())) == 1
    ]
    # Periods both known and apart are two facts ("1,420 in 2022", "1,420 in 2023"), and so
    # are what economists expected and what came ("had expected 3.2%", "core inflation
    # was 3.2%": claimdiff.expectations).
    return [
        (i, j)
        for i, j in pairs
        if _periods_meet(a[i].period, b[j].period)
        and _may_count_one_thing(a[i].noun, b[j].noun)
        and a[i].expected == b[j].expected
        and not _two_events_days(a[i], b[j])
    ]


def _two_events_days(x: Candidate, y: Candidate) -> bool:
    """Whether two days are read as two events' on two counts, their tenses and the
    bounds they say: "will begin a strike on 27 June", "the last strike ended on June 27"
    (claimdiff.align reads them so too)."""
    return (
        x.tense is not None
        and y.tense is not None
        and x.tense != y.tense
        and x.bound is not None
        and y.bound is not None
        and x.bound != y.bound
    )


def same_years_left(
    claims_a: Sequence[Claim],
    claims_b: Sequence[Claim],
    paired: tuple[set[Span], set[Span]],
    own: tuple[set[Span], set[Span]],
) -> list[tuple[Claim, Claim]]:
    """Pairs of one year, each stated once among the years of its text no pair took
    (their spans not in ``paired``), one of them at least a fact of its own (its span in
    ``own``: a candidate, not only another figure's period): "due to open in 2030 at a
    cost of €4.5bn" and "will open in 2030".  Two periods alone are two figures' ("revenue
    was $10 million in 2023", "profit was $3 million in 2023")."""

    def left(claims: Sequence[Claim], paired: set[Span]) -> dict[float, list[Claim]]:
        out: dict[float, list[Claim]] = defaultdict(list)
        for c in claims:
            if c.quantity is not None and c.quantity.low is not None and one_year(c):
                if c.span not in paired:
                    out[c.quantity.low].append(c)
        return out

    years_b = left(claims_b, paired[1])
    pairs = [
        (ya[0], years_b[year][0])
        for year, ya in left(claims_a, paired[0]).items()
        if len(ya) == 1 and len(years_b.get(year, ())) == 1
    ]
    return [(x, y) for x, y in pairs if x.span in own[0] or y.span in own[1]]


def one_year(c: Claim) -> bool:
    """Whether ``c`` is one year, not a span or a decade ("2019-21", "the 1990s")."""
    q = c.quantity
    return c.kind is Kind.YEAR and q is not None and q.low is not None and q.low == q.high


def _periods_meet(u: str | None, v: str | None) -> bool:
    """Periods that do not set two figures apart: unknown on a side, or one period."""
    return not u or not v or same_period(u, v)


def _may_count_one_thing(u: str | None, v: str | None) -> bool:
    """Nouns of one kind, or people and their acts; never things and people ("1,001
    homes", "1,001 soldiers"; "125 paintings", "125 visitors")."""
    if not u or not v or nouns.same_kind(u, v):
        return True
    return nouns.people_and_their_acts(u, v)


def counts_named_apart(
    a: Sequence[Candidate],
    b: Sequence[Candidate],
    left_a: Sequence[int],
    left_b: Sequence[int],
    rules: Rules,
) -> list[tuple[int, int]]:
    """Pairs (index in ``a``, index in ``b``) of counts left unpaired in one block that
    only their nouns kept apart, each the other's best among those left.

    A pair is allowed when the block's rules allow it once two nouns WordNet files apart
    no longer forbid it (:attr:`Rules.nouns_apart`), when the two are not far apart
    (:func:`claimdiff.assignment.lone_ok`), and when nothing says the nouns count two
    sorts of thing (:func:`claimdiff.block_evidence.may_name_one_count`).
    """
    counts_a: dict[str, list[int]] = defaultdict(list)
    counts_b: dict[str, list[int]] = defaultdict(list)
    for i in left_a:
        if a[i].claim.kind is Kind.COUNT:
            counts_a[a[i].block].append(i)
    for j in left_b:
        if b[j].claim.kind is Kind.COUNT:
            counts_b[b[j].block].append(j)
    loose = attrs.evolve(rules, nouns_apart=False)
    out: list[tuple[int, int]] = []
    for block, ia in counts_a.items():
        jb = counts_b.get(block)
        if not jb:
            continue
        xa, xb = [a[i] for i in ia], [b[j] for j in jb]
        scores = score_block(xa, xb, loose)
        allowed = scores > FORBIDDEN
        lone = lone_ok(xa, xb)
        if lone is not None:
            allowed &= lone
        allowed &= may_name_one_count(xa, xb)
        # No evidence is enough (above 1): only pairs each other's best are kept.
        pairs = assign(np.where(allowed, scores, FORBIDDEN), evidence=2.0, total=None)
        for p, q, _ in pairs:
            out.append((ia[p], jb[q]))
    return out
