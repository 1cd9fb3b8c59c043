"""``claimdiff reconcile``: the fact table of several files; corpora of JSON lines (issue 14)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sources import corpus

from claimdiff import reconcile_corpus
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
    pytest.param(["reconcile", *FIRE[:2], "--workers", "2"], "--workers: only with --corpus",
                 id="workers-without-corpus"),
    pytest.param(["reconcile", FIRE[0], "--corpus", "c.jsonl"], "no FILE or --html",
                 id="files-and-corpus"),
    pytest.param(["reconcile", "--corpus", "c.jsonl", "--format", "text"],
                 "--corpus writes JSON lines: --format json, or no --format",
                 id="corpus-format-text"),
    pytest.param(["reconcile", "--corpus", "missing.jsonl"], "missing.jsonl: cannot read",
                 id="missing-corpus"),
]  # fmt: skip


@pytest.mark.parametrize(("argv", "message"), TROUBLE)
def test_trouble_exits_2_with_one_line(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Bad arguments and unreadable files: exit 2, one line on standard error, nothing printed."""
    code, out, err = _run(argv, capsys)
    assert (code, out) == (2, "")
    assert err.startswith("claimdiff: error: ") and message in err and err.count("\n") == 1


@pytest.mark.parametrize("workers", ["0", "-1", "two"])
def test_workers_must_be_a_positive_number(
    workers: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """--workers is a usage error unless it is a positive whole number."""
    with pytest.raises(SystemExit) as exit_:
        main(["reconcile", "--corpus", "c.jsonl", "--workers", workers])
    assert exit_.value.code == 2
    assert "--workers: must be a positive whole number of processes" in capsys.readouterr().err


# --- a corpus, in this process ------------------------------------------------------------


@pytest.fixture
def corpus_file(tmp_path: Path) -> Path:
    """Twelve generated events of four sources, as JSON lines."""
    records, _ = corpus(12, 4)
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    return path


def _expected(path: Path) -> dict[str, dict[str, object]]:
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    return {r.event: r.to_dict() for r in reconcile_corpus(rows)}


def test_corpus_writes_a_line_per_event(
    corpus_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One JSON line per event, each carrying its event, to --out or to standard output."""
    out = tmp_path / "out.jsonl"
    code, stdout, err = _run(["reconcile", "--corpus", str(corpus_file), "--workers", "1",
                              "--out", str(out)], capsys)  # fmt: skip
    assert (code, stdout) == (1, "")
    lines = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert {d["event"]: d for d in lines} == _expected(corpus_file)
    summary = "12 events reconciled, 12 with conflicts, 0 failed; 0 bad lines skipped"
    assert err == f"claimdiff: {summary}\n"
    code, stdout, _ = _run(["reconcile", "--corpus", str(corpus_file), "--workers", "1"], capsys)
    assert [json.loads(line) for line in stdout.splitlines()] == lines


@pytest.mark.parametrize("fmt", [[], ["--format", "json"]], ids=["no-format", "format-json"])
def test_corpus_takes_format_json(
    fmt: list[str], corpus_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--format json names what --corpus writes: it is taken, and changes nothing."""
    code, stdout, _ = _run(["reconcile", "--corpus", str(corpus_file), "--workers", "1", *fmt],
                           capsys)  # fmt: skip
    assert code == 1
    assert {d["event"]: d for d in map(json.loads, stdout.splitlines())} == _expected(corpus_file)


# (lines of the corpus, the summary line on standard error)
SUMMARIES = [
    pytest.param(
        [("e", "a", "14 workers were hurt."), ("e", "b", "14 workers were hurt."),
         ("e", "", "41 workers were hurt.")],
        "1 event reconciled, 0 with conflicts, 0 failed; 1 bad line skipped", id="one-each",
    ),
    pytest.param(
        [("e", "a", "14 workers were hurt."), ("e", "b", "41 workers were hurt."),
         ("f", "a", "Nine people died."), ("f", "b", "Nine people died.")],
        "2 events reconciled, 1 with conflicts, 0 failed; 0 bad lines skipped", id="plural",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("rows", "summary"), SUMMARIES)
def test_summary_counts_in_words(
    rows: list[tuple[str, str, str]],
    summary: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The summary says "1 event", "1 bad line"; an empty source is a bad line skipped by its
    number, and its event is reconciled from the other lines."""
    path = tmp_path / "c.jsonl"
    lines = [json.dumps({"event": e, "source": s, "text": t}) for e, s, t in rows]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    _, stdout, err = _run(["reconcile", "--corpus", str(path), "--workers", "1"], capsys)
    assert err.splitlines()[-1] == f"claimdiff: {summary}"
    assert all("error" not in json.loads(line) for line in stdout.splitlines())
    if "1 bad line" in summary:
        assert err.splitlines()[0] == f"claimdiff: {path}:3: skipped: field 'source' is empty"


def test_bad_lines_are_reported_and_skipped(
    corpus_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each bad line is named with its number on standard error; the run goes on and exits 2."""
    good = corpus_file.read_text("utf-8")
    corpus_file.write_text(good + "{oops\n" + '{"event": "x"}\n', "utf-8")
    code, stdout, err = _run(["reconcile", "--corpus", str(corpus_file), "--workers", "1"], capsys)
    assert code == 2
    assert len(stdout.splitlines()) == 12
    name = str(corpus_file)
    assert err.splitlines()[:2] == [
        f"claimdiff: {name}:49: skipped: not JSON: Expecting property name enclosed in double "
        "quotes at column 2",
        f"claimdiff: {name}:50: skipped: missing field 'source'",
    ]


def test_strict_stops_at_the_first_bad_line(
    corpus_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--strict: the first bad line stops the run before any event is reconciled."""
    corpus_file.write_text("[]\n" + corpus_file.read_text("utf-8"), "utf-8")
    code, stdout, err = _run(
        ["reconcile", "--corpus", str(corpus_file), "--workers", "1", "--strict"], capsys
    )
    assert (code, stdout) == (2, "")
    assert err == f"claimdiff: error: {corpus_file}:1: not a JSON object but list\n"


def test_corpus_from_standard_input(corpus_file: Path) -> None:
    """--corpus - reads the lines from standard input."""
    run = subprocess.run(
        [sys.executable, "-m", "claimdiff.cli", "reconcile", "--corpus", "-", "--workers", "1"],
        input=corpus_file.read_bytes(), capture_output=True, check=False,
    )  # fmt: skip
    assert run.returncode == 1
    got = {d["event"]: d for d in map(json.loads, run.stdout.decode().splitlines())}
    assert got == _expected(corpus_file)


def test_what_was_written_survives_a_killed_run(tmp_path: Path) -> None:
    """Killed mid-run, the output holds whole lines, one per finished event, none half-written."""
    records, _ = corpus(300, 5)
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    out = tmp_path / "out.jsonl"
    argv = ["reconcile", "--corpus", str(path), "--workers", "1", "--out", str(out)]
    proc = subprocess.Popen([sys.executable, "-m", "claimdiff.cli", *argv], stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not out.exists() or out.stat().st_size < 20_000):
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    text = out.read_text("utf-8")
    assert text.endswith("\n")
    lines = [json.loads(line) for line in text.splitlines()]
    assert 0 < len(lines) < 300
    written = {d["event"] for d in lines}
    expected = {r.event: r.to_dict() for r in reconcile_corpus(
        [r for r in records if r["event"] in written])}  # fmt: skip
    assert {d["event"]: d for d in lines} == expected


def test_without_dask_the_corpus_runs_in_one_process(corpus_file: Path, tmp_path: Path) -> None:
    """With Dask not installed, --workers 2 runs here and says so; --scheduler is trouble."""
    blocker = tmp_path / "sitecustomize.py"
    blocker.write_text(
        textwrap.dedent(
            """
            import sys
            # As if not installed: import raises ModuleNotFoundError, find_spec gives None.
            sys.modules["dask"] = sys.modules["distributed"] = None
            """
        )
    )
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    base = [sys.executable, "-m", "claimdiff.cli", "reconcile", "--corpus", str(corpus_file)]
    run = subprocess.run([*base, "--workers", "2"], env=env, capture_output=True, text=True,
                         check=False)  # fmt: skip
    assert run.returncode == 1
    assert run.stderr.startswith("claimdiff: Dask is not installed (pip install 'claimdiff[dask]')")
    got = {d["event"]: d for d in map(json.loads, run.stdout.splitlines())}
    assert got == _expected(corpus_file)
    run = subprocess.run([*base, "--scheduler", "tcp://127.0.0.1:1"], env=env,
                         capture_output=True, text=True, check=False)  # fmt: skip
    assert (run.returncode, run.stdout) == (2, "")
    assert "--scheduler needs Dask: Dask is not installed" in run.stderr
