"""``--html FILE`` on ``claimdiff compare``, ``check`` and ``reconcile``: the page, same exit
codes, and a FILE that names no file refused as trouble."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from claimdiff.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = [str(ROOT / "fixtures" / "telegraph_icc.txt"), str(ROOT / "fixtures" / "reuters_icc.txt")]
SOURCE = "Acme said revenue rose from $10m to $12m last year. It employs 120 staff."
OUTPUTS = {
    "agrees": "Acme revenue was up 20% last year.",
    "invents": "Acme revenue was up 20% last year, with profit of $3m.",
    "conflicts": "Acme employs 150 staff.",
}


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def texts(tmp_path: Path) -> dict[str, str]:
    """The seed pair, and a source with outputs made from it, as files."""
    paths = {"a": SEED[0], "b": SEED[1]}
    for name, text in {"source": SOURCE, **OUTPUTS}.items():
        (tmp_path / f"{name}.txt").write_text(text, "utf-8")
        paths[name] = str(tmp_path / f"{name}.txt")
    return paths


# (argv, exit code, data-verdict values that must be marked)
RUNS = [
    pytest.param(["compare", "{a}", "{b}"], 1, {"conflict", "agree", "only"}, id="compare-seed"),
    pytest.param(["compare", "{a}", "{a}"], 0, {"agree"}, id="compare-same"),
    pytest.param(["check", "{source}", "{agrees}"], 0, {"agree", "omitted"}, id="check-derived"),
    pytest.param(["check", "{source}", "{invents}"], 1, {"unsupported"}, id="check-invented"),
    pytest.param(["check", "{source}", "{invents}", "--allow-unsupported"], 0, {"unsupported"},
                 id="check-invented-allowed"),
    pytest.param(["check", "{source}", "{conflicts}"], 1, {"conflict"}, id="check-conflict"),
]  # fmt: skip


@pytest.mark.parametrize(("argv", "code", "verdicts"), RUNS)
@pytest.mark.parametrize("fmt", [[], ["--format", "json"]], ids=["text", "json"])
def test_html_writes_the_page_and_changes_nothing_else(
    argv: list[str],
    code: int,
    verdicts: set[str],
    fmt: list[str],
    texts: dict[str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """--html FILE writes the page; the exit code and standard output are as without it."""
    args = [a.format(**texts) for a in argv] + fmt
    page = tmp_path / "report.html"
    plain = _run(args, capsys)
    assert plain[0] == code
    assert _run([*args, "--html", str(page)], capsys) == plain
    html = page.read_text("utf-8")
    assert html.startswith("<!DOCTYPE html>")
    for verdict in verdicts:
        assert f'data-verdict="{verdict}"' in html


def test_html_to_a_missing_directory_is_trouble(
    texts: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A page that cannot be written exits 2 with one line naming it, and prints no report."""
    target = tmp_path / "no" / "such" / "report.html"
    code, out, err = _run(["compare", texts["a"], texts["b"], "--html", str(target)], capsys)
    assert (code, out) == (2, "")
    assert err.startswith("claimdiff: error: ") and str(target) in err and err.count("\n") == 1
    assert not target.parent.exists()


# (--html's value, what the one error line says)
NAMELESS = [
    pytest.param(".", ".: names a directory: --html needs a file name", id="dot"),
    pytest.param("/", "/: names a directory: --html needs a file name", id="root"),
    pytest.param("", "--html '': no file name given", id="empty"),
    pytest.param("{dir}", "{dir}: names a directory: --html needs a file name", id="directory"),
    pytest.param("{dir}/new/", "{dir}/new/: names a directory", id="trailing-slash"),
]


@pytest.mark.parametrize(("html", "message"), NAMELESS)
@pytest.mark.parametrize(
    "argv",
    [["compare", "{a}", "{b}"], ["check", "{source}", "{conflicts}"], ["reconcile", "{a}", "{b}"]],
    ids=["compare", "check", "reconcile"],
)
def test_html_naming_no_file_is_trouble(
    argv: list[str],
    html: str,
    message: str,
    texts: dict[str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """--html ., / or '' (no file name) exits 2 with one line, as docs/html-report.md says:
    no traceback, and no status 1 that a script would read as conflicts."""
    names = {**texts, "dir": str(tmp_path)}
    args = [a.format(**names) for a in argv]
    code, out, err = _run([*args, "--html", html.format(**names)], capsys)
    assert (code, out) == (2, "")
    assert err.startswith(f"claimdiff: error: {message.format(**names)}")
    assert err.count("\n") == 1
    assert not (tmp_path / "new").exists()


def test_html_from_stdin_names_it(
    texts: dict[str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A text read from standard input is named "stdin" on the page."""
    stdin = io.TextIOWrapper(io.BytesIO(OUTPUTS["conflicts"].encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    page = tmp_path / "p.html"
    assert _run(["check", texts["source"], "-", "--html", str(page)], capsys)[0] == 1
    assert "<title>claimdiff: source.txt vs stdin</title>" in page.read_text("utf-8")
