"""Build ``claimdiff/lexicon/data/pattern_code-<interpreter>.marshal`` (a maintainer's tool).

Run ``python -m claimdiff.lexicon.build_pattern_code`` from a checkout, under the
interpreter the file is to serve, after changing patterns: it runs the commands of
:data:`WORKLOADS` in a fresh process, notes every pattern they compile through
:func:`claimdiff.pattern_code.compile_pattern`, and stores ``re``'s code for each.  A
stale file costs time, never a match: a pattern it lacks is compiled by ``re``
(tests/test_pattern_code.py checks that each stored code is ``re``'s own).
"""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from array import array
from pathlib import Path
from typing import Any

from claimdiff.pattern_code import BYPASS, Table, table_name

# The fixtures' comparisons (English and German), an extraction of each English one
# and the reconciliation of the four fire reports: what a one-off command meets.
WORKLOADS = (
    ["compare", "fixtures/reuters_icc.txt", "fixtures/telegraph_icc.txt"],
    ["extract", "fixtures/reuters_icc.txt"],
    ["extract", "fixtures/telegraph_icc.txt"],
    ["compare", "--lang", "de", "fixtures/de/a.txt", "fixtures/de/b.txt"],
    ["reconcile", *(f"fixtures/fire/{n}.txt" for n in ("courier", "herald", "radio", "wire"))],
)

# Run in a fresh interpreter, before claimdiff is imported, so that patterns compiled
# at import are seen too: prints the (source, flags) of every pattern compile_pattern
# hands to re.compile, marshalled.
_RECORD = """
import contextlib, io, marshal, re, sys
seen = {}
_compile = re.compile
def _noting(pattern, flags=0):
    if sys._getframe(1).f_code.co_filename.endswith("pattern_code.py"):
        seen[(pattern, int(flags))] = None
    return _compile(pattern, flags)
re.compile = _noting
from claimdiff.cli import main
for argv in marshal.loads(bytes.fromhex(sys.argv[1])):
    with contextlib.redirect_stdout(io.StringIO()):
        main(argv)
sys.stdout.buffer.write(marshal.dumps(list(seen)))
"""


def recorded(root: Path) -> list[tuple[Any, int]]:
    """The patterns :data:`WORKLOADS` compile through compile_pattern, run in ``root``
    with no stored code standing in for re (:data:`claimdiff.pattern_code.BYPASS`)."""
    out = subprocess.run(
        [sys.executable, "-c", _RECORD, marshal.dumps(list(map(list, WORKLOADS))).hex()],
        cwd=root,
        capture_output=True,
        check=True,
        env={**os.environ, BYPASS: "1"},
    ).stdout
    keys: list[tuple[Any, int]] = marshal.loads(out)
    return keys


def entry(pattern: Any, flags: int) -> tuple[int, bytes, int, dict[str, int]]:
    """What ``re`` makes of a pattern, as :mod:`claimdiff.pattern_code` stores it."""
    parsed = re._parser.parse(pattern, flags)  # type: ignore[attr-defined]
    code = re._compiler._code(parsed, flags)  # type: ignore[attr-defined]
    state = parsed.state
    return flags | state.flags, array("I", code).tobytes(), state.groups - 1, dict(state.groupdict)


def build(keys: list[tuple[Any, int]]) -> Table:
    """The table of ``keys``, in a fixed order (str sources before bytes)."""
    ordered = sorted(keys, key=lambda k: (isinstance(k[0], bytes), k[0], k[1]))
    return {(p, f): entry(p, f) for p, f in ordered}


def main(argv: list[str] | None = None) -> int:
    """Write the running interpreter's file."""
    del argv
    output = Path(__file__).parent / "data" / table_name()
    keys = recorded(Path.cwd())
    output.write_bytes(marshal.dumps(build(keys)))
    print(f"{output.name}: {len(keys)} patterns")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
