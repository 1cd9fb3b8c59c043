"""One ``__repr__`` for attrs classes of many fields, written as attrs writes theirs.

attrs compiles a ``__repr__`` for every class it makes, from a source whose f-string
names each field: Python 3.11 parses each replacement field apart, so a class of twenty
fields cost some 2 M instructions to compile, at the start of every command, for a
method only a debugger or a failing test calls.  A class that holds
``__repr__ = fields_repr`` in its body is given no other (attrs' ``auto_detect``), and
reads the same: ``Name(a=1, b='x')``, fields of ``repr=False`` left out, a field's own
repr callable used, a field not set by ``__init__`` and never set shown as ``NOTHING``,
and an instance met again inside itself shown as ``...``
(tests/test_fields_repr.py holds it to attrs' own).
"""

from __future__ import annotations

import threading
from typing import Any

import attrs

__all__ = ["fields_repr"]

_local = threading.local()


def fields_repr(self: Any) -> str:
    """``self`` as attrs' generated ``__repr__`` writes it."""
    try:
        busy: set[int] = _local.busy
    except AttributeError:
        busy = _local.busy = set()
    if id(self) in busy:
        return "..."
    busy.add(id(self))
    try:
        parts = []
        for a in attrs.fields(type(self)):
            if a.repr is False:
                continue
            value = getattr(self, a.name) if a.init else getattr(self, a.name, attrs.NOTHING)
            shown = repr(value) if a.repr is True else a.repr(value)
            parts.append(f"{a.name}={shown}")
        name = self.__class__.__qualname__.rsplit(">.", 1)[-1]
        return f"{name}({', '.join(parts)})"
    finally:
        busy.remove(id(self))
