"""Amounts: the number at an anchor, with the currency before it, its scale and the unit after.

What is read here is a figure's core (:class:`Core`): "€2.3bn", "169 million
euros", "12 km/h", "3 dollars 50 cents", "the 25-year-old".

``read_core`` is called at each anchor the scan finds and parses outward a
bounded distance; hedges, ranges and what is counted are added by
:mod:`claimdiff.extract.scan`.
"""

from __future__ import annotations

import re

import attrs

from claimdiff.extract.money import (
    Currency,
    code_after,
    currency_before,
    minor_after,
    minor_unit,
    symbol_after,
)
from claimdiff.extract.numbers import VULGAR, Number, read_digits, read_words
from claimdiff.lexicon import Lexicon
from claimdiff.model import Kind

# "3 hundred and 21", "4 thousand 3 hundred", "6 crore and two hundred": a number after a
# scale word, smaller than it, continues the number.
_CHAIN = re.compile(r"\s+(?:and\s+)?(?=[^\W_])", re.IGNORECASE)
_ARTICLE = re.compile(r"an?\s+", re.IGNORECASE)
_AND_FRACTION = re.compile(r"\s+and\s+(?=an?\s|one\s)", re.IGNORECASE)
# A unit in brackets right after the number: "20 (kg)", "20 [kg]".
_BRACKETED = re.compile(r"\s?[(\[{<]\s?(?=[^\W\d_])")
_BRACKET_CLOSE = re.compile(r"\s?[)\]}>]")
# "per hour", "/h", "an hour" after a unit of length: a speed.
_PER = re.compile(r"\s?/\s?|\s+per\s+|\s+an?\s+", re.IGNORECASE)
_INCHES_AFTER = re.compile(r"\s+(?:and\s+)?(?P<n>\d{1,2}(?:\.\d+)?)\s?(?P<u>[^\W\d_]+|\")", re.I)
_HYPHEN = re.compile(r"[-‐‑](?=[^\W\d_])")
_YEAR_OLD = re.compile(r"[-‐‑\s]years?[-‐‑\s]old(?![^\W\d_])", re.IGNORECASE)
_SPACE = re.compile(r"\s?")
_WORDS = re.compile(r"[^\W\d_]+")
# How far either side of "pounds" a word of weight may stand.
_CUE_WINDOW = 40
_NEXT_WORD = re.compile(r"\s+(?P<w>[^\W\d_]+)")
_ARTICLE_BEFORE = re.compile(r"(?<![^\W\d_])an?\s+$", re.IGNORECASE)
# A power after a unit: "^2", "²", "³", " squared", " cubed".
_POWER = re.compile(
    r"\^(?P<caret>[23])(?!\d)|(?P<sup>[²³])(?![⁰¹²³⁴⁵⁶⁷⁸⁹\d])"
    r"|\s+(?P<word>squared|cubed)(?![^\W\d_])",
    re.IGNORECASE,
)
_POWER_WORDS = {"²": "2", "³": "3", "squared": "2", "cubed": "3"}
# "in" or an inch mark after a number, then a word of size: '3 1/4 in wide', '10" long'.
_INCH = re.compile(
    r"(?P<mark>\s?(?:in\b\.?|\"|”|″))\s*(?=(?P<adj>[^\W\d_]+)(?![\w‐-]))", re.IGNORECASE
)


@attrs.define
class Core:
    """A number with the currency or unit written around it."""

    start: int
    end: int
    number: Number
    value: float
    step: float
    """Half the last written unit, after scaling: the precision of ``value``."""
    kind: Kind = Kind.COUNT
    unit: str | None = None
    attributive: bool = False
    """Written as a modifier ("a 12-kilometre road", "a 175 million euro budget")."""
    ago: bool = False


def read_core(text: str, pos: int, lex: Lexicon, *, money: bool = False) -> tuple[Core | None, int]:
    """Parse the figure whose number starts at ``pos``; returns it and where to resume.

    ``money`` says the figure is known to be money (the second half of
    "$5-10m"), so that a lower-case "m" reads as million.
    """
    if text[pos].isdigit() or text[pos] in VULGAR:
        num, resume = read_digits(text, pos, lex.numbers)
        if num is None:
            return None, resume
    else:
        num = read_words(text, pos, lex)
        if num is None:
            return None, pos + 1
        resume = num.end
    start, end = num.start, num.end
    sign = 1.0
    if _is_minus(text, start):
        sign, start = -1.0, start - 1
    else:
        before = text[max(0, start - 10) : start]
        neg = None
        if before.rstrip().lower().endswith(lex.NEGATIVE_WORDS):
            neg = lex.patterns["negative_before"].search(before)
        if neg is not None:
            sign, start = -1.0, start - len(neg.group())
    scale = 1.0
    currency = currency_before(text, start, lex)
    if currency is not None:
        start = currency.at
    # Scale: "1.22 million", "169M", "€2.3bn"; a lower-case "m" only with money.
    chained = None
    if not num.words and not num.fraction:
        m = lex.patterns["scale_word"].match(text, end)
        if m is not None:
            word = m.group("scale").lower()
            scale = lex.SCALES.get(word) or lex.COUNT_AFTER_NUMBER[word]
            end = m.end()
            chained = _chain(text, end, num.value * scale, scale, lex)
        else:
            a = lex.patterns["scale_abbr"].match(text, end)
            if a is not None and _abbr_is_scale(a, text, lex, money or currency is not None, num):
                abbr = a["abbr"]  # the money-only table wins, as in a merge of the two
                money_only = lex.MONEY_ONLY_SCALE_ABBREVIATIONS
                scale = money_only[abbr] if abbr in money_only else lex.SCALE_ABBREVIATIONS[abbr]
                end = a.end()
    value = sign * num.value * scale
    step = _half_step(num, scale)
    if chained is not None:
        value, end, step = sign * chained[0], chained[1], 0.0
    core = Core(start, end, num, value, step)
    if currency is not None:
        core.kind, core.unit = Kind.MONEY, currency.code
        _money_attributive(text, core, lex)
        return core, max(resume, core.end)
    _unit_after(text, core, lex)
    return core, max(resume, core.end)


# Whole numbers of this size or more written with two or more trailing zeros
# ("16,000", "400,000") read as rounded to their last non-zero digit.
_ROUNDED_FROM = 1000


def _half_step(num: Number, scale: float) -> float:
    """Half a unit in the last significant written digit: the figure's precision.

    "1.22 million" → 5,000; "1 million" → 500,000; "16,000" → 500; "40" → 0;
    "$0m" → 0: a zero written without decimals is exactly nothing, not a
    rounded amount reaching below zero (issue 15).
    """
    if num.words or (num.value == 0 and not num.decimals):
        return 0.0
    if num.decimals:
        return 0.5 * 10.0**-num.decimals * scale
    zeros = len(num.digits) - len(num.digits.rstrip("0"))
    if scale > 1:
        # "1 million" and "169 million": the mantissa's last digit.  A single
        # trailing zero is read as a digit ("$10m" is not "$12m"); two or more
        # as rounding ("100 million"), as for unscaled figures.
        return 0.5 * 10.0 ** (zeros if zeros >= 2 else 0) * scale
    if zeros >= 2 and num.value >= _ROUNDED_FROM:
        return 0.5 * 10.0**zeros
    return 0.0


def _chain(
    text: str, end: int, value: float, scale: float, lex: Lexicon
) -> tuple[float, int] | None:
    """(value, end) of a number continued after its scale word, or None.

    "3 hundred and 21" is 321, "4 thousand 3 hundred" 4,300, "3 million and a half"
    3.5 million: each further part is smaller than the scale before it.
    """
    f = _AND_FRACTION.match(text, end)
    if f is not None and scale >= 1000:
        frac = _article_fraction(text, f.end(), lex) or read_words(text, f.end(), lex)
        if frac is not None and frac.fraction:
            return value + frac.value * scale, frac.end
    total, found = value, False
    for _ in range(3):  # thousand, hundred, units: at most three more parts
        c = _CHAIN.match(text, end)
        if c is None or c.end() >= len(text):
            break
        i = c.end()
        if text[i].isdigit():
            part, _ = read_digits(text, i, lex.numbers)
            if part is None or part.decimals or part.grouped or part.fraction:
                break
            s = lex.patterns["scale_word"].match(text, part.end)
            if s is not None and s.group("scale").lower() in lex.SCALES:
                size = lex.SCALES[s.group("scale").lower()]
                if size >= scale or part.value >= 1000:
                    break
                total, end, scale, found = total + part.value * size, s.end(), size, True
                continue
            if part.value >= scale or scale < 100:
                break
            return total + part.value, part.end
        words = read_words(text, i, lex)
        if words is None or words.fraction or words.value >= scale:
            break
        return total + words.value, words.end
    return (total, end) if found else None


def _article_fraction(text: str, i: int, lex: Lexicon) -> Number | None:
    """ "a half" after "and": the fraction an article introduces."""
    a = _ARTICLE.match(text, i)
    if a is None:
        return None
    n = read_words(text, a.end(), lex)
    if n is None or not n.fraction:
        return None
    return n


def _is_minus(text: str, start: int) -> bool:
    """A minus sign right before the digits, not a hyphen between words or numbers.

    "75 -300mm" is a range written loosely: a dash after a number and a space is no minus.
    """
    if start == 0 or text[start - 1] not in "-−":
        return False
    if start >= 3 and text[start - 2] == " " and text[start - 3].isdigit():
        return False
    return start == 1 or not (text[start - 2].isalnum() or text[start - 2] in "$£€¥")


def _abbr_is_scale(
    a: re.Match[str], text: str, lex: Lexicon, money_before: bool, num: Number
) -> bool:
    abbr = a["abbr"]
    if a["space"] and len(abbr) == 1:
        # "5 m" is five metres and "5 M" an initial, but "2.33 k" and "1,674.5 M" are
        # scaled: a number written that precisely is no street number or initial.
        spaced = (num.decimals or num.grouped) and abbr in lex.SPACED_SCALE_LETTERS
        return bool(spaced) and not _letter_follows(text, a.end())
    if abbr == "m":
        if money_before:
            return True
        if lex.patterns["currency_word"].match(text, _skip_space(text, a.end())) is not None:
            return True
        if a["space"] or _length_near(text, a, lex):
            return False  # "a 7.4m wave", "1.8m tall": metres
        # "1.8m people"; "the list fell to 7.4m": a figure given to a tenth is a million;
        # so is one near a word of what is counted in millions ("users had reached 500m").
        return (
            _noun_follows(text, a.end(), lex)
            or bool(num.decimals)
            or _words_near(text, a, lex.MILLION_CUES)
        )
    return abbr in lex.SCALE_ABBREVIATIONS


def _length_near(text: str, a: re.Match[str], lex: Lexicon) -> bool:
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
    before = _WORDS.findall(text, _cue_start(a), a.start())
    return any(w.lower() in lex.LENGTH_NOUNS for w in before)


def _words_near(text: str, a: re.Match[str], words: frozenset[str]) -> bool:
    before = _WORDS.findall(text, _cue_start(a, 2 * _CUE_WINDOW), a.start())
    after = _WORDS.findall(text, a.end(), min(len(text), a.end() + _CUE_WINDOW))
    return any(w.lower() in words for w in (*before, *after))


_END_OF_CLAUSE = re.compile(r"\s*(?:[.,;:!?)]|$)")


def _cue_start(a: re.Match[str], window: int = _CUE_WINDOW) -> int:
    return max(0, a.start() - window)


def _letter_follows(text: str, i: int) -> bool:
    """A word starts right after ``i`` (past one space)."""
    j = i + 1 if i < len(text) and text[i] == " " else i
    return j < len(text) and text[j].isalpha()


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \u00a0":
        i += 1
    return i


def _money_attributive(text: str, core: Core, lex: Lexicon) -> None:
    """ "$5-million deal", "a $12 million profit": the amount modifies a noun after it."""
    h = _HYPHEN.match(text, core.end)
    if h is not None:
        core.attributive = True
        return
    # "a $12 million profit": an article before the amount and a noun right after.
    nxt = _NEXT_WORD.match(text, core.end)
    if nxt is None or _ARTICLE_BEFORE.search(text, max(0, core.start - 4), core.start) is None:
        return
    word = nxt["w"].lower()
    if word not in lex.STOPWORDS and word not in lex.COMMON_VERBS and not word.endswith("ed"):
        core.attributive = True


def _unit_after(text: str, core: Core, lex: Lexicon) -> None:
    """Set the core's kind and unit from what follows it, extending its end."""
    i = core.end
    glued = i < len(text) and text[i].isalpha()
    hyphen = _HYPHEN.match(text, i)
    if hyphen is not None:
        i = hyphen.end()
    j = i if hyphen is not None or glued else _SPACE.match(text, i).end()  # type: ignore[union-attr]
    head = _WORDS.match(text, j)
    if hyphen is None and _inch_mark(text, core, lex):
        return
    # A superscript power is a letter to the engine: "cm²" has the head "cm".
    if head is not None and head.group().lower().rstrip("²³") not in lex.unit_heads:
        _code_or_bracket(text, core, lex, hyphen is None)  # "20 USD", "20 (kg)"
        return
    old = _YEAR_OLD.match(text, core.end)
    if old is not None:
        core.kind, core.unit, core.end = Kind.AGE, "year", old.end()
        core.attributive = hyphen is not None
        return
    p = lex.patterns["percent"].match(text, i)
    if p is not None and hyphen is None:
        core.kind, core.unit, core.end = Kind.PERCENT, "%", p.end()
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
    weight = (
        w is not None and w["word"].lower() in lex.POUND_WORDS and core.value == core.number.value
    )
    if weight and _weight_near(text, core, lex):
        w = None  # "weighs 25 pounds"
    if w is not None and not glued:
        core.kind, core.unit, core.end = Kind.MONEY, lex.currency_words[w["word"].lower()], w.end()
        core.attributive = hyphen is not None or _singular_before_noun(text, w, lex, core.value)
        if not core.attributive:
            _cents(text, core, lex)
        return
    u = lex.patterns["measure_unit"].match(text, j)
    if u is None or not _is_measure(text, u, core, lex, glued):
        if _code_or_bracket(text, core, lex, hyphen is None):
            return
    else:
        word = u["unit"].lower()
        core.kind, core.unit, core.end = Kind.MEASURE, lex.measure_units[word], u.end()
        core.attributive = hyphen is not None
        _power(text, core)
        _rate_or_compound(text, core, lex)
        return
    t = lex.patterns["time_unit"].match(text, j)
    if t is not None and not glued:
        core.kind, core.unit, core.end = Kind.DURATION, lex.TIME_UNITS[t["unit"].lower()], t.end()
        core.attributive = hyphen is not None
        ago = lex.patterns["ago"].match(text, core.end)
        if ago is not None:
            core.end, core.ago = ago.end(), True


def _set_money(core: Core, c: Currency) -> None:
    """Make the core an amount in ``c`` (scaled by its factor), ending where ``c`` ends."""
    core.kind, core.unit, core.end = Kind.MONEY, c.code, c.at
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


def _code_or_bracket(text: str, core: Core, lex: Lexicon, spaced: bool) -> bool:
    """An ISO code ("20 USD") or a bracketed unit ("20 (kg)") after the figure."""
    if not spaced:
        return False
    c = code_after(text, core.end, lex)
    if c is not None:
        _set_money(core, c)
        if c.factor == 1:
            _cents(text, core, lex)  # "17 USD 25"
        return True
    b = _BRACKETED.match(text, core.end)
    if b is None:
        return False
    u = lex.patterns["measure_unit"].match(text, b.end())
    close = None if u is None else _BRACKET_CLOSE.match(text, u.end())
    if u is None or close is None:
        return False
    core.kind, core.unit = Kind.MEASURE, lex.measure_units[u["unit"].lower()]
    core.end = close.end()
    return True


def _is_measure(text: str, u: re.Match[str], core: Core, lex: Lexicon, glued: bool) -> bool:
    """Whether the unit word after the number is taken (see GLUED_ONLY_UNITS, "m")."""
    word = u["unit"].lower()
    if word in lex.GLUED_ONLY_UNITS and not glued:
        return False
    if word in lex.LOWER_CASE_ONLY_UNITS and u["unit"] != word:
        return False
    if word == lex.METRE_OR_MILLION:
        if u["unit"] != "m":
            return False
        return not _noun_follows(text, u.end(), lex) or _length_near(text, u, lex)
    return True


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
    core.kind, core.unit, core.end = Kind.MEASURE, "inch", m.end("mark")
    return True


def _noun_follows(text: str, i: int, lex: Lexicon) -> bool:
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


def _weight_near(text: str, core: Core, lex: Lexicon) -> bool:
    """A word of weight within a few words of the figure ("lose 25 pounds")."""
    lo, hi = max(0, core.start - _CUE_WINDOW), min(len(text), core.end + _CUE_WINDOW)
    return any(w.lower() in lex.WEIGHT_CUES for w in _WORDS.findall(text, lo, hi))


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
