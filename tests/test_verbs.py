"""Verbs of one meaning (claimdiff.verbs), from the shipped WordNet verb senses."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff import compare
from claimdiff.lexicon import build_verb_senses
from claimdiff.verbs import bases, may_mean_one, one_event


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("founded", ("found",)),
        ("built", ("build",)),
        ("opened", ("open",)),
        ("closing", ("close",)),
        ("shipped", ("ship",)),
        ("went", ("go",)),
        ("museum", ()),
    ],
)
def test_bases(word: str, expected: tuple[str, ...]) -> None:
    assert bases(word) == expected


@pytest.mark.parametrize(
    ("a", "b", "one"),
    [
        ("founded", "established", True),
        ("opened", "open", True),
        ("closed", "shut", True),
        ("completed", "finished", True),
        ("opened", "extended", False),
        ("built", "demolished", False),
        ("widened", "museum", False),
    ],
)
def test_one_event(a: str, b: str, one: bool) -> None:
    assert one_event(frozenset({a}), frozenset({b})) is one


@pytest.mark.parametrize(
    ("a", "b", "may"),
    [
        ("extended", "expanded", True),  # one rare sense shared
        ("split", "broke", True),
        ("reopened", "opened", True),  # a way of opening
        ("painted", "created", True),
        ("bought", "acquired", True),
        ("founded", "established", True),
        ("opened", "closed", False),  # two ways of one change, not one
        ("sold", "bought", False),
        ("elected", "left", False),
        ("won", "lost", False),
        ("museum", "opened", False),
    ],
)
def test_may_mean_one(a: str, b: str, may: bool) -> None:
    assert may_mean_one(a, b) is may
    assert may_mean_one(b, a) is may


def test_years_pair_by_their_event() -> None:
    """Two years swapped between two events are two conflicts, paired by the events' verbs."""
    a = "The theatre opened in 1931 and was restored in 1998."
    b = "Restored in 1931, the theatre first opened in 1998."
    got = {(f.a.text, f.b.text): f.verdict.value for f in compare(a, b).findings}
    assert got == {("1931", "1998"): "conflict", ("1998", "1931"): "conflict"}


def test_data_is_sorted_and_licensed() -> None:
    data = Path(build_verb_senses.OUTPUT)
    text = data.read_text(encoding="utf-8")
    for section in ("exceptions", "lemmas", "hypernyms"):
        body = text.split(f"\n[{section}]\n", 1)[1].split("\n[", 1)[0].splitlines()
        keys = [row.split("\t", 1)[0] for row in body]
        assert keys == sorted(set(keys)), section
    assert "WordNet 3.0" in text.splitlines()[0] and (data.parent / "WORDNET-LICENSE").exists()


def test_build_from_a_miniature_wordnet(tmp_path: Path) -> None:
    # index.verb: lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt offsets
    (tmp_path / "index.verb").write_text(
        "  licence\n"
        "found v 3 1 @ 3 2 02427103 01647247 00636906\n"
        "establish v 4 1 @ 4 2 02427103 01647247 00664806 00665494\n"
        "set_up v 1 1 @ 1 0 02427103\n",
        "latin-1",
    )
    (tmp_path / "verb.exc").write_text("found find\nbuilt build\n", "latin-1")
    # data.verb: offset lex_filenum ss_type w_cnt word lex_id ... p_cnt [ptr...] | gloss
    (tmp_path / "data.verb").write_text(
        "  licence\n"
        "02427103 41 v 3 found 0 establish 0 set_up 0 1 @ 02427000 v 0000 01 + 08 00 | x\n"
        "01647247 36 v 1 establish 1 0 01 + 08 00 | y\n",
        "latin-1",
    )
    text = build_verb_senses.build(tmp_path)
    # Every sense kept, most frequent first; a collocation is no single word; an
    # exception's base must be a lemma; a synset's hypernyms, where it has any.
    assert "establish\t02427103 01647247 00664806 00665494\n" in text
    assert "set_up" not in text and "built" not in text
    assert text.endswith("[hypernyms]\n02427103\t02427000\n")
