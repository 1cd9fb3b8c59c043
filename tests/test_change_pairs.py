"""Changes said without a figure, paired across two texts (claimdiff/change_pairs.py;
docs/compare.md, "Changes said in words")."""

from __future__ import annotations

import pytest

from claimdiff import check, compare
from claimdiff.model import Finding, Kind, Report


def change_findings(report: Report) -> list[Finding]:
    return [f for f in report.findings if Kind.CHANGE in (f.a.kind, f.b.kind)]


@pytest.mark.parametrize(
    ("a", "b", "verdict", "shown"),
    [
        # Said against said.
        (
            "The pound weakened on Monday.",
            "Sterling's rival, the pound, fell on Monday.",
            "agree",
            None,
        ),
        ("Homicides fell last year.", "Murders rose last year.", "conflict", None),
        ("The jobless rate held steady in May.", "The jobless rate rose in May.", "conflict", None),
        ("Britain's exports fell in March.", "UK exports dropped in March.", "agree", None),
        # Said against a figure's change, shown with its words.
        ("Exports fell in March.", "Exports rose 0.9% in March.", "conflict", "Exports rose 0.9%"),
        ("Exports were flat in July.", "Exports edged up 0.1% in July.", "compatible", None),
        ("Exports were flat in July.", "Exports rose 4% in July.", "conflict", None),
        ("Oil prices rose.", "The price of oil fell 2%.", "conflict", None),
        # A review's faults: wordings the rules name that went unread.
        ("Exports unexpectedly fell in March.", "Exports rose in March.", "conflict", None),
        (
            "Interest rates were cut on Thursday.",
            "Interest rates were left unchanged on Thursday.",
            "conflict",
            None,
        ),
        ("Consumer spending fell in May.", "Consumer spending rose in May.", "conflict", None),
        (
            "The rise in shoplifting alarmed shops.",
            "Shoplifting declined last year.",
            "conflict",
            None,
        ),
        ("Fuel duty was frozen.", "Fuel duty rose.", "conflict", None),
        ("Exports fell while imports rose 3%.", "Exports rose in the month.", "conflict", None),
        (
            "The Bank of England's base rate remained at 5.25%.",
            "The base rate rose.",
            "conflict",
            None,
        ),
        ("Société Générale shares rose.", "Société Générale shares fell.", "conflict", None),
        (
            "Prices were higher than a year earlier.",
            "Prices fell from a year earlier.",
            "conflict",
            None,
        ),
        # A hyphened word is one: "third-quarter revenue".
        (
            "Nordvik's third-quarter revenue fell 12% to $640 million.",
            "Nordvik's third-quarter revenue increased.",
            "conflict",
            None,
        ),
        # A name one text gives and the other writes otherwise, or not as a name.
        (
            "Inflation eased in the eurozone in November.",
            "Eurozone inflation accelerated in November.",
            "conflict",
            None,
        ),
    ],
)
def test_changes_pair(a: str, b: str, verdict: str, shown: str | None) -> None:
    found = change_findings(compare(a, b))
    assert [f.verdict.value for f in found] == [verdict]
    assert found[0].reason.startswith("A: ")
    assert (
        "went" in found[0].reason or "stayed" in found[0].reason or "call none" in found[0].reason
    )
    if shown is not None:
        assert found[0].b.text == shown
        assert b[found[0].b.span[0] : found[0].b.span[1]] == shown


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Exports rose in March.", "Imports fell in March."),  # two things
        ("Barley held steady.", "Wheat fell."),  # siblings in WordNet, not one thing
        ("Crime rose last year.", "Burglaries fell last year."),  # a class and one of its kinds
        ("House prices in London rose.", "House prices in Manchester fell."),  # two places
        ("Tesco's shares rose.", "Sainsbury's shares fell."),
        ("Wholesale gas prices fell.", "Wholesale electricity prices rose."),  # two sorts
        # A review's faults (thirty-first session): companies and places named otherwise.
        ("Shares in Apple rose on Monday.", "Shares in Microsoft fell on Monday."),
        ("Shares in Apple rose on Monday.", "Shares fell on Monday."),  # B never writes Apple
        # A people's word names a place ("European deliveries"); a place may open the
        # sentence before the change ("Across the UK, …").
        (
            "Deliveries in Europe increased, while deliveries in China fell.",
            "European deliveries rose, Chinese deliveries dropped.",
        ),
        (
            "Across the UK as a whole, prices were flat.",
            "Property values in the north of England fell.",
        ),
        ("Shell's shares rose on Monday.", "BP's shares fell on Monday."),
        ("Rents rose in London in March.", "Rents fell in Manchester in March."),
        ("House prices in Scotland rose.", "House prices in Wales fell."),
        # A noun of change's phrase ends before a verb; "lifted" a ban is no rise.
        (
            "A rise in energy prices pushed inflation higher.",
            "A fall in food prices helped households.",
        ),
        ("The EU lifted sanctions on Syria.", "The EU cut sanctions on Syria."),
        ("The report raised concerns over pay.", "Pay eased in March."),
        # A change said under a condition, or denied, is no change said.
        ("If inflation rises again, the Bank will act.", "Inflation fell in March."),
        ("It is unclear whether exports rose in March.", "Exports fell in March."),
        ("Neither exports nor imports fell in March.", "Exports rose in March."),
        ("Exports fell in March.", "Exports rose in April."),  # two periods
        (  # two sorts of one thing, which a text tells apart
            "Vehicle crime was up, while knife offences fell.",
            "Knife crime dropped, police said.",
        ),
    ],
)
def test_changes_kept_apart(a: str, b: str) -> None:
    report = compare(a, b)
    assert not [f for f in change_findings(report) if f.verdict.value == "conflict"]
    if "Vehicle" in a:  # the knife offences and the knife crime are one change
        assert [(f.a.text, f.b.text) for f in change_findings(report)] == [
            ("knife offences fell", "Knife crime dropped")
        ]


@pytest.mark.parametrize(
    ("a", "b", "verdicts"),
    [
        # Two levels paired, one with a change in words: the change meets the other's.
        (
            "The jobless rate held steady at 3.9% in May.",
            "The jobless rate ticked up to 3.9% in May.",
            ["conflict: jobless rate held steady / jobless rate ticked up to 3.9%"],
        ),
        # A body named by its initials in one text: "RBA", "Reserve Bank of Australia".
        (
            "The Reserve Bank of Australia left its cash rate unchanged at 4.35% on Tuesday.",
            "The RBA lifted its cash rate to 4.35 per cent on Tuesday.",
            ["conflict: left its cash rate unchanged / cash rate to 4.35 per cent"],
        ),
        # Both with the same change in words: the levels' pair says it, once.
        ("Knife offences were unchanged at 1,912.", "Knife offences held steady at 1,912.", []),
    ],
)
def test_changes_beside_paired_levels(a: str, b: str, verdicts: list[str]) -> None:
    found = change_findings(compare(a, b))
    assert [f"{f.verdict.value}: {f.a.text} / {f.b.text}" for f in found] == verdicts


def test_a_figure_paired_already_is_judged_with_its_partner() -> None:
    """Two texts giving one change a figure each pair the figures; a change said beside
    one of them is that figure's, and meets nothing more."""
    a = "Waits grew by 6% in March, a rise in long waits."
    b = "Long waits eased in March, 6% fewer than in February."
    report = compare(a, b)
    assert change_findings(report) == []
    assert [f.verdict.value for f in report.findings if f.a.text == "6%"] == ["conflict"]


def test_check_reports_a_change_the_source_contradicts() -> None:
    """check() reports an output's change that its source's contradicts, said in words or
    given a figure, and nothing of a faithful one (docs/check.md)."""
    source = "Exports fell in March, while imports rose 2%."
    assert [f.reason for f in check(source, "Exports grew in March.").conflicts] == [
        "source: Exports fell — output: Exports grew: one says exports went down, the other went up"
    ]
    assert len(check(source, "Imports fell in March.").conflicts) == 1
    assert list(check(source, "Exports declined in March but imports rose.").conflicts) == []


def test_a_figure_paired_by_its_change_is_no_longer_only_its_texts() -> None:
    """The figure whose change meets a change said in words is paired: it is not listed
    as one text's own, and the finding keeps its quantity."""
    report = compare("Exports fell in March.", "Exports rose 0.9% in March.")
    (found,) = change_findings(report)
    assert found.b.text == "Exports rose 0.9%"
    assert found.b.quantity is not None and found.b.quantity.value == 0.9
    assert [c.text for c in report.only_b] == []
    assert "went down, the other went up" in found.reason


def test_the_flat_reason_reads_for_a_plural() -> None:
    (found,) = change_findings(compare("Prices held steady in May.", "Prices rose in May."))
    assert found.reason.endswith("one says prices stayed the same, the other went up")


def test_too_many_changes_are_refused() -> None:
    """A comparison of changes past ``max_pairs`` is refused, as a block of figures is."""
    from claimdiff.inputs import TooManyPairsError

    a = " ".join(["Exports rose."] * 60)
    b = " ".join(["Exports fell."] * 60)
    with pytest.raises(TooManyPairsError):
        compare(a, b, max_pairs=1000)
