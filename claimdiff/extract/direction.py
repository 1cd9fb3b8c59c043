"""Which way a figure moved, and its role in a change ("from", "to", "by").

"Revenue rose 12%", "cut 300 jobs", "fell to $2bn", "up from 40", "a 5%
decline": the words just before a figure (or the noun just after it) say
whether it went up or down.  Comparisons read the same way: "exceeded $5m" is
up, "did not exceed $5m" and "failed to reach 300 tonnes" down.  The grammar
lives in :mod:`claimdiff.lexicon.en_direction`; only a few words on either side
of the figure are read, so the cost is constant per claim.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence

import attrs

from claimdiff.lexicon import en_direction as lx
from claimdiff.model import Claim, Direction, Kind, Span

__all__ = ["COMPARISONS", "Change", "Tokens", "pair_changes", "read_change", "tokenise"]

COMPARISONS = lx.ABOVE_BEFORE | lx.BELOW_BEFORE
"""Words that compare a figure with a mark ("above", "below", "exceeded")."""

# A word, a number-ish token or a clause mark; linear: no nested quantifiers.
_TOKEN = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|[\d.,$£€%]+|[,;:()]")
# How far either side of the figure is read (characters): a few words.
_BEFORE, _AFTER = 60, 25
# How many words may separate a cue from its figure ("rose by some 12%").
_MAX_GAP = 4
# How many words of an object may stand between a cue and the "to"/"by"/"from"
# before the figure: "cut wheat output by 15%", "increased its dividend to 52 cents".
_MAX_OBJECT = 2


@attrs.frozen
class Change:
    """What the words around a figure say of it: its direction and its role."""

    direction: Direction | None
    role: str | None = None
    """"from", "to" or "by" when a preposition names the figure's part in a change."""


def _tokens(text: str) -> list[str]:
    return [m.group(0).lower() for m in _TOKEN.finditer(text)]


@attrs.frozen
class Tokens:
    """The tokens of one sentence, read once: each figure's window is then a bisection.

    Build with :func:`tokenise`; :meth:`between` gives what tokenising the slice
    ``text[lo:hi]`` gives, a token cut by either end included as cut.
    """

    text: str = attrs.field(repr=False)
    starts: list[int]
    ends: list[int]
    lowered: list[str]

    def between(self, lo: int, hi: int) -> list[str]:
        """The lower-cased tokens of ``text[lo:hi]``."""
        i = bisect.bisect_right(self.ends, lo)  # the first token ending after lo
        j = bisect.bisect_left(self.starts, hi)  # tokens before j start before hi
        if i >= j:
            return []
        out = self.lowered[i:j]
        if self.starts[i] < lo or self.ends[i] > hi:  # cut at the left (or both) ends
            out[:1] = _tokens(self.text[max(lo, self.starts[i]) : min(hi, self.ends[i])])
        if j - 1 > i and self.ends[j - 1] > hi:  # cut at the right end
            out[-1:] = _tokens(self.text[self.starts[j - 1] : hi])
        return out


def tokenise(text: str, lo: int, hi: int) -> Tokens:
    """The tokens of ``text[lo:hi]`` (a sentence), for :func:`read_change`."""
    starts, ends, lowered = [], [], []
    for m in _TOKEN.finditer(text, lo, hi):
        starts.append(m.start())
        ends.append(m.end())
        lowered.append(m.group().lower())
    return Tokens(text, starts, ends, lowered)


def _cue_before(words: list[str]) -> tuple[Direction | None, str | None]:
    """The direction named by the nearest cue before the figure, with negation, and the cue."""
    gap = 0
    object_words = 0
    role_seen = False
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        cue = _cue(w)
        if w == "up" and k and words[k - 1] in lx.PHRASAL_UP:
            cue = None  # "makes up a third": no rise
        if cue is not None:
            prev = words[max(0, k - 2) : k]
            if any(p in lx.NEGATIONS for p in prev):
                if w in lx.ABOVE_BEFORE:
                    return Direction.DOWN, w  # "did not exceed", "failed to reach"
                if w in lx.BELOW_BEFORE:
                    return Direction.UP, w
                return None, None  # "did not rise 5%" says nothing sure of the direction
            return cue, w
        if w in lx.STOPS:
            return None, None
        role_seen = role_seen or w in lx.ROLES
        # A filler, a number, or the word right after a number ("from 40 staff
        # to", "from $10 m to") may stand between the cue and the figure; so
        # may a short object once a role word was passed ("cut output by 15%").
        if not (w in lx.FILLERS or _is_number(w) or (k > 0 and _is_number(words[k - 1]))):
            object_words += 1
            if not role_seen or object_words > _MAX_OBJECT:
                return None, None
        gap += 1
        if gap > _MAX_GAP + object_words:
            return None, None
    return None, None


def _is_number(w: str) -> bool:
    return w[0].isdigit() or w[0] in "$£€"


def _cue(w: str) -> Direction | None:
    if w in lx.UP_BEFORE or w in lx.ABOVE_BEFORE:
        return Direction.UP
    if w in lx.DOWN_BEFORE or w in lx.BELOW_BEFORE:
        return Direction.DOWN
    return None


def _cue_after(words: list[str]) -> Direction | None:
    """ "a 5% decline", "12% higher", "300 fewer jobs" (but not "more than")."""
    for k, w in enumerate(words[:2]):
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if nxt == "than":
            return None
        if w in lx.UP_AFTER:
            return Direction.UP
        if w in lx.DOWN_AFTER:
            return Direction.DOWN
        if w not in ("year", "on", "per", "cent", "percent", "points", "point"):
            return None
    return None


def read_change(
    text: str,
    start: int,
    end: int,
    lo: int = 0,
    hi: int | None = None,
    tokens: Tokens | None = None,
) -> Change | None:
    """The direction and role of the figure at ``text[start:end]``, read within ``[lo, hi)``.

    Returns None when the words around the figure say nothing of a change.
    ``tokens``, the tokens of the sentence holding ``[lo, hi)``, saves reading them
    again for each figure.

    A figure a verb or noun of change names the size of ("rose 5%", "a 20%
    increase", "cut 300 jobs") has the role "by", as after "by" itself; a figure
    a comparison names ("exceeded $5m") has none: it is a level.

    >>> t = "Revenue rose from $10m to $12m, a 20% increase."
    >>> [(c.direction.value, c.role) for c in (read_change(t, 18, 22), read_change(t, 26, 30))]
    [('up', 'from'), ('up', 'to')]
    >>> read_change(t, 34, 37)
    Change(direction=<Direction.UP: 'up'>, role='by')
    """
    hi = len(text) if hi is None else hi
    if tokens is None:
        before = _tokens(text[max(lo, start - _BEFORE) : start])
        after = _tokens(text[end : min(hi, end + _AFTER)])
    else:  # ``tokens`` are the sentence's, which holds [lo, hi)
        before = tokens.between(max(lo, start - _BEFORE), start)
        after = tokens.between(end, min(hi, end + _AFTER))
    role = lx.ROLES.get(before[-1]) if before else None
    direction, cue = _cue_before(before)
    if direction is None:
        direction, cue = _cue_after(after), "after"
    if direction is None and role is None:
        return None
    comparison = cue in lx.ABOVE_BEFORE or cue in lx.BELOW_BEFORE
    if role is None and direction is not None and not comparison:
        role = "by"
    return Change(direction, role)


def _role(text: str, c: Claim, tokens: Mapping[Span, Tokens]) -> str | None:
    hi = c.sentence[1] or None
    change = read_change(text, c.span[0], c.span[1], c.sentence[0], hi, tokens.get(c.sentence))
    return None if change is None else change.role


def pair_changes(
    text: str, claims: Sequence[Claim], tokens: Mapping[Span, Tokens] | None = None
) -> list[Claim]:
    """Claims with ``change_from``/``change_to`` set on each "from X … to Y" pair.

    The two figures must be neighbours in one sentence, of one kind and unit
    ("rose from $10m to $12m", "from 1,500 staff to 1,200", and the other
    order, "to 52 cents from 48 cents"); both get the pair, and a figure with
    a direction, a predicate or a noun lends it to its partner.  ``tokens`` are
    the sentences' tokens where already read.
    """
    tokens = tokens or {}
    out = list(claims)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if (
            a.sentence != b.sentence
            or a.kind is not b.kind
            or a.kind in (Kind.QUOTE, Kind.DATE)
            or a.unit != b.unit
            or a.quantity is None
            or b.quantity is None
            or a.quantity.value is None
            or b.quantity.value is None
            or (a.kind is Kind.COUNT and a.noun and b.noun and a.noun.lower() != b.noun.lower())
        ):
            continue  # "to 52 cents; ... from 48 stores" is no change of one thing
        roles = (_role(text, a, tokens), _role(text, b, tokens))
        if roles == ("from", "to"):
            x, y = a.quantity.value, b.quantity.value
        elif roles == ("to", "from"):
            x, y = b.quantity.value, a.quantity.value
        else:
            continue
        direction = a.direction or b.direction
        if direction is None and x != y:
            direction = Direction.UP if y > x else Direction.DOWN
        # The two ends of one change state one thing: "revenue rose from $10m to $12m".
        predicate = a.predicate or b.predicate
        noun = a.noun or b.noun
        out[k] = attrs.evolve(
            a, change_from=x, change_to=y, direction=direction, predicate=predicate, noun=noun
        )
        out[k + 1] = attrs.evolve(
            b, change_from=x, change_to=y, direction=direction, predicate=predicate, noun=noun
        )
    return out
