"""A text's dateline is when it was written, no figure of its story (claimdiff.extract)."""

from __future__ import annotations

import pytest

from claimdiff import compare, extract
from claimdiff.extract import dateline


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("LONDON, March 3, 2024 — The firm reported record profits of £2m.", 2024),
        ("NEW YORK (Reuters), 3 March 2024 - The firm reported profits of $5m.", 2024),
        ("March 3, 2024 — The firm reported record profits of £2m.", 2024),
        ("date 2023-03-20 The court met for 3 hours.", 2023),
        # A day of the week written before the dateline's date is the dateline's too.
        ("LONDON, Thursday, March 14, 2024 — The firm reported profits of £2m.", 2024),
        ("PARIS, Friday 3 May 2024 - The firm reported profits of €5m.", 2024),
    ],
)
def test_a_dateline_is_no_claim(text: str, year: int) -> None:
    assert dateline(text) == year
    assert all(c.kind.value != "date" for c in extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "On March 3, 2024, the firm reported profits of £2m.",
        "March 3, 2024 was the day the strike began - and it lasted weeks.",
        "London, March 3, 2024 — the firm reported profits.",  # no wire's capitals
        "The firm said on March 3, 2024 - a Sunday - that profits rose.",
    ],
)
def test_an_event_s_date_is_kept(text: str) -> None:
    dates = [c.text for c in extract(text) if c.kind.value == "date" and not c.weekday]
    assert dates == ["March 3, 2024"]


def test_a_dateline_meets_no_year_of_the_other_text() -> None:
    a = "LONDON, March 3, 2024 — The retailer reported record profits."
    b = "The retailer's profits were a record in 2023, it said."
    assert not compare(a, b).findings
