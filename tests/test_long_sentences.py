"""A sentence of thousands of figures with no break between them costs each figure a
bounded stretch of words, not the whole sentence: compare() grows linearly with it
(claimdiff/prepare.py, ``_OWN_REACH``; bench/adversarial.py, "days-one-sentence")."""

from __future__ import annotations

import pytest
from growth import growth

from claimdiff import compare

UNITS = {
    "days": "He died on a cold Sunday at ",
    "counts": "the firm hired 12 engineers and ",
}


@pytest.mark.parametrize("unit", sorted(UNITS))
def test_one_long_sentence_grows_linearly(unit: str) -> None:
    def work(n: int) -> object:
        return compare(UNITS[unit] * n + "93.", "Nothing here.", max_pairs=None)

    assert growth(work, small=40) < 12  # linear: at most 8 and fixed costs; quadratic: ~64
