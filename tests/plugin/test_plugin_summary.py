"""The terminal summary: a short claimdiff section, with the findings under -v."""

from __future__ import annotations

from plugin_suite import AGREES, CHANGED, CHANGED_AGAIN, SOURCE, Suite


def test_summary_counts(suite: Suite) -> None:
    """The section counts checks, regressions, known conflicts and improvements."""
    suite.accept({"a": CHANGED, "b": CHANGED, "c": AGREES, "d": CHANGED})
    suite.cases({"a": CHANGED, "b": AGREES, "c": CHANGED, "d": CHANGED_AGAIN})
    result = suite.run()
    result.stdout.fnmatch_lines(
        ["*- claimdiff -*", "4 checks: 2 regressions, 1 known conflict, 2 improvements"]
    )
    result.stdout.no_fnmatch_line("  KNOWN*")


def test_verbose_lists_findings(suite: Suite) -> None:
    """With -v, each regression, known conflict and improvement is listed."""
    suite.accept({"a": CHANGED, "b": CHANGED})
    suite.cases({"a": CHANGED, "b": CHANGED_AGAIN})
    result = suite.run("-v")
    result.stdout.fnmatch_lines(
        [
            "  REGRESSION test_summary.py::test_summary?b? ?#1? count*1,700*",
            "  KNOWN test_summary.py::test_summary?a? ?#1? count*1,500*",
            "  IMPROVED test_summary.py::test_summary?b? ?#1? count*1,500*",
        ]
    )


def test_no_section_without_checks(suite: Suite) -> None:
    """A suite that never calls claimdiff_check gets no claimdiff section."""
    suite.source("def test_plain():\n    assert True\n")
    result = suite.expect(passed=1)
    result.stdout.no_fnmatch_line("*claimdiff*")


def test_section_counts_one_check(suite: Suite) -> None:
    """A single check is counted in the singular."""
    suite.source(f"def test_one(claimdiff_check):\n    claimdiff_check({SOURCE!r}, {AGREES!r})\n")
    suite.run().stdout.fnmatch_lines(["1 check: 0 regressions, 0 known conflicts, 0 improvements"])
