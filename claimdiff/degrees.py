"""Degrees with no scale: "26 degrees" read in the scale the reports give elsewhere.

Weather reports write "26 degrees" as often as "26C"; pint reads "degrees" as an angle,
so the figure never met another report's "28C".  Where the two texts give temperatures
in one scale only ("28C", "40°C"; "104F"), a bare "degrees" is read in that scale (its
own text's first), or in Fahrenheit above ``HOTTEST_CELSIUS`` ("115 degrees" in
Phoenix), when its sentence holds a word of temperature (``TEMPERATURE_WORDS``:
"temperatures", "heat", "minus") or no word of an angle (``ANGLE_WORDS``: "a sharp
bend", "rotated"); "a 90-degree turn" is always an angle (docs/compare.md, "Degrees with
no scale").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from claimdiff.candidates import Candidate
from claimdiff.lexicon import Lexicon
from claimdiff.model import Kind
from claimdiff.units import dimension

__all__ = ["in_scale_of"]

_ANGLE = "degree"
_SCALES = frozenset({"degree_Celsius", "degree_Fahrenheit"})


def _scales(cands: Sequence[Candidate]) -> set[str]:
    return {str(c.claim.unit) for c in cands if c.claim.unit in _SCALES}


def in_scale_of(
    cands: Sequence[Candidate], other: Sequence[Candidate], lex: Lexicon, text: str
) -> list[Candidate]:
    """``cands`` with each bare "degrees" said of temperature in the one scale the texts
    give (``cands``' own first, else ``other``'s); unchanged where none or two are given."""
    own, theirs = _scales(cands), _scales(other)
    scales = own or theirs
    if len(scales) != 1 or not lex.TEMPERATURE_WORDS:
        return list(cands)
    (given,) = scales
    out = []
    for c in cands:
        claim = c.claim
        if (
            claim.kind is Kind.MEASURE
            and claim.unit == _ANGLE
            and "-degree" not in claim.text.lower()  # "a 90-degree turn": an angle
            and _of_temperature(c, text, lex)
        ):
            q = claim.quantity
            assert q is not None
            # No air is hotter than about 57C: a larger figure is in Fahrenheit.
            hot = (q.high or q.low or 0) > lex.HOTTEST_CELSIUS
            scale = "degree_Fahrenheit" if hot else given
            claim = attrs.evolve(claim, quantity=attrs.evolve(q, unit=scale))
            c = attrs.evolve(c, claim=claim, block="measure " + str(dimension(scale)))
        out.append(c)
    return out


def _of_temperature(c: Candidate, text: str, lex: Lexicon) -> bool:
    """Whether a bare "degrees" is a temperature: a word of temperature in its sentence, or
    no word of an angle ("a sharp bend", "rotated", "the slope")."""
    lo, hi = c.claim.sentence
    words = {w.lower() for w in _WORD.findall(text, lo, hi)}
    return bool(words & lex.TEMPERATURE_WORDS) or not words & lex.ANGLE_WORDS


_WORD = re.compile(r"[^\W\d_]+")
