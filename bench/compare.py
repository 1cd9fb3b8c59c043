"""How compare() grows with text length: the fixture pair, then 10x and 100x longer.

The longer texts are varied, not repeated: each copy of the articles has its
figures scaled and its counted nouns and places swapped, so alignment faces
many distinct claims of one dimension, as in a long report.  Every run
compares texts it has never seen (the copies go on from run to run).  Prints
wall time (best of several runs, after import and a warm-up) and peak memory
(tracemalloc) per size, and time per claim relative to n log n.

Run: python bench/compare.py
"""

from __future__ import annotations

import math
import sys
import time
import tracemalloc
from pathlib import Path

from fresh import vary  # bench/ is on the path when this script runs

import claimdiff

ROOT = Path(__file__).resolve().parent.parent
A = (ROOT / "fixtures" / "telegraph_icc.txt").read_text(encoding="utf-8")
B = (ROOT / "fixtures" / "reuters_icc.txt").read_text(encoding="utf-8")


def varied(text: str, copies: int, first: int = 0) -> str:
    """``copies`` variants of ``text`` from copy ``first``: figures scaled, nouns and places
    rotated per copy."""
    return "\n\n".join(vary(text, k) for k in range(first, first + copies))


def measure(copies: int, repeat: int) -> tuple[float, int, int, int]:
    """(fastest seconds, peak bytes, claims, characters) of compare on ``copies`` variants.

    Every run compares texts it has never seen: run ``r`` starts its variants at copy
    ``r * copies``, so no cache keyed on a text can flatter the figure (issue 12).
    """
    times = []
    for r in range(repeat):
        a, b = varied(A, copies, r * copies), varied(B, copies, r * copies)
        t0 = time.perf_counter()
        report = claimdiff.compare(a, b)
        times.append(time.perf_counter() - t0)
    a, b = varied(A, copies, repeat * copies), varied(B, copies, repeat * copies)
    tracemalloc.start()
    claimdiff.compare(a, b)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    n = len(report.findings) * 2 + len(report.only_a) + len(report.only_b)
    return min(times), peak, n, len(a) + len(b)


def main() -> int:
    claimdiff.compare(varied(A, 1, 10_000), varied(B, 1, 10_000))  # warm-up: lexicon, registries
    rows = []
    for copies, repeat in ((1, 20), (10, 5), (100, 2)):
        seconds, peak, n, chars = measure(copies, repeat)
        rows.append((copies, chars, n, seconds, peak))
    print(
        f"{'size':>6} {'chars':>9} {'claims':>7} {'time ms':>9} {'µs/claim':>9} "
        f"{'÷ n log n':>10} {'peak MiB':>9}"
    )
    base = None
    for copies, chars, n, seconds, peak in rows:
        nlogn = n * math.log2(max(n, 2))
        per = seconds / nlogn
        base = base or per
        print(
            f"{copies:>5}x {chars:>9,} {n:>7} {seconds * 1e3:>9.2f} {seconds / n * 1e6:>9.1f} "
            f"{per / base:>10.2f} {peak / 2**20:>9.2f}"
        )
    print(f"fixture pair: {rows[0][3] * 1e3:.2f} ms (target < 5 ms)")
    growth = [r[3] / (r[2] * math.log2(max(r[2], 2))) for r in rows]
    print(f"time / (n log n), largest vs smallest: {growth[-1] / growth[0]:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
