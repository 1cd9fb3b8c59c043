"""Corpora in one process: reading JSON lines, grouping by event, one result per event (issue 14).

The same corpus on a Dask cluster is in test_corpus_dask.py.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sources import corpus

from claimdiff import EventResult, reconcile, reconcile_corpus
from claimdiff.corpus import BadRecord, Record, events, read_corpus
from claimdiff.progress import Progress

ROOT = Path(__file__).resolve().parent.parent


def _line(**fields: object) -> bytes:
    return json.dumps(fields).encode() + b"\n"


GOOD = _line(event="e", source="a", text="14 workers were hurt.")

# (line, reason)
BAD_LINES = [
    pytest.param(b"not json\n", "not JSON: Expecting value at column 1", id="not-json"),
    pytest.param(b"[1, 2]\n", "not a JSON object but list", id="not-an-object"),
    pytest.param(_line(event="e", source="b"), "missing field 'text'", id="missing-text"),
    pytest.param(_line(source="b", text="t"), "missing field 'event'", id="missing-event"),
    pytest.param(_line(event="e", source=7, text="t"), "field 'source' must be a string, not int",
                 id="source-not-str"),
    pytest.param(_line(event="e", source="b", text="x" * 50),
                 "text is 50 characters, over the limit of 40", id="text-too-long"),
    pytest.param(b'{"event": "e", "source": "b", "text": "\xff"}\n', "not valid UTF-8 at byte 39",
                 id="not-utf8"),
    pytest.param(GOOD, "source 'a' of event 'e' already on line 1", id="source-twice"),
    pytest.param(_line(event="e", source="", text="t"), "field 'source' is empty",
                 id="source-empty"),
    pytest.param(_line(event="", source="b", text="t"), "field 'event' is empty",
                 id="event-empty"),
    pytest.param(_line(event="e", source=" \t", text="t"), "field 'source' is empty",
                 id="source-blank"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "reason"), BAD_LINES)
def test_bad_lines_are_named_by_number(line: bytes, reason: str) -> None:
    """A bad line is yielded as a BadRecord with its line number; the lines after it still come."""
    stream = io.BytesIO(GOOD + b"\n" + line + _line(event="f", source="a", text="t"))
    got = list(read_corpus(stream, max_chars=40))
    assert [type(r).__name__ for r in got] == ["Record", "BadRecord", "Record"]
    bad = got[1]
    assert isinstance(bad, BadRecord)
    assert (bad.line, bad.reason, str(bad)) == (3, reason, f"line 3: {reason}")


def test_a_line_far_over_the_limit_is_not_read_whole() -> None:
    """A line longer than any text within the limit is bad, and reading goes on after it."""
    huge = b'{"text": "' + b"x" * 200_000 + b'"}\n'
    got = list(read_corpus(io.BytesIO(huge + GOOD), max_chars=30))
    assert isinstance(got[0], BadRecord) and got[0].reason.startswith("over 65,716 bytes")
    assert isinstance(got[1], Record) and got[1].line == 2


def test_records_are_grouped_by_event_in_order() -> None:
    """Events come in the order they first appear, their sources in the order of their lines."""
    rows = [{"event": e, "source": s, "text": "t"} for e, s in
            (("b", "x"), ("a", "y"), ("b", "z"), ("a", "x"))]  # fmt: skip
    assert events(rows) == [("b", {"x": "t", "z": "t"}), ("a", {"y": "t", "x": "t"})]


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ([{"event": "e", "source": "a"}], "line 1: missing field 'text'"),
        ([{"event": "e", "source": "a", "text": "t"}] * 2, "line 2: source 'a' of event 'e' given"),
        (["not a mapping"], "line 1: not a JSON object but str"),
        ([{"event": "e", "source": "", "text": "t"}], "line 1: field 'source' is empty"),
    ],
)
def test_bad_records_from_python_raise(rows: list[object], message: str) -> None:
    """Records given in Python are checked as lines are, and the first bad one raises."""
    with pytest.raises(BadRecord, match=message):
        list(reconcile_corpus(rows))  # type: ignore[arg-type]


def test_each_event_is_reconciled_as_on_its_own() -> None:
    """Each result is the event's reconcile(), led by its event name in JSON."""
    records, _ = corpus(6, 4)
    results = list(reconcile_corpus(records))
    assert [r.event for r in results] == [f"fire-{k:04d}" for k in range(1, 7)]
    for (event, texts), r in zip(events(records), results, strict=True):
        assert r.reconciliation is not None
        assert r.to_dict() == {"event": event, **reconcile(texts).to_dict()}
        assert next(iter(json.loads(r.to_json()))) == "event"


def test_an_event_of_one_source_is_an_error_not_an_exception() -> None:
    """An event with a single source yields its error; the other events are reconciled."""
    rows = [{"event": "lone", "source": "a", "text": "14 workers were hurt."}]
    rows += [{"event": "pair", "source": s, "text": "14 workers were hurt."} for s in "ab"]
    lone, pair = reconcile_corpus(rows)
    assert lone == EventResult("lone", None, "reconcile needs at least two sources, got one (a)")
    assert lone.to_dict() == {"event": "lone", "error": lone.error}
    assert pair.consistent


def test_planted_outliers_are_found() -> None:
    """In a generated corpus every planted outlier is named, and nothing else is."""
    records, planted = corpus(30, 5)
    named = set()
    for r in reconcile_corpus(records):
        assert r.reconciliation is not None
        for f in r.reconciliation.facts:
            fact = {"workers": "injured", "homes": "homes"}.get(f.noun or "", "damage")
            named |= {(r.event, source, fact) for source in f.outliers}
    assert named == planted


def test_nothing_imports_dask_without_a_client() -> None:
    """Importing claimdiff, reconcile() and reconcile_corpus() with no client never import Dask."""
    code = textwrap.dedent(
        """
        import sys
        import claimdiff
        rows = [{"event": "e", "source": s, "text": "14 workers were hurt."} for s in "ab"]
        list(claimdiff.reconcile_corpus(rows))
        claimdiff.reconcile({"a": "x", "b": "y"})
        loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("dask", "distributed"))
        print(loaded)
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_progress_bar_draws_only_on_a_terminal() -> None:
    """On a terminal the bar is one line redrawn in place; elsewhere nothing is written."""

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    tty, pipe = Terminal(), io.StringIO()
    for stream in (tty, pipe):
        bar = Progress(3, stream)
        for _ in range(3):
            bar.step()
        bar.close()
    assert pipe.getvalue() == ""
    drawn = tty.getvalue()
    assert drawn.startswith("\r[") and drawn.endswith("\n") and drawn.count("\n") == 1
    assert "] 3/3 events (100%" in drawn
