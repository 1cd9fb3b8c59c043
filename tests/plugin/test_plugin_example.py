"""The example suite under examples/summariser: it passes as committed and catches a regression."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from plugin_suite import Suite

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "summariser"
# The summariser's shortening: one truncated decimal (the accepted bug) ...
ONE_DECIMAL = "n // 100_000 / 10:g"
# ... and a "simplification" that drops the decimal: a regression claimdiff must catch.
NO_DECIMAL = "n // 1_000_000"


@pytest.fixture
def example(suite: Suite) -> Suite:
    """A copy of the example suite, with its committed baseline."""
    shutil.copytree(
        EXAMPLE, suite.path, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__")
    )
    return suite


def test_example_passes_with_its_known_conflict(example: Suite) -> None:
    """As committed, the example passes: its one known conflict is accepted by the baseline."""
    result = example.run("-v")
    result.assert_outcomes(passed=3)
    result.stdout.fnmatch_lines(
        [
            "3 checks: 0 regressions, 1 known conflict, 0 improvements",
            "  KNOWN *airport* “2,480,000 passengers”, output “2.4 million passengers”",
        ]
    )


def test_example_catches_a_regression(example: Suite) -> None:
    """A summariser change that alters a figure fails, naming both figures.

    Dropping the decimal turns £12,800,000 into "£12 million" (a new conflict)
    and 2,480,000 into "2 million" passengers, which holds the article's other
    figure, 2,100,000 the year before: the accepted conflict is gone and reported
    as an improvement (examples/summariser/README.md says why that is a known gap).
    """
    code = (example.path / "summariser.py").read_text("utf-8")
    assert ONE_DECIMAL in code
    (example.path / "summariser.py").write_text(code.replace(ONE_DECIMAL, NO_DECIMAL), "utf-8")
    result = example.run()
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(
        [
            "*test_summary_is_consistent?council?*",
            "claimdiff: 1 regression in check '#1'",
            "*source says “£12,800,000”",
            "*output says “£12 million”",
            "3 checks: 1 regression, 0 known conflicts, 1 improvement",
        ]
    )


def test_example_baseline_is_current() -> None:
    """The committed baseline holds exactly the one known conflict (no stale entries)."""
    text = (EXAMPLE / "__claimdiff__" / "test_summariser.json").read_text("utf-8")
    assert '"schema": 1' in text
    assert text.count('"kind"') == 1
    assert "test_summary_is_consistent[airport]" in text
