"""Alignment: which claim of one text speaks of the same fact as which of the other.

Claims are blocked by dimension (money with money, lengths with lengths,
counts with counts …); inside a block, score matrices are built with
rapidfuzz's ``process.cdist`` over what is counted, the clause and its
neighbour sentences, and the claim's own words; then claims are paired one
to one by the best total score (the Hungarian method on small blocks, best
edges first on large ones).  Pairs below :data:`THRESHOLD` stay unmatched.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import attrs
import numpy as np
from rapidfuzz import fuzz, process

from claimdiff.model import Claim, Kind
from claimdiff.units import dimension

THRESHOLD = 0.5
"""Below this total score two claims are not taken to state the same fact."""
# Weights of the score's parts; what is counted and where it is said weigh most.
W_NOUN, W_CONTEXT, W_SURFACE, W_VALUE = 0.35, 0.35, 0.15, 0.15
_TIE_BREAK = 1e-4
# Taken off the score of two money, measure or percent claims whose named nouns
# differ: enough to drop a pair held together only by context.
DIFFERENT_NOUN_PENALTY = 0.15
# Counts of clearly different things ("40 countries", "40 investigators") never pair.
MIN_COUNT_NOUN_SIMILARITY = 70.0
# Above this many cells a block is paired greedily (best edges first), which
# keeps cost near n log n; below it the exact Hungarian method runs.
EXACT_LIMIT = 150 * 150

NOUN_SYNONYMS = {
    "staffer": "staff", "staffers": "staff", "employees": "staff", "employee": "staff",
    "workers": "staff", "worker": "staff", "person": "people", "persons": "people",
    "child": "children", "kids": "children", "minors": "children",
    "funds": "funding", "fund": "funding", "pledge": "funding", "aid": "funding",
    "donation": "funding", "grant": "funding", "contribution": "funding",
    "support": "funding", "fundraising": "funding", "money": "funding",
}  # fmt: skip


@attrs.frozen
class Candidate:
    """A claim as alignment sees it: the claim, its block, and the words around it."""

    claim: Claim
    block: str
    neighbourhood: str
    year: str | None
    position: float = 0.0
    """Where the claim stands in its text, from 0 (start) to 1 (end)."""


def lemma(noun: str | None) -> str | None:
    """A light normal form of a counted noun: synonyms, then plural endings.

    >>> lemma("staffers"), lemma("countries"), lemma("people")
    ('staff', 'country', 'people')
    """
    if noun is None:
        return None
    noun = noun.lower()
    noun = NOUN_SYNONYMS.get(noun, noun)
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith("s") and not noun.endswith("ss") and len(noun) > 3:
        return noun[:-1]
    return noun


def block_of(claim: Claim) -> str | None:
    """The dimension a claim is compared in, or None for claims never aligned.

    Counts are blocked further by what they count: "40 countries" and "40
    investigators" are never candidates, and long texts stay cheap.
    """
    if claim.quantity is None or claim.kind in (Kind.DATE, Kind.QUOTE):
        return None
    if claim.kind is Kind.COUNT:
        return f"count {lemma(claim.noun) or '?'}"
    if claim.kind is Kind.MEASURE and claim.unit:
        return "measure " + str(dimension(claim.unit))
    if claim.kind is Kind.RATE:
        return f"rate {claim.unit}"
    if claim.kind is Kind.DURATION:
        return "duration"
    return str(claim.kind.value)


def _representative(claim: Claim) -> float:
    q = claim.quantity
    assert q is not None
    if q.value is not None:
        return abs(q.value)
    lo, hi = q.interval
    if lo is not None and hi is not None:
        return math.sqrt(max(lo, 1e-9) * max(hi, 1e-9))
    return abs(lo if lo is not None else hi if hi is not None else 0.0)


def score_block(
    a: Sequence[Candidate], b: Sequence[Candidate], penalty: np.ndarray | None = None
) -> np.ndarray:
    """The alignment score (0-1) of every pair in one block."""
    lemmas_a = [lemma(c.claim.noun) or "" for c in a]
    lemmas_b = [lemma(c.claim.noun) or "" for c in b]
    noun = process.cdist(lemmas_a, lemmas_b, scorer=fuzz.ratio, dtype=np.float32)
    # A missing noun is neither evidence for nor against a pairing.
    noun[[i for i, x in enumerate(lemmas_a) if not x], :] = 50.0
    noun[:, [j for j, x in enumerate(lemmas_b) if not x]] = 50.0
    ctx_clause = process.cdist(
        [_bag(c.claim.context) for c in a],
        [_bag(c.claim.context) for c in b],
        scorer=fuzz.token_set_ratio,
        dtype=np.float32,
        workers=parallel_workers(a, b),
    )
    ctx_near = _set_similarity([c.neighbourhood for c in a], [c.neighbourhood for c in b])
    surface = process.cdist(
        [_words_only(c.claim.text) for c in a],
        [_words_only(c.claim.text) for c in b],
        scorer=fuzz.token_set_ratio,
        dtype=np.float32,
    )
    va = np.array([_representative(c.claim) for c in a], dtype=np.float64)
    vb = np.array([_representative(c.claim) for c in b], dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.abs(np.log10((va[:, None] + 1e-9) / (vb[None, :] + 1e-9)))
    value = np.exp(-ratio)  # 1 for equal figures, 0.37 an order of magnitude apart
    context = 0.5 * ctx_clause + 0.5 * ctx_near
    total = (W_NOUN * noun + W_CONTEXT * context + W_SURFACE * surface) / 100.0 + W_VALUE * value
    src_a = np.array([c.claim.source or "" for c in a], dtype=object)
    src_b = np.array([c.claim.source or "" for c in b], dtype=object)
    total += 0.05 * ((src_a[:, None] == src_b[None, :]) & (src_a[:, None] != ""))
    year_a = np.array([c.year or "" for c in a], dtype=object)
    year_b = np.array([c.year or "" for c in b], dtype=object)
    both = (year_a[:, None] != "") & (year_b[None, :] != "")
    same_year = year_a[:, None] == year_b[None, :]
    total += 0.05 * (both & same_year)
    total[both & ~same_year] = 0.0  # a claim for 2023 never pairs with one for 2024
    has_a = np.array([bool(x) for x in lemmas_a], dtype=bool)
    has_b = np.array([bool(x) for x in lemmas_b], dtype=bool)
    different = has_a[:, None] & has_b[None, :] & (noun < MIN_COUNT_NOUN_SIMILARITY)
    if a and a[0].block.startswith("count"):
        total[different] = 0.0  # "40 countries" is not "40 investigators"
    else:
        # Amounts of named, different things ("revenue" and "profit") pair only
        # on strong other evidence: what money counts is often named loosely.
        total[different] -= DIFFERENT_NOUN_PENALTY
    # Ties (the same figure stated twice) go to the pair standing at the most
    # similar place in the two texts: symmetric, so compare(a, b) mirrors
    # compare(b, a).  Small enough never to outweigh a real difference.
    pos_a = np.array([c.position for c in a])
    pos_b = np.array([c.position for c in b])
    total -= _TIE_BREAK * np.abs(pos_a[:, None] - pos_b[None, :])
    if penalty is not None:
        total -= penalty
    return np.clip(total, 0.0, 1.0)


# Threads pay off only on large matrices; on small ones starting them costs
# more than the scoring (a millisecond a call).
_PARALLEL_CELLS = 10_000


def parallel_workers(a: Sequence[object], b: Sequence[object]) -> int:
    """How many threads rapidfuzz should use for an ``a`` × ``b`` matrix."""
    return -1 if len(a) * len(b) >= _PARALLEL_CELLS else 1


def _set_similarity(a: Sequence[str], b: Sequence[str]) -> np.ndarray:
    """100 × √Jaccard of the word sets of each pair, as one matrix product.

    Jaccard never rises when unrelated words are added to either side, so a
    sentence on another topic cannot make two claims look closer (a string
    ratio can: it rewards texts of similar length).  The square root spreads
    the small values word overlaps of news sentences take.
    """
    vocab: dict[str, int] = {}
    rows_a = [[vocab.setdefault(w, len(vocab)) for w in set(s.split())] for s in a]
    rows_b = [[vocab.setdefault(w, len(vocab)) for w in set(s.split())] for s in b]
    ma = np.zeros((len(a), len(vocab)), dtype=np.float32)
    mb = np.zeros((len(b), len(vocab)), dtype=np.float32)
    for i, cols in enumerate(rows_a):
        ma[i, cols] = 1.0
    for j, cols in enumerate(rows_b):
        mb[j, cols] = 1.0
    inter = ma @ mb.T
    union = ma.sum(axis=1)[:, None] + mb.sum(axis=1)[None, :] - inter
    with np.errstate(divide="ignore", invalid="ignore"):
        jaccard = np.where(union > 0, inter / union, 0.0)
    return np.asarray(100.0 * np.sqrt(jaccard), dtype=np.float32)


def _bag(words: Sequence[str]) -> str:
    """Words as a sorted set: the similarity of two bags, not of two orders."""
    return " ".join(sorted(set(words)))


def _words_only(text: str) -> str:
    return "".join(ch if not ch.isdigit() else " " for ch in text.lower())


def assign(scores: np.ndarray, threshold: float = THRESHOLD) -> list[tuple[int, int, float]]:
    """One-to-one pairs (i, j, score) maximising the total score, each at least ``threshold``."""
    n, m = scores.shape
    if n == 0 or m == 0:
        return []
    masked = np.where(scores >= threshold, scores, 0.0)
    if n * m <= EXACT_LIMIT:
        pairs = _hungarian(masked)
    else:
        pairs = _greedy(masked)
    return sorted((i, j, float(scores[i, j])) for i, j in pairs if masked[i, j] > 0)


def _greedy(scores: np.ndarray) -> list[tuple[int, int]]:
    rows, cols = np.nonzero(scores)
    order = np.argsort(-scores[rows, cols], kind="stable")
    used_r: set[int] = set()
    used_c: set[int] = set()
    out = []
    for k in order:
        i, j = int(rows[k]), int(cols[k])
        if i not in used_r and j not in used_c:
            used_r.add(i)
            used_c.add(j)
            out.append((i, j))
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
