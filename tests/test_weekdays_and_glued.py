"""Days of the week, numbers glued to letters, hedged ratios, ages after "turned" and
coarse hedges on figures in words (docs/claims.md): each reading and each exclusion."""

from __future__ import annotations

import pytest

from claimdiff import compare, extract
from claimdiff.model import Kind


def _days(text: str) -> list[str]:
    return [c.text for c in extract(text) if c.weekday]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("The council met on Tuesday.", ["Tuesday"]),
        ("Last Friday, the ICC accused Putin.", ["Friday"]),
        ("Early on Sunday the river burst its banks.", ["Sunday"]),
        ("Wednesday, 5 people were hurt in the crash.", ["Wednesday"]),
        ("Police said on Tuesday President Biden had been told.", ["Tuesday"]),
        ("Friday's vote was close.", ["Friday"]),
        ("It marched on Wednesday to demand change.", ["Wednesday"]),
        # Part of a calendar date, which carries it.
        ("The store opens on Thursday 5 March.", []),
        ("Voters go to the polls on Tuesday, November 26.", []),
        # Names.
        ("Black Friday sales rose 5%.", []),
        ("Good Friday services were cancelled.", []),
        ("Super Tuesday results came in.", []),
        ("The Sunday Times reported it first.", []),
        # Spans and habits.
        ("The service runs Monday to Friday.", []),
        ("The Monday-Friday timetable changes.", []),
        ("Each Friday, the team meets.", []),
        # Not written as a day of one event.
        ("MONDAY: markets open.", []),
        ("The shop shuts on mondays.", []),
        ("Sales on Fridays rose.", []),
    ],
)
def test_days_of_the_week(text: str, days: list[str]) -> None:
    assert _days(text) == days


def test_a_day_bounds_no_figure_and_untied_days_never_conflict() -> None:
    """The same day agrees; two different days conflict only where their words tie them
    to one event (claimdiff.weekday_ties), and are left unpaired otherwise."""
    same = compare("The bridge reopened on Tuesday.", "The bridge was reopened on Tuesday.")
    assert [f.verdict.value for f in same.findings] == ["agree"]
    tied = compare("The bridge reopened on Tuesday.", "The bridge was reopened on Wednesday.")
    assert [f.verdict.value for f in tied.findings] == ["conflict"]
    apart = compare(
        "The bridge reopened on Tuesday.", "Police said on Wednesday the bridge was safe."
    )
    assert apart.findings == ()
    assert [c.text for c in apart.only_a] == ["Tuesday"]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # A currency's symbol at home (CLDR) touching the digits: one amount, no stray count.
        ("Officials said R12 million meant for water was stolen.", [("R12 million", "ZAR")]),
        ("The R5.2bn contract was signed.", [("R5.2bn", "ZAR")]),
        ("The camera cost P20,000 in Gaborone.", [("P20,000", "BWP")]),
        ("It now costs KSh20, up from Ksh 12.", [("KSh20", "KES"), ("Ksh 12", "KES")]),
        ("A ticket won zł36.2m.", [("zł36.2m", "PLN")]),
        ("Putrajaya approved RM5 billion.", [("RM5 billion", "MYR")]),
        ("Rs500 was paid to each family.", [("Rs500", "INR")]),
        ("R12m for the roads was approved.", [("R12m", "ZAR")]),
        ("Paid KSh12bn.", [("KSh12bn", "KES")]),  # a symbol near the text's start
        # Kenya's press writes the shilling "Sh" (not in CLDR: EXTRA_HOME_SYMBOLS).
        ("The Sh3.5 billion gallery opens.", [("Sh3.5 billion", "KES")]),
        ("Shs5.6 trillion was circulating.", [("Shs5.6 trillion", "UGX")]),  # Uganda's
        ("Rent rose to Sh45,000 a month.", [("Sh45,000 a month", "KES")]),
        ("He got 5 Sh marks.", [("5 Sh marks", None)]),  # never after a number: a count
        ("Sh500 was paid.", []),  # two letters: a scale or grouped digits, as "R45"
        # "won" after a number: money hyphened, after a scale, grouped digits, decimals or
        # a word of money in its clause (docs/claims.md, "Currency words that are everyday
        # words").
        ("It costs 10,030 won an hour.", [("10,030 won an hour", "KRW")]),
        ("Shares closed at 72,000 won a share.", [("72,000 won a share", "KRW")]),
        ("She found a 500-won coin.", [("a 500-won coin", "KRW")]),
        ("The rand weakened to 18.5 rand a dollar.", [("18.5 rand", "ZAR")]),
        ("Labour fielded 40 candidates and 14 won.", [("40 candidates", None), ("14", None)]),
        ("Everyone paid. Only 14 won.", [("14", None)]),
        ("It cost F\u202fCFA 5000.", [("F\u202fCFA 5000", "XOF")]),
        ("It cost Bs.S5m.", [("Bs.S5m", "VES")]),
        ("It cost EUR 5.", [("EUR 5", "EUR")]),
        # Symbols of one or two letters are money only with a scale or grouped digits:
        # names, elements and words stay what they are.
        ("A Br2 molecule.", []),
        ("Ar40 dating.", []),
        ("Potholes on the R62 near Oudtshoorn.", []),
        ("The Canon R5 body is popular.", []),
        ("Take a B12 supplement.", []),
        ("An F35 jet was scrambled.", []),
        ("Motorists pay R45 at the toll plaza.", [("R45", "ZAR")]),  # after a word of money
        ("He bought a Mercedes E300 there.", []),  # a word between: a car
        ("Q3 sales were flat.", [("Q3", "date")]),  # a quarter named alone, no count of Q
        ("He bought 5 Ft of cable.", [("5 Ft", "foot")]),  # after a number, a unit
        # Pence as one letter after the digits; "c" stays a temperature.
        ("Petrol costs 139.9p a litre.", [("139.9p a litre", "GBP")]),
        ("The stamp, previously 135p, rose.", [("135p", "GBP")]),
        ("It was 40C in Seville.", [("40C", "degree_Celsius")]),
        # "in" glued to its digits is an inch; after a space, a preposition.
        ("Almost 5in of rain fell.", [("Almost 5in", "inch")]),
        ("It fell 5 in a row.", [("5", None)]),
        # A space left out before the preposition: the words after read on as its object.
        ("The song reached the top 10in the charts.", []),
        ("They won 3in a row.", []),
        ("Temperatures hit 40c in Seville.", [("40c", "degree_Celsius")]),
        ("A 1080p screen.", []),
        # Numbers read before a number word leave it alone.
        ("In 2019 five people died.", [("2019", None), ("five people", None)]),
        (
            "Since 2010 three million homes were built.",
            [("2010", None), ("three million homes", None)],
        ),
        ("Of the 12 two were hurt.", [("12", None), ("two", None)]),
        ("He picked 1,2,3 in the draw.", [("1", None), ("2", None), ("3", None)]),
    ],
)
def test_numbers_glued_to_letters(text: str, figures: list[tuple[str, str | None]]) -> None:
    """Digits touching letters are an amount in the currency those letters write, or nothing."""
    found = [(c.text, c.unit) for c in extract(text) if c.kind is not Kind.CHANGE]
    assert found == figures


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Fewer than two in five pupils passed.", 0.0, 40.0),
        ("More than 1 in 10 homes flooded.", 10.0, None),
        ("How about 2 in 5 or more?", 40.0, None),
        ("About 1 in 5 adults smoke.", 17.0, 23.0),  # as "about 20%" reads
        ("Two in five Year 8 pupils passed.", 36.0, 44.0),
    ],
)
def test_hedged_ratios(text: str, low: float, high: float | None) -> None:
    (c,) = extract(text)
    assert c.kind is Kind.PERCENT and c.quantity is not None
    lo, hi = c.quantity.interval
    assert lo == pytest.approx(low) and (hi is None if high is None else hi == pytest.approx(high))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Bridget Maloney turned 105 on Sunday.", Kind.AGE),
        ("The actor turns 60 next month.", Kind.AGE),
        ("She has just turned 100.", Kind.AGE),
        ("The car turned 90 at the junction.", Kind.COUNT),
        ("The team turned 2 in the second half.", Kind.COUNT),
        ("He was 4 on the day.", Kind.COUNT),
    ],
)
def test_ages_after_turned(text: str, kind: Kind) -> None:
    assert extract(text)[0].kind is kind


@pytest.mark.parametrize(
    ("text", "width"),
    [
        ("They spent about a week in orbit.", 0.15),  # one significant digit, in words
        ("They spent about 7 days in orbit.", 0.15),
        ("They spent about twelve days in orbit.", 0.10),
    ],
)
def test_a_hedge_on_a_coarse_figure_in_words_widens_more(text: str, width: float) -> None:
    (c,) = extract(text)
    assert c.quantity is not None and c.quantity.value is not None
    _, hi = c.quantity.interval
    assert (hi or 0) / c.quantity.value == pytest.approx(1 + width)


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        ("About 120 Year 8 pupils sat it.", None, 120.0),
        ("Jailed For 5 Years 2 Months After Fraud", "month", 62.0),
        ("It took five years.", "year", 5.0),
    ],
)
def test_a_time_unit_named_by_a_number(text: str, unit: str | None, value: float) -> None:
    (c,) = extract(text)
    assert (c.unit, c.quantity.value if c.quantity else None) == (unit, value)


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("Ravi Menon (52), a teacher, won.", ["52"]),
        ("Constable A. Kumar (29) was hurt.", ["29"]),
        ("Mrs Patel (78) and her husband (81) were hurt.", ["78", "81"]),
        ("Police booked her husband Rohit (30).", ["30"]),
        ("Tesco (52) rose.", []),
        ("Shares in Tesco (52) rose.", []),
        ("Leeds United (2) v Sheffield Wednesday (1) was tense.", []),
        ("Daniel Craig (007) returns.", []),
        ("See page (47).", []),
    ],
)
def test_bracketed_ages(text: str, ages: list[str]) -> None:
    """A bracketed number after a full name or a word for a person is an age; after a lone
    name, beside a fixture, with a leading zero or after a common word it is none."""
    assert [c.text for c in extract(text) if c.kind.value == "age"] == ages


def test_german_reads_no_bracketed_age_after_a_capitalised_noun() -> None:
    """German capitalises every noun: "Seite (47)" is a page, "Bayern (3)" a score."""
    claims = extract("Seite (47) zeigt es. Bayern (3) gegen Dortmund (1).", lang="de")
    assert not [c for c in claims if c.kind.value == "age"]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Dairy farmers get an extra 2c per litre.", "money", 0.02),
        ("Petrol rose 40c a litre.", "money", 0.4),
        ("Power costs 12c a kWh.", "money", 0.12),
        ("Temperatures fell 2c a day.", "measure", 2.0),
        ("Temperatures fell 3c a night.", "measure", 3.0),
        ("Sea levels rose 1c per annum.", "measure", 1.0),
        ("Highs of 25c are expected.", "measure", 25.0),
    ],
)
def test_cents_glued_before_what_a_price_is_per(text: str, kind: str, value: float) -> None:
    """ "2c per litre" is cents; "25c" alone stays a temperature (docs/claims.md)."""
    (claim,) = extract(text)
    assert claim.quantity is not None
    assert (claim.kind.value, claim.quantity.value) == (kind, pytest.approx(value))
