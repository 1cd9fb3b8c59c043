"""Ordinals read as facts: a thing's place in its series ("the fourth outbreak", "its 11th
walkout", "the county's fourth"), a finishing place ("finished third", "third place"), a
rank ("the second-warmest June").

A place in a series is the count of such things so far, a finishing place and a rank a
position: each is a count whose unit is :data:`claimdiff.model.ORDINAL`, compared only
with other ordinals (docs/claims.md, "Ordinals"; docs/compare.md).  An ordinal reads as
one only after a determiner or a possessive ("the", "its", "the club's"; "a" or "an"
before a noun), or as a place after a verb of finishing; never before a hyphen ("the
third-floor flat", "first-degree murder") but of a superlative, nor before "of" ("a third
of the staff", "the fourth of July"), nor of the nouns in ``ORDINAL_NOT_SERIES`` ("the
third floor", "the 67th minute", "the fourth quarter").  "first" and "last" alone are not
read ("the first time in 20 years" is seldom a count); a word of tens before a hyphen makes
one ordinal with them ("twenty-first").
"""

from __future__ import annotations

import re

from claimdiff import nouns
from claimdiff.extract.members import COUNT, EXACT
from claimdiff.extract.ordinal_finds import digit_endings, stem_places
from claimdiff.extract.precision import Draft
from claimdiff.extract.word_ordinals import hyphened_before
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon
from claimdiff.model import ORDINAL, RANK, Quantity
from claimdiff.text import HYPHENS, Lowered

__all__ = ["ordinals"]

# A number before an ordinal's ending, thousands grouped or not, after no word or mark of
# a number (matched on the text reversed up to the ending: "000,2" of "2,000th").
_DIGITS_BACK = lazy_pattern(r"(?:\d{1,6}|(?:\d{3},)+\d{1,3})(?![\w.,])")
_BACK_REACH = 16  # characters read back for the number
# The word before an ordinal, and any space between.
_WORD_BEFORE = lazy_pattern(r"(?P<w>[^\W\d_]+(?:['\u2019]s?)?)\s+$")
# Words after an ordinal: letters and inner hyphens, each after spaces.
_WORD_AFTER = lazy_pattern(r"\s+(?P<w>[^\W\d_]+(?:-[^\W\d_]+)*)")
_REACH = 30  # characters read back for the word before an ordinal
_MODIFIERS = 4  # words read after an ordinal for its noun
# A superlative after an ordinal, with a hyphen or a space: "the second-warmest June",
# "the second busiest airport", "the third most common cause".
_SUPERLATIVE = lazy_pattern(r"[-\s](?P<w>[A-Za-z]{2,}est|(?:most|least|Most|Least)\s+[A-Za-z]+)\b")
_WORD_END = lazy_pattern(r"[^\W\d_]*")


def ordinals(text: str, lex: Lexicon, low: Lowered | None = None) -> list[Draft]:
    """Each ordinal read as a fact in ``text``, in text order."""
    words = lex.ORDINAL_NUMBERS
    if not words or not lex.ORDINAL_DETERMINERS:
        return []
    lowered = Lowered(text) if low is None else low
    found: list[tuple[int, int, int]] = []  # (start, end, value)
    # Each place an ordinal word may start (ordinal_finds: fewer searches than one per
    # opening), then each number with an ordinal's ending, read back from its last digit.
    for i in stem_places(text, lex, lowered):
        if i and text[i - 1].isalpha():
            continue  # inside a word: every stem opens its words
        tail = _WORD_END.match(text, i)  # matches the empty word at worst
        lo, hi = i, i if tail is None else tail.end()
        word = text[lo:hi].lower()
        value = words.get(word)
        if value is None:
            continue
        if lo and text[lo - 1] in HYPHENS:
            # "twenty-first", "thirty-fifth": the tens before; never "twenty-second" as 2nd.
            tens = hyphened_before(text, lo)
            ten = lex.TENS.get(tens.lower()) if tens is not None else None
            if tens is None or ten is None or value > 9:
                continue
            lo, value = lo - 1 - len(tens), ten + value
        elif word in lex.ORDINAL_SKIPPED:
            continue
        found.append((lo, hi, value))
    for at in digit_endings(text):
        number = _digits_before(text, at + 1)
        if number is not None:
            found.append((number[0], at + 3, number[1]))
    out: list[Draft] = []
    for start, end, value in sorted(set(found)):
        draft = _read(text, start, end, value, lex)
        if draft is not None and (not out or out[-1].end <= draft.start):
            out.append(draft)
    return out


def _digits_before(text: str, end: int) -> tuple[int, int] | None:
    """The whole number ending at ``end`` and where it starts, or None where a word, a
    point or a comma joins it ("v2nd", "3.5th")."""
    lo = max(0, end - _BACK_REACH)
    m = _DIGITS_BACK.match(text[lo:end][::-1] + (" " if lo == 0 else text[lo - 1]))
    if m is None:
        return None
    return end - m.end(), int(text[end - m.end() : end].replace(",", ""))


def _read(text: str, start: int, end: int, value: int, lex: Lexicon) -> Draft | None:
    """The ordinal at ``start:end`` as a fact, or None where it is no place or count."""
    before = _WORD_BEFORE.search(text, max(0, start - _REACH), start)
    prev = before["w"].lower() if before is not None else ""
    possessive = prev.endswith(("'s", "\u2019s", "s'", "s\u2019"))
    determiner = prev in lex.ORDINAL_DETERMINERS or possessive
    sup = _SUPERLATIVE.match(text, end)
    if sup is not None and sup["w"].lower() in lex.NOT_SUPERLATIVES:
        sup = None  # "England's second Test", "its third protest"
    if sup is not None and determiner:
        # A rank: "the second-warmest June", "the second busiest airport".
        noun, noun_end = _noun(text, sup.end(), lex)
        return _count(start, noun_end if noun else sup.end(), value, noun, RANK)
    if text[end : end + 1] == "-":
        return None  # "the third-floor flat", "first-degree murder", "fourth-seeded"
    noun, noun_end = _noun(text, end, lex)
    placed = _placed(text, before, lex) if before is not None else None
    if placed is not None or noun in lex.PLACE_NOUNS:
        # "finished third", "came in third", "taking third place"
        last = noun_end if noun in lex.PLACE_NOUNS else end
        return _count(start if placed is None else placed, last, value, "place")
    if not determiner:
        return None
    if noun is None:
        nxt = _WORD_AFTER.match(text, end)
        after = nxt["w"].lower() if nxt is not None else ""
        # "the county's fourth in a year", "its third in seven days": a series named before.
        if after in lex.ORDINAL_ELLIPSIS_AFTER and prev not in lex.ORDINAL_ARTICLES:
            return _count(before.start("w") if possessive and before else start, end, value, None)
        return None
    lemma = noun.lower()
    if lemma in lex.ORDINAL_NOT_SERIES or lemma in lex.TIME_UNITS:
        return None
    if (
        value == 2
        and prev in lex.ORDINAL_ARTICLES
        and lex.WORDNET_NOUNS
        and not nouns.is_noun(lemma)
    ):
        return None  # "won by a second ahead of Lund": a unit of time, no thing counted
    # "for the second time" names no series of its own: its sentence's event ("cut rates
    # for the second time" is "its second cut").
    return _count(start, noun_end, value, None if lemma in lex.ORDINAL_GENERIC else lemma)


def _noun(text: str, end: int, lex: Lexicon) -> tuple[str | None, int]:
    """The head noun among the words right after ``end`` and where it ends: the last word
    before a stop word or a mark ("fourth measles outbreak in" -> outbreak), or None where
    a stop word or a mark comes first ("the ninth in the city")."""
    head: str | None = None
    head_end = end
    pos = end
    for _ in range(_MODIFIERS):
        m = _WORD_AFTER.match(text, pos)
        if m is None:
            break
        w = m["w"]
        lower = w.lower()
        if lower in lex.ORDINAL_PASSED:
            pos = m.end()  # "the fourth such warning"
            continue
        if (
            lower in lex.STOPWORDS
            or lower in lex.STREAK_NOUN_ENDS
            or lower in lex.ORDINAL_NOUN_ENDS
        ):
            break
        if head is not None and _verb_like(lower):
            break  # "the 77th Cannes Film Festival opens", "the ninth farm death occurred"
        if lower in lex.ORDINAL_NOT_SERIES or lower in lex.TIME_UNITS:
            return lower, m.end()  # "a fourth quarter decline" is a decline in a quarter
        head, head_end, pos = w, m.end(), m.end()
        if text[pos : pos + 1] in (",", ".", ";", ":", ")", "!", "?"):
            break
    if head is None:
        return None, end
    return head.lower(), head_end


def _verb_like(word: str) -> bool:
    """Whether a word after an ordinal's first noun looks like a verb in the third person
    or the past, or a plural, none of which an ordinal's singular noun phrase holds."""
    return (word.endswith("s") and not word.endswith(("ss", "us", "is", "ics"))) or (
        word.endswith("ed") and not word.endswith("eed")
    )


def _placed(text: str, before: re.Match[str], lex: Lexicon) -> int | None:
    """Where a verb of finishing before an ordinal starts, "in" perhaps between
    ("finished third", "came in third"), or None."""
    word = before["w"].lower()
    if word in lex.PLACE_VERBS:
        return before.start("w")
    if word != "in":
        return None
    verb = _WORD_BEFORE.search(text, max(0, before.start() - _REACH), before.start())
    return verb.start("w") if verb is not None and verb["w"].lower() in lex.PLACE_VERBS else None


def _count(start: int, end: int, value: int, noun: str | None, unit: str = ORDINAL) -> Draft:
    """An ordinal's count: ``value`` things so far, or the ``value``-th place or rank."""
    q = Quantity(float(value), float(value), float(value), unit, EXACT)
    return Draft(start, end, COUNT, q, noun)
