"""Where an ordinal may stand in a text, found in fewer passes than one per word.

:func:`claimdiff.extract.ordinals.ordinals` reads each ordinal word from the opening of
one of ``ORDINAL_STEMS`` ("fift" of "fifteenth") and each number with an ordinal's ending
("11th").  Searching the lower-cased copy once per opening (21 in English) and the text
for a digit before an ending (a pattern tried at every digit, whose class the engine
tests at every character) cost some 4% of extracting news.  Here:

* the openings whose every word ends in "th" ("fourth", "fifteenth", "hundredth") are
  found from the ends of words in "th", one search of a literal the engine skips to,
  and only those places where such an opening starts a word of that length are kept;
  the other openings ("first", "second", "third") are searched as before;
* in a text whose every digit is ASCII, a digit before an ending is found in a copy
  whose every digit is made "0", by a pattern opening with that one "0".

Both find exactly the places the searches of each opening and the pattern found
(tests/test_ordinal_finds.py compares them): a place found is read as before.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon
from claimdiff.pattern_code import compile_pattern
from claimdiff.text import Lowered, written_forms

__all__ = ["digit_endings", "stem_places"]

# The last digit of a number with an ordinal's ending ("11th", "2,000th", "150th").
ENDING = lazy_pattern(r"\d(?:st|nd|rd|th)\b")
# The end of a word in "th" in the lower-cased copy: "th" and no letter after it.  Lower
# case turns no character that is no letter into a letter (each of the 1,114,112 tried),
# so no end of a word of the text is missed.
_TH_END = lazy_pattern(r"th(?![^\W\d_])")
_TH = "th"
# Every ASCII digit made "0", every other byte kept: an ending's digit, found by a search.
_DIGITS_AS_ZERO = bytes(48 if 48 <= c <= 57 else c for c in range(256))
# An ending after a digit of the copy: one literal opening, which the engine skips to by
# a plain comparison a byte (four searches of "0st", "0nd"… cost more).  Two matches
# never overlap: an ending's letters are no digit.
_ZERO_ENDING = compile_pattern(rb"0(?:st|nd|rd|th)")
# A character outside ASCII: a text's few ("“", "’", "£") are tested for a digit, a cheaper
# look than the ending's pattern, whose digit class the engine tests at every character.
_NOT_ASCII = lazy_pattern(r"[^\x00-\x7f]")


class _Stems(NamedTuple):
    """A lexicon's openings of ordinals, split by how they are found."""

    searched: tuple[str, ...]  # searched one by one ("first", "second", "third")
    # Each word of those whose words all end in "th", with its opening's written forms
    # ("fifth": "fift", "Fift", "FIFT"), and the lengths of those words by their last three
    # letters ("fth": 5 and 7, of "fifth" and "twelfth"): most words in "th" of a text
    # ("with", "both", "south") end in none of them, and are passed over at one look-up.
    th_words: dict[str, tuple[str, ...]]
    th_lengths: dict[str, tuple[int, ...]]


_STEMS: dict[str, _Stems] = {}


def _stems(lex: Lexicon) -> _Stems:
    """The lexicon's openings split (kept per language, as the lexicon is)."""
    found = _STEMS.get(lex.lang)
    if found is None:
        searched: list[str] = []
        forms: dict[str, set[str]] = {}
        for stem in lex.ORDINAL_STEMS:
            words = [w for w in lex.ORDINAL_NUMBERS if w.startswith(stem)]
            # An opening written in ASCII whose words all end in "th" and are ASCII: each
            # word's place is found from its end (the forms the lower-cased search finds:
            # claimdiff.text.written_forms).
            if stem.isascii() and words and all(_ends_in_th(w) for w in words):
                for w in words:
                    forms.setdefault(w, set()).update(written_forms(stem))
            else:
                searched.append(stem)
        found = _STEMS[lex.lang] = _Stems(
            tuple(searched),
            {w: tuple(sorted(f)) for w, f in forms.items()},
            _lengths(forms),
        )
    return found


def _ends_in_th(word: str) -> bool:
    """Whether ``word`` is ASCII, ends in "th" and is long enough to be found by its last
    three letters."""
    return word.isascii() and len(word) >= 3 and word.endswith(_TH)


def _lengths(words: Iterable[str]) -> dict[str, tuple[int, ...]]:
    """The lengths of ``words`` (each at least three letters) by their last three letters,
    in increasing order."""
    found: dict[str, set[int]] = {}
    for w in words:
        found.setdefault(w[-3:], set()).add(len(w))
    return {end: tuple(sorted(lengths)) for end, lengths in found.items()}


def stem_places(text: str, lex: Lexicon, lowered: Lowered) -> Iterable[int]:
    """Places of ``lowered.occurrences(lex.ORDINAL_STEMS)``, in text order: every one at
    which a word of ``lex.ORDINAL_NUMBERS`` starts, and perhaps others, which the
    caller's reading of the word there turns away as it did."""
    low = lowered.aligned()
    if low is None:
        # A long text (several lower-cased windows) or one whose lower case moves offsets:
        # each opening is searched, as the windows are read.
        return lowered.occurrences(lex.ORDINAL_STEMS)
    stems = _stems(lex)
    if not stems.th_words:
        return lowered.occurrences(stems.searched)
    # A word of the table ending at ``end`` starts at ``end`` less its length, where its
    # opening stands as written (one of its three forms): each such place is one the
    # searches found.  The copy's word is looked up first: a call of startswith() with
    # every opening's forms tests each in turn.
    places = set(lowered.occurrences(stems.searched))
    th_words, th_lengths = stems.th_words, stems.th_lengths
    for m in _TH_END.finditer(low):
        end = m.end()
        # A slice from before the text's start is shorter than three: no key.
        for n in th_lengths.get(low[end - 3 : end], ()) if end >= 3 else ():
            if n > end:
                break
            forms = th_words.get(low[end - n : end])
            if forms is not None and text.startswith(forms, end - n):
                places.add(end - n)
    return sorted(places)


def digit_endings(text: str) -> list[int]:
    """Where ``ENDING`` matches in ``text`` (each match's start), in text order."""
    if not text.isascii() and any(m.group().isdecimal() for m in _NOT_ASCII.finditer(text)):
        # A digit of another script ("٣rd") is a digit to the pattern, and not to the copy.
        return [m.start() for m in ENDING.finditer(text)]
    # Each character outside ASCII made one "?" ("“", "£"): the copy's offsets are the
    # text's.
    copy = text.encode("ascii", "replace").translate(_DIGITS_AS_ZERO)
    found: list[int] = []
    for m in _ZERO_ENDING.finditer(copy):
        i = m.start()
        after = text[i + 3 : i + 4]
        # The pattern's \b: no word character after the ending (its last is a letter).
        if not (after.isalnum() or after == "_"):
            found.append(i)
    return found
