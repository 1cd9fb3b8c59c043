"""A span of years against a length of time (claimdiff/year_spans.py; docs/compare.md, "A
span of years against a length of time"): which spans are lengths, how the two are judged
in compare() and check(), and which never meet."""

from __future__ import annotations

import pytest

from claimdiff import check, compare, extract
from claimdiff.model import Kind
from claimdiff.year_spans import span_length

# (text, the span's words, its whole years between its two years; None where no length)
SPANS = [
    ("The offences took place between 2016 and 2021.", "between 2016 and 2021", 5),
    ("He ran the scheme from 2012 to 2019.", "from 2012 to 2019", 7),
    ("Contracts awarded in 2019-2022 were reviewed.", "2019-2022", 3),
    # The last year written short, or joined by "until", "till" or "through" after "from".
    ("The dam was built in 2016-21.", "2016-21", 5),
    ("Britain fought in 1939–45.", "1939–45", 6),
    ("He led the club from 2009 through 2017.", "from 2009 through 2017", 8),
    ("She ran the firm from 2003 until 2008.", "from 2003 until 2008", 5),
    ("It was closed from 1990 till 1994.", "from 1990 till 1994", 4),
    # A slash is a season's, as is a year and the next.
    ("Leicester were champions in 2015/16.", "2015/16", None),
    # A season or a financial year, and a decade, are no length of anything.
    ("Leicester were champions in 2015-16.", "2015-16", None),
    ("It was built between 2019 and 2020.", "between 2019 and 2020", None),
    ("It was built in the 1990s.", "1990s", None),
    ("It opened in 2004.", "2004", None),
]


@pytest.mark.parametrize(("text", "words", "years"), SPANS, ids=[s[1] for s in SPANS])
def test_a_span_of_years_is_a_length_of_its_years(text: str, words: str, years: int | None) -> None:
    found = [c for c in extract(text) if c.kind is Kind.YEAR and words in c.text]
    assert len(found) == 1, [c.text for c in extract(text)]
    assert span_length(found[0]) == years


# (A, B, the verdict on the span and the length, words its reason holds; None: no pair)
PAIRS = [
    (
        "The offences took place between 2019 and 2022.",
        "He conned pensioners out of £80,000 over three years.",
        "agree",
        "2019 to 2022 is 3 years",
    ),
    (
        "Between 2016 and 2020 the firm overcharged customers.",
        "The overcharging went on for four years, the regulator said.",
        "agree",
        "the same length",
    ),
    (
        "The company dumped waste between 2019 and 2022.",
        "The company dumped waste for four years, investigators found.",
        "compatible",
        "or 4 counting both",
    ),
    (
        "The fraud ran between 2016 and 2020.",
        "The fraud ran for three years, the court heard.",
        "compatible",
        "from just over 3 to just under 5 years",
    ),
    (
        "He was held from 2017 to 2022.",
        "He spent seven years behind bars, his family said.",
        "conflict",
        "not seven years",
    ),
    (
        "The scheme ran between 2004 and 2008.",
        "The fraud was carried out over a ten-year period.",
        "conflict",
        "2004 to 2008 is 4 years",
    ),
    # Several spans and lengths pair only on words of their own, never on the figure.
    (
        "The mayor served from 2010 to 2014. The bridge was built from 2016 to 2019.",
        "The tunnel took three years to dig. The festival has run for four years.",
        None,
        "",
    ),
    # A span of the past and a length to come are two things.
    (
        "The firm previously backed a cycling tour from 2012 to 2019.",
        "It will sponsor the marathon for the next five years.",
        None,
        "",
    ),
]


@pytest.mark.parametrize(("a", "b", "verdict", "said"), PAIRS, ids=[p[0][:40] for p in PAIRS])
def test_a_span_meets_a_length_of_the_other_report(
    a: str, b: str, verdict: str | None, said: str
) -> None:
    for x, y, flipped in ((a, b, False), (b, a, True)):
        found = [
            f for f in compare(x, y).findings if {f.a.kind, f.b.kind} == {Kind.YEAR, Kind.DURATION}
        ]
        if verdict is None:
            assert found == [], [f.reason for f in found]
            continue
        assert [f.verdict.value for f in found] == [verdict], [f.reason for f in found]
        assert said in found[0].reason
        span = found[0].b if flipped else found[0].a
        assert span.kind is Kind.YEAR  # shown on the span as written
        assert (y if flipped else x)[span.span[0] : span.span[1]] == span.text


SOURCE = (
    "Thames Vale Water was fined £3.6m for discharging sewage into the River Kennet "
    "between 2019 and 2022."
)

# (output, whether check() finds it stated by SOURCE: nothing conflicting, nothing unsupported)
OUTPUTS = [
    ("The company discharged sewage over three years and was fined £3.6m.", True),
    ("The company discharged sewage for four years and was fined £3.6m.", True),
    ("The company discharged sewage into the Kennet over seven years.", False),
    # A length no word ties to the span is no length of it: an invented figure.
    ("The council approved a tunnel that will take three years to dig.", False),
]


@pytest.mark.parametrize(("output", "stated"), OUTPUTS, ids=[o[0][30:60] for o in OUTPUTS])
def test_check_reads_a_source_span_as_the_length_it_may_be(output: str, stated: bool) -> None:
    r = check(SOURCE, output)
    flagged = [c.text for c in r.unsupported] + [f.reason for f in r.conflicts]
    assert (not flagged) is stated, flagged
    if stated:
        (support,) = [f for f in r.findings if f.b.kind is Kind.DURATION]
        assert support.a.text == "between 2019 and 2022"
        assert "2019 to 2022 is 3 years" in support.reason
