"""The period patterns' cheap looks change nothing: the openers behind a character
(lexicon.looks.gated) pass the sentences every opener looked for alone passes, and the
first-letter lookaheads (lexicon.regex.lowered_phrases, blind_phrases) turn away no match
of the patterns written without them."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimdiff.lexicon import get_lexicon
from claimdiff.lexicon.looks import gated, may_hold
from claimdiff.lexicon.regex import after_nonletter, alternation, phrases_in

# Characters the engine folds apart from str.lower (Kelvin sign, long s, dotless and dotted
# i), letters that are no ASCII, the rare letters, marks and spaces.
ODD = ["K", "ſ", "ı", "İ", "µ", "é", "ß", "q", "Q", "j", "x", "z", "1", " ", "-", ".", "\n", "\t"]


def _texts(phrases: tuple[str, ...]) -> st.SearchStrategy[str]:
    piece = st.sampled_from([*phrases, *ODD, "quarter", "year", "sales"])
    cased = st.tuples(piece, st.sampled_from([str, str.upper, str.title])).map(lambda p: p[1](p[0]))
    return st.lists(cased, min_size=1, max_size=6).map("".join)


@pytest.mark.parametrize("lang", ["en", "de"])
@given(data=st.data())
@settings(max_examples=300, deadline=None)
def test_gated_openers_pass_what_each_word_passes(lang: str, data: st.DataObject) -> None:
    lex = get_lexicon(lang)
    for phrases in (tuple(lex.PERIOD_PARTS), tuple(lex.PERIOD_PHRASES)):
        words = tuple(p.split(None, 1)[0] for p in phrases if p.strip())
        low = " " + data.draw(_texts(phrases)).lower()
        assert may_hold(low, gated(words)) == any(w in low for w in words)


def test_gated_puts_words_behind_a_character_they_hold() -> None:
    openers = get_lexicon("en").period_openers
    assert ("q", ("1q", "2q", "3q", "4q", "q1", "q2", "q3", "q4")) in openers.behind
    assert not any(c in w for w in openers.words for c in "qf1234")


@pytest.mark.parametrize("lang", ["en", "de"])
@given(data=st.data())
@settings(max_examples=300, deadline=None)
def test_period_lookaheads_turn_away_no_match(lang: str, data: st.DataObject) -> None:
    lex = get_lexicon(lang)
    for name, phrases, lowered in (
        ("period_part", tuple(lex.PERIOD_PARTS), True),
        ("period_words", tuple(lex.PERIOD_PHRASES), False),
    ):
        flags = lex.patterns[name].flags & re.IGNORECASE
        plain = re.compile(after_nonletter(alternation(phrases), lowered=lowered), flags)
        text = data.draw(_texts(phrases))
        padded = " " + (text.lower() if lowered else text)
        assert list(phrases_in(lex.patterns[name], padded)) == list(phrases_in(plain, padded))


_YEAR_ALONE = re.compile(r"(?:1[89]|20)(?<![\d.,]..)\d\d(?!\d|[.,]\d)")


@pytest.mark.parametrize("lang", ["en", "de"])
@given(data=st.data())
@settings(max_examples=300, deadline=None)
def test_months_and_years_in_one_pass_match_as_two(lang: str, data: st.DataObject) -> None:
    # period_phrases reads the month names and the years with one pattern: its matches are
    # those of the two patterns, in order.
    lex = get_lexicon(lang)
    months = lex.patterns["month_name"]
    names = [m.title() for m in lex.MONTHS] + ["Sept", "1999", "2023", "20234", "1.2019", "2020s"]
    piece = st.sampled_from([*names, *ODD, "'", "’", "-", "x", "12", ",", "18", "20"])
    text = data.draw(st.lists(piece, max_size=8).map("".join))
    two = sorted(m.span() for p in (months, _YEAR_ALONE) for m in p.finditer(text))
    assert [m.span() for m in lex.patterns["month_or_year"].finditer(text)] == two
