"""``--claimdiff-update`` and the life of a baseline: known, regression, improvement, stale."""

from __future__ import annotations

import pytest
from plugin_suite import AGREES, CHANGED, CHANGED_AGAIN, Suite


def test_update_writes_a_baseline_then_passes(suite: Suite) -> None:
    """--claimdiff-update accepts today's conflicts; the next run passes with them known."""
    suite.module({"changed": CHANGED, "same": AGREES})
    suite.expect(
        "--claimdiff-update",
        passed=2,
        lines=["*2 checks: 1 conflict accepted (1 new*", "baseline updated: *"],
    )
    assert list(suite.baseline()["tests"]) == ["test_summary[changed]"]
    suite.expect(passed=2, lines=["2 checks: 0 regressions, 1 known conflict, 0 improvements"])


def test_new_conflict_fails_as_a_regression(suite: Suite) -> None:
    """A conflict the baseline does not hold fails, even when the test has accepted others."""
    suite.accept({"changed": CHANGED, "same": AGREES})
    suite.cases({"changed": CHANGED, "same": CHANGED})
    suite.expect(
        passed=1, failed=1, lines=["*test_summary?same?*", "claimdiff: 1 regression in check '#1'"]
    )


def test_further_changed_figure_names_it_and_the_accepted_one(suite: Suite) -> None:
    """When an accepted wrong figure changes again, the failure names the new figure and the old."""
    suite.accept({"changed": CHANGED})
    suite.cases({"changed": CHANGED_AGAIN})
    suite.expect(
        failed=1, lines=["*output says “1,700*", "*the baseline accepted output “1,500* here"]
    )


def test_former_agreement_that_became_a_conflict_fails(suite: Suite) -> None:
    """A check that agreed when the baseline was written fails once it conflicts."""
    suite.module({"case": AGREES})
    suite.run("--claimdiff-update").assert_outcomes(passed=1)
    suite.cases({"case": CHANGED})
    suite.run().assert_outcomes(failed=1)


def test_vanished_conflict_is_an_improvement_and_update_prunes_it(suite: Suite) -> None:
    """A fixed conflict passes and is reported as an improvement; the next update drops it."""
    suite.accept({"changed": CHANGED, "other": CHANGED})
    suite.cases({"changed": AGREES, "other": CHANGED})
    suite.expect(
        "-v",
        passed=2,
        lines=[
            "2 checks: 0 regressions, 1 known conflict, 1 improvement",
            "  IMPROVED *test_summary?changed?*",
            "improvements are pruned from the baseline by pytest --claimdiff-update",
        ],
    )
    suite.run("--claimdiff-update").stdout.fnmatch_lines(["*1 improvement pruned*"])
    assert list(suite.baseline()["tests"]) == ["test_summary[other]"]


def test_update_deletes_a_baseline_left_empty(suite: Suite) -> None:
    """Once every accepted conflict is fixed, update removes the file and its empty directory."""
    suite.accept({"changed": CHANGED})
    assert suite.baseline_file().exists()
    suite.cases({"changed": AGREES})
    suite.run("--claimdiff-update").assert_outcomes(passed=1)
    assert not suite.baseline_file().parent.exists()


def test_baselines_of_removed_tests_are_reported_then_removed(suite: Suite) -> None:
    """Entries of tests that no longer exist are reported as stale; update removes them."""
    suite.accept({"kept": CHANGED, "gone": CHANGED})
    suite.module({"kept": CHANGED})
    suite.expect(
        passed=1,
        lines=[
            "1 stale baseline entry (tests or checks that no longer exist)*removes them",
            "  stale: __claimdiff__*test_summary.json test_summary?gone?",
        ],
    )
    suite.run("--claimdiff-update").stdout.fnmatch_lines(["1 stale baseline entry*removed"])
    assert list(suite.baseline()["tests"]) == ["test_summary[kept]"]


def test_baseline_of_a_deleted_module_is_reported_then_removed(suite: Suite) -> None:
    """A baseline file whose test module was deleted is stale as a whole."""
    suite.module({"a": CHANGED}, name="test_old")
    suite.accept({"a": CHANGED}, name="test_new")
    (suite.path / "test_old.py").unlink()
    suite.run().stdout.fnmatch_lines(["  stale: __claimdiff__*test_old.json"])
    suite.run("--claimdiff-update")
    assert not suite.baseline_file("test_old").exists()
    assert suite.baseline_file("test_new").exists()


def test_removed_check_is_stale(suite: Suite) -> None:
    """A check a test no longer makes is stale once the test has run to its end."""
    code = """
        S = "The company employs 1,200 people."
        def test_it(claimdiff_check):
            claimdiff_check(S, "The company employs 1,500 people.", name="kept")
            {second}
        """
    suite.source(
        code.format(second='claimdiff_check(S, "The company employs 1,900 people.", name="gone")')
    )
    suite.run("--claimdiff-update")
    assert set(suite.baseline()["tests"]["test_it"]) == {"kept", "gone"}
    suite.source(code.format(second="pass"))
    suite.run().stdout.fnmatch_lines(["  stale: *test_summary.json test_it ?gone?"])
    suite.run("--claimdiff-update")
    assert set(suite.baseline()["tests"]["test_it"]) == {"kept"}


def test_deselected_tests_keep_their_baselines(suite: Suite) -> None:
    """-k, and node ids on the command line, narrow a run without making the rest stale."""
    suite.accept({"one": CHANGED, "two": CHANGED})
    before = suite.baseline_file().read_text("utf-8")
    for args in (["-k", "one"], ["test_summary.py::test_summary[one]"]):
        result = suite.expect("--claimdiff-update", *args, passed=1)
        result.stdout.no_fnmatch_line("*stale*")
        assert suite.baseline_file().read_text("utf-8") == before


def test_failing_test_keeps_checks_it_did_not_reach(suite: Suite) -> None:
    """Update stores the checks a failing test made and keeps those it never reached."""
    code = """
        S = "The company employs 1,200 people."
        def test_it(claimdiff_check):
            claimdiff_check(S, "The company employs 1,500 people.", name="a")
            {middle}
            claimdiff_check(S, "The company employs 1,500 people.", name="b")
        """
    suite.source(code.format(middle="pass"))
    suite.run("--claimdiff-update")
    suite.source(code.format(middle="raise RuntimeError('broken in between')"))
    suite.run("--claimdiff-update").assert_outcomes(failed=1)
    assert set(suite.baseline()["tests"]["test_it"]) == {"a", "b"}


def test_interrupted_run_writes_nothing(suite: Suite) -> None:
    """An update run stopped part-way leaves the baselines as they were."""
    suite.source(
        """
        import pytest

        S = "The company employs 1,200 people."

        def test_a(claimdiff_check):
            claimdiff_check(S, "The company employs 1,500 people.")

        def test_b():
            pytest.exit("stopped by the user")
        """
    )
    result = suite.run("--claimdiff-update")
    assert result.ret == pytest.ExitCode.INTERRUPTED
    assert not suite.baseline_file().exists()
