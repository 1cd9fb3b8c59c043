"""Baseline files: where they live, what they hold, and how bad ones are refused."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from plugin_suite import AGREES, CHANGED, SOURCE, Suite

# Parameter ids that are hostile as file names; each must end up a JSON key, nothing more.
AWKWARD_IDS = [
    pytest.param("a/b", id="slash"),
    pytest.param("../../escape", id="dotdot"),
    pytest.param("with spaces and\ttab", id="spaces"),
    pytest.param("résumé – 東京", id="unicode"),
    pytest.param("C:\\windows\\system32", id="backslash"),
    pytest.param("__claimdiff__", id="dirname"),
]


def _files(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def test_baseline_format(suite: Suite) -> None:
    """The file is versioned JSON keyed by test and check, naming claims and values, not offsets."""
    suite.accept({"changed": CHANGED})
    text = suite.baseline_file().read_text("utf-8")
    data = json.loads(text)
    assert data["schema"] == 1
    (entry,) = data["tests"]["test_summary[changed]"]["#1"]
    assert entry["source"]["claim"].startswith("1,200")
    assert entry["output"]["claim"].startswith("1,500")
    assert (entry["source"]["value"], entry["output"]["value"]) == (1200, 1500)
    assert {"kind", "noun", "reason"} <= set(entry)
    assert "span" not in text and "sentence" not in text
    # Diff-friendly: indented, one field a line, a final newline, stable on rewrite.
    assert text.endswith("}\n") and '\n  "tests": {\n' in text
    suite.run("--claimdiff-update")
    assert suite.baseline_file().read_text("utf-8") == text


def test_unrelated_edits_keep_the_baseline_valid(suite: Suite) -> None:
    """Adding sentences around an accepted conflict moves offsets but keeps it known."""
    suite.accept({"changed": CHANGED})
    cases = {"changed": {"source": "Intro. " + SOURCE, "output": "Summary first. " + CHANGED}}
    (suite.path / "test_summary.cases.json").write_text(json.dumps(cases), "utf-8")
    suite.expect(passed=1, lines=["*1 known conflict*"])


@pytest.mark.parametrize("case_id", AWKWARD_IDS)
def test_awkward_ids_become_keys_not_paths(suite: Suite, case_id: str) -> None:
    """Ids with '/', '..', spaces or unicode are keys; only the module's baseline is written."""
    sub = suite.path / "pkg"
    sub.mkdir()
    suite.module({case_id: CHANGED, "plain": AGREES})
    (suite.path / "test_summary.py").rename(sub / "test_summary.py")
    (suite.path / "test_summary.cases.json").rename(sub / "test_summary.cases.json")
    before = _files(suite.path)
    suite.run("--claimdiff-update").assert_outcomes(passed=2)
    assert _files(suite.path) - before == {"pkg/__claimdiff__/test_summary.json"}
    data = json.loads((sub / "__claimdiff__" / "test_summary.json").read_text("utf-8"))
    (key,) = data["tests"]
    assert key.startswith("test_summary[")
    suite.run().assert_outcomes(passed=2)


def test_symlinked_baseline_dir_outside_is_refused(suite: Suite, tmp_path: Path) -> None:
    """A __claimdiff__ that links outside the test's directory is never written through."""
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    try:
        os.symlink(outside, suite.path / "__claimdiff__", target_is_directory=True)
    except OSError:  # pragma: no cover - platforms without symlinks
        pytest.skip("symbolic links are not available here")
    suite.module({"changed": CHANGED})
    result = suite.run("--claimdiff-update")
    result.stdout.fnmatch_lines(["ERROR claimdiff baseline *outside*refusing to write there"])
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    assert list(outside.iterdir()) == []


# (file content, what the one-line error must say)
BAD_BASELINES = [
    pytest.param('{"schema": 1, "tests": {', "not valid JSON*", id="truncated-json"),
    pytest.param("", "not valid JSON*", id="empty"),
    pytest.param("[1, 2]", "not a claimdiff baseline*", id="not-an-object"),
    pytest.param('{"tests": {}}', "not a claimdiff baseline (no 'schema' key)", id="no-schema"),
    pytest.param(
        '{"schema": 99, "tests": {}}', "written by a newer claimdiff (schema 99*", id="newer"
    ),
    pytest.param('{"schema": "1", "tests": {}}', "unknown schema '1'", id="schema-str"),
    pytest.param('{"schema": 1, "tests": []}', "malformed: 'tests' must be an object", id="tests"),
    pytest.param(
        '{"schema": 1, "tests": {"t": {"#1": [{"kind": "count"}]}}}',
        "malformed: *source must be an object*",
        id="entry",
    ),
]


@pytest.mark.parametrize(("content", "message"), BAD_BASELINES)
@pytest.mark.parametrize("update", [False, True], ids=["run", "update"])
def test_bad_baseline_is_a_clear_error_and_never_overwritten(
    suite: Suite, content: str, message: str, update: bool
) -> None:
    """An unreadable baseline fails the tests that need it, naming the file, and is kept as is."""
    suite.module({"changed": CHANGED})
    suite.baseline_file().parent.mkdir()
    suite.baseline_file().write_text(content, "utf-8")
    suite.expect(
        *(["--claimdiff-update"] if update else []),
        failed=1,
        lines=[f"claimdiff baseline *test_summary.json: {message}"],
    )
    assert suite.baseline_file().read_text("utf-8") == content


def test_bad_baseline_error_is_one_line(suite: Suite) -> None:
    """The error for a corrupt file is one line: no traceback into the plugin."""
    suite.module({"changed": CHANGED})
    suite.baseline_file().parent.mkdir()
    suite.baseline_file().write_text("{oops", "utf-8")
    result = suite.run()
    failure = result.stdout.str().split("_ test_summary[changed] _")[1].split("\n")
    assert failure[1].startswith("claimdiff baseline ")
    assert failure[2].startswith("-") or failure[2].startswith("=")
    result.stdout.no_fnmatch_line("*Traceback*")


def test_bad_baseline_of_a_module_without_checks_is_reported(suite: Suite) -> None:
    """Update reports a corrupt baseline even when no check reads it, and leaves it alone."""
    suite.source("def test_plain():\n    assert True\n")
    suite.baseline_file().parent.mkdir()
    suite.baseline_file().write_text("{oops", "utf-8")
    for args in ([], ["--claimdiff-update"]):
        result = suite.run(*args)
        result.stdout.fnmatch_lines(
            ["ERROR claimdiff baseline *test_summary.json: not valid JSON*"]
        )
        assert result.ret == pytest.ExitCode.TESTS_FAILED
    assert suite.baseline_file().read_text("utf-8") == "{oops"
