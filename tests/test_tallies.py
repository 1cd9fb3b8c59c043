"""Which side of a vote a figure counts (claimdiff.tallies), and pairing by it."""

from __future__ import annotations

import pytest

from claimdiff import Verdict, compare, extract
from claimdiff.lexicon import get_lexicon
from claimdiff.tallies import sides


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A tally takes its verb's side for its first figure, the other for its second.
        ("The board backed the merger by 9 votes to 3.", {"9 votes": "for", "3": "against"}),
        (
            "MPs threw out the bill; they rejected it by 301 votes to 265.",
            {"301 votes": "against", "265": "for"},
        ),
        ("Members voted 812 to 610 against the offer.", {"812": "against", "610": "for"}),
        # A tally no side word governs is written winner first: for, then against.
        ("The committee voted 7 to 2 on Tuesday.", {"7": "for", "2": "against"}),
        (
            "By a bare majority of four judges to three, the court found it unlawful.",
            {"four judges": "for", "three": "against"},
        ),
        # A figure's own words after it.
        ("There were 120 in favour and 95 against.", {"120": "for", "95": "against"}),
        (
            "Some 450 staff voted to accept and 300 to reject.",
            {"Some 450 staff": "for", "300": "against"},
        ),
        (
            "With 14 councillors supporting the scheme and 11 opposing it, it passed.",
            {"14 councillors": "for", "11 opposing": "against"},
        ),
        ("The motion was carried by 1,032 votes to 486.", {"1,032 votes": "for", "486": "against"}),
        # So is a tally followed by "to" and a verb.
        ("The board voted 5 to 2 to close the school.", {"5": "for", "2": "against"}),
        # A vote's margin is neither side.
        (
            "The government won the vote by 335 votes to 260, a majority of 75.",
            {"335 votes": "for", "260": "against", "75": "margin"},
        ),
        (
            "Ministers saw off a rebellion, winning by 75 votes as 260 MPs opposed the bill.",
            {"75 votes": "margin", "260 MPs": "against"},
        ),
        # "by" after no verb of winning, or before no count of votes, makes no margin.
        (
            "The motion was backed by 312 MPs, with 198 voting against.",
            {"312 MPs": "for", "198 voting": "against"},
        ),
        ("Train drivers voted by 93% to strike on a turnout of 73%.", {"93%": None}),
        # "a majority of" before a count of people is one side's head count.
        ("A majority of 312 MPs backed the motion in the vote.", {"312 MPs": "for"}),
        ("The bill passed with a majority of 75 in the vote.", {"75": "margin"}),
        ("The government won the vote by 75 votes as 260 MPs opposed.", {"75 votes": "margin"}),
        # A tally of votes read as a fall is a tally still; "refused" is against.
        (
            "The motion was lost by 20 votes to 25 at the vote.",
            {"20 votes": "for", "25": "against"},
        ),
        ("By 9 votes to 4, the committee refused the plan.", {"9 votes": "against", "4": "for"}),
        # Side words just before the figure.
        ("The report won the backing of 56.4% of shareholders.", {"56.4% of shareholders": "for"}),
        # No vote in the sentence: "against" and "for" are prepositions, and a change's
        # ends are no tally.
        ("Exports fell 2.3% against the previous quarter.", {"2.3%": None}),
        ("There were 200 protests against the war.", {"200 protests": None}),
        (
            "The board approved the merger, which will cut staff from 1,200 to 900.",
            {"1,200": None, "900": None},
        ),
        # Not a vote's side: no side word right after the figure.
        ("The council approved £12m for 40 new homes.", {"40 new homes": None}),
    ],
)
def test_sides(text: str, expected: dict[str, str | None]) -> None:
    claims = extract(text)
    got = sides(text, claims, get_lexicon())
    by_text = {c.text: got.get(n) for n, c in enumerate(claims)}
    for surface, side in expected.items():
        assert by_text.get(surface, "missing") == side, by_text


def test_german_reads_no_sides() -> None:
    text = "Der Rat stimmte mit 34 zu 19 Stimmen dafür."
    assert sides(text, extract(text, lang="de"), get_lexicon("de")) == {}


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # The sides swapped: two conflicts, never two agreements.
        (
            "Councillors backed the plan by 34 votes to 19.",
            "The plan went through with 19 votes in favour and 34 against.",
            {("34 votes", "19 votes"): Verdict.CONFLICT, ("19", "34"): Verdict.CONFLICT},
        ),
        # The sides kept, in another order and notation.
        (
            "Councillors backed the plan by 34 votes to 19.",
            "With 19 votes against and 34 in favour, the plan went through.",
            {("34 votes", "34"): Verdict.AGREE, ("19", "19 votes"): Verdict.AGREE},
        ),
    ],
)
def test_pairing_by_side(a: str, b: str, expected: dict[tuple[str, str], Verdict]) -> None:
    got = {(f.a.text, f.b.text): f.verdict for f in compare(a, b).findings}
    for key, verdict in expected.items():
        assert got.get(key) is verdict, got


def test_a_score_meets_its_tally_before_any_count() -> None:
    # The tally's 69 would otherwise meet the other report's "50 Democrats" first.
    a = (
        "The Senate passed the infrastructure bill 69-30 on Tuesday, with 19 Republicans "
        "joining all 50 Democrats."
    )
    b = "By a vote of 69 to 30, senators approved the package. Nineteen Republicans backed it."
    got = {(f.a.text, f.b.text): f.verdict for f in compare(a, b).findings}
    assert got.get(("69-30", "69 to 30")) is Verdict.AGREE, got
    assert not [key for key in got if key[1] == "69"], got


def test_a_margin_meets_no_side() -> None:
    a = "The government won the vote on the welfare bill by 335 votes to 260, a majority of 75."
    b = (
        "Ministers saw off a backbench rebellion, winning by 75 votes as 260 MPs opposed "
        "the welfare bill and 335 supported it."
    )
    got = {(f.a.text, f.b.text): f.verdict for f in compare(a, b).findings}
    assert got.get(("260", "260 MPs")) is Verdict.AGREE, got
    assert got.get(("335 votes", "335")) is Verdict.AGREE, got
    assert not [key for key in got if "75" in key[1] and key[0] != "75"], got


@pytest.mark.parametrize(
    ("a", "b", "pair"),
    [
        # Two margins of one figure are one margin, however worded.
        (
            "The bill passed with a majority of 75 in the vote.",
            "The bill passed by 75 votes.",
            ("75", "75 votes"),
        ),
    ],
)
def test_one_margin(a: str, b: str, pair: tuple[str, str]) -> None:
    got = {(f.a.text, f.b.text): f.verdict for f in compare(a, b).findings}
    assert got.get(pair) is Verdict.AGREE, got


def test_two_margins_of_two_elections_stay_apart() -> None:
    a = "Labour won the by-election, overturning an SNP majority of 5,230 at the vote."
    b = "The Labour candidate took the seat in the vote, winning by 9,446 votes."
    assert not compare(a, b).findings
