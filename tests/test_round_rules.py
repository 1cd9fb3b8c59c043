"""Rules read off blind pairs (tests/data/pairs_fresh_h.json), each tested on wordings
of its own: a measure with its conversion in brackets, a count "of the chain's shops",
a decade of years, a source named short, and one side of a vote counted two ways."""

from __future__ import annotations

import pytest

from claimdiff import Kind, Verdict, compare, extract
from claimdiff.lexicon import get_lexicon


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("The 38-kilometre (24-mile) tramway is under way.", "38-kilometre", "24-mile"),
        ("The mercury hit 44.5 degrees Celsius (112F) in Cordoba.", "44.5 degrees Celsius", "112F"),
        ("The trail runs 10 miles (16 km) along the coast.", "10 miles", "16 km"),
        ("The farm covers 200 hectares (494 acres).", "200 hectares", "494 acres"),
    ],
)
def test_measure_with_its_conversion_is_linked(text: str, first: str, second: str) -> None:
    claims = {c.text.removeprefix("The ").removeprefix("the "): c for c in extract(text)}
    a, b = claims[first], claims[second]
    assert (a.linked, b.linked) == (b.span, a.span)


@pytest.mark.parametrize(
    "text",
    [
        "The farm covers 200 hectares (12 km) from town.",  # an area and a length
        "The trail runs 10 miles (about an hour) along the coast.",
        "The river rose 2 metres (2 metres more than forecast).",  # one unit, no conversion
    ],
)
def test_measures_of_different_things_are_not_linked(text: str) -> None:
    assert all(c.linked is None for c in extract(text) if c.kind is Kind.MEASURE)


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        (
            "Temperatures reached 45.4C in Seville.",
            "The mercury hit 44.5C (112F) in Seville.",
            Verdict.CONFLICT,
        ),
        ("The line is 38km long.", "The 38-kilometre (24-mile) line opens.", Verdict.AGREE),
        ("The line is 24 miles long.", "The 38-kilometre (24-mile) line opens.", Verdict.AGREE),
    ],
)
def test_converted_measure_is_one_figure(a: str, b: str, verdict: Verdict) -> None:
    (f,) = [f for f in compare(a, b).findings if f.a.kind is Kind.MEASURE]
    assert f.verdict is verdict, f.reason


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Administrators said 29 of the chain's shops will shut.", "shops"),
        ("Three of the club's players were injured.", "players"),
        ("Two of the boys' teachers resigned.", "teachers"),
        ("Twelve of Britain’s biggest firms signed up.", "firms"),
        ("Five of its stores closed.", "stores"),
        ("Twelve of New York's hospitals closed.", "hospitals"),
        ("Some 4,500 bus drivers will strike.", "drivers"),  # "bus" is no plural
        ("About 300 gas workers struck.", "workers"),
    ],
)
def test_what_is_counted(text: str, noun: str) -> None:
    (c,) = extract(text)
    assert c.noun == noun


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("The bridge was built in the early 1990s.", "early 1990s", 1990, 1994),
        ("The mill closed in the 1970s.", "1970s", 1970, 1979),
        ("Prices peaked in the late 2010s.", "late 2010s", 2015, 2019),
        ("It was popular in the mid 1960s.", "mid 1960s", 1963, 1967),
        # A hyphen joins a part of a decade to its digits as AP style writes it.
        ("The dispute dates back to the mid-1990s.", "mid-1990s", 1993, 1997),
        ("The early-1980s boom faded.", "early-1980s", 1980, 1984),
        ("A late‑1950s bungalow was sold.", "late‑1950s", 1955, 1959),
        ("Looms ran here in the mid-1800s.", "mid-1800s", 1830, 1879),
        # A determiner or possessive makes four digits and an "s" a decade.
        ("Senators repealed a 1970s law on trading hours.", "1970s", 1970, 1979),
        ("Tenants left a 1960s-built tower block.", "1960s", 1960, 1969),
        ("The band revived their 1980s sound.", "1980s", 1980, 1989),
        # A part names the decade of the 2000s, which alone may be the century.
        ("The comet was first spotted in the early 2000s.", "early 2000s", 2000, 2004),
        ("They bought a mid-2000s house.", "mid-2000s", 2003, 2007),
        # Two digits after an apostrophe: the last century's, from the '30s.
        ("The club last won the league in the '80s.", "'80s", 1980, 1989),
        ("Prices soared through the ’90s.", "’90s", 1990, 1999),
        # An apostrophe before the "s" writes the same decade; an en dash typed for the
        # hyphen joins the same part.
        ("Crime peaked in the 1990's, police said.", "1990's", 1990, 1999),
        ("It was built in the early 1880’s.", "early 1880’s", 1880, 1884),
        ("The dispute dates back to the mid–1990s.", "mid–1990s", 1993, 1997),
    ],
)
def test_decade_of_years(text: str, surface: str, low: int, high: int) -> None:
    (c,) = [c for c in extract(text) if c.kind is not Kind.CHANGE]  # "Prices soared"
    assert (c.kind, c.text, c.quantity.low, c.quantity.high) == (Kind.YEAR, surface, low, high)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "Ten Boeing 737s were grounded.",
        "The 1995s vintage was poor.",
        "He owns 2010s of them.",
        "Prices peaked in the 2000s.",  # a century as often as a decade: not read
        "Jazz ruled the '20s.",  # either century
        "A man in his '80s was hurt.",  # a decade of life
        "Temperatures climbed into the 80s.",  # as often a temperature
        "The '85s were bottled late.",  # no decade
        "The Covid–19 crisis deepened.",  # an en dash typed for a name's hyphen
    ],
)
def test_no_decade(text: str) -> None:
    assert [c for c in extract(text) if c.kind is Kind.YEAR] == []


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The plant will close by mid-2027, the firm said.", 2027),
        ("Sales rose 5% in mid-2023.", 2023),
        ("Work starts in early-2026.", 2026),
        ("Prices fell in late-2019.", 2019),
        ("Prices fell in late–2019.", 2019),  # an en dash typed for the hyphen
        ("The 2021's budget was cut.", 2021),  # a year's possessive, no decade
    ],
)
def test_year_after_a_hyphened_part(text: str, year: int) -> None:
    """ "mid-2027" is the year 2027, as "mid 2027" is; the part is read where years meet
    dates (docs/compare.md, "A date against a year")."""
    years = [c for c in extract(text) if c.kind is Kind.YEAR]
    assert [(c.text, c.quantity.low) for c in years] == [(str(year), year)]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "Covid-19 cases rose.",
        "Pre-2020 levels returned.",  # not a part of the year: a name's number
        "The mid-50s were warm.",  # two digits: no year
        "The early-198 models.",
    ],
)
def test_no_year_after_other_hyphened_words(text: str) -> None:
    assert [c for c in extract(text) if c.kind is Kind.YEAR] == []


@pytest.mark.parametrize(
    ("a", "b", "differ"),
    [
        ("the state weather agency Aemet", "Aemet", False),
        ("Kyiv", "the ICC", True),
        ("the Office for National Statistics", "the ONS", False),  # its initials
        ("the UK Health Security Agency", "UKHSA", False),  # "UK" gives both its letters
        ("the Bank of England", "the BoE", False),  # the initials are its capitals
        ("the Office for National Statistics", "the ONS chief", True),  # a person of it
        ("the Office for National Statistics", "the IFS", True),  # other initials
        ("the Environment Agency", "EU", True),
        ("police", "the police union", True),
        ("Reuters", "news agency Reuters", False),
    ],
)
def test_a_source_named_short_is_the_same(a: str, b: str, differ: bool) -> None:
    report = compare(f"The toll rose to 45, {a} said.", f"The toll rose to 54, {b} said.")
    (f,) = report.findings
    assert f.verdict is Verdict.CONFLICT
    assert ("sources differ" in f.reason) is differ, f.reason


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The bill passed by 212 votes to 147.",
            "A total of 212 deputies backed the bill, while 174 voted against.",
        ),
        (
            "Councillors approved the plan by 31 votes to 12.",
            "The plan was backed by 31 councillors; 21 members opposed it.",
        ),
    ],
)
def test_one_side_of_a_vote_counted_two_ways(a: str, b: str) -> None:
    verdicts = sorted(f.verdict.value for f in compare(a, b).findings)
    assert verdicts == ["agree", "conflict"]


@pytest.mark.parametrize(
    ("a", "b", "figure", "paired"),
    [
        # The same figure left over in both texts, with nothing else in common.
        (
            "Of the 1,420 patients seen over the weekend, 310 were admitted.",
            "The department recorded 1,420 attendances; 310 people went onto wards.",
            "1,420",
            True,
        ),
        (
            "The Portobello baths, which opened in 1964, will reopen on Saturday.",
            "Portobello's 1964 swimming baths welcome swimmers back this weekend.",
            "1964",
            True,
        ),
        ("Turnout was 53%, the union said.", "In all 53% of members took part.", "53%", True),
        # Too few digits to be repeated by chance, or things against people.
        ("The gallery shows 125 paintings.", "The gallery drew 125 visitors.", "125", False),
        (
            "Officials said 40 countries took part.",
            "Officials said 40 investigators took part.",
            "40",
            False,
        ),
        # Periods both known and apart: two facts.
        (
            "In 2022 the clinic saw 1,420 patients.",
            "In 2023 the clinic recorded 1,420 attendances.",
            "1,420",
            False,
        ),
    ],
)
def test_same_figure_left_over(a: str, b: str, figure: str, paired: bool) -> None:
    found = [f for f in compare(a, b).findings if figure in f.a.text and figure in f.b.text]
    assert bool(found) is paired, found
    assert all(f.verdict is Verdict.AGREE for f in found), [f.reason for f in found]


@pytest.mark.parametrize(
    ("text", "surface", "points"),
    [
        ("The bank cut rates by 25 basis points.", "25 basis points", 0.25),
        ("Yields rose 12 bp on the day.", "12 bp", 0.12),
        ("Spreads widened by about 40 bps.", "about 40 bps", 0.40),
        ("It cut by a quarter of a percentage point.", "a quarter of a percentage point", 0.25),
        ("Inflation rose half a point.", "half a point", 0.5),
        ("The Fed delivered a quarter-point cut.", "quarter-point", 0.25),
        ("The bank cut rates by a quarter point.", "quarter point", 0.25),
        ("It raised rates by a half percentage point.", "half percentage point", 0.5),
        (
            "Rates rose three-quarters of a percentage point.",
            "three-quarters of a percentage point",
            0.75,
        ),
    ],
)
def test_points_in_other_words(text: str, surface: str, points: float) -> None:
    (c,) = extract(text)
    assert (c.text, c.noun) == (surface, "percentage points")
    assert c.quantity is not None and c.quantity.value == pytest.approx(points)


@pytest.mark.parametrize(
    "text", ["Half a dozen eggs were sold.", "He won a quarter of the vote.", "BP shares rose 3%."]
)
def test_no_points(text: str) -> None:
    assert all(c.noun != "percentage points" for c in extract(text))


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        ("Teachers will be paid under a three-year contract.", "a three-year contract", "exact"),
        ("He signed over a two-year deal.", "a two-year deal", "exact"),
        ("Under a million people voted.", "Under a million people", "less_than"),
        ("Under a dozen came.", "Under a dozen", "less_than"),
        ("They waited under a hundred days.", "under a hundred days", "less_than"),
        ("Shares hit almost a two-year low.", "almost a two-year low", "approximate"),
    ],
)
def test_a_hedge_stands_right_before_its_number(text: str, surface: str, qualifier: str) -> None:
    (c,) = extract(text)
    assert (c.text, c.quantity.qualifier.value) == (surface, qualifier)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("The festival returns in mid-March.", "mid-March", 310, 320),
        ("It opens in early June 2024.", "early June 2024", 20240601, 20240610),
        ("Work resumes in late September.", "late September", 920, 931),
        ("Late May, the rain came.", "Late May", 520, 531),
    ],
)
def test_part_of_a_month(text: str, surface: str, low: int, high: int) -> None:
    (c,) = [c for c in extract(text) if c.kind is Kind.DATE]
    assert (c.text, c.quantity.low, c.quantity.high) == (surface, low, high)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "It will be late, may I add.",
        "The mid-Mar figures were out.",
        "Tributes were paid to the late June Brown.",
    ],
)
def test_no_part_of_a_month(text: str) -> None:
    assert [c for c in extract(text) if c.kind is Kind.DATE] == []


@pytest.mark.parametrize(
    ("a", "b", "verdict", "words"),
    [
        (
            "The festival returns in mid-March.",
            "The festival is on March 15.",
            Verdict.COMPATIBLE,
            "10 March to 20 March",
        ),
        (
            "The festival returns in mid-March.",
            "The festival is on March 25.",
            Verdict.CONFLICT,
            "10 March to 20 March",
        ),
        (
            "The strike began in February 2022.",
            "The strike began on 3 March 2022.",
            Verdict.CONFLICT,
            "28 February 2022",
        ),
    ],
)
def test_dates_in_reasons_are_dates(a: str, b: str, verdict: Verdict, words: str) -> None:
    (f,) = compare(a, b).findings
    assert f.verdict is verdict
    assert words in f.reason, f.reason


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("The queue stretched half a mile.", "half a mile", 0.5, "mile"),
        ("It weighed a quarter of a tonne.", "a quarter of a tonne", 0.25, "metric_ton"),
        ("He drank half a litre of water.", "half a litre", 0.5, "liter"),
        ("The plot is three quarters of an acre.", "three quarters of an acre", 0.75, "acre"),
    ],
)
def test_fraction_of_a_unit(text: str, surface: str, value: float, unit: str) -> None:
    (c,) = [c for c in extract(text) if c.kind is not Kind.CHANGE]  # "Prices soared"
    assert (c.kind, c.text, c.unit) == (Kind.MEASURE, surface, unit)
    assert c.quantity is not None and c.quantity.value == value


@pytest.mark.parametrize(
    ("text", "surface", "age"),
    [
        ("Margaret celebrated her 105th birthday on Sunday.", "105th birthday", 105),
        ("It was his 21st Birthday.", "21st Birthday", 21),
        ("She marked her 92nd birthday with a party.", "92nd birthday", 92),
    ],
)
def test_birthday_is_an_age(text: str, surface: str, age: int) -> None:
    (c,) = [c for c in extract(text) if c.unit != "weekday"]  # "on Sunday" is a day
    assert (c.kind, c.text, c.quantity.value) == (Kind.AGE, surface, age)  # type: ignore[union-attr]


@pytest.mark.parametrize("text", ["The club marked its 150th birthday.", "The 5th of May."])
def test_no_birthday_age(text: str) -> None:
    assert [c for c in extract(text) if c.kind is Kind.AGE] == []


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        (
            "The Old Quay Bridge in Limerick, built in the early 1990s, will be demolished.",
            "Limerick's Old Quay Bridge, completed in 1992, is to be pulled down.",
            Verdict.COMPATIBLE,
        ),
        (
            "The Old Quay Bridge in Limerick, built in the early 1990s, will be demolished.",
            "Limerick's Old Quay Bridge, completed in 1998, is to be pulled down.",
            Verdict.CONFLICT,
        ),
        (
            "The central bank cut its rate by 25 basis points.",
            "The bank lowered its rate by a quarter of a percentage point.",
            Verdict.AGREE,
        ),
        (
            "The central bank cut its rate by 25 basis points.",
            "The bank lowered its rate by 0.25 percentage points.",
            Verdict.AGREE,
        ),
        (
            "The central bank cut its rate by 25 basis points.",
            "The bank lowered its rate by half a percentage point.",
            Verdict.CONFLICT,
        ),
        (
            "Police seized half a tonne of cocaine.",
            "Officers found 500kg of cocaine.",
            Verdict.AGREE,
        ),
        (
            "Police seized half a tonne of cocaine.",
            "Officers found 800kg of cocaine.",
            Verdict.CONFLICT,
        ),
    ],
)
def test_the_one_finding(a: str, b: str, verdict: Verdict) -> None:
    """A decade against a year, basis points against points, a fraction of a unit
    against a figure in another unit: one finding, with the reader's verdict."""
    (f,) = compare(a, b).findings
    assert f.verdict is verdict, f.reason


@pytest.mark.parametrize(
    ("text", "surface", "seconds"),
    [
        ("Mutiso won in 2:04:01.", "2:04:01", 7441),
        ("She finished in 59:14.", "59:14", 3554),
        ("He ran 2:04:01.5 today.", "2:04:01.5", 7441.5),
        ("At 9:15 the 1:23:45 record fell.", "1:23:45", 5025),
    ],
)
def test_clock_duration(text: str, surface: str, seconds: float) -> None:
    (c,) = [c for c in extract(text) if c.kind is Kind.DURATION]
    assert (c.text, c.unit) == (surface, "second")
    assert c.quantity is not None and c.quantity.value == seconds


@pytest.mark.parametrize(
    "text",
    [
        "The train left at 14:20.",
        "It ended at 10:30:15.",
        "Kick-off at 7:45:00 pm.",
        "At 9:15 it fell.",
    ],
)
def test_time_of_day_is_no_duration(text: str) -> None:
    assert [c for c in extract(text) if c.kind is Kind.DURATION] == []


@pytest.mark.parametrize(
    ("b", "verdict"),
    [
        ("Mutiso won in two hours, four minutes and one second.", Verdict.AGREE),
        ("Mutiso won in two hours, four minutes and ten seconds.", Verdict.CONFLICT),
    ],
)
def test_clock_against_words(b: str, verdict: Verdict) -> None:
    (f,) = compare("Mutiso won in 2:04:01.", b).findings
    assert f.verdict is verdict, f.reason


@pytest.mark.parametrize(
    "phrase",
    [*get_lexicon("en").FRACTION_PHRASES, *get_lexicon("en").POINT_MODIFIERS],
)
def test_every_fraction_phrase_is_looked_for(phrase: str) -> None:
    """extract/points.py tries its patterns only at a stem, or a short word before one: a
    phrase added to the lexicon without a stem there would never be read."""
    from claimdiff.extract import points

    offsets = [phrase.lower().find(stem) for stem in points._FRACTION_STEMS]
    assert any(k in points._WORD_BEFORE_STEM for k in offsets), phrase
