"""Amounts and counts per lengths of time, compared per one (docs/compare.md, "Rates per
time")."""

from __future__ import annotations

import subprocess
import sys

import pytest

from claimdiff import Verdict, compare, extract
from claimdiff.per_time import per_time_factor


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("He earns £50,000 a year.", "year"),
        ("They pay £14,400 annually.", "year"),
        ("He is paid £1,000 weekly, the club said.", "week"),
        ("About 2,000 lorries a day use the port.", "day"),
        ("The plant makes 1,500 cells a minute.", "minute"),
        ("The works will supply 400 million litres a day.", "day"),
        # A count is read per a length of time only.
        ("Volunteers served 3 meals per person.", None),
    ],
)
def test_per_read(text: str, per: str | None) -> None:
    (claim,) = [c for c in extract(text) if c.quantity is not None]
    assert claim.per == per


@pytest.mark.parametrize(
    ("a", "b", "verdict", "reason"),
    [
        (
            "Rent is £1,200 a month.",
            "Rent is £14,400 a year.",
            Verdict.AGREE,
            "per year to one per month",
        ),
        ("He is paid £1,000 a week.", "He earns £52,000 a year.", Verdict.AGREE, "within rounding"),
        (
            "They pay £14,400 annually.",
            "They pay £1,200 a month.",
            Verdict.AGREE,
            "the same figure",
        ),
        # A month written for a year is one rate misreported.
        ("He earns £50,000 a year.", "He earns £50,000 a month.", Verdict.CONFLICT, "12 times"),
        (
            "Up to 50 flights an hour will land.",
            "Up to 1,200 flights a day will land.",
            Verdict.AGREE,
            "per day",
        ),
        (
            "The pension is £230.25 a week.",
            "The pension is almost £12,000 a year.",
            Verdict.AGREE,
            "per year",
        ),
    ],
)
def test_rates_compared_per_one_length(a: str, b: str, verdict: Verdict, reason: str) -> None:
    (found,) = compare(a, b).findings
    assert found.verdict is verdict, found.reason
    assert reason in found.reason


def test_other_pers_stay_apart() -> None:
    """An amount per a litre is no amount per a month."""
    assert compare("It costs $4 per litre.", "It costs $4 a month.").findings == ()


@pytest.mark.parametrize(
    ("frm", "to", "factor"),
    [
        ("month", "year", (12.0, 12.0)),
        ("day", "week", (7.0, 7.0)),
        ("hour", "day", (24.0, 24.0)),
        ("year", "month", (1 / 12, 1 / 12)),
        ("share", "year", None),
    ],
)
def test_factor(frm: str, to: str, factor: tuple[float, float] | None) -> None:
    got = per_time_factor(frm, to)
    assert got == (pytest.approx(factor) if factor else None)


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # A reviewer's faults, mended: wages are working time, fortnights and quarters are
        # read, "a year on housing" is per year.
        ("He is paid £12 an hour.", "He earns £25,000 a year.", Verdict.AGREE),
        ("She gets £200 a fortnight.", "She gets £100 a week.", Verdict.AGREE),
        ("Fees are £600 a quarter.", "Fees are £200 a month.", Verdict.AGREE),
        (
            "The council spends £2 million a year on temporary housing.",
            "It spends £166,000 a month on temporary housing.",
            Verdict.AGREE,
        ),
    ],
)
def test_review_mends(a: str, b: str, verdict: Verdict) -> None:
    (found,) = compare(a, b).findings
    assert found.verdict is verdict, found.reason


def test_same_number_per_another_period_is_not_the_same_figure() -> None:
    """ "£4,000 a month" is "£48,000 a year", not the other report's £4,000 fee a year."""
    report = compare(
        "Rent is £4,000 a month, plus a maintenance fee of £4,000 a year.",
        "Tenants pay £48,000 a year in rent and £4,000 a year in fees.",
    )
    pairs = {(f.a.text, f.b.text): f.verdict for f in report.findings}
    assert pairs == {
        ("£4,000 a month", "£48,000 a year"): Verdict.AGREE,
        ("£4,000 a year", "£4,000 a year"): Verdict.AGREE,
    }


def test_extracting_rates_does_not_load_numpy() -> None:
    """Extraction reads what a figure is per (claimdiff.per_time.PER_TIME) without the
    numpy the comparison's matrices need: an extract-only process stays light (issue 12)."""
    code = (
        "import sys, claimdiff\n"
        "claims = claimdiff.extract('Rent is £1,200 a month; 2,000 lorries a day.')\n"
        "assert [c.per for c in claims] == ['month', 'day'], claims\n"
        "print('numpy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
