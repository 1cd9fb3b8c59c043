"""Extraction benchmark: claimdiff.extract against quantulum3 on a peer's own test cases.

Run from the project root (quantulum3 comes with the ``bench`` extra)::

    python bench/extraction.py [--long] [--failures misses.jsonl] [--news-size 1000000]

The cases are Microsoft Recognizers-Text's English specifications for numbers, number
ranges, currencies and dimensions (``bench/data/``, see its README).  Both tools read the
same cases in the same run, and the script prints a table (file | tool | P | R | F1 |
chars/s), then the same figures without the cases the peer's own Python port fails, and
without the cases where claimdiff deliberately differs (``bench/data/conventions.csv``).

Scoring (gold, predictions and how they are matched on value + unit) is in
``bench/scoring.py``.  Precision = matched predictions / predictions, recall = matched gold / gold,
  F1 their harmonic mean, summed over a file's cases.  Throughput = characters / seconds of
  the extraction calls alone (``claimdiff.extract``, quantulum3's ``parser.parse``) in the
  one pass that is scored, after each tool was warmed up on a text of its own: every
  case is timed the first time the tool sees it, so no cache keyed on a text can
  flatter the figure.  ``--long`` also times each tool on one document made of every
  case joined, since news articles are long and cost may grow faster than the text.

Then, cache-cold throughput on news-like text (``bench/fresh.py``: about 1 MB of distinct
2.5 kB texts made from the fixtures and the SummEdits dev documents), next to one bare
``re`` pass over the same texts, and quantulum3 on a sample of them.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

# Run as a script, this file's folder is on sys.path: the scoring sits beside it.
import speed  # type: ignore[import-not-found]
from scoring import (  # type: ignore[import-not-found]
    BOUNDING,
    DATA,
    FILES,
    Convert,
    Item,
    Result,
    UnitTable,
    canonical,
    load_cases,
    load_units,
    score_file,
)


def claimdiff_items(claims: Iterable[Any], units: UnitTable) -> list[Item]:
    """claimdiff's claims as items (claims without a quantity, i.e. quotes, are skipped)."""
    items = []
    for c in claims:
        q = c.quantity
        if q is None:
            continue
        unit = () if q.unit is None else (canonical(q.unit) or q.unit,)
        bounded = str(q.qualifier) in BOUNDING
        items.append(Item(q.value, q.low, q.high, unit, c.text, str(c.kind), bounded))
    return items


def quantulum_items(quantities: Iterable[Any], units: UnitTable) -> list[Item]:
    """quantulum3's quantities as items; ``value +- uncertainty`` becomes a range."""
    items = []
    for q in quantities:
        u = q.unit
        task = "money" if u.entity.name == "currency" else "measure"
        scale, accepted = units.get(("quantulum3", task, u.name), (1.0, ()))
        if not accepted and u.currency_code:
            accepted = (u.currency_code,)
        elif not accepted and u.name != "dimensionless" and canonical(u.name):
            accepted = (canonical(u.name),)
        value = q.value * scale
        if q.uncertainty:
            spread = q.uncertainty * scale
            items.append(
                Item(
                    None,
                    value - spread,
                    value + spread,
                    accepted,
                    q.surface,
                    u.entity.name,
                    bounded=True,
                )
            )
        else:
            items.append(Item(value, value, value, accepted, q.surface, u.entity.name))
    return items


def load_tools(names: Iterable[str]) -> dict[str, tuple[Callable[[str], Any], Convert]]:
    """Each named tool's extraction call and the function mapping its output to items."""
    tools: dict[str, tuple[Callable[[str], Any], Convert]] = {}
    for name in names:
        if name == "claimdiff":
            import claimdiff

            tools[name] = (claimdiff.extract, claimdiff_items)
        elif name == "quantulum3":
            with warnings.catch_warnings():
                # quantulum3 warns at import that its optional classifier (scikit-learn) is
                # missing: the bench measures it as the `bench` extra installs it.
                warnings.simplefilter("ignore")
                from quantulum3 import parser

            tools[name] = (parser.parse, quantulum_items)
        else:
            msg = f"unknown tool {name!r} (claimdiff, quantulum3)"
            raise ValueError(msg)
    return tools


def table(results: dict[tuple[str, str], Result], subset: str, tools: Sequence[str]) -> str:
    """A Markdown table: file | tool | cases-gold-pred | P | R | F1 | chars/s."""
    lines = [
        "| file | tool | gold | predicted | P | R | F1 | chars/s |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name in FILES:
        for tool in tools:
            r = results[(name, tool)]
            s = getattr(r, subset)
            speed = f"{r.chars / r.seconds:,.0f}" if r.seconds else "-"
            lines.append(
                f"| {name} | {tool} | {s.gold} | {s.pred} | {s.precision:.3f} "
                f"| {s.recall:.3f} | {s.f1:.3f} | {speed} |"
            )
    return "\n".join(lines)


def throughput(results: dict[tuple[str, str], Result], tool: str) -> float:
    """Characters per second over every file."""
    chars = sum(r.chars for (_, t), r in results.items() if t == tool)
    return chars / sum(r.seconds for (_, t), r in results.items() if t == tool)


def run(
    tools: Sequence[str], failures_of: str
) -> tuple[dict[tuple[str, str], Result], list[dict[str, Any]], dict[str, int]]:
    """Score and time every tool on every file: results, misses, unscored gold per file."""
    units = load_units()
    available = load_tools(tools)
    fns = {t: available[t][0] for t in tools}
    for fn in fns.values():  # lexicons, patterns, registries: built before any timing
        speed.warm_up(fn)
    misses: list[dict[str, Any]] = []
    results: dict[tuple[str, str], Result] = {}
    dropped = {}
    for name in FILES:
        cases = load_cases(name, units)
        texts = [c.text for c in cases]
        dropped[name] = sum(c.dropped for c in cases)
        for tool in tools:  # each case timed the first time the tool sees it
            start = time.perf_counter()
            outputs = [fns[tool](t) for t in texts]
            seconds = time.perf_counter() - start
            results[(name, tool)] = score_file(
                cases, outputs, available[tool][1], units, misses if tool == failures_of else None
            )
            results[(name, tool)].seconds = seconds
            results[(name, tool)].chars = sum(map(len, texts))
    return results, misses, dropped


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print its tables."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--news-size", type=int, default=1_000_000,
                    help="characters of news-like text to time (0: skip)")  # fmt: skip
    ap.add_argument("--quantulum-size", type=int, default=100_000,
                    help="characters of it to time quantulum3 on (0: skip)")  # fmt: skip
    ap.add_argument("--long", action="store_true", help="also time one long document")
    ap.add_argument("--failures", type=Path, help="write a tool's misses here (JSONL)")
    ap.add_argument("--failures-of", default="claimdiff", help="whose misses (default claimdiff)")
    ap.add_argument("--tools", default="claimdiff,quantulum3", help="comma-separated tools")
    args = ap.parse_args(argv)
    tools = [t for t in args.tools.split(",") if t]
    results, misses, dropped = run(tools, args.failures_of)

    print("All cases (value + unit):\n")
    print(table(results, "all", tools))
    print("\nExcluding the cases the peer's own Python port fails:\n")
    print(table(results, "peer_ok", tools))
    print("\nExcluding the cases where claimdiff deliberately differs (data/conventions.csv):\n")
    print(table(results, "plain", tools))
    print(
        "\nGold items without a figure (bare unit mentions), not scored: "
        + ", ".join(f"{n} {k}" for n, k in dropped.items())
    )
    speeds = {t: throughput(results, t) for t in tools}
    print(
        "\nThroughput over all files: "
        + ", ".join(f"{t} {s:,.0f} chars/s" for t, s in speeds.items())
    )
    if {"claimdiff", "quantulum3"} <= speeds.keys():
        ratio = speeds["claimdiff"] / speeds["quantulum3"]
        print(f"claimdiff / quantulum3 throughput: {ratio:.1f}x")
    if args.long:
        doc = "\n\n".join(
            json.loads(line)["text"]
            for name in FILES
            for line in (DATA / f"recognizers_{name}.jsonl").read_text("utf-8").splitlines()
        )
        fns = load_tools(tools)
        for tool in tools:
            start = time.perf_counter()
            fns[tool][0](doc)
            seconds = time.perf_counter() - start
            print(f"One {len(doc):,}-character document: {tool} {len(doc) / seconds:,.0f} chars/s")
    if args.news_size and "claimdiff" in tools:
        n = speed.news(args.news_size)
        print(f"\nNews-like text, cache-cold ({n['chars']:,.0f} characters, {n['texts']} distinct "
              f"texts): claimdiff {n['mb_s']:.2f} MB/s; one bare re pass {n['floor_mb_s']:.1f} "
              f"MB/s ({n['floor_mb_s'] / n['mb_s']:.1f}x)")  # fmt: skip
        if args.quantulum_size and "quantulum3" in tools:
            q = speed.quantulum(args.quantulum_size)
            print(f"quantulum3 on {args.quantulum_size:,} characters of it: {q:.3f} MB/s")
    if args.failures:
        with args.failures.open("w", encoding="utf-8") as out:
            out.writelines(json.dumps(m, ensure_ascii=False) + "\n" for m in misses)
        print(f"\n{len(misses)} cases with {args.failures_of} misses written to {args.failures}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
