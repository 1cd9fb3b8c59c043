"""The looks before patterns a comparison seldom matches (scores, tallies, an article
before a unit of time, "and a half", a fraction's opening, the word before "one", "years
old", a price per weight) turn away only what the pattern would match nothing at: each
table holds what a look turns away and what it leaves to its pattern (the fallback),
and generated texts hold the look to the pattern at every offset."""

from __future__ import annotations

import random
import re

import pytest

from claimdiff.extract import number_words, ones, points, scores, unit_after, unit_tails
from claimdiff.extract.durations import _may_lead
from claimdiff.extract.tally_hints import side
from claimdiff.lexicon import Lexicon, get_lexicon

# White space of every kind, the characters a case-blind pattern folds to ASCII
# letters, digits beyond ASCII, and marks the looks read.
_ODD = [" ", "  ", "\n", "\t", "\u00a0", "\u2009", "\x1c", "\x85", "ſ", "İ", "ı", "K", "٣",
        "²", "½", "-", "‐", "–", "'", "’", '"', "(", ")", "/", ".", ",", ":", "%", "_"]  # fmt: skip


def _texts(words: list[str], seed: int, n: int = 3000) -> list[str]:
    """Texts of ``words`` and :data:`_ODD` characters, in random cases."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        pieces = []
        for _ in range(rng.randint(1, 7)):
            w = rng.choice(words) if rng.random() < 0.6 else rng.choice(_ODD)
            w = w.upper() if rng.random() < 0.15 else w.title() if rng.random() < 0.1 else w
            pieces.append(w + (rng.choice(_ODD[:6]) if rng.random() < 0.6 else ""))
        out.append("".join(pieces))
    return out


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return get_lexicon("en")


def _score(text: str) -> re.Pattern[str]:
    return scores._ASCII_SCORE if text.isascii() else scores._SCORE


@pytest.mark.parametrize(
    ("text", "look", "match"),
    [
        ("won 27-24 in Dublin", True, True),
        ("a 6 - 4 win", True, True),
        ("dated 2023-03-20", False, False),  # a fourth digit, then a dash before the digits
        ("a 3-1000 rout", False, False),
        ("in 1.3-5 years", False, False),
        ("the 9/11-12 files", False, False),
        ("ages 3-5years", False, False),
        ("rose 3-5%", False, False),
        ("rose 3-5 per cent", True, False),  # left to the pattern's look ahead
        ("٣-٤ دقائق", True, True),
        ("no dash", False, False),
    ],
)
def test_score_look(text: str, look: bool, match: bool) -> None:
    assert scores._may_hold_score(text) is look
    assert (_score(text).search(text) is not None) is match


def _scored_texts(seed: int, n: int = 20_000) -> list[str]:
    """Two runs of digits around a dash, each perhaps after white space, among what the
    score pattern may not touch."""
    rng = random.Random(seed)
    ends = ["", " ", "a", "x", "_", ".", ",", "/", ":", "'", "’", "-", "%", "(", "£", "٣", "²"]
    tails = ["", " per cent", "percent", " years", "year", "yearly", ".5", ",5", ". ", ", "]
    out = []
    for _ in range(n):
        sides = ["".join(rng.choice("0123456789٣") for _ in range(rng.randint(1, 5)))
                 for _ in range(2)]  # fmt: skip
        gap = [rng.choice(["", "", " ", "\t", "\u00a0", "  "]) for _ in range(2)]
        out.append(
            rng.choice(ends) + sides[0] + gap[0] + rng.choice("-–") + gap[1] + sides[1]
            + rng.choice(ends + tails)
        )  # fmt: skip
    return out


def test_score_look_generated() -> None:
    asked = 0
    for text in _scored_texts(58):
        if scores._may_hold_score(text):
            asked += 1
        else:
            assert _score(text).search(text) is None, text
    assert 500 < asked < 19_000  # the look turns away many texts and leaves many


@pytest.mark.parametrize(
    ("text", "look"),
    [
        ("beaten three goals to one", True),
        ("won 51 votes TO 49", True),
        ("pledged 1 million pounds ($1.22 million) to the ICC", False),
        ("nearly £400,000 to fund them", False),
        ("a 4 to 1 margin", True),
        ("from two to nil", True),
        ("to one", False),  # no word before "to"
        ("rose 12 to", False),  # none after it
        ("rose 12 to 15 people", True),  # left to the pattern and the tally's rules
    ],
)
def test_tally_look(text: str, look: bool, lex: Lexicon) -> None:
    assert scores._may_hold_tally(text, 0, len(text), lex) is look


def test_tally_look_generated(lex: Lexicon) -> None:
    words = ["three", "goals", "to", "one", "nil", "4", "1,000", "the", "To", "fund", "votes"]
    for text in _texts(words, 58):
        for lo in range(0, len(text), 3):
            hi = min(len(text), lo + 40)
            if scores._may_hold_tally(text, lo, hi, lex):
                continue
            for at in range(lo, hi + 1):
                m = scores._TALLY.search(text, at, hi)
                assert m is None or side(m[3], lex) is None, (text, lo, hi, at)


@pytest.mark.parametrize(
    ("window", "look", "match"),
    [
        ("jailed for a ", True, True),
        ("half an ", True, True),
        ("for a single ", True, True),
        ("(a ", True, True),
        ("for this ", False, False),
        ("the ", False, False),
        ("in Japan ", False, False),  # "an" after a letter
        ("data ", False, False),
        ("a single whole ", False, False),  # two words after the article
        ("a nice ", True, False),  # no modifier: left to the pattern
    ],
)
def test_lead_look(window: str, look: bool, match: bool, lex: Lexicon) -> None:
    assert _may_lead(window, 0, len(window), lex) is look
    assert (lex.patterns["article_lead"].search(window) is not None) is match


def test_lead_look_generated(lex: Lexicon) -> None:
    words = ["a", "an", "half", "quarter", "of", "single", "full", "the", "data", "Japan"]
    pattern = lex.patterns["article_lead"]
    for text in _texts(words, 58):
        for lo in range(len(text)):
            if not _may_lead(text, lo, len(text), lex):
                assert pattern.search(text, lo) is None, (text, lo)


@pytest.mark.parametrize(
    ("text", "look", "match"),
    [
        ("4 and a half", True, True),
        ("a year-and-a-half", True, True),
        ("4 AND a quarter", True, True),
        ("4  and a half", True, True),  # white space run: the pattern reads it
        ("1 million pounds", False, False),
        ("13 months ago", False, False),
        ("13 ago", False, False),
        ("4 and then", True, False),
        ("4 ánd a half", True, False),  # beyond ASCII: left to the pattern
        ("4", False, False),
    ],
)
def test_part_look(text: str, look: bool, match: bool, lex: Lexicon) -> None:
    end = 1 if text[0] == "4" or text[:2] == "13" else 6
    end = 2 if text[:2] == "13" else end
    assert number_words._may_join_part(text, end, lex) is look
    assert (lex.patterns["and_a_part"].match(text, end) is not None) is match


def test_part_look_generated() -> None:
    rng = random.Random(58)
    gaps = ["", " ", "  ", "-", "\n", "\u00a0", " -", "\t "]
    joiners = ["and", "AND", "And", "aNd", "an", "ago", "ſand", "ánd"]
    parts = ["a half", "a-quarter", "A THIRD", "three quarters", "two-thirds", "a", "half"]
    matched = 0
    for language in ("en", "de"):
        lex = get_lexicon(language)
        pattern = lex.patterns["and_a_part"]
        for _ in range(3000):
            text = "4" + rng.choice(gaps) + rng.choice(joiners) + rng.choice(gaps)
            text += rng.choice(parts) + rng.choice(["", " of", "-long", "s", "."])
            if number_words._may_join_part(text, 1, lex):
                matched += pattern.match(text, 1) is not None
            else:
                assert pattern.match(text, 1) is None, (language, text)
    assert matched > 100


@pytest.mark.parametrize(
    ("text", "at", "look", "match"),
    [
        ("half a mile", 0, True, True),
        ("drank a third of a litre", 6, True, True),
        ("on the ICC's behalf", 13, False, False),  # a letter before
        ("on the ICC's behalf", 11, False, False),  # "s" opens no phrase
        ("the third of a", 4, True, False),  # "t" opens "two thirds": left to the pattern
        ("the ſhalf a mile", 4, True, False),  # beyond ASCII: left to the pattern
    ],
)
def test_fraction_look(text: str, at: int, look: bool, match: bool, lex: Lexicon) -> None:
    assert points._may_open(text, at, points._openers(lex.data)) is look
    assert (lex.patterns["fraction_lead"].match(text, at) is not None) is match


def test_fraction_look_generated(lex: Lexicon) -> None:
    words = ["half", "a", "an", "quarter", "of", "mile", "behalf", "two", "thirds", "point"]
    opens = points._openers(lex.data)
    names = ("fraction_lead", "fraction_of_a_unit", "fraction_of_a_point")
    for text in _texts(words, 58):
        for at in range(len(text)):
            if not points._may_open(text, at, opens):
                for name in names:
                    assert lex.patterns[name].match(text, at) is None, (text, at, name)


@pytest.mark.parametrize(
    ("window", "look", "match"),
    [
        ("killed ", True, True),
        ("no\n", True, True),
        ("a 'somber' ", True, False),  # the pattern reads the apostrophe as the word's
        ('a "somber" ', False, False),
        ("(", False, False),
        ("killed", False, False),
        ("x-ray ", True, True),
        ("51 ", True, False),  # a digit: left to the pattern
    ],
)
def test_word_before_one_look(window: str, look: bool, match: bool) -> None:
    assert ones._may_end_word(window, 0, len(window)) is look
    assert (ones._WORD_BEFORE.search(window) is not None) is match


def test_word_before_one_look_generated() -> None:
    for text in _texts(["killed", "no", "one", "x-ray", "it's", "51"], 58):
        for lo in range(len(text)):
            for hi in range(lo, len(text) + 1, 2):
                if not ones._may_end_word(text, lo, hi):
                    assert ones._WORD_BEFORE.search(text, lo, hi) is None, (text, lo, hi)


@pytest.mark.parametrize(
    ("text", "look", "match"),
    [
        ("73-year-old", True, True),
        ("74 years old", True, True),
        ("6 MONTHS OLD", True, True),
        ("18‑month‑olds", True, True),
        ("5  days old", True, True),  # white space run: the pattern reads it
        ("13 months ago", False, False),
        ("1 million pounds", False, False),
        ("5\nyears old", False, False),
        ("5 hours bold", True, False),  # "old" in "bold": left to the pattern
    ],
)
def test_old_look(text: str, look: bool, match: bool) -> None:
    at = 2 if text[:2].isdigit() else 1
    assert unit_tails._may_say_old(text, at) is look
    assert (unit_tails.year_old(text, at) is not None) is match


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("pounds a tonne", True),
        ("pounds PER kilo", True),
        ("pounds/kg", True),
        ("pounds / kg", True),
        ("pounds  an ounce", True),
        ("pounds)", False),
        ("pounds of cocaine", False),
        ("pounds", False),
        ("pounds a year", False),  # past the look: the pattern says no
    ],
)
def test_per_weight_look(text: str, match: bool) -> None:
    assert unit_tails.per_weight(text, 6) is match


def test_unit_tails_generated() -> None:
    words = ["years", "yr", "month", "old", "olds", "a", "an", "per", "tonne", "kg", "bold"]
    for text in _texts(words, 58):
        for at in range(len(text) + 1):
            expected = unit_tails._YEAR_OLD.match(text, at)
            got = unit_tails.year_old(text, at)
            assert (got and got.span()) == (expected and expected.span()), (text, at)
            per = unit_tails._PER_WEIGHT.match(text, at) is not None
            assert unit_tails.per_weight(text, at) is per, (text, at)


@pytest.mark.parametrize(
    ("text", "look", "match"),
    [
        ("20 (kg)", True, True),
        ("20[kg]", True, True),
        ("20 ( kg)", True, True),
        ("20 (5 kg)", True, False),  # a digit in: the pattern says no
        ("20 kg", False, False),
        ("20  (kg)", False, False),
    ],
)
def test_bracket_look(text: str, look: bool, match: bool) -> None:
    assert unit_after._may_open_bracket(text, 2) is look
    assert (unit_after._BRACKETED.match(text, 2) is not None) is match


@pytest.mark.parametrize(
    ("text", "look", "match"),
    [
        ("two point five", True, True),
        ("two  POINT five", True, True),
        ("two Point", True, False),  # nothing after: the pattern says no
        ("two pounds", True, False),
        ("two million", False, False),
        ("two-point", False, False),
    ],
)
def test_point_look(text: str, look: bool, match: bool) -> None:
    assert number_words._may_open_point(text, 3) is look
    assert (number_words._POINT.match(text, 3) is not None) is match


def test_small_looks_generated() -> None:
    """The bracket's, the point's and the article's looks, at every offset."""
    words = ["(kg)", "[", "<", "point", "POINT", "a", "an", "A-", "an-b", "pounds"]
    for text in _texts(words, 58):
        for i in range(len(text) + 1):
            if not unit_after._may_open_bracket(text, i):
                assert unit_after._BRACKETED.match(text, i) is None, (text, i)
            if not number_words._may_open_point(text, i):
                assert number_words._POINT.match(text, i) is None, (text, i)
            if text[i : i + 1] not in number_words._A:
                assert number_words._ARTICLE.match(text, i) is None, (text, i)
