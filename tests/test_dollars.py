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
        # Cents with no dollar named name none, however written: B's "$" may still be A$
        # ("34 cents a share" had named the US dollar).
        (
            _GRANT.format("A$4.2 million") + " Entry costs 50 cents.",
            _GRANT_B.format("$4.2m") + " Entry is 50c.",
            "agree",
            "AUD",
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


@pytest.mark.parametrize(
    ("a", "b", "want"),
    [
        # No rate joins the New Taiwan dollar: the reading as written stands.
        (
            "The deal is worth NT$80m and the fee $5m.",
            "The deal is worth NT$80m and the fee US$5m.",
            [("$5m", "US$5m", "agree")],
        ),
        # "$US" and "US $" name the US dollar.
        (
            "BHP earned $US13.4 billion in the year.",
            "BHP earned A$13.4 billion in the year.",
            [("$US13.4 billion", "A$13.4 billion", "conflict")],
        ),
        # A conversion in brackets shows its text's "$" is the US dollar.
        (
            "A$3 million ($2 million) was spent on the bridge.",
            "The bridge cost $3 million.",
            [("$2 million", "$3 million", "conflict")],
        ),
        # Both texts read their own signs: as written both are US dollars, and agree.
        (
            "C$40m for roads and $2m for bridges.",
            "A$40m for roads and $2m for bridges.",
            [("$2m", "$2m", "agree")],
        ),
    ],
)
def test_bare_dollar_edges(a: str, b: str, want: list[tuple[str, str, str]]) -> None:
    report = claimdiff.compare(a, b)
    got = {(f.a.text, f.b.text): f.verdict.value for f in report.findings}
    for ta, tb, verdict in want:
        assert got.get((ta, tb)) == verdict, report


def test_reason_names_no_reading_where_both_read_alike() -> None:
    """Two texts that read their own "$" alike: no reading to tell apart."""
    text = "The NZ$40m road and a $2.5m bridge."
    report = claimdiff.compare(text, text)
    assert all("read as" not in f.reason for f in report.findings), report


@pytest.mark.parametrize(
    ("b", "verdict", "reason"),
    [
        # the word with no country's name before it is a bare sign written out
        ("four point two million dollars", "agree", "(“dollars” read as AUD;"),
        ("4.2 million dollars", "agree", "(“dollars” read as AUD;"),
        # a country's name before it is the dollar it names: US dollars, as written
        ("4.2 million US dollars", "conflict", None),
    ],
)
def test_bare_dollar_word(b: str, verdict: str, reason: str | None) -> None:
    report = claimdiff.compare(_GRANT.format("A$4.2 million"), _GRANT_B.format(b))
    found = [f for f in report.findings if "A$" in f.a.text]
    assert [f.verdict.value for f in found] == [verdict], report
    if reason is None:
        assert "read as" not in found[0].reason
    else:
        assert reason in found[0].reason, found[0].reason


@pytest.mark.parametrize(
    "cents",
    ["34 cents a share", "about 34 cents a share", "a 34-cent dividend", "34¢ a share",
     "thirty-four cents a share", "34c a share"],
)  # fmt: skip
def test_cents_name_no_dollar(cents: str) -> None:
    """Cents with no dollar named, however written, leave a text naming one dollar: the
    other report's "$" may be that dollar (a fresh reader's probes)."""
    a = f"Brightwell posted a net profit of A$214 million and a dividend of {cents}."
    report = claimdiff.compare(a, "Brightwell said net profit was $214m.")
    verdicts = {(f.a.text, f.b.text): f.verdict.value for f in report.findings}
    assert verdicts.get(("A$214 million", "$214m")) == "agree", verdicts
