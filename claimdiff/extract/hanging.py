"""A number left hanging before "and" or "or" takes the unit of the figure after it.

"16- and 17-year-olds" are two ages, "5- and 10-year bonds" two lengths, "2- or
3-litre bottles" two volumes: the writer hangs a hyphen on the first number and lets
the second carry the unit for both.  Read alone, the first was a bare count ("16") that
met counts of anything (docs/claims.md, "Measures, percent, time").  A range ("a 10- to
12-foot wall") is read by the scan as one figure; this pass takes the joins the lexicon
lists as no range (``HANGING_JOIN_WORDS``).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from claimdiff.extract.members import COUNT
from claimdiff.extract.precision import Draft
from claimdiff.lexicon import Lexicon
from claimdiff.model import Quantity

__all__ = ["with_hanging"]


def with_hanging(text: str, drafts: Sequence[Draft], lex: Lexicon) -> list[Draft]:
    """``drafts`` with each bare count hung before "and" or "or" given the kind and unit of
    the attributive figure right after it ("16- and 17-year-olds": 16 is an age)."""
    out = list(drafts)
    for k in range(len(out) - 1):
        d, e = out[k], out[k + 1]
        if d.kind is not COUNT or not e.attributive or e.kind is COUNT:
            continue
        q, unit = d.quantity, e.quantity
        if q is None or unit is None or q.value is None or unit.value is None:
            continue
        if lex.patterns["hanging_join"].fullmatch(text, d.end, e.start) is None:
            continue
        # The second figure's own precision, about the first's value: "10- and 12-foot"
        # is 10 feet as "12-foot" is 12.
        below = unit.value - unit.low if unit.low is not None else 0.0
        above = unit.high - unit.value if unit.high is not None else 0.0
        hung = Quantity(q.value - below, q.value + above, q.value, unit.unit, unit.qualifier)
        out[k] = attrs.evolve(d, kind=e.kind, quantity=hung, attributive=True, noun=e.noun)
    return out
