"""The ``claimdiff_check`` fixture: what passes, what fails, and what the failure says."""

from __future__ import annotations

import pytest
from plugin_suite import AGREES, CHANGED, SOURCE, Suite


def test_consistent_output_passes(suite: Suite) -> None:
    """An output that repeats its source's figure passes."""
    suite.module({"same": AGREES})
    suite.expect(passed=1)


def test_changed_figure_fails_naming_both_figures(suite: Suite) -> None:
    """An output that changes a figure fails, showing both figures, both sentences and a reason."""
    suite.module({"changed": CHANGED})
    result = suite.expect(
        failed=1,
        lines=[
            "claimdiff: 1 regression in check '#1'",
            "  1. regression: count*",
            "*source says*1,200*",
            "*in “The company employs 1,200 people.”",
            "*output says*1,500*",
            "*in “The company employs 1,500 people.”",
            "*reason: *",
            "*pytest --claimdiff-update*",
        ],
    )
    # The failure is a message, not a traceback into the plugin.
    result.stdout.no_fnmatch_line("*pytest_plugin.py*")


def test_fixture_returns_the_report(suite: Suite) -> None:
    """The fixture returns compare()'s report, so a test can inspect it further."""
    suite.source(
        f"""
        def test_report(claimdiff_check):
            report = claimdiff_check({SOURCE!r}, {CHANGED!r})
            assert len(report.conflicts) == 1
            assert report.conflicts[0].b.text.startswith("1,500")
        """
    )
    suite.run("--claimdiff-update").assert_outcomes(passed=1)


def test_every_check_of_a_test_is_reported(suite: Suite) -> None:
    """Failures are raised when the test ends, so every failing check of it is in the message."""
    suite.source(
        f"""
        def test_two(claimdiff_check):
            claimdiff_check({SOURCE!r}, {CHANGED!r}, name="first")
            claimdiff_check({SOURCE!r}, {AGREES!r}, name="fine")
            claimdiff_check({SOURCE!r}, {CHANGED!r}, name="second")
        """
    )
    result = suite.expect(
        failed=1, lines=["*1 regression in check 'first'*", "*1 regression in check 'second'*"]
    )
    result.stdout.no_fnmatch_line("*check 'fine'*")


def test_unnamed_checks_are_numbered(suite: Suite) -> None:
    """Checks without a name are keyed #1, #2, ... in the order the test makes them."""
    suite.source(
        f"""
        def test_two(claimdiff_check):
            claimdiff_check({SOURCE!r}, {AGREES!r})
            claimdiff_check({SOURCE!r}, {CHANGED!r})
        """
    )
    suite.run().stdout.fnmatch_lines(["*1 regression in check '#2'*"])


def test_duplicate_check_name_fails(suite: Suite) -> None:
    """Two checks with one name in one test would share a baseline key: that is an error."""
    suite.source(
        f"""
        def test_dup(claimdiff_check):
            claimdiff_check({SOURCE!r}, {AGREES!r}, name="x")
            claimdiff_check({SOURCE!r}, {AGREES!r}, name="x")
        """
    )
    suite.expect(failed=1, lines=["*check name 'x' used twice*"])


def test_own_failure_of_the_test_is_kept(suite: Suite) -> None:
    """A test that fails by itself reports its own error, not a claimdiff one in its place."""
    suite.source(
        f"""
        def test_own(claimdiff_check):
            claimdiff_check({SOURCE!r}, {CHANGED!r})
            raise ValueError("own failure")
        """
    )
    suite.expect(failed=1, lines=["*ValueError: own failure*"])


@pytest.mark.parametrize(
    "where",
    [
        pytest.param("class TestInClass:\n    def test_it(self, claimdiff_check):", id="class"),
        pytest.param("def test_it(claimdiff_check):", id="function"),
    ],
)
def test_fixture_works_in_functions_and_classes(suite: Suite, where: str) -> None:
    """The fixture fails a changed figure wherever the test is defined."""
    indent = "        " if where.startswith("class") else "    "
    suite.source(f"{where}\n{indent}claimdiff_check({SOURCE!r}, {CHANGED!r})\n")
    suite.run().assert_outcomes(failed=1)
