"""A digest of everything ``claimdiff.extract`` reads from a fixed corpus.

Speed work must not change what is extracted.  This script runs ``extract`` on a
fixed corpus and writes one line per claim (``repr`` of ``attrs.asdict``), so two
trees can be compared byte for byte::

    python bench/identical.py before.txt      # on the old tree
    python bench/identical.py after.txt       # on the new one
    cmp before.txt after.txt

The corpus: the fixture articles (German ones read as German), the SummEdits
documents (``fresh.sources()``), 400 kB of ``fresh.news`` and 30 kB of
``fresh.dense`` (the builders are deterministic in one process), every string of
``tests/data/*.json`` and ``bench/data/consistency/pairs.json`` (the German files'
strings also read as German), and each case of ``bench/adversarial.py`` cut to
3 kB.  The last line is the SHA-256 of all lines before it, also printed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import attrs

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import adversarial  # noqa: E402  (beside this file)
import fresh  # noqa: E402

ROOT = HERE.parent
# tests/data files whose texts are German, with the locale they are read in.
GERMAN = {
    "attribution_de_fresh.json": "de",
    "phrases_de_fresh.json": "de",
    "phrases_de_ch_fresh.json": "de_CH",
}
# Shortest string of a JSON file taken as a text (ids and labels are shorter, or harmless).
MIN_TEXT = 12


def _strings(value: object) -> Iterator[str]:
    """Every string in a JSON value, depth first, in file order."""
    if isinstance(value, str):
        if len(value) >= MIN_TEXT:
            yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def corpus() -> Iterator[tuple[str, str, str]]:
    """(label, lang, text) of every text in the corpus, in a fixed order."""
    for path in sorted((ROOT / "fixtures").rglob("*.txt")):
        lang = "de" if path.parent.name == "de" else "en"
        yield path.relative_to(ROOT).as_posix(), lang, path.read_text("utf-8")
    for k, text in enumerate(fresh.sources()):
        yield f"source {k}", "en", text
    for k, text in enumerate(fresh.news(400_000)):
        yield f"news {k}", "en", text
    for k in range(3):
        yield f"dense {k}", "en", fresh.dense(10_000)
    data = [*sorted((ROOT / "tests" / "data").glob("*.json"))]
    data.append(ROOT / "bench" / "data" / "consistency" / "pairs.json")
    for path in data:
        langs = ["en"] + ([GERMAN[path.name]] if path.name in GERMAN else [])
        strings = list(dict.fromkeys(_strings(json.loads(path.read_text("utf-8")))))
        for lang in langs:
            for k, text in enumerate(strings):
                yield f"{path.name} {k}", lang, text
    for case in adversarial.CASES:
        yield f"adversarial {case}", "en", adversarial._text(case, 3_000)


def digest(out: Path) -> str:
    """Write the digest lines to ``out``; return the SHA-256 of them."""
    import claimdiff

    h = hashlib.sha256()
    with out.open("w", encoding="utf-8") as f:
        for label, lang, text in corpus():
            try:
                lines = [repr(attrs.asdict(c)) for c in claimdiff.extract(text, lang=lang)]
            except ValueError as e:  # a refused text: the refusal is the output
                lines = [f"{type(e).__name__}: {e}"]
            for line in [f"## {label} [{lang}] {len(text)}", *lines]:
                f.write(line + "\n")
                h.update(line.encode("utf-8") + b"\n")
        f.write(f"sha256 {h.hexdigest()}\n")
    return h.hexdigest()


def main(argv: list[str] | None = None) -> int:
    """Write the digest and print its hash."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path, help="file to write the digest to")
    args = ap.parse_args(argv)
    print(digest(args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
