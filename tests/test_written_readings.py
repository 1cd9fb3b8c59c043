"""Figures written in forms read this round (docs/claims.md): a year before a verb, a span
of days in words, a hedge joined by a hyphen, "plus" between two amounts, a day of the
week after an amount, and a count's total stated with a verb of having."""

from __future__ import annotations

import pytest

from claimdiff import compare, extract

# (text, [(the claim's words, kind, low, high)] of the claims asked about)
READINGS = [
    # A year before a verb: a year, not a count of "contains".
    (
        "A meteorite recovered from a Custer County field in 1994 contains grains.",
        [("1994", "year", 1994.0, 1994.0)],
    ),
    # ... a year before a plural noun is still a count.
    ("The chain now has 2000 stores.", [("2000 stores", "count", 1900.0, 2100.0)]),
    # A span of days written in words after a month's first day.
    ("The poll ran from March 7 to 11.", [("March 7 to 11", "date", 307.0, 311.0)]),
    ("It was fielded Sept. 5 to 9 among 900 adults.", [("Sept. 5 to 9", "date", 905.0, 909.0)]),
    ("Voters were polled between May 9 and 11.", [("May 9 and 11", "date", 509.0, 511.0)]),
    # ... not where a noun follows the second number, nor "and" without "between".
    ("Sales rose from March 7 to 11 stores.", [("11 stores", "count", 11.0, 11.0)]),
    ("He met them on May 9 and 11 others joined.", [("11 others", "count", 11.0, 11.0)]),
    # ... nor a per cent, a unit or a time of day, nor a level after a verb of change.
    ("The rate rose on Sept. 5 to 9 per cent.", [("Sept. 5", "date", 905.0, 905.0)]),
    ("Temperatures climbed on July 7 to 31C.", [("July 7", "date", 707.0, 707.0)]),
    (
        "The death toll rose on March 7 to 11 after more bodies were found.",
        [("11", "count", 11.0, 11.0)],
    ),
    # ... nor a day of another month, a count on another date, or a date moved.
    ("The case was adjourned on March 3 to 14 April.", [("14 April", "date", 414.0, 414.0)]),
    ("Cases went from 3 on May 2 to 9 on May 5.", [("May 2", "date", 502.0, 502.0)]),
    ("The vote was postponed from May 9 to 23.", [("May 9", "date", 509.0, 509.0)]),
    # ... but rain that fell "from" one day to another fell over a span, and "in" after
    # the second day is no unit.
    ("Rain fell from March 7 to 11 across the region.", [("March 7 to 11", "date", 307.0, 311.0)]),
    ("COP29 takes place Nov. 11 to 22 in Baku.", [("Nov. 11 to 22", "date", 1111.0, 1122.0)]),
    # ... and a verb with its object after the second day leaves it a span.
    ("A survey conducted May 9 to 11 puts the PQ first.", [("May 9 to 11", "date", 509.0, 511.0)]),
    # A hedge joined by a hyphen: at least the figure.
    ("The festival drew a 3,000-plus crowd.", [("3,000-plus crowd", "count", 3000.0, None)]),
    # "plus" between two amounts ends the first's phrase: a fine, and costs.
    (
        "The firm must pay a £48k fine plus costs of £6,200.",
        [("a £48k fine", "money", 47500.0, 48500.0), ("£6,200", "money", 6150.0, 6250.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), READINGS, ids=[r[0] for r in READINGS])
def test_reading(text: str, expected: list[tuple[str, str, float, float | None]]) -> None:
    claims = {c.text: c for c in extract(text)}
    for surface, kind, low, high in expected:
        c = claims[surface]
        assert c.quantity is not None
        assert (c.kind.value, c.quantity.low, c.quantity.high) == (kind, low, high)
        assert text[c.span[0] : c.span[1]] == surface


# (text, the amount's words, the noun it is for): a day of the week is no amount's noun.
NOUNS = [
    ("The firm was fined £48,000 on Thursday.", "£48,000", "fine"),
    ("Brent crude rose to $73.10 a barrel on Tuesday.", "$73.10 a barrel", "crude"),
    ("The council paid out £40,000 on Monday for the repairs.", "£40,000", "payment"),
]


@pytest.mark.parametrize(("text", "surface", "noun"), NOUNS, ids=[n[0] for n in NOUNS])
def test_amount_is_for_no_day(text: str, surface: str, noun: str | None) -> None:
    (c,) = [c for c in extract(text) if c.text == surface]
    assert c.noun == noun


# (text, the count's words, whether its class is read from its own noun alone)
HELD = [
    ("There are about 900 residents in the village.", "about 900 residents", False),
    # A contraction is no possessive.
    ("The council said it's 42 residents who have fallen ill.", "42 residents", True),
    ("The village has about 900 residents.", "about 900 residents", False),
    ("The town is home to 38,000 residents.", "38,000 residents", False),
    ("At the care home, 42 residents have fallen ill.", "42 residents", True),
]


@pytest.mark.parametrize(("text", "surface", "own"), HELD, ids=[h[0] for h in HELD])
def test_total_held(text: str, surface: str, own: bool) -> None:
    (c,) = [c for c in extract(text) if c.text == surface]
    assert c.predicate == "population"
    assert c.predicate_of_noun is own


def test_a_name_ending_in_plus_stays_a_name() -> None:
    """ "plus" ends a noun phrase after a figure, not a name ("Disney Plus")."""
    a = "Disney Plus added 12m subscribers, and Netflix 8m."
    b = "Netflix added 12m subscribers, and Disney Plus 8m."
    assert [f.verdict.value for f in compare(a, b).findings] == ["conflict", "conflict"]


def test_day_spans_agree_across_forms() -> None:
    a = "The poll of 1,000 adults was conducted March 7-11."
    b = "The survey of 1,000 adults ran from March 7 to 11."
    got = {(f.a.text, f.b.text): f.verdict.value for f in compare(a, b).findings}
    assert got == {
        ("1,000 adults", "1,000 adults"): "agree",
        ("March 7-11", "March 7 to 11"): "agree",
    }
