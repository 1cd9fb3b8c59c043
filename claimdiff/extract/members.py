"""The members of the model's enums, bound once as names for the extractor.

On Python 3.11 ``enum.EnumType`` defines ``__getattr__``, so the interpreter routes
every read of ``Kind.COUNT`` through a slow hook (about 100 ns, ten times a module
name's cost; 3.12 dropped it).  The extractor compares kinds and qualifiers tens of
times a figure: some 6% of its instructions on dense figures (issue 12).  The names
are the members themselves, so ``kind is COUNT`` means ``kind is Kind.COUNT``.
"""

from __future__ import annotations

from typing import Final

from claimdiff.model import Direction, Kind, Qualifier

COUNT: Final = Kind.COUNT
MONEY: Final = Kind.MONEY
MEASURE: Final = Kind.MEASURE
PERCENT: Final = Kind.PERCENT
RATE: Final = Kind.RATE
YEAR: Final = Kind.YEAR
DATE: Final = Kind.DATE
AGE: Final = Kind.AGE
DURATION: Final = Kind.DURATION
SCORE: Final = Kind.SCORE
QUOTE: Final = Kind.QUOTE

EXACT: Final = Qualifier.EXACT
APPROXIMATE: Final = Qualifier.APPROXIMATE
AT_LEAST: Final = Qualifier.AT_LEAST
MORE_THAN: Final = Qualifier.MORE_THAN
AT_MOST: Final = Qualifier.AT_MOST
LESS_THAN: Final = Qualifier.LESS_THAN
RANGE: Final = Qualifier.RANGE
VAGUE: Final = Qualifier.VAGUE

UP: Final = Direction.UP
DOWN: Final = Direction.DOWN
