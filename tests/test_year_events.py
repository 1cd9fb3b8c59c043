"""Which event a year is of (claimdiff.year_events), and how it keeps years of two
events apart in compare() (docs/compare.md, "Years of events")."""

from __future__ import annotations

import pytest

from claimdiff import check, compare
from claimdiff.candidates import Rules
from claimdiff.lexicon import get_lexicon
from claimdiff.year_events import (
    LAST_TIME,
    SINCE,
    EventWords,
    adjective,
    beginning_and_end,
    event_of,
    one_event_read,
)

_LEX = get_lexicon()
_LIGHT = frozenset(_LEX.LIGHT_VERBS)


_WORDS = EventWords.of(_LEX)


def _event(sentence: str, year: str) -> str | None:
    at = sentence.index(year)
    bounds = (0, len(sentence))
    return event_of(sentence, (at, at + len(year)), bounds, _LEX.STOPWORDS, _LIGHT, _WORDS)


@pytest.mark.parametrize(
    ("sentence", "year", "event"),
    [
        ("The library, which opened in 1964, will close.", "1964", "opened"),
        ("She was first elected to the county council in 1989.", "1989", "elected"),
        ("The hall was given listed status in 1971.", "1971", "listed"),
        ("The firm moved to its present premises in 1902.", "1902", "moved"),
        ("The band split up in 2009.", "2009", "split"),  # a lemma before a particle
        ("Dating from 1887, the bridge is listed.", "1887", "dating"),
        # A year opening its clause is the time of the verb after it.
        ("In 1998 they won promotion back.", "1998", "won"),
        ("In 2005, the firm was bought by a rival.", "2005", "bought"),
        ("In 2005 the new owners, who bought it, moved in.", "2005", None),  # a clause ends
        # A gerund after a preposition is the verb, however near a past form stands.
        ("She has led the city since winning office in 2015.", "2015", "winning"),
        # Six content words back at most: stop words are not counted.
        ("She was elected the club's first woman president in 1979.", "1979", "elected"),
        # No event: a light verb, a noun, or a year used as an adjective.
        ("The stadium underwent a major renovation in 1923.", "1923", None),
        ("His family took over the business in 1998.", "1998", None),
        ("Its new wing in 2004 drew crowds.", "2004", None),
        ("It shut its gates in 2020.", "2020", None),
        ("It lost a section of pier in a 1974 storm.", "1974", None),
        ("Portobello's 1901 swim centre will close.", "1901", None),
        ("The 1964-built museum will close.", "1964", None),
        # The noun a year is "of" is its event, unless it is a word of time.
        ("Defences were built after the floods of 2000.", "2000", "floods"),
        ("He won the election of 1997 by a landslide.", "1997", "election"),
        ("The pier was finished at the end of 2019.", "2019", "finished"),
        ("The pier was finished in the middle of 2019.", "2019", "finished"),
    ],
)
def test_event_of(sentence: str, year: str, event: str | None) -> None:
    assert _event(sentence, year) == event


@pytest.mark.parametrize(
    ("sentence", "year", "event"),
    [
        # A light verb and its particle stand for a lemma (PHRASAL_EVENTS).
        ("The charity was set up in 2006 by two teachers.", "2006", "found"),
        # "since" and "back to" date a beginning of what is not said ...
        ("AeroSerra, operating since 2003, says the order is its largest.", "2003", SINCE),
        ("Mokoena, mayor since 2017, will stand down.", "2017", SINCE),
        ("The house traces its roots to 1868.", "1868", SINCE),
        # ... a past form before "since" is the event ...
        ("The bridge had been closed since 2019.", "2019", "closed"),
        # ... and after a superlative, "first", "only" or "time" the last time of something.
        ("Shares fell to their lowest level since 2011.", "2011", LAST_TIME),
        ("It was the club's first win at Anfield since 1994.", "1994", LAST_TIME),
        ("They were promoted for the first time since 1994.", "1994", LAST_TIME),
        # A form in -est after no determiner is no superlative: "house arrest".
        ("She has been under house arrest since 2021.", "2021", SINCE),
        # A verb of an end written as its lemma, after "that" or "was", is the verb.
        ("It recalls the asbestos mine that shut in 2011.", "2011", "shut"),
        ("The band, which was split in 1990, has reformed.", "1990", "split"),
        # Any other lemma as written stays a noun or no event: "its new wing in 2004".
        ("The ferry, which has run since 1969, is suspended.", "1969", SINCE),
    ],
)
def test_event_of_beginnings(sentence: str, year: str, event: str) -> None:
    at = sentence.index(year)
    found = event_of(
        sentence,
        (at, at + len(year)),
        (0, len(sentence)),
        _LEX.STOPWORDS,
        _LIGHT,
        EventWords.of(_LEX),
    )
    assert found == event


def test_a_phrasal_year_beside_the_lemma_written_as_another_word() -> None:
    # "found" (of "find") earlier in the sentence is not the phrasal verb's written form:
    # the year stays a fact of its own beside the count of errors.
    report = compare(
        "Auditors found 40 errors at the charity, which was set up in 2006 by two teachers.",
        "The charity was founded in 2008 by two teachers, and auditors found 40 errors in "
        "its books.",
    )
    found = {(f.a.text, f.b.text): f.verdict.value for f in report.findings}
    assert found[("2006", "2008")] == "conflict"


@pytest.mark.parametrize(
    ("a", "b", "one", "by_wordnet"),
    [
        ("extended", "expanded", True, True),  # one sense
        ("reopened", "opened", True, True),  # a way of opening
        ("built", "opened", True, False),  # both date a beginning (BEGINNING_VERBS)
        ("completed", "built", True, False),
        ("built", "closed", False, False),
        ("elected", "retired", False, False),
    ],
)
def test_one_event_read(a: str, b: str, one: bool, by_wordnet: bool) -> None:
    assert one_event_read(a, b, Rules.of(_LEX)) is one
    assert one_event_read(a, b, Rules()) is by_wordnet  # no lexicon: WordNet alone


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        ("a 1974 storm", "1974", True),
        ("Scotland's 2007 smoking ban", "2007", True),
        ("the 1964-built tower", "1964", True),
        ("opened in 1974 to acclaim", "1974", False),
        ("In 1998 the firm moved", "1998", False),  # a stop word follows, not a noun
        ("since 2019 for safety reasons", "2019", False),
    ],
)
def test_adjective(text: str, year: str, expected: bool) -> None:
    at = text.index(year)
    assert adjective(text, (at, at + len(year)), _LEX.STOPWORDS) is expected


def _pairs(a: str, b: str) -> dict[tuple[str, str], str]:
    return {(f.a.text, f.b.text): f.verdict.value for f in compare(a, b).findings}


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # Years of events only one report names are not paired as each other's best.
        (
            "The pool opened in 1898 and was given listed status in 1971.",
            "The pool, which opened in 1901, is run by a trust formed in 2011.",
            {("1898", "1901"): "conflict"},
        ),
        # Verbs that may mean one thing still pair ("extended", "expanded").
        (
            "The zoo was founded in 1931 and extended in 1964.",
            "Established in 1931, the zoo expanded in 1966.",
            {("1931", "1931"): "agree", ("1964", "1966"): "conflict"},
        ),
        # The openings pair; "gained its new wing" names no event read, so its year is
        # not paired by elimination with the extension's (docs/compare.md).
        (
            "The gallery opened in 2004 and was extended in 2012.",
            "The gallery first opened to the public in 2012 and gained its new wing in 2004.",
            {("2004", "2012"): "conflict"},
        ),
        # The same year of two events read is no agreement: the events are swapped, and
        # each event's two years conflict.
        (
            "The bridge was built in 1961 and widened in 2001.",
            "The bridge was widened in 1961, forty years after it was built in 2001.",
            {("1961", "2001"): "conflict", ("2001", "1961"): "conflict"},
        ),
        # One year each: they pair however the verbs differ.
        (
            "The pier, built in 1888, will close.",
            "Dating from 1898, the pier is to shut.",
            {("1888", "1898"): "conflict"},
        ),
    ],
)
def test_years_of_events_pair(a: str, b: str, expected: dict[tuple[str, str], str]) -> None:
    got = {k: v for k, v in _pairs(a, b).items() if k[0].isdigit() and len(k[0]) == 4}
    assert got == expected


def test_years_by_event_are_compare_only() -> None:
    """check() pairs years as before: an output's year of another event is an error."""
    report = check(
        "The pool opened in 1898 and was listed in 1971.",
        "The pool opened in 1898 and was listed in 1973.",
    )
    assert [(f.a.text, f.b.text) for f in report.conflicts] == [("1971", "1973")]


def test_german_years_pair_as_before() -> None:
    a = "Das Werk wurde 1950 eröffnet und 2010 geschlossen."
    b = "Seit 1951 produziert das Werk Autos; 2011 war Schluss."
    got = {(f.a.text, f.b.text) for f in compare(a, b, lang="de").findings}
    assert {("1950", "1951"), ("2010", "2011")} <= got


@pytest.mark.parametrize(
    ("a", "b", "two"),
    [
        ("founded", "closed", True),
        ("opened", "demolished", True),
        (SINCE, "split", True),  # "operating since 2003" against "split in 2011"
        ("split", "formed", True),
        ("founded", "established", False),  # two beginnings may be one
        ("closed", "shut", False),
        ("founded", "sold", False),  # a sale is neither
    ],
)
def test_a_beginning_and_an_end_are_two_events(a: str, b: str, two: bool) -> None:
    assert beginning_and_end(a, b, Rules.of(_LEX)) is two


def test_one_year_each_of_a_beginning_and_an_end_never_pair() -> None:
    report = compare(
        "The band, which formed in 1998, will reissue its first album.",
        "The band, who broke up in 2011, are reissuing their debut.",
    )
    assert not [f for f in report.findings if f.a.text == "1998"]
