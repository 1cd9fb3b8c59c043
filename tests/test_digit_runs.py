"""The looks after a run of digits (extract/digit_runs.py) that the scan's gates take
before their patterns answer as the patterns' own look ahead does: where they say no,
the pattern matches nothing; where they say yes, the look ahead's run and character are
there.  Checked at every offset of generated texts, and for every assigned character of
Unicode after the run (digits of other scripts, white space of every kind)."""

from __future__ import annotations

import re
import sys
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from claimdiff.extract import durations, unclaimed
from claimdiff.extract.digit_runs import run_then

# What each gate's look ahead asks of the run and the character after it, as a pattern.
_NOT_A_CLAIM_RUN = re.compile(r"\d{1,5}+(?:[.:)/\-–aApPgGbBeEuUcC]|\s[\daApPgGbBuUcCeE])")
_UNIT_LETTERS_RUN = re.compile(r"\d{1,3}+[hm.]")

_PIECES = st.sampled_from(
    ["1", "12", "123", "1234", "12345", "123456", "٣", "٣٤", "१२", "²", "½", ".", ":", "/",
     "-", "–", "—", ")", "(", "+", " ", "  ", "\n", "\t", "\u00a0", "\u2009", "\u3000",
     "\x1c", "\x85", ",", ";", "%", "a", "A", "p", "P", "m", "M", "h", "H", "s", "k", "b",
     "B", "e", "E", "u", "U", "c", "C", "g", "G", "t", "d", "ſ", "İ", "am", "p.m.", "GMT",
     "bst", "Bſt", "utc", "cet", "est", "EDT", "pst", "et", "bn", "km", "2h", "16m", "40s",
     "9.58s", "3m 45s", "10:30", "1.2.3", "192.168.1.2", "+44 20 7946 0958", "3-1",
     "4-3-3", "9/11", "1) ", "x", "_"]
)  # fmt: skip


def _gates(text: str, p: int) -> tuple[bool, bool]:
    return (
        run_then(text, p, 5, unclaimed._AFTER_RUN, unclaimed._AFTER_RUN_SPACE),
        run_then(text, p, 3, durations._UNIT_LETTER_OPENS),
    )


@settings(max_examples=600, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_looks_answer_as_the_patterns_look_ahead(text: str) -> None:
    for p in range(len(text) + 1):
        claim, units = _gates(text, p)
        assert claim == (_NOT_A_CLAIM_RUN.match(text, p) is not None), (text, p)
        assert units == (_UNIT_LETTERS_RUN.match(text, p) is not None), (text, p)
        if not claim:
            assert unclaimed._MAYBE_NOT_A_CLAIM.match(text, p) is None, (text, p)
        if not units:
            assert durations.UNIT_LETTERS.match(text, p) is None, (text, p)
        got, want = durations.unit_letters_at(text, p), durations.UNIT_LETTERS.match(text, p)
        assert (got and (got.span(), got.groupdict())) == (want and (want.span(), want.groupdict()))


def _characters() -> list[str]:
    """Every assigned character (surrogates too); of the unassigned and private-use ones,
    which no pattern here can tell apart (no digit, letter, case or space), one in 97."""
    return [
        chr(code)
        for code in range(sys.maxunicode + 1)
        if unicodedata.category(chr(code)) not in ("Cn", "Co") or code % 97 == 0
    ]


def test_every_character_after_a_run() -> None:
    for c in _characters():
        # After a run of one, five or six digits (ASCII or not), and after white space
        # after one; and as a run itself.
        for text in ("7" + c, "12345" + c, "123456" + c, "٣" + c, "7 " + c, "7" + c + "a", c + " "):
            claim, units = _gates(text, 0)
            assert claim == (_NOT_A_CLAIM_RUN.match(text) is not None), repr(text)
            assert units == (_UNIT_LETTERS_RUN.match(text) is not None), repr(text)
