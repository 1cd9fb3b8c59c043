"""Amounts per something: "$50 a month", "$0.13 per share", "$50/user per month".

A price per month and a price per user are different facts, and neither is a
total: the words after an amount that say what it is per become the claim's
``per`` ("month", "user/month", "share"), and alignment compares amounts per
one thing only (docs/compare.md).  The per-words are data
(:data:`claimdiff.lexicon.en.MONEY_PER`).
"""

from __future__ import annotations

import re

from claimdiff.extract.members import COUNT, EXACT, MEASURE, MONEY, RANGE
from claimdiff.extract.precision import Draft
from claimdiff.extract.window_ends import phrase_ending
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon
from claimdiff.model import Quantity
from claimdiff.pattern_code import compile_pattern
from claimdiff.per_time import PER_TIME

__all__ = ["join_ranges_per", "per_after", "with_pers"]

# "/month", " per month", " a month", " per diluted share": one step of a rate.
_STEP = compile_pattern(r"\s?/\s?|\s+(?:per|an?|each)\s+", re.IGNORECASE)
_WORD = compile_pattern(r"[^\W\d_]+")
# A first step, else the word after the spaces that end an amount, which may be an
# adverb of time ("£14,400 annually"): one match call an amount, not one for the step and
# another for the word (_adverb_after).  The word's branch is tried only where no step's
# matched, and is case-sensitive as _WORD is.
_STEP_OR_WORD = compile_pattern(
    r"\s?/\s?|\s+(?:per|an?|each)\s+|(?-i: ++(?P<w>[^\W\d_]+))", re.IGNORECASE
)
# ... "a year on" only at a mark or before "from" ("a year on, the town…"): "£2m a year on
# housing" is per year.
_AGO = lazy_pattern(
    r"\s+(?:ago|earlier|before|later|on(?=\s*(?:[,.;:!?)]|$|from\b)))\b",
    re.IGNORECASE,
)
# The kinds read per something: amounts, and counts and measures per a length of time.
_PER_KINDS = frozenset({MONEY, COUNT, MEASURE})
# At most two steps ("per user per month") and two words between "per" and its unit
# ("per diluted common share").
_MAX_STEPS, _MAX_FILLERS = 2, 2


def per_after(
    text: str, end: int, lex: Lexicon, first: re.Match[str] | None = None
) -> tuple[str, int] | None:
    """(what an amount ending at ``end`` is per, where that ends), or None.

    >>> from claimdiff.lexicon import get_lexicon
    >>> lex = get_lexicon()
    >>> per_after("$50/user per month.", 3, lex), per_after("$6.78 per diluted share", 5, lex)
    (('user/month', 18), ('share', 23))
    >>> per_after("$3.50 a big rise", 5, lex) is None
    True
    """
    units: list[str] = []
    i = end
    for n in range(_MAX_STEPS):
        # ``first``: the step at ``end``, matched already by the caller (with_pers).
        step = first if n == 0 and first is not None else _STEP.match(text, i)
        if step is None:
            break
        j, unit = step.end(), None
        for _ in range(_MAX_FILLERS + 1):
            w = _WORD.match(text, j)
            if w is None:
                break
            word = w.group().lower()
            if word in lex.MONEY_PER:
                if _AGO.match(text, w.end()):
                    break  # "$10m a year ago": when, not per what
                unit, j = lex.MONEY_PER[word], w.end()
                break
            if word not in lex.MONEY_PER_FILLERS or "/" in step.group():
                break
            j = _skip_space(text, w.end())
        if unit is None:
            break
        units.append(unit)
        i = j
    return ("/".join(units), i) if units else None


def _adverb_after(text: str, end: int, lex: Lexicon) -> tuple[str, int] | None:
    """(the length of time an adverb right after an amount makes it per, where it ends):
    "£14,400 annually", "£1,000 weekly"; or None."""
    w = _WORD.match(text, _skip_space(text, end))
    if w is None or w.start() == end:
        return None
    unit = lex.MONEY_PER_ADVERBS.get(w.group().lower())
    return None if unit is None else (unit, w.end())


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i] == " ":
        i += 1
    return i


def with_pers(text: str, drafts: list[Draft], lex: Lexicon) -> list[Draft]:
    """``drafts`` with what each amount is per read ("$50 a month"), its span taking it in,
    and two amounts per one thing joined by a range's words made one range."""
    per = False  # whether any amount is per something: only then may two make a range
    for d in drafts:
        # A step opens with white space or "/" (_STEP): an amount before a mark ("£1.2m,")
        # is spared the call and its match.
        if d.kind not in _PER_KINDS or d.attributive:
            continue
        c = text[d.end : d.end + 1]
        if c.isspace() or c == "/":
            step = _STEP_OR_WORD.match(text, d.end)
            if step is None:
                continue  # no step, and no word after the spaces: per nothing
            if step["w"] is None:
                found = per_after(text, d.end, lex, step) or _adverb_after(text, d.end, lex)
            else:  # no step: only an adverb of time ("annually")
                unit = lex.MONEY_PER_ADVERBS.get(step["w"].lower())
                found = None if unit is None else (unit, step.end())
            # A count or a measure is read per a length of time only ("2,000 lorries a
            # day", "400 million litres a day"): "3 meals per person" stays as it was.
            if found is not None and (d.kind is MONEY or found[0] in PER_TIME):
                d.per, d.end = found
                per = True
    return join_ranges_per(text, drafts, lex) if per else drafts


def join_ranges_per(text: str, drafts: list[Draft], lex: Lexicon) -> list[Draft]:
    """``drafts`` (their ``per`` read) with each two amounts per one thing that a range's
    words join made one range: "$4 per litre to $6 per litre" is $4 to $6 a litre, as
    "$4-$6 per litre" is.  Only two stated figures in one currency, the first the lower."""
    out: list[Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        if prev is not None and _one_range(text, prev, d, lex):
            assert prev.quantity is not None and d.quantity is not None
            q = Quantity(prev.quantity.value, d.quantity.value, None, d.quantity.unit, RANGE)
            out[-1] = Draft(prev.start, d.end, MONEY, q, per=d.per)
            continue
        out.append(d)
    return out


def _one_range(text: str, a: Draft, b: Draft, lex: Lexicon) -> bool:
    if a.kind is not MONEY or b.kind is not MONEY or a.per is None or a.per != b.per:
        return False
    qa, qb = a.quantity, b.quantity
    if qa is None or qb is None or qa.unit != qb.unit:
        return False
    if qa.qualifier is not EXACT or qb.qualifier is not EXACT:
        return False
    if qa.value is None or qb.value is None or not qa.value < qb.value:
        return False
    sep = lex.patterns["range_sep"].match(text, a.end)
    if sep is None or sep.end() != b.start:
        return False
    # "rose from $4 a litre to $6 a litre" is a change and its two ends, not a range; but
    # "ranged from $4 a litre to $6 a litre" is a range (RANGE_OPENERS, as for plain
    # figures: extract.bounds.ranged).
    window = text[max(0, a.start - _REACH) : a.start]
    before = window.split()
    if not (before and before[-1].lower() in lex.CHANGE_FROM_WORDS):
        return True
    return phrase_ending(window, lex.data, "RANGE_OPENERS") is not None


# How far before an amount the words that make it a change's end, or a range's, are looked
# for: the longest of the range's openers ("within the range of").
_REACH = 24
