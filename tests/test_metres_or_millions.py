"""A figure ending in "m" before a noun: one thing's length ("a 30m fall") or a count of
millions ("the 3m households"), on sets written by subagents that never read the code
(tests/data/extract_m_fresh.json, tests/data/extract_m_modifier_fresh.json, and a
reviewer's tests/data/extract_m_review_fresh.json; the rule in docs/claims.md, "a
lower-case m", and claimdiff/extract/metre_or_million.py)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from claimdiff import compare, extract

_DATA = Path(__file__).resolve().parent / "data"
_METRE = {"m": "meter", "tonne": "metric_ton"}

_MODIFIER = "a noun that modifies the next one ('its 5m subscriber base') reads on as a length"
_CUE_ELSEWHERE = "a word of what is counted in millions in another clause ('Council workers')"
_JUMP = "'jump' is a word of length (the high jump), and 'a 1m jump in the number of' is not"
_HEIGHT = "'cleared 2.31m' has no noun or word of length, and a figure to two decimals is a count"
_NO_NOUN = "'5m from where' has no noun after it, and a whole figure near 'children' is a count"
XFAIL: dict[str, str] = {
    "mil-10": _MODIFIER,
    "mtr-04": _CUE_ELSEWHERE,
    "mil-09": _JUMP,
    "mtr-30": _NO_NOUN,
    "high-jump-2.31m:2.31m": _HEIGHT,
    "appeal-1.2m-aud:$1.2m": "'$' is the US dollar unless the text names another dollar's country",
}


def _readings() -> list[Any]:
    """(text, surface, kind, unit or None, value) from both files, one shape."""
    out = []
    for case in json.loads((_DATA / "extract_m_fresh.json").read_text("utf-8")):
        for e in case["expect"]:
            unit = _METRE.get(e.get("unit", ""), e.get("currency"))
            key = f"{case['id']}:{e['surface']}"
            out.append((key, case["text"], e["surface"], e["kind"], unit, float(e["low"])))
    for case in json.loads((_DATA / "extract_m_modifier_fresh.json").read_text("utf-8")):
        metres = case["reading"] == "metres"
        value = float(case["value"]) * (1 if metres else 1e6)
        kind, unit = ("measure", "meter") if metres else ("count", None)
        out.append((case["id"], case["text"], case["surface"], kind, unit, value))
    return [
        pytest.param(*r[1:], id=r[0], marks=[pytest.mark.xfail(strict=True, reason=XFAIL[r[0]])])
        if r[0] in XFAIL
        else pytest.param(*r[1:], id=r[0])
        for r in out
    ]


@pytest.mark.parametrize(("text", "surface", "kind", "unit", "value"), _readings())
def test_reading(text: str, surface: str, kind: str, unit: str | None, value: float) -> None:
    at = text.index(surface)
    claims = [c for c in extract(text) if c.span[0] <= at < c.span[1]]
    assert claims, f"{surface!r} not read"
    c = claims[0]
    assert c.kind.value == kind, f"{surface!r} read as {c.kind.value}"
    assert c.quantity is not None
    assert c.quantity.unit == unit
    q = c.quantity
    # A range ("4-5m long") is checked at its low end.
    assert (q.value if q.value is not None else q.low) == pytest.approx(value)


def test_known_misses_are_cases() -> None:
    ids = {p.id for p in _readings()}
    assert set(XFAIL) <= ids


_REVIEW = json.loads((_DATA / "extract_m_review_fresh.json").read_text("utf-8"))
_NO_WORDNET = "a head WordNet does not know says nothing"
_CUE_ANOTHER_CLAUSE = "a word of millions in another clause ('fans', 'Residents', 'Passengers')"
_NO_DETERMINER = "no determiner before the figure (a numeral, a headline)"
REVIEW_XFAIL: dict[str, str] = {
    "rv-10": "'shortfall' is no word of change, so its 'in' is not read",
    "rv-13": _NO_WORDNET + " ('viewership')",
    "rv-14": "'margin' may be a shape, so it may be measured",
    "rv-27": "'waiting list': a list is no count in WordNet's classes",
    "rv-28": "'flood' near the figure is a word of length",
    "rv-31": "'meters' near the figure is a word of length",
    "rv-36": "no noun after the figure, and no word of millions near",
    "rv-38": "'3m-strong': the hyphen hides the noun",
    "rv-42": "no noun after the figure; the currency is read only before a noun phrase",
    "rv-49": "'kg' is a symbol, not a unit spelled out",
    "rv-50": "'cubic metre' is singular",
    "rv-69": _NO_DETERMINER,
    "rv-73": _NO_DETERMINER,
    "rv-74": _CUE_ANOTHER_CLAUSE,
    "rv-75": _CUE_ANOTHER_CLAUSE,
    "rv-76": _CUE_ANOTHER_CLAUSE,
    "rv-77": _CUE_ANOTHER_CLAUSE,
    "rv-91": "'vote' is an act, not a count, in WordNet's classes",
    "rv-95": "'1m-signature': the hyphen hides the noun",
}


def _review_cases() -> list[Any]:
    return [
        pytest.param(
            c, id=c["id"], marks=[pytest.mark.xfail(strict=True, reason=REVIEW_XFAIL[c["id"]])]
        )
        if c["id"] in REVIEW_XFAIL
        else pytest.param(c, id=c["id"])
        for c in _REVIEW
        if c["reading"] in ("metres", "millions")
    ]


@pytest.mark.parametrize("case", _review_cases())
def test_review_reading(case: dict[str, Any]) -> None:
    """Metres or millions only: a bare "5m bonus" after "£30m" is read as 5 million, with
    no currency of its own."""
    text, surface = case["text"], case["surface"]
    found = re.search(r"(?<![\d.,])" + re.escape(surface), text)  # not "2m" of "€12m"
    assert found is not None
    at = found.start()
    claims = [c for c in extract(text) if c.span[0] <= at < c.span[1]]
    assert claims, f"{surface!r} not read"
    q = claims[0].quantity
    assert q is not None
    value = q.value if q.value is not None else q.low
    if case["reading"] == "metres":
        assert q.unit == "meter"
        assert value == pytest.approx(case["value"])
    else:
        assert value == pytest.approx(case["value"] * 1e6)


def test_review_misses_are_cases() -> None:
    assert set(REVIEW_XFAIL) <= {c["id"] for c in _REVIEW}


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        # "metres" spelt out near a bare "m": the writer's metres.
        ("She threw 67.24m to win, beating Kim Reeve's 65.10 metres.", "67.24m", "measure"),
        # ... unless a word of millions is nearer.
        ("The tower, 300 metres tall, drew visitor numbers of 12.5m.", "12.5m", "count"),
        ("She managed 65.10m.", "65.10m", "count"),
        # A verb of measuring right before: a length ("a crocodile measuring 4.2m").
        ("Rangers trapped a crocodile measuring 4.2m near Cairns.", "4.2m", "measure"),
        ("The shark measured 5.1m from nose to tail.", "5.1m", "measure"),
        # Not a verb a few words back: "measured" names no length of "4.2m viewers".
        ("The audience was measured at 4.2m viewers.", "4.2m viewers", "count"),
        # Nor with a plural noun after, or a word of millions near.
        ("Under the new measures 2m households will get a payment.", "2m households", "count"),
        ("The TV audience measured 8.4m, the broadcaster said.", "8.4m", "count"),
        # The verb is said of a thing one measures, not of a turnout or a deficit.
        ("Turnout measured 2.3m.", "2.3m", "count"),
        ("The deficit measured 4.5m last year.", "4.5m", "count"),
        ("Scientists examined a fin whale that measured 20.4m.", "20.4m", "measure"),
        # A hedge between the verb and the figure.
        ("A crocodile measuring about 4.2m was caught.", "about 4.2m", "measure"),
    ],
)
def test_metres_spelt_near(text: str, surface: str, kind: str) -> None:
    """A bare "m" near "metres" spelt out is a metre, near a word of millions a million."""
    (c,) = [c for c in extract(text) if c.text == surface]
    assert c.kind.value == kind


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # A bare "m" in the reading the other report bears out.
        ("She threw 67.42m in Oslo.", "She threw 67.24 metres in Oslo.", "conflict"),
        ("He jumped 8.21m.", "He jumped 8.21 metres.", "agree"),
        # Millions where the other text counts millions, and no pair far from a length.
        ("Viewers numbered 2.1m.", "Some 2.1 million watched.", "agree"),
    ],
)
def test_metres_across_reports(a: str, b: str, verdict: str) -> None:
    """ "67.42m" against "67.24 metres" is a throw; against "2.1 million" a count."""
    assert [f.verdict.value for f in compare(a, b).findings] == [verdict]


def test_no_length_pairs_a_sum() -> None:
    """A million reading far (over 5%) from the other text's length stays a million."""
    assert not compare("The club was sold for 2.1m.", "Its 2.5-metre gates.").findings
