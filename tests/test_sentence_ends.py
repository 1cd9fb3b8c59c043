"""The ends of sentences found one kind at a time (text._boundaries) are those the one
pattern of every kind finds, which the splitter used before."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from claimdiff import text as textmod

# The one pattern: a mark or a line break, then a blank line's rest or a run's.
ONE_PATTERN = re.compile(
    r"""
    [.!?…\n]
    (?:
      (?<=\n)[ \t\r\f\v]*\n
    | (?<![.!?…][.!?…])(?<=[.!?…])[.!?…]*["'”’)\]]*(?=\s)
    )
    """,
    re.VERBOSE,
)
PIECES = [".", "!", "?", "…", "\n", " ", "\t", "\r", '"', "'", "”", "’", ")", "]", "x", "Mr", "3"]


def _one_pattern(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in ONE_PATTERN.finditer(text)]


def test_kinds_together() -> None:
    for text in [
        "",
        "Done. Next! Why? Yes… No",
        'Wait...  then ?! ok!?" more.) (x.] y',
        "a\n\nb\n \t\n\nc\n\n\n\nd\r\n\r\ne",
        "no end here",
        "…\n\n!!! .\n",
        'He said "stop." Then "go!" ran.',
    ]:
        assert textmod._boundaries(text) == _one_pattern(text), text


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_any_text(text: str) -> None:
    assert textmod._boundaries(text) == _one_pattern(text)
