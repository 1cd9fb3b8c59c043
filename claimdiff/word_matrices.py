"""Matrices over two sides' claims: a function of two values, word-set overlaps.

The building blocks of :func:`claimdiff.align.score_block`: each is computed once per
distinct value or word and broadcast, so a block costs one pass over its matrix.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from claimdiff import nouns

__all__ = ["both_known", "differ", "jaccard", "soft_overlap", "table"]

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
    ia = {w: k for k, w in enumerate(va)}
    ib = {w: k for k, w in enumerate(vb)}
    # Every word against every word is quadratic in the words: past this many pairs
    # (long texts, wordy sentences) only shared words count, so a hostile text stays fast.
    synonyms = len(va) * len(vb) <= _SYNONYM_WORD_PAIRS
    meet = np.array(
        [
            [u == v or (synonyms and nouns.similarity(u, v) >= _SAME_MEANING) for v in vb]
            for u in va
        ],
        dtype=bool,
    ).reshape(len(va), len(vb))
    out = np.zeros((len(a), len(b)), dtype=bool)
    for i, x in enumerate(a):
        rows = [ia[w] for w in x]
        if not rows:
            continue
        hit = np.asarray(meet[rows].any(axis=0), dtype=bool)
        for j, y in enumerate(b):
            out[i, j] = any(bool(hit[ib[w]]) for w in y)
    return out


def differ(xs: Sequence[str | None], ys: Sequence[str | None]) -> np.ndarray:
    """Which pairs hold two known values that differ ("begins" and "ends", "for" and
    "against"): unknown values differ from nothing (:func:`table`)."""
    return np.asarray(table(xs, ys, lambda u, v: float(u != v)) > 0)


def both_known(xs: Sequence[str | None], ys: Sequence[str | None]) -> np.ndarray:
    """Whether both values of each pair are known (neither None nor empty)."""
    kx = np.array([bool(x) for x in xs], dtype=bool)
    ky = np.array([bool(y) for y in ys], dtype=bool)
    return np.asarray(kx[:, None] & ky[None, :])


def jaccard(a: Sequence[frozenset[str]], b: Sequence[frozenset[str]]) -> np.ndarray:
    """Jaccard similarity of every pair of word sets, as one matrix product."""
    vocab: dict[str, int] = {}
    rows_a = [[vocab.setdefault(w, len(vocab)) for w in s] for s in a]
    rows_b = [[vocab.setdefault(w, len(vocab)) for w in s] for s in b]
    if not vocab:  # no words on either side (an empty product warns on some BLAS builds)
        return np.zeros((len(a), len(b)))
    ma = np.zeros((len(a), len(vocab)), dtype=np.float32)
    mb = np.zeros((len(b), len(vocab)), dtype=np.float32)
    for i, cols in enumerate(rows_a):
        ma[i, cols] = 1.0
    for j, cols in enumerate(rows_b):
        mb[j, cols] = 1.0
    with np.errstate(invalid="ignore"):
        # Some OpenBLAS builds raise the invalid-value flag inside a product of finite
        # matrices (numpy#24067, OpenBLAS#1924); the counts it returns are right.
        inter = ma @ mb.T
    union = ma.sum(axis=1)[:, None] + mb.sum(axis=1)[None, :] - inter
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.asarray(np.where(union > 0, inter / union, 0.0), dtype=np.float64)
