"""Patterns compiled the first time they are matched, not when their module is imported.

Every command imports the extraction modules whole, and each module compiled its
patterns at import: some 250 of them, about half never matched by a short text (a
comparison of two news reports meets few clock times, phone numbers, scores or ages
said in a name's apposition).  Compiling one is some 0.5 to 2 M instructions of
``re``'s parser, written in Python; :func:`lazy_pattern` defers that to the first match.

After that first match the compiled pattern's own bound methods stand in the stand-in's
instance dict, where an attribute read finds them before the class's methods: no
``__getattr__`` hook (which slows every read of a class that defines one) and no extra
call a match.  A stand-in is no ``re.Pattern``: it cannot be handed to ``re.sub`` or
compared by identity with a match's ``re``, so only patterns a module matches through
their methods are made lazy.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, cast

from claimdiff.pattern_code import compile_pattern

__all__ = ["lazy_pattern"]

# The methods a stand-in answers; after the first, the compiled pattern's own.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class _Lazy:
    """A pattern's source and flags, compiled when one of :data:`_METHODS` is first called."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern  # as re.Pattern.pattern: read by patterns built from this one
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def _compile(self) -> re.Pattern[str]:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = compile_pattern(self.pattern, self._flags)
            for name in _METHODS:  # instance attributes: read before the class's methods
                setattr(self, name, getattr(compiled, name))
        return compiled

    @property
    def flags(self) -> int:
        """The flags given, read without compiling (a compiled pattern's own add
        ``re.UNICODE`` and any inline flags at the start of its source)."""
        return self._flags

    @property
    def groupindex(self) -> Any:
        return self._compile().groupindex

    @property
    def groups(self) -> int:
        return self._compile().groups

    def search(self, *args: Any, **kwargs: Any) -> re.Match[str] | None:
        return self._compile().search(*args, **kwargs)

    def match(self, *args: Any, **kwargs: Any) -> re.Match[str] | None:
        return self._compile().match(*args, **kwargs)

    def fullmatch(self, *args: Any, **kwargs: Any) -> re.Match[str] | None:
        return self._compile().fullmatch(*args, **kwargs)

    def finditer(self, *args: Any, **kwargs: Any) -> Iterator[re.Match[str]]:
        return self._compile().finditer(*args, **kwargs)

    def findall(self, *args: Any, **kwargs: Any) -> list[Any]:
        return self._compile().findall(*args, **kwargs)

    def sub(self, *args: Any, **kwargs: Any) -> str:
        return self._compile().sub(*args, **kwargs)

    def subn(self, *args: Any, **kwargs: Any) -> tuple[str, int]:
        return self._compile().subn(*args, **kwargs)

    def split(self, *args: Any, **kwargs: Any) -> list[Any]:
        return self._compile().split(*args, **kwargs)

    def __repr__(self) -> str:
        return f"lazy_pattern({self.pattern!r}, {self._flags!r})"


def lazy_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, compiled when first matched.

    >>> p = lazy_pattern(r"(?P<n>\\d+) km")
    >>> p.search("It ran 12 km.")["n"], p.pattern
    ('12', '(?P<n>\\\\d+) km')
    """
    return cast("re.Pattern[str]", _Lazy(pattern, flags))
