"""A measure said "up to" of what happened is the peak it reached.

"Storm Ciarán brought gusts of up to 90mph" reports the strongest gust measured, not a
cap: a second report's "gusts of 80mph" says otherwise, and "gusts reached 90mph" says
the same.  Extraction reads the words as written, a ceiling ([0, 90]); compare(),
check() and reconcile read such a measure as its plain figure, with the precision its
digits give, where its clause tells of what happened: not of a forecast, a cap, a limit
or what a thing can do ("could see up to 20cm of snow", "trains can run at up to
350km/h", "a limit of up to 40 tonnes"), which stay ceilings.  Money and counts keep
their ceilings ("fines of up to £5,000", "up to 300 people may have died"): a sum or a
toll said "up to" is a limit or a worst case as often as a figure.  The rule and how it
was measured: docs/compare.md, "Peaks said "up to"".
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Sequence

import attrs

from claimdiff.construct import new_quantity
from claimdiff.extract import extract
from claimdiff.extract.precision import SIGNED_UNITS, UNHEDGED_TOLERANCE
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon, peak_hedges
from claimdiff.model import Claim, Kind, Qualifier, Quantity
from claimdiff.tenses import clause_of

__all__ = ["read_as_peak", "read_peaks"]

_WORD = lazy_pattern(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
# How far either side of a figure its clause is read, at most (characters).
_REACH = 300


def read_peaks(text: str, claims: Sequence[Claim], lex: Lexicon) -> list[Claim]:
    """``claims`` of ``text`` with each measured peak said "up to" read as its figure."""
    if not lex.PEAK_HEDGES:
        return list(claims)
    return [_peak(text, c, lex) or c for c in claims]


def read_as_peak(c: Claim) -> bool:
    """Whether ``c`` is a peak said "up to" read as its figure by :func:`read_peaks`:
    extraction gives such words a ceiling, never a plain figure, so its words and its
    reading tell it.

    >>> from claimdiff import extract
    >>> from claimdiff.lexicon import get_lexicon
    >>> t = "Storm Ciarán brought gusts of up to 90mph."
    >>> [read_as_peak(c) for c in read_peaks(t, extract(t), get_lexicon("en"))]
    [True]
    """
    q = c.quantity
    return (
        c.kind is Kind.MEASURE
        and q is not None
        and q.qualifier is Qualifier.EXACT
        and _hedge(c.text, peak_hedges()) is not None
    )


def _hedge(words: str, hedges: Collection[str]) -> str | None:
    low = " ".join(words.lower().split())
    return next((h for h in hedges if low.startswith(h + " ")), None)


def _to_come(low: list[str], lex: Lexicon) -> bool:
    """Whether the words tell of a thing to come: "will", "is to", "they'll"."""
    return (
        not lex.FUTURE_WORDS.isdisjoint(low)
        or any(pair in lex.FUTURE_PAIRS for pair in itertools.pairwise(low))
        or any(w.endswith(("'ll", "’ll")) for w in low)
    )


def _peak(text: str, c: Claim, lex: Lexicon) -> Claim | None:
    q = c.quantity
    if c.kind is not Kind.MEASURE or q is None or q.qualifier is not Qualifier.AT_MOST:
        return None
    hedge = _hedge(c.text, lex.PEAK_HEDGES)
    if hedge is None or q.value is None:
        return None
    # The figure's clause; one of "with" or a participle takes its sentence's tense
    # ("will cut the trip to an hour, with trains running at up to 220mph"), where one
    # joined by "and" has its own ("could be seen for miles, and residents up to 5
    # miles away were told").
    # Read no further than a long clause either side: a sentence of thousands of figures
    # would be read whole for each (quadratic).
    near = max(c.sentence[0], c.span[0] - _REACH), min(c.sentence[1], c.span[1] + _REACH)
    start, end = clause_of(text, c.span, near)
    low = [w.lower() for w in _WORD.findall(text, start, end)]
    if low and (low[0] == "with" or low[0].endswith("ing")):
        low = [w.lower() for w in _WORD.findall(text, near[0], end)]
    if not lex.PEAK_NOT_WORDS.isdisjoint(low) or _to_come(low, lex):
        return None  # a forecast, a cap or what a thing can do: a ceiling
    after = _WORD.match(text, c.span[1] + 1) if text[c.span[1] : c.span[1] + 1] == " " else None
    if after is not None and after.group().lower() in lex.PEAK_NOT_AFTER:
        return None  # "homes up to 500 metres from the fire": a reach, a ceiling
    plain = _plain(c.text, q)
    if plain is None:
        # A number in words ("as much as two metres"): its own words read again, which
        # a letter of a unit cannot misread as a scale ("3.5m" alone is 3.5 million).
        figure = c.text.split(None, len(hedge.split()))[-1]
        found = [
            x.quantity
            for x in extract(figure, lang=lex.lang)
            if x.kind is Kind.MEASURE and x.quantity is not None and x.unit == c.unit
        ]
        plain = found[0] if len(found) == 1 and found[0].value == q.value else None
    return None if plain is None else attrs.evolve(c, quantity=plain)


# The last number written in a figure's words, and its decimals: "up to 3.5m", "90mph".
_DIGITS = lazy_pattern(r"\d[\d,]*(?:\.(?P<decimals>\d+))?(?!.*\d)")


def _plain(words: str, q: Quantity) -> Quantity | None:
    """The figure's plain reading, as extraction reads a plain figure's digits: half a unit
    of its last digit either side, never looser than ±5%
    (:data:`claimdiff.extract.precision.UNHEDGED_TOLERANCE`), a temperature rounding
    across zero (:data:`~claimdiff.extract.precision.SIGNED_UNITS`); None for a number in
    words."""
    m = _DIGITS.search(words)
    v = q.value
    if m is None or v is None:
        return None
    step = 0.5 * 10.0 ** -len(m["decimals"] or "")
    step = min(step, UNHEDGED_TOLERANCE * abs(v)) if v else step
    low = v - step if v - step >= 0 or q.unit in SIGNED_UNITS else 0.0
    return new_quantity(low, v + step, v, q.unit, Qualifier.EXACT, None)
