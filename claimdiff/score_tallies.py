"""A score against a vote's tally given as two counts.

One report writes a vote as a score ("in a 51-49 vote", "voted 7-2"), the other as a
tally of two counts, each with its side (claimdiff.tallies): "passed by 51 votes to 49",
"seven in favour and two against".  The two counts are read as the score they make
together, spanning both: the words from the first to the second.  A score and a tally
left unpaired after the main alignment pair when the score's sentence is one of voting
too (:func:`voting_scores`) and each text gives as many of one as the other has of the other,
in the order the texts give them; otherwise only a score and a tally of the same two
numbers pair.  A conflict so paired is labelled as paired by elimination
(docs/compare.md, "Scores and tallies").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

import attrs

from claimdiff.candidates import Candidate, lemma
from claimdiff.extract.scores import holds_any, score_quantity
from claimdiff.extract.tally_hints import side
from claimdiff.lexicon import Lexicon
from claimdiff.model import Claim, Kind, Qualifier, Quantity
from claimdiff.pattern_code import compile_pattern
from claimdiff.tallies import AGAINST, FOR

__all__ = [
    "bowling",
    "bowling_figures",
    "lone_wickets",
    "score_against_tally",
    "tallies",
    "voting_scores",
]


def voting_scores(
    text: str, cands: Sequence[Candidate], left: Sequence[int], lex: Lexicon
) -> list[Claim]:
    """The scores among ``left`` (indices into ``cands``) whose sentence holds a word of
    voting: one of the lexicon's ``VOTE_WORDS`` or of its side words (``SIDE_FOR``,
    ``SIDE_AGAINST``, but not the everyday ``SIDE_AFTER_ONLY``): a vote's score, which a
    tally of votes may state ("in a 51-49 vote", "was passed 34-19"; not "Arsenal beat
    Chelsea 3-1")."""
    words = lex.VOTE_WORDS | ((lex.SIDE_FOR | lex.SIDE_AGAINST) - lex.SIDE_AFTER_ONLY)
    out = []
    for i in left:
        c = cands[i].claim
        if c.kind is Kind.SCORE:
            if holds_any(text, c.sentence, words):
                out.append(c)
    return out


def tallies(text: str, cands: Sequence[Candidate], left: Sequence[int]) -> list[Claim]:
    """The tallies among the counts ``left`` (indices into ``cands``) of ``text``: two
    counts of one sentence, one for and one against, read as one score spanning both."""
    by_sentence: dict[tuple[int, int], list[Candidate]] = {}
    for i in left:
        c = cands[i]
        if c.claim.kind is Kind.COUNT and c.side in (FOR, AGAINST) and c.claim.quantity:
            by_sentence.setdefault(c.claim.sentence, []).append(c)
    out: list[Claim] = []
    for group in by_sentence.values():
        if len(group) != 2 or {c.side for c in group} != {FOR, AGAINST}:
            continue  # a vote's two sides, once each; more is no one tally
        first, second = sorted(group, key=lambda c: c.claim.span)
        qa, qb = first.claim.quantity, second.claim.quantity
        assert qa is not None and qb is not None
        if qa.low != qa.high or qb.low != qb.high or qa.low is None or qb.low is None:
            continue  # "more than 200 against" bounds a side; a score has none
        lo, hi = first.claim.span[0], second.claim.span[1]
        x, y = qa.low, qb.low
        out.append(
            attrs.evolve(
                first.claim,
                text=text[lo:hi],
                span=(lo, hi),
                kind=Kind.SCORE,
                quantity=score_quantity(x, y),
            )
        )
    return out


def bowling_figures(
    text: str, cands: Sequence[Candidate], left: Sequence[int], lex: Lexicon
) -> list[Claim]:
    """A bowler's figures given as two counts of one sentence among the counts ``left``
    (indices into ``cands``): wickets, then runs ("four wickets for 47 runs"), read as
    one score spanning both, as a score of cricket ("4-47": claimdiff.extract.cricket)
    states them."""
    if not lex.CRICKET_WORDS:
        return []
    out: list[Claim] = []
    counts = [cands[i] for i in left if cands[i].claim.kind is Kind.COUNT]
    for first, second in itertools.pairwise(counts):
        x, y = first.claim, second.claim
        if x.sentence != y.sentence or x.quantity is None or y.quantity is None:
            continue
        if not _of_wickets(first) or lemma(second.noun) != "run":
            continue
        if _FIGURES_GAP.fullmatch(text, x.span[1], y.span[0]) is None:
            continue  # "took three wickets and hit 85 runs": runs scored, not conceded
        w, r = x.quantity.value, y.quantity.value
        if w is None or r is None or not w <= lex.MOST_WICKETS < r:
            continue
        lo, hi = x.span[0], y.span[1]
        out.append(
            attrs.evolve(
                x, text=text[lo:hi], span=(lo, hi), kind=Kind.SCORE, quantity=score_quantity(w, r)
            )
        )
    return out


def lone_wickets(
    scores: Sequence[Claim],
    text: str,
    cands: Sequence[Candidate],
    left: Sequence[int],
    lex: Lexicon,
) -> list[tuple[Claim, Claim]]:
    """The one bowler's figures of a text (``scores``, each :func:`bowling`'s: an
    innings' wickets, "356-7", were lost, no bowler's haul, and a series' "2-1" counts no
    wickets) against the one count of wickets the other text gives (among ``left``), the
    figures read as their count of wickets: "match figures of 8 for 72" against "took
    eight wickets".  Pairs of (count of the figures, count of wickets)."""
    if not lex.CRICKET_WORDS:
        return []
    # Not a margin: "won by eight wickets" counts no bowler's haul.
    wickets = [
        cands[i].claim
        for i in left
        if cands[i].claim.kind is Kind.COUNT
        and _of_wickets(cands[i])
        and _BY.search(text, max(0, cands[i].claim.span[0] - 4), cands[i].claim.span[0]) is None
    ]
    if len(scores) != 1 or len(wickets) != 1:
        return []
    score = scores[0]
    assert score.quantity is not None
    w = score.quantity.low
    one = Quantity(w, w, w, None, Qualifier.EXACT)
    count = attrs.evolve(score, kind=Kind.COUNT, quantity=one, noun="wickets")
    return [(count, wickets[0])]


def _of_wickets(c: Candidate) -> bool:
    """Whether a count counts wickets: "four wickets", "a four-wicket haul"."""
    return lemma(c.noun) == "wicket" or "-wicket" in c.claim.text.lower()


def bowling(score: Claim, lex: Lexicon) -> bool:
    """Whether a score is written as a bowler's figures: its first number wickets (at
    most ``MOST_WICKETS``), its second runs (more): "8 for 72", "4-47"."""
    q = score.quantity
    if q is None or q.low is None or q.high is None:
        return False
    if not q.low <= lex.MOST_WICKETS < q.high:
        return False
    first = _FIRST_NUMBER.search(score.text)
    return first is not None and side(first.group(), lex) == q.low


# Between a bowler's wickets and the runs they cost: "four wickets for 47 runs", "a
# four-wicket haul for 19 runs".
_FIGURES_GAP = compile_pattern(
    r"\s+(?:haul\s+)?(?:for|conceding)\s+(?:(?:just|only)\s+)?", re.IGNORECASE
)
# Right before a count that is a margin: "won by eight wickets".
_BY = compile_pattern(r"\bby\s+$", re.IGNORECASE)
# The first number of a score as written, in digits or a word: "8 for 72", "five for 41".
_FIRST_NUMBER = compile_pattern(r"\d+|[^\W\d_]+")


def score_against_tally(
    scores: Sequence[Claim], tallied: Sequence[Claim]
) -> list[tuple[Claim, Claim]]:
    """Pairs of a score and a tally (both of one text each, in text order)."""
    if not scores or not tallied:
        return []
    if len(scores) == len(tallied):
        return list(zip(scores, tallied, strict=True))
    pairs: list[tuple[Claim, Claim]] = []
    taken: set[int] = set()
    for s in scores:
        for k, t in enumerate(tallied):
            if k not in taken and s.quantity == t.quantity:
                pairs.append((s, t))
                taken.add(k)
                break
    return pairs
