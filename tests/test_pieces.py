"""Words found from a piece they hold (claimdiff/extract/pieces.py) against the search of
each word: the same places, in the same order."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from claimdiff.extract.pieces import occurrences_by_piece
from claimdiff.lexicon import get_lexicon
from claimdiff.text import Lowered

DAYS = [w.capitalize() for w in get_lexicon("en").WEEKDAYS]
TEXTS = [
    "",
    "day",
    "On Monday, MONDAY and monday; Tuesday's vote, TuesDay, tuesDAY, Wednesdays",
    "today, days; FridayFriday Saturday-Sunday; xSunday Sundayx; Thursday.",
    "İ Monday Σ Friday: lower case moves offsets",
    "\u212a Monday, Kelvin's sign; Friday\u00e9 and caf\u00e9 Sunday",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("piece", ["day", "x", "ay"])
def test_places_are_the_searches(text: str, piece: str) -> None:
    assert occurrences_by_piece(text, Lowered(text), DAYS, piece) == list(
        Lowered(text).occurrences(DAYS)
    )


def test_a_long_text_is_searched_word_by_word() -> None:
    text = "On Monday. " * 7_000  # several lower-cased windows
    assert occurrences_by_piece(text, Lowered(text), DAYS, "day") == list(
        Lowered(text).occurrences(DAYS)
    )


def test_news() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    import fresh

    for text in fresh.news(60_000, 5):
        assert occurrences_by_piece(text, Lowered(text), DAYS, "day") == list(
            Lowered(text).occurrences(DAYS)
        )
