"""The stored engine code of claimdiff.pattern_code: each entry is re's own code, and a
pattern the file lacks (or a file for another interpreter) falls back to re."""

from __future__ import annotations

import marshal
import re
from pathlib import Path

import pytest

from claimdiff import pattern_code
from claimdiff.lexicon import build_pattern_code

TABLE = pattern_code._table()


def _same(made: re.Pattern[str], fresh: re.Pattern[str]) -> None:
    # Pattern equality compares the source, the flags and the engine code itself.
    assert made == fresh
    assert made.flags == fresh.flags
    assert made.groups == fresh.groups
    assert made.groupindex == fresh.groupindex


@pytest.mark.skipif(not TABLE, reason="no stored code for this interpreter")
@pytest.mark.parametrize("key", sorted(TABLE, key=repr), ids=lambda k: repr(k)[:60])
def test_stored_code_is_res(key: tuple[str, int]) -> None:
    pattern, flags = key
    _same(pattern_code.compile_pattern(pattern, flags), re.compile(pattern, flags))


def test_the_file_serves_the_running_interpreter() -> None:
    name = pattern_code.table_name()
    assert name.startswith("pattern_code-") and name.endswith(".marshal")
    assert pattern_code.interpreter() in name


@pytest.mark.parametrize(
    ("pattern", "flags", "text"),
    [
        (r"(?P<n>\d+)\s*(?P<unit>km|mi)(?![^\W\d_])", 0, "It ran 12 km, then 3mi."),
        (r"(?i:caf)é|naïve", re.IGNORECASE, "CAFÉ and Naïve"),
        (rb"\d+(?=\s)", 0, b"a 12 b 345 "),
        (r"(?x) a \  b  # verbose", 0, "xa bx"),
    ],
)
def test_a_pattern_the_file_lacks_is_compiled_by_re(pattern, flags, text) -> None:
    assert (pattern, flags) not in TABLE
    made = pattern_code.compile_pattern(pattern, flags)
    _same(made, re.compile(pattern, flags))
    assert [m.span() for m in made.finditer(text)] == [
        m.span() for m in re.finditer(pattern, text, flags)
    ]


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"(?P<n>\d+)\s*(?P<unit>km|mi)(?![^\W\d_])", 0),
        (r"(?i:caf)é|naïve(?P<x>s)?", re.IGNORECASE),
        (rb"\d+(?=\s)", 0),
        (r"(?x) a \  b  # verbose", 0),
        (r"(?<![\w’'])[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*+", re.MULTILINE),
    ],
)
def test_an_entry_built_from_re_makes_res_pattern(monkeypatch, pattern, flags) -> None:
    """The build tool's entry, as the file would hold it, gives re's pattern back."""
    table = build_pattern_code.build([(pattern, flags)])
    monkeypatch.setattr(pattern_code, "_table", lambda: table)
    _same(pattern_code.compile_pattern(pattern, flags), re.compile(pattern, flags))


def test_no_file_for_the_interpreter_means_re(monkeypatch) -> None:
    monkeypatch.setattr(pattern_code, "table_name", lambda: "pattern_code-none.marshal")
    pattern_code._table.cache_clear()
    try:
        assert pattern_code._table() == {}
        _same(pattern_code.compile_pattern(r"\d+"), re.compile(r"\d+"))
    finally:
        monkeypatch.undo()
        pattern_code._table.cache_clear()


@pytest.mark.skipif(not TABLE, reason="no stored code for this interpreter")
def test_the_file_is_what_the_tool_writes() -> None:
    """As the package's other data files: a pattern changed or added since the file was
    written fails here, until ``python -m claimdiff.lexicon.build_pattern_code`` is run
    again (a stale file would only cost time, silently)."""
    root = Path(__file__).resolve().parent.parent
    keys = build_pattern_code.recorded(root)
    written = (root / "claimdiff" / "lexicon" / "data" / pattern_code.table_name()).read_bytes()
    # The tables compared, not their bytes: marshal marks objects by how often they are
    # referred to, which differs from process to process.
    assert marshal.loads(written) == build_pattern_code.build(keys), (
        "stale: run python -m claimdiff.lexicon.build_pattern_code"
    )
