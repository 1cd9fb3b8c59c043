"""Pairs of short texts of our own with the verdicts compare() must reach."""

from __future__ import annotations

import pytest

from claimdiff import Verdict, compare

C, A, K = Verdict.CONFLICT, Verdict.AGREE, Verdict.COMPATIBLE

# (id, text A, text B, [(claim text in A, claim text in B, verdict)], conflicts expected in total)
PAIRS = [
    (
        "scale-words",
        "The fund holds 169 million euros.",
        "The fund holds €169m.",
        [("169 million euros", "€169m", A)],
        0,
    ),
    (
        "scale-abbrev",
        "The fund holds 169M euros.",
        "The fund holds 169 million euros.",
        [("169M euros", "169 million euros", A)],
        0,
    ),
    (
        "scale-wrong",
        "The fund holds $2 million.",
        "The fund holds $2 billion.",
        [("$2 million", "$2 billion", C)],
        1,
    ),
    (
        "vague-vs-exact-conflict",
        "Kyiv says more than 16,000 children were taken.",
        "The ICC says hundreds of children were taken.",
        [("more than 16,000 children", "hundreds of children", C)],
        1,
    ),
    (
        "vague-vs-exact-ok",
        "Kyiv says more than 16,000 children were taken.",
        "Russia says thousands of children were taken.",
        [("more than 16,000 children", "thousands of children", K)],
        0,
    ),
    (
        "vague-same",
        "Officials said dozens of people were hurt.",
        "Officials said dozens of people were hurt.",
        [("dozens of people", "dozens of people", A)],
        0,
    ),
    (
        "bound-vs-value",
        "At least 200 people died in the quake.",
        "The quake killed 250 people.",
        [("At least 200 people", "250 people", K)],
        0,
    ),
    (
        "bound-vs-value-conflict",
        "At least 200 people died in the quake.",
        "The quake killed 150 people.",
        [("At least 200 people", "150 people", C)],
        1,
    ),
    (
        "upper-bounds-differ",
        "Up to 1,500 workers could lose their jobs.",
        "As many as 2,500 workers could lose their jobs.",
        [("Up to 1,500 workers", "As many as 2,500 workers", C)],
        1,
    ),
    (
        "upper-bounds-same",
        "Up to 1,500 workers could lose their jobs.",
        "As many as 1,500 workers could lose their jobs.",
        [("Up to 1,500 workers", "As many as 1,500 workers", A)],
        0,
    ),
    (
        "nearly-is-below-more-than",
        "The UK gave nearly £400,000 in funding.",
        "The UK gave more than £400,000 in funding.",
        [("nearly £400,000", "more than £400,000", C)],
        1,
    ),
    (
        "unit-conversion-agree",
        "The road is 12 miles long.",
        "The road is 19 km long.",
        [("12 miles", "19 km", A)],
        0,
    ),
    (
        "unit-conversion-conflict",
        "The road is 12 miles long.",
        "The road is 30 km long.",
        [("12 miles", "30 km", C)],
        1,
    ),
    (
        "temperature",
        "Temperatures hit 40C in the city.",
        "Temperatures hit 104F in the city.",
        [("40C", "104F", A)],
        0,
    ),
    (
        "currency-stated-rate",
        "Britain pledged £1 million to the court.",
        "Britain pledged $1.22 million to the court. ($1 = 0.8214 pounds)",
        [("£1 million", "$1.22 million", A)],
        0,
    ),
    (
        "currency-stated-rate-conflict",
        "Britain pledged £2 million to the court.",
        "Britain pledged $1.22 million to the court. ($1 = 0.8214 pounds)",
        [("£2 million", "$1.22 million", C)],
        1,
    ),
    (
        "currency-reference-rate",
        "Britain pledged £1 million to the court.",
        "Britain pledged €5 million to the court.",
        [("£1 million", "€5 million", C)],
        1,
    ),
    (
        "rounding-agree",
        "The deal is worth $1.22 million.",
        "The deal is worth $1.2m.",
        [("$1.22 million", "$1.2m", A)],
        0,
    ),
    (
        "rounding-trailing-zeros",
        "The firm has 16,300 staff.",
        "The firm has 16,000 staff.",
        [("16,300 staff", "16,000 staff", A)],
        0,
    ),
    (
        "digit-changed",
        "The firm has 1,200 staff.",
        "The firm has 1,500 staff.",
        [("1,200 staff", "1,500 staff", C)],
        1,
    ),
    (
        "synonym-noun",
        "The firm has 900 staffers.",
        "The firm has 950 staff.",
        [("900 staffers", "950 staff", C)],
        1,
    ),
    (
        "percent",
        "Unemployment rose to 4.2% in March.",
        "Unemployment rose to 4.2 per cent in March.",
        [("4.2%", "4.2 per cent", A)],
        0,
    ),
    (
        "percent-conflict",
        "Unemployment rose to 4.2% in March.",
        "Unemployment rose to 5.1% in March.",
        [("4.2%", "5.1%", C)],
        1,
    ),
    (
        "time-scope",
        "The budget for 2023 was €169 million.",
        "The budget for 2024 was €175 million.",
        [],
        0,
    ),
    (
        "same-number-different-things",
        "Ministers from over 40 countries met.",
        "The court has 40 investigators in Ukraine.",
        [],
        0,
    ),
    (
        "two-amounts-each-paired",
        "A budget of 169 million euros for 2023 fell below the court's request"
        " of a 175 million euro budget.",
        "The court asked for a 175 million euro budget"
        " but got a budget of 169 million euros for 2023.",
        [
            ("169 million euros", "169 million euros", A),
            ("a 175 million euro budget", "a 175 million euro budget", A),
        ],
        0,
    ),
    (
        "distractor-times",
        "The meeting at 10.30am heard that 300 people were displaced.",
        "At 11am officials said 300 people were displaced.",
        [("300 people", "300 people", A)],
        0,
    ),
    (
        "distractor-dates-phones",
        "On 12 March, 45 families were evacuated. Call 020 7946 0958.",
        "On 14 March, 45 families were evacuated.",
        # A date opening the text is the event's ("On 12 March, …"), not a dateline.
        [("45 families", "45 families", A), ("12 March", "14 March", C)],
        1,
    ),
    (
        "age",
        "The 73-year-old leader resigned.",
        "The leader, aged 74, resigned.",
        [("The 73-year-old leader", "aged 74", C)],
        1,
    ),
    (
        "year",
        "The company was founded in 1998.",
        "The company was founded in 1999.",
        [("1998", "1999", C)],
        1,
    ),
    (
        "range-overlap",
        "Between 30 and 40 people were hurt.",
        "About 35 people were hurt.",
        [("Between 30 and 40 people", "About 35 people", K)],
        0,
    ),
    (
        "range-conflict",
        "Between 30 and 40 people were hurt.",
        "Some 90 people were hurt.",
        [("Between 30 and 40 people", "Some 90 people", C)],
        1,
    ),
    (
        "words-vs-digits",
        "Twelve miners were rescued on Friday.",
        "12 miners were rescued on Friday.",
        [("Twelve miners", "12 miners", A)],
        0,
    ),
    # Age limits of a group of people are ages, compared as bounds.
    (
        "age-limits-differ",
        "Children under 12 travel free on the buses.",
        "Children under 16 travel free on the buses.",
        [("under 12", "under 16", C)],
        1,
    ),
    (
        "age-limit-two-wordings",
        "Children under 12 travel free on the buses.",
        "Children younger than 12 travel free on the buses.",
        [("under 12", "younger than 12", A)],
        0,
    ),
    # Counted nouns one thing only in a rarer sense, or people named by two roles with
    # the same figure (docs/compare.md, evidence against).
    (
        "jobs-and-positions",
        "The carmaker will cut 1,200 jobs at the plant.",
        "Some 2,000 positions will go at the factory.",
        [("1,200 jobs", "Some 2,000 positions", C)],
        1,
    ),
    (
        "flats-and-apartments",
        "The tower holds 96 flats.",
        "There are 96 apartments in the tower.",
        [("96 flats", "96 apartments", A)],
        0,
    ),
    (
        "people-by-two-roles",
        "The union balloted 9,000 nurses.",
        "A ballot of 9,000 members was held by the union.",
        [("9,000 nurses", "9,000 members", A)],
        0,
    ),
    # A count whose noun is a word of its toll's class counts that toll.
    (
        "bodies-are-deaths",
        "Divers have recovered 14 bodies from the river.",
        "Eleven people are confirmed dead after the boat sank.",
        [("14 bodies", "Eleven people", C)],
        1,
    ),
    # Units of time one a whole multiple of the other: the half is no rounding.
    (
        "months-against-years",
        "The tunnel's opening has slipped by 18 months.",
        "The tunnel faces a two-year delay to its opening.",
        [("18 months", "a two-year delay", C)],
        1,
    ),
    (
        "minutes-and-seconds",
        "The ambulance took 47 minutes to arrive.",
        "The ambulance arrived after 47 minutes and 22 seconds.",
        [("47 minutes", "47 minutes and 22 seconds", A)],
        0,
    ),
    # A year that scopes a figure is paired through it, and only through it.
    (
        "scope-year-through-its-figure",
        "The owners paid £1.4m for the house in 2009.",
        "They had bought it for £1.4 million back in 2009.",
        [("£1.4m", "£1.4 million", A), ("2009", "2009", A)],
        0,
    ),
    (
        "scope-years-of-two-facts",
        "The city had 120,000 residents in 2010.",
        "The city had 150,000 residents in 2020.",
        [],
        0,
    ),
    (
        "distinctive-figure-two-nouns",
        "A crowd of 36,412 saw the match at Elland Road.",
        "The game was played in front of 36,412 supporters.",
        [("36,412", "36,412 supporters", A)],
        0,
    ),
    (
        "more-than-a-round-figure",
        "400 firefighters tackled the blaze.",
        "More than 400 firefighters were sent to the fire.",
        [("400 firefighters", "More than 400 firefighters", K)],
        0,
    ),
    (
        "one-sale-two-years",
        "The painting last sold in 1987 for $1.3m.",
        "It last changed hands for $1.3 million in 1978.",
        [("$1.3m", "$1.3 million", A), ("1987", "1978", C)],
        1,
    ),
    # An amount in two currencies meets a text that uses both, each in its own.
    (
        "two-currencies-both-sides",
        "The deal is worth $2.5bn (£2bn), the firm said.",
        "The £2bn agreement, or $3bn, was signed.",
        [("$2.5bn", "$3bn", C), ("£2bn", "£2bn", A)],
        1,
    ),
]


# Cases compare() still gets wrong, and why.
_XFAIL = {
    "distractor-times": (
        "times of day are claims: the meeting's 10.30am and the time officials spoke, 11am,"
        " share their sentence's words and pair (docs/claims.md, 'Times of day')"
    ),
}


@pytest.mark.parametrize(
    ("a", "b", "expected", "n_conflicts"),
    [
        pytest.param(
            *p[1:],
            id=p[0],
            marks=[pytest.mark.xfail(strict=True, reason=_XFAIL[p[0]])] if p[0] in _XFAIL else [],
        )
        for p in PAIRS
    ],
)
def test_pair(a, b, expected, n_conflicts):
    """compare() pairs the expected claims and reaches the expected verdicts."""
    report = compare(a, b)
    got = {(f.a.text, f.b.text): f.verdict for f in report.findings}
    for a_text, b_text, verdict in expected:
        assert got.get((a_text, b_text)) is verdict, (report.findings, report.notes)
    assert len(report.conflicts) == n_conflicts, str(report)
    assert report.consistent is (n_conflicts == 0)
    for f in report.findings:
        assert f.reason and 0.0 <= f.score <= 1.0


@pytest.mark.parametrize(
    ("a", "b", "kwargs"),
    [
        # Reference rates turned off: only a stated or given rate joins two currencies.
        (
            "Britain pledged £1 million to the court.",
            "Britain pledged €5 million to the court.",
            {"reference_rates": False},
        ),
        # The naira is a currency the ECB publishes no reference rate for.
        ("Britain pledged £1 million to the court.", "Britain pledged 5 billion naira.", {}),
    ],
)
def test_no_rate_says_so(a: str, b: str, kwargs: dict[str, bool]) -> None:
    """Money in two currencies with no rate is not compared, and the report says why."""
    report = compare(a, b, **kwargs)
    assert not report.findings
    assert any("no exchange rate" in n for n in report.notes), report.notes


@pytest.mark.parametrize(
    ("a", "b", "noted"),
    [
        ("1,000 2.5 3/4", "1,000 2.6 3/4", ["A's “3/4”", "B's “3/4”"]),
        ("1,000 2.5 3/4", "1,000 2.6", ["A's “3/4”"]),
        ("Nearly half of residents voted.", "About half of residents voted.", []),
    ],
)
def test_a_figure_no_block_holds_is_noted(a: str, b: str, noted: list[str]) -> None:
    """A fraction on its own is never dropped in silence: the notes name it."""
    notes = [n for n in compare(a, b).notes if "a fraction of nothing named" in n]
    assert len(notes) == len(noted), notes
    for words in noted:
        assert any(words in n for n in notes), notes


def test_caller_rate_is_used():
    """A rate passed by the caller lets money in two currencies be compared."""
    report = compare(
        "Britain pledged £1 million to the court.",
        "Britain pledged €5 million to the court.",
        rates={("EUR", "GBP"): 0.87},
    )
    assert [f.verdict for f in report.findings] == [Verdict.CONFLICT]
    assert "given" in report.findings[0].reason


def test_inconsistent_conversion_within_one_text():
    """An amount given in two currencies that the stated rate does not join is a conflict."""
    text = "Britain pledged 1 million pounds ($2.5 million) to the court. ($1 = 0.8214 pounds)"
    report = compare(text, "Nothing here.")
    assert [f.verdict for f in report.internal] == [Verdict.CONFLICT]
    assert not report.consistent


@pytest.mark.parametrize(
    "rates",
    [{"USD": 0.8}, {("USD", "GBP"): -1}, {("USD", "GBP"): float("nan")}, [("USD", "GBP", 0.8)]],
    ids=["bad-key", "negative", "nan", "not-a-mapping"],
)
def test_bad_rates_are_refused(rates):
    """Malformed caller rates raise a clear TypeError or ValueError."""
    with pytest.raises((TypeError, ValueError), match="rate"):
        compare("a", "b", rates=rates)


def test_published_date_resolves_this_year():
    """ "this year" in a text published in 2024 never pairs with a figure for 2023."""
    from claimdiff import Document

    a = Document("The budget for 2023 was €169 million.", published="2023-05-01")
    b = Document("This year the budget is €180 million.", published="2024-05-01")
    assert not compare(a, b).findings


@pytest.mark.parametrize(
    ("a", "b", "paired"),
    [
        ("Acme's revenue was $10 million in 2023.", "Acme's profit was $3 million in 2023.", False),
        ("Acme's revenue was $10 million in 2023.", "Acme's revenue was $3 million in 2023.", True),
        ("The UK gave funding of £400,000.", "Britain pledged £1 million.", True),
    ],
    ids=["revenue-vs-profit", "revenue-vs-revenue", "funding-vs-pledge-synonyms"],
)
def test_money_of_different_named_things_does_not_pair(a, b, paired):
    """Amounts of clearly different things (revenue, profit) are not aligned; synonyms are."""
    report = compare(a, b)
    assert bool(report.findings) is paired, str(report)
