"""Amounts: the number at an anchor, with the currency before it, its scale and the unit after.

What is read here is a figure's core (:class:`Core`): "€2.3bn", "169 million
euros", "12 km/h", "3 dollars 50 cents", "the 25-year-old"; the unit after the
number is read by :mod:`claimdiff.extract.unit_after`.

``read_core`` is called at each anchor the scan finds and parses outward a
bounded distance; hedges, ranges and what is counted are added by
:mod:`claimdiff.extract.scan`.
"""

from __future__ import annotations

import re
from types import ModuleType

import attrs

from claimdiff import nouns
from claimdiff.extract.members import COUNT, MONEY
from claimdiff.extract.metre_or_million import million_cue_near, one_thing_sized
from claimdiff.extract.money import currency_before
from claimdiff.extract.number_words import part_after, read_words
from claimdiff.extract.numbers import VULGAR, Number, denominator, read_digits
from claimdiff.extract.unit_after import length_near, noun_follows, unit_after
from claimdiff.fields_repr import fields_repr
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon
from claimdiff.lexicon.folded import fold
from claimdiff.model import Kind
from claimdiff.pattern_code import compile_pattern
from claimdiff.text import HYPHENS

# "3 hundred and 21", "4 thousand 3 hundred", "6 crore and two hundred": a number after a
# scale word, smaller than it, continues the number.
_CHAIN = compile_pattern(r"\s+(?:and\s+)?(?=[^\W_])", re.IGNORECASE)
_ARTICLE = lazy_pattern(r"an?\s+", re.IGNORECASE)
_AND_FRACTION = compile_pattern(r"\s+and\s+(?=an?\s|one\s)", re.IGNORECASE)
_HYPHEN = lazy_pattern(r"[-‐‑](?=[^\W\d_])")
_NEXT_WORD = compile_pattern(r"\s+(?P<w>[^\W\d_]+)")
_ARTICLE_BEFORE = compile_pattern(r"(?<![^\W\d_])an?\s+$", re.IGNORECASE)


@attrs.define
class Core:
    """A number with the currency or unit written around it."""

    __repr__ = fields_repr  # attrs compiles none (claimdiff.fields_repr)

    start: int
    end: int
    number: Number
    value: float
    step: float
    """Half the last written unit, after scaling: the precision of ``value``."""
    kind: Kind = COUNT
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
    if not num.words and not num.fraction and text[num.end : num.end + 1].isspace():
        _and_part(text, num, lex)  # "4 and a half per cent"
    end = num.end
    sign, start = sign_before(text, num.start, lex)
    scale = 1.0
    currency = currency_before(text, start, lex)
    if currency is not None:
        start = currency.at
        if sign > 0:
            sign, start = sign_before(text, start, lex)  # "-$5m", "minus £3bn"
    # Scale: "1.22 million", "169M", "€2.3bn"; a lower-case "m" only with money.
    chained = None
    if not num.words and not num.fraction and _scale_may_follow(text, end, lex):
        m = lex.patterns["scale_word"].match(text, end)
        if m is not None:
            word = fold(m.group("scale"))  # as the pattern matched it: "thouſand" too
            scale = lex.SCALES.get(word) or lex.COUNT_AFTER_NUMBER[word]
            end = m.end()
            larger = lex.patterns["scale_word"].match(text, end) if word in lex.SCALES else None
            times = 0 if larger is None else lex.SCALES.get(fold(larger.group("scale")), 0)
            if larger is not None and times > scale:
                # "₹2.58 lakh crore": scales multiply, as in words ("three lakh crore").
                scale *= times
                end = larger.end()
            chained = _chain(text, end, num.value * scale, scale, lex)
        else:
            a = lex.patterns["scale_abbr"].match(text, end)
            if a is not None and _abbr_is_scale(a, text, lex, money or currency is not None, num):
                abbr = a["abbr"]  # the money-only table wins, as in a merge of the two
                money_only = lex.MONEY_ONLY_SCALE_ABBREVIATIONS
                scale = money_only[abbr] if abbr in money_only else lex.SCALE_ABBREVIATIONS[abbr]
                end = a.end()
    value = sign * num.value * scale
    step = half_step(num, scale)
    if chained is not None:
        value, end, step = sign * chained[0], chained[1], chained[2]
    core = Core(start, end, num, value, step)
    if currency is not None:
        core.kind, core.unit = MONEY, currency.code
        money_attributive(text, core, lex)
        return core, core.end if core.end > resume else resume  # not max(): per figure
    unit_after(text, core, lex)
    return core, core.end if core.end > resume else resume


def _and_part(text: str, num: Number, lex: Lexicon) -> None:
    """Join a part in words after whole digits to them: "4 and a half per cent", "2 and
    three quarters" (not "4 and a third of the jobs", where the part is a share)."""
    if num.decimals or num.value != int(num.value):
        return
    found = part_after(text, num.end, lex)
    if found is not None:
        part, end = found
        num.value, num.end, num.part = num.value + part, end, 1.0 / denominator(part)


def sign_before(text: str, start: int, lex: Lexicon) -> tuple[float, int]:
    """(sign, start) of a number starting at ``start``: a minus sign or a word of one
    ("minus 5", "negative 3") before it moves the start back over it."""
    c = text[start - 1] if start else " "
    if c in "-−":
        if text[start - 3 if start > 2 else 0 : start - 1] == "+/":
            return 1.0, start  # "+/-3 points": a margin either way
        if _is_minus(text, start):
            return -1.0, start - 1
    elif not c.isalpha() and not c.isspace():
        # A symbol or digit touching the number ("$5", "£1.2m"): a word of a minus,
        # which ends in a letter, would end here, and no other character lowers to one.
        return 1.0, start
    elif start >= 2 and c == " ":
        # One space after a mark or a word ("45%, 12 km", "cost 5"): the window stripped
        # ends with that character, and a minus word only after one lower-casing to its
        # last letter (Lexicon.minus_ends); the slice and lower are for the rest.
        c = text[start - 2]
        if c not in lex.minus_ends and not c.isspace():
            return 1.0, start
    before = text[start - 10 if start > 10 else 0 : start]  # not max(): per figure
    if before.rstrip().lower().endswith(lex.NEGATIVE_WORDS):
        neg = lex.patterns["negative_before"].search(before)
        if neg is not None:
            if either_sign(text, start - len(neg.group()), lex):
                return 1.0, start  # "plus or minus 3.1 points", "plus-or-minus 3": ±3
            return -1.0, start - len(neg.group())
    return 1.0, start


def either_sign(text: str, at: int, lex: Lexicon) -> bool:
    """Whether the minus word at ``at`` follows words that make a margin of it, whole and
    apart from it ("plus or minus", "plus-or-minus", "plus/minus"; not "surplus or
    minus", nor "plusminus")."""
    if at == 0 or text[at - 1].isalnum():
        return False
    words = tuple(_LEAD_WORD.findall(text[max(0, at - 12) : at].lower()))
    return any(words[-len(w) :] == w for w in lex.EITHER_SIGN_BEFORE)


# The words before a minus word, whole ("plus or", not "surplus or").
_LEAD_WORD = compile_pattern(r"[^\W\d_]+")


def _scale_may_follow(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a scale word or abbreviation may start at ``end``: after white space, a
    hyphen, or a letter ("45%," has none; both patterns would be matched in vain)."""
    c = text[end : end + 1]
    return c.isalpha() or c.isspace() or c in HYPHENS or c in _scale_openers[lex.data]


class _ScaleOpeners(dict[ModuleType, frozenset[str]]):
    """The first characters of each language's scale words and abbreviations (letters so
    far: what is not a letter is looked up here), by its data module.  A dict filled on
    first use, not functools.cache: its subscript costs less than half the cached call."""

    def __missing__(self, data: ModuleType) -> frozenset[str]:
        scales = (*data.SCALES, *data.COUNT_AFTER_NUMBER, *data.SCALE_ABBREVIATIONS)
        opens = frozenset(s[0] for s in (*scales, *data.MONEY_ONLY_SCALE_ABBREVIATIONS) if s)
        self[data] = opens
        return opens


_scale_openers = _ScaleOpeners()


# Whole numbers of this size or more written with two or more trailing zeros
# ("16,000", "400,000") read as rounded to their last non-zero digit.
_ROUNDED_FROM = 1000


def half_step(num: Number, scale: float) -> float:
    """Half a unit in the last significant written digit: the figure's precision.

    "1.22 million" → 5,000; "1 million" → 500,000; "16,000" → 500; "40" → 0;
    "$0m" → 0: a zero written without decimals is exactly nothing, not a
    rounded amount reaching below zero (issue 15).
    """
    if num.words:
        return _words_step(num)
    if num.value == 0 and not num.decimals:
        return 0.0
    if num.decimals:
        return 0.5 * 10.0**-num.decimals * scale
    return _whole_step(num.digits, num.value, scale)


def _whole_step(digits: str, value: float, scale: float) -> float:
    """The precision of a whole number written ``digits`` (``value``) before ``scale``."""
    zeros = len(digits) - len(digits.rstrip("0"))
    if scale > 1:
        # "1 million" and "169 million": the mantissa's last digit.  A single
        # trailing zero is read as a digit ("$10m" is not "$12m"); two or more
        # as rounding ("100 million"), as for unscaled figures.
        return 0.5 * 10.0 ** (zeros if zeros >= 2 else 0) * scale
    if zeros >= 2 and value >= _ROUNDED_FROM:
        return 0.5 * 10.0**zeros
    return 0.0


def _words_step(num: Number) -> float:
    """A number in words is as precise as its digits would be: "two point five million" as
    "2.5 million", "twenty thousand" as "20,000", "forty" as "40".  A whole number and a
    fraction ("two and a half million") is rounded to its part, in
    :func:`claimdiff.extract.precision.written_step`."""
    if num.part:
        return 0.0
    if num.decimals:
        return 0.5 * 10.0**-num.decimals * num.scale
    v = num.value
    if v != int(v):
        return 0.0
    mantissa = v / num.scale
    if num.scale > 1 and mantissa == int(mantissa):
        # "twenty million" as "20 million", "two dozen" as "2 dozen": the figure before
        # the word, as for digits.
        return _whole_step(str(int(mantissa)), mantissa, num.scale)
    if v < _ROUNDED_FROM:
        return 0.0
    return _whole_step(str(int(v)), v, 1.0)


def _chain(
    text: str, end: int, value: float, scale: float, lex: Lexicon
) -> tuple[float, int, float] | None:
    """(value, end, step) of a number continued after its scale word, or None.

    "3 hundred and 21" is 321, "4 thousand 3 hundred" 4,300, "3 million and a half"
    3.5 million: each further part is smaller than the scale before it.  A fraction is
    rounded to its part, as in words ("three and a half million"); the rest is exact.
    """
    f = _AND_FRACTION.match(text, end)
    if f is not None and scale >= 1000:
        frac = _article_fraction(text, f.end(), lex) or read_words(text, f.end(), lex)
        if frac is not None and frac.fraction:
            den = denominator(frac.value)
            return value + frac.value * scale, frac.end, 0.5 * scale / den if den else 0.0
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
            return total + part.value, part.end, 0.0
        words = read_words(text, i, lex)
        if words is None or words.fraction or words.value >= scale:
            break
        return total + words.value, words.end, 0.0
    return (total, end, 0.0) if found else None


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
    # "5%-8%" is a range, as "5%–8%" is; "$-5m" is minus five million dollars.
    return start == 1 or not (text[start - 2].isalnum() or text[start - 2] == "%")


def _abbr_is_scale(
    a: re.Match[str], text: str, lex: Lexicon, money_before: bool, num: Number
) -> bool:
    abbr = a["abbr"]
    if a["space"] and len(abbr) == 1:
        # "5 m" is five metres and "5 M" an initial, but "2.33 k" and "1,674.5 M" are
        # scaled: a number written that precisely is no street number or initial.
        spaced = (num.decimals or num.grouped) and abbr in lex.SPACED_SCALE_LETTERS
        return bool(spaced) and not _letter_follows(text, a.end(), lex)
    if abbr == "m":
        if money_before:
            return True
        if lex.patterns["currency_word"].match(text, _skip_space(text, a.end())) is not None:
            return True
        if _unit_word_follows(text, a.end(), lex):
            return True  # "38m tonnes", "5m barrels": millions of the unit
        if a["space"] or length_near(text, a, lex):
            return False  # "a 7.4m wave", "1.8m tall": metres
        if one_thing_sized(text, num.start, a.end(), lex):
            return False  # "a 30m fall", "the 100m final": one thing's length
        if _metres_spelt_near(text, a) and not million_cue_near(text, a.start(), a.end(), lex):
            return False  # "67.24m", near "Reeve's 65.10 metres": the writer's metres
        # "1.8m people"; "the list fell to 7.4m": a figure given to a tenth is a million;
        # so is one near a word of what is counted in millions ("users had reached 500m").
        return (
            noun_follows(text, a.end(), lex)
            or bool(num.decimals)
            or million_cue_near(text, a.start(), a.end(), lex)
        )
    return abbr in lex.SCALE_ABBREVIATIONS


# "metres" spelt out near a bare "m" (within this many characters either side) says
# the writer gives lengths in metres: a window, not the whole text, keeps it linear.
_METRES_REACH = 300
_METRES = lazy_pattern(r"(?<![^\W\d_])met(?:re|er)s?(?![^\W\d_])", re.IGNORECASE)


def _metres_spelt_near(text: str, a: re.Match[str]) -> bool:
    lo, hi = max(0, a.start() - _METRES_REACH), a.end() + _METRES_REACH
    return _METRES.search(text, lo, hi) is not None


def _unit_word_follows(text: str, i: int, lex: Lexicon) -> bool:
    """A plural unit spelled as a word right after ``i`` ("38m tonnes", "5m barrels"): a
    length does not take a second unit, so the "m" is a million.  A singular is left to
    the rest ("a 1.5m stone wall": stone the material), and so are symbols ("5m kg")."""
    j = _skip_space(text, i)
    return j != i and _unit_word_at(text, j, lex)


def _unit_word_at(text: str, j: int, lex: Lexicon) -> bool:
    """A plural unit spelled as a word at ``j`` (:func:`_unit_word_follows`)."""
    u = lex.patterns["measure_unit"].match(text, j)
    if u is None:
        return False
    word = u["unit"].lower()
    return (
        len(word) > 2
        and word in lex.measure_units
        and word not in lex.PREPOSITION_UNITS
        and nouns.lemma(word) != word
    )


def _letter_follows(text: str, i: int, lex: Lexicon) -> bool:
    """A word starts right after ``i`` (past one space), or a hyphen joins the letter before
    ``i`` to a name: "265,000 M-Pesa agents", "2,000 B-52 flights", "50,000 K-12 students"
    and "10,000 M-class flares" name things, no millions.  A range's second figure with
    its scale ("$2.5 M-3.5 M") and a unit ("4.5 M-tonnes") keep the scale."""
    if i + 1 < len(text) and text[i] in HYPHENS and text[i + 1].isalnum():
        ranged = _RANGE_END.match(text, i + 1)
        if ranged is not None and ranged["scale"] in lex.SCALE_ABBREVIATIONS:
            return False
        return not _unit_word_at(text, i + 1, lex)
    j = i + 1 if i < len(text) and text[i] == " " else i
    return j < len(text) and text[j].isalpha()


# The second figure of a range after a hyphen, and the word after it: "M-3.5 M", "M-$4 M".
_RANGE_END = compile_pattern(r"[^\w\s]?\s?\d[\d.,]*\s?(?P<scale>[^\W\d_]+)")


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \u00a0":
        i += 1
    return i


def money_attributive(text: str, core: Core, lex: Lexicon) -> None:
    """ "$5-million deal", "a $12 million profit": the amount modifies a noun after it."""
    c = text[core.end : core.end + 1]
    if c in HYPHENS and _HYPHEN.match(text, core.end) is not None:
        core.attributive = True
        return
    if not c.isspace():
        return  # no word follows ("£1.2m,")
    # "a $12 million profit": an article before the amount and a noun right after.
    nxt = _NEXT_WORD.match(text, core.end)
    if nxt is None or _ARTICLE_BEFORE.search(text, max(0, core.start - 4), core.start) is None:
        return
    word = nxt["w"].lower()
    if word not in lex.STOPWORDS and word not in lex.COMMON_VERBS and not word.endswith("ed"):
        core.attributive = True
