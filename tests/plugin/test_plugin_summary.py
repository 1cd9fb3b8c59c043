"""The terminal summary: a short claimdiff section, with the findings under -v."""

from __future__ import annotations

import pytest
from plugin_suite import AGREES, CHANGED, CHANGED_AGAIN, SOURCE, Suite


def test_summary_counts(suite: Suite) -> None:
    """The section counts checks, regressions, known conflicts and improvements; an accepted
    conflict replaced by another at its place ("d") is no improvement."""
    suite.accept({"a": CHANGED, "b": CHANGED, "c": AGREES, "d": CHANGED})
    suite.cases({"a": CHANGED, "b": AGREES, "c": CHANGED, "d": CHANGED_AGAIN})
    result = suite.run()
    result.stdout.fnmatch_lines(
        ["*- claimdiff -*", "4 checks: 2 regressions, 1 known conflict, 1 improvement"]
    )
    result.stdout.no_fnmatch_line("  KNOWN*")


# (the accepted output and today's, per case; the lines -v must list; a line it must not)
VERBOSE = [
    pytest.param(
        {"a": CHANGED, "b": CHANGED}, {"a": CHANGED, "b": AGREES},
        ["  KNOWN test_summary.py::test_summary?a? ?#1? count*1,500*",
         "  IMPROVED test_summary.py::test_summary?b? ?#1? count*1,500*"],
        "  REGRESSION*", id="improved",
    ),
    pytest.param(
        {"a": CHANGED, "b": CHANGED}, {"a": CHANGED, "b": CHANGED_AGAIN},
        ["2 checks: 1 regression, 1 known conflict, 0 improvements",
         "  REGRESSION test_summary.py::test_summary?b? ?#1? count*output “1,700 people” "
         "(the baseline accepted output “1,500 people” here)",
         "  KNOWN test_summary.py::test_summary?a? ?#1? count*1,500*"],
        "  IMPROVED*", id="replaced-is-no-improvement",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("accepted", "today", "lines", "absent"), VERBOSE)
def test_verbose_lists_findings(
    suite: Suite, accepted: dict[str, str], today: dict[str, str], lines: list[str], absent: str
) -> None:
    """With -v, each regression, known conflict and improvement is listed; an accepted
    conflict replaced by a regression at its place is told on the regression's line."""
    suite.accept(accepted)
    suite.cases(today)
    result = suite.run("-v")
    result.stdout.fnmatch_lines(lines)
    result.stdout.no_fnmatch_line(absent)


def test_no_section_without_checks(suite: Suite) -> None:
    """A suite that never calls claimdiff_check gets no claimdiff section."""
    suite.source("def test_plain():\n    assert True\n")
    result = suite.expect(passed=1)
    result.stdout.no_fnmatch_line("*claimdiff*")


def test_section_counts_one_check(suite: Suite) -> None:
    """A single check is counted in the singular."""
    suite.source(f"def test_one(claimdiff_check):\n    claimdiff_check({SOURCE!r}, {AGREES!r})\n")
    suite.run().stdout.fnmatch_lines(["1 check: 0 regressions, 0 known conflicts, 0 improvements"])


INVENTED = "The company employs 1,200 people in 14 countries."
STRICT = "@pytest.mark.claimdiff(strict=True)"


# (outputs of the unmarked module, of the strict one, the update's line, the next run's line)
SUMMARIES = [
    pytest.param(
        {"a": CHANGED, "b": INVENTED}, {},
        "2 checks: 1 conflict and 1 unsupported figure accepted (2 new, 0 improvements pruned)",
        "2 checks: 0 regressions, 1 known conflict, 1 known unsupported figure, 0 improvements",
        id="unsupported-counted-apart",
    ),
    pytest.param(
        {"a": CHANGED}, {"s": CHANGED},
        "2 checks: 1 conflict accepted (1 new, 0 improvements pruned); "
        "1 finding of strict tests not stored",
        "2 checks: 1 regression, 1 known conflict, 0 improvements",
        id="strict-not-among-the-new",
    ),
    pytest.param(
        {"a": AGREES}, {},
        "1 check: 0 conflicts accepted (0 new, 0 improvements pruned)",
        "1 check: 0 regressions, 0 known conflicts, 0 improvements",
        id="nothing",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("outputs", "strict", "updated", "after"), SUMMARIES)
def test_summary_words_what_was_stored(
    suite: Suite, outputs: dict[str, str], strict: dict[str, str], updated: str, after: str
) -> None:
    """The update says what it stored, the new among it; unsupported figures are no conflicts."""
    suite.module(outputs)
    if strict:
        suite.module(strict, name="test_strict", marker=STRICT)
    suite.run("--claimdiff-update").stdout.fnmatch_lines([updated])
    suite.run().stdout.fnmatch_lines([after])


def test_verbose_lists_an_unsupported_figure_without_a_source(suite: Suite) -> None:
    """Under -v an accepted unsupported figure is named so, with no empty source side."""
    suite.accept({"b": INVENTED})
    result = suite.run("-v")
    result.stdout.fnmatch_lines(
        ["  KNOWN test_summary.py::test_summary?b? ?#1? unsupported count of countries: "
         "output “14 countries”"]
    )  # fmt: skip
    result.stdout.no_fnmatch_line("*source “”*")


def test_messages_show_control_characters_escaped(suite: Suite) -> None:
    """The failure message and the -v summary never carry the texts' raw escape sequences."""
    suite.module({"esc": "The company employs \x1b]0;PWNED\x07\x1b[2J1,500 people."})
    result = suite.run("-v")
    result.assert_outcomes(failed=1)
    out = "\n".join(result.outlines)
    assert "\x1b" not in out and "\x07" not in out
    result.stdout.fnmatch_lines(["*\\x1b]0;PWNED\\x07\\x1b[2J1,500 people*"])
