"""Installing claimdiff enables the plugin through its pytest11 entry point; -p no: disables it."""

from __future__ import annotations

from importlib.metadata import entry_points

import pytest
from plugin_suite import CHANGED, Suite


def test_entry_point_is_declared() -> None:
    """The installed distribution declares the plugin under the name "claimdiff"."""
    found = {ep.name: ep.value for ep in entry_points(group="pytest11")}
    assert found.get("claimdiff") == "claimdiff.pytest_plugin"


@pytest.mark.parametrize(
    ("args", "outcome"),
    [
        pytest.param((), {"failed": 1}, id="enabled"),
        pytest.param(("-p", "no:claimdiff"), {"errors": 1}, id="disabled"),
    ],
)
def test_autoloaded_and_disabled(
    suite: Suite, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...], outcome: dict[str, int]
) -> None:
    """With autoloading on, the fixture just works; -p no:claimdiff removes it."""
    monkeypatch.delenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD")
    suite.module({"changed": CHANGED})
    result = suite.pytester.runpytest_subprocess("-p", "no:cacheprovider", *args)
    result.assert_outcomes(**outcome)
    if args:
        result.stdout.fnmatch_lines(["*fixture 'claimdiff_check' not found*"])
        result.stdout.no_fnmatch_line("*- claimdiff -*")
    else:
        result.stdout.fnmatch_lines(["*- claimdiff -*"])


def test_help_lists_the_options(suite: Suite) -> None:
    """pytest --help shows the claimdiff group with both options."""
    result = suite.run("--help")
    result.stdout.fnmatch_lines(
        ["claimdiff: fact consistency*", "*--claimdiff-update*", "*--claimdiff-strict*"]
    )
