"""Ages after "at" in a person's clause (claimdiff/extract/event_ages.py)."""

from __future__ import annotations

import pytest

from claimdiff import Kind, extract


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("Olympic swimmer Jess Tran announced her retirement at 27 on Monday.", [27]),
        ("Keane learned he had Parkinson's at 46, and has since raised money.", [46]),
        ("Helen Ward, who took up the violin at 50, played her first concert.", [50]),
        ("Cole published her debut novel at 62 after a long career.", [62]),
        ("The former postal worker, who took up running at 70, finished.", [70]),
        # A level's verb, a person's word right before "at", no person, a clock's hour,
        # a unit or a word after the number that no age is followed by: no age.
        ("Woods finished the day at 68.", []),
        ("He was clocked at 70 in a 30 zone.", []),
        ("She was ranked at 45 in the world.", []),
        ("Police spoke to the neighbour at 42, who heard shouting.", []),
        ("Rovers equalised through their captain at 78.", []),
        ("Apple shares traded at 45 on Monday.", []),
        ("He arrived at 11 on Monday.", []),
        ("He arrived at 14 Downing Street.", []),
        ("She was substituted at 60 minutes.", []),
    ],
)
def test_event_ages(text: str, ages: list[int]) -> None:
    got = [c.quantity.low for c in extract(text) if c.kind is Kind.AGE and c.quantity]
    assert got == ages
