"""Amounts per something: "$50 a month", "$0.13 per share", "$50/user per month".

A price per month and a price per user are different facts, and neither is a
total: the words after an amount that say what it is per become the claim's
``per`` ("month", "user/month", "share"), and alignment compares amounts per
one thing only (docs/compare.md).  The per-words are data
(:data:`claimdiff.lexicon.en.MONEY_PER`).
"""

from __future__ import annotations

import re

from claimdiff.lexicon import Lexicon

__all__ = ["per_after"]

# "/month", " per month", " a month", " per diluted share": one step of a rate.
_STEP = re.compile(r"\s?/\s?|\s+(?:per|an?|each)\s+", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
_AGO = re.compile(r"\s+(?:ago|earlier|before|later|on)\b", re.IGNORECASE)
# At most two steps ("per user per month") and two words between "per" and its unit
# ("per diluted common share").
_MAX_STEPS, _MAX_FILLERS = 2, 2


def per_after(text: str, end: int, lex: Lexicon) -> tuple[str, int] | None:
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
    for _ in range(_MAX_STEPS):
        step = _STEP.match(text, i)
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


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i] == " ":
        i += 1
    return i
