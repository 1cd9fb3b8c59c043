"""The fast path: the commonest amounts read with one pattern, or not at all.

Most figures in prose have one of a few shapes: digits, grouped or with decimals
("16,000", "4.2"), then a percent sign, a scale ("3 million", "$3bn", "16k"), a
common unit ("12 km"), a plain word ("40 countries") or a mark that ends the
figure ("45,").  :func:`fast_core` matches those shapes at an anchor with one
compiled pattern and builds the very :class:`~claimdiff.extract.amounts.Core`
that :func:`~claimdiff.extract.amounts.read_core` builds, without asking its
readers one by one (each match costs about a microsecond however soon it fails,
and the full reader tries a dozen after every number).

It returns None, and the scan reads the figure in full, whenever anything near
could make the full reader read more: a glued or spaced word that is a unit,
scale, currency, number word or ISO code (or could be one), a hyphen, a slash,
a bracket, a second space, a digit after a mark ("1,5"), a point before the
digits (".08"), and every language whose tables leave ``FAST_FIGURE_ENDS``
empty.  What lies before the digits (a minus sign, a currency) is read by the
full reader's own functions, but for a one-character currency symbol touching
the digits that ends no longer symbol ("£1.2m"), looked up in
``FastShapes.symbols``.  Hedges, ranges, dates and what a figure counts
are read by the scan afterwards, from the core, as for any other.
``tests/test_fast_amounts.py`` runs ``extract`` with and without this path over
every text of the tests and fixtures and requires the same claims.

A number word standing alone ("one of", "two people", "quarter,") is read so too, by
:func:`fast_word_core`; ``tests/test_fast_words.py`` holds its proof.
"""

from __future__ import annotations

import re
import string

from claimdiff.extract.amounts import Core, half_step, money_attributive, sign_before
from claimdiff.extract.members import COUNT, DURATION, MEASURE, MONEY, PERCENT
from claimdiff.extract.money import currency_before
from claimdiff.extract.numbers import MAX_DIGITS, Number
from claimdiff.extract.subjects import numbered_name
from claimdiff.extract.unit_after import INCH_OPENS, code_or_bracket
from claimdiff.lexicon import Lexicon
from claimdiff.lexicon.fast_shapes import FastShapes
from claimdiff.text import HYPHENS

__all__ = ["fast_core", "fast_word_core"]

# Words after a unit that make it a rate or a power ("km per hour", "km an hour",
# "m squared"): the unit is then read in full.
_UNIT_CONTINUES = frozenset({"per", "a", "an", "squared", "cubed"})
_NOTHING: frozenset[str] = frozenset()
_ASCII_LETTERS = frozenset(string.ascii_letters)
_new = object.__new__
# Words after a fraction word that the words' reader reads on to: "a quarter of a
# million", "half a million" (number_words._OF_A and _ARTICLE).
_FRACTION_READS_ON = frozenset({"of", "a", "an"})
_WHOLE = (0.0, False)  # FastShapes.single_words' entry of a word that is no fraction
_AND = "and"  # what number_words._JOINER reads between two words of a number


def fast_core(
    text: str, pos: int, lex: Lexicon, m: re.Match[str] | None = None
) -> tuple[Core, int] | None:
    """The core of the figure at ``pos`` and where to resume, if it has a common shape.

    None means "read it in full"; whenever a core is given, it is the one
    :func:`.amounts.read_core` gives.  ``m`` is the fast pattern's match at ``pos``
    where the caller has it (:data:`.plain.PLAIN`, which also rules out a point
    before the digits).

    >>> from claimdiff.lexicon import get_lexicon
    >>> core, _ = fast_core("£1.2m, 45%", 1, get_lexicon())
    >>> core.start, core.end, core.value, core.unit
    (0, 5, 1200000.0, 'GBP')
    >>> fast_core("a 12-km road", 2, get_lexicon()) is None
    True
    """
    shapes = lex.fast_shapes
    if shapes is None:
        return None
    if m is None:
        m = shapes.figure.match(text, pos)
        if m is None or (pos and text[pos - 1] == "."):
            return None  # ".08", "1.2.3": a point before the digits is read in full
    # The groups by position (FastShapes.figure's order, which plain.PLAIN keeps): groups()
    # costs a third of group() asked for the five by name.
    whole, dec, pct, glued, word = m.groups()
    if word is None and glued is None and pct is None:
        after = text[m.end() : m.end() + 1]
        if after.isspace() and after != " ":
            return None  # "3\n cents": a unit past a line break is read in full
    grouped = "," in whole
    if grouped and whole[:2] == "0,":
        return None  # "0,750": a lone zero groups nothing, read in full
    digits = whole.replace(",", "") if grouped else whole
    if len(digits) + len(dec or "") > MAX_DIGITS:
        return None
    b = text[pos - 1] if pos else " "
    code = None  # the currency's, where one stands before the digits
    if b == " " and pos >= 2 and text[pos - 2] in shapes.quiet_marks:
        # After a list's mark and a space ("45%, 12 km"): the two calls below would find
        # no minus and no currency (FastShapes.quiet_marks), some 4,000 instructions.
        sign, start, money_start = 1.0, pos, pos
    elif b == " " or b in "-−" or b.isalpha() or b.isspace():  # a space, the commonest
        sign, start = sign_before(text, pos, lex)
        currency = currency_before(text, start, lex)
        money_start = start
        if currency is not None:
            code, money_start = currency.code, currency.at
    else:
        # A symbol or a digit touching the digits ("£1.2m", "$3bn"): sign_before's own
        # first answer, no minus before them, without its call.
        sign, start, money_start = 1.0, pos, pos
        symbol = shapes.symbols.get(b)
        c = text[pos - 2] if pos >= 2 else ""
        if (
            symbol is not None
            and c not in symbol[1]
            and not (symbol[2] and c.isspace() and text[pos - 3 : pos - 2] in _ASCII_LETTERS)
        ):
            # A symbol of one character that ends no longer one, nor a dollar's prefix
            # ("HK$", "hk $"): currency_before's answer (FastShapes.symbols), without
            # its two calls.
            code, money_start = symbol[0], pos - 1
        else:
            currency = currency_before(text, start, lex)
            if currency is not None:
                code, money_start = currency.code, currency.at
    if (
        code is not None
        and sign > 0
        and not (
            text[money_start - 1 : money_start] == " "
            and text[money_start - 2 : money_start - 1] in shapes.quiet_marks
        )
    ):  # after "45%, " no minus word ends (FastShapes.quiet_marks): no call
        sign, money_start = sign_before(text, money_start, lex)  # "-$5m", "minus £3bn"
    # Money reads a scale after its digits and nothing more ("$5%" is five dollars, as in
    # read_core); any other figure reads its unit after the scale.
    money = code is not None
    end = pos + len(whole) + (len(dec) + 1 if dec is not None else 0)
    scale, scale_end = 1.0, end
    kind, unit, unit_end = None, None, end
    ago = False
    if pct is not None:
        kind, unit, unit_end = PERCENT, "%", m.end()
    elif word is not None:
        low = word.lower()
        if low in shapes.scales:
            scale, scale_end = shapes.scales[low], m.end()
            if not _ends(shapes, text, scale_end, shapes.number_words, money):
                return None  # "3 million and a half", "2 million euros"
        elif word in shapes.units and not money:
            kind, unit, unit_end = MEASURE, shapes.units[word], m.end()
            if not _ends(shapes, text, unit_end, _UNIT_CONTINUES, money):
                return None  # "12 km per hour"
        elif word in shapes.durations and not money:
            if numbered_name(text, m.start("word"), m.end("word"), lex):
                return None  # "120 Year 8 pupils": a name after the number, read in full
            kind, unit, unit_end = DURATION, shapes.durations[word], m.end()
            if not _ends(shapes, text, unit_end, shapes.duration_continues, money):
                unit_end = _ago_end(shapes, text, unit_end)
                if unit_end < 0:
                    return None  # "5 years old", "2 hours and a half"
                ago = True  # "35 years ago"
        elif not (_plain_after_money(shapes, word, low) if money else _plain(shapes, word, low)):
            return None
        elif low == "and" and (
            text[m.end() + 1 : m.end() + 2].isdigit() or lex.patterns["and_a_part"].match(text, end)
        ):
            return None  # "11 and 3/4", "4 and a half": a mixed number, read in full
    elif glued is not None:
        if glued in shapes.abbreviations:
            if glued in shapes.money_only and not money:
                return None  # "7.4m": metres or millions, read in full
            scale, scale_end = shapes.abbreviations[glued], m.end()
            if not money and not _ends(shapes, text, scale_end, _NOTHING, money):
                return None  # "16k euros"
        elif glued in shapes.units and not money:
            kind, unit, unit_end = MEASURE, shapes.units[glued], m.end()
            if not _ends(shapes, text, unit_end, _UNIT_CONTINUES, money):
                return None
        else:
            return None  # "737s", "5th", "3D"
    value = float(f"{digits}.{dec}" if dec is not None else digits)
    # Number and Core built slot by slot, every field set (an instance made by
    # object.__new__ and plain stores, as claimdiff.construct builds claims): the
    # classes' own __init__, entered from C through the class's call, cost some 2,000
    # instructions each for every figure read here, the stores a third of that.
    num: Number = _new(Number)
    num.start = pos
    num.end = end
    num.value = value
    num.decimals = len(dec) if dec else 0
    num.scale = 1.0
    num.grouped = grouped
    num.words = num.fraction = num.bare = False
    num.part = 0.0
    num.digits = digits
    core: Core = _new(Core)
    core.start = start
    core.end = scale_end
    core.number = num
    core.value = sign * value * scale
    core.step = half_step(num, scale)
    core.kind = COUNT
    core.unit = None
    core.attributive = core.ago = False
    if code is not None:
        core.start, core.kind, core.unit = money_start, MONEY, code
        c = text[scale_end : scale_end + 1]
        if c.isspace() or c in HYPHENS:  # money_attributive reads nothing before a mark
            money_attributive(text, core, lex)
    elif kind is not None:
        core.kind, core.unit, core.end, core.ago = kind, unit, unit_end, ago
    return core, core.end


def _plain(shapes: FastShapes, word: str, low: str) -> bool:
    """A spaced word after a figure that no reader takes: "40 countries".

    A word of three letters (or "M" and three) that an ISO code is written as ("20 usd",
    "30 MUSD") is read in full; so is one opening with "x" ("6 x 10^4").
    """
    if low in shapes.taken or word[0] == "x":
        return False
    n = len(word)
    if n == 3:
        return word.upper() not in shapes.codes
    return not (n == 4 and word[0] == "M" and word[1:].upper() in shapes.codes)


def _plain_after_money(shapes: FastShapes, word: str, low: str) -> bool:
    """A spaced word after an amount of money that is no scale: no unit is read after
    money, so a unit word ("$5 km") is as plain as any."""
    return low not in shapes.scale_words and word[0] != "x"


def _ago_end(shapes: FastShapes, text: str, i: int) -> int:
    """Where a word of :attr:`FastShapes.ago_words` one space after a length of time ends
    ("35 years ago"), or -1: the unit reader reads nothing before it ("and" and "old" are
    none) and nothing after it, and its pattern "ago" matches there with the same end."""
    a = shapes.after.match(text, i)
    if a is None or a["word"] is None or a["word"].lower() not in shapes.ago_words:
        return -1
    return a.end()


def _ends(shapes: FastShapes, text: str, i: int, continues: frozenset[str], money: bool) -> bool:
    """Whether the figure ends at ``i``: an end mark, the text's end, or a plain word
    that is none of ``continues`` (the words that would read on)."""
    if text[i : i + 1] in shapes.end_marks:
        return True  # "12 km;": the pattern's end mark, without its match
    a = shapes.after.match(text, i)
    if a is None:
        return False
    word = a["word"]
    if word is None:
        return True
    low = word.lower()
    return low not in continues and (money or _plain(shapes, word, low))


def fast_word_core(text: str, pos: int, lex: Lexicon) -> tuple[Core, int] | None:
    """The core of a number word alone at ``pos`` and where to resume, where a plain word
    or an end mark follows it ("one of", "two people", "quarter,"); else None.

    Whenever a core is given, it is the one :func:`.amounts.read_core` gives: the word
    is one of :attr:`FastShapes.single_words`, no hyphen stands before it (a part,
    "first-half", or the tail of a number, "two-hundred-and-fiftieth"), and the word
    after it is none of :attr:`FastShapes.word_stops` (nor, after a fraction, "of", "a"
    or "an") nor opens with an inch mark's letter, so that the words' reader joins no
    other word to it; the unit reader then reads nothing but an ISO code ("two USD"), or
    a length of time read as :func:`fast_core` reads one ("two years", "four years
    ago"), where no other unit's first word follows.  A fraction word after a fraction
    word ("the third quarter,") is joined to it and read as the first alone, where what
    follows joins neither; so is "and" before a word that continues no number ("one and
    not a moment").  A currency before the word is read in full.  Single number
    words are most of the full reader's calls on news text.

    >>> from claimdiff.lexicon import get_lexicon
    >>> core, _ = fast_word_core("one of them", 0, get_lexicon())
    >>> core.start, core.end, core.value, core.number.words
    (0, 3, 1.0, True)
    >>> fast_word_core("one hundred", 0, get_lexicon()) is None
    True
    """
    shapes = lex.fast_shapes
    if shapes is None or (pos and text[pos - 1] in HYPHENS):
        return None
    m = shapes.word.match(text, pos)
    if m is None:
        return None
    v, w = m.groups()
    single = shapes.single_words.get(v.lower())
    if single is None:
        return None
    value, fraction = single
    unit = None
    if w is not None:
        low = w.lower()
        if w[0] in INCH_OPENS:
            return None  # "five inches", "3 in wide": the inch mark's reader is asked
        if fraction and shapes.single_words.get(low, _WHOLE)[1] and low not in lex.unit_heads:
            # "third quarter": the words' reader joins the two and reads the first alone
            # (the second neither multiplies it nor counts), where no third word joins;
            # the unit reader then reads the second as any plain word.
            if not _joins_nothing(shapes, text, m.start("w")):
                return None
        elif low == _AND and low not in lex.unit_heads:
            # "one and not a moment", "quarter and full year": "and" before a word that
            # continues no number ("and a half", "and two") joins nothing to it.
            if not _joins_nothing(shapes, text, m.start("w"), and_ok=False):
                return None
        elif low in shapes.word_stops:
            return None
        elif fraction and low in _FRACTION_READS_ON:
            return None
        elif low in lex.unit_heads:
            # A unit: only a length of time is read here ("two years", "three months
            # ago"), as fast_core reads it after digits.
            unit = shapes.durations.get(w)
            if unit is None or numbered_name(text, m.start("w"), m.end("w"), lex):
                return None
            unit_end = m.end()
            ago = not _ends(shapes, text, unit_end, shapes.duration_continues, False)
            if ago:
                unit_end = _ago_end(shapes, text, unit_end)
                if unit_end < 0:
                    return None  # "two years old", "two hours and a half"
    sign, start = sign_before(text, pos, lex)
    if currency_before(text, start, lex) is not None:
        return None  # "$ five": read in full
    end = pos + len(v)
    # Slot by slot, every field set, as fast_core builds them (and read_words would: a
    # whole word or a fraction with no numerator, "bare").
    num: Number = _new(Number)
    num.start = pos
    num.end = end
    num.value = value
    num.decimals = 0
    num.scale = 1.0
    num.grouped = False
    num.words = True
    num.fraction = num.bare = fraction
    num.digits = ""
    num.part = 0.0
    core: Core = _new(Core)
    core.start = start
    core.end = end
    core.number = num
    core.value = sign * value
    core.step = 0.0  # amounts.half_step of a word below a thousand with no part
    core.kind = COUNT
    core.unit = None
    core.attributive = core.ago = False
    if unit is not None:
        core.kind, core.unit, core.end, core.ago = DURATION, unit, unit_end, ago
    elif w is not None and len(w) in (3, 4):
        code_or_bracket(text, core, lex, True)  # "two USD": unit_after's one reading here
    return core, core.end if core.end > end else end


def _joins_nothing(shapes: FastShapes, text: str, i: int, *, and_ok: bool = True) -> bool:
    """Whether the word at ``i`` (a fraction or "and" after a number word) ends the number
    in words: an end mark or a word that is none of :attr:`FastShapes.word_stops`, "of",
    "a" or "an" follows it ("the third quarter, down", "third quarter total"), or, where
    ``and_ok``, "and" and then one of those ("fourth quarter and full year")."""
    n = shapes.word.match(text, i)
    if n is None:
        return False
    x = n["w"]
    if x is None:
        return True
    low = x.lower()
    if low == _AND and and_ok:
        return _joins_nothing(shapes, text, n.start("w"), and_ok=False)
    return low not in shapes.word_stops and low not in _FRACTION_READS_ON
