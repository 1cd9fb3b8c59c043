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
    # A share is no change: a rise of a fifth in revenue says nothing of a fifth of the staff.
    (
        "share-no-change",
        "Revenue rose from $10m to $12m. It employs 1,500 staff, of whom 375 work in Leeds.",
        "A fifth of the company's 1,500 staff work in Leeds.",
        "A fifth",
        None,
    ),
    (
        "share-of-whole",
        "Revenue rose from $10m to $12m. It employs 1,500 staff, of whom 300 work in Leeds.",
        "A fifth of the company's 1,500 staff work in Leeds.",
        "A fifth",
        "share",
    ),
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
    # Counts of different things are never summed or subtracted (issue 7 benchmark).
    (
        "other-nouns-no-difference",
        "More than 16,000 children were deported. 40 investigators work there.",
        "Fewer than 16,000 children were deported.",
        "Fewer than 16,000 children",
        None,
    ),
    (
        "other-nouns-no-sum",
        "It has 120 desks and 80 staff.",
        "It has 200 staff.",
        "200 staff",
        None,
    ),
    # A change in points is a difference of percentages.
    (
        "points",
        "Margin rose from 39.0% to 41.5%.",
        "Margin rose 2.5 points.",
        "2.5 points",
        "difference",
    ),
    (
        "points-near-miss",
        "Margin rose from 39.0% to 41.5%.",
        "Margin rose 3.5 points.",
        "3.5 points",
        None,
    ),
    # Durations combine like other figures of one unit.
    (
        "duration-change",
        "Handling time fell from 8 minutes to 6 minutes.",
        "Handling time fell 25%.",
        "25%",
        "percentage change",
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


# (id, source, output, claim of the output, derivation goes the right way)
ORDERS = [
    (
        "to-from-up",
        "It raised its dividend to 52 cents from 48 cents.",
        "The dividend rose 4 cents.",
        True,
    ),
    (
        "to-from-down",
        "It raised its dividend to 52 cents from 48 cents.",
        "The dividend fell 4 cents.",
        False,
    ),
    ("points-wrong-way", "Margin improved to 41.5% from 39.0%.", "Margin fell 2.5 points.", False),
]


@pytest.mark.parametrize(
    ("source", "output", "ok"), [o[1:] for o in ORDERS], ids=[o[0] for o in ORDERS]
)
def test_change_runs_from_to_whatever_the_order(source: str, output: str, ok: bool) -> None:
    """ "to Y from X" is a change from X to Y: its sign follows the pair, not the text order."""
    index = build_index(extract(source))
    c = next(c for c in extract(output) if c.quantity is not None)
    d = derive(c, index)
    assert d is not None and d.direction_ok is ok
