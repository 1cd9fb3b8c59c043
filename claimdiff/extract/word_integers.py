"""Whole numbers in words, from the words :mod:`claimdiff.extract.number_words` joins, and
the small matchers its readers of numbers and of ordinals share."""

from __future__ import annotations

import re

import attrs

from claimdiff.extract.compounds import compound_value
from claimdiff.fields_repr import fields_repr
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon
from claimdiff.pattern_code import compile_pattern

__all__ = ["LETTERS", "WORD_AFTER", "Token", "a_before", "integer"]

LETTERS = compile_pattern(r"[^\W\d_]+")
"""A word of letters."""
_ARTICLE_BEFORE = compile_pattern(r"(?<![^\W\d_])an?\s+$", re.IGNORECASE)
WORD_AFTER = lazy_pattern(r"[\s-]+(?!of(?![^\W\d_]))[^\W\d_]", re.IGNORECASE)
"""A word after an ordinal that is not "of": a noun it modifies ("one twenty-first century")."""


@attrs.define  # not frozen, as Number: built per word, never changed
class Token:
    """One number word and where it stands."""

    __repr__ = fields_repr  # attrs compiles none (claimdiff.fields_repr)

    word: str
    start: int
    end: int
    after_and: bool = False
    """Joined to the word before by "and"."""
    share: float | None = None
    """The part a compound denominator stands for ("twenty-fifth": 1/25)."""


def a_before(text: str, at: int) -> bool:
    """Whether "a" or "an" stands right before ``at``."""
    return _ARTICLE_BEFORE.search(text[max(0, at - 4) : at]) is not None


def integer(tokens: list[Token], lex: Lexicon) -> tuple[float, int, float]:
    """(value, tokens used, last scale of a thousand or more) of a whole number in words.

    Stops at a word that cannot continue the number: "two three" is two numbers,
    "twenty-five" one, "three lakh crore" one (scales chain upwards).
    """
    total = current = 0.0
    prev = ""  # what the last word was: "unit", "ten", "hundred", "scale"
    last_scale = 0.0
    used = 0
    for k, t in enumerate(tokens):
        w = t.word
        if w == "a":
            if k != 0:
                break
            kind = "article"
        elif w in lex.UNITS or w in lex.TENS:
            v = lex.UNITS.get(w, 0) + lex.TENS.get(w, 0)
            if prev in ("unit", "ten") and not (prev == "ten" and 0 < v < 10 and not t.after_and):
                break  # "two three", "twenty twenty", "twenty and three"
            if prev == "ten" and current % 10:
                break
            current += v
            kind = "ten" if w in lex.TENS else "unit"
        elif lex.NUMBER_MORPHEMES and (c := compound_value(w, lex)) is not None:
            # "dreiundzwanzig", "zweitausend": one word, read like a unit before a scale.
            if prev in ("unit", "ten", "hundred"):
                break
            current += c
            kind = "unit"
        elif w == "hundred":
            if prev == "hundred":
                break
            current = (current or 1) * 100
            kind = "hundred"
        elif w in lex.COUNT_AFTER_NUMBER:
            if k == 0 and w not in lex.COUNT_WORDS:
                break
            current = (current or 1) * lex.COUNT_AFTER_NUMBER[w]
            kind = "hundred"
        elif k == 0 and w in lex.COUNT_WORDS:
            current, kind = lex.COUNT_WORDS[w], "unit"  # "a pair", never "three pair"
        elif w in lex.SCALES:
            s = lex.SCALES[w]
            if prev == "scale" and not current:
                if s <= last_scale:
                    break
                total *= s  # "lakh crore", "thousand million"
            else:
                total += (current or 1) * s
            current, last_scale, kind = 0.0, s, "scale"
        else:
            break
        prev = kind
        used = k + 1
    if used == 1 and tokens[0].word == "a":
        return 0.0, 0, 0.0
    return total + current, used, last_scale
