"""Patterns compiled on first match (claimdiff.lazy_pattern) match as compiled ones do,
and every module's compile: a typo in a rarely matched pattern would otherwise wait for
the first text that needs it."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import claimdiff
from claimdiff.lazy_pattern import _Lazy, lazy_pattern

_SOURCE = r"(?P<n>\d+)\s?(?P<unit>km|mi)\b"
_TEXT = "It ran 12 km, then 3mi and 40 km more."


@pytest.mark.parametrize("fresh", [True, False], ids=["first call", "after compile"])
def test_methods_answer_as_the_compiled_pattern(fresh: bool) -> None:
    compiled = re.compile(_SOURCE, re.IGNORECASE)
    calls = [
        ("search", (_TEXT,)),
        ("search", (_TEXT, 20, 30)),
        ("match", (_TEXT, 7)),
        ("fullmatch", ("12 km",)),
        ("findall", (_TEXT,)),
        ("sub", (r"<\g<n>>", _TEXT)),
        ("subn", ("x", _TEXT)),
        ("split", (_TEXT,)),
    ]
    for name, args in calls:
        lazy = lazy_pattern(_SOURCE, re.IGNORECASE)
        if not fresh:
            lazy.search("")
        got, want = getattr(lazy, name)(*args), getattr(compiled, name)(*args)
        if isinstance(want, re.Match):
            assert isinstance(got, re.Match)
            assert (got.span(), got.groupdict()) == (want.span(), want.groupdict())
        else:
            assert got == want, name
    lazy = lazy_pattern(_SOURCE, re.IGNORECASE)
    assert [m.span() for m in lazy.finditer(_TEXT)] == [m.span() for m in compiled.finditer(_TEXT)]
    assert lazy.pattern == compiled.pattern
    assert (lazy.groups, lazy.groupindex) == (compiled.groups, compiled.groupindex)


def _stand_ins() -> list[tuple[str, str, _Lazy]]:
    """Every stand-in a claimdiff module holds, by itself or in a tuple."""
    found = []
    for info in pkgutil.walk_packages(claimdiff.__path__, "claimdiff."):
        if info.name in {"claimdiff.pytest_plugin", "claimdiff.plugin_session"}:
            continue
        try:
            module = importlib.import_module(info.name)
        except ImportError:  # an optional extra (dask) not installed
            continue
        for name, value in vars(module).items():
            items = value if isinstance(value, tuple) else (value,)
            for item in items:
                for x in item if isinstance(item, tuple) else (item,):
                    if isinstance(x, _Lazy):
                        found.append((info.name, name, x))
    return found


def test_every_module_pattern_compiles() -> None:
    stand_ins = _stand_ins()
    assert len(stand_ins) > 50  # the walk found the extraction modules' patterns
    for module, name, lazy in stand_ins:
        try:
            re.compile(lazy.pattern, lazy._flags)
        except re.error as e:  # pragma: no cover - the failure this test is for
            pytest.fail(f"{module}.{name}: {e}")
