"""Claims and quantities built field by field, for the extraction's hot paths.

:class:`~claimdiff.model.Claim` and :class:`~claimdiff.model.Quantity` are frozen, so
the ``__init__`` attrs writes for them sets each field with ``object.__setattr__`` bound
to the new instance: a call that packs its arguments and looks the field's name up on
the class.  Every figure of a text becomes a claim, most with a quantity, and those
calls made building them some 12% of extracting dense figures.

Here each instance is made as one of a private subclass that adds no slot and no field
and sets its fields as any unfrozen class does (:func:`unfrozen`): a plain attribute store,
which Python 3.11 specialises to a write into the slot.  A call of each slot's own
``__set__``, the way this module built them before, cost some 670 instructions a field;
a store costs a few dozen.  The instance then becomes the frozen class itself
(``__class__`` assigned: the subclass adds nothing to its layout, so Python allows
it), and is the very one ``Claim(...)`` and ``Quantity(...)`` build, of that very
class (``tests/test_construct.py``).  Where a field is added to either class, it is
added here too (the test names any left out).
"""

from __future__ import annotations

from typing import Any, TypeVar

from claimdiff.model import Claim, Direction, Kind, Qualifier, Quantity, Span

__all__ = [
    "CLAIM_FIELDS",
    "QUANTITY_FIELDS",
    "finite_quantity",
    "new_claim",
    "new_quantity",
    "unfrozen",
]

T = TypeVar("T")

CLAIM_FIELDS = (
    "text", "span", "kind", "quantity", "noun", "context", "source", "period", "sentence",
    "linked", "direction", "change_from", "change_to", "predicate", "predicate_of_noun",
    "per", "role", "ago",
)  # fmt: skip
QUANTITY_FIELDS = ("low", "high", "value", "unit", "qualifier", "plausible")


def unfrozen(cls: type[T]) -> type[Any]:
    """A subclass of the frozen slotted class ``cls`` to build its instances in: no slot of
    its own, and object's own ``__setattr__`` and ``__delattr__`` (both: Python keeps a
    store specialised only where neither is a function of the class).  Its ``__init__`` is
    object's too, so that calling the subclass with no arguments makes a bare instance:
    some 750 instructions, where ``object.__new__(subclass)``, a call through the
    wrapper of its ``tp_new``, costs some 1,050."""
    body = {
        "__slots__": (),
        "__setattr__": object.__setattr__,
        "__delattr__": object.__delattr__,
        "__init__": object.__init__,
    }
    return type(f"_Unfrozen{cls.__name__}", (cls,), body)


_UnfrozenClaim = unfrozen(Claim)
_UnfrozenQuantity = unfrozen(Quantity)
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
    # Any: to the type checker the frozen class's fields are read-only, as they are once
    # the instance is a Claim.
    claim: Any = _UnfrozenClaim()
    claim.text = text
    claim.span = span
    claim.kind = kind
    claim.quantity = quantity
    claim.noun = noun
    claim.context = context
    claim.source = source
    claim.period = period
    claim.sentence = sentence
    claim.linked = linked
    claim.direction = direction
    claim.change_from = change_from
    claim.change_to = change_to
    claim.predicate = predicate
    claim.predicate_of_noun = predicate_of_noun
    claim.per = per
    claim.role = role
    claim.ago = ago
    claim.__class__ = Claim  # frozen from here on
    built: Claim = claim
    return built


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
    quantity: Any = _UnfrozenQuantity()  # Any: see new_claim
    quantity.low = low
    quantity.high = high
    quantity.value = value
    quantity.unit = unit
    quantity.qualifier = qualifier
    quantity.plausible = plausible
    quantity.__class__ = Quantity  # frozen from here on
    _check(quantity)
    built: Quantity = quantity
    return built


def finite_quantity(
    low: float, high: float, value: float, unit: str | None, qualifier: Qualifier
) -> Quantity:
    """``Quantity(low, high, value, unit, qualifier)`` of bounds and a value the caller has
    found finite, so not checked again: every figure's exact reading is built here, and the
    check's call cost as much as building the instance."""
    quantity: Any = _UnfrozenQuantity()  # Any: see new_claim
    quantity.low = low
    quantity.high = high
    quantity.value = value
    quantity.unit = unit
    quantity.qualifier = qualifier
    quantity.plausible = None
    quantity.__class__ = Quantity  # frozen from here on
    built: Quantity = quantity
    return built
