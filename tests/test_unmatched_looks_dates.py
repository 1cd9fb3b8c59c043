"""The looks before patterns a comparison seldom matches (a delay after a length, a part
of a month, a span of years, a wire dateline's place, an age in apposition or after "a
man of", a possessive before a figure) turn away only what their pattern turns away:
each table gives the look's answer and whether the pattern matches, a look's fallback
(a long run of white space, a letter the pattern folds that ``lower`` does not) among
them; the random texts after each hold the look to its pattern over pieces of its
phrases, run together, in any case, apart by white space of every kind."""

from __future__ import annotations

import random

import pytest

from claimdiff import owners
from claimdiff.extract import ages, dates
from claimdiff.extract.duration_senses import may_delay_after
from claimdiff.lexicon import get_lexicon

_SPACES = [" ", " ", " ", "  ", "\n", "\t", "\u00a0", "\u3000", "\x1c", " " * 12, " " * 30]
_ODD = ["K", "ſ", "ı", "İ", "é", "²", "1", "12", "2024", "-", "‐", "–", "/", ".", ",", "'",
        "’", "(", "x", "a", "the", "an", "of", "man", "Smith"]  # fmt: skip


def _texts(pieces: list[str], seed: int, count: int) -> list[str]:
    """Random texts of ``pieces`` and :data:`_ODD`, in any case, glued or apart."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        words = [
            rng.choice(pieces if rng.random() < 0.6 else _ODD) for _ in range(rng.randint(1, 6))
        ]
        words = [
            w.upper() if rng.random() < 0.1 else w.capitalize() if rng.random() < 0.2 else w
            for w in words
        ]
        out.append("".join(w + (rng.choice(_SPACES) if rng.random() < 0.75 else "") for w in words))
    return out


def _delay_matches(text: str, start: int, end: int) -> bool:
    after = get_lexicon().patterns["delay_after"]
    return after.match(text, end) is not None or after.search(text, start, end) is not None


@pytest.mark.parametrize(
    ("text", "look", "match"),
    [
        ("two years late.", True, True),
        ("two years-LATE", True, True),
        ("two years ahead of time", True, True),
        ("two years  \n later than planned", True, True),
        ("a two-year delay", True, True),  # the length itself holds the word
        ("two years ago.", False, False),
        ("two years.", False, False),
        ("two years lately", True, False),  # a first word: the pattern decides
        ("two years" + " " * 20 + "late", True, True),  # past the white space read
        ("two years" + " " * 20 + "ago", True, False),
        ("two years sİip", True, False),  # "İ": lower() gives two characters
        ("two years ſlip", True, True),  # the long s the pattern folds
        ("two years behİnd schedule", True, True),
    ],
)
def test_delay_after_look(text: str, look: bool, match: bool) -> None:
    end = 9 if text.startswith("two years") else len(text)
    assert may_delay_after(text, 0, end, get_lexicon()) is look
    assert _delay_matches(text, 0, end) is match


def test_delay_after_look_random() -> None:
    lex = get_lexicon()
    pieces = [*lex.DELAY_AFTER, *lex.DELAY_NOT_BEFORE, "year", "delayed", "lat"]
    turned = 0
    for text in _texts(pieces, 57, 4000):
        for start in range(0, len(text), 3):
            for end in range(start, len(text) + 1):
                if not may_delay_after(text, start, end, lex):
                    assert not _delay_matches(text, start, end), (text, start, end)
                    turned += 1
    assert turned > 10_000
    assert not may_delay_after("two years late", 0, 9, get_lexicon("de"))  # no phrases


def _kept_part(text: str, i: int) -> bool:
    """Whether "month_part" matches at ``i`` with a month month_parts keeps (capitalised)."""
    m = get_lexicon().patterns["month_part"].match(text, i)
    return m is not None and m["month"][0].isupper()


def _part_look(text: str, i: int) -> bool:
    return dates._may_name_month(text, i, *dates._part_looks(get_lexicon().data))


@pytest.mark.parametrize(
    ("text", "look", "kept"),
    [
        ("early March", True, True),
        ("mid-June 2024", True, True),
        ("end of   May", True, True),
        ("nearly 13 months", False, False),  # a letter before: the pattern's lookbehind
        ("early 13 months ago", False, False),
        ("late may", False, False),  # a month in lower case is not kept
        ("early in the year, the firm said", False, False),
        ("late on Sunday", True, False),  # a capital near: the pattern decides
        ("beginning" + " " * 20 + "of" + " " * 20 + "April", True, True),  # white space
        ("early" + " " * 30 + "x", True, False),  # a long run of white space: fallback
    ],
)
def test_month_part_look(text: str, look: bool, kept: bool) -> None:
    i = 1 if text.startswith("nearly") else 0  # "early" inside "nearly"
    assert _part_look(text, i) is look
    assert _kept_part(text, i) is kept


def test_month_part_look_random() -> None:
    lex = get_lexicon()
    pieces = [*lex.MONTH_PARTS, *lex.MONTHS, "mid", "of", "in"]
    turned = 0
    for text in _texts(pieces, 58, 6000):
        for i in range(len(text)):
            if not _part_look(text, i):
                assert not _kept_part(text, i), (text, i)
                turned += 1
    assert turned > 10_000


@pytest.mark.parametrize(
    ("after", "split", "span", "matched"),
    [
        ("-26", True, True, True),
        ("/26 season", True, False, True),
        (" to 2031", False, True, True),
        ("\tand\t2031", False, True, True),
        (" – 2031", False, True, True),
        (", below", False, False, False),
        (" To 2031", False, False, False),  # case-sensitive
        ("", False, False, False),
        (" " * 12, False, True, False),  # a long run of white space: fallback
        (" " * 12 + "- 2031", False, True, True),
    ],
)
def test_year_span_looks(after: str, split: bool, span: bool, matched: bool) -> None:
    text = "for 2029" + after
    assert (text[8:9] in dates._SPLIT_OPENERS) is split
    assert dates._may_open_span(text, 8) is span
    hit = dates._SPLIT_YEAR.match(text, 8) or dates._YEAR_SPAN.match(text, 8)
    assert (hit is not None) is matched


def test_year_span_looks_random() -> None:
    pieces = ["2031", "26", "-26", "/31", "to", "and", "-", "–", "/", "t", "a", "31%"]
    for text in _texts(pieces, 59, 4000):
        for end in range(len(text) + 1):
            if text[end : end + 1] not in dates._SPLIT_OPENERS:
                assert dates._SPLIT_YEAR.match(text, end) is None, (text, end)
            if not dates._may_open_span(text, end):
                assert dates._YEAR_SPAN.match(text, end) is None, (text, end)


@pytest.mark.parametrize(
    ("lead", "look", "match"),
    [
        ("LONDON,", True, True),
        ("NEW YORK (Reuters),", True, True),
        ("date", False, False),
        ("London", False, False),
        ("London,", True, False),  # a capital and a comma: the pattern decides
        ("london,", False, False),
        ("", False, False),
    ],
)
def test_wire_place_look(lead: str, look: bool, match: bool) -> None:
    assert dates._may_be_place(lead) is look
    assert dates._wire_place(lead) is match


def test_wire_place_look_random() -> None:
    pieces = ["LONDON", "NEW", "YORK", "(Reuters)", ",", "St.", "D'ARCY", "date", "É"]
    for text in _texts(pieces, 60, 2000):
        for lo in range(len(text)):
            for hi in range(lo, len(text) + 1):
                lead = text[lo:hi]
                if not dates._may_be_place(lead):
                    assert not dates._wire_place(lead), lead


@pytest.mark.parametrize(
    ("window", "look", "match"),
    [
        ("Smith, ", True, True),
        ("The victim,\n", True, True),
        ("Smith, \n", True, True),  # "$" before a last line break
        ("Smith,\t\n", True, True),
        ("told ministers from over ", False, False),
        ("Smith,", False, False),
        ("Smith,  ", False, False),
        ("3, ", True, False),  # a comma and a space: the pattern decides
    ],
)
def test_apposed_look(window: str, look: bool, match: bool) -> None:
    assert ages._ends_apposed(window) is look
    assert (ages._APPOSED_BEFORE.search(window) is not None) is match


def test_apposed_look_random() -> None:
    for text in _texts(["Smith", ",", ", ", ",\n", "victim", "’s"], 61, 4000):
        for end in range(len(text) + 1):
            window = text[:end]
            if not ages._ends_apposed(window):
                assert ages._APPOSED_BEFORE.search(window) is None, window


@pytest.mark.parametrize(
    ("window", "last"),
    [("a man of ", "of"), ("A Toddler OF  ", "OF"), ("an heir of\u00a0\n", "of")],
)
def test_of_before_is_the_last_word(window: str, last: str) -> None:
    # _age_of_person looks the window's last word up in AGE_OF_WORDS before the pattern.
    m = ages._OF_BEFORE.search(window)
    assert m is not None and m["of"] == window.rsplit(None, 1)[-1] == last


def test_of_before_last_word_random() -> None:
    for text in _texts(["a", "an", "man", "of", "boy", "x1"], 62, 4000):
        for end in range(len(text) + 1):
            window = text[:end]
            m = ages._OF_BEFORE.search(window)
            if m is not None:
                assert m["of"] == window.rsplit(None, 1)[-1], window


def _possessive_look(window: str) -> bool:
    return owners._may_end_possessive(window, 0, len(window))


@pytest.mark.parametrize(
    ("window", "look", "match"),
    [
        ("the Spaniard's ", True, True),
        ("BHP’s the other ", True, True),
        ("the Joneses' ", True, True),
        ("no apostrophe here ", False, False),
        ("below the court's request of ", False, False),  # no capital
        ("Russia’s invasion of Ukraine in ", False, False),  # too far back
        ("the Spaniard's", False, False),  # no white space at the end
        ("the Spaniard's many other ", True, False),  # a word too many: the pattern decides
        ("x-Tom's ", True, True),
    ],
)
def test_possessive_look(window: str, look: bool, match: bool) -> None:
    assert _possessive_look(window) is look
    assert (owners._POSSESSIVE.search(window) is not None) is match


def test_possessive_look_random() -> None:
    pieces = ["Tom's", "BHP’s", "court's", "Jones'", "the", "its", "other", "X", "'s", "’"]
    for text in _texts(pieces, 63, 4000):
        for at in range(0, len(text), 2):
            for start in range(at, len(text) + 1):
                if not owners._may_end_possessive(text, at, start):
                    assert owners._POSSESSIVE.search(text, at, start) is None, (text, at, start)
