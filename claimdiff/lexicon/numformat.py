"""How a locale writes digits: its decimal and group symbols, and the patterns that read them.

The symbols are CLDR's (``data/separators.json``, written from babel by
:mod:`claimdiff.lexicon.build_separators`): "en" writes 1,234.5, "de" 1.234,5,
"de_CH" 1'234.5 and "fr" 1 234,5.  A text is read by its own locale only:
"1.234" is 1234 in German and 1.234 in English, and claimdiff never guesses
across locales.  Every locale reads a few typographic variants of its symbols
(:data:`VARIANTS`), since what CLDR writes and what people type differ.
"""

from __future__ import annotations

import functools
import json
import re

import attrs

from claimdiff.data_files import read_bytes
from claimdiff.fields_repr import fields_repr
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.pattern_code import compile_pattern

# Typographic variants read as the symbol CLDR gives: the full-width comma and
# full stop of CJK text, both apostrophes for the Swiss group, and every space
# for a group written as a space.
VARIANTS = {
    ",": ",\uff0c",
    ".": ".\uff0e",
    "'": "'\u2019",
    "\u2019": "'\u2019",
    "\u202f": "\u202f\u00a0\u2009",
    "\u00a0": "\u202f\u00a0\u2009",
}
# Spaces typeset numbers use ("16 000"), read as a group separator in every
# locale whose decimal symbol they are not.  A plain space is not among them:
# "in 2023 100 people" is two numbers; a language reads it only where its
# lexicon says so (``PLAIN_SPACE_GROUPS``) or its group symbol is a space.
_THIN_SPACES = "\u00a0\u202f\u2009"


class UnknownLocaleError(ValueError):
    """A locale CLDR does not know; ``locale`` is the string given."""

    def __init__(self, msg: str, locale: str) -> None:
        super().__init__(msg)
        self.locale = locale


@attrs.frozen(eq=False)  # never compared: attrs writes no __eq__ nor __hash__
class NumberFormat:
    """A locale's decimal and group symbols, compiled into the patterns digits are read with."""

    __repr__ = fields_repr  # attrs compiles none (claimdiff.fields_repr)

    locale: str
    decimal: str
    group: str
    plain_space: bool = False
    """A plain space also groups digits ("25 000"): groups of exactly three then."""
    grouped: re.Pattern[str] = attrs.field(init=False, repr=False)
    """Digits in groups of three after a first group of one to three ("1.234.567")."""
    swapped: re.Pattern[str] | None = attrs.field(init=False, repr=False)
    """The other convention's symbols where only it can be meant, when the decimal symbol
    and the group symbol are a full stop and a comma: two groups after the decimal
    symbol, then the group symbol ("€3.456.789,50" in English; "version 2.100.300" is
    none), a group then the group symbol ("3.456,5"), a
    zero then the group symbol ("0,75", which groups nothing), or one or two digits after
    the group symbol before a percent sign ("2,4%")."""
    indian: re.Pattern[str] | None = attrs.field(init=False, repr=False)
    """Indian grouping ("1,50,000"), where the group symbol is a comma."""
    fraction: re.Pattern[str] = attrs.field(init=False, repr=False)
    """The decimal symbol and the digits after it."""
    strip: dict[int, None] = attrs.field(init=False, repr=False)
    """A ``str.translate`` table removing group symbols."""

    def __attrs_post_init__(self) -> None:
        decimals = VARIANTS.get(self.decimal, self.decimal)
        groups = VARIANTS.get(self.group, self.group) + _THIN_SPACES
        if self.plain_space or self.group in _THIN_SPACES:
            groups += " "
        groups = "".join(sorted({c for c in groups if c not in decimals}))
        cls = "[" + re.escape(groups) + "]"
        set_ = object.__setattr__  # frozen: the derived fields are set once, here
        # Compiled at their first match (claimdiff.lazy_pattern): the fast path reads most
        # grouped digits, and a comparison of two reports may need none of these.
        set_(self, "grouped", lazy_pattern(r"\d{1,3}(?P<sep>" + cls + r")\d{3}(?:(?P=sep)\d{3})*"))
        swapped = None
        if {self.decimal, self.group} == {".", ","}:
            d, g = re.escape(self.decimal), re.escape(self.group)
            swapped = lazy_pattern(
                rf"(?:\d{{1,3}}(?:{d}\d{{3}}){{2,}}{g}\d+|\d{{1,3}}{d}\d{{3}}{g}\d+|0{g}\d+"
                rf"|\d{{1,3}}{g}\d{{1,2}}(?=\s?%))(?![{d}{g}]?\d)"
            )
        set_(self, "swapped", swapped)
        indian = None
        if self.group == ",":
            # Two-digit groups between a first group of one or two digits and a last
            # group of three; at most six (15 digits): unbounded, each digit of
            # "11,11,11,…" would rescan the whole run.
            indian = lazy_pattern(
                r"\d{1,2}(?P<sep>" + cls + r")\d{2}(?:(?P=sep)\d{2}){0,5}(?P=sep)\d{3}"
                r"(?!\d|(?P=sep)\d)"
            )
        set_(self, "indian", indian)
        set_(self, "fraction", compile_pattern("[" + re.escape(decimals) + r"]\d+"))
        set_(self, "strip", str.maketrans("", "", groups))

    @property
    def point_first(self) -> bool:
        """The decimal symbol is a full stop, which may open a number (".08")."""
        return self.decimal == "."


@functools.cache
def _text() -> str:
    """``data/separators.json``, read once per process."""
    return read_bytes("separators.json").decode("utf-8")


@functools.cache
def _shipped() -> dict[str, list[str]]:
    """``data/separators.json`` parsed whole, once per process."""
    table: dict[str, list[str]] = json.loads(_text())["separators"]
    return table


def _entry(loc: str) -> list[str] | None:
    """The ``[decimal, group]`` of ``loc``, parsed off its own line of the file, which
    build_separators writes one locale a line: parsing all 1,000 cost a process some
    3 M instructions for the one or two it asks for.  The whole file is parsed for a
    locale it does not name, or a line that is not one entry."""
    text = _text()
    key = "\n" + json.dumps(loc) + ": "
    start = text.find(key)
    if start >= 0:
        start += len(key)
        line = text[start : text.find("\n", start)].removesuffix(",")
        try:
            found = json.loads(line)
        except ValueError:
            found = None
        if isinstance(found, list):
            return found
    return _shipped().get(loc)


def symbols(locale: str) -> tuple[str, str]:
    """``(decimal, group)`` of ``locale`` as CLDR gives them ("de-CH" and "de_CH" alike).

    >>> symbols("de"), symbols("de-CH")
    ((',', '.'), ('.', "'"))
    """
    loc = locale.replace("-", "_")
    found = _entry(loc)
    if found is None:
        msg = f"no number format for locale {locale!r}: CLDR knows no such locale"
        raise UnknownLocaleError(msg, locale)
    return found[0], found[1]


@functools.cache
def number_format(locale: str, plain_space: bool = False) -> NumberFormat:
    """The compiled number format of ``locale``; built once per process.

    >>> f = number_format("de"); (f.decimal, f.group)
    (',', '.')
    """
    decimal, group = symbols(locale)
    return NumberFormat(locale.replace("-", "_"), decimal, group, plain_space)
