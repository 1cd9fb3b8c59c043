"""A figure's core: currency before it, the number, its scale, the unit after.

``read_core`` is called at each anchor the scan finds and parses outward a
bounded distance; hedges, ranges and what is counted are added by
:mod:`claimdiff.extract.figures`.
"""

from __future__ import annotations

import re

import attrs

from claimdiff.extract.numbers import Number, read_digits, read_words
from claimdiff.lexicon import Lexicon
from claimdiff.model import Kind

# How far back a currency symbol or code may stand before the digits ("US$ 5").
_SYMBOL_WINDOW = 6
_CODE_BEFORE = re.compile(r"(?<![^\W\d_])(?P<code>[A-Z]{3})\s?$")
_CODE_AFTER = re.compile(r"\s?(?P<code>[A-Z]{3})(?![^\W\d_])")
_SCALE_WORD = re.compile(
    r"\s?(?P<scale>hundred|thousand|million|billion|trillion)(?![^\W\d_])", re.IGNORECASE
)
_SCALE_ABBR = re.compile(r"(?P<space>\s?)(?P<abbr>bn|bln|mln|mn|trn|tn|[kKMBbTm])(?![^\W\d_])")
_HYPHEN = re.compile(r"[-‐‑](?=[^\W\d_])")
_YEAR_OLD = re.compile(r"[-‐‑\s]years?[-‐‑\s]old(?![^\W\d_])", re.IGNORECASE)
_AGO = re.compile(r"\s+ago(?![^\W\d_])", re.IGNORECASE)
_SPACE = re.compile(r"\s?")
_NEXT_WORD = re.compile(r"\s+(?P<w>[^\W\d_]+)")


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
    if text[pos].isdigit():
        num, resume = read_digits(text, pos)
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
    scale = 1.0
    currency = _currency_before(text, start, lex)
    if currency is not None:
        start = currency[1]
    # Scale: "1.22 million", "169M", "€2.3bn"; a lower-case "m" only with money.
    if not num.words:
        m = _SCALE_WORD.match(text, end)
        if m is not None:
            scale = lex.SCALES[m.group("scale").lower()]
            end = m.end()
        else:
            a = _SCALE_ABBR.match(text, end)
            if a is not None and _abbr_is_scale(a, text, lex, money or currency is not None):
                scale = (lex.SCALE_ABBREVIATIONS | lex.MONEY_ONLY_SCALE_ABBREVIATIONS)[a["abbr"]]
                end = a.end()
    value = sign * num.value * scale
    step = _half_step(num, scale)
    core = Core(start, end, num, value, step)
    if currency is not None:
        core.kind, core.unit = Kind.MONEY, currency[0]
        _money_attributive(text, core, lex)
        return core, max(resume, core.end)
    _unit_after(text, core, lex)
    return core, max(resume, core.end)


# Whole numbers of this size or more written with two or more trailing zeros
# ("16,000", "400,000") read as rounded to their last non-zero digit.
_ROUNDED_FROM = 1000


def _half_step(num: Number, scale: float) -> float:
    """Half a unit in the last significant written digit: the figure's precision.

    "1.22 million" → 5,000; "1 million" → 500,000; "16,000" → 500; "40" → 0.
    """
    if num.words:
        return 0.0
    if num.decimals:
        return 0.5 * 10.0**-num.decimals * scale
    zeros = len(num.digits) - len(num.digits.rstrip("0"))
    if scale > 1:
        return 0.5 * 10.0**zeros * scale
    if zeros >= 2 and num.value >= _ROUNDED_FROM:
        return 0.5 * 10.0**zeros
    return 0.0


def _is_minus(text: str, start: int) -> bool:
    """A minus sign right before the digits, not a hyphen between words or numbers."""
    if start == 0 or text[start - 1] not in "-−":
        return False
    return start == 1 or not (text[start - 2].isalnum() or text[start - 2] in "$£€¥")


def _abbr_is_scale(a: re.Match[str], text: str, lex: Lexicon, money_before: bool) -> bool:
    abbr = a["abbr"]
    if a["space"] and len(abbr) == 1:
        return False  # "5 m" is five metres; "5 M" an initial
    if abbr == "m":
        return (
            money_before
            or lex.patterns["currency_word"].match(text, _skip_space(text, a.end())) is not None
        )
    return abbr in lex.SCALE_ABBREVIATIONS


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \u00a0":
        i += 1
    return i


def _currency_before(text: str, start: int, lex: Lexicon) -> tuple[str, int] | None:
    """(ISO code, start of the symbol) for a symbol or code just before ``start``."""
    lo = max(0, start - _SYMBOL_WINDOW)
    window = text[lo:start]
    m = lex.patterns["symbol_before"].search(window)
    if m is not None:
        return lex.currency_symbols[m["sym"]], lo + m.start("sym")
    c = _CODE_BEFORE.search(window)
    if c is not None and c["code"] in lex.currency_codes:
        return c["code"], lo + c.start("code")
    return None


def _money_attributive(text: str, core: Core, lex: Lexicon) -> None:
    """After "$5 million" a currency word is not expected; "$5-million deal" is attributive."""
    h = _HYPHEN.match(text, core.end)
    if h is not None:
        core.attributive = True


def _unit_after(text: str, core: Core, lex: Lexicon) -> None:
    """Set the core's kind and unit from what follows it, extending its end."""
    i = core.end
    glued = i < len(text) and text[i].isalpha()
    hyphen = _HYPHEN.match(text, i)
    if hyphen is not None:
        i = hyphen.end()
    old = _YEAR_OLD.match(text, core.end)
    if old is not None:
        core.kind, core.unit, core.end = Kind.AGE, "year", old.end()
        core.attributive = hyphen is not None
        return
    p = lex.patterns["percent"].match(text, i)
    if p is not None and hyphen is None:
        core.kind, core.unit, core.end = Kind.PERCENT, "%", p.end()
        return
    j = i if hyphen is not None or glued else _SPACE.match(text, i).end()  # type: ignore[union-attr]
    w = lex.patterns["currency_word"].match(text, j)
    if w is not None and not glued:
        core.kind, core.unit, core.end = Kind.MONEY, lex.currency_words[w["word"].lower()], w.end()
        core.attributive = hyphen is not None or _singular_before_noun(text, w, lex, core.value)
        return
    c = _CODE_AFTER.match(text, core.end)
    if c is not None and c["code"] in lex.currency_codes and hyphen is None:
        core.kind, core.unit, core.end = Kind.MONEY, c["code"], c.end()
        return
    u = lex.patterns["measure_unit"].match(text, j)
    if u is not None:
        word = u["unit"].lower()
        if word not in lex.GLUED_ONLY_UNITS or glued:
            core.kind, core.unit, core.end = Kind.MEASURE, lex.MEASURE_UNITS[word], u.end()
            core.attributive = hyphen is not None
            return
    t = lex.patterns["time_unit"].match(text, j)
    if t is not None and not glued:
        core.kind, core.unit, core.end = Kind.DURATION, lex.TIME_UNITS[t["unit"].lower()], t.end()
        core.attributive = hyphen is not None
        ago = _AGO.match(text, core.end)
        if ago is not None:
            core.end, core.ago = ago.end(), True


def _singular_before_noun(text: str, w: re.Match[str], lex: Lexicon, value: float) -> bool:
    """ "a 175 million euro budget": a singular currency word after a plural amount."""
    word = w["word"].lower()
    if word.endswith("s") or value == 1:
        return False
    nxt = _NEXT_WORD.match(text, w.end())
    return nxt is not None and nxt["w"].lower() not in lex.STOPWORDS
