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
