"""Matrices over two sides' claims: a function of two values, word-set overlaps.

The building blocks of :func:`claimdiff.align.score_block`: each is computed once per
distinct value or word and broadcast, so a block costs one pass over its matrix.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from claimdiff import nouns
from claimdiff.per_time import per_time_factor

__all__ = [
    "both_known",
    "differ",
    "jaccard",
    "per_apart",
    "per_factors",
    "soft_overlap",
    "table",
    "two_lengths",
]

# Two words with at least this WordNet similarity mean one thing ("factory", "plant").
_SAME_MEANING = 0.85
# Near-synonyms are looked for among at most this many word pairs (see soft_overlap).
_SYNONYM_WORD_PAIRS = 40_000


def table(
    xs: Sequence[str | None], ys: Sequence[str | None], f: Callable[[str, str], float]
) -> np.ndarray:
    """``f`` over every pair of known values, computed once per distinct pair (0 if unknown)."""
    ux = sorted({x for x in xs if x})
    uy = sorted({y for y in ys if y})
    small = np.zeros((len(ux) + 1, len(uy) + 1))
    for i, u in enumerate(ux, 1):
        for j, v in enumerate(uy, 1):
            small[i, j] = f(u, v)
    ix = {u: i for i, u in enumerate(ux, 1)}
    iy = {v: j for j, v in enumerate(uy, 1)}
    rows = np.array([ix[x] if x else 0 for x in xs], dtype=int)
    cols = np.array([iy[y] if y else 0 for y in ys], dtype=int)
    return np.asarray(small[rows[:, None], cols[None, :]])


def soft_overlap(a: Sequence[frozenset[str]], b: Sequence[frozenset[str]]) -> np.ndarray:
    """Whether each pair of word sets shares a word, or two nouns of one meaning.

    "factory" meets "plant", "treaty" meets "agreement" (WordNet similarity of
    at least :data:`claimdiff.nouns.SAME_THING`'s strict neighbour, 0.85).
    """
    va = sorted(set().union(*a)) if a else []
    vb = sorted(set().union(*b)) if b else []
    out = np.zeros((len(a), len(b)), dtype=bool)
    # Every word against every word is quadratic in the words: past this many pairs
    # (long texts, wordy sentences) only shared words count, found through an index of
    # where each word stands, so a hostile text stays fast.
    if len(va) * len(vb) > _SYNONYM_WORD_PAIRS:
        where: dict[str, list[int]] = {}
        for j, y in enumerate(b):
            for w in y:
                where.setdefault(w, []).append(j)
        for i, x in enumerate(a):
            for w in x:
                js = where.get(w)
                if js:
                    out[i, js] = True
        return out
    meet = np.array(
        [[u == v or nouns.similarity(u, v) >= _SAME_MEANING for v in vb] for u in va],
        dtype=float,
    ).reshape(len(va), len(vb))
    # Which words each set holds, as rows: the sets meet where a word of one meets a word
    # of the other, one product for all pairs.
    return np.asarray((_holds(a, va) @ meet @ _holds(b, vb).T) > 0)


def _holds(sets: Sequence[frozenset[str]], vocab: list[str]) -> np.ndarray:
    """A row per set, a column per word of ``vocab``: 1.0 where the set holds the word."""
    at = {w: k for k, w in enumerate(vocab)}
    out = np.zeros((len(sets), len(vocab)))
    for i, x in enumerate(sets):
        out[i, [at[w] for w in x]] = 1.0
    return out


def differ(xs: Sequence[str | None], ys: Sequence[str | None]) -> np.ndarray:
    """Which pairs hold two known values that differ ("begins" and "ends", "for" and
    "against"): unknown values differ from nothing (:func:`table`)."""
    return np.asarray(table(xs, ys, lambda u, v: float(u != v)) > 0)


def per_factors(
    pers_a: Sequence[str | None], pers_b: Sequence[str | None], *, working: bool = False
) -> np.ndarray:
    """For each pair, what the first figure is multiplied by to be per the second's length
    of time (the writers' count, the least; ``working`` as
    :func:`claimdiff.per_time.per_time_factor`): 1 where either states none or no length
    of time (claimdiff.per_time)."""
    factors = table(pers_a, pers_b, lambda u, v: _least(per_time_factor(u, v, working=working)))
    return np.where(factors == 0.0, 1.0, factors)


def _least(factor: tuple[float, float] | None) -> float:
    return 0.0 if factor is None else factor[0]  # 0: unknown, as table() writes it


def per_apart(xs: Sequence[str | None], ys: Sequence[str | None]) -> np.ndarray:
    """Which pairs are figures per two different things that no conversion joins: "$50 a
    month" and "$50 a user" (never "£1,200 a month" and "£14,400 a year")."""
    return np.asarray(table(xs, ys, lambda u, v: float(u != v and not _lengths(u, v))) > 0)


def two_lengths(xs: Sequence[str | None], ys: Sequence[str | None]) -> np.ndarray:
    """Which pairs are figures per two different lengths of time ("£4,000 a month",
    "£4,000 a year")."""
    return np.asarray(table(xs, ys, lambda u, v: float(u != v and _lengths(u, v))) > 0)


def _lengths(u: str, v: str) -> bool:
    return per_time_factor(u, v) is not None


def both_known(xs: Sequence[str | None], ys: Sequence[str | None]) -> np.ndarray:
    """Whether both values of each pair are known (neither None nor empty)."""
    kx = np.array([bool(x) for x in xs], dtype=bool)
    ky = np.array([bool(y) for y in ys], dtype=bool)
    return np.asarray(kx[:, None] & ky[None, :])


def jaccard(a: Sequence[frozenset[str]], b: Sequence[frozenset[str]]) -> np.ndarray:
    """Jaccard similarity of every pair of word sets, as one matrix product.

    Claims of one sentence share its word set, and a word on one side only adds to the
    union alone, so the product runs over each side's distinct sets and the words both
    sides hold: a sentence of thousands of words and figures (junk with no full stop)
    would otherwise be read once per figure, and make a column per word of it.
    """
    rows_a, sets_a = _distinct(a)
    rows_b, sets_b = _distinct(b)
    shared = _union(sets_a) & _union(sets_b)
    columns = {w: k for k, w in enumerate(shared)}
    inter = _overlaps(_incidence(sets_a, columns), _incidence(sets_b, columns))
    size_a = np.array([len(s) for s in sets_a], dtype=np.float32)
    size_b = np.array([len(s) for s in sets_b], dtype=np.float32)
    union = size_a[:, None] + size_b[None, :] - inter
    with np.errstate(divide="ignore", invalid="ignore"):
        small = np.where(union > 0, inter / union, 0.0)
    return np.asarray(small[rows_a[:, None], rows_b[None, :]], dtype=np.float64)


def _distinct(sets: Sequence[frozenset[str]]) -> tuple[np.ndarray, list[frozenset[str]]]:
    """Each set's row among the distinct sets, and those sets in order of first use.

    Each object is looked up by value once: two equal sets of one long sentence read
    twice (a text repeated) compare word by word, which once per figure is quadratic.
    """
    index: dict[frozenset[str], int] = {}
    of_object: dict[int, int] = {}  # id() is stable: ``sets`` holds every object
    rows = np.empty(len(sets), dtype=np.intp)
    for k, s in enumerate(sets):
        row = of_object.get(id(s))
        if row is None:
            row = of_object[id(s)] = index.setdefault(s, len(index))
        rows[k] = row
    return rows, list(index)


def _union(sets: Sequence[frozenset[str]]) -> set[str]:
    out: set[str] = set()
    for s in sets:
        out |= s
    return out


def _incidence(sets: Sequence[frozenset[str]], columns: dict[str, int]) -> np.ndarray:
    """A 0/1 row per set over ``columns`` (words outside them are left out)."""
    m = np.zeros((len(sets), len(columns)), dtype=np.float32)
    for i, s in enumerate(sets):
        m[i, [columns[w] for w in s if w in columns]] = 1.0
    return m


def _overlaps(ma: np.ndarray, mb: np.ndarray) -> np.ndarray:
    """How many columns each row of ``ma`` shares with each of ``mb``."""
    if not ma.shape[1]:  # no word in common (an empty product warns on some BLAS builds)
        return np.zeros((ma.shape[0], mb.shape[0]), dtype=np.float32)
    with np.errstate(invalid="ignore"):
        # Some OpenBLAS builds raise the invalid-value flag inside a product of finite
        # matrices (numpy#24067, OpenBLAS#1924); the counts it returns are right.
        return np.asarray(ma @ mb.T)
