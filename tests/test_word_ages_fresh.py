"""Numbers in words between commas after a name or a noun ("Dr Amara Osei, sixty-eight,",
"Spain, nine, lead Italy"), written by someone who had not read the code
(tests/data/extract_word_ages_fresh.json): each is a person's age or not, as the writer
says (docs/claims.md, "Ages").  Those still read otherwise stay ``xfail(strict=True)``
with the reason."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from readings import case_params

import claimdiff

ITEMS: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "data" / "extract_word_ages_fresh.json").read_text("utf-8")
)
_BARE = "after a bare name a number in words is as often a tally: no age is read"
_TITLED_TALLY = "a titled name's number in words is read as an age, though here a tally"
XFAIL: dict[str, str] = {
    "wa-10": _BARE,
    "wa-16": _BARE,
    "wa-19": _BARE,
    "wa-11": "'chart is Marcus Webb, eleven,': a person's tally read as an age",
    "wa-21": "'with Anderson, four,': a bowler's wickets read as an age",
    "wa-26": _TITLED_TALLY,
    "wa-30": _TITLED_TALLY,
    "wa-40": _TITLED_TALLY,
}


@pytest.mark.parametrize("item", case_params(ITEMS, XFAIL))
def test_age_or_not_as_the_writer_says(item: dict[str, Any]) -> None:
    """The number in words is read as an age exactly where the writer says it is one."""
    text, surface = item["text"], item["surface"]
    start = text.index(surface)
    end = start + len(surface)
    ages = [
        c
        for c in claimdiff.extract(text)
        if c.kind.value == "age" and c.span[0] < end and start < c.span[1]
    ]
    assert bool(ages) == item["age"], claimdiff.extract(text)


def test_data_is_well_formed() -> None:
    """Ids are unique, each surface stands once in its text, every xfail names an item."""
    assert len({i["id"] for i in ITEMS}) == len(ITEMS)
    assert set(XFAIL) <= {i["id"] for i in ITEMS}
    for item in ITEMS:
        assert item["text"].count(item["surface"]) == 1, item["id"]
