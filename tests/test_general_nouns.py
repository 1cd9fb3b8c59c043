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

import json
from pathlib import Path
from typing import Any

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
        "Storm Imogen left 14,000 customers without electricity across north Wales.",
        "Some 14,000 homes lost power in north Wales overnight.",
        ("14,000 customers", "Some 14,000 homes"),
        Verdict.AGREE,
    ),
    # Customers stand for people, households, homes and accounts, never for cakes, and
    # never for a firm's staff.
    (
        "The bakery said about 400 customers collected orders on Saturday.",
        "The bakery sold about 400 cakes on Saturday.",
        ("about 400 customers", "about 400 cakes"),
        None,
    ),
    (
        "The retailer said 1,200 customers had pre-orders cancelled.",
        "The retailer said 1,200 staff would lose their jobs.",
        ("1,200 customers", "1,200 staff"),
        None,
    ),
    (
        "Dogs killed 12 sheep on a farm near Hexham on Sunday night.",
        "The farmer said dogs had killed 30 animals on his land since January.",
        ("12 sheep", "30 animals"),
        None,
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
        "Brightwater's annual revenue rose to £2.7bn, an increase of 4%.",
        "Revenue at Brightwater fell to £2.7 billion for the year.",
        {"£2.7bn": Verdict.CONFLICT},
    ),
    # Sizes that agree may be another figure's change: the levels' clash stands.
    (
        "Unemployment rose to 5.1% in March, while employment grew by 0.3 points.",
        "Unemployment fell to 5.1 per cent in March, and employment rose 0.3 points.",
        {"5.1%": Verdict.CONFLICT, "0.3 points": Verdict.AGREE},
    ),
]


@pytest.mark.parametrize(("a", "b", "verdicts"), LEVELS)
def test_levels_beside_sizes(a: str, b: str, verdicts: dict[str, Verdict]) -> None:
    got = {f.a.text: f.verdict for f in compare(a, b).findings}
    assert {k: got.get(k) for k in verdicts} == verdicts, got


DATA = Path(__file__).parent / "data"
# Sentences written blind: a count followed by a word that is a plural noun or a verb's
# form ("claimed 14 lives", "A survey of 2,000 shows"), and a reviewer's at the noun
# phrase rules ("12 maths teachers", "300 sales staff").
SENTENCES: list[dict[str, Any]] = [
    e
    for name in ("extract_verb_nouns_fresh.json", "extract_review21_nouns.json")
    for e in json.loads((DATA / name).read_text("utf-8"))
]
SENTENCE_XFAIL = {
    # The figure heads its own phrase after a word not read as such ("a survey of 2,000
    # shows", "the number 10 hopes"): the verb's form is read as what is counted.
    "vn-30": "a verb's form after 'of 2,000' read as the noun",
    "vn-33": "a verb's form after 'the 300' read as the noun",
    "vn-36": "a verb's form after 'number 10' read as the noun",
    "vn-39": "a verb's form after 'the 500' read as the noun",
    "vn-40": "a verb's form after 'one in 10' read as the noun",
    # A listed plural before a noun a verb also makes ("staff", "officers", "trains",
    # "licences") ends the phrase; a reduced relative clause is read as a compound.
    "rs21-3": "'sales staff': 'staff' is a verb's form too",
    "rs21-4": "'12 arms investigators said had been smuggled': a reduced relative clause",
    "rs21-5": "'400 sales analysts had not expected': a reduced relative clause",
    "rs21-9": "'customs officers': 'officers' is a verb's form too",
    "rs21-12": "'goods trains': 'trains' is a verb's form too",
    "rs21-15": "'premises licences': 'licences' is a verb's form too",
}


@pytest.mark.parametrize(
    "entry",
    [
        pytest.param(
            e,
            id=e["id"],
            marks=pytest.mark.xfail(strict=True, reason=SENTENCE_XFAIL[e["id"]])
            if e["id"] in SENTENCE_XFAIL
            else (),
        )
        for e in SENTENCES
    ],
)
def test_what_a_figure_counts(entry: dict[str, Any]) -> None:
    text, figure = entry["text"], entry["figure"]
    start = text.index(figure)
    claims = [c for c in extract(text) if c.span[0] < start + len(figure) and start < c.span[1]]
    if entry["noun"] is None:
        if not claims:
            return  # "Route 66", "Only one": no count at all
        noun = claims[0].noun
        # A verb after the figure: whatever else it counts, not that word.
        assert noun != text[start + len(figure) :].split()[0].lower(), (text, noun)
    else:
        assert claims, text
        assert claims[0].noun == entry["noun"], (text, claims[0].noun)
