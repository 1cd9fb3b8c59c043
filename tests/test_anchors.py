"""Words that tie a figure to one figure of the other text, and opposites that keep two
apart (claimdiff.anchors; docs/compare.md, "Evidence against" and "Evidence for")."""

from __future__ import annotations

import pytest

from claimdiff import Verdict, compare, extract
from claimdiff.nouns import opposed

C, A = Verdict.CONFLICT, Verdict.AGREE


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # Two figures swapped between the roles a word names beside each: a swap, not
        # two agreements, though the same figures stand in both texts.
        (
            "Under the deal, porters will get a 3.5% rise while cleaners will get 6.2%.",
            "Cleaners are to receive a 3.5 per cent rise and porters 6.2 per cent.",
            {("3.5%", "6.2 per cent"): C, ("6.2%", "3.5 per cent"): C},
        ),
        # Opposites beside each figure (a girl is a female child, a boy a male one).
        (
            "Girls passed 81% of the tests, compared with 74% for boys.",
            "Boys passed 81 per cent of the tests, ahead of girls on 74 per cent.",
            {("81% of the tests", "74 per cent"): C, ("74%", "81 per cent of the tests"): C},
        ),
        (
            "Some 40% of women said they felt unsafe, against 15% of men.",
            "Some 15 per cent of female respondents felt unsafe, and 40 per cent of male ones.",
            {("Some 40% of women", "Some 15 per cent of female respondents"): C},
        ),
        # Roles kept: the same figures agree.
        (
            "Under the deal, porters will get a 3.5% rise while cleaners will get 6.2%.",
            "Porters are to receive a 3.5 per cent rise and cleaners 6.2 per cent.",
            {("3.5%", "3.5 per cent"): A, ("6.2%", "6.2 per cent"): A},
        ),
        # Whose figure it is outweighs the words beside it.
        (
            "South Korea's exports rose 5.2%, while North Korea's fell 3.1%.",
            "North Korea's exports rose 5.2%, while South Korea's fell 3.1%.",
            {("5.2%", "3.1%"): C, ("3.1%", "5.2%"): C},
        ),
        # A change's two ends are two facts: the old rate meets the old rate.
        (
            "The levy rose from 12% to 15% on Monday.",
            "The levy fell from 15 per cent to 12 per cent on Monday.",
            {("12%", "15 per cent"): C, ("15%", "12 per cent"): C},
        ),
        # One fact from its two sides, each text's only figure: opposites do not part them.
        (
            "Employers will have to pay 4.5% more from April.",
            "Employees will get a 4.5% rise from April.",
            {("4.5%", "4.5%"): A},
        ),
        # "compared to" is no change's end.
        (
            "Losses were £12m, compared to £20m the year before.",
            "Losses narrowed to £12m from £20m.",
            {("£12m", "£12m"): A, ("£20m", "£20m"): A},
        ),
        # A figure's direction is no role: one figure, said to move two ways.
        ("Sales rose 5% in the quarter.", "Sales fell 5% in the quarter.", {("5%", "5%"): C}),
    ],
)
def test_roles_in_pairing(a: str, b: str, expected: dict[tuple[str, str], Verdict]) -> None:
    report = compare(a, b)
    got = {(f.a.text, f.b.text): f.verdict for f in report.findings}
    for key, verdict in expected.items():
        assert got.get(key) is verdict, got


@pytest.mark.parametrize(
    ("x", "y", "expected"),
    [
        ("girls", "boys", True),
        ("women", "male", True),
        ("imports", "exports", True),
        ("employers", "employees", True),
        ("nurses", "doctors", False),
        ("passengers", "passengers", False),
        ("xyzzies", "boys", False),
    ],
)
def test_opposed(x: str, y: str, expected: bool) -> None:
    assert opposed(x, y) is expected


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Profit was £1.1bn in the first six months of the year.", "H1"),
        ("It earned £1.1 billion in the half to June.", "H1"),
        ("It earned £1.1 billion in the half ended September.", "H1"),
        ("Sales were £40m in the first three months.", "Q1"),
        ("Sales were £40m in the year to June.", "FY"),
    ],
)
def test_halves_and_quarters_in_words(text: str, period: str) -> None:
    """Parts of a year named by their months ("the first six months", "the half to June")."""
    money = [c for c in extract(text) if c.kind.value == "money"]
    assert [c.period for c in money] == [period]
