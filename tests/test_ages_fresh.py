"""Ages as news states them, on sentences written by someone who had not read the code.

tests/data/extract_ages_fresh.json: 40 sentences giving ages ("The boy is 15", "At 85,
Joan Whitley became …", "The actor died at 88", "a man in his 40s", "Darren Holt (29)")
and 20 where a number stands in an age's frame but is none ("The score was 24", "At 85,
the index …", "3 under par").  The writer gave each figure's kind and bounds, and for an
age the word naming whose it is.  Each expected reading is one test, and whose age it is
another; those claimdiff reads otherwise stay ``xfail(strict=True)`` with the reason.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from readings import expected_readings, holds_bounds

import claimdiff
from claimdiff.model import Claim, Quantity
from claimdiff.units import convert

ITEMS: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "data" / "extract_ages_fresh.json").read_text("utf-8")
)
_SLACK = 0.12  # "early seventies": the writer's 70 to 73 against claimdiff's 70 to 74

XFAIL: dict[str, str] = {
    "late-teens:in his late teens": "'teens' is no decade of life ('in his late teens')",
    "62-years-of-age:62 years of age": "'years of age' is read as a length of time",
    "jones-now-58-was-19:was 19": "'was 19' after an apposed age ('Jones, now 58,') is no age",
}
# Whose age it is, where the age is read.
_PRONOUN = "an age said of a pronoun ('At 17, she') names no one"
WHOSE_XFAIL: dict[str, str] = {
    "at-17-signed:At 17": _PRONOUN,
    "16-years-old:16 years old": _PRONOUN,
    "mid-30s-suspect:in his mid-30s": "the word before ('white') is taken for the person",
    "105th-birthday:105th birthday": "a birthday's age names no one",
    "at-the-age-of-11:at the age of 11": "'began playing chess at the age of 11': 'chess'",
}


def _overlapping(text: str, surface: str) -> list[Claim]:
    k = text.index(surface)
    lo, hi = k, k + len(surface)
    return [c for c in claimdiff.extract(text) if c.span[0] < hi and lo < c.span[1]]


def _reads(c: Claim, want: dict[str, Any]) -> bool:
    q: Quantity | None = c.quantity
    if c.kind.value != want["kind"] or q is None:
        return False
    if want.get("unit") and q.unit and want["kind"] in ("measure", "duration", "age"):
        q = convert(q, want["unit"])
        if q is None:
            return False
    return holds_bounds(*q.interval, want["low"], want["high"], _SLACK)


@pytest.mark.parametrize(("text", "want"), expected_readings(ITEMS, XFAIL))
def test_reading(text: str, want: dict[str, Any]) -> None:
    """The words are read as the writer reads them: the kind and its bounds, or no figure."""
    over = _overlapping(text, want["surface"])
    got = [(c.text, c.kind.value, c.quantity) for c in over]
    if want["kind"] == "none":
        # The writer named "none" whatever is no age, count, length or measure (a score,
        # a share, a rank): what matters here is that no age is read.
        assert [c for c in over if c.kind.value == "age"] == [], got
        return
    assert any(_reads(c, want) for c in over), got


# Ages read as the writer reads them (not in XFAIL) whose person the writer names.
WHOSE = [
    {
        **item,
        "expect": [
            w
            for w in item["expect"]
            if w.get("person") and f"{item['id']}:{w['surface']}" not in XFAIL
        ],
    }
    for item in ITEMS
]


@pytest.mark.parametrize(("text", "want"), expected_readings(WHOSE, WHOSE_XFAIL))
def test_whose_age(text: str, want: dict[str, Any]) -> None:
    """An age read as the writer reads it names whose it is, as the writer does."""
    over = [c for c in _overlapping(text, want["surface"]) if _reads(c, want)]
    assert [c.noun for c in over][:1] == [want["person"]], [(c.text, c.noun) for c in over]


# A review's sentences (docs/claims.md, "Ages"): numbers in an age's frame that are none,
# and ages of the same forms.
NOT_AGES = [
    "The driver was 7 in the standings.",
    "The batsman was 45 at lunch.",
    "Turnout in Leeds was 60.",
    "The death toll in Gaza was 40 by Sunday.",
    "His score in March was 24.",
    "In the poll, Labour was 40 and the Conservatives 35.",
    "The boxer was 3 and 0 in title fights.",
    "Smith was 29.",
    "At 40, Manchester United were top.",
    "At 40, Manchester United became the first club to do it.",
    "At 61, Baker Street was the busiest station in London.",
    "At 12, Smith became the first speaker.",
    "At 10, Downing Street issued a statement.",
    "At 1, they led by two goals.",
    "At 3, Mr Smith arrived at the station.",
    "The soldier died at 4 in the morning.",
    "The patient died at 8.",
    "The man died at 10 Downing Street.",
    "The score was only 24.",
    "The driver was only 7 in the standings.",
    "The club led the table and was 45 when the season ended.",
    "Turnout was 60 and was 45 when polls closed.",
]
AGES = [
    ("The boy is 15 and attends a school in Salford.", "boy"),
    ("Mrs Cole was 79 when she died.", "cole"),
    ("Her late husband, Tom, was 79 when his boat sank.", "tom"),
    ("John Smith was 79.", "smith"),
    ("At 17, she signed for Arsenal.", None),
    ("At 88, Mr Haddad is the oldest candidate.", "haddad"),
    ("At 39, Lena Ortiz became the oldest woman to win the race.", "ortiz"),
    ("At 71, Pat Byrne is still the club's longest-serving volunteer.", "byrne"),
    ("At 36, Zoë Ćirić became the first woman to referee the final.", "ćirić"),
    ("At 35, Virgil van Dijk became the oldest captain in the league.", "dijk"),
    ("The poet died at 88 on Sunday.", "poet"),
    ("The actor, who died at 88, starred in many films.", "actor"),
    ("The woman, who is in her early seventies, was treated.", "woman"),
    ("The singer died in his 80s.", None),
    ("The boy was only 15 when he left school.", "boy"),
    ("Her son is now 7.", "son"),
    ("The youngest, aged just three, was asleep.", "youngest"),
    # A second verb of an earlier subject, a pronoun after "when".
    ("She had nursed there for 11 years and was 47 when she was dismissed.", None),
    ("He trained as a pilot and was only 19 when he flew solo.", None),
]


@pytest.mark.parametrize("text", NOT_AGES)
def test_no_age(text: str) -> None:
    assert [c.text for c in claimdiff.extract(text) if c.kind.value == "age"] == []


@pytest.mark.parametrize(("text", "person"), AGES)
def test_age_and_whose(text: str, person: str | None) -> None:
    ages = [c for c in claimdiff.extract(text) if c.kind.value == "age"]
    assert [c.noun for c in ages] == [person], ages
