"""``claimdiff reconcile FILE FILE…``: the fact table of several texts of one event (issue 14)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimdiff.cli import main

ROOT = Path(__file__).resolve().parent.parent
FIRE = sorted(str(p) for p in (ROOT / "fixtures" / "fire").glob("*.txt"))
GOLDEN = ROOT / "fixtures" / "fire" / "reconciliation.json"


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


# --- files of one event -----------------------------------------------------------------


def test_fire_prints_the_fact_table(capsys: pytest.CaptureFixture[str]) -> None:
    """The four fire reports: exit 1, a row per fact, a column per source, outliers starred."""
    code, out, err = _run(["reconcile", *FIRE], capsys)
    assert (code, err) == (1, "")
    lines = out.splitlines()
    head = next(line for line in lines if line.startswith("   fact"))
    assert head.split() == ["fact", "courier.txt", "herald.txt", "radio.txt", "wire.txt", "verdict"]
    rows = {line.split("  ")[1].strip(): line for line in lines if line[:1] in "!~="
            and line[1:3] == "  "}  # fmt: skip
    assert "41 workers *" in rows["workers (count)"]
    assert "Around 2,000 homes *" in rows["homes (count)"]
    assert "£8m *" in rows["damage (money)"]
    assert (
        "! workers (count): 3 of 4 sources say 14 workers; courier.txt says 41 workers"
        " (according to the local council)" in lines
    )


def test_fire_json_is_the_golden_reconciliation(capsys: pytest.CaptureFixture[str]) -> None:
    """--format json prints the reconciliation in its schema, as the golden file has it."""
    code, out, _ = _run(["reconcile", *FIRE, "--format", "json"], capsys)
    assert code == 1
    assert json.loads(out) == json.loads(GOLDEN.read_text("utf-8"))


def test_html_writes_the_page_and_changes_nothing_else(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--html FILE writes the page; the exit code and the table are as without it."""
    plain = _run(["reconcile", *FIRE], capsys)
    page = tmp_path / "fire.html"
    assert _run(["reconcile", *FIRE, "--html", str(page)], capsys) == plain
    html = page.read_text("utf-8")
    assert html.startswith("<!DOCTYPE html>") and 'class="facts"' in html


def test_sources_that_agree_exit_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """No conflict: exit 0."""
    paths = []
    for name in "abc":
        (tmp_path / f"{name}.txt").write_text("The fire service said 14 workers were hurt.")
        paths.append(str(tmp_path / f"{name}.txt"))
    assert _run(["reconcile", *paths], capsys)[0] == 0


def test_files_of_one_name_are_told_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two files with one base name are named by their paths as given."""
    for d in ("x", "y"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "report.txt").write_text("14 workers were hurt.")
    paths = [str(tmp_path / d / "report.txt") for d in ("x", "y")]
    _, out, _ = _run(["reconcile", *paths, "--format", "json"], capsys)
    assert json.loads(out)["sources"] == paths


# (argv, the one line on standard error)
TROUBLE = [
    pytest.param(["reconcile", FIRE[0]], "reconcile needs at least two FILEs", id="one-file"),
    pytest.param(["reconcile", FIRE[0], "missing.txt"], "missing.txt: cannot read", id="missing"),
    pytest.param(["reconcile", FIRE[0], FIRE[0]], "is given twice", id="same-file-twice"),
    pytest.param(["reconcile", "-", "-"], "stdin (-) can be read only once", id="stdin-twice"),
]  # fmt: skip


@pytest.mark.parametrize(("argv", "message"), TROUBLE)
def test_trouble_exits_2_with_one_line(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Bad arguments and unreadable files: exit 2, one line on standard error, nothing printed."""
    code, out, err = _run(argv, capsys)
    assert (code, out) == (2, "")
    assert err.startswith("claimdiff: error: ") and message in err and err.count("\n") == 1
