"""What a figure states and when: its predicate and its time scope, read per sentence.

Each sentence is read once (:func:`read_sentence`): its clause breaks, the
words that say what a figure is (:mod:`claimdiff.lexicon.en_predicates`) and
the periods it names ("2023", "the third quarter of 2023", "Q3", "last year").
Each figure then takes

* its **predicate**: the class of the nearest predicate word in its clause
  ("Five people were *killed* and 30 *injured*"), counts reading the words of
  counts and amounts the words of money;
* its **period** by grammar: the period tied to it ("$40m *in 2022*", "sales
  *for the third quarter*"), else the period before it in its clause with no
  other figure between ("*Third-quarter* sales fell 5%"), else one that opens the
  sentence ("*In 2023*, profit …").  A period never scopes a figure of another
  clause, so "The pier, which opened in 1974, needs repairs costing £6m" gives the
  £6m no year.

docs/compare.md states these rules.  Every search is bounded by the sentence,
so the cost is linear in the text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from claimdiff.extract.direction import Tokens
from claimdiff.lexicon import Lexicon
from claimdiff.model import Kind, Span
from claimdiff.text import WordIndex

__all__ = ["Period", "Sentence", "predicates", "read_sentence", "scope"]

_CLAUSE_BREAK = re.compile(r"[;:()]|,\s|\s[–—-]\s")
_YEAR = re.compile(r"(?<![\d.,])(?:18|19|20)\d\d(?!\d|[.,]\d)")
_FY_DIGITS = re.compile(r"\s?['’]?(?P<y>\d{4}|\d{2})(?!\d)")
# Between a part and its year: "Q3 2023", "the third quarter of 2023", "fiscal 2023".
_PART_YEAR_GAP = re.compile(r"(?:\s+of|\s*,)?\s+|-", re.IGNORECASE)
# How far a predicate word may stand from its figure, in characters.
_PREDICATE_REACH = 80
# How far a tied period may stand after its figure: "$40m in 2022", "£3bn in sales in 2023".
_TIE_REACH = 40
_TIE_GAP = re.compile(r"[^\W\d_]+|\d", re.IGNORECASE)


@attrs.frozen
class Period:
    """A period a sentence names, with where it stands."""

    start: int
    end: int
    year: int | None = None
    part: str | None = None
    """"Q1"-"Q4", "H1", "H2", "FY", or a relative phrase ("last year")."""

    def __str__(self) -> str:
        return " ".join(str(x) for x in (self.year, self.part) if x is not None)


@attrs.frozen
class Sentence:
    """What is read once per sentence; every look-up in it is a binary search."""

    span: Span
    breaks: tuple[Span, ...]
    """Clause breaks (; : ( ) dashes and ", "), in order."""
    predicates: tuple[tuple[int, int, str, bool], ...]
    """(start, end, class, of a count) of every predicate word, in order."""
    periods: tuple[Period, ...]
    break_starts: tuple[int, ...] = attrs.field(repr=False)
    break_ends: tuple[int, ...] = attrs.field(repr=False)
    predicate_starts: tuple[int, ...] = attrs.field(repr=False)
    period_starts: tuple[int, ...] = attrs.field(repr=False)
    tokens: Tokens | None = attrs.field(default=None, repr=False)
    """The sentence's tokens, for the direction of each figure, where read (issue 12)."""
    words: WordIndex | None = attrs.field(default=None, repr=False)
    """The sentence's words, for the context words of each clause, where read (issue 12)."""

    def clause_within(self, span: Span, window: Span) -> Span:
        """The clause holding ``span``, as read in ``window`` only (a part of the sentence).

        The clause breaks wholly inside the window count, as if the window were
        searched on its own; the window's ends stand in for breaks outside it.
        """
        k = bisect.bisect_right(self.break_ends, span[0])
        lo = self.breaks[k - 1][1] if k and self.breaks[k - 1][0] >= window[0] else window[0]
        j = bisect.bisect_left(self.break_starts, span[1])
        hi = window[1]
        if j < len(self.breaks) and self.breaks[j][1] <= window[1]:
            hi = self.breaks[j][0]
        return lo, hi

    def clause(self, span: Span) -> Span:
        """The clause of the sentence that holds ``span``."""
        k = bisect.bisect_right(self.break_ends, span[0])
        lo = self.breaks[k - 1][1] if k else self.span[0]
        j = bisect.bisect_left(self.break_starts, span[1])
        hi = self.breaks[j][0] if j < len(self.breaks) else self.span[1]
        return lo, hi


def read_sentence(text: str, span: Span, lex: Lexicon) -> Sentence:
    """Read the sentence at ``span`` once: clause breaks, predicate words and periods."""
    lo, hi = span
    breaks = tuple(m.span() for m in _CLAUSE_BREAK.finditer(text, lo, hi))
    lower = text[lo:hi].lower()
    preds = []
    for m in lex.patterns["predicate"].finditer(lower):
        phrase = " ".join(m.group().split())
        for cls, of_count in lex.predicate_classes.get(phrase, ()):
            preds.append((lo + m.start(), lo + m.end(), cls, of_count))
    periods = tuple(_periods(text, lo, hi, lower, lex))
    return Sentence(
        span,
        breaks,
        tuple(preds),
        periods,
        tuple(b[0] for b in breaks),
        tuple(b[1] for b in breaks),
        tuple(p[0] for p in preds),
        tuple(p.start for p in periods),
    )


def _periods(text: str, lo: int, hi: int, lower: str, lex: Lexicon) -> list[Period]:
    found: list[Period] = []
    for m in lex.patterns["period_part"].finditer(lower):
        part = lex.PERIOD_PARTS[" ".join(m.group().split())]
        start, end, year = lo + m.start(), lo + m.end(), None
        if part == "FY":
            d = _FY_DIGITS.match(text, end)
            if d is not None and (len(d["y"]) == 4 or m.group() == "fy"):
                y = int(d["y"])
                year, end = (y if y > 99 else 2000 + y), d.end()
        found.append(Period(start, end, year, part))
    for m in lex.patterns["period"].finditer(lower):
        found.append(Period(lo + m.start(), lo + m.end(), None, " ".join(m.group().split())))
    for m in _YEAR.finditer(text, lo, hi):
        if any(p.start <= m.start() < p.end for p in found):
            continue
        found.append(Period(m.start(), m.end(), int(m.group())))
    found.sort(key=lambda p: p.start)
    # "for the year" is the year named earlier in the sentence.
    for m in lex.patterns["anaphoric_period"].finditer(text, lo, hi):
        earlier = [p.year for p in found if p.end <= m.start() and p.year is not None]
        if earlier:
            found.append(Period(m.start("period"), m.end(), earlier[-1]))
    found.sort(key=lambda p: p.start)
    return _join_parts(text, found)


def _join_parts(text: str, periods: list[Period]) -> list[Period]:
    """ "Q3 2023", "the third quarter of 2023", "2023 third quarter": one period."""
    out: list[Period] = []
    for p in periods:
        prev = out[-1] if out else None
        gap = None if prev is None else _PART_YEAR_GAP.fullmatch(text, prev.end, p.start)
        if prev is not None and gap is not None and _halves(prev, p):
            year = prev.year if prev.year is not None else p.year
            part = prev.part if prev.part is not None else p.part
            out[-1] = Period(prev.start, p.end, year, part)
            continue
        out.append(p)
    return out


def _halves(a: Period, b: Period) -> bool:
    """One is a year alone and the other a part of a year alone ("Q3" and "2023")."""
    def year_only(p: Period) -> bool:
        return p.year is not None and p.part is None

    def part_only(p: Period) -> bool:
        return p.year is None and p.part in _PARTS

    return (year_only(a) and part_only(b)) or (part_only(a) and year_only(b))


_PARTS = frozenset({"Q1", "Q2", "Q3", "Q4", "H1", "H2", "FY"})


def predicates(sentence: Sentence, figures: Sequence[tuple[Span, Kind]]) -> dict[Span, str]:
    """The predicate class of each figure of the sentence (``figures`` in text order).

    A figure whose own words hold a predicate word takes it ("30 injured");
    every other predicate word in a clause goes to the nearest figure that
    reads it and has none of its own ("Five people were killed", "a workforce
    of 3,600"), and each figure takes the nearest word it was given.
    """
    out: dict[Span, str] = {}
    owners: dict[Span, tuple[int, str]] = {}
    for p_lo, p_hi, cls, of_count in sentence.predicates:
        inside = [f for f, kind in figures if f[0] <= p_lo and p_hi <= f[1]]
        if inside:
            f = inside[0]
            kind = dict(figures)[f]
            if _reads(kind, of_count):
                out.setdefault(f, cls)
            continue
        clause = sentence.clause((p_lo, p_hi))
        best: tuple[int, Span] | None = None
        for f, kind in _near(figures, p_lo):
            if not _reads(kind, of_count) or not clause[0] <= f[0] < clause[1]:
                continue
            gap = max(0, p_lo - f[1], f[0] - p_hi)
            if gap <= _PREDICATE_REACH and (best is None or gap < best[0]):
                best = (gap, f)
        if best is not None and (best[1] not in owners or best[0] < owners[best[1]][0]):
            owners[best[1]] = (best[0], cls)
    for f, (_, cls) in owners.items():
        out.setdefault(f, cls)
    return out


def _near(figures: Sequence[tuple[Span, Kind]], at: int) -> Sequence[tuple[Span, Kind]]:
    """The figures that may be nearest to offset ``at``: a few either side of it."""
    k = bisect.bisect_left(figures, ((at, at),))
    return figures[max(0, k - 3) : k + 3]


def _reads(kind: Kind, of_count: bool) -> bool:
    if kind is Kind.PERCENT:
        return True
    return of_count is (kind in (Kind.COUNT, Kind.AGE, Kind.YEAR, Kind.DATE, Kind.DURATION))


def scope(text: str, sentence: Sentence, figures: Sequence[Span]) -> dict[Span, Period]:
    """The period that scopes each figure of ``figures`` (spans in the sentence, in order).

    ``figures`` are the figures a period may scope (not years or dates, which
    are periods themselves); they also bound each other: a period is never tied
    across another figure.
    """
    periods, starts = sentence.periods, sentence.period_starts
    out: dict[Span, Period] = {}
    tied: set[Period] = set()
    for k, f in enumerate(figures):
        nxt = figures[k + 1][0] if k + 1 < len(figures) else sentence.span[1]
        i = bisect.bisect_left(starts, f[1])
        if i < len(periods):
            p = periods[i]
            if p.start <= min(nxt, f[1] + _TIE_REACH) and _tied(text, f[1], p, sentence):
                out[f] = p
                tied.add(p)
    opener = _opener(text, sentence)
    for k, f in enumerate(figures):
        if f in out:
            continue
        prev = figures[k - 1][1] if k else sentence.span[0]
        floor = max(prev, sentence.clause(f)[0])
        i = bisect.bisect_right(starts, f[0]) - 1
        while i >= 0 and periods[i].end > f[0]:
            i -= 1  # a period overlapping the figure ("2020 census") is not its scope
        if i >= 0 and periods[i].start >= floor and periods[i] not in tied:
            p = periods[i]
            if p.year is None and p.part in _PARTS and opener is not None and opener.year:
                p = attrs.evolve(p, year=opener.year)  # "In 2023, Q3 revenue …"
            out[f] = p
        elif opener is not None and opener.end <= f[0]:
            out[f] = opener
        else:
            # A period later in the clause, with no figure or conjunction between,
            # scopes it: "pledged £1m to the ICC this year", not "… and open in 2027".
            j = bisect.bisect_left(starts, f[1])
            hi = min(_next_start(figures, k, sentence), sentence.clause(f)[1])
            if j < len(periods) and periods[j].end <= hi and periods[j] not in tied:
                between = _TIE_GAP.findall(text, f[1], periods[j].start)
                if not any(w.lower() in _CONJUNCTIONS for w in between):
                    out[f] = periods[j]
    return out


def _next_start(figures: Sequence[Span], k: int, sentence: Sentence) -> int:
    """Where the figure after the ``k``-th starts, or the sentence's end."""
    return figures[k + 1][0] if k + 1 < len(figures) else sentence.span[1]


def _tied(text: str, end: int, p: Period, sentence: Sentence) -> bool:
    """The period ``p`` follows the figure ending at ``end`` after a tie word ("in", "for").

    A few words may stand between ("£3bn in sales in 2023"), never a clause break.
    """
    if any(end <= b_lo < p.start for b_lo, _ in sentence.breaks):
        return False
    words = [w.lower() for w in _TIE_GAP.findall(text, end, p.start)]
    if words and words[-1] in _DETERMINERS:
        words.pop()
    if any(w in _CONJUNCTIONS for w in words):
        return False  # "600 beds and open in 2027": the year is another clause's
    return bool(words) and words[-1] in _TIES and len(words) <= 4


_DETERMINERS = frozenset("the this that its their".split())
_CONJUNCTIONS = frozenset("and or but while which who that when".split())
_TIES = frozenset("in for during over of at by".split())


def _opener(text: str, sentence: Sentence) -> Period | None:
    """A period opening the sentence before a comma: "In 2023, …", "Last year, …"."""
    if not sentence.periods or not sentence.breaks:
        return None
    p, (b_lo, _) = sentence.periods[0], sentence.breaks[0]
    lead = [w.lower() for w in _TIE_GAP.findall(text, sentence.span[0], p.start)]
    if lead and lead[-1] in _DETERMINERS:
        lead.pop()  # "For the third quarter, …"
    plain = not lead or (len(lead) == 1 and lead[0] in _TIES)  # not "Completed in 1932, …"
    if p.end <= b_lo and plain and not _TIE_GAP.findall(text, p.end, b_lo):
        return p
    return None
