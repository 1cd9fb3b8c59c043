"""fields_repr writes each class that holds it as attrs' generated ``__repr__`` would."""

from __future__ import annotations

import importlib
import pkgutil

import attrs

import claimdiff
from claimdiff.fields_repr import fields_repr


def _holders() -> list[type]:
    found = []
    for info in pkgutil.walk_packages(claimdiff.__path__, "claimdiff."):
        if info.name.endswith(("__main__", "pytest_plugin", "plugin_session")):
            continue
        module = importlib.import_module(info.name)
        found += [
            c for c in vars(module).values()
            if isinstance(c, type) and c.__module__ == info.name and attrs.has(c)
            and c.__dict__.get("__repr__") is fields_repr
        ]  # fmt: skip
    return found


def _twin(cls: type) -> type:
    """An attrs class of ``cls``'s name and fields, with attrs' own ``__repr__``."""
    return attrs.make_class(
        cls.__name__,
        {a.name: attrs.field(repr=a.repr, init=a.init) for a in attrs.fields(cls)},
        slots=False,
    )


def _filled(cls: type, values: dict[str, object]) -> object:
    obj = object.__new__(cls)
    for name, value in values.items():
        object.__setattr__(obj, name, value)
    return obj


def test_as_attrs_writes_it() -> None:
    holders = _holders()
    assert len(holders) >= 15
    for cls in holders:
        twin = _twin(cls)
        names = [a.name for a in attrs.fields(cls)]
        for values in (
            {n: (k, n, None, 1.5, "x'y") for k, n in enumerate(names)},
            {n: [n] * (k % 3) for k, n in enumerate(names) if k % 2 == 0},  # some unset
        ):
            if any(a.init and a.name not in values for a in attrs.fields(cls)):
                continue  # attrs' repr reads an __init__ field as set
            assert fields_repr(_filled(cls, values)) == repr(_filled(twin, values)), cls


def test_unset_field_and_recursion() -> None:
    @attrs.define
    class Node:
        __repr__ = fields_repr
        child: object = None
        hidden: int = attrs.field(default=0, repr=False)
        shown: int = attrs.field(default=5, repr=lambda v: f"<{v}>")
        later: int = attrs.field(init=False)

    @attrs.define
    class Twin:
        child: object = None
        hidden: int = attrs.field(default=0, repr=False)
        shown: int = attrs.field(default=5, repr=lambda v: f"<{v}>")
        later: int = attrs.field(init=False)

    a, b = Node(), Twin()
    assert repr(a).replace("Node", "Twin") == repr(b)
    a.child, b.child = [a], [b]
    a.later = b.later = 3
    assert repr(a) == "Node(child=[...], shown=<5>, later=3)"
    assert repr(a).replace("Node", "Twin") == repr(b)
