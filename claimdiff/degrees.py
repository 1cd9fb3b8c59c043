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

import re
from collections.abc import Sequence

import attrs

from claimdiff.candidates import Candidate
from claimdiff.lexicon import Lexicon
from claimdiff.model import Kind
from claimdiff.units import dimension

__all__ = ["in_scale_of"]

_ANGLE = "degree"
_CELSIUS, _FAHRENHEIT = "degree_Celsius", "degree_Fahrenheit"
_SCALES = frozenset({_CELSIUS, _FAHRENHEIT})
# How far around a bare figure's sentence words of temperature are looked for: the
# sentence and the one on either side ("… raced in 39 degrees. Organisers had cut the
# stage because of the heat.").
_NEIGHBOURS = 1


def _scales(cands: Sequence[Candidate]) -> set[str]:
    return {str(c.claim.unit) for c in cands if c.claim.unit in _SCALES}


def _celsius(c: Candidate) -> list[float]:
    """A temperature claim's figure in Celsius (none where it has none)."""
    q = c.claim.quantity
    if q is None or q.value is None:
        return []
    return [q.value if c.claim.unit == _CELSIUS else (q.value - 32.0) * 5.0 / 9.0]


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
    sentences = _sentences(cands)
    out = []
    for k, c in enumerate(cands):
        claim = c.claim
        q = claim.quantity
        if (
            claim.kind is Kind.MEASURE
            and claim.unit == _ANGLE
            and q is not None
            and q.value is not None
            and "-degree" not in claim.text.lower()  # "a 90-degree turn": an angle
            and not _bearing(text, claim.span[1], lex)  # "37 degrees north"
            and _of_temperature(text, sentences, k, lex)
        ):
            scale = next(iter(own)) if own else _nearest(q.value, theirs)
            claim = attrs.evolve(claim, quantity=attrs.evolve(q, unit=scale))
            c = attrs.evolve(c, claim=claim, block="measure " + str(dimension(scale)))
        out.append(c)
    return out


def _nearest(value: float, theirs: Sequence[float]) -> str:
    """The scale in which ``value`` comes nearest one of ``theirs`` (in Celsius)."""

    def distance(celsius: float) -> float:
        return min(abs(celsius - t) for t in theirs)

    as_f = (value - 32.0) * 5.0 / 9.0
    return _CELSIUS if distance(value) <= distance(as_f) else _FAHRENHEIT


_NEXT = re.compile(r"\s+(?P<w>[^\W\d_]+)")


def _bearing(text: str, end: int, lex: Lexicon) -> bool:
    m = _NEXT.match(text, end)
    return m is not None and m["w"].lower() in lex.BEARING_WORDS


def _sentences(cands: Sequence[Candidate]) -> list[tuple[int, int]]:
    return [c.claim.sentence for c in cands]


def _of_temperature(text: str, sentences: Sequence[tuple[int, int]], k: int, lex: Lexicon) -> bool:
    """Whether the bare "degrees" of candidate ``k`` is a temperature: a word of
    temperature in its sentence or the next or last one, and no word of an angle in its
    own sentence ("banked", "listed", "north", "swivels")."""
    lo, hi = sentences[k]
    own = {w.lower() for w in _WORD.findall(text, lo, hi)}
    if own & lex.ANGLE_WORDS:
        return False
    start = _sentence_start(text, lo, _NEIGHBOURS)
    end = _sentence_end(text, hi, _NEIGHBOURS)
    near = {w.lower() for w in _WORD.findall(text, start, end)}
    return bool(near & lex.TEMPERATURE_WORDS)


def _sentence_start(text: str, lo: int, back: int) -> int:
    for _ in range(back):
        k = max(text.rfind(". ", 0, max(0, lo - 2)), text.rfind("\n", 0, max(0, lo - 2)))
        lo = 0 if k < 0 else k + 1
    return lo


def _sentence_end(text: str, hi: int, ahead: int) -> int:
    for _ in range(ahead):
        k = text.find(". ", hi + 1)
        hi = len(text) if k < 0 else k + 1
    return hi


_WORD = re.compile(r"[^\W\d_]+")
