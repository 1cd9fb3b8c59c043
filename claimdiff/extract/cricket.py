"""Cricket's scores: an innings ("356 for 7", "356-7 declared", "356/7") and a bowler's
figures ("five for 41", "4-47").

Two reports of one match write one innings two ways: "declared on 356 for seven" and
"Yorkshire's 356-7". The scan read the first as two counts and the second as nothing, so
the two never met. In a text holding a word only cricket writes (the lexicon's
``CRICKET_WORDS``: "wickets", "innings", "stumps", "overs", …), a count of runs in two
digits or more ("268 runs", "a 46-run win"; not "the number 73 runs"), or two of the
words it shares with other games and business (``CRICKET_HINTS``: "declared", "balls",
"deliveries", "century"), two numbers joined by "for", a dash or a slash are one score,
of kind ``score``, where one of them may count wickets (at most ``MOST_WICKETS``, in
digits or words) and the other runs (more than that, in digits): runs first is an
innings, wickets first a bowler's figures. Elsewhere only an innings declared is read
("declared at 421-6", "356-7 declared"). A score is its two numbers as an interval,
smaller first (:func:`claimdiff.extract.scores.score_quantity`), so "356 for seven" and
"356-7" are one score. Dashes and slashes join digits only. Figures written with their
nouns ("four wickets for 47 runs") stay two counts, each with its noun, as the scan read
them: they meet "took four wickets" and "conceded 47 runs". No noun may follow a score
but a word of ``INNINGS_AFTER`` ("declared"): "paid 300 for two tickets" and "150 for 4
overs" are no scores. Two small numbers ("3-1", "6-4") or two large ones ("112-108") are
left to :mod:`claimdiff.extract.scores` (docs/claims.md, "Scores").
"""

from __future__ import annotations

import re

from claimdiff import nouns
from claimdiff.extract.members import COUNT, SCORE
from claimdiff.extract.overlay import overlay
from claimdiff.extract.precision import Draft
from claimdiff.extract.scores import score_quantity
from claimdiff.extract.tally_hints import side
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon
from claimdiff.text import Lowered

__all__ = ["with_cricket"]

# Two numbers in digits or words, joined by "for", a dash or a slash; no sign, letter,
# point or figure touches either end ("£300 for two", "1.5-2", "2023-24" are none).
_PAIR = lazy_pattern(
    r"(?<![\w.,£$€¥%/:'’-])(\d{1,3}|[^\W\d_]+)(\s+for\s+|\s?[-–]\s?|/)(\d{1,3}|[^\W\d_]+)"
    r"(?![\w%/:'’-]|[.,]\d)",
    re.IGNORECASE,
)
_NEXT_WORD = lazy_pattern(r"\s+([^\W\d_]+)")
# A Test of a series, "the second Test": a match, not "a blood test".
_TEST = lazy_pattern(
    r"(?<![^\W\d_])(?i:first|second|third|fourth|fifth|final|opening|deciding|1st|2nd"
    r"|3rd|4th|5th)\s+Test(?![^\W\d_])"
)
# A count of runs in digits, found at its noun: "268 runs", "a 46-run win".
_RUNS = lazy_pattern(r"(?<=\d[\s-])runs?(?![^\W\d_])", re.IGNORECASE)
# Runs counted in two digits or more, after no word that numbers a route or a bus ("the
# number 73 runs hourly"): the game's alone.
_RUNS_COUNTED = lazy_pattern(
    r"(?<!number )(?<!route )(?<!bus )(?<!line )(?<!no\. )(?<![\d,.])\d{2,3}[\s-]$",
    re.IGNORECASE,
)
# Words before two numbers that make them a range of something else: "aged 18-24".
_NOT_AFTER = lazy_pattern(r"\b(?:aged|ages|age|between|from|pages?|nos?)\s+$", re.IGNORECASE)


def with_cricket(text: str, drafts: list[Draft], lex: Lexicon, low: Lowered) -> list[Draft]:
    """``drafts`` with every cricket score of ``text`` read as one, in place of the counts
    the scan read over its span (module docstring)."""
    if not lex.CRICKET_WORDS:
        return drafts
    # Where two numbers may be joined as a score: most texts hold none, and the reading of
    # the game's words, some thirty searches, is asked only of those that do.
    places = _places(text)
    if not places:
        return drafts
    if _of_cricket(text, lex, low):
        matches = [m for at in places if (m := _PAIR.match(text, at)) is not None]
    else:
        # Outside a text of the game, only an innings declared ("declared at 421-6"), read
        # around each "declared" alone: most texts hold none.
        matches = []
        for at in low.occurrences(_DECLARED):
            lo, hi = max(0, at - _DECLARED_REACH), at + _DECLARED_REACH
            matches += [m for m in _PAIR.finditer(text, lo, hi) if _declared(text, m, lex)]
    found = []
    for m in sorted({m.span(): m for m in matches}.values(), key=lambda m: m.start()):
        read = _score(text, m, lex)
        if read is not None:
            found.append(Draft(m.start(), m.end(), SCORE, score_quantity(*read)))
    # Where the scan read money, a measure or a percentage over the span, it stands.
    return overlay(drafts, found, keep=lambda d: d.kind is COUNT or d.kind is SCORE)


def _places(text: str) -> list[int]:
    """Where a match of :data:`_PAIR` may start: at a run of digits joined to another
    number by a dash, a slash or "for" ("356-7", "356/7", "356 for seven"), or at the word
    before "for" and digits ("five for 41").  Found by looking for the joints with
    ``str.find`` and at the characters beside each: a pattern over the whole text cost
    some 18 ns a character, tried at every one."""
    out = []
    for joint in _JOINTS:
        at = text.find(joint)
        while at >= 0:
            end = at  # where the first number ends
            if joint != " for " and end >= 1 and text[end - 1] == " ":
                end -= 1  # "356 - 7"
            start = end
            while start > 0 and end - start < 3 and text[start - 1].isdecimal():
                start -= 1
            if start < end:
                out.append(start)
            elif joint == " for " and text[at + 5 : at + 6].isdecimal():
                word = _WORD_BEFORE.search(text, max(0, at - 24), at)
                if word is not None:
                    out.append(word.start(1))  # "five for 41"
            at = text.find(joint, at + 1)
    return sorted(set(out))


# What joins a score's two numbers, as _PAIR reads them.
_JOINTS = ("-", "–", "/", " for ")
_WORD_BEFORE = lazy_pattern(r"([^\W\d_]+)$")


_DECLARED = ("declared",)
# How far either side of "declared" an innings is looked for (characters).
_DECLARED_REACH = 40


def _declared(text: str, m: re.Match[str], lex: Lexicon) -> bool:
    """Whether a word of ``INNINGS_AFTER`` ("declared") stands right after the match, or
    right before it with at most "on" or "at" between: "356-7 declared", "declared at
    421-6", "declared on 412 for six"."""
    after = _NEXT_WORD.match(text, m.end())
    if after is not None and after[1].lower() in lex.INNINGS_AFTER:
        return True
    before = text[max(0, m.start() - 16) : m.start()].lower().split()[-2:]
    return bool(before) and (
        before[-1] in lex.INNINGS_AFTER
        or (before[-1] in ("on", "at") and before[0] in lex.INNINGS_AFTER)
    )


def _of_cricket(text: str, lex: Lexicon, low: Lowered) -> bool:
    """Whether ``text`` is of the game (module docstring): it holds one of
    ``CRICKET_WORDS`` as a word of its own ("overs", not "takeovers"), a Test of a series,
    runs counted in two digits or more, or two of ``CRICKET_HINTS`` (runs counted
    otherwise among them)."""
    word = lex.patterns["cricket_words"]
    if any(word.match(text, at) for at in low.occurrences(lex.CRICKET_WORDS)):
        return True
    # So is a Test of a series ("the second Test at Lord's"): "a test" is anyone's.
    if lex.TEST_MATCH and "Test" in text and _TEST.search(text) is not None:
        return True
    # So are two words other games write too: "declared … 142 from 251 balls", "trailing by
    # 268 runs … declared".
    hint = lex.patterns["cricket_hints"]
    found = {
        m.group().lower()
        for at in low.occurrences(lex.CRICKET_HINTS)
        if (m := hint.match(text, at)) is not None
    }
    runs = [at for at in low.occurrences(lex.RUN_NOUNS) if _RUNS.match(text, at)]
    if any(_RUNS_COUNTED.search(text, max(0, at - 24), at) for at in runs):
        return True  # "by 46 runs", "a 27-run win": runs a team or a batter made
    if runs:
        found.add("runs")
    return len(found) >= 2


def _score(text: str, m: re.Match[str], lex: Lexicon) -> tuple[float, float] | None:
    """The two numbers of a match of :data:`_PAIR` that is an innings or a bowler's
    figures, or None."""
    first, joint, second = m.groups()
    x, y = side(first, lex), side(second, lex)
    if x is None or y is None:
        return None
    if joint.strip() and not joint.strip().lower() == "for":
        if not (first.isdecimal() and second.isdecimal()):
            return None  # "five-41": a dash joins digits only
    most = lex.MOST_WICKETS
    innings = x > most and y <= most and first.isdecimal()
    bowling = x <= most and y > most and second.isdecimal()
    if not (innings or bowling):
        return None
    if _NOT_AFTER.search(text, max(0, m.start() - 12), m.start()):
        return None
    after = _NEXT_WORD.match(text, m.end())
    if after is not None and _counts(after[1].lower(), lex):
        return None  # "paid 300 for two tickets"
    return x, y


def _counts(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` after two numbers names what the second counts: a noun no stop word
    ("two tickets", "4 overs"; not "declared", "chasing", "shortly")."""
    if word in lex.STOPWORDS or word in lex.INNINGS_AFTER or word in lex.SCORE_TIME_WORDS:
        return False  # "took 5-41 yesterday"
    return not word.endswith(("ing", "ly")) and nouns.is_noun(word)
