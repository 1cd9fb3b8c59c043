"""How fast extraction is, cache-cold: the five figures of issue 12 in one run.

Every text timed here is one the process has never seen (``bench/fresh.py``),
so no cache keyed on a text could flatter a figure.  Run from the project root::

    python bench/speed.py [--news-size 1000000] [--markdown]

It prints, for this machine and this run:

1. **news**: ``claimdiff.extract`` on about 1 MB of distinct news-like texts of
   2.5 kB (the fixtures and the SummEdits dev documents, varied), in MB/s, next to
   one bare ``re`` pass over the same texts (the floor) and their ratio; the fastest
   of three runs, each on texts no other run reads;
2. **dense**: "£1.2m, $3bn, 45%, 12 km; " repeated to 100 kB, in MB/s and µs per claim
   (fastest of three distinct texts);
3. **"1,1,1,…" at 1 MB**: how long ``extract`` takes with its default limits
   (it refuses the text: ``TooManyFiguresError``), and at 100 kB without them;
4. **``claimdiff compare`` on the fixtures**, whole process, against ``python -c pass``
   and ``python -c "import claimdiff.extract"`` (fastest of five runs each);
5. **memory**: the peak ``extract`` adds on a 5 MB text, and what it still holds
   after returning (tracemalloc).
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import fresh  # noqa: E402  (beside this file)

ROOT = HERE.parent
# The floor: one compiled pass that finds every number, as ../shared/tools/snapshot.py does.
NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?")


def _clock(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def warm_up(fn: Callable[[str], object]) -> None:
    """Build a tool's lazy state (lexicon, every pattern, data files) before any timing.

    The warm-up texts are the fixture articles and a few phrases no timed text holds.
    """
    for name in ("telegraph_icc.txt", "reuters_icc.txt"):
        fn((ROOT / "fixtures" / name).read_text("utf-8"))
    fn("Warm-up: about 5 km, $3m and 40% more, 2 to 3 GeV, Mr Khan said. “Yes,” he said.")
    try:
        from claimdiff.lexicon import get_lexicon
    except ImportError:  # pragma: no cover - a tool without claimdiff's lexicon
        return
    patterns = get_lexicon().patterns
    for name in patterns:
        patterns[name]  # compiled on first use: every one, now


# Runs of each measurement, on texts never seen before, the fastest kept: the machine's
# load moves by a quarter within a minute on a shared two-core machine.
RUNS = 3


def news(size: int, runs: int = RUNS) -> dict[str, float]:
    """MB/s of extract and of the bare pass on ``size`` characters of distinct news texts.

    Each run reads a batch of texts no other run reads; the fastest run is kept.
    """
    import claimdiff

    warm_up(claimdiff.extract)
    best, floor, chars, count = float("inf"), float("inf"), 0, 0
    for batch in range(runs):
        texts = fresh.news(size, batch)
        chars, count = sum(map(len, texts)), len(texts)
        gc.collect()
        best = min(best, _clock(lambda texts=texts: [claimdiff.extract(t) for t in texts]))
        floor = min(floor, _clock(lambda texts=texts: [NUMBER.findall(t) for t in texts]))
    return {"chars": chars, "texts": count, "mb_s": chars / best / 1e6,
            "floor_mb_s": chars / floor / 1e6}  # fmt: skip


def quantulum(size: int) -> float | None:
    """MB/s of quantulum3 on ``size`` characters of distinct news texts, or None without it."""
    try:
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # its optional classifier is not installed
            from quantulum3 import parser
    except ImportError:
        return None
    warm_up(parser.parse)
    texts = fresh.news(size)
    return sum(map(len, texts)) / _clock(lambda: [parser.parse(t) for t in texts]) / 1e6


def _unlimited(text: str) -> list[object]:
    """``extract`` with no limits (on a tree older than ``max_figures``, without it)."""
    import claimdiff

    try:
        return list(claimdiff.extract(text, max_chars=None, max_figures=None))
    except TypeError:  # before issue 12: no figure limit to lift
        return list(claimdiff.extract(text, max_chars=None))


def dense(size: int, runs: int = RUNS) -> tuple[float, float]:
    """(MB/s, µs per claim) of extract on ``size`` characters of dense figures (fastest run)."""
    best, per = 0.0, float("inf")
    for _ in range(runs):
        text = fresh.dense(size)  # distinct on every call
        claims: list[object] = []
        seconds = _clock(lambda text=text, claims=claims: claims.extend(_unlimited(text)))
        best = max(best, len(text) / seconds / 1e6)
        per = min(per, seconds / max(1, len(claims)) * 1e6)
    return best, per


def ones(size: int, limits: bool) -> tuple[float, str]:
    """(seconds, outcome) of extract on ``size`` characters of "1,1,1,…"."""
    import claimdiff

    text = fresh.repeated("1,", size)
    outcome = "read"
    t0 = time.perf_counter()
    try:
        if limits:
            claimdiff.extract(text, max_chars=None)
        else:
            _unlimited(text)
    except ValueError as e:  # TooManyFiguresError
        outcome = f"refused ({type(e).__name__})"
    return time.perf_counter() - t0, outcome


def process(argv: Sequence[str], runs: int = 5) -> float:
    """The fastest of ``runs`` whole-process runs of ``argv``, in seconds.

    Bytecode is written and read as on a user's install (pip compiles it), even
    where the shell sets PYTHONDONTWRITEBYTECODE: without it every run compiles
    some fifty modules again, about 0.1 s no user pays.  One untimed run writes it.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(argv, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, check=False)
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(argv, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, check=False)
        best = min(best, time.perf_counter() - t0)
    return best


def memory(size: int) -> tuple[float, float]:
    """(peak MiB during extract, MiB still held after it returned) on ``size`` characters."""
    import claimdiff

    warm_up(claimdiff.extract)
    text = "\n\n".join(fresh.news(size))[:size]
    gc.collect()
    tracemalloc.start()
    claims = claimdiff.extract(text, max_chars=None)
    _, peak = tracemalloc.get_traced_memory()
    del claims
    gc.collect()
    held, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20, held / 2**20


def main(argv: Sequence[str] | None = None) -> int:
    """Measure and print."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--news-size", type=int, default=1_000_000, help="characters of news")
    ap.add_argument("--quantulum-size", type=int, default=100_000,
                    help="characters of news for quantulum3 (0: skip)")  # fmt: skip
    args = ap.parse_args(argv)
    py = sys.executable
    n = news(args.news_size)
    print(f"news-like text, {n['chars']:,.0f} characters in {n['texts']} distinct texts:")
    print(f"  claimdiff.extract   {n['mb_s']:7.2f} MB/s")
    print(f"  one bare re pass    {n['floor_mb_s']:7.2f} MB/s "
          f"({n['floor_mb_s'] / n['mb_s']:.1f}x extract)")  # fmt: skip
    if args.quantulum_size:
        q = quantulum(args.quantulum_size)
        if q is not None:
            print(f"  quantulum3          {q:7.3f} MB/s (on {args.quantulum_size:,} characters)")
    mb_s, per = dense(100_000)
    print(f"dense figures, 100 kB: {mb_s:.3f} MB/s, {per:.0f} µs a claim")
    seconds, outcome = ones(1_000_000, limits=True)
    print(f'"1,1,1,…" at 1 MB, default limits: {seconds:.2f} s, {outcome}')
    seconds, outcome = ones(100_000, limits=False)
    print(f'"1,1,1,…" at 100 kB, max_figures=None: {seconds:.2f} s '
          f"({0.1 / seconds:.3f} MB/s), {outcome}")  # fmt: skip
    cli = [py, "-m", "claimdiff.cli", "compare", "fixtures/telegraph_icc.txt",
           "fixtures/reuters_icc.txt"]  # fmt: skip
    base = process([py, "-c", "pass"])
    whole = process(cli)
    imp = process([py, "-c", "import claimdiff.extract"])
    print(f"claimdiff compare on the fixtures, whole process: {whole:.3f} s "
          f"({whole - base:.3f} s more than python -c pass; "
          f"import claimdiff.extract alone {imp - base:.3f} s more)")  # fmt: skip
    peak, held = memory(5_000_000)
    print(f"5 MB text: extract's peak {peak:.0f} MiB, {held:.1f} MiB held after return")
    return 0


if __name__ == "__main__":
    sys.exit(main())
