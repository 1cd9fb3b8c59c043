"""A figure a report names a cap or a limit in words is that cap: at most the figure.

"Grants capped at $7,500", "a maximum penalty of £2,500", "the speed limit … to 140km/h",
"a top speed of 320km/h", "the most expensive seats cost €395": each states the most a
thing may be, as "up to" does, so two such figures that differ conflict ("fines of up to
£5,000" against "a maximum penalty of £2,500"), a lower figure of the other report is
compatible with one ("grants of $5,000") and a higher one conflicts.  Extraction reads the
figure as written; compare() reads it so at its preparation (``prepare(…, caps=True)``),
where check() does not: a summary that drops the cap's words restates the figure.  A
temperature is never a cap ("the maximum temperature was 41C" is a reading), nor a figure
a hedge qualifies already ("about £5,000").  The rule and how it was measured:
docs/compare.md, "Caps said in words".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from claimdiff.construct import new_quantity
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon, hedge_words
from claimdiff.model import Claim, Kind, Qualifier
from claimdiff.tenses import clause_of

__all__ = ["read_as_cap", "read_caps"]

# A word ("A2", a name with its digits, is one), or a number: a figure's, which no cap
# word reaches past.  A word joined by a hyphen to a word after it is read one letter
# short ("maximum-security" gives "maximu" and "security"), so it is never a cap's word.
_TOKEN = lazy_pattern(r"[^\W\d_][^\W_]*(?![-‐‑][^\W\d_])|\d[\d.,]*")
# A word as written, hyphened words whole ("Flood-hit" is no "hit").
_WORD = lazy_pattern(r"[^\W\d_]+(?:[-‐‑][^\W\d_]+)*")
# "capped 30 times for England": appearances, no cap.
_TIMES_AFTER = lazy_pattern(r"\s+times\b", re.IGNORECASE)
# How many words before a figure a cap's word may stand: "a maximum penalty for the
# offence of £2,500".
CAP_REACH = 6
# How far back, in characters, those words are read: some ten long words.
_READ_BACK = 100
_KINDS = frozenset({Kind.MONEY, Kind.COUNT, Kind.PERCENT, Kind.DURATION, Kind.MEASURE})
_READINGS = frozenset({"degree_Celsius", "degree_Fahrenheit", "kelvin", "degree"})


def read_caps(text: str, claims: Sequence[Claim], lex: Lexicon) -> list[Claim]:
    """``claims`` of ``text`` with each figure named a cap in words read as at most it."""
    if not lex.CAP_WORDS:
        return list(claims)
    return [_cap(text, c, lex) or c for c in claims]


def read_as_cap(c: Claim) -> bool:
    """Whether ``c`` was read as a cap by :func:`read_caps`: at most its figure, though
    its own words hold no hedge or negation that says so (extraction reads a bound only
    from such words: "up to £5,000", "not cost more than £5m", "≤ 40")."""
    q = c.quantity
    if q is None or q.qualifier is not Qualifier.AT_MOST:
        return False
    low = f" {' '.join(c.text.lower().split())} "
    return not any(f" {h} " in low or (h in low and not h.isalpha()) for h in hedge_words())


def _cap(text: str, c: Claim, lex: Lexicon) -> Claim | None:
    q = c.quantity
    if c.kind not in _KINDS or q is None or q.qualifier is not Qualifier.EXACT:
        return None
    if q.value is None or q.unit in _READINGS:
        return None
    # The clause before the figure, read no further back than a cap's words reach: most
    # figures are no cap, and a sentence of thousands of figures is read once in all.
    near = (max(c.sentence[0], c.span[0] - _READ_BACK), min(c.sentence[1], c.span[1] + _READ_BACK))
    start, end = clause_of(text, c.span, near)
    tokens = _TOKEN.findall(text, start, c.span[0])
    before = ["#" if t[0].isdigit() else t.lower() for t in tokens][-CAP_REACH - 1 :]
    if not _named_cap(before, lex):
        return None
    clause = {t.lower() for t in _WORD.findall(text, start, end)}
    times = c.text.lower().endswith(" times") or _TIMES_AFTER.match(text, c.span[1])
    if not lex.CAP_NOT_WORDS.isdisjoint(clause) or times:
        return None  # "the maximum gust recorded was 90mph", "capped 30 times": no cap
    v = q.value
    cap = new_quantity(0.0 if v >= 0 else None, v, v, q.unit, Qualifier.AT_MOST, None)
    return attrs.evolve(c, quantity=cap)


def _named_cap(before: list[str], lex: Lexicon) -> bool:
    """Whether the words before a figure ("#" for a number) name it a cap: a cap's word
    with no figure after it ("capped at", "a maximum penalty of"), nor one of the two
    words before it, whose cap it names ("a 70mph limit at 90mph", "a £5,000 cap on",
    "the 2024 fee cap of £9,250"); a word joined by a hyphen never stands here whole
    (``_TOKEN``: "maximum-security")."""
    for k, word in enumerate(before):
        pair = (word, before[k + 1]) if k + 1 < len(before) else None
        if word not in lex.CAP_WORDS and pair not in lex.CAP_PAIRS:
            continue
        if "#" not in before[max(0, k - 2) :]:
            return True
    return False
