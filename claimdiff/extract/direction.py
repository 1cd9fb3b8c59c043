"""Which way a figure moved, and its role in a change ("from", "to", "by").

"Revenue rose 12%", "cut 300 jobs", "fell to $2bn", "up from 40", "a 5%
decline": the words just before a figure (or the noun just after it) say
whether it went up or down.  Comparisons read the same way: "exceeded $5m" is
up, "did not exceed $5m" and "failed to reach 300 tonnes" down.  Where the verb
comes last (German "um 5 Prozent gestiegen", "legte um 8 Prozent zu") a verb or
particle a few words after the figure says it.  The grammar is the lexicon's
(``lex.direction``: ``en_direction.py``, ``de_direction.py``); only a few words
on either side of the figure are read, so the cost is constant per claim.

The words are read by :mod:`claimdiff.extract.direction_tokens`, the cues among them by
:mod:`claimdiff.extract.direction_cues`; this module reads a figure's change with them
(:func:`read_change`) and pairs the two ends of one (:func:`pair_changes`).
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence

import attrs

from claimdiff.extract.direction_cues import change_in, cue_after, cue_before, cue_late
from claimdiff.extract.direction_tokens import (
    UNREAD,
    Tokens,
    Unread,
    cue_words,
    lowered_tokens,
    plain_cues,
    plain_role,
    plain_still,
    tokenise,
)
from claimdiff.extract.members import COUNT, DATE, DOWN, QUOTE, UP, YEAR
from claimdiff.fields_repr import fields_repr
from claimdiff.lexicon import Lexicon
from claimdiff.model import Claim, Direction, Span

__all__ = ["Change", "Tokens", "is_comparison", "pair_changes", "read_change", "tokenise"]

# How far either side of the figure is read (characters): a few words.
_BEFORE, _AFTER = 60, 25
# How far after a figure a comparison's "than" and what it compares with are read.
_COMPARISON = 60
# How far after the figure a verb that closes its clause is looked for: "um 1,5
# Grad gestiegen", "auf 12 Milliarden Euro steigen" (characters; of them
# claimdiff.extract.direction_cues reads the first few words).
_LATE = 50


def is_comparison(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` (lower case) compares a figure with a mark ("above", "exceeded")."""
    return word in lex.direction.ABOVE_BEFORE or word in lex.direction.BELOW_BEFORE


@attrs.frozen
class Change:
    """What the words around a figure say of it: its direction and its role."""

    __repr__ = fields_repr  # attrs compiles none (claimdiff.fields_repr)

    direction: Direction | None
    role: str | None = None
    """"from", "to" or "by" when a preposition names the figure's part in a change."""


def read_change(
    text: str,
    start: int,
    end: int,
    lo: int = 0,
    hi: int | None = None,
    tokens: Tokens | None = None,
    *,
    lex: Lexicon,
) -> Change | None:
    """The direction and role of the figure at ``text[start:end]``, read within ``[lo, hi)``.

    Returns None when the words around the figure say nothing of a change.
    ``tokens``, the tokens of the sentence holding ``[lo, hi)``, saves reading them
    again for each figure.

    A figure a verb or noun of change names the size of ("rose 5%", "a 20%
    increase", "cut 300 jobs") has the role "by", as after "by" itself; a figure
    a comparison names ("exceeded $5m") has none: it is a level.

    >>> from claimdiff.lexicon import get_lexicon
    >>> en = get_lexicon("en")
    >>> t = "Revenue rose from $10m to $12m, a 20% increase."
    >>> [(c.direction.value, c.role) for c in (read_change(t, 18, 22, lex=en),
    ...                                        read_change(t, 26, 30, lex=en))]
    [('up', 'from'), ('up', 'to')]
    >>> read_change(t, 34, 37, lex=en)
    Change(direction=<Direction.UP: 'up'>, role='by')
    >>> t = "Der Umsatz legte im dritten Quartal um 8 Prozent zu."
    >>> read_change(t, 39, 49, lex=get_lexicon("de"))
    Change(direction=<Direction.UP: 'up'>, role='by')
    """
    lx = lex.direction
    hi = len(text) if hi is None else hi
    late_cues = bool(lx.LATE_UP or lx.LATE_OBJECT or lx.PARTICLE_VERBS)
    # The windows' ends, without max() and min() (see claimdiff.extract.scan.scan).
    first = start - _BEFORE if start - _BEFORE > lo else lo
    after_end = end + _AFTER if end + _AFTER < hi else hi
    late_end = end + _LATE if end + _LATE < hi else hi
    if (
        tokens is not None
        and tokens.quiet(first, start)
        and tokens.quiet(end, after_end)
        and not (late_cues and not tokens.quiet(end, late_end))
    ):
        return None  # no word around the figure that could name a change (issue 12)
    # A window of no cue gives no role nor direction, whatever its words, and most need
    # no tokens to tell (plain_role, plain_still); they are read again only for a verb
    # closing the clause (German), which may pair with one of them.
    plain = plain_cues(lx) if tokens is None and not late_cues else None
    token = lex.patterns["change_token"]
    cues = cue_words(lx)  # with none among the words, the readers below find nothing
    before: list[str] = []
    role: str | None
    read = UNREAD if plain is None else plain_role(text[first:start], plain)
    if not isinstance(read, Unread):
        role, direction, cue = read, None, None
    else:
        if tokens is None:
            before = lowered_tokens(text[first:start], token)
        else:  # ``tokens`` are the sentence's, which holds [lo, hi)
            before = tokens.between(first, start)
        role = lx.ROLES.get(before[-1]) if before else None
        direction, cue = (None, None) if cues.isdisjoint(before) else cue_before(before, lx)
        if direction is None and before and before[-1] == "of":
            if text[start:end].lower().endswith(lx.CHANGE_IN_UNITS):
                direction, cue = change_in(before, lx)
    if direction is None:  # only now the words after: most figures have no cue before
        if plain is None or not plain_still(text[end:after_end], plain):
            if tokens is None:
                after = lowered_tokens(text[end:after_end], token)
            else:
                after = tokens.between(end, after_end)
            if not cues.isdisjoint(after) and not lx.COMPARATIVES.isdisjoint(after):
                # What "than" compares with may run past the window ("than the previous
                # quarter"): read on.
                far = end + _COMPARISON if end + _COMPARISON < hi else hi
                after = (
                    lowered_tokens(text[end:far], token)
                    if tokens is None
                    else tokens.between(end, far)
                )
            direction = None if cues.isdisjoint(after) else cue_after(after, lx)
        cue = "after"
    if direction is None and late_cues:
        if tokens is None:
            late = lowered_tokens(text[end:late_end], token)
        else:
            late = tokens.between(end, late_end)
        direction = cue_late(late, before, lx, role)
    if direction is None and role is None:
        return None
    comparison = cue in lx.ABOVE_BEFORE or cue in lx.BELOW_BEFORE
    if role is None and direction is not None and not comparison:
        role = "by"
    return Change(direction, role)


def _role(
    text: str,
    c: Claim,
    tokens: Mapping[Span, Tokens],
    lex: Lexicon,
    roles: Mapping[Span, str | None] | None,
) -> str | None:
    if roles is not None:
        role = roles.get(c.span, "")  # missing: read with the claim, and none found
        if role is not None:  # None: not read with the claim (a score, a period)
            return role or None
    hi = c.sentence[1] or None
    change = read_change(
        text, c.span[0], c.span[1], c.sentence[0], hi, tokens.get(c.sentence), lex=lex
    )
    return None if change is None else change.role


def pair_changes(
    text: str,
    claims: Sequence[Claim],
    lex: Lexicon,
    tokens: Mapping[Span, Tokens] | None = None,
    roles: Mapping[Span, str | None] | None = None,
) -> list[Claim]:
    """Claims with ``change_from``/``change_to`` set on each "from X … to Y" pair.

    The two figures must be neighbours in one sentence (a date between them aside), of
    one kind and unit
    ("rose from $10m to $12m", "from 1,500 staff to 1,200", and the other
    order, "to 52 cents from 48 cents"); both get the pair, and a figure with
    a direction, a predicate or a noun lends it to its partner.  ``tokens`` are
    the sentences' tokens where already read; ``roles`` the roles read when the claims
    were made, so that no figure's words are read twice: a claim's role where it has
    one, None where its change was not read, and no entry where it has none.
    """
    tokens = tokens or {}
    out = list(claims)
    # A date or year between the two ends is no figure of the change: "rose to ₹3,209
    # crore in the July-September quarter from ₹3,003 crore", "rose from $10m in 2022 to
    # $12m in 2023".
    ends_at = [k for k, c in enumerate(out) if c.kind is not DATE and c.kind is not YEAR]
    for k, k2 in itertools.pairwise(ends_at):
        a, b = out[k], out[k2]
        qa, qb = a.quantity, b.quantity
        # The cheapest tests first, and the units read from the quantities, not through
        # Claim.unit's call: most neighbours differ in kind (a list of figures).
        if (
            a.kind is not b.kind
            or a.sentence != b.sentence
            or a.kind is QUOTE
            or qa is None
            or qb is None
            or qa.unit != qb.unit
            or qa.value is None
            or qb.value is None
            or (a.kind is COUNT and a.noun and b.noun and a.noun.lower() != b.noun.lower())
            or _two_metrics(a.predicate, b.predicate, lex.METRICS)
        ):
            # "to 52 cents; ... from 48 stores" is no change of one thing, nor "swung to a
            # $212m loss from an $88m profit": each end says which metric it is
            continue
        ends = (_role(text, a, tokens, lex, roles), _role(text, b, tokens, lex, roles))
        if ends == ("from", "to"):
            x, y = qa.value, qb.value
        elif ends == ("to", "from"):
            x, y = qb.value, qa.value
        else:
            continue
        direction = a.direction or b.direction
        if direction is None and x != y:
            direction = UP if y > x else DOWN
        # The two ends of one change state one thing: "revenue rose from $10m to $12m".
        said = a if a.predicate else b
        noun = a.noun or b.noun
        for at, end in ((k, a), (k2, b)):
            out[at] = attrs.evolve(
                end,
                change_from=x,
                change_to=y,
                direction=direction,
                predicate=said.predicate,
                predicate_of_noun=said.predicate_of_noun,
                noun=noun,
            )
    return out


def _two_metrics(a: str | None, b: str | None, metrics: frozenset[str]) -> bool:
    """Whether two predicates are two financial metrics ("loss", "profit"): two facts, not
    one change's ends.  Other classes differ as often by a misread word."""
    return a is not None and b is not None and a != b and a in metrics and b in metrics
