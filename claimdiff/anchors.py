"""Words that tie a figure of one text to one figure of the other.

In a swap ("nurses will receive a 5.5% pay rise while resident doctors will get 8.1%"
against "Resident doctors are to be given a 5.5 per cent uplift and nurses 8.1 per
cent") the same figures sit beside each other's words.  A word that stands beside one
figure only in each text of a block ("nurses", "doctors") ties those two figures; two
figures each tied elsewhere, and not to each other, are not one fact, however alike
their values (docs/compare.md, "Evidence against").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

import numpy as np

from claimdiff import nouns

__all__ = ["anchors", "exchanged", "opposites"]

# Opposites among a figure's words speak of whose figure it is only for things and the
# people who hold them ("girls" and "boys", "imports" and "exports", "employers" and
# "employees"); opposites of change ("a rise", "a fall") are the figure's direction,
# which the verdict judges (two reports of one figure may disagree on it).
_OPPOSABLE = frozenset(
    {"person", "group", "animal", "artifact", "possession", "location", "organization"}
)
# Words are compared pair by pair only in blocks two reports give, never a corpus's.
_MAX_CELLS = 30 * 30


def _holders(words: Iterable[frozenset[str]], skip: frozenset[str]) -> dict[str, list[int]]:
    held: dict[str, list[int]] = defaultdict(list)
    for i, ws in enumerate(words):
        for w in ws:
            if w not in skip and nouns.noun_class(w) != "time":
                held[w].append(i)
    return held


def anchors(
    local_a: Sequence[frozenset[str]],
    local_b: Sequence[frozenset[str]],
    skip: frozenset[str] = frozenset(),
) -> tuple[np.ndarray, np.ndarray]:
    """(tied, crossed) over the pairs of one block, from each figure's own words.

    ``tied``: a word stands beside these two figures and no other of the block in either
    text.  Names (``skip``) and words of time ("Friday", "year") tie nothing: they say
    where and when the event was, and a sentence's setting stands beside whichever of its
    figures is nearest ("when a twister struck Rolling Fork on Friday").  ``crossed``:
    each figure is tied to exactly one figure, another one; a figure tied to several
    ("the health budget" against "the education budget" and "health spending") says
    nothing.

    >>> tied, crossed = anchors(
    ...     [frozenset({"nurse", "pay"}), frozenset({"doctor"})],
    ...     [frozenset({"doctor", "uplift"}), frozenset({"nurse"})],
    ... )
    >>> tied.tolist(), crossed.tolist()
    ([[False, True], [True, False]], [[True, False], [False, True]])
    """
    tied = np.zeros((len(local_a), len(local_b)), dtype=bool)
    if len(local_a) < 2 or len(local_b) < 2:
        return tied, tied.copy()
    held_b = _holders(local_b, skip)
    for w, ia in _holders(local_a, skip).items():
        jb = held_b.get(w)
        if len(ia) == 1 and jb is not None and len(jb) == 1:
            tied[ia[0], jb[0]] = True
    one_a = tied.sum(axis=1) == 1
    one_b = tied.sum(axis=0) == 1
    crossed = ~tied & one_a[:, None] & one_b[None, :]
    return tied, crossed


def exchanged(tied: np.ndarray, crossed: np.ndarray, same: np.ndarray) -> np.ndarray:
    """Which ``crossed`` pairs speak against their pairing: all but those of one figure
    (``same``) whose two ties join figures that are not one figure too.

    In an exchange ("nurses 5.5%, doctors 8.1%" against "doctors 5.5%, nurses 8.1%") the
    figures each tie joins are exchanged as well: the 5.5s are crossed, and so are the
    8.1s.  Where a word happens to stand beside other figures ("Inflation eased to 2.4%",
    "Energy prices fell 11.5%" against "price growth slowed to 2.4 per cent", "Core
    inflation stood at 3.6 per cent"), the figure both texts write ("2.4") outweighs it.

    >>> tied = np.array([[False, True], [True, False]])
    >>> crossed = ~tied
    >>> exchanged(tied, crossed, np.array([[True, False], [False, True]])).tolist()
    [[True, False], [False, True]]
    >>> exchanged(tied, crossed, np.array([[True, False], [False, False]])).tolist()
    [[False, False], [False, True]]
    """
    # A crossed figure is tied to exactly one other: its partner is the row's (or the
    # column's) one tie.
    partner_j = tied.argmax(axis=1)
    partner_i = tied.argmax(axis=0)
    partners_same = same[partner_i[None, :], partner_j[:, None]]
    return np.asarray(crossed & (~same | partners_same), dtype=bool)


def _opposable(word: str, skip: frozenset[str]) -> bool:
    return word not in skip and nouns.noun_class(word) in _OPPOSABLE


def opposites(
    local_a: Sequence[frozenset[str]],
    local_b: Sequence[frozenset[str]],
    skip: frozenset[str] = frozenset(),
) -> np.ndarray:
    """Pairs whose own words hold two opposites, one only beside each figure: "62% of
    women" and "62 per cent of male respondents" (a woman is a female person, the
    antonym of a male one), "exports fell 1.9%" and "imports fell 1.9 per cent".

    >>> women, men = frozenset({"woman"}), frozenset({"man"})
    >>> opposites([women, men], [frozenset({"male", "respondent"}), frozenset({"female"})]).tolist()
    [[True, False], [False, True]]
    >>> opposites([frozenset({"woman"})], [frozenset({"male"})]).tolist()  # alone: one fact
    [[False]]
    """
    out = np.zeros((len(local_a), len(local_b)), dtype=bool)
    if len(local_a) < 2 or len(local_b) < 2 or len(local_a) * len(local_b) > _MAX_CELLS:
        # A figure each text gives alone may be one fact seen from its two sides:
        # "Employers will pay 4.5% more" and "Employees will get a 4.5% rise".
        return out
    # Each figure's opposable words once, not once per pair it is in.
    opp_a = [frozenset(w for w in wa if _opposable(w, skip)) for wa in local_a]
    opp_b = [frozenset(w for w in wb if _opposable(w, skip)) for wb in local_b]
    for i, wa in enumerate(local_a):
        for j, wb in enumerate(local_b):
            only_a, only_b = opp_a[i] - wb, opp_b[j] - wa
            out[i, j] = any(nouns.opposed(x, y) for x in only_a for y in only_b)
    return out
