"""Two readings after a number that most figures lack, for
:mod:`claimdiff.extract.unit_after`: an age's "years old" ("73-year-old", "74 years old")
and a price per weight after a pound word ("180 pounds a tonne").

Each pattern is matched only where a look at a few characters says it may match, and
answers there as before: most numbers are followed by neither ("13 months ago", "1
million pounds)"), and a process meeting only those never compiles the patterns.
"""

from __future__ import annotations

import re

from claimdiff.lazy_pattern import lazy_pattern

__all__ = ["per_weight", "year_old"]

# "73-year-old", "74 years old", "a 5-yr-old"; a baby's or a young animal's age in
# months, weeks or days ("an 18-month-old boy", "a six-week-old puppy").
_YEAR_OLD = lazy_pattern(
    r"(?:[-‐‑]|[^\S\n]+)(?P<unit>years?|yrs?|months?|weeks?|days?|hours?)[-‐‑\s]olds?(?![^\W\d_])",
    re.IGNORECASE,
)
# The hyphens :data:`_YEAR_OLD` opens with.
_OLD_HYPHENS = frozenset("-‐‑")
# Where "old" may start past its unit's first character: its units have two to six
# letters, then one hyphen or white space.
_OLD_FROM, _OLD_TO = 3, 10

# A price per weight after a pound word: "180 pounds a tonne", "seven pounds per kilo",
# "30,000 pounds/kg".
_PER_WEIGHT = lazy_pattern(
    r"(?:\s+(?:an?|per)\s+|\s?/\s?)"
    r"(?:tonnes?|tons?|kilos?|kilograms?|kg|pounds?|lbs?|ounces?|oz|stones?)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
# What may stand after one white space character where :data:`_PER_WEIGHT` matches: "a",
# "an", "per" (the case-blind pattern matches no other character to "a" or "p"), a
# slash, or more white space.
_PER_OPENS = frozenset("aApP/")


def year_old(text: str, at: int) -> re.Match[str] | None:
    """The match of "years old" and its kin at ``at`` ("-year-old", " months old")."""
    return _YEAR_OLD.match(text, at) if _may_say_old(text, at) else None


def _may_say_old(text: str, at: int) -> bool:
    """Whether :data:`_YEAR_OLD` may match at ``at``: a hyphen or white space but a line
    break, and "old" in any case where it would stand after a unit; after white space
    and more of it, the pattern is asked."""
    c = text[at : at + 1]
    if c in _OLD_HYPHENS:
        unit = at + 1
    elif c.isspace() and c != "\n":
        unit = at + 1
        if text[unit : unit + 1].isspace():
            return True  # a run of white space: the pattern reads it
    else:
        return False  # the case-blind pattern matches no other character to o, l or d
    return "old" in text[unit + _OLD_FROM : unit + _OLD_TO].lower()


def per_weight(text: str, at: int) -> bool:
    """Whether a price per weight follows ``at``: "a tonne", " per kilo", "/kg"."""
    c = text[at : at + 1]
    if c != "/":
        if not c.isspace():
            return False  # ")", a letter: most pound words end a clause or a phrase
        after = text[at + 1 : at + 2]
        if not (after in _PER_OPENS or after.isspace()):
            return False
    return _PER_WEIGHT.match(text, at) is not None
