"""What a pass works out from lexicon tables, worked out once per table, not per text.

A :class:`~claimdiff.lexicon.Lexicon` holds unhashable tables (dicts) and is itself
unhashable, so ``functools.cache`` cannot key on either.  :func:`per_table` keys on the
tables' identities instead, and holds the tables so that no other object takes an id
while the result is kept.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

__all__ = ["per_table"]

T = TypeVar("T")


def per_table(fn: Callable[..., T]) -> Callable[..., T]:
    """``fn`` of one or more tables, its result kept for those very tables.

    >>> calls = []
    >>> @per_table
    ... def size(table): calls.append(1); return len(table)
    >>> t = {"a": 1}
    >>> size(t), size(t), len(calls), size({"a": 1, "b": 2}), len(calls)
    (1, 1, 1, 2, 2)
    """
    held: dict[tuple[int, ...], tuple[tuple[object, ...], T]] = {}

    @functools.wraps(fn)
    def wrapper(*tables: object) -> T:
        key = tuple(map(id, tables))
        found = held.get(key)
        # Tables compare as themselves first: only an id taken over by another object
        # (impossible while the tables are held) could bring a content comparison.
        if found is None or found[0] != tables:
            found = held[key] = (tables, fn(*tables))
        return found[1]

    return wrapper
