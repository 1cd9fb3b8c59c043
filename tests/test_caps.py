"""A figure a report names a cap or a limit in words is at most that figure
(claimdiff/caps.py; docs/compare.md, "Caps said in words"): which figures are read so,
and how compare() judges them."""

from __future__ import annotations

import pytest

from claimdiff import compare, extract
from claimdiff.caps import read_as_cap, read_caps
from claimdiff.lexicon import get_lexicon
from claimdiff.model import Qualifier

EN = get_lexicon("en")

# (text, the figure's words, whether it is read as a cap)
READINGS = [
    ("Households will get grants capped at $7,500 each.", "$7,500", True),
    ("Landlords face a maximum penalty of £2,500.", "£2,500", True),
    ("The limit on rent rises is 2%.", "2%", True),
    ("Drivers are allowed to travel at 80mph on the road.", "80mph", True),
    ("The trains have a top speed of 320km/h.", "320km/h", True),
    ("The most expensive seats cost €395.", "€395", True),
    ("The hall has a ceiling of 400 guests.", "400 guests", True),
    # A cap's word that names another figure's cap, or stands past another figure.
    ("He was caught doing 90mph in a 50mph limit.", "90mph", False),
    ("He was caught doing 90mph in a 50mph limit.", "50mph", False),
    ("The £5,000 cap was lifted, and she was paid £8,000.", "£8,000", False),
    # A temperature is a reading; a hedged figure keeps its hedge; too far from the word.
    ("The maximum temperature was 41C.", "41C", False),
    ("The maximum fine is about £5,000.", "about £5,000", False),
    (
        "The new limit will apply to the whole of the long northern stretch at 70mph.",
        "70mph",
        False,
    ),
    ("Grants averaged £4,200 last year.", "£4,200", False),
    # A review's finds: outcomes, readings and other senses of the words.
    ("The maximum gust recorded on Tuesday was 90mph.", "90mph", False),
    # A held-out set's hurricane: "maximum sustained winds" are measured, no cap.
    ("It made landfall with maximum sustained winds of 120mph.", "120mph", False),
    ("He was given the maximum sentence of 10 years.", "10 years", False),
    ("The maximum-security prison held 1,200 inmates.", "1,200 inmates", False),
    ("The Jets allowed 28 points.", "28 points", False),
    ("He was capped 30 times for England.", "30 times", False),
    ("A ceiling collapse injured 12 people.", "12 people", False),
    ("The council permitted 200 new homes.", "200 new homes", False),
    ("The debt ceiling of $31.4tn was lifted.", "$31.4tn", True),
]


@pytest.mark.parametrize(
    ("text", "words", "cap"), READINGS, ids=[r[0][:40] + r[1] for r in READINGS]
)
def test_which_figures_are_caps(text: str, words: str, cap: bool) -> None:
    claims = extract(text)
    found = [c for c in claims if c.text.endswith(words)]
    assert len(found) == 1, [c.text for c in claims]
    read = next(c for c in read_caps(text, claims, EN) if c.span == found[0].span)
    assert read_as_cap(read) is cap
    assert read.quantity is not None and found[0].quantity is not None
    if cap:
        assert read.quantity.qualifier is Qualifier.AT_MOST
        assert read.quantity.high == found[0].quantity.value
    else:
        assert read == found[0]


def test_a_hedged_ceiling_is_no_cap_read_from_words() -> None:
    # "up to £5,000" is at most £5,000 by its own words, not read as a cap.
    (claim,) = extract("Fines of up to £5,000 were imposed.")
    assert claim.quantity is not None and claim.quantity.qualifier is Qualifier.AT_MOST
    assert not read_as_cap(claim)


# (A, B, the verdict, words its reason holds)
PAIRS = [
    (
        "Landlords will face fines of up to £5,000, the minister said.",
        "Landlords face a maximum penalty of £2,500, the minister said.",
        "conflict",
        "£2,500 read as a cap",
    ),
    (
        "Flood-hit households can claim payouts of up to $10,000.",
        "Flood-hit households will get grants capped at $10,000.",
        "agree",
        "read as a cap",
    ),
    (
        "The new trains will run at up to 350 km/h.",
        "The new trains have a top speed of 320 km/h.",
        "conflict",
        "two upper bounds that differ",
    ),
    (
        "Grants to households are capped at £10,000.",
        "The grants to households were £12,000.",
        "conflict",
        "read as a cap",
    ),
    (
        "Grants to households are capped at £10,000.",
        "The grants to households were £4,200.",
        "compatible",
        "overlap",
    ),
]


@pytest.mark.parametrize(("a", "b", "verdict", "words"), PAIRS, ids=[p[1][:40] for p in PAIRS])
def test_compare_judges_a_cap_as_at_most_its_figure(
    a: str, b: str, verdict: str, words: str
) -> None:
    (found,) = compare(a, b).findings
    assert found.verdict.value == verdict, found.reason
    assert words in found.reason
