"""A bare "m" after a number: a million or a metre, on sentences written by a subagent
that never read the code (tests/data/m_suffix_fresh.json; the rule in docs/claims.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimdiff import extract

CASES = json.loads(
    (Path(__file__).resolve().parent / "data" / "m_suffix_fresh.json").read_text(encoding="utf-8")
)

_NO_CUE = "no word near says what is counted; a bare 'm' with no cue is a metre"
# Known misses, by the sentence's start: why the rule reads them wrong today.
XFAIL = {
    "The BBC said its coverage": _NO_CUE,
    "The semi-final averaged 14m": _NO_CUE,
    "By the end of the summer": _NO_CUE,
}


def _param(case: dict[str, object]) -> object:
    text = str(case["text"])
    reason = next((r for start, r in XFAIL.items() if text.startswith(start)), None)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(case, id=str(case["figure"]) + " " + text[:30], marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_million_or_metre(case: dict[str, object]) -> None:
    text, figure = str(case["text"]), str(case["figure"])
    claims = [c for c in extract(text) if figure in c.text or c.text in figure]
    assert claims, f"{figure!r} not read"
    q = claims[0].quantity
    assert q is not None
    if case["reading"] == "metre":
        assert q.unit == "meter"
        assert q.value == pytest.approx(float(case["value"]))  # type: ignore[arg-type]
    else:
        assert q.unit is None
        assert q.value == pytest.approx(float(case["value"]))  # type: ignore[arg-type]


def test_known_misses_are_cases() -> None:
    texts = [str(c["text"]) for c in CASES]
    assert all(any(t.startswith(start) for t in texts) for start in XFAIL)
