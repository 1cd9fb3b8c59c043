"""Reconcile a generated corpus on a fresh Dask LocalCluster: run by test_corpus_dask.py.

It runs in a process of its own, so that the cluster's worker processes never
meet pytest-xdist's: ``python tests/dask_run.py EVENTS DIR``.  The cluster
listens on loopback only, has two worker processes of one thread and short
timeouts.  On it, in turn:

* ``api.jsonl``: ``reconcile_corpus(records, client=...)``;
* ``cli.jsonl``: ``claimdiff reconcile --corpus FILE --scheduler ADDRESS --out ...``;
* ``kill.jsonl``: ``reconcile_corpus`` again, one worker killed (SIGKILL) once
  the first result is in.

Each file receives one JSON line per event; the last line of standard output
describes the run.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import sys
from pathlib import Path


def main(n_events: int, out: Path) -> None:
    """Run the three on ``n_events`` events of five sources, writing results under ``out``."""
    import dask
    from distributed import Client, LocalCluster

    from claimdiff import reconcile_corpus
    from claimdiff.cli import main as cli

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from sources import corpus

    records, _ = corpus(n_events, 5)
    with (
        dask.config.set({"distributed.comm.timeouts.connect": "10s"}),
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                     dashboard_address=None, silence_logs=logging.ERROR) as cluster,
        Client(cluster) as client,
    ):  # fmt: skip
        workers = sorted(client.nthreads())
        with (out / "api.jsonl").open("w", encoding="utf-8") as fh:
            fh.writelines(r.to_json() + "\n" for r in reconcile_corpus(records, client=client))
        corpus_file = out / "corpus.jsonl"
        corpus_file.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
        code = cli(["reconcile", "--corpus", str(corpus_file), "--out", str(out / "cli.jsonl"),
                    "--scheduler", cluster.scheduler_address])  # fmt: skip
        with (out / "kill.jsonl").open("w", encoding="utf-8") as fh:
            for n, result in enumerate(reconcile_corpus(records, client=client)):
                fh.write(result.to_json() + "\n")
                if n == 0:
                    os.kill(client.run(os.getpid)[workers[0]], signal.SIGKILL)
        print(json.dumps({"workers": len(workers), "code": code}))


if __name__ == "__main__":
    main(int(sys.argv[1]), Path(sys.argv[2]))
