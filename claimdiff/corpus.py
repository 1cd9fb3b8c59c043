"""Whole corpora: one :func:`~claimdiff.reconcile` per event, in this process or on Dask.

A corpus is a run of records ``{"event": ..., "source": ..., "text": ...}``
(JSON lines on the command line).  :func:`reconcile_corpus` groups them by
event and yields one :class:`EventResult` per event.

Dask is the engine and an optional extra (``pip install claimdiff[dask]``):
given a ``distributed.Client``, events go to the cluster in batches, a few
batches per worker in flight at a time, and results come back as batches
finish.  Dask schedules them, retries a batch whose worker died, and reports
one that kept killing workers; nothing here schedules or pools anything.
Without a client everything runs here, one event after another, and Dask is
never imported.  docs/reconcile.md describes the corpus mode, docs/scale.md
running it on a cluster.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, BinaryIO

import attrs

from claimdiff.inputs import DEFAULT_MAX_CHARS, DEFAULT_MAX_PAIRS, TextTooLargeError, as_text
from claimdiff.reconcile import Reconciliation, reconcile

if TYPE_CHECKING:  # pragma: no cover
    from distributed import Client

__all__ = [
    "BadRecord",
    "EventResult",
    "Record",
    "dask_client",
    "events",
    "read_corpus",
    "reconcile_corpus",
]

FIELDS = ("event", "source", "text")
"""The fields every record must have, each a string."""

SCHEDULER_TIMEOUT = 5
"""Seconds :func:`dask_client` waits to reach a scheduler before giving up.

Dask's own default is 30 s, which a refused connection (a wrong port, a
cluster not started) spends retrying before it says anything; a reachable
scheduler answers in well under a second, even across a network.
"""

# Batches of events per worker kept in flight: enough that a worker never
# waits for the next, few enough that the scheduler holds a bounded share of
# the corpus at any time.
_IN_FLIGHT_PER_WORKER = 4
# The most events one task carries: small enough that a dead worker costs
# little to redo, large enough that scheduling costs little per event.
_MAX_BATCH = 32


@attrs.frozen
class Record:
    """One text of one event; ``line`` is where it was read (0 when not read from lines)."""

    event: str
    source: str
    text: str = attrs.field(repr=False)
    line: int = 0


class BadRecord(ValueError):
    """A record that cannot be used: not JSON, a field missing, not a string or (``event``,
    ``source``) empty, a text too long.

    ``line`` is its 1-based line number (or its index in the records given),
    ``reason`` what is wrong with it.
    """

    def __init__(self, msg: str, *, line: int, reason: str) -> None:
        super().__init__(msg)
        self.line = line
        self.reason = reason


@attrs.frozen
class EventResult:
    """The reconciliation of one event, or why there is none."""

    event: str
    reconciliation: Reconciliation | None
    error: str | None = None

    @property
    def consistent(self) -> bool:
        """True when the event was reconciled and nothing in it conflicts."""
        return self.reconciliation is not None and self.reconciliation.consistent

    def to_dict(self) -> dict[str, object]:
        """The reconciliation's dict led by ``"event"``, or the event and its error."""
        if self.reconciliation is None:
            return {"event": self.event, "error": self.error}
        return {"event": self.event, **self.reconciliation.to_dict()}

    def to_json(self) -> str:
        """:meth:`to_dict` as one line of JSON."""
        return json.dumps(self.to_dict(), ensure_ascii=False)


def _bad(line: int, reason: str) -> BadRecord:
    return BadRecord(f"line {line}: {reason}", line=line, reason=reason)


def _check(obj: object, line: int, max_chars: int | None) -> Record:
    """``obj`` as a Record, or a BadRecord raised saying what is wrong."""
    if not isinstance(obj, Mapping):
        raise _bad(line, f"not a JSON object but {type(obj).__name__}")
    for field in FIELDS:
        if field not in obj:
            raise _bad(line, f"missing field {field!r}")
        if not isinstance(obj[field], str):
            raise _bad(line, f"field {field!r} must be a string, not {type(obj[field]).__name__}")
        if field != "text" and not obj[field].strip():
            # reconcile() refuses an empty source name, which failed the whole event.
            raise _bad(line, f"field {field!r} is empty")
    try:
        text = as_text(obj["text"], name="text", max_chars=max_chars)
    except TextTooLargeError as e:
        raise _bad(line, f"text is {e.size:,} characters, over the limit of {e.limit:,}") from e
    return Record(obj["event"], obj["source"], text, line)


def read_corpus(
    stream: BinaryIO, *, max_chars: int | None = DEFAULT_MAX_CHARS
) -> Iterator[Record | BadRecord]:
    """The records of a stream of JSON lines, and a :class:`BadRecord` (yielded) for each bad one.

    Blank lines are skipped.  A source given twice for one event is bad the
    second time.  Lines must be UTF-8; a line longer than a text of
    ``max_chars`` characters could be is bad without being read whole.
    """
    # JSON spells a character in at most 6 bytes (\uXXXX); the rest of a line
    # (keys, event, source) rarely needs more than a few kilobytes.
    cap = None if max_chars is None else 6 * max_chars + 65_536
    seen: dict[tuple[str, str], int] = {}
    for n, raw in enumerate(_lines(stream, cap), 1):
        if raw is None:
            yield _bad(n, f"over {cap:,} bytes, so its text is over the limit of {max_chars:,}")
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            yield _bad(n, f"not valid UTF-8 at byte {e.start}")
            continue
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield _bad(n, f"not JSON: {e.msg} at column {e.colno}")
            continue
        try:
            record = _check(obj, n, max_chars)
        except BadRecord as bad:
            yield bad
            continue
        first = seen.setdefault((record.event, record.source), n)
        if first != n:
            msg = f"source {record.source!r} of event {record.event!r} already on line {first}"
            yield _bad(n, msg)
            continue
        yield record


def _lines(stream: BinaryIO, cap: int | None) -> Iterator[bytes | None]:
    """The lines of ``stream``; None for a line over ``cap`` bytes, which is skipped unread."""
    while True:
        line = stream.readline() if cap is None else stream.readline(cap + 1)
        if not line:
            return
        if cap is not None and len(line) > cap:
            while line and not line.endswith(b"\n"):
                line = stream.readline(cap)
            yield None
            continue
        yield line


def events(records: Iterable[Record | Mapping[str, object]]) -> list[tuple[str, dict[str, str]]]:
    """The records grouped by event, in the order events first appear: (event, {source: text}).

    Mappings are checked as :func:`read_corpus` checks lines (with no size
    limit; :func:`reconcile` applies its own); a bad one raises
    :class:`BadRecord` naming its index, from 1.
    """
    grouped: dict[str, dict[str, str]] = {}
    for n, r in enumerate(records, 1):
        record = r if isinstance(r, Record) else _check(r, n, None)
        texts = grouped.setdefault(record.event, {})
        if record.source in texts:
            msg = f"source {record.source!r} of event {record.event!r} given twice"
            raise _bad(n, msg)
        texts[record.source] = record.text
    return list(grouped.items())


def reconcile_event(
    event: str, texts: Mapping[str, str], options: Mapping[str, Any]
) -> EventResult:
    """One event's result; bad input (one source, too many pairs) is its error, not an exception."""
    if len(texts) < 2:
        only = ", ".join(texts) or "none"
        return EventResult(event, None, f"reconcile needs at least two sources, got one ({only})")
    try:
        return EventResult(event, reconcile(texts, **options))
    except (ValueError, TypeError) as e:
        return EventResult(event, None, f"{type(e).__name__}: {e}")


def reconcile_batch(
    batch: Sequence[tuple[str, Mapping[str, str]]], options: Mapping[str, Any]
) -> list[EventResult]:
    """The results of a batch of events: the task each Dask worker runs."""
    return [reconcile_event(event, texts, options) for event, texts in batch]


def reconcile_corpus(
    records: Iterable[Record | Mapping[str, object]],
    *,
    client: Client | None = None,
    lang: str = "en",
    rates: Mapping[tuple[str, str], float] | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    max_pairs: int | None = DEFAULT_MAX_PAIRS,
) -> Iterator[EventResult]:
    """Reconcile every event of a corpus, yielding one :class:`EventResult` per event.

    ``records`` are :class:`Record` s or mappings with string ``event``,
    ``source`` and ``text``; they are grouped by event first.  With a
    ``distributed.Client`` the events run on its cluster and results come in
    the order they finish; without one they run here, in the order events
    first appear.  The results are the same either way.  The other options
    are :func:`reconcile`'s.

    >>> rows = [{"event": "fire", "source": s, "text": f"{n} workers were hurt."}
    ...         for s, n in (("A", 14), ("B", 14), ("C", 41))]
    >>> [(r.event, r.reconciliation.facts[0].outliers) for r in reconcile_corpus(rows)]
    [('fire', ('C',))]
    """
    grouped = events(records)
    options = {"lang": lang, "rates": rates, "max_chars": max_chars, "max_pairs": max_pairs}
    if client is None:
        for event, texts in grouped:
            yield reconcile_event(event, texts, options)
        return
    yield from _on_dask(client, grouped, options)


def _on_dask(
    client: Client, grouped: Sequence[tuple[str, dict[str, str]]], options: Mapping[str, Any]
) -> Iterator[EventResult]:
    """The events reconciled on ``client``'s cluster, batch by batch, as they finish."""
    from distributed import as_completed

    workers = max(1, sum(client.nthreads().values()))
    size = max(1, min(_MAX_BATCH, math.ceil(len(grouped) / (_IN_FLIGHT_PER_WORKER * workers))))
    batches = [grouped[k : k + size] for k in range(0, len(grouped), size)]
    pending: dict[str, Sequence[tuple[str, dict[str, str]]]] = {}

    def submit(batch: Sequence[tuple[str, dict[str, str]]]) -> Any:
        future = client.submit(reconcile_batch, batch, options, pure=False)
        pending[str(future.key)] = batch
        return future

    waiting = iter(batches[_IN_FLIGHT_PER_WORKER * workers :])
    done = as_completed([submit(b) for b in batches[: _IN_FLIGHT_PER_WORKER * workers]])
    for future in done:
        batch = pending.pop(str(future.key))
        try:
            results: list[EventResult] = future.result()
        except Exception as e:  # any failure of a batch is reported, per event
            why = f"failed on the cluster: {type(e).__name__}: {e}"
            results = [EventResult(event, None, why) for event, _ in batch]
        future.release()
        following = next(waiting, None)
        if following is not None:
            done.add(submit(following))
        yield from results


@contextlib.contextmanager
def dask_client(*, workers: int | None = None, scheduler: str | None = None) -> Iterator[Client]:
    """A client of the cluster at ``scheduler``, or of a local cluster of ``workers`` processes.

    The local cluster listens on the loopback interface only, runs one thread
    per process, and has no dashboard; it is closed on leaving.  Raises
    :class:`ImportError` naming the extra when Dask is not installed, and
    :class:`OSError` when ``scheduler`` does not answer within :data:`SCHEDULER_TIMEOUT`.
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError as e:
        msg = "Dask is not installed: pip install 'claimdiff[dask]'"
        raise ImportError(msg) from e
    if scheduler is not None:
        with Client(scheduler, timeout=SCHEDULER_TIMEOUT) as client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            # Dask's own warnings (a worker restarted, a slow heartbeat) would
            # interleave with the progress and the report on standard error.
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client
