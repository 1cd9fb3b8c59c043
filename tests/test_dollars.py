"""A bare "$" judged as the dollar the other report (or its own text) names, and as US
dollars, the kinder verdict standing (claimdiff.dollars; docs/compare.md, "Two
currencies").  The blind pairs of tests/data/pairs_dollars_fresh.json measure the rule;
these pin its conditions."""

from __future__ import annotations

import pytest

import claimdiff

_GRANT = "The state will give {} to the Sydney library, the minister said."
_GRANT_B = "Officials said the library would receive {} for repairs."


@pytest.mark.parametrize(
    ("a", "b", "verdict", "read_as"),
    [
        # B names no dollar; A names the Australian dollar: B's "$" may be A$ ...
        (_GRANT.format("A$4.2 million"), _GRANT_B.format("$4.2m"), "agree", "AUD"),
        # ... or US dollars, at the reference rates: "A$5.2 million" is about $3.4m.
        (_GRANT.format("A$5.2 million"), _GRANT_B.format("$3.4m"), "agree", "USD"),
        # Both readings conflict: nothing to say of either.
        (_GRANT.format("A$4.2 million"), _GRANT_B.format("$6.9m"), "conflict", ""),
        # B says its "$" is the US dollar: no other reading.
        (
            _GRANT.format("A$4.2 million"),
            _GRANT_B.format("$4.2m") + " All figures are in US dollars.",
            "conflict",
            None,
        ),
        # A names two dollars: which one B's "$" would be is unknown.
        (
            _GRANT.format("A$4.2 million") + " A New Zealand trust adds NZ$1m.",
            _GRANT_B.format("$4.2m"),
            "conflict",
            None,
        ),
    ],
)
def test_bare_dollar(a: str, b: str, verdict: str, read_as: str | None) -> None:
    report = claimdiff.compare(a, b)
    found = [f for f in report.findings if f.a.text.startswith("A$") or "A$" in f.a.text]
    assert [f.verdict.value for f in found] == [verdict], report
    if read_as is None:
        assert not any("“$”" in n for n in report.notes), report.notes
        assert "read as" not in found[0].reason
        return
    assert any("“$” amounts are paired as AUD" in n for n in report.notes), report.notes
    if read_as:  # the reason says which reading gave the verdict, the two differing
        assert f"(“$” read as {read_as};" in found[0].reason, found[0].reason
    else:
        assert "read as" not in found[0].reason, found[0].reason


def test_own_text_shortens_its_dollar() -> None:
    """A text that names one dollar writes it "$" afterwards ("NZ$40m … costing $2.5m");
    an amount in brackets after one in that dollar converts it and stays US dollars."""
    a = (
        "The agency will spend NZ$40m on the bridge. A temporary crossing costing $2.5m "
        "will keep the road open."
    )
    b = "A temporary crossing will cost NZ$2.5 million while the bridge is rebuilt."
    report = claimdiff.compare(a, b)
    crossing = [f for f in report.findings if f.b.text.startswith("NZ$2.5")]
    assert [f.verdict.value for f in crossing] == ["agree"], report
    converted = claimdiff.compare(
        "The fine was A$3 million ($2 million), the court said.",
        "The court fined the company $2 million.",
    )
    assert not converted.conflicts, converted
