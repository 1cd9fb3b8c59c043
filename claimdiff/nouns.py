"""What is counted: a counted noun's lemma, its coarse class, and how alike two are.

"9 airlines" and "nine carriers", "11 factories" and "eleven plants", "workers" and
"staff" name the same class of thing; "40 countries" and "40 investigators" do not.
The evidence is WordNet 3.0's noun database, shipped as ``lexicon/data/nouns.txt``
(built by :mod:`claimdiff.lexicon.build_noun_classes`, never imported at run time;
licence in ``lexicon/data/WORDNET-LICENSE``).  No synonym list is written by hand.

The rules (docs/nouns.md has the measurements behind them):

- **Lemma**: WordNet's morphy.  The candidates are the word's bases in ``noun.exc``
  ("children" → child), the results of morphy's detachment rules (-s, -ses, -xes,
  -zes, -ches, -shes, -men, -ies) that are WordNet lemmas, and the word itself if it
  is one; the one tagged most often in WordNet's concordances wins ("gas", not "ga";
  "species", not "specie"), ties going to that order.  A word WordNet does not know
  takes the base of an irregular plural it ends in ("schoolchildren"), else morphy's
  longest matching rule, except that a final -ss, -us or -is stays ("virus").
- **Meanings**: the lemma's first five senses (WordNet orders senses by frequency);
  the data keeps ten, the rest only for :func:`may_be_one`.
  A group of people counted in its base form ("300 staff", "12 crew", "100 people",
  "5,000 troops") means the persons it is made of (staff member; crewman; person;
  serviceman); counted in the plural ("12 crews") it means the groups.
- **Class** of a meaning: its lexicographer file without "noun." (``person``,
  ``artifact``, ``location`` …), except that everything under "organization" is an
  ``organization`` (company, firm, business, country, and "airline", which WordNet
  files as an artifact).  :func:`noun_class` is the class of the first meaning, and
  :func:`noun_classes` the classes of all of them: block on the latter ("carriers"
  are first porters, and companies only fifth).
- **Similarity**: 1 for one lemma; 0.5 if either word is unknown (no evidence); 0
  when no two meanings share a class, or when WordNet gives two of them as antonyms
  ("men"/"women"); else the best Wu–Palmer score over pairs of meanings of one class,
  2·depth(c) / (d(a, c) + d(b, c) + 2·depth(c)) at their best common hypernym c,
  where d counts hypernym steps and depth(entity) = 1.  One synset scores 1.

- **Kinds**: :func:`kind_of` holds where a sense among one noun's first three lies below
  a sense among the other's first three, deeper than the most general synsets ("sheep",
  "animals"); :func:`listed_plural` where WordNet lists a plural form itself ("maths").

Two counted nouns name the same class of thing when :func:`similarity` is at least
:data:`SAME_THING`.  The data is read on first use, once per process, its two large
sections neither decoded nor split: about 5 ms, half of it reading 2.8 MB (splitting
them into rows took some 20 ms more); rows are then found by binary search in the
bytes, some 4 µs each, and kept in bounded caches.
"""

from __future__ import annotations

import functools

import attrs

from claimdiff.data_files import Rows, read_bytes, section_bounds
from claimdiff.data_files import row as _row  # "row" names the rows found below
from claimdiff.fields_repr import fields_repr

__all__ = [
    "ACT_CLASSES",
    "MEANINGS",
    "RARE_MEANINGS",
    "SAME_THING",
    "act_verbs",
    "both_people",
    "counts_acts_on",
    "first_classes",
    "is_kin",
    "is_people",
    "kind_of",
    "lemma",
    "listed_plural",
    "may_be_one",
    "names_a_person",
    "names_who",
    "noun_class",
    "noun_classes",
    "same_kind",
    "similarity",
    "written_alike",
]

SAME_THING = 0.7
"""From this :func:`similarity` up, two counted nouns name the same class of thing.

Chosen on the tuning pairs of tests/test_nouns.py.  The lowest pair that must meet
is "companies"/"firms", 0.71: WordNet files a company as an institution and a firm
as a business, which meet only at "organization".  The highest that must never meet
is "companies"/"workers", 0.67 (a company is also a visitor, a person); of the
issue's own list, "cars"/"drivers", 0.57 (a railway car and a golf club called a
driver are both instrumentalities).  Co-hyponyms close together can score above it
("doctors"/"nurses" 0.82): docs/nouns.md lists these limits.
"""

MEANINGS = 5
"""A noun's meanings are its first five senses: the evidence that two nouns are alike."""
RARE_MEANINGS = 10
"""Senses read to tell whether two nouns may name one thing at all (:func:`may_be_one`)."""
_FORMAT = "3"
# morphy's detachment rules for nouns (WordNet's morph.c), suffix → replacement.
_RULES = (
    ("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"),
    ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y"),
)  # fmt: skip
# Endings a word WordNet does not know keeps: "-ss" is morphy's own exception
# ("process"), "-us" and "-is" are singulars of Latin and Greek ("virus", "crisis").
_SINGULAR_ENDINGS = ("ss", "us", "is")
_NO_EVIDENCE = 0.5


@attrs.frozen(eq=False)  # never compared: attrs writes no __eq__ nor __hash__
class _Nouns:
    """The data file: its classes, and its sorted sections, searched in the file's bytes.

    A row is kept whole ("key\tfields"): since a tab sorts before every character a
    key holds, rows sorted by key are sorted as strings, and a key is found by one
    binary search (:class:`~claimdiff.data_files.Rows`) rather than a Python loop
    over the text.
    """

    __repr__ = fields_repr  # attrs compiles none (claimdiff.fields_repr)

    classes: tuple[str, ...]
    exceptions: list[str]
    """Small (2,000 rows) and read most: split into a list for :func:`.data_files.row`."""
    lemmas: Rows
    synsets: Rows
    compounds: Rows
    acts: Rows


def _parse(data: bytes) -> _Nouns:
    """The noun data in ``data`` (UTF-8), in the layout its header describes."""
    meta = dict(line.split("\t") for line in _section(data, "meta").splitlines())
    if meta.get("format") != _FORMAT:
        msg = f"noun data has format {meta.get('format')}, this claimdiff reads {_FORMAT}"
        raise ValueError(msg)
    return _Nouns(
        classes=tuple(_section(data, "classes").splitlines()),
        exceptions=_section(data, "exceptions").split("\n"),
        lemmas=Rows(data, "lemmas"),
        synsets=Rows(data, "synsets"),
        compounds=Rows(data, "compounds"),
        acts=Rows(data, "acts"),
    )


def _section(data: bytes, name: str) -> str:
    """A short section of the data, as text (the sorted ones are searched as bytes)."""
    return data[slice(*section_bounds(data, name))].decode("utf-8")


@functools.cache
def _nouns() -> _Nouns:
    """The shipped noun data, read once per process.

    Nothing is parsed up front, nor even decoded: rows are found by binary search in
    their sorted sections when asked for, as WordNet's own library searches its index
    files.
    """
    return _parse(read_bytes("nouns.txt"))


@functools.lru_cache(maxsize=8192)
def _lemma_row(known: str) -> tuple[int, tuple[str, ...]] | None:
    """A lemma's tag count and senses (synset offsets, most frequent first), or None."""
    row = _nouns().lemmas.row(known)
    return None if row is None else (int(row[0]), tuple(row[1].split()))


def _tag_count(known: str) -> int:
    """How often a lemma was tagged in WordNet's concordances (-1 if not a lemma)."""
    row = _lemma_row(known)
    return -1 if row is None else row[0]


def _detached(word: str) -> list[str]:
    """The results of morphy's detachment rules that apply to ``word``."""
    return [word[: -len(end)] + new for end, new in _RULES if word.endswith(end)]


# Pairing asks for the lemma of every content word of every text, and the same
# words recur from text to text (a corpus asks millions of times for a few
# thousand words); bounded like the caches above.
@functools.lru_cache(maxsize=1 << 16)
def lemma(word: str) -> str:
    """The noun lemma of ``word``: WordNet's morphy, the most often tagged base winning.

    >>> [lemma(w) for w in ["Factories", "children", "buses", "wolves", "people"]]
    ['factory', 'child', 'bus', 'wolf', 'people']
    >>> [lemma(w) for w in ["gas", "species", "news", "schoolchildren", "vloggers"]]
    ['gas', 'species', 'news', 'schoolchild', 'vlogger']
    """
    word = word.strip().lower()
    exceptions = _row(_nouns().exceptions, word)
    bases = exceptions[0].split() if exceptions else []
    candidates = [*bases, *_detached(word), word]
    known = [c for c in candidates if _lemma_row(c) is not None]
    if known:
        # max keeps the first of equals: the exception, then the rules' order.
        return max(known, key=_tag_count)
    for cut in range(1, len(word) - 1):  # "schoolchildren": school + children → child
        tail = _row(_nouns().exceptions, word[cut:])
        compound = word[:cut] + tail[0].split()[0] if tail else ""
        if compound and _lemma_row(compound) is not None:
            return compound
    if word.endswith(_SINGULAR_ENDINGS):
        return word
    rules = sorted(((e, n) for e, n in _RULES if word.endswith(e)), key=lambda r: -len(r[0]))
    end, new = rules[0] if rules else ("", "")
    return word[: len(word) - len(end)] + new


@attrs.frozen
class _Synset:
    """One row of the data file's synsets section."""

    __repr__ = fields_repr  # attrs compiles none (claimdiff.fields_repr)

    cls: int
    hypernyms: tuple[str, ...]
    persons: tuple[str, ...]
    """For a group of people, the persons it is made of; else empty."""
    antonyms: tuple[str, ...]


@functools.lru_cache(maxsize=8192)
def _synset(offset: str) -> _Synset:
    """A synset of the data file, by its WordNet offset."""
    row = _nouns().synsets.row(offset)
    if row is None:
        msg = f"synset {offset} is not in the noun data"
        raise KeyError(msg)
    cls, hypernyms, persons, antonyms = row
    return _Synset(
        int(cls), tuple(hypernyms.split()), tuple(persons.split()), tuple(antonyms.split())
    )


@functools.lru_cache(maxsize=8192)
def _ancestors(offset: str) -> dict[str, int]:
    """Every hypernym of a synset (itself included) and its shortest distance away."""
    distance, frontier, step = {offset: 0}, [offset], 0
    while frontier:
        step += 1
        frontier = list(
            dict.fromkeys(p for s in frontier for p in _synset(s).hypernyms if p not in distance)
        )
        distance.update(dict.fromkeys(frontier, step))
    return distance


@functools.lru_cache(maxsize=8192)
def _depth(offset: str) -> int:
    """A synset's depth: 1 for the root ("entity"), one more a step down its shortest path."""
    return 1 + min(d for s, d in _ancestors(offset).items() if not _synset(s).hypernyms)


def _wu_palmer(a: str, b: str) -> float:
    """Wu–Palmer similarity of two synsets, at their best common ancestor."""
    up_a, up_b = _ancestors(a), _ancestors(b)
    best = 0.0
    for common in up_a.keys() & up_b.keys():
        twice_depth = 2 * _depth(common)
        best = max(best, twice_depth / (up_a[common] + up_b[common] + twice_depth))
    return best


# The particles a compound WordNet writes closed may end in ("grown-up", "lay-off").
_PARTICLES = frozenset("up out off in down over away back on".split())


@functools.lru_cache(maxsize=1 << 14)
def _meanings(noun: str, senses: int = MEANINGS) -> tuple[str, ...] | None:
    """The synsets a counted noun may name, most frequent first; None if unknown.

    A lemma's first ``senses`` senses, where a group of people counted in its base
    form ("300 staff", "12 crew", "100 people") is the persons it is made of;
    counted in the plural ("12 crews") it is the groups.
    """
    word = noun.strip().lower()
    found = lemma(word)
    row = _lemma_row(found)
    last = word.rsplit("-", 1)[-1]
    if row is None and last.rstrip("s") in _PARTICLES:
        # WordNet writes closed some compounds of a particle that writers hyphen
        # ("grown-ups": grownup, "check-ups", "lay-offs"); the lemma keeps the hyphen, and
        # the closed word keeps its plural ("air-crews" are crews, not crewmen).  Not
        # other hyphens: "re-sorts" is no "resorts".
        closed = word.replace("-", "")
        if _lemma_row(lemma(closed)) is not None:
            return _meanings(closed, senses)
    if row is None and last != word and last.isalpha() and len(last) > 2:
        return _meanings(last, senses)  # "festival-goers": goers
    if row is None:
        return None
    senses_of = row[1][:senses]
    if found != word:
        return senses_of
    return tuple(dict.fromkeys(p for s in senses_of for p in (_synset(s).persons or (s,))))


def noun_classes(noun: str) -> frozenset[str]:
    """The classes of the synsets ``noun`` may name (empty if WordNet does not know it).

    >>> sorted(noun_classes("carriers"))
    ['artifact', 'organization', 'person', 'substance']
    """
    classes = _nouns().classes
    return frozenset(classes[_synset(s).cls] for s in _meanings(noun) or ())


def first_classes(noun: str, senses: int = 2) -> tuple[str, ...]:
    """The classes of ``noun``'s most frequent ``senses`` senses, in order (empty if
    WordNet does not know it).

    >>> first_classes("goal"), first_classes("reason")
    (('cognition', 'location'), ('motive', 'communication'))
    """
    classes = _nouns().classes
    return tuple(classes[_synset(s).cls] for s in (_meanings(noun) or ())[:senses])


ACT_CLASSES = ("act", "event")
"""The classes of a noun naming something done or happening ("births", "closures")."""


def counts_acts_on(noun: str, modifier: str) -> bool:
    """Whether ``modifier noun`` counts acts or events that befall the modifier's thing,
    one each: "23 elephant births" counts elephants born, "212 train cancellations"
    trains cancelled.  ``noun`` names an act or event in one of its first two senses, and
    the two words are no compound WordNet lists as a thing of its own ("bus stops",
    "car races", "police investigations").

    >>> counts_acts_on("births", "elephant"), counts_acts_on("stops", "bus")
    (True, False)
    >>> counts_acts_on("buses", "school")  # a bus is a thing, not an act
    False
    """
    if not set(ACT_CLASSES).intersection(first_classes(noun)):
        return False
    return _nouns().compounds.row(f"{modifier.lower()} {lemma(noun)}") is None


def act_verbs(noun: str) -> frozenset[str]:
    """The verbs WordNet derives an act's or event's noun from or to, in its first two
    senses, as a text writes them (a phrasal verb by its verb): "closures" → close,
    "births" → born, "break-ins" → break; empty for any other noun.

    >>> sorted(act_verbs("cancellations")), sorted(act_verbs("schools"))
    (['cancel'], [])
    """
    row = _nouns().acts.row(lemma(noun.lower()))
    return frozenset(row[0].split()) if row else frozenset()


def noun_class(noun: str) -> str | None:
    """The class of ``noun``'s most frequent sense, or None if WordNet does not know it.

    >>> [noun_class(w) for w in ["staff", "firms", "plants", "countries", "xyzzies"]]
    ['person', 'organization', 'artifact', 'organization', None]
    """
    first = first_classes(noun, 1)
    return first[0] if first else None


@functools.lru_cache(maxsize=1 << 16)
def may_be_one(a: str, b: str) -> bool:
    """Whether two counted nouns name one thing in some sense among their first ten:
    one synset, or one the direct hypernym of the other.

    A report writes "2,300 jobs" where another writes "3,200 positions", "20 flats"
    where another writes "24 apartments": WordNet joins them only in a sense past the
    fifth (a position as "a job in an organization").  Such a pair is not known to
    differ, so nothing forbids it; it is no evidence for pairing either, which reads
    the first five senses (:func:`similarity`).  Looser kinship in rare senses says
    nothing: "people" and "matches" are sibling persons there, "votes" and "seats"
    sibling rights.

    >>> may_be_one("jobs", "positions"), may_be_one("flats", "apartments")
    (True, True)
    >>> may_be_one("flats", "fields"), may_be_one("houses", "families")
    (False, False)
    >>> may_be_one("countries", "investigators"), may_be_one("people", "matches")
    (False, False)
    """
    if lemma(a) == lemma(b):
        return True
    meanings_a, meanings_b = _meanings(a, RARE_MEANINGS), _meanings(b, RARE_MEANINGS)
    if not meanings_a or not meanings_b:
        return False
    return any(
        (sa == sb or _narrower(sa, sb) or _narrower(sb, sa)) and i + j <= _RARE_REACH
        for i, sa in enumerate(meanings_a)
        for j, sb in enumerate(meanings_b)
    )


def listed_plural(word: str) -> bool:
    """Whether WordNet lists ``word`` as a noun in its plural form: "maths", "arms",
    "sales", "customs", "savings" (not "teachers")."""
    return word != lemma(word) and _lemma_row(word) is not None


def kind_of(a: str, b: str) -> bool:
    """Whether one of ``a``'s first senses is a kind of one of ``b``'s, below the most
    general hypernyms: "sheep" and "animals", "cattle" and "animals"."""
    meanings_a, meanings_b = _meanings(a, 3), _meanings(b, 3)
    if not meanings_a or not meanings_b:
        return False
    return any(
        sb in _ancestors(sa) and _depth(sb) > _GENERAL_DEPTH
        for sa in meanings_a
        for sb in meanings_b
    )


def names_a_person(word: str) -> bool:
    """Whether ``word`` is a singular noun whose most frequent sense is one person
    ("minister", "driver"), not a group of them ("staff", "crew").

    >>> names_a_person("minister"), names_a_person("staff"), names_a_person("ministers")
    (True, False, False)
    """
    found = lemma(word)
    row = _lemma_row(found)
    if row is None or found != word.strip().lower() or not row[1]:
        return False
    return _nouns().classes[_synset(row[1][0]).cls] == "person"


def is_noun(word: str) -> bool:
    """Whether WordNet knows ``word`` (or its lemma) as a noun in any sense.

    >>> is_noun("officers"), is_noun("survived")
    (True, False)
    """
    # A word WordNet lists as it stands is a noun whatever its lemma (the word is one of
    # the lemma's candidates): answered by one look-up, without the others a first lemma
    # reads (exceptions, detached forms, their tag counts), most of what this cost.
    if _lemma_row(word.strip().lower()) is not None:
        return True
    return _lemma_row(lemma(word)) is not None


@functools.lru_cache(maxsize=1 << 12)
def two_relations(a: str, b: str) -> bool:
    """Whether two nouns name two different kin of someone's (WordNet's relatives, in
    their first sense): "son" and "granddaughter", "wife" and "mother"; not one kin named
    twice, by one lemma, a synonym or a wider word ("wife" and "spouse").

    >>> two_relations("son", "granddaughter"), two_relations("wife", "spouse")
    (True, False)
    >>> two_relations("son", "victim"), two_relations("father", "dad")
    (False, False)
    """
    if lemma(a) == lemma(b) or not (is_kin(a) and is_kin(b)):
        return False
    ma, mb = _meanings(a), _meanings(b)
    assert ma and mb  # is_kin holds only of known nouns
    return ma[0] not in _ancestors(mb[0]) and mb[0] not in _ancestors(ma[0])


@functools.lru_cache(maxsize=1 << 12)
def is_kin(word: str) -> bool:
    """Whether a noun names someone's relative in its first sense (WordNet's relatives:
    "son", "husband", "granddaughter"; not "batsman" or "victim").

    >>> is_kin("son"), is_kin("husband"), is_kin("batsman")
    (True, True, False)
    """
    meanings = _meanings(word)
    kin = _lemma_row("relative")
    if not meanings or kin is None:
        return False
    return kin[1][0] in _ancestors(meanings[0])


def names_who(word: str, cls: str) -> bool:
    """Whether a count's own predicate word (the last of ``word``) names who is counted,
    a noun for persons ("employees" of the class "employment", "residents"), not the
    event or thing its class ``cls`` is ("population" of "population").  WordNet reads
    some participles as persons too ("the dead", "the injured"): the extractor keeps a
    toll's own word apart (:attr:`claimdiff.model.Claim.predicate_of_noun`).

    >>> names_who("residents", "population"), names_who("population", "population")
    (True, False)
    """
    last = word.lower().split()[-1] if word.split() else word.lower()
    return noun_class(last) == "person" and lemma(last) != lemma(cls.split()[-1])


def is_people(word: str) -> bool:
    """Whether a counted noun means persons and nothing narrower ("people", "persons").

    >>> is_people("people"), is_people("nurses")
    (True, False)
    """
    meanings, person = _meanings(word), _meanings("person")
    return meanings is not None and person is not None and meanings[:1] == person[:1]


# Classes of one kind for counting: a group of people is counted in its persons.
_PEOPLE_CLASSES = frozenset({"person", "group"})


def people_and_their_acts(a: str, b: str) -> bool:
    """Whether one noun's most frequent sense is people and the other's their acts: a count
    of acts is a count of the people who do them ("3,480 jobs" and "3,480 workers", "1,420
    attendances" and "1,420 patients").

    >>> people_and_their_acts("jobs", "workers"), people_and_their_acts("homes", "workers")
    (True, False)
    """
    return {noun_class(a), noun_class(b)} == _PEOPLE_AND_THEIR_ACTS


_PEOPLE_AND_THEIR_ACTS = frozenset({"person", "act"})


def same_kind(a: str, b: str) -> bool:
    """Whether two counted nouns' most frequent senses are of one class, people and groups
    of people counting as one: "crowd" and "supporters" are, "homes" and "soldiers" not.

    >>> same_kind("crowd", "supporters"), same_kind("homes", "soldiers")
    (True, False)
    """
    ca, cb = noun_class(a), noun_class(b)
    if ca is None or cb is None:
        return False
    return ca == cb or {ca, cb} <= _PEOPLE_CLASSES


# Senses read for whether a noun names people: a fan is a device first, an enthusiast
# second; a country is a state first, its people only in a later sense.
_PEOPLE_SENSES = 2


@functools.lru_cache(maxsize=1 << 14)
def names_people(noun: str) -> bool:
    """Whether one of a noun's first two senses names persons or a group of them.

    >>> [names_people(w) for w in ["fans", "crowd", "countries", "venues"]]
    [True, True, False, False]
    """
    meanings = _meanings(noun) or ()
    classes = _nouns().classes
    return any(classes[_synset(s).cls] in _PEOPLE_CLASSES for s in meanings[:_PEOPLE_SENSES])


def both_people(a: str, b: str) -> bool:
    """Whether two counted nouns both name persons in their most frequent senses and are
    not opposites: "nurses" and "union members" are, "men" and "women" are not.

    >>> both_people("nurses", "members"), both_people("men", "women")
    (True, False)
    """
    return noun_class(a) == noun_class(b) == "person" and similarity(a, b) > 0


# A hypernym this near the root ("person", "state", "act", "adult") is a class, not a
# meaning: "people" is the hypernym of every rare sense that names someone (a match as an
# equal), "adult" of a match, a patient of a case.
_GENERAL_DEPTH = 5
# The two senses' ranks (0 the most frequent) may add up to this much: "jobs"/"positions"
# meet at 0 + 5, "flats"/"apartments" at 6 + 0, "households"/"homes" at 0 + 7 (and so
# "families"/"homes", a family being first a household); "houses"/"families" (9 + 0) and
# "families"/"matches" (1 + 7, below a general hypernym) are too rare a pair of readings.
_RARE_REACH = 7


def _narrower(a: str, b: str) -> bool:
    """Whether synset ``b`` is a direct hypernym of ``a`` below the most general ones."""
    return b in _synset(a).hypernyms and _depth(b) > _GENERAL_DEPTH


# Word pairs recur across every text a process compares (a bounded cache of a pure
# function of two words, never of a text).
@functools.lru_cache(maxsize=1 << 16)
def similarity(a: str, b: str) -> float:
    """How alike two counted nouns are, from 0 (other classes) to 1 (one lemma or synset).

    Unknown words score 0.5: no evidence either way.

    >>> round(similarity("factories", "plants"), 2), similarity("countries", "investigators")
    (0.94, 0.0)
    >>> similarity("firms", "companies") >= SAME_THING > similarity("men", "women")
    True
    """
    return _similarity(a, b, MEANINGS)


def _similarity(a: str, b: str, senses: int) -> float:
    if not a.strip() or not b.strip():
        return _NO_EVIDENCE
    if lemma(a) == lemma(b):
        return 1.0
    if _other_degree(a, b) or _other_degree(b, a):
        return 0.0  # "great-grandchildren" are no "grandchildren", "stepsons" no "sons"
    meanings_a, meanings_b = _meanings(a, senses), _meanings(b, senses)
    if meanings_a is None or meanings_b is None:
        return _NO_EVIDENCE
    if any(sb in _synset(sa).antonyms for sa in meanings_a for sb in meanings_b):
        return 0.0  # "men" and "women", "births" and "deaths": WordNet's antonyms
    if any(
        _opposed(sa, sb)
        for sa in meanings_a[:_OPPOSED_SENSES]
        for sb in meanings_b[:_OPPOSED_SENSES]
    ):
        return 0.0  # "men" and "female": a man is a male person, the antonym of a female one
    scores = [
        _wu_palmer(sa, sb)
        for sa in meanings_a
        for sb in meanings_b
        if _synset(sa).cls == _synset(sb).cls
    ]
    return max(scores, default=0.0)


# Prefixes that make a kin word another relation: "great-grandchildren", "step-children",
# "half-brothers", "ex-wives".
_DEGREES = ("great-", "step-", "step", "half-", "ex-")
# Hyphens of other code points, read as the plain one: "great‑grandchildren" (U+2011).
_ONE_HYPHEN = str.maketrans(dict.fromkeys("‐‑‒–", "-"))


def _other_degree(a: str, b: str) -> bool:
    """Whether ``a`` is ``b`` with a prefix of another degree of kin ("great-grandchildren",
    "grandchildren")."""
    low = a.strip().lower().translate(_ONE_HYPHEN)
    for prefix in _DEGREES:
        rest = low[len(prefix) :]
        if low.startswith(prefix) and rest and lemma(rest) == lemma(b) and is_kin(rest):
            return True
    return False


# Antonyms through a hypernym are looked for in the first senses only ("female" is an
# animal first, a person second): further down, a sense's parent says little of the word.
_OPPOSED_SENSES = 2


@functools.lru_cache(maxsize=1 << 16)
def opposed(a: str, b: str) -> bool:
    """Whether WordNet holds two nouns opposites: antonyms in any of their meanings, or
    through a direct hypernym in their first two ("women" and "male").

    >>> opposed("girls", "boys"), opposed("women", "male"), opposed("imports", "exports")
    (True, True, True)
    >>> opposed("nurses", "doctors"), opposed("women", "women")
    (False, False)
    """
    if lemma(a) == lemma(b):
        return False
    meanings_a, meanings_b = _meanings(a, MEANINGS), _meanings(b, MEANINGS)
    if meanings_a is None or meanings_b is None:
        return False
    if any(sb in _synset(sa).antonyms for sa in meanings_a for sb in meanings_b):
        return True
    return any(
        _opposed(sa, sb)
        for sa in meanings_a[:_OPPOSED_SENSES]
        for sb in meanings_b[:_OPPOSED_SENSES]
    )


def _opposed(a: str, b: str) -> bool:
    """Whether two first senses are antonyms through a direct hypernym of either: "man"
    (a male person) and "female", "girl" (a female person) and "male"."""
    near_a = (a, *_synset(a).hypernyms)
    near_b = (b, *_synset(b).hypernyms)
    return any(y in _synset(x).antonyms for x in near_a for y in near_b)


# The longest inflectional ending a written form may add to another of the same noun:
# German "-ern" ("Mitgliedern"), "-en", "-e", "-n", "-s", with the umlaut of the plural.
_MAX_ENDING = 3


def written_alike(a: str, b: str) -> float:
    """1 for two written forms of one noun in a language WordNet does not cover, else 0.5.

    Forms are compared without umlauts or case, one ending at most ``_MAX_ENDING``
    letters longer than the other ("Häuser" and "Haus", "Anwohnern" and "Anwohner").
    0.5 says "no evidence", as :func:`similarity` does for a word it does not know.

    >>> written_alike("Einsatzkräfte", "einsatzkraft"), written_alike("Sandsäcke", "Straßen")
    (1.0, 0.5)
    """
    x, y = sorted((_fold(a), _fold(b)), key=len)
    return 1.0 if y.startswith(x) and len(y) - len(x) <= _MAX_ENDING and x else _NO_EVIDENCE


def _fold(word: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ß", "ss")
