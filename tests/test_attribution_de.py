"""German attribution and direction, against 53 cases written blind (tests/data/README.md).

Each figure's source and direction and each quote's speaker is checked on its own; a
source matches when it is one the writer accepts, a leading article dropped ("die
Polizei" is "Polizei").  ``python tests/test_attribution_de.py`` prints the figures.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from claimdiff import Claim, extract

DATA = Path(__file__).resolve().parent / "data" / "attribution_de_fresh.json"
CASES: list[dict[str, Any]] = json.loads(DATA.read_text("utf-8"))["cases"]
ARTICLES = frozenset("der die das den dem des ein eine einer eines einem einen".split())

# Misses no rule reads without fitting one string, each with its reason.
XFAIL = {
    ("polizeiangaben-compound", "2"): "a source inside a compound noun ('Polizeiangaben') "
    "would need German compounds split; 'nach Angaben der Polizei' is read",
}


def _bare(source: str | None) -> str | None:
    """The source without a leading article."""
    if source is None:
        return None
    words = source.split()
    return " ".join(words[1:] if words and words[0].lower() in ARTICLES else words)


def _figure(claims: list[Claim], key: str) -> Claim | None:
    """The first figure whose text holds ``key`` with no digit either side."""
    pattern = re.compile(r"(?<![\d.,])" + re.escape(key) + r"(?!\d|[.,]\d)")
    return next((c for c in claims if str(c.kind) != "quote" and pattern.search(c.text)), None)


def _params(part: str) -> list[Any]:
    out = []
    for case in CASES:
        for item in case.get(part, []):
            key = item["key"]
            reason = XFAIL.get((case["id"], key))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            out.append(pytest.param(case["text"], item, id=f"{case['id']}/{key[:24]}", marks=marks))
    return out


@pytest.mark.parametrize(("text", "item"), _params("figures"))
def test_figure_source_and_direction(text: str, item: dict[str, Any]) -> None:
    """A German figure gets the source and the direction the writer gives it."""
    claim = _figure(extract(text, lang="de"), item["key"])
    assert claim is not None
    accepted = item["source"]
    got = _bare(claim.source)
    assert (got is None) if accepted is None else got in accepted
    assert (None if claim.direction is None else str(claim.direction)) == item["direction"]


@pytest.mark.parametrize(("text", "item"), _params("quotes"))
def test_quote_speaker(text: str, item: dict[str, Any]) -> None:
    """A German quotation („…“, »…«) is found and given the writer's speaker."""
    quotes = [c for c in extract(text, lang="de") if str(c.kind) == "quote"]
    found = [c for c in quotes if item["key"] in c.text]
    assert found
    assert _bare(found[0].source) in item["source"]


if __name__ == "__main__":
    right = total = 0
    for case in CASES:
        claims = extract(case["text"], lang="de")
        for item in case.get("figures", []):
            c = _figure(claims, item["key"])
            ok = c is not None and (
                (_bare(c.source) is None)
                if item["source"] is None
                else _bare(c.source) in item["source"]
            )
            right += ok
            total += 1
    print(f"figure sources right: {right} / {total}")
