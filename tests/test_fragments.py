"""Partial matches of long parts: anchored windows agree with rapidfuzz's exhaustive search."""

from __future__ import annotations

import random

import pytest
from rapidfuzz import fuzz

from claimdiff.fragments import LONG_PART, partial_score, partial_window


def _prose(seed: int, words: int) -> list[str]:
    rnd = random.Random(seed)
    vocab = [
        "".join(rnd.choice("abcdefghijklmnop") for _ in range(rnd.randint(2, 9)))
        for _ in range(400)
    ]
    vocab += ["the", "of", "and", "a"] * 40  # common words, as in prose
    return [rnd.choice(vocab) for _ in range(words)]


def _edit(words: list[str], every: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    out = list(words)
    for k in range(0, len(out), every):
        out[k] = "".join(rnd.choice("qrstuvwxyz") for _ in range(5))
    return out


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("every", [0, 25, 10, 5])
def test_long_part_scores_as_rapidfuzz_does(seed: int, every: int) -> None:
    whole = _prose(seed, 400)
    start, length = 37 + seed * 11, 60 + seed * 9
    part = whole[start : start + length]
    if every:
        part = _edit(part, every, seed)
    a, b = " ".join(part), " ".join(whole)
    assert len(a) > LONG_PART
    exact = fuzz.partial_ratio(a, b)
    assert partial_score(a, b) == pytest.approx(exact, abs=3.0)
    lo, hi = partial_window(a, b)
    # The window found covers the place the part was taken from.
    assert abs(lo - start) <= max(1, length // 10)
    assert abs(hi - (start + length)) <= max(1, length // 10)


@pytest.mark.parametrize("seed", range(4))
def test_unrelated_long_texts_score_low(seed: int) -> None:
    a = " ".join(_prose(seed, 120))
    b = " ".join(_prose(seed + 100, 500))
    assert partial_score(a, b) < 60
    assert partial_score(a, b, score_cutoff=75) == 0.0


@pytest.mark.parametrize(
    ("part", "whole"),
    [
        ("the " * 300, "the " * 2000),  # every word common: postings are capped
        ("a b " * 200, "b a " * 900),
        ("word " * 100 + "x", "y " * 500),  # nothing shared
    ],
)
def test_repetitive_text_gives_a_bounded_answer(part: str, whole: str) -> None:
    score = partial_score(part.strip(), whole.strip())
    assert 0.0 <= score <= 100.0
    lo, hi = partial_window(part.strip(), whole.strip())
    assert 0 <= lo <= hi <= len(whole.split())


def test_order_of_arguments_does_not_matter_for_the_score() -> None:
    whole = _prose(9, 300)
    part = " ".join(whole[50:150])
    assert partial_score(part, " ".join(whole)) == partial_score(" ".join(whole), part)


def test_short_parts_defer_to_rapidfuzz() -> None:
    assert partial_score("park upkeep", "money for park upkeep was cut") == 100.0
    assert partial_window("park upkeep", "money for park upkeep was cut") == (2, 4)


@pytest.mark.parametrize(("changed", "verdict"), [(0, "agree"), (3, "compatible")])
def test_long_quotes_are_paired_and_judged(changed: int, verdict: str) -> None:
    import claimdiff

    words = _prose(3, 300)
    other = _edit(words, 100, 1) if changed else words
    a = f'The minister said: "{" ".join(words)}."'
    b = f'According to the minister, "{" ".join(other)}."'
    quotes = claimdiff.compare(a, b).quotes
    assert [f.verdict.value for f in quotes] == [verdict]
