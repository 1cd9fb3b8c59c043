"""Parameters for tests of expected readings written blind: one per expected figure of
each item, ``"<item id>:<surface>"`` as its id, strict xfails from a table of reasons."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

import pytest


def expected_readings(
    items: Iterable[dict[str, Any]],
    xfail: Mapping[str, str],
    extra: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
) -> list[Any]:
    """``(text, want)`` parameters of every item's expected readings; ``extra`` adds fields
    of the item to each ``want``."""
    out = []
    for item in items:
        for want in item["expect"]:
            key = f"{item['id']}:{want['surface']}"
            marks = [pytest.mark.xfail(reason=xfail[key], strict=True)] if key in xfail else []
            full = {**want, **extra(item)} if extra is not None else want
            out.append(pytest.param(item["text"], full, id=key, marks=marks))
    return out
