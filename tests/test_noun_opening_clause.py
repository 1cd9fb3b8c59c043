"""A figure opening its clause takes its noun without the readers of the words before it.

extract._noun answers at once for a figure whose clause starts at it ("£1.2m, $3bn,
45%"): noun_before, subject_before and linked_subject read nothing there.  The
function as it was before is copied here and compared on every figure of the
fixtures and of lists of figures, with clauses opening at the figure, after it, or
before it across white space or a word.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.extract import _noun
from claimdiff.extract.members import COUNT, MEASURE, MONEY, PERCENT
from claimdiff.extract.precision import Draft
from claimdiff.extract.scan import scan
from claimdiff.extract.subjects import linked_subject, money_noun, noun_before, subject_before
from claimdiff.lexicon import Lexicon, get_lexicon
from claimdiff.model import Span

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _old_noun(text: str, d: Draft, lex: Lexicon, clause: Span, elided: str | None) -> str | None:
    """extract._noun as it was before its shortcut."""
    span = (d.start, d.end)
    if d.kind is MONEY:
        return money_noun(text, span, lex, clause)
    before = noun_before(text, d.start, lex, clause[0])
    if before is None and d.kind in (COUNT, PERCENT):
        if elided is None:
            before = subject_before(text, d.start, lex, clause)
        else:
            before = linked_subject(text, d.start, lex, clause) or elided
    elif before is None:
        before = elided
    return before if d.kind in (COUNT, PERCENT, MEASURE) else None


LISTS = [
    "£12m for roads, $5m in aid; 45% of staff, 300 jobs, 12 km; £3m set aside for highways.",
    "£1.2m, $3bn, 45%, 12 km; £1.2m, $3bn, 45%, 12 km; 40 countries, £18.5m in the last year",
    "Prices rose to 40;  120 more; a\t 5%; of \n £3m; £2m of upgrades; 3 million people",
    "5 years; 2023; 7.5%",
]


@pytest.mark.parametrize("name", ["telegraph_icc.txt", "reuters_icc.txt", *LISTS])
def test_noun_of_a_figure_opening_its_clause(name: str) -> None:
    lex = get_lexicon("en")
    text = (FIXTURES / name).read_text(encoding="utf-8") if name.endswith(".txt") else name
    drafts = scan(text, lex)
    assert drafts
    for d in drafts:
        for lo in {*range(max(0, d.start - 6), d.start + 2), d.end}:
            for hi in (d.end, d.end + 30, len(text)):
                for elided in (None, "jobs"):
                    clause = (lo, hi)
                    assert _noun(text, d, lex, clause, elided) == _old_noun(
                        text, d, lex, clause, elided
                    ), (text[d.start : d.end], clause, elided)
