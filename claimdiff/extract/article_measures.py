"""Measures written with an article: "about a foot of snow", "nearly a tonne of cocaine".

Reports give one unit of a measure with "a" or "an" as often as with a digit: "more than
an inch of rain", "a mile long", "half a mile away", "A metre of fresh snow".  The figure
scan reads a measure only from a number; this module reads the unit words of
``ARTICLE_MEASURES`` (in lower case, after "a" or "an", a fraction before it or "and a
half" after it) where a word makes the unit a measure:

* a hedge before it ("about a foot", "nearly a tonne", "more than an inch");
* or a word after it of ``ARTICLE_MEASURE_AFTER`` ("of" and a noun, "long", "deep",
  "high", "wide", "across", "away").

Never a rate's unit ("$40 a tonne", "30p a mile", "twice a mile") or what a price is of
("the cost of a tonne of wheat", "A tonne of wheat now sells for 180 pounds"), a unit
inside a figure already read, an idiom ("came within an inch of scoring", "like a tonne
of bricks"), or "a foot" with no such word ("hurt a foot", "a foot in the door").  The
words are data in the lexicon (``ARTICLE_MEASURES``, ``ARTICLE_MEASURE_AFTER``,
``ARTICLE_MEASURE_PRICED``, ``ARTICLE_MEASURE_PRICE_VERBS``, ``ARTICLE_MEASURE_IDIOMS``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from claimdiff.extract.amounts import Core
from claimdiff.extract.bounds import hedge_before, hedged
from claimdiff.extract.members import MEASURE
from claimdiff.extract.number_words import part_after
from claimdiff.extract.numbers import Number
from claimdiff.extract.precision import Draft
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon

__all__ = ["article_measures"]

# How far before a unit its article, fraction and hedge may start ("just under half a ").
_REACH = 40
# The article, a fraction before it or not, ending right before the unit's white space.
_LEAD = lazy_pattern(
    r"(?<![^\W\d_])(?:(?P<fraction>half|a\s+quarter\s+of|three\s+quarters\s+of)\s+)?an?\s+$",
    re.IGNORECASE,
)


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
    starts = [s for s, _ in spans]
    out: list[Draft] = []
    for unit_start, unit_end, unit in sorted(found):
        lo = max(0, unit_start - _REACH)
        lead = _LEAD.search(text, lo, unit_start)
        if lead is None:
            continue
        start = lead.start()
        k = bisect.bisect_right(starts, unit_end) - 1
        if k >= 0 and spans[k][1] > start:
            continue  # inside a figure already read
        words = text[max(0, start - 24) : start].lower().split()[-2:]
        before = words[-1].strip(_MARKS) if words else ""
        if before in lex.RATE_WORDS_BEFORE or _priced(before, lex):
            continue  # "$4 a tonne", "30p a mile", "25 pence a mile": a price per unit
        if before == "of" and len(words) == 2 and words[0] in lex.ARTICLE_MEASURE_PRICED:
            continue  # "the cost of a tonne of wheat": what a price is of
        value = _FRACTIONS[" ".join((lead["fraction"] or "").lower().split())]
        end = unit_end
        if value == 1.0:
            part = part_after(text, unit_end, lex)
            if part is not None:
                value, end = 1.0 + part[0], part[1]
        window = text[max(0, start - _REACH) : start]
        after = _word_after(text[end : end + 24])
        hedge = hedge_before(window, lex)
        if after not in lex.ARTICLE_MEASURE_AFTER and hedge is None:
            continue  # "hurt a foot", "a foot in the door"
        if hedge is None and _quoted_by(text, start, end, lex):
            continue  # "A tonne of wheat sells for 180 pounds", "within an inch of scoring"
        number = Number(start, end, value, words=True)
        core = Core(start, end, number, value, 0.0, MEASURE, unit)
        out.append(hedged(text, core, lex, window, max(0, start - _REACH)))
    return out


_FRACTIONS = {"": 1.0, "half": 0.5, "a quarter of": 0.25, "three quarters of": 0.75}


def _priced(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` is a price's: a figure with a currency's sign or letter ("$4",
    "30p", "12c") or a currency's word ("pence", "dollars"); not a bare number ("In
    January 2010 a metre of floodwater")."""
    return (
        _PRICE.fullmatch(word) is not None
        or word in lex.MINOR_CURRENCY_WORDS
        or word in lex.CURRENCY_HEAD_DEFAULTS
    )


# A figure with a currency's sign before it or a minor unit's letter after it.
_PRICE = lazy_pattern(r"\W*[^\w\s]\d.*|\d[\d.,]*[pc]")


def _quoted_by(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the unit at ``start:end`` is one a price is quoted by ("A tonne of wheat now
    sells for 180 pounds": ``ARTICLE_MEASURE_PRICE_VERBS`` within a few words of its
    clause after it) or stands in an idiom (``ARTICLE_MEASURE_IDIOMS``: "came within an
    inch of scoring", "like a tonne of bricks")."""
    after = text[end : end + _REACH * 2].lower()
    clause = re.split(r"[.;:!?]", after, maxsplit=1)[0].split()[:_PRICE_WORDS]
    if any(w.strip(_MARKS) in lex.ARTICLE_MEASURE_PRICE_VERBS for w in clause):
        return True
    around = " ".join(text[max(0, start - _REACH) : end + _REACH].lower().split())
    return any(idiom in around for idiom in lex.ARTICLE_MEASURE_IDIOMS)


# How many words after a unit a price's verb may stand: "A tonne of carbon dioxide costs".
_PRICE_WORDS = 6


_MARKS = ".,;:()\"'"


def _word_after(window: str) -> str:
    """The first word of ``window`` in lower case ("" where none)."""
    words = window.split()
    return words[0].lower().strip(_MARKS) if words else ""
