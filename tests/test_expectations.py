"""Figures others expected (claimdiff.expectations, docs/compare.md "Evidence against").

Each row is a sentence, one of its figures as written, and whether that figure is what
economists, analysts or markets expected rather than what happened.  The pairs written
blind for the rule (tests/data/pairs_expectations_fresh.json) are scored with the other
pair sets in tests/test_compare_fresh.py.
"""

from __future__ import annotations

import pytest

from claimdiff import compare
from claimdiff.lexicon import get_lexicon
from claimdiff.prepare import document, prepare

EXPECTED = [
    ("Unemployment rose to 4.7% in June. Economists had expected 4.8%.", "4.8%", True),
    ("Unemployment rose to 4.7%, while economists had expected 4.8%.", "4.8%", True),
    ("Unemployment rose to 4.7%, while economists had expected 4.8%.", "4.7%", False),
    ("Sales rose 0.7%, more than double the 0.3% rise economists had predicted.", "0.3%", True),
    ("Sales rose 0.7%, more than double the 0.3% rise economists had predicted.", "0.7%", False),
    (
        "The economy grew 0.3%, beating the 0.1% expansion analysts polled by Reuters had "
        "forecast.",
        "0.1%",
        True,
    ),
    ("Revenue was $2.3bn, beating the consensus estimate of $2.1bn.", "$2.1bn", True),
    ("Revenue was $2.3bn, beating the consensus estimate of $2.1bn.", "$2.3bn", False),
    (
        "Deliveries of 1.1 million cars came in below expectations of 1.2 million.",
        "1.2 million",
        True,
    ),
    ("Inflation rose to 2.9%, ahead of forecasts of 2.6%.", "2.6%", True),
    # A figure said to come first is an earlier statement, no forecast of a release.
    ("It will cost €2.9bn, against an original estimate of €500m.", "€500m", False),
    ("It will cost €2.9bn, against the initial estimate of €500m.", "€500m", False),
    ("Profit was €2.9bn, against estimates of €2.5bn.", "€2.5bn", True),
    (
        "Inflation eased to 2.2%, below the 2.3% forecast in a Reuters poll of analysts.",
        "2.3%",
        True,
    ),
    ("Analysts polled by Reuters had forecast a 0.3% rise in output.", "0.3%", True),
    ("Sales grew 4.1%, ahead of the roughly 2.5% the City had pencilled in.", "2.5%", True),
    ("Sales grew 4.1%, ahead of the roughly 2.5% the city had pencilled in.", "2.5%", False),
    ("Wall Street had expected $2.1bn.", "$2.1bn", True),
    ("Downing Street had forecast growth of 1.3%.", "1.3%", False),
    ("Leicester City expected 30,000 fans.", "30,000 fans", False),
    ("Payrolls rose by 150,000, short of the 180,000 forecast.", "180,000 forecast", True),
    ("GDP grew 0.5% in January, more than the expected 0.3%.", "0.3%", True),
    ("Output rose 0.3%, ahead of the 0.2% expansion expected by economists.", "0.2%", True),
    ("Output rose 0.5%, compared with a forecast of 0.3%.", "0.3%", True),
    ("Retail sales rose 0.6%. Economists had called for a 0.2% increase.", "0.2%", True),
    # The actual, beside words of expecting said of something else.
    ("Analysts cheered a better-than-expected 7% rise in sales.", "7%", False),
    ("Revenue rose to $2.1bn in line with analysts' expectations.", "$2.1bn", False),
    ("Inflation fell to 3.2% in March as economists had expected.", "3.2%", False),
    ("Sales rose 0.4% in May after economists had predicted a fall.", "0.4%", False),
    ("Unemployment rose more than economists expected, to 4.7%.", "4.7%", False),
    ("Analysts expect the $2bn takeover to close in June.", "$2bn", False),
    ("No economist had predicted the 0.5% fall.", "0.5%", False),
    ("The global AI chip market is expected to reach $400bn.", "$400bn", False),
    ("The IMF forecast emerging-market growth of 4%.", "4%", False),
    ("Ministers reached a consensus on a 2% target.", "2%", False),
    ("The ONS survey put median full-time pay at £34,963.", "£34,963", False),
    ("Around 1,200 services are expected to be cancelled.", "Around 1,200 services", False),
    ("Inflation fell to 3.2% in March, lower than economists had expected.", "3.2%", False),
    ("Inflation came in below what economists had expected, at 3.2%.", "3.2%", False),
    ("Analysts said sales rose 4% in the quarter.", "4%", False),
    ("Analysts estimate the deal is worth $2bn.", "$2bn", False),
    ("Revenue beat analysts' average estimate of $90.0bn.", "$90.0bn", True),
    # A publisher's own outlook and other forecasts: the fact the other report gives with "will".
    ("Temperatures are expected to reach 35C on Friday.", "35C", False),
    ("The project is expected to cost £3bn.", "£3bn", False),
    ("The Bank forecast growth of 1.3% for next year.", "1.3%", False),
    ("Tesco kept its forecast of about £2.8bn in operating profit.", "£2.8bn", False),
    # What a sale was expected to make is not what it sold for (SALE_EXPECTATIONS).
    ("It had carried a pre-sale estimate of £150,000 to £200,000.", "£150,000 to £200,000", True),
    ("The cottage went on the market with a guide price of £650,000.", "£650,000", True),
    ("The painting is expected to fetch up to $20m next month.", "up to $20m", True),
    ("The seller had listed it at $45m in 2021.", "$45m", True),
    ("The painting sold for more than £300,000.", "more than £300,000", False),
    ("Damage was estimated at $5bn.", "$5bn", False),
    # A forecaster after a count with "the" before it says who expected the count; after
    # no "the" the count is of forecasters (claimdiff.extract.forecast_nouns).
    ("It added 175,000 jobs, fewer than the 240,000 economists had expected.", "240,000", True),
    ("It added 175,000 jobs, short of the 230,000 analysts had anticipated.", "230,000", True),
    ("It was under the 150,000 economists polled by Reuters had forecast.", "150,000", True),
    ("Rates were cut, as all 65 economists polled had expected.", "65 economists", False),
    ("A poll of 40 economists had forecast a rise.", "40 economists", False),
    ("The 40 economists polled by Reuters had expected a rise of 0.3%.", "40 economists", False),
    ("It was short of the 230,000 analysts had anticipated, the data showed.", "230,000", True),
    # The consensus or forecasters' estimate named after a figure.
    ("Sales were $2.52bn, ahead of the $2.46bn consensus.", "$2.46bn", True),
    (
        "Prices rose 3.54%, under the 3.65 per cent median estimate of economists polled.",
        "3.65 per cent",
        True,
    ),
    ("Staff got the $2.4bn estimate of costs in March.", "$2.4bn", False),
    # A participle of expecting then who forecast: the publisher's own, its guidance.
    ("It missed the $2bn forecast it gave in March.", "$2bn", False),
    ("It beat the $2bn forecast the company issued in May.", "$2bn", False),
    ("Payrolls were 150,000, versus 443,000 expected.", "443,000", True),
    ("It was short of the 180,000 forecast the City had pencilled in.", "180,000 forecast", True),
    # "versus" or "against", then an article.
    ("Exports fell 1.7%, versus a 0.5% rise expected in a Reuters poll.", "0.5%", True),
    ("Exports fell 1.7%, versus a 0.5% rise in May.", "0.5%", False),
]


@pytest.mark.parametrize(("text", "figure", "want"), EXPECTED)
def test_expected(text: str, figure: str, want: bool) -> None:
    side = prepare(document(text, "a", None), get_lexicon("en"), None)
    marks = {
        c.claim.text.removeprefix("about ").removeprefix("roughly "): c.expected
        for c in side.candidates
    }
    assert figure in marks, f"{figure!r} not read: {sorted(marks)}"
    assert marks[figure] is want


# Two reports of one release: the actual pairs with the actual, the expectation with the
# expectation, and never one with the other.
PAIRS = [
    (
        "UK inflation fell to 3.2% in March. Economists had expected 3.1%.",
        "Britain's inflation rate eased to 3.1% in March.",
        ("3.2%", "3.1%"),
        None,
    ),
    (
        "US retail sales rose 0.7% in March, above the 0.4% economists had predicted.",
        "Retail sales climbed 0.6% last month; economists had forecast a 0.4% gain.",
        ("0.7%", "0.6%"),
        ("0.4%", "0.4%"),
    ),
    (
        "Employers added 175,000 jobs in April, fewer than the 240,000 economists had expected.",
        "American employers created 175,000 positions, well short of forecasts of 240,000.",
        ("175,000 jobs", "175,000 positions"),
        ("240,000", "240,000"),
    ),
]


@pytest.mark.parametrize(("a", "b", "actuals", "expectations"), PAIRS)
def test_pairs(
    a: str, b: str, actuals: tuple[str, str], expectations: tuple[str, str] | None
) -> None:
    report = compare(a, b)
    made = {(f.a.text, f.b.text) for f in report.findings}
    assert actuals in made
    if expectations is not None:
        assert expectations in made
    for fa, fb in made:
        assert (fa == actuals[0]) == (fb == actuals[1]), (fa, fb)


def test_german_reads_no_expectation() -> None:
    text = "Ökonomen hatten 4,8 % erwartet."
    side = prepare(document(text, "a", None), get_lexicon("de"), None)
    assert side.candidates and not any(c.expected for c in side.candidates)


@pytest.mark.parametrize(
    ("text", "figure", "noun"),
    [
        # The count given back as a forecast keeps its span true to the text (a
        # non-breaking space before the forecaster), its hedge, and no scale as a noun.
        ("It rose 175,000, under the 200,000\u00a0economists had expected.", "200,000", None),
        (
            "Jobs rose, fewer than the roughly 200,000 economists had expected.",
            "roughly 200,000",
            None,
        ),
        ("Jobs rose, below the 1.2m economists had expected.", "1.2m", None),
        ("It beat the 25,000 gain economists had forecast.", "25,000 gain", "gain"),
    ],
)
def test_forecast_count_span(text: str, figure: str, noun: str | None) -> None:
    from claimdiff import extract

    found = {c.text: c for c in extract(text)}
    assert figure in found, sorted(found)
    claim = found[figure]
    assert text[claim.span[0] : claim.span[1]] == claim.text
    if noun is not None:
        assert claim.noun == noun
