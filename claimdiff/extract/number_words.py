"""Reading a number written in words where the scan found an anchor: "forty-five", "one
hundred and twenty", "half a million", "a dozen and a half", "one twenty-fifth".

:func:`read_words` takes the text and a start offset and returns a
:class:`~claimdiff.extract.numbers.Number` or ``None`` ("not mine"); numbers in digits are
:mod:`claimdiff.extract.numbers`'.  Nothing here decides what the number counts.
"""

from __future__ import annotations

import functools
import re
from types import ModuleType

from claimdiff.extract.numbers import MAX_DIGITS, OF_AFTER, Number
from claimdiff.extract.word_integers import LETTERS, Token, a_before, integer
from claimdiff.extract.word_ordinals import (
    compound_part,
    hyphened_to_number,
    ordinal_after,
    ordinal_at,
    ordinal_unit,
    part_before,
)
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon
from claimdiff.lexicon.folded import fold
from claimdiff.pattern_code import compile_pattern
from claimdiff.text import HYPHENS

# Joiners between number words: spaces, "and", a hyphen (spaced or not: "fifty - two").
# Words of one number join by spaces or hyphens, "and" among them: "forty-five", "one
# hundred and twenty", "two-and-a-half" (hyphened before a noun: "a two-and-a-half-year deal").
_JOINER = compile_pattern(r"(?:\s*-\s*|\s+)(?P<and>and(?:\s*-\s*|\s+))?", re.IGNORECASE)
_ARTICLE = lazy_pattern(r"an?(?:\s+|-(?=[^\W\d_]))", re.IGNORECASE)
# "a quarter of a billion", "three quarters of a million": a fraction of a scale.
_OF_A = lazy_pattern(r"of\s+an?\s+", re.IGNORECASE)
_POINT = lazy_pattern(r"\s+point\s+", re.IGNORECASE)
# What may stand where :data:`_ARTICLE` opens, and after the first white space of
# :data:`_POINT` (white space, or "p" in either case: no other character folds to it).
_A = frozenset("aA")
_POINT_SECOND = frozenset("pP")
_SPACES = lazy_pattern(r"\s+")
# How far after "a pair of" its noun is looked for: "a pair of brown leather shoes".
_PAIR_WORDS, _PAIR_REACH = 3, 40
# A number in words ending in a scale word this large is written in digits as a figure
# and the word ("20 million"), below it in full ("20,000"): its precision follows
# (amounts.half_step).
_SCALED_FROM = 1e6
# At most this many words make one number: keeps adversarial runs ("one one one …") linear.
_MAX_TOKENS = 16


def _counts_of(text: str, m: re.Match[str], lex: Lexicon) -> bool:
    """Whether the word ``m`` stands between "a" and "of", before no noun one pair of
    which is one thing ("a pair of its factories"; not "a pair of trousers")."""
    of = OF_AFTER.match(text, m.end())
    if of is None or not a_before(text, m.start()):
        return False
    # The phrase's last word before a clause's end or a preposition: "a pair of brown
    # shoes", "a pair of Nike trainers".
    words = LETTERS.findall(text, of.end(), min(len(text), of.end() + _PAIR_REACH))
    for w in words[:_PAIR_WORDS]:
        if w.lower() in lex.PAIRED_NOUNS:
            return False
    return True


def _part(token: Token, lex: Lexicon) -> float | None:
    """The part a fraction word stands for ("third": 1/3), or None for no fraction."""
    return token.share if token.share is not None else lex.FRACTIONS.get(token.word)


def read_words(text: str, pos: int, lex: Lexicon) -> Number | None:
    """The number written in words starting at ``pos``, or None.

    Handles "forty-five", "one hundred and twenty", "three million", "half a
    million", "a dozen", "three dozens", "two-thirds", "one and a half",
    "twenty and three fifths", "six million and two thirds", "two hundred
    point zero three" and "three lakh crore" (an article before the first
    word is found by the caller).

    >>> from claimdiff.lexicon import get_lexicon
    >>> read_words("forty-five people", 0, get_lexicon()).value
    45.0
    >>> read_words("one hundred and twenty", 0, get_lexicon()).value
    120.0
    >>> read_words("one and a half", 0, get_lexicon()).value
    1.5
    """
    tokens = _tokens(text, pos, lex)
    if not tokens:
        return None
    return _value(text, tokens, lex)


def _tokens(text: str, pos: int, lex: Lexicon) -> list[Token]:
    """Number words (and the "a" of "and a half", "half a million") joined from ``pos``."""
    tokens: list[Token] = []
    i, after_and = pos, False
    while len(tokens) < _MAX_TOKENS:
        if tokens and tokens[-1].word in lex.TENS and (o := LETTERS.match(text, i)):
            word = fold(o.group())
            if ordinal_unit(word, lex):
                share = compound_part(text, pos, tokens, word, o.end(), lex)
                if share is not None:
                    # "one twenty-fifth", "three thirty-seconds": one denominator.
                    tens = tokens.pop()
                    tokens.append(Token(word, tens.start, o.end(), tens.after_and, share))
                    break
                if word in lex.ORDINAL_UNITS:
                    # "the twenty-fifth anniversary": the tens end the number, and the scan
                    # reads the two words as an ordinal, no count (not twenty fifths).
                    break
        m = lex.patterns["number_word"].match(text, i)
        if m is not None:
            word = fold(m.group())  # as matched: "thouſand" too
            if not tokens and word in lex.COUNT_AFTER_NUMBER and word not in lex.COUNT_WORDS:
                return []  # "dozens of people" is a vague amount
            if not tokens and part_before(text, m.start(), lex):
                return []  # "a first-half hat-trick", "second-half goals": a part
            if not tokens and word in lex.FRACTIONS and hyphened_to_number(text, m.start(), lex):
                return []  # "two-hundred-and-fiftieth": the tail of a number read before
            if not tokens and word in lex.COUNT_WORDS_BEFORE_OF and not _counts_of(text, m, lex):
                return []  # "the pair were jailed", "a brace on his knee", "a pair of jeans"
            if not tokens and word in lex.COUNT_WORDS_AFTER_A and not a_before(text, m.start()):
                return []  # "the hat-trick hero", "his 100th hat-trick"
            tokens.append(Token(word, m.start(), m.end(), after_and))
        else:
            of = _OF_A.match(text, i) if tokens and tokens[-1].word in lex.FRACTIONS else None
            scale = lex.patterns["number_word"].match(text, of.end()) if of is not None else None
            if (
                of is not None
                and scale is not None
                and fold(scale.group()) in lex.SCALES
                and text[scale.end() : scale.end() + 1] != "-"  # "a billion-dollar budget"
            ):
                tokens.append(Token("a", of.end() - 2, of.end() - 1, after_and))
                i, after_and = of.end(), False
                continue
            # The case-blind pattern matches no other character to "a": a look spares it.
            a = _ARTICLE.match(text, i) if text[i : i + 1] in _A else None
            # "one and a half", "half a million": an article inside a number.
            ok = tokens and (after_and or tokens[-1].word in lex.FRACTIONS)
            if a is None or not ok or tokens[-1].word in ("a", "an"):
                if tokens and tokens[-1].word in lex.SCALES and ordinal_at(text, i, lex):
                    return []  # "the hundred and first running": one ordinal, no count
                break
            tokens.append(Token("a", a.start(), a.start() + 1, after_and))
            i, after_and = a.end(), False
            continue
        j = _JOINER.match(text, m.end())
        if j is None:
            break
        i, after_and = j.end(), j["and"] is not None
    while tokens and tokens[-1].word == "a":
        tokens.pop()
    return tokens


def _value(text: str, tokens: list[Token], lex: Lexicon) -> Number | None:
    f = next((k for k, t in enumerate(tokens) if _part(t, lex) is not None), None)
    if f is None:
        whole, used, _scale = integer(tokens, lex)
        if used == 0:
            return None
        end = tokens[used - 1].end
        point = _point_decimals(text, end, lex)
        if point is not None:
            frac, end, places = point
            size, end = _scale_after(text, end, lex)  # "two point five million"
            value = (whole + frac) * size
            return Number(tokens[0].start, end, value, places, size, words=True)
        if used == 1 and tokens[0].word in lex.ZERO_IDIOMS:
            return None  # "came to naught"; but "nought point five" is 0.5 (issue 15)
        number = Number(tokens[0].start, end, float(whole), words=True)
        word = tokens[used - 1].word
        last = lex.SCALES.get(word, 0.0)
        if last >= _SCALED_FROM:
            number.scale = last  # "twenty million" is "20 million", rounded as its 20
        elif word in lex.COUNT_AFTER_NUMBER:
            # "two dozen" is "2 dozen", rounded as its 2: a writer who counted 24 says so.
            number.scale = lex.COUNT_AFTER_NUMBER[word]
        return number
    unit_part = _part(tokens[f], lex) or 0.0
    prefix = tokens[:f]
    split = 0
    for k in range(1, len(prefix)):
        prev = prefix[k - 1].word
        # "twenty and three fifths", "one million and a half": "and" after a unit, a ten or
        # a scale starts the fraction; after "hundred" it is inside the number.
        if prefix[k].after_and and (
            prev in lex.UNITS
            or prev in lex.TENS
            or prefix[k].word == "a"
            or (prev in lex.SCALES and prev != "hundred")
        ):
            split = k
    if not split:
        split = _proper_after_hundred(prefix, unit_part, lex)
    head, numer = prefix[:split], prefix[split:]
    if numer and ordinal_after(text, numer, tokens[f], lex):
        # "the one hundred fifth anniversary", "her ten thousandth operation": one
        # ordinal; "three third prizes": three, and an ordinal of theirs.
        if tokens[f].word in lex.SCALE_ORDINALS:
            return None  # "his two hundredth Test", "its two hundredth-birthday party"
        hyphened = text[tokens[f].end : tokens[f].end + 1] in HYPHENS
        if numer[-1].word in lex.SCALES and not hyphened:
            return None  # one ordinal; not "one hundred first-time buyers"
        return _integer_only(text, tokens, lex)
    whole, used, last_scale = integer(head, lex) if head else (0.0, 0, 0.0)
    if used != len(head):
        return _integer_only(text, tokens, lex)
    bare = not numer and not head
    if numer and numer[0].word == "a":
        numer = numer[1:]
        if numer:
            return _integer_only(text, tokens, lex)
    n, n_used, _ = integer(numer, lex) if numer else (1.0, 0, 0.0)
    if n_used != len(numer):
        return _integer_only(text, tokens, lex)
    part = n * unit_part
    end = tokens[f].end
    rest = [t for t in tokens[f + 1 :] if t.word != "a"]
    mult = None
    if rest and (rest[0].word in lex.SCALES or rest[0].word in lex.COUNT_WORDS):
        mult = lex.SCALES.get(rest[0].word) or lex.COUNT_WORDS[rest[0].word]
        end = rest[0].end  # "half a million", "a quarter million", "half a dozen"
    # What one fraction part is worth: the unit of "two and a half", the million of
    # "two and a half million" and of "six million and two thirds".
    if mult is not None:
        size = mult
        value = whole + part * mult if last_scale else (whole + part) * mult
    elif last_scale and split:
        size = last_scale
        value = whole + part * last_scale  # "six million and two thirds"
    elif split and head[-1].word in lex.COUNT_AFTER_NUMBER:
        size = lex.COUNT_AFTER_NUMBER[head[-1].word]
        value = whole + part * size  # "a dozen and a half"
    else:
        size = 1.0
        value = whole + part
    share = mult is None and not head
    number = Number(tokens[0].start, end, value, words=True, fraction=share, bare=bare)
    if whole or mult is not None:
        number.part = unit_part * size  # rounded to that part (precision.written_step)
    return number


def _proper_after_hundred(prefix: list[Token], part: float, lex: Lexicon) -> int:
    """Where a fraction's numerator begins after "hundred and" when it is below the
    denominator, a mixed number's proper fraction ("one hundred and three quarters" is
    100¾, "two hundred and fifty-four hundredths" 200.54); else 0 (the "and" is inside the
    whole number: "one hundred and three" of "one hundred and three halves")."""
    for k in range(len(prefix) - 1, 0, -1):
        if prefix[k].after_and and prefix[k - 1].word in lex.SCALES:
            numerator, used, _ = integer(prefix[k:], lex)
            _, used_head, _ = integer(prefix[:k], lex)
            if used == len(prefix) - k and used_head == k and numerator * part < 1:
                return k
            return 0
    return 0


def _integer_only(text: str, tokens: list[Token], lex: Lexicon) -> Number | None:
    """The whole number before a fraction that does not parse (stops before it)."""
    f = next(k for k, t in enumerate(tokens) if _part(t, lex) is not None)
    return _value(text, tokens[:f], lex) if f else None


def part_after(text: str, end: int, lex: Lexicon) -> tuple[float, int] | None:
    """(value, end) of a part joined by "and" right after ``end`` ("four and a half", "an
    hour and a quarter", "4 and a half per cent": ``AND_PARTS``), or None.  Not a part of
    what follows: a share before "of" ("an hour and a third of the jurors"; but "a year
    and a half of building work": ``PARTS_BEFORE_OF``), or a word the
    part is hyphened to when the joining words are spaced ("3 and a half-dozen others",
    "three hours and a half-hour encore"; "a year-and-a-half-long project" is hyphened
    throughout)."""
    p = lex.patterns["and_a_part"].match(text, end) if _may_join_part(text, end, lex) else None
    if p is None:
        return None
    part = " ".join(p["part"].lower().split())
    if part not in lex.PARTS_BEFORE_OF and OF_AFTER.match(text, p.end()) is not None:
        return None
    if text[p.end() : p.end() + 1] in HYPHENS and text[end : end + 1] not in HYPHENS:
        return None
    return lex.AND_PARTS[part], p.end()


def _may_join_part(text: str, end: int, lex: Lexicon) -> bool:
    """Whether the lexicon's "and_a_part" may match at ``end``: a hyphen or white space,
    then the first word of one of ``PART_JOINERS`` in any case ("and").  Most numbers are
    followed by no "and" ("1 million pounds", "13 months ago"): the pattern is not asked,
    and a process meeting only those never compiles it."""
    c = text[end : end + 1]
    if c == "-":
        at = end + 1
    elif c.isspace():
        at = end + 1
        if text[at : at + 1].isspace():
            return True  # a run of white space: the pattern reads it
    else:
        return False
    for joiner in _joiner_words(lex.data):
        w = text[at : at + len(joiner)]
        # The case-blind pattern matches a few characters beyond ASCII to ASCII letters
        # ("ſ" to "s"): a word holding one is left to it.
        if w.lower() == joiner or not w.isascii():
            return True
    return False


@functools.cache
def _joiner_words(data: ModuleType) -> tuple[str, ...]:
    """The first words of a language's ``PART_JOINERS``, lower case."""
    return tuple({j.split()[0].lower() for j in data.PART_JOINERS if j.strip()})


def _scale_after(text: str, end: int, lex: Lexicon) -> tuple[float, int]:
    """(scale, end) of the scale words of a thousand or more right after ``end`` ("two
    point five million", "two point five thousand million": a larger one multiplies, as
    in digits), or (1.0, end)."""
    scale = 1.0
    for _ in range(2):
        s = _SPACES.match(text, end)
        m = lex.patterns["number_word"].match(text, s.end()) if s is not None else None
        size = lex.SCALES.get(fold(m.group()), 0.0) if m is not None else 0.0
        if m is None or size < 1000 or size <= scale:
            break
        scale, end = scale * size, m.end()
    return scale, end


def _may_open_point(text: str, end: int) -> bool:
    """Whether :data:`_POINT` may match at ``end``: white space, then white space or "p"."""
    second = text[end + 1 : end + 2]
    return text[end : end + 1].isspace() and (second in _POINT_SECOND or second.isspace())


def _point_decimals(text: str, end: int, lex: Lexicon) -> tuple[float, int, int] | None:
    """(fraction, end, places) of "point zero three" or "point seventy-one" after ``end``."""
    if not _may_open_point(text, end):
        return None  # no "point" after white space: most numbers
    p = _POINT.match(text, end)
    if p is None:
        return None
    digits, i, stop = "", p.end(), p.end()
    while len(digits) < MAX_DIGITS:
        m = lex.patterns["number_word"].match(text, i)
        if m is None:
            break
        w = fold(m.group())
        if w in lex.UNITS and lex.UNITS[w] < 10:
            digits, stop = digits + str(lex.UNITS[w]), m.end()
        elif not digits and (w in lex.TENS or w in lex.UNITS):
            number = read_words(text, i, lex)  # "point seventy-one", "point eleven"
            if number is None or number.value >= 100 or number.value % 1:
                return None
            places = str(int(number.value))
            return float(f"0.{places}"), number.end, len(places)
        else:
            break
        j = _JOINER.match(text, stop)
        if j is None or j["and"] is not None:
            break
        i = j.end()
    if not digits:
        return None
    return float(f"0.{digits}"), stop, len(digits)
