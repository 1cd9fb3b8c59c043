"""Helpers for the pytest plugin's tests: write a throwaway test suite, run pytest on it."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

SOURCE = "The company employs 1,200 people. It was founded in a small town."
AGREES = "The company employs 1,200 people."
CHANGED = "The company employs 1,500 people."
CHANGED_AGAIN = "The company employs 1,700 people."

# One parametrised test, its outputs read from a JSON file at run time, so a
# test can change an output without rewriting (and re-importing) the module.
MODULE = """
import json, pathlib, pytest

CASES = json.loads((pathlib.Path(__file__).parent / "{name}.cases.json").read_text("utf-8"))

{marker}
@pytest.mark.parametrize("case", sorted(CASES))
def test_summary(claimdiff_check, case):
    claimdiff_check(CASES[case]["source"], CASES[case]["output"])
"""


PLUGIN_ARGS = (
    "-p",
    "claimdiff.pytest_plugin",
    "-p",
    "no:cacheprovider",
    # Loaded by name after the test process imported it: nothing to rewrite, nothing to warn.
    "-W",
    "ignore::pytest.PytestAssertRewriteWarning",
)
"""How the tests load the plugin: explicitly, with entry-point autoloading off."""


class Suite:
    """A throwaway project using the plugin, driven through ``pytester``."""

    def __init__(self, pytester: pytest.Pytester) -> None:
        self.pytester = pytester
        self.path: Path = pytester.path

    def cases(self, outputs: Mapping[str, str], *, name: str = "test_summary") -> None:
        """Set the outputs of ``name``'s cases, all checked against :data:`SOURCE`."""
        cases = {k: {"source": SOURCE, "output": v} for k, v in outputs.items()}
        data = json.dumps(cases, ensure_ascii=False)
        (self.path / f"{name}.cases.json").write_text(data, encoding="utf-8")

    def module(
        self, outputs: Mapping[str, str], *, name: str = "test_summary", marker: str = ""
    ) -> None:
        """Write test module ``name``, one parametrised test over ``outputs``."""
        self.cases(outputs, name=name)
        code = MODULE.format(name=name, marker=marker)
        (self.path / f"{name}.py").write_text(code, encoding="utf-8")

    def source(self, code: str, *, name: str = "test_summary") -> Path:
        """Write a test module from literal code."""
        path = self.path / f"{name}.py"
        path.write_text(textwrap.dedent(code), encoding="utf-8")
        return path

    def run(self, *args: str) -> pytest.RunResult:
        """Run pytest in the project with claimdiff and no other third-party plugin.

        Other installed plugins are kept out (the suite fixture turns off
        autoloading) so these tests see the plugin alone, and run fast; the
        cache plugin is off so that baselines are all a run writes.
        """
        return self.pytester.runpytest(*PLUGIN_ARGS, *args)

    def accept(self, outputs: Mapping[str, str], *, name: str = "test_summary") -> None:
        """Write module ``name`` over ``outputs`` and accept its conflicts (--claimdiff-update)."""
        self.module(outputs, name=name)
        self.run("--claimdiff-update")

    def expect(self, *args: str, lines: Sequence[str] = (), **outcomes: int) -> pytest.RunResult:
        """Run pytest with ``args``; assert the ``outcomes`` (passed=1…) and ``lines``, in order.

        The one way the plugin's tests check a run, so that each test states
        only what it expects, not how to look for it.
        """
        result = self.run(*args)
        result.assert_outcomes(**outcomes)
        if lines:
            result.stdout.fnmatch_lines(list(lines))
        return result

    def baseline_file(self, name: str = "test_summary") -> Path:
        """Where the baseline of module ``name`` lives."""
        return self.path / "__claimdiff__" / f"{name}.json"

    def baseline(self, name: str = "test_summary") -> dict[str, Any]:
        """The parsed baseline of module ``name``."""
        loaded: dict[str, Any] = json.loads(self.baseline_file(name).read_text("utf-8"))
        return loaded
