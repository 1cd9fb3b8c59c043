"""One figure misprinted: its significant digits in another order, or one of them changed.

Pairing asks it of figures left over, which may pair however far apart when one is the
other misprinted (:func:`claimdiff.assignment.lone_ok`), and of a rate's earlier level,
which meets only itself or itself misprinted (:mod:`claimdiff.earlier_levels`).
"""

from __future__ import annotations

import numpy as np

from claimdiff.extract.numbers import mantissa

__all__ = ["misprinted", "transposed"]

# A misprint keeps a figure's scale: "4.9%" and "9.4%", never "4.9%" and "94%".
_MISPRINT_RATIO = 10.0


def transposed(va: np.ndarray, vb: np.ndarray) -> np.ndarray:
    """Which pairs are one figure's significant digits in another order ("$1.5m" and
    "$5.1 million", "£25,000" and "£52,000", "150" and "510"), whatever their scale:
    callers ask it of figures less than ten times apart, as a misprint keeps a figure's
    scale."""
    da = [mantissa(float(v)) for v in va]
    db = [mantissa(float(v)) for v in vb]
    key_a = np.array(["".join(sorted(d)) if len(d) > 1 else "" for d in da], dtype=object)
    key_b = np.array(["".join(sorted(d)) if len(d) > 1 else "" for d in db], dtype=object)
    same_digits = (key_a[:, None] == key_b[None, :]) & (key_a[:, None] != "")
    order_a = np.array(da, dtype=object)
    order_b = np.array(db, dtype=object)
    return np.asarray(same_digits & (order_a[:, None] != order_b[None, :]))


def misprinted(va: np.ndarray, vb: np.ndarray) -> np.ndarray:
    """Which pairs may be one figure misprinted: the same number of significant digits (at
    least two) with one changed, or the same digits in another order (:func:`transposed`),
    less than ten times apart.

    >>> misprinted(np.array([4.9]), np.array([4.8, 9.4, 4.85, 94.0, 4.9])).tolist()
    [[True, True, False, False, False]]
    """
    da = [mantissa(float(v)) for v in va]
    db = [mantissa(float(v)) for v in vb]
    out = transposed(va, vb)
    for i, x in enumerate(da):
        for j, y in enumerate(db):
            # A figure of one digit has no other to keep: "30%" and "40%" are two figures.
            if len(x) > 1 and len(x) == len(y):
                out[i, j] |= sum(p != q for p, q in zip(x, y, strict=True)) == 1
    with np.errstate(divide="ignore", invalid="ignore"):
        lo = np.minimum(np.abs(va)[:, None], np.abs(vb)[None, :])
        hi = np.maximum(np.abs(va)[:, None], np.abs(vb)[None, :])
        near = (lo > 0) & (hi / lo < _MISPRINT_RATIO)
    return np.asarray(out & near)
