"""A fixed extraction workload to count instructions with, where wall clocks are noisy.

On a shared machine wall-clock figures of back-to-back runs differ by up to half; the
number of instructions a run executes does not move with the load.  Run this under
valgrind's cachegrind once per mode and subtract the warm-up::

    for mode in warm news dense; do
        PYTHONHASHSEED=0 valgrind --tool=cachegrind --cache-sim=no \\
            --cachegrind-out-file=/dev/null python bench/instructions.py $mode 2>&1 | grep 'I *refs'
    done

(With a random hash seed, set and dict order moves, and runs of one tree differ by ±5 M.)

``news - warm`` is the cost of ``extract`` on 100 kB of fresh news
(``fresh.news(100_000, 3)``), ``dense - warm`` on 10 kB of dense figures read with no
figure limit.  Every mode first builds the same texts and warms up on other ones (the
lexicon compiles each pattern on first use, the currency names for each first letter
met after an amount: the warm-up names every one; a module's rarer patterns are compiled
at their first match, ``claimdiff.lazy_pattern``: the warm-up reads other copies of the
very documents the news mode reads, so it meets each of them first), so the difference is
extraction alone.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fresh  # beside this file, on the path above

import claimdiff
from claimdiff.lexicon import get_lexicon

MODES = ("warm", "news", "dense")


def main(argv: list[str] | None = None) -> int:
    """Run the warm-up, then the mode's texts."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or args[0] not in MODES:
        print(f"usage: python bench/instructions.py {{{','.join(MODES)}}}", file=sys.stderr)
        return 2
    news = fresh.news(100_000, 3)
    dense = fresh.dense(10_000)
    # Built next, the warm-up's dense text opens with a tag of as many digits as the
    # measured one ("run 40: "), which the clock patterns are tried on.
    claimdiff.extract(fresh.dense(2_000))
    for text in fresh.news(100_000, 7):  # warm-up: every pattern news needs is compiled
        claimdiff.extract(text)
    claimdiff.extract(" ".join(f"It cost 5 {w}." for w in get_lexicon("en").currency_words))
    claimdiff.extract("Arsenal beat Chelsea 3-1.")  # the score words: compiled for a score only
    if args[0] == "news":
        for text in news:
            claimdiff.extract(text)
    elif args[0] == "dense":
        claimdiff.extract(dense, max_figures=None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
