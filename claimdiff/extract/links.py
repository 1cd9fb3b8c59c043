"""Amounts joined to each other: exchange rates ("$1 = 0.8214 pounds") and an amount
with its conversion in brackets ("1 million pounds ($1.22 million)", "38km (24
miles)", "44.5C (112F)").

Both read only the text between two neighbouring drafts.
"""

from __future__ import annotations

import itertools

from claimdiff.extract.members import MEASURE, MONEY, RATE
from claimdiff.extract.precision import Draft
from claimdiff.model import Quantity, Span
from claimdiff.pattern_code import compile_pattern

__all__ = ["CLOSE", "join_rates", "linked_amounts"]

_EQUALS = compile_pattern(r"\s*=\s*")
_OPEN = compile_pattern(r"\s*\(\s*")
CLOSE = compile_pattern(r"\s*\)")
"""The closing bracket after a converted amount."""


def join_rates(text: str, drafts: list[Draft]) -> list[Draft]:
    """ "$1 = 0.8214 pounds": two amounts joined by "=" are one exchange rate."""
    if "=" not in text:
        return drafts  # no rate stated: one C search spares a test of every pair
    out: list[Draft] = []
    i = 0
    while i < len(drafts):
        d = drafts[i]
        nxt = drafts[i + 1] if i + 1 < len(drafts) else None
        if (
            nxt is not None
            and d.kind is MONEY
            and nxt.kind is MONEY
            and d.quantity is not None
            and nxt.quantity is not None
            and d.quantity.value
            and d.quantity.unit != nxt.quantity.unit
            and _EQUALS.fullmatch(text, d.end, nxt.start)
        ):
            base, q = d.quantity.value, nxt.quantity
            rate = Quantity(
                None if q.low is None else q.low / base,
                None if q.high is None else q.high / base,
                None if q.value is None else q.value / base,
                f"{q.unit} per {d.quantity.unit}",
                q.qualifier,
            )
            out.append(Draft(d.start, nxt.end, RATE, rate, noun="exchange rate"))
            i += 2
            continue
        out.append(d)
        i += 1
    return out


def linked_amounts(text: str, drafts: list[Draft]) -> dict[Span, Span]:
    """ "1 million pounds ($1.22 million)", "38-kilometre (24-mile)": each amount linked
    to the other.  Two measures join only when their units measure one thing."""
    links: dict[Span, Span] = {}
    if "(" not in text:
        return links  # no bracket: no conversion, and no pair of figures need be looked at
    for d, nxt in itertools.pairwise(drafts):
        if d.kind is not nxt.kind or d.kind not in (MONEY, MEASURE):
            continue
        if d.quantity is None or nxt.quantity is None or d.quantity.unit == nxt.quantity.unit:
            continue
        if d.kind is MEASURE and not _one_dimension(d.quantity.unit, nxt.quantity.unit):
            continue
        if _OPEN.fullmatch(text, d.end, nxt.start) and CLOSE.match(text, nxt.end):
            links[(d.start, d.end)] = (nxt.start, nxt.end)
            links[(nxt.start, nxt.end)] = (d.start, d.end)
    return links


def _one_dimension(a: str | None, b: str | None) -> bool:
    """Whether two units measure one thing (a length and a length, not a length and an
    area); a unit the shipped table and pint cannot read measures nothing here."""
    # Imported here: a text with no measure in brackets never loads the units' table.
    from claimdiff import units

    if a is None or b is None:
        return False
    try:
        return units.dimension(a) == units.dimension(b)
    except (AttributeError, ValueError):  # pint's UndefinedUnitError is both
        return False
