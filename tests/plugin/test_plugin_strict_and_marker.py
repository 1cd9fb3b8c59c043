"""``--claimdiff-strict`` and the ``claimdiff`` marker: per-run and per-test options."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from plugin_suite import AGREES, CHANGED, SOURCE, Suite

from claimdiff.model import Kind

MONEY_SOURCE = "The company employs 1,200 people and earned $5 million last year."
MONEY_CHANGED = "The company employs 1,200 people and earned $9 million last year."


def test_strict_fails_a_known_conflict(suite: Suite) -> None:
    """--claimdiff-strict ignores baselines: an accepted conflict fails again."""
    suite.accept({"changed": CHANGED})
    suite.expect(
        "--claimdiff-strict",
        failed=1,
        lines=["claimdiff: 1 conflict in check '#1' (strict: baselines ignored)"],
    )


def test_strict_and_update_cannot_be_combined(suite: Suite) -> None:
    """Asking to accept conflicts and to ignore accepted ones at once is a usage error."""
    suite.module({"same": AGREES})
    result = suite.run("--claimdiff-strict", "--claimdiff-update")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*--claimdiff-update and --claimdiff-strict cannot be combined*"])


def test_strict_marker_fails_a_known_conflict(suite: Suite) -> None:
    """@pytest.mark.claimdiff(strict=True) makes one test ignore its baseline."""
    suite.accept({"changed": CHANGED})
    suite.module({"changed": CHANGED}, marker="@pytest.mark.claimdiff(strict=True)")
    suite.expect(failed=1, lines=["*(strict: baselines ignored)*"])


def test_strict_marker_fails_even_under_update(suite: Suite) -> None:
    """A strict test cannot have its conflicts accepted: update does not write them."""
    suite.module({"changed": CHANGED}, marker="@pytest.mark.claimdiff(strict=True)")
    suite.run("--claimdiff-update").assert_outcomes(failed=1)
    assert not suite.baseline_file().exists()


def _money_test(marker: str) -> str:
    return f"""
        import pytest

        {marker}
        def test_money(claimdiff_check):
            report = claimdiff_check({MONEY_SOURCE!r}, {MONEY_CHANGED!r})
            assert report.conflicts, "the money figure must conflict for this test to mean anything"
        """


@pytest.mark.parametrize(
    ("marker", "outcome"),
    [
        pytest.param("", {"failed": 1}, id="no-marker"),
        pytest.param("@pytest.mark.claimdiff(ignore_kinds=['money'])", {"passed": 1}, id="list"),
        pytest.param("@pytest.mark.claimdiff(ignore_kinds='money')", {"passed": 1}, id="one-str"),
        pytest.param("@pytest.mark.claimdiff(ignore_kinds=['count'])", {"failed": 1}, id="other"),
    ],
)
def test_ignore_kinds(suite: Suite, marker: str, outcome: dict[str, int]) -> None:
    """ignore_kinds drops conflicts of those kinds; others still fail."""
    suite.source(_money_test(marker))
    suite.run().assert_outcomes(**outcome)


def test_ignore_kinds_accepts_kind_members(suite: Suite) -> None:
    """ignore_kinds also takes claimdiff.model.Kind members."""
    marker = "@pytest.mark.claimdiff(ignore_kinds=[Kind.MONEY])"
    suite.source("from claimdiff.model import Kind\n" + textwrap.dedent(_money_test(marker)))
    suite.run().assert_outcomes(passed=1)


@pytest.mark.parametrize(
    ("marker", "message"),
    [
        pytest.param("claimdiff(ignore_kinds=['cash'])", "*unknown kinds ?'cash'?*", id="kind"),
        pytest.param("claimdiff(stric=True)", "*only keyword options*stric*", id="typo"),
        pytest.param("claimdiff(True)", "*only keyword options*True*", id="positional"),
    ],
)
def test_bad_marker_options_fail_clearly(suite: Suite, marker: str, message: str) -> None:
    """A misspelt marker option fails the test, naming the problem."""
    suite.source(
        f"""
        import pytest

        @pytest.mark.{marker}
        def test_it(claimdiff_check):
            claimdiff_check({SOURCE!r}, {AGREES!r})
        """
    )
    suite.expect(failed=1, lines=[message])


def test_marker_is_registered(suite: Suite) -> None:
    """The marker is declared, so --strict-markers accepts it."""
    suite.module({"same": AGREES}, marker="@pytest.mark.claimdiff(strict=True)")
    suite.run("--strict-markers").assert_outcomes(passed=1)
    suite.run("--markers").stdout.fnmatch_lines(["@pytest.mark.claimdiff(strict=False*"])


DOCS = Path(__file__).resolve().parents[2] / "docs"


@pytest.mark.parametrize("page", ["pytest-plugin.md", "report-schema.md"])
@pytest.mark.parametrize("kind", [k.value for k in Kind])
def test_every_kind_the_marker_names_is_documented(page: str, kind: str) -> None:
    """The marker's error lists every kind it knows: each is in the docs' list of kinds."""
    text = " ".join((DOCS / page).read_text("utf-8").split())
    listed = text[text.index("`count`, `money`") :][:800]
    assert f"`{kind}`" in listed, f"{page} lists no kind `{kind}`"
