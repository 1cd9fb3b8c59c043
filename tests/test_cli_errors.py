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
from claimdiff.inputs import DEFAULT_MAX_CHARS, DEFAULT_MAX_FIGURES

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


# --- what the command line prints for a terminal (trial 33, item 15) ----------------------

# An OSC title ended by BEL, a clear screen, a colour, a C1 CSI and a right-to-left override:
# each would act on the terminal, or reorder what it shows, if printed raw.
HOSTILE = "The fire injured \x1b]0;PWNED\x07\x1b[2J14\x1b[31m workers\x9b1m, \u202epolice said."
CALM = "The fire injured 41 workers, police said."
_RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture
def hostile(tmp_path: Path) -> dict[str, str]:
    """A text full of terminal escape sequences, and a calm one, by name."""
    paths = {"hostile": tmp_path / "hostile.txt", "calm": tmp_path / "calm.txt"}
    paths["hostile"].write_text(HOSTILE, "utf-8")
    paths["calm"].write_text(CALM, "utf-8")
    return {k: str(v) for k, v in paths.items()}


# (argv with {names}, exit status): every command whose text output quotes the input.
PRINTING = [
    pytest.param(["extract", "{hostile}"], 0, id="extract-table"),
    pytest.param(["compare", "{hostile}", "{calm}"], 1, id="compare-conflict"),
    pytest.param(["compare", "{calm}", "{hostile}"], 1, id="compare-b"),
    pytest.param(["check", "{calm}", "{hostile}"], 1, id="check"),
    pytest.param(["reconcile", "{hostile}", "{calm}"], 1, id="reconcile"),
]


@pytest.mark.parametrize(("argv", "expected"), PRINTING)
def test_text_output_shows_control_characters_escaped(
    argv: list[str],
    expected: int,
    hostile: dict[str, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No raw control character of the input reaches the terminal; each shows as an escape."""
    code, out, err = run_cli([a.format(**hostile) for a in argv], capsys, monkeypatch)
    assert (code, err) == (expected, "")
    assert not _RAW_CONTROL.search(out), repr(out)
    assert "\\x1b" in out


def test_json_output_keeps_the_text_as_given(
    hostile: dict[str, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """--format json holds the input's characters exactly (JSON escapes them itself)."""
    argv = ["compare", hostile["hostile"], hostile["calm"], "--format", "json"]
    code, out, _ = run_cli(argv, capsys, monkeypatch)
    assert code == 1
    assert not _RAW_CONTROL.search(out)
    (finding,) = json.loads(out)["findings"]
    assert finding["a"]["sentence_text"] == HOSTILE


def test_error_line_shows_control_characters_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A path holding an escape sequence is named escaped in the one error line."""
    code, _, err = run_cli(["extract", str(tmp_path / "a\x1b[2Jb.txt")], capsys, monkeypatch)
    assert code == 2
    line = _one_line_error(err)
    assert not _RAW_CONTROL.search(line)
    assert "a\\x1b[2Jb.txt" in line


# --- the limit on pairs, and the options that name things (trial 33, items 14 and 23) -----


# Two counts of children in each text: four pairs to score.
FOUR_PAIRS = (
    "Kyiv says 16,000 children were taken, and 300 children came back.",
    "Officials say 2,000 children were taken, and 300 children came back.",
)


@pytest.mark.parametrize("command", ["compare", "check", "reconcile"])
@pytest.mark.parametrize(
    ("limit", "expected"), [("3", 2), ("4", 1)], ids=["over-the-limit", "at-the-limit"]
)
def test_max_pairs_option(
    command: str,
    limit: str,
    expected: int,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """--max-pairs sets the limit; past it the error names the option, not the argument."""
    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for path, text in zip(paths, FOUR_PAIRS, strict=True):
        path.write_text(text, "utf-8")
    full = [command, *map(str, paths), "--max-pairs", limit]
    code, _, err = run_cli(full, capsys, monkeypatch)
    assert code == expected
    if expected == 2:
        line = _one_line_error(err)
        assert "over the limit of 3 (raise it with --max-pairs)" in line, line
        assert "max_pairs" not in line


@pytest.mark.parametrize("value", ["0", "-1", "many"])
def test_bad_max_pairs_option(value: str, refused: Callable[[list[str]], str]) -> None:
    """A --max-pairs that is not a positive whole number is a usage error naming it."""
    err = refused(["compare", "{good}", "{other}", f"--max-pairs={value}"])
    assert "argument --max-pairs: must be a positive whole number of pairs" in err


# What each command advises for a text of too many numbers: only extract has --max-figures.
FIXED_FIGURES = "compare, check and reconcile keep this limit: split the text into parts"
TOO_MANY_NUMBERS = [
    pytest.param(["extract", "{many}"], "raise the limit with --max-figures", id="extract"),
    pytest.param(["compare", "{many}", "{good}"], FIXED_FIGURES, id="compare"),
    pytest.param(["check", "{good}", "{many}"], FIXED_FIGURES, id="check"),
    pytest.param(["reconcile", "{good}", "{many}"], FIXED_FIGURES, id="reconcile"),
]


@pytest.mark.parametrize(("argv", "advice"), TOO_MANY_NUMBERS)
def test_too_many_numbers_advises_what_the_command_line_can_do(
    argv: list[str],
    advice: str,
    files: dict[str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A text of more numbers than the limit is refused with advice the command line can
    follow (never "pass a larger max_figures, or None"), as docs/limits.md shows it."""
    many = tmp_path / "many.txt"
    many.write_text("1 " * (DEFAULT_MAX_FIGURES + 1), "utf-8")
    names = {**files, "many": str(many)}
    code, out, err = run_cli([a.format(**names) for a in argv], capsys, monkeypatch)
    assert (code, out) == (2, "")
    line = _one_line_error(err)
    assert line.endswith(f": {advice}") and "max_figures" not in line, line
    if argv[0] != "extract":
        assert line in _documented_errors(), line


@pytest.mark.parametrize(("limit", "expected"), [("3", 2), ("4", 0)], ids=["over", "at"])
def test_max_figures_option(
    limit: str,
    expected: int,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """claimdiff extract --max-figures sets the limit; past it the error names the option."""
    path = tmp_path / "four.txt"
    path.write_text("The farm has 3 cats, 4 dogs, 5 hens and 6 cows.", "utf-8")
    code, _, err = run_cli(["extract", str(path), "--max-figures", limit], capsys, monkeypatch)
    assert code == expected
    if expected == 2:
        line = _one_line_error(err)
        assert line.startswith("claimdiff: error: text holds more than 3 "), line
        assert line.endswith(": raise the limit with --max-figures"), line


@pytest.mark.parametrize("value", ["0", "-1", "many"])
def test_bad_max_figures_option(value: str, refused: Callable[[list[str]], str]) -> None:
    """A --max-figures that is not a positive whole number is a usage error naming it."""
    err = refused(["extract", "{good}", f"--max-figures={value}"])
    assert "argument --max-figures: must be a positive whole number of figures" in err


# (a text, the range column the extract table gives its one claim)
RANGES = [
    pytest.param("Fraud ran between 2016 and 2021.", "[2016, 2021]", id="span-of-years"),
    pytest.param("The pier opened in 1974.", "[1974, 1974]", id="year"),
    pytest.param("It was built in the 1990s.", "[1990, 1999]", id="decade"),
    pytest.param("It opened on 3 March 2024.", "[3 March 2024, 3 March 2024]", id="date"),
    pytest.param("It shut in March.", "[1 March, 31 March]", id="month"),
    pytest.param("It happened on Tuesday.", "[Tuesday, Tuesday]", id="weekday"),
    pytest.param("Some 16,000 children were taken.", "[14,400, 17,600]", id="count"),
]


@pytest.mark.parametrize(("text", "shown"), RANGES)
def test_extract_table_prints_years_as_years(
    text: str,
    shown: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The table's range column writes a year as a year ("2016", never "2,016", as
    docs/compare.md promises), a date as a date rather than its code; counts as before."""
    code, out, _ = run_cli(["extract", "-"], capsys, monkeypatch, stdin=text.encode())
    assert code == 0
    (row,) = out.splitlines()[2:]
    assert shown in re.split(" {2,}", row), row


# (--rate value, the code the error must name)
UNKNOWN_CODES = [
    pytest.param("FOO:BAR=0.8", "'FOO'", id="both-unknown"),
    pytest.param("USD:BAR=0.8", "'BAR'", id="to-unknown"),
    pytest.param("usd:xyz=0.8", "'XYZ'", id="lower-case"),
    pytest.param("DOLLAR:GBP=0.8", "'DOLLAR'", id="a-name-not-a-code"),
]


@pytest.mark.parametrize(("rate", "code"), UNKNOWN_CODES)
@pytest.mark.parametrize("command", ["compare", "check", "reconcile"])
def test_rate_with_unknown_currency_is_refused(
    rate: str, code: str, command: str, refused: Callable[[list[str]], str]
) -> None:
    """--rate with a currency code claimdiff does not read is a usage error naming the code."""
    err = refused([command, "{good}", "{other}", "--rate", rate])
    assert "argument --rate" in err
    assert f"unknown currency code {code}" in err


@pytest.mark.parametrize("rate", ["USD:GBP=0.8", "eur:chf=0.95", "BTC:USD=60000"])
def test_rate_with_known_currencies_is_taken(
    rate: str,
    files: dict[str, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ISO 4217 codes, in either case, and the codes the lexicon adds are accepted."""
    code, _, err = run_cli(["compare", files["good"], files["good"], "--rate", rate],
                           capsys, monkeypatch)  # fmt: skip
    assert (code, err) == (0, "")


# (command, the two header names when A and B are one file)
SAME_FILE = [
    pytest.param("compare", ("good.txt (A)", "good.txt (B)"), id="compare"),
    pytest.param("check", ("good.txt (source)", "good.txt (output)"), id="check"),
]


@pytest.mark.parametrize(("command", "names"), SAME_FILE)
@pytest.mark.parametrize("fmt", ["text", "json"])
def test_one_file_given_twice_is_named_by_its_place(
    command: str,
    names: tuple[str, str],
    fmt: str,
    files: dict[str, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A file compared with itself is two texts with two names, A's and B's."""
    argv = [command, files["good"], files["good"], "--format", fmt]
    code, out, _ = run_cli(argv, capsys, monkeypatch)
    assert code == 0
    if fmt == "json":
        assert (json.loads(out)["a"], json.loads(out)["b"]) == names
    else:
        assert out.splitlines()[:2] == [f"--- {names[0]}", f"+++ {names[1]}"]


def test_two_files_of_one_name_are_named_by_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two files sharing a base name are named by their paths as given."""
    for d in ("x", "y"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "a.txt").write_text(CALM, "utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, _ = run_cli(["compare", "x/a.txt", "y/a.txt"], capsys, monkeypatch)
    assert code == 0
    assert out.splitlines()[:2] == ["--- x/a.txt", "+++ y/a.txt"]


def _documented_errors() -> list[str]:
    """The error lines docs/limits.md's command-line table gives, in backquotes."""
    text = (ROOT / "docs" / "limits.md").read_text("utf-8")
    return re.findall(r"`(claimdiff: error: [^`]*)`", text)


@pytest.mark.parametrize(
    "size",
    [
        pytest.param(DEFAULT_MAX_CHARS + 1, id="counted"),
        pytest.param(4 * DEFAULT_MAX_CHARS + 1, id="not-read-whole"),
    ],
)
def test_too_large_error_reads_as_documented(
    size: int,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The size errors are word for word the lines docs/limits.md shows, FILE the path."""
    path = tmp_path / "big.txt"
    path.write_text("7" * size, "utf-8")
    code, _, err = run_cli(["extract", str(path)], capsys, monkeypatch)
    assert code == 2
    line = _one_line_error(err).replace(str(path), "FILE")
    assert line in _documented_errors(), line
