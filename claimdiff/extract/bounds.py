"""Hedges, ranges, paired bounds and ratios around a figure's core.

"more than 16,000", "between 3 and 5 million", "above 1000 and below 1500",
"one in five": each reader starts from a core read by
:mod:`claimdiff.extract.amounts` and looks only at a known offset or in the
bounded window before it.
"""

from __future__ import annotations

import math
import re
import unicodedata
from types import ModuleType

from claimdiff import nouns
from claimdiff.construct import new_quantity
from claimdiff.extract.amounts import Core, read_core
from claimdiff.extract.dates import month_after
from claimdiff.extract.members import (
    APPROXIMATE,
    AT_LEAST,
    AT_MOST,
    COUNT,
    DATE,
    DURATION,
    EXACT,
    LESS_THAN,
    MEASURE,
    MONEY,
    MORE_THAN,
    PERCENT,
    RANGE,
)
from claimdiff.extract.money import may_open_symbol
from claimdiff.extract.negated_bounds import negation_before
from claimdiff.extract.numbers import significant_digits
from claimdiff.extract.precision import Draft, exact, signed, written_step
from claimdiff.extract.subjects import noun_after
from claimdiff.extract.window_ends import COMPARISONS as _COMPARISONS
from claimdiff.extract.window_ends import PhraseMatch, hedge_ending, phrase_ending
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon
from claimdiff.model import Qualifier, Quantity
from claimdiff.pattern_code import compile_pattern
from claimdiff.text import HYPHENS
from claimdiff.units import dimension

# The words between two figures of a range ("to", "and") are the lexicon's patterns
# "range_sep" and "range_and"; "from" before a figure is its "change_from".
# Between a lower and an upper bound of one range: "above 1000 and below 1500".
_BOUND_JOIN = lazy_pattern(r"\s*(?:,\s*)?(?:(?:and|but)\s+)?", re.IGNORECASE)
# Four-digit numbers in this span read as years when nothing says otherwise.
YEAR_RANGE = (1800, 2099)


def hedge_before(window: str, lex: Lexicon) -> PhraseMatch | None:
    """The hedge ending ``window``; searched only if its last word ends some hedge.  A word
    of ``HEDGE_GAPS`` may stand between ("at least another two years", "up to a further 500
    jobs"): the hedge is the one before it."""
    mark = window[-2:-1]
    if window[-1:] == " " and mark in _MARKS and mark in _unhedged_marks[lex.data]:
        # A window ending in a mark and a space ("45%, ", "12 km; "), as most do between
        # dense figures: its last word ends in that mark, which ends no hedge's or gap's
        # last word (nor is a comparison), so the tests below would all fail.  Deciding it
        # from two characters spares rsplit and lower, some 2,000 instructions a figure.
        return None
    words = window.rsplit(None, 1)
    if not words:
        return None
    last = words[-1].lower()
    if last in lex.hedge_gap_tails:
        head = window.rstrip()
        low = head.lower()
        for gap in lex.HEDGE_GAPS:
            cut = len(head) - len(gap)
            if low.endswith(gap) and cut > 0 and head[cut - 1].isspace():
                return hedge_before(head[:cut], lex)
        return None
    if last not in lex.hedge_tails and last[-1:] not in _COMPARISONS:
        return None
    h = hedge_ending(window, lex.data)  # as the lexicon's "hedge_before" would find it
    if h is not None and h["hedge"] == ">" and _closes_tag(window[: h.start("hedge")]):
        return None  # "<b>14</b>", "<td>14": markup, no "more than"
    if h is not None and lex.NOT_HEDGES:
        before = window[: h.start("hedge")].split()[-1:]
        if before and f"{before[0]} {norm(h['hedge'])}".lower() in lex.NOT_HEDGES:
            return None  # "How about 2 in 5"
    return h


def _closes_tag(before: str) -> bool:
    """Whether a ">" after ``before`` closes a markup tag: an opening "<" and a letter, "/"
    or "!" after it, with no ">" since ("<b", "</td", '<span class="x"')."""
    i = before.rfind("<")
    return i >= 0 and before[i + 1 : i + 2] in _TAG_OPENERS and ">" not in before[i:]


_TAG_OPENERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ/!")


def _word_before(window: str, h: PhraseMatch) -> str:
    """The word right before the hedge ``h`` matched in ``window``, lower case ("" if none)."""
    before = window[: h.start("hedge")].rstrip().rsplit(None, 1)[-1:]
    return before[0].lower() if before else ""


# What a depth covers, right after its length: "under 46 centimetres of snow"; not a
# dimension ("under 30 cm of length"), nor rain, which falls ("was under 20 mm of rain").
_OF_WHAT = lazy_pattern(
    r"\s+of\s+(?!(?:length|width|height|depth|rain|rainfall)\b)[^\W\d_]", re.IGNORECASE
)
# How many words before "under" its verb of lying or covering may stand: "buried three
# skiers under 15 feet of snow".
_DEPTH_REACH = 4


def _words_before(window: str, h: PhraseMatch, n: int) -> list[str]:
    """The ``n`` words right before the hedge ``h`` in ``window``, lower case."""
    return [w.strip(_PUNCTUATION).lower() for w in window[: h.start("hedge")].split()[-n:]]


_PUNCTUATION = ",;:.!?\"'()“”‘’"


# A hedge word joined to its figure by a hyphen, a letter not following it ("3,000-plus").
_JOINED_HEDGE = lazy_pattern(r"[^\W\d_]+(?![\w-])")


def hedged(text: str, core: Core, lex: Lexicon, window: str, lo: int) -> Draft:
    start = core.start
    mark = window[-2:-1]
    if window[-1:] == " " and mark in _MARKS and mark in _unhedged_marks[lex.data]:
        h = None  # hedge_before's own first answer ("45%, 12 km"), without its call
    else:
        h = hedge_before(window, lex)
    end = core.end
    c = text[end : end + 1]
    # A trailing hedge ("or more", "plus") opens with white space or its first letter.
    trails = c.isspace() or c.isalpha() or c in _trailing_openers[lex.data]
    t = lex.patterns["trailing_hedge"].match(text, end) if trails else None
    if t is not None and norm(t["hedge"]) in lex.TRAILING_HEDGES_AT_CLAUSE_END:
        nxt = text[t.end() :].lstrip(" \t")[:1]
        if nxt.isalnum() or unicodedata.category(nxt or ".") == "Sc":
            t = None  # "$50,000 plus a $25,000 bonus", "plus expenses": an addition
    hedge = None
    if h is not None:  # asked once: most figures have no hedge before them
        word = norm(h["hedge"])
        if word in lex.HEDGES_NOT_AFTER_A_NUMBER and (
            window[: h.start("hedge")].rstrip()[-1:].isdigit()
        ):
            h = None  # "60 over 40"
        elif (
            core.kind is not COUNT
            and word in lex.HEDGES_AFTER_A_MOVE
            and _word_before(window, h) in lex.HEDGES_AFTER_A_MOVE[word]
        ):
            h = None  # "edged up to 3.4%": a move to the level, not a ceiling
        elif word in lex.HEDGES_OF_TIME_ONLY and core.kind is not DURATION:
            h = None  # "within 3km of the plant": the radius itself
        elif (
            word in lex.DEPTH_HEDGES
            and core.kind is MEASURE
            and core.unit is not None
            and dimension(core.unit) == "[length]"
            and _OF_WHAT.match(text, end) is not None
            and not lex.DEPTH_VERBS.isdisjoint(_words_before(window, h, _DEPTH_REACH))
        ):
            h = None  # "buried under 46 centimetres of snow": how deep, no bound
        elif (
            core.kind is DURATION
            and word in lex.SPAN_WORDS
            and _word_before(window, h) not in lex.SPAN_BOUND_AFTER
        ):
            h = None  # "1,500 homes over five years", "stole £1m over 14 months": during
        else:
            hedge = lex.HEDGES[word]
            start = lo + h.start("hedge")
            if hedge[0] in _TURNED:
                negation = negation_before(text, start, lex)
                if negation is not None:  # "will not cost more than £5m": at most £5m
                    hedge, start = _TURNED[hedge[0]], negation
    if h is None and t is not None:
        hedge = lex.TRAILING_HEDGES[norm(t["hedge"])]
        end = t.end()
    elif h is None and c in HYPHENS and lex.TRAILING_HEDGES_AT_CLAUSE_END:
        # "a 3,000-plus crowd", "380,000-plus donors": the hedge joined to its figure
        joined = _JOINED_HEDGE.match(text, end + 1)
        if joined is not None and joined.group().lower() in lex.TRAILING_HEDGES_AT_CLAUSE_END:
            hedge = lex.TRAILING_HEDGES[joined.group().lower()]
            end = joined.end()
    if hedge is None:
        q = exact(core)  # only here: a hedge's bounds replace the exact reading
    else:
        # A hedge bounds the figure as written: "more than 16,000" is
        # [16,000, ∞), whatever rounding "16,000" itself carries.
        qualifier, lf, hf = hedge
        if qualifier == APPROXIMATE.value and _one_digit(core):
            lf, hf = _scaled(lf, COARSE_HEDGE), _scaled(hf, COARSE_HEDGE)
        elif qualifier == APPROXIMATE.value and _three_digits(core):
            lf, hf = _scaled(lf, FINE_HEDGE), _scaled(hf, FINE_HEDGE)
        v = core.value
        lo_v = None if lf is None else min(v * lf, v * (hf if hf is not None else lf))
        hi_v = None if hf is None else max(v * hf, v * lf if lf is not None else v * hf)
        if v < 0 and lf == 0:
            lo_v, hi_v = None, v  # "below -30" is (-∞, -30], not [-30, 0]
        if qualifier == APPROXIMATE.value and _both_ways(lf, hf):
            # A hedge widens a figure, never narrows it: "about £1m" covers at
            # least what rounds to "£1m" (£0.5m-£1.5m), not just ±15%.  A hedge of
            # one side keeps its own reach: "nearly £100m" is no £81m, nor "just over
            # $1 million" $1.3m.
            step = abs(written_step(core))
            if lo_v is not None and lf is not None and lf < 1:
                keep_sign = v >= 0 and not signed(core)  # "about 0C" reaches below zero
                lo_v = min(lo_v, max(0.0, v - step) if keep_sign else v - step)
            if hi_v is not None and hf is not None and hf > 1:
                hi_v = max(hi_v, v + step)
        q = new_quantity(lo_v, hi_v, v, core.unit, _QUALIFIERS[qualifier], None)
    # Built slot by slot, every field set (object.__new__ and plain stores, as
    # claimdiff.construct builds claims): Draft's own __init__, entered from C through the
    # class's call, cost some 2,000 instructions a figure, and nearly every figure ends here.
    draft: Draft = _new(Draft)
    draft.start = start
    draft.end = end
    draft.kind = core.kind
    draft.quantity = q
    draft.noun = draft.per = None
    draft.attributive = core.attributive
    return draft


_new = object.__new__

# A bound a negation turns over (claimdiff.extract.negated_bounds): "not … more than" is
# at most the figure, "not … fewer than" at least it.
_TURNED = {
    MORE_THAN.value: (AT_MOST.value, 0.0, 1.0),
    LESS_THAN.value: (AT_LEAST.value, 1.0, None),
}


# Each qualifier by its value: Qualifier(value), the enum's own look-up, costs some 4,000
# instructions a call.
_QUALIFIERS = {q.value: q for q in Qualifier}


# A hedge on a figure of one significant digit ("about £4m", "some 300") widens half
# as much again: the figure is a coarse rounding already.
COARSE_HEDGE = 1.5
# ... and on a figure of three or more ("some 882 people", "Some 27.1%", "some 121,000")
# half as much: a writer who knows a figure to three digits hedges it lightly, and
# readers call "Some 882" and "828" two figures (docs/claims.md, "Hedges").
FINE_HEDGE = 0.5


def _both_ways(lf: float | None, hf: float | None) -> bool:
    """Whether a hedge's factors reach either side of its figure ("about"), not one
    ("nearly", "just over")."""
    return lf is not None and hf is not None and lf < 1.0 < hf


def _one_digit(core: Core) -> bool:
    """The figure was written with one significant digit ("£4m", "2,000", "300", "0.5", "a
    week", "five")."""
    num = core.number
    if num.words:  # "about a week", "some five million": as coarse as one digit written
        return num.value > 0 and significant_digits(num.value) == 1
    if num.decimals > 1:
        return False
    whole = num.digits.strip("0")
    return len(whole) + num.decimals == 1 if whole else num.decimals == 1


def _three_digits(core: Core) -> bool:
    """The figure was written with three significant digits or more ("882", "27.1",
    "121,000", "1.25"); a number in words never is ("some five hundred")."""
    num = core.number
    if num.words or not num.scale or not math.isfinite(num.value):
        return False
    # The written digits, from the mantissa and the decimals written: "0.125" is 125,
    # "27.10" 2710; a whole number's trailing zeros are its rounding ("121,000": 121).
    written = str(round(abs(num.value / num.scale) * 10**num.decimals))
    if not num.decimals:
        written = written.rstrip("0")
    return len(written) >= 3


def _scaled(factor: float | None, by: float) -> float | None:
    """A hedge factor's distance from 1 scaled ``by`` (0.9 → 0.85 by 1.5, 0.95 by 0.5;
    1 and None stay)."""
    if factor is None or factor == 1.0:
        return factor
    return 1.0 + (factor - 1.0) * by


# What the lexicon's range separators can open with, but white space (the scan asks too).
SEPARATOR_OPENS = frozenset("-‐‑–—~")


class _TrailingOpeners(dict[ModuleType, frozenset[str]]):
    """The first characters of each language's trailing hedges (letters so far; others
    looked up here), by its data module.  A dict filled on first use, not
    functools.cache: its subscript costs less than half the cached call, once per figure."""

    def __missing__(self, data: ModuleType) -> frozenset[str]:
        opens = self[data] = frozenset(h[0] for h in data.TRAILING_HEDGES if h)
        return opens


_trailing_openers = _TrailingOpeners()

# Marks that may end the word before a figure; those ending no hedge's last word are kept.
# A set, tested first: most windows in news end in a letter and a space, and pay no more.
_MARKS = frozenset(",;:.!?)]\"'")


class _UnhedgedMarks(dict[ModuleType, frozenset[str]]):
    """The marks of ``_MARKS`` that end no last word of a hedge or a hedge's gap, by
    data module, filled on first use (a subscript, cheaper than functools.cache)."""

    def __missing__(self, data: ModuleType) -> frozenset[str]:
        tails = [p.split()[-1] for p in (*data.HEDGES, *data.HEDGE_GAPS) if p.split()]
        marks = self[data] = frozenset(m for m in _MARKS if not any(t.endswith(m) for t in tails))
        return marks


_unhedged_marks = _UnhedgedMarks()


def norm(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def _day_of_month(text: str, core: Core, lex: Lexicon) -> bool:
    """Whether the whole number ``core`` is a day with its month after it ("29 December")."""
    if core.kind is not COUNT or core.number.decimals or not 1 <= core.value <= 31:
        return False
    return month_after(text, core.end, lex) is not None


def _a_year(core: Core) -> bool:
    num = core.number
    return (
        core.kind is COUNT
        and not num.words
        and len(num.digits) == 4
        and YEAR_RANGE[0] <= core.value <= YEAR_RANGE[1]
    )


# After "by" and a hedge, "X to Y" is a change and its result where the result is this
# many times the change or more ("fell by about 5,000 to 112,000"), and a range of the
# change nearer ("by about 2,000 to 3,000 a month") or where a unit after the second
# figure is the first's too ("fall by about 5 to 15 per cent").
_CHANGE_RESULT = 3.0


# Kinds whose unit is written after the number ("20 years", "12 km"): right after a verb
# of change, with a preposition at most between, such a figure "to" a bare number is a
# length or a size and the level reached ("has trebled in 20 years to 1,140"), where
# elsewhere it is a range with its unit said once ("takes 3 hours to 4").
_UNIT_AFTER = frozenset({DURATION, MEASURE})
_LAST_WORDS = lazy_pattern(r"([^\W\d_]+)\s+(?:([^\W\d_]+)\s+)?$")
_NEXT_WORD = compile_pattern(r"\s+([^\W\d_]+)")


def _plural_at(text: str, at: int) -> bool:
    """Whether a plural noun follows ``at`` ("homes", not "from" or "kilometres" read
    already as a unit)."""
    m = _NEXT_WORD.match(text, at)
    if m is None:
        return False
    word = m.group(1).lower()
    return nouns.is_noun(word) and nouns.lemma(word) != word


def _moved_before(window: str, lex: Lexicon) -> bool:
    """Whether a verb of change (``MOVE_VERBS``) ends ``window``, or does before one stop
    word: "trebled in", "has risen over"."""
    m = _LAST_WORDS.search(window[-48:])
    if m is None:
        return False
    if m.group(2) is None:
        return m.group(1).lower() in lex.MOVE_VERBS
    return m.group(1).lower() in lex.MOVE_VERBS and m.group(2).lower() in lex.STOPWORDS


def ranged(text: str, core: Core, lex: Lexicon, window: str, lo: int) -> Draft | None:
    """ "between 3 and 5 million", "10-20%", "$5m-$10m", "30 to 40 km"."""
    c = text[core.end : core.end + 1]
    if not c.isspace() and c not in SEPARATOR_OPENS:
        return None  # "range_sep" and "range_and" open with white space or a dash
    # The word before the figure, if any, within the longest opener's last word and a space.
    last = window[-lex.range_reach :].rsplit(None, 1)[-1:]
    word = last[0].lower() if last else ""
    # "between", "in the range of", "ranging from": a range for sure, "and" or "to" after.
    # As the lexicon's "range_opener" and "change_from" would find them (extract.window_ends).
    between = phrase_ending(window, lex.data, "RANGE_OPENERS") if word in lex.range_tails else None
    dash = text[core.end : core.end + 1] in "-–—~"
    change = False
    if between is None and not dash:
        if word in lex.CHANGE_FROM_WORDS and phrase_ending(window, lex.data, "CHANGE_FROM_WORDS"):
            change = True  # "from 40 to 50" is a change, not a range (but see below)
        verb = window[-20:].rsplit(None, 1)[-1:]
        if verb and verb[0].lower() in lex.CHANGE_WORDS:
            return None  # "increased 25% to 500 units": a change and its result
    range_sep = lex.patterns["range_sep"]
    sep = (lex.patterns["range_and"] if between else range_sep).match(text, core.end)
    if sep is None and between is not None:
        sep = range_sep.match(text, core.end)
    if sep is None:
        return None
    nxt = sep.end()
    if nxt < len(text) and not text[nxt].isdigit():
        may = may_open_symbol(text, nxt, lex)
        sym = lex.patterns["symbol_after"].match(text, nxt) if may else None
        if sym is None or not text[sym.end() : sym.end() + 1].isdigit():
            if not lex.patterns["number_word"].match(text, nxt) or not core.number.words:
                return None
            second, _ = read_core(text, nxt, lex)
        else:
            second, _ = read_core(text, sym.end(), lex, money=True)
    elif nxt < len(text):
        second, _ = read_core(text, nxt, lex, money=core.kind is MONEY)
    else:
        return None
    if second is None or second.kind is DATE:
        return None
    if change and not (core.kind is COUNT and _day_of_month(text, second, lex)):
        return None  # a change; "from 3 to 5 June" is a span of days
    if core.kind is not COUNT and (_day_of_month(text, second, lex) or _a_year(second)):
        return None  # "the six weeks to 29 December", "over five years to 2030"
    first_value = core.value
    scale_of_second = second.value / second.number.value if second.number.value else 1
    if abs(core.value) == core.number.value and scale_of_second != 1:
        first_value = core.value * scale_of_second  # "3 to 5 million": 3 million
    kind, unit = core.kind, core.unit
    shared_unit = kind is COUNT and second.kind is not COUNT  # "5 to 15 per cent"
    if shared_unit:
        kind, unit = second.kind, second.unit
    elif second.kind not in (COUNT, kind) or (second.unit and second.unit != unit):
        return None
    elif second.kind is COUNT and kind in _UNIT_AFTER and not (between or dash):
        if _moved_before(window, lex):
            return None  # "trebled in 20 years to 1,140": a length, then the level reached
        if _plural_at(text, second.end):
            return None  # "will run 10 miles to 1,000 homes": the second counts its own
    # A range states its two ends; the rounding of each end is not widened.
    low, high = first_value, second.value
    if low > high:
        return None
    h = None if between else hedge_before(window, lex)
    by_change = h is not None and not dash and _word_before(window, h) in lex.CHANGE_BY_WORDS
    if by_change and high >= _CHANGE_RESULT * low and not shared_unit:
        return None  # "fell by about 5,000 to 112,000": a change and the level it reached
    start = lo + between.start() if between else core.start
    if h is not None:
        # "about 10 to 20 per cent": the hedge widens both ends.
        _q, lf, hf = lex.HEDGES[norm(h["hedge"])]
        if lf is not None and hf is not None and _q == "approximate":
            low, high, start = low * lf, high * hf, lo + h.start("hedge")
    q = new_quantity(low, high, None, unit, RANGE, None)
    return Draft(start, second.end, kind, q, attributive=second.attributive)


def ratio(text: str, core: Core, lex: Lexicon) -> Draft | None:
    """ "one in five", "2 out of 3", "one over three": a share, stated as a percentage."""
    if core.kind is not COUNT or core.step or core.number.fraction:
        return None
    if not text[core.end : core.end + 1].isspace():
        return None  # "ratio" opens with white space
    r = lex.patterns["ratio"].match(text, core.end)
    if r is None or r.end() >= len(text):
        return None
    nxt = r.end()
    if not (text[nxt].isdigit() or lex.patterns["number_word"].match(text, nxt)):
        return None
    second, _ = read_core(text, nxt, lex)
    if second is None or second.kind is not COUNT or second.value <= 0:
        return None  # "0 out of 0": no share
    if second.value < core.value:
        return None  # a share: the part is no larger than the whole ("60 over 40" is none)
    if len(second.number.digits) == 4 and YEAR_RANGE[0] <= second.value <= YEAR_RANGE[1]:
        return None  # "1 in 2023" names a year
    if second.end < len(text) and text[second.end].isalpha():
        return None
    pct = 100 * core.value / second.value
    q = Quantity(pct, pct, pct, "%", EXACT)
    if core.number.words and second.number.words:
        # "one in five" is a rounded share, as "a fifth" is; "1 in 5" is exact.
        low, high = pct * (1 - WORD_SHARE), pct * (1 + WORD_SHARE)
        q = Quantity(low, high, pct, "%", APPROXIMATE)
    draft = Draft(core.start, second.end, PERCENT, q)
    found = noun_after(text, second.end, lex)
    if found is not None:
        draft.noun, draft.end = found
    return draft


def hedged_share(text: str, draft: Draft, core: Core, lex: Lexicon, window: str, lo: int) -> Draft:
    """A share read from a ratio (``draft``, whose first number is ``core``) with the hedge
    before or after it, read as :func:`hedged` reads any figure's: "fewer than two in five"
    is below 40%, "about 1 in 5" 17–23% as "about 20%" is, "2 in 5 or more" 40% and up."""
    q = draft.quantity
    after = lex.patterns["trailing_hedge"].match(text, draft.end)
    if q is None or q.value is None or (hedge_before(window, lex) is None and after is None):
        return draft
    share = Core(core.start, draft.end, core.number, q.value, 0.0, PERCENT, "%")
    out = hedged(text, share, lex, window, lo)
    out.noun = draft.noun
    return out


def pair_bounds(text: str, drafts: list[Draft], lex: Lexicon) -> list[Draft]:
    """ "above 1000 and below 1500", "at most 100 and at least 20": one range."""
    out: list[Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        # Bounds of one kind only, tested before the call: most neighbours differ.
        pair = None if prev is None or prev.kind is not d.kind else _bounds(prev, d)
        if pair is not None and prev is not None and _BOUND_JOIN.fullmatch(text, prev.end, d.start):
            low, high = pair
            assert prev.quantity is not None
            q = Quantity(low, high, None, prev.quantity.unit, RANGE)
            out[-1] = Draft(prev.start, d.end, prev.kind, q, noun=d.noun or prev.noun)
            continue
        out.append(d)
    return out


def _bounds(a: Draft, b: Draft) -> tuple[float, float] | None:
    """(low, high) when one draft is a lower bound and the other an upper one, else None."""
    qa, qb = a.quantity, b.quantity
    if qa is None or qb is None or a.kind is not b.kind or qa.unit != qb.unit:
        return None
    if a.noun is not None and b.noun not in (None, a.noun):
        return None  # "more than 100 people and fewer than 20 cars": two claims
    lower = (MORE_THAN, AT_LEAST)
    upper = (LESS_THAN, AT_MOST)
    if qa.qualifier in lower and qb.qualifier in upper:
        low, high = qa.low, qb.high
    elif qa.qualifier in upper and qb.qualifier in lower:
        low, high = qb.low, qa.high
    else:
        return None
    if low is None or high is None or low >= high:
        return None
    return low, high


# A share in words is a rounded one: "a quarter" stands for 22.5-27.5%.
WORD_SHARE = 0.1
_ARTICLE = lazy_pattern(r"(?<![^\W\d_])(?:a|an)\s+$", re.IGNORECASE)


def share_of(text: str, core: Core, lex: Lexicon) -> Draft:
    """ "a third", "more than a third", "nearly a quarter": a share in words, as a percentage.

    The share is read ±:data:`WORD_SHARE` of itself; a hedge before it ("more
    than", "nearly") bounds or widens it as it does a figure.
    """
    start = core.start
    art = _ARTICLE.search(text, max(0, start - 4), start)
    if art is not None:
        start = art.start()
    pct = core.value * 100
    q = Quantity(pct * (1 - WORD_SHARE), pct * (1 + WORD_SHARE), pct, "%", APPROXIMATE)
    lo = max(0, start - 32)
    h = hedge_before(text[lo:start], lex)
    if h is not None:
        qualifier, lf, hf = lex.HEDGES[norm(h["hedge"])]
        if qualifier != APPROXIMATE.value:
            low = None if lf is None else pct * lf
            high = None if hf is None else pct * hf
            q = Quantity(low, high, pct, "%", Qualifier(qualifier))
        else:
            q = Quantity(
                pct * min(lf or 1, 1 - WORD_SHARE),
                pct * max(hf or 1, 1),
                pct,
                "%",
                APPROXIMATE,
            )
        start = lo + h.start("hedge")
    return Draft(start, core.end, PERCENT, q)
