"""The clock-time hints found near colons and "am"/"pm" in the lower-cased copy are the
matches the hint pattern's finditer gives over the whole text (extract/clock_times.py)."""

from __future__ import annotations

import importlib

from hypothesis import given, settings
from hypothesis import strategies as st

from claimdiff.text import Lowered

clock = importlib.import_module("claimdiff.extract.clock_times")


def _finditer(text: str) -> list[tuple[int, int]]:
    hint = clock._ASCII_HINT if text.isascii() else clock._HINT
    return [m.span() for m in hint.finditer(text)]


def _hints(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in clock._hints(text, Lowered(text))]


# Digits (one Arabic-Indic), the marks and letters of times in both cases, white space
# (one no-break), and characters that lower-case to another length ("İ") or by context.
_piece = st.sampled_from(
    ["0", "1", "2", "5", "9", "٣", " ", "\u00a0", ".", ":", "a", "A", "p", "P", "m", "M",
     "x", "İ", "Σ", "12:30", "4.15 p. m.", "7 a.m.", "10pm", "23:59:"]
)  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(st.lists(_piece, max_size=24).map("".join))
def test_hints_are_finditers_matches(text: str) -> None:
    assert _hints(text) == _finditer(text)


def test_hints_of_times() -> None:
    text = "At 4.15 p. m. and 10:30pm, then 14:20, 7 a.m., 3 PM, 1:2 and 9:75: none."
    assert _hints(text) == _finditer(text) != []
    assert _hints("") == [] and _hints("no time here") == []


def test_a_long_text_is_searched_as_before() -> None:
    text = "x " * 40_000 + "at 4pm and 14:20"  # several windows: no aligned copy
    assert Lowered(text).aligned() is None
    assert _hints(text) == _finditer(text) != []
