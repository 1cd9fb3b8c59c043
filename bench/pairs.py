"""compare() on pairs of short reports with gold pairings: conflict recall and precision.

Each case holds two texts, the facts both state (the figure's words in each text
and the verdict a reader gives), and pairs of figures that must not be paired.
A gold fact is *found* when one finding pairs a claim overlapping the gold words
in A with one overlapping them in B (a claim overlaps the words of the same amount it
links to in another currency: "CHF 1.1 million ($1.22 million)" is one finding); it
is *right* when the verdict is among the gold ones ("agree|compatible" allows either).  Reported:

* conflict recall: gold conflicts found with the verdict conflict;
* conflict precision: reported numeric conflicts that are gold conflicts (a
  conflict between figures the gold pairs otherwise, or not at all, is false);
* agreement recall: gold agreements found as agree (or compatible, where allowed);
* compatible recall, and the pairs made that the gold forbids.

Run: ``python bench/pairs.py [FILE.json ...] [--verbose]`` (default: the pairs kept
in tests/data/).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from claimdiff import Claim, Finding, compare

DEFAULT = sorted((Path(__file__).resolve().parent.parent / "tests" / "data").glob("pairs_*.json"))


def span_of(text: str, surface: str) -> tuple[int, int]:
    """Where ``surface`` stands in ``text`` (it must be there)."""
    k = text.find(surface)
    if k < 0:
        msg = f"{surface!r} is not in {text!r}"
        raise ValueError(msg)
    return k, k + len(surface)


def covers(claim: Claim, span: tuple[int, int], *, linked: bool = True) -> bool:
    """True when the claim's span overlaps ``span``, or the span of the same amount the
    text gives in another currency beside it ("CHF 1.1 million ($1.22 million)"): one
    finding on such an amount states both."""
    spans = [claim.span] if claim.linked is None or not linked else [claim.span, claim.linked]
    return any(lo < span[1] and span[0] < hi for lo, hi in spans)


def find(
    findings: Iterable[Finding], sa: tuple[int, int], sb: tuple[int, int], *, linked: bool = True
) -> Finding | None:
    """The finding pairing the claims at ``sa`` (in A) and ``sb`` (in B), or None; with
    ``linked`` False an amount in two currencies covers only its own words (a pair the
    gold forbids is made only when those very figures are paired)."""
    for f in findings:
        if covers(f.a, sa, linked=linked) and covers(f.b, sb, linked=linked):
            return f
    return None


def score(cases: Sequence[dict[str, Any]], *, verbose: bool = False) -> dict[str, float]:
    """The figures above over ``cases``; prints each miss when ``verbose``."""
    n = {"conflict": 0, "agree": 0, "compatible": 0}
    hit = {"conflict": 0, "agree": 0, "compatible": 0}
    reported = true_conflicts = forbidden = cases_right = 0
    for case in cases:
        a, b = case["a"], case["b"]
        report = compare(a, b)
        gold_conflicts = []
        right = True
        for sa_text, sb_text, verdicts in case["pairs"]:
            allowed = set(verdicts.split("|"))
            sa, sb = span_of(a, sa_text), span_of(b, sb_text)
            key = (
                "conflict"
                if "conflict" in allowed
                else "agree"
                if "agree" in allowed
                else "compatible"
            )
            n[key] += 1
            if key == "conflict":
                gold_conflicts.append((sa, sb))
            f = find(report.findings, sa, sb)
            ok = f is not None and f.verdict.value in allowed
            hit[key] += ok
            if not ok:
                right = False
                if verbose:
                    got = "unpaired" if f is None else f"{f.verdict.value}: {f.reason}"
                    print(
                        f"  MISS {case['id']}: {sa_text!r} / {sb_text!r} want {verdicts}, got {got}"
                    )
        for f in report.findings:
            if f.verdict.value != "conflict":
                continue
            reported += 1
            if any(covers(f.a, sa) and covers(f.b, sb) for sa, sb in gold_conflicts):
                true_conflicts += 1
            else:
                right = False
                if verbose:
                    print(f"  FALSE CONFLICT {case['id']}: {f.a.text!r} / {f.b.text!r}: {f.reason}")
        for sa_text, sb_text in case.get("not_pairs", []):
            pair = find(report.findings, span_of(a, sa_text), span_of(b, sb_text), linked=False)
            if pair is not None:
                forbidden += 1
                right = False
                if verbose:
                    print(f"  FORBIDDEN PAIR {case['id']}: {sa_text!r} / {sb_text!r}")
        cases_right += right
    return {
        "cases": len(cases),
        "cases right": cases_right,
        "conflict recall": hit["conflict"] / max(1, n["conflict"]),
        "conflict precision": true_conflicts / max(1, reported),
        "agreement recall": hit["agree"] / max(1, n["agree"]),
        "compatible recall": hit["compatible"] / max(1, n["compatible"]),
        "gold conflicts": n["conflict"],
        "gold agreements": n["agree"],
        "gold compatible": n["compatible"],
        "forbidden pairs made": forbidden,
        "conflicts reported": reported,
        "conflicts right": true_conflicts,
    }


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    p.add_argument("files", nargs="*", type=Path, default=DEFAULT)
    p.add_argument("--verbose", action="store_true", help="print every miss")
    args = p.parse_args(argv)
    for path in args.files:
        cases = json.loads(path.read_text(encoding="utf-8"))
        print(path.name)
        figures = score(cases, verbose=args.verbose)
        for k, v in figures.items():
            print(f"  {k:22s} {v:.2f}" if isinstance(v, float) else f"  {k:22s} {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
