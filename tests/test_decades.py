"""A person's decade of life read as an age (claimdiff/extract/decades.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimdiff import Kind, Verdict, compare, extract
from claimdiff.extract.decades import may_name_decade
from claimdiff.lexicon import get_lexicon
from claimdiff.text import Lowered


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("The victim, in her eighties, was unhurt.", "in her eighties", 80, 89),
        ("A man in his 40s was arrested.", "in his 40s", 40, 49),
        ("A man in his 40's was arrested.", "in his 40's", 40, 49),
        ("She is in her late seventies.", "in her late seventies", 75, 79),
        ("A man in his mid-30s died.", "in his mid-30s", 33, 37),
        ("The pair, in their early twenties, fled.", "in their early twenties", 20, 24),
        ("The victims, in their 20s and 30s, were named.", "in their 20s and 30s", 20, 39),
        ("In his 40s, he ran the family firm.", "In his 40s", 40, 49),  # opening a text
    ],
)
def test_decade_is_an_age(text: str, surface: str, low: int, high: int) -> None:
    (c,) = [c for c in extract(text) if c.kind is Kind.AGE]
    assert (c.text, c.quantity.low, c.quantity.high) == (surface, low, high)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "Prices in the 1980s rose.",
        "Temperatures were in the forties.",
        "It sold 40s.",
        "The Stones in their sixties pomp played here.",
    ],
)
def test_no_one_s_decade(text: str) -> None:
    assert [c for c in extract(text) if c.kind is Kind.AGE] == []


@pytest.mark.parametrize(
    ("b", "verdict"),
    [
        ("The 91-year-old woman was robbed.", Verdict.CONFLICT),
        ("The woman, 84, was robbed.", Verdict.COMPATIBLE),
    ],
)
def test_decade_against_an_age(b: str, verdict: Verdict) -> None:
    (f,) = compare("A woman in her eighties was robbed.", b).findings
    assert f.verdict is verdict


# The look before the decade pattern's search (decades.may_name_decade) turns away only
# texts the pattern finds nothing in: tokens around its parts, their cases and folds.
_DECADE_TOKENS = [
    "in", "In", "IN", "İn", "ın", "their", "his", "her", "HER", "early", "late", "mid", "mid-",
    "40s", "40's", "40’s", "90S", "1990s", "190s", "40ſ", "twenties", "Thirties", "ſixties",
    "SEVENTIES", "authorities", "parties", "man", "and", "to", "5", "-", "'", "’",
]  # fmt: skip


@given(
    st.lists(
        st.tuples(st.sampled_from(_DECADE_TOKENS), st.sampled_from([" ", "  ", "\n", "", "-"])),
        min_size=1,
        max_size=8,
    )
)
def test_decade_look_turns_away_only_texts_without_a_match(parts: list[tuple[str, str]]) -> None:
    text = "".join(w + s for w, s in parts)
    lex = get_lexicon("en")
    if lex.patterns["decade"].search(text) is not None:
        assert may_name_decade(text, Lowered(text), lex)


@pytest.mark.parametrize(
    ("text", "may"),
    [
        ("a man in his 40s", True),
        ("in her mid-30’s", True),
        ("in their twenties", True),
        ("the authorities and parties met", False),
        ("in the 1990s", False),
        ("in his 1990s", False),
    ],
)
def test_decade_look(text: str, may: bool) -> None:
    lex = get_lexicon("en")
    assert may_name_decade(text, Lowered(text), lex) is may
    assert may or lex.patterns["decade"].search(text) is None
