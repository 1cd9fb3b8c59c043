"""Lengths of time that say how late something is, or how long since something was last
so (claimdiff/extract/duration_senses.py): their predicate, and the block that keeps them
from lengths of what a thing took or lasted (docs/compare.md, "Blocks")."""

from __future__ import annotations

import pytest

from claimdiff import compare, extract
from claimdiff.model import Kind

N = None

# (sentence, the length's words, its predicate)
SENSES = [
    # Delays: the words before the length, after it, or a verb of delay before "by".
    ("The bridge opened two years late.", "two years", "delay"),
    ("The hospital is running 18 months behind schedule.", "18 months", "delay"),
    ("The children's hospital is now a year overdue.", "a year", "delay"),
    ("The line opened a year ahead of schedule.", "a year", "delay"),
    ("Passengers left three hours later than scheduled.", "three hours", "delay"),
    ("The launch was delayed by three weeks.", "three weeks", "delay"),
    ("The trial was postponed for a month.", "a month", "delay"),
    ("The ferry was handed over after a slip of ten days.", "ten days", "delay"),
    ("It was held up for half an hour by a signal fault.", "half an hour", "delay"),
    ("The works face a six-month delay.", "a six-month delay", "delay"),
    (
        "It has postponed the launch of its weather satellite by three weeks.",
        "three weeks",
        "delay",
    ),
    ("The diversion ended up delaying 186 travellers by five hours.", "five hours", "delay"),
    # Not delays: "late" before a part of the day, a length of what a thing took.
    ("The meeting ran for two hours late into the night.", "two hours", N),
    ("Construction took five years.", "five years", N),
    ("The first phase will run for two years.", "two years", N),
    ("The stricken ship drifted for nearly an hour.", "nearly an hour", N),
    # Records' spans: a superlative, "most", "record" or "first" before "in" or "for".
    ("Turnout was the lowest in over a decade.", "over a decade", "record"),
    ("Inflation is at its highest for 40 years.", "40 years", "record"),
    ("It was the largest cocaine seizure at Rotterdam in a decade.", "a decade", "record"),
    ("Prices fell for the first time in 12 years.", "12 years", "record"),
    ("It was their first home win in 12 years.", "12 years", "record"),
    ("The festival returns after a two-year break.", "two-year", "record"),
    # Not records: a noun in -est is no superlative, "latest" as "the protest".
    ("The protest outside the embassy went on for two days.", "two days", N),
    ("The harvest was stored for two years.", "two years", N),
    ("The test ran for three hours.", "three hours", N),
    ("The inquest heard evidence for two weeks.", "two weeks", N),
]


@pytest.mark.parametrize(("sentence", "words", "sense"), SENSES, ids=[s[0][:40] for s in SENSES])
def test_length_of_time_reads_its_sense(sentence: str, words: str, sense: str | None) -> None:
    found = [c for c in extract(sentence) if c.kind is Kind.DURATION and words in c.text]
    assert len(found) == 1, [c.text for c in extract(sentence)]
    assert found[0].predicate == sense


# (A, B, the two lengths, whether they pair)
PAIRS = [
    # A delay and how long the work took are two facts, whatever their values.
    ("Construction took five years.", "The bridge was completed two years late.", False),
    ("The drought lasted 40 days.", "It was the driest spell in 40 years.", False),
    # One delay written two ways is one fact.
    (
        "The scheme is running a year and a half late.",
        "The project was delayed by 18 months.",
        True,
    ),
    (
        "Passengers left three hours later than scheduled.",
        "They left after a 180-minute delay.",
        True,
    ),
    ("The festival returns after a two-year break.", "It is the first edition in two years.", True),
]


@pytest.mark.parametrize(("a", "b", "paired"), PAIRS, ids=[p[0][:40] for p in PAIRS])
def test_delays_and_records_pair_only_with_their_kind(a: str, b: str, paired: bool) -> None:
    found = [f for f in compare(a, b).findings if f.a.kind is Kind.DURATION]
    assert bool(found) == paired, [(f.a.text, f.b.text, f.verdict.value) for f in found]
