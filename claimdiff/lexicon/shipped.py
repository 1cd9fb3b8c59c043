"""The command line the maintainer's build tools share: write a shipped data file, or
``--check`` that the shipped one is what the tool would write now (exit 1 if stale)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

__all__ = ["write_or_check"]


def write_or_check(
    argv: list[str] | None,
    description: str,
    output: Path,
    render: Callable[[argparse.Namespace], str],
    add_arguments: Callable[[argparse.ArgumentParser], None] | None = None,
) -> int:
    """Parse ``argv``, render the file's text, and write it to ``output`` (or compare)."""
    ap = argparse.ArgumentParser(description=description)
    if add_arguments is not None:
        add_arguments(ap)
    ap.add_argument("--check", action="store_true", help="exit 1 if the shipped file is stale")
    args = ap.parse_args(argv)
    text = render(args)
    if args.check:
        return 0 if output.read_text("utf-8") == text else 1
    output.write_text(text, "utf-8")
    return 0
