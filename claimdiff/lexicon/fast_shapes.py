"""The fast path's pattern and tables, compiled from a lexicon's tables.

:mod:`claimdiff.extract.fast_amounts` reads the commonest figures with one pattern
and these tables; every table is derived from the ones the full readers use, so
that a word the fast path takes as plain is one no full reader would take.  Built
the first time a text asks (:attr:`claimdiff.lexicon.Lexicon.fast_shapes`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from claimdiff.lexicon import Lexicon

__all__ = ["AWKWARD_OPENERS", "FastShapes", "fast_shapes"]

# Word characters and the superscript powers end none of the shapes: a unit may carry a
# power ("cm²"), and a word runs on over letters and digits alike.
_WORD_ENDS = r"(?![^\W_\u00b2\u00b3])"
# A letter that opens an exponent after the digits ("1.3e6", "6 x 10^4"), or an inch
# mark ("3 in wide"): a word, unit or abbreviation opening with one is read in full.
AWKWARD_OPENERS = frozenset("eExXiI")


@attrs.frozen
class FastShapes:
    """One language's fast-path pattern and the tables that say what each word is."""

    figure: re.Pattern[str]
    """Digits, then a percent word, a glued or spaced word, or an end mark."""
    after: re.Pattern[str]
    """What may follow a scale or a unit: a spaced word, an end mark, or the text's end."""
    taken: frozenset[str]
    """Words (lower case) some reader after a number reads: never a plain word."""
    scales: dict[str, float]
    """Scale words (lower case) after a space: "million"."""
    abbreviations: dict[str, float]
    """Scale abbreviations glued to the digits, as written: "bn", "k", "m"."""
    money_only: frozenset[str]
    """Of those, the ones that are a scale only after a currency ("m")."""
    units: dict[str, str]
    """Units (lower case, as written) read without asking the unit readers: "km"."""
    number_words: frozenset[str]
    """Words that continue a number after its scale ("three million and two")."""
    scale_words: frozenset[str]
    """Words (lower case) a scale reader takes after digits: "million", "bn", "k"."""
    codes: frozenset[str]
    """ISO currency codes, which a word of three letters after a figure may be."""
    durations: dict[str, str]
    """Words of time (lower case, as written) read without asking the unit readers:
    "years" → "year"."""
    duration_continues: frozenset[str]
    """Words after a length of time that read on: "35 years ago", "5 years old"."""


def fast_shapes(lex: Lexicon) -> FastShapes | None:
    """The fast path of ``lex``, or None where it has none: the digits of its locale are
    not written "1,234.5", or its tables leave ``FAST_FIGURE_ENDS`` empty."""
    fmt = lex.numbers
    if fmt.decimal != "." or fmt.group != "," or not lex.FAST_FIGURE_ENDS:
        return None
    scales = {s.lower() for s in lex.SCALES}
    after_number = {s.lower() for s in lex.COUNT_AFTER_NUMBER}
    both = {**lex.SCALE_ABBREVIATIONS, **lex.MONEY_ONLY_SCALE_ABBREVIATIONS}  # money's win
    # An abbreviation the scale-word pattern would read first ("3dozen") is read in full.
    abbreviations = {
        a: v for a, v in both.items()
        if a.lower() not in scales and a.lower() not in after_number
        and a[0] not in AWKWARD_OPENERS and _letters(a)
    }  # fmt: skip
    taken = frozenset({*lex.unit_heads, *scales, *after_number, *(a.lower() for a in both), "in"})
    number_words = frozenset(
        w.lower()
        for t in (lex.UNITS, lex.TENS, lex.SCALES, lex.COUNT_WORDS, lex.FRACTIONS,
                  lex.COUNT_AFTER_NUMBER, lex.SCALES_NOT_ALONE)
        for w in t
    ) | {"and"}  # fmt: skip
    # What every other reader after a number reads first: a unit is fast only if none
    # of these begins with it, or it with one of these.
    others = [
        *(s.lower() for s in lex.currency_symbols),
        *(w.lower() for w in lex.currency_words),
        *(t.lower() for t in lex.TIME_UNITS),
        *(p.lower() for p in lex.PERCENT_WORDS),
        *(w.lower() for w in lex.MINOR_CURRENCY_WORDS),
        "in", "year", "years",
    ]  # fmt: skip
    units = {u: name for u, name in lex.measure_units.items() if _fast_unit(u, name, lex, others)}
    # A word of time is read after every measure unit failed, so it must be none, nor the
    # start of one; the other readers' words are those a unit is checked against.
    codes = frozenset(lex.currency_codes)
    not_time = [o for o in others if o not in {t.lower() for t in lex.TIME_UNITS}]
    durations = {
        t: name for t, name in lex.TIME_UNITS.items()
        if _fast_unit(t, name, lex, not_time, measure=False)
        and not (len(t) == 3 and t.upper() in codes)
    }  # fmt: skip
    # Marks no reader after a number opens with; "," and "." only before a non-digit
    # ("1,5" may group, "1.5.6" is a version): then the figure ends there, as at the end.
    readers = [*others, *lex.measure_units]
    ends = [c for c in lex.FAST_FIGURE_ENDS if not any(o.startswith(c) for o in readers)]
    marks = "".join(re.escape(c) for c in ends if c not in ",.")
    stops = "".join(re.escape(c) for c in ends if c in ",.")
    alternatives = [f"[{stops}](?!\\d)"] if stops else []
    alternatives += [f"[{marks}]"] if marks else []
    end_mark = "(?=" + "|".join([*alternatives, r"\Z"]) + ")"
    slashes = [
        c for c in lex.FAST_FIGURE_ENDS_BEFORE_LETTERS if not any(o.startswith(c) for o in readers)
    ]
    before_letters = "(?=[" + re.escape("".join(slashes)) + "][A-Za-z])" if slashes else "(?!)"
    pct = lex.PERCENT_WORDS
    signs = _either(p for p in pct if not p[:1].isalpha())
    # Spelt percent words ("per cent") no scale reader takes first.
    spelt = _either(
        p for p in pct
        if _letters(p.replace(" ", "")) and p.split()[0].lower() not in taken - lex.unit_heads
    )  # fmt: skip
    figure = re.compile(
        r"(?P<int>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.(?P<dec>[0-9]+))?"
        r"(?:(?P<pct>\ ?" + signs + r"|\ " + spelt + r")(?![^\W\d_])"
        r"|(?P<glued>[A-Za-z]+)" + _WORD_ENDS
        + r"|\ (?P<word>[A-Za-z]+)" + _WORD_ENDS
        + "|" + end_mark + "|" + before_letters
        # A paragraph's end: no reader after bare digits reads past a second white space.
        + r"|(?=\n(?:\s|\Z)))"
    )  # fmt: skip
    after = re.compile(r"\ (?P<word>[A-Za-z]+)" + _WORD_ENDS + "|" + end_mark)
    return FastShapes(
        figure=figure,
        after=after,
        taken=taken,
        scales={s.lower(): v for s, v in lex.SCALES.items() if _letters(s)},
        abbreviations=abbreviations,
        money_only=frozenset(a for a in lex.MONEY_ONLY_SCALE_ABBREVIATIONS if a in abbreviations),
        units=units,
        number_words=number_words,
        scale_words=frozenset({*scales, *after_number, *(a.lower() for a in both)}),
        codes=codes,
        durations=durations,
        duration_continues=frozenset({*(w.lower() for w in lex.AGO_WORDS), "old"}),
    )


def _letters(s: str) -> bool:
    return s.isascii() and s.isalpha()


def _either(phrases: Iterable[str]) -> str:
    """An alternation of ``phrases`` as written (lower case), longest first."""
    found = sorted(phrases, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(p) for p in found) + ")" if found else "(?!)"


def _fast_unit(u: str, name: str, lex: Lexicon, others: list[str], *, measure: bool = True) -> bool:
    """Whether the unit ``u`` is read the same by the fast path as by the unit readers:
    written in lower-case letters; no other reader's word or symbol begins with it or it
    with one; no longer unit goes on from it past a word's end ("km/h", "sq km"); and no
    rule of its own applies (a metre or a million, glued only, lower case only, part
    of a compound length such as "5 ft 2 in").  A word of time (``measure`` false) must
    also be no unit at all: the unit readers come first."""
    if not (_letters(u) and u.islower()) or u[0] in AWKWARD_OPENERS:
        return False
    if u in lex.SCALES or u in lex.COUNT_AFTER_NUMBER or u == lex.METRE_OR_MILLION:
        return False
    if any(u == a.lower() for a in (*lex.SCALE_ABBREVIATIONS, *lex.MONEY_ONLY_SCALE_ABBREVIATIONS)):
        return False
    if u in lex.GLUED_ONLY_UNITS or u in lex.LOWER_CASE_ONLY_UNITS or name in lex.COMPOUND_UNITS:
        return False
    if any(o.startswith(u) or u.startswith(o) for o in others):
        return False
    # A longer unit going on with what may follow a fast unit: a space ("sq km") or an
    # end mark ("in."); the others ("km/h", "km²") end no fast shape, and are read in full.
    if not measure and u in lex.measure_units:
        return False
    for k in lex.measure_units:
        if len(k) > len(u) and k.lower().startswith(u):
            if k[len(u)] == " " or k[len(u)] in lex.FAST_FIGURE_ENDS:
                return False
    return True
