"""A loss in one report against a profit in the other, of one result (claimdiff/verdict.py,
``_opposed``; docs/compare.md, "A loss against a profit")."""

from __future__ import annotations

import pytest

from claimdiff import check, compare

# (A, B, the verdict, words its reason holds)
PAIRS = [
    (
        "The firm made a loss of £3m last year.",
        "The firm made a profit of £3m last year.",
        "conflict",
        "one says a loss of £3m, the other a profit of £3m",
    ),
    (
        "Acme swung to a net loss of $40m in 2023.",
        "Acme posted net profit of $40m in 2023.",
        "conflict",
        "a loss",
    ),
    # Two losses, or two profits, are judged as figures.
    (
        "The firm made a pre-tax loss of £3m in 2023.",
        "The firm made a pre-tax loss of £3.5m in 2023.",
        "conflict",
        "16.7% apart",
    ),
    (
        "The firm made a profit of £3m in 2023.",
        "The firm made a profit of £3m in 2023.",
        "agree",
        "the same",
    ),
]


@pytest.mark.parametrize(("a", "b", "verdict", "words"), PAIRS, ids=[p[1][:40] for p in PAIRS])
def test_a_loss_against_a_profit(a: str, b: str, verdict: str, words: str) -> None:
    money = [f for f in compare(a, b).findings if f.a.kind.value == "money"]
    assert len(money) == 1, [(f.a.text, f.b.text) for f in compare(a, b).findings]
    assert money[0].verdict.value == verdict, money[0].reason
    assert words in money[0].reason


def test_check_reports_a_summary_that_turns_a_loss_into_a_profit() -> None:
    report = check("The firm made a loss of £3m last year.", "The firm made a profit of £3m.")
    assert [f.b.text for f in report.conflicts] == ["£3m"]
