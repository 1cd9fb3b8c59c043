"""Build ``claimdiff/lexicon/data/words.txt`` from WordNet 3.0 (a maintainer's tool).

Run ``python -m claimdiff.lexicon.build_vocabulary [WORDNET_DIR]`` after
``apt-get install wordnet-base``.  The output is byte-for-byte the same for the same
inputs; ``--check`` exits 1 when the shipped file is stale.  claimdiff never imports
this module at run time: :mod:`claimdiff.vocabulary` reads only the file it writes.

What is written: every single-word lemma WordNet writes in lower case, in any part of
speech (``data.noun``, ``data.verb``, ``data.adj``, ``data.adv``), and every irregular
form whose base is such a lemma (``*.exc``: "children", "went").  Words WordNet knows
only capitalised ("Denver", "Toyota") are left out: those are names.  The licence is
WordNet's, shipped beside the file as ``WORDNET-LICENSE``.
"""

from __future__ import annotations

import re
from pathlib import Path

from claimdiff.lexicon.shipped import DEFAULT_WORDNET, write_or_check_from_wordnet

OUTPUT = Path(__file__).parent / "data" / "words.txt"
PARTS = ("noun", "verb", "adj", "adv")
# A word of letters, with inner hyphens or apostrophes ("well-being", "o'clock").
_WORD = re.compile(r"[a-z](?:[a-z'-]*[a-z])?")
# An adjective's marker of position in data.adj: "big(a)", "elect(ip)".
_MARKER = re.compile(r"\([a-z]+\)$")


def lemmas(wordnet: Path) -> set[str]:
    """The lower-case single-word lemmas of every part of speech."""
    out: set[str] = set()
    for part in PARTS:
        with (wordnet / f"data.{part}").open(encoding="latin-1") as lines:
            for line in lines:
                if line.startswith("  "):
                    continue  # the licence header
                fields = line.split()
                for k in range(int(fields[3], 16)):
                    word = _MARKER.sub("", fields[4 + 2 * k])
                    if _WORD.fullmatch(word):
                        out.add(word)
    return out


def irregular(wordnet: Path, known: set[str]) -> set[str]:
    """Irregular forms ("children", "went") whose base is a known lemma."""
    out: set[str] = set()
    for part in PARTS:
        with (wordnet / f"{part}.exc").open(encoding="latin-1") as lines:
            for line in lines:
                form, *bases = line.split()
                if _WORD.fullmatch(form) and any(b in known for b in bases):
                    out.add(form)
    return out


def render(words: set[str]) -> str:
    head = (
        "# Common English words for claimdiff, derived from WordNet 3.0 (Princeton\n"
        "# University); licence and copyright notice: WORDNET-LICENSE beside this file.\n"
        "# Written by `python -m claimdiff.lexicon.build_vocabulary`: rebuild, do not edit.\n"
        "# One word per line: WordNet's lower-case lemmas and their irregular forms.\n"
    )
    return head + "".join(w + "\n" for w in sorted(words))


def build(wordnet: Path = DEFAULT_WORDNET) -> str:
    known = lemmas(wordnet)
    return render(known | irregular(wordnet, known))


def main(argv: list[str] | None = None) -> int:
    """Write the file (or ``--check`` that the shipped one is current)."""
    return write_or_check_from_wordnet(argv, __doc__.split("\n")[0], OUTPUT, build)


if __name__ == "__main__":
    raise SystemExit(main())
