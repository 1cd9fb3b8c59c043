"""Unicode in the wild: typographic spaces, other digits, marks, emoji, controls and RTL text."""

from __future__ import annotations

import random
import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import AWKWARD, claim_sentences

from claimdiff import compare, extract
from claimdiff.model import Claim


def _claim_at(text: str, claims: list[Claim], fragment: str) -> Claim | None:
    """The claim whose span covers the start of ``fragment`` in ``text``."""
    pos = text.index(fragment)
    for c in claims:
        if c.span[0] <= pos < c.span[1]:
            return c
    return None


# (text, the figure as written, its value): each must be read as that number.
K = "Kyiv says {} children were taken."  # the carrier sentence for most rows

READ_RIGHT = [
    pytest.param(K.format("16\u00a0000"), "16\u00a0000", 16_000, id="nbsp"),
    pytest.param(K.format("16\u202f000"), "16\u202f000", 16_000, id="narrow-nbsp"),
    pytest.param(K.format("16\u2009000"), "16\u2009000", 16_000, id="thin-space"),
    pytest.param(K.format("1\u202f234\u202f567"), "1\u202f234", 1_234_567, id="narrow-nbsp-x2"),
    pytest.param(K.format("１６,０００"), "１６", 16_000, id="full-width-digits"),
    pytest.param(K.format("１６，０００"), "１６", 16_000, id="full-width-comma"),
    pytest.param("Prices rose ４．５% in May.", "４", 4.5, id="full-width-decimal"),
    pytest.param("Inflation was −3% in May.", "3", -3, id="unicode-minus"),
    pytest.param("Inflation was -3% in May.", "3", -3, id="ascii-minus"),
    pytest.param("قال المسؤولون إن 16,000 طفل نقلوا.", "16,000", 16_000, id="arabic-sentence"),
    pytest.param(K.format("\u200f16,000\u200f"), "16,000", 16_000, id="rlm-marks"),
    pytest.param("\u202e" + K.format("16,000") + "\u202c", "16,000", 16_000, id="rlo-override"),
    pytest.param(K.format("١٦٠٠٠"), "١٦٠٠٠", 16_000, id="arabic-indic-digits"),
    pytest.param("👍 " + K.format("16,000 👨‍👩‍👧"), "16,000", 16_000, id="emoji-zwj"),
    pytest.param(K.format("16,000\u200d"), "16,000", 16_000, id="zwj-after"),
    pytest.param("Kyiv says 16,000 cafe\u0301s were shut.", "16,000", 16_000, id="combining-after"),
    pytest.param("Ke\u0301vin said 72,000 incidents.", "72,000", 72_000, id="combining-before"),
    pytest.param("Kyiv says 16,000\x00children.", "16,000", 16_000, id="nul"),
    pytest.param("\x1b[31m" + K.format("16,000\x1b[0m"), "16,000", 16_000, id="ansi-colour"),
    pytest.param(K.format("\x1b[31m16,000\x1b[0m"), "16,000", 16_000, id="ansi-glued-before"),
    pytest.param(K.format("\x1b[1;31m16,000"), "16,000", 16_000, id="ansi-bold-red"),
    pytest.param(K.format("\x1b[38;5;196m16,000\x1b[0m"), "16,000", 16_000, id="ansi-256"),
    pytest.param(
        K.format("\x1b]8;;https://x.example/2\x0716,000\x1b]8;;\x07"),
        "16,000",
        16_000,
        id="osc-8-hyperlink",
    ),
    pytest.param("Kyiv says 16,000\r\nchildren.", "16,000", 16_000, id="crlf"),
    pytest.param("\ufeff" + K.format("16,000"), "16,000", 16_000, id="bom-in-str"),
    pytest.param("Kyiv\u2028says 16,000\u2029children.", "16,000", 16_000, id="line-separators"),
    pytest.param("The field covers 5 km² of land.", "5", 5, id="superscript-unit"),
    pytest.param("The fund lost €2.3bn 🙂 last year.", "2.3", 2.3e9, id="money-then-emoji"),
    # A minus before the currency, or after it, makes the amount negative.
    pytest.param("Net income was -$5m in the quarter.", "5", -5e6, id="minus-before-symbol"),
    pytest.param("Net income was −$5m in the quarter.", "5", -5e6, id="unicode-minus-symbol"),
    pytest.param("Net income was $-5m in the quarter.", "5", -5e6, id="minus-after-symbol"),
    pytest.param("Free cash flow: -£3.2bn.", "3.2", -3.2e9, id="minus-pound"),
    pytest.param("Operating cash flow was -€40 million.", "40", -4e7, id="minus-euro-words"),
    pytest.param("Its cash flow was minus $100 million.", "100", -1e8, id="minus-word-symbol"),
]


@pytest.mark.parametrize(("text", "figure", "value"), READ_RIGHT)
def test_numbers_read_right(text: str, figure: str, value: float) -> None:
    """The figure is read as its number, and its claim's text is exactly source[span]."""
    claims = list(extract(text))
    claim = _claim_at(text, claims, figure)
    assert claim is not None, claims
    assert claim.quantity is not None
    assert claim.quantity.value == pytest.approx(value)
    assert claim.text == text[claim.span[0] : claim.span[1]]


# (text, the figure's words): a figure whose claim ends at a letter never ends before the
# accent combined with it.
COMBINED = [
    ("Kyiv says 1,200 cafe\u0301s were shut.", "1,200"),
    ("Some 300 employe\u0301es left.", "300"),
]


@pytest.mark.parametrize(("text", "figure"), COMBINED)
def test_a_claim_never_ends_between_a_letter_and_its_accent(text: str, figure: str) -> None:
    claim = _claim_at(text, list(extract(text)), figure)
    assert claim is not None
    end = claim.span[1]
    assert not unicodedata.combining(text[end : end + 1] or "a"), (claim.text, text[end:])


# Texts where nothing must raise, whatever is or is not read from them.
NO_CRASH = [
    pytest.param("16\u200b000 children", id="zwsp-inside-number"),
    pytest.param("1\u0301,000 people", id="combining-on-digit"),
    pytest.param("\u0301\u0301\u0301 5 km", id="leading-combining"),
    pytest.param("\ud800 16 children \udfff", id="lone-surrogates"),
    pytest.param("🇺🇦" * 50 + " 16,000 " + "🏳️‍🌈" * 50, id="flags"),
    pytest.param("\u200d" * 1000 + "5%", id="zwj-run"),
    pytest.param("".join(chr(c) for c in range(32)) + " 5 km", id="all-c0-controls"),
    pytest.param("½ of 16,000 children, ² and ⅕", id="vulgar-fractions"),
    pytest.param("$\u00a0\u00a05 and £\u202f7m", id="symbol-then-spaces"),
    pytest.param("16,000\u0000\u0000,000 people", id="nuls-in-groups"),
    pytest.param("−−−3 and −", id="minus-run"),
    pytest.param("₹ ₽ ¥ € £ $ " * 20 + "5", id="symbol-soup"),
    pytest.param(AWKWARD * 3, id="every-awkward-char"),
    # Digits to str.isdigit that float() and int() refuse, where a tally or an hour is read.
    pytest.param("The side won ²-one at home.", id="superscript-tally-side"),
    pytest.param("The blast came at ³ o'clock at night.", id="superscript-hour"),
]


@pytest.mark.parametrize("text", NO_CRASH)
def test_no_exception(text: str) -> None:
    """Awkward text extracts and compares without error; spans stay exact."""
    claims = list(extract(text))
    for c in claims:
        assert c.text == text[c.span[0] : c.span[1]]
    report = compare(text, text)
    assert [f for f in report.findings if f.verdict.value == "conflict"] == []


@settings(max_examples=100, deadline=None)
@given(
    claim_sentences(),
    st.lists(st.tuples(st.integers(0, 200), st.sampled_from(AWKWARD)), max_size=6),
)
def test_awkward_characters_anywhere(sentence: str, inserts: list[tuple[int, str]]) -> None:
    """Awkward characters inserted anywhere in a figure sentence never break extraction."""
    text = sentence
    for where, ch in inserts:
        i = where % (len(text) + 1)
        text = text[:i] + ch + text[i:]
    for c in extract(text):
        assert c.text == text[c.span[0] : c.span[1]]
        assert 0 <= c.span[0] <= c.span[1] <= len(text)


# Issue 15: a colour code's digits ("\x1b[31m") are not figures; the claim is still
# exactly source[span] of the text as given, escapes and all.
ANSI = [
    pytest.param("\x1b[31m5,000 people\x1b[0m marched.", ["5,000 people"], id="wrapped"),
    pytest.param("\x1b[1;31m5,000\x1b[0m people marched.", ["5,000\x1b[0m people"], id="inside"),
    pytest.param("\x1b[0m\x1b[2K\x1b[1A3 km\x1b(B", ["3 km"], id="cursor-and-charset"),
    pytest.param("\x1b]0;title 99\x1b\\5 km", ["5 km"], id="osc-title-with-digits"),
]


@pytest.mark.parametrize(("text", "texts"), ANSI)
def test_escape_sequences_are_not_figures(text: str, texts: list[str]) -> None:
    """Terminal escape sequences are read as blanks: no figure comes from their digits."""
    claims = extract(text)
    assert [c.text for c in claims] == texts
    assert all(c.text == text[c.span[0] : c.span[1]] for c in claims)


def test_colour_codes_make_no_false_conflict() -> None:
    """A coloured copy of a text agrees with the plain one, figures and quotes alike."""
    plain = "About 5,000 people marched, police said. “We will return the children,” Khan said."
    coloured = (
        "About \x1b[31m5,000 people\x1b[0m marched, police said. “We will \x1b[1mreturn"
        " the chil\x1b[4mdren\x1b[0m,” Khan said."
    )
    report = compare(coloured, plain)
    assert report.conflicts == [] and len(report.findings) == 1
    assert [f.label for f in report.quotes] == ["same"]
    assert "\x1b" not in report.quotes[0].reason


@pytest.mark.parametrize("text", ["more than $1,000²m.", "1,234²", "12,345³ people"])
def test_a_superscript_after_grouped_digits_is_read_past(text: str) -> None:
    """ "²" is a digit to str.isdigit but no digit the number patterns read: no crash."""
    claims = extract(text)
    assert all(text[c.span[0] : c.span[1]] == c.text for c in claims)


def test_case_blind_extra_is_every_fold_of_an_ascii_letter() -> None:
    """The characters a case-blind pattern matches to each ASCII letter, besides its two
    cases, are those lexicon.looks.CASE_BLIND_EXTRA names (every code point asked)."""
    from claimdiff.lexicon.looks import CASE_BLIND_EXTRA

    letters = re.compile(r"[a-z]", re.IGNORECASE)
    found: dict[str, str] = {}
    for code in range(0x80, 0x110000):
        ch = chr(code)
        if letters.fullmatch(ch):
            low = next(c for c in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch(c, ch, re.I))
            found[low] = found.get(low, "") + ch
    assert found == CASE_BLIND_EXTRA


@pytest.mark.parametrize("lang", ["en", "de"])
def test_according_matches_as_the_case_blind_alternation(lang: str) -> None:
    """The phrases naming a source after them match as ``(?i)\\b(?:phrases)\\b`` does, at
    every offset of strings of the phrases in odd cases and folds, and in slices of them."""
    from claimdiff.lexicon import get_lexicon

    tables = get_lexicon(lang).speech.tables
    phrases = sorted(tables.SOURCE_PREPOSITIONS, key=len, reverse=True)
    plain = re.compile(r"\b(?:" + "|".join(map(re.escape, phrases)) + r")\b", re.IGNORECASE)
    fast = get_lexicon(lang).speech.according
    odd = ["x", "_", "1", "é", " ", "\n", "ſ", "ı", "İ", "K"]
    pieces = [*phrases, *(p.upper() for p in phrases), *(p.title() for p in phrases), *odd]
    rnd = random.Random(7)
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 8)))
        lo = rnd.randint(0, len(text))
        hi = rnd.randint(lo, len(text))
        for a, b in ((0, len(text)), (lo, hi)):
            assert [m.span() for m in fast.finditer(text, a, b)] == [
                m.span() for m in plain.finditer(text, a, b)
            ]


# (text, the figure's words): the ">" closing a markup tag before a figure is no "more
# than"; a ">" after a word or a space still is.
MARKUP = [
    ("<p>The fire injured <b>14</b> workers, police said.</p>", "14", "exact"),
    ("<td>Deaths</td><td>14</td>", "14", "exact"),
    ('<span class="n">14</span> workers were hurt', "14", "exact"),
    ("Response times were >14 minutes.", ">14", "more_than"),
    ("Response times were > 14 minutes.", "> 14", "more_than"),
]


@pytest.mark.parametrize(("text", "figure", "qualifier"), MARKUP)
def test_markup_before_a_figure_is_no_bound(text: str, figure: str, qualifier: str) -> None:
    found = [c for c in extract(text) if c.text.startswith(figure)]
    assert found, [c.text for c in extract(text)]
    assert found[0].quantity is not None
    assert found[0].quantity.qualifier.value == qualifier
