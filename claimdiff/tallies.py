"""Which side of a vote a figure counts: for or against.

"Wakefield councillors backed the plans by 34 votes to 19" against "19 members
supporting the scheme and 34 opposing it": the same two numbers, each on the other side.
A tally ("X votes to Y", "X to Y") takes the side of the verb that governs it for its
first figure and the other side for its second ("backed ... by 34 votes to 19": 34 for;
"rejected the bill by 312 votes to 288": 312 against; "voted 1,843 to 1,211 against the
plan": 1,843 against; with no side word the first is for, as a tally is written winner
first: "voted 5 to 2 to close the school", "by a majority of four judges to three"). A
figure outside a tally takes the side its own words name right after it ("19 members
supporting", "34 opposing", "288 in favour", "1,244 voting to accept"), or else in the
three words before it ("the backing of 56.4%"). Only in a sentence holding a word of
voting (``VOTE_WORDS``: "voted", "ballot", "in favour", "supporting"): elsewhere "for"
and "against" are prepositions ("fell 2.3% against the previous quarter"), and a
change's ends are no tally ("cut staff from 1,200 to 900"). The words are the lexicon's
(``VOTE_WORDS``, ``SIDE_FOR``, ``SIDE_AGAINST``, ``SIDE_AFTER_ONLY``); a language
without them reads no sides.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon
from claimdiff.model import Claim, Kind
from claimdiff.pattern_code import compile_pattern

__all__ = ["AGAINST", "FOR", "MARGIN", "sides"]

FOR, AGAINST = "for", "against"
# A vote's margin, "won by 75 votes", "a majority of 75": the gap between the sides, no
# side's count.
MARGIN = "margin"
_OTHER = {FOR: AGAINST, AGAINST: FOR}
# What stands between a tally's two figures: "34 votes to 19", "1,843 to 1,211".
_TALLY_GAP = lazy_pattern(r"\s*(?:votes?\s+)?to\s*", re.IGNORECASE)
# The same with "votes" written: "20 votes to 25" is a tally though read as a fall.
_VOTES_GAP = lazy_pattern(r"\s*votes?\s+to\s*", re.IGNORECASE)
# How far before a tally its governing side word is looked for (characters).
_GOVERNING_REACH = 200
# A figure's own side words end at a clause break or a conjunction.
_OWN_END = lazy_pattern(r"[,;:.]|\s(?:and|but|while|whereas|with|as|when)\s", re.IGNORECASE)
_WORD = compile_pattern(r"[a-z]+(?:-[a-z]+)*")
# How far after a figure its side words may stand: "19 members supporting the scheme".
_OWN_REACH = 40
_TALLIED = frozenset({Kind.COUNT, Kind.PERCENT})
# Side words right before a figure name its side within this many words: "the backing
# of 56.4%", "opposed by 43.6%".
_BEFORE_WORDS = 3


def _side_of(words: Sequence[str], lex: Lexicon) -> str | None:
    """The side the first side word among ``words`` names."""
    for w in words:
        if w in lex.SIDE_FOR:
            return FOR
        if w in lex.SIDE_AGAINST:
            return AGAINST
    return None


def _of_votes(text: str, c: Claim, nxt: Claim) -> bool:
    """Whether a tally's first figure counts votes, in its words or the gap to the second
    ("20 votes to 25", "20 to 25 votes" not)."""
    return c.text.lower().endswith(("vote", "votes")) or bool(
        _VOTES_GAP.fullmatch(text, c.span[1], nxt.span[0])
    )


def _margin(before: Sequence[str], c: Claim, lex: Lexicon) -> bool:
    """Whether a count outside a tally is a vote's margin: after "a majority of"
    (``MARGIN_BEFORE``) with no noun or one of votes or seats ("a majority of 75", not "a
    majority of 312 MPs"), or after "by" within a few words of a verb of winning or losing
    before a count of votes ("winning by 75 votes", "won the vote by 75 votes":
    ``MARGIN_BY``, ``MARGIN_VERBS``)."""
    if c.kind is not Kind.COUNT:
        return False  # "a majority of 52% of members" is a side's share
    noun = c.noun.lower() if c.noun else None
    votes = noun is not None and (noun in lex.VOTE_WORDS or noun in lex.MARGIN_NOUNS)
    if any(tuple(before[-len(m) :]) == m for m in lex.MARGIN_BEFORE):
        return noun is None or votes
    if not votes:
        return False
    for m in lex.MARGIN_BY:
        k = len(m)
        if tuple(before[-k:]) == m and lex.MARGIN_VERBS.intersection(before[-k - 4 : -k]):
            return True
    return False


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def sides(text: str, claims: Sequence[Claim], lex: Lexicon) -> dict[int, str]:
    """The side of each claim (by index) that counts a vote's side, in ``claims``' text.

    >>> from claimdiff import extract
    >>> from claimdiff.lexicon import get_lexicon
    >>> t = "MPs rejected the bill by 312 votes to 288."
    >>> sides(t, extract(t), get_lexicon())
    {0: 'against', 1: 'for'}
    """
    vote_words = lex.VOTE_WORDS
    if not vote_words:
        return {}
    out: dict[int, str] = {}
    voting: dict[tuple[int, int], bool] = {}  # each sentence read once, however many figures
    for n, c in enumerate(claims):
        if c.kind not in _TALLIED or n in out:
            continue
        lo, hi = c.sentence
        if c.sentence not in voting:
            voting[c.sentence] = bool(vote_words.intersection(_words(text[lo:hi])))
        if not voting[c.sentence]:
            continue  # "exports fell 2.3% against the previous quarter", "protests against"
        nxt = claims[n + 1] if n + 1 < len(claims) else None
        if (
            nxt is not None
            and c.role != "from"  # a change's ends: "cut staff from 1,200 to 900"
            and nxt.kind is c.kind
            and nxt.sentence == c.sentence
            and _TALLY_GAP.fullmatch(text, c.span[1], nxt.span[0])
            # "lost by 20 votes to 25" reads as a fall, yet "votes" makes it a tally
            and (c.direction is None or _of_votes(text, c, nxt))
        ):
            # The governing verb: the nearest side word before the tally in its sentence,
            # else right after it.  It stands a few words before its tally: reading back to
            # the sentence's start for each of a thousand tallies took seconds.
            before = _words(text[max(lo, c.span[0] - _GOVERNING_REACH) : c.span[0]])
            after = _words(text[nxt.span[1] : min(hi, nxt.span[1] + _OWN_REACH)])
            side = _side_of(before[::-1], lex) or _side_of(after, lex)
            if side is None:
                # A tally no side word governs is written winner first, for against
                # against: "voted 312 to 288 to give the bill a second reading", "By a
                # bare majority of four judges to three, the court found".
                side = FOR
            out[n], out[n + 1] = side, _OTHER[side]
            continue
        end = min(hi, c.span[1] + _OWN_REACH)
        stop = _OWN_END.search(text, c.span[1], end)
        own = _words(text[c.span[0] : stop.start() if stop else end])
        # Or the words right before it in its clause: "the backing of 56.4% of shareholders".
        start = max(lo, c.span[0] - _OWN_REACH)
        if n and claims[n - 1].sentence == c.sentence:
            start = max(start, claims[n - 1].span[1])  # not across another figure
        breaks = list(_OWN_END.finditer(text, start, c.span[0]))
        just_before = _words(text[breaks[-1].end() if breaks else start : c.span[0]])
        if _margin(just_before, c, lex):
            out[n] = MARGIN  # "winning by 75 votes", "a majority of 75": neither side
            continue
        before_words = [w for w in just_before[-_BEFORE_WORDS:] if w not in lex.SIDE_AFTER_ONLY]
        side = _side_of(own, lex) or _side_of(before_words, lex)
        if side is not None:
            out[n] = side
    return out
