"""Ordinals among number words: a denominator of tens ("one twenty-fifth"), an ordinal after
a number ("the one hundred fifth anniversary", "won three third prizes"), and the words
hyphened before a number word that make it no number of its own ("first-half",
"two-hundred-and-fiftieth").  :mod:`claimdiff.extract.number_words` asks these as it
joins the words of a number; docs/claims.md states the rules."""

from __future__ import annotations

from claimdiff.extract.numbers import OF_AFTER
from claimdiff.extract.word_integers import LETTERS, WORD_AFTER, Token, a_before, integer
from claimdiff.lexicon import Lexicon
from claimdiff.lexicon.folded import fold
from claimdiff.text import HYPHENS

__all__ = [
    "compound_part",
    "hyphened_before",
    "hyphened_to_number",
    "ordinal_after",
    "ordinal_at",
    "ordinal_unit",
    "part_before",
]


def hyphened_before(text: str, at: int) -> str | None:
    """The word hyphened to the word at ``at`` ("first" of "first-half"), or None."""
    if at < 2 or text[at - 1] not in HYPHENS:
        return None
    words: list[str] = LETTERS.findall(text, max(0, at - 12), at - 1)
    if not words or text[at - 1 - len(words[-1]) : at - 1] != words[-1]:
        return None
    return words[-1]


def part_before(text: str, at: int, lex: Lexicon) -> bool:
    """Whether a word of ``NOT_A_SHARE_AFTER`` is hyphened to the word at ``at``
    ("first-half", "second-half")."""
    word = hyphened_before(text, at)
    return word is not None and word.lower() in lex.NOT_A_SHARE_AFTER


def hyphened_to_number(text: str, at: int, lex: Lexicon) -> bool:
    """Whether a number word or "and" is hyphened to the word at ``at``."""
    word = hyphened_before(text, at)
    if word is None:
        return False
    w = fold(word)
    return w in lex.AND_WORDS or w in lex.UNITS or w in lex.TENS or w in lex.SCALES


def ordinal_unit(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` is an ordinal of ``ORDINAL_UNITS`` or its plural ("fifth", "fifths")."""
    return word in lex.ORDINAL_UNITS or (word[-1:] == "s" and word[:-1] in lex.ORDINAL_UNITS)


def compound_part(
    text: str, pos: int, tokens: list[Token], word: str, end: int, lex: Lexicon
) -> float | None:
    """The part "twenty-fifth" stands for when a numerator comes before it, else None.

    An ordinal of tens is a denominator only where nothing else can be meant: after a
    numerator in words ("three twenty-fifths") or an article ("a twenty-first of"), and
    in the plural ("twenty-fifths"; hyphened for "seconds", since "thirty seconds" is a
    length of time), or in the singular after "one" where no noun follows ("one
    twenty-fifth of the estate"; not "one twenty-first century skill") and after "a"
    before "of" ("a twenty-first of the prize"; not "celebrating a twenty-first").
    """
    tens = tokens[-1]
    hyphened = "-" in text[tens.end : end - len(word)]
    numerator = tokens[-2].word if len(tokens) > 1 else None
    if numerator is None and a_before(text, pos):
        numerator = "a"
    if numerator is None or (len(tokens) > 1 and tokens[-1].after_and):
        return None
    plural = word not in lex.ORDINAL_UNITS
    unit = word[:-1] if plural else word
    if plural:
        if not hyphened and unit in lex.ORDINALS_OTHER_PLURALS:
            return None
    elif numerator == "a":
        of = OF_AFTER.match(text, end)
        if of is None:
            return None  # "celebrating a twenty-first": a birthday
        month = LETTERS.match(text, of.end())
        if month is not None and month.group().lower() in lex.MONTHS:
            return None  # "a twenty-first of June": a day
    elif lex.UNITS.get(numerator) != 1 or WORD_AFTER.match(text, end) is not None:
        return None
    denominator: int = lex.TENS[tens.word] + lex.ORDINAL_VALUES[unit]
    return 1 / denominator


def ordinal_at(text: str, at: int, lex: Lexicon) -> bool:
    """Whether an ordinal of ``ORDINAL_UNITS`` stands at ``at``, hyphened to no word
    ("first", not "first-time": "one hundred first-time buyers" are a hundred)."""
    o = LETTERS.match(text, at)
    return (
        o is not None
        and fold(o.group()) in lex.ORDINAL_UNITS
        and text[o.end() : o.end() + 1] not in HYPHENS
    )


def ordinal_after(text: str, numer: list[Token], word: Token, lex: Lexicon) -> bool:
    """Whether a singular ordinal after the numerator ``numer`` is no denominator.

    A scale's ordinal after a number above one makes one ordinal with it, hyphened or not
    ("his two hundredth Test", "the two-hundredth anniversary"), and after one where a word
    of content follows ("the one thousandth customer"; not "one thousandth of a second",
    "one hundredth the price").  Any other is no denominator after a number above one ("one
    hundred fifth", "three third prizes"), but for a lone numerator word hyphened to it,
    after "a" or before "of" ("a two-third majority", "a two third majority", "won two
    third of the seats": a share, as Indian English writes it)."""
    if word.word not in lex.ORDINAL_FRACTIONS or word.share is not None:
        return False
    whole = numer[1:] if numer[0].word == "a" else numer  # "a hundred and fifth"
    if not whole:
        return False  # "a fifth"
    n, used, _ = integer(whole, lex)
    if used != len(whole):
        return False
    if n == 1:
        return word.word in lex.SCALE_ORDINALS and _content_after(text, word.end, lex)
    if word.word in lex.SCALE_ORDINALS or len(numer) > 1:
        return True
    if numer[0].word in lex.SCALES:
        return True  # "a hundred and fifth": the numeral's own article
    if OF_AFTER.match(text, word.end) is not None:
        return False  # "two third of the seats"
    joined = text[numer[0].end : word.start].strip()
    return not (joined and joined in HYPHENS) and not a_before(text, numer[0].start)


def _content_after(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a word of content, no stop word, follows ``end`` ("customer", not "the")."""
    m = WORD_AFTER.match(text, end)
    if m is None:
        return False
    word = LETTERS.match(text, m.end() - 1)
    return word is not None and word.group().lower() not in lex.STOPWORDS
