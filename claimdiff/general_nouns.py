"""Counts named by a general noun: "85 trains" and "Around 85 services".

A report counts things by a general noun ("sites", "services", "seats": the lexicon's
``GENERAL_COUNT_NOUNS``) where another names them ("Four schools", "seven sites"; "14
seats", "Fourteen councillors").  What such a noun stands for only the story says, so
WordNet's classes are no evidence against the pair: nothing forbids it, and nothing
speaks for it (docs/compare.md, "Evidence against").  Its own sentence may say otherwise:
"The storm damaged 500 properties, among them 20 homes" counts its homes apart, and its
properties are not "500 homes".  A general noun in a later sentence names again what its
text named before ("thirty-seven schools shut … Roof damage was reported at seven
sites"), so only its own sentence is read.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

import numpy as np

from claimdiff import nouns
from claimdiff.candidates import Candidate, lemma

__all__ = ["named_generally"]


def named_generally(
    a: Sequence[Candidate], b: Sequence[Candidate], general: Mapping[str, frozenset[str] | None]
) -> np.ndarray:
    """Which pairs of counts one of which names its things by a noun of ``general``
    (lemmas), whose sentence counts not the other's noun apart, the other's noun of a
    class the general noun may stand for in one of its senses (its value in ``general``;
    None: any).

    >>> from claimdiff.model import Claim, Kind, Quantity
    >>> def count(noun, sentence):
    ...     c = Claim("1", (0, 1), Kind.COUNT, Quantity(1, 1, 1), noun=noun, sentence=sentence)
    ...     return Candidate(c, "count", frozenset(), None, noun=noun)
    >>> a = [count("homes", (0, 9))]
    >>> b = [count("properties", (0, 9)), count("homes", (0, 9)), count("sites", (10, 20))]
    >>> named_generally(a, b, {"property": None, "site": None}).tolist()
    [[False, False, True]]
    """
    lemmas_a = np.array([_head(x.noun) for x in a], dtype=object)
    lemmas_b = np.array([_head(y.noun) for y in b], dtype=object)
    general_a = np.array([w in general for w in lemmas_a], dtype=bool)
    general_b = np.array([w in general for w in lemmas_b], dtype=bool)
    out = np.zeros((len(a), len(b)), dtype=bool)
    if not (general_a.any() or general_b.any()):
        return out
    known_a, known_b = lemmas_a != "", lemmas_b != ""
    classes_a = [_classes(x.noun) for x in a]
    classes_b = [_classes(y.noun) for y in b]
    # One row (or column) mask per sentence and general noun, not one test per pair: a
    # long text's counts cost a pass per sentence.
    for i, mask in _apart_by_sentence(a, lemmas_a, general_a, lemmas_b, classes_b, general):
        out[i, :] |= mask & known_b
    for j, mask in _apart_by_sentence(b, lemmas_b, general_b, lemmas_a, classes_a, general):
        out[:, j] |= (mask & known_a)[:, None]
    return out


def _classes(noun: str | None) -> frozenset[str]:
    """The classes of a noun's first senses ("holders": artifact, person)."""
    return nouns.noun_classes(noun) if noun else frozenset()


def _head(noun: str | None) -> str:
    """The lemma of a counted noun's last word ("homes and businesses": business), or ""."""
    words = noun.split() if noun else []
    if not words:
        return ""
    return lemma(words[-1]) or ""


def _apart_by_sentence(
    cands: Sequence[Candidate],
    lemmas: np.ndarray,
    is_general: np.ndarray,
    others: np.ndarray,
    other_classes: Sequence[frozenset[str]],
    general: Mapping[str, frozenset[str] | None],
) -> list[tuple[np.ndarray, np.ndarray]]:
    """(indices of one sentence's counts by one general noun, mask over ``others`` of the
    nouns that sentence does not count and that noun may stand for), for each sentence
    and general noun."""
    by_sentence: defaultdict[tuple[int, int], list[int]] = defaultdict(list)
    for k, c in enumerate(cands):
        by_sentence[c.claim.sentence].append(k)
    out = []
    for members in by_sentence.values():
        counted = {lemmas[k] for k in members if lemmas[k]}
        apart = np.array([w not in counted for w in others], dtype=bool)
        for noun in {lemmas[k] for k in members if is_general[k]}:
            rows = np.array([k for k in members if lemmas[k] == noun], dtype=np.intp)
            stands_for = general[noun]
            if stands_for is not None:
                fits = np.array([not c.isdisjoint(stands_for) for c in other_classes], dtype=bool)
                out.append((rows, apart & fits))
            else:
                out.append((rows, apart))
    return out
