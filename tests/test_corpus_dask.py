"""A corpus on a real Dask cluster gives what one process gives (issue 14).

Each test starts a fresh ``distributed.LocalCluster`` (loopback, two worker
processes, short timeouts) in a process of its own (tests/dask_run.py), so
its workers never meet pytest-xdist's, and compares the results with the
same corpus reconciled here, in one process.  Without Dask installed these
tests skip; ``.ci/run`` installs it and sets CLAIMDIFF_REQUIRE_DASK=1, which
makes a missing Dask a failure.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sources import corpus

from claimdiff import reconcile_corpus

HELPER = Path(__file__).resolve().parent / "dask_run.py"
EVENTS = 30

if importlib.util.find_spec("distributed") is None:
    if os.environ.get("CLAIMDIFF_REQUIRE_DASK"):
        pytest.fail("Dask is required here: pip install -e '.[test,dask]'", pytrace=False)
    pytest.skip("Dask is not installed (pip install -e '.[dask]')", allow_module_level=True)


@pytest.fixture(scope="module")
def expected() -> dict[str, dict[str, object]]:
    """The corpus reconciled in this process, by event."""
    records, _ = corpus(EVENTS, 5)
    return {r.event: r.to_dict() for r in reconcile_corpus(records)}


@pytest.fixture(scope="module")
def cluster_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One run of the helper: its report, and the JSON lines of each of its three runs."""
    out = tmp_path_factory.mktemp("dask")
    run = subprocess.run(
        [sys.executable, str(HELPER), str(EVENTS), str(out)],
        capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-3000:]
    lines = {
        name: [json.loads(line) for line in (out / f"{name}.jsonl").read_text("utf-8").splitlines()]
        for name in ("api", "cli", "kill")
    }
    return {"report": json.loads(run.stdout.splitlines()[-1]), **lines}


def test_cluster_results_equal_one_process(
    expected: dict[str, dict[str, object]], cluster_run: dict[str, Any]
) -> None:
    """reconcile_corpus(records, client=...) on two workers gives the one-process results."""
    assert cluster_run["report"]["workers"] == 2
    lines = cluster_run["api"]
    assert len(lines) == EVENTS
    assert {d["event"]: d for d in lines} == expected


def test_the_command_on_an_existing_scheduler(
    expected: dict[str, dict[str, object]], cluster_run: dict[str, Any]
) -> None:
    """claimdiff reconcile --corpus FILE --scheduler tcp://… runs the same code on that cluster."""
    assert cluster_run["report"]["code"] == 1  # every generated event holds a planted conflict
    assert {d["event"]: d for d in cluster_run["cli"]} == expected


def test_a_dead_worker_loses_nothing(
    expected: dict[str, dict[str, object]], cluster_run: dict[str, Any]
) -> None:
    """A worker killed mid-run: Dask runs its batches again, and every event comes, once."""
    lines = cluster_run["kill"]
    assert sorted(d["event"] for d in lines) == sorted(expected)
    assert {d["event"]: d for d in lines} == expected


def test_a_refused_scheduler_fails_within_seconds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--scheduler at a port nobody listens on exits 2 in a few seconds, not Dask's 30."""
    import time

    from claimdiff.cli import main
    from claimdiff.corpus import SCHEDULER_TIMEOUT

    path = tmp_path / "corpus.jsonl"
    lines = [{"event": "e", "source": s, "text": "14 workers were hurt."} for s in "ab"]
    path.write_text("".join(json.dumps(d) + "\n" for d in lines), "utf-8")
    began = time.monotonic()
    code = main(["reconcile", "--corpus", str(path), "--scheduler", "tcp://127.0.0.1:1"])
    took = time.monotonic() - began
    assert code == 2
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:1" in capsys.readouterr().err
    assert SCHEDULER_TIMEOUT <= 10
    assert took < SCHEDULER_TIMEOUT + 10
