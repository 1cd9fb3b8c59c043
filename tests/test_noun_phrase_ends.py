"""Where a counted noun phrase ends, and dates that open a text, on sentences written by
someone who had not read the code.

tests/data/extract_counted_nouns_fresh.json: counts of nouns that are their own plural
("350 staff", "14 aircraft") followed by words that are no part of the phrase ("made 350
staff redundant", "grounded 14 aircraft yesterday"), compounds that are ("40 police
officers", "Year 9 pupils"), and other numbers beside them.  Each count must be read as a
count of the writer's noun (the head word as written), each other number as the writer's
kind.

tests/data/extract_opening_dates_fresh.json: a date among a text's first words is the
date of the event ("On 5 April, the council …") unless it is the text's dateline
("Published: 20 March 2023" on a line of its own), which is no claim (docs/claims.md).

Readings claimdiff still gets wrong stay ``xfail(strict=True)`` with the reason.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from readings import expected_readings

import claimdiff
from claimdiff.model import Claim

DATA = Path(__file__).parent / "data"
NOUNS: list[dict[str, Any]] = json.loads(
    (DATA / "extract_counted_nouns_fresh.json").read_text("utf-8")
)
OPENINGS: list[dict[str, Any]] = json.loads(
    (DATA / "extract_opening_dates_fresh.json").read_text("utf-8")
)

XFAIL: dict[str, str] = {}


def _over(text: str, surface: str, lang: str = "en") -> list[Claim]:
    k = text.index(surface)
    lo, hi = k, k + len(surface)
    return [c for c in claimdiff.extract(text, lang=lang) if c.span[0] < hi and lo < c.span[1]]


def _noun_params() -> list[Any]:
    return expected_readings(NOUNS, XFAIL)


@pytest.mark.parametrize(("text", "want"), _noun_params())
def test_counted_noun(text: str, want: dict[str, Any]) -> None:
    """A count is read with the writer's noun and no further words; another number as
    the writer's kind."""
    got = [(c.text, c.kind.value, c.noun) for c in _over(text, want["surface"])]
    if want["kind"] == "count":
        assert any(kind == "count" and noun == want["noun"] for _, kind, noun in got), got
    else:
        assert any(kind == want["kind"] for _, kind, _ in got), got


@pytest.mark.parametrize("item", OPENINGS, ids=[item["id"] for item in OPENINGS])
def test_opening_date(item: dict[str, Any]) -> None:
    """An event's date opening a text is read, with its day and month; a dateline is not."""
    over = _over(item["text"], item["date"], item["lang"])
    if item["group"] == "dateline":
        assert over == [], [c.text for c in over]
        return
    dates = [c for c in over if c.kind.value == "date"]
    assert dates, [(c.text, c.kind.value) for c in over]
    q = dates[0].quantity
    assert q is not None and q.low is not None
    # A date's bound is written as the number yyyymmdd (mmdd with no year).
    month, day = divmod(int(q.low) % 10_000, 100)
    assert month == item["month"]
    if item["day"] is not None:
        assert day == item["day"]
