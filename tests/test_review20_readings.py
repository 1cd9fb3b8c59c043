""" "Pounds" as money or weight, and months named alone, in a reviewer's adversarial
sentences (tests/data/extract_review20.json), written from the docs' statement of the
rules before the code was read: each sentence's one figure is read as money in GBP, as a
weight in pounds, as a date, or as no date at all (docs/claims.md, "Pounds of weight",
"Months alone").  Those still read otherwise stay ``xfail(strict=True)`` with the
reason."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from readings import case_params

import claimdiff
from claimdiff import Claim

ITEMS: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "data" / "extract_review20.json").read_text("utf-8")
)
_TO = "'to' is no MONTH_CUES word: 'spoke to June' is a person"
XFAIL: dict[str, str] = {
    "rp04": "no noun after 'pounds' and no word of weight near ('came in at')",
    "rp10": "WordNet files 'gold' first as coins: 'gold bullion' reads as money",
    "rp11": "'jewellery' is a thing made, weighed wherever it stands (a known limit)",
    "rm10": _TO,
    "rm11": _TO,
    "rm14": "a possessive after a month makes it a name ('in May's speech')",
    "rm21": "'and' is no MONTH_CUES word: 'Johnson and May' is a person",
}


def _at(item: dict[str, Any]) -> list[Claim]:
    text, surface = item["text"], item["surface"]
    start = text.index(surface)
    end = start + len(surface)
    return [c for c in claimdiff.extract(text) if c.span[0] < end and start < c.span[1]]


@pytest.mark.parametrize("item", case_params(ITEMS, XFAIL))
def test_read_as_the_reviewer_meant(item: dict[str, Any]) -> None:
    """Money in GBP, a weight in pounds, a date, or no date, as the reviewer marked it."""
    read = _at(item)
    kinds = [(c.kind.value, c.quantity.unit if c.quantity else None) for c in read]
    want = item["kind"]
    if want == "money":
        assert ("money", "GBP") in kinds, kinds
    elif want == "weight":
        assert ("measure", "pound") in kinds, kinds
    elif want == "date":
        assert any(k == "date" for k, _ in kinds), kinds
    else:
        assert not any(k == "date" for k, _ in kinds), kinds


def test_data_is_well_formed() -> None:
    """Ids are unique, each surface stands in its text, every xfail names an item."""
    assert len({i["id"] for i in ITEMS}) == len(ITEMS)
    assert set(XFAIL) <= {i["id"] for i in ITEMS}
    for item in ITEMS:
        assert item["surface"] in item["text"], item["id"]
        assert item["kind"] in {"money", "weight", "date", "none"}, item["id"]
