"""Counts named by compounds and by words for the figure (docs/compare.md, "Evidence against").

- A compound counting acts on a thing counts the thing the other text says the act
  befell: "64 bridge inspections" meets "Sixty-four bridges were inspected", not "runs 14
  schools" for "14 school trips", nor a compound WordNet lists as a noun of its own ("bus
  stops"), nor one whose head is no act ("school buses").
- Two counts whose nouns share the word before their differing heads are two sorts of
  one thing and stay apart.
- A word before "of" that names what sort of figure a count is ("a capacity of 600", "a
  herd of 300") gives it no noun; a word for persons, or for a difference ("a majority of
  25", "a margin of 12"), keeps it.

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


@pytest.mark.parametrize(
    ("noun", "verb"),
    [("cancellations", "cancel"), ("births", "born"), ("closures", "close"), ("robberies", "rob")],
)
def test_act_verbs(noun: str, verb: str) -> None:
    assert verb in nouns.act_verbs(noun)
    assert nouns.act_verbs("schools") == frozenset()


def _finding(a: str, b: str, words: tuple[str, str]):  # type: ignore[no-untyped-def]
    found = [f for f in compare(a, b).findings if (f.a.text, f.b.text) == words]
    return found[0] if found else None


ONE_COUNT = [
    (
        "Engineers carried out 64 bridge inspections across the county this year.",
        "Sixty-four bridges in the county were inspected by engineers this year.",
        ("64 bridge inspections", "Sixty-four bridges"),
        Verdict.AGREE,
    ),
    (
        "Fog at the airport caused 12 flight diversions on Sunday night.",
        "Fourteen flights were diverted to other airports because of fog on Sunday.",
        ("12 flight diversions", "Fourteen flights"),
        Verdict.CONFLICT,
    ),
    (
        "The lender announced 45 branch closures in rural Wales.",
        "The bank is to close 45 branches across rural Wales.",
        ("45 branch closures", "45 branches"),
        Verdict.AGREE,
    ),
    (  # a difference's word keeps its noun; a herd says what sort of figure it is
        "A herd of 300 was moved off the flooded marshes on Tuesday.",
        "Farmers moved 300 cattle off the flooded marshes on Tuesday.",
        ("300", "300 cattle"),
        Verdict.AGREE,
    ),
    (  # a word the two nouns share, where the heads may name one thing
        "The storm damaged 200 council homes in the town.",
        "The storm damaged 250 council flats in the town.",
        ("200 council homes", "250 council flats"),
        Verdict.CONFLICT,
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
    (
        "The motion passed by a margin of 12.",
        "12 councillors abstained.",
        ("12", "12 councillors"),
    ),
    (  # the other text names no act on the things: many trips to a school
        "Teachers at the academy organised 14 school trips last year.",
        "The trust now runs 14 schools across north Lancashire.",
        ("14 school trips", "14 schools"),
    ),
    (
        "There have been 9 shark attacks off the state's beaches this year.",
        "Drumlines have caught 9 sharks off the state's beaches this year.",
        ("9 shark attacks", "9 sharks"),
    ),
]


@pytest.mark.parametrize(("a", "b", "words"), TWO_THINGS)
def test_two_things_stay_apart(a: str, b: str, words: tuple[str, str]) -> None:
    assert _finding(a, b, words) is None, compare(a, b).findings
