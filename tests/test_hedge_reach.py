"""How far a hedge reaches (claimdiff.extract.bounds; docs/claims.md, "Hedges"): a hedge
of both sides widens a figure to its rounding, a hedge of one side keeps its own reach,
and "under" before a depth bounds nothing."""

from __future__ import annotations

import pytest

from claimdiff import Verdict, compare, extract
from claimdiff.model import Qualifier


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        # Both sides: at least what rounds to the figure.
        ("The bridge will cost about £1m to repair.", "about £1m", 0.5e6, 1.5e6),
        # One side: the hedge's own reach, whatever the rounding.
        ("The scheme cost nearly £100m.", "nearly £100m", 85e6, 100e6),
        ("The chief took home just over $1 million.", "just over $1 million", 1e6, 1.15e6),
        ("Police seized almost a tonne of cocaine.", "almost a tonne", 0.85, 1.0),
    ],
)
def test_reach(text: str, surface: str, low: float, high: float) -> None:
    claim = next(c for c in extract(text) if c.text == surface)
    assert claim.quantity is not None
    assert claim.quantity.low == pytest.approx(low)
    assert claim.quantity.high == pytest.approx(high)


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        # "under" before a length and "of": how deep, no bound.
        ("Toronto was buried under 46 centimetres of snow.", "46 centimetres", Qualifier.EXACT),
        ("Homes lay under a foot of water on Monday.", "a foot", Qualifier.EXACT),
        ("Parts of the town were under two metres of water.", "two metres", Qualifier.EXACT),
        # "within" bounds a length of time, not a radius.
        ("The jet was on the ground within 20 minutes.", "within 20 minutes", Qualifier.AT_MOST),
        ("Homes within 3km of the plant were evacuated.", "3km", Qualifier.EXACT),
        # Elsewhere a bound: at a sentence's start, after another verb, before a dimension.
        ("Under 10mm of rain fell in Cardiff.", "Under 10mm", Qualifier.LESS_THAN),
        ("Some areas received under 2 inches of rain.", "under 2 inches", Qualifier.LESS_THAN),
        ("The railway has under 20 miles of track left.", "under 20 miles", Qualifier.LESS_THAN),
        ("Fish under 30 cm of length must be returned.", "under 30 cm", Qualifier.LESS_THAN),
        ("Total rainfall in March was under 20 mm of rain.", "under 20 mm", Qualifier.LESS_THAN),
        # A mark between the verb and "under" does not hide it.
        ("Three skiers were buried, under 15 feet of snow.", "15 feet", Qualifier.EXACT),
        ("Rainfall was under 46 mm in March.", "under 46 mm", Qualifier.LESS_THAN),
        ("The bridge is under 20 metres long.", "under 20 metres", Qualifier.LESS_THAN),
    ],
)
def test_depth_is_no_bound(text: str, surface: str, qualifier: Qualifier) -> None:
    claim = next(c for c in extract(text) if c.text == surface)
    assert claim.quantity is not None
    assert claim.quantity.qualifier is qualifier


@pytest.mark.parametrize(
    ("a", "b", "pair", "verdict"),
    [
        (
            "The scheme cost nearly £100m, the council said.",
            "The scheme cost £81m.",
            ("nearly £100m", "£81m"),
            "conflict",
        ),
        (
            "The top executive earned just over $1 million last year.",
            "The top executive earned $1.3 million last year.",
            ("just over $1 million", "$1.3 million"),
            "conflict",
        ),
        (
            "The bridge will cost about £1m to repair.",
            "Repairing it will cost £1.2m.",
            ("about £1m", "£1.2m"),
            "compatible",
        ),
        (
            "Toronto was buried under 46 centimetres of snow on Thursday.",
            "A record 46 cm of snow fell on Toronto on Thursday.",
            ("46 centimetres", "46 cm"),
            "agree",
        ),
    ],
)
def test_verdicts(a: str, b: str, pair: tuple[str, str], verdict: str) -> None:
    got = {(f.a.text, f.b.text): f.verdict for f in compare(a, b).findings}
    assert got.get(pair) is Verdict(verdict), got
