"""Months named alone that date another figure: which figure each dates, and their pairs.

A month named alone (:mod:`claimdiff.extract.months`) beside a figure of its clause is
that figure's period ("fell to 6.4% in March"): compare() pairs it not on its own but
through the figure (:func:`scope_months`), as it pairs a year that scopes one
(``compare.scope_years``).  A month dates the figure nearest before it in its clause, or
the first after it where it opens its sentence (docs/compare.md, "Months alone").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence

from claimdiff.model import Claim, Finding, Kind

__all__ = ["DATED_KINDS", "month_of", "scope_months"]

DATED_KINDS = frozenset({Kind.MONEY, Kind.PERCENT, Kind.COUNT, Kind.MEASURE, Kind.RATE})
"""Figures a month named alone may date."""
# A clause ends between a figure and a month at a mark or a word joining clauses: "approved
# the budget in February and says tax will rise by 4.99%" dates no figure with February.
_CLAUSE_BREAK = re.compile(r"[,;:()–—]|\s-\s|\s(?:and|but|while|whereas)\s", re.IGNORECASE)
# A month opens its sentence after at most its cue word and one more ("In March,", "Since
# last June"): only then does it date a figure after it.
_OPENER_WORDS = 2


def month_of(
    text: str, claims: Sequence[Claim], is_month: Callable[[Claim], bool]
) -> dict[tuple[int, int], Claim]:
    """Each dated figure's month named alone, by the figure's span: the first month that
    dates it, where one does."""
    by_sentence: dict[tuple[int, int], list[Claim]] = defaultdict(list)
    for c in claims:
        by_sentence[c.sentence].append(c)
    out: dict[tuple[int, int], Claim] = {}
    for group in by_sentence.values():
        months = [c for c in group if is_month(c)]
        if not months:
            continue
        figures = sorted((c for c in group if c.kind in DATED_KINDS), key=lambda c: c.span)
        for m in months:
            dated = _dated(text, m, figures)
            if dated is not None:
                out.setdefault(dated.span, m)
    return out


def _dated(text: str, m: Claim, figures: Sequence[Claim]) -> Claim | None:
    """The figure month ``m`` dates among its sentence's ``figures`` (in order), if any."""
    before = [c for c in figures if c.span[1] <= m.span[0]]
    if before and _CLAUSE_BREAK.search(text, before[-1].span[1], m.span[0]) is None:
        return before[-1]
    after = [c for c in figures if c.span[0] >= m.span[1]]
    if after and len(text[m.sentence[0] : m.span[0]].split()) <= _OPENER_WORDS:
        return after[0]
    return None


def scope_months(
    findings: Sequence[Finding],
    month_a: dict[tuple[int, int], Claim],
    month_b: dict[tuple[int, int], Claim],
) -> list[tuple[Claim, Claim, float]]:
    """The months named alone that date two paired figures (``month_a`` and ``month_b``,
    from :func:`month_of`), paired as those figures are, with the pair's evidence: when
    "fell to 6.4% in March" meets "edged down to 6.4 per cent in February", both texts
    date one fact.  Each month is paired once."""
    used: set[tuple[int, int]] = set()
    out = []
    for f in findings:
        ma, mb = month_a.get(f.a.span), month_b.get(f.b.span)
        if ma is None or mb is None or ma.span in used or mb.span in used:
            continue
        used |= {ma.span, mb.span}
        out.append((ma, mb, f.score))
    return out
