"""Changes a word before the level word leads (claimdiff/extract/led_changes.py), a
change ended by a comma, runs of time before a figure's level, and what the pairing of
changes reads of their names and sorts (docs/claims.md and docs/compare.md, "Changes
said in words"; thirty-seventh session)."""

from __future__ import annotations

import pytest

from claimdiff import compare, extract
from claimdiff.model import Direction, Kind

UP, DOWN, FLAT = Direction.UP, Direction.DOWN, Direction.FLAT


def changes(text: str) -> list[tuple[str, str | None, Direction | None]]:
    return [(c.text, c.noun, c.direction) for c in extract(text) if c.kind is Kind.CHANGE]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A verb of results, an article at most, a level word and what it qualifies.
        (
            "Brixton Mining reported higher quarterly profits.",
            ("higher quarterly profits", "profits", UP),
        ),
        ("Kessler posted a lower first-half profit.", ("lower first-half profit", "profit", DOWN)),
        ("Moravia Brewing announced flat sales for 2023.", ("flat sales", "sales", FLAT)),
        ("Tessaro saw weaker demand from carmakers.", ("weaker demand", "demand", DOWN)),
        ("The chain posted stronger sales in May.", ("stronger sales", "sales", UP)),
        # A figure with no direction of its own after the noun is its amount, no change's.
        (
            "Qantas posted a higher half-year profit of A$1.25 billion.",
            ("higher half-year profit", "profit", UP),
        ),
        # A verb of causing, its object, an adverb in "-ly" at most, and a level word.
        (
            "The cut came on Tuesday, sending its shares sharply lower.",
            ("sending its shares sharply lower", "shares", DOWN),
        ),
        ("A cold snap hit, pushing prices higher.", ("pushing prices higher", "prices", UP)),
        ("A weak auction drove borrowing costs up.", ("drove borrowing costs up", "costs", UP)),
        # A verb and its particle right after it.
        (
            "Mortgage rates in Canada went up last month.",
            ("Mortgage rates in Canada went up", "rates", UP),
        ),
        (
            "Factory activity in India picked up in August.",
            ("Factory activity in India picked up", "activity", UP),
        ),
        ("Borrowing costs came down.", ("Borrowing costs came down", "costs", DOWN)),
        ("Prices have gone up sharply.", ("Prices have gone up", "prices", UP)),
        # A comma ends the change: what follows it is no object of the verb.
        (
            "Passenger traffic declined, the carrier said.",
            ("Passenger traffic declined", "traffic", DOWN),
        ),
        ("Prices rose, the ONS said.", ("Prices rose", "prices", UP)),
        # The phrase ends at a mark or a time; one change beside another is still read.
        ("It reported higher profits Wednesday.", ("higher profits", "profits", UP)),
    ],
)
def test_led_changes_read(text: str, expected: tuple[str, str, Direction]) -> None:
    assert changes(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The striker sent the ball higher.",  # a body moved, no quantity
        "The balloon went up.",
        "The factory went up in flames.",
        "He picked up the phone.",  # an object after the particle: another verb
        "The issue came up on Monday.",  # "came up" says no change
        "The plan went down well.",
        "The firm reported higher than expected profits.",  # against a forecast
        "Demand was weaker.",  # "weaker" is read only after a verb of results
        "Students entered higher education.",
        "It covers the increase and decrease in prices.",  # either way: no one change
        "There was a rise and fall in prices.",
        "It posted a 5% higher profit.",  # the figure's direction says the change
        # A review's finds (thirty-seventh session): compounds, "than" later in the
        # phrase, changes denied or to come, a place moved to, forecasts, body parts,
        # and changes both ways.
        "The chain reported flat-screen TV sales.",
        "It posted higher-than-expected sales.",
        "It recorded higher returns than its benchmark.",
        "The news could send shares sharply lower.",
        "The move did not push prices higher.",
        "The rule is expected to push prices higher.",
        "Winds pushed the fire up the hillside.",
        "Tides pushed the water higher up the beach.",
        "The IMF sees weaker growth in Germany.",
        "Nurses reported lower back pain.",
        "It covers a rise or a fall in prices.",
        "There were rises and sharp falls in prices.",
        "Oil prices went up and down on Monday.",
        "Prices rose and then fell.",
        # A second review's finds: base forms of a particle verb, "to" leading to no level,
        # "came down hard", "steady" growth, a flat fee.
        "When prices go up, people spend less.",
        "The deal came down to price.",
        "The bill went up to the Senate.",
        "The government came down hard on protesters.",
        "It reported steady growth.",
        "It announced a flat fee.",
        "Rates would likely have sent prices higher.",
    ],
)
def test_no_led_change_read(text: str) -> None:
    assert changes(text) == []


@pytest.mark.parametrize(
    ("text", "figure", "direction"),
    [
        # A run of time between the verb and the level's "to" is passed over.
        ("Brent crude climbed for a third straight week to $82 a barrel.", "$82 a barrel", UP),
        (
            "Waiting lists fell for a second month to 7.57 million in September.",
            "7.57 million",
            DOWN,
        ),
        ("Prices rose for the second month in a row to $82.", "$82", UP),
        ("Prices rose for a fifth day running to $82.", "$82", UP),
        ("Petrol fell for the 5th week running to 132.4p.", "132.4p", DOWN),
        ("Brent rose for three straight weeks to $82.", "$82", UP),
        # A comma before "to" and a level: an aside, not the clause's end.
        ("Road deaths have risen again, to more than 3,600 a year.", "more than 3,600 a year", UP),
        # Verbs of change in "-ing" and third-person forms give a figure its direction.
        ("The yield was slipping to 4.91%.", "4.91%", DOWN),
        ("The pound weakened to $1.25.", "$1.25", DOWN),
        # A run of things is no run of time: the cue stays out of reach.
        ("Prices rose for a third straight win to $82.", "$82", None),
    ],
)
def test_level_after_a_run_or_a_comma(text: str, figure: str, direction: Direction | None) -> None:
    found = {c.text: c.direction for c in extract(text)}
    assert found[figure] is direction


def findings(a: str, b: str) -> list[tuple[str, str, str]]:
    return [(f.a.text, f.b.text, f.verdict.value) for f in compare(a, b).findings]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (
            "Brixton Mining reported higher quarterly profits on Thursday.",
            "Brixton Mining's quarterly profit dropped 11% on Thursday.",
            ("higher quarterly profits", "Mining's quarterly profit dropped 11%", "conflict"),
        ),
        (
            "A cold snap hit on Monday, pushing prices higher.",
            "Gas prices rose 6% on Monday.",
            ("pushing prices higher", "Gas prices rose 6%", "agree"),
        ),
        (
            "A rise in energy prices pushed inflation higher.",
            "A fall in food prices pushed inflation lower.",
            ("pushed inflation higher", "pushed inflation lower", "conflict"),
        ),
        # Initials with full stops are one place's name, which a report may leave unsaid.
        (
            "A weak auction drove borrowing costs up on Wednesday.",
            "Long-term U.S. borrowing costs eased on Wednesday.",
            ("drove borrowing costs up", "borrowing costs eased", "conflict"),
        ),
        (
            "U.S. exports fell in March.",
            "US exports rose in March.",
            ("exports fell", "exports rose", "conflict"),
        ),
    ],
)
def test_led_changes_pair(a: str, b: str, expected: tuple[str, str, str]) -> None:
    assert expected in findings(a, b)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "and" with a word of change the other way says neither way only where nothing
        # stands between but articles and adverbs (a second review's finds).
        ("Exports rose and imports fell in March.", ["Exports rose", "imports fell"]),
        ("Demand rose and supply fell.", ["Demand rose", "supply fell"]),
        ("Profits rose and came in ahead of forecasts.", ["Profits rose"]),
        ("Wages rose and higher prices followed.", ["Wages rose"]),
        (
            "Mortgage rates went up and house prices fell.",
            ["Mortgage rates went up", "house prices fell"],
        ),
        # An object runs to a mark at most.
        (
            "The Fed raised rates, pushing mortgage costs higher.",
            ["raised rates", "pushing mortgage costs higher"],
        ),
        ("Apple reported higher second quarter profits.", ["higher second quarter profits"]),
    ],
)
def test_changes_beside_others_are_read(text: str, expected: list[str]) -> None:
    assert [c[0] for c in changes(text)] == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # The noun after "of" names a sort, as the word before does ("crude costs").
        (
            "Diesel prices rose last week as the cost of crude climbed, the RAC said.",
            "Petrol prices fell last week at the big supermarkets, according to the RAC.",
        ),
        ("U.S. exports fell in March.", "Chinese exports rose in March."),
        # A verb of causing is no sort of what it moves ("pushing prices", "gas prices").
        ("Wholesale gas prices fell.", "A cold snap pushed electricity prices higher."),
    ],
)
def test_led_changes_kept_apart(a: str, b: str) -> None:
    assert [f for f in findings(a, b) if f[2] == "conflict"] == []
