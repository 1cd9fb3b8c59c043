"""Two counts whose nouns the other report swaps: "180 passengers and 6 crew" against
"180 crew and 6 passengers".

Two reports of one story may give the same two figures and exchange what they count. Each
figure then meets the other report's same figure under another noun, and people named by
two roles with the same figure read as one group counted twice ("12,000 nurses", "12,000
union members"), so both pairs agreed; or the two figures of one noun lie ten times apart
and were kept as two facts (docs/compare.md, "Swapped nouns").  Where a report's two counts
of two nouns stand in the other report with the nouns exchanged, each noun's two counts
are one fact misreported and pair, however far apart, and the same figures of the two
nouns never do.  The two nouns must name two kinds: not one thing in any sense WordNet
gives ("students", "pupils"), not a kind and its class ("cattle", "animals"), and neither
"people" at large ("passengers", "people"): those swap nothing, one group is named twice.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from claimdiff import nouns
from claimdiff.block_evidence import LARGE_GROUP, SYNONYM_CELLS
from claimdiff.candidates import Candidate, lemma

__all__ = ["swapped_nouns"]


def _value(c: Candidate) -> float:
    q = c.claim.quantity
    return abs(q.value) if q is not None and q.value is not None else 0.0


def _lemmas(cands: Sequence[Candidate]) -> list[str | None]:
    return [lemma(c.noun) if c.noun else None for c in cands]


def _two_kinds(a: str, b: str, value: float) -> bool:
    """Whether two counted nouns name two kinds of thing, as :mod:`claimdiff.noun_swaps`
    says, for a figure of ``value``: two nouns of persons with a figure of a large group
    are one group named by two roles ("12,000 nurses", "12,000 union members"), as the
    main alignment reads them."""
    if nouns.is_people(a) or nouns.is_people(b) or nouns.may_be_one(a, b):
        return False
    if value >= LARGE_GROUP and nouns.both_people(a, b):
        return False
    return not (nouns.kind_of(a, b) or nouns.kind_of(b, a))


def swapped_nouns(
    a: Sequence[Candidate], b: Sequence[Candidate], same: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """(crossed, matched) for one block of counts; ``same`` says which pairs state the same
    figure (:func:`claimdiff.align.same_figures`).  ``crossed`` holds the pairs of one
    figure under two nouns that the other report swaps; ``matched`` the pairs of one noun
    they leave, each noun's two counts.

    >>> from claimdiff import extract
    >>> def cands(text):
    ...     return [Candidate(c, "count", frozenset(), None, noun=c.noun) for c in extract(text)]
    >>> a = cands("The plane carried 180 passengers and 6 crew.")
    >>> b = cands("The plane carried 180 crew and 6 passengers.")
    >>> crossed, matched = swapped_nouns(a, b, np.array([[True, False], [False, True]]))
    >>> crossed.tolist(), matched.tolist()
    ([[True, False], [False, True]], [[False, True], [True, False]])
    """
    crossed = np.zeros(same.shape, dtype=bool)
    matched = np.zeros(same.shape, dtype=bool)
    # Two reports' swaps are among the few counts of a story: a block of thousands (a
    # table) is not searched, whose loops below would grow with the fourth power.
    if len(a) < 2 or len(b) < 2 or len(a) * len(b) > SYNONYM_CELLS or not same.any():
        return crossed, matched
    la, lb = _lemmas(a), _lemmas(b)
    by_noun_a: dict[str, list[int]] = defaultdict(list)
    by_noun_b: dict[str, list[int]] = defaultdict(list)
    for i, n in enumerate(la):
        if n:
            by_noun_a[n].append(i)
    for j, n in enumerate(lb):
        if n:
            by_noun_b[n].append(j)
    for i, j in zip(*np.nonzero(same), strict=True):
        na, nb = la[i], lb[j]
        if not na or not nb or na == nb:
            continue
        # The other figure: a count of B's noun in A, the same as a count of A's noun in B.
        for i2 in by_noun_a.get(nb, ()):
            largest = max(_value(a[i]), _value(a[i2]))
            if not _two_kinds(a[i].noun or na, b[j].noun or nb, largest):
                continue
            for j2 in by_noun_b.get(na, ()):
                if i2 != i and j2 != j and same[i2, j2] and not same[i, j2]:
                    crossed[i, j] = crossed[i2, j2] = True
                    matched[i, j2] = matched[i2, j] = True
    return crossed, matched
