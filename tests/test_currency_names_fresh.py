"""Amounts in the world's currencies as English-language news writes them, and words
that look like currencies but are none ("won 14 gold", "a 5-pound baby"), written by
someone who had not read the code (tests/data/extract_currency_names_fresh.json).  Each
expected amount is one test: read as money, in the currency the writer names, within 5%
of the writer's value (a round figure is read as an interval).  Those claimdiff still
reads otherwise stay ``xfail(strict=True)`` with the reason."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
from readings import claims_at, expected_readings

ITEMS: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "data" / "extract_currency_names_fresh.json").read_text("utf-8")
)
_AMBIGUOUS = "a head two currencies share in CLDR is read as no currency (docs/claims.md)"
_AT_HOME = "a symbol CLDR gives no currency at home, or one too short to read unglued"
XFAIL: dict[str, str] = {
    "cur19-3:50 dirhams": _AMBIGUOUS,
    "cur19-28:2,000 kwacha": _AMBIGUOUS,
    "cur19-24:3bn kroner": "'kroner' defaults to the Norwegian krone; the bank is Danish",
    "cur19-8:N45,000": _AT_HOME,
    "cur19-11:SR40": _AT_HOME,
    "cur19-13:QR500": _AT_HOME,
    "cur19-20:Rp 15,000": _AT_HOME,
}
CONTROL_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "want"), expected_readings(ITEMS, XFAIL))
def test_amount(text: str, want: dict[str, Any]) -> None:
    """The amount is money in the writer's currency, at the writer's value."""
    read = claims_at(text, want["surface"], "money")
    assert read, text
    q = read[0].quantity
    assert q is not None and q.unit == want["currency"], read
    lo, hi = q.interval
    assert lo is not None and hi is not None
    assert math.isclose(lo, want["low"], rel_tol=0.051), read
    assert math.isclose(hi, want["high"], rel_tol=0.051), read


def _controls() -> list[Any]:
    return [
        pytest.param(
            item["text"],
            word,
            id=f"{item['id']}:{word}",
            marks=[pytest.mark.xfail(strict=True, reason=CONTROL_XFAIL[f"{item['id']}:{word}"])]
            if f"{item['id']}:{word}" in CONTROL_XFAIL
            else [],
        )
        for item in ITEMS
        for word in item.get("not_money", [])
    ]


@pytest.mark.parametrize(("text", "word"), _controls())
def test_not_money(text: str, word: str) -> None:
    """Words that only look like a currency are no money."""
    assert claims_at(text, word, "money") == []


def test_data_is_well_formed() -> None:
    """Ids are unique, each surface stands once in its text, every xfail names an item."""
    assert len({i["id"] for i in ITEMS}) == len(ITEMS)
    keys = {f"{i['id']}:{w['surface']}" for i in ITEMS for w in i["expect"]}
    controls = {f"{i['id']}:{w}" for i in ITEMS for w in i.get("not_money", [])}
    assert set(XFAIL) <= keys and set(CONTROL_XFAIL) <= controls
    for item in ITEMS:
        for surface in [w["surface"] for w in item["expect"]] + item.get("not_money", []):
            assert item["text"].count(surface) == 1, (item["id"], surface)
