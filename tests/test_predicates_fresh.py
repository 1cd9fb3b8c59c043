"""What befell each count (a claim's predicate), on sentences written blind (issue 10).

``tests/data/predicates_fresh.json`` holds 40 news sentences with two or three counts
each and, for every count, what the sentence says befell it ("deaths", "injuries",
"arrests", "missing", "rescues", "evacuations", or null), written by someone who had not
read the code.  Each count is one test; those still read wrong are strict xfails.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimdiff import extract

CASES = json.loads((Path(__file__).parent / "data" / "predicates_fresh.json").read_text("utf-8"))
ITEMS = [(c["id"], c["text"], f["surface"], f["label"]) for c in CASES for f in c["figures"]]

_VOCABULARY = "no predicate word of the lexicon says it"
XFAIL = {
    "rubble:11 survivors": "'pulled 11 survivors from' splits the phrase 'pulled from'",
    "hotel:three staff": _VOCABULARY + " ('treated for smoke inhalation')",
    "stadium:500 fans": "'collapsed' (damage) is read as what befell the fans",
    "storm-town:scores": "'scores' alone is not read as a count",
    "typhoon:16 lives": _VOCABULARY + " ('claimed 16 lives')",
    "migrants:34 others": "'pulled 34 others from' splits the phrase 'pulled from'",
}


@pytest.mark.parametrize(
    ("case", "text", "surface", "label"),
    [
        pytest.param(*item, marks=pytest.mark.xfail(reason=XFAIL[key], strict=True))
        if (key := f"{item[0]}:{item[2]}") in XFAIL
        else item
        for item in ITEMS
    ],
    ids=[f"{i}:{s}" for i, _, s, _ in ITEMS],
)
def test_predicate_of_count(case: str, text: str, surface: str, label: str | None) -> None:
    start = text.index(surface)
    claims = [c for c in extract(text) if c.span[0] < start + len(surface) and start < c.span[1]]
    assert claims, f"{surface!r} is not read in {case}"
    assert claims[0].predicate == label


# A predicate word capitalised inside a name names no class (docs/claims.md).
@pytest.mark.parametrize(
    ("text", "surface", "label"),
    [
        ("Cheshire Fire and Rescue Service sent nine engines to the blaze.", "nine engines", None),
        ("The Missing Persons Bureau said 14 officers joined the search.", "14 officers", None),
        ("The Injury Council met as 30 workers protested outside.", "30 workers", None),
        ("Rescued were 12 people from the flooded street.", "12 people", "rescues"),
        ("Crews rescued 12 people from the flooded street.", "12 people", "rescues"),
    ],
)
def test_predicate_word_in_a_name(text: str, surface: str, label: str | None) -> None:
    claims = [c for c in extract(text) if c.text == surface]
    assert [c.predicate for c in claims] == [label]
