"""The seed pair: the two ICC articles, compared against a golden report."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from claimdiff import Document, Kind, Verdict, compare

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
GOLDEN = FIXTURES / "seed_report.json"


@pytest.fixture(scope="module")
def report():
    a = (FIXTURES / "telegraph_icc.txt").read_text(encoding="utf-8")
    b = (FIXTURES / "reuters_icc.txt").read_text(encoding="utf-8")
    return compare(Document(a, "telegraph_icc.txt"), Document(b, "reuters_icc.txt"))


def _pair(report, a_text, b_text):
    return [f for f in report.findings if f.a.text == a_text and f.b.text == b_text]


def test_children_conflict(report):
    """ "more than 16,000 children" (Kyiv) conflicts with "hundreds of children" (the ICC)."""
    (f,) = _pair(report, "more than 16,000 children", "hundreds of children")
    assert f.verdict is Verdict.CONFLICT
    assert (f.a.source, f.b.source) == ("Kyiv", "the ICC")
    assert f.label == "sources differ"
    assert "do not overlap" in f.reason and "Kyiv" in f.reason and "the ICC" in f.reason


def test_funding_conflict(report):
    """ "nearly £400,000" conflicts with "1 million pounds"."""
    (f,) = _pair(report, "nearly £400,000", "1 million pounds")
    assert f.verdict is Verdict.CONFLICT


def test_thousands_agree(report):
    """ "thousands of Ukrainian children" agrees with itself across the texts."""
    (f,) = _pair(report, "thousands of Ukrainian children", "thousands of Ukrainian children")
    assert f.verdict is Verdict.AGREE


def test_countries_never_pair_with_investigators(report):
    """ "over 40 countries" and "40 of its investigators" are different things."""
    for f in report.findings:
        texts = {f.a.text, f.b.text}
        assert not {"over 40 countries", "40 of its investigators"} <= texts
    assert {"over 40 countries", "40 of its investigators"} <= {c.text for c in report.only_a}


@pytest.mark.parametrize(
    ("side", "text"),
    [
        ("only_a", "169 million euros"),
        ("only_a", "a 175 million euro budget"),
        ("only_a", "more than 900 staff"),
        ("only_b", "more than 72,000 incidents"),
    ],
)
def test_one_sided_claims_stay_unpaired(report, side, text):
    """Figures only one text gives are listed as such and take part in no conflict."""
    assert text in {c.text for c in getattr(report, side)}
    assert all(text not in (f.a.text, f.b.text) for f in report.conflicts)


def test_dollars_consistent_with_pounds_at_stated_rate(report):
    """B's "$1.22 million" is its "1 million pounds" at B's own "$1 = 0.8214 pounds"."""
    (f,) = [f for f in report.internal if f.b.text == "$1.22 million"]
    assert f.a.text == "1 million pounds"
    assert f.verdict is Verdict.AGREE
    assert "$1 = 0.8214 pounds" in f.reason


def test_no_other_conflicts(report):
    """The two conflicts above are the only ones."""
    pairs = {(f.a.text, f.b.text) for f in report.conflicts}
    assert pairs == {
        ("more than 16,000 children", "hundreds of children"),
        ("nearly £400,000", "1 million pounds"),
    }
    assert all(f.a.kind is not Kind.QUOTE for f in report.conflicts)


def test_golden_report(report):
    """The whole report matches the reviewed golden file (CLAIMDIFF_UPDATE_GOLDEN=1 rewrites it)."""
    got = report.to_dict()
    if os.environ.get("CLAIMDIFF_UPDATE_GOLDEN"):
        GOLDEN.write_text(json.dumps(got, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert got == json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_schema_page_shows_this_summary(report):
    """docs/report-schema.md's example summary is this pair's, as the code gives it now."""
    page = (FIXTURES.parent / "docs" / "report-schema.md").read_text(encoding="utf-8")
    shown = page[page.index('"summary": {') + len('"summary": ') :]
    shown = json.loads(" ".join(shown[: shown.index("}") + 1].split()))
    assert shown == report.to_dict()["summary"]


def test_report_round_trips_json(report):
    """to_json() is the JSON text of to_dict(), with the schema's name and version."""
    d = json.loads(report.to_json())
    assert d == report.to_dict()
    assert (d["schema"], d["version"]) == ("claimdiff.report", 1)
