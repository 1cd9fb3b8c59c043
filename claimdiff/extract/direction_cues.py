"""Which way the words around a figure say it moved, for :mod:`claimdiff.extract.direction`.

One job: given the words around a figure (lower-cased tokens, read by
:mod:`claimdiff.extract.direction_tokens`), the direction a cue names and the cue: one
before the figure (:func:`cue_before`, "rose 12%", "did not exceed $5m";
:func:`change_in`, "a rise in rents of 3%"), one after it (:func:`cue_after`, "a 5%
decline", "0.3 points lower than in March"), or a verb closing its clause
(:func:`cue_late`, "um 5 Prozent gestiegen", "legte um 8 Prozent zu").  The grammar is
the lexicon's (``lex.direction``).
"""

from __future__ import annotations

from types import ModuleType

from claimdiff.extract.members import DOWN, UP
from claimdiff.model import Direction

__all__ = ["change_in", "cue_after", "cue_before", "cue_late"]

# How many words after the figure a verb that closes its clause is looked for in:
# "um 1,5 Grad gestiegen", "auf 12 Milliarden Euro steigen" (within the characters
# claimdiff.extract.direction reads after the figure for it).
_LATE_WORDS = 5
# How many words may separate a cue from its figure ("rose by some 12%").
_MAX_GAP = 4
# How many words of a verb's clause, or of an aside, may stand between the verb and the
# comma before its figure's role word ("fell unexpectedly in March, by 2.3%"; within
# the characters claimdiff.extract.direction reads before a figure).
_ASIDE_WORDS = 8
# How many words after a figure are read for a word naming its change: the word itself
# after at most three of ``AFTER_SKIP`` ("a 2.4% year-on-year gain").
_AFTER_REACH = 4


def cue_before(words: list[str], lx: ModuleType) -> tuple[Direction | None, str | None]:
    """The direction named by the nearest cue before the figure, with negation, and the cue."""
    gap = 0
    object_words = 0
    most = lx.MAX_OBJECT
    role_seen = number_seen = aside = False
    k = len(words)
    while k:
        k -= 1
        w = words[k]
        run = _run_start(words, k, lx) if role_seen else None
        if run is not None:
            k = run  # "rose for a third straight week to $82": the run is no object
            continue
        if w == "," and role_seen and words[k + 1] in lx.ROLES_AFTER_A_COMMA:
            # "have risen again, to more than 3,600"; where the role word is the figure's
            # own, fillers aside, an aside between commas is passed over unread
            # ("climbed, unexpectedly, by 14,000"; "slumped, hit by the strikes, by 12%")
            # and the verb's clause before the comma read further ("fell unexpectedly in
            # March, by 2.3%"); not "cut 300 jobs under its plan, to be completed by".
            if not aside and all(x in lx.FILLERS for x in words[k + 2 :]):
                aside, most = True, _ASIDE_WORDS
                k = _aside_start(words, k, lx)
            continue
        cue = _cue(w, lx)
        if w == "up" and k and words[k - 1] in lx.PHRASAL_UP:
            rising = words[k - 1] in lx.PHRASAL_UP_RISING_TO and words[k + 1 : k + 2] == ["to"]
            cue = UP if rising else None  # "makes up a third": no rise; "picked up to 3.4%"
        if cue is None and role_seen and not number_seen and w in lx.UP_WITH_A_ROLE:
            cue = UP  # "raised prices by 5%", not "raised $5m from 40 investors"
        if cue is not None:
            prev = words[max(0, k - 2) : k]
            if any(p in lx.NEGATIONS for p in prev):
                if w in lx.ABOVE_BEFORE:
                    return DOWN, w  # "did not exceed", "failed to reach"
                if w in lx.BELOW_BEFORE:
                    return UP, w
                return None, None  # "did not rise 5%" says nothing sure of the direction
            return cue, w
        if w in lx.STOPS:
            return None, None
        role_seen = role_seen or w in lx.ROLES
        number_seen = number_seen or _is_number(w)
        # A filler, a number, or the word right after a number ("from 40 staff
        # to", "from $10 m to") may stand between the cue and the figure; so
        # may a short object once a role word was passed ("cut output by 15%").
        if not (w in lx.FILLERS or _is_number(w) or (k > 0 and _is_number(words[k - 1]))):
            object_words += 1
            if not role_seen or object_words > most:
                return None, None
        gap += 1
        if gap > _MAX_GAP + object_words:
            return None, None
    return None, None


def _aside_start(words: list[str], k: int, lx: ModuleType) -> int:
    """Where the aside ending at the comma ``words[k]`` opens: the comma before it, at most
    ``_ASIDE_WORDS`` words back, where a cue stands in the clause before that comma and
    the words between are an aside: none a cue ("climbed, unexpectedly, by 14,000"), a
    participle's phrase ("slumped in the quarter, hit by the strikes, by 12%") or a
    clause a conjunction opens ("rose, as expected, by 2%").  ``k`` itself otherwise: the
    words before are the verb's own clause ("In March, exports fell, by 2.3%"; "Shares,
    which had risen, fell, by 3%")."""
    for j in range(k - 1, max(-1, k - 1 - _ASIDE_WORDS), -1):
        if words[j] != ",":
            continue
        between = words[j + 1 : k]
        if not between:
            continue  # ", ," : no aside
        participle = _cue(between[0], lx) is not None and between[1:2] == ["by"]
        if not (participle or between[0] in lx.STOPS or all(_cue(w, lx) is None for w in between)):
            break
        for i in range(j - 1, max(-1, j - 1 - _ASIDE_WORDS), -1):
            if words[i] in lx.STOPS:
                break
            if _cue(words[i], lx) is not None:
                return j
        break
    return k


def _run_start(words: list[str], k: int, lx: ModuleType) -> int | None:
    """Where a run of time ending at ``words[k]`` opens ("for a third straight week", "for
    the 5th week running", "for the second month in a row", "for three straight weeks"),
    or None: such a run between a verb of change and its figure's role word is no object
    of the verb."""
    if words[k] == "row" and k >= 3 and words[k - 2 : k] == ["in", "a"]:
        k -= 3
    elif words[k] == "running" and k >= 1:
        k -= 1
    period = words[k]
    if period not in lx.RUN_PERIODS and period.removesuffix("s") not in lx.RUN_PERIODS:
        return None
    for j in range(k - 1, max(-1, k - 6), -1):
        w = words[j]
        if w == "for":
            # An ordinal ("a third straight week", "the 5th week"), or a number before
            # the periods ("three straight weeks"): no run without one.
            if any(_counts_run(m, lx) for m in words[j + 1 : k]):
                return j
            return None
        if not (w in lx.RUN_WORDS or _counts_run(w, lx) or w in _ORDINAL_ENDS):
            return None
    return None


# The endings of an ordinal in digits, which the tokens hold apart ("5", "th").
_ORDINAL_ENDS = frozenset("st nd rd th".split())


def _counts_run(w: str, lx: ModuleType) -> bool:
    return w in lx.RUN_ORDINALS or w in lx.RUN_COUNTS or w[:1].isdigit()


def change_in(words: list[str], lx: ModuleType) -> tuple[Direction | None, str | None]:
    """ "a decline in burglaries of 8%", "a rise in rents of 3%": a noun of change
    (``CHANGE_NOUNS``), what changed after "in" (``CHANGE_IN_WORDS``, at most
    ``CHANGE_IN_REACH`` words, none of ``CHANGE_IN_STOPS``), then "of" and the figure;
    the direction and the noun.
    The caller asks only for a share (``CHANGE_IN_UNITS``): "a rise in earnings per
    share of $3.50" gives the level the earnings reached as often as the rise."""
    if len(words) < 4 or words[-1] != "of":
        return None, None
    stop = max(0, len(words) - 3 - lx.CHANGE_IN_REACH)
    for k in range(len(words) - 2, stop, -1):
        w = words[k]
        if w in lx.STOPS or w in lx.CHANGE_IN_STOPS or _is_number(w):
            break
        if w in lx.CHANGE_IN_WORDS:
            noun = words[k - 1]
            if noun in lx.CHANGE_NOUNS and k + 1 < len(words) - 1:
                return (UP if noun in lx.UP_AFTER else DOWN), noun
            break
    return None, None


def _is_number(w: str) -> bool:
    return w[0].isdigit() or w[0] in "$£€"


def _cue(w: str, lx: ModuleType) -> Direction | None:
    if w in lx.UP_BEFORE or w in lx.ABOVE_BEFORE:
        return UP
    if w in lx.DOWN_BEFORE or w in lx.BELOW_BEFORE:
        return DOWN
    return None


def cue_after(words: list[str], lx: ModuleType) -> Direction | None:
    """ "a 5% decline", "12% higher", "300 fewer jobs", "0.3 points lower than in March";
    not a comparison with anything but an earlier time or a plan ("30 points more than
    any other player"), nor a hedge of what follows ("Of the 300 more than half")."""
    for k, w in enumerate(words[:_AFTER_REACH]):
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if nxt in lx.COMPARATIVES and not _against_a_base(words[k + 2 : k + 7], lx):
            return None
        if w in lx.UP_AFTER:
            return UP
        if w in lx.DOWN_AFTER:
            return DOWN
        if w not in lx.AFTER_SKIP:
            return None
    return None


def _against_a_base(rest: list[str], lx: ModuleType) -> bool:
    """Whether the words after "than" name an earlier time or a plan: one word of
    ``COMPARISON_BASES``; "in" and a year, a month or the period of an article; or an
    article and a period ("than a year earlier", "than the same month")."""
    first = rest[0] if rest else ""
    if first in lx.COMPARISON_BASES:
        return True
    if (first.isdigit() or first in lx.COMPARISON_COUNTS) and len(rest) > 2:
        # "than two weeks ago", "than three months earlier"
        return rest[1].removesuffix("s") in lx.COMPARISON_PERIODS and rest[2] in lx.COMPARISON_AGO
    if first == "in":
        nxt = rest[1] if len(rest) > 1 else ""
        nxt = nxt.rstrip(".,")  # a year's token takes the full stop after it
        if (nxt.isdigit() and len(nxt) == 4) or nxt in lx.COMPARISON_MONTHS:
            return True
        return nxt == "the" and _period(rest[2:], lx)
    if first in ("a", "an"):
        return len(rest) > 1 and rest[1] in lx.COMPARISON_PERIODS and rest[2:3] != ["of"]
    return first == "the" and _period(rest[1:], lx)


def _period(words: list[str], lx: ModuleType) -> bool:
    """A period after "the": "year", "same month", "previous quarter", "previous three
    months", "same 12 months"."""
    if words[:1] and words[0] in lx.COMPARISON_PERIODS:
        return True
    if len(words) < 2 or words[0] not in lx.COMPARISON_ORDINALS:
        return False
    if len(words) > 2 and (words[1].isdigit() or words[1] in lx.COMPARISON_COUNTS):
        return words[2].removesuffix("s") in lx.COMPARISON_PERIODS
    return words[1] in lx.COMPARISON_PERIODS


_DIRECTIONS = {"up": UP, "down": DOWN}


def cue_late(
    after: list[str], before: list[str], lx: ModuleType, role: str | None
) -> Direction | None:
    """A verb closing the figure's clause ("um 5 Prozent gestiegen", "1.200 Stellen
    abzubauen"), or a particle whose verb stands before the figure ("legte um 8
    Prozent zu", "ging auf 2,4 Prozent zurück").  A verb of a thing moving by itself
    counts only for a figure with a role ("um", "auf"): "60 Liter Regen gefallen"."""
    for k, w in enumerate(after[:_LATE_WORDS]):
        if w in lx.STOPS:
            return None
        late = None
        if role is not None and w in lx.LATE_UP:
            late = UP
        elif role is not None and w in lx.LATE_DOWN:
            late = DOWN
        elif w in lx.LATE_OBJECT:
            late = _DIRECTIONS[lx.LATE_OBJECT[w]]
        if late is not None:
            return None if k and after[k - 1] in lx.NEGATIONS else late
        verbs = lx.PARTICLE_VERBS.get(w)
        if verbs is not None:
            for b in reversed(before):
                if b in lx.STOPS:
                    break
                if b in verbs:
                    return _DIRECTIONS[verbs[b]]
    return None
