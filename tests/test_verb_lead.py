"""The verb patterns with their lookahead of first characters (speech.VerbPattern)
find what the patterns without it find."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from claimdiff.lexicon import get_lexicon
from claimdiff.lexicon.speech import VerbPattern

_SPEECH = get_lexicon("en").speech
_VERBS = sorted(_SPEECH.REPORTING_VERBS | _SPEECH.FIGURE_ONLY_VERBS | _SPEECH.QUOTE_ONLY_VERBS)


def _without_lookahead(pattern: VerbPattern) -> VerbPattern:
    """The same pattern with its lookahead taken out."""
    assert pattern._after is not None
    plain = VerbPattern(frozenset())
    plain._after = re.compile(re.sub(r"\(\?=\[[^]]*\]\)", "", pattern._after.pattern, count=1))
    plain._reach = pattern._reach
    return plain


_PATTERNS = [(p, _without_lookahead(p)) for p in (_SPEECH.figure_verbs, _SPEECH.quote_verbs)]
# Verbs, words around them, and the marks, digits, white space and letters outside
# ASCII a sentence of figures holds.
_piece = st.sampled_from(
    [*_VERBS[::3], "Said", "the", "in", "1", "2,000", "£1.2m", "45%", "-", "—", "'", "é",
     "ü", " ", "  ", "\t", "\n", ",", ".", "'s", "_", "“", "”"]
)  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(st.lists(_piece, max_size=14).map("".join), st.integers(0, 3))
def test_lead_finds_the_same(s: str, lo: int) -> None:
    lo = min(lo, len(s))
    for lead, plain in _PATTERNS:
        assert list(lead.spans(s, lo, len(s))) == list(plain.spans(s, lo, len(s)))


def test_a_sentence_of_figures() -> None:
    s = "£1.2m, $3bn, 45%, 12 km; 300, police said, 40 added"
    lead, plain = _PATTERNS[0]
    assert [v for _, _, v in lead.spans(s, 0, len(s))] == ["said"]
    assert list(lead.spans(s, 0, len(s))) == list(plain.spans(s, 0, len(s)))
