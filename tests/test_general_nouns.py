"""Counts named by a general noun or by a kind's name, and levels beside their change.

- A general noun ("sites", "services", "seats": ``GENERAL_COUNT_NOUNS``) counts what the
  story says: it is not kept from another text's noun, unless its own sentence counts
  that noun apart ("500 properties, among them 20 homes").
- One noun a kind of the other in WordNet ("sheep", "animals") is not kept apart either.
- A noun WordNet lists in the plural ("maths", "arms") describes the plural after it.
- A level reached in opposite directions is judged on its figure where the two
  sentences' sizes of the change are compared (docs/compare.md).

The blind sets behind these rules are tests/data/pairs_general_nouns_fresh.json,
pairs_general_words_fresh.json and pairs_levels_sizes_fresh.json (tests/test_compare_fresh.py).
"""

from __future__ import annotations

import pytest

from claimdiff import Verdict, compare, extract, nouns

GENERAL = [
    (
        "Publicans said 18 pubs in Galway shut their doors on Friday.",
        "Eighteen venues across Galway closed for the weekend.",
        ("18 pubs", "Eighteen venues"),
        Verdict.AGREE,
    ),
    (
        "Classes were cancelled at 4 schools after a water main burst.",
        "The district closed seven sites to students after the burst.",
        ("4 schools", "seven sites"),
        Verdict.CONFLICT,
    ),
    (
        "The bank will close 88 branches across the country.",
        "The lender is to shut eighty-eight outlets.",
        ("88 branches", "eighty-eight outlets"),
        Verdict.AGREE,
    ),
    (
        "Fog led to the cancellation of 17 trains on Monday.",
        "Nineteen services were cancelled because of fog on Monday.",
        ("17 trains", "Nineteen services"),
        Verdict.CONFLICT,
    ),
    (
        "The Greens won 14 seats on the council.",
        "Fourteen Green councillors were elected.",
        ("14 seats", "Fourteen Green councillors"),
        Verdict.AGREE,
    ),
    (
        "The outbreak killed 450 sheep on the farm.",
        "Around 300 animals died on the farm in the outbreak.",
        ("450 sheep", "Around 300 animals"),
        Verdict.CONFLICT,
    ),
    (
        "The storm damaged 500 homes and 20 shops.",
        "The storm damaged 500 properties, among them 20 homes.",
        ("500 homes", "500 properties"),
        None,
    ),
]


@pytest.mark.parametrize(("a", "b", "pair", "verdict"), GENERAL)
def test_general_and_kind_nouns(
    a: str, b: str, pair: tuple[str, str], verdict: Verdict | None
) -> None:
    report = compare(a, b)
    found = [f for f in report.findings if (f.a.text, f.b.text) == pair]
    if verdict is None:
        assert found == [], report.findings
    else:
        assert [f.verdict for f in found] == [verdict], report.findings


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("sheep", "animals", True),
        ("cattle", "animals", True),
        ("ewes", "animals", True),
        ("animals", "sheep", False),
        ("countries", "investigators", False),
        ("trains", "services", False),
    ],
)
def test_kind_of(a: str, b: str, expected: bool) -> None:
    assert nouns.kind_of(a, b) is expected


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The school hired 12 maths teachers.", "teachers"),
        ("Police held 40 arms dealers.", "dealers"),
        ("The firm employs 30 sales assistants.", "assistants"),
        ("They met 20 arts students.", "students"),
        ("The children transferred 5 pupils.", "pupils"),
        ("He gave 40 pupils books.", "pupils"),
        ("Some 8 cases vs 120 cases.", "cases"),
    ],
)
def test_a_plural_listed_as_such_describes_the_next(text: str, noun: str) -> None:
    assert extract(text)[0].noun == noun


LEVELS = [
    # Sizes compared: the level is judged on its figure, the sizes carry the direction.
    (
        "Unemployment rose to 7.2% in the quarter, up 0.4 percentage points.",
        "The jobless rate dipped to 7.2 per cent in the quarter, a fall of 0.3 points.",
        {"7.2%": Verdict.AGREE, "0.4 percentage points": Verdict.CONFLICT},
    ),
    (
        "Revenue grew 3% to $4.6 billion in the quarter.",
        "Sales edged down 3% to $4.6bn in the quarter.",
        {"$4.6 billion": Verdict.AGREE, "3%": Verdict.CONFLICT},
    ),
    # No size on one side or both: the level is where the texts disagree.
    (
        "Inflation rose to 3.1% in May.",
        "Inflation fell to 3.1 per cent in May.",
        {"3.1%": Verdict.CONFLICT},
    ),
    (
        "Brightwater's annual revenue reached £2.7bn, an increase of 4%.",
        "Revenue at Brightwater fell to £2.7 billion for the year.",
        {"£2.7bn": Verdict.CONFLICT},
    ),
]


@pytest.mark.parametrize(("a", "b", "verdicts"), LEVELS)
def test_levels_beside_sizes(a: str, b: str, verdicts: dict[str, Verdict]) -> None:
    got = {f.a.text: f.verdict for f in compare(a, b).findings}
    assert {k: got.get(k) for k in verdicts} == verdicts, got
