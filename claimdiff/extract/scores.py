"""Scores: "beat Chelsea 3-1", "went down 24-27", "voted 51-49".

A score is two whole numbers joined by a hyphen or dash ("27-24", "6-4 3-6 7-5") with
one of the lexicon's score words (``SCORE_WORDS``: "beat", "lost", "draw", "voted", …)
before it in its sentence or at most 12 characters after it ("a 2-0 win"). Its claim is
one figure of kind ``score``: the two numbers as an interval, smaller first, so that the
winner's "27-24" and the loser's "24-27" are one score (docs/claims.md, "Scores").

A tally in words is a score too: "beaten three goals to one", "edged New York 112 to
108", "by five justices to four", "won two-nil" (the lexicon's ``SCORE_ZERO``), with a
score word before it in its clause, or a first noun of ``TALLY_NOUNS`` ("goals") or a
score word ("five wins to two").  Its first figure is a number with at most one word
after it; its second a number in digits or words, with nothing after it but a stop word,
the first one's noun or a clause's end ("to 15 people" is no tally).  Not after "from"
or "between", nor after ``NOT_TALLIES_AFTER`` ("a ratio of 3 to 1", "open 9 to 5").  In
a sentence holding one of ``VOTE_WORDS`` a tally stays two counts, each with its side
(claimdiff.tallies), which compare reads as one score against the other text's score
(claimdiff.score_tallies).
Without a score word the figures stay what the scan read: "aged 18-24" and "3-5%" are
ranges.  No score is read after "aged", "age", "between", "from", "page" or "no", nor
before "years" or a
percent sign, nor before a noun that is neither a stop word nor a score word ("lost
4-5 players"), nor where the scan read a measure, an amount or a percentage ("2-3 km").
"""

from __future__ import annotations

import bisect
import re

from claimdiff import nouns
from claimdiff.extract.members import COUNT, EXACT, SCORE
from claimdiff.extract.overlay import overlay
from claimdiff.extract.precision import Draft
from claimdiff.extract.tally_hints import side, tally_hints
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon
from claimdiff.model import Quantity, Span
from claimdiff.pattern_code import compile_pattern
from claimdiff.text import sentence_index

__all__ = ["holds_any", "score_quantity", "with_scores"]

# Two numbers of at most three digits: "27-24", "112-108", "6-4"; a year or a grouped
# figure is never one side of a score.  Searched over whole texts, it opens with a digit,
# which the engine skips to, and looks behind that digit for what may not precede it:
# opening with the look-behind, it was tried at every offset (more than twice the time).
# In ASCII text a digit is [0-9], which the engine tests with one range where \d looks up
# the character's category: a third off each pass over a text (issue 12).
_SCORE, _ASCII_SCORE = (
    lazy_pattern(
        rf"({d}(?<![\w.,/:'’-]{d}){d}{{0,2}})\s?[-–]\s?({d}{{1,3}})"
        rf"(?![\w/:%-]|[.,]{d}|\s?(?:per\s?cent|percent|years?)(?![^\W\d_]))",
        re.IGNORECASE,
    )
    for d in (r"\d", "[0-9]")
)
# How far from a score its score word may stand: a verb before it in its sentence ("beat
# Chelsea 3-1", "was beaten in a final, Djokovic taking it 7-6, 7-6"), a noun of the
# result right after it ("a 2-0 win").
_CUE_BEFORE, _CUE_AFTER = 200, 12
# The word after a score: none, a stop word ("in Dublin") or a score word ("a 2-0 win"),
# perhaps after one of the lexicon's SCORE_MODIFIERS ("a 3-1 home win").
_NEXT_WORD = lazy_pattern(r"\s+([a-z][a-z'’-]*)")
# Words before two numbers that make them a range of something else: "aged 18-24".
_NOT_AFTER = lazy_pattern(r"(?:\b(?:aged|ages|age|between|from|pages?|nos?)\s+)$", re.IGNORECASE)


def with_scores(text: str, sents: list[Span], drafts: list[Draft], lex: Lexicon) -> list[Draft]:
    """``drafts`` with every score of ``text`` read as one, in place of what the scan read
    over its span."""
    score = _ASCII_SCORE if text.isascii() else _SCORE
    tos, dashes = tally_hints(text, lex)
    scored = _may_hold_score(text) and score.search(text) is not None
    if not (tos or dashes or scored):
        return drafts
    found: list[Draft] = []
    if not scored:
        # No score: only a sentence holding a hint can give a tally, and most hold none
        # (two bisections each for every sentence cost more than the hints' few).
        sents = [sents[k] for k in sorted({sentence_index(sents, at) for at in tos + dashes})]
    for lo, hi in sents:
        # The sentence's scores first: the cue pattern opens with a look-behind, tried at
        # every offset of a sentence, and most sentences hold no score.
        candidates = list(score.finditer(text, lo, hi)) if scored else []
        near_tos = _within(tos, lo, hi)
        near_dashes = _within(dashes, lo, hi)
        if not (candidates or near_tos or near_dashes):
            continue
        if candidates:
            # The cue pattern, a long trie, is compiled only for a sentence that holds a
            # score or a tally's two numbers (_tally, _tallies_in_words): most hold neither,
            # though " to " after a number hints at a tally in many.
            cue = lex.patterns["score_words"]
            if cue.search(text, lo, hi) is None:
                candidates = []
        for m in candidates:
            if _NOT_AFTER.search(text, max(lo, m.start() - 12), m.start()):
                continue
            # A word of the lexicon's SCORE_WORDS_AFTER makes a score only after it ("a 6-3
            # decision"; not "After the decision, the rate was cut to 4-5").
            before = cue.finditer(text, max(lo, m.start() - _CUE_BEFORE), m.start())
            near = next(
                (c for c in before if c.group().lower() not in lex.SCORE_WORDS_AFTER), None
            ) or _cue_after(text, m.end(), min(hi, m.end() + _CUE_AFTER), cue, lex)
            after = _NEXT_WORD.match(text, m.end())
            if after and after[1] in lex.SCORE_MODIFIERS:  # "a 3-1 home win"
                after = _NEXT_WORD.match(text, after.end())
                if near is None and after and cue.fullmatch(after[1]):
                    near = after  # "A 3-1 aggregate victory": the cue past the modifier
            if near is None:
                continue  # "10-15 were injured after the game": the cue is another's
            if after and _counts(text, after, lex, cue):
                continue  # "lost 4-5 players": a count of players, not a score
            x, y = float(m[1]), float(m[2])
            if (
                x < y
                and near.start() < m.start()
                and " ".join(near.group().lower().split()) in lex.SCORE_WORDS_DESCENDING
            ):
                continue  # "confirmed 10-12 were injured": a range; "confirmed her 51-49"
            found.append(Draft(m.start(), m.end(), SCORE, score_quantity(x, y)))
        # In a sentence of voting a tally stays two counts, each with its side.
        if (near_tos or near_dashes) and not holds_any(text, (lo, hi), lex.VOTE_WORDS):
            found.extend(_tallies_in_words(text, (lo, hi), near_tos, near_dashes, lex))
    # Where the scan read a measure, a percentage or money over the span ("2-3 km", "3-5%"),
    # its reading stands.
    return overlay(drafts, _apart(found), keep=lambda d: d.kind is COUNT)


def _may_hold_score(text: str) -> bool:
    """Whether a score may stand in ``text``: a dash with a digit before it and after it,
    or one white space between ("27-24", "6 - 4"), and on each side a run of at most three
    digits, after none of the characters the score pattern may not follow ("2023-03-20"
    holds none) and before no word character, slash, colon, percent sign or hyphen.  Most
    texts hold no such dash: a look at each spares the pattern's pass over the whole
    text, tried at every digit, and a process holding none never compiles it."""
    for dash, pattern in _DIGITS_DASHES:
        if dash in text:
            for m in pattern.finditer(text):
                if _short_sides(text, m.start()):
                    return True
    return False


# A dash between digits, perhaps after or before one white space: a pattern per dash,
# each opening with its dash, which the engine skips to with a plain comparison a
# character (a class would be tested at each), and looks at the rest around it there.
_DIGITS_DASHES = tuple(
    (dash, lazy_pattern(re.escape(dash) + r"(?:(?<=\d.)|(?<=\d\s.))(?=\d|\s\d)")) for dash in "-–"
)
# What may not stand before a score's first digit, beside a word character (the score
# pattern's look-behind).
_NOT_BEFORE_SCORE = frozenset("_.,/:'’-")
# What may not stand after its last digit, beside a word character (its look ahead).
_NOT_AFTER_SCORE = frozenset("_/:%-")


def _short_sides(text: str, dash: int) -> bool:
    """Whether the digits either side of ``dash`` (a digit, or one white space and a digit,
    on each side) may be a score's two sides, as the score pattern reads them: the first
    run of at most three digits after none of :data:`_NOT_BEFORE_SCORE` nor a word
    character, the second of at most three before none of :data:`_NOT_AFTER_SCORE` nor a
    word character.  What the pattern reads past them ("per cent", ".5") it is left to."""
    last = dash - 1 if text[dash - 1].isdecimal() else dash - 2
    first = last
    while first > last - 2 and first > 0 and text[first - 1].isdecimal():
        first -= 1
    if first > 0 and (text[first - 1].isalnum() or text[first - 1] in _NOT_BEFORE_SCORE):
        return False  # a fourth digit, a letter, "2023-03": a date's
    start = dash + 1 if text[dash + 1].isdecimal() else dash + 2
    end = start + 1
    while end < start + 3 and text[end : end + 1].isdecimal():
        end += 1
    after = text[end : end + 1]
    return not (after.isalnum() or after in _NOT_AFTER_SCORE)


def _apart(found: list[Draft]) -> list[Draft]:
    """``found`` in order, each overlapping none before it (a tally's digits may be read
    as a score too)."""
    out: list[Draft] = []
    for f in sorted(found, key=lambda d: (d.start, -d.end)):
        if not out or f.start >= out[-1].end:
            out.append(f)
    return out


# A tally: a number in digits or one word, perhaps one word after it, " to ", and
# another number ("51 votes to 49", "three goals to one", "4,312 to 1,189").  No sign,
# letter or figure may touch the first: "£5 to £6", "3.5 to 4" are no tallies.
_NUM = r"(?:\d{1,3}(?:,\d{3})*(?![\d.,]\d)|[^\W\d_]+)"
_TALLY = lazy_pattern(
    rf"(?<![\w.,£$€¥%-])({_NUM})(?:\s+([^\W\d_]+))?\s+to\s+({_NUM})(?![\w%-])", re.IGNORECASE
)


# How far around a hinted " to " a tally is looked for: two numbers and a word each side.
_TALLY_REACH = 40


def _within(positions: list[int], lo: int, hi: int) -> list[int]:
    """The ``positions`` (sorted) from ``lo`` to before ``hi``."""
    return positions[bisect.bisect_left(positions, lo) : bisect.bisect_left(positions, hi)]


def _may_hold_tally(text: str, lo: int, hi: int, lex: Lexicon) -> bool:
    """Whether ``text[lo:hi]`` may hold a tally whose second side :func:`side` reads: a
    "to" (in any case) between white space, before a digit or a word it reads ("beaten
    three goals to one").  Most " to " after a number lead to a word that is no number
    ("pledged 1 million pounds to the court"): the tally's pattern is not asked there,
    and a process meeting only those never compiles it."""
    words = text[lo:hi].split()
    for k in range(1, len(words) - 1):  # a word before "to" and one after it
        if words[k] in _TOS:
            after = words[k + 1]
            if after[0].isdecimal():
                return True
            n = 0  # the letters opening it, all the pattern reads of a word
            while n < len(after) and after[n].isalnum() and not after[n].isdecimal():
                n += 1
            if n and side(after[:n], lex) is not None:
                return True
    return False


# "to" in each case: the case-blind pattern matches no other character to "t" or "o".
_TOS = frozenset({"to", "To", "tO", "TO"})


# Two number words joined by a dash: "two-nil", "three-one"; never a number of its own
# ("twenty-one" opens with a ten).
_WORDS_SCORE = lazy_pattern(r"(?<![\w-])([^\W\d_]+)[-–]([^\W\d_]+)(?![\w-])")
# Breaks of a clause before a tally: its score word stands after the last.
_CLAUSE_BREAK = lazy_pattern(r"[,;:]\s")
# What may end a tally: a clause's end.
_TALLY_END = lazy_pattern(r"\s*(?:[,;:.!?)]|$)")


def score_quantity(x: float, y: float) -> Quantity:
    """A score's two numbers as one figure: an interval, smaller first, so that the
    winner's "27-24" and the loser's "24-27" are one score."""
    return Quantity(min(x, y), max(x, y), None, None, EXACT)


def _counts(text: str, after: re.Match[str], lex: Lexicon, cue: re.Pattern[str]) -> bool:
    """Whether the word after two numbers (``after``) makes them a count: a noun that is
    no stop word and no score word ("4-5 players"), or such a noun after a word that is
    neither noun nor stop word, or after a comparative ("10-15 new homes", "3-4 more
    schools"); not "34-28 later that evening", "a 2-0 win", "2-1 at home"."""
    word = after[1]
    if word in lex.STOPWORDS and word not in lex.COMPARATIVES_BEFORE_NOUNS:
        return False
    if cue.fullmatch(word):
        return False
    if nouns.is_noun(word) and word not in lex.COMPARATIVES_BEFORE_NOUNS:
        return True
    then = _NEXT_WORD.match(text, after.end())
    return then is not None and _counts_noun(then[1], lex, cue)


def _counts_noun(word: str, lex: Lexicon, cue: re.Pattern[str]) -> bool:
    return word not in lex.STOPWORDS and not cue.fullmatch(word) and nouns.is_noun(word)


_WORD = compile_pattern(r"[a-z]+")


def holds_any(text: str, span: Span, words: frozenset[str]) -> bool:
    """Whether ``text[span]`` holds one of ``words`` (lower case) as a word of its own."""
    lo, hi = span
    return not words.isdisjoint(_WORD.findall(text[lo:hi].lower()))


def _tally(text: str, lo: int, m: re.Match[str], lex: Lexicon) -> tuple[float, float] | None:
    """The two sides of a match of :data:`_TALLY` that is a tally (see the module's
    docstring), or None."""
    x, y = side(m[1], lex), side(m[3], lex)
    if x is None or y is None:
        return None
    cue = lex.patterns["score_words"]
    if _NOT_AFTER.search(text, max(lo, m.start() - 12), m.start()):
        return None
    if not lex.NOT_TALLIES_AFTER.isdisjoint(
        _WORD.findall(text[max(lo, m.start() - 16) : m.start()].lower())[-2:]
    ):
        return None  # "a ratio of 3 to 1", "odds of 5 to 1", "open 9 to 5"
    own = m[2].lower() if m[2] else None
    if own is not None and (own in lex.STOPWORDS or side(own, lex) is not None):
        return None  # "won 3 of 5 to ...", "one two to three": no count's noun
    after = _NEXT_WORD.match(text, m.end())
    if not _TALLY_END.match(text, m.end()) and after and after[1] != own:
        if _counts(text, after, lex, cue):
            return None  # "rose 12 to 15 people": a count of people
    if own is not None and (own in lex.TALLY_NOUNS or cue.fullmatch(own)):
        return x, y  # "two goals to one", "by five wins to two"
    return (x, y) if _cued(text, lo, m.start(), cue, lex.SCORE_WORDS_AFTER) else None


def _cued(text: str, lo: int, at: int, cue: re.Pattern[str], after: frozenset[str]) -> bool:
    """Whether a score word stands before ``at`` in its clause (from the sentence's start
    ``lo`` or its last comma, semicolon or colon), but those of ``after`` (``SCORE_WORDS_
    AFTER``, a score's only after it): "After the team won, the index rose 12 points to
    7,400" holds none for the tally, nor "The decision raised the limit 20 to 30"."""
    start = max(lo, at - _CUE_BEFORE)
    breaks = [b.end() for b in _CLAUSE_BREAK.finditer(text, start, at)]
    found = cue.finditer(text, breaks[-1] if breaks else start, at)
    return any(c.group().lower() not in after for c in found)


def _cue_after(
    text: str, start: int, end: int, cue: re.Pattern[str], lex: Lexicon
) -> re.Match[str] | None:
    """The score word right after a score, within ``start``-``end``; one of
    ``SCORE_WORDS_AFTER`` only where no noun follows it ("a 6-3 decision", not "30-40
    decision makers")."""
    near = cue.search(text, start, end)
    if near is None or near.group().lower() not in lex.SCORE_WORDS_AFTER:
        return near
    if text[near.end() : near.end() + 1] in ("-", "‐", "–"):
        return None  # "the 5-4 decision-makers"
    nxt = _NEXT_WORD.match(text, near.end())
    return near if nxt is None or nxt[1] in lex.STOPWORDS else None


def _tallies_in_words(
    text: str,
    sentence: Span,
    tos: list[int],
    dashes: list[int],
    lex: Lexicon,
) -> list[Draft]:
    """The sentence's tallies in words (see the module's docstring), looked for around its
    hinted " to " and dashes (claimdiff.extract.tally_hints), cued by a score word before
    them."""
    lo, hi = sentence
    out: list[Draft] = []
    seen: set[int] = set()
    for to in tos:
        at, end = max(lo, to - _TALLY_REACH), min(hi, to + _TALLY_REACH)
        if not _may_hold_tally(text, at, end, lex):
            continue
        while (m := _TALLY.search(text, at, end)) is not None:
            # A word that is no number ("vote of six to two") is passed, not the tally after it.
            at = m.end() if side(m[1], lex) is not None else m.end(1)
            sides = None if m.start() in seen else _tally(text, lo, m, lex)
            if sides is not None:
                seen.add(m.start())
                out.append(Draft(m.start(), m.end(), SCORE, score_quantity(*sides)))
    words_scores = [
        m for d in dashes if (m := _WORDS_SCORE.search(text, max(lo, d - 12), min(hi, d + 12)))
    ]
    for m in words_scores:
        x, y = side(m[1], lex), side(m[2], lex)
        if x is None or y is None:
            continue
        cue = lex.patterns["score_words"]
        after = _NEXT_WORD.match(text, m.end())
        if after is not None and _counts(text, after, lex, cue):
            continue  # "a one-two finish"
        if not _cued(text, lo, m.start(), cue, lex.SCORE_WORDS_AFTER):
            continue
        out.append(Draft(m.start(), m.end(), SCORE, score_quantity(x, y)))
    return out
