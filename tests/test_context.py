"""What a figure states and when: predicates, periods by grammar, per-units, ages, dates."""

from __future__ import annotations

import pytest

from claimdiff import Kind, extract

N = None

# (sentence, claim text, period)
PERIODS = [
    ("Profit rose from $40m in 2022 to $58m in 2023.", "$40m", "2022"),
    ("Profit rose from $40m in 2022 to $58m in 2023.", "$58m", "2023"),
    ("The pier, which opened in 1974, needs repairs costing £6m.", "£6m", N),
    ("The hospital will open in 2029 and have 540 beds.", "540 beds", N),
    ("Revenue in 2023 was $5m.", "$5m", "2023"),
    ("In 2023, the firm's profit reached $58 million.", "$58 million", "2023"),
    ("Third-quarter sales at the retailer fell 5%.", "5%", "Q3"),
    ("Revenue in the third quarter of 2023 was $5bn.", "$5bn", "2023 Q3"),
    ("Britain has pledged 1 million pounds to the ICC this year.", "1 million pounds", "this year"),
    ("The hospital will have 600 beds and open in 2027.", "600 beds", N),
    ("The number of GPs has fallen to 27,627, down 1,200 since 2015.", "1,200", N),
    ("Server costs hit $18,400 in September.", "$18,400", "M09"),
    ("Tesco reported profits of £2.29bn for the year to February.", "£2.29bn", "FY"),
    ("The ICC has a budget of 169 million euros for 2023.", "169 million euros", "2023"),
    ("Completed in 1932, the crossing is used by 40,000 cars a day.", "40,000 cars a day", N),
    # "annual" before a word of a rate is its basis, not a year's period.
    ("Prices rose at an annual rate of 2.3 per cent last month.", "2.3 per cent", "last month"),
    ("Annual revenue rose to $5bn.", "$5bn", "FY"),
    # A rate over the year to a month is that month's annual rate, or the year's; a sum
    # over it is the year's alone.  "March" and "May" are months after such a phrase.
    ("UK inflation fell to 3.4% in the year to February.", "3.4%", "FY-M02"),
    ("Average rents in Lisbon rose 8.5% in the year to June.", "8.5%", "FY-M06"),
    ("Prices rose 3.6% in the 12 months to March, the bureau said.", "3.6%", "FY-M03"),
    ("Consumer prices rose 3.6% over the twelve months to March.", "3.6%", "FY-M03"),
    ("Rents rose 5% in the year to May 2024.", "5%", "2024 FY-M05"),
    ("Profit was £2bn in the year to March.", "£2bn", "FY"),
    ("Pay rose 5.6% in the three months to May.", "5.6%", N),  # no calendar quarter
    ("Sales reached £3bn in the quarter ended March.", "£3bn", "Q1"),
    # A period named against the figure's before it: a step back from that figure's, or
    # "the same period" as the last figure's; a comparison's base dates nothing.
    ("Prices rose 3.4% in the year to March, down from 3.9% the previous month.", "3.9%", "FY-M02"),
    ("The rate rose to 7.22% this week from 7.10% a week earlier.", "7.10%", "last week"),
    ("Inflation eased to 2.4% in November from 2.9% the month before.", "2.9%", "M10"),
    ("GDP grew 0.6% in Q1 2024 after 0.3% the previous quarter.", "0.3%", "2023 Q4"),
    (
        "Sales were £1.2m in the second quarter of 2024, up from £1.1m in the same quarter"
        " last year.",
        "£1.1m",
        "2023 Q2",
    ),
    (
        "Inflation was 3.1% in August 2023. Food prices rose 4.4% over the same period.",
        "4.4%",
        "2023 M08",
    ),
    ("Prices were 1.2 per cent higher in February than a year earlier.", "1.2 per cent", "M02"),
    ("Inflation was 3.4% in March, against 5% a year earlier.", "5%", N),  # no year to step
    # A fresh-eyes review's faults, mended: "before" with a noun phrase after it dates
    # nothing; a figure dated against another anchors no third; a count over "the same
    # period" as a rate's year to a month is of that year; a company's metric over the
    # year to a month is of its financial year; "same period" keeps to its paragraph.
    ("Visitors reached 2.4m in 2023, against 2.1m the year before the pandemic.", "2.1m", N),
    (
        "Inflation eased to 2.4% in November from 2.9% the month before, Eurostat said.",
        "2.9%",
        "M10",
    ),
    (
        "It was 5.1% in Q2 2023, against 4.2% a quarter before and 3% a year earlier.",
        "3%",
        "2022 Q2",
    ),
    (
        "Food prices rose 5% in the year to February, while the charity handed out 3.1"
        " million parcels over the same period.",
        "3.1 million parcels",
        "FY",
    ),
    ("Halden Retail said revenue rose 6% in the year to February.", "6%", "FY"),
    (
        "Inflation was 3.1% in August 2023.\n\nFood prices rose 4.4% over the same period.",
        "4.4%",
        N,
    ),
    # A figure dated against another but not told leaves "the same period" unknown.
    (
        "Inflation slowed to 4.0% last month, down from 4.4% the month before. Food prices"
        " rose 4.2% over the same period.",
        "4.2%",
        N,
    ),
    # Other lengths of months to a month name no part of a year; nor do years.
    ("Output rose 2% in the nine months to September.", "2%", N),
    ("Prices rose 4% in the two years to September.", "4%", N),
    ("Prices rose 3.1% in the 12 months through March.", "3.1%", "FY-M03"),
    # A day may stand before the month the year runs to.
    ("Recorded crime fell 4% in the year to 31 March 2024.", "4%", "2024 FY-M03"),
    ("The council spent £2m in the year to 31 March.", "£2m", "FY"),
]

# (sentence, claim text, predicate)
PREDICATES = [
    # A count after a passive verb's "by" did what the verb says: the verb's class is
    # its subject's, not the doers'; but attendance counts its doers.
    ("Fourteen walkers were winched to safety by two helicopters.", "two helicopters", None),
    ("Fourteen walkers were winched to safety by two helicopters.", "Fourteen walkers", "rescues"),
    ("Three men were killed by two gunmen.", "two gunmen", None),
    ("Three men were killed by two gunmen.", "Three men", "deaths"),
    # A verb past "after", "when" or "because" is another clause's event, which a figure
    # takes only where no word of its own clause gives one.
    (
        "Two men were charged after a 15-year-old boy was stabbed in Leeds.",
        "Two men",
        "charges",
    ),
    ("A teenager has been charged after a 90-year-old woman was conned.", "teenager", "charges"),
    ("The party was attended by 40 relatives.", "40 relatives", "attendance"),
    # An active verb between two counts befalls its object, not its subject.
    ("Two gunmen killed three men.", "three men", "deaths"),
    ("Two gunmen killed three men.", "Two gunmen", None),
    ("Two firefighters rescued 14 walkers.", "14 walkers", "rescues"),
    ("About 200 firefighters tackled a five-alarm blaze.", "About 200 firefighters", "deployment"),
    ("Five people were killed and 30 injured when the roof collapsed.", "Five people", "deaths"),
    ("Five people were killed and 30 injured when the roof collapsed.", "30", "injuries"),
    ("The storm killed five people and injured 30 others.", "30 others", "injuries"),
    ("With 58 planes and a workforce of 3,600, it flew 4.2m travellers.", "58 planes", N),
    ("With 58 planes and a workforce of 3,600, it flew 4.2m travellers.", "3,600", "employment"),
    # A predicate noun before "of" names the figure after it, not the nearer one before.
    ("Profit was $460m on revenue of $7.2bn.", "$460m", "profit"),
    ("Profit was $460m on revenue of $7.2bn.", "$7.2bn", "revenue"),
    ("Net income reached $460m on sales of some 7.2bn dollars.", "some 7.2bn dollars", "revenue"),
    ("Turnover at the airport came to £148m for the year.", "£148m", "revenue"),
    ("Revenue rose from $10m to $12m.", "$12m", "revenue"),
    ("It earned $6.78 per diluted common share.", "$6.78 per diluted common share", "eps"),
    ("Medics saw 220 people, and 9 were taken to hospital.", "9", "injuries"),
    # A count's own role noun gives way to what befell them.
    ("Among those hurt were 14 employees, the firm said.", "14 employees", "injuries"),
    ("The plant employs 400 employees.", "400 employees", "employment"),
    ("At least 6 residents are confirmed dead.", "At least 6 residents", "deaths"),
    # The count a verb of fighting is followed by is what is fought.
    ("Crews were battling 58 bushfires across the state.", "58 bushfires", N),
    ("The SES responded to more than 900 calls for help.", "more than 900 calls", N),
    ("Crews were battling 58 bushfires and 12 grass fires.", "12 grass fires", N),
    (
        "More than 300 SES volunteers responded to 2,000 calls.",
        "More than 300 SES volunteers",
        "deployment",
    ),
    ("Police deployed 120 officers to the match.", "120 officers", "deployment"),
    # A standing total's noun for who is counted names no count before it, and gives way
    # to a toll's word; as the subject before a count it names it.
    ("Twelve paramedics treated residents outside the building.", "Twelve paramedics", N),
    ("Residents of 11 nearby homes were told to stay away.", "11 nearby homes", N),
    ("The firm has a workforce of 3.5 million.", "3.5 million", "employment"),
    ("It has a workforce of 2,000 people.", "2,000 people", "employment"),
    ("The authorities put the number of displaced residents at 560.", "560", "evacuations"),
    ("The firm's employees number 4,500.", "4,500", "employment"),
    # Before "of" and a count of its own noun it names none: where they are, the flats.
    ("Residents of 40 flats were evacuated.", "40 flats", "evacuations"),
    # Two counts joined by "and" alone are one verb's subject, or its object, together.
    (
        "Around 80 firefighters and 11 helicopters are battling the flames.",
        "Around 80 firefighters",
        "deployment",
    ),
    ("Gunmen killed five soldiers and three civilians.", "five soldiers", "deaths"),
    ("Gunmen killed five soldiers and three civilians.", "three civilians", "deaths"),
    ("The storm killed 12 people and injured 30 others.", "12 people", "deaths"),
    (
        "Around 80 firefighters and 11 helicopters and 3 planes are battling the flames.",
        "Around 80 firefighters",
        "deployment",
    ),
    # Not where the second count has a verb of its own, or the first one before it.
    ("Rescuers found 14 survivors and 3 bodies were recovered later.", "14 survivors", N),
    ("The attack killed 5 people and 30 remain in hospital.", "30", N),
    ("Police arrested 12 men and 3 women were released.", "3 women", N),
    # A plural noun or a reporting verb before the first is no verb of its own.
    (
        "In the hills 80 firefighters and 11 helicopters are battling the flames.",
        "80 firefighters",
        "deployment",
    ),
    (
        "Officials said 80 firefighters and 11 helicopters were battling the flames.",
        "80 firefighters",
        "deployment",
    ),
    ("Police arrested 20 men and 11 women like him.", "11 women", "arrests"),
]

# (sentence, claim text, per)
PER = [
    ("Regular Price: $50/user per month.", "$50/user per month", "user/month"),
    ("The bundle costs $100/month.", "$100/month", "month"),
    ("It earned $6.78 per diluted common share.", "$6.78 per diluted common share", "share"),
    ("Tickets cost £9 per head.", "£9 per head", "person"),
    ("The fund holds $50 million.", "$50 million", N),
]

# (sentence, claim text, kind, value, noun)
AGES_AND_DATES = [
    ("Smith, 29, was arrested at his home.", "29", Kind.AGE, 29, "smith"),
    ("The victim, 71, was found by a neighbour.", "71", Kind.AGE, 71, "victim"),
    ("The pilot, aged 52, landed safely.", "aged 52", Kind.AGE, 52, "pilot"),
    # A sentence opening with an age cue is no name with a number ("Boeing 737").
    ("Aged 52, the former bookkeeper was jailed.", "Aged 52", Kind.AGE, 52, None),
    ("The fire broke out on 5 April.", "5 April", Kind.DATE, 405, N),
    ("It was signed on July 14, 2019.", "July 14, 2019", Kind.DATE, 20190714, N),
    ("It will begin on the 5th of March.", "5th of March", Kind.DATE, 305, N),
    ("Council tax rises in 2025-26, the council said.", "2025-26", Kind.YEAR, 2025, N),
]

NOT_AGES = [
    "In March, 29 people died.",
    "The scores were 3, 29, 45.",
]


def _claim(sentence: str, text: str):  # type: ignore[no-untyped-def]
    (c,) = [c for c in extract(sentence) if c.text == text]
    return c


@pytest.mark.parametrize(
    ("sentence", "text", "period"), PERIODS, ids=[p[1] + "|" + p[0][:30] for p in PERIODS]
)
def test_period_by_grammar(sentence: str, text: str, period: str | None) -> None:
    """A period scopes the figure it is tied to, never a figure of another clause."""
    assert _claim(sentence, text).period == period


@pytest.mark.parametrize(
    ("sentence", "text", "predicate"), PREDICATES, ids=[p[1] for p in PREDICATES]
)
def test_predicate(sentence: str, text: str, predicate: str | None) -> None:
    """Each figure takes the predicate word nearest it that no other figure holds."""
    assert _claim(sentence, text).predicate == predicate


@pytest.mark.parametrize(("sentence", "text", "per"), PER, ids=[p[1] for p in PER])
def test_amount_per_something(sentence: str, text: str, per: str | None) -> None:
    """An amount keeps what it is per, and the words that say so, in its span."""
    c = _claim(sentence, text)
    assert c.per == per
    assert sentence[c.span[0] : c.span[1]] == text


@pytest.mark.parametrize(
    ("sentence", "text", "kind", "value", "noun"),
    AGES_AND_DATES,
    ids=[a[1] for a in AGES_AND_DATES],
)
def test_ages_and_dates(
    sentence: str, text: str, kind: Kind, value: float, noun: str | None
) -> None:
    """Ages in apposition and with a cue, dates with their value, financial years."""
    c = _claim(sentence, text)
    assert c.kind is kind
    assert c.quantity is not None and c.quantity.value == value
    assert c.noun == noun


@pytest.mark.parametrize("sentence", NOT_AGES)
def test_numbers_between_commas_that_are_no_ages(sentence: str) -> None:
    """A number between commas after a month or another number is no age."""
    assert all(c.kind is not Kind.AGE for c in extract(sentence))


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("date 2023-03-20 The court met on Monday.", True),
        ("Published 20 March 2023\nThe court met.", True),
        ("The court met on 20 March 2023.", False),
    ],
    ids=["iso-dateline", "published-line", "date-in-a-sentence"],
)
def test_dateline_is_the_texts_date_not_a_claim(text: str, dated: bool) -> None:
    """A date opening a text after a dateline word is when it was written, not a fact."""
    from claimdiff.extract import dateline

    dates = [c for c in extract(text) if c.kind is Kind.DATE and c.unit == "date"]
    assert bool(dates) is not dated
    assert (dateline(text) == 2023) is dated


@pytest.mark.parametrize(
    "clauses",
    [
        [(0, 12), (14, 30), (32, 50)],  # apart: each read alone
        [(0, 30), (10, 40), (5, 50), (20, 25)],  # overlapping: the sentence indexed
        [(3, 9), (0, 50), (41, 47)],  # a word cut by either end
    ],
)
def test_clause_words_read_alone_or_indexed_alike(clauses: list[tuple[int, int]]) -> None:
    """ClauseWords gives context_words of each clause, whether it reads the clause alone
    or from the sentence's words, indexed once clauses overlap (issue 12)."""
    from claimdiff.extract.subjects import ClauseWords, context_words
    from claimdiff.lexicon import get_lexicon

    lex = get_lexicon("en")
    text = "Sales of the firm's well-known brand rose 5%, costs fell; staff-run shops grew."
    indexed = ClauseWords(text, lex, (0, len(text)))
    for clause in clauses:
        assert indexed.of(clause) == context_words(text, clause, lex)


def test_clause_words_kept_by_text_in_a_list_of_figures() -> None:
    """Clauses read alone in a sentence of many figures are kept by their text: a repeated
    clause gives the words it gave before, and each clause still gives its own."""
    from claimdiff.extract.subjects import ClauseWords, context_words
    from claimdiff.lexicon import get_lexicon

    lex = get_lexicon("en")
    text = "Aid £1.2m, $3bn, 45% of staff; Aid £1.2m, $3bn, 45% of staff; 12 km roads"
    clauses = [(0, 9), (11, 15), (17, 29), (31, 40), (42, 46), (48, 60), (62, 73)]
    kept = ClauseWords(text, lex, (0, len(text)))
    for clause in clauses:
        assert kept.of(clause) == context_words(text, clause, lex)
    assert kept.of((0, 9)) == kept.of((31, 40)) == ("aid", "2m")
