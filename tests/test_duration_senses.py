"""Lengths of time that say how late something is, or how long since something was last
so, or how long before or after another event (claimdiff/extract/duration_senses.py):
their predicate, and the block or the rule that keeps them from lengths of what a thing
took or lasted (docs/compare.md, "Blocks")."""

from __future__ import annotations

import pytest

from claimdiff import compare, extract
from claimdiff.model import Kind

N = None

# (sentence, the length's words, its predicate)
SENSES = [
    # How late a thing came ("delay": the words after the length, "late by"), and how long
    # it was held up or put off ("hold-up": the words before the length, a delay's noun after
    # it, or a verb of delay before "by").
    ("The bridge opened two years late.", "two years", "delay"),
    ("The hospital is running 18 months behind schedule.", "18 months", "delay"),
    ("The children's hospital is now a year overdue.", "a year", "delay"),
    ("The line opened a year ahead of schedule.", "a year", "delay"),
    ("Passengers left three hours later than scheduled.", "three hours", "delay"),
    ("The launch was delayed by three weeks.", "three weeks", "hold-up"),
    ("The trial was postponed for a month.", "a month", "hold-up"),
    ("The ferry was handed over after a slip of ten days.", "ten days", "hold-up"),
    ("The works face a six-month delay.", "a six-month delay", "hold-up"),
    (
        "It has postponed the launch of its weather satellite by three weeks.",
        "three weeks",
        "hold-up",
    ),
    ("The diversion ended up delaying 186 travellers by five hours.", "five hours", "hold-up"),
    # Not delays: "late" in a compound or before a part of the day or "in the", a verb
    # between the delay's word and "by", a margin, a length of what a thing took.
    ("The meeting ran for two hours late into the night.", "two hours", N),
    ("It ran for two years late in the decade.", "two years", N),
    ("The long-delayed rail line cuts journey times by 20 minutes.", "20 minutes", N),
    ("The postponed marathon was won by two minutes.", "two minutes", "margin"),
    ("Construction took five years.", "five years", N),
    ("The first phase will run for two years.", "two years", N),
    ("The stricken ship drifted for nearly an hour.", "nearly an hour", N),
    # Records' spans: a superlative, "record", "not seen" or "first" before "in" or "for",
    # no verb or figure between; an attributive length before "high".
    ("Turnout was the lowest in over a decade.", "over a decade", "record"),
    ("Inflation is at its highest for 40 years.", "40 years", "record"),
    ("It was the largest cocaine seizure at Rotterdam in a decade.", "a decade", "record"),
    ("Prices fell for the first time in 12 years.", "12 years", "record"),
    ("It was their first home win in 12 years.", "12 years", "record"),
    ("Prices reached a level not seen in 40 years.", "40 years", "record"),
    ("Prices hit a 15-year high.", "15-year", "record"),
    # Not records: a noun in -est, a verb or a figure between, a compound, "Most" of a noun.
    ("The protest outside the embassy went on for two days.", "two days", N),
    ("The harvest was stored for two years.", "two years", N),
    ("The inquest heard evidence for two weeks.", "two weeks", N),
    ("The longest strike yet lasted for six weeks.", "six weeks", N),
    ("The first phase was finished in eight months.", "eight months", N),
    ("A record 400 incidents were logged in six months.", "six months", N),
    ("Most borrowers now fix for five years.", "five years", N),
    ("Homes in the worst-hit areas were without power for three days.", "three days", "power cuts"),
    ("The festival returns after a two-year break.", "two-year", N),
    # Sentences: a court's words before the length, or in and right after it.
    ("He was jailed for seven years on Wednesday.", "seven years", "sentence"),
    ("She was sentenced to 18 months.", "18 months", "sentence"),
    ("He received a sentence of five years and three months.", "five years", "sentence"),
    ("Denton was handed a four-year prison term.", "four-year prison term", "sentence"),
    ("She faces seven years behind bars.", "seven years", "sentence"),
    ("He will spend five years in jail.", "five years", "sentence"),
    ("He was given a 30-month sentence.", "30-month sentence", "sentence"),
    ("The judge set a minimum term of 22 years.", "22 years", "sentence"),
    # Not sentences: the offending, a trial, a ban's stay, a term of office.
    ("He defrauded homeowners over three years.", "three years", N),
    ("The trial lasted six weeks.", "six weeks", N),
    ("She was elected for a term of five years.", "five years", N),
    ("The sentence was suspended for two years.", "two years", N),
    # Offsets: how long before or after another event, right before "earlier", "later",
    # "after", "before", "into"; not a compound, nor after a word that makes the length a
    # stretch of its own ("for", "in the", "lasted", "serve", "up from").
    ("The boat had left port two days earlier.", "two days", "offset"),
    ("The plane crashed eight minutes after take-off.", "eight minutes", "offset"),
    ("The train resumed its journey two hours later.", "two hours", "offset"),
    ("Three years later the bridge opened.", "Three years", "offset"),
    ("The jet turned back about 90 minutes into its journey.", "about 90 minutes", "offset"),
    ("Just two days later, the minister resigned.", "two days", "offset"),
    # "before" follows how long a thing lasted as often as an offset.
    ("Campaigning begins two weeks before polling day.", "two weeks", N),
    ("The jury deliberated 10 hours before reaching a verdict.", "10 hours", N),
    ("The volcano had rumbled for two weeks after the quake.", "two weeks", N),
    ("The volcano had rumbled for just two weeks after the quake.", "two weeks", N),
    ("Fans gathered in the 90 minutes after kick-off.", "90 minutes", N),
    ("Coalition talks lasted 45 days after the election.", "45 days", N),
    ("Coalition talks lasted only 45 days after the election.", "45 days", N),
    ("He must serve four years after his transfer.", "four years", N),
    ("Waits rose to 21 weeks, up from 14 weeks after the pandemic.", "14 weeks", N),
    ("Those 10 minutes after the blast were chaos.", "10 minutes", N),
    ("The funeral was held three days later.", "three days", "offset"),
    ("Talks lasted an extra 45 days after the vote.", "45 days", N),
    ("The boat had left port two days\nearlier.", "two days", "offset"),
    ("Timeline of the final\nTwo days later the ship sank.", "Two days", "offset"),
    ("The train arrived 20 minutes earlier than scheduled.", "20 minutes", "delay"),
    ("The festival will span two days\nLater this year it moves.", "two days", N),
    ("He signed a three-year contract after a fine season.", "three-year", N),
    ("The runner finished two minutes ahead of her rival.", "two minutes", N),
    # A review's finds: a hyphen inside the figure, margins and frequencies, "prior".
    ("Police arrived twenty-five minutes after the call.", "twenty-five minutes", "offset"),
    ("The vote came two weeks prior to the deadline.", "two weeks", "offset"),
    ("She won the stage by two seconds after a late surge.", "two seconds", N),
    ("He held a lead of 45 seconds into the final stage.", "45 seconds", N),
    ("Buses ran every 10 minutes after the match.", "10 minutes", N),
    *[("Talks lasted" + " " * n + "45 days after the vote.", "45 days", N) for n in (37, 44)],
    ("The boat had left two days" + " " * 15 + "afterwards.", "two days", N),
]


@pytest.mark.parametrize(("sentence", "words", "sense"), SENSES, ids=[s[0][:40] for s in SENSES])
def test_length_of_time_reads_its_sense(sentence: str, words: str, sense: str | None) -> None:
    found = [c for c in extract(sentence) if c.kind is Kind.DURATION and words in c.text]
    assert len(found) == 1, [c.text for c in extract(sentence)]
    assert found[0].predicate == sense


# (A, B, the verdict on the two lengths: None where they must not pair)
PAIRS = [
    # A delay and how long the work took are two facts, though their figures are one.
    ("Construction took two years.", "The bridge was completed two years late.", None),
    ("The drought lasted 30 days.", "It was the driest month in 30 years.", None),
    ("The festival ran for 12 years.", "It was the first edition in 12 years.", None),
    # One delay or record written two ways is one fact, agreeing or not.
    (
        "The scheme is running a year and a half late.",
        "The project was delayed by 18 months.",
        "agree",
    ),
    (
        "Passengers left three hours later than scheduled.",
        "They left after a 180-minute delay.",
        "agree",
    ),
    ("The line opened two years behind schedule.", "It opened three years late.", "conflict"),
    ("Turnout was the lowest in 20 years.", "It was the lowest turnout for 12 years.", "conflict"),
]

# (A, B, the sentences' verdict, the verdict on the other lengths): two reports' sentences
# pair on their sense before a length of the offending of the same figure, and lengths of
# time an order of magnitude apart in two units never pair.
SENTENCES = [
    (
        "A builder who defrauded homeowners over three years was jailed for three years.",
        "Builder Mark Denton was handed a four-year prison term for conning pensioners.",
        "conflict",
    ),
    (
        "A former finance director was jailed for 18 months. She took the money over a "
        "period of four years, the court heard.",
        "The court handed her a two-year sentence after she admitted taking the money "
        "over three years.",
        "conflict",
    ),
    (
        "He was sentenced to six years after a three-week trial.",
        "The three-week trial ended with a six-year jail term.",
        "agree",
    ),
]


@pytest.mark.parametrize(("a", "b", "verdict"), SENTENCES, ids=[s[0][:40] for s in SENTENCES])
def test_sentences_pair_with_sentences(a: str, b: str, verdict: str) -> None:
    found = [f for f in compare(a, b).findings if "sentence" in (f.a.predicate, f.b.predicate)]
    assert [(f.a.predicate, f.b.predicate, f.verdict.value) for f in found] == [
        ("sentence", "sentence", verdict)
    ], [(f.a.text, f.b.text, f.reason) for f in found]


# (A, B, pairs of lengths that must be found, by their words)
FAR = [
    # The same number in two units, said in words of their own in common: one length
    # misreported, however far apart.
    (
        "Police said the A14 was closed for four hours after the lorry crash.",
        "Police said the A14 was closed for four weeks after the lorry crash.",
        [("four hours", "four weeks")],
    ),
    (
        "The strike lasted three days and cost the firm £2m.",
        "The strike lasted three months and cost the firm £2m.",
        [("three days", "three months")],
    ),
    (
        "Tomas Ruiz walked free after nearly three decades in prison, at the end of a "
        "three-day appeal hearing.",
        "Freed after 28 years behind bars, Tomas Ruiz thanked lawyers after the two-day hearing.",
        [("nearly three decades", "28 years"), ("three-day", "two-day")],
    ),
    (
        "The siege lasted four hours; the negotiator had trained for 11 months.",
        "Police said the four-week operation ended a siege of five hours.",
        [("four hours", "five hours")],
    ),
]


@pytest.mark.parametrize(("a", "b", "pairs"), FAR, ids=[f[0][:40] for f in FAR])
def test_lengths_far_apart_in_two_units_never_pair(
    a: str, b: str, pairs: list[tuple[str, str]]
) -> None:
    found = [(f.a.text, f.b.text) for f in compare(a, b).findings if f.a.kind is Kind.DURATION]
    assert len(found) == len(pairs), found
    for wa, wb in pairs:
        assert any(wa in x and wb in y for x, y in found), found


# (A, B, the verdict on the two lengths: None where they must not pair)
OFFSETS = [
    # An offset and a plain length more than 2.5 times apart are two facts, even as the
    # only lengths of their reports.
    (
        "The coastguard rescued three fishermen on Monday. Their boat had left port two days "
        "earlier.",
        "Three fishermen were rescued on Monday after drifting for about seven hours.",
        None,
    ),
    (
        "The tournament will run for 15 days.",
        "Qualifying starts five days earlier, organisers said.",
        None,
    ),
    # One interval told both ways pairs, agreeing or not.
    (
        "The plane had taken off 20 minutes earlier.",
        "The aircraft had been airborne for about 20 minutes.",
        "agree",
    ),
    (
        "Police took a quarter of an hour to respond to the call.",
        "Officers arrived 19 minutes after the call.",
        "conflict",
    ),
    # The same number far apart in two units is kept apart as any far length is, unless
    # each is its report's only length, said with words of their own in common.
    ("Qualifying starts five days earlier.", "The race will run for five weeks.", None),
    # The same number in two units is one length misreported, whatever the ratio.
    (
        "Police arrived 20 minutes after the call.",
        "Police took 20 hours to respond to the call.",
        "conflict",
    ),
    # A hold-up meets a plain length or a delay when near, never an offset
    # (forty-fifth session).
    ("Service was halted for 90 minutes.", "Trains stopped for an hour and a half.", "agree"),
    (
        "The flight was delayed by more than 20 hours.",
        "The flight left 22 hours late.",
        "compatible",
    ),
    (
        "Rain held up the quarter-final for an hour and 10 minutes.",
        "It was interrupted by a 70-minute rain delay.",
        "agree",
    ),
    (
        "The launch slipped by roughly two weeks.",
        "It will touch down about six days after liftoff.",
        None,
    ),
    # Never, however alike (a review's and a second reader's finds): lateness and a plain
    # length of one number, a hold-up and an offset, a hold-up and a sentence, a hold-up and
    # the length of the thing held up.
    ("The bridge opened two years late.", "The bridge took two years to build.", None),
    ("Kick-off was delayed by 30 minutes.", "He scored 30 minutes after kick-off.", None),
    (
        "His trial, delayed by two years because of the pandemic, ended.",
        "He was jailed for four years.",
        None,
    ),
    (
        "The Jet2 flight to Tenerife was delayed by three hours.",
        "Passengers on the four-hour Jet2 flight were given vouchers.",
        None,
    ),
    (
        "Islanders faced a 24-hour wait for the ferry.",
        "The ferry service was delayed by a day.",
        "agree",
    ),
    # Two offsets of one interval.
    (
        "The body was found two hours later.",
        "Divers found the body three hours after the alarm.",
        "conflict",
    ),
]


@pytest.mark.parametrize(("a", "b", "verdict"), OFFSETS, ids=[o[0][:40] for o in OFFSETS])
def test_offsets_meet_plain_lengths_only_near(a: str, b: str, verdict: str | None) -> None:
    found = [f for f in compare(a, b).findings if f.a.kind is Kind.DURATION]
    assert [f.verdict.value for f in found] == ([verdict] if verdict else []), [
        (f.a.text, f.b.text, f.reason) for f in found
    ]


@pytest.mark.parametrize(("a", "b", "verdict"), PAIRS, ids=[p[0][:40] for p in PAIRS])
def test_delays_and_records_pair_only_with_their_kind(a: str, b: str, verdict: str | None) -> None:
    found = [f for f in compare(a, b).findings if f.a.kind is Kind.DURATION]
    assert [f.verdict.value for f in found] == ([verdict] if verdict else []), [
        (f.a.text, f.b.text, f.reason) for f in found
    ]
