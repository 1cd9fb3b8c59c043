"""The command line the maintainer's build tools share: write a shipped data file, or
``--check`` that the shipped one is what the tool would write now (exit 1 if stale)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

__all__ = ["DEFAULT_WORDNET", "write_or_check", "write_or_check_from_wordnet"]

DEFAULT_WORDNET = Path("/usr/share/wordnet")
"""Where Debian's ``wordnet-base`` puts WordNet 3.0."""


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


def write_or_check_from_wordnet(
    argv: list[str] | None, description: str, output: Path, build: Callable[[Path], str]
) -> int:
    """:func:`write_or_check` for a tool that builds its file from a WordNet directory,
    given as an optional argument (:data:`DEFAULT_WORDNET` when left out)."""

    def wordnet_dir(ap: argparse.ArgumentParser) -> None:
        ap.add_argument("wordnet", nargs="?", type=Path, default=DEFAULT_WORDNET)

    return write_or_check(argv, description, output, lambda args: build(args.wordnet), wordnet_dir)
