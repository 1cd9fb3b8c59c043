"""Time per KB of pathological texts at 10 KB, 100 KB and 1 MB: it must stay flat.

A regex that backtracks catastrophically, or a stage that rescans the text for
every claim, shows up here as time per KB growing with the size of the text.
Each case is a repeating pattern cut to the size; each (case, size) is timed
in a worker process (so a super-linear case can be stopped by ``--timeout``
instead of hanging the run) after a warm-up that builds every lazy table
(pint's registry, babel's currency data).

Usage (from the project root)::

    python bench/adversarial.py                      # claimdiff.extract, all cases
    python bench/adversarial.py --target sentences   # the sentence splitter only
    python bench/adversarial.py --target compare --sizes 10000 100000
    python bench/adversarial.py --target compare-article --cases mixed-script \
        --sizes 10000 100000 300000  # junk against an article; 1 MB is refused
    python bench/adversarial.py --markdown           # the table as Markdown

Exit status: 0 when every case stays within ``--max-ratio`` (3 by default:
the slowest size costs at most three times the fastest, per KB), 1 when one
does not or a measurement timed out, 2 for bad arguments.  It is a check to
run by hand or in CI, not part of the test suite: the 1 MB runs take a while.
"""

from __future__ import annotations

import argparse
import functools
import gc
import multiprocessing
import multiprocessing.pool
import random
import string
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = (10_000, 100_000, 1_000_000)
KB = 1_000  # characters; the cases are ASCII or nearly, so a KB of text
MIN_SECONDS = 0.3  # repeat a measurement until it has run this long ...
MIN_RUNS = 3  # ... and at least this often, then keep the fastest run
MAX_RUNS = 200
LONG_RUN = 20.0  # seconds: one run this long needs no second (first-touch costs are noise)
# compare(text, text) scores up to n² pairs at some 60 bytes each: stay well
# inside a two-core, 24 GB machine.
COMPARE_MAX_PAIRS = 25_000_000


def _news() -> str:
    """News-like text (bench/fresh.py), as the realistic baseline case."""
    import fresh  # beside this file

    return "\n\n".join(fresh.news(200_000)) + "\n\n"


# name -> (what it probes, the pattern repeated to size).  Patterns are
# functions so that the fixtures are read only in the worker that needs them.
def _new_names() -> str:
    """A new speaker at every figure: 4,000 made-up names (seeded), each said once, so that
    a speaker index read around each name would look for 4,000 words through the text."""
    r = random.Random(23)

    def word() -> str:
        return r.choice(string.ascii_uppercase) + "".join(r.choices(string.ascii_lowercase, k=6))

    return "".join(
        f"There were {r.randrange(2, 999)} cases, said {word()} {word()}. " for _ in range(4000)
    )


@functools.cache
def _mixed_script() -> str:
    """200,000 random characters (seeded) of ASCII, Greek, CJK, emoji, Arabic-Indic and
    full-width digits: scraped junk whose words all differ, in sentences thousands of
    characters long."""
    r = random.Random(1)
    ranges = ((32, 126), (0x370, 0x3FF), (0x4E00, 0x4FFF), (0x1F300, 0x1F5FF), (0x660, 0x669))
    ranges += ((0xFF10, 0xFF19),)
    return "".join(chr(r.randint(*r.choice(ranges))) for _ in range(200_000))


CASES: dict[str, tuple[str, Callable[[], str]]] = {
    "news": ("the fixture articles repeated", _news),
    "digits": ("one unbroken digit run", lambda: "1234567890"),
    "ones-commas": ('"1,1,1,…": a thousands-separator lookalike', lambda: "1,"),
    "ones-dots": ('"1.1.1.…": decimal point or sentence end', lambda: "1."),
    "ones-spaces": ('"1 1 1 …": space-separated digit groups', lambda: "1 "),
    "nbsp-groups": ("16\u00a0000\u00a0000…: NBSP thousands groups", lambda: "\u00a0000"),
    "currency-run": (
        "runs of currency symbols, a figure every 3,000",
        lambda: "$£€¥₹" * 600 + "5 ",
    ),
    "currency-figures": ("$1$2$3…: a money anchor at every other character", lambda: "$1"),
    "hedges": ('"more than more than … 5 people"', lambda: "more than " * 500 + "5 people. "),
    "ordinal-hyphens": (
        '"x the third-floor x the third-floor …": an ordinal before a hyphen',
        lambda: "x the third-floor ",
    ),
    "hedge-words": (
        '"about around nearly almost up to …" then a figure',
        lambda: "about around nearly almost roughly up to at least at most some " * 50 + "5 km. ",
    ),
    "scales": ('"5 million billion thousand …"', lambda: "5 " + "million billion thousand " * 300),
    "straight-quotes": ('runs of " with no text between', lambda: '"'),
    "open-quotes": ("opening curly quotes that never close", lambda: "“He said 5 "),
    "mixed-quotes": ("“‘'\" runs of every quote mark", lambda: "“‘'\"”’"),
    "dots": ("a run of full stops with no white space", lambda: "."),
    "ellipses": ("…!?…!? punctuation soup", lambda: "…!?"),
    "long-word": ("one word with no spaces", lambda: "a"),
    "hyphen-word": ("a-a-a-…: one hyphenated 'word'", lambda: "a-"),
    "ranges": ('"5-6-7-8-…" and "between 5 and 6 and 7 …"', lambda: "5-6 to 7 and between 8 and "),
    "units": ('"5 km km km …"', lambda: "5 km " + "km " * 200),
    "blank-lines": ("newline, spaces, newline, …", lambda: "\n   \n"),
    "table": (
        "a scraped table: figures in rows, no full stops",
        lambda: "North\t1,234\t5,678\t12.5%\t$3.2m\nSouth\t987\t65\t-4%\t£1bn\n",
    ),
    "name-numbers": (
        '"Article 7 of Boeing 737 …": numbers after names',
        lambda: "Article 7 of Boeing 737 ",
    ),
    "ansi-colours": (
        "a figure in every colour: terminal escape sequences",
        lambda: "\x1b[1;31m5,000\x1b[0m people \x1b]8;;u\x07x\x1b]8;;\x07 ",
    ),
    "lakh-lookalike": ('"11,11,11,…": Indian grouping that never ends', lambda: "11,"),
    "swapped-groups": (
        '"1.111.111.…,1": groups of the other convention that never end',
        lambda: "1.111.111,1 ",
    ),
    "spaced-groups": ('"1 111 111 …": plain-space groups that never end', lambda: " 111"),
    "repeats": (
        '"scored twice and replied once, …": counts of times',
        lambda: "scored twice and replied once, ",
    ),
    "number-forms": (
        '"one twenty-fifth, 4-3/8, 11 and 3/4, 7/8ths …": fractions of every shape',
        lambda: "one twenty-fifth of 4-3/8 and 11 and 3/4 or 7/8ths, ",
    ),
    "durations": (
        '"for a year and a half, a quarter of an hour, 2 years and 3 months …"',
        lambda: "for a year and a half, a quarter of an hour and 2 years and 3 months, ",
    ),
    "bare-counts": (
        '"1,100 jobs, including 350, of them 20, …": counts with no noun, one sentence',
        lambda: "1,100 jobs, including 350, of them 20, up from 12, ",
    ),
    "open-quote-long": (
        "an unclosed quotation mark before a long paragraph of prose, twice",
        lambda: "“The council said the figures would be published. " * 40 + "\n\n",
    ),
    "one-name": (
        '"Mr Khan said. Khan told …": one surname, many mentions',
        lambda: "Mr Karim Khan said. Khan told ministers. ",
    ),
    "glued-symbols": (
        '"KSh1 ksh1 R62 r5 zł3 Rs5 B12 …": digits touching letters, currency or not',
        lambda: "KSh1 ksh1 R62 r5 zł3 Rs5 B12 R1,000 Q3 ",
    ),
    "new-names": ('"N cases, said <a new name>. …": a new speaker at every figure', _new_names),
    "days-one-sentence": (
        '"He died on a cold Sunday at …": days of the week in one sentence, no break',
        lambda: "He died on a cold Sunday at ",
    ),
    "counts-one-verb": (
        '"Around 12 firefighters and …": counts joined by "and" in one sentence, no break',
        lambda: "Around 12 firefighters and ",
    ),
    "changes-one-sentence": (
        '"reported higher profits and costs fell and …": changes in words, no break',
        lambda: "reported higher profits and costs fell and ",
    ),
    "age-words": (
        '"teen teenage driver toddler group cent …": age words, each looked at',
        lambda: "teen teenage driver toddler group centenarian oak cent ",
    ),
    "mixed-script": ("random ASCII, Greek, CJK, emoji and digits of two scripts", _mixed_script),
}

# What --target compare-article compares each text with: a short article of every kind
# of figure, as a user checks scraped junk against the story it should hold.
ARTICLE = (
    "Flooding in the Rhine valley killed 23 people on Tuesday, police said. About 4,500 "
    "residents were evacuated from their homes, and damage was estimated at €169m.\n"
    "The regional government pledged 1.5bn euros in aid. Rainfall reached 120 mm in 24 "
    "hours, a record for March. Unemployment in the region rose 2.5 percentage points to "
    "7.8% last year.\n"
)


def _text(case: str, size: int, run: int = 0) -> str:
    """The (case, size) text, distinct for each ``run``: a tag of its own replaces its start.

    Every run times a text the process has never seen, so no cache keyed on a text
    can flatter a figure (issue 12).
    """
    unit = CASES[case][1]()
    body = (unit * (size // len(unit) + 1))[:size]
    tag = f"#{run:07d} "
    return tag + body[len(tag) :] if size > len(tag) else body


def _target(name: str) -> Callable[[str], object]:
    """The function under test, taking one text."""
    if name == "sentences":
        from claimdiff.text import sentences

        return sentences
    if name == "compare":
        from claimdiff import compare

        return lambda text: compare(text, text, max_chars=None)
    if name == "compare-article":
        from claimdiff import compare

        return lambda text: compare(text, ARTICLE, max_chars=None)
    from claimdiff import extract

    # No figure limit: the point is how the full cost grows (the default limit
    # refuses dense junk instead: docs/limits.md, bench/speed.py).
    return lambda text: extract(text, max_chars=None, max_figures=None)


def _warm(target: str) -> None:
    """Build every lazy table before timing (pint alone takes about half a second)."""
    _target(target)("The ICC, with 900 staff, asked for £1m ($1.2m) and 5 km of road, up 3%.")


def _measure(target: str, case: str, size: int) -> float | None:
    """Seconds for one call on the (case, size) text: the fastest of several runs.

    None when ``compare`` would score more than :data:`COMPARE_MAX_PAIRS` pairs:
    all-pairs alignment of dense junk would exhaust memory, not time; and when it refuses
    the text past its default limits (docs/limits.md): "too many" either way.
    """
    fn = _target(target)
    text = _text(case, size)
    if target == "compare":
        from claimdiff import extract

        n = len(extract(text, max_chars=None, max_figures=None))
        if n * n > COMPARE_MAX_PAIRS:
            return None
    best = float("inf")
    runs = 0
    started = time.perf_counter()
    from claimdiff.inputs import TooManyFiguresError, TooManyPairsError

    gc.disable()  # as timeit does: a collection mid-run is noise, not the cost of the text
    try:
        while True:
            text = _text(case, size, runs + 1)  # never the same text twice
            t0 = time.perf_counter()
            try:
                fn(text)
            except (TooManyPairsError, TooManyFiguresError):
                return None  # refused at a limit, as documented: "too many"
            best = min(best, time.perf_counter() - t0)
            runs += 1
            # The first run on a big text also pays for the process's first
            # touch of that much memory (3 s instead of 0.7 s for 1 MB of quote
            # marks here), so take at least two unless one run is long anyway.
            if runs >= MAX_RUNS or best > LONG_RUN:
                break
            if runs >= 2 and best > 2 * MIN_SECONDS:
                break
            if runs >= MIN_RUNS and time.perf_counter() - started >= MIN_SECONDS:
                break
    finally:
        gc.enable()
    return best


Cell = float | str
"""A measurement in ms/KB, or why there is none: timeout, skipped or too many (pairs)."""


def _run_case(
    pool_factory: Callable[[], multiprocessing.pool.Pool],
    target: str,
    case: str,
    sizes: tuple[int, ...],
    timeout: float,
    max_ratio: float,
) -> list[Cell]:
    """ms/KB for each size, smallest first.

    Once a case has failed (a timeout, or a ratio already over ``max_ratio``)
    its larger sizes are skipped: they would only take longer to say the same.
    """
    out: list[Cell] = []
    pool = pool_factory()
    try:
        for size in sizes:
            measured = [x for x in out if isinstance(x, float)]
            if len(measured) < len(out) or (
                measured and max(measured) / max(min(measured), 1e-12) > max_ratio
            ):
                out.append("skipped")
                continue
            try:
                seconds = pool.apply_async(_measure, (target, case, size)).get(timeout)
            except multiprocessing.TimeoutError:
                pool.terminate()
                pool = pool_factory()
                out.append("timeout")
                continue
            out.append("too many" if seconds is None else seconds * 1000 / (size / KB))
    finally:
        pool.terminate()
        pool.join()
    return out


def _ratio(row: list[Cell]) -> float | None:
    """Slowest over fastest time per KB; None when a size has no measurement."""
    values = [x for x in row if isinstance(x, float)]
    if len(values) < len(row):
        return None
    return max(values) / min(values) if min(values) > 0 else float("inf")


def _cell(x: Cell) -> str:
    return f"{x:.4f}" if isinstance(x, float) else x


def _fmt_size(size: int) -> str:
    return f"{size // 1_000_000} MB" if size >= 1_000_000 else f"{size // KB} KB"


def _table(
    results: dict[str, list[Cell]], sizes: tuple[int, ...], markdown: bool, limit: float
) -> str:
    head = ["case", *[f"{_fmt_size(s)} ms/KB" for s in sizes], "max/min", "ok"]
    rows = []
    for case, row in results.items():
        ratio = _ratio(row)
        cells = [_cell(x) for x in row]
        ok = ratio is not None and ratio <= limit
        rows.append(
            [case, *cells, f"{ratio:.2f}" if ratio is not None else "-", "yes" if ok else "NO"]
        )
    if markdown:
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        lines += ["| " + " | ".join(r) + " |" for r in rows]
        return "\n".join(lines)
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    return "\n".join(
        "  ".join(
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(r, widths, strict=True))
        )
        for r in [head, *rows]
    )


def main(argv: list[str] | None = None) -> int:
    """Run the cases, print the table, return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--target",
        choices=("extract", "compare", "compare-article", "sentences"),
        default="extract",
    )
    parser.add_argument("--cases", nargs="+", choices=sorted(CASES), default=list(CASES))
    parser.add_argument("--sizes", nargs="+", type=int, default=list(SIZES))
    parser.add_argument("--max-ratio", type=float, default=3.0)
    parser.add_argument(
        "--timeout", type=float, default=600.0, help="seconds per (case, size) before giving up"
    )
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument("--list", action="store_true", help="list the cases and exit")
    args = parser.parse_args(argv)
    if args.list:
        for name, (what, _) in CASES.items():
            print(f"{name:18} {what}")
        return 0
    sizes = tuple(sorted(args.sizes))
    # Fork is cheapest and keeps the parent's sys.path; each case gets a fresh
    # worker, warmed once, so one case's caches do not flatter another's.
    ctx = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")

    def pool_factory() -> multiprocessing.pool.Pool:
        return ctx.Pool(1, initializer=_warm, initargs=(args.target,))

    results: dict[str, list[Cell]] = {}
    for case in args.cases:
        results[case] = _run_case(
            pool_factory, args.target, case, sizes, args.timeout, args.max_ratio
        )
        shown = ", ".join(_cell(x) for x in results[case])
        print(f"# {case}: {shown} ms/KB", file=sys.stderr, flush=True)
    print(f"target: {args.target}; ms per KB (1 KB = {KB:,} characters), best of 2+ runs")
    print(_table(results, sizes, args.markdown, args.max_ratio))
    bad = [c for c, row in results.items() if (r := _ratio(row)) is None or r > args.max_ratio]
    if bad:
        print(
            f"not flat (max/min > {args.max_ratio:g} or timed out): {', '.join(bad)}",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))  # run from a checkout without installing
    sys.path.insert(0, str(ROOT / "bench"))
    raise SystemExit(main())
