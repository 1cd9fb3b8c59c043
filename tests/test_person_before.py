"""A pronoun's person read back from the pronoun (LocalNames.person_before) is the one
the index finds among every mention of a person in the text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimdiff.extract.local_names import _may_join
from claimdiff.extract.name_table import NameTable
from claimdiff.extract.names import MULTI_WORD_RUN, name_runs, strip_possessive
from claimdiff.extract.quotes import scan_quotes
from claimdiff.extract.speakers import SpeakerIndex, build_index
from claimdiff.lexicon import get_lexicon

SPEECH = get_lexicon("en").speech

# Pieces that make name runs meet, split, join and end, with quotations, titles,
# possessives and letters outside ASCII.
_PIECES = st.sampled_from(
    ["Karim Khan", "Khan", "Khanate", "Mr ", "Ann ", "Anna ", "The ", "Kyiv", "Police ", "’s",
     "'s", " ", "  ", "\u00a0", "-", "'", "x", "é", "É", "Émile ", "_", "1", ". ", ", the "
     "prosecutor, ", " said ", " he ", " in ", "“", "”", "ǅ", "\n\n", "Justice Ministry "]
)  # fmt: skip


def _indexes(text: str) -> tuple[SpeakerIndex, SpeakerIndex]:
    quoted = [(q.start, q.end) for q in scan_quotes(text)]
    eager = SpeakerIndex(text, SPEECH, NameTable(name_runs(text, SPEECH, quoted)), None)
    return build_index(text, SPEECH, quoted), eager


@given(st.lists(_PIECES, max_size=60).map("".join))
def test_person_before_reads_as_every_mention(text: str) -> None:
    """At every place, a fresh index and one asked before answer as the eager index."""
    local, eager = _indexes(text)
    for pos in range(len(text) + 1):
        assert build_index(text, SPEECH, local.names.quoted).nearest_person(pos) == (
            eager.nearest_person(pos)
        )
        assert local.nearest_person(pos) == eager.nearest_person(pos)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Karim Khan spoke in Kyiv. Police said he", "Karim Khan"),
        ("Mr Khan spoke in Kyiv. He", "Khan"),
        ("Karim Khan left. Later Khan spoke in Kyiv. He", "Karim Khan"),
        ("“Ann Lee was here,” she said", None),  # a name in a quotation is no antecedent
        ("The Justice Ministry said it", None),
        ("Kyiv and London. He", None),
    ],
)
def test_person_before_examples(text: str, person: str | None) -> None:
    local, eager = _indexes(text)
    assert eager.nearest_person(len(text)) == person
    assert local.nearest_person(len(text)) == person


@given(st.lists(_PIECES, max_size=60).map("".join))
def test_every_word_of_a_longer_match_may_join(text: str) -> None:
    """No word of a match of two words or more is turned away by the look for one."""
    for m in MULTI_WORD_RUN.finditer(text):
        for word in m.group().split():
            assert _may_join(text, strip_possessive(word))
