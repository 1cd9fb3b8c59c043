"""Build ``claimdiff/lexicon/data/verbs.txt`` from WordNet 3.0 (a maintainer's tool).

Run ``python -m claimdiff.lexicon.build_verb_senses [WORDNET_DIR]`` after
``apt-get install wordnet-base``.  The output is byte-for-byte the same for the same
inputs; ``--check`` exits 1 when the shipped file is stale.  claimdiff never imports
this module at run time: :mod:`claimdiff.verbs` reads only the file it writes.

What is written, from WordNet's own files:

- ``index.verb``: every single-word verb lemma and the synsets of all its senses,
  most frequent first ("found": the synset it shares with "establish" and "set up"
  comes first); :mod:`claimdiff.verbs` reads the first few as a verb's usual
  meanings and all of them to ask whether two verbs may ever mean one thing;
- ``data.verb``: each synset's direct hypernyms ("reopen" is a way to "open", "paint"
  one to "create");
- ``verb.exc``: irregular forms and their bases ("went go", "built build"), which
  WordNet's morphy consults before its suffix rules.

The licence is WordNet's, shipped beside the file as ``WORDNET-LICENSE``.
"""

from __future__ import annotations

import re
from pathlib import Path

from claimdiff.lexicon.shipped import DEFAULT_WORDNET, write_or_check_from_wordnet

OUTPUT = Path(__file__).parent / "data" / "verbs.txt"
FORMAT = 2
"""Bumped whenever the layout changes; the reader checks it."""
_WORD = re.compile(r"[a-z](?:[a-z'-]*[a-z])?")


def senses(wordnet: Path) -> dict[str, list[str]]:
    """Each single-word verb lemma's synsets (offsets), most frequent first."""
    out: dict[str, list[str]] = {}
    with (wordnet / "index.verb").open(encoding="latin-1") as lines:
        for line in lines:
            if line.startswith("  "):
                continue  # the licence header
            fields = line.split()
            lemma, synset_count = fields[0], int(fields[2])
            if _WORD.fullmatch(lemma):
                out[lemma] = fields[-synset_count:]
    return out


def exceptions(wordnet: Path, known: dict[str, list[str]]) -> dict[str, list[str]]:
    """Irregular forms and their bases that are known lemmas ("went": ["go"])."""
    out: dict[str, list[str]] = {}
    with (wordnet / "verb.exc").open(encoding="latin-1") as lines:
        for line in lines:
            form, *bases = line.split()
            kept = [b for b in bases if b in known]
            if _WORD.fullmatch(form) and kept:
                out[form] = kept
    return out


def hypernyms(wordnet: Path) -> dict[str, list[str]]:
    """Each verb synset's direct hypernyms (offsets), where it has any."""
    out: dict[str, list[str]] = {}
    with (wordnet / "data.verb").open(encoding="latin-1") as lines:
        for line in lines:
            if line.startswith("  "):
                continue  # the licence header
            fields = line.split("|", 1)[0].split()
            words = int(fields[3], 16)
            at = 4 + 2 * words
            pointers = [fields[at + 1 + 4 * k : at + 5 + 4 * k] for k in range(int(fields[at]))]
            found = [p[1] for p in pointers if p[0] == "@" and p[2] == "v"]
            if found:
                out[fields[0]] = found
    return out


def render(
    lemmas: dict[str, list[str]],
    irregular: dict[str, list[str]],
    broader: dict[str, list[str]] | None = None,
) -> str:
    head = (
        "# Verb senses for claimdiff, derived from WordNet 3.0 (Princeton University);\n"
        "# licence and copyright notice: WORDNET-LICENSE beside this file.\n"
        "# Written by `python -m claimdiff.lexicon.build_verb_senses`: rebuild, do not edit.\n"
        "# A line '[name]' starts a section; fields are separated by tabs, lists by spaces;\n"
        "# rows are sorted on their first field (as Python sorts strings).\n"
        "# [meta]        key, value\n"
        "# [exceptions]  irregular form, its bases (verb.exc)\n"
        "# [lemmas]      lemma, the synsets of its senses, most frequent first\n"
        "# [hypernyms]   synset, its direct hypernyms\n"
    )
    rows = [head, "[meta]\n", f"format\t{FORMAT}\n", "[exceptions]\n"]
    rows += [f"{k}\t{' '.join(v)}\n" for k, v in sorted(irregular.items())]
    rows.append("[lemmas]\n")
    rows += [f"{k}\t{' '.join(v)}\n" for k, v in sorted(lemmas.items())]
    rows.append("[hypernyms]\n")
    rows += [f"{k}\t{' '.join(v)}\n" for k, v in sorted((broader or {}).items())]
    return "".join(rows)


def build(wordnet: Path = DEFAULT_WORDNET) -> str:
    known = senses(wordnet)
    return render(known, exceptions(wordnet, known), hypernyms(wordnet))


def main(argv: list[str] | None = None) -> int:
    """Write the file (or ``--check`` that the shipped one is current)."""
    return write_or_check_from_wordnet(argv, __doc__.split("\n")[0], OUTPUT, build)


if __name__ == "__main__":
    raise SystemExit(main())
