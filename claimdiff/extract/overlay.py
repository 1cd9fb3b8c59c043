"""Drafts read by a pass of their own laid over the scan's ("27-24" a score, "in her
eighties" an age): which scan drafts they cover, found by bisection so that a text of
many figures costs n log n, never n × m."""

from __future__ import annotations

import bisect
from collections.abc import Callable

from claimdiff.extract.precision import Draft

__all__ = ["overlay"]


def overlay(
    drafts: list[Draft], found: list[Draft], keep: Callable[[Draft], bool] | None = None
) -> list[Draft]:
    """``drafts`` with ``found`` (sorted, none overlapping another) in place of the drafts
    they overlap; with ``keep``, a found draft stands only where every draft it overlaps
    passes ``keep`` (else the scan's reading stands: "2-3 km" is no score)."""
    if not found:
        return drafts
    starts = [f.start for f in found]
    covering: list[int | None] = []
    vetoed = set()
    for d in drafts:
        k = bisect.bisect_left(starts, d.end) - 1
        hit = k if k >= 0 and found[k].end > d.start else None
        covering.append(hit)
        if hit is not None and keep is not None and not keep(d):
            vetoed.add(hit)
    if vetoed:
        # A vetoed span gives its drafts back; the others are laid over as before.
        kept_found = [f for k, f in enumerate(found) if k not in vetoed]
        return overlay(drafts, kept_found)
    kept = [d for d, hit in zip(drafts, covering, strict=True) if hit is None]
    return sorted(kept + found, key=lambda d: (d.start, d.end))
