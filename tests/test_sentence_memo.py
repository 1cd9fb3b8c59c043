"""A sentence's tokens and words read once for all its figures (from ``_MEMO_FROM``
figures, claimdiff/extract/__init__.py) give every claim that reading each figure's window
gives: where the threshold lies is a matter of cost alone."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

import claimdiff

extract_module = importlib.import_module("claimdiff.extract")

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import fresh  # noqa: E402  # beside the benchmarks

LISTS = [
    "Sales rose 5% to £1.2m, costs fell 3% to £0.8m and staff rose by 12 to 340 in 2023.",
    "It cost $3bn, 45% more than the 12 km road, which took 4 years and 300 workers.",
    "Inflation was 3.4% in March, 3.2% in April, 2.9% in May and 2.1% in June, it said.",
]


@pytest.mark.parametrize("memo_from", [1, 4])
def test_the_memo_reads_what_the_windows_read(
    memo_from: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = LISTS + fresh.news(40_000, 9)
    windows = [claimdiff.extract(t) for t in texts]
    monkeypatch.setattr(extract_module, "_MEMO_FROM", memo_from)
    assert [claimdiff.extract(t) for t in texts] == windows
