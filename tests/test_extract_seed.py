"""Every numeric phrase of the two seed articles, with its kind, range, unit and noun."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff import Kind, Qualifier, extract

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
A = "telegraph_icc.txt"
B = "reuters_icc.txt"
INF = None  # unbounded

# (article, phrase, kind, low, high, unit, noun, qualifier)
SEED_PHRASES = [
    (A, "over 40 countries", Kind.COUNT, 40, INF, None, "countries", Qualifier.MORE_THAN),
    (
        A,
        "more than 16,000 children",
        Kind.COUNT,
        16_000,
        INF,
        None,
        "children",
        Qualifier.MORE_THAN,
    ),
    (A, "nearly 13 months ago", Kind.DURATION, 11.7, 13, "month", None, Qualifier.APPROXIMATE),
    (
        A,
        "thousands of Ukrainian children",
        Kind.COUNT,
        2_000,
        9_999,
        None,
        "children",
        Qualifier.VAGUE,
    ),
    (A, "nearly £400,000", Kind.MONEY, 340_000, 400_000, "GBP", "funding", Qualifier.APPROXIMATE),
    (A, "more than 900 staff", Kind.COUNT, 900, INF, None, "staff", Qualifier.MORE_THAN),
    # "169 million" states three significant figures: ±0.5 million.
    (A, "169 million euros", Kind.MONEY, 168.5e6, 169.5e6, "EUR", "budget", Qualifier.EXACT),
    (
        A,
        "a 175 million euro budget",
        Kind.MONEY,
        174.5e6,
        175.5e6,
        "EUR",
        "budget",
        Qualifier.EXACT,
    ),
    (A, "40 of its investigators", Kind.COUNT, 40, 40, None, "investigators", Qualifier.EXACT),
    (A, "2023", Kind.YEAR, 2023, 2023, None, None, Qualifier.EXACT),
    (B, "hundreds of children", Kind.COUNT, 200, 999, None, "children", Qualifier.VAGUE),
    (
        B,
        "thousands of Ukrainian children",
        Kind.COUNT,
        2_000,
        9_999,
        None,
        "children",
        Qualifier.VAGUE,
    ),
    (
        B,
        "more than 72,000 incidents",
        Kind.COUNT,
        72_000,
        INF,
        None,
        "incidents",
        Qualifier.MORE_THAN,
    ),
    # "1 million" states one significant figure; "$1.22 million" three.
    (B, "1 million pounds", Kind.MONEY, 0.95e6, 1.05e6, "GBP", "pledge", Qualifier.EXACT),
    (B, "$1.22 million", Kind.MONEY, 1.215e6, 1.225e6, "USD", "pledge", Qualifier.EXACT),
    (
        B,
        "$1 = 0.8214 pounds",
        Kind.RATE,
        0.82135,
        0.82145,
        "GBP per USD",
        "exchange rate",
        Qualifier.EXACT,
    ),
]


def _claims(name: str):
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return text, extract(text)


@pytest.mark.parametrize(
    ("article", "phrase", "kind", "low", "high", "unit", "noun", "qualifier"),
    SEED_PHRASES,
    ids=[f"{a[:4]}:{p}" for a, p, *_ in SEED_PHRASES],
)
def test_seed_phrase(article, phrase, kind, low, high, unit, noun, qualifier):
    """Each seed phrase is one claim with the expected normalised reading."""
    text, claims = _claims(article)
    matches = [c for c in claims if c.text == phrase]
    assert len(matches) == 1, [c.text for c in claims]
    c = matches[0]
    assert text[c.span[0] : c.span[1]] == phrase
    assert c.kind is kind
    q = c.quantity
    assert q is not None
    assert q.low == pytest.approx(low)
    assert (q.high is None) if high is None else q.high == pytest.approx(high)
    assert q.unit == unit
    assert c.noun == noun
    assert q.qualifier is qualifier


@pytest.mark.parametrize(
    ("article", "phrase", "attr", "expected"),
    [
        (A, "more than 16,000 children", "source", "Kyiv"),
        (A, "thousands of Ukrainian children", "source", "Russia"),
        (B, "hundreds of children", "source", "the ICC"),
        (B, "more than 72,000 incidents", "source", "Andriy Kostin"),
        (A, "169 million euros", "period", "2023"),
        (A, "a 175 million euro budget", "period", "2023"),
        (B, "1 million pounds", "period", "this year"),
        (A, "more than 16,000 children", "period", None),
    ],
)
def test_seed_attribution_and_period(article, phrase, attr, expected):
    """Seed claims carry who said them and the time they speak of."""
    _, claims = _claims(article)
    (c,) = [c for c in claims if c.text == phrase]
    assert getattr(c, attr) == expected


def test_vague_amounts_keep_a_plausible_range():
    """ "hundreds" is 200-999 at its core but plausibly 100-1,999."""
    _, claims = _claims(B)
    (c,) = [c for c in claims if c.text == "hundreds of children"]
    assert c.quantity.plausible == (100, 1_999)


def test_two_currencies_are_linked():
    """ "1 million pounds ($1.22 million)" is one amount in two currencies."""
    _, claims = _claims(B)
    gbp = next(c for c in claims if c.text == "1 million pounds")
    usd = next(c for c in claims if c.text == "$1.22 million")
    assert gbp.linked == usd.span
    assert usd.linked == gbp.span


@pytest.mark.parametrize("article", [A, B])
def test_every_claim_text_is_its_span(article):
    """A claim's text is exactly the source text at its span, sentence included."""
    text, claims = _claims(article)
    assert claims
    for c in claims:
        assert text[c.span[0] : c.span[1]] == c.text
        assert (c.sentence[0] <= c.span[0] and c.span[1] <= c.sentence[1]) or c.kind is Kind.QUOTE
