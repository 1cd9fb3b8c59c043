"""A sentence of thousands of figures with no break between them costs each figure a
bounded stretch of words, not the whole sentence: compare() grows linearly with it
(claimdiff/prepare.py, ``_OWN_REACH``; bench/adversarial.py, "days-one-sentence")."""

from __future__ import annotations

import pytest
from growth import growth

from claimdiff import compare

UNITS = {
    "days": ("He died on a cold Sunday at ", "93."),
    "counts": ("the firm hired 12 engineers and ", "93."),
    # Counts joined by "and" before one verb: each reads only the words since the figure
    # before it for a verb of its own (claimdiff/extract/context.py).
    "counts-before-a-verb": ("Around 12 firefighters and ", "11 helicopters are battling."),
}


@pytest.mark.parametrize("unit", sorted(UNITS))
def test_one_long_sentence_grows_linearly(unit: str) -> None:
    repeated, end = UNITS[unit]

    def work(n: int) -> object:
        return compare(repeated * n + end, "Nothing here.", max_pairs=None)

    assert growth(work, small=40) < 12  # linear: at most 8 and fixed costs; quadratic: ~64


def _distinct_words(n: int) -> str:
    """``n`` words that each differ, each before a share: one sentence with no full stop,
    as scraped junk gives, every figure of it in one block."""
    letters = "bcdfghjklmnpqrstvwxz"
    words = []
    for k in range(n):
        word, i = "", k
        while True:
            i, r = divmod(i, len(letters))
            word += letters[r] + "a"
            if not i:
                break
        words.append(f"{word}x {k % 90 + 10}%")
    return " ".join(words)


def test_a_sentence_of_distinct_words_grows_linearly() -> None:
    # Every figure of one sentence has the sentence's words for context: alignment scores
    # each distinct set of words once, where it read the sentence once per figure
    # (compare() of 300 kB of mixed-script junk took 2 min 24 s).
    article = "Unemployment in the region rose to 7.8% last year, officials said."

    def work(n: int) -> object:
        return compare(_distinct_words(n), article, max_pairs=None)

    assert growth(work, small=150) < 12
