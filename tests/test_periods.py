"""Whether two figures' periods can be one (claimdiff.periods; docs/compare.md, "Evidence
against"): a relative period within another is no evidence against a pair."""

from __future__ import annotations

import pytest

from claimdiff import compare
from claimdiff.lexicon import get_lexicon
from claimdiff.periods import same_period

_NESTED = frozenset(get_lexicon().NESTED_PERIODS)


@pytest.mark.parametrize(
    ("a", "b", "one"),
    [
        ("this month", "this year", True),
        ("today", "this week", True),
        ("this week", "this quarter", True),
        ("last year", "this year", False),
        ("last month", "this year", False),  # not counted from one moment the same way
        ("this month", "next month", False),
        ("2023 Q3", "Q3", True),
        ("Q2", "Q3", False),
        # A rate over the year to a month: that month's annual rate, the quarter's
        # ending then, or a financial year's; never another month's.
        ("FY-M02", "M02", True),
        ("FY-M02", "FY", True),
        ("FY-M12", "Q4", True),
        ("FY-M02", "M03", False),
        ("FY-M02", "FY-M03", False),
        ("FY-M11", "Q4", False),
        ("2024 FY-M03", "2024 M03", True),
        ("2024 FY-M03", "2023 M03", False),
    ],
)
def test_relative_periods_nest(a: str, b: str, one: bool) -> None:
    assert same_period(a, b, _NESTED) is one
    assert same_period(b, a, _NESTED) is one


def test_a_figure_of_this_month_meets_one_of_this_year() -> None:
    report = compare(
        "Arctic sea ice shrank to 4.28 million square kilometers this month.",
        "The ice cover bottomed out at 4.28 million square kilometres this year.",
    )
    assert [f.verdict.value for f in report.findings] == ["agree"]


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        (
            "UK inflation fell to 3.4% in the year to February, down from 4% in January.",
            "Consumer price inflation eased to 3.4 per cent in February from 4.0 per cent.",
            "agree",
        ),
        (
            "Average rents in Lisbon rose 8.5% in the year to June, the portal said.",
            "Lisbon rental prices were 5.8 per cent higher in June, the portal's data showed.",
            "conflict",
        ),
        (
            "Australia's annual inflation rate fell to 4.1% in the December quarter.",
            "Consumer prices increased 4.1% over the 12 months to December.",
            "agree",
        ),
        # A fresh-eyes review's: another month's year, or a company's year against a
        # month, is never the same rate.
        (
            "UK inflation fell to 3.4% in the year to February, the ONS said.",
            "UK inflation fell to 3.4 per cent in January, the ONS said.",
            None,
        ),
        (
            "Halden Retail said revenue rose 6% in the year to February, helped by new stores.",
            "Halden Retail's like-for-like sales rose 2% in February, the company said.",
            None,
        ),
    ],
)
def test_a_rate_over_the_year_to_a_month_is_the_months(a: str, b: str, verdict: str | None) -> None:
    rates = [f for f in compare(a, b).findings if f.a.kind.value == "percent"]
    assert [f.verdict.value for f in rates][:1] == ([verdict] if verdict else [])
