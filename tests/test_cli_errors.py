"""The command line in trouble: bad paths, bad bytes, big files and stdin, each one clear line.

Contract (see docs/limits.md): exit 0 when the texts are consistent, 1 when
they conflict, 2 for trouble, with a single line on stderr starting with
``claimdiff: `` and no traceback.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import claimdiff
from claimdiff.cli import main
from claimdiff.inputs import DEFAULT_MAX_CHARS

ROOT = Path(next(iter(claimdiff.__path__))).resolve().parent


def run_cli(
    argv: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    stdin: bytes = b"",
) -> tuple[int, str, str]:
    """Run ``claimdiff ARGV`` in-process: (exit code, stdout, stderr)."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse exits on usage errors
        code = exc.code if isinstance(exc.code, int) else 2
    out, err = capsys.readouterr()
    return code, out, err


def _one_line_error(err: str) -> str:
    """The single error line, after checking it is one line starting with 'claimdiff: '."""
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("claimdiff: "), err
    return lines[0]


@pytest.fixture
def refused(
    files: dict[str, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Callable[[list[str]], str]:
    """Run ``claimdiff ARGV`` ({names} filled from ``files``) and check it is refused:
    exit 2, nothing on standard output, no traceback.  Returns standard error."""

    def run(argv: list[str]) -> str:
        code, out, err = run_cli([a.format(**files) for a in argv], capsys, monkeypatch)
        assert (code, out) == (2, "")
        assert "Traceback" not in err
        return err

    return run


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    """A set of paths, good and bad, by name."""
    good = tmp_path / "good.txt"
    good.write_text("Kyiv says more than 16,000 children were taken.\n", "utf-8")
    other = tmp_path / "other.txt"
    other.write_text("Officials say 2,000 children were taken.\n", "utf-8")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\u00e9 5 km".encode("latin-1"))
    big = tmp_path / "big.txt"
    big.write_text("7" * (DEFAULT_MAX_CHARS + 1), "utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", "utf-8")
    directory = tmp_path / "adir"
    directory.mkdir()
    dangling = tmp_path / "dangling.txt"
    dangling.symlink_to(tmp_path / "nowhere.txt")
    return {
        "good": str(good),
        "other": str(other),
        "latin": str(latin),
        "big": str(big),
        "empty": str(empty),
        "dir": str(directory),
        "missing": str(tmp_path / "missing.txt"),
        "dangling": str(dangling),
        "under-file": str(good / "x.txt"),
    }


# (argv with {names} for paths, what the one error line must contain (lower-cased)).
TROUBLE = [
    pytest.param(["extract", "{missing}"], ["missing.txt", "no such file"], id="extract-missing"),
    pytest.param(["extract", "{dangling}"], ["dangling.txt", "no such file"], id="dangling-link"),
    pytest.param(["extract", "{dir}"], ["adir", "directory"], id="extract-directory"),
    pytest.param(["extract", "{under-file}"], ["x.txt", "not a directory"], id="path-under-a-file"),
    pytest.param(["extract", ""], ["no such file"], id="empty-path"),
    pytest.param(
        ["extract", "{latin}"],
        ["latin.txt", "not valid utf-8", "byte offset 3"],
        id="extract-not-utf8",
    ),
    pytest.param(
        ["extract", "{big}"],
        ["big.txt", f"{DEFAULT_MAX_CHARS + 1:,} characters", f"limit of {DEFAULT_MAX_CHARS:,}"],
        id="extract-too-large",
    ),
    pytest.param(["compare", "{missing}", "{good}"], ["missing.txt"], id="compare-a-missing"),
    pytest.param(["compare", "{good}", "{missing}"], ["missing.txt"], id="compare-b-missing"),
    pytest.param(["compare", "{good}", "{dir}"], ["adir", "directory"], id="compare-b-directory"),
    pytest.param(["compare", "{latin}", "{good}"], ["latin.txt", "utf-8"], id="compare-a-not-utf8"),
    pytest.param(["compare", "{good}", "{big}"], ["big.txt", "limit"], id="compare-b-too-large"),
    pytest.param(["compare", "-", "-"], ["stdin", "once"], id="stdin-twice"),
]


@pytest.mark.parametrize(("argv", "fragments"), TROUBLE)
def test_trouble_is_one_line_and_exit_2(
    argv: list[str], fragments: list[str], refused: Callable[[list[str]], str]
) -> None:
    """Each kind of trouble exits 2 with one 'claimdiff: ' line naming the file and the problem."""
    line = _one_line_error(refused(argv)).lower()
    for fragment in fragments:
        assert fragment in line, line


def test_stdin_not_utf8(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Undecodable bytes on stdin exit 2, naming stdin and the byte offset."""
    code, _, err = run_cli(["extract", "-"], capsys, monkeypatch, stdin=b"5 km \xff")
    assert code == 2
    line = _one_line_error(err).lower()
    assert "stdin" in line
    assert "not valid utf-8" in line
    assert "byte offset 5" in line


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads files whatever their mode"
)
def test_unreadable_file(
    files: dict[str, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file without read permission exits 2 with a one-line error naming it."""
    os.chmod(files["good"], 0)
    code, _, err = run_cli(["extract", files["good"]], capsys, monkeypatch)
    assert code == 2
    line = _one_line_error(err).lower()
    assert "good.txt" in line
    assert "permission" in line


def test_unreadable_file_simulated(
    files: dict[str, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A PermissionError while opening (simulated, so it shows as root too) exits 2 in one line."""
    target = files["good"]
    real_open = io.open

    def refusing_open(file: object, *args: object, **kwargs: object) -> object:
        if os.fspath(file) == target:  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied", target)
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(io, "open", refusing_open)
    monkeypatch.setattr("builtins.open", refusing_open)
    code, _, err = run_cli(["extract", target], capsys, monkeypatch)
    assert code == 2
    line = _one_line_error(err).lower()
    assert "good.txt" in line
    assert "permission denied" in line


# (argv, stdin, exit code): the ordinary paths, for contrast with the trouble above.
ORDINARY = [
    pytest.param(["extract", "{empty}"], b"", 0, id="extract-empty-file"),
    pytest.param(["extract", "-"], b"5 km and 16,000 people", 0, id="extract-stdin"),
    pytest.param(["extract", "-"], b"\xef\xbb\xbf5 km", 0, id="extract-stdin-bom"),
    pytest.param(["compare", "{good}", "{good}"], b"", 0, id="compare-same"),
    pytest.param(["compare", "{good}", "{other}"], b"", 1, id="compare-conflict"),
    pytest.param(["compare", "-", "{good}"], b"Kyiv: 16,500 children.", 0, id="compare-stdin-a"),
    pytest.param(["compare", "{empty}", "{empty}"], b"", 0, id="compare-empty"),
]  # fmt: skip


@pytest.mark.parametrize(("argv", "stdin", "expected"), ORDINARY)
@pytest.mark.parametrize("fmt", [[], ["--format", "json"]], ids=["text", "json"])
def test_ordinary_exit_codes(
    argv: list[str],
    stdin: bytes,
    expected: int,
    fmt: list[str],
    files: dict[str, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Consistent texts exit 0 and conflicting ones 1, with nothing on stderr; JSON parses."""
    code, out, err = run_cli([a.format(**files) for a in argv] + fmt, capsys, monkeypatch, stdin)
    assert (code, err) == (expected, "")
    if fmt:
        json.loads(out)


@pytest.mark.parametrize(
    "argv",
    [[], ["frobnicate", "x"], ["extract"], ["compare", "a"], ["extract", "-", "--format", "xml"]],
    ids=["no-command", "unknown-command", "extract-no-file", "compare-one-file", "bad-format"],
)
def test_usage_errors_exit_2(
    argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Usage mistakes exit 2 with a message on stderr and nothing on stdout."""
    code, out, err = run_cli(argv, capsys, monkeypatch)
    assert code == 2
    assert err.strip()
    assert "Traceback" not in err
    assert out == ""


def _cli(*args: str, **kwargs: object) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    code = "import sys; from claimdiff.cli import main; sys.exit(main())"
    return subprocess.Popen(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-c", code, *args], env=env, **kwargs
    )


def test_real_process_missing_file(tmp_path: Path) -> None:
    """As a real process: a missing file gives exit status 2 and one stderr line."""
    proc = _cli(
        "extract", str(tmp_path / "nope.txt"), stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 2
    assert out == b""
    _one_line_error(err.decode("utf-8"))


@pytest.mark.parametrize(
    "fmt",
    [
        pytest.param("text", id="text"),
        pytest.param("json", id="json"),
    ],
)
def test_real_process_closed_pipe(tmp_path: Path, fmt: str) -> None:
    """When the reader stops early (``| head``), the CLI ends without a traceback."""
    big = tmp_path / "many.txt"
    # Output far beyond a pipe's buffer, so the writer is still writing when the pipe closes.
    big.write_text("The road is 5 km long and 16,000 people use it. " * 8000, "utf-8")
    proc = _cli(
        "extract", str(big), "--format", fmt, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(100)
    proc.stdout.close()
    err = proc.stderr.read().decode("utf-8")
    proc.wait(timeout=60)
    assert "Traceback" not in err
    assert "BrokenPipeError" not in err


def test_max_chars_option(
    files: dict[str, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """--max-chars sets the limit: a file over it exits 2 naming the limit."""
    code, _, err = run_cli(["extract", files["good"], "--max-chars", "10"], capsys, monkeypatch)
    assert code == 2
    line = _one_line_error(err)
    assert "good.txt" in line
    assert re.search(r"over the limit of 10\b", line), line


@pytest.mark.parametrize("value", ["0", "-3"], ids=["zero", "negative"])
def test_bad_max_chars_option(
    value: str,
    files: dict[str, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A --max-chars that is not positive exits 2 naming the option, without a traceback."""
    code, out, err = run_cli(
        ["extract", files["good"], f"--max-chars={value}"], capsys, monkeypatch
    )
    assert code == 2
    assert out == ""
    assert "Traceback" not in err
    assert "max_chars" in err or "--max-chars" in err


# (argv, what stderr must say): option values the CLI refuses in its own words (issue 15).
BAD_OPTION_VALUES = [
    pytest.param(["extract", "{good}", "--max-chars", "-5"], ["--max-chars", "positive whole",
                 "'-5'"], id="max-chars-negative"),
    pytest.param(["extract", "{good}", "--max-chars", "ten"], ["--max-chars", "'ten'"],
                 id="max-chars-not-a-number"),
    pytest.param(["compare", "{good}", "{other}", "--published-a", "garbage"],
                 ["--published-a", "'garbage' is not a publication date", "2023-03-20"],
                 id="published-a-garbage"),
    pytest.param(["compare", "{good}", "{other}", "--published-b", "2023-02-30"],
                 ["--published-b", "'2023-02-30'"], id="published-b-no-such-day"),
    pytest.param(["compare", "{good}", "{other}", "--published-a", "2023 or so"],
                 ["--published-a"], id="published-a-trailing-words"),
    pytest.param(["compare", "{good}", "{other}", "--published-a", "1750"],
                 ["--published-a", "1800-2099"], id="published-a-year-never-read"),
]  # fmt: skip


@pytest.mark.parametrize(("argv", "fragments"), BAD_OPTION_VALUES)
def test_bad_option_values_exit_2(
    argv: list[str], fragments: list[str], refused: Callable[[list[str]], str]
) -> None:
    """A bad --max-chars or --published-a/b exits 2 naming the option, never silently ignored."""
    err = refused(argv)
    for fragment in fragments:
        assert fragment in err, err
    assert "int or None" not in err  # Python's words, not the CLI's


@pytest.mark.parametrize(
    "date", ["2023", "2023-03", "2023-03-20", "2023-03-20T10:00:00Z", "2023-03-20 10:00+01:00"]
)
def test_published_dates_accepted(
    date: str,
    files: dict[str, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ISO 8601 dates, to the year, month, day or minute, are accepted as publication dates."""
    argv = ["compare", files["good"], files["good"], "--published-a", date, "--published-b", date]
    assert run_cli(argv, capsys, monkeypatch)[0] == 0


class _Endless:
    """A file or pipe with no end (``/dev/zero``, ``yes |``): only bounded reads return."""

    def read(self, size: int | None = -1) -> bytes:
        if size is None or size < 0:
            msg = "read() of an endless stream would never return"
            raise AssertionError(msg)
        return b"0" * size

    def __enter__(self) -> _Endless:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


def test_endless_file_is_not_read_whole(
    files: dict[str, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file with no end (like /dev/zero) exits 2 at the size limit instead of filling memory."""
    target = files["good"]
    real_open = open

    def endless_open(file: object, *args: object, **kwargs: object) -> object:
        if os.fspath(file) == target:  # type: ignore[arg-type]
            return _Endless()
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("builtins.open", endless_open)
    code, _, err = run_cli(["extract", target, "--max-chars", "1000"], capsys, monkeypatch)
    assert code == 2
    assert "limit" in _one_line_error(err)


def test_endless_stdin_is_not_read_whole(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An endless pipe on stdin exits 2 at the size limit instead of filling memory."""

    class EndlessStdin:
        buffer = _Endless()

        def read(self, size: int = -1) -> str:
            return self.buffer.read(size).decode()

    monkeypatch.setattr(sys, "stdin", EndlessStdin())
    try:
        code = main(["extract", "-", "--max-chars", "1000"])
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 2
    _, err = capsys.readouterr()
    assert code == 2
    assert "limit" in _one_line_error(err)
