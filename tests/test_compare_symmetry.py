"""compare() does not care which text comes first (issue 15, item 2).

compare(b, a) must give exactly the findings of compare(a, b) with the sides
swapped: the same claims (by span) paired, with the same verdicts, and so the
same conflicts.  Checked on every pair of tests/test_compare_pairs.py and of
the fresh files in tests/data/, and on pairs of generated reports.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from strategies import report_pairs
from test_compare_pairs import PAIRS

from claimdiff import Finding, Report, compare

DATA = Path(__file__).parent / "data"
FRESH = [
    (case["id"], case["a"], case["b"])
    for name in ("pairs_fresh_a.json", "pairs_fresh_b.json")
    for case in json.loads((DATA / name).read_text("utf-8"))
]
CASES = [(f"pairs:{p[0]}", p[1], p[2]) for p in PAIRS] + [(f"fresh:{c[0]}", *c[1:]) for c in FRESH]

# A finding by the spans of its claims (first text's, then second's), its verdict and label.
Key = tuple[tuple[int, int], tuple[int, int], str, str | None]


def _key(f: Finding, *, swapped: bool) -> Key:
    first, second = (f.b, f.a) if swapped else (f.a, f.b)
    return first.span, second.span, f.verdict.value, f.label


def _internal(f: Finding) -> tuple[str, tuple[int, int], str, tuple[int, int], str]:
    """A finding inside one text, by its claims' words and spans: either run may hold it."""
    return f.a.text, f.a.span, f.b.text, f.b.span, f.verdict.value


def assert_mirrored(ab: Report, ba: Report) -> None:
    """``ba`` (compare(b, a)) holds ``ab``'s findings and conflicts with the sides swapped."""
    assert sorted(_key(f, swapped=False) for f in ab.findings) == sorted(
        _key(f, swapped=True) for f in ba.findings
    ), (str(ab), str(ba))
    cross = (ab.findings, ab.quotes), (ba.findings, ba.quotes)
    there = sorted(_key(f, swapped=False) for fs in cross[0] for f in fs if f in ab.conflicts)
    back = sorted(_key(f, swapped=True) for fs in cross[1] for f in fs if f in ba.conflicts)
    assert there == back, (str(ab), str(ba))
    assert sorted(_internal(f) for f in ab.internal if f in ab.conflicts) == sorted(
        _internal(f) for f in ba.internal if f in ba.conflicts
    )
    assert len(ab.conflicts) == len(ba.conflicts)


@pytest.mark.parametrize(("a", "b"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_known_pairs_are_mirrored(a: str, b: str) -> None:
    """On every hand-written pair, compare(b, a) mirrors compare(a, b)."""
    assert_mirrored(compare(a, b), compare(b, a))


# Bounded so the module runs in seconds on two cores.
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report_pairs())
def test_generated_reports_are_mirrored(texts: tuple[str, str]) -> None:
    """On two generated reports of shared facts, compare(b, a) mirrors compare(a, b)."""
    a, b = texts
    assert_mirrored(compare(a, b), compare(b, a))


@pytest.mark.parametrize(
    ("scores", "pairs"),
    [
        # The best total pairs across; neither cross pair is anyone's best, nor has
        # half the evidence (TOTAL_EVIDENCE).
        ([[0.15, 0.1], [0.12, -1.0]], [(0, 0)]),
        ([[0.15, 0.1], [0.12, 0.0]], [(0, 0), (1, 1)]),
        # With half the evidence each, the best total stands.
        ([[0.3, 0.2], [0.25, 0.0]], [(0, 1), (1, 0)]),
        # Strong evidence is kept as the best total gives it.
        ([[0.5, 0.4], [0.45, -1.0]], [(0, 1), (1, 0)]),
        ([[-1.0, -1.0], [-1.0, -1.0]], []),
    ],
)
def test_each_others_best_are_paired(
    scores: list[list[float]], pairs: list[tuple[int, int]]
) -> None:
    from claimdiff.assignment import assign

    got = assign(np.array(scores))
    assert [(i, j) for i, j, _ in got] == pairs
    mirrored = assign(np.array(scores).T)
    assert sorted((j, i) for i, j, _ in mirrored) == pairs
