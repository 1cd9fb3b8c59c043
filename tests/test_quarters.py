"""Quarters of a financial year and of the calendar (docs/claims.md, "Periods").

``tests/data/extract_fiscal_quarters_fresh.json`` holds 40 sentences of company results,
written blind: one figure each, scoped to a quarter of a financial year ("the third
quarter of fiscal 2024", "Q3 FY24"), a calendar quarter ("the September quarter", "the
three months to June") or none.  A financial year's quarter is read as ``FQn`` (it names
no calendar quarter), a calendar one as ``Qn``; misses stay strict xfails.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from readings import case_params

import claimdiff

CASES: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "data" / "extract_fiscal_quarters_fresh.json").read_text("utf-8")
)
XFAIL = {
    "fq-07": "'for the quarter, its third of the financial year': the ordinal is not read",
}
_QUARTER = re.compile(r"(F?)Q([1-4])")


def _reading(period: str | None) -> tuple[str, int | None]:
    m = _QUARTER.search(period or "")
    if m is None:
        return "none", None
    return ("fiscal" if m.group(1) else "calendar"), int(m.group(2))


@pytest.mark.parametrize("case", case_params(CASES, XFAIL))
def test_quarter(case: dict[str, Any]) -> None:
    figures = [
        c
        for c in claimdiff.extract(case["text"])
        if c.quantity is not None and case["figure"] in c.text
    ]
    assert figures, f"{case['figure']!r} not read"
    kind, number = _reading(figures[0].period)
    assert kind == case["quarter"], figures[0].period
    if case["number"] is not None:
        assert number == case["number"], figures[0].period


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Profit was $2bn in the third quarter of the 2023-24 financial year.", "2023 FQ3"),
        ("Profit was $2bn in the third quarter of fiscal 2024.", "2024 FQ3"),
        ("Profit was $2bn in the second quarter of its 2025 fiscal year.", "2025 FQ2"),
        ("Profit was $2bn in the third quarter of 2023.", "2023 Q3"),
        ("Sales rose 3% in the three months to September.", "Q3"),
        ("Sales rose 3% in the September quarter.", "Q3"),
        ("Sales rose 3% in the six months to June.", "H1"),
        ("Sales rose 3% in the six months to December.", "H2"),
        ("Sales rose 3% in the 36 months to June.", None),
        ("Profit rose 3% in the quarter ended June.", "Q2"),
        # The last quarter of a year named so: its fourth.
        ("Like-for-like sales fell 2% in the final quarter.", "Q4"),
        ("Final-quarter revenue rose 3%.", "Q4"),
        # Three months ending in another month fill no calendar quarter.
        ("Sales rose 3% in the three months to November.", None),
    ],
)
def test_period(text: str, period: str | None) -> None:
    (figure,) = [c for c in claimdiff.extract(text) if c.kind.value in ("money", "percent")]
    assert figure.period == period
