"""hedge_before's shortcut for a window ending in a mark and a space ("45%, ").

The marks it trusts are worked out from each language's data module; these tests check
them against the lexicon's own sets of last words, which hedge_before's full path reads,
and that the full path finds no hedge after any of them.
"""

from __future__ import annotations

import pytest

from claimdiff.extract.bounds import _COMPARISONS, _unhedged_marks, hedge_before
from claimdiff.lexicon import _AVAILABLE, get_lexicon


@pytest.mark.parametrize("lang", sorted(_AVAILABLE))
def test_no_hedge_ends_in_a_trusted_mark(lang: str) -> None:
    lex = get_lexicon(lang)
    marks = _unhedged_marks[lex.data]
    assert marks, "the shortcut trusts no mark at all"
    for mark in marks:
        assert mark not in _COMPARISONS
        for tail in (*lex.hedge_tails, *lex.hedge_gap_tails):
            assert not tail.lower().endswith(mark), (tail, mark)


@pytest.mark.parametrize("lang", sorted(_AVAILABLE))
def test_a_hedge_then_a_trusted_mark_is_no_hedge(lang: str) -> None:
    lex = get_lexicon(lang)
    for mark in _unhedged_marks[lex.data]:
        for hedge in (*lex.HEDGES, *lex.HEDGE_GAPS):
            window = f"it was {hedge}{mark} "
            assert hedge_before(window, lex) is None, window
            # The same window with its space doubled takes the full path: still none.
            assert hedge_before(window + " ", lex) is None, window
