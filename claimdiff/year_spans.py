"""A span of years against a length of time: "between 2019 and 2022" and "over three years".

One report says when a thing ran, as the years it began and ended, and the other how long
it ran.  Years and lengths of time are aligned in blocks of their own, so such two never
meet there.  What both blocks leave meets once more: a span of at least two years
("between 2016 and 2021", "from 2012 to 2019", "2019-2022") is read as a length of
time, and meets the other text's lengths of time by the length block's evidence
(docs/compare.md, "A span of years against a length of time").  A span of one year
("2015-16", "between 2019 and 2020") is as often a season or a financial year as a length,
and is left out.

Years name no day, so a span of ``d`` years between its two years ran a little over
``d - 1`` years at the least and a little under ``d + 1`` at the most.  A length of ``d``
years agrees with it (2019 to 2022 is three years), one that may lie within those bounds
is compatible with it ("four years", counting both years; "more than two years"), and one
that cannot conflicts ("seven years" against "from 2017 to 2022").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import attrs
import numpy as np

from claimdiff.align import FORBIDDEN, score_block
from claimdiff.assignment import assign, lone_ok
from claimdiff.candidates import Candidate, Rules, own_words
from claimdiff.extract.members import EXACT
from claimdiff.findings import judged
from claimdiff.inputs import check_pairs
from claimdiff.lexicon import Lexicon
from claimdiff.model import Claim, Finding, Kind, Quantity, Verdict
from claimdiff.pattern_code import compile_pattern
from claimdiff.tenses import FUTURE, clause_tense
from claimdiff.units import convert
from claimdiff.word_matrices import jaccard, soft_overlap

__all__ = ["as_span", "lengths_of_spans", "span_length", "spans_against_lengths", "tied"]

# Both years of a span written out ("between 2016 and 2021", "2019-2022"): a decade ("the
# 1990s") or a century spans years too, but names no length of anything.
_TWO_YEARS = compile_pattern(r"\d{4}\D+\d{2,4}")
# The last word before a length, and what stands between: "the next five years".
_LAST_WORD = compile_pattern(r"(?P<w>[^\W\d_]+)\s+(?:the\s+)?$")
# How far from a length its clause's tense is read, and its last word before it.
_TENSE_REACH = 600
_WORD_REACH = 32
# Years of a span no shorter than this are a length; "2015-16" is a season.
_LEAST_YEARS = 2


def span_length(claim: Claim) -> int | None:
    """The whole years between a span's two years ("between 2016 and 2021": 5), or None
    where ``claim`` is no span of at least two years written with both."""
    q = claim.quantity
    if claim.kind is not Kind.YEAR or q is None or q.low is None or q.high is None:
        return None
    years = round(q.high - q.low)
    if years < _LEAST_YEARS or _TWO_YEARS.search(claim.text) is None:
        return None
    return years


def _as_length(c: Candidate, years: int) -> Candidate:
    """A span's candidate read as a length of ``years`` years, its words and span kept."""
    q = Quantity(float(years), float(years), float(years), "year", EXACT)
    claim = attrs.evolve(c.claim, kind=Kind.DURATION, quantity=q)
    return attrs.evolve(c, claim=claim, block="duration")


def lengths_of_spans(cands: Sequence[Candidate]) -> list[tuple[Candidate, Claim, int]]:
    """Each span of years among ``cands`` read as the lengths it may be, for
    :func:`claimdiff.check`: ``d`` years between its years, and ``d + 1`` counting both
    ("between 2019 and 2022" supports "over three years" and "for four years"); each
    with the span's own claim and ``d``."""
    out = []
    for c in cands:
        years = span_length(c.claim) if c.block == "year" else None
        if years is not None:
            out += [
                (_as_length(c, years), c.claim, years),
                (_as_length(c, years + 1), c.claim, years),
            ]
    return out


def as_span(
    found: Finding, span: Claim, years: int, names: tuple[str | None, str | None]
) -> Finding:
    """``found``, check()'s finding on a span of ``years`` years read as a length (its
    ``a``) and a length of time, shown on the span as written with the reason in its
    terms; its verdict and label stay check()'s (a length counting both years is stated
    by the span)."""
    result = _judged(span, years, found.b)
    if result is None:
        return attrs.evolve(found, a=span)
    told = judged(span, found.b, found.verdict, result[1], found.score, *names)
    return attrs.evolve(found, a=span, reason=told.reason)


class _Side(NamedTuple):
    """One text's unpaired spans, each read as a length, with their indices among the
    text's candidates and their lengths in years; and its unpaired lengths of time, with
    their indices."""

    spans: list[Candidate]
    span_index: list[int]
    years: list[int]
    lengths: list[Candidate]
    length_index: list[int]


def _side(cands: Sequence[Candidate], left: Sequence[int]) -> _Side:
    """The spans and lengths of time among ``cands`` (``left``: the indices of those
    unpaired), as :class:`_Side` holds them."""
    side = _Side([], [], [], [], [])
    for k in left:
        c = cands[k]
        if c.block == "duration":
            side.lengths.append(c)
            side.length_index.append(k)
        elif c.block == "year":
            found = span_length(c.claim)
            if found is not None:
                side.spans.append(_as_length(c, found))
                side.span_index.append(k)
                side.years.append(found)
    return side


def _with_tense(text: str, c: Candidate, lex: Lexicon) -> Candidate:
    """``c`` with its clause's tense read near it (claimdiff.tenses): a length said as the
    next ones ("for the next five years", ``RELATIVE_FUTURE_WORDS``) is to come.  Read
    within :data:`_TENSE_REACH` characters, as compare() reads a date's: a sentence of
    thousands of lengths is not read whole for each."""
    (start, end), (lo, hi) = c.claim.span, c.claim.sentence
    near = (max(lo, start - _TENSE_REACH), min(hi, end + _TENSE_REACH))
    tense = clause_tense(text, c.claim.span, near, lex)
    before = _LAST_WORD.search(text, max(lo, start - _WORD_REACH), start)
    if before is not None and before["w"].lower() in lex.RELATIVE_FUTURE_WORDS:
        tense = FUTURE
    return attrs.evolve(c, tense=tense)


def tied(spans: Sequence[Candidate], lengths: Sequence[Candidate]) -> np.ndarray:
    """Which spans and lengths their words tie: a word of their own in common, or two
    nouns of one meaning (``soft_overlap``).  The figure alone ties nothing: "the mayor
    served from 2010 to 2014" is no span of "the tunnel will take four years to dig"."""
    own_a, own_b = own_words(spans), own_words(lengths)
    return np.asarray((jaccard(own_a, own_b) > 0) | soft_overlap(own_a, own_b))


def _in_years(claim: Claim) -> tuple[float, float] | None:
    """A length of time's least and greatest value in years, or None if unknown."""
    q = claim.quantity
    converted = convert(q, "year") if q is not None and q.unit else None
    if converted is None:
        return None
    lo, hi = converted.interval
    return (0.0 if lo is None else lo, float("inf") if hi is None else hi)


def _judged(span: Claim, years: int, length: Claim) -> tuple[Verdict, str] | None:
    """The verdict on a span (a year's claim) of ``years`` years and a length of time, and
    why in words; None where the length cannot be read in years."""
    bounds = _in_years(length)
    if bounds is None or span.quantity is None or span.quantity.low is None:
        return None
    lo, hi = bounds
    first = round(span.quantity.low)
    said = f"{first} to {first + years} is {years} years"
    if lo <= years <= hi and hi - lo < 1:
        return Verdict.AGREE, f"the same length ({said})"
    if lo <= years + 1 and hi >= years - 1:
        if lo <= years + 1 <= hi and hi - lo < 1:
            return Verdict.COMPATIBLE, f"{said}, or {years + 1} counting both: both can be true"
        ran = f"from just over {years - 1} to just under {years + 1} years"
        return Verdict.COMPATIBLE, f"{said}, so it ran {ran}: both can be true"
    return Verdict.CONFLICT, f"{said}, or {years + 1} counting both, not {length.text}"


def _two_times(a: Sequence[Candidate], b: Sequence[Candidate]) -> np.ndarray:
    """Which pairs are of a time to come and one not read so (two tenses among them: a
    tense is past or to come): a span is the years a thing ran or will run, a length to
    come no span of the past."""
    future_a = np.array([x.tense == FUTURE for x in a], dtype=bool)
    future_b = np.array([y.tense == FUTURE for y in b], dtype=bool)
    return np.asarray(future_a[:, None] != future_b[None, :])


def spans_against_lengths(
    texts: tuple[str, str],
    names: tuple[str | None, str | None],
    cands: tuple[Sequence[Candidate], Sequence[Candidate]],
    left: tuple[Sequence[int], Sequence[int]],
    rules: Rules,
    lex: Lexicon,
    max_pairs: int | None,
) -> list[tuple[int, int, Finding]]:
    """Findings on a span of years against a length of time among the claims ``left``
    unpaired (indices into each text's ``cands``), with the indices of the two claims in
    ``a``'s and ``b``'s order.  One text's spans meet the other's lengths, and its
    lengths the other's spans: two blocks of their own, which share no claim.  A span
    and a length of two tenses are two things ("backed a tour from 2012 to 2019", "will
    sponsor it for the next five years")."""
    sa, sb = _side(cands[0], left[0]), _side(cands[1], left[1])
    out = []
    for a_spans, (xa, ia), (xb, ib), years in (
        (True, (sa.spans, sa.span_index), (sb.lengths, sb.length_index), sa.years),
        (False, (sa.lengths, sa.length_index), (sb.spans, sb.span_index), sb.years),
    ):
        if not xa or not xb:
            continue
        check_pairs(len(xa), len(xb), what="spans of years and lengths", max_pairs=max_pairs)
        xa = [_with_tense(texts[0], x, lex) for x in xa]
        xb = [_with_tense(texts[1], y, lex) for y in xb]
        # A span's length is no figure written: the same figure is no evidence of it.
        scores = score_block(xa, xb, rules, same=np.zeros((len(xa), len(xb)), dtype=bool))
        apart = _two_times(xa, xb)
        if len(xa) > 1 or len(xb) > 1:
            # Of several spans or lengths, a pair needs words of its own in common: the one
            # span and the one length of two reports are the story's, words or none.
            apart |= ~tied(xa, xb)  # words in common tie a pair whichever side spans
        scores[apart] = FORBIDDEN
        for i, j, score in assign(scores, lone=lone_ok(xa, xb)):
            # The finding shows the span as written, a year's claim.
            ca = cands[0][ia[i]].claim if a_spans else xa[i].claim
            cb = xb[j].claim if a_spans else cands[1][ib[j]].claim
            span, length = (ca, cb) if a_spans else (cb, ca)
            result = _judged(span, years[i] if a_spans else years[j], length)
            if result is None:
                continue
            verdict, why = result
            out.append((ia[i], ib[j], judged(ca, cb, verdict, why, score, *names)))
    return out
