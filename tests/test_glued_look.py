"""The look before the glued-symbol match (starts._touches_digits) turns away only
offsets where the lexicon's ``start_glued`` pattern does not match."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimdiff.extract.starts import _touches_digits
from claimdiff.lexicon import get_lexicon


@pytest.mark.parametrize("lang", ["en", "de"])
@given(data=st.data())
def test_turns_away_only_offsets_without_a_match(lang: str, data: st.DataObject) -> None:
    lex = get_lexicon(lang)
    symbols = sorted(s for _, group in lex.glued_by_length for s in group)
    # The symbols, digits (one outside ASCII), letters, marks and characters that
    # lower-case or fold unusually.
    pieces = [*symbols, *"0123456789٣ abcxyz.$£-", "İ", "ſ", "\u212a"]
    low = "".join(data.draw(st.lists(st.sampled_from(pieces), min_size=1, max_size=4)))
    pattern = lex.patterns["start_glued"]
    for at in range(len(low)):
        if pattern.match(low, at) is not None:
            assert _touches_digits(low, at, lex.glued_by_length), (low, at)


def test_examples() -> None:
    lex = get_lexicon("en")
    assert _touches_digits("ksh12", 0, lex.glued_by_length)
    assert not _touches_digits("ksh 12", 0, lex.glued_by_length)
    assert not _touches_digits("one 12", 0, lex.glued_by_length)
