"""Long alternations compiled for the phrases a text may hold give the whole pattern's
matches (lexicon.regex.ByFirstCharacter and ByWords: the command's start-up)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimdiff.lexicon import get_lexicon
from claimdiff.lexicon import regex as lexregex
from claimdiff.lexicon.looks import may_hold
from claimdiff.lexicon.regex import ByFirstCharacter, ByWords, phrases_in

FIXTURES = [
    Path(__file__).resolve().parent.parent / "fixtures" / name
    for name in ("telegraph_icc.txt", "reuters_icc.txt")
]
# Characters the engine folds apart from str.lower (Kelvin sign, long s, dotless and dotted
# i), letters that are no ASCII, superscripts (word characters), marks and spaces.
ODD = ["K", "ſ", "ı", "İ", "µ", "²", "é", "1", " ", "  ", "-", ".", "$", "\n"]


def _pieces(phrases: tuple[str, ...]) -> st.SearchStrategy[str]:
    piece = st.sampled_from([*phrases, *ODD, "Million", "people", "x"])
    cased = st.tuples(piece, st.booleans()).map(lambda p: p[0].upper() if p[1] else p[0])
    return st.lists(cased, min_size=1, max_size=5).map("".join)


@pytest.mark.parametrize("lang", ["en", "de"])
@pytest.mark.parametrize("name", ["currency_word", "measure_unit"])
def test_by_first_word_matches_as_the_whole(
    lang: str, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At every offset of the fixtures, and of strings made of the phrases, odd letters and
    marks in either case, the pattern compiled for the word there matches as the whole."""
    monkeypatch.setattr(lexregex, "SETTLE_AFTER", 10**9)
    monkeypatch.setattr(lexregex, "SETTLE_AFTER_WORDS", 10**9)
    monkeypatch.setattr(lexregex, "SETTLE_AFTER_CALLS", 10**9)
    src = get_lexicon(lang).patterns._sources[name]  # type: ignore[attr-defined]
    whole = re.compile(src.pattern, src.flags)
    parts = ByFirstCharacter(*src)

    def same(text: str) -> None:
        for pos in range(len(text) + 1):
            for end in (len(text), pos + 3):
                got, want = parts.match(text, pos, end), whole.match(text, pos, end)
                assert (got and (got.span(), got.groups())) == (
                    want and (want.span(), want.groups())
                ), (text[pos : pos + 20], pos, end)

    for path in FIXTURES:
        same(path.read_text("utf-8"))

    @settings(max_examples=300, deadline=None)
    @given(_pieces(src.phrases))
    def check(text: str) -> None:
        same(text)

    check()
    assert parts._whole is None  # type: ignore[attr-defined]  # the subsets were matched


@pytest.mark.parametrize("lang", ["en", "de"])
def test_by_words_finds_what_the_whole_finds(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """In each sentence of the fixtures, and in strings made of the predicate phrases'
    words and marks, the phrases of the words a text holds find what all of them find."""
    monkeypatch.setattr(lexregex, "SETTLE_AFTER_TEXTS", 10**9)
    src = get_lexicon(lang).patterns._sources["predicate"]  # type: ignore[attr-defined]
    whole = re.compile(src.pattern)
    parts = ByWords(src.phrases)

    def same(padded: str) -> None:
        assert list(phrases_in(parts, padded)) == list(phrases_in(whole, padded)), padded  # type: ignore[arg-type]

    for path in FIXTURES:
        for line in path.read_text("utf-8").lower().splitlines():
            same(" " + line)
    words = sorted({w for p in src.phrases for w in p.split()})
    text = st.lists(
        st.tuples(st.sampled_from([*words, "1", "ab", "é"]), st.sampled_from(["", " ", "-", ", "])),
        min_size=1,
        max_size=8,
    ).map(lambda ps: " " + "".join(w + sep for w, sep in ps))

    @settings(max_examples=500, deadline=None)
    @given(text)
    def check(padded: str) -> None:
        same(padded)

    check()
    assert parts._whole is None  # type: ignore[attr-defined]  # the subsets were searched


@given(
    st.tuples(
        st.sampled_from(["", "x ", "(", "1 "]),
        st.sampled_from(sorted(get_lexicon("en").FRACTION_PHRASES)),
        st.sampled_from([" ", "  ", "\n", "\u00a0"]),
        st.sampled_from(["", "of ", "OF\n"]),
        st.sampled_from(["a", "an", "A"]),
        st.sampled_from([" ", "\t"]),
        st.sampled_from([*get_lexicon("en").measure_units, "Kilo", "ſtone", "xyz"]),
        st.sampled_from(["", " ", "s", "1"]),
        st.booleans(),
    )
)
def test_fraction_lead_matches_wherever_fraction_of_a_unit_does(
    parts: tuple[str, ...],
) -> None:
    """The short pattern tried first matches wherever the long one does."""
    text = "".join(parts[:-1])
    text = text.upper() if parts[-1] else text
    patterns = get_lexicon("en").patterns
    for i in range(len(text)):
        if patterns["fraction_of_a_unit"].match(text, i):
            assert patterns["fraction_lead"].match(text, i), (text, i)


def test_settled_patterns_stand_in() -> None:
    """Past its limits a subset pattern hands the whole pattern to stand in for it."""
    handed: list[re.Pattern[str]] = []
    words = ByWords(["x" * k for k in range(1, 40)], settle=handed.append)
    for k in range(1, lexregex.SETTLE_AFTER_TEXTS + 2):
        assert words.search(" " + "x" * k).group("w") == "x" * k  # type: ignore[union-attr]
    assert handed == [words.whole]


def test_many_matches_settle(monkeypatch: pytest.MonkeyPatch) -> None:
    """However few words it meets, a pattern asked many times hands over the whole."""
    monkeypatch.setattr(lexregex, "SETTLE_AFTER_CALLS", 10)
    handed: list[re.Pattern[str]] = []
    parts = ByFirstCharacter("w", ["euro", "euros"], r"(?![^\W\d_])", re.I, handed.append)
    for _ in range(11):
        assert parts.match("5 euros", 2).group("w") == "euros"  # type: ignore[union-attr]
    assert handed == [parts.whole]


@pytest.mark.parametrize("lang", ["en", "de"])
@given(data=st.data())
@settings(max_examples=300, deadline=None)
def test_period_openers_gate_no_match(lang: str, data: st.DataObject) -> None:
    """A sentence the openers' ``in`` tests pass over holds no match of the period patterns
    (extract/context.py searches them only where one stands): odd folds and case included."""
    lex = get_lexicon(lang)
    for name, words, blind in (
        ("period_part", lex.period_openers, False),
        ("period_words", lex.period_word_openers, True),
    ):
        phrases = tuple(lex.PERIOD_PARTS) if name == "period_part" else lex.PERIOD_PHRASES
        padded = " " + data.draw(_pieces(phrases)).lower()
        found = list(phrases_in(lex.patterns[name], padded))
        assert not found or may_hold(padded, words, case_blind=blind)


# The pattern context.py read months with before: every capitalised word, each looked up.
_ANY_CAPITALISED = re.compile(r"[A-Z](?<![\w’'].)[a-z]{3,8}(?![\w’'])")


@pytest.mark.parametrize("lang", ["en", "de"])
def test_month_names_as_every_capitalised_word_looked_up(lang: str) -> None:
    """The months a sentence is scoped to: the capitalised words a month's name, whole."""
    lex = get_lexicon(lang)
    months = [m.capitalize() for m in lex.MONTHS]
    text = " ".join(
        [*FIXTURES[0].read_text("utf-8").split(), *months, *(m + "s" for m in months)]
        + [f"x{m} {m}’s {m}'s ({m}) {m}-{m} {m.upper()}" for m in months]
    )
    old = [
        m.span()
        for m in _ANY_CAPITALISED.finditer(text)
        if len(m.group()) > 3
        and m.group().lower() in lex.MONTHS
        and m.group().lower() not in lex.MONTH_WORDS
    ]
    assert old and [m.span() for m in lex.patterns["month_name"].finditer(text)] == old


def test_article_units_found_where_their_words_stand() -> None:
    """durations._unit_matches finds what ``article_unit`` finds over the whole text."""
    import importlib
    import random

    durations = importlib.import_module("claimdiff.extract.durations")
    lex = get_lexicon("en")
    pattern = lex.patterns["article_unit"]
    pieces = ["a ", "year", "day", "days", "Monday", "today", "DAY", "decade", "hour", *ODD]
    rnd = random.Random(3)
    texts = [f.read_text("utf-8") for f in FIXTURES]
    texts += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12))) for _ in range(3000)]
    for text in texts:
        found = [m.span() for m in durations._unit_matches(text, lex)]
        assert found == [m.span() for m in pattern.finditer(text)]


def test_decades_as_the_case_blind_pattern() -> None:
    """The decade pattern, opening with "in" as a class of its letters in any case, matches
    as the case-blind pattern it replaced."""
    import random

    from claimdiff.lexicon import en
    from claimdiff.lexicon.regex import alternation

    decade = r"(?:" + alternation(en.DECADE_WORDS) + r"|[1-9]0['’]?s)(?![\w'’])"
    blind = re.compile(
        r"in(?<!\w..)\s+(?:" + alternation(en.DECADE_POSSESSIVES) + r")\s+(?:(?P<part>"
        + alternation(en.DECADE_PARTS) + r")\s*)?(?P<decade>" + decade
        + r")(?:\s+(?:and|or|to)\s+(?P<last>" + decade + r"))?(?P<noun>\s+[a-z]+)?",
        re.IGNORECASE,
    )  # fmt: skip
    pattern = get_lexicon("en").patterns["decade"]
    pieces = ["in ", "IN ", "İn ", "ın ", "her ", "HIS ", "their ", "late ", "mid-", "40s"]
    pieces += ["eighties", "ſixties", "50's", " and ", " to ", "pomp", *ODD]
    rnd = random.Random(5)
    for _ in range(5000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 10)))
        found = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert found == [(m.span(), m.groupdict()) for m in blind.finditer(text)]


def test_ascii_words_as_the_word_pattern() -> None:
    """In ASCII text the word pattern of ranges finds what the category pattern finds."""
    import random

    from claimdiff import text as textmod

    rnd = random.Random(11)
    chars = "abXZ09'’-_ .,\n\t"
    for _ in range(5000):
        low = "".join(rnd.choice(chars) for _ in range(rnd.randint(0, 30)))
        found = [m.span() for m in textmod._word_pattern(low).finditer(low)]
        assert found == [m.span() for m in textmod._WORD.finditer(low)]


@pytest.mark.parametrize("tail", [" " * 150, "\n" * 120 + "x", "\u00a0" * 101])
def test_starts_past_long_white_space_at_the_end(tail: str) -> None:
    """A text ending in a long run of white space finds the starts the case-blind start
    pattern finds (its one window reaches the end: nothing lies past it)."""
    from claimdiff.extract.starts import Starts

    lex = get_lexicon("en")
    text = "Some 12 people, TWELVE more and a Dozen others;" + tail + "five"
    found, pos, starts = [], 0, Starts(text, lex)
    while (hit := starts.search(pos)) is not None:
        start, _, _ = hit
        found.append(start)
        pos = start + 1
    whole = lex.patterns["start"]
    assert found == [m.start() for m in re.finditer(whole.pattern, text, whole.flags)]
