"""Derivations: figures an output may compute from two source figures (issue 7)."""

from __future__ import annotations

import pytest

from claimdiff import extract
from claimdiff.derive import build_index, derive

# (id, source, output, claim of the output, expected derivation kind or None)
DERIVED = [
    (
        "pct-change",
        "Revenue rose from $10m to $12m.",
        "Revenue was up 20%.",
        "20%",
        "percentage change",
    ),
    ("pct-fall", "Staff fell from 1,500 to 1,200.", "Staff fell 20%.", "20%", "percentage change"),
    ("difference", "Revenue rose from $10m to $12m.", "Revenue rose by $2m.", "$2m", "difference"),
    (
        "cut-difference",
        "Staff fell from 1,500 to 1,200.",
        "It cut 300 staff.",
        "300 staff",
        "difference",
    ),
    (
        "sum",
        "It has 120 staff in Paris and 80 staff in Rome.",
        "It has 200 staff.",
        "200 staff",
        "sum",
    ),
    (
        "share-words",
        "Of 48 staff, 12 left.",
        "A quarter of staff left.",
        "A quarter of staff",
        "share",
    ),
    ("share-pct", "Of 48 staff, 12 left.", "25% of staff left.", "25% of staff", "share"),
    ("near-miss-pct", "Revenue rose from $10m to $12m.", "Revenue was up 25%.", "25%", None),
    ("near-miss-diff", "Revenue rose from $10m to $12m.", "Revenue rose by $3m.", "$3m", None),
    ("near-miss-share", "Of 48 staff, 12 left.", "30% of staff left.", "30% of staff", None),
    (
        "bound-too-loose",
        "Staff fell from 1,500 to 1,200.",
        "It cut fewer than 2,000 staff.",
        "fewer than 2,000 staff",
        None,
    ),
]


@pytest.mark.parametrize(
    ("source", "output", "claim", "how"), [d[1:] for d in DERIVED], ids=[d[0] for d in DERIVED]
)
def test_derivation(source: str, output: str, claim: str, how: str | None) -> None:
    """An output figure is derived from two source figures exactly when the arithmetic holds."""
    index = build_index(extract(source))
    c = next(c for c in extract(output) if c.text == claim)
    d = derive(c, index)
    assert (d.how if d is not None and d.direction_ok else None) == how


def test_wrong_way_change_is_flagged() -> None:
    """ "fell 20%" when the figures rose 20%: the size matches, the direction does not."""
    index = build_index(extract("Revenue rose from $10m to $12m."))
    c = next(c for c in extract("Revenue fell 20%.") if c.text == "20%")
    d = derive(c, index)
    assert d is not None and not d.direction_ok
