"""Measures written with an article: "about a foot of snow", "nearly a tonne of cocaine".

Reports give one unit of a measure with "a" or "an" as often as with a digit: "more than
an inch of rain", "a mile long", "half a mile away", "A metre of fresh snow".  The figure
scan reads a measure only from a number; this module reads the unit words of
``ARTICLE_MEASURES`` (in lower case, after "a" or "an" as the lexicon's "article_lead"
finds them, a fraction of ``DURATION_FRACTIONS`` before it or "and a half" after it)
where a word makes the unit a measure:

* a hedge before it ("about a foot", "nearly a tonne", "more than an inch");
* or a word after it of ``ARTICLE_MEASURE_AFTER`` ("of" and a noun, "long", "deep",
  "high", "wide", "across", "away").

Never, hedged or not: a rate's unit ("$40 a tonne", "30p a mile", "US$300 a tonne",
"twice a mile"), the unit a price is of or quoted by ("the cost of a tonne of wheat", "A
tonne of wheat now sells for 180 pounds"), a unit inside a figure already read, an idiom
("came within an inch of scoring", "like a tonne of bricks"), or "a foot" with no such
word ("hurt a foot", "a foot in the door").  The words are data in the lexicon
(``ARTICLE_MEASURES``, ``ARTICLE_MEASURE_AFTER``, ``ARTICLE_MEASURE_PRICED``,
``ARTICLE_MEASURE_PRICE_VERBS``, ``ARTICLE_MEASURE_IDIOMS``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimdiff.extract.amounts import Core
from claimdiff.extract.bounds import hedge_before, hedged, norm
from claimdiff.extract.members import MEASURE, MONEY
from claimdiff.extract.number_words import part_after
from claimdiff.extract.numbers import Number
from claimdiff.extract.precision import Draft
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon

__all__ = ["article_measures"]

# How far before a unit its article, fraction and hedge may start ("just under half a "),
# and how far after it a price's verb or an idiom's end is looked for.
_REACH = 40
# How many words after a unit a price's verb may stand: "A tonne of carbon dioxide costs".
_PRICE_WORDS = 6
# Marks a word is read past: quotation marks straight and curly, brackets, stops.
_MARKS = ".,;:()\"'“”‘’"
# A figure with a currency's sign before it or a minor unit's letter after it: "$4",
# "€1.50", "30p", "12c".
_PRICE = lazy_pattern(r"\W*[^\w\s]\d.*|\d[\d.,]*[pc]")


def article_measures(text: str, lex: Lexicon, taken: Sequence[Draft]) -> list[Draft]:
    """The measures of one unit written with an article (module docstring), outside the
    spans of ``taken``, in text order."""
    units = lex.ARTICLE_MEASURES
    if not units:
        return []
    found: list[tuple[int, int, str]] = []
    for word, unit in units.items():
        i = text.find(" " + word)
        while i >= 0:
            end = i + 1 + len(word)
            if not text[end : end + 1].isalpha():  # "a mile", not "a mileage"
                found.append((i + 1, end, unit))
            i = text.find(" " + word, i + 1)
    if not found:
        return []
    spans = sorted((d.start, d.end) for d in taken)
    money_ends = {d.end for d in taken if d.kind is MONEY}
    lead_of = lex.patterns["article_lead"]
    out: list[Draft] = []
    k = 0
    for unit_start, unit_end, unit in sorted(found):
        lo = max(0, unit_start - _REACH)
        lead = lead_of.search(text, lo, unit_start)
        if lead is None:
            continue
        start = lead.start()
        # A figure read over the article or the unit holds it (figures read do not
        # overlap, so their ends rise with their starts).
        while k < len(spans) and spans[k][1] <= start:
            k += 1
        if k < len(spans) and spans[k][0] < unit_end:
            continue
        if _priced(text, start, money_ends, lex):
            continue  # "$4 a tonne", "30p a mile", "US$300 a tonne": a price per unit
        value = lex.DURATION_FRACTIONS.get(norm(lead["fraction"] or ""), 1.0)
        end = unit_end
        if value == 1.0:
            part = part_after(text, unit_end, lex)
            if part is not None:
                value, end = 1.0 + part[0], part[1]
        window = text[lo:start]
        hedge = hedge_before(window, lex)
        if _word_after(text[end : end + 24]) not in lex.ARTICLE_MEASURE_AFTER and hedge is None:
            continue  # "hurt a foot", "a foot in the door"
        if _quoted_by(text, end, lex) or _idiom(text, start, end, lex):
            continue  # "A tonne of wheat sells for 180 pounds", "within an inch of scoring"
        number = Number(start, end, value, words=True)
        core = Core(start, end, number, value, 0.0, MEASURE, unit)
        out.append(hedged(text, core, lex, window, lo))
    return out


def _priced(text: str, start: int, money_ends: set[int], lex: Lexicon) -> bool:
    """Whether the article at ``start`` follows a price: an amount read that ends right
    before it ("US$300 a tonne"), a figure with a currency's sign or letter ("$4", "30p"),
    or a currency's word ("25 pence a mile"); or a word of ``RATE_WORDS_BEFORE`` ("twice
    a mile"), or "the cost of" (``ARTICLE_MEASURE_PRICED``).  A bare number is no price:
    "In January 2010 a metre of floodwater"."""
    at = start
    while at > 0 and text[at - 1].isspace():
        at -= 1
    if at < start and at in money_ends:
        return True
    words = [w.strip(_MARKS) for w in text[max(0, start - 24) : start].lower().split()[-2:]]
    word = words[-1] if words else ""
    if word == "of" and len(words) == 2 and words[0] in lex.ARTICLE_MEASURE_PRICED:
        return True  # "the cost of a tonne of wheat": what a price is of
    return (
        word in lex.RATE_WORDS_BEFORE
        or _PRICE.fullmatch(word) is not None
        or word in lex.MINOR_CURRENCY_WORDS
        or word in lex.CURRENCY_HEAD_DEFAULTS
    )


def _quoted_by(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a verb of ``ARTICLE_MEASURE_PRICE_VERBS`` stands within a few words of the
    unit's clause after it: "A tonne of wheat now sells for 180 pounds"."""
    clause = re.split(r"[.;:!?]", text[end : end + _REACH * 2].lower(), maxsplit=1)[0]
    words = clause.split()[:_PRICE_WORDS]
    return any(w.strip(_MARKS) in lex.ARTICLE_MEASURE_PRICE_VERBS for w in words)


def _idiom(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether an idiom of ``ARTICLE_MEASURE_IDIOMS`` holds the article and unit at
    ``start:end`` ("came within an inch of scoring", "like a tonne of bricks")."""
    lo = max(0, start - _REACH)
    around = text[lo : end + _REACH].lower()
    for idiom in lex.ARTICLE_MEASURE_IDIOMS:
        i = around.find(idiom)
        while i >= 0:
            if lo + i <= start and end <= lo + i + len(idiom):
                return True
            i = around.find(idiom, i + 1)
    return False


def _word_after(window: str) -> str:
    """The first word of ``window`` in lower case ("" where none)."""
    words = window.split()
    return words[0].lower().strip(_MARKS) if words else ""
