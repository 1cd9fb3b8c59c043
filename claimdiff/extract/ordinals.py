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
third floor", "the 67th minute", "the fourth quarter").  "first" and "last" are not read:
"the first time in 20 years" is seldom a count.
"""

from __future__ import annotations

from claimdiff.extract.members import COUNT, EXACT
from claimdiff.extract.precision import Draft
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon
from claimdiff.model import ORDINAL, RANK, Quantity
from claimdiff.text import Lowered

__all__ = ["ordinals"]

# Digits with an ordinal's ending, thousands grouped or not: "11th", "2,000th", "150th".
_DIGITS = lazy_pattern(r"(?<![\w.,])(?P<n>\d{1,3}(?:,\d{3})+|\d{1,6})(?:st|nd|rd|th)\b")
# The word before an ordinal, and any space between.
_WORD_BEFORE = lazy_pattern(r"(?P<w>[^\W\d_]+(?:['\u2019]s?)?)\s+$")
# Words after an ordinal: letters and inner hyphens, each after spaces.
_WORD_AFTER = lazy_pattern(r"\s+(?P<w>[^\W\d_]+(?:-[^\W\d_]+)*)")
_REACH = 30  # characters read back for the word before an ordinal
_MODIFIERS = 4  # words read after an ordinal for its noun
# A superlative after an ordinal and a hyphen: "the second-warmest June".
_SUPERLATIVE = lazy_pattern(r"-(?P<w>[a-z]{2,}est|most\s+[a-z]+|least\s+[a-z]+)\b")


def ordinals(text: str, lex: Lexicon, low: Lowered | None = None) -> list[Draft]:
    """Each ordinal read as a fact in ``text``, in text order."""
    words = lex.ORDINAL_NUMBERS
    if not words or not lex.ORDINAL_DETERMINERS:
        return []
    lowered = Lowered(text) if low is None else low
    found: list[tuple[int, int, int]] = []  # (start, end, value)
    named = [w for w in words if w not in lex.ORDINAL_SKIPPED]
    for i in lowered.occurrences(named):
        word = next(
            (w for w in named if text[i : i + len(w)].lower() == w and _whole(text, i, len(w))),
            None,
        )
        if word is not None:
            found.append((i, i + len(word), words[word]))
    if any(c.isdigit() for c in text):
        for m in _DIGITS.finditer(text):
            found.append((m.start(), m.end(), int(m["n"].replace(",", ""))))
    out: list[Draft] = []
    for start, end, value in sorted(set(found)):
        draft = _read(text, start, end, value, lex)
        if draft is not None and (not out or out[-1].end <= draft.start):
            out.append(draft)
    return out


def _whole(text: str, i: int, n: int) -> bool:
    """Whether the word at ``i`` of length ``n`` stands alone (not inside another word)."""
    return (i == 0 or not text[i - 1].isalnum()) and (
        i + n == len(text) or not text[i + n].isalnum()
    )


def _read(text: str, start: int, end: int, value: int, lex: Lexicon) -> Draft | None:
    """The ordinal at ``start:end`` as a fact, or None where it is no place or count."""
    before = _WORD_BEFORE.search(text, max(0, start - _REACH), start)
    prev = before["w"].lower() if before is not None else ""
    possessive = prev.endswith(("'s", "\u2019s", "s'", "s\u2019"))
    determiner = prev in lex.ORDINAL_DETERMINERS or possessive
    if text[end : end + 1] == "-":
        sup = _SUPERLATIVE.match(text.lower(), end)
        if sup is None or not determiner:
            return None  # "the third-floor flat", "first-degree murder"
        noun, noun_end = _noun(text, sup.end(), lex)
        return _count(start, noun_end if noun else sup.end(), value, noun, RANK)
    if prev in lex.PLACE_VERBS and before is not None:
        return _count(before.start("w"), end, value, "place")  # "finished third"
    noun, noun_end = _noun(text, end, lex)
    if noun in lex.PLACE_NOUNS:
        return _count(start, noun_end, value, "place")  # "taking third place"
    if not determiner:
        return None
    if noun is None:
        nxt = _WORD_AFTER.match(text, end)
        after = nxt["w"].lower() if nxt is not None else ""
        # "the county's fourth in a year", "the ninth in the city": a series named before.
        if (possessive or prev == "the") and after in lex.ORDINAL_ELLIPSIS_AFTER:
            return _count(before.start("w") if possessive and before else start, end, value, None)
        return None
    lemma = noun.lower()
    if lemma in lex.ORDINAL_NOT_SERIES or lemma in lex.TIME_UNITS:
        return None
    return _count(start, noun_end, value, lemma)


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
        if lower in lex.STOPWORDS or lower in lex.STREAK_NOUN_ENDS:
            break
        if head is not None and _third_person(lower):
            break  # an ordinal's noun is singular: "the 77th Cannes Film Festival opens"
        if lower in lex.ORDINAL_NOT_SERIES or lower in lex.TIME_UNITS:
            return lower, m.end()  # "a fourth quarter decline" is a decline in a quarter
        head, head_end, pos = w, m.end(), m.end()
        if text[pos : pos + 1] in (",", ".", ";", ":", ")", "!", "?"):
            break
    if head is None:
        return None, end
    return head.lower(), head_end


def _third_person(word: str) -> bool:
    """Whether a word after an ordinal's first noun looks like a verb in the third person
    or a plural, neither of which an ordinal's singular noun phrase holds."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "ics"))


def _count(start: int, end: int, value: int, noun: str | None, unit: str = ORDINAL) -> Draft:
    """An ordinal's count: ``value`` things so far, or the ``value``-th place or rank."""
    q = Quantity(float(value), float(value), float(value), unit, EXACT)
    return Draft(start, end, COUNT, q, noun)
