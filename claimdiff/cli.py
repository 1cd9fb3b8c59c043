"""The ``claimdiff`` command: a thin skin over :func:`extract`, :func:`compare`, :func:`check`
and :func:`reconcile` (and :func:`reconcile_corpus` for ``reconcile --corpus``).

Exit codes follow ``diff``: 0 consistent, 1 conflicts (or, for ``check``,
unsupported figures), 2 trouble (a file
that cannot be read or decoded, bad arguments), with a one-line error.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, BinaryIO, TypeVar

from claimdiff.inputs import (
    DEFAULT_MAX_CHARS,
    DEFAULT_MAX_FIGURES,
    DEFAULT_MAX_PAIRS,
    TextTooLargeError,
    as_text,
    on_command_line,
)
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.model import CLOCK, WEEKDAY, Claim, Document, Kind, Report
from claimdiff.report import claim_to_dict
from claimdiff.terminal import for_terminal, json_for_terminal

if TYPE_CHECKING:
    from claimdiff.reconcile import Reconciliation

EXIT_OK, EXIT_CONFLICT, EXIT_TROUBLE = 0, 1, 2


class CliError(Exception):
    """A problem to report on one line and exit with status 2."""


def _read(path: str, max_chars: int | None) -> str:
    """The text of ``path`` (``-`` for standard input), decoded as UTF-8."""
    name = "stdin" if path == "-" else path
    try:
        if path == "-":
            data = _read_bounded(sys.stdin.buffer, name, max_chars)
        elif os.path.isdir(path):
            raise CliError(f"{path}: is a directory, not a text file")
        else:
            with open(path, "rb") as fh:
                data = _read_bounded(fh, name, max_chars)
    except OSError as e:
        raise CliError(f"{name}: cannot read: {e.strerror or e}") from e
    try:
        return as_text(data, name=name, max_chars=max_chars)
    except TextTooLargeError as e:
        msg = (
            f"{name} is {e.size:,} characters, over the limit of {e.limit:,}"
            " (raise it with --max-chars)"
        )
        raise CliError(msg) from e
    except (ValueError, TypeError) as e:
        raise CliError(str(e)) from e


# UTF-8's widest character is 4 bytes: past 4 bytes per allowed character a
# text is surely over the limit, so an endless input is never read whole.
_MAX_BYTES_PER_CHAR = 4


def _read_bounded(fh: BinaryIO, name: str, max_chars: int | None) -> bytes:
    """All of ``fh``, or a CliError once it is longer than ``max_chars`` could hold."""
    if max_chars is None:
        return fh.read()
    cap = _MAX_BYTES_PER_CHAR * max_chars
    data = fh.read(cap + 1)
    if len(data) > cap:
        msg = (
            f"{name} is over {cap:,} bytes, so over the limit of {max_chars:,} characters "
            "(raise it with --max-chars)"
        )
        raise CliError(msg)
    return data


def _range(c: Claim) -> str:
    """The claim's interval as the table shows it: "[16,000, ∞)"; for a year, a date, a
    time or a day of the week, its bounds as a reader writes them ("[2016, 2021]", never
    "[2,016, 2,021]"; "[3 March 2024, 3 March 2024]", not the date's code)."""
    q = c.quantity
    if q is None:
        return ""
    if c.kind not in (Kind.YEAR, Kind.DATE):
        return q.describe_interval()
    lo, hi = q.interval
    left, right = "(" if lo is None else "[", ")" if hi is None else "]"
    return f"{left}{_when(lo, c, '-∞')}, {_when(hi, c, '∞')}{right}"


def _when(x: float | None, c: Claim, unbounded: str) -> str:
    """One bound of a year's or a date's interval in words (claimdiff.reasons)."""
    from claimdiff.reasons import clock, number

    if x is None:
        return unbounded
    unit = c.quantity.unit if c.quantity is not None else None
    if unit == CLOCK:
        return clock(x)
    if unit == WEEKDAY:
        import calendar  # here: it imports locale, which few listings need

        return calendar.day_name[(round(x) - 1) % 7]
    return number(x, c.kind)


def _table(claims: Sequence[Claim]) -> str:
    """The claims as a table for a terminal: the text's control characters shown escaped."""
    rows: list[tuple[str, ...]] = [("text", "kind", "range", "unit", "noun", "source", "period")]
    for c in claims:
        text = c.text if len(c.text) <= 48 else c.text[:45] + "…"
        row = (text, c.kind.value, _range(c), c.unit or "", c.noun or "", c.source or "",
               c.period or "")  # fmt: skip
        # Escaped before the columns are measured, so they stay aligned.
        rows.append(tuple(for_terminal(v) for v in row))
    widths = [max(len(r[k]) for r in rows) for k in range(len(rows[0]))]
    lines = ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines) + "\n"


def _parse_rate(spec: str) -> tuple[tuple[str, str], float]:
    """ "USD:GBP=0.8214" → (("USD", "GBP"), 0.8214); a code claimdiff does not know is a
    usage error, since a rate between currencies no text is read in would be ignored."""
    try:
        pair, value = spec.split("=", 1)
        src, dst = pair.split(":", 1)
        codes, rate = (src.strip().upper(), dst.strip().upper()), float(value)
    except ValueError as e:
        msg = f"rate {spec!r} is not of the form FROM:TO=RATE, e.g. USD:GBP=0.8214"
        raise argparse.ArgumentTypeError(msg) from e
    from claimdiff.lexicon import get_lexicon

    # The codes money is read in: CLDR's ISO 4217 codes, and the few the lexicon adds.
    known = get_lexicon("en").currency_codes
    for code in codes:
        if code not in known:
            msg = f"rate {spec!r}: unknown currency code {code!r} (give ISO 4217 codes, e.g. USD)"
            raise argparse.ArgumentTypeError(msg)
    return codes, rate


_HTML_HELP = "also write the report as a self-contained HTML page to FILE (docs/html-report.md)"


def _html_target(path: str | None) -> None:
    """Refuse, before any work, an ``--html`` that names no file: ``''``, ``.``, ``/``, a
    directory.  The page is written by renaming a file into place beside it, which needs
    a name; without this check ``.`` crashed after the run, with status 1 (conflicts)."""
    if path is None:
        return
    if not path.strip():
        raise CliError(f"--html {path!r}: no file name given")
    if os.path.isdir(path) or path.endswith(("/", os.sep)):
        raise CliError(f"{path}: names a directory: --html needs a file name")


def _write_html(path: str | None, report: Report | Reconciliation) -> None:
    """Write ``report``'s HTML page to ``path``, if one was asked for."""
    if path is None:
        return
    from claimdiff.html_page import write_page

    try:
        write_page(path, report.to_html())
    except OSError as e:
        raise CliError(f"{path}: cannot write: {e.strerror or e}") from e


def _positive(spec: str, what: str) -> int:
    """ "2000000" → 2000000; anything but a positive whole number is a usage error."""
    try:
        value = int(spec)
    except ValueError:
        value = 0
    if value < 1:
        msg = f"must be a positive whole number of {what}, not {spec!r}"
        raise argparse.ArgumentTypeError(msg)
    return value


def _max_chars(spec: str) -> int:
    """--max-chars: a positive whole number of characters."""
    return _positive(spec, "characters")


def _max_figures(spec: str) -> int:
    """--max-figures: a positive whole number of figures."""
    return _positive(spec, "figures")


def _max_pairs(spec: str) -> int:
    """--max-pairs: a positive whole number of pairs."""
    return _positive(spec, "pairs")


def _workers(spec: str) -> int:
    """--workers: a positive whole number of processes."""
    return _positive(spec, "processes")


def _add_max_pairs(parser: argparse.ArgumentParser) -> None:
    """The option raising the limit on claim pairs scored at once (docs/limits.md)."""
    parser.add_argument(
        "--max-pairs", type=_max_pairs, default=DEFAULT_MAX_PAIRS, metavar="N",
        help="refuse to score more claim pairs of one kind than this "
        f"(default: {DEFAULT_MAX_PAIRS:,})",
    )  # fmt: skip


# An ISO 8601 date, to the year, month or day ("2023", "2023-03", "2023-03-20"),
# optionally with a time ("2023-03-20T10:00:00Z").
_DATE = lazy_pattern(
    r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2})"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?"
)
# The years compare() reads "this year" against (its _YEAR pattern): a date
# outside them would be accepted and then silently ignored.
_PUBLISHED_YEARS = (1800, 2099)


def _published(spec: str) -> str:
    """ "2023-03-20" → itself; a text that is no date is a usage error, never ignored."""
    m = _DATE.fullmatch(spec.strip())
    ok = m is not None
    if m is not None:
        try:
            datetime.date(int(m["y"]), int(m["m"] or 1), int(m["d"] or 1))
        except ValueError:
            ok = False
        ok = ok and _PUBLISHED_YEARS[0] <= int(m["y"]) <= _PUBLISHED_YEARS[1]
    if not ok:
        msg = (
            f"{spec!r} is not a publication date: give one like 2023-03-20, 2023-03 or 2023"
            f" (years {_PUBLISHED_YEARS[0]}-{_PUBLISHED_YEARS[1]})"
        )
        raise argparse.ArgumentTypeError(msg)
    return spec.strip()


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for documentation and tests)."""
    parser = argparse.ArgumentParser(
        prog="claimdiff", description="Find where two texts about one event disagree on the facts."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    common = argparse.ArgumentParser(add_help=False)
    # No default here: `reconcile --corpus` writes JSON lines and must tell "--format text"
    # given (refused) from no --format at all; main() fills in "text" for the rest.
    common.add_argument(
        "--format", choices=("text", "json"), help="default: text (reconcile --corpus: json lines)"
    )
    common.add_argument("--lang", default="en", help="language of the texts (default: en)")
    common.add_argument(
        "--max-chars", type=_max_chars, default=DEFAULT_MAX_CHARS, metavar="N",
        help=f"refuse texts longer than this (default: {DEFAULT_MAX_CHARS:,})",
    )  # fmt: skip
    ex = sub.add_parser("extract", parents=[common], help="list the claims of a text")
    ex.add_argument("file", help="a UTF-8 text file, or - for standard input")
    ex.add_argument(
        "--max-figures", type=_max_figures, default=DEFAULT_MAX_FIGURES, metavar="N",
        help=f"refuse texts of more figures, or numbers, than this (default: "
        f"{DEFAULT_MAX_FIGURES:,}; compare, check and reconcile keep the default)",
    )  # fmt: skip
    cmp = sub.add_parser("compare", parents=[common], help="report where two texts disagree")
    cmp.add_argument("a", help="the first text (or -)")
    cmp.add_argument("b", help="the second text (or -)")
    cmp.add_argument(
        "--rate", action="append", type=_parse_rate, default=[], metavar="FROM:TO=RATE",
        help="an exchange rate to use where the texts state none (repeatable)",
    )  # fmt: skip
    cmp.add_argument(
        "--published-a", type=_published, metavar="DATE",
        help="publication date of A, e.g. 2023-03-20 (resolves 'this year')",
    )  # fmt: skip
    cmp.add_argument("--published-b", type=_published, metavar="DATE", help="publication date of B")
    cmp.add_argument("--html", metavar="FILE", help=_HTML_HELP)
    _add_max_pairs(cmp)
    cmp.add_argument(
        "--firm", action="store_true",
        help="exit 1 only for conflicts paired on evidence: those 'paired by elimination' "
        "are still printed, but alone they exit 0 (docs/compare.md)",
    )  # fmt: skip
    cmp.add_argument(
        "--no-reference-rates", dest="reference_rates", action="store_false",
        help="join two currencies only by a rate the texts state or --rate gives, "
        "not the ECB's shipped reference rates",
    )  # fmt: skip
    chk = sub.add_parser(
        "check",
        parents=[common],
        help="check a text made from a source: conflicts and invented figures",
    )
    chk.add_argument("a", metavar="SOURCE", help="the source text (or -)")
    chk.add_argument("b", metavar="OUTPUT", help="the text made from it (or -)")
    chk.add_argument(
        "--rate", action="append", type=_parse_rate, default=[], metavar="FROM:TO=RATE",
        help="an exchange rate to use where the texts state none (repeatable)",
    )  # fmt: skip
    chk.add_argument("--html", metavar="FILE", help=_HTML_HELP)
    _add_max_pairs(chk)
    chk.add_argument(
        "--no-reference-rates", dest="reference_rates", action="store_false",
        help="join two currencies only by a rate the texts state or --rate gives, "
        "not the ECB's shipped reference rates",
    )  # fmt: skip
    chk.add_argument(
        "--allow-unsupported", action="store_true",
        help="exit 0 on figures with no support in the source (conflicts still fail)",
    )  # fmt: skip
    rec = sub.add_parser(
        "reconcile",
        parents=[common],
        help="the facts several texts of one event share, and who stands apart",
    )
    rec.add_argument("files", nargs="*", metavar="FILE", help="two or more texts of one event")
    rec.add_argument(
        "--rate", action="append", type=_parse_rate, default=[], metavar="FROM:TO=RATE",
        help="an exchange rate to use where the texts state none (repeatable)",
    )  # fmt: skip
    rec.add_argument("--html", metavar="FILE", help=_HTML_HELP)
    _add_max_pairs(rec)
    corpus = rec.add_argument_group("a corpus of many events (JSON lines)")
    corpus.add_argument(
        "--corpus", metavar="FILE.jsonl",
        help='one {"event": ..., "source": ..., "text": ...} per line (- for standard input)',
    )  # fmt: skip
    corpus.add_argument(
        "--out",
        metavar="FILE",
        help="write one JSON line per event here (default: standard output)",
    )
    corpus.add_argument(
        "--workers", type=_workers, metavar="N",
        help="worker processes of a local Dask cluster (default: the CPUs; 1: this process only)",
    )  # fmt: skip
    corpus.add_argument(
        "--scheduler", metavar="tcp://HOST:PORT", help="run on this existing Dask cluster"
    )
    corpus.add_argument(
        "--strict", action="store_true", help="stop at the first bad line instead of skipping it"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        _html_target(getattr(args, "html", None))
        if args.command != "reconcile" or args.corpus is None:
            args.format = args.format or "text"
        if args.command == "extract":
            return _extract(args)
        if args.command == "check":
            return _check(args)
        if args.command == "reconcile":
            return _reconcile(args)
        return _compare(args)
    except CliError as e:
        print(for_terminal(f"claimdiff: error: {e}"), file=sys.stderr)
        return EXIT_TROUBLE
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, as other tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_TROUBLE


# Each command imports only what it runs: `claimdiff extract` never loads numpy.


def _extract(args: argparse.Namespace) -> int:
    from claimdiff.extract import extract

    text = _read(args.file, args.max_chars)
    claims = _run(
        lambda: extract(
            text, lang=args.lang, max_chars=args.max_chars, max_figures=args.max_figures
        ),
        max_figures=True,
    )
    if args.format == "json":
        listed = json.dumps([claim_to_dict(c) for c in claims], indent=2, ensure_ascii=False)
        sys.stdout.write(json_for_terminal(listed) + "\n")
    else:
        sys.stdout.write(_table(claims))
    return EXIT_OK


def _compare(args: argparse.Namespace) -> int:
    from claimdiff.compare import compare

    if args.a == "-" and args.b == "-":
        raise CliError("stdin (-) can be read only once: give a file for A or B")
    name_a, name_b = _pair_names(args.a, args.b, ("A", "B"))
    a = Document(_read(args.a, args.max_chars), name_a, args.published_a)
    b = Document(_read(args.b, args.max_chars), name_b, args.published_b)
    rates = dict(args.rate) or None
    report: Report = _run(
        lambda: compare(
            a,
            b,
            lang=args.lang,
            rates=rates,
            max_chars=args.max_chars,
            max_pairs=args.max_pairs,
            reference_rates=args.reference_rates,
        )
    )
    _write_html(args.html, report)
    _print(report, args.format)
    counted = report.conflicts
    if args.firm:
        from claimdiff.findings import guessed

        counted = [f for f in counted if not guessed(f)]
    return EXIT_CONFLICT if counted else EXIT_OK


def _print(result: Report | Reconciliation, fmt: str) -> None:
    """Write ``result`` as JSON or as text; neither carries a raw control character."""
    text = json_for_terminal(result.to_json()) + "\n" if fmt == "json" else str(result)
    sys.stdout.write(text)


def _check(args: argparse.Namespace) -> int:
    from claimdiff.check import check

    if args.a == "-" and args.b == "-":
        raise CliError("stdin (-) can be read only once: give a file for SOURCE or OUTPUT")
    name_a, name_b = _pair_names(args.a, args.b, ("source", "output"))
    a = Document(_read(args.a, args.max_chars), name_a)
    b = Document(_read(args.b, args.max_chars), name_b)
    rates = dict(args.rate) or None
    report: Report = _run(
        lambda: check(
            a,
            b,
            lang=args.lang,
            rates=rates,
            max_chars=args.max_chars,
            max_pairs=args.max_pairs,
            reference_rates=args.reference_rates,
        )
    )
    _write_html(args.html, report)
    _print(report, args.format)
    failing = not report.consistent or (bool(report.unsupported) and not args.allow_unsupported)
    return EXIT_CONFLICT if failing else EXIT_OK


_CORPUS_ONLY = ("out", "workers", "scheduler", "strict")


def _reconcile(args: argparse.Namespace) -> int:
    if args.corpus is not None:
        if args.files or args.html:
            raise CliError("--corpus reads its texts from the corpus: no FILE or --html")
        if args.format == "text":
            raise CliError("--corpus writes JSON lines: --format json, or no --format")
        from claimdiff.cli_corpus import run_corpus

        run = run_corpus(args, CliError)
        if run.failed or run.skipped:
            return EXIT_TROUBLE
        return EXIT_CONFLICT if run.conflicting else EXIT_OK
    used = [f"--{o}" for o in _CORPUS_ONLY if getattr(args, o) not in (None, False)]
    if used:
        raise CliError(f"{', '.join(used)}: only with --corpus")
    if len(args.files) < 2:
        raise CliError("reconcile needs at least two FILEs (or --corpus FILE.jsonl)")
    if args.files.count("-") > 1:
        raise CliError("stdin (-) can be read only once")
    from claimdiff.reconcile import reconcile

    names = _names(args.files)
    docs = {
        n: Document(_read(p, args.max_chars), n) for n, p in zip(names, args.files, strict=True)
    }
    rates = dict(args.rate) or None
    result: Reconciliation = _run(
        lambda: reconcile(
            docs, lang=args.lang, rates=rates, max_chars=args.max_chars, max_pairs=args.max_pairs
        )
    )
    _write_html(args.html, result)
    _print(result, args.format)
    return EXIT_OK if result.consistent else EXIT_CONFLICT


def _names(paths: Sequence[str]) -> list[str]:
    """Each file's name for reports: its base name, or the path as given where two share one."""
    base = [_name(p) for p in paths]
    names = [b if base.count(b) == 1 else p for b, p in zip(base, paths, strict=True)]
    if len(set(names)) < len(names):
        dup = next(n for n in names if names.count(n) > 1)
        raise CliError(f"{dup} is given twice")
    return names


def _pair_names(a: str, b: str, roles: tuple[str, str]) -> tuple[str, str]:
    """The names of two files in a report: their base names, the paths as given where those
    are equal, and each named by its role ("a.txt (A)") where the paths are equal too."""
    names = _name(a), _name(b)
    if names[0] != names[1]:
        return names
    if a != b:
        return a, b
    return f"{names[0]} ({roles[0]})", f"{names[1]} ({roles[1]})"


def _name(path: str) -> str:
    return "stdin" if path == "-" else os.path.basename(path)


_T = TypeVar("_T")


def _run(fn: Callable[[], _T], *, max_figures: bool = False) -> _T:
    """``fn()``, with bad input reported on one line instead of a traceback; ``max_figures``:
    whether the command has --max-figures, for the advice of a text of too many figures."""
    try:
        return fn()
    except (ValueError, TypeError) as e:
        raise CliError(on_command_line(str(e), max_figures=max_figures)) from e


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
