"""Changes said without a figure (claimdiff/extract/word_changes.py; docs/claims.md,
"Changes said in words"): what is read, and what is left alone."""

from __future__ import annotations

import pytest

from claimdiff import extract
from claimdiff.model import Direction, Kind

UP, DOWN, FLAT = Direction.UP, Direction.DOWN, Direction.FLAT


def changes(text: str, lang: str = "en") -> list[tuple[str, str | None, Direction | None]]:
    return [
        (c.text, c.noun, c.direction) for c in extract(text, lang=lang) if c.kind is Kind.CHANGE
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A verb whose subject moved.
        ("Exports fell in March.", ("Exports fell", "exports", DOWN)),
        ("The pound strengthened against the dollar.", ("pound strengthened", "pound", UP)),
        ("Shares in Calder Foods rose on Monday.", ("Shares in Calder Foods rose", "shares", UP)),
        ("Knife offences also rose sharply.", ("Knife offences also rose", "offences", UP)),
        ("Inflation rose to a record high.", ("Inflation rose", "inflation", UP)),
        ("Profit edged up in the quarter.", ("Profit edged up", "profit", UP)),
        ("The trade surplus has narrowed.", ("trade surplus has narrowed", "surplus", DOWN)),
        # An aside between what moved and the verb is passed over (a review's find).
        ("Prices, however, rose.", ("Prices, however, rose", "prices", UP)),
        ("Sales too fell.", ("Sales too fell", "sales", DOWN)),
        # "-ing" forms after an auxiliary or a verb of going on, or "with" and a noun.
        (
            "River levels were still rising on Tuesday.",
            ("River levels were still rising", "levels", UP),
        ),
        ("Reservoir levels kept dropping.", ("Reservoir levels kept dropping", "levels", DOWN)),
        (
            "Burglaries rose 4%, with car thefts falling sharply.",
            ("car thefts falling", "thefts", DOWN),
        ),
        # No subject across a word opening a clause: "as costs rose" is of costs.
        (
            "The brewer missed its target for the quarter as costs rose.",
            ("costs rose", "costs", UP),
        ),
        # A verb whose object moved.
        (
            "The Reserve Bank raised its official cash rate.",
            ("raised its official cash rate", "rate", UP),
        ),
        ("The council cut funding for libraries.", ("cut funding", "funding", DOWN)),
        # A linking verb and a level.
        ("Profit was lower, the company said.", ("Profit was lower", "profit", DOWN)),
        ("Sales were up in the north.", ("Sales were up", "sales", UP)),
        ("Imports were little changed.", ("Imports were little changed", "imports", FLAT)),
        ("Prices held steady in May.", ("Prices held steady", "prices", FLAT)),
        ("Unemployment held steady at 3.9%.", ("Unemployment held steady", "unemployment", FLAT)),
        ("Annual inflation held at 2.2 per cent.", ("Annual inflation held", "inflation", FLAT)),
        # A verb keeping its object.
        (
            "The Bank of England left interest rates unchanged.",
            ("left interest rates unchanged", "rates", FLAT),
        ),
        ("The bank held borrowing costs at 5.25%.", ("held borrowing costs", "costs", FLAT)),
        # A noun of change and what changed.
        (
            "There was a sharp rise in burglaries last year.",
            ("rise in burglaries", "burglaries", UP),
        ),
        (
            "A fall in the number of rough sleepers was welcomed.",
            ("fall in the number of rough sleepers", "sleepers", DOWN),
        ),
    ],
)
def test_changes_read(text: str, expected: tuple[str, str, Direction]) -> None:
    assert changes(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Exports rose 0.9% in March.",  # the figure's direction says it
        "Sales jumped to £5m.",
        "A 5% rise in sales was reported.",
        "Orders were 12% higher.",
        "The council cut 300 jobs.",  # a figure among the change's words
        "It fell sharply.",  # what "it" is cannot be told here
        "They rose early.",
        "He fell ill on Friday.",  # other senses of the verbs
        "She rose to power in 1999.",
        "The driver fell from the cab.",  # a person or an animal falls, no quantity
        "The horse fell at the last fence.",
        "The firm cut back on hiring.",
        "Homicides did not fall.",  # denied or to come
        "Prices are expected to rise.",
        "Sales could fall next year.",
        "Sales were higher than expected.",  # against a forecast, no change over time
        "The company set up a new plant.",
        "Rose Byrne starred in the film.",  # a name
        "The prices were little known.",
        "The bank held talks with ministers.",
        # "-ing" forms that say no change made (a review's finds).
        "A rising star of the party spoke.",
        "The biggest hazard was falling masonry.",
        "When prices start falling, buyers return.",
        "Prices could be falling by spring.",
    ],
)
def test_no_change_read(text: str) -> None:
    assert changes(text) == []


def test_change_claims_keep_their_span_and_period() -> None:
    text = "Retail sales were flat in July. Exports fell in the fourth quarter."
    found = [c for c in extract(text) if c.kind is Kind.CHANGE]
    assert [c.text for c in found] == ["Retail sales were flat", "Exports fell"]
    for c in found:
        assert text[c.span[0] : c.span[1]] == c.text
        assert c.quantity is None
    assert found[1].period == "Q4"


def test_german_reads_no_change_yet() -> None:
    assert changes("Die Exporte sind im März gefallen.", lang="de") == []


def test_long_text_is_read_in_parts() -> None:
    """A text past one lower-cased window is read in runs of sentences, as a short one."""
    sentence = "Exports fell in March, while imports rose. "
    text = sentence * 4000  # about 170 kB
    found = changes(text)
    assert len(found) == 8000
    assert found[:2] == [("Exports fell", "exports", DOWN), ("imports rose", "imports", UP)]
