"""A measure said "up to" of what happened is the peak it reached (claimdiff/peaks.py;
docs/compare.md, "Peaks said "up to""): which figures are read so, and how compare() and
check() judge them."""

from __future__ import annotations

import pytest

from claimdiff import check, compare, extract
from claimdiff.lexicon import get_lexicon
from claimdiff.model import Kind, Qualifier
from claimdiff.peaks import read_as_peak, read_peaks

EN = get_lexicon("en")

# (text, the figure's words, whether it is read as its peak)
READINGS = [
    ("Storm Ciarán brought gusts of up to 90mph to Cornwall.", "up to 90mph", True),
    ("As much as 8 inches of rain fell overnight.", "As much as 8 inches", True),
    ("Temperatures of up to 44C were recorded in Seville.", "up to 44C", True),
    # A reach from a place is a ceiling: homes up to 5 miles away may be 2 miles away.
    ("Residents up to 5 miles from the site were told to stay inside.", "up to 5 miles", False),
    ("The blast was felt up to 10 miles away.", "up to 10 miles", False),
    ("Floodwater up to 3.5m deep covered the road.", "up to 3.5m", True),
    # A clause of "with" takes its sentence's tense; one joined by "and" has its own.
    (
        "The line will cut the trip to an hour, with trains running at up to 220mph.",
        "up to 220mph",
        False,
    ),
    (
        "The plume could be seen for miles, and waves of up to 5 metres hit the pier.",
        "up to 5 metres",
        True,
    ),
    # A forecast, a cap, a limit, what a thing can do: a ceiling.
    ("Forecasters warned of up to 20cm of snow.", "up to 20cm", False),
    ("Up to 15cm of snow could fall on Tuesday.", "Up to 15cm", False),
    ("The trains can run at up to 350km/h.", "up to 350km/h", False),
    ("Lorries of up to 40 tonnes will be allowed on the bridge.", "up to 40 tonnes", False),
    ("The bridge has a weight limit of up to 7.5 tonnes.", "up to 7.5 tonnes", False),
    # Money, counts and lengths of time keep their ceilings.
    ("Fines of up to £5,000 were imposed.", "up to £5,000", False),
    ("Up to 300 people died in the floods.", "Up to 300 people", False),
    ("Some travellers waited up to nine hours.", "up to nine hours", False),
    # Words that name a limit are no peak's.
    ("Loads of at most 12 tonnes crossed the bridge.", "at most 12 tonnes", False),
]


@pytest.mark.parametrize(("text", "words", "peak"), READINGS, ids=[r[0][:48] for r in READINGS])
def test_which_figures_are_peaks(text: str, words: str, peak: bool) -> None:
    claims = extract(text)
    found = [c for c in claims if c.text == words]
    assert len(found) == 1, [c.text for c in claims]
    assert found[0].quantity is not None
    # Extraction reads the words as written: a ceiling, whatever comparison makes of it.
    assert found[0].quantity.qualifier is Qualifier.AT_MOST
    read = next(c for c in read_peaks(text, claims, EN) if c.span == found[0].span)
    assert read_as_peak(read) is peak
    assert read.quantity is not None
    if peak:
        # Its plain figure: the value and unit as written, rounded to its last digit.
        q, was = read.quantity, found[0].quantity
        assert q.qualifier is Qualifier.EXACT and (q.value, q.unit) == (was.value, was.unit)
        assert q.low is not None and q.high is not None and q.value is not None
        assert q.low < q.value < q.high <= q.value * 1.05
    else:
        assert read == found[0]


# (A, B, the verdict on the two figures, words its reason holds)
PAIRS = [
    (
        "Storm Freya brought gusts of up to 70mph to the coast.",
        "Winds reached 70mph during Storm Freya.",
        "agree",
        "read as the peak reached",
    ),
    (
        "The typhoon brought gusts of up to 120km/h to Okinawa.",
        "Gusts of 95km/h battered Okinawa as the typhoon passed.",
        "conflict",
        "26.3% apart",
    ),
    (
        "Gusts of up to 150km/h hit Cork on Sunday.",
        "Gusts of 93mph hit Cork on Sunday.",
        "agree",
        "within rounding",
    ),
    (
        "Temperatures reached 41C in Seville on Monday.",
        "Seville saw temperatures of up to 44 degrees Celsius on Monday.",
        "conflict",
        "3°C apart",
    ),
    (
        "Gusts of up to 90mph were recorded at the Needles.",
        "Gusts of up to 80mph were recorded at the Needles.",
        "conflict",
        "each read as the peak reached",
    ),
    (
        "As much as 8 inches of rain fell on the town.",
        "About 150mm of rain fell on the town.",
        "conflict",
        "do not overlap",
    ),
    # Ceilings stay ceilings: a forecast, what a thing can do, money, counts.
    (
        "Forecasters warned of up to 20cm of snow in the Highlands.",
        "Some 15cm of snow fell in the Highlands.",
        "compatible",
        "overlap",
    ),
    (
        "The trains can run at up to 350km/h.",
        "The trains reached 320km/h on the line.",
        "compatible",
        "overlap",
    ),
    (
        "Fines of up to £5,000 can be imposed on landlords.",
        "Landlords were fined £3,000.",
        "compatible",
        "overlap",
    ),
    (
        "Up to 300 people may have died in the floods.",
        "About 250 people died in the floods.",
        "compatible",
        "overlap",
    ),
]


@pytest.mark.parametrize(("a", "b", "verdict", "words"), PAIRS, ids=[p[0][:40] for p in PAIRS])
def test_compare_judges_a_peak_as_its_figure(a: str, b: str, verdict: str, words: str) -> None:
    findings = compare(a, b).findings
    found = [f for f in findings if f.a.kind in (Kind.MEASURE, Kind.MONEY, Kind.COUNT)]
    assert len(found) == 1, [(f.a.text, f.b.text) for f in findings]
    assert found[0].verdict.value == verdict, found[0].reason
    assert words in found[0].reason


# (source, output, whether check() flags the output)
CHECKS = [
    (
        "Storm Ciarán brought gusts of up to 90mph to Cornwall on Thursday.",
        "Gusts of 90mph hit Cornwall.",
        False,
    ),
    (
        "Storm Ciarán brought gusts of 90mph to Cornwall.",
        "The storm brought gusts of up to 90mph.",
        False,
    ),
    (
        "Storm Ciarán brought gusts of up to 90mph to Cornwall.",
        "Storm Ciarán brought gusts of 70mph.",
        True,
    ),
]


@pytest.mark.parametrize(("source", "output", "flagged"), CHECKS, ids=[c[1][:40] for c in CHECKS])
def test_check_reads_a_source_peak_as_its_figure(source: str, output: str, flagged: bool) -> None:
    report = check(source, output)
    assert bool(report.conflicts or report.unsupported) is flagged, report.findings
