"""What a claim takes from the claim beside it, once every claim of a text is made.

A change with no predicate takes its figure's ("sales of $1.73bn were up 28%"), a
change's end with no noun or predicate its size's ("rose 14% to £6.6bn"), and an amount
in a second currency the noun of the first.  :func:`claimdiff.extract.extract` calls these last,
after :func:`~claimdiff.extract.direction.pair_changes`.
"""

from __future__ import annotations

import attrs

from claimdiff.extract.duration_senses import DELAY, HOLDUP, SENSES
from claimdiff.model import Claim, Kind, Span

__all__ = ["changes_of", "share_nouns"]


# How far a change may stand from the figure whose change it is ("sales of $1.73bn were up 28%").
_CHANGE_REACH = 60
# Senses of lengths of time that no figure after them changes: how late, how long held
# up, since when.
_NO_CHANGE_SENSES = SENSES | {DELAY, HOLDUP}


def changes_of(claims: list[Claim]) -> list[Claim]:
    """A change with no predicate of its own takes that of the figure it changes.

    "Drug sales of $1.73 billion were up 28%": the 28% is a change of the sales.
    The figure is the nearest one before it in its sentence, within a few words.
    """
    out = list(claims)
    for k, c in enumerate(out):
        if c.predicate or c.role != "by" or not k:
            continue
        if c.kind is Kind.COUNT and c.direction is None:
            continue  # "winched to safety by two helicopters": who did it, no change
        prev = out[k - 1]
        if prev.kind is Kind.DURATION and prev.predicate in _NO_CHANGE_SENSES:
            continue  # "held up for 20 minutes by two armed men": no change of a delay
        if (
            prev.sentence == c.sentence
            and prev.predicate
            and c.span[0] - prev.span[1] <= _CHANGE_REACH
        ):
            out[k] = attrs.evolve(
                c, predicate=prev.predicate, predicate_of_noun=prev.predicate_of_noun
            )
    return _ends_of_changes(out)


# How far a change's end may stand from its size: "rose 14% to £6.6bn".
_END_REACH = 12


def _ends_of_changes(claims: list[Claim]) -> list[Claim]:
    """A change's end with no noun or predicate of its own takes its size's: in "Profit
    at Barclays rose 14% to £6.6bn" the £6.6bn is the profit, as the 14% is (what a
    figure counts or states is otherwise never read across the figure before it)."""
    out = claims
    for k in range(1, len(claims)):
        c, prev = claims[k], claims[k - 1]
        if not (
            c.role == "to"
            and prev.role == "by"
            and prev.sentence == c.sentence
            and c.span[0] - prev.span[1] <= _END_REACH
        ):
            continue
        noun = c.noun if c.noun is not None else prev.noun
        predicate = c.predicate or prev.predicate
        if noun != c.noun or predicate != c.predicate:
            if out is claims:
                out = list(claims)
            out[k] = attrs.evolve(c, noun=noun, predicate=predicate)
    return out


def share_nouns(claims: list[Claim]) -> None:
    """An amount in a second currency counts what the first one counts."""
    by_span: dict[Span, int] | None = None  # built once an amount is linked: most texts none
    for i, c in enumerate(claims):
        if c.linked is not None and c.noun is None:
            if by_span is None:
                by_span = {x.span: k for k, x in enumerate(claims)}
            other = claims[by_span[c.linked]]
            if other.noun is not None:
                claims[i] = attrs.evolve(c, noun=other.noun)
