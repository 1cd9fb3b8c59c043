"""claimdiff.word_matrices.jaccard: the index of every pair of word sets, each distinct set
read once (a sentence's set is shared by all its figures)."""

from __future__ import annotations

import numpy as np
import pytest

from claimdiff.word_matrices import jaccard

SENTENCE = frozenset({"flood", "kill", "police", "tuesday"})

CASES = {
    "none on either side": ([], []),
    "none on one side": ([SENTENCE], []),
    "empty sets": ([frozenset()], [frozenset(), SENTENCE]),
    "no word in common": ([frozenset({"rain"})], [SENTENCE, frozenset({"snow"})]),
    "one set shared by figures": ([SENTENCE, SENTENCE, frozenset({"kill"})], [SENTENCE]),
    "equal sets, two objects": ([frozenset({"a", "b"}), frozenset({"b", "a"})], [frozenset("ab")]),
    "partly shared": ([frozenset({"flood", "rain"}), SENTENCE], [frozenset({"flood", "kill"})]),
}


def _plain(a: list[frozenset[str]], b: list[frozenset[str]]) -> np.ndarray:
    """The index by its definition, pair by pair."""
    out = np.zeros((len(a), len(b)))
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            out[i, j] = len(x & y) / len(x | y) if x | y else 0.0
    return out


@pytest.mark.parametrize("case", sorted(CASES))
def test_jaccard_is_the_index_of_each_pair(case: str) -> None:
    a, b = CASES[case]
    got = jaccard(a, b)
    assert got.shape == (len(a), len(b))
    assert got.dtype == np.float64
    np.testing.assert_allclose(got, _plain(a, b), rtol=1e-6)


class _Counted(frozenset[str]):
    """A word set that counts how often it is compared by value, word by word in C."""

    compared = 0

    def __eq__(self, other: object) -> bool:
        _Counted.compared += 1
        return frozenset.__eq__(self, other)

    __hash__ = frozenset.__hash__


def test_each_set_object_is_compared_by_value_once() -> None:
    # A text repeated gives equal sets of words for its sentences, each its own object,
    # each shared by every figure of its sentence: looked up by value for every figure,
    # each lookup compares the whole sentence (54 ms/KB at 1 MB of junk repeated).
    words = [f"w{i}" for i in range(50)]
    objects = [_Counted(words) for _ in range(3)]
    _Counted.compared = 0
    got = jaccard([s for s in objects for _ in range(100)], [frozenset(words[:25])])
    assert _Counted.compared <= len(objects)
    np.testing.assert_allclose(got, 0.5)
