"""Derived figures: what an output may honestly compute from its source's figures.

A summary says "up 20%" where its source said "from $10m to $12m"; it says
"a quarter" for "12 of 48", "$2m" for the difference of two amounts.  Each
such figure is supported, and its :class:`Derivation` says how.  The search is
bounded: only pairs of source figures of one dimension at most
:data:`WINDOW` claims apart are combined, their results are indexed by value
once, and each output figure is one binary search — near-linear in the texts.
Pure functions; docs/check.md lists the derivations and their tolerances.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Sequence

import attrs

from claimdiff.align import lemma
from claimdiff.model import Claim, Direction, Kind, Qualifier, Quantity
from claimdiff.pattern_code import compile_pattern

__all__ = [
    "BOUND_SLACK",
    "WINDOW",
    "Derivation",
    "DerivationIndex",
    "accept_interval",
    "build_index",
    "derive",
]

_EPS = 1e-9
WINDOW = 6
"""How many claims apart two source figures may be and still be combined."""
BOUND_SLACK = 0.1
"""A bound "more than X" fairly restates a figure at most this far past X
(16,300 → "more than 16,000"); further out it says too little to be checked."""
# The widest range (high / low) still precise enough to be checked.
_RANGE_SPREAD = 1.5
_NUMBER = compile_pattern(r"\d[\d,]*(?:\.(\d+))?")
_WRITTEN_PERCENT = compile_pattern(r"%|per\s?cent|pct", re.IGNORECASE)
_ARITHMETIC_KINDS = frozenset({Kind.COUNT, Kind.MONEY, Kind.MEASURE, Kind.PERCENT, Kind.DURATION})
# A count of these is a change of a percentage, read as a difference of two
# percentages ("margin rose 2.5 points" from "39.0%" to "41.5%").
_POINTS = frozenset({"point", "percentage point"})  # not basis points: hundredths


@attrs.frozen
class Derivation:
    """How an output figure follows from source figures."""

    how: str
    """"percentage change", "share", "difference", "sum" or "midpoint"."""
    value: float
    """The figure the source's figures give (signed for changes)."""
    sources: tuple[Claim, ...]
    explanation: str
    direction_ok: bool = True
    """False when the size matches but the output says the figure went the other way."""


@attrs.frozen
class _Entry:
    size: float
    sign: Direction | None
    how: str
    a: Claim
    b: Claim


@attrs.frozen
class DerivationIndex:
    """Every windowed derivation of a source, by key, sorted by size."""

    sizes: dict[str, list[float]]
    entries: dict[str, list[_Entry]]
    related: tuple[frozenset[str], ...] = ()
    """Predicate classes that may be combined (the lexicon's RELATED)."""
    gaps: frozenset[str] = frozenset()
    """Words that name a figure a difference ("dearer", "remaining", "shortfall"): a level
    said with none is no difference (the lexicon's GAP_WORDS)."""


def key_of(c: Claim) -> str | None:
    """The dimension two figures must share to be combined: kind and unit."""
    if c.kind not in _ARITHMETIC_KINDS or c.quantity is None or c.quantity.value is None:
        return None
    if c.ordinal:
        return None  # "her 10th title" and "her 11th" make no 21st
    return f"{c.kind.value} {c.unit or ''}"


def same_thing(a: Claim, b: Claim, related: Sequence[frozenset[str]] = ()) -> bool:
    """False when ``a`` and ``b`` state different things and may not be combined.

    Counts of different things ("children", "investigators"); figures of
    unrelated predicates ("revenue", "profit"; but a cost and the grant that
    funds it may be subtracted: ``related`` lists the lexicon's kin); amounts
    per different things, or a per-share figure and a total.  A figure with no
    noun, predicate or "per" read may be of anything.
    """
    pa, pb = a.predicate, b.predicate
    if a.per and b.per and a.per != b.per:
        return False
    if (pa in _PER_SHARE or a.per == "share") != (pb in _PER_SHARE or b.per == "share"):
        if pa and pb:
            return False  # "$0.52 a share" never combines with a total
    if pa and pb and pa != pb and not any(pa in r and pb in r for r in related):
        return False
    if a.kind is not Kind.COUNT or b.kind is not Kind.COUNT:
        return True
    x, y = lemma(a.noun), lemma(b.noun)
    return x is None or y is None or x == y


# Predicates of figures per share: they combine only with each other.
_PER_SHARE = frozenset({"eps", "dividend"})
# Figures that can be summed and subtracted: a bound or a vague amount has no one value.
_COMBINABLE = frozenset({Qualifier.EXACT, Qualifier.APPROXIMATE})


def _combinable(c: Claim) -> bool:
    return c.quantity is not None and c.quantity.qualifier in _COMBINABLE


def _fmt(x: float) -> str:
    return f"{x:,.0f}" if abs(x) >= 100 or x == int(x) else f"{x:.3g}"


def _pairs(claims: Sequence[Claim], related: Sequence[frozenset[str]]) -> list[_Entry]:
    out = []
    for i, a in enumerate(claims):
        ka = key_of(a)
        if ka is None:
            continue
        for b in claims[i + 1 : i + 1 + WINDOW]:
            if key_of(b) != ka:
                continue
            x, y = value_of(a), value_of(b)
            same = same_thing(a, b, related)
            later = _later_by_year(a, b)
            if (a.change_to == x and a.change_from == y and x != y) or later is a:
                # "to 52 cents from 48 cents", "$12m in 2023 after $10m in 2022": b → a.
                out.extend(_combine(b, a, y, x, same, ordered=True))
            else:
                ordered = (a.change_from == x and a.change_to == y and x != y) or later is b
                out.extend(_combine(a, b, x, y, same, ordered=ordered))
    return out


def _later_by_year(a: Claim, b: Claim) -> Claim | None:
    """Of two figures scoped to different years, the later one; else None."""
    ya, yb = _year(a.period), _year(b.period)
    if ya is None or yb is None or ya == yb:
        return None
    return a if ya > yb else b


def _year(period: str | None) -> int | None:
    for w in (period or "").split():
        if w.isdigit() and len(w) == 4:
            return int(w)
    return None


def _sign(d: float) -> Direction | None:
    return None if d == 0 else Direction.UP if d > 0 else Direction.DOWN


def _combine(a: Claim, b: Claim, x: float, y: float, same: bool, *, ordered: bool) -> list[_Entry]:
    """What two source figures give: sum, difference, changes and share.

    The sign of a difference or a change is known only for a change the
    source states ("from X to Y"); two figures merely named together ("$3.36bn
    versus $3.51bn a year earlier") give a size with no direction.
    """
    out = []
    if same:
        out += [
            _Entry(abs(x + y), None, "sum", a, b),
            _Entry(abs(y - x), _sign(y - x) if ordered else None, "difference", a, b),
        ]
    if a.kind is Kind.PERCENT:
        return out  # a change of a percentage is in points: the difference above
    for base, new, first, second in ((x, y, a, b), (y, x, b, a)):
        if base and same:
            pct = (new - base) / abs(base) * 100
            sign = _sign(pct) if ordered and first is a else None
            if ordered and first is not a:
                continue  # a stated change runs one way only
            out.append(_Entry(abs(pct), sign, "percentage change", first, second))
    lo, hi = sorted((x, y))
    if 0 < lo < hi and same:
        # A share of unrelated figures ("40 schools" of "160 buses") is no share.
        part, whole = (a, b) if x < y else (b, a)
        out.append(_Entry(lo / hi * 100, None, "share", part, whole))
    return out


def _midpoints(claims: Sequence[Claim]) -> list[_Entry]:
    """ "$2.2 billion to $2.4 billion": its midpoint, $2.3 billion."""
    out = []
    for c in claims:
        q = c.quantity
        if q is None or q.qualifier is not Qualifier.RANGE or q.low is None or q.high is None:
            continue
        if c.kind in _ARITHMETIC_KINDS and q.low > 0:
            out.append(_Entry((q.low + q.high) / 2, None, "midpoint", c, c))
    return out


def build_index(
    source: Sequence[Claim],
    related: Sequence[frozenset[str]] = (),
    gaps: frozenset[str] = frozenset(),
) -> DerivationIndex:
    """Index every derivation of windowed pairs of ``source`` claims (in text order).

    ``related`` lists predicate classes that may be combined (the lexicon's RELATED);
    ``gaps`` the words that name a figure a difference (the lexicon's GAP_WORDS).
    """
    numeric = sorted(
        (c for c in source if key_of(c) is not None and _combinable(c)), key=lambda c: c.span
    )
    by_key: dict[str, list[_Entry]] = defaultdict(list)
    for e in _midpoints(source):
        by_key[f"{e.a.kind.value} {e.a.unit or ''}"].append(e)
    for e in _pairs(numeric, related):
        key = "percent %" if e.how in ("percentage change", "share") else key_of(e.a)
        assert key is not None
        by_key[key].append(e)
    entries = {k: sorted(v, key=lambda e: e.size) for k, v in by_key.items()}
    sizes = {k: [e.size for e in v] for k, v in entries.items()}
    return DerivationIndex(sizes, entries, tuple(related), gaps)


def _half_unit(q: Quantity, text: str) -> float:
    """Half a unit of the last digit written: "20%" → 0.5, "12.5%" → 0.05."""
    m = _NUMBER.search(text)
    if m is None or q.value is None or (q.unit == "%" and not _WRITTEN_PERCENT.search(text)):
        return 0.0  # "2 out of 3" is a share, not a percentage written to its last digit
    try:
        written = float(m.group(0).replace(",", ""))
    except ValueError:
        return 0.0
    decimals = len(m.group(1) or "")
    scale = q.value / written if written else 1.0
    return 0.5 * 10.0**-decimals * abs(scale)


def accept_interval(c: Claim) -> tuple[float, float] | None:
    """The values a derived figure may take for ``c`` to state it honestly, or None.

    An exact figure holds whatever rounds to it; "about" its stated reading; a
    bound only values just past it (so a hedge cannot support anything at all).
    """
    q = c.quantity
    if q is None:
        return None
    v = q.value
    if v is None or q.qualifier in (Qualifier.RANGE, Qualifier.VAGUE):
        lo, hi = q.interval
        # A wide range ("35% to 500", "dozens") would support almost anything.
        if lo is None or hi is None or hi > abs(lo) * _RANGE_SPREAD:
            return None
        return (lo, hi)
    if q.qualifier in (Qualifier.MORE_THAN, Qualifier.AT_LEAST):
        return (v, v + abs(v) * BOUND_SLACK)
    if q.qualifier in (Qualifier.LESS_THAN, Qualifier.AT_MOST):
        return (v - abs(v) * BOUND_SLACK, v)
    h = _half_unit(q, c.text)
    lo = v - h if q.low is None else min(q.low, v - h)
    hi = v + h if q.high is None else max(q.high, v + h)
    return (lo, hi)


def derive(claim: Claim, index: DerivationIndex) -> Derivation | None:
    """How ``claim`` (of the output) follows from two source figures, or None.

    With a direction ("up 20%", "cut 300 jobs") only a change the same way
    supports it; a change of the right size the other way is returned with
    ``direction_ok=False`` (a conflict, not a derivation).
    """
    points = claim.kind is Kind.COUNT and lemma(claim.noun) in _POINTS
    key = "percent %" if claim.kind is Kind.PERCENT or points else key_of(claim)
    window = accept_interval(claim)
    if key is None or window is None or key not in index.sizes:
        return None
    sizes, entries = index.sizes[key], index.entries[key]
    lo, hi = abs(window[0]), abs(window[1])
    # Float noise: 0.65 − 0.60 is 0.05000000000000004, and must still be 5 cents.
    lo, hi = min(lo, hi) * (1 - _EPS), max(lo, hi) * (1 + _EPS)
    if (window[0] < 0) != (window[1] < 0):
        lo = 0.0
    wrong_way = None
    target = (
        claim.quantity.value
        if claim.quantity and claim.quantity.value is not None
        else (lo + hi) / 2
    )
    found = entries[bisect.bisect_left(sizes, lo) : bisect.bisect_right(sizes, hi)]
    for e in sorted(found, key=lambda e: abs(e.size - abs(target))):
        if (
            claim.kind is Kind.PERCENT
            and e.how in ("sum", "difference")
            and e.a.kind is not Kind.PERCENT
        ):
            continue
        if points and (e.how != "difference" or e.a.kind is not Kind.PERCENT):
            continue
        if (
            not points
            and e.how != "share"
            and not (
                same_thing(claim, e.a, index.related) and same_thing(claim, e.b, index.related)
            )
        ):
            continue  # "200 staff" is no sum of "120 desks" and "80 desks"
        if claim.direction is not None and e.how in ("sum", "share", "midpoint"):
            continue  # "rose 300" is a change, not a sum or a share
        if e.how == "difference" and not (_a_change(claim) or _a_gap(claim, index.gaps)):
            continue  # "sales of $1bn" is no gap between revenue and an unnamed $18.4bn
        if e.how == "percentage change" and not _a_change(claim):
            continue  # "A fifth of the staff" is a share, no rise of a fifth in revenue
        if claim.direction is None or e.sign is None or e.sign is claim.direction:
            return _derivation(e, True)
        wrong_way = wrong_way or e
    return None if wrong_way is None else _derivation(wrong_way, False)


def _a_change(claim: Claim) -> bool:
    """Whether an output figure states a change: a direction, or a size after "by"."""
    return claim.direction is not None or claim.role == "by"


def _a_gap(claim: Claim, gaps: frozenset[str]) -> bool:
    """Whether an output figure's clause names it a difference ("£15 dearer", "about
    $1.4 million not covered by the grant", "a majority of 2,325", "leaving 117 open").

    A level said otherwise ("sales of $1bn", "a budget of $150 million") may be any figure
    of the source's size, and some difference of two source figures matches most sizes:
    only a change or a gap named as such is worked out (docs/check.md, "Derived")."""
    return any(w in gaps for w in claim.context)


def _derivation(e: _Entry, ok: bool) -> Derivation:
    a, b = e.a, e.b
    if e.how == "midpoint":
        q = a.quantity
        assert q is not None and q.low is not None and q.high is not None
        why = f"the midpoint of {a.text} (({_fmt(q.low)} + {_fmt(q.high)}) / 2)"
        return Derivation(e.how, e.size, (a,), why, ok)
    x, y = value_of(a), value_of(b)
    if e.how == "percentage change":
        word = {Direction.UP: "a rise", Direction.DOWN: "a fall"}.get(e.sign, "a change")  # type: ignore[arg-type]
        why = (
            f"{word} of {e.size:.3g}% from {a.text} to {b.text} "
            f"(({_fmt(y)} − {_fmt(x)}) / {_fmt(x)})"
        )
    elif e.how == "share":
        why = f"{a.text} is {e.size:.3g}% of {b.text} ({_fmt(x)} / {_fmt(y)})"
    elif e.how == "difference":
        if e.sign is None and y < x:
            x, y = y, x  # two figures named together: the gap, larger less smaller
        why = (
            f"the difference between {a.text} and {b.text} ({_fmt(y)} − {_fmt(x)} = {_fmt(y - x)})"
        )
    else:
        why = f"the sum of {a.text} and {b.text} ({_fmt(x)} + {_fmt(y)} = {_fmt(x + y)})"
    signed = -e.size if e.sign is Direction.DOWN else e.size
    return Derivation(e.how, signed, (a, b), why, ok)


def value_of(c: Claim) -> float:
    """The nominal figure of a claim known to have one (the index holds no other)."""
    assert c.quantity is not None and c.quantity.value is not None
    return c.quantity.value
