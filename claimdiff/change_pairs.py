"""Changes said without a figure, paired across two texts (docs/compare.md, "Changes said
in words").

"Exports fell" in one report meets "exports rose 0.9%" or "exports dropped" in the other:
two changes of one thing, and the second report says the opposite or the same.  Each
text's changes are its claims of kind ``change`` and its figures that carry a direction
("rose 0.9%", "eased to 3.4%"); two pair when at least one is said without a figure
(two figures are paired by the blocks already), what moved is one thing (one lemma, one
WordNet sense, or each naming the other among its words: "oil prices", "the price of
oil"), their periods may be one, and the names their clauses give do not part them
("Tesco's shares", "Sainsbury's shares").  Pairs are taken best first, one to one.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Mapping, Sequence
from types import ModuleType

import attrs

from claimdiff import nouns
from claimdiff.change_names import (
    WORD,
    Written,
    is_name,
    names_in,
    names_meet,
    place_named,
    placeless,
    word_end,
    word_start,
    written,
)
from claimdiff.extract.months import is_month_alone
from claimdiff.extract.subjects import clause_break_in, clause_of, subject_before
from claimdiff.extract.what_moved import POSSESSIVE
from claimdiff.findings import judged
from claimdiff.inputs import DEFAULT_MAX_PAIRS, check_pairs
from claimdiff.lexicon import Lexicon
from claimdiff.model import Claim, Direction, Finding, Kind, Span, Verdict
from claimdiff.month_scopes import month_of, month_period
from claimdiff.periods import same_period

__all__ = ["changes_paired"]

# Figures whose direction is a change of what they are said of: "exports rose 0.9%",
# "profit fell to $2bn", "inflation eased to 3.4%".
_MOVING = frozenset({Kind.PERCENT, Kind.MONEY, Kind.COUNT, Kind.MEASURE, Kind.RATE})
# The claims a month named alone dates here: changes said without a figure.
_SAID = frozenset({Kind.CHANGE})
# Figures whose noun is what moved ("Homicides fell 8%": homicides); for the others it
# is the subject before them ("profit fell to $2bn": profit).
_OWN_NOUN = frozenset({Kind.PERCENT, Kind.COUNT})
# A change of a percentage this small or less is one a report may call no change
# ("exports were flat", "edged up 0.1%").
FLAT_ENOUGH = 0.3
# How many words before what moved a figure's change shows: "jobless rate".
_MODIFIERS = 2
# How far after a change said in words its level may stand (characters): "held steady
# at 3.9%".
_LEVEL_REACH = 12
# Evidence beyond what moved: the share of their words in common, and one period.
W_WORDS = 0.3
W_PERIOD = 0.2
W_SORT = 0.2
# Prepositions that open a phrase of place at a sentence's start: "Across the UK, …".
_PLACE_OPENERS = frozenset("in across throughout outside at".split())
# Words opening a period named from when the text was written: "last month" is any month.
_RELATIVE = frozenset("last this next past previous".split())
# How far after a change's words the names of whose or where it is are read (characters):
# "Rents rose in London", "Shares in Apple".
_NAMES_AFTER = 25
# How far before a change's words what moved is named (characters): "House prices in
# London rose", "Britain's exports of cars fell".
_SUBJECT_REACH = 40


@attrs.frozen
class _Change:
    """One change a text says, with what it is read to be a change of."""

    claim: Claim
    noun: str
    said: bool
    """Said without a figure (a claim of kind ``change``)."""
    words: frozenset[str]
    names: frozenset[str]
    modifier: str | None
    """The word before what moved, where it names a sort of it ("knife crime")."""
    shown: Claim
    """The claim as a finding shows it: a figure with the words of its change ("jobless
    rate ticked up to 3.9%"), its kind and quantity the figure's."""
    phrase: frozenset[str]
    """The lemmas of the words that name what moved ("oil prices", "the price of oil")."""


def changes_paired(
    texts: tuple[str, str],
    said: tuple[Sequence[Claim], Sequence[Claim]],
    claims: tuple[Sequence[Claim], Sequence[Claim]],
    paired: Mapping[Span, Span],
    names: tuple[str | None, str | None],
    lex: Lexicon,
    nested: frozenset[str] = frozenset(),
    max_pairs: int | None = DEFAULT_MAX_PAIRS,
) -> list[Finding]:
    """The findings on changes said without a figure in either text (``said``), best
    first, one to one, against each other and against figures of ``claims`` that no
    pair holds (``paired``: each figure of the first text paired, to its partner; a
    figure paired is judged with its partner, its direction included).  Past
    ``max_pairs`` candidate pairs, :class:`TooManyPairsError` is raised (docs/limits.md).
    """
    if not said[0] and not said[1]:
        return []
    levels = (_levels(texts[0], said[0], claims[0]), _levels(texts[1], said[1], claims[1]))
    # A figure paired already is open only to a change said beside its partner ("held
    # steady at 3.9%" against "ticked up to 3.9%", the two levels paired): the change is
    # what the levels' pair does not judge.
    back = {b: a for a, b in paired.items()}
    taken = (
        frozenset(paired) - {back[b] for b in levels[1].values() if b in back},
        frozenset(back) - {paired[a] for a in levels[0].values() if a in paired},
    )
    sides = []
    for text, own, every, held in zip(texts, said, claims, taken, strict=True):
        own = _dated(text, _not_told_twice(own, every), every, lex)
        figures = [c for c in every if c.span not in held]
        sides.append(_changes(text, [*own, *figures], lex))
    side_a, side_b = sides
    check_pairs(len(side_a), len(side_b), what="changes", max_pairs=max_pairs)
    sorts = (_sorts_named(texts[0], lex), _sorts_named(texts[1], lex))
    wrote = (written(texts[0], lex), written(texts[1], lex))
    ranked = []
    for i, x in enumerate(side_a):
        for j, y in enumerate(side_b):
            if x.said or y.said:
                score = _evidence(x, y, nested, sorts, wrote)
                if score is not None:
                    ranked.append((-score, x.claim.span, y.claim.span, i, j))
    ranked.sort()
    used_a: set[int] = set()
    used_b: set[int] = set()
    out = []
    for score, _, _, i, j in ranked:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        x, y = side_a[i], side_b[j]
        verdict, why = judge_changes(x, y)
        at_a = levels[0].get(x.claim.span, x.claim.span)
        at_b = levels[1].get(y.claim.span, y.claim.span)
        if verdict is Verdict.AGREE and paired.get(at_a) == at_b:
            continue  # "unchanged at 1,912", "steady at 1,912": the levels' pair says it
        out.append(judged(x.shown, y.shown, verdict, why, -score, *names))
    return out


def _levels(text: str, said: Sequence[Claim], claims: Sequence[Claim]) -> dict[Span, Span]:
    """Each change said in words with a level right after it in its clause ("held steady
    at 3.9%", "unchanged at 1,912"), to that level's span."""
    figures = sorted(c.span for c in claims if c.kind in _MOVING)
    starts = [f[0] for f in figures]
    out = {}
    for c in said:
        k = bisect.bisect_left(starts, c.span[1])
        if k < len(figures) and figures[k][0] - c.span[1] <= _LEVEL_REACH:
            if not clause_break_in(text, c.span[1], figures[k][0]):
                out[c.span] = figures[k]
    return out


@functools.cache
def _opening_cues(data: ModuleType) -> frozenset[str]:
    """The words a change read from its own words opens with: a verb before what moved
    ("left interest rates unchanged", "pushing prices higher"), a level word a verb of
    results leads ("lower oil prices": not the reporter's, "Reuters reported"), a noun of
    change ("rise in burglaries")."""
    cues: frozenset[str] = (
        data.CHANGE_OBJECT_UP
        | data.CHANGE_OBJECT_DOWN
        | data.CAUSE_VERBS
        | data.RESULT_UP
        | data.RESULT_DOWN
        | data.RESULT_FLAT
        | data.KEEPING_VERBS
        | data.CHANGE_NOUNS_UP
        | data.CHANGE_NOUNS_DOWN
    )
    return cues


def _opening_names(text: str, c: Claim, clause: Span, lex: Lexicon) -> frozenset[str]:
    """The names of a phrase of place that opens the sentence before the change's clause:
    "Across the UK as a whole, prices were flat" is the UK's."""
    opener = WORD.match(text, c.sentence[0])
    if clause[0] <= c.sentence[0] or opener is None or opener.group().lower() not in _PLACE_OPENERS:
        return frozenset()
    return names_in(text, c.sentence[0], (c.sentence[0], clause[0]), lex)


def _not_told_twice(said: Sequence[Claim], claims: Sequence[Claim]) -> list[Claim]:
    """The changes said without a figure but those whose sentence gives the change a
    figure already ("Waits grew by 6% in March, a rise in long waits"): that figure
    is the change, paired as a figure."""
    told = {
        (c.sentence, c.direction, nouns.lemma(c.noun)) for c in claims if c.direction and c.noun
    }
    return [c for c in said if (c.sentence, c.direction, nouns.lemma(c.noun or "")) not in told]


def _dated(text: str, said: Sequence[Claim], claims: Sequence[Claim], lex: Lexicon) -> list[Claim]:
    """The changes said without a figure, each with the month named alone that dates it
    as its period, as a figure's ("Exports fell in March": M03)."""

    def is_month(c: Claim) -> bool:
        return is_month_alone(c, lex)

    months = [c for c in claims if is_month(c)]
    if not months:
        return list(said)
    dating = month_of(text, [*said, *months], is_month, kinds=_SAID)
    out = []
    for c in said:
        m = dating.get(c.span)
        period = None if m is None else month_period(m)
        out.append(c if c.period or period is None else attrs.evolve(c, period=period))
    return out


def _changes(text: str, claims: Sequence[Claim], lex: Lexicon) -> list[_Change]:
    out = []
    for c in claims:
        if c.direction is None:
            continue
        clause = clause_of(text, c.sentence, c.span)
        if c.kind is Kind.CHANGE:
            noun = c.noun
            # What moved is named in the words before the verb ("Exports fell": the span
            # opens with it), or, where the span opens with the words of change, in its
            # own ("left interest rates unchanged", "a rise in burglaries": whoever stands
            # before is the agent, or the reporter).
            opens = WORD.match(text, c.span[0])
            own = opens is not None and opens.group().lower() not in _opening_cues(lex.changes)
            subject = (max(clause[0], c.span[0] - _SUBJECT_REACH) if own else c.span[0], c.span[1])
        elif c.kind in _MOVING:
            noun = c.noun if c.kind in _OWN_NOUN else None
            if noun is None:
                noun = subject_before(text, c.span[0], lex, clause)
                if noun is not None and noun.endswith("ing") and not nouns.is_noun(noun):
                    continue  # "climbing to $1.2745": a verb, no subject
            subject = (max(clause[0], c.span[0] - _SUBJECT_REACH), c.span[0])
        else:
            continue
        if not noun or not noun.isalpha():
            continue
        # The words that name what moved, read once: its head is the last of them that
        # is its noun.
        words = list(WORD.finditer(text, word_start(text, subject[0]), subject[1]))
        if place_named(text, c.sentence[0], words, noun, lex):
            continue  # "in London increased by 7%": a place, not what moved
        low = noun.lower()
        at = next(
            (i for i in range(len(words) - 1, -1, -1) if words[i].group().lower() == low), None
        )
        # Whose or where it is may follow: "Rents rose in London".
        end = min(clause[1], max(c.span[1], subject[1]) + _NAMES_AFTER)
        named_in = (subject[0], word_end(text, end))
        out.append(
            _Change(
                c,
                nouns.lemma(noun.lower()),
                c.kind is Kind.CHANGE,
                frozenset(nouns.lemma(w) for w in c.context),
                names_in(text, c.sentence[0], named_in, lex) | _opening_names(text, c, clause, lex),
                _modifier(text, c.sentence[0], words, at, lex),
                c if c.kind is Kind.CHANGE else _with_words(text, c, words, at, lex.STOPWORDS),
                frozenset(nouns.lemma(m.group().lower()) for m in words),
            )
        )
    return out


def _with_words(
    text: str, c: Claim, words: Sequence[re.Match[str]], k: int | None, stop: frozenset[str]
) -> Claim:
    """Figure ``c`` as the change it says, from what moved (``words[k]``, of the words
    before the figure) to the figure: "jobless rate ticked up to 3.9%", its kind and
    quantity the figure's."""
    if k is None:
        start = c.span[0]
    else:
        # With the words that name its sort: "jobless rate ticked up to 3.9%".
        first = k
        while first > 0 and k - first < _MODIFIERS and words[first - 1].group().lower() not in stop:
            first -= 1
        start = words[first].start()
    return attrs.evolve(c, text=text[start : c.span[1]], span=(start, c.span[1]))


def _modifier(
    text: str, first: int, words: Sequence[re.Match[str]], k: int | None, lex: Lexicon
) -> str | None:
    """The word just before what moved (``words[k]``), lower case, where it names a sort
    of it ("Knife crime", "gas prices"): no stop word, determiner or name.  Where none
    stands there, the noun after "of" names it ("the cost of crude": crude, as "crude
    costs")."""
    if k is None:
        return None
    if not k or words[k - 1].group().lower() in lex.STOPWORDS:
        return _sort_after(text, first, words, k, lex)
    m = words[k - 1]
    if is_name(text, first, m, lex):
        return None  # "Tesco shares", "UK exports": the names say whose
    word = m.group().lower()
    if word in lex.FUNCTION_WORDS or POSSESSIVE.search(word):
        return None
    if word in _opening_cues(lex.changes):
        return None  # "pushing prices higher", "raised rates": the verb, no sort
    return nouns.lemma(word)


def _sort_after(
    text: str, first: int, words: Sequence[re.Match[str]], k: int, lex: Lexicon
) -> str | None:
    """The noun after what moved and "of" (``words[k]``), lower case, where it names a
    sort of it: "the cost of crude", "the price of oil"; no stop word or name."""
    if k + 2 >= len(words) or words[k + 1].group().lower() != "of":
        return None
    m = words[k + 2]
    word = m.group().lower()
    if word in lex.STOPWORDS or is_name(text, first, m, lex) or not nouns.is_noun(word):
        return None
    return nouns.lemma(word)


_Sorts = dict[str, frozenset[str]]


def _sorts_named(text: str, lex: Lexicon) -> _Sorts:
    """Each word of a text before a noun, and the nouns it stands before, as lemmas:
    "knife offences" gives knife → {offence}."""
    out: dict[str, set[str]] = {}
    words = [w.lower() for w in WORD.findall(text)]
    for first, second in itertools.pairwise(words):
        if first in lex.STOPWORDS or second in lex.STOPWORDS or POSSESSIVE.search(first):
            continue
        out.setdefault(nouns.lemma(first), set()).add(nouns.lemma(second))
    return {k: frozenset(v) for k, v in out.items()}


def _names_sort(sorts: _Sorts, modifier: str, noun: str) -> bool:
    """Whether a text names ``modifier`` before ``noun`` or a noun that may be one with it
    ("knife offences" for "knife crime")."""
    return any(n == noun or nouns.may_be_one(n, noun) for n in sorts.get(modifier, ()))


def _relative(period: str) -> bool:
    """Whether a period is named from when the text was written ("last month")."""
    return period.split(" ", 1)[0] in _RELATIVE


def _evidence(
    x: _Change,
    y: _Change,
    nested: frozenset[str],
    sorts: tuple[_Sorts, _Sorts],
    names: tuple[Written, Written],
) -> float | None:
    """How well ``x`` and ``y`` are one change, or None where they cannot be."""
    if x.noun == y.noun:
        alike = 1.0
    elif x.noun in y.phrase and y.noun in x.phrase:
        alike = 1.0  # "oil prices", "the price of oil"
    elif nouns.may_be_one(x.noun, y.noun):
        alike = nouns.similarity(x.noun, y.noun)  # "homicides", "murders"
    else:
        return None  # "wheat", "barley"; "crime", "burglaries" (burglaries may fall as crime rises)
    mx, my = x.modifier, y.modifier
    if (
        mx
        and my
        and mx != my
        and (
            _names_sort(sorts[1], mx, y.noun)
            or _names_sort(sorts[0], my, x.noun)
            or (nouns.is_noun(mx) and nouns.is_noun(my) and not nouns.may_be_one(mx, my))
        )
    ):
        # Two sorts of one thing: where a text names both and so tells them apart
        # ("Vehicle crime was also up, while knife offences fell" against "Knife crime
        # dropped"), or named by two nouns WordNet keeps apart ("gas prices",
        # "electricity prices").  Else two words may name one sort ("jobless rate",
        # "unemployment rate").
        return None
    pa, pb = x.claim.period, y.claim.period
    if pa and pb and not same_period(pa, pb, nested) and not (_relative(pa) or _relative(pb)):
        return None  # "in March", "in April"; "last month" may be either
    if x.names and y.names and not names_meet(x.names, y.names):
        return None  # "Tesco's shares rose", "Sainsbury's shares fell"
    # A name one side gives and the other text never writes (but a place's, which a
    # report leaves unsaid: "UK exports", "Exports"): "Shares in Apple rose", "Shares fell"
    # in a text about another company.
    for own, other in ((x.names, names[1]), (y.names, names[0])):
        if own and not (x.names and y.names) and not own & other.words:
            if not names_meet(own, other.names | placeless(own)):
                return None
    union = x.words | y.words
    shared = len(x.words & y.words) / len(union) if union else 0.0
    # One sort named alike, or neither: "exports rose" meets "exports fell" before "chip
    # exports jumped".
    sort = W_SORT if mx == my else 0.0
    return alike + W_WORDS * shared + (W_PERIOD if pa and pb else 0.0) + sort


def judge_changes(x: _Change, y: _Change) -> tuple[Verdict, str]:
    """The verdict on two changes of one thing, and why, in words.

    The same direction agrees, up against down conflicts, and no change conflicts with
    either, but for a rise or fall of :data:`FLAT_ENOUGH` per cent or less, which a
    report may call no change ("exports were flat", "edged up 0.1%"): compatible.
    """
    da, db = x.claim.direction, y.claim.direction
    what = x.claim.noun or x.noun
    if da is db:
        return Verdict.AGREE, f"both say {what} {_went(da)}"
    flat = x if da is Direction.FLAT else y if db is Direction.FLAT else None
    if flat is None:
        return Verdict.CONFLICT, f"one says {what} {_went(da)}, the other {_went(db)}"
    moving = (y if flat is x else x).claim
    q = moving.quantity
    size = moving.role in (None, "by")  # "edged up 0.1%"; not a level, "rose to 0.1%"
    if moving.kind is Kind.PERCENT and size and q is not None and q.value is not None:
        if abs(q.value) <= FLAT_ENOUGH:
            return Verdict.COMPATIBLE, f"a change of {moving.text} is one a report may call none"
    return (
        Verdict.CONFLICT,
        f"one says {what} stayed the same, the other {_went(moving.direction)}",
    )


def _went(d: Direction | None) -> str:
    """Which way a change went, in words."""
    if d is Direction.FLAT:
        return "stayed the same"
    return f"went {d.value}" if d is not None else "moved"
