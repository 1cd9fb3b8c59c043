"""bounds.hedged builds its Draft slot by slot: every field set, of the class itself,
equal to the one Draft's own __init__ builds."""

from __future__ import annotations

import attrs

from claimdiff.extract.amounts import read_core
from claimdiff.extract.bounds import hedged
from claimdiff.extract.precision import Draft
from claimdiff.lexicon import get_lexicon

TEXTS = ("more than 16,000 children", "£1.2m, $3bn", "about 45%", "a 12-km road", "5 or more")


def test_hedged_draft_is_the_class_own() -> None:
    lex = get_lexicon("en")
    for text in TEXTS:
        pos = next(i for i, c in enumerate(text) if c.isdigit())
        core, _ = read_core(text, pos, lex)
        assert core is not None
        lo = max(0, core.start - 32)
        draft = hedged(text, core, lex, text[lo : core.start], lo)
        assert type(draft) is Draft
        fields = attrs.asdict(draft, recurse=False)  # raises on a slot left unset
        assert Draft(**fields) == draft
        assert draft.noun is None and draft.per is None
        assert draft.attributive is core.attributive
