"""Direction of a figure: which way it moved, read from the words around it (issue 7)."""

from __future__ import annotations

import importlib
import random
import re
from pathlib import Path

import attrs
import pytest

from claimdiff import compare, extract
from claimdiff.lexicon import get_lexicon
from claimdiff.model import Direction, Verdict

UP, DOWN = Direction.UP, Direction.DOWN

# (text, claim text, expected direction)
DIRECTIONS = [
    ("Revenue rose 12% last year.", "12%", UP),
    ("The operating margin widened to 6.1%.", "6.1%", UP),
    ("The trade deficit narrowed to £2.1bn.", "£2.1bn", DOWN),
    ("The firm cut 300 jobs.", "300 jobs", DOWN),
    ("Sales fell to $2bn.", "$2bn", DOWN),
    ("Headcount was up from 40.", "40", UP),
    ("It reported a 5% decline.", "5%", DOWN),
    ("Exports were 12% higher.", "12%", UP),
    ("Profit did not exceed $5m.", "$5m", DOWN),
    ("Output failed to reach 300 tonnes.", "300 tonnes", DOWN),
    ("Output exceeded 300 tonnes.", "300 tonnes", UP),
    ("It raised £1m.", "£1m", None),
    ("The firm which rose to fame hired 300 staff.", "300 staff", None),
    ("Staff fell from 1,500 to 1,200.", "1,200", DOWN),
    # A short object between the verb and "by"/"to" (issue 7 benchmark).
    ("The drought cut wheat output by 15%.", "15%", DOWN),
    ("We grew bookings by 30% to $1.3bn.", "30%", UP),
    ("It increased its dividend to 52 cents.", "52 cents", UP),
    ("The pilot increased handling time by 25%.", "25%", UP),
    # ... but not a longer one, nor an object with no role word before the figure.
    ("Rates rose and the bank hired 300 staff.", "300 staff", None),
    ("It cut the price of the old model by 5%.", "5%", None),
    ("Sales rose in Paris 40 days later.", "40 days", None),
    # A length of time used as the period of a change goes no way of its own.
    ("Unemployment fell to 4.1% in the three months to May.", "three months", None),
    ("Prices climbed 6% over the past 12 months.", "12 months", None),
    ("Prices climbed 6% over 12 months to March.", "12 months", None),
    ("The average wait rose to 18 weeks.", "18 weeks", UP),
    # A score goes no way: "beat" says who won.
    ("Leeds beat Hull 3-1.", "3-1", None),
    # "raised" and "lifted" name a rise only with a role word before the figure.
    ("The firm raised prices by 5%.", "5%", UP),
    ("It raised its forecast to $8.40.", "$8.40", UP),
    ("The charity raised £1m.", "£1m", None),
    ("She raised $5m from 40 investors.", "40 investors", None),
    ("He lifted 200kg.", "200kg", None),
    ("The bank lowered rates by 0.25 points.", "0.25 points", DOWN),
    # Rates that move slower or faster: their level went down or up.
    ("Inflation slowed to 3.2% in March.", "3.2%", DOWN),
    ("Core inflation eased to 4.2%.", "4.2%", DOWN),
    ("Wage growth cooled to 5.1%.", "5.1%", DOWN),
    ("Growth accelerated to 2.8%.", "2.8%", UP),
    ("Inflation picked up to 3.4% in December.", "3.4%", UP),
    # A move up to a level, not a ceiling ("up to 300 people").
    ("Inflation edged up to 3.4% in May.", "3.4%", UP),
    ("Prices ticked up to 1.7 per cent.", "1.7 per cent", UP),
    ("Labour picked up 40 seats.", "40 seats", None),
    ("Inflation is expected to edge up to 3.4% next year.", "3.4%", UP),
    ("The bank is moving up to 300 jobs to Leeds.", "up to 300 jobs", None),
    ("Troops retreated 20 miles.", "20 miles", None),
    # A comparative after the figure names a change against an earlier time or a plan...
    ("The rate was 0.3 points lower than in March.", "0.3 points", DOWN),
    ("Sales were 10% fewer than a year earlier.", "10%", DOWN),
    ("It borrowed £2.1bn more than forecast.", "£2.1bn", UP),
    ("Sales were 5% higher than the same month last year.", "5%", UP),
    # ... not against anything else, nor a hedge of what follows "than".
    ("He scored 30 points more than any other player.", "30 points", None),
    ("Of the 300 more than half were women.", "300", None),
    ("It sold 2,000 cars, more than 1,500 of them electric.", "2,000 cars", None),
    ("In 2019 more than a decade of work ended.", "2019", None),
    ("Output was 4% higher than in 2019.", "4%", UP),
    ("Profit was £3m higher than the previous quarter.", "£3m", UP),
    ("Volumes were 0.5% lower than in the previous three months.", "0.5%", DOWN),
    ("Volumes were 0.5% lower than in the preceding three months.", "0.5%", DOWN),
    ("Sales were 2% higher than the same 12 months a year before.", "2%", UP),
    ("He scored 30 points more than the previous two players.", "30 points", None),
    ("Unemployment was 2 points higher than in Germany.", "2 points", None),
    ("Nurses earn 5% less than the same staff in Wales.", "5%", None),
    ("Sales were 300 fewer than the previous owner had.", "300", None),
    # A length of time has no mark to miss.
    ("Riera will miss a fortnight with a strain.", "a fortnight", None),
    # A noun of change, what changed after "in", then "of" and a share.
    ("Figures showed a decline in burglaries of 8% last year.", "8%", DOWN),
    ("A rise in average rents of 3 per cent was recorded.", "3 per cent", UP),
    (
        "There was an increase in the rate of inflation of 2 percentage points.",
        "2 percentage points",
        UP,
    ),
    ("The growth in exports of 4% beat forecasts.", "4%", UP),
    # ... not another figure after "of", which is as often what reached it or what counts.
    ("It reported a rise in earnings per share of $3.50.", "$3.50", None),
    ("There was a rise in the number of claims of 3,000.", "3,000", None),
    # A period between the figure and its noun of change, hyphens read as spaces.
    ("Prices posted a 2.4% year-on-year gain in March.", "2.4%", UP),
    ("The bank reported a 3% annual fall in lending.", "3%", DOWN),
    ("Output recorded a 1.2% quarterly drop.", "1.2%", DOWN),
    ("Sales showed a 3% year-over-year decline.", "3%", DOWN),
    ("Exports saw a 3% month-on-month fall.", "3%", DOWN),
    ("Prices were 12% year on year higher.", "12%", UP),
    # ... not "for", nor a rate a period names.
    ("Our plan costs $49 per month for up to 10 users.", "$49 per month", None),
    ("The bank kept its 5% annual rate.", "5%", None),
    # A noun of change right after a count or an amount: its size, no counted noun.
    ("The department reported a 14,000 drop in applications.", "14,000", DOWN),
    ("There was a 20,000 rise in jobs.", "20,000", UP),
    ("It saw a $2m drop in revenue.", "a $2m", DOWN),
    ("A 5,000 increase was expected.", "5,000", UP),
    # ... not a metric's level, nor a plural, which is counted.
    ("The firm made a $3m loss.", "a $3m loss", None),
    ("Police recorded 30 falls in care homes.", "30 falls", None),
    # A comma, or an aside between commas, between the verb and "by".
    ("Burglaries also increased, by 4 per cent.", "4 per cent", UP),
    ("Claims climbed, unexpectedly, by 14,000 last week.", "14,000", UP),
    ("Exports fell unexpectedly in March, by 2.3%.", "2.3%", DOWN),
    ("Sales fell, by contrast, 5% in March.", "5%", None),
    ("Support showed a 0.5 percentage point jump from August.", "0.5 percentage point", UP),
    ("There was a 14,000 annual drop in claims.", "14,000", DOWN),
    ("Profits showed a $2m rise last year.", "a $2m", UP),
    ("The bank announced a 0.25 point cut yesterday.", "0.25 point", DOWN),
    # ... not a word describing the noun after it, which is counted.
    ("The florist sold 100 cut flowers.", "100 cut flowers", None),
    ("The firm launched a $50m growth fund.", "a $50m growth fund", None),
    ("A 2,000 boost payment was made.", "2,000 boost payment", None),
    ("Doctors treated 40 fall victims.", "40 fall victims", None),
    ("It has 300 growth stocks.", "300 growth stocks", None),
    # ... but not after a length or a measure said before its noun: what lasted, or a height.
    ("He had set out on a three-day hike.", "a three-day hike", None),
    ("He was found at the foot of a 20-metre drop.", "a 20-metre drop", None),
    # Not a comma before another clause's "to ... by": only the figure's own role word;
    # and a year is when, not how much.
    ("It will cut 300 jobs in its restructuring, to be completed by 2026.", "2026", None),
    ("The firm will cut 300 jobs, by 2026.", "2026", None),
    # An aside between commas is passed over unread.
    ("Sales slumped in the quarter, hit by the strikes, by 12%.", "12%", DOWN),
    ("Prices rose, cut by subsidies, by 2%.", "2%", UP),
    # ... but a phrase put before the verb's clause is no aside, nor the verb itself.
    ("In March, exports fell, by 2.3%.", "2.3%", DOWN),
    ("After a weak start, shares rose, by 3%.", "3%", UP),
    ("Shares, which had risen in the morning, fell, by 3%.", "3%", DOWN),
    ("Exports, hit by strikes, fell, by 12%.", "12%", DOWN),
    ("Prices rose, as expected, by 2%.", "2%", UP),
    # Two commas with nothing between are no aside (nor a crash).
    ("Sales fell , , by 4%.", "4%", None),
    ("Sales fell, ,by 4%.", "4%", None),
    # A comparison with a number of periods ago or earlier.
    ("Drivers pay $3.08 a gallon, 15 cents less than two weeks ago.", "15 cents", DOWN),
    ("Prices were 12% higher than three months earlier.", "12%", UP),
    ("Petrol is 5p cheaper than five weeks ago.", "5p", DOWN),
    ("He earns 5% more than two colleagues before him.", "5%", None),
    # Lengths of time longer or shorter than before.
    ("Patients waited 9 days longer than a year earlier.", "9 days", UP),
    ("The wait was 9 days shorter than in the same quarter last year.", "9 days", DOWN),
    ("Patients in Wales waited 9 days longer than patients in England.", "9 days", None),
]


@pytest.mark.parametrize(
    ("text", "claim", "expected"), DIRECTIONS, ids=[t for t, _, _ in DIRECTIONS]
)
def test_direction_of_a_figure(text: str, claim: str, expected: Direction | None) -> None:
    """Each figure gets the direction its verb, noun or comparison names (or none)."""
    got = {c.text: c.direction for c in extract(text)}
    assert got[claim] is expected


def test_from_to_pair_carries_both_figures() -> None:
    """ "from $10m to $12m": both figures carry the change's from and to."""
    claims = extract("Revenue rose from $10m to $12m.")
    assert [(c.change_from, c.change_to) for c in claims] == [(10e6, 12e6)] * 2


# (id, text, expected (change_from, change_to) of every figure)
PAIRS = [
    ("from-to", "Revenue rose from $10m to $12m.", [(10e6, 12e6)] * 2),
    ("to-from", "It raised its dividend to 52 cents from 48 cents.", [(0.48, 0.52)] * 2),
    ("not-neighbours", "It rose to 52 cents; the fee came from 48 stores.", [(None, None)] * 2),
    (
        "years-between",
        "Revenue rose from $10m in 2022 to $12m in 2023.",
        [(10e6, 12e6), (None, None), (10e6, 12e6), (None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [p[1:] for p in PAIRS], ids=[p[0] for p in PAIRS])
def test_change_pairs_in_either_order(text: str, expected: list[tuple[float | None, ...]]) -> None:
    """ "from X to Y" and "to Y from X" both pair as a change from X to Y; other figures not."""
    got = [(c.change_from, c.change_to) for c in extract(text)]
    assert got == expected


def test_to_from_pair_takes_direction_from_values() -> None:
    """ "to 52 cents from 48 cents" with no cue moved up."""
    claims = extract("The dividend went to 52 cents from 48 cents.")
    assert [c.direction for c in claims] == [UP, UP]


CLASHES = [
    ("rose-fell", "Revenue rose 5% last year.", "Revenue fell 5% last year."),
    ("increase-decrease", "Sales saw a 5% increase.", "Sales saw a 5% decrease."),
    ("exceed-negated", "Profit exceeded $5m.", "Profit did not exceed $5m."),
    (
        "noun-in-of",
        "There was a rise in burglaries of 8% last year.",
        "Burglaries fell 8% last year.",
    ),
    (
        "period-before-noun",
        "House prices posted a 2.4% year-on-year gain in March.",
        "House prices recorded an annual decline of 2.4% in March.",
    ),
    (
        "count-noun",
        "Claims climbed, unexpectedly, by 14,000.",
        "There was a 14,000 drop in claims.",
    ),
    ("comma-by", "Burglaries also increased, by 4 per cent.", "Burglary fell by 4%."),
    (
        "longer-shorter",
        "The median wait was 9 days longer than a year earlier.",
        "The median wait was 9 days shorter than a year earlier.",
    ),
]


@pytest.mark.parametrize(("a", "b"), [c[1:] for c in CLASHES], ids=[c[0] for c in CLASHES])
def test_opposite_directions_conflict(a: str, b: str) -> None:
    """Equal figures moving opposite ways conflict, with the direction in the reason."""
    conflicts = compare(a, b).conflicts
    assert [f.verdict for f in conflicts] == [Verdict.CONFLICT]
    assert "went up" in conflicts[0].reason


def test_same_direction_agrees() -> None:
    """ "rose 5%" and "increased 5%" agree."""
    assert compare("Revenue rose 5% last year.", "Revenue increased 5% last year.").consistent


# Two ends that each name another financial metric are two facts, not one change: each
# keeps its own class ("swung to a $212m loss from an $88m profit"; "to £221 million from
# £204 million, while turnover climbed to £3.4 billion": the £3.4bn is no end of the
# profit's change).
TWO_METRICS = [
    (
        "Norvik Energy swung to a $212m loss from an $88m profit a year earlier.",
        {"a $212m loss": "loss", "an $88m profit": "profit"},
    ),
    (
        "Earnings before tax fell to £221 million from £204 million, while turnover "
        "climbed to £3.4 billion.",
        {"£204 million": "profit", "£3.4 billion": "revenue"},
    ),
]


@pytest.mark.parametrize(("text", "classes"), TWO_METRICS, ids=[t[:40] for t, _ in TWO_METRICS])
def test_two_metrics_are_no_change(text: str, classes: dict[str, str]) -> None:
    got = {c.text: c for c in extract(text)}
    for surface, cls in classes.items():
        assert got[surface].predicate == cls
    first, second = (got[s] for s in classes)
    assert second.change_from is None or first.change_from != second.change_from


# A sentence of many figures has its tokens read once; one in which no token, nor part of
# one, is a word of change (a table) reads no figure's direction (Tokens.silent).  A cue
# inside a longer word keeps it from being silent: a window may cut the word to the cue.
SILENT = [
    ("£1.2m, $3bn, 45%, 12 km; £1.2m, $3bn, 45%, 12 km.", True),
    ("Prose 1, 2, 3, 4 and 5.", False),
    ("Sales rose 5%, 6%, 7% and 8%.", False),
]


@pytest.mark.parametrize(("text", "silent"), SILENT, ids=[t[:20] for t, _ in SILENT])
def test_silent_sentences(text: str, silent: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    # By module: claimdiff.extract is also the name of the function.
    stage = importlib.import_module("claimdiff.extract")
    read = importlib.import_module("claimdiff.extract.direction_tokens").tokenise
    assert read(text, 0, len(text), get_lexicon("en")).silent is silent
    fast = extract(text)
    # Every figure's change read, as without the shortcut: the same claims.
    monkeypatch.setattr(stage, "tokenise", lambda *a: attrs.evolve(read(*a), silent=False))
    assert extract(text) == fast


# Windows read without the token pattern (direction_tokens.plain_role, plain_still): where they
# answer, reading the tokens gives that answer, and in ASCII without an apostrophe a
# window with no cue is always answered; words with marks, digits, capitals and
# apostrophes around and inside them ("it'sUP" holds the token "up", "year'to" no "to").
QUIET_WINDOWS = [
    "Kyiv says more than",
    "sales ROSE, then",
    "(up) 5m-10m",
    "prices rose/fell by",
    "the prose of 300 jobs",
    "km2 and 45%;",
    "x-to-y",
    "cut.",
    "",
    "Topped it off",
    "it'sUP",
    "it's up",
    "the year'to ",
    "year's to ",
    "moved from -",
    "went to “",
    "went to (",
    "fell by ٣",
    "prices Kept to ",
    "higher than the",
    "rose to ",
    "a FROM  ",
]


def test_english_tokens_read_lower_cased() -> None:
    # direction_tokens.lowered_tokens lower-cases an ASCII window before the English token
    # pattern: the pattern must be the one it knows, or every window is read the slower way.
    tokens = importlib.import_module("claimdiff.extract.direction_tokens")
    token = get_lexicon("en").patterns["change_token"]
    assert token.pattern == tokens._ENGLISH_TOKEN
    for w in [*QUIET_WINDOWS, "Rose BY 5,000 (UP); Prices' fell", "ROSE 4.5% to $3BN, x:y"]:
        assert tokens.lowered_tokens(w, token) == [t.lower() for t in token.findall(w)], w


def test_plain_windows_agree_with_the_tokens() -> None:
    tokens = importlib.import_module("claimdiff.extract.direction_tokens")
    read = importlib.import_module("claimdiff.extract.direction_cues")
    lex = get_lexicon("en")
    lx = lex.direction
    cues = tokens.cue_words(lx)
    plain = tokens.plain_cues(lx)
    assert plain is not None
    token = lex.patterns["change_token"]
    fixtures = Path(__file__).resolve().parent.parent / "fixtures"
    texts = [p.read_text("utf-8") for p in sorted(fixtures.rglob("*.txt"))[:20]]
    windows = QUIET_WINDOWS + [
        t[i : i + n] for t in texts for i in range(0, 2000, 7) for n in (25, 60)
    ]
    answered = 0
    for w in windows:
        words = tokens.lowered_tokens(w, token)
        role = tokens.plain_role(w, plain)
        if role is not tokens.UNREAD:
            answered += 1
            assert role == (lx.ROLES.get(words[-1]) if words else None), w
            assert cues.isdisjoint(words) or read.cue_before(words, lx) == (None, None), w
        elif "'" not in w:
            assert not cues.isdisjoint(words), w
        if tokens.plain_still(w, plain):
            # No cue, or none read on past "than" and none that cue_after takes.
            assert cues.isdisjoint(words) or (
                lx.COMPARATIVES.isdisjoint(words) and read.cue_after(words, lx) is None
            ), w
        elif "'" not in w:
            assert not cues.isdisjoint(words), w
    assert answered > 100


@pytest.mark.parametrize("lang", ["en", "de"])
def test_cues_held_as_a_pattern_finds_them(lang: str) -> None:
    # direction_tokens._holds_cue looks for the cues that hold no other, in the runs of
    # letters where the text is ASCII: the answer of a search for every cue in the
    # lower-cased text.
    tokens = importlib.import_module("claimdiff.extract.direction_tokens")
    regex = importlib.import_module("claimdiff.lexicon.regex")
    cues = tokens.cue_words(get_lexicon(lang).direction)
    every = re.compile(regex.alternation(cues))
    pieces = [*sorted(cues), "x", "p", "ü", "ß", " ", ".", "5", "K", "İ", "’", "\ud800"]
    rng = random.Random(7)
    for _ in range(5000):
        text = "".join(rng.choice(pieces)[rng.randint(0, 3) :] for _ in range(rng.randint(0, 4)))
        text = text.lower()
        assert tokens._holds_cue(text, cues) == (every.search(text) is not None), text
    assert not tokens._holds_cue("rose", frozenset())
