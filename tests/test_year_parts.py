"""Quarters and halves of a year named alone (claimdiff/extract/year_parts.py): claims of
their own, dates spanning their days, compared as months alone are (docs/claims.md,
"Quarters and halves"; docs/compare.md, "Months alone")."""

from __future__ import annotations

import importlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimdiff import check, compare, extract
from claimdiff.extract.context import read_sentence
from claimdiff.lexicon import get_lexicon
from claimdiff.model import Kind
from claimdiff.text import Lowered, sentences

# The module, not the function extract/__init__ imports under its name.
parts = importlib.import_module("claimdiff.extract.year_parts")
LEX = get_lexicon("en")


def _parts(text: str) -> list[tuple[str, float | None, float | None]]:
    return [
        (c.text, c.quantity.low, c.quantity.high)
        for c in extract(text)
        if c.kind is Kind.DATE and c.quantity is not None
    ]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Sales rose 4% in the third quarter.", [("third quarter", 701, 930)]),
        ("GDP grew 0.3% in Q3.", [("Q3", 701, 930)]),
        (
            "The rate was 11.3% between July and September.",
            [("between July and September", 701, 930)],
        ),
        ("Sales rose in the January-to-March quarter.", [("January-to-March", 101, 331)]),
        ("Prices rose 1.0% in the March quarter.", [("March quarter", 101, 331)]),
        (
            "Profit rose 5% in the three months to September.",
            [("three months to September", 701, 930)],
        ),
        (
            "Sales rose 3% in the three months to the end of March.",
            [("three months to the end of March", 101, 331)],
        ),
        (
            "Revenue fell 2% in the last three months of the year.",
            [("last three months of the year", 1001, 1231)],
        ),
        ("Profit rose 4% in the first half of 2024.", [("first half", 101, 630)]),
        ("Sales rose 4% between January and June.", [("between January and June", 101, 630)]),
        ("Net profit fell 8% in the six months to June 30.", [("six months to June 30", 101, 630)]),
        (
            "Revenue rose 4% in the six months to December 31.",
            [("six months to December 31", 701, 1231)],
        ),
        (
            "It guided for the current quarter, ending in June.",
            [("quarter, ending in June", 401, 630)],
        ),
        # Not read: a game's half or quarter, a half whose months are unsaid, a financial
        # year's quarter, a run of months that is no calendar part, a relative phrase.
        ("In the third quarter 12 stores opened.", [("third quarter", 701, 930)]),
        ("Kyogo scored twice in the first half.", []),
        ("Sales fell 3% in the half, ended December.", []),
        ("He had 12 points in the third quarter as the game slipped away.", []),
        ("Interim profit rose 5%.", []),
        ("Sales fell 3% in the half to December.", []),
        ("Revenue rose 3% in the third quarter of the financial year.", []),
        ("Revenue rose 3% in the nine months to September.", []),
        ("Sales fell 2% in the last quarter.", []),
        ("A quarter of the staff left.", []),
        # Found by a review: a game's quarter or half, a half of another thing, a company's
        # own half, a half of months other than the calendar's, names and codes.
        ("The Celtics outscored Miami 31-18 in the third quarter.", []),
        ("Smith led 3-1 in the first half.", []),
        ("They trailed by 12 points in the second half.", []),
        ("Match Group said revenue rose 9% in the third quarter.", [("third quarter", 701, 930)]),
        ("Yields rose 0.4 percentage points in the third quarter.", [("third quarter", 701, 930)]),
        ("Prices rose sharply in the first half of the century.", []),
        ("Shares slipped in the first half of trading.", []),
        ("Profit rose 5% in the first half of the year.", [("first half", 101, 630)]),
        ("The miner said its first half profit rose 5%.", []),
        ("Sales rose 5% in the six months to March.", []),
        ("Sales rose 5% in the six months to September 30.", [("September 30", 930, 930)]),
        ("The Audi Q3 sold 4,000 units.", []),
        ("H2 Green Steel raised €4bn.", []),
        ("The H1-B visa fee rose to $215.", []),
        ("Revenue rose 5% in 2024Q3.", []),
        ("Exports from İstanbul and İzmir rose 5% in Q3.", [("Q3", 701, 930)]),
        ("İzmir's exports rose 5% in the first half.", [("first half", 101, 630)]),
    ],
)
def test_parts_read(text: str, parts: list[tuple[str, int, int]]) -> None:
    assert _parts(text) == parts


@pytest.mark.parametrize(
    ("a", "b", "figures", "periods"),
    [
        # One release's figures and its quarter named two ways.
        (
            "Revenue rose 6.4% to £812m in the third quarter.",
            "Between July and September, the group lifted sales by 6.4 per cent to £812 million.",
            "agree",
            "agree",
        ),
        (
            "Operating profit for the October-December quarter dropped 29 percent.",
            "Operating profit fell 29% in Q4.",
            "agree",
            "agree",
        ),
        # The same figure of two quarters or two halves: one fact misdated.
        (
            "Sales rose 5% in the second quarter.",
            "Sales rose 5% in the third quarter.",
            "agree",
            "conflict",
        ),
        (
            "Sales rose 5% in the first half.",
            "Sales rose 5% in the second half.",
            "agree",
            "conflict",
        ),
        # A half against the months that fill it.
        (
            "Sales rose 5% in the first half.",
            "Sales rose 5% between January and June.",
            "agree",
            "agree",
        ),
    ],
)
def test_parts_compared_through_their_figures(a: str, b: str, figures: str, periods: str) -> None:
    report = compare(a, b)
    dates = [f.verdict.value for f in report.findings if f.a.kind is Kind.DATE]
    others = {f.verdict.value for f in report.findings if f.a.kind is not Kind.DATE}
    assert (others, dates) == ({figures}, [periods]), report.findings


def test_a_text_naming_a_financial_year_reads_parts_by_their_months_only() -> None:
    text = (
        "BHP, whose financial year ends in June, said profit rose 5% in the first half. "
        "Sales rose 2% in the July-September quarter."
    )
    assert _parts(text) == [("June", 601, 630), ("July-September", 701, 930)]


def test_the_same_figure_of_one_quarter_of_two_years_is_misdated() -> None:
    report = compare("Q3 2024 revenue was $5m.", "Q3 2023 revenue was $5m.")
    years = [
        (f.a.text, f.b.text, f.verdict.value) for f in report.findings if f.a.kind is Kind.YEAR
    ]
    assert years == [("2024", "2023", "conflict")], report.findings


def test_a_part_the_source_never_names_is_unsupported() -> None:
    report = check("Sales rose in the third quarter.", "Sales rose more than in Q1.")
    assert [c.text for c in report.unsupported] == ["Q1"]
    assert not report.conflicts
    same = check("Sales rose in the third quarter.", "Sales rose between July and September.")
    assert [f.verdict.value for f in same.findings] == ["agree"]


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        # A date between the two ends of a change is no figure of it.
        (
            "Net profit rose to ₹3,209 crore in the July-September quarter from ₹3,003 crore.",
            (3003.0e7, 3209.0e7),
        ),
        ("Net profit rose to 6.5% in October from 6.4%.", (6.4, 6.5)),
    ],
)
def test_change_ends_across_a_date(text: str, ends: tuple[float, float]) -> None:
    figures = [c for c in extract(text) if c.kind is not Kind.DATE]
    assert [(c.change_from, c.change_to) for c in figures] == [ends, ends]


@pytest.mark.parametrize(
    ("a", "b", "reason"),
    [
        (
            "Sales rose in the third quarter.",
            "Sales rose between July and September.",
            "the same period",
        ),
        ("Sales fell in March.", "Sales fell in March again.", "the same month"),
        ("The trial opens on 3 March.", "The trial opens on March 3.", "the same date"),
        ("The train left at 9am.", "The train left at 9 am.", "the same time"),
    ],
)
def test_agreeing_dates_say_what_they_are(a: str, b: str, reason: str) -> None:
    dates = [f for f in compare(a, b).findings if f.a.kind is Kind.DATE]
    assert [f.reason.rsplit(": ", 1)[-1] for f in dates] == [reason]


def test_periods_handed_on_are_the_sentences_own() -> None:
    """The periods the pass read for a sentence, handed to the completion stage, are those
    reading the sentence finds."""
    text = (
        "Sales rose 4% in the third quarter of 2023. Profit fell in the six months to June 30."
        " GDP grew 0.3% in Q3, and 0.5% between July and September. Goals came in the first"
        " half. Output rose in March and May. İzmir's exports rose 5% in the first half."
    )
    low = Lowered(text)
    read: dict[tuple[int, int], list[object]] = {}
    parts.year_parts(text, sentences(text, LEX), LEX, low, read)
    assert len(read) >= 4
    for span, named in read.items():
        assert read_sentence(text, span, LEX, True, None, low).periods == tuple(named)


PIECES = [
    "quarter", "Quarter", "half", "HALF", "q3", "Q3", "3Q", "q", "Q", "3", "1q", "h1", "H2",
    "months to", "first six months", "July", "september", "Sept", "May", "march", "June",
    "jun", "e", ". ", "! ", "\n\n", " ", "x", "qu", "arter",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_the_look_for_parts_is_each_sentences_own(text: str) -> None:
    """The sentences the pass reads are those holding, lower-cased, one of its words or
    two months' names: the same whether found in the whole text or sentence by sentence."""
    sents = sentences(text, LEX) or [(0, len(text))]
    months = [m for m in LEX.MONTHS if m not in LEX.MONTH_ABBREVIATIONS]

    def own(lo: int, hi: int) -> bool:
        low = text[lo:hi].lower()
        n = sum(low.count(m) for m in months)
        return any(c in low for c in parts._CUES) or n > 1

    assert parts._named_in(sents, LEX, Lowered(text)) == [s for s in sents if own(*s)]
