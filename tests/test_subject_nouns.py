"""What a figure is a figure of, when that is the subject before its verb: the head of the
subject's phrase, past the phrases of place, firm and thing it ends with ("Britain's
exports to Norway rose to £4.6bn": exports; "Unemployment in Spain fell to 11.7%":
unemployment; "the number of nurses in Wales": nurses), on sentences written by someone
who had not read the code (tests/data/extract_subject_nouns_fresh.json).  Readings still
wrong stay ``xfail(strict=True)`` with the reason (docs/claims.md, "What is counted")."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimdiff
from claimdiff.extract import subjects

ITEMS: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "data" / "extract_subject_nouns_fresh.json").read_text("utf-8")
)
_NOT_READ = "the figure is read as another kind (a rate or a measure)"
_ACROSS = "a subject is never read across the figure before it ('two-bedroom')"
XFAIL: dict[str, str] = {
    "china-oil-demand": _NOT_READ,
    "brazil-soybean-exports": _NOT_READ,
    "manchester-rents": _ACROSS,
    "profits-doubled": "'more than doubled': a change of no verb the tables hold",
    "us-deficit-narrowed": "'narrowed' is no linking or change verb of the tables",
    "startup-raise-infinitive": "the raiser's adjective ('new') is read",
    "forth-bridge-gerund": "'the cost of building the bridge': cost",
    "carmaker-shares-relative": "a relative clause between subject and verb hides it",
    "vaccine-sales-relative": "a relative clause between subject and verb hides it",
    "rough-sleepers-number": "'last autumn' after the figure is read as its noun",
    "renewables-share-electricity": "'generated from renewables': a participle's phrase",
    "sterling-fall-change": "'against the dollar': the currency word is passed over",
}


@pytest.mark.parametrize(
    "item",
    [
        pytest.param(
            item,
            id=item["id"],
            marks=[pytest.mark.xfail(reason=XFAIL[item["id"]], strict=True)]
            if item["id"] in XFAIL
            else [],
        )
        for item in ITEMS
    ],
)
def test_subject_noun(item: dict[str, Any]) -> None:
    text, surface = item["text"], item["surface"]
    k = text.index(surface)
    over = [
        c
        for c in claimdiff.extract(text)
        if c.span[0] < k + len(surface)
        and k < c.span[1]
        and c.kind.value in ("money", "percent", "count")
    ]
    want = {item["noun"], *item.get("also", [])}
    assert over, "no figure read"
    assert over[0].noun in want, (over[0].text, over[0].noun, want)


@given(st.text(alphabet=[chr(c) for c in range(128)], max_size=60))
def test_ascii_words_are_the_subject_words_in_ascii(window: str) -> None:
    # subject_before and money_noun read an ASCII window with runs of ASCII letters.
    ascii_spans = [m.span() for m in subjects._ASCII_WORD.finditer(window)]
    assert ascii_spans == [m.span() for m in subjects._SUBJECT_WORD.finditer(window)]
    assert subjects._ASCII_WORD.findall(window) == subjects._LETTERS.findall(window)
