"""Years of events the thirty-eighth session pairs (docs/compare.md, "Years of events" and
"The same figure left over").

- Once the years both texts give pair as the same, the one year each has left pairs as
  each text's only year would: at most ``LONE_YEAR_GAP`` apart or its digits swapped,
  even where the verbs differ; a span or a decade is no year left, nor is one digit
  changed.
- A verb of a beginning or an end keeps a year beside another figure a fact of its own in
  the present and the future too ("due to open in 2030 at a cost of €4.5bn", "once it
  opens in 2028"), not a form in -s a verb follows at once ("Housing starts in 2023 fell").
- The same year left in both texts, a figure's period or not, is one fact.

The blind sets behind the rules are tests/data/pairs_event_years_left_fresh.json and
pairs_review42.json (read by tests/test_compare_fresh.py); the sentences here are written
apart from them.
"""

from __future__ import annotations

import numpy as np
import pytest

from claimdiff import Verdict, compare
from claimdiff.word_matrices import soft_overlap
from claimdiff.year_events import verb_after

C, A = Verdict.CONFLICT, Verdict.AGREE


def _verdicts(a: str, b: str) -> dict[tuple[str, str], Verdict]:
    return {(f.a.text, f.b.text): f.verdict for f in compare(a, b).findings}


@pytest.mark.parametrize(
    ("a", "b", "pair", "verdict"),
    [
        # The one year each has left, after the same years pair, misdated a few years.
        (
            "The trust bought the mill in 1921. It was given listed status in 1972.",
            "The mill was bought by the trust in 1921 and won protected status in 1974.",
            ("1972", "1974"),
            C,
        ),
        (
            "The choir was founded in 1953 and last toured America in 2008.",
            "Founded in 1953, the choir made its final American tour in 2010.",
            ("2008", "2010"),
            C,
        ),
        # Its digits swapped, further apart.
        (
            "The bridge opened in 1904 and was repainted in 1968.",
            "Opened in 1904, the bridge was last repainted in 1986.",
            ("1968", "1986"),
            C,
        ),
        # A verb of a beginning in the future keeps a year beside an amount its own.
        (
            "The new hospital is due to open in 2029 at a cost of £900m.",
            "The £900m hospital will open its doors in 2031.",
            ("2029", "2031"),
            C,
        ),
        (
            "The plant will employ 1,200 people once it opens in 2027.",
            "Production at the plant is expected to start in 2028.",
            ("2027", "2028"),
            C,
        ),
        # The same year, a figure's period in one text: one fact.
        (
            "The scheme was approved in 2019 at a cost of £45m.",
            "Approved in 2019, the £45m scheme is now half built.",
            ("2019", "2019"),
            A,
        ),
    ],
)
def test_years_paired(a: str, b: str, pair: tuple[str, str], verdict: Verdict) -> None:
    for a_text, b_text in ((a, b), (b, a)):  # both ways round: compare() mirrors itself
        found = _verdicts(a_text, b_text)
        key = pair if a_text == a else pair[::-1]
        assert found.get(key) is verdict, found


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        # One digit changed where each text gives several years: two events a decade
        # apart, not one misdated.
        (
            "The pier opened in 1905. Its theatre was last used in 2016.",
            "The 1905 pier's theatre is due to reopen by 2026.",
            ("2016", "2026"),
        ),
        # A decade left is no one year.
        (
            "The club, formed in 1921, moved grounds in the 1990s.",
            "Formed in 1921, the club has been owned by a bank since 2003.",
            ("1990s", "2003"),
        ),
        # After a decade and its year, the years left are as often two events' ("retired
        # in 1952", "bought by a society in 1957"): a decade is no same year.
        (
            "The steamer, built in the 1870s, was retired from service in 1952.",
            "Launched in 1876, the steamer was bought by the local society in 1957.",
            ("1952", "1957"),
        ),
        # A noun in -s before the year: the year dates the total, no event of its own.
        (
            "Housing starts in 2023 fell to 1.2 million.",
            "Housing starts in 2024 rose to 1.3 million.",
            ("2023", "2024"),
        ),
    ],
)
def test_years_kept_apart(a: str, b: str, apart: tuple[str, str]) -> None:
    assert apart not in _verdicts(a, b)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Housing starts in 2023 fell to 1.2 million.", True),
        ("New business starts in 2023 were 800,000.", True),
        ("Housing starts in 2023 hit 1.4 million.", True),  # a past spelt as its lemma
        ("The line opens in 2028, the company said.", False),  # after a mark
        ("It opens in 2030 at a cost of €4.5bn after its budget doubled.", False),
        ("The line opens in 2030 as planned.", False),
        ("The line opens in 2030.", False),
    ],
)
def test_verb_after(text: str, verb: bool) -> None:
    year = text.index("20")
    assert verb_after(text, year + 4, len(text)) is verb


def test_soft_overlap_index_matches_every_pair() -> None:
    """Past the words' limit, shared words are found through an index: the same answer as
    asking every pair (synonyms aside)."""
    rng = np.random.default_rng(7)
    vocab = [f"w{k}" for k in range(2000)]
    a = [frozenset(rng.choice(vocab, 8)) for _ in range(60)]
    b = [frozenset(rng.choice(vocab, 8)) for _ in range(60)]
    assert len(set().union(*a)) * len(set().union(*b)) > 40_000  # the index's side
    expected = np.array([[bool(x & y) for y in b] for x in a])
    assert (soft_overlap(a, b) == expected).all()
