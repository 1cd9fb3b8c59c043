"""Reading one number in digits where the scan found an anchor, and the :class:`Number`
every reader returns (numbers in words: :mod:`claimdiff.extract.number_words`).

:func:`read_digits` takes the text and a start offset and returns a :class:`Number`
or ``None`` ("not mine").  Nothing here decides what the number counts.
"""

from __future__ import annotations

import math
import re
import unicodedata

import attrs

from claimdiff.fields_repr import fields_repr
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon.numformat import NumberFormat, number_format
from claimdiff.pattern_code import compile_pattern

# Group and decimal symbols are the locale's (claimdiff.lexicon.numformat): "16,000" and
# "4.2" in English, "16.000" and "4,2" in German; typeset spaces ("16 000") group in all.
_PLAIN = compile_pattern(r"\d+")
# Scientific notation after the mantissa: "1.3e6", "12.32e+14", "6.23x10^-4".  Two exponent
# digits at most: beyond that a float is no claim anyone writes in prose.
_EXPONENT = lazy_pattern(
    r"[eE](?P<e>[+-]?\d{1,2})(?![^\W_])|\s?[x×]\s?10\^(?P<p>[+-]?\d{1,2})(?!\d)"
    r"|\s?[x×·]\s?10(?P<sup>[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})(?![⁰¹²³⁴⁵⁶⁷⁸⁹])"  # "6.02×10²³"
)
_EXPONENT_OPENS = frozenset("eEx×·")
# After one white space only the "x" of "× 10^" may follow: "12 km" is spared the match.
_EXPONENT_SPACED = frozenset("x×·")
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")
# A power of the number itself: "1.1^23", "2.5^-1", "1.1^--23" (two minuses make a plus).
_CARET_POWER = lazy_pattern(r"\^(?P<signs>[+-]{0,2})(?P<n>\d{1,2})(?![\d.])")
# "3/4" and the "1/4" of "2 1/4": a fraction in digits.  Only these denominators: "9/11"
# and "24/7" are names, "50/50" a split, and dates ("20/03/2023") have a second slash.
# An ordinal after the denominator is the same fraction: "7/8ths", "1/3rd".
_SLASH = compile_pattern(r"/(?P<d>\d{1,3})(?P<suffix>(?:st|nd|rd|th)s?(?![^\W\d_]))?(?![\d/])")
# A mixed number's parts stand apart by a space, a hyphen or "and" and one space, as the
# fast path reads them: "2 1/4", "4-3/8", "11 and 3/4".
_MIXED = compile_pattern(
    r"(?:[ \u00a0]+(?:and[ \u00a0])?|-)(?P<n>\d{1,2})/(?P<d>\d{1,3})(?![\d/])", re.IGNORECASE
)
_FRACTION_OPENS = frozenset("/ \u00a0-")  # or a vulgar fraction: what _fraction_after reads
DENOMINATORS = frozenset({2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100})
# Any other denominator reads as a fraction before "of", its numerator below it: "1/25 of
# the samples", "3/40 of voters" (not "24/7 of": no part of a whole; nor "9/11, of
# course").
OF_AFTER = lazy_pattern(r"\s+of\s+(?!course\b)")


def part_of(text: str, end: int, numerator: float, den: int) -> bool:
    """Whether "numerator/den" ending at ``end`` is a fraction: a denominator of
    :data:`DENOMINATORS`, or a part of a whole before "of" (``numerator < den``)."""
    if den in DENOMINATORS:
        return 0 < numerator
    return 0 < numerator < den and OF_AFTER.match(text, end) is not None


# Vulgar fraction characters ("½", "¾", "⅔"): Unicode gives each its value.
VULGAR = frozenset("\u00bc\u00bd\u00be" + "".join(map(chr, range(0x2150, 0x215F))))
_VULGAR_AFTER = compile_pattern("[ \u00a0]?(?P<v>[" + "".join(sorted(VULGAR)) + "])")
# Longer digit runs are identifiers or junk, and would overflow a float's
# exact integers: 15 digits is where doubles stop counting by one.
MAX_DIGITS = 15


# Not frozen: a frozen attrs class sets each field through object.__setattr__, four times
# the cost of building this one, and every figure builds one (issue 12).  Nothing
# changes a Number once read.
@attrs.define
class Number:
    """A number as read: where it is, its value, and how precisely it was written."""

    __repr__ = fields_repr  # attrs compiles none (claimdiff.fields_repr)

    start: int
    end: int
    value: float
    decimals: int = 0
    """Digits written after the decimal point (precision of the mantissa)."""
    scale: float = 1.0
    grouped: bool = False
    """Written with thousands separators."""
    words: bool = False
    """Written in words ("forty-five")."""
    fraction: bool = False
    """A fraction on its own ("a third", "two-thirds", "3/4"): a share before "of"."""
    bare: bool = False
    """A fraction word with no numerator ("third"): a value only after "a"/"an"."""
    digits: str = ""
    """The digits as written (no separators), for years and identifiers."""
    part: float = 0.0
    """For a whole number and a fraction ("two and a half million", "3 1/4", "2½"): the
    fraction's own part, scaled as the number is (500,000; 0.25; 0.5), which the figure
    is rounded to (:func:`claimdiff.extract.precision.written_step`)."""

    @property
    def half_step(self) -> float:
        """Half a unit in the last written decimal place, after scaling."""
        return 0.5 * 10.0**-self.decimals * self.scale if self.decimals else 0.0


def read_digits(text: str, pos: int, fmt: NumberFormat | None = None) -> tuple[Number | None, int]:
    """The digit number at ``pos`` and where scanning should resume.

    Returns ``(None, end)`` for runs that are not numbers a claim can state
    (over-long, or grouped wrongly like "1,0000"); the whole run is skipped so
    that junk is scanned once, not once per digit.  Reads a leading decimal
    point (".08"), scientific notation ("1.3e6") and fractions ("3/4",
    "2 1/4", "2½", "½").  Group and decimal symbols are those of ``fmt``
    (English when None).

    >>> read_digits("16,000 children", 0)[0].value
    16000.0
    >>> read_digits("4.2%", 0)[0].decimals
    1
    >>> read_digits("2 1/4 miles", 0)[0].value
    2.25
    >>> read_digits("1.234,5 km", 0, number_format("de"))[0].value
    1234.5
    """
    if fmt is None:
        fmt = number_format("en")
    if text[pos] in VULGAR:
        v = unicodedata.numeric(text[pos])
        return Number(pos, pos + 1, v, fraction=True, digits=text[pos]), pos + 1
    run = _PLAIN.match(text, pos)
    if run is None:
        return None, pos + 1
    m: re.Match[str] | None = None
    k = run.end()
    # Both grouping patterns open with one to three digits and a group symbol (a key of
    # the ``strip`` table): most numbers are spared two matches that must fail.
    if k - pos <= 3 and k < len(text) and ord(text[k]) in fmt.strip:
        if k > pos + 1 or text[pos] != "0":  # "0,750" groups nothing: a lone zero leads
            m = (fmt.indian and fmt.indian.match(text, pos)) or fmt.grouped.match(text, pos)
    if m is None and k - pos <= 3 and fmt.swapped is not None and _swapped_may(text, pos, k, fmt):
        swapped = fmt.swapped.match(text, pos)
        if swapped is not None:
            return _read_swapped(swapped, fmt), swapped.end()  # None if too long
    grouped = m is not None
    if m is not None and m.end() < len(text) and text[m.end()].isdigit():
        # A digit the pattern does not read ("²" is a digit to str.isdigit) still ends it.
        rest = _PLAIN.match(text, m.end())
        return None, rest.end() if rest is not None else m.end() + 1
    if m is None:
        m = run
    end = m.end()
    digits = m.group().translate(fmt.strip)
    if not grouped and fmt.point_first and _leading_point(text, pos):
        # ".08": the full stop before the digits is a decimal point.
        if len(digits) > MAX_DIGITS:
            return None, end
        value = float(f"0.{digits}")
        return Number(pos - 1, end, value, len(digits), digits="0"), end
    decimals = 0
    d = fmt.fraction.match(text, end)
    if d is not None:
        decimals = d.end() - end - 1
        digits_frac = d.group()[1:]
        end = d.end()
    else:
        digits_frac = ""
    if len(digits) + len(digits_frac) > MAX_DIGITS:
        return None, end
    value = float(f"{digits}.{digits_frac}" if digits_frac else digits)
    # Each pattern below opens with one of a few characters: look at it before matching.
    nxt = text[end : end + 1]
    caret = _CARET_POWER.match(text, end) if nxt == "^" else None
    if caret is not None and value:
        power = int(caret["n"]) * (-1) ** caret["signs"].count("-")
        value = value**power
        return Number(pos, caret.end(), value, grouped=grouped, digits=digits), caret.end()
    spaced = nxt.isspace()
    opens = nxt in _EXPONENT_OPENS or (spaced and text[end + 1 : end + 2] in _EXPONENT_SPACED)
    e = _EXPONENT.match(text, end) if opens else None
    if e is not None:
        power = e["e"] or e["p"] or e["sup"].translate(_SUPERSCRIPTS)
        value = float(f"{value}e{power}")
        return Number(pos, e.end(), value, grouped=grouped, digits=digits), e.end()
    # A space then a letter ("12 km") opens no fraction: "2 1/4" and "2 ½" need a digit or
    # a vulgar fraction there (neither is a letter), "3/4" a slash; but "11 and 3/4".
    if (
        not grouped
        and not decimals
        and (nxt in _FRACTION_OPENS or nxt in VULGAR)
        and not (spaced and text[end + 1 : end + 2].isalpha() and text[end + 1] not in "aA")
    ):
        frac = _fraction_after(text, end, value, len(digits))
        if frac is not None:
            value, end, whole, den = frac
            num = Number(pos, end, value, fraction=not whole, digits=digits)
            if whole:
                num.part = 1.0 / den
            return num, end
    return Number(pos, end, value, decimals, grouped=grouped, digits=digits), end


def _ordinal_suffix(n: int) -> str:
    """The letters English writes after ``n`` as an ordinal: "st" of 1 and 21, "th" of 11."""
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _swapped_may(text: str, pos: int, k: int, fmt: NumberFormat) -> bool:
    """Whether the digits ``pos:k`` may open a number in the other convention: a quick
    look at the marks :attr:`NumberFormat.swapped` needs, before matching it."""
    mark = text[k : k + 1]
    if mark == fmt.group:
        return (k == pos + 1 and text[pos] == "0") or "%" in text[k + 2 : k + 5]
    return mark == fmt.decimal and text[k + 4 : k + 5] in (fmt.decimal, fmt.group)


def _read_swapped(m: re.Match[str], fmt: NumberFormat) -> Number | None:
    """The number ``m`` read with the decimal and group symbols swapped (None if longer
    than :data:`MAX_DIGITS`)."""
    whole, _, frac = m.group().replace(fmt.decimal, "").partition(fmt.group)
    if len(whole) + len(frac) > MAX_DIGITS:
        return None
    value = float(f"{whole}.{frac}" if frac else whole)
    grouped = fmt.decimal in m.group()
    return Number(m.start(), m.end(), value, len(frac), grouped=grouped, digits=whole)


def _leading_point(text: str, pos: int) -> bool:
    """A full stop before ``pos`` that starts a number (" .08"), not a sentence's end."""
    if pos == 0 or text[pos - 1] != ".":
        return False
    return pos == 1 or not (text[pos - 2].isalnum() or text[pos - 2] in ".,")


def _fraction_after(
    text: str, end: int, value: float, n_digits: int
) -> tuple[float, int, bool, int] | None:
    """(value, end, has a whole part, denominator) of "3/4", "2 1/4" or "2½" whose digits
    end at ``end``."""
    s = _SLASH.match(text, end)
    if s is not None and n_digits <= 3:
        den = int(s["d"])
        if s["suffix"] and s["suffix"].rstrip("s") != _ordinal_suffix(den):
            return None  # "1/2nds" is no fraction of halves
        if part_of(text, s.end(), value, den):
            return value / den, s.end(), False, den
        return None
    m = _MIXED.match(text, end)
    if m is not None and n_digits <= 3:
        n, den = int(m["n"]), int(m["d"])
        if den in DENOMINATORS and 0 < n < den:
            return value + n / den, m.end(), True, den
        return None
    v = _VULGAR_AFTER.match(text, end)
    if v is not None:
        part = unicodedata.numeric(v["v"])
        return value + part, v.end(), True, denominator(part)
    return None


def denominator(part: float) -> int:
    """The least denominator up to 12 of a fraction's value: 8 for "⅜" (0.375), 3 for
    "two thirds"; 0 for none ("0.3")."""
    return next((d for d in range(2, 13) if abs(part * d - round(part * d)) < 1e-9), 0)


def significant_digits(v: float) -> int:
    """Significant digits of ``v`` as written: 1,420 has three, 1,500 two.

    >>> significant_digits(1420), significant_digits(1500), significant_digits(36_412)
    (3, 2, 5)
    """
    return len(mantissa(v))


def mantissa(v: float) -> str:
    """The significant digits of ``v`` in order, whatever its scale ("" if not finite).

    >>> mantissa(1420), mantissa(1.5e6), mantissa(0.05), mantissa(float("nan"))
    ('142', '15', '5', '')
    """
    if not math.isfinite(v):
        return ""
    return f"{abs(float(v)):.12e}".split("e")[0].replace(".", "").rstrip("0")
