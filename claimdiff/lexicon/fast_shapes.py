"""The fast path's pattern and tables, compiled from a lexicon's tables.

:mod:`claimdiff.extract.fast_amounts` reads the commonest figures with one pattern
and these tables; every table is derived from the ones the full readers use, so
that a word the fast path takes as plain is one no full reader would take.  Built
the first time a text asks (:attr:`claimdiff.lexicon.Lexicon.fast_shapes`).
"""

from __future__ import annotations

import bisect
import re
import string
from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs

from claimdiff.fields_repr import fields_repr
from claimdiff.pattern_code import compile_pattern

if TYPE_CHECKING:
    from claimdiff.lexicon import Lexicon

__all__ = ["AWKWARD_OPENERS", "FIGURE_GROUPS", "FastShapes", "fast_shapes"]

# The fast pattern's groups by position: fast_amounts.fast_core reads them so.
FIGURE_GROUPS = {"int": 1, "dec": 2, "pct": 3, "glued": 4, "word": 5}
# Word characters and the superscript powers end none of the shapes: a unit may carry a
# power ("cm²"), and a word runs on over letters and digits alike.
_WORD_ENDS = r"(?![^\W_\u00b2\u00b3])"
# A letter that opens an exponent after the digits ("1.3e6", "6 x 10^4"), or an inch
# mark ("3 in wide"): a word, unit or abbreviation opening with one is read in full.
AWKWARD_OPENERS = frozenset("eExXiI")


@attrs.frozen(eq=False)  # never compared: attrs writes no __eq__ nor __hash__
class FastShapes:
    """One language's fast-path pattern and the tables that say what each word is."""

    __repr__ = fields_repr  # attrs compiles none (claimdiff.fields_repr)

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
    end_marks: frozenset[str]
    """Marks that end a figure wherever they stand (not "," nor ".", which may group or
    mark a decimal): "12 km;"."""
    quiet_marks: frozenset[str]
    """Marks that, one space before the digits ("45%, 12 km"), leave nothing before a
    figure to read: no minus word ends in one, nor any currency symbol."""
    symbols: dict[str, tuple[str, frozenset[str], bool]]
    """Currency symbols of one character ("£", "$") → their code, the characters before
    them that make a longer symbol or a dollar's prefix ("US$", "HK$"), and whether a
    prefix may stand one space before ("hk $"): money.currency_before's answer where
    none of those stands."""
    word: re.Pattern[str]
    """A number word, then one space and a word, or an end mark (one space before it
    or none): "one of", "quarter,", "one ."."""
    single_words: dict[str, tuple[float, bool]]
    """Number words (lower case) read alone the same way wherever a plain word or an end
    mark follows: "one" → (1.0, False), "quarter" → (0.25, True), a fraction."""
    word_stops: frozenset[str]
    """Words (lower case) after a number word that its reader joins to it: never plain
    after one (nor is a unit's first word, :attr:`Lexicon.unit_heads`)."""
    ago_words: frozenset[str]
    """The words (lower case) that make a length of time before them a time past: "35
    years ago"."""


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
    times = [t.lower() for t in (*lex.TIME_UNITS, *lex.time_symbols)]
    others = [
        *(s.lower() for s in lex.currency_symbols),
        *(w.lower() for w in lex.currency_words),
        *(p.lower() for p in lex.PERCENT_WORDS),
        *(w.lower() for w in lex.MINOR_CURRENCY_WORDS),
        "in",
    ]  # fmt: skip
    rules = _Rules(lex, _Clashes(others), _continued(lex), frozenset(a.lower() for a in both))
    # A unit clashing with a word of time is no fast unit (an empty word begins every one).
    time_clash = _Clashes(times)
    every_unit_clashes = "" in times
    units = {
        u: name for u, name in lex.measure_units.items()
        if rules.fast(u, name) and not (every_unit_clashes or time_clash(u))
    }  # fmt: skip
    # A word of time is read after every unit reader failed, so it must be no unit, nor
    # the start of one; or else a word that may be an ISO code ("day" is none).
    codes = frozenset(lex.currency_codes)
    durations = {
        t: name for t, name in lex.TIME_UNITS.items()
        if rules.fast(t, name) and t not in lex.measure_units
        and not (len(t) == 3 and t.upper() in codes)
    }  # fmt: skip
    # Marks no reader after a number opens with; "," and "." only before a non-digit
    # ("1,5" may group, "1.5.6" is a version): then the figure ends there, as at the end.
    opens = {w[:1] for w in (*others, *times, *lex.measure_units)}
    ends = [c for c in lex.FAST_FIGURE_ENDS if c not in opens]
    marks = "".join(re.escape(c) for c in ends if c not in ",.")
    stops = "".join(re.escape(c) for c in ends if c in ",.")
    alternatives = [f"[{stops}](?!\\d)"] if stops else []
    alternatives += [f"[{marks}]"] if marks else []
    end_mark = "(?=" + "|".join([*alternatives, r"\Z"]) + ")"
    slashes = [c for c in lex.FAST_FIGURE_ENDS_BEFORE_LETTERS if c not in opens]
    before_letters = "(?=[" + re.escape("".join(slashes)) + "][A-Za-z])" if slashes else "(?!)"
    pct = lex.PERCENT_WORDS
    signs = _either(p for p in pct if not p[:1].isalpha())
    # Spelt percent words ("per cent") no scale reader takes first.
    spelt = _either(
        p for p in pct
        if _letters(p.replace(" ", "")) and p.split()[0].lower() not in taken - lex.unit_heads
    )  # fmt: skip
    figure = compile_pattern(
        r"(?P<int>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.(?P<dec>[0-9]+))?"
        r"(?:(?P<pct>\ ?" + signs + r"|\ " + spelt + r")(?![^\W\d_])"
        r"|(?P<glued>[A-Za-z]+)" + _WORD_ENDS
        + r"|\ (?P<word>[A-Za-z]+)" + _WORD_ENDS
        + "|" + end_mark + "|" + before_letters
        # A paragraph's end: no reader after bare digits reads past a second white space.
        + r"|(?=\n(?:\s|\Z)))"
    )  # fmt: skip
    # fast_amounts reads the groups by position, in this order.
    assert figure.groupindex == FIGURE_GROUPS and figure.groups == len(FIGURE_GROUPS)
    after = compile_pattern(r"\ (?P<word>[A-Za-z]+)" + _WORD_ENDS + "|" + end_mark)
    # After a number word, an end mark may also stand one space on ("one ."): no reader of
    # words or units reads a mark none opens with, spaced or not.
    spaced_mark = "|\\ (?=" + "|".join(alternatives) + ")" if alternatives else ""
    word = compile_pattern(
        r"(?P<v>[A-Za-z]+)(?:\ (?P<w>[A-Za-z]+)" + _WORD_ENDS + "|" + end_mark + spaced_mark + ")"
    )
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
        # "35 years ago", "74 years old", "11 year olds", "2 hours and a half": no length
        # the fast path may end.
        duration_continues=frozenset(
            {
                *(w.lower() for w in lex.AGO_WORDS),
                *lex.AGE_AFTER_LENGTH,
                *(w + "s" for w in lex.AGE_AFTER_LENGTH),
                *lex.PART_JOINERS,
            }
        ),
        end_marks=frozenset(c for c in ends if c not in ",."),
        quiet_marks=_quiet_marks(lex),
        symbols=_symbols(lex),
        word=word,
        single_words=_single_words(lex),
        word_stops=_word_stops(lex, number_words),
        ago_words=frozenset(w.lower() for w in lex.AGO_WORDS if _letters(w)),
    )


def _single_words(lex: Lexicon) -> dict[str, tuple[float, bool]]:
    """:attr:`FastShapes.single_words`: the units, tens and fractions that start no other
    reading (a scale, a count word such as "pair", an idiom such as "naught")."""
    if lex.NUMBER_MORPHEMES:
        return {}  # words built of pieces ("dreiundzwanzig"): read in full
    others = {*lex.SCALES, *lex.COUNT_WORDS, *lex.COUNT_AFTER_NUMBER, *lex.ZERO_IDIOMS}
    whole = {**lex.UNITS, **lex.TENS}
    words = {w: (float(v), False) for w, v in whole.items() if w not in lex.FRACTIONS}
    words |= {w: (0.0 + v, True) for w, v in lex.FRACTIONS.items() if w not in whole}
    return {w: v for w, v in words.items() if _letters(w) and w.islower() and w not in others}


def _word_stops(lex: Lexicon, number_words: frozenset[str]) -> frozenset[str]:
    """:attr:`FastShapes.word_stops`: a number word or "and" (the number reads on), the
    first letters of one written with a mark ("hat" of "hat-trick"), "point" (a decimal)
    and an ordinal unit ("twenty-fifth", "two second homes")."""
    split = {re.split("[^a-z]", w)[0] for w in number_words if not w.isalpha()}
    ordinals = {*lex.ORDINAL_UNITS, *(o + "s" for o in lex.ORDINAL_UNITS)}
    return frozenset({*number_words, *split, "point", *ordinals})


# Marks a figure often follows after one space, between figures of a list.
_LIST_MARKS = ",;:.!?)]"


def _quiet_marks(lex: Lexicon) -> frozenset[str]:
    """The marks of ``_LIST_MARKS`` after which, with one space before the digits,
    ``amounts.sign_before`` gives no minus and ``money.currency_before`` no currency: they
    look back past the space only at a mark ending a minus word or a symbol."""
    if " " in lex.symbol_leads:
        return frozenset()
    return frozenset(c for c in _LIST_MARKS if c not in lex.minus_ends and c not in lex.symbol_ends)


def _symbols(lex: Lexicon) -> dict[str, tuple[str, frozenset[str], bool]]:
    """:attr:`FastShapes.symbols`: a dollar's prefix is letters before the "$", touching
    it or one space before (money._symbol)."""
    letters = frozenset(string.ascii_letters)
    return {
        c: (lex.currency_symbols[c], leads | letters if c == "$" else leads, c == "$")
        for c, leads in lex.symbol_leads.items()
    }


def _letters(s: str) -> bool:
    return s.isascii() and s.isalpha()


def _either(phrases: Iterable[str]) -> str:
    """An alternation of ``phrases`` as written (lower case), longest first."""
    found = sorted(phrases, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(p) for p in found) + ")" if found else "(?!)"


class _Clashes:
    """Words a candidate clashes with: one of them begins with it, or it with one.

    Sorted once, so that a look-up is a bisection and a set look-up per prefix, not a
    pass over a thousand currency names for each of some three hundred units.
    """

    def __init__(self, words: Iterable[str]) -> None:
        self._set = frozenset(words)
        self._sorted = sorted(self._set)

    def __call__(self, u: str) -> bool:
        i = bisect.bisect_left(self._sorted, u)
        if i < len(self._sorted) and self._sorted[i].startswith(u):
            return True  # a word begins with ``u`` (or is it)
        return any(u[:k] in self._set for k in range(1, len(u)))


def _continued(lex: Lexicon) -> frozenset[str]:
    """The starts of units (lower case) that a longer unit goes on from past a word's end
    with what may follow a fast unit: a space ("sq km") or an end mark ("in."); the
    others ("km/h", "km²") end no fast shape, and are read in full."""
    ends = {" ", *lex.FAST_FIGURE_ENDS}
    return frozenset(
        k[:i].lower() for k in lex.measure_units for i in range(1, len(k)) if k[i] in ends
    )


@attrs.frozen
class _Rules:
    """Whether a unit is read the same by the fast path as by the unit readers."""

    __repr__ = fields_repr  # attrs compiles none (claimdiff.fields_repr)

    lex: Lexicon
    others: _Clashes
    continued: frozenset[str]
    abbreviations: frozenset[str]
    """The scale abbreviations, money's included, lower case: one set look-up a unit,
    where lower-casing each of them for each of some four hundred units cost more than
    the rest of the fast path's tables."""

    def fast(self, u: str, name: str) -> bool:
        """Written in lower-case letters; no other reader's word or symbol begins with it
        or it with one; no longer unit goes on from it; and no rule of its own applies (a
        metre or a million, glued only, lower case only, part of a compound length such
        as "5 ft 2 in", a scale)."""
        lex = self.lex
        if not (_letters(u) and u.islower()) or u[0] in AWKWARD_OPENERS:
            return False
        if u in lex.SCALES or u in lex.COUNT_AFTER_NUMBER or u == lex.METRE_OR_MILLION:
            return False
        if u in self.abbreviations:
            return False
        if u in lex.GLUED_ONLY_UNITS or u in lex.LOWER_CASE_ONLY_UNITS:
            return False
        if name in lex.COMPOUND_UNITS or u in self.continued:
            return False
        return not self.others(u)
