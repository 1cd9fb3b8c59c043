"""check() on (source, output) cases written by a subagent that never read the code (issue 11).

tests/data/check_fresh.json: 44 earnings, news, meeting and chat sources with an output
that is either faithful (restated, rounded, derived) or holds exactly one error (a
changed number, a swapped metric or period, a wrong direction, an invented figure, a
changed range bound).  An output is flagged when check() reports a conflict or an
unsupported claim.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimdiff import Document, check

CASES = json.loads(
    (Path(__file__).resolve().parent / "data" / "check_fresh.json").read_text(encoding="utf-8")
)

# Known misses, by case id: why check() gets them wrong today.
XFAIL: dict[str, str] = {
    "talbot-comp-range-net-stores": "'from 3% to 6%' (the prior range) read as a change",
    "tessaro-guidance-midpoint": "'12% above $2.05bn' is worked out from the output's midpoint",
    "fairmont-segment-sum": "'two segments' counts things the source names but never counts",
    "university-admits-as-class": "'entering class' and 'admitted': one predicate to the lexicon",
}


def _param(case: dict[str, object]) -> object:
    cid = str(case["id"])
    marks = [pytest.mark.xfail(strict=True, reason=XFAIL[cid])] if cid in XFAIL else []
    return pytest.param(case, id=cid, marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_fresh_case(case: dict[str, object]) -> None:
    """A faithful output is not flagged; an output with one error is."""
    report = check(Document(str(case["source"]), "source"), Document(str(case["output"]), "output"))
    flagged = bool(report.conflicts) or bool(report.unsupported)
    assert flagged is (case["label"] == "inconsistent"), str(report)


def test_known_misses_are_cases() -> None:
    """Every known miss names a case of the file."""
    assert set(XFAIL) <= {c["id"] for c in CASES}
