"""The common-words vocabulary (claimdiff/vocabulary.py) and its build from WordNet."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from claimdiff.lexicon import build_vocabulary, get_lexicon
from claimdiff.vocabulary import is_common

EN = get_lexicon("en")


@pytest.mark.parametrize(
    "word",
    ["Analysts", "Revenue", "Overall", "Speaking", "Asked", "Although", "Meanwhile",
     "Stopped", "Cities", "Children", "Went", "Investors", "Notably", "Everyone"],
)  # fmt: skip
def test_common_words(word: str) -> None:
    assert is_common(word, EN)


@pytest.mark.parametrize(
    "word", ["Toyota", "Microsoft", "Denver", "Lisbon", "Okafor", "Priya", "Netflix"]
)
def test_names_are_not_common(word: str) -> None:
    assert not is_common(word, EN)


def test_data_is_sorted_unique_and_licensed() -> None:
    data = Path(build_vocabulary.OUTPUT)
    lines = data.read_text(encoding="utf-8").splitlines()
    words = [w for w in lines if not w.startswith("#")]
    assert words == sorted(set(words))
    assert all(w == w.lower() and " " not in w for w in words)
    assert "WordNet 3.0" in lines[0] and (data.parent / "WORDNET-LICENSE").exists()


def _mini_wordnet(root: Path) -> Path:
    # One line per part of speech in data.* (offset lex_filenum pos w_cnt word lex_id …),
    # a licence line (two spaces first), and irregular forms.
    rows = {
        "noun": ["00001 05 n 02 child 0 Denver 0 000 | a young person",
                 "00002 05 n 01 ice_cream 0 000 | a dessert"],
        "verb": ["00003 30 v 01 go 0 000 | move"],
        "adj": ["00004 00 a 01 big(a) 0 000 | large"],
        "adv": ["00005 02 r 01 overall 0 000 | in general"],
    }  # fmt: skip
    for part, lines in rows.items():
        (root / f"data.{part}").write_text("  licence\n" + "\n".join(lines) + "\n", "latin-1")
    (root / "noun.exc").write_text("children child\noxen ox\n", "latin-1")
    (root / "verb.exc").write_text("went go\n", "latin-1")
    for part in ("adj", "adv"):
        (root / f"{part}.exc").write_text("", "latin-1")
    return root


def test_build_keeps_lower_case_lemmas_and_their_irregular_forms(tmp_path: Path) -> None:
    text = build_vocabulary.build(_mini_wordnet(tmp_path))
    words = [w for w in text.splitlines() if not w.startswith("#")]
    # "Denver" is written capitalised only: a name; "ice_cream" is two words; "oxen"'s
    # base is not in this WordNet.
    assert words == ["big", "child", "children", "go", "overall", "went"]


def test_loaded_only_when_needed() -> None:
    """The words are read when a sentence's first word must be judged, not before."""
    code = (
        "import claimdiff, claimdiff.vocabulary as v; "
        "claimdiff.extract('Toyota sold 5 cars.'); "
        "claimdiff.check('Sales rose 5%.', 'Sales rose 5%.'); "
        "a = v._words.cache_info().currsize; "
        "claimdiff.check('Honda sold 5 cars.', 'Toyota sold 5 cars.'); "
        "print(a, v._words.cache_info().currsize)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "1"]
