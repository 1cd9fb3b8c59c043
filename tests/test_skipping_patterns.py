"""Patterns written so that the engine skips through texts find what their plainer forms
find (lexicon.regex: the start finder, phrases after a non-letter)."""

from __future__ import annotations

import re

from claimdiff.lexicon import get_lexicon
from claimdiff.lexicon import regex as lexregex
from claimdiff.lexicon.regex import NONLETTER


def test_nonletter_is_the_category_class() -> None:
    """NONLETTER takes what [\\W\\d_] takes, case-sensitive or case-blind, at every code
    point of the Basic Multilingual Plane and some beyond it."""
    points = [*range(0x10000), 0x1D7CE, 0x1F600, 0x20000]
    text = "".join(chr(c) for c in points)
    for flags in (0, re.IGNORECASE):
        plain = [m.start() for m in re.finditer(r"[\W\d_]", text, flags)]
        fast = [m.start() for m in re.finditer(NONLETTER, text, flags)]
        assert fast == plain


def test_start_finder_finds_what_the_plain_finder_finds() -> None:
    """The finder opening with an ASCII class and the first characters of a start finds
    what the one opening with the category class did, on lower-cased odd strings."""
    for lang in ("en", "de"):
        finder = get_lexicon(lang).patterns["start_finder"]
        rest = finder.pattern.removesuffix(lexregex._NO_OTHER_LETTER)
        plain = re.compile(r"[\W\d_]" + rest[rest.index("(?=[" + lexregex.DIGITS) :])
        samples = [
            " one, anyone, 12 or a  few", "é12 ı5 k3 ſ7 ²9 _4 -3", "ksh12 $us4 r12m",
            "drei und zwanzig 1½ ⅔", "\n7\t8 x9 (10) [11]",
        ]  # fmt: skip
        for s in samples:
            low = s.lower()
            assert [m.span() for m in finder.finditer(low)] == [
                m.span() for m in plain.finditer(low)
            ]


def test_verbs_found_as_the_plain_pattern_finds_them() -> None:
    """VerbPattern gives what finditer of \\b(?:verbs)\\b gives, in every span of strings
    with verbs at their start, after letters of other scripts, digits and underscores."""
    from pathlib import Path

    from claimdiff.lexicon.speech import VerbPattern

    fixture = (Path(__file__).resolve().parent.parent / "fixtures" / "reuters_icc.txt").read_text(
        "utf-8"
    )
    for lang in ("en", "de"):
        t = get_lexicon(lang).speech.tables
        verbs = t.REPORTING_VERBS | t.QUOTE_ONLY_VERBS
        found = VerbPattern(verbs)
        plain = re.compile(r"\b(?:" + lexregex.alternation(verbs) + r")\b")
        some = sorted(verbs)[:6]
        odd = " ".join(some) + " é" + some[0] + " 1" + some[1] + " _" + some[2] + " ²" + some[3]
        for text in (odd, some[0], fixture[:3000]):
            for lo in range(0, min(len(text), 60), 3):
                for hi in (lo, lo + 5, len(text) - 2, len(text), len(text) + 4):
                    want = [(m.start(), m.end(), m.group()) for m in plain.finditer(text, lo, hi)]
                    assert list(found.spans(text, lo, hi)) == want


def test_lower_nonletter_in_lowered_text() -> None:
    """LOWER_NONLETTER takes what [\\W\\d_] takes in lower-cased text, where no ASCII
    capital stands: str.lower of no code point holds one."""
    points = [*range(0x10000), 0x1D7CE, 0x1F600, 0x20000]
    assert not any(ch in chr(c).lower() for c in points for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    low = "".join(chr(c) for c in points).lower()
    plain = [m.start() for m in re.finditer(r"[\W\d_]", low)]
    assert [m.start() for m in re.finditer(lexregex.LOWER_NONLETTER, low)] == plain
