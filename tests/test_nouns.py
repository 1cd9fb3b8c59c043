"""What is counted: noun lemmas, classes and similarity from WordNet (claimdiff.nouns).

The pair lists are in two parts.  MEET_TUNING was written first and the rules and
:data:`~claimdiff.nouns.SAME_THING` were chosen on it; MEET_FRESH was written
before any of its pairs had been scored, and left as first written: 17 of its 20
held then; "pupils"/"schoolchildren" has held since (an unknown word now takes
the base of an irregular plural it ends in).  Misses stay as strict xfails.
"""

from __future__ import annotations

import gzip
import importlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimdiff import data_files, nouns
from claimdiff.lexicon import build_noun_classes
from claimdiff.nouns import SAME_THING, lemma, noun_class, noun_classes, similarity

DATA_DIR = Path(nouns.__file__).parent / "lexicon" / "data"


def _xfail(reason: str, *values: str) -> Any:
    """A pair known to miss, kept as a strict xfail with its reason."""
    return pytest.param(*values, marks=pytest.mark.xfail(strict=True, reason=reason))


# (word as counted, its lemma)
LEMMAS = [
    # Irregular plurals: WordNet's noun.exc.
    ("children", "child"), ("men", "man"), ("women", "woman"), ("feet", "foot"),
    ("mice", "mouse"), ("criteria", "criterion"), ("media", "medium"),
    ("wolves", "wolf"), ("knives", "knife"), ("lives", "life"), ("leaves", "leaf"),
    ("halves", "half"), ("analyses", "analysis"), ("crises", "crisis"),
    # Plurals WordNet keeps as lemmas of their own, being tagged more often.
    ("people", "people"), ("data", "data"), ("staff", "staff"), ("series", "series"),
    ("species", "species"),
    # morphy's detachment rules.
    ("cities", "city"), ("companies", "company"), ("factories", "factory"),
    ("buses", "bus"), ("gases", "gas"), ("classes", "class"), ("boxes", "box"),
    ("taxes", "tax"), ("churches", "church"), ("matches", "match"),
    ("bushes", "bush"), ("firemen", "fireman"), ("airlines", "airline"),
    ("carriers", "carrier"), ("travellers", "traveller"), ("years", "year"),
    # Singulars ending in s stay: the word is the lemma tagged most often.
    ("bus", "bus"), ("gas", "gas"), ("news", "news"), ("process", "process"),
    ("status", "status"), ("analysis", "analysis"), ("crisis", "crisis"),
    ("virus", "virus"), ("physics", "physics"),
    # Case and spaces are not the lemma's.
    ("  Factories ", "factory"),
    # Words WordNet does not know: an irregular plural's tail, then morphy's rules.
    ("schoolchildren", "schoolchild"), ("vloggers", "vlogger"),
    ("cryptocurrencies", "cryptocurrency"), ("podcasts", "podcast"),
    ("coronavirus", "coronavirus"), ("", ""),
]  # fmt: skip


@pytest.mark.parametrize(
    ("word", "expected"), LEMMAS, ids=[w.strip() or "empty" for w, _ in LEMMAS]
)
def test_lemma(word: str, expected: str) -> None:
    """A counted noun's lemma is WordNet's, irregular and s-final words included."""
    assert lemma(word) == expected


# Pairs that must meet (similarity >= SAME_THING), written first and tuned on.
MEET_TUNING = [
    ("airlines", "carriers"), ("passengers", "travellers"), ("factories", "plants"),
    ("companies", "firms"), ("firms", "businesses"), ("companies", "businesses"),
    ("people", "passengers"), ("people", "travellers"), ("people", "residents"),
    ("workers", "employees"), ("workers", "staff"), ("employees", "staff"),
    ("people", "persons"), ("children", "kids"), ("soldiers", "troops"),
    ("cars", "vehicles"), ("cars", "automobiles"), ("homes", "houses"),
    ("houses", "dwellings"), ("doctors", "physicians"), ("lawyers", "attorneys"),
    ("policemen", "officers"), ("students", "pupils"), ("journalists", "reporters"),
    ("ships", "vessels"), ("boats", "vessels"), ("trucks", "lorries"),
    ("deaths", "fatalities"), ("towns", "cities"), ("shops", "stores"),
    ("aircraft", "planes"), ("planes", "airplanes"), ("guns", "weapons"),
    ("villages", "settlements"), ("patients", "people"), ("victims", "people"),
    ("civilians", "people"), ("migrants", "people"),
    _xfail("job (an occupation) and position (a place) share a class only in "
           "position's sixth sense, past the five considered", "jobs", "positions"),
    _xfail("flat means apartment only in its seventh sense (British usage)",
           "flats", "apartments"),
]  # fmt: skip
# Pairs that must meet, written before any of them was scored.
MEET_FRESH = [
    ("staffers", "employees"), ("automobiles", "vehicles"), ("enterprises", "businesses"),
    ("mills", "factories"), ("pilots", "aviators"), ("buses", "coaches"),
    ("infants", "babies"), ("kids", "youngsters"), ("doctors", "medics"),
    ("inhabitants", "residents"), ("voters", "electors"), ("homes", "residences"),
    ("laborers", "workers"), ("pupils", "schoolchildren"), ("cops", "policemen"),
    ("lorries", "vehicles"), ("fatalities", "casualties"), ("teenagers", "adolescents"),
    _xfail("0.67: a refugee is four steps below person (exile, absentee, traveller)",
           "refugees", "people"),
    _xfail("0.67: WordNet files a corporation under firm and business, a company "
           "under institution", "corporations", "companies"),
]  # fmt: skip
MEET = MEET_TUNING + MEET_FRESH


def _ids(pairs: list[Any]) -> list[str]:
    """Readable ids: "airlines/carriers", for plain pairs and xfail params alike."""
    return ["/".join(getattr(p, "values", p)) for p in pairs]


@pytest.mark.parametrize(("a", "b"), MEET, ids=_ids(MEET))
def test_same_class_of_thing(a: str, b: str) -> None:
    """Two words for one class of counted thing score at least SAME_THING, either way round."""
    assert similarity(a, b) >= SAME_THING
    assert similarity(b, a) == similarity(a, b)


# Pairs that must never meet.
NEVER = [
    # The list: different classes of thing, scored 0 or well below SAME_THING.
    ("countries", "investigators"), ("schools", "teachers"), ("children", "schools"),
    ("cars", "drivers"), ("votes", "voters"), ("dollars", "people"), ("homes", "people"),
    ("beds", "patients"), ("flights", "passengers"), ("tonnes", "trucks"),
    # A group counted in the plural is the groups, not its members.
    ("crews", "crewmen"), ("teams", "players"),
    # Antonyms in WordNet.
    ("men", "women"), ("boys", "girls"), ("births", "deaths"), ("imports", "exports"),
    ("employers", "employees"), ("winners", "losers"),
    # Antonyms through a hypernym of a first or second sense: a man is a male person.
    ("men", "female"), ("girls", "male"), ("women", "male"), ("children", "adults"),
    # More of the same kind.
    ("companies", "workers"), ("factories", "workers"), ("hospitals", "doctors"),
    ("planes", "pilots"), ("ships", "sailors"), ("trucks", "drivers"),
    ("cities", "residents"), ("teachers", "students"), ("soldiers", "civilians"),
    ("troops", "civilians"), ("police", "protesters"), ("schools", "pupils"),
    ("hospitals", "patients"), ("villages", "villagers"), ("votes", "seats"),
    ("tanks", "soldiers"), ("arrests", "protesters"),
    # Known limits: co-hyponyms that WordNet puts close together.
    _xfail("0.71: both under organization, like companies and firms",
           "countries", "companies"),
    _xfail("0.82: co-hyponyms under health professional", "doctors", "nurses"),
    _xfail("0.88: co-hyponyms deep in the bovid tree", "cows", "sheep"),
    _xfail("0.77: a family is also a kinsperson (a person sense), a relative as a "
           "child is", "families", "children"),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), NEVER, ids=_ids(NEVER))
def test_different_things_never_meet(a: str, b: str) -> None:
    """Counts of different things score below SAME_THING."""
    assert similarity(a, b) < SAME_THING


# The pairs that differ in class: blocking alone keeps them apart.  (Not
# "schools"/"teachers": a school of thought and a teacher as a source of
# instruction, "history is a teacher", are both cognition; they score 0.44.)
DIFFERENT_CLASSES = [
    ("countries", "investigators"), ("children", "schools"),
    ("votes", "voters"), ("dollars", "people"), ("homes", "people"), ("beds", "patients"),
    ("flights", "passengers"), ("tonnes", "trucks"), ("factories", "workers"),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), DIFFERENT_CLASSES, ids=_ids(DIFFERENT_CLASSES))
def test_different_classes_score_zero(a: str, b: str) -> None:
    """Nouns with no class in common share no block and score 0."""
    assert not noun_classes(a) & noun_classes(b)
    assert similarity(a, b) == 0.0


# (word as counted, class of its most frequent meaning)
CLASSES = [
    ("staff", "person"), ("crew", "person"), ("people", "person"), ("workforce", "person"),
    ("personnel", "person"), ("police", "person"), ("troops", "person"),
    ("crews", "organization"), ("peoples", "group"), ("companies", "organization"),
    ("firms", "organization"), ("businesses", "organization"),
    ("countries", "organization"), ("schools", "organization"),
    ("teachers", "person"), ("investigators", "person"), ("passengers", "person"),
    ("factories", "artifact"), ("plants", "artifact"), ("cars", "artifact"),
    ("cities", "location"), ("tonnes", "quantity"), ("deaths", "event"),
    ("sheep", "animal"), ("votes", "act"),
]  # fmt: skip


# One thing in a sense past the fifth: one synset, or a direct hypernym below the most
# general synsets (docs/nouns.md).  Pairs a reader equates in news copy, and pairs that
# only sibling or generic senses join.
MAY_BE_ONE = [
    ("jobs", "positions", True), ("flats", "apartments", True), ("households", "homes", True),
    ("children", "kids", True), ("factories", "plants", True),
    ("countries", "investigators", False), ("people", "matches", False),
    ("houses", "families", False), ("cases", "patients", False), ("flats", "fields", False),
    ("votes", "seats", False), ("supporters", "matches", False), ("doctors", "patients", False),
    ("men", "women", False), ("trains", "depots", False), ("xyzzies", "jobs", False),
]  # fmt: skip


@pytest.mark.parametrize(
    ("a", "b", "expected"), MAY_BE_ONE, ids=[f"{a}/{b}" for a, b, _ in MAY_BE_ONE]
)
def test_may_be_one(a: str, b: str, expected: bool) -> None:
    """Rare senses join nouns only as synonyms or a narrower and its direct broader term."""
    assert nouns.may_be_one(a, b) is expected
    assert nouns.may_be_one(b, a) is expected


PEOPLE = [
    ("nurses", "members", True), ("pensioners", "victims", True),
    ("men", "women", False), ("countries", "investigators", False), ("jobs", "workers", False),
    pytest.param("fans", "spectators", True, marks=pytest.mark.xfail(
        reason="WordNet files a fan first as a device", strict=True)),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "expected"), PEOPLE)
def test_both_people(a: str, b: str, expected: bool) -> None:
    """Persons in their first senses and not opposites ("fans" is first a device)."""
    assert nouns.both_people(a, b) is expected


@pytest.mark.parametrize(("word", "expected"), CLASSES, ids=[w for w, _ in CLASSES])
def test_noun_class(word: str, expected: str) -> None:
    """The coarse class is the most frequent meaning's, groups of people counted as people."""
    assert noun_class(word) == expected
    assert expected in noun_classes(word)


def test_classes_of_all_meanings() -> None:
    """noun_classes covers the first five senses: carriers are porters and companies."""
    assert noun_class("carriers") == "person"
    assert {"person", "organization"} <= noun_classes("carriers")
    assert "organization" in noun_classes("airlines")


UNKNOWN = ["xyzzies", "blorfs", "covid-19", "", "   ", "\t\n", "€", "selfies"]


@pytest.mark.parametrize("word", UNKNOWN, ids=[repr(w) for w in UNKNOWN])
def test_unknown_words_are_no_evidence(word: str) -> None:
    """A word WordNet does not know has no class and scores 0.5 against anything."""
    assert noun_class(word) is None
    assert noun_classes(word) == frozenset()
    assert similarity(word, "people") == 0.5
    assert similarity("factories", word) == 0.5


def test_same_lemma_scores_one() -> None:
    """Two forms of one lemma score 1, known to WordNet or not."""
    assert similarity("Factories", "factory") == 1.0
    assert similarity("vloggers", "vlogger") == 1.0


@given(st.text(max_size=30), st.text(max_size=30))
def test_never_raises(a: str, b: str) -> None:
    """Any two strings give a lemma, classes and a symmetric similarity in [0, 1]."""
    assert isinstance(lemma(a), str)
    assert noun_class(a) is None or noun_class(a) in noun_classes(a)
    score = similarity(a, b)
    assert 0.0 <= score <= 1.0
    assert similarity(b, a) == score


@given(st.lists(st.text(alphabet="abc \t", min_size=1, max_size=4), unique=True))
def test_binary_search_finds_every_row(keys: list[str]) -> None:
    """data_files.row finds each key of sorted rows and nothing else."""
    keys = sorted(k for k in keys if "\t" not in k)
    rows = [f"{k}\t{i}" for i, k in enumerate(keys)]
    for i, k in enumerate(keys):
        assert data_files.row(rows, k) == [str(i)]
    for k in ("zz", "", "ab\t"):
        if k not in keys:
            assert data_files.row(rows, k) is None


@given(st.lists(st.text(alphabet="abé[ \t", min_size=1, max_size=4), unique=True))
def test_rows_in_place_find_what_the_list_finds(keys: list[str]) -> None:
    """data_files.Rows, searching a section's bytes, finds what data_files.row finds in the
    section split into a list of rows."""
    keys = sorted(k for k in keys if "\t" not in k and "\n" not in k and not k.startswith("["))
    rows = [f"{k}\t{i}" for i, k in enumerate(keys)]
    data = ("# [head]\n[a]\nx\n[b]\n" + "\n".join(rows) + "\n[c]\ny\n").encode()
    found = data_files.Rows(data, "b")
    for k in [*keys, "zz", "", "ab\t", "é", "[b]"]:
        assert found.row(k) == data_files.row(rows, k)


def test_data_loads_lazily() -> None:
    """Importing claimdiff.nouns reads no data; the first call does, once."""
    code = (
        "import claimdiff.nouns as n; assert n._nouns.cache_info().currsize == 0; "
        "n.similarity('a', 'b'); n.lemma('cars'); "
        "info = n._nouns.cache_info(); assert (info.misses, info.currsize) == (1, 1)"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# --- The shipped data file: its format and invariants (WordNet itself is not in CI).


def _sections() -> dict[str, list[str]]:
    text = (DATA_DIR / "nouns.txt").read_text(encoding="utf-8")
    body = text[text.index("\n[") + 1 :]
    return {
        part.split("]\n", 1)[0]: part.split("]\n", 1)[1].splitlines()
        for part in body[1:].split("\n[")
    }


@pytest.fixture(scope="module")
def sections() -> dict[str, list[str]]:
    return _sections()


def test_data_sections_and_meta(sections: dict[str, list[str]]) -> None:
    """The data file has its seven sections, in order, and names its source and format."""
    assert list(sections) == [
        "meta", "classes", "exceptions", "lemmas", "synsets", "compounds", "acts",
    ]  # fmt: skip
    meta = dict(line.split("\t") for line in sections["meta"])
    assert meta == {
        "format": nouns._FORMAT,
        "source": "WordNet 3.0",
        "senses": str(nouns.RARE_MEANINGS),
    }
    assert "person" in sections["classes"]
    assert "organization" in sections["classes"]


@pytest.mark.parametrize("name", ["exceptions", "lemmas", "synsets", "compounds", "acts"])
def test_data_rows_are_sorted_and_unique(sections: dict[str, list[str]], name: str) -> None:
    """Rows are sorted on their first field with no repeats: binary search relies on it."""
    keys = [row.split("\t", 1)[0] for row in sections[name]]
    assert keys == sorted(set(keys))


def test_data_references_resolve(sections: dict[str, list[str]]) -> None:
    """Every synset named anywhere is a row, every class number a class, senses at most 10."""
    rows = {r.split("\t")[0]: r.split("\t")[1:] for r in sections["synsets"]}
    classes = sections["classes"]
    assert all(len(fields) == 4 for fields in rows.values())
    for lemma_row in sections["lemmas"]:
        _, count, senses = lemma_row.split("\t")
        assert int(count) >= 0
        assert 1 <= len(senses.split()) <= nouns.RARE_MEANINGS
        assert set(senses.split()) <= rows.keys()
    roots = []
    for offset, (cls, hypernyms, persons, antonyms) in rows.items():
        assert len(offset) == 8 and offset.isdigit()
        assert 0 <= int(cls) < len(classes)
        assert set(hypernyms.split() + persons.split() + antonyms.split()) <= rows.keys()
        assert all(classes[int(rows[p][0])] == "person" for p in persons.split())
        if not hypernyms:
            roots.append(offset)
    assert roots == ["00001740"]  # entity


def test_data_size_and_licence() -> None:
    """The data stays under 3 MB and ships with WordNet's licence notice beside it."""
    assert (DATA_DIR / "nouns.txt").stat().st_size < 3_000_000
    licence = (DATA_DIR / "WORDNET-LICENSE").read_text(encoding="utf-8")
    assert "WordNet 3.0 Copyright 2006 by Princeton University.  All rights reserved." in licence
    assert 'THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS"' in licence


# --- The build script, on a miniature WordNet in WordNet's own file formats.

_HEADER = "  1 This software and database is being provided to you, the LICENSEE, by  \n"
_DATA_NOUN = [
    # offset lexfile n words... pointers... | gloss
    "00001740 03 n 01 entity 0 000 | that which exists",
    "00002000 03 n 01 group 0 001 @ 00001740 n 0000 | things together",
    "00003000 03 n 01 person 0 001 @ 00001740 n 0000 | a human being",
    "00004000 14 n 01 organization 0 001 @ 00002000 n 0000 | people who work together",
    "00005000 14 n 01 company 0 001 @ 00004000 n 0000 | an institution",
    "00006000 18 n 01 worker 0 001 @ 00003000 n 0000 | a person who works",
    "00007000 14 n 01 staff 0 002 @ 00004000 n 0000 %m 00008000 n 0000 | personnel",
    "00008000 18 n 02 staff_member 0 staffer 0 001 @ 00006000 n 0000 | a member of a staff",
    "00009000 18 n 01 man 0 002 @ 00003000 n 0000 ! 00010000 n 0101 | an adult male",
    "00010000 18 n 01 woman 0 002 @ 00003000 n 0000 ! 00009000 n 0101 | an adult female",
]
_INDEX_NOUN = [
    "company n 1 1 @ 1 1 00005000",
    "entity n 1 1 ~ 1 0 00001740",
    "group n 1 1 ~ 1 0 00002000",
    "man n 1 2 @ ! 1 1 00009000",
    "organization n 1 1 @ 1 1 00004000",
    "person n 1 1 ~ 1 1 00003000",
    "staff n 1 2 @ %m 1 1 00007000",
    "staff_member n 1 1 @ 1 0 00008000",
    "staffer n 1 1 @ 1 0 00008000",
    "woman n 1 2 @ ! 1 1 00010000",
    "worker n 1 1 @ 1 1 00006000",
]
_LEXNAMES = "03\tnoun.Tops\t1\n06\tnoun.artifact\t1\n14\tnoun.group\t1\n18\tnoun.person  \t1\n"
_COPYRIGHT = (
    "Files: *\nLicense: WordNet3.0\n This software and database is being provided.\n .\n"
    " WordNet 3.0 Copyright 2006 by Princeton University.  All rights reserved.\n"
    "\nFiles: debian/*\nLicense: GPL-2+\n"
)


@pytest.fixture
def mini_wordnet(tmp_path: Path) -> Path:
    """A WordNet directory of ten synsets, and the man page and copyright file beside it."""
    (tmp_path / "data.noun").write_text(_HEADER + "\n".join(_DATA_NOUN) + "\n")
    (tmp_path / "index.noun").write_text(_HEADER + "\n".join(_INDEX_NOUN) + "\n")
    (tmp_path / "noun.exc").write_text("staves staff\n")
    (tmp_path / "cntlist.rev").write_text("staff%1:14:00:: 1 17\nstaff%2:33:00:: 1 4\n")
    (tmp_path / "lexnames.5WN.gz").write_bytes(gzip.compress(_LEXNAMES.encode()))
    (tmp_path / "copyright").write_text(_COPYRIGHT)
    return tmp_path


@pytest.fixture
def mini_data(mini_wordnet: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """claimdiff.nouns reading the data built from the miniature WordNet."""
    out = mini_wordnet / "out" / "nouns.txt"
    build_noun_classes.main(
        [str(mini_wordnet), "--lexnames", str(mini_wordnet / "lexnames.5WN.gz"),
         "--copyright", str(mini_wordnet / "copyright"), "--output", str(out)]
    )  # fmt: skip
    caches = [
        nouns._nouns, nouns._lemma_row, nouns._synset, nouns._ancestors, nouns._depth,
        nouns._meanings, nouns.similarity, nouns.lemma,
    ]  # fmt: skip
    text = out.read_text(encoding="utf-8")
    parsed = nouns._parse(out.read_bytes())
    for cache in caches:
        cache.cache_clear()
    monkeypatch.setattr(nouns, "_nouns", lambda: parsed)
    yield text
    for cache in caches:  # the shipped data's rows, not the miniature's, from here on
        cache.cache_clear()


def test_build_script_imports_without_wordnet() -> None:
    """The build script imports (WordNet is only read when it runs) and runs as a module."""
    module = importlib.import_module("claimdiff.lexicon.build_noun_classes")
    assert callable(module.main)
    assert module.OUTPUT == DATA_DIR / "nouns.txt"


def test_build_writes_data_and_licence(mini_wordnet: Path, mini_data: str) -> None:
    """The build writes sorted sections and the licence notice beside the data."""
    assert "[synsets]\n00001740\t" in mini_data
    assert "staff\t17\t00007000" in mini_data  # tagged 17 times as a noun, not 4 as a verb
    licence = (mini_wordnet / "out" / "WORDNET-LICENSE").read_text()
    assert "WordNet 3.0 Copyright 2006 by Princeton University." in licence


def test_build_rules_reach_the_runtime(mini_data: str) -> None:
    """Built from a miniature WordNet: organizations, groups of people, antonyms."""
    assert noun_class("companies") == "organization"
    assert noun_class("staffs") == "organization"  # the groups
    assert noun_class("staff") == "person"  # the people: staff members
    assert lemma("staves") == "staff"
    assert similarity("staff", "staffers") == 1.0
    assert similarity("staff", "workers") >= SAME_THING
    assert similarity("men", "women") == 0.0
    assert similarity("companies", "workers") == 0.0


def test_build_output_is_deterministic(mini_wordnet: Path) -> None:
    """Two builds from the same inputs are byte for byte the same."""
    wordnet = build_noun_classes.read_wordnet(mini_wordnet, mini_wordnet / "lexnames.5WN.gz")
    assert build_noun_classes.render(wordnet) == build_noun_classes.render(wordnet)


@pytest.mark.parametrize(
    "word",
    ["officers", "children", "schoolchildren", "report", "states", "News", " Vaccines ",
     "survived", "fantastic", "virus", "gases", "vloggers", "s", "", "İstanbul", "ſtate"],
)  # fmt: skip
def test_is_noun_asks_the_lemma_only_where_the_word_is_no_lemma(word: str) -> None:
    # is_noun answers a word WordNet lists as it stands without its lemma: the same
    # answer, since the word is always one of its lemma's candidates.
    assert nouns.is_noun(word) == (nouns._lemma_row(lemma(word)) is not None)


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzAEIS' -", max_size=12))
def test_is_noun_is_its_lemma_known(word: str) -> None:
    assert nouns.is_noun(word) == (nouns._lemma_row(lemma(word)) is not None)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("grandchildren", "great-grandchildren"),
        ("grandchildren", "great‑grandchildren"),  # a non-breaking hyphen (U+2011)
        ("sons", "stepsons"),
        ("brothers", "half-brothers"),
        ("wives", "ex-wives"),
    ],
)
def test_kin_of_another_degree_differ(a: str, b: str) -> None:
    assert nouns.similarity(a, b) == 0.0
    assert nouns.similarity(b, a) == 0.0


@pytest.mark.parametrize(("a", "b"), [("grandchildren", "grandchild"), ("workers", "co-workers")])
def test_no_degree_of_kin(a: str, b: str) -> None:
    assert nouns.similarity(a, b) > 0.5
