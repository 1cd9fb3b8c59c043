"""Degrees with no scale: "26 degrees" read in the scale the reports give elsewhere.

Weather reports write "26 degrees" as often as "26C"; pint reads "degrees" as an angle,
so such a figure never met another report's "28C".  A bare "degrees" is read in the
scale its own text gives elsewhere, or else in the scale of the other text's
temperatures that puts it nearest one of them ("59 degrees" beside "15C" is 59F, "200
degrees" beside "200C" is 200C), when a word of temperature stands in its sentence or
the one before or after (``TEMPERATURE_WORDS``: "temperatures", "heat", "weather",
"fever") and no word of an angle in its own (``ANGLE_WORDS``: "banked", "rotated") nor a
bearing after it ("37 degrees north"); "a 90-degree turn" is always an angle
(docs/compare.md, "Degrees with no scale").
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from claimdiff.candidates import Candidate
from claimdiff.lexicon import Lexicon
from claimdiff.model import Claim, Kind, Quantity, Span
from claimdiff.pattern_code import compile_pattern
from claimdiff.text import sentences
from claimdiff.units import convert, dimension

__all__ = ["in_scale_of"]

_ANGLE = "degree"
_CELSIUS, _FAHRENHEIT = "degree_Celsius", "degree_Fahrenheit"
_SCALES = frozenset({_CELSIUS, _FAHRENHEIT})


def _scales(cands: Sequence[Candidate]) -> set[str]:
    return {str(c.claim.unit) for c in cands if c.claim.unit in _SCALES}


def _celsius(c: Candidate) -> list[float]:
    """A temperature claim's figure in Celsius (none where it has none)."""
    q = c.claim.quantity
    celsius = None if q is None else convert(q, _CELSIUS)
    return [] if celsius is None or celsius.value is None else [celsius.value]


def in_scale_of(
    cands: Sequence[Candidate], other: Sequence[Candidate], lex: Lexicon, text: str
) -> list[Candidate]:
    """``cands`` with each bare "degrees" said of temperature in a scale the texts give:
    the one ``cands``' own text gives, else the reading of ``other``'s scales nearest its
    temperatures ("59 degrees" beside "15C" is Fahrenheit, "200 degrees" beside "200C"
    Celsius); unchanged where the own text gives two scales or neither text any."""
    own = _scales(cands)
    if len(own) > 1 or not (own or _scales(other)) or not lex.TEMPERATURE_WORDS:
        return list(cands)
    theirs = sorted(x for c in other if c.claim.unit in _SCALES for x in _celsius(c))
    sents: list[Span] | None = None  # the text's sentences, split when first needed
    out = []
    for c in cands:
        q = c.claim.quantity
        if q is not None and q.value is not None and _bare(c.claim, text, lex):
            sents = sentences(text, lex) if sents is None else sents
            if _of_temperature(c, text, sents, lex):
                scale = next(iter(own)) if own else _nearest(q.value, theirs)
                claim = attrs.evolve(c.claim, quantity=attrs.evolve(q, unit=scale))
                c = attrs.evolve(c, claim=claim, block="measure " + str(dimension(scale)))
        out.append(c)
    return out


def _bare(claim: Claim, text: str, lex: Lexicon) -> bool:
    """Whether the claim is degrees with no scale, and no angle by its own words: "a
    90-degree turn", "37 degrees north"."""
    return (
        claim.kind is Kind.MEASURE
        and claim.unit == _ANGLE
        and "-degree" not in claim.text.lower()
        and not _bearing(text, claim.span[1], lex)
    )


def _nearest(value: float, theirs: Sequence[float]) -> str:
    """The scale in which ``value`` comes nearest one of ``theirs`` (in Celsius)."""

    def distance(scale: str) -> float:
        q = convert(Quantity(value, value, value, scale), _CELSIUS)
        assert q is not None and q.value is not None  # one dimension, a figure given
        return min(abs(q.value - t) for t in theirs)

    # A tie ("minus 40 degrees", -40C being -40F) is Celsius; pint's sums of floats may
    # leave a trace between two equal figures.
    return _CELSIUS if distance(_CELSIUS) <= distance(_FAHRENHEIT) + 1e-9 else _FAHRENHEIT


_NEXT = compile_pattern(r"\s+(?P<w>[^\W\d_]+)")


def _bearing(text: str, end: int, lex: Lexicon) -> bool:
    m = _NEXT.match(text, end)
    return m is not None and m["w"].lower() in lex.BEARING_WORDS


def _of_temperature(c: Candidate, text: str, sents: Sequence[Span], lex: Lexicon) -> bool:
    """Whether a bare "degrees" is a temperature: a word of temperature in its sentence or
    the next or last one (of ``sents``, the text's sentences), and no word of an angle in
    its own sentence ("banked", "listed", "swivels")."""
    lo, hi = c.claim.sentence
    if {w.lower() for w in _WORD.findall(text, lo, hi)} & lex.ANGLE_WORDS:
        return False
    k = bisect.bisect_right(sents, (lo, len(text))) - 1
    if k >= 0:
        lo, hi = sents[max(0, k - 1)][0], sents[min(len(sents) - 1, k + 1)][1]
    return bool({w.lower() for w in _WORD.findall(text, lo, hi)} & lex.TEMPERATURE_WORDS)


_WORD = compile_pattern(r"[^\W\d_]+")
