"""lexicon.folded.is_folded: the same answer as ``fold(phrase) == phrase``, ASCII or not."""

from __future__ import annotations

import random
import string

import pytest

from claimdiff.lexicon.folded import fold, is_folded

# ASCII white space str.split() splits on (\x1c-\x1f included), and the odd case pairs.
_CHARS = string.ascii_letters + " \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0ſıİKÅµςẛι\u0307ab"


@pytest.mark.parametrize(
    "phrase",
    ["", "swiss francs", "Swiss francs", "swiss  francs", " km", "km ", "a\tb", "a\x1cb",
     "m", "M", "francſ", "ınch", "İnch", "i\u0307", "5 \u212am", "µm", "μm", "déjà vu"],
)  # fmt: skip
def test_cases(phrase: str) -> None:
    assert is_folded(phrase) is (fold(phrase) == phrase)


def test_generated_phrases() -> None:
    rnd = random.Random(12)
    for _ in range(50_000):
        phrase = "".join(rnd.choice(_CHARS) for _ in range(rnd.randint(0, 6)))
        assert is_folded(phrase) is (fold(phrase) == phrase), repr(phrase)
