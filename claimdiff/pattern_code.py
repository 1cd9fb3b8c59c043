"""Patterns made from the engine code stored with the package, not parsed again by ``re``.

``re`` parses a pattern and writes the code its C engine runs in Python: the 190 or
so patterns a comparison of two short texts compiles cost some 230 M instructions,
a sixth of the process and more than the comparison itself.  That code depends only
on the pattern, its flags and the interpreter, so
:mod:`claimdiff.lexicon.build_pattern_code` stores it, for one interpreter at a time,
in ``lexicon/data/pattern_code-<interpreter>.marshal``; :func:`compile_pattern` hands
the stored code to the engine (``_sre.compile``, what ``re`` itself ends with), which
checks it as it checks ``re``'s.  A pattern the file does not hold, or any pattern under
an interpreter it was not written by, is compiled by ``re`` as before: the file can
only spare work, never change a match.
"""

from __future__ import annotations

import functools
import marshal
import os
import re
import sys
from array import array
from typing import Any, overload

from claimdiff.data_files import read_bytes

try:
    import _sre  # type: ignore[import-not-found]  # CPython's engine: no stubs
except ImportError:  # an interpreter without CPython's engine: re compiles everything
    _sre = None

__all__ = ["BYPASS", "compile_pattern", "interpreter", "table_name"]

# The file's table: (source, flags) -> (the pattern's flags, its code as bytes of
# array("I"), the number of groups, the group names' numbers).
Table = dict[tuple[Any, int], tuple[int, bytes, int, dict[str, int]]]


def interpreter() -> str:
    """What the stored code was written by: the implementation, its exact version and
    the engine's magic number and code unit (re's code may change with any of them)."""
    magic = getattr(_sre, "MAGIC", 0)
    size = getattr(_sre, "CODESIZE", 0)
    version = ".".join(map(str, sys.version_info[:3])) + sys.version_info.releaselevel[:1]
    return f"{sys.implementation.name}-{version}-{magic}-{size}"


def table_name() -> str:
    """The name of the running interpreter's file in ``claimdiff/lexicon/data``."""
    return f"pattern_code-{interpreter()}.marshal"


# Set (to anything) in the environment, no stored code is read: every pattern is re's.
# The build tool records the patterns it must store so.
BYPASS = "CLAIMDIFF_NO_PATTERN_CODE"


@functools.cache
def _table() -> Table:
    if _sre is None or array("I").itemsize != _sre.CODESIZE or os.environ.get(BYPASS):
        return {}
    try:
        data = read_bytes(table_name())
    except OSError:  # none written for this interpreter
        return {}
    table: Table = marshal.loads(data)
    return table


@overload
def compile_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]: ...
@overload
def compile_pattern(pattern: bytes, flags: int = 0) -> re.Pattern[bytes]: ...
def compile_pattern(pattern: Any, flags: int = 0) -> Any:
    """``re.compile(pattern, flags)``, from the stored code when the file holds it.

    >>> compile_pattern(r"(?P<n>\\d+) km").search("It ran 12 km.")["n"]
    '12'
    """
    found = _table().get((pattern, flags))
    if found is None:
        return re.compile(pattern, flags)
    own_flags, code, groups, groupindex = found
    indexgroup: list[str | None] = [None] * (groups + 1)
    for name, i in groupindex.items():
        indexgroup[i] = name
    assert _sre is not None  # the table is empty without it
    return _sre.compile(
        pattern, own_flags, array("I", code).tolist(), groups, groupindex, tuple(indexgroup)
    )
