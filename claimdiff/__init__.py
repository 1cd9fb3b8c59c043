"""claimdiff: find where texts about the same event disagree on the facts.

The names below are loaded on first use: ``import claimdiff`` costs almost
nothing, ``claimdiff.extract`` loads extraction only, and numpy and rapidfuzz
are loaded the first time two texts are compared.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from claimdiff.assertions import assert_consistent
    from claimdiff.check import check
    from claimdiff.compare import compare
    from claimdiff.corpus import EventResult, reconcile_corpus
    from claimdiff.extract import extract
    from claimdiff.inputs import (
        DecodeError,
        TextTooLargeError,
        TooManyFiguresError,
        TooManyPairsError,
    )
    from claimdiff.model import (
        Claim,
        Document,
        Finding,
        Kind,
        Qualifier,
        Quantity,
        Report,
        Verdict,
    )
    from claimdiff.reconcile import Fact, Reconciliation, reconcile

__all__ = [
    "Claim",
    "DecodeError",
    "Document",
    "EventResult",
    "Fact",
    "Finding",
    "Kind",
    "Qualifier",
    "Quantity",
    "Reconciliation",
    "Report",
    "TextTooLargeError",
    "TooManyFiguresError",
    "TooManyPairsError",
    "Verdict",
    "assert_consistent",
    "check",
    "compare",
    "extract",
    "reconcile",
    "reconcile_corpus",
]

# Each public name and the module that defines it.
_HOME = {
    "assert_consistent": "claimdiff.assertions",
    "check": "claimdiff.check",
    "compare": "claimdiff.compare",
    "extract": "claimdiff.extract",
    "reconcile": "claimdiff.reconcile",
    "Fact": "claimdiff.reconcile",
    "Reconciliation": "claimdiff.reconcile",
    "reconcile_corpus": "claimdiff.corpus",
    "EventResult": "claimdiff.corpus",
    **dict.fromkeys(
        ("DecodeError", "TextTooLargeError", "TooManyFiguresError", "TooManyPairsError"),
        "claimdiff.inputs",
    ),
    **dict.fromkeys(
        ("Claim", "Document", "Finding", "Kind", "Qualifier", "Quantity", "Report", "Verdict"),
        "claimdiff.model",
    ),
}


class _Package(types.ModuleType):
    """This package, loading its public names on first use.

    ``check``, ``compare`` and ``extract`` are also the names of submodules, and
    importing a submodule sets the package's attribute of that name to it: the
    functions are kept instead, as the eager imports this replaces kept them.
    """

    def __getattr__(self, name: str) -> Any:
        home = _HOME.get(name)
        if home is None:
            msg = f"module 'claimdiff' has no attribute {name!r}"
            raise AttributeError(msg)
        value = getattr(importlib.import_module(home), name)
        types.ModuleType.__setattr__(self, name, value)
        return value

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _HOME and isinstance(value, types.ModuleType):
            # The import system binding a submodule ("claimdiff.extract"): its
            # function, once loaded, keeps the name.
            value = getattr(value, name)
        types.ModuleType.__setattr__(self, name, value)

    def __dir__(self) -> list[str]:
        return sorted({*super().__dir__(), *__all__})


sys.modules[__name__].__class__ = _Package
