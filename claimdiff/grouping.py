"""Facts from many texts: the claims that state one thing, at most one per source.

Built on the pairwise pairing (:func:`claimdiff.align.score_block` and
:func:`claimdiff.assignment.assign`), so "the same fact" means what it means for
:func:`claimdiff.compare`.  docs/reconcile.md states the rule; in short:

1. **Blocks.** As for two texts: claims meet only within one dimension.
2. **Sources in order.** The first source's claims each start a fact.  Each
   later source is paired against the facts found so far, as if the facts were
   a second text: one :func:`score_block` of its claims against the facts'
   representatives, then :func:`assign`, one to one.  A claim paired with a
   fact joins it; an unpaired claim starts a fact of its own.
3. **Weakest link.** A fact is represented by the claims of its first
   :data:`REPRESENTATIVES` sources, and a claim's score for a fact is its
   *lowest* score against them; evidence against any of them forbids the
   pair.  So a claim joins a fact only if it pairs with every claim that
   represents it, and a chain A–B–C whose link A–C fails is cut there.
4. **Bounded cost.** A source is paired against at most
   :data:`CANDIDATE_FACTS` facts of a block: those stated by the most sources,
   then the earliest.  Each claim is scored against at most
   ``REPRESENTATIVES * CANDIDATE_FACTS`` claims, so the work grows with the
   number of claims, never with all pairs of them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs
import numpy as np

from claimdiff.align import Candidate, Rules, score_block
from claimdiff.assignment import LONE_AMOUNT_RATIO, OUTLIER_RATIO, assign, lone_ok
from claimdiff.inputs import DEFAULT_MAX_PAIRS, check_pairs
from claimdiff.rates import RateTable, currency_penalty

__all__ = ["CANDIDATE_FACTS", "REPRESENTATIVES", "Group", "group"]

REPRESENTATIVES = 3
"""How many claims (those of a fact's first sources) a joining claim is scored against.

Three is the smallest number for which a link between two sources that does
not hold can be outvoted by neither: a claim must pair with all of them.
"""

CANDIDATE_FACTS = 64
"""How many facts of one block a source is paired against, at most.

A news report states a few dozen figures of one kind at most; 64 facts per
block leaves room for every fact several sources share and for many stated
once, while keeping each claim's work bounded for 50 sources or more.
"""


@attrs.frozen
class Group:
    """One fact as grouping found it: each source's claim, and how well they hold together."""

    members: Mapping[int, Candidate]
    """Source index → that source's claim (with its evidence), in source order."""
    score: float
    """The weakest link by which a claim joined the fact (1.0 for a fact of one claim)."""


@attrs.define
class _Fact:
    """A fact being built."""

    members: dict[int, Candidate]
    score: float = 1.0

    @property
    def representatives(self) -> list[Candidate]:
        return list(self.members.values())[:REPRESENTATIVES]

    def rank(self, order: int) -> tuple[int, int]:
        """Which facts a source is paired against first: the most sources, then the earliest."""
        return (-len(self.members), order)


def group(
    sources: Sequence[Sequence[Candidate]],
    rules: Rules,
    table: RateTable,
    *,
    max_pairs: int | None = DEFAULT_MAX_PAIRS,
) -> list[Group]:
    """The facts the candidates of ``sources`` (one list per source, in order) state.

    Every candidate is in exactly one group, and no group holds two of one
    source.  Groups come block by block, in the order they were started.
    """
    blocks: dict[str, list[list[Candidate]]] = {}
    for s, cands in enumerate(sources):
        for c in cands:
            per_source = blocks.setdefault(c.block, [[] for _ in sources])
            per_source[s].append(c)
    out: list[Group] = []
    # Two reports are paired as compare() pairs them; across three or more, a figure
    # alone of its kind far from what the others say is the outlier a desk looks for.
    ratio = OUTLIER_RATIO if len(sources) > 2 else LONE_AMOUNT_RATIO
    for block, per_source in blocks.items():
        facts: list[_Fact] = []
        for s, cands in enumerate(per_source):
            if cands:
                _join(s, cands, facts, block, rules, table, max_pairs, ratio)
        out += [Group(dict(f.members), f.score) for f in facts]
    return out


def _join(
    s: int,
    cands: list[Candidate],
    facts: list[_Fact],
    block: str,
    rules: Rules,
    table: RateTable,
    max_pairs: int | None,
    ratio: float,
) -> None:
    """Pair source ``s``'s candidates of one block with ``facts``, extending them in place;
    figures left over pair alone up to ``ratio`` times apart (:func:`lone_ok`)."""
    ranked = sorted(range(len(facts)), key=lambda k: facts[k].rank(k))
    pool = [facts[k] for k in sorted(ranked[:CANDIDATE_FACTS])]
    joined: set[int] = set()
    if pool:
        reps = [f.representatives for f in pool]
        columns = [r for rs in reps for r in rs]
        check_pairs(len(cands), len(columns), what=f"{block.split(' ', 1)[0]} claims",
                    max_pairs=max_pairs)  # fmt: skip
        penalty = currency_penalty(cands, columns, table) if block == "money" else None
        scores = score_block(cands, columns, rules, penalty)
        starts = np.cumsum([0] + [len(rs) for rs in reps[:-1]])
        # The weakest link: a fact's score is the lowest against its
        # representatives, and a forbidden pair (-1) forbids the fact.
        weakest = np.minimum.reduceat(scores, starts, axis=1)
        lone = lone_ok(cands, columns, ratio)
        if lone is not None:
            lone = np.logical_and.reduceat(lone, starts, axis=1)
        for i, j, score in assign(weakest, lone=lone):
            pool[j].members[s] = cands[i]
            pool[j].score = min(pool[j].score, score)
            joined.add(i)
    facts += [_Fact({s: c}) for i, c in enumerate(cands) if i not in joined]
