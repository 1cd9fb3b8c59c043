"""Extraction rules on sentences written by someone who had not read the code
(tests/data/extract_rules_fresh.json: age limits of a group of people, the noun a bare
count is said to be, what befell the people a count names by their role;
extract_rules2_fresh.json: ages said with a copula, nouns hyphened to a figure)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import claimdiff
from claimdiff import nouns
from claimdiff.model import Claim

_HERE = Path(__file__).parent / "data"
# Two files of one format, written for two rounds of rules: tests/data/README.md.
_DATA: dict[str, list[dict[str, Any]]] = {
    **json.loads((_HERE / "extract_rules_fresh.json").read_text("utf-8")),
    **json.loads((_HERE / "extract_rules2_fresh.json").read_text("utf-8")),
}
# Predicate classes that say what befell people (docs/claims.md).
_BEFELL = frozenset(
    {"deaths", "injuries", "arrests", "evacuations", "missing", "rescues", "job cuts"}
)
# (text's start, surface) claimdiff reads otherwise, and why; strict, so a fix shows up.
XFAIL = {
    ("Infants younger", "younger than 6"): "'6 months' is read as a duration",
    ("The bank is cutting", "900 staff"): "'cutting' alone is no job-cuts word",
    ("Two firefighters died", "11 residents"): "'treated for smoke inhalation' is no injury word",
    ("The driver, who is believed", "19"): "'who is believed to be' is no age copula",
    ("England named a 20-strong", "20-strong"): "'-strong' names no counted noun",
}


def _params(group: str) -> list[Any]:
    out = []
    for row in _DATA[group]:
        key = next(
            (k for k in XFAIL if row["text"].startswith(k[0]) and row["surface"] == k[1]), None
        )
        marks = [pytest.mark.xfail(reason=XFAIL[key], strict=True)] if key else []
        out.append(pytest.param(row, id=f"{row['text'][:40]}:{row['surface']}", marks=marks))
    return out


def _claim_at(text: str, surface: str) -> Claim | None:
    """The first claim overlapping ``surface`` (which stands once in ``text``)."""
    k = text.index(surface)
    return next(
        (c for c in claimdiff.extract(text) if c.span[0] < k + len(surface) and k < c.span[1]), None
    )


@pytest.mark.parametrize("row", _params("age_limit"))
def test_age_limit(row: dict[str, Any]) -> None:
    """An age limit of people is an age bounded on the side the words say; a control is no age."""
    claim = _claim_at(row["text"], row["surface"])
    is_age = claim is not None and claim.kind.value == "age"
    assert is_age is row["is_age"], claim
    if is_age:
        assert claim is not None and claim.quantity is not None
        low, high = claim.quantity.interval
        if row["bound"] == "below":
            assert high is not None and not low, claim.quantity
        else:
            assert high is None and low, claim.quantity


@pytest.mark.parametrize("row", _params("said_to_be"))
def test_said_to_be(row: dict[str, Any]) -> None:
    """A bare count said to be a plural noun counts it; a count said to be injured does not."""
    claim = _claim_at(row["text"], row["surface"])
    assert claim is not None
    if row["noun"]:
        assert claim.noun is not None and nouns.lemma(claim.noun) == nouns.lemma(row["noun"])
    else:
        after = row["text"][row["text"].index(row["surface"]) + len(row["surface"]) :].split()
        said = after[1].strip(".,;") if len(after) > 1 else ""
        assert claim.noun is None or nouns.lemma(claim.noun) != nouns.lemma(said)


@pytest.mark.parametrize("row", _params("toll"))
def test_toll(row: dict[str, Any]) -> None:
    """A count of people by role takes what befell them; with nothing befalling them, no toll."""
    claim = _claim_at(row["text"], row["surface"])
    assert claim is not None
    if row["befell"]:
        assert claim.predicate == row["befell"]
    else:
        assert claim.predicate not in _BEFELL


@pytest.mark.parametrize("row", _params("age"))
def test_age_said_of_a_person(row: dict[str, Any]) -> None:
    """ "the woman, who is 34", "Mrs Patel, now 91,": an age; "the score was 3": none."""
    claim = _claim_at(row["text"], row["surface"])
    assert (claim is not None and claim.kind.value == "age") is row["is_age"], claim


@pytest.mark.parametrize("row", _params("hyphen_count"))
def test_hyphen_count(row: dict[str, Any]) -> None:
    """ "a 60-member council" counts members; "a 10-minute walk" counts no "minute"."""
    claim = _claim_at(row["text"], row["surface"])
    if row["noun"]:
        assert claim is not None and claim.kind.value == "count", claim
        assert claim.noun is not None and nouns.lemma(claim.noun) == nouns.lemma(row["noun"])
    else:
        # The word hyphened to the figure, or for "5-0 win" the word after it: neither
        # is what a control counts.
        rest = row["text"][row["text"].index(row["surface"]) :].split()
        words = {rest[0].split("-")[-1].strip(".,").lower()} | {
            w.strip(".,").lower() for w in rest[1:2]
        }
        assert claim is None or claim.kind.value != "count" or claim.noun not in words, claim
