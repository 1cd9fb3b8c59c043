"""Figures left over pair on no evidence only within twice of each other, but for a
misprint or an exchange (claimdiff/assignment.py, lone_ok; docs/compare.md, "Figures left
over"); a chance tie word does not outweigh the same figure (claimdiff/anchors.py)."""

from __future__ import annotations

import numpy as np
import pytest

from claimdiff import Verdict, compare, reconcile
from claimdiff.anchors import exchanged
from claimdiff.assignment import _both_written_twice
from claimdiff.misprints import transposed as _transposed


def _pairs(a: str, b: str) -> dict[tuple[str, str], Verdict]:
    return {(f.a.text, f.b.text): f.verdict for f in compare(a, b).findings}


@pytest.mark.parametrize(
    ("a", "b", "pair"),
    [
        # Within twice: one fact misreported.
        (
            "The council approved £12m for the scheme.",
            "Councillors signed off £21 million for it.",
            ("£12m", "£21 million"),
        ),
        # A misprint: digits at another scale, or in another order.
        (
            "The firm agreed a $3bn contract.",
            "The company signed a US$3 million agreement.",
            ("$3bn", "US$3 million"),
        ),
        (
            "Her base salary was $1.5m.",
            "Her fixed pay stood at $5.1 million.",
            ("$1.5m", "$5.1 million"),
        ),
        # The unit and its prefix slipped together: digits 10 to 1,000 times apart as
        # written, at most four times as measured.
        (
            "Officers seized 1.4 tonnes of cannabis at the port.",
            "Police found 1,400 pounds of cannabis in the lorry.",
            ("1.4 tonnes", "1,400 pounds"),
        ),
        (
            "The storm brought 150mm of rain to the valley.",
            "Up to 15 inches of rain fell on the valley in the storm.",
            ("150mm", "15 inches"),
        ),
        # An exchange: each text writes both figures.
        (
            "The motion was carried by 1,032 votes to 486.",
            "Members backed it, 486 in favour and 1,032 against.",
            ("1,032", "486"),
        ),
    ],
)
def test_paired_though_far_apart(a: str, b: str, pair: tuple[str, str]) -> None:
    found = _pairs(a, b)
    assert any(pair[0] in pa and pair[1] in pb for pa, pb in found), found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Turnout in the by-election was 61%.", "The Conservatives trailed on 7%."),
        ("A 15-year-old girl was hurt.", "The driver, 71, was unhurt."),
        ("Inflation stood at 2% last month.", "Unemployment reached 20% in the region."),
        ("Zero trains ran on the line.", "Some 19 services were cancelled elsewhere."),
        # A rate is no slip of a sum ten times it: a total is a rate times a length.
        (
            "The council approved a $50 million renovation of the stadium.",
            "A credit union will pay $5 million a year for naming rights.",
        ),
        # Digits in two units far apart as measured are two measures (a review's finds).
        ("The path runs for 5 metres.", "The pipeline stretches 5,000 miles."),
        ("Winds reached 16mph on the coast.", "Gusts hit 160km/h on the hills."),
        (
            "The plant emits 1.4 tonnes a day.",
            "Inspectors found 1,400 pounds of waste on the site.",
        ),
    ],
)
def test_left_apart(a: str, b: str) -> None:
    """Two figures far apart, nothing in their words tying them: two facts, no conflict."""
    assert not [f for f in compare(a, b).findings if f.verdict is Verdict.CONFLICT]


_WALKER = " The walker, 70, was airlifted."
_HIKER = " The hiker, 71, was flown to hospital."


@pytest.mark.parametrize(
    ("a", "b", "pair", "paired"),
    [
        # Close: one person's age misreported by a year or two, a key or two swapped.
        (
            "The rescuer, 45, was praised." + _WALKER,
            "A paramedic, 47, was praised." + _HIKER,
            ("45", "47"),
            True,
        ),
        (
            "Mr Cole, 34, was hurt." + _WALKER,
            "The man, 38, was treated." + _HIKER,
            ("34", "38"),
            True,
        ),
        (
            "The shopkeeper, 47, was tied up." + _WALKER,
            "Mr Ali, 74, was tied up." + _HIKER,
            ("47", "74"),
            True,
        ),
        (
            "A woman, 41, was arrested." + _WALKER,
            "Police held a suspect, 61." + _HIKER,
            ("41", "61"),
            True,
        ),
        # An age within a span is no distance from it.
        (
            "A teenager was arrested." + _WALKER,
            "Jake Morris, 19, was held." + _HIKER,
            ("teenager", "19"),
            True,
        ),
        # Further apart, left over: two people.
        (
            "The rescuer, 45, was praised." + _WALKER,
            "A paramedic, 56, was praised." + _HIKER,
            ("45", "56"),
            False,
        ),
        (
            "His wife, 44, was unhurt." + _WALKER,
            "A customer, 30, was unhurt." + _HIKER,
            ("44", "30"),
            False,
        ),
        (
            "The owner, 72, was tied up. His son, 40, called police.",
            "The assistant, 22, hid. A neighbour, 58, heard it.",
            ("40", "58"),
            False,
        ),
        # One age each: the story's one person, misreported.
        ("Lee Hale, 29, was arrested.", "The driver, 36, was arrested.", ("29", "36"), True),
    ],
)
def test_ages_left_over_pair_only_when_close(
    a: str, b: str, pair: tuple[str, str], paired: bool
) -> None:
    """Two ages with nothing tying them, where a report gives more than one, pair alone
    only within a fifth of their spans, one digit mistyped (within twice) or two swapped
    (LONE_AGE_RATIO)."""
    found = _pairs(a, b)
    assert any(pair[0] in pa and pair[1] in pb for pa, pb in found) is paired, found


def test_reconcile_of_two_pairs_as_compare_does() -> None:
    """Two reports are paired as compare() pairs them; an outlier needs three or more."""
    a, b = "Storm damage came to £3m.", "The bill for the storm reached £8m."
    two = reconcile({"a": a, "b": b})
    assert not [f for f in two.facts if f.verdict is Verdict.CONFLICT]
    three = reconcile({"a": a, "b": b, "c": "The storm caused £3m of damage."})
    assert [f.outliers for f in three.facts if f.verdict is Verdict.CONFLICT] == [("b",)]


@pytest.mark.parametrize(
    ("va", "vb", "expected"),
    [
        ([1.5e6], [5.1e6], [[True]]),
        ([25_000.0], [52_000.0], [[True]]),
        ([150.0], [510.0], [[True]]),
        ([16.0], [16.0], [[False]]),  # the same figure is no transposition
        ([7.0], [70.0], [[False]]),  # one digit: nothing to reorder
        ([float("nan")], [12.0], [[False]]),
    ],
)
def test_transposed(va: list[float], vb: list[float], expected: list[list[bool]]) -> None:
    assert _transposed(np.array(va), np.array(vb)).tolist() == expected


@pytest.mark.parametrize(
    ("va", "vb", "expected"),
    [
        ([1032.0, 486.0], [486.0, 1032.0], [[True, True], [True, True]]),
        ([-3.0, -12.0], [-12.0, -3.0], [[True, True], [True, True]]),
        ([3.0, 12.0], [12.0, 5.0], [[False, False], [True, False]]),
    ],
)
def test_both_written_twice(va: list[float], vb: list[float], expected: list[list[bool]]) -> None:
    assert _both_written_twice(np.array(va), np.array(vb)).tolist() == expected


def test_exchanged_on_a_large_block() -> None:
    """The rule reads a block at once: 2,000 × 2,000 pairs of one figure, each figure tied
    to the other text's next one, answer as the small case does (an exchange holds)."""
    n = 2_000
    tied = np.zeros((n, n), dtype=bool)
    tied[np.arange(n), (np.arange(n) + 1) % n] = True
    crossed = ~tied & (tied.sum(axis=1) == 1)[:, None] & (tied.sum(axis=0) == 1)[None, :]
    same = np.ones((n, n), dtype=bool)
    assert exchanged(tied, crossed, same).sum() == crossed.sum()


def test_a_chance_tie_does_not_outweigh_the_same_figure() -> None:
    a = (
        "Inflation in the eurozone eased to 2.4% in November, from 2.9% the month before."
        " Energy prices fell 11.5% year on year."
    )
    b = (
        "Consumer price growth across the euro area slowed to 2.4 per cent last month."
        " Core inflation, which strips out food and fuel, stood at 3.6 per cent."
    )
    assert _pairs(a, b).get(("2.4%", "2.4 per cent")) is Verdict.AGREE
