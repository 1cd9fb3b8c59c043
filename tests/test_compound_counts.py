"""Counts named by compounds and by words for the figure (docs/compare.md, "Evidence against").

- A compound counting acts on a thing counts the thing: "64 bridge inspections" meets
  "Sixty-four bridges", unless WordNet lists the compound as a noun of its own ("bus
  stops") or its head is no act ("school buses").
- Two counts whose nouns share the word before their differing heads are two sorts of
  one thing and stay apart.
- A word before "of" that names what sort of figure a count is ("a capacity of 600")
  gives it no noun; a word giving its class ("a majority of 25") or a group keeps it.

The examples here are written apart from the blind set behind these rules
(tests/data/pairs_count_names_fresh.json, read by tests/test_compare_fresh.py).
"""

from __future__ import annotations

import pytest

from claimdiff import Verdict, compare, nouns


@pytest.mark.parametrize(
    ("noun", "modifier", "expected"),
    [
        ("births", "elephant", True),
        ("inspections", "bridge", True),
        ("diversions", "flight", True),
        ("closures", "branch", True),
        ("stops", "bus", False),  # WordNet lists "bus stop": a place
        ("races", "car", False),  # "car race"
        ("investigations", "police", False),  # "police investigation"
        ("buses", "school", False),  # a bus is a thing, not an act
        ("lines", "power", False),
    ],
)
def test_counts_acts_on(noun: str, modifier: str, expected: bool) -> None:
    assert nouns.counts_acts_on(noun, modifier) is expected


def _finding(a: str, b: str, words: tuple[str, str]):  # type: ignore[no-untyped-def]
    found = [f for f in compare(a, b).findings if (f.a.text, f.b.text) == words]
    return found[0] if found else None


ONE_COUNT = [
    (
        "Engineers carried out 64 bridge inspections across the county this year.",
        "Sixty-four bridges in the county were checked by engineers this year.",
        ("64 bridge inspections", "Sixty-four bridges"),
        Verdict.AGREE,
    ),
    (
        "Fog at the airport caused 12 flight diversions on Sunday night.",
        "Fourteen flights were sent to other airports because of fog on Sunday.",
        ("12 flight diversions", "Fourteen flights"),
        Verdict.CONFLICT,
    ),
    (
        "The lender announced 45 branch closures in rural Wales.",
        "The bank is to shut 45 branches across rural Wales.",
        ("45 branch closures", "45 branches"),
        Verdict.AGREE,
    ),
    (
        "The ferry, which has a capacity of 600, was turned back by the storm.",
        "The storm forced back the ferry, which can carry 600 passengers.",
        ("600", "600 passengers"),
        Verdict.AGREE,
    ),
    (
        "The marathon had a field of 9,500 this year, organisers said.",
        "A total of 9,900 runners started the marathon this year, organisers said.",
        ("9,500", "9,900 runners"),
        Verdict.CONFLICT,
    ),
]


@pytest.mark.parametrize(("a", "b", "words", "verdict"), ONE_COUNT)
def test_one_count_named_two_ways(a: str, b: str, words: tuple[str, str], verdict: Verdict) -> None:
    finding = _finding(a, b, words)
    assert finding is not None, compare(a, b).findings
    assert finding.verdict is verdict


TWO_THINGS = [
    (
        "The city has installed 8 bus stops on the new route.",
        "The city has bought 8 buses for the new route.",
        ("8 bus stops", "8 buses"),
    ),
    (
        "The museum will open 30 gallery rooms after the refit.",
        "The museum will hire 30 gallery attendants after the refit.",
        ("30 gallery rooms", "30 gallery attendants"),
    ),
    (
        "The festival added 22 music venues to its programme this year.",
        "The festival added 22 music workshops to its programme this year.",
        ("22 music venues", "22 music workshops"),
    ),
    (
        "The bill passed by a majority of 25, despite a rebellion.",
        "The bill passed on Tuesday despite a rebellion by 14 backbenchers.",
        ("25", "14 backbenchers"),
    ),
]


@pytest.mark.parametrize(("a", "b", "words"), TWO_THINGS)
def test_two_things_stay_apart(a: str, b: str, words: tuple[str, str]) -> None:
    assert _finding(a, b, words) is None, compare(a, b).findings
