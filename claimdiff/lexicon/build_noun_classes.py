"""Build ``claimdiff/lexicon/data/nouns.txt`` from WordNet 3.0 (a maintainer's tool).

Run ``python -m claimdiff.lexicon.build_noun_classes [WORDNET_DIR]`` after
``apt-get install wordnet-base`` (Debian puts WordNet 3.0 in ``/usr/share/wordnet``
and the ``lexnames(5WN)`` man page beside the other manuals).  The output is
byte-for-byte the same for the same inputs.  claimdiff never imports this module
at run time: :mod:`claimdiff.nouns` reads only the data file it writes.

What is read, all WordNet's own files:

- ``index.noun``: every noun lemma and its senses in WordNet's order, which is
  the order of their frequency in the semantic concordances;
- ``data.noun``: each synset's lexicographer file, words, hypernyms (``@``,
  ``@i``), member meronyms (``%m``) and antonyms (``!``);
- ``noun.exc``: irregular plurals (``children child``), used by morphy;
- ``cntlist.rev``: how often each sense was tagged, summed per lemma, to choose
  between two bases morphy finds ("species" or "specie");
- ``lexnames.5WN.gz``: the table from lexicographer file number to name.

The rules stated in :mod:`claimdiff.nouns` (and docs/nouns.md) are applied here:
:func:`synset_classes` gives each synset its coarse class and
:func:`people_groups` finds the groups of people and the persons they are made of;
the run-time module only follows the links written.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

import attrs

from claimdiff.nouns import ACT_CLASSES

DEFAULT_WORDNET = Path("/usr/share/wordnet")
DEFAULT_LEXNAMES = Path("/usr/share/man/man5/lexnames.5WN.gz")
DEFAULT_COPYRIGHT = Path("/usr/share/doc/wordnet-base/copyright")
OUTPUT = Path(__file__).parent / "data" / "nouns.txt"
LICENCE_OUTPUT = Path(__file__).parent / "data" / "WORDNET-LICENSE"

SENSES = 10
"""Senses kept per lemma, most frequent first.

The reader takes the first five as a noun's meanings, the evidence that two nouns
are alike: five reach "carrier" as a company (its fifth sense, after a porter, two
vehicles and a tracer substance) while leaving out the long tail of rare senses
that would let nearly any two nouns meet.  All ten only decide whether two nouns
may name one thing at all ("jobs" and "positions", a job being a position's sixth
sense); see docs/nouns.md for the measurements.
"""

FORMAT = 3
"""Bumped whenever the data file's layout changes; the reader checks it."""

# Synsets named by a lemma and a sense number (1 = most frequent): the anchors of
# the rules below.  Named, not numbered, so that a reader can check them.
ORGANIZATION = ("organization", 1)  # "a group of people who work together"
PERSON = ("person", 1)  # "a human being"
# Pointer symbols of data.noun (wndb(5WN)): hypernym, instance hypernym, member
# meronym, antonym.
HYPERNYM_POINTERS = frozenset({"@", "@i"})
MEMBER_POINTER = "%m"
ANTONYM_POINTER = "!"
# ... and a derivationally related form ("closure" and "close"), read towards verbs.
DERIVATION_POINTER = "+"
# A lexicographer-file line of the lexnames(5WN) man page: "14<TAB>noun.group<TAB>…".
_LEXNAME_LINE = re.compile(r"^(\d\d)\t(\S+)\s*\t")


@attrs.frozen
class Synset:
    """One noun synset of data.noun, with what the classes need."""

    offset: str
    lexname: str
    words: tuple[str, ...]
    hypernyms: tuple[str, ...]
    members: tuple[str, ...]
    antonyms: tuple[str, ...]
    verbs: tuple[tuple[str, str], ...] = ()
    """Derivationally related verbs: (this synset's word, the verb as data.verb writes it)."""


@attrs.frozen
class WordNet:
    """The parts of WordNet's noun database the data file is built from."""

    synsets: Mapping[str, Synset]
    senses: Mapping[str, tuple[str, ...]]
    """Each lemma's synset offsets, most frequent sense first."""
    exceptions: Mapping[str, tuple[str, ...]]
    tag_counts: Mapping[str, int]


def _content_lines(path: Path) -> Iterator[str]:
    """The lines of a WordNet database file after its licence header (lines starting "  ")."""
    with path.open(encoding="utf-8") as f:
        for line in f:
            if not line.startswith("  "):
                yield line.rstrip("\n")


def read_lexnames(path: Path) -> dict[int, str]:
    """Lexicographer file numbers and names, from the lexnames(5WN) man page."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        found = {int(m[1]): m[2] for m in map(_LEXNAME_LINE.match, f) if m}
    if found.get(18) != "noun.person":
        msg = f"{path} does not hold the lexicographer file table of WordNet 3.0"
        raise ValueError(msg)
    return found


def read_verb_words(path: Path) -> dict[str, tuple[str, ...]]:
    """Each verb synset's words, keyed by its offset in data.verb (none if it is absent)."""
    if not path.exists():
        return {}
    found = {}
    for line in _content_lines(path):
        fields = line.partition(" | ")[0].split()
        found[fields[0]] = tuple(fields[4 : 4 + 2 * int(fields[3], 16) : 2])
    return found


def read_synsets(
    path: Path, lexnames: Mapping[int, str], verb_words: Mapping[str, tuple[str, ...]] = {}
) -> dict[str, Synset]:
    """Every synset of data.noun, keyed by its offset."""
    synsets = {}
    for line in _content_lines(path):
        fields = line.partition(" | ")[0].split()
        offset, lexfile, word_count = fields[0], int(fields[1]), int(fields[3], 16)
        words = tuple(fields[4 : 4 + 2 * word_count : 2])
        at = 4 + 2 * word_count
        pointers = [fields[i : i + 4] for i in range(at + 1, at + 1 + 4 * int(fields[at]), 4)]
        synsets[offset] = Synset(
            offset=offset,
            lexname=lexnames[lexfile],
            words=words,
            hypernyms=tuple(o for sym, o, pos, _ in pointers if sym in HYPERNYM_POINTERS),
            members=tuple(o for sym, o, pos, _ in pointers if sym == MEMBER_POINTER),
            antonyms=tuple(
                o for sym, o, pos, _ in pointers if sym == ANTONYM_POINTER and pos == "n"
            ),
            verbs=tuple(
                (words[int(link[:2], 16) - 1], verb_words[o][int(link[2:], 16) - 1])
                for sym, o, pos, link in pointers
                if sym == DERIVATION_POINTER
                and pos == "v"
                and o in verb_words
                and int(link[:2], 16)
                and int(link[2:], 16)
            ),
        )
    return synsets


def read_senses(path: Path) -> dict[str, tuple[str, ...]]:
    """Each lemma of index.noun and its synset offsets, most frequent first."""
    senses = {}
    for line in _content_lines(path):
        fields = line.split()
        lemma, sense_count, pointer_count = fields[0], int(fields[2]), int(fields[3])
        offsets = tuple(fields[6 + pointer_count :])
        if len(offsets) != sense_count:
            msg = f"index.noun: {lemma!r} lists {len(offsets)} senses, not {sense_count}"
            raise ValueError(msg)
        senses[lemma] = offsets
    return senses


def read_exceptions(path: Path) -> dict[str, tuple[str, ...]]:
    """noun.exc: each irregular inflected form and its base forms."""
    exceptions: dict[str, tuple[str, ...]] = {}
    for line in _content_lines(path):
        inflected, *bases = line.split()
        exceptions[inflected] = exceptions.get(inflected, ()) + tuple(bases)
    return exceptions


def read_tag_counts(path: Path) -> dict[str, int]:
    """How often each noun lemma was tagged in the semantic concordances (cntlist.rev)."""
    counts: collections.Counter[str] = collections.Counter()
    for line in _content_lines(path):
        sense_key, _, count = line.split()
        lemma, _, lex_sense = sense_key.partition("%")
        if lex_sense.startswith("1:"):  # synset type 1: a noun
            counts[lemma] += int(count)
    return dict(counts)


def read_wordnet(directory: Path, lexnames_path: Path) -> WordNet:
    """WordNet's noun database from a directory such as Debian's /usr/share/wordnet."""
    return WordNet(
        synsets=read_synsets(
            directory / "data.noun",
            read_lexnames(lexnames_path),
            read_verb_words(directory / "data.verb"),
        ),
        senses=read_senses(directory / "index.noun"),
        exceptions=read_exceptions(directory / "noun.exc"),
        tag_counts=read_tag_counts(directory / "cntlist.rev"),
    )


def _ancestors(synsets: Mapping[str, Synset], offset: str) -> set[str]:
    """All hypernyms of a synset, transitively, with the synset itself."""
    seen, todo = {offset}, [offset]
    while todo:
        for parent in synsets[todo.pop()].hypernyms:
            if parent not in seen:
                seen.add(parent)
                todo.append(parent)
    return seen


def _sense(wordnet: WordNet, anchor: tuple[str, int]) -> str:
    """The synset of a lemma's n-th sense."""
    lemma, number = anchor
    return wordnet.senses[lemma][number - 1]


def synset_classes(wordnet: WordNet) -> dict[str, str]:
    """The coarse class of every synset.

    1. A synset's class is its lexicographer file without "noun." (``person``,
       ``artifact``, ``group``, ``location`` …).
    2. The unique beginners (``noun.Tops``: person, animal, artifact …) take the
       class most of their direct hyponyms have, so that "person" is a ``person``.
    3. Every synset under "organization" (its first sense), whatever its file, is an
       ``organization``: institutions and businesses ("company", "firm",
       "business"), and "airline", which WordNet files as an artifact under
       "common carrier"; also "staff" and "crew" (see :func:`people_groups` for
       when those count people instead).
    """
    synsets = wordnet.synsets
    classes = {o: s.lexname.removeprefix("noun.") for o, s in synsets.items()}
    hyponyms: dict[str, list[str]] = collections.defaultdict(list)
    for o, s in synsets.items():
        for parent in s.hypernyms:
            hyponyms[parent].append(o)
    for o, s in synsets.items():
        if s.lexname == "noun.Tops":
            below = collections.Counter(
                synsets[h].lexname.removeprefix("noun.")
                for h in hyponyms[o]
                if synsets[h].lexname != "noun.Tops"
            )
            # Sorted first so that a tie goes the same way on every run.
            classes[o] = max(sorted(below), key=below.__getitem__) if below else "tops"
    organization = _sense(wordnet, ORGANIZATION)
    for o in synsets:
        if organization in _ancestors(synsets, o):
            classes[o] = "organization"
    return classes


def people_groups(wordnet: WordNet, classes: Mapping[str, str]) -> dict[str, tuple[str, ...]]:
    """Each group of people and the persons it is made of.

    A group of people is a ``noun.group`` synset whose member meronyms (``%m``)
    are mostly persons or groups of people ("staff": staff member; "workforce":
    gang, whose members are crewmen), whose hypernym is a group of people
    ("population" is a kind of "people"), or whose hyponyms mostly are ("force,
    personnel": staff, police, work force …); repeated until nothing changes.  Its
    persons are its person members, the members of its member groups, and the
    persons that share a word with it ("troops", "military personnel": a
    serviceman is also "military personnel"); "person" when WordNet names none.
    """
    synsets = wordnet.synsets
    person = _sense(wordnet, PERSON)
    by_word: dict[str, list[str]] = collections.defaultdict(list)
    for o, s in synsets.items():
        if classes[o] == "person":
            for word in s.words:
                by_word[word.lower()].append(o)
    hyponyms: dict[str, list[str]] = collections.defaultdict(list)
    for o, s in synsets.items():
        for parent in s.hypernyms:
            hyponyms[parent].append(o)

    def mostly(found: Iterable[bool]) -> bool:
        votes = list(found)
        return 2 * sum(votes) > len(votes) > 0

    groups: set[str] = set()
    changed = True
    while changed:
        changed = False
        for o, s in synsets.items():
            if o in groups or s.lexname != "noun.group":
                continue
            if (
                mostly(classes[m] == "person" or m in groups for m in s.members)
                or any(p in groups for p in s.hypernyms)
                or mostly(h in groups for h in hyponyms[o])
            ):
                groups.add(o)
                changed = True

    def persons(group: str, seen: frozenset[str]) -> list[str]:
        found = []
        for m in synsets[group].members:
            if classes[m] == "person":
                found.append(m)
            elif m in groups and m not in seen:
                found.extend(persons(m, seen | {m}))
        found.extend(p for w in synsets[group].words for p in by_word.get(w.lower(), ()))
        return found

    return {
        g: tuple(dict.fromkeys(persons(g, frozenset({g})))) or (person,) for g in sorted(groups)
    }


def kept_lemmas(wordnet: WordNet) -> list[str]:
    """The lemmas written: single words (a counted head noun is one word), sorted."""
    return sorted(lemma for lemma in wordnet.senses if "_" not in lemma)


def act_compounds(wordnet: WordNet, classes: Mapping[str, str]) -> list[str]:
    """Two-word nouns WordNet lists whose second word names an act or an event in one of
    its first two senses ("bus stop", "car race", "police investigation"), as "first
    second", sorted.

    Such a compound names a thing of its own, where a compound WordNet does not list
    ("elephant births", "store closures") counts acts on its first word's thing
    (claimdiff.nouns.counts_acts_on).
    """
    out = []
    for lemma in wordnet.senses:
        words = lemma.split("_")
        if len(words) != 2 or not all(w.isalpha() for w in words):
            continue
        head = wordnet.senses.get(words[1].lower(), ())[:2]
        if any(classes[o] in ACT_CLASSES for o in head):
            out.append(" ".join(w.lower() for w in words))
    return sorted(set(out))


def act_verbs(wordnet: WordNet, classes: Mapping[str, str]) -> dict[str, tuple[str, ...]]:
    """For each single-word noun naming an act or an event in one of its first two senses,
    the verbs WordNet derives it from or to in those senses ("closure": close; "birth":
    born, of "be_born"; "break-in": break, of "break_in"), as a text writes them: a
    phrasal verb by its verb.  Only nouns with such a verb are listed."""
    out = {}
    for lemma in kept_lemmas(wordnet):
        first = wordnet.senses[lemma][:2]
        if not any(classes[o] in ACT_CLASSES for o in first):
            continue
        verbs = {
            _verb_word(verb)
            for o in first
            for word, verb in wordnet.synsets[o].verbs
            if word.lower() == lemma
        }
        if verbs:
            out[lemma] = tuple(sorted(verbs))
    return out


def _verb_word(verb: str) -> str:
    """The word a text writes for a verb of data.verb: "be_born" → born, "break_in" →
    break, "close" → close."""
    words = verb.lower().split("_")
    return words[1] if words[0] == "be" and len(words) > 1 else words[0]


def _closure(
    wordnet: WordNet, groups: Mapping[str, tuple[str, ...]], roots: Iterable[str]
) -> list[str]:
    """The synsets reachable from ``roots`` through hypernyms and groups' persons."""
    seen, todo = set(roots), list(roots)
    while todo:
        offset = todo.pop()
        for next_ in (*wordnet.synsets[offset].hypernyms, *groups.get(offset, ())):
            if next_ not in seen:
                seen.add(next_)
                todo.append(next_)
    return sorted(seen)


def render(wordnet: WordNet, senses_per_lemma: int = SENSES) -> str:
    """The data file's text (see its header for the layout)."""
    classes = synset_classes(wordnet)
    groups = people_groups(wordnet, classes)
    lemmas = kept_lemmas(wordnet)
    kept = _closure(
        wordnet, groups, {o for lm in lemmas for o in wordnet.senses[lm][:senses_per_lemma]}
    )
    kept_set = set(kept)
    class_names = sorted({classes[o] for o in kept})
    class_number = {c: i for i, c in enumerate(class_names)}

    def refs(offsets: Iterable[str]) -> str:
        return " ".join(o for o in offsets if o in kept_set)

    out = [
        "# Noun classes for claimdiff, derived from WordNet 3.0 (Princeton University);",
        "# licence and copyright notice: WORDNET-LICENSE beside this file.",
        "# Written by `python -m claimdiff.lexicon.build_noun_classes`: rebuild, do not edit.",
        "# A line '[name]' starts a section.  Fields are separated by tabs, lists by",
        "# spaces (a list may be empty).  A synset is named by its offset in WordNet's",
        "# data.noun.  The rows of the last five sections are sorted on their first field",
        "# (as Python sorts strings), so that a reader can find a row by binary search.",
        "# [meta]        key, value",
        "# [classes]     one class name a line; a class number is a line number here, from 0",
        "# [exceptions]  irregular plural, its base forms (noun.exc)",
        "# [lemmas]      lemma, times tagged in the concordances (cntlist.rev),",
        "#               the synsets of its first senses, most frequent first (index.noun)",
        "# [synsets]     synset, class number, hypernyms, persons (not empty for a group",
        "#               of people), antonyms",
        "# [compounds]   two-word noun whose second word names an act or event first",
        "#               (bus stop), as 'first second'",
        "# [acts]        noun naming an act or event first, the verbs derived with it",
        "#               (closure: close)",
        "[meta]",
        f"format\t{FORMAT}",
        "source\tWordNet 3.0",
        f"senses\t{senses_per_lemma}",
        "[classes]",
        *class_names,
        "[exceptions]",
        *(
            f"{inflected}\t{' '.join(bases)}"
            for inflected, bases in sorted(wordnet.exceptions.items())
            if "_" not in inflected
        ),
        "[lemmas]",
        *(
            f"{lm}\t{wordnet.tag_counts.get(lm, 0)}\t{refs(wordnet.senses[lm][:senses_per_lemma])}"
            for lm in lemmas
        ),
        "[synsets]",
        *(
            "\t".join(
                (
                    o,
                    str(class_number[classes[o]]),
                    refs(wordnet.synsets[o].hypernyms),
                    refs(groups.get(o, ())),
                    refs(wordnet.synsets[o].antonyms),
                )
            )
            for o in kept
        ),
        "[compounds]",
        *(f"{c}\t" for c in act_compounds(wordnet, classes)),
        "[acts]",
        *(f"{n}\t{' '.join(v)}" for n, v in act_verbs(wordnet, classes).items()),
    ]
    return "\n".join(out) + "\n"


def licence_text(copyright_path: Path) -> str:
    """WordNet's licence, as Debian's copyright file states it for WordNet's own files."""
    text = copyright_path.read_text(encoding="utf-8")
    start = text.index("License: WordNet3.0\n") + len("License: WordNet3.0\n")
    end = text.index("\nFiles:", start)
    body = [line[1:] for line in text[start:end].splitlines()]
    body = ["" if line == "." else line for line in body]
    return (
        "The noun data in this directory (nouns.txt) is derived from WordNet 3.0.\n"
        "WordNet's licence requires this notice on all copies:\n\n" + "\n".join(body) + "\n"
    )


def main(argv: list[str] | None = None) -> None:
    """Read WordNet, write the data file and its licence, print their sizes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wordnet", nargs="?", type=Path, default=DEFAULT_WORDNET)
    parser.add_argument("--lexnames", type=Path, default=DEFAULT_LEXNAMES)
    parser.add_argument("--copyright", type=Path, default=DEFAULT_COPYRIGHT)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--senses", type=int, default=SENSES)
    args = parser.parse_args(argv)
    text = render(read_wordnet(args.wordnet, args.lexnames), args.senses)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    # Plain text: read in a few milliseconds (gzip took 15-30 ms to inflate), and a
    # rebuild shows as a reviewable diff.  Wheels and git compress it anyway.
    args.output.write_text(text, encoding="utf-8", newline="\n")
    args.output.with_name(LICENCE_OUTPUT.name).write_text(
        licence_text(args.copyright), encoding="utf-8"
    )
    print(f"{args.output.name}: {len(text.encode()):,} bytes")


if __name__ == "__main__":
    main()
