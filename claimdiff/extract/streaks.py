"""A run of time counted by an ordinal: "for the 14th consecutive day", "the third month
in a row", "a fourth straight monthly fall", "for a fifth day" (docs/claims.md, "Runs").

The ordinal is the run's length so far, a length of time in the unit it counts
(``TIME_UNITS``, ``STREAK_TIME_NOUNS``, or the unit of an adjective of time before the
noun, ``STREAK_TIME_ADJECTIVES``): "the 14th consecutive day" is 14 days, as "for 14 days
in a row" is.  It counts a run only where a word of ``STREAK_WORDS`` stands between it and
the noun, or a phrase of ``STREAK_AFTER`` follows the noun, or "a" or "an" stands before
it (``STREAK_ARTICLES``: "for a fifth day", which the fraction reading had made a fifth of
a day).  Runs of things ("a ninth straight win", "its 11th successive quarterly loss") and
other ordinals ("finished 14th", "the third quarter") stay unread.  The ordinal is a word
(``ORDINAL_NUMBERS``) or digits with their ending ("14th").
"""

from __future__ import annotations

import re

from claimdiff.extract.members import DURATION, EXACT
from claimdiff.extract.precision import Draft
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon
from claimdiff.model import Quantity
from claimdiff.pattern_code import compile_pattern
from claimdiff.text import Lowered

__all__ = ["streaks"]

_DIGIT_ORDINAL = lazy_pattern(r"(?P<n>\d{1,4})(?:st|nd|rd|th)\Z")
# The words after a streak word, lower case, among them the head noun ("league win",
# "quarterly loss", "one-day international defeat").
_NOUN_RUN = lazy_pattern(r"\s+(?P<run>[a-z]+(?:[-\s][a-z]+){0,4})")
_RUN_WORD = compile_pattern(r"[a-z]+(?:-[a-z]+)*")
_WORD_BEFORE = lazy_pattern(r"(?P<w>[^\W_]+)\s+$")
_REACH = 24  # characters read back for the ordinal and its article


def streaks(
    text: str, lex: Lexicon, drafts: list[Draft], low: Lowered | None = None
) -> list[Draft]:
    """Each run counted by an ordinal in ``text``, in text order; ``drafts`` the scan's,
    among which "a fifth day" stands as a fifth of a day."""
    if not lex.ORDINAL_NUMBERS:
        return []
    lowered = Lowered(text) if low is None else low
    found: dict[int, Draft] = {}
    for i in lowered.occurrences(lex.STREAK_WORDS):
        draft = _before_noun(text, i, lex)
        if draft is not None:
            found.setdefault(draft.start, draft)
    for i in lowered.occurrences(lex.STREAK_AFTER):
        draft = _before_phrase(text, i, lex)
        if draft is not None:
            found.setdefault(draft.start, draft)
    # "a fifth day" read as a share of a day: the only runs after an article the scan
    # offers, so no pass over the text's units of time is needed for them.
    for d in drafts:
        q = d.quantity
        if d.kind is DURATION and q is not None and q.value is not None and 0 < q.value < 1:
            draft = _after_article(text, d.end, lex)
            if draft is not None and draft.start >= d.start:
                found.setdefault(draft.start, draft)
    out: list[Draft] = []
    for start in sorted(found):
        if not out or out[-1].end <= start:
            out.append(found[start])
    return out


def _ordinal(text: str, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """The ordinal ending right before ``end`` (spaces between), as (start, value)."""
    m = _WORD_BEFORE.search(text, max(0, end - _REACH), end)
    if m is None:
        return None
    word = m["w"].lower()
    digits = _DIGIT_ORDINAL.match(word)
    if digits is not None:
        return m.start("w"), int(digits["n"])
    value = lex.ORDINAL_NUMBERS.get(word)
    return None if value is None else (m.start("w"), value)


def _article_before(text: str, start: int, lex: Lexicon) -> bool:
    m = _WORD_BEFORE.search(text, max(0, start - _REACH), start)
    return m is not None and m["w"].lower() in lex.STREAK_ARTICLES


def _before_noun(text: str, i: int, lex: Lexicon) -> Draft | None:
    """ "the 14th consecutive day", "a ninth straight league win": the word of
    ``STREAK_WORDS`` at ``i``, an ordinal right before it, the noun after it."""
    word = next((w for w in lex.STREAK_WORDS if text[i : i + len(w)].lower() == w), None)
    if word is None or (i and text[i - 1].isalnum()):
        return None
    end = i + len(word)
    if end < len(text) and text[end].isalnum():
        return None
    ordinal = _ordinal(text, i, lex)
    run = _NOUN_RUN.match(text, end)
    if ordinal is None or run is None:
        return None
    head, head_end = _head(run, lex)
    if head is None:
        return None
    return _draft(ordinal, head, head_end, lex)


def _before_phrase(text: str, i: int, lex: Lexicon) -> Draft | None:
    """ "the third month in a row": a phrase of ``STREAK_AFTER`` at ``i``, the noun right
    before it and an ordinal right before the noun."""
    if i and text[i - 1].isalnum():
        return None
    noun = _WORD_BEFORE.search(text, max(0, i - _REACH), i)
    if noun is None or not noun["w"].islower():
        return None
    ordinal = _ordinal(text, noun.start("w"), lex)
    return None if ordinal is None else _draft(ordinal, noun["w"], noun.end("w"), lex)


def _after_article(text: str, end: int, lex: Lexicon) -> Draft | None:
    """ "for a fifth day": the unit of time ending at ``end``, lower case and whole, an
    ordinal right before it and "a" or "an" before the ordinal."""
    i = end
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    unit = text[i:end]
    if unit not in lex.TIME_UNITS or (end < len(text) and text[end].isalnum()):
        return None
    ordinal = _ordinal(text, i, lex)
    if ordinal is None or not _article_before(text, ordinal[0], lex):
        return None
    return _draft(ordinal, unit, end, lex)


def _head(run: re.Match[str], lex: Lexicon) -> tuple[str | None, int]:
    """The head noun among the lower-case words after a streak word, and where it
    ends: a unit of time where one stands ("sixth straight day above 30C"), else the last
    word before one that ends the noun ("day of strikes", "night below freezing"); a unit
    for an adjective of time ("fourth straight monthly fall": month)."""
    kept: list[tuple[str, int]] = []
    for m in _RUN_WORD.finditer(run["run"]):
        w = m.group()
        if w in lex.STOPWORDS or w in lex.STREAK_NOUN_ENDS:
            break
        kept.append((w, run.start("run") + m.end()))
        if w in lex.TIME_UNITS or w in lex.STREAK_TIME_NOUNS:
            break
    if not kept:
        return None, run.end()
    for w, _ in kept[:-1]:
        unit = lex.STREAK_TIME_ADJECTIVES.get(w)
        if unit is not None:
            return unit, kept[-1][1]
    return kept[-1]


def _draft(ordinal: tuple[int, int], head: str, end: int, lex: Lexicon) -> Draft | None:
    """The run as a length of time, or None where it counts no unit of time."""
    start, value = ordinal
    unit = lex.TIME_UNITS.get(head) or lex.STREAK_TIME_NOUNS.get(head)
    if unit is None:
        return None
    q = Quantity(float(value), float(value), float(value), unit, EXACT)
    return Draft(start, end, DURATION, q)
