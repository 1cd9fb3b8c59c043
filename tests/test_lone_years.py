"""Years each text gives alone, and the readings their blind set brought to light.

- Two years, each its text's only one, pair on no evidence when at most
  ``LONE_YEAR_GAP`` apart, when one is the other mistyped (two digits swapped, one digit
  but the last changed), or when both events are read and may be one; further apart
  they are two events' (docs/compare.md, "Years of events").
- "died Sunday at 93" is an age where someone died (not "The wind died down at 14");
  "was 52 when he" after "and" where someone opens the sentence; "3,000 people cross it"
  counts people; "told to leave" their homes are evacuations (docs/claims.md).

The blind set behind the rule is tests/data/pairs_lone_years_fresh.json (read by
tests/test_compare_fresh.py); the sentences here are written apart from it.
"""

from __future__ import annotations

import numpy as np
import pytest

import claimdiff
from claimdiff import Verdict, compare
from claimdiff.year_slips import LONE_YEAR_GAP, year_slip


@pytest.mark.parametrize(
    ("a", "b", "slip"),
    [
        (1962, 1926, True),  # two digits swapped
        (2001, 2010, True),
        (1987, 1937, True),  # one digit changed, not the last
        (1878, 1978, True),
        (1978, 1974, False),  # the last digit: a near year, no slip
        (1968, 2001, False),
        (1965.5, 1956, False),  # a span's middle has no digits of its own
    ],
)
def test_year_slip(a: float, b: float, slip: bool) -> None:
    assert year_slip(np.array([a]), np.array([b])).tolist() == [[slip]]


def _years(a: str, b: str) -> list[tuple[str, str, Verdict]]:
    return [
        (f.a.text, f.b.text, f.verdict)
        for f in compare(a, b).findings
        if f.a.kind is claimdiff.Kind.YEAR
    ]


PAIRED = [
    (  # a year dated "from": a beginning, as "built" is
        "The lighthouse was built in 1905 and is being restored.",
        "The lighthouse, which dates from 1912, is being restored.",
        ("1905", "1912"),
        Verdict.CONFLICT,
    ),
    (  # a few years apart: one event misdated
        "The lighthouse, first lit in 1871, is to be repainted this summer at a cost of £90,000.",
        "A £90,000 repaint awaits the lighthouse, which has guided ships since 1874.",
        ("1871", "1874"),
        Verdict.CONFLICT,
    ),
    (  # two digits swapped
        "The rowing club, founded in 1891, has won its first national title.",
        "The club was formed in 1819 and had never before won a national title.",
        ("1891", "1819"),
        Verdict.CONFLICT,
    ),
    (  # two records' spans, far apart, one event read in both
        "Rainfall in March was the lowest since 1953, the Met Office said.",
        "Forecasters said March had been the driest month since 2011.",
        ("1953", "2011"),
        Verdict.CONFLICT,
    ),
    (  # two beginnings worded apart, their digits swapped, beside years of other
        # events the words of the sentences tie closer ("appointed in 2019")
        "Castleford Albion, who won the county cup in 1965, were promoted on Saturday. "
        "The club, founded in 1876, won 3-1 at home.",
        "Castleford Albion, formed in 1867, were promoted with a 3-1 home win. Their "
        "chairman, appointed in 2019, praised the players.",
        ("1876", "1867"),
        Verdict.CONFLICT,
    ),
    (  # each text's one year, no word shared, two digits swapped
        "The pub, which opened in 1835, has been sold to its regulars.",
        "Drinkers have bought the inn, first licensed in 1853.",
        ("1835", "1853"),
        Verdict.CONFLICT,
    ),
    (
        "The mill, built in 1802, will become flats under the plan.",
        "Plans to turn the 1802 mill into flats were approved on Monday.",
        ("1802", "1802"),
        Verdict.AGREE,
    ),
]


@pytest.mark.parametrize(("a", "b", "years", "verdict"), PAIRED)
def test_lone_years_paired(a: str, b: str, years: tuple[str, str], verdict: Verdict) -> None:
    assert (*years, verdict) in _years(a, b)


APART = [
    (  # further apart than the gap, each text's only year, their words untied
        "The choir's founder died on Friday. She started it in 1958.",
        "Tributes were paid to the choir's founder. It first sang in public in "
        f"{1958 + LONE_YEAR_GAP + 3}.",
    ),
    (
        "The scientist, who died on Friday aged 94, founded the Holt Institute in 1968.",
        "Holt, 94, who was made a dame in 2001, died on Friday.",
    ),
    (
        "Councillors approved a £4m refurbishment of the market hall. It first opened in 1885.",
        "A £4m facelift for the market hall got the go-ahead. Work is due to finish in 2026.",
    ),
    (  # each text's one year, of two events read apart, far apart: however many words
        # the two sentences share
        "Mayor Ellen Hart, first elected in 1994, will not stand again, Hart told the council.",
        "Mayor Ellen Hart, who was born in 1951, will not stand again, Hart told the council.",
    ),
    (
        "The Grand Hotel on the seafront, which opened in 1926, will close for repairs soon.",
        "The Grand Hotel on the seafront, last renovated in 1988, will close for repairs soon.",
    ),
    (  # one digit changed, not the last, is as often two events decades apart
        "The author was born in 1947.",
        "Her debut novel won the Booker Prize in 1977.",
    ),
    (
        "The river peaked at 4.1 metres, the highest since records began in 1947.",
        "The river rose to 4.1m, testing defences put in after the floods of 1998.",
    ),
]


@pytest.mark.parametrize(("a", "b"), APART)
def test_lone_years_far_apart_stay_apart(a: str, b: str) -> None:
    assert _years(a, b) == []


READINGS = [
    ("The sculptor died Sunday at 93, his family said.", "93", "age"),
    ("The former mayor died in hospital at 88.", "88", "age"),
    ("Ann Lowe, who founded the troupe, died Sunday at 93.", "93", "age"),
    ("The wind died down at 14 on Sunday.", "14", "count"),
    ("The scheme died in committee at 15 on Tuesday.", "15", "count"),
    ("Harris coached the side and was 52 when he was sacked.", "52", "age"),
    ("Unemployment kept rising and was 12 when he took office.", "12", "count"),
    ("Mrs Jones lived in Leeds and was 91 when she died.", "91", "age"),
    ("Not a single passenger was hurt, and 40 crew were rescued.", "40 crew", "count"),
    ("He was not there. A single firefighter was hurt.", "A single firefighter", "count"),
    ("About 3,000 people cross the bridge each day.", "About 3,000 people", "count"),
    ("About 300 sheep graze on the hill.", "About 300 sheep", "count"),
    ("Some 40 police officers were on duty.", "Some 40 police officers", "count"),
]


@pytest.mark.parametrize(("text", "surface", "kind"), READINGS)
def test_readings(text: str, surface: str, kind: str) -> None:
    claims = [(c.text, c.kind.value) for c in claimdiff.extract(text)]
    assert (surface, kind) in claims, claims


@pytest.mark.parametrize(
    "text", ["Not a single passenger was hurt.", "He did not score a single goal all season."]
)
def test_a_single_after_a_negation_counts_nothing(text: str) -> None:
    assert [c.text for c in claimdiff.extract(text)] == []


def test_told_to_leave_is_an_evacuation() -> None:
    claims = claimdiff.extract("Residents were told to leave about 150 homes in the valley.")
    assert [(c.text, c.predicate) for c in claims] == [("about 150 homes", "evacuations")]
