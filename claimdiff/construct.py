"""Claims and quantities built field by field through their slots, for the extraction's
hot paths.

:class:`~claimdiff.model.Claim` and :class:`~claimdiff.model.Quantity` are frozen, so
the ``__init__`` attrs writes for them sets each field with ``object.__setattr__`` bound
to the new instance: a call that packs its arguments and looks the field's name up on
the class.  Every figure of a text becomes a claim, most with a quantity, and those
calls made building them some 12% of extracting dense figures.  Here each field is set
by its slot's own descriptor, with no look-up; the instances are the very ones
``Claim(...)`` and ``Quantity(...)`` build (``tests/test_construct.py``).  Where a
field is added to either class, it is added here too (the test names any left out).
"""

from __future__ import annotations

from collections.abc import Callable

from claimdiff.model import Claim, Direction, Kind, Qualifier, Quantity, Span

__all__ = ["CLAIM_FIELDS", "QUANTITY_FIELDS", "new_claim", "new_quantity"]

CLAIM_FIELDS = (
    "text", "span", "kind", "quantity", "noun", "context", "source", "period", "sentence",
    "linked", "direction", "change_from", "change_to", "predicate", "predicate_of_noun",
    "per", "role", "ago",
)  # fmt: skip
QUANTITY_FIELDS = ("low", "high", "value", "unit", "qualifier", "plausible")

_new = object.__new__


def _setters(cls: type, names: tuple[str, ...]) -> list[Callable[[object, object], None]]:
    """The ``__set__`` of each slot ``names`` of ``cls``."""
    return [vars(cls)[name].__set__ for name in names]


(
    _text, _span, _kind, _quantity, _noun, _context, _source, _period, _sentence, _linked,
    _direction, _change_from, _change_to, _predicate, _predicate_of_noun, _per, _role, _ago,
) = _setters(Claim, CLAIM_FIELDS)  # fmt: skip
_low, _high, _value, _unit, _qualifier, _plausible = _setters(Quantity, QUANTITY_FIELDS)
_check = Quantity.__attrs_post_init__


def new_claim(
    text: str,
    span: Span,
    kind: Kind,
    quantity: Quantity | None,
    noun: str | None,
    context: tuple[str, ...],
    source: str | None,
    period: str | None,
    sentence: Span,
    linked: Span | None,
    direction: Direction | None,
    change_from: float | None,
    change_to: float | None,
    predicate: str | None,
    predicate_of_noun: bool,
    per: str | None,
    role: str | None,
    ago: bool,
) -> Claim:
    """``Claim(text, span, …, ago)``: every field, in the class's order."""
    claim = _new(Claim)
    _text(claim, text)
    _span(claim, span)
    _kind(claim, kind)
    _quantity(claim, quantity)
    _noun(claim, noun)
    _context(claim, context)
    _source(claim, source)
    _period(claim, period)
    _sentence(claim, sentence)
    _linked(claim, linked)
    _direction(claim, direction)
    _change_from(claim, change_from)
    _change_to(claim, change_to)
    _predicate(claim, predicate)
    _predicate_of_noun(claim, predicate_of_noun)
    _per(claim, per)
    _role(claim, role)
    _ago(claim, ago)
    return claim


def new_quantity(
    low: float | None,
    high: float | None,
    value: float | None,
    unit: str | None,
    qualifier: Qualifier,
    plausible: tuple[float | None, float | None] | None,
) -> Quantity:
    """``Quantity(low, high, value, unit, qualifier, plausible)``, checked as it checks
    itself (a bound or value that is not finite raises ValueError)."""
    quantity = _new(Quantity)
    _low(quantity, low)
    _high(quantity, high)
    _value(quantity, value)
    _unit(quantity, unit)
    _qualifier(quantity, qualifier)
    _plausible(quantity, plausible)
    _check(quantity)
    return quantity
