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
