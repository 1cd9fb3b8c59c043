"""Parameters for tests of expected readings written blind: one per expected figure of
each item, ``"<item id>:<surface>"`` as its id, strict xfails from a table of reasons."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import pytest

import claimdiff
from claimdiff import Claim


def expected_readings(
    items: Iterable[dict[str, Any]],
    xfail: Mapping[str, str],
    extra: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
    field: str = "expect",
) -> list[Any]:
    """``(text, want)`` parameters of every item's expected readings (its ``field``);
    ``extra`` adds fields of the item to each ``want``."""
    out = []
    for item in items:
        for want in item[field]:
            key = f"{item['id']}:{want['surface']}"
            marks = [pytest.mark.xfail(reason=xfail[key], strict=True)] if key in xfail else []
            full = {**want, **extra(item)} if extra is not None else want
            out.append(pytest.param(item["text"], full, id=key, marks=marks))
    return out


def holds_bounds(
    lo: float | None, hi: float | None, low: float | None, high: float | None, slack: float
) -> bool:
    """Whether a reading's interval ``lo``-``hi`` is the writer's ``low``-``high``: a single
    figure the interval holds, or each bound within ``slack`` (relative; None is any)."""
    if low is not None and low == high and lo is not None and hi is not None:
        if lo - 1e-6 <= low <= hi + 1e-6:
            return True

    def near(got: float | None, want: float | None) -> bool:
        if want is None:
            return True
        return got is not None and math.isclose(got, want, rel_tol=slack, abs_tol=0.02)

    return near(lo, low) and near(hi, high)


def controls(items: Iterable[dict[str, Any]], field: str, xfail: Mapping[str, str]) -> list[Any]:
    """``text`` parameters of the items that expect nothing in ``field`` (controls), by id."""
    return [
        pytest.param(
            item["text"],
            id=item["id"],
            marks=[pytest.mark.xfail(strict=True, reason=xfail[item["id"]])]
            if item["id"] in xfail
            else [],
        )
        for item in items
        if not item[field]
    ]


def claims_at(text: str, surface: str, kind: str) -> list[Claim]:
    """The claims of ``kind`` that ``extract`` reads overlapping ``surface`` in ``text``."""
    at = text.index(surface)
    end = at + len(surface)
    return [
        c
        for c in claimdiff.extract(text)
        if c.kind.value == kind and c.span[0] < end and at < c.span[1]
    ]


def unknown_misses(
    items: Iterable[dict[str, Any]],
    field: str,
    xfail: Mapping[str, str],
    control_xfail: Mapping[str, str],
) -> set[str]:
    """The keys of the xfail tables that name no reading and no control of ``items``."""
    items = list(items)
    keys = {f"{item['id']}:{e['surface']}" for item in items for e in item[field]}
    control_ids = {item["id"] for item in items if not item[field]}
    return (set(xfail) - keys) | (set(control_xfail) - control_ids)


def case_params(cases: Iterable[dict[str, Any]], xfail: Mapping[str, str]) -> list[Any]:
    """One parameter per case, its id the case's, a strict xfail where ``xfail`` names it."""
    return [
        pytest.param(c, id=c["id"], marks=[pytest.mark.xfail(reason=xfail[c["id"]], strict=True)])
        if c["id"] in xfail
        else pytest.param(c, id=c["id"])
        for c in cases
    ]


def numbers_in(text: str) -> list[Claim]:
    """The claims of ``text`` with a quantity, but days and months named without a digit
    (claims, but no numbers a writer lists) and places read from ordinals (:func:`figures`)."""
    return [
        c
        for c in figures(claimdiff.extract(text))
        if c.quantity is not None
        and not (c.quantity.unit in ("date", "weekday") and not any(ch.isdigit() for ch in c.text))
    ]


def figures(claims: list[Claim]) -> list[Claim]:
    """``claims`` but places and ranks read from ordinals ("the fourth outbreak", "finished
    third": docs/claims.md, "Ordinals"): the sets of numbers here were written, before
    ordinals were read, by writers asked for the figures a text states, who list an
    ordinal as none; a place is compared with places (tests/test_ordinals.py,
    pairs_ordinals_fresh.json), not read as a figure."""
    return [c for c in claims if not c.ordinal]


def span_in(text: str, surface: str) -> tuple[int, int]:
    """Where ``surface`` first stands in ``text``."""
    at = text.index(surface)
    return at, at + len(surface)


def overlaps(claim: Claim, span: tuple[int, int]) -> bool:
    """Whether ``claim``'s span overlaps ``span``."""
    return claim.span[0] < span[1] and span[0] < claim.span[1]


def reads_value(
    claim: Claim, value: float, span: tuple[int, int], rel_tol: float, surface: str = ""
) -> bool:
    """Whether ``claim`` overlaps ``span`` and states ``value`` to ``rel_tol``: its value or
    a bound (a range or a score by one of its ends), a share as its fraction too, pounds in
    pence where the writer's ``surface`` is in pence ("187p"); a date by any value."""
    q = claim.quantity
    assert q is not None
    if not overlaps(claim, span):
        return False
    if q.unit == "date":
        return True
    values = [v for v in (q.value, q.low, q.high) if v is not None]
    if q.unit == "%":
        values += [v / 100 for v in values]
    if q.unit == "GBP" and surface.rstrip().endswith("p"):
        values += [v * 100 for v in values]
    return any(math.isclose(v, value, rel_tol=rel_tol, abs_tol=1e-9) for v in values)
