"""Percentage points written as basis points or as a fraction in words, and fractions
of a unit in words.

A central bank's move is written "25 basis points", "25 bps", "a quarter of a percentage
point" or "0.25 percentage points" ("25bp", glued, is not read): all are read as
percentage points, so that they meet in the block of points; "half a tonne" is 0.5
tonnes, to meet "500kg", and any fraction in words "of a" unit is that much of the unit,
no share: "a sixteenth of an inch", "two thirds of an hour", "a tenth of a percent"
(docs/claims.md, "Measures, percent, time").
"""

from __future__ import annotations

import functools
import re
from types import ModuleType

import attrs

from claimdiff import nouns
from claimdiff.extract.amounts import Core
from claimdiff.extract.bounds import hedged
from claimdiff.extract.members import COUNT, DURATION, EXACT, MEASURE, PERCENT
from claimdiff.extract.numbers import Number
from claimdiff.extract.overlay import overlay
from claimdiff.extract.precision import UNHEDGED_TOLERANCE, Draft
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon
from claimdiff.lexicon.looks import CASE_BLIND_EXTRA
from claimdiff.model import Kind, Quantity
from claimdiff.text import HYPHENS, Lowered, article_before

__all__ = ["of_a_unit", "with_fractions_of_units", "with_points"]

_PER_POINT = 0.01
# The longest of the words for basis points, and the spaces before them.
_REACH = 20


def _scaled(x: float | None) -> float | None:
    """Basis points as percentage points."""
    return None if x is None else x * _PER_POINT


def with_points(
    text: str, drafts: list[Draft], lex: Lexicon, low: Lowered | None = None
) -> list[Draft]:
    """``drafts`` with each count followed by the lexicon's words for basis points read as
    percentage points (the words joined to its span), and each fraction of a point in
    words ("half a point") as a count of percentage points in place of what the scan read
    over it ("a quarter" as a share); ``low`` is ``text`` lower-cased, where read."""
    low = Lowered(text) if low is None else low
    if lex.BASIS_POINT_WORDS and (
        low.mentions(_BASIS_STEMS) or any(w in text for w in lex.BASIS_POINT_SYMBOLS)
    ):
        _basis_points(text, drafts, lex)
    if not lex.OF_A_POINT or not low.mentions(_POINT_STEMS):
        return drafts
    found = []
    for m in _phrases(text, lex, low, "fraction_of_a_point"):
        if m["modifier"] is not None:
            v = lex.POINT_MODIFIERS[m["modifier"].lower()]
        else:
            v = lex.FRACTION_PHRASES[" ".join(m["fraction"].lower().split())]
        q = Quantity(v, v, v, None, EXACT)
        found.append(Draft(m.start(), m.end(), COUNT, q, noun=lex.BASIS_POINT_NOUN))
    return overlay(drafts, found)


def with_fractions_of_units(
    text: str, drafts: list[Draft], lex: Lexicon, low: Lowered | None = None
) -> list[Draft]:
    """``drafts`` with each fraction of a unit in words ("half a mile", "a quarter of a
    tonne") as a measure, read as loosely as any round figure; ``low`` is ``text``
    lower-cased, where read."""
    if not lex.FRACTION_PHRASES:
        return drafts
    found = []
    low = Lowered(text) if low is None else low
    for m in _phrases(text, lex, low, "fraction_of_a_unit", "fraction_lead"):
        if not _unit_ends(text, m.end(), m["unit"].lower(), lex):
            continue  # "a third of a mile-long queue", "half a pound coin"
        v = lex.FRACTION_PHRASES[" ".join(m["fraction"].lower().split())]
        unit = lex.measure_units[m["unit"].lower()]
        step = v * UNHEDGED_TOLERANCE
        found.append(_hedged_words(text, m.start(), m.end(), v, step, MEASURE, unit, lex))
    return overlay(drafts, found)


# A word after white space: the article, the unit and the word after a fraction's "of".
_NEXT_WORD = lazy_pattern(r"\s{1,8}([^\W\d_]+)")
_POSSESSIVES = frozenset({"'s", "’s"})
# How far before a fraction its hedge may start ("just under a tenth of a second").
_HEDGE_REACH = 40


def of_a_unit(text: str, core: Core, lex: Lexicon, at: int) -> Draft | None:
    """The fraction at ``core``, whose "of" ends at ``at``, as that much of the unit named
    right after an indefinite article (``INDEFINITE_ARTICLES``): "a sixteenth of an inch" is
    0.0625 inches, "two thirds of an hour" 0.67 hours, "a tenth of a percent" 0.1%; hedged
    as any figure.  None where no unit is named ("a third of a penny": money is no unit
    here), where the unit word is hyphened on ("a third of a second-hand car"), is a
    possessive ("a third of a year's rainfall") or is an ordinal before a noun ("a third
    of a second batch"; but "a tenth of a second lead", ``DIFFERENCE_NOUNS``).  A length
    of time is read exactly, as "half an hour" is; a measure or percent ±5%, as "half a
    mile" is."""
    art = _NEXT_WORD.match(text, at)
    if art is None or art.group(1).lower() not in lex.INDEFINITE_ARTICLES:
        return None
    first = _NEXT_WORD.match(text, art.end())
    if first is None:
        return None
    word, end = first.group(1).lower(), first.end()
    second = _NEXT_WORD.match(text, end)
    if second is not None and f"{word} {second.group(1).lower()}" in lex.PERCENT_WORDS:
        word, end = f"{word} {second.group(1).lower()}", second.end()  # "a per cent"
    if not _unit_ends(text, end, word, lex):
        return None  # "half of a second-hand car", "a third of a second batch"
    if word in lex.TIME_UNITS and lex.TIME_UNITS[word] == word:
        kind, unit, step = DURATION, word, 0.0
    elif word in lex.PERCENT_WORDS:
        kind, unit, step = PERCENT, "%", core.value * UNHEDGED_TOLERANCE
    elif word.isalpha() and word in lex.measure_units:
        kind, unit, step = MEASURE, lex.measure_units[word], core.value * UNHEDGED_TOLERANCE
    else:
        return None
    article = article_before(text, core.start, lex.INDEFINITE_ARTICLES)
    start = core.start if article is None else article
    return _hedged_words(text, start, end, core.value, step, kind, unit, lex)


def _hedged_words(
    text: str, start: int, end: int, value: float, step: float, kind: Kind, unit: str, lex: Lexicon
) -> Draft:
    """The words ``text[start:end]`` as ``value`` of ``unit``, ±``step``, hedged as any
    figure by what stands before them."""
    number = Number(start, end, value, words=True)
    lo = max(0, start - _HEDGE_REACH)
    core = Core(start, end, number, value, step, kind, unit)
    return hedged(text, core, lex, text[lo:start], lo)


def _unit_ends(text: str, end: int, unit: str, lex: Lexicon) -> bool:
    """Whether the unit word ``unit`` ending at ``end`` ends the phrase: not hyphened on
    ("a second-hand car", "a mile-long queue"), not a possessive ("a year's rainfall"),
    and, for a unit that is an ordinal too, no noun after it ("a second batch"; but "a
    second lead", ``DIFFERENCE_NOUNS``).  A noun after any other unit is left to it ("a
    third of a degree course" is read as a measure: words such as "thick" and "separates"
    are nouns to WordNet too)."""
    if text[end : end + 1] in HYPHENS and text[end + 1 : end + 2].isalpha():
        return False
    if text[end : end + 2] in _POSSESSIVES:
        return False
    if unit not in lex.ORDINAL_UNITS:
        return True
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return True
    word = m.group(1).lower()
    return word in lex.STOPWORDS or word in lex.DIFFERENCE_NOUNS or not nouns.is_noun(word)


# Every phrase of FRACTION_PHRASES and POINT_MODIFIERS holds one of these, at most one
# short word in ("a ", "two ", "three-"); every phrase of OF_A_POINT holds the other.
_FRACTION_STEMS = ("half", "quarter", "third", "tenth")
_WORD_BEFORE_STEM = (0, 2, 4, 6)
_POINT_STEMS = ("point",)
_BASIS_STEMS = ("basis",)


def _phrases(
    text: str, lex: Lexicon, low: Lowered, name: str, lead: str | None = None
) -> list[re.Match[str]]:
    """The matches of the lexicon's pattern ``name`` that open at a fraction's stem or a
    short word before it, in order and apart: tried only there, not at every offset of a
    long text.  Where the pattern ``lead`` is given, it matches wherever ``name`` does and
    is tried first: ``name`` is compiled only for a text where it matches."""
    out: list[re.Match[str]] = []
    opens = _openers(lex.data)
    for i in low.occurrences(_FRACTION_STEMS):
        for back in _WORD_BEFORE_STEM:
            at = i - back
            if at < 0 or (out and out[-1].end() > at) or not _may_open(text, at, opens):
                continue
            if lead is not None and lex.patterns[lead].match(text, at) is None:
                continue
            m = lex.patterns[name].match(text, at)
            if m is not None:
                out.append(m)
                break
    return out


def _may_open(text: str, at: int, opens: frozenset[str]) -> bool:
    """Whether a phrase of ``FRACTION_PHRASES`` or ``POINT_MODIFIERS`` may open at ``at``,
    as the patterns :func:`_phrases` matches read one: after no letter, its first
    character, in any case, one of ``opens`` (or beyond ASCII, which the case-blind
    patterns may fold).  Most stems stand inside a word or after one that opens no phrase
    ("behalf", "the third"): the patterns are not asked, and a process meeting only those
    never compiles them."""
    if at and text[at - 1].isalnum() and not text[at - 1].isdecimal():
        return False  # a letter before: the patterns' look-behind fails
    c = text[at]
    return c.lower() in opens or not c.isascii()


@functools.cache
def _openers(data: ModuleType) -> frozenset[str]:
    """The first characters, in lower case, of the phrases :func:`_may_open` looks for."""
    phrases = [*data.FRACTION_PHRASES, *data.POINT_MODIFIERS]
    firsts = {p[0] for p in phrases if p}
    return frozenset(
        {c.lower() for c in firsts}  # and what folds to a letter: "ſ" to "s"
        | {a for a, extra in CASE_BLIND_EXTRA.items() if not firsts.isdisjoint(extra)}
    )


def _basis_points(text: str, drafts: list[Draft], lex: Lexicon) -> None:
    """Each count of ``drafts`` followed by words for basis points, read in place as
    percentage points (drafts are the scan's own, changed as the scan changes them)."""
    pattern = lex.patterns["basis_points"]
    for d in drafts:
        if d.kind is not COUNT or d.quantity is None:
            continue
        # The scan may have read "basis" as the count's noun: look from the figure on.
        m = pattern.search(text, d.start, min(len(text), d.end + _REACH))
        if m is None or m.start() > d.end:
            continue
        q = d.quantity
        seen = q.plausible
        d.quantity = attrs.evolve(
            q,
            low=_scaled(q.low),
            high=_scaled(q.high),
            value=_scaled(q.value),
            plausible=None if seen is None else (_scaled(seen[0]), _scaled(seen[1])),
        )
        d.end = m.end()
        d.noun = lex.BASIS_POINT_NOUN
