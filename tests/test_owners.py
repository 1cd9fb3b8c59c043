"""Whose figure it is (claimdiff.owners), and what pairing makes of it (docs/compare.md)."""

from __future__ import annotations

import pytest

from claimdiff import Verdict, compare
from claimdiff.lexicon import get_lexicon
from claimdiff.prepare import document, prepare


def _owners(text: str, other: str) -> dict[str, str | None]:
    """Each figure's owner, an opening word confirmed by either text (as pairing does)."""
    side, peer = (prepare(document(t, "A", None), get_lexicon("en"), None) for t in (text, other))
    names = frozenset().union(*(c.text_names for c in side.candidates + peer.candidates))
    return {c.claim.text: (c.owner.key_in(names) if c.owner else None) for c in side.candidates}


@pytest.mark.parametrize(
    ("text", "other", "figure", "owner"),
    [
        # A possessive right before the figure.
        ("Spain won 14 medals to Holland's nine.", "", "nine", "holland"),
        ("Shell kept 60% and BP's remaining 40% went to investors.", "", "40%", "bp"),
        # The first name of the figure's own words; a name run keyed by its last word.
        ("Revenue at Acme rose 5%, while at Globex Corp it fell 2%.", "", "2%", "globex corp"),
        ("The Hawks won, with Maria Lopez scoring 18 points.", "", "18 points", "maria lopez"),
        # A figure chained to the one before it, with no break, shares its owner.
        ("Prices in Bristol went from £200 to £260 last year.", "", "£260", "bristol"),
        # A participle clause takes the sentence's subject.
        (
            "Wales beat Italy on Saturday, scoring five tries.",
            "Italy lost to Wales by 20 points.",
            "five tries",
            "wales",
        ),
        # An opening word no text uses as a name is no owner; the next name is.
        ("Average pay in Glasgow rose 4%.", "Pay rose 4%.", "4%", "glasgow"),
        ("Wales beat Italy, scoring five tries.", "", "five tries", "italy"),
        # Months and weekdays are no one's.
        ("On Monday, 40 people were hurt.", "", "40 people", None),
        # A name saying the figures in an aside is who says, not whose: the next name.
        (
            "Passengers fell 4% to 5.6 million, Changi Airport Group said, as "
            "airfreight at Seletar rose 4%.",
            "",
            "4%",
            "seletar",
        ),
        (
            "Passengers fell 4% to 5.6 million, Changi Airport Group said, while "
            "airfreight rose by 6%.",
            "",
            "6%",
            None,
        ),
        (
            "Attendance rose 3%, the Premier League said, while ticket prices rose 6%.",
            "",
            "6%",
            None,
        ),
        # ... but the subject of a verb of saying with the figure after it may be whose.
        ("Tesco reported a 4.1% rise in sales.", "Sales at Tesco grew 4%.", "4.1%", "tesco"),
    ],
)
def test_owner_read(text: str, other: str, figure: str, owner: str | None) -> None:
    assert _owners(text, other)[figure] == owner


@pytest.mark.parametrize(
    ("a", "b", "pairs"),
    [
        # Figures swapped between two parties both texts name: two conflicts.
        (
            "Acme's sales grew 7% and Globex's 3%.",
            "Globex grew sales by 7% while Acme managed 3%.",
            {("7%", "3%"): Verdict.CONFLICT, ("3%", "7%"): Verdict.CONFLICT},
        ),
        # The same parties in another order: two agreements.
        (
            "Leeds saw 120 new homes built and York saw 80.",
            "In York, 80 homes went up, and Leeds added 120.",
            {("120 new homes", "120"): Verdict.AGREE, ("80", "80 homes"): Verdict.AGREE},
        ),
        # Two parties of one last word are two parties.
        (
            "South Korea's exports rose 5.2%, while North Korea's fell 3.1%.",
            "North Korea's exports rose 5.2%, while South Korea's fell 3.1%.",
            {("5.2%", "3.1%"): Verdict.CONFLICT, ("3.1%", "5.2%"): Verdict.CONFLICT},
        ),
        # A verb of saying with an aside after it keeps its subject the owner.
        (
            "Tesco reported, for the first time, a 4% fall in sales, while Asda posted a 2% rise.",
            "Asda reported, for the first time, a 4% fall in sales, while Tesco posted a 2% rise.",
            {("4%", "2%"): Verdict.CONFLICT, ("2%", "4%"): Verdict.CONFLICT},
        ),
        # Who says a figure is no owner against a pair: two sources' figures conflict.
        (
            "According to Reuters, 40 people died. Pictures from the Associated Press "
            "showed the damage.",
            "According to the Associated Press, 55 people died. Footage obtained by "
            "Reuters showed the damage.",
            {("40 people", "55 people"): Verdict.CONFLICT},
        ),
        # A name after "a" that describes someone unnamed ("A Leeds scaffolding firm") is
        # no owner against the other text's name: the fine meets the fine, the costs the
        # costs, though the other report names Leeds as a place.
        (
            "A Leeds scaffolding firm was fined £48,000. Magistrates also ordered Hollins "
            "Access Ltd to pay £6,200 in costs.",
            "Hollins Access Ltd must pay a £48k fine plus costs of £6,200 over a fall at a "
            "Leeds building site.",
            {("£48,000", "a £48k fine"): Verdict.AGREE, ("£6,200", "£6,200"): Verdict.AGREE},
        ),
        # A name only one text gives says nothing against a pair.
        (
            "Acme said revenue rose 5%.",
            "Revenue grew 5%, chief executive Jo Bloggs said.",
            {("5%", "5%"): Verdict.AGREE},
        ),
    ],
)
def test_owners_in_pairing(a: str, b: str, pairs: dict[tuple[str, str], Verdict]) -> None:
    got = {(f.a.text, f.b.text): f.verdict for f in compare(a, b).findings}
    assert {k: got.get(k) for k in pairs} == pairs
