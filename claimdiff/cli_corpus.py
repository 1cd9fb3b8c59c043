"""``claimdiff reconcile --corpus FILE.jsonl``: read, check, run on Dask or here, write per event.

Bad lines are reported on standard error with their number and skipped
(``--strict``: the run stops before any work).  Each event's JSON line is
written and flushed as soon as its result arrives, so what was written
survives whatever happens later.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, BinaryIO, TextIO

import attrs

from claimdiff.corpus import BadRecord, dask_client, events, read_corpus, reconcile_corpus
from claimdiff.inputs import on_command_line
from claimdiff.progress import Progress
from claimdiff.terminal import for_terminal, json_for_terminal

if TYPE_CHECKING:  # pragma: no cover
    from distributed import Client

__all__ = ["CorpusRun", "run_corpus"]


@attrs.frozen
class CorpusRun:
    """What a corpus run did: events written (with conflicts, failed) and bad lines skipped."""

    events: int
    conflicting: int
    failed: int
    skipped: int


def run_corpus(args: argparse.Namespace, error: type[Exception]) -> CorpusRun:
    """Run the corpus mode of ``claimdiff reconcile``; trouble raises ``error`` with one line."""
    name = "stdin" if args.corpus == "-" else args.corpus
    records, skipped = [], 0
    with _open_in(args.corpus, error) as stream:
        for r in read_corpus(stream, max_chars=args.max_chars):
            if isinstance(r, BadRecord):
                if args.strict:
                    raise error(f"{name}:{r.line}: {r.reason}")
                line = f"claimdiff: {name}:{r.line}: skipped: {r.reason}"
                print(for_terminal(line), file=sys.stderr)
                skipped += 1
                continue
            records.append(r)
    failed = conflicting = 0
    options = {
        "lang": args.lang,
        "rates": dict(args.rate) or None,
        "max_chars": args.max_chars,
        "max_pairs": args.max_pairs,
    }
    with _open_out(args.out, error) as out, _client(args, error) as client:
        progress = Progress(len(events(records)), sys.stderr)
        try:
            for result in reconcile_corpus(records, client=client, **options):
                out.write(json_for_terminal(result.to_json()) + "\n")
                out.flush()
                progress.step()
                if result.error is not None:
                    failed += 1
                    line = f"claimdiff: event {result.event!r}: {on_command_line(result.error)}"
                    print(for_terminal(line), file=sys.stderr)
                elif not result.consistent:
                    conflicting += 1
        finally:
            progress.close()
    print(
        f"claimdiff: {_count(progress.done, 'event')} reconciled, {conflicting:,} with conflicts, "
        f"{failed:,} failed; {_count(skipped, 'bad line')} skipped",
        file=sys.stderr,
    )
    return CorpusRun(progress.done, conflicting, failed, skipped)


def _count(n: int, noun: str) -> str:
    """ "1 event", "12 events", "1,200 bad lines": a count and its noun, plural but for one."""
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"


@contextlib.contextmanager
def _open_in(path: str, error: type[Exception]) -> Iterator[BinaryIO]:
    if path == "-":
        yield sys.stdin.buffer
        return
    try:
        fh = open(path, "rb")
    except OSError as e:
        raise error(f"{path}: cannot read: {e.strerror or e}") from e
    with fh:
        yield fh


@contextlib.contextmanager
def _open_out(path: str | None, error: type[Exception]) -> Iterator[TextIO]:
    if path is None:
        yield sys.stdout
        return
    try:
        fh = open(path, "w", encoding="utf-8")
    except OSError as e:
        raise error(f"{path}: cannot write: {e.strerror or e}") from e
    with fh:
        yield fh


@contextlib.contextmanager
def _client(args: argparse.Namespace, error: type[Exception]) -> Iterator[Client | None]:
    """The Dask client the options ask for, or None to run in this process."""
    if args.scheduler is not None:
        with contextlib.ExitStack() as stack:
            try:
                client = stack.enter_context(dask_client(scheduler=args.scheduler))
            except ImportError as e:
                raise error(f"--scheduler needs Dask: {e}") from e
            except OSError as e:
                raise error(f"cannot reach the Dask scheduler at {args.scheduler}: {e}") from e
            yield client
        return
    workers = args.workers or os.cpu_count() or 1
    if workers == 1:
        yield None
        return
    try:
        import distributed  # noqa: F401 - only asks whether the extra is installed
    except ImportError:
        if args.workers is not None:
            print(
                "claimdiff: Dask is not installed (pip install 'claimdiff[dask]'): "
                "running in this process",
                file=sys.stderr,
            )
        yield None
        return
    with dask_client(workers=workers) as client:
        yield client
