"""check() on SummEdits' real summaries, against the one-line rule, per domain, in one run.

A summary is flagged when check() reports a conflict or an unsupported figure.
The rule (sherpa's ``verify_numbers_against_source``): the summary has a
number, in digits, that the document lacks.  Printed per domain: balanced
accuracy, true-positive rate (inconsistent summaries flagged) and true-negative
rate (consistent ones left alone) of both; then the numeric-edit subset:
inconsistent summaries whose edit changed a number, with the consistent ones
that hold a number (as ../shared/tools/snapshot.py defines it).

Run: ``python bench/summedits.py [--verbose] [--domain ectsum]``; ``--verbose``
prints every summary check() gets wrong, with its findings.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from claimdiff import Document, check

DATA = Path(__file__).resolve().parent / "data" / "summedits"
_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?")


def numbers(text: str) -> set[float]:
    """The numbers written in digits in ``text`` (the rule's reading)."""
    out = set()
    for m in _NUMBER.finditer(text):
        try:
            out.add(float(m.group().replace(",", "")))
        except ValueError:
            continue
    return out


def bacc(rows: Sequence[tuple[bool, bool]]) -> tuple[float, float, float]:
    """Balanced accuracy (in %), tpr and tnr of (gold, predicted) pairs."""
    pos = [p for g, p in rows if g]
    neg = [p for g, p in rows if not g]
    tpr = sum(pos) / len(pos) if pos else 0.0
    tnr = sum(not p for p in neg) / len(neg) if neg else 0.0
    return 100 * (tpr + tnr) / 2, tpr, tnr


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    p.add_argument("--verbose", action="store_true", help="print every summary check() gets wrong")
    p.add_argument("--domain", help="only this domain")
    args = p.parse_args(argv)
    docs = {d["doc_id"]: d["text"] for d in map(json.loads, (DATA / "docs.jsonl").open())}
    rows = [json.loads(line) for line in (DATA / "summaries.jsonl").open()]
    if args.domain:
        rows = [r for r in rows if r["domain"] == args.domain]
    per: dict[str, dict[str, list[tuple[bool, bool]]]] = {}
    numeric: dict[str, list[tuple[bool, bool]]] = {"check": [], "rule": []}
    t0 = time.perf_counter()
    for r in rows:
        doc, summary = docs[r["doc_id"]], r["summary"]
        gold = r["label"] == "inconsistent"
        rule = bool(numbers(summary) - numbers(doc))
        report = check(Document(doc, "document"), Document(summary, "summary"))
        pred = bool(report.conflicts) or bool(report.unsupported)
        d = per.setdefault(r["domain"], {"check": [], "rule": []})
        d["check"].append((gold, pred))
        d["rule"].append((gold, rule))
        if (gold and numbers(summary) != numbers(r["original_summary"])) or (
            not gold and numbers(summary)
        ):
            numeric["check"].append((gold, pred))
            numeric["rule"].append((gold, rule))
        if args.verbose and pred != gold:
            print(f"--- {r['id']} ({r['domain']}) gold {r['label']} {r['edit_types']}")
            print(f"    summary: {summary}")
            if summary != r["original_summary"]:
                print(f"    original: {r['original_summary']}")
            for f in report.conflicts:
                print(f"    CONFLICT {f.reason}")
            for c in report.unsupported:
                print(f"    UNSUPPORTED {c.text!r} ({c.kind.value})")
    seconds = time.perf_counter() - t0
    print(f"SummEdits evaluation split: {len(rows)} summaries ({seconds:.1f} s)")
    print(f"{'domain':14s} {'check() bacc (tpr/tnr)':>24s} {'rule bacc (tpr/tnr)':>22s}")
    for domain, d in per.items():
        c, b = bacc(d["check"]), bacc(d["rule"])
        print(
            f"{domain:14s} {c[0]:12.1f} ({c[1]:.2f}/{c[2]:.2f}) "
            f"{b[0]:10.1f} ({b[1]:.2f}/{b[2]:.2f})"
        )
    c, b = bacc(numeric["check"]), bacc(numeric["rule"])
    n_pos = sum(g for g, _ in numeric["check"])
    print(
        f"{'numeric edits':14s} {c[0]:12.1f} ({c[1]:.2f}/{c[2]:.2f}) {b[0]:10.1f} "
        f"({b[1]:.2f}/{b[2]:.2f})   "
        f"[{n_pos} inconsistent, {len(numeric['check']) - n_pos} consistent]"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
