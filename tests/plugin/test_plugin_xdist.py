"""pytest-xdist: workers send their checks to the controller, which alone writes baselines."""

from __future__ import annotations

import pytest
from plugin_suite import AGREES, CHANGED, CHANGED_AGAIN, Suite

pytest.importorskip("xdist")

XDIST = ("-p", "xdist", "-n", "2")
# Enough cases, in two modules, that both workers run some of each.
CASES = {f"case{i:02d}": CHANGED if i % 3 else AGREES for i in range(12)}


@pytest.fixture
def updated(suite: Suite) -> Suite:
    """A two-module suite whose baselines were written by an xdist run."""
    suite.module(CASES, name="test_one")
    suite.module(CASES, name="test_two")
    suite.expect(
        *XDIST,
        "--claimdiff-update",
        passed=24,
        lines=["24 checks: 16 conflicts accepted (16 new, 0 improvements pruned)"],
    )
    return suite


def test_update_under_xdist_keeps_every_worker_s_entries(updated: Suite) -> None:
    """No worker's writes clobber another's: every accepted conflict is in the files."""
    for name in ("test_one", "test_two"):
        tests = updated.baseline(name)["tests"]
        expected = {f"test_summary[{k}]" for k, v in CASES.items() if v == CHANGED}
        assert set(tests) == expected
    leftovers = [p.name for p in (updated.path / "__claimdiff__").iterdir()]
    assert sorted(leftovers) == ["test_one.json", "test_two.json"]


def test_known_conflicts_pass_under_xdist(updated: Suite) -> None:
    """A second xdist run finds every conflict known; the controller's summary counts them all."""
    result = updated.run(*XDIST)
    result.assert_outcomes(passed=24)
    result.stdout.fnmatch_lines(["24 checks: 0 regressions, 16 known conflicts, 0 improvements"])


def test_regression_and_stale_under_xdist(updated: Suite) -> None:
    """Regressions fail on workers; stale entries are found by the controller from all workers."""
    changed = dict(CASES, case01=CHANGED_AGAIN)
    del changed["case02"]
    updated.cases(changed, name="test_one")
    result = updated.run(*XDIST)
    result.assert_outcomes(passed=22, failed=1)
    result.stdout.fnmatch_lines(
        [
            "23 checks: 1 regression, 14 known conflicts, 0 improvements",
            "1 stale baseline entry*",
            "  stale: __claimdiff__*test_one.json test_summary?case02?",
        ]
    )
    updated.run(*XDIST, "--claimdiff-update").assert_outcomes(passed=23)
    tests = updated.baseline("test_one")["tests"]
    assert "test_summary[case02]" not in tests
    assert tests["test_summary[case01]"]["#1"][0]["output"]["claim"].startswith("1,700")
    assert len(updated.baseline("test_two")["tests"]) == 8
