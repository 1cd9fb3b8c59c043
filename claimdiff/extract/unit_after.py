"""What follows a number: its unit, a currency word or symbol, a percent sign, "years old".

:func:`unit_after` sets a figure's kind and unit from the words right after its
number ("12 km/h", "169 million euros", "50 cents", "61%", "the 25-year-old"),
and extends its end over them; :mod:`claimdiff.extract.amounts` reads the number,
the currency before it and its scale first.  Every pattern is matched at a known
offset or in a window of bounded size.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimdiff import nouns
from claimdiff.extract.members import AGE, DURATION, MEASURE, MONEY, PERCENT
from claimdiff.extract.metre_or_million import million_cue_near, one_thing_sized
from claimdiff.extract.money import (
    Currency,
    code_after,
    minor_after,
    minor_unit,
    money_before,
    symbol_after,
)
from claimdiff.extract.number_words import part_after
from claimdiff.extract.subjects import numbered_name
from claimdiff.extract.unit_tails import per_weight, year_old
from claimdiff.extract.weighed import weighed_after
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon
from claimdiff.pattern_code import compile_pattern
from claimdiff.text import HYPHENS, article_before

if TYPE_CHECKING:  # amounts reads the core and imports this module to complete it
    from claimdiff.extract.amounts import Core

__all__ = ["INCH_OPENS", "code_or_bracket", "length_near", "noun_follows", "unit_after"]

# A unit in brackets right after the number: "20 (kg)", "20 [kg]".
_BRACKETED = lazy_pattern(r"\s?[(\[{<]\s?(?=[^\W\d_])")
_BRACKETS = frozenset("([{<")
_BRACKET_CLOSE = lazy_pattern(r"\s?[)\]}>]")
# "per hour", "/h", "an hour" after a unit of length: a speed.
_PER = lazy_pattern(r"\s?/\s?|\s+per\s+|\s+an?\s+", re.IGNORECASE)
_INCHES_AFTER = lazy_pattern(r"\s+(?:and\s+)?(?P<n>\d{1,2}(?:\.\d+)?)\s?(?P<u>[^\W\d_]+|\")", re.I)
_HYPHEN = lazy_pattern(r"[-‐‑](?=[^\W\d_])")
_WORDS = compile_pattern(r"[^\W\d_]+")
# How far either side of "pounds" a word of weight may stand.
_CUE_WINDOW = 40
_NEXT_WORD = compile_pattern(r"\s+(?P<w>[^\W\d_]+)")
# A power after a unit: "^2", "²", "³", " squared", " cubed".
_POWER = lazy_pattern(
    r"\^(?P<caret>[23])(?!\d)|(?P<sup>[²³])(?![⁰¹²³⁴⁵⁶⁷⁸⁹\d])"
    r"|\s+(?P<word>squared|cubed)(?![^\W\d_])",
    re.IGNORECASE,
)
_POWER_WORDS = {"²": "2", "³": "3", "squared": "2", "cubed": "3"}
# "in" or an inch mark after a number, then a word of size: '3 1/4 in wide', '10" long'.
_INCH = lazy_pattern(
    r"(?P<mark>\s?(?:in\b\.?|\"|”|″))\s*(?=(?P<adj>[^\W\d_]+)(?![\w‐-]))", re.IGNORECASE
)
# What an inch mark may open with but white space; a character beyond ASCII may fold to
# "i" when case is ignored, so the pattern is tried after any such.
INCH_OPENS = frozenset('iI"”″')
_END_OF_CLAUSE = lazy_pattern(r"\s*(?:[.,;:!?)]|$)")


# Spaces within a line: "5  km" (two spaces, as copied text often has) is "5 km"; a unit
# on the next line is no unit of the number.
_LINE_SPACES = lazy_pattern(r"[^\S\n\r\f\v\x1c-\x1e\x85\u2028\u2029]+")


def _after_spaces(text: str, i: int) -> int:
    """Where the word after the number starting white space at ``i`` starts: past one
    white space character, and past any further spaces of the same line (after a line
    break, none: "5\n   km" stays as it was read)."""
    m = _LINE_SPACES.match(text, i)
    return i + 1 if m is None else m.end()


def unit_after(text: str, core: Core, lex: Lexicon) -> None:
    """Set the core's kind and unit from what follows it, extending its end."""
    i = core.end
    # The character after the number decides which patterns below may match at all:
    # each match costs about a microsecond however soon it fails (issue 12).
    c = text[i : i + 1]
    glued = c.isalpha()
    spaced = c.isspace()
    hyphen = _HYPHEN.match(text, i) if c in HYPHENS else None
    if hyphen is not None:
        i = hyphen.end()
    if hyphen is not None or glued or not spaced:
        j = i
    else:
        # One space and a word, as after most numbers: _after_spaces' answer without its
        # match.
        j = i + 1 if not text[i + 1 : i + 2].isspace() else _after_spaces(text, i)
    if glued and c in lex.GLUED_MINOR_UNITS and not text[i + 1 : i + 2].isalpha():
        minor = glued_minor(core, c, lex)
        if minor is not None:  # "139.9p a litre"
            _set_money(core, minor)
            return
    if glued and c in lex.GLUED_MINOR_BEFORE_PER and _priced_per(text, i + 1, lex):
        code, factor = lex.GLUED_MINOR_BEFORE_PER[c]  # "2c per litre", "40c a litre"
        _set_money(core, Currency(code, i + 1, factor))
        return
    if glued and _glued_percent(text, i, lex):  # "up 1.2pc": the press's "per cent"
        core.kind, core.unit, core.end = PERCENT, "%", i + len(lex.GLUED_PERCENT_WORD)
        return
    head = _WORDS.match(text, j)
    # After white space an inch mark stands past one character of it (_INCH): a word
    # there opening with no letter the mark may open with is asked nothing.
    mark = text[i + 1 : i + 2] if spaced else c
    if hyphen is None and (mark in INCH_OPENS or not mark.isascii()):
        if _inch_mark(text, core, lex):
            return
    # A superscript power is a letter to the engine: "cm²" has the head "cm".
    if head is not None and head.group().lower().rstrip("²³") not in lex.unit_heads:
        # A code is a word of three letters, or "M" and three ("20 USD", "30 MUSD"), and
        # no bracket stands where a word does: any other word is neither, without a call.
        if len(head.group()) in (3, 4):
            code_or_bracket(text, core, lex, hyphen is None)  # "20 USD", "20 (kg)"
        return
    old = year_old(text, core.end) if spaced or c in HYPHENS else None
    if old is not None:
        word = old["unit"].lower()
        unit = lex.TIME_UNITS.get(word) or lex.time_symbols[word]  # "yrs": the year
        core.kind, core.unit, core.end = AGE, unit, old.end()
        core.attributive = hyphen is not None
        return
    if head is not None and head.group() in lex.time_symbols:  # "52.31sec", "90 mins"
        if not _clock_hours(text, core, lex):
            unit = lex.time_symbols[head.group()]
            _duration(text, core, lex, unit, head.end(), hyphen is not None)
        return
    p = lex.patterns["percent"].match(text, i)
    if p is not None and hyphen is None:
        core.kind, core.unit, core.end = PERCENT, "%", p.end()
        return
    sym = symbol_after(text, core.end, lex) if hyphen is None else None
    if sym is not None:  # "5 €"
        _set_money(core, sym)
        return
    minor = minor_unit(text, j, lex) if not glued else None
    if minor is not None:  # "50 cents", "a 12-cent dividend"
        _set_money(core, minor)
        core.attributive = hyphen is not None
        return
    w = lex.patterns["currency_word"].match(text, j)
    if w is not None and w["word"].lower() in lex.POUND_WORDS and _weight(text, core, w, lex):
        w = None  # "weighs 25 pounds", "40 pounds of cocaine", "a 5-pound baby"
    if w is not None and w["word"].lower() in lex.EVERYDAY_CURRENCY_WORDS and hyphen is None:
        # Hyphened, it is money's ("a 500-won coin"); spaced, a verb or an adjective too.
        if not _priced(text, core, w, lex):
            w = None  # "14 won", "8 won seats", "the 3 real problems"
    if w is not None and not glued:
        core.kind, core.unit, core.end = MONEY, lex.currency_words[w["word"].lower()], w.end()
        core.attributive = hyphen is not None or _singular_before_noun(text, w, lex, core.value)
        if not core.attributive:
            _cents(text, core, lex)
        return
    u = lex.patterns["measure_unit"].match(text, j)
    if u is None or not _is_measure(text, u, core, lex, glued):
        if code_or_bracket(text, core, lex, hyphen is None):
            return
    else:
        word = u["unit"].lower()
        core.kind, core.unit, core.end = MEASURE, lex.measure_units[word], u.end()
        core.attributive = hyphen is not None
        _power(text, core)
        _rate_or_compound(text, core, lex)
        return
    t = lex.patterns["time_unit"].match(text, j)
    if t is not None and not glued and not numbered_name(text, t.start("unit"), t.end("unit"), lex):
        if hyphen is None and _unit_of_another(text, core, t["unit"].lower(), t.end(), lex):
            return  # "two second-placed teams", "three minute-long clips", "two second homes"
        _duration(text, core, lex, lex.TIME_UNITS[t["unit"].lower()], t.end(), hyphen is not None)


def _unit_of_another(text: str, core: Core, word: str, end: int, lex: Lexicon) -> bool:
    """Whether a unit word in the singular, spaced from a number other than one, belongs
    to what follows, not to the number: hyphened on to a word ("seven second-hand cars",
    "three minute-long clips"), or an ordinal before a plural after a number in words ("two
    second homes", "two second places"; in digits a length: "30 second intervals"); not
    after an article, where the number and unit describe the noun ("a 10 minute-long
    video", "a two second delay")."""
    if lex.TIME_UNITS.get(word) != word or core.value == 1:
        return False
    if article_before(text, core.start, lex.INDEFINITE_ARTICLES) is not None:
        return False
    if text[end : end + 1] in HYPHENS and text[end + 1 : end + 2].isalpha():
        return True
    if word not in lex.ORDINAL_UNITS or not core.number.words:
        return False
    nxt = _NEXT_WORD.match(text, end)
    return nxt is not None and nouns.lemma(nxt["w"].lower()) != nxt["w"].lower()


def _clock_hours(text: str, core: Core, lex: Lexicon) -> bool:
    """Whether the number is a 24-hour clock's time before "hrs" ("at 2300 hrs", "left at
    0600hrs"): four digits from 0000 to 2359 written with a leading zero or after a word
    of time (``CLOCK_HOURS_AFTER``)."""
    num = core.number
    digits = num.digits
    if len(digits) != 4 or num.grouped or num.decimals or num.words:
        return False
    if int(digits[:2]) > 23 or int(digits[2:]) > 59:
        return False
    if digits[0] == "0":
        return True
    before = text[max(0, num.start - 12) : num.start].split()
    return bool(before) and before[-1].lower() in lex.CLOCK_HOURS_AFTER


def _duration(text: str, core: Core, lex: Lexicon, unit: str, end: int, attributive: bool) -> None:
    """Make the core a length of time in ``unit`` ending at ``end``, or before "ago"."""
    core.kind, core.unit, core.end = DURATION, unit, end
    core.attributive = attributive
    if not attributive and text[end : end + 1].isspace() and core.value == int(core.value):
        found = part_after(text, end, lex)
        if found is not None:  # "two hours and a half", "3 years and a quarter"
            core.value += found[0]
            core.end = found[1]
    ago = lex.patterns["ago"].match(text, core.end)
    if ago is not None:
        core.end, core.ago = ago.end(), True


def _glued_percent(text: str, i: int, lex: Lexicon) -> bool:
    """Whether the lexicon's per cent written as letters touching the number stands at
    ``i``, in lower case and ending the word ("3pc", not "3pcs" or "a 10 PC")."""
    word = lex.GLUED_PERCENT_WORD
    end = i + len(word)
    return bool(word) and text.startswith(word, i) and not text[end : end + 1].isalnum()


def _priced_per(text: str, i: int, lex: Lexicon) -> bool:
    """Whether what a price is per follows ``i`` ("per litre", "a kWh": ``GLUED_CENTS_PER``):
    a temperature is never per litre, and may rise "2c a day" or "1c per annum"."""
    p = _PER.match(text, i)
    w = _WORDS.match(text, p.end()) if p is not None and "/" not in p.group() else None
    if w is None:
        return False
    return w.group().lower() in lex.GLUED_CENTS_PER


def glued_minor(core: Core, letter: str, lex: Lexicon) -> Currency | None:
    """The minor unit a letter touching the number writes, in the case given ("139.9p" is
    pence), or None for a number written so otherwise ("1080p", a screen's resolution:
    ``NOT_MINOR_UNITS``)."""
    if core.number.value in lex.NOT_MINOR_UNITS.get(letter, ()):
        return None
    code, factor = lex.GLUED_MINOR_UNITS[letter]
    return Currency(code, core.end + 1, factor)


def _set_money(core: Core, c: Currency) -> None:
    """Make the core an amount in ``c`` (scaled by its factor), ending where ``c`` ends."""
    core.kind, core.unit, core.end = MONEY, c.code, c.at
    core.value *= c.factor
    core.step *= c.factor


def _cents(text: str, core: Core, lex: Lexicon) -> None:
    """ "3 dollars 50 cents", "15 dollars and 50": whole units, then cents."""
    if core.value != core.number.value or core.number.decimals or core.value % 1:
        return
    minor = minor_after(text, core.end, lex)
    if minor is not None:
        core.value += minor[0] if core.value >= 0 else -minor[0]
        core.end, core.step = minor[1], 0.0


def _may_open_bracket(text: str, i: int) -> bool:
    """Whether :data:`_BRACKETED` may match at ``i``: a bracket, perhaps after one white
    space character."""
    first = text[i : i + 1]
    return first in _BRACKETS or (first.isspace() and text[i + 1 : i + 2] in _BRACKETS)


def code_or_bracket(text: str, core: Core, lex: Lexicon, spaced: bool) -> bool:
    """An ISO code ("20 USD") or a bracketed unit ("20 (kg)") after the figure."""
    if not spaced:
        return False
    c = code_after(text, core.end, lex)
    if c is not None:
        _set_money(core, c)
        if c.factor == 1:
            _cents(text, core, lex)  # "17 USD 25"
        return True
    if not _may_open_bracket(text, core.end):
        return False  # no bracket: most words after a number
    b = _BRACKETED.match(text, core.end)
    if b is None:
        return False
    u = lex.patterns["measure_unit"].match(text, b.end())
    close = None if u is None else _BRACKET_CLOSE.match(text, u.end())
    if u is None or close is None:
        return False
    core.kind, core.unit = MEASURE, lex.measure_units[u["unit"].lower()]
    core.end = close.end()
    return True


def _is_measure(text: str, u: re.Match[str], core: Core, lex: Lexicon, glued: bool) -> bool:
    """Whether the unit word after the number is taken (see GLUED_ONLY_UNITS, "m")."""
    word = u["unit"].lower()
    if word in lex.GLUED_ONLY_UNITS and not glued:
        return False
    if word in lex.LOWER_CASE_ONLY_UNITS and u["unit"] != word:
        return False
    if word in lex.PREPOSITION_UNITS and _reads_on(text, u.end(), lex):
        return False  # "top 10in the charts", "3in-1": a space left out before "in"
    if word == lex.METRE_OR_MILLION:
        if u["unit"] != "m":
            return False
        return (
            not noun_follows(text, u.end(), lex)
            or length_near(text, u, lex)
            or one_thing_sized(text, core.start, u.end(), lex)
        )
    return True


_NEXT = lazy_pattern(r"(?P<dash>[-–]\d)|\s+(?P<w>[^\W_][\w’'-]*)")


def _reads_on(text: str, end: int, lex: Lexicon) -> bool:
    """Whether the words after a glued unit that is also a preposition read on as its
    object: a determiner or possessive, a number or a capitalised word ("10in the charts",
    "3in a row", "1in 10", "2019in Paris"), or a dash and a digit ("3in-1"); not "5in of
    rain", "a 4in nail"."""
    m = _NEXT.match(text, end)
    if m is None:
        return False
    if m["dash"]:
        return True
    w = m["w"]
    low = w.lower()
    determiner = low in lex.speech.DETERMINERS or low in lex.NOUN_DETERMINERS
    return determiner or w[:1].isdigit() or w[:1].isupper()


def _power(text: str, core: Core) -> None:
    """ "3 cm^3", "5 cm²", "2 m squared": the unit raised to a power."""
    assert core.unit is not None
    p = _POWER.match(text, core.end)
    if p is None or "**" in core.unit or "/" in core.unit:
        return
    n = p["caret"] or _POWER_WORDS.get((p["sup"] or p["word"]).lower(), "2")
    core.unit, core.end = f"{core.unit} ** {n}", p.end()


def _inch_mark(text: str, core: Core, lex: Lexicon) -> bool:
    """ "3 1/4 in wide", '10" long': "in" and the inch mark, before a word of size.

    "in" only after a number written finely (a fraction or decimals): "waited 3 in
    long queues" is a preposition.
    """
    m = _INCH.match(text, core.end)
    if m is None or m["adj"].lower() not in lex.MEASURE_ADJECTIVES:
        return False
    num = core.number
    if m["mark"].strip()[:1] in "iI" and not (num.decimals or num.fraction or num.value % 1):
        return False
    core.kind, core.unit, core.end = MEASURE, "inch", m.end("mark")
    return True


def noun_follows(text: str, i: int, lex: Lexicon) -> bool:
    """A counted noun of two letters or more right after ``i`` ("1.8m people")."""
    if _POWER.match(text, i) is not None:
        return False  # "2 m squared": the metre's power, not a noun
    n = _NEXT_WORD.match(text, i)
    if n is None or n.start("w") - i > 1:
        return False
    if text[n.end() : n.end() + 1] in ("'", "’"):
        return False  # "1m isn't": a contraction, no noun
    w = n["w"].lower()
    if w in lex.STOPWORDS or w in lex.measure_units or w in lex.MEASURE_ADJECTIVES:
        return False
    return len(w) > 1


def _weight(text: str, core: Core, w: re.Match[str], lex: Lexicon) -> bool:
    """Whether a pound word after the figure weighs: what it names is weighed
    (:mod:`claimdiff.extract.weighed`), or, with no scale and no price per weight after
    it ("180 pounds a tonne"), a word of weight stands near ("lose 25 pounds") or a phrase of
    weighing stands right before it ("tipped the scales at 54 pounds")."""
    scaled = core.value != core.number.value
    attributive = text[core.end : core.end + 1] in HYPHENS
    if weighed_after(text, w.end(), lex, attributive=attributive, scaled=scaled):
        return True
    if scaled or per_weight(text, w.end()):
        return False
    lo, hi = max(0, core.start - _CUE_WINDOW), min(len(text), core.end + _CUE_WINDOW)
    if any(cue.lower() in lex.WEIGHT_CUES for cue in _WORDS.findall(text, lo, hi)):
        return True
    near = " ".join(text[lo : core.start].lower().split())
    return any(near.endswith(p) for p in lex.WEIGHT_PHRASES)


def _priced(text: str, core: Core, w: re.Match[str], lex: Lexicon) -> bool:
    """Whether a figure before a currency word ``w`` that is an everyday word or a name
    too ("won", "real", "rand": ``EVERYDAY_CURRENCY_WORDS``) is money: scaled ("3
    million won"); else, written in lower case ("3,000 Real Betis fans" is a club's), with
    digits grouped by thousands or decimals ("1,550 won", "18.5 rand a dollar"), or after
    a word of money in its clause with only stop words between ("costs 500 won")."""
    if core.value != core.number.value:
        return True
    if not w["word"].islower():
        return False
    number = core.number
    return number.grouped or number.decimals > 0 or money_before(text, core.start, lex)


def _rate_or_compound(text: str, core: Core, lex: Lexicon) -> None:
    """ "188 miles an hour", "50 km/ms": a rate; "5 ft 2 in": one length in feet."""
    assert core.unit is not None
    p = _PER.match(text, core.end)
    if p is not None and "/" not in core.unit:
        t = lex.patterns["per_unit"].match(text, p.end())
        # "h", "s", "ms" only after a slash: "5 km a s" is no rate.
        if t is not None and ("/" in p.group() or len(t["unit"]) > 3):
            core.unit = f"{core.unit} / {lex.PER_UNITS[t['unit'].lower()]}"
            core.end = t.end()
            return
    smaller = lex.COMPOUND_UNITS.get(core.unit)
    if smaller is None:
        return
    m = _INCHES_AFTER.match(text, core.end)
    if m is not None and m["u"].lower() in smaller:
        core.value += float(m["n"]) / smaller[m["u"].lower()]
        core.end = m.end()


def _singular_before_noun(text: str, w: re.Match[str], lex: Lexicon, value: float) -> bool:
    """ "a 175 million euro budget": a singular currency word after a plural amount."""
    word = w["word"].lower()
    if word.endswith("s") or value == 1:
        return False
    nxt = _NEXT_WORD.match(text, w.end())
    return nxt is not None and nxt["w"].lower() not in lex.STOPWORDS


def _physical(word: str, lex: Lexicon) -> bool:
    """Whether a noun's first sense is a thing one measures (an animal, an object, an
    artifact: ``PHYSICAL_CLASSES``; "shark", "sinkhole"), or one of its first two senses
    an animal ("whale", first a large person); not "turnout", "deficit", "audience"."""
    senses = nouns.first_classes(word, senses=2)
    return bool(senses) and (senses[0] in lex.PHYSICAL_CLASSES or "animal" in senses)


def _thing_before(words: list[str]) -> str:
    """The noun a verb of measuring is said of: the word before it, past a relative
    pronoun ("a fin whale that measured 20.4m")."""
    if len(words) > 1 and words[-1].lower() in _RELATIVES:
        return words[-2].lower()
    return words[-1].lower()


_RELATIVES = frozenset({"that", "which", "who"})


def _plural_after(after: list[re.Match[str]], lex: Lexicon) -> bool:
    """Whether the first word after a figure is a plural noun ("8.4m viewers"), not a stop
    word or a verb's ("has", "was")."""
    if not after:
        return False
    word = after[0].group().lower()
    if word in lex.STOPWORDS or word in lex.COMMON_VERBS:
        return False
    return nouns.lemma(word) != word and nouns.is_noun(word)


def length_near(text: str, a: re.Match[str], lex: Lexicon) -> bool:
    """A word of length or height within a few words of a figure ending in "m"; an
    adjective of size only after it ("5m across", not "across the eurozone … 11.2m")."""
    after = list(_WORDS.finditer(text, a.end(), min(len(text), a.end() + _CUE_WINDOW)))
    first = after[0].group().lower() if after else ""
    if first in lex.MEASURE_ADJECTIVES:
        end = _END_OF_CLAUSE.match(text, after[0].end())
        if first not in lex.SIZE_ONLY_AT_CLAUSE_END or end is not None:
            return True  # "1.8m tall", "5m across."; not "1m across the region"
    if any(w.group().lower() in lex.LENGTH_NOUNS for w in after):
        return True
    before = _WORDS.findall(text, max(0, a.start() - _CUE_WINDOW), a.start())
    while len(before) > 2 and before[-1].lower() in lex.hedge_heads:
        before = before[:-1]  # "measuring about 4.2m", "measured nearly 5.1m"
    if (
        len(before) > 1
        and before[-1].lower() in lex.LENGTH_VERBS
        and _physical(_thing_before(before[:-1]), lex)
        and not _plural_after(after, lex)
        and not million_cue_near(text, a.start(), a.end(), lex)
    ):
        # "a crocodile measuring 4.2m", "The shark measured 5.1m"; not "Turnout measured
        # 2.3m", "The deficit measured 4.5m", "the TV audience measured 8.4m"
        return True
    return any(w.lower() in lex.LENGTH_NOUNS for w in before)
