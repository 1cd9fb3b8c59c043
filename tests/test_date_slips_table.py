"""date_slips' table of days whose digits slip, held to the rule day by day."""

from __future__ import annotations

from claimdiff.date_slips import _DIGIT_SLIPS


def _digit_slip(u: int, v: int) -> bool:
    """The rule: one day's digits swapped, or a day of one digit and the same with a
    nought after it or a one before it; a day 0 (none) slips with nothing."""
    if u == v or not u or not v:
        return False
    lo, hi = min(u, v), max(u, v)
    return sorted(str(u)) == sorted(str(v)) or (lo < 10 and hi in (10 * lo, 10 + lo))


def test_every_pair_of_days_follows_the_rule() -> None:
    assert _DIGIT_SLIPS.shape == (32, 32)
    assert _DIGIT_SLIPS.dtype == bool
    for u in range(32):
        for v in range(32):
            assert bool(_DIGIT_SLIPS[u, v]) is _digit_slip(u, v), (u, v)


def test_the_kinds_of_slip() -> None:
    assert _DIGIT_SLIPS[21, 12] and _DIGIT_SLIPS[3, 30] and _DIGIT_SLIPS[7, 17]
    assert not _DIGIT_SLIPS[2, 25] and not _DIGIT_SLIPS[16, 26] and not _DIGIT_SLIPS[0, 10]
