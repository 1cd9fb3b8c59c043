"""A survey's margin of error, in per cent or in points (claimdiff/margins.py; docs/compare.md,
"Margins of error"), and "plus or minus" read as a margin, never a negative figure
(docs/claims.md, "Signs")."""

from __future__ import annotations

import pytest

from claimdiff import compare, extract
from claimdiff.lexicon import get_lexicon
from claimdiff.margins import margin_of_error

# (text, the claim's words, its value)
SIGNS = [
    ("The margin of error is plus or minus 3.1 points.", "3.1 points", 3.1),
    ("a model error of plus or minus four days", "four days", 4.0),
    ("The poll has a margin of error of +/-3 percentage points.", "3 percentage points", 3.0),
    ("The margin of error is ±2.5 points.", "2.5 points", 2.5),
    ("The margin of error is plus-or-minus 3 percentage points.", "3 percentage points", 3.0),
    ("It is plus / minus 3 points.", "3 points", 3.0),
    # "plus" is a whole word: "surplus or minus" is no margin.
    ("a surplus or minus 5 points", "minus 5 points", -5.0),
    ("Die Fehlertoleranz liegt bei plus/minus 3 Prozentpunkten.", "3 Prozentpunkten", 3.0),
    # A minus with no "plus or" before it is still a sign.
    ("It was minus 5C overnight.", "minus 5C", -5.0),
    ("Growth was -0.3% in the quarter.", "-0.3%", -0.3),
]


@pytest.mark.parametrize(("text", "surface", "value"), SIGNS, ids=[s[0] for s in SIGNS])
def test_plus_or_minus_is_a_margin(text: str, surface: str, value: float) -> None:
    lang = "de" if "Fehler" in text else "en"
    (c,) = [c for c in extract(text, lang=lang) if c.text == surface]
    assert c.quantity is not None
    assert c.quantity.value == value
    assert text[c.span[0] : c.span[1]] == surface


# (text, the claim's words, whether it is a margin of error)
MARGINS = [
    ("The poll has a maximum margin of error of 3.1 per cent.", "3.1 per cent", True),
    ("The margin of error is plus or minus 2 points.", "2 points", True),
    ("The survey is accurate to within 3 percentage points.", "3 percentage points", True),
    ("Its margin is 3 points either way.", "3 points", True),
    ("Margin of error: 3 percentage points.", "3 percentage points", True),
    # A confidence level between the cue and the margin is passed over, and is none.
    ("The margin of error at the 95% confidence level is 3 points.", "3 points", True),
    ("The margin of error at the 95% confidence level is 3 points.", "95%", False),
    # The cue reaches no figure past a comma or parenthesis: the next share of a list.
    ("Labour was on 41% (±3 points), the Conservatives on 38%.", "3 points", True),
    ("Labour was on 41% (±3 points), the Conservatives on 38%.", "38%", False),
    ("Support was 52%, plus or minus 3 points, and opposition 41%.", "41%", False),
    # A figure the sentence sets within or beyond the margin is none (a second reader's
    # finds); a margin written before its words is one.
    ("The race is within the margin of error with Labour on 41 per cent.", "41 per cent", False),
    ("Labour is outside the margin of error at 7 points.", "7 points", False),
    ("Pollsters blamed sampling error for a 4-point miss.", "4-point", False),
    ("The lead is 2 points, within the poll's 3-point margin of error.", "3-point", True),
    ("The lead is 2 points, within the poll's 3-point margin of error.", "2 points", False),
    # A mark ends a cue written after its figure; "within the margin of error of" is the
    # margin's own figure.
    ("Labour is on 41%. Margin of error: 3 points.", "41%", False),
    ("Labour leads by 5 points, margin of error 3 points.", "5 points", False),
    ("The lead is within the margin of error of 3 points.", "3 points", True),
    # A change in points, a party's share and a count are none.
    ("Labour is up 2 points on last month.", "2 points", False),
    ("Labour is on 38 per cent; the margin of error is small.", "38 per cent", False),
    ("The margin of error of the 1,000 interviews was small.", "1,000 interviews", False),
]


@pytest.mark.parametrize(
    ("text", "surface", "margin"), MARGINS, ids=[f"{m[0]}:{m[1]}" for m in MARGINS]
)
def test_margin_read(text: str, surface: str, margin: bool) -> None:
    (c,) = [c for c in extract(text) if c.text == surface]
    assert margin_of_error(text, c, get_lexicon("en")) is margin


def test_german_margins_in_points() -> None:
    """German percentage points ("Prozentpunkten") meet a margin in per cent."""
    a = "Die Fehlertoleranz liegt bei plus/minus 3 Prozentpunkten."
    b = "Die Fehlertoleranz beträgt 3 Prozent."
    assert [f.verdict.value for f in compare(a, b, lang="de").findings] == ["agree"]


# (A, B, the pairs and their verdicts)
PAIRS = [
    # One margin in per cent and in points: one fact.
    (
        "The poll of 1,002 voters has a maximum margin of error of 3.1 per cent.",
        "The poll of 1,002 voters has a margin of error of ±3.1 percentage points.",
        {
            ("1,002 voters", "1,002 voters"): "agree",
            ("3.1 per cent", "3.1 percentage points"): "agree",
        },
    ),
    (
        "The margin of error is plus or minus 3 per cent.",
        "It has a margin of error of +/- 4 percentage points.",
        {("3 per cent", "4 percentage points"): "conflict"},
    ),
    # A margin never meets a change of the same size.
    (
        "Labour leads on 38%; the margin of error is plus or minus 2 points.",
        "Labour is on 38 per cent, up 2 points on last month.",
        {("38%", "38 per cent"): "agree"},
    ),
]


@pytest.mark.parametrize(("a", "b", "pairs"), PAIRS)
def test_margins_pair_with_margins(a: str, b: str, pairs: dict[tuple[str, str], str]) -> None:
    got = {(f.a.text, f.b.text): f.verdict.value for f in compare(a, b).findings}
    assert got == pairs
