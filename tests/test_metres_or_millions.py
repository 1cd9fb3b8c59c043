"""A figure ending in "m" before a noun: one thing's length ("a 30m fall") or a count of
millions ("the 3m households"), on two sets written by subagents that never read the code
(tests/data/extract_m_fresh.json, tests/data/extract_m_modifier_fresh.json; the rule in
docs/claims.md, "a lower-case m")."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from claimdiff import extract

_DATA = Path(__file__).resolve().parent / "data"
_METRE = {"m": "meter", "tonne": "metric_ton"}

_MODIFIER = "a noun that modifies the next one ('its 5m subscriber base') reads on as a length"
_CUE_ELSEWHERE = "a word of what is counted in millions in another clause ('Council workers')"
_JUMP = "'jump' is a word of length (the high jump), and 'a 1m jump in the number of' is not"
_HEIGHT = "'cleared 2.31m' has no noun or word of length, and a figure to two decimals is a count"
_NO_NOUN = "'5m from where' has no noun after it, and a whole figure near 'children' is a count"
XFAIL: dict[str, str] = {
    "mil-10": _MODIFIER,
    "mtr-04": _CUE_ELSEWHERE,
    "mil-09": _JUMP,
    "mtr-30": _NO_NOUN,
    "high-jump-2.31m:2.31m": _HEIGHT,
    "appeal-1.2m-aud:$1.2m": "'$' is the US dollar unless the text names another dollar's country",
}


def _readings() -> list[Any]:
    """(text, surface, kind, unit or None, value) from both files, one shape."""
    out = []
    for case in json.loads((_DATA / "extract_m_fresh.json").read_text("utf-8")):
        for e in case["expect"]:
            unit = _METRE.get(e.get("unit", ""), e.get("currency"))
            key = f"{case['id']}:{e['surface']}"
            out.append((key, case["text"], e["surface"], e["kind"], unit, float(e["low"])))
    for case in json.loads((_DATA / "extract_m_modifier_fresh.json").read_text("utf-8")):
        metres = case["reading"] == "metres"
        value = float(case["value"]) * (1 if metres else 1e6)
        kind, unit = ("measure", "meter") if metres else ("count", None)
        out.append((case["id"], case["text"], case["surface"], kind, unit, value))
    return [
        pytest.param(*r[1:], id=r[0], marks=[pytest.mark.xfail(strict=True, reason=XFAIL[r[0]])])
        if r[0] in XFAIL
        else pytest.param(*r[1:], id=r[0])
        for r in out
    ]


@pytest.mark.parametrize(("text", "surface", "kind", "unit", "value"), _readings())
def test_reading(text: str, surface: str, kind: str, unit: str | None, value: float) -> None:
    at = text.index(surface)
    claims = [c for c in extract(text) if c.span[0] <= at < c.span[1]]
    assert claims, f"{surface!r} not read"
    c = claims[0]
    assert c.kind.value == kind, f"{surface!r} read as {c.kind.value}"
    assert c.quantity is not None
    assert c.quantity.unit == unit
    q = c.quantity
    # A range ("4-5m long") is checked at its low end.
    assert (q.value if q.value is not None else q.low) == pytest.approx(value)


def test_known_misses_are_cases() -> None:
    ids = {p.id for p in _readings()}
    assert set(XFAIL) <= ids
