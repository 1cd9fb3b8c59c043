"""Names check() reports as invented, case by case (the rules in docs/check.md)."""

from __future__ import annotations

import itertools

import pytest

from claimdiff import Kind, check


@pytest.mark.parametrize(
    ("source", "output", "names"),
    [
        # Supported in another form.
        ("Sales rose 5%, said John Smith.", "Sales rose 5%, said Mr Smith.", []),
        ("Dr. Sharma led the study.", "Dr. Sharma's study.", []),
        ("The Bank of England held rates.", "The BoE held rates.", []),
        ("The National Health Service is busy.", "The NHS is busy.", []),
        ("A survey of adults in America.", "Most Americans agree.", []),
        ("French officials said it would rise.", "Officials in France said so.", []),
        ("German exports fell.", "Exports from Germany fell.", []),
        ("The Kenyan runner won.", "The runner from Kenya won.", []),
        ("He visited Lodz.", "He visited Łódź.", []),
        ("said Mr. O'Brien.", "said Mr. O'Brien's aide.", []),
        ("In a Q&A session he spoke.", "In a Q&A session he spoke.", []),
        ("per AT&T data", "per AT&T data", []),
        ("Sales of beta-blockers rose 5%.", "Sales of β-blockers rose 5%.", []),
        # Openers and layouts: no name by capitals alone.
        ("Revenue rose 5%.", "Key findings:\n* Revenue rose 5%.", []),
        ("Sales fell.", "## Key Findings\n\nSales fell.", []),
        ("Revenue rose 5%.", "  Revenue rose 5%.", []),
        ("Sales rose 5%. Analysts cheered.", "Sales rose 5%.     Analysts cheered.", []),
        ("Manchester United won 3-1.", "MANCHESTER UNITED WINS 3-1", []),
        ("Shares rose after the results.", "Overall, shares rose after the results.", []),
        ("It rose 5% on the day.", "Today's rise was 5%.", []),
        # Numbers that name something.
        ("The 9/11 attacks changed everything.", "The 9/11 attacks changed everything.", []),
        ("They won 3-1.", "They won 3–1.", []),
        ("at 3pm", "at 3 pm", []),
        ("Seven voted to hold and two for a cut.", "It held in a 7-2 vote.", []),
        ("Most patients were over 65.", "Most were over-65s.", []),
        # Invented.
        ("Sales rose 5%, said Mr. O'Brien.", "Sales rose 5%, said Mr. O'Neill.", ["O'Neill"]),
        ("Google will invest $2bn.", "Microsoft will invest $2bn.", ["Microsoft"]),
        ("Honda sold 5m cars.", "Toyota sold 5m cars.", ["Toyota"]),
        ("Intel posted revenue of $14bn.", "IBM posted revenue of $14bn.", ["IBM"]),
        ("Germany's parliament passed it.", "Austria's parliament passed it.", ["Austria"]),
        ("Chef Jean-Luc Moreau opened it.", "Chef Jean-Paul Moreau opened it.", ["Paul"]),
        ("Dr. Sharma led the study.", "Dr. Patel led the study.", ["Patel"]),
        ("The London embassy closed.", "The Moscow embassy closed.", ["Moscow"]),
        ("It flew to New York.", "It flew to New Zealand.", ["New Zealand"]),
        ("Tier 1 rules apply, said Tim.", "It is Tier 2 now, said Tim.", ["Tier 2"]),
        ("Sales rose, said Mr. Smith.", "Sales rose, said Mrs. Smith.", ["Mrs"]),
        ("Both EEG and MEG-SSVEP were used.", "Both EEG and ECG-SSVEP were used.", ["ECG"]),
    ],
)
def test_invented_names(source: str, output: str, names: list[str]) -> None:
    report = check(source, output)
    assert [c.text for c in report.unsupported if c.kind is Kind.NAME] == names


def test_spans_point_at_the_name() -> None:
    output = "Sales rose, said Mr. O'Neill's aide."
    (name,) = [c for c in check("Sales rose, said Mr. Burke.", output).unsupported]
    assert output[name.span[0] : name.span[1]] == name.text == "O'Neill"


@pytest.mark.parametrize(
    ("source", "output", "names"),
    [
        # Each unsupported name once, none nested in another.
        ("Alpha said.", "Then Alpha Zzzq Alpha Zzzq said.", ["Alpha Zzzq", "Alpha Zzzq"]),
        # A prefix or stem must meet a word the source writes with a capital.
        (
            "The harrowing scenes shocked people.",
            "The scenes shocked people, said Harris.",
            ["Harris"],
        ),
        ("The market fell.", "The market fell, said Marketa.", ["Marketa"]),
        # A period written with digits is judged as a numbered name.
        ("It plans to list in the third quarter.", "It plans to list in Q3.", []),
    ],
)
def test_review_cases(source: str, output: str, names: list[str]) -> None:
    report = check(source, output)
    found = [c for c in report.unsupported if c.kind is Kind.NAME]
    assert [c.text for c in found] == names
    spans = sorted(c.span for c in found)
    assert all(x[1] <= y[0] for x, y in itertools.pairwise(spans))


def test_hyphen_runs_cost_linear_memory() -> None:
    """A source of one long hyphenated token keeps a few of its prefixes, not all."""
    from claimdiff.lexicon import get_lexicon
    from claimdiff.source_words import SourceWords

    words = SourceWords("a-" * 5000, get_lexicon("en"))
    assert sum(map(len, words.tokens)) < 100_000
