"""The plugin's whole story in one throwaway project, step by step (issue 4, "must show")."""

from __future__ import annotations

import pytest
from plugin_suite import AGREES, CHANGED, CHANGED_AGAIN, Suite


def test_walkthrough(suite: Suite, monkeypatch: pytest.MonkeyPatch) -> None:
    """Consistent passes; a changed figure fails; update accepts it; strict, regression, fix."""
    suite.module({"summary": AGREES})
    suite.run().assert_outcomes(passed=1)

    suite.cases({"summary": CHANGED})
    result = suite.expect(
        failed=1, lines=["*source says “1,200 people”", "*output says “1,500 people”"]
    )

    suite.run("--claimdiff-update").assert_outcomes(passed=1)
    assert suite.baseline_file().exists()
    result = suite.expect(
        passed=1, lines=["1 check: 0 regressions, 1 known conflict, 0 improvements"]
    )

    suite.run("--claimdiff-strict").assert_outcomes(failed=1)

    suite.cases({"summary": CHANGED_AGAIN})
    result = suite.expect(
        failed=1,
        lines=[
            "claimdiff: 1 regression in check '#1'",
            "*output says “1,700 people”",
            "*the baseline accepted output “1,500 people” here",
        ],
    )

    suite.cases({"summary": AGREES})
    result = suite.expect(
        passed=1, lines=["1 check: 0 regressions, 0 known conflicts, 1 improvement"]
    )

    suite.cases({"summary": CHANGED})
    monkeypatch.delenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD")
    result = suite.pytester.runpytest_subprocess("-p", "no:cacheprovider", "-p", "no:claimdiff")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*fixture 'claimdiff_check' not found*"])
