""" "Pounds" after a figure as money or as weight, in sentences written by someone who
had not read the code (tests/data/extract_pounds_fresh.json): drugs, food and catches
weighed in pounds, babies, linemen and dogs of so many pounds, against fees, notes,
fines and prices per tonne.  Each sentence is one test: its one figure is read as money
in pounds sterling or as a weight in pounds, at the writer's value
(docs/claims.md, "Pounds of weight").  Those still read otherwise stay
``xfail(strict=True)`` with the reason."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
from readings import case_params

import claimdiff

ITEMS: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "data" / "extract_pounds_fresh.json").read_text("utf-8")
)
_NO_NOUN = "a weight with no weighed noun after it and no word of weight near"
XFAIL: dict[str, str] = {
    "pb25": _NO_NOUN + " ('overloaded by')",
    "pb46": _NO_NOUN + " ('came in at', of a calf named before it)",
    "pb50": _NO_NOUN + " (a suspect 'six feet tall and 180 pounds')",
    "pb59": "'lost' is no word of weight: 'it lost 2.5 million pounds' is money",
    "pb34": "WordNet's first senses of 'bass' are a pitch and a voice: no thing weighed",
}


@pytest.mark.parametrize("item", case_params(ITEMS, XFAIL))
def test_pounds_read_as_the_writer_meant(item: dict[str, Any]) -> None:
    """The figure is money in GBP, or a measure in pounds, of the writer's value."""
    text, surface = item["text"], item["surface"]
    start = text.index(surface)
    span = (start, start + len(surface))
    read = [c for c in claimdiff.extract(text) if c.span[0] < span[1] and span[0] < c.span[1]]
    assert read, text
    q = read[0].quantity
    assert q is not None and q.value is not None, read
    if item["kind"] == "money":
        assert (read[0].kind.value, q.unit) == ("money", "GBP"), read
    else:
        assert (read[0].kind.value, q.unit) == ("measure", "pound"), read
    # "7 pounds 11 ounces" is 7.6875 pounds: the writer gave the pounds alone.
    ounces = item["kind"] == "weight" and item["value"] < q.value < item["value"] + 1
    assert math.isclose(q.value, item["value"], rel_tol=1e-9) or ounces, read


def test_data_is_well_formed() -> None:
    """Ids are unique, each surface stands once in its text, every xfail names an item,
    and both readings are asked for."""
    assert len({i["id"] for i in ITEMS}) == len(ITEMS)
    assert set(XFAIL) <= {i["id"] for i in ITEMS}
    assert {i["kind"] for i in ITEMS} == {"money", "weight"}
    for item in ITEMS:
        assert item["text"].count(item["surface"]) == 1, item["id"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("He must cover forty thousand pounds of the owner's legal bills.", "money"),
        ("He must cover 40,000 pounds of the owner's legal bills.", "money"),
        ("Officers seized 40 pounds of the gang's cocaine.", "measure"),
        ("They sold 500 pounds of the farmer's potatoes.", "measure"),
        ("It wasted thousands of pounds of taxpayers' money.", "money"),
    ],
)
def test_a_possessive_is_not_what_is_weighed(text: str, kind: str) -> None:
    """ "pounds of the owner's bills" weighs no owner: the possessor is whose the thing is."""
    (claim,) = [c for c in claimdiff.extract(text) if c.quantity is not None]
    assert claim.kind.value == kind, claim


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The pumpkin tipped the scales at 2,146 pounds.", "measure"),
        ("Under the new pay scales, nurses will earn 4,000 pounds more a year.", "money"),
        ("The scales of justice tipped: he was fined 500 pounds.", "money"),
    ],
)
def test_tipped_the_scales_weighs(text: str, kind: str) -> None:
    """ "tipped the scales at" is a phrase of weighing; "pay scales" and "the scales of
    justice" are none (forty-fifth session, a review's find)."""
    (claim,) = [c for c in claimdiff.extract(text) if c.quantity is not None]
    assert claim.kind.value == kind, claim
