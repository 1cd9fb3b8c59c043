"""The extractor's patterns of a language, built from its tables and compiled on first use.

:func:`compile_patterns` writes each pattern's source from a data module (``en.py``) and
the currency and unit words; :class:`Patterns` compiles each the first time it is asked
for.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from types import ModuleType
from typing import NamedTuple, cast

from claimdiff.lexicon.finder import copy_finders, start_finder
from claimdiff.lexicon.looks import any_case
from claimdiff.lexicon.regex import DIGITS as _DIGITS
from claimdiff.lexicon.regex import (
    ByFirstCharacter,
    ByWords,
    alternation,
    blind_phrases,
    lowered_phrases,
)
from claimdiff.lexicon.regex import lead as _lead
from claimdiff.pattern_code import compile_pattern

__all__ = ["Binary", "Later", "Patterns", "Phrases", "Source", "Words", "compile_patterns"]


class Source(NamedTuple):
    """A pattern's source and flags, compiled when first used."""

    pattern: str
    flags: int = 0


class Phrases(NamedTuple):
    """``(?P<group>phrases)tail``: many phrases matched at known offsets only, compiled
    for the first character at each (:class:`.regex.ByFirstCharacter`)."""

    group: str
    phrases: tuple[str, ...]
    tail: str
    flags: int = 0

    @property
    def pattern(self) -> str:
        """The source of the whole pattern."""
        return "(?P<" + self.group + ">" + alternation(self.phrases) + ")" + self.tail


class Later(NamedTuple):
    """A pattern whose source is written only when it is first compiled."""

    write: Callable[[], str]
    flags: int = 0

    @property
    def pattern(self) -> str:
        """The source of the pattern."""
        return self.write()


class Binary(NamedTuple):
    """An ASCII source compiled as a pattern for bytes (the copy finders: .finder.COPY)."""

    pattern: str


class Words(NamedTuple):
    """An :func:`.regex.after_nonletter` pattern of many phrases searched in lower-cased
    text, compiled for the phrases each text may hold (:class:`.regex.ByWords`)."""

    phrases: tuple[str, ...]

    @property
    def pattern(self) -> str:
        """The source of the whole pattern."""
        return lowered_phrases(self.phrases)

    @property
    def flags(self) -> int:
        """No flags: the text searched is lower-cased."""
        return 0


class Patterns(dict[str, "re.Pattern[str]"]):
    """The lexicon's patterns, each compiled the first time it is asked for.

    Compiling every pattern up front took most of building a lexicon (the
    alternations of number words, units and currency names are long); a text
    with no money never needs the currency patterns, and a short run of the
    command line only the few its texts ask for.  Once compiled, a pattern is
    a plain dictionary look-up: the scan asks for one thousands of times a text.
    """

    def __init__(self, sources: dict[str, Source | Phrases | Words | Later | Binary]) -> None:
        super().__init__()
        self._sources = sources

    def __missing__(self, name: str) -> re.Pattern[str]:
        src = self._sources[name]
        if isinstance(src, Phrases):
            # Not a re.Pattern, but its match() gives the same matches, and every other
            # method is the whole pattern's: callers need not know.  Once it has compiled
            # the whole, that stands in its place.
            settle = functools.partial(self.__setitem__, name)
            found = self[name] = cast("re.Pattern[str]", ByFirstCharacter(*src, settle=settle))
        elif isinstance(src, Words):
            # Not a re.Pattern either, but its search() gives the same matches.
            settle = functools.partial(self.__setitem__, name)
            found = self[name] = cast("re.Pattern[str]", ByWords(src.phrases, settle=settle))
        elif isinstance(src, Binary):
            # Asked for with its type cast back (extract.starts).
            found = self[name] = cast(
                "re.Pattern[str]", compile_pattern(src.pattern.encode("ascii"))
            )
        else:
            found = self[name] = compile_pattern(src.pattern, src.flags)
        return found

    def compiled(self, name: str) -> re.Pattern[str] | None:
        """The pattern ``name`` if it has been compiled, else None (nothing compiled): a
        look that spares a compile may cost more than a pass of the compiled pattern."""
        return dict.get(self, name)

    def __contains__(self, name: object) -> bool:
        return name in self._sources

    def __iter__(self) -> Iterator[str]:
        return iter(self._sources)

    def __len__(self) -> int:
        return len(self._sources)


def _ends_window(phrases: Iterable[str]) -> Later:
    """One of ``phrases`` ending the window before a figure, whole words, any case, then
    white space: "from ", "between ", "minus ", "delayed by ", "the lowest in ".  Written
    when first compiled: the extractor reads most such tables word by word
    (extract.window_ends), so most processes never compile them."""
    return Later(lambda: r"(?<![^\W\d_])(?:" + alternation(phrases) + r")\s+$", re.IGNORECASE)


def _after_glued(glued: Iterable[str]) -> str:
    """No letter or digit before, or one of the ``glued`` symbols (lower case, as the scan
    matches a lower-cased copy) standing alone right before: a lookbehind per length."""
    by_length: dict[int, set[str]] = {}
    for sym in glued:
        by_length.setdefault(len(sym), set()).add(re.escape(sym.lower()))
    behind = "".join(
        r"|(?<=(?<![^\W\d_])(?:" + "|".join(sorted(alts)) + r"))"
        for _, alts in sorted(by_length.items())
    )
    return r"(?:(?<![^\W_])" + behind + ")" if behind else r"(?<![^\W_])"


def _month_arms(data: ModuleType) -> list[str]:
    """The months a sentence may be scoped to, capitalised and whole ("September", not
    "Sept." nor "May"): each opens with its capital, a branch of literals the engine
    skips to, and looks behind only after it.  A pattern of every capitalised word,
    each looked up, cost a Python step per name of a sentence."""
    names = [m for m in data.MONTHS if re.fullmatch("[a-z]{4,9}", m) and m not in data.MONTH_WORDS]
    return [m[0].upper() + r"(?<![\w’'].)" + m[1:] for m in sorted(names)]


_MONTH_END = r"(?![\w’'])"
# The years 1800-2099 standing alone; each arm opens with a literal and looks behind only
# after it (shifted by what it consumed).
_YEAR_DIGITS = r"(?<![\d.,]..)\d\d(?!\d|[.,]\d)"
_YEAR_ARMS = ("1[89]" + _YEAR_DIGITS, "20" + _YEAR_DIGITS)


def _month_names(data: ModuleType) -> str:
    """The month names of :func:`_month_arms` as one pattern."""
    arms = _month_arms(data)
    return r"(?:" + "|".join(arms) + r")" + _MONTH_END if arms else "(?!)"


def _months_or_years(data: ModuleType) -> str:
    """The month names and the years 1800-2099 as one pattern, a pass of a sentence where
    there were two: every arm opens with a literal, so the engine still skips at C speed
    to the next capital or "1" or "2"; a month opens with a capital, a year with a digit,
    so their matches are those of the two passes."""
    return "|".join([*_YEAR_ARMS, *(a + _MONTH_END for a in _month_arms(data))])


def _decade(data: ModuleType) -> str:
    """A decade in words or digits ("eighties", "40s", "40's")."""
    return r"(?:" + alternation(data.DECADE_WORDS) + r"|[1-9]0['’]?s)(?![\w'’])"


def compile_patterns(
    data: ModuleType,
    words: Mapping[str, str],
    symbols: Mapping[str, str],
    measure_units: Mapping[str, str],
    symbols_after: Mapping[str, str] | None = None,
    glued: Iterable[str] = (),
) -> Mapping[str, re.Pattern[str]]:
    """The language's patterns. ``symbols`` are read before a number, ``symbols_after``
    (default: the same) after one; digits right after one of ``glued`` ("KSh12", "R12m")
    start a figure, as digits after no letter do."""
    glued = tuple(glued)
    alone = [s for s in data.SCALES if s not in data.SCALES_NOT_ALONE]
    number_words = [*data.UNITS, *data.TENS, *alone, *data.COUNT_WORDS, *data.FRACTIONS]
    # Words that continue a number but never start one ("three dozens", "zwei Millionen").
    continuing = [*number_words, *data.COUNT_AFTER_NUMBER, *data.SCALES_NOT_ALONE]
    # Number words written as one word from pieces ("dreiundzwanzig"): two pieces at
    # least, at most a dozen.  No word splits into pieces in two ways (de.py), so a
    # failed try ends within a piece: the match stays linear in the word.
    compound = ""
    if data.NUMBER_MORPHEMES:
        compound = "|(?:" + alternation([*data.NUMBER_MORPHEMES, data.NUMBER_JOINER]) + "){2,12}"
    # A source a comparison of two news reports seldom compiles is Later, written only
    # when compiled: writing every alternation took some 3 ms of building a lexicon.
    patterns: dict[str, Source | Phrases | Words | Later | Binary] = {
        # Anchors: a run of digits, or a number word.  Everything else is
        # parsed outward from these, so text without numbers costs one scan.
        "anchor": Source(
            # Digits not inside a word or a longer digit run ("scp173", "m212"): a run
            # is read from its first digit or not at all.
            # The digit first: at a letter the lookbehinds are never tried.
            r"(?:(?=[\d\u00bc-\u00be\u2150-\u215e])" + _after_glued(glued)
            + r"[\d\u00bc-\u00be\u2150-\u215e]|(?<![^\W\d_])(?:"
            + alternation(number_words) + compound + r")(?![^\W\d_]))",
            re.IGNORECASE,
        ),
        "number_word": Source(
            r"(?:" + alternation(continuing) + compound + r")(?![^\W\d_])", re.IGNORECASE
        ),
        # A scale or amount word after digits ("1.22 million", "13 lakh", "3 dozens").
        # "$5-million deal": a hyphen may join the scale to the digits.
        "scale_word": Source(
            r"(?:\s|[-‐‑])?(?P<scale>" + alternation([*data.SCALES, *data.COUNT_AFTER_NUMBER])
            + r")(?![^\W\d_])",
            re.IGNORECASE,
        ),
        # A scale abbreviated after digits: "169M", "€2.3bn", "3,5 Mio.".
        "scale_abbr": Source(
            r"(?P<space>\s?)(?P<abbr>"
            + alternation([*data.SCALE_ABBREVIATIONS, *data.MONEY_ONLY_SCALE_ABBREVIATIONS])
            + r")(?![^\W\d_])"
        ),
        # Between the two figures of a range: a dash, "to"; a hyphen left hanging before
        # "to" ("a 10- to 12-foot wall") first, or the dash alone would be taken.
        "range_sep": Source(
            r"[-‐‑–]\s+(?:" + alternation(data.HANGING_RANGE_WORDS) + r")\s+|\s?[-–—~]\s?|\s+(?:"
            + alternation(data.RANGE_WORDS) + r")\s+",
            re.IGNORECASE,
        ),
        # A hyphen hung on a number before "and", "or": "16- and 17-year-olds".
        "hanging_join": Later(
            lambda: r"[-‐‑]\s+(?:" + alternation(data.HANGING_JOIN_WORDS) + r")\s+", re.IGNORECASE
        ),
        "range_and": Later(
            lambda: r"\s+(?:" + alternation(data.RANGE_AND_WORDS) + r")\s+", re.IGNORECASE
        ),
        "change_from": _ends_window(data.CHANGE_FROM_WORDS),
        # After a day, before its month: "5th of March", "12 March", "3. März".
        "day_month": Later(
            lambda: r"(?:" + alternation(data.DAY_ORDINAL_SUFFIXES) + r")"
            + ("" if data.DAY_ORDINAL_REQUIRED else "?")
            + (r"(?:\s+(?:" + alternation(data.DAY_OF_WORDS) + r"))?" if data.DAY_OF_WORDS else "")
            + r"\s+(?=[A-Z])"
        ),
        # Between a vague plural and its currency: "millions of dollars", "Millionen Euro".
        "vague_of": Source(
            r"\s+(?:(?:" + alternation(data.VAGUE_OF_WORDS) + r")\s+)"
            + ("?" if data.VAGUE_OF_OPTIONAL else ""),
            re.IGNORECASE,
        ),
        # Before an age said of a person ("who is 34", "Mrs Morley, now 105"): a phrase
        # opening with a word starts at a word's start, one opening with a mark anywhere.
        "age_copula": Later(
            lambda: r"(?:(?<![^\W\d_])"
            + alternation(p for p in data.AGE_COPULAS if p[:1].isalpha())
            + "|"
            + alternation(p for p in data.AGE_COPULAS if not p[:1].isalpha())
            + r")\s+$",
            re.IGNORECASE,
        ),
        # Before a hedged age said of someone: "who is about 45", "thought to be about 30"
        # (claimdiff.extract.ages.hedged_age).
        "age_estimate": Later(
            lambda: r"(?<![^\W\d_])(?:" + alternation(data.AGE_ESTIMATES) + r")\s+$"
            if data.AGE_ESTIMATES
            else r"(?!)",
            re.IGNORECASE,
        ),
        # What an amount is spent on, the word before these: "defence spending to £64bn",
        # "Schools will get £64bn" (claimdiff.prepare).
        "spent_on": Source(
            r"(?<![^\W\d_])(?P<on>[^\W\d_]+)\s+(?:" + alternation(data.SPENT_ON_WORDS)
            + r")(?![^\W\d_])",
            re.IGNORECASE,
        ),
        # A person's decade of life: "in her eighties", "in his early 40s", "in their 20s
        # and 30s", and the word after it, which may show it is no age ("in their sixties
        # pomp") (claimdiff.extract.decades).  Searched over whole texts, it opens with the
        # letters "in", which the engine skips to, and looks behind them for a word
        # boundary: opening with "\b", it was tried at every offset (twice the time).
        # "in" written as a class of its letters in any case, which the engine skips to
        # (a case-blind "in" it tried at every offset of a text), the rest case-blind.
        "decade": Later(
            lambda: "[" + any_case("i") + "][" + any_case("n") + r"](?<!\w..)(?i:\s+(?:"
            + alternation(data.DECADE_POSSESSIVES) + r")\s+(?:(?P<part>"
            + alternation(data.DECADE_PARTS) + r")\s*)?(?P<decade>" + _decade(data)
            + r")(?:\s+(?:and|or|to)\s+(?P<last>" + _decade(data) + r"))?(?P<noun>\s+[a-z]+)?)"
        ),
        # A century with an ordinal, a part of it and its era (claimdiff/extract/centuries.py):
        # "the early 19th century", "mid-19th-century", "the third century AD".
        "century": Later(
            lambda: r"(?<![^\W\d_])(?:(?P<part>" + alternation(data.DECADE_PARTS) + r")[\s-]*)?"
            r"(?P<n>\d{1,2}(?:st|nd|rd|th)|" + alternation(data.CENTURY_ORDINALS)
            + r")[\s-]+(?P<word>" + alternation(data.CENTURY_WORDS) + r")(?![^\W\d_])"
            r"(?:\s+(?P<era>" + alternation((*data.CENTURY_ERAS_BEFORE, *data.CENTURY_ERAS_AFTER))
            + r")(?![^\W\d_]))?",
            re.IGNORECASE,
        ),
        # An age given by a word, its possessive, and the word after it
        # (claimdiff/extract/age_words.py, which matches it where a word may start):
        # "a teenager", "the teen's mother", "the teenage driver"; never "teenagers".
        "age_word": Later(
            lambda: r"(?P<w>" + alternation(data.AGE_WORDS)
            + r")(?![\w-])(?P<own>['’]s(?!\w))?(?:\s+(?P<next>[^\W\d_]+))?",
            re.IGNORECASE,
        ),
        # Basis points after a count: "25 basis points", "a 50-basis-point cut", "40 bps"
        # (claimdiff.extract.points); the words in any case, the symbols in lower case.
        "basis_points": Later(
            lambda: r"(?<=\d)[ \t\u00a0-]*(?:(?i:" + alternation(data.BASIS_POINT_WORDS) + r")|"
            + alternation(data.BASIS_POINT_SYMBOLS) + r")(?![^\W\d_])"
        ),
        # "a quarter of a percentage point", "half a point" (claimdiff.extract.points).
        "fraction_of_a_point": Later(
            lambda: r"(?<![^\W\d_])(?:(?P<fraction>" + alternation(data.FRACTION_PHRASES)
            + r")\s+(?:" + alternation(data.OF_A_POINT) + r")|(?P<modifier>"
            + alternation(data.POINT_MODIFIERS) + r"))(?![^\W\d_])",
            re.IGNORECASE,
        ),
        # "half a mile", "a quarter of a tonne", "half a cup" (claimdiff.extract.points): a
        # unit written in three letters or more, never "m" or "g".
        # Its source is written when first compiled: the units' alternation took some 2 ms
        # to write and 4 ms to compile, for the few texts where "fraction_lead" matches.
        "fraction_of_a_unit": Later(
            lambda: r"(?<![^\W\d_])(?P<fraction>" + alternation(data.FRACTION_PHRASES)
            + r")\s+(?:of\s+)?an?\s+(?P<unit>"
            + alternation(w for w in measure_units if w.isalpha() and len(w) >= 3)
            + r")(?![^\W\d_])",
            re.IGNORECASE,
        ),
        # Where "fraction_of_a_unit" may match: its opening, then a letter (every unit it
        # reads is letters), tried first (claimdiff.extract.points).
        "fraction_lead": Source(
            r"(?<![^\W\d_])(?P<fraction>" + alternation(data.FRACTION_PHRASES)
            + r")\s+(?:of\s+)?an?\s+(?=[^\W\d_])",
            re.IGNORECASE,
        ),
        # Words of a result near two numbers joined by a dash, which make them a score
        # (claimdiff.extract.scores).
        "score_words": Later(
            lambda: r"(?<![^\W\d_])(?:" + (alternation(data.SCORE_WORDS) or "(?!)")
            + r")(?![^\W\d_])",
            re.IGNORECASE,
        ),
        # Words only cricket writes, as words of their own (claimdiff.extract.cricket).
        "cricket_words": Later(
            lambda: r"(?<![^\W\d_])(?:" + (alternation(data.CRICKET_WORDS) or "(?!)")
            + r")(?![^\W\d_])",
            re.IGNORECASE,
        ),
        "cricket_hints": Later(
            lambda: r"(?<![^\W\d_])(?:" + (alternation(data.CRICKET_HINTS) or "(?!)")
            + r")(?![^\W\d_])",
            re.IGNORECASE,
        ),
        "range_opener": _ends_window(data.RANGE_OPENERS),
        "negative_before": _ends_window(data.NEGATIVE_WORDS),
        "ratio": Source(
            r"\s+(?:" + alternation(data.RATIO_WORDS) + r")\s+", re.IGNORECASE
        ),
        # A hedge ending right before a figure: searched in a bounded window.
        # Written when first compiled: the extractor reads hedges word by word
        # (extract.window_ends), and the hedges' alternation took some 0.6 ms to write.
        "hedge_before": Later(
            lambda: r"(?:(?<![^\W\d_])|(?=[<>=≤≥]))(?P<hedge>" + alternation(data.HEDGES)
            + r")(?:\s+|(?<=[<>=≤≥])\s*)$",
            re.IGNORECASE,
        ),
        "trailing_hedge": Source(
            r"\s*" + _lead(data.TRAILING_HEDGES)
            + r"(?P<hedge>" + alternation(data.TRAILING_HEDGES) + r")(?![^\W\d_])",
            re.IGNORECASE,
        ),
        # Only ever matched at an offset (after an amount), where one first letter is possible.
        "currency_word": Phrases("word", tuple(words), r"(?![^\W\d_])", re.IGNORECASE),
        "symbol_before": Later(lambda: r"(?P<sym>" + alternation(symbols) + r")\s?$"),
        "symbol_after": Source(
            r"\s?(?P<sym>" + alternation(symbols if symbols_after is None else symbols_after) + r")"
        ),
        # A unit ends where a word does, or before a power written as a superscript
        # ("cm²", "km³"), which is a word character to the engine.  Only ever matched
        # at an offset (after a number), as the currency words are: compiled by the
        # first character there, the whole alternation (some 8 ms) is seldom needed.
        "measure_unit": Phrases(
            "unit", tuple(measure_units), r"(?![^\W_\u00b2\u00b3])", re.IGNORECASE
        ),
        "vague_before": Later(
            lambda: r"(?<![^\W\d_])(?P<vague>" + alternation(data.VAGUE_WORDS) + r")\s+$",
            re.IGNORECASE,
        ),
        "vague_plural": Source(
            r"(?<![^\W\d_])(?:(?P<mult>" + alternation(data.VAGUE_MULTIPLIERS)
            + r")\s+of\s+)?(?P<plural>" + alternation(data.VAGUE_PLURALS) + r")(?![^\W\d_])",
            re.IGNORECASE,
        ),
        "vague_word": Source(
            r"(?<![^\W\d_])(?P<vague>" + alternation(data.VAGUE_WORDS) + r")(?![^\W\d_])",
            re.IGNORECASE,
        ),
        "percent": Source(
            r"\s?(?P<pct>" + alternation(data.PERCENT_WORDS) + r")(?![^\W\d_])", re.IGNORECASE
        ),
        "per_unit": Later(
            lambda: r"(?P<unit>" + alternation(data.PER_UNITS) + r")(?![^\W\d_])", re.IGNORECASE
        ),
        "time_unit": Source(
            r"(?P<unit>" + alternation(data.TIME_UNITS) + r")(?![^\W\d_])", re.IGNORECASE
        ),
        "month": Later(
            lambda: r"(?P<month>" + alternation(data.MONTHS) + r")\.?(?![^\W\d_])", re.IGNORECASE
        ),
        # An ordinal's ending and a birthday: "105th birthday" (claimdiff.extract.ages).
        "birthday": Later(
            lambda: r"(?:st|nd|rd|th)\s+(?:" + alternation(data.BIRTHDAY_WORDS) + r")(?![^\W\d_])",
            re.IGNORECASE,
        ),
        # Where a clause ends (claimdiff.prepare): a comma, a bracket, a conjunction.
        "clause_break": Source(
            r"[,;:()]|\s(?:" + alternation(data.CLAUSE_BREAK_WORDS) + r")\s", re.IGNORECASE
        ),
        # A part of a month: "mid-March", "early June 2024" (claimdiff.extract.dates).
        "month_part": Source(
            r"(?<![^\W\d_])(?P<part>" + alternation(data.MONTH_PARTS) + r")\s*(?P<month>"
            + alternation(data.MONTHS) + r")(?![^\W\d_])(?:,?\s+(?P<year>\d{4})(?!\d))?",
            re.IGNORECASE,
        ),
        # A time unit in lower case, and what may stand before it: "half an", "a single".
        # Searched over whole texts, it opens with the white space before the unit, which
        # the engine skips to: "article_lead" ends in white space, so a unit after anything
        # else (or opening a text) is never a length of time.
        "article_unit": Source(
            r"\s(?P<unit>" + alternation(data.ARTICLE_UNITS) + r")(?![^\W\d_])"
        ),
        "article_lead": Source(
            r"(?<![^\W\d_])(?:(?P<fraction>" + alternation(data.DURATION_FRACTIONS)
            + r")\s+)?an?\s+(?:(?:" + alternation(data.DURATION_MODIFIERS) + r")\s+)?$",
            re.IGNORECASE,
        ),
        # A superscript after it is a footnote's mark, no letter ("35 years ago²"), as the
        # fast path reads it (claimdiff.lexicon.fast_shapes._WORD_ENDS).
        "ago": Source(
            r"\s+(?:" + alternation(data.AGO_WORDS) + r")(?![^\W\d_\u00b2\u00b3])", re.IGNORECASE
        ),
        # How late a length of time says something is (claimdiff.extract.duration_senses).
        "delay_before": _ends_window(data.DELAY_BEFORE),
        # Each opens at a hyphen or at the first white space of a run, and takes the run
        # whole: searched over a claim's words, a run of white space is read once, not
        # once for each of its characters (quadratic: "a third" and 8,000 spaces).
        "delay_after": Source(
            r"(?:[-‐‑]|(?<!\s)\s)\s*+(?:" + alternation(data.DELAY_AFTER) + r")(?![^\W\d_]|[-‐‑])"
            + r"(?!\s+(?:" + alternation(data.DELAY_NOT_BEFORE) + r")(?![^\W\d_]))",
            re.IGNORECASE,
        ),
        "record_after": Later(
            lambda: r"(?<!\s)\s++(?:" + alternation(data.RECORD_AFTER) + r")(?![^\W\d_]|[-‐‑])",
            re.IGNORECASE,
        ),
        # Between a verb of fighting and the count it is followed by (claimdiff.extract.context).
        "fought_gap": Later(
            lambda: r"\s+(?:(?:" + alternation(data.FOUGHT_GAP_WORDS) + r")\s+)*", re.IGNORECASE
        ),
        "record_before": _ends_window(data.RECORD_BEFORE),
        # A court's words before a length (claimdiff.extract.duration_senses).
        "sentence_before": _ends_window(data.SENTENCE_BEFORE),
        # A death's verb, one to three words, its cue's preposition, ending the window
        # before an age: "died Sunday at", "died peacefully at home at"
        # (claimdiff/extract/death_ages.py).
        "death_words": Source(
            r"(?<![^\W\d_])(?:"
            + alternation({cue.rsplit(" ", 1)[0] for cue in data.AGE_DEATH_CUES})
            + r")((?:\s+[^\W\d_]+){1,3})\s+(?:"
            + alternation({cue.rsplit(" ", 1)[1] for cue in data.AGE_DEATH_CUES})
            + r")\s+$",
            re.IGNORECASE,
        ),
        # Times of day in words and the hedges before a time (claimdiff.extract.clock_times).
        # In lower case or capitalised, and with no letter before it (checked by the
        # reader): a case-blind pattern, or one opening with a look-behind, the engine
        # tries at every offset of a text.
        "clock_word": Later(
            lambda: r"(?:"
            + alternation([*data.CLOCK_WORDS, *(w.capitalize() for w in data.CLOCK_WORDS)])
            + r")(?![^\W\d_])"
        ),
        "clock_hedge": Later(
            lambda: r"(?<![^\W\d_])(?P<hedge>" + alternation(data.CLOCK_HEDGES) + r")\s+$",
            re.IGNORECASE,
        ),
        "and_a_part": Source(
            r"(?:\s+|-)(?:" + alternation(data.PART_JOINERS) + r")(?:\s+|-)(?P<part>"
            + alternation(data.AND_PARTS) + r")(?![^\W\d_])",
            re.IGNORECASE,
        ),
        # A date counted from when the text was written ("last month"), its words one space
        # apart as written, not a word joined by a hyphen ("this month-long closure"):
        # claimdiff/relative_dates.py.  Longest first: "earlier this month", not "this month".
        "relative_date": Source(
            r"(?<![^\W\d_])(?:"
            + "|".join(re.escape(w) for w in sorted(data.RELATIVE_DATES, key=len, reverse=True))
            + r")(?![^\W\d_]|-[^\W\d_])"
            if data.RELATIVE_DATES
            else "(?!)",
            re.IGNORECASE,
        ),
        # A word or mark as the direction rules read it (extract/direction_tokens.py).
        "change_token": Source(
            importlib.import_module(f"{data.__name__}_direction").WORD + r"|[\d.,$£€%]+|[,;:()]"),
        "word_before": Source(r"(?P<w>[^\W_][\w’'-]*)[^\w]*$"),
        "word_after": Source(r"[ \t\u00a0’'-]+(?P<w>[^\W\d_]+)"),
        "part_joint": Source(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+)"),
        "period": Source(
            _lead(data.PERIOD_PHRASES)
            + r"(?<![^\W\d_])(?P<period>" + alternation(data.PERIOD_PHRASES) + r")(?![^\W\d_])",
            re.IGNORECASE,
        ),
        # "period" after the spaces following a noun's place (subjects.noun_after), taken
        # whole (possessive): one match call a figure, not a call for the spaces and one
        # for the period.
        "spaced_period": Source(
            r"[ \t\u00a0]*+" + _lead(data.PERIOD_PHRASES)
            + r"(?<![^\W\d_])(?P<period>" + alternation(data.PERIOD_PHRASES) + r")(?![^\W\d_])",
            re.IGNORECASE,
        ),
        # Matched on a lower-cased copy of a sentence, so no IGNORECASE is needed; these
        # and "period_words" open with the non-letter before a phrase (.regex.after_nonletter),
        # then look ahead for a phrase's first letter (.regex.lowered_phrases, blind_phrases).
        "predicate": Words(tuple(
            p for t in (data.COUNT_PREDICATES, data.AMOUNT_PREDICATES)
            for ps in t.values() for p in ps
        )),
        "period_part": Source(lowered_phrases(data.PERIOD_PARTS)),
        "month_name": Later(lambda: _month_names(data)),
        "month_or_year": Source(_months_or_years(data)),
        "period_words": Source(blind_phrases(data.PERIOD_PHRASES), re.IGNORECASE),
        "anaphoric_period": Source(
            r"(?=[fFiIdDoO])(?<![^\W\d_])(?:for|in|during|over|of)\s+(?P<period>"
            + alternation(data.ANAPHORIC_PERIODS) + r")(?![^\W\d_])",
            re.IGNORECASE,
        ),
    }  # fmt: skip
    if data.NUMERIC_DATE_SEPARATOR:
        # A date in digits, day first: "03.10.2024".
        sep = re.escape(data.NUMERIC_DATE_SEPARATOR)
        patterns["numeric_date"] = Source(
            r"(?P<d>\d{1,2})" + sep + r"(?P<m>\d{1,2})" + sep + r"(?P<y>\d{4})(?!\d)"
        )
    # Every place a figure may start, in one pass: digits or a number word, a vague plural,
    # a vague word.  At one offset the first alternative wins, as the scan expects.
    starts = [*number_words, *data.VAGUE_PLURALS, *data.VAGUE_MULTIPLIERS, *data.VAGUE_WORDS]
    alternatives = (
        "(?:(?P<anchor>" + patterns["anchor"].pattern + ")|"
        + patterns["vague_plural"].pattern + "|" + patterns["vague_word"].pattern + ")"
    )  # fmt: skip
    patterns["start"] = Later(lambda: _lead(starts, _DIGITS) + alternatives, re.IGNORECASE)
    # The same, matched on a lower-cased copy of the text (extract.starts.Starts).  Without
    # IGNORECASE, and with the cheap test "no letter before" ahead of the lookahead for
    # the first characters, the engine rejects most offsets in two steps: twice as fast.
    first = "".join(sorted({re.escape(p[0].lower()) for p in starts}))
    # Digits touching a currency symbol ("ksh12") have a letter before them: the anchor's
    # own lookbehind decides there.
    touching = r"|(?=\d)" if glued else ""
    patterns["start_lower"] = Source(
        r"(?:(?<![^\W\d_])(?=[" + first + _DIGITS + "])" + touching + ")" + alternatives
    )
    # Where ``start_lower`` may match, found at C speed (see .finder.start_finder).
    pieces = [*data.NUMBER_MORPHEMES, data.NUMBER_JOINER] if data.NUMBER_MORPHEMES else []
    low_starts, low_pieces = [p.lower() for p in starts], [p.lower() for p in pieces]
    low_glued = [g.lower() for g in glued]
    # Written when first asked for (after a letter outside ASCII): the scan searches the copy.
    patterns["start_finder"] = Later(lambda: start_finder(low_starts, low_pieces, low_glued))
    # The same offsets and some more, found in a window's ASCII copy (.finder.copy_finders).
    copy = copy_finders(low_starts, low_pieces, low_glued)
    if set(copy.marked) - set(low_glued):
        # The lexicon lists only the currency symbols opening with a mark (marked_starts).
        raise ValueError(f"a start opening with a mark: {copy.marked}")
    patterns["start_copy_space"] = Binary(copy.after_space)
    patterns["start_copy_digit"] = Binary(copy.after_digit)
    patterns["start_copy_other"] = Binary(copy.after_other)
    # The currency symbol touching digits at an offset the finder gives ("ksh12").
    patterns["start_glued"] = Later(lambda: alternation(low_glued) + r"(?=\d)")
    return Patterns(patterns)
