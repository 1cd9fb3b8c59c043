"""Counts named by compound nouns (docs/compare.md, "Evidence against").

- A count of acts on a thing and a count of the thing the other text says the act
  befell are one count: "23 elephant births" and "Twenty-three elephants have been
  born", "212 train cancellations" and "212 trains were cancelled", "48 store closures"
  and "will close 52 stores".  The compound counts one act or event for each of its
  first word's things, though WordNet files the two head nouns apart (a birth is an
  event, an elephant an animal); the verb WordNet derives the act's noun with, among the
  words around the other count, says the act befell those things (not "14 school trips"
  and "runs 14 schools", "9 shark attacks" and "caught 9 sharks").  A compound WordNet
  lists is a thing of its own ("14 bus stops" are no buses), and so is one whose head is
  no act ("14 school buses" are no schools): :func:`claimdiff.nouns.counts_acts_on`.
- Two counts whose nouns share the word before them and differ in their heads are two
  sorts of one thing: "14 parking spaces" and "14 parking wardens", "12 weather
  warnings" and "12 weather stations" (:func:`sorts_of_one_thing`).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from claimdiff import nouns, verbs
from claimdiff.candidates import Candidate, lemma
from claimdiff.word_matrices import table

__all__ = ["acts_on_counted", "sorts_of_one_thing"]


def acts_on_counted(a: Sequence[Candidate], b: Sequence[Candidate]) -> np.ndarray:
    """Which pairs of two blocks' counts are a count of acts on a thing and a count of
    that thing: one count's own words hold the noun the other counts, and its head
    names an act or event on it.  Each count's own words are looked up among the other
    text's counted nouns, so a long text's block costs one pass, not one per pair.
    """
    out = np.zeros((len(a), len(b)), dtype=bool)
    for i, j in _acts(a, b):
        out[i, j] = True
    for j, i in _acts(b, a):
        out[i, j] = True
    return out


def _acts(rows: Sequence[Candidate], cols: Sequence[Candidate]) -> list[tuple[int, int]]:
    """The (row, column) pairs where the row counts acts on what the column counts."""
    counted: dict[str, list[int]] = {}
    for j, c in enumerate(cols):
        head = lemma(c.noun)
        if head is not None:
            counted.setdefault(head, []).append(j)
    found: list[tuple[int, int]] = []
    # Which columns of a thing name an act, once per (thing, act noun): a long text's
    # many counts of one compound look once, not once per pair.
    acted: dict[tuple[str, str], list[int]] = {}
    for i, c in enumerate(rows):
        if c.noun is None:
            continue
        head = lemma(c.noun)
        for thing in c.own & counted.keys():
            if thing == head or not nouns.counts_acts_on(c.noun, thing):
                continue
            key = (thing, c.noun.lower())
            if key not in acted:
                acts = nouns.act_verbs(c.noun)
                acted[key] = [j for j in counted[thing] if _acted(cols[j], acts)]
            found.extend((i, j) for j in acted[key])
    return found


def _acted(c: Candidate, acts: frozenset[str]) -> bool:
    """Whether the words around count ``c`` hold a verb of the act (``acts``: its verbs,
    :func:`claimdiff.nouns.act_verbs`): "212 trains were cancelled" for cancellations,
    "will close 52 stores" for closures; not "caught 9 sharks" for attacks."""
    return any(w in acts or acts.intersection(verbs.bases(w)) for w in c.local)


def sorts_of_one_thing(
    a: Sequence[Candidate], b: Sequence[Candidate], pairs: np.ndarray
) -> np.ndarray:
    """Which of ``pairs`` (a boolean matrix of the two blocks' counts) count two sorts of
    one thing: their head nouns differ and a noun of one's own words before its head is
    among the other's ("14 parking spaces", "14 parking wardens").  The number's own
    word is none ("Fourteen homes", "fourteen flats").  Counts are indexed by those
    nouns, so a long text's block costs one pass, not one per pair.
    """
    out = np.zeros(pairs.shape, dtype=bool)
    if not pairs.any():
        return out
    rows, cols = _by_modifier(a), _by_modifier(b)
    for word in rows.keys() & cols.keys():
        out[np.ix_(rows[word], cols[word])] = True
    out &= pairs
    if out.any():
        # Each two nouns judged once, however many counts name them.
        out &= table([x.noun for x in a], [y.noun for y in b], _two_sorts) > 0
    return out


# Two heads this similar (WordNet, :func:`claimdiff.nouns.similarity`) may name one thing
# whatever word they share ("200 council homes", "250 council flats": 0.6); the sorts of
# one thing share no class ("parking spaces", "parking wardens": 0).
_ONE_THING = 0.5


def _two_sorts(u: str, v: str) -> float:
    return float(lemma(u) != lemma(v) and nouns.similarity(u, v) < _ONE_THING)


def _by_modifier(cands: Sequence[Candidate]) -> dict[str, list[int]]:
    """Each noun before a count's head, and the counts it stands before."""
    found: dict[str, list[int]] = {}
    for i, c in enumerate(cands):
        for word in _modifiers(c):
            found.setdefault(word, []).append(i)
    return found


def _modifiers(c: Candidate) -> frozenset[str]:
    """The nouns among a count's own words other than its head and its number's word."""
    if c.noun is None:
        return frozenset()
    first = c.claim.text.split(maxsplit=1)[0].lower()
    skip = {lemma(c.noun), nouns.lemma(first), first}
    return frozenset(w for w in c.own if w not in skip and nouns.is_noun(w))
