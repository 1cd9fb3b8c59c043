"""Unsupported figures: claimdiff_check fails on a figure the source does not give (issue 7)."""

from __future__ import annotations

import json

from plugin_suite import AGREES, Suite

INVENTED = "The company employs 1,200 people in 14 countries."


def test_invented_figure_fails_and_is_named(suite: Suite) -> None:
    """An output figure with no counterpart in the source fails the test and is named."""
    suite.module({"invented": INVENTED})
    suite.expect(
        failed=1,
        lines=[
            "*claimdiff: 1 unsupported in check '#1'*",
            "*unsupported: count of countries*",
            "*“14 countries”*",
        ],
    )


def test_faithful_output_passes(suite: Suite) -> None:
    """An output whose figures all come from the source passes."""
    suite.module({"same": AGREES})
    suite.run().assert_outcomes(passed=1)


def test_allow_unsupported_option_relaxes(suite: Suite) -> None:
    """--claimdiff-allow-unsupported lets invented figures pass."""
    suite.module({"invented": INVENTED})
    suite.run("--claimdiff-allow-unsupported").assert_outcomes(passed=1)


def test_allow_unsupported_marker_relaxes(suite: Suite) -> None:
    """@pytest.mark.claimdiff(allow_unsupported=True) relaxes one test."""
    suite.module({"invented": INVENTED}, marker="@pytest.mark.claimdiff(allow_unsupported=True)")
    suite.run().assert_outcomes(passed=1)


def test_update_records_unsupported_in_baseline(suite: Suite) -> None:
    """--claimdiff-update accepts an unsupported figure, stored with no source side; then passes."""
    suite.module({"invented": INVENTED})
    suite.run("--claimdiff-update").assert_outcomes(passed=1)
    data = json.loads(suite.baseline_file().read_text(encoding="utf-8"))
    entries = [e for checks in data["tests"].values() for es in checks.values() for e in es]
    assert [(e["source"]["claim"], e["output"]["claim"]) for e in entries] == [("", "14 countries")]
    suite.run().assert_outcomes(passed=1)


def test_strict_fails_accepted_unsupported(suite: Suite) -> None:
    """--claimdiff-strict ignores a baseline that accepted an unsupported figure."""
    suite.accept({"invented": INVENTED})
    suite.expect(
        "--claimdiff-strict",
        failed=1,
        lines=["*1 unsupported in check '#1' (strict: baselines ignored)*"],
    )
