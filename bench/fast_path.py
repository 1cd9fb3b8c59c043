"""Whether the fast path reads what the full reader reads, on texts the tests do not hold.

``tests/test_fast_amounts.py`` requires the same claims with and without the fast
path (``claimdiff/extract/fast_amounts.py``) on the project's own texts; this script
checks the benchmark corpora, which the tests may not read::

    python bench/fast_path.py [FILE.jsonl ...]

It runs ``extract`` on each text twice, with the fast path and with it turned off,
and prints, per corpus, how many texts gave different claims (it must be 0) and the
share of digit figures the fast path read.  The corpora: the SummEdits documents and
summaries (``data/summedits``), every case of Recognizers-Text's English specs
(``data/recognizers_*.jsonl``), 1 MB of fresh news and 100 kB of dense figures
(``fresh.py``), and any JSON-lines file given (its ``text`` field on each line).
"""

from __future__ import annotations

import argparse
import collections
import importlib
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import attrs

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import fresh  # noqa: E402  (beside this file)

import claimdiff  # noqa: E402
from claimdiff.extract.fast_amounts import fast_core  # noqa: E402

DATA = HERE / "data"
# The module, not the function ``claimdiff.extract.scan`` that the package exports.
scan = importlib.import_module("claimdiff.extract.scan")


def _jsonl(path: Path, field: str = "text") -> Iterator[str]:
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)[field]


def corpora(extra: list[Path]) -> Iterator[tuple[str, list[str]]]:
    """(name, texts) of each corpus checked."""
    summedits = DATA / "summedits"
    yield "SummEdits documents", list(_jsonl(summedits / "docs.jsonl"))
    yield "SummEdits summaries", list(_jsonl(summedits / "summaries.jsonl", "summary"))
    for path in sorted(DATA.glob("recognizers_*.jsonl")):
        yield path.stem, list(_jsonl(path))
    yield "fresh news, 1 MB", fresh.news(1_000_000, 7)
    yield "dense figures, 100 kB", [fresh.dense(10_000) for _ in range(10)]
    for path in extra:
        yield path.name, list(_jsonl(path))


def _claims(text: str) -> object:
    try:
        return [attrs.asdict(c) for c in claimdiff.extract(text, max_figures=None)]
    except Exception as e:  # the same refusal either way is the same result
        return repr(e)


def compare(texts: list[str]) -> tuple[int, int, int]:
    """(texts whose claims differ, digit figures the fast path read, digit figures)."""
    counts = [0, 0]

    def counting(text: str, pos: int, lex: object, m: object = None) -> object:
        found = fast_core(text, pos, lex, m)  # type: ignore[arg-type]
        counts[found is not None] += 1
        return found

    def off(text: str, pos: int, lex: object, m: object = None) -> None:
        return None

    differ = 0
    for text in texts:
        fast = _with(counting, text, plain=True)
        if fast != _with(off, text, plain=False):
            differ += 1
    return differ, counts[1], counts[0] + counts[1]


def _with(reader: Callable[..., object], text: str, *, plain: bool) -> object:
    """The claims of ``text`` with ``reader`` as the fast path; without ``plain``, every
    figure passes every gate of the scan (no plain pattern: extract/plain.py) and every
    number word is read in full (no ``fast_word_core``)."""
    saved, saved_plain, saved_words = scan.fast_core, scan.PLAIN, scan.fast_word_core
    scan.fast_core = reader
    if not plain:
        scan.PLAIN = collections.defaultdict(lambda: None)
        scan.fast_word_core = lambda text, pos, lex: None  # number words alone, in full too
    try:
        return _claims(text)
    finally:
        scan.fast_core, scan.PLAIN, scan.fast_word_core = saved, saved_plain, saved_words


def main(argv: list[str] | None = None) -> int:
    """Check every corpus; exit 1 if any text reads differently."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="JSON lines, a 'text' field each")
    args = parser.parse_args(argv)
    print("| corpus | texts | differing | digit figures | read by the fast path |")
    print("| --- | ---: | ---: | ---: | ---: |")
    bad = 0
    for name, texts in corpora(args.files):
        differ, fast, total = compare(texts)
        bad += differ
        share = f"{fast / total:.0%}" if total else "-"
        print(f"| {name} | {len(texts):,} | {differ} | {total:,} | {share} |")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
