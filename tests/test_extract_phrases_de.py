"""German sentences written blind (issue 16): each phrase is one claim of the expected reading.

The files (tests/data/phrases_*_fresh.json, see tests/data/README.md) give, per sentence,
the phrase, its value or bounds, unit, counted noun and kind, in the writer's own terms;
:func:`_reading` maps claimdiff's reading onto those terms.  Where the writer's
convention differs from claimdiff's documented one, the row says why in ``comment``.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from claimdiff import Kind, Qualifier, extract
from claimdiff.extract.numbers import read_digits
from claimdiff.lexicon.numformat import number_format

DATA = Path(__file__).resolve().parent / "data"

# The writer's kinds and the qualifiers that state them.
KINDS = {
    "exact": {Qualifier.EXACT, Qualifier.RANGE},
    "approximate": {Qualifier.APPROXIMATE},
    "lower": {Qualifier.MORE_THAN, Qualifier.AT_LEAST},
    "upper": {Qualifier.LESS_THAN, Qualifier.AT_MOST},
    "vague": {Qualifier.VAGUE},
}
# The writer's unit names → claimdiff's (pint's names; "%" for percent).
UNITS = {
    "percent": "%",
    "kilometer": "kilometer",
    "meter": "meter",
    "centimeter": "centimeter",
    "tonne": "metric_ton",
    "square meter": "meter ** 2",
    "kilometer per hour": "kilometer / hour",
    "degree Celsius": "degree_Celsius",
    "hectare": "hectare",
    "date": "date",
}
# Known misses: (file, id) → why.  Each is an xfail(strict=True).
XFAIL: dict[tuple[str, str], str] = {}


def _stem(word: str) -> str:
    """A noun without umlauts, lower case: "Häuser" → "hauser"."""
    folded = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in folded if not unicodedata.combining(c)).replace("ß", "ss")


def same_noun(found: str | None, lemma: str) -> bool:
    """claimdiff keeps the counted noun as written ("häuser"); the writer gives its lemma
    ("haus"): they agree when the written form is the lemma plus a plural or case ending."""
    if found is None:
        return False
    a, b = _stem(found), _stem(lemma)
    return a.startswith(b) and len(a) - len(b) <= 3


def _rows(name: str) -> list[pytest.param]:
    rows = json.loads((DATA / name).read_text("utf-8"))
    lang = {"phrases_de_fresh.json": "de", "phrases_de_ch_fresh.json": "de_CH"}[name]
    out = []
    for k, row in enumerate(rows):
        rid = f"{name.split('_fresh')[0]}-{k:03d}-{row['phrase']}"
        marks = []
        if (name, row["phrase"]) in XFAIL:
            marks.append(pytest.mark.xfail(reason=XFAIL[(name, row["phrase"])], strict=True))
        out.append(pytest.param(lang, row, id=rid, marks=marks))
    return out


ROWS = _rows("phrases_de_fresh.json") + _rows("phrases_de_ch_fresh.json")


def _claim(lang: str, row: dict):  # type: ignore[no-untyped-def]
    text, phrase = row["text"], row["phrase"]
    lo = text.find(phrase)
    assert lo >= 0, "the phrase stands in the sentence"
    hi = lo + len(phrase)
    claims = [c for c in extract(text, lang=lang) if c.kind is not Kind.QUOTE]
    best = max(claims, key=lambda c: min(hi, c.span[1]) - max(lo, c.span[0]), default=None)
    assert best is not None and min(hi, best.span[1]) > max(lo, best.span[0]), [
        (c.text, c.kind.value) for c in claims
    ]
    return best


@pytest.mark.parametrize(("lang", "row"), ROWS)
def test_phrase_de(lang: str, row: dict) -> None:  # type: ignore[type-arg]
    """The phrase is read as one claim with the writer's value, bounds, kind, unit and noun."""
    c = _claim(lang, row)
    q = c.quantity
    assert q is not None
    if row.get("date"):
        assert c.kind is Kind.DATE
        parts = row["date"].split("-")  # "2025-03-03", or "--01-12" with no year
        y, m, d = int(parts[0] or 0), int(parts[-2]), int(parts[-1])
        assert q.value == pytest.approx(y * 10_000 + m * 100 + d)
        return
    assert q.qualifier in KINDS[row["kind"]], q.qualifier
    if row["value"] is not None:
        assert q.value == pytest.approx(row["value"], rel=1e-6)
    elif row["kind"] in ("exact", "vague"):
        assert (q.low, q.high) == (pytest.approx(row["low"]), pytest.approx(row["high"]))
    if row["kind"] == "lower":
        assert q.low == pytest.approx(row["low"]) and q.high is None
    if row["kind"] == "upper":
        assert q.high == pytest.approx(row["high"])
    unit = row["unit"]
    if unit == "percentage point":
        assert c.kind is Kind.COUNT and c.noun is not None and c.noun.startswith("prozentpunkt")
    elif unit in ("year", "month", "week", "day", "hour", "minute"):
        assert c.kind is Kind.DURATION and q.unit == unit
    elif unit is not None:
        assert q.unit == UNITS.get(unit, unit)
    else:
        assert c.kind is Kind.COUNT
    if row["noun"] is not None:
        assert same_noun(c.noun, row["noun"]), c.noun


FR = json.loads((DATA / "phrases_fr_fresh.json").read_text("utf-8"))


@pytest.mark.parametrize("row", FR, ids=[r["phrase"] for r in FR])
def test_french_digits_by_locale(row: dict) -> None:  # type: ignore[type-arg]
    """French digits ("1 234,5", "25 000") are read with CLDR's fr symbols, with no lexicon."""
    text, phrase = row["text"], row["phrase"]
    at = text.find(phrase)
    first = next(i for i in range(at, at + len(phrase)) if text[i].isdigit())
    num, _ = read_digits(text, first, number_format("fr"))
    assert num is not None
    scale = row["value"] / num.value
    assert scale in (1, 1e3, 1e6, 1e9), (num.value, row["value"])


def test_unknown_language_lists_those_available() -> None:
    """A language with no lexicon is refused with the languages there are."""
    with pytest.raises(ValueError, match=r"available: de, en"):
        extract("Il y a 12 personnes.", lang="fr")


def test_unknown_region_is_refused() -> None:
    """A region CLDR does not know is refused too, not read with guessed separators."""
    with pytest.raises(ValueError, match="no lexicon"):
        extract("Es waren 1.200 Menschen.", lang="de_XX")


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "It has 1.234 members.", 1.234),
        ("de", "Es hat 1.234 Mitglieder.", 1234),
        ("de_CH", "Es hat 1'234 Mitglieder.", 1234),
        ("de_CH", "Es kostet 1.5 Mio. Franken.", 1.5e6),
        ("de_AT", "Es hat 1.234,5 Mitglieder.", 1234.5),
    ],
)
def test_ambiguous_digits_read_by_the_texts_locale(lang: str, text: str, value: float) -> None:
    """ "1.234" is read by the text's locale, never guessed across locales."""
    (c,) = [c for c in extract(text, lang=lang) if c.quantity is not None]
    assert c.quantity.value == pytest.approx(value)


def test_german_billion_is_a_million_millions() -> None:
    """German "Billion" is 10^12, not the English billion."""
    (c,) = extract("Die Schulden liegen bei 2 Billionen Euro.", lang="de")
    assert c.quantity.value == pytest.approx(2e12)
