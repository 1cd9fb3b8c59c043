"""Measuring how work grows with input size by counting operations, not by a clock.

A wall-clock test of linearity fails on a loaded machine (issue 15, defect 8):
a pause during one of two timed runs looks like super-linear growth.  Here the
work done is counted instead — every line of Python run and every call into C
(each regex search, each ``str`` method) — which is the same on every machine
and every run, so a bound on the ratio of two counts is exact.

What this cannot see is work inside one C call (a regex that backtracks); the
scan's regexes are kept linear by construction and timed over sizes in
``bench/adversarial.py``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType
from typing import Any


def operations(fn: Callable[[], object]) -> int:
    """The number of Python lines and C calls run by ``fn()``."""
    count = 0

    def on_line(frame: FrameType, event: str, arg: Any) -> Callable[..., Any]:
        nonlocal count
        if event == "line":
            count += 1
        return on_line

    def on_call(frame: FrameType, event: str, arg: Any) -> None:
        nonlocal count
        if event == "c_call":
            count += 1

    old_trace, old_profile = sys.gettrace(), sys.getprofile()
    sys.settrace(on_line)
    sys.setprofile(on_call)
    try:
        fn()
    finally:
        sys.setprofile(old_profile)
        sys.settrace(old_trace)
    return count


def growth(work: Callable[[int], object], small: int, factor: int = 8) -> float:
    """How many times more operations ``work(factor * small)`` costs than ``work(small)``.

    Linear work gives at most ``factor`` (less, with fixed costs); quadratic
    work about ``factor ** 2``.  ``work(1)`` runs first, untraced, so lazy
    tables and caches are built before anything is counted.
    """
    work(1)
    base = operations(lambda: work(small))
    return operations(lambda: work(factor * small)) / max(base, 1)
