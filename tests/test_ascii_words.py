"""The words text._ascii_words splits an ASCII text into are the ASCII word pattern's
findall (text.content_words reads words through it)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimdiff import text

# Letters and digits, the apostrophe and hyphen a word joins its parts with, white space
# of every kind str.split parts at, and marks and controls no word holds.
_piece = st.sampled_from(
    ["a", "Z", "0", "9", "'", "-", " ", "\t", "\n", "\x1c", "\x1f", "\x0b", "_", ".", ",",
     "\x7f", '"', "it's", "year-on-year", "'90s", "--", "rock 'n' roll", "a-", "-5"]
)  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(st.lists(_piece, max_size=16).map("".join))
def test_ascii_words_are_the_patterns(s: str) -> None:
    assert text._ascii_words(s) == text._ASCII_WORD.findall(s)


def test_a_clause() -> None:
    s = "the ceo's 5-year plan - 'a bold one' - cut 1,200 jobs--so far"
    assert text._ascii_words(s) == text._ASCII_WORD.findall(s)
    assert text._ascii_words(s)[:4] == ["the", "ceo's", "5-year", "plan"]
