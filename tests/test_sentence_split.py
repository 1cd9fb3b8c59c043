"""The sentence splitter's inlined steps (text.sentences: the abbreviation's word read
without a call, no trimming after a run of marks) split as the loop before them did."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimdiff import text as textmod
from claimdiff.lexicon import get_lexicon
from claimdiff.model import Span


def _old_sentences(
    text: str, abbreviations: frozenset[str], ordinals: frozenset[str] | None
) -> list[Span]:
    """text.sentences as it was: a call for every abbreviation check, both trims always."""
    spans: list[Span] = []
    start = 0
    bare_stops = "" not in abbreviations
    for dot, after in textmod._boundaries(text):
        end = after
        mark = text[dot]
        if mark == "\n":
            end = dot
        elif mark == "." and (end == dot + 1 or not text[dot + 1 : end].strip(textmod._CLOSERS)):
            before = text[dot - 1 : dot]
            if (
                before.isalpha() or before == "." or not bare_stops
            ) and textmod._ends_with_abbreviation(text, dot, abbreviations):
                continue
            if (
                ordinals is not None
                and end == dot + 1
                and textmod._ordinal_dot(text, dot, ordinals)
            ):
                continue
        while start < end and text[start].isspace():
            start += 1
        stop = end
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        if stop > start:
            spans.append((start, stop))
        start = after
    textmod._append_trimmed(spans, text, start, len(text))
    return spans


def _both(text: str) -> None:
    assert textmod.sentences(text) == _old_sentences(text, textmod._ABBREVIATIONS, None), text
    de = get_lexicon("de")
    assert de.SENTENCE_ABBREVIATIONS is not None
    ordinals = frozenset(de.MONTHS) if de.DAY_ORDINAL_REQUIRED else None
    assert textmod.sentences(text, de) == _old_sentences(
        text, de.SENTENCE_ABBREVIATIONS, ordinals
    ), text


def test_fixed_texts() -> None:
    for text in [
        "",
        "  Mr. Khan spoke.  He left! Done",
        "John F. Kennedy flew. It was approx. 5 km. Xapprox. then",
        "The U.S. economy grew. Rates rose, e.g. here. In 2023. (AP). Next",
        "İ. Next. a.m. later. Sept. 3 and Lt. Col. Smith",
        "Headline  \n\nBody text.\n \t\nMore.\n\n\n",
        "Am 3. März kam er. Der 2. Platz. Frau Dr. Meier, ca. 5 Mio. Euro.",
        'He said "stop." Then "go!" ran.\u00a0Then. x\u2028y. z',
        "ab. cd. Mr.\n\nKhan. 12345 ok. abc1. de.f.",
    ]:
        _both(text)


PIECES = [
    ".",
    "!",
    "?",
    "…",
    "\n",
    " ",
    "  ",
    "\t",
    "\u00a0",
    '"',
    "”",
    ")",
    "x",
    "Mr",
    "mr",
    "MR",
    "approx",
    "Approx",
    "Xapprox",
    "F",
    "u.s",
    "U.S",
    "e.g",
    "3",
    "12",
    "İ",
    "ß",
    "März",
    "ca",
    "Mio",
    "Dr",
    "words",
    "Sept",
    "a1",
    "-",
]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_any_text(text: str) -> None:
    _both(text)
