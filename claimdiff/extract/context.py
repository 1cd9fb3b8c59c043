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
from typing import NamedTuple

import attrs

from claimdiff import nouns
from claimdiff.extract.direction import Tokens
from claimdiff.extract.members import AGE, COUNT, DATE, DURATION, PERCENT, YEAR
from claimdiff.lexicon import Lexicon
from claimdiff.lexicon.looks import may_hold
from claimdiff.lexicon.regex import phrases_in
from claimdiff.model import Kind, Span
from claimdiff.text import WordIndex, clause_breaks

__all__ = [
    "Period",
    "Predicates",
    "Sentence",
    "named_periods",
    "predicates",
    "read_sentence",
    "scope",
]

# Each opens with a literal or a character class and looks behind only after it (shifted
# by what it consumed): the engine then skips at C speed to the next candidate.
_YEAR = re.compile(r"(?:1[89]|20)(?<![\d.,]..)\d\d(?!\d|[.,]\d)")
_FY_DIGITS = re.compile(r"\s?['’]?(?P<y>\d{4}|\d{2})(?!\d)")
# Between a part and its year: "Q3 2023", "the third quarter of 2023", "fiscal 2023".
_PART_YEAR_GAP = re.compile(r"(?:\s+of|\s*,)?\s+|-", re.IGNORECASE)
# How far a predicate word may stand from its figure, in characters.
_PREDICATE_REACH = 80
# A predicate word is a figure's across a conjunction or a comma only when no figure on its
# own side of the break reads it: "were killed and 23 were injured" gives "killed" to the
# figure before it, though "23" stands nearer.
# It opens with a class of the marks and spaces it may start at, which the engine skips to
# (a choice of branches opening with a category class it tried at every offset).
_HANDOVER = re.compile(r"[,;\s](?:(?<=,)\s|(?<=;)|(?<=\s)(?:and|but|while|whereas)\s)", re.I)
_ACROSS = 2 * _PREDICATE_REACH
# Between a passive verb and the count of those who did it ("were rescued by 40
# volunteers", "killed by two gunmen"): what the verb says befell others.
_BY_AGENT = re.compile(r"\s+by\s+(?:the\s+|a\s+)?", re.IGNORECASE)
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
    """"Q1"-"Q4", "H1", "H2", "FY", "FQ1"-"FQ4" (a financial year's quarter), a month
    ("M10"), or a relative phrase ("last year")."""

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
    breaks = tuple(clause_breaks(text, lo, hi))
    # One non-letter in front: the phrase patterns open with the character before a
    # phrase, so each offset below is one more than in the sentence.
    padded = " " + text[lo:hi].lower()
    preds = []
    at = lo - 1
    for start, end, found in phrases_in(lex.patterns["predicate"], padded):
        phrase = " ".join(found.split())
        for cls, of_count in lex.predicate_classes.get(phrase, ()):
            preds.append((at + start, at + end, cls, of_count))
    periods = tuple(_periods(text, lo, hi, padded, lex))
    return Sentence(
        span,
        breaks,
        tuple(preds),
        periods,
        tuple([b[0] for b in breaks]),
        tuple([b[1] for b in breaks]),
        tuple([p[0] for p in preds]),
        tuple([p.start for p in periods]),
    )


def _periods(text: str, lo: int, hi: int, padded: str, lex: Lexicon) -> list[Period]:
    """The periods of ``text[lo:hi]``; ``padded`` is it lower-cased, one space in front."""
    found: list[Period] = []
    at = lo - 1
    # Most sentences name no part of a year and no period phrase: a few words looked
    # for with ``in`` spare the passes of both patterns (the same matches where one stands).
    parts = may_hold(padded, lex.period_openers)
    for start, end, phrase in phrases_in(lex.patterns["period_part"], padded) if parts else ():
        if padded[start - 1 : start] == "-":
            continue  # "a two-and-a-half-year deal": a length of time, not the half-year
        part = lex.PERIOD_PARTS[" ".join(phrase.split())]
        start, end, year = at + start, at + end, None
        if part == "FY":
            d = _FY_DIGITS.match(text, end)
            if d is not None and (len(d["y"]) == 4 or phrase == "fy"):
                y = int(d["y"])
                year, end = (y if y > 99 else 2000 + y), d.end()
        found.append(Period(start, end, year, part))
    phrases = may_hold(padded, lex.period_word_openers, case_blind=True)
    for start, end, phrase in phrases_in(lex.patterns["period_words"], padded) if phrases else ():
        found.append(Period(at + start, at + end, None, " ".join(phrase.split())))
    spanned = 0
    for m in lex.patterns["month_name"].finditer(text, lo, hi):
        month = lex.MONTHS[m.group().lower()]
        if spanned and m.start() < spanned:
            continue  # the last month of "October-December", read with the first
        span = _MONTH_SPAN.match(text, m.end(), hi)
        last = lex.MONTHS.get(span["last"].lower()) if span is not None else None
        if span is not None and last is not None:
            # "the October-December quarter", "between July and September": three months
            # are the calendar quarter they fill; any other run of months no part at all.
            spanned = span.end()
            if last - month == 2 and month % 3 == 1:
                found.append(Period(m.start(), span.end(), None, f"Q{(month - 1) // 3 + 1}"))
            continue
        ending = _ENDING.search(text, max(lo, m.start() - 24), m.start())
        if ending is not None:
            found.extend(_ending_in(text, lo, ending, m.end(), month))
            continue
        after = _QUARTER_AFTER.match(text, m.end(), hi)
        if after is not None and month % 3 == 0:
            # "the September quarter": the quarter ending in that month.
            found.append(Period(m.start(), after.end(), None, f"Q{month // 3}"))
            continue
        found.append(Period(m.start(), m.end(), None, f"M{month:02d}"))
    covered = sorted((p.start, p.end) for p in found)
    for m in _YEAR.finditer(text, lo, hi):
        k = bisect.bisect_right(covered, (m.start(), float("inf"))) - 1
        if k >= 0 and covered[k][1] > m.start():
            continue  # the year of "fiscal 2023", already read
        found.append(Period(m.start(), m.end(), int(m.group())))
    found.sort(key=lambda p: p.start)
    # "for the year" is the year named earlier in the sentence (none: nothing to look for).
    has_year = any(p.year is not None for p in found)
    for m in lex.patterns["anaphoric_period"].finditer(text, lo, hi) if has_year else ():
        earlier = [p.year for p in found if p.end <= m.start() and p.year is not None]
        if earlier:
            found.append(Period(m.start("period"), m.end(), earlier[-1]))
    found.sort(key=lambda p: p.start)
    return _join_parts(text, found)


def _ending_in(text: str, lo: int, ending: re.Match[str], end: int, month: int) -> list[Period]:
    """The period a phrase ending in ``month`` names ("the year to February", "the three
    months to September", "the quarter ended June", "the half to June"), as a list of
    none or one."""
    what = ending["what"].lower()
    start = ending.start()
    if what == "months":
        count = _MONTHS_COUNT.search(text, max(lo, start - 8), start)
        what = _MONTHS_PART[count["n"].lower()] if count is not None else "FY"
        if what != "FY" and count is not None:
            # From the number, so that the length it states is within the period, not a
            # figure between it and what it scopes.  Not "the 12 months to December": a
            # year's rate to a month, which a "December quarter" report states too.
            start = count.start()
    if what in ("quarter", "Q"):
        # The calendar quarter ending then; ending in another month, no calendar quarter.
        return [Period(start, end, None, f"Q{month // 3}")] if month % 3 == 0 else []
    if what in ("year", "FY"):
        # A financial year, named by the month it ends in.
        return [Period(start, end, None, "FY")]
    if what == "H1" and month == 12:
        return [Period(start, end, None, "H2")]  # "the six months to December"
    if what in ("half", "H1"):
        # The half-year ending then, a company's first half as "interim" results are
        # (PERIOD_PARTS).
        return [Period(start, end, None, "H1")]
    return []


def _join_parts(text: str, periods: list[Period]) -> list[Period]:
    """ "Q3 2023", "the third quarter of 2023", "2023 third quarter": one period."""
    out: list[Period] = []
    for p in periods:
        prev = out[-1] if out else None
        fiscal = None if prev is None else _fiscal_quarter(text, prev, p)
        if prev is not None and fiscal is None and len(out) > 1 and p.part == "FY":
            # "the third quarter of the 2023-24 financial year": the year between the two.
            named = _fiscal_quarter_of_year(text, out[-2], prev, p)
            if named is not None:
                out[-2:] = [named]
                continue
        if prev is not None and fiscal is not None:
            # "the third quarter of the financial year", "fiscal Q3", "Q3 FY24": a quarter
            # numbered from a financial year's start, which differs by company and country.
            year = prev.year if prev.year is not None else p.year
            out[-1] = Period(prev.start, p.end, year, fiscal)
            continue
        gap = None if prev is None else _PART_YEAR_GAP.fullmatch(text, prev.end, p.start)
        if prev is not None and gap is not None and _halves(prev, p):
            year = prev.year if prev.year is not None else p.year
            part = prev.part if prev.part is not None else p.part
            out[-1] = Period(prev.start, p.end, year, part)
            continue
        out.append(p)
    return out


def _fiscal_quarter(text: str, a: Period, b: Period) -> str | None:
    """ "FQ3" where a quarter and a financial year (in either order) name one period."""
    quarter, year = (a, b) if a.part in _QUARTERS else (b, a)
    if quarter.part not in _QUARTERS or year.part != "FY":
        return None
    if _FISCAL_GAP.fullmatch(text, a.end, b.start) is None:
        return None
    return "F" + quarter.part


def _fiscal_quarter_of_year(text: str, quarter: Period, year: Period, fy: Period) -> Period | None:
    """ "the third quarter of the 2023-24 financial year", "Q2 of its 2024 fiscal year":
    one financial year's quarter, with its (first) year."""
    if quarter.part not in _QUARTERS or year.year is None or year.part is not None:
        return None
    if _OF_THE.fullmatch(text, quarter.end, year.start) is None:
        return None
    if _YEAR_TAIL.fullmatch(text, year.end, fy.start) is None:
        return None
    return Period(quarter.start, fy.end, year.year, "F" + quarter.part)


_QUARTERS = frozenset({"Q1", "Q2", "Q3", "Q4"})
# Between a quarter and its financial year: "of the", "of its", "of", a space.
_FISCAL_GAP = re.compile(r"\s+(?:of\s+(?:(?:the|its|their)\s+)?)?|\s*", re.IGNORECASE)
_OF_THE = re.compile(r"\s+of\s+(?:the|its|their)\s+", re.IGNORECASE)
# After the year of a financial year: its second year ("2023-24", "2023/24"), a space.
_YEAR_TAIL = re.compile(r"(?:[-/–]\d{2}(?:\d{2})?)?\s+")


def _halves(a: Period, b: Period) -> bool:
    """One is a year alone and the other a part of a year alone ("Q3" and "2023")."""

    def year_only(p: Period) -> bool:
        return p.year is not None and p.part is None

    def part_only(p: Period) -> bool:
        return p.year is None and p.part in _PARTS

    return (year_only(a) and part_only(b)) or (part_only(a) and year_only(b))


_PARTS = frozenset({"Q1", "Q2", "Q3", "Q4", "H1", "H2", "FY"} | {f"M{m:02d}" for m in range(1, 13)})
# A month joined to a later one: "October-December", "July to September", "July and
# September" (after "between").
_MONTH_SPAN = re.compile(r"\s*(?:[-–]|to|and|through)\s*(?P<last>[A-Z][a-z]{2,8})(?![\w’'])")
# "the year to February", "12 months ended March", "the quarter ending June".
_ENDING = re.compile(r"(?P<what>year|months|quarter|period|half)\s+(?:to|ended|ending)\s+$", re.I)
# How many months end then: "the three months to June" (a quarter), "the six months to
# June" (a half); any other number, or none, a year as before ("12 months ended March").
_MONTHS_COUNT = re.compile(r"(?<![\w-])(?P<n>three|six|3|6)\s+$", re.I)
_MONTHS_PART = {"three": "Q", "3": "Q", "six": "H1", "6": "H1"}
# "the June quarter": the quarter ending in the month before it.
_QUARTER_AFTER = re.compile(r"\s+quarter\b", re.I)


# Between a predicate noun and the figure it names: "revenue of $7.2bn", "sales of
# 7.2bn dollars", "a workforce of some 3,600".
_OF_FIGURE = re.compile(r"\s+of\s+(?:(?:some|about|around|nearly|almost|over)\s+)?")


class Predicates(NamedTuple):
    """The predicate classes of a sentence's figures, and which came from a count's own
    noun naming who is counted."""

    classes: dict[Span, str]
    of_nouns: frozenset[Span]
    """The figures whose class is their own noun's ("42 residents": population)."""


def predicates(
    sentence: Sentence,
    figures: Sequence[tuple[Span, Kind]],
    text: str | None = None,
    yielding: frozenset[str] = frozenset(),
    counted_by: frozenset[str] = frozenset(),
) -> Predicates:
    """The predicate class of each figure of the sentence (``figures`` in text order).

    A figure whose own words hold a predicate word takes it ("a £45m budget");
    the other predicate words of a clause are matched to the figures that read
    them, nearest pairs first, one word to a figure ("Five people were killed and
    30 injured", "a workforce of 3,600").  A count's own noun that names who is
    counted, not what befell them ("14 employees", "6 residents", "45,000
    spectators"), gives its class only when no other word of the clause gives
    one: "Among those hurt were 14 employees" is a toll of injuries.  ``text``
    (the whole text) tells such a noun from one naming the event ("6 deaths").  A word of
    a ``yielding`` class gives way to another word for the same figure.  A count after a
    passive verb's "by" did what the verb says ("Fourteen walkers were winched to safety
    by two helicopters"): the verb's class is no figure's after it, unless the class is
    one of ``counted_by``, whose doers are what it counts ("attended by 40 relatives").
    """
    out: dict[Span, str] = {}
    kinds = dict(figures)
    held: list[tuple[int, int, str, bool]] = []
    own_noun: dict[Span, str] = {}
    for p_lo, p_hi, cls, of_count in sentence.predicates:
        k = bisect.bisect_right(figures, ((p_lo, float("inf")),)) - 1
        holder = figures[k][0] if k >= 0 and figures[k][0][1] >= p_hi else None
        if holder is not None:
            if not _reads(kinds[holder], of_count):
                continue
            word = text[p_lo:p_hi] if text is not None and kinds[holder] is COUNT else ""
            if word and nouns.names_who(word, cls):
                own_noun.setdefault(holder, cls)
            else:
                out.setdefault(holder, cls)
        else:
            held.append((p_lo, p_hi, cls, of_count))
    every = figures
    figures = [(f, kind) for f, kind in figures if f not in out]
    # Nearest first, each word to one figure and each figure one word: "Five people were
    # killed and 30 injured" gives "injured" to 30 (next to it), then "killed" to Five.
    offers = []
    for w, (p_lo, p_hi, cls, of_count) in enumerate(held):
        clause = sentence.clause((p_lo, p_hi))
        for f, kind in _near(figures, p_lo):
            if not _reads(kind, of_count) or not clause[0] <= f[0] < clause[1]:
                continue
            gap = max(0, p_lo - f[1], f[0] - p_hi)
            if (
                of_count
                and p_hi <= f[0]
                and cls not in counted_by
                and _agent_after(text, p_hi, every)
            ):
                continue  # "winched to safety by two helicopters": those who did it
            if text is not None and p_hi <= f[0] and _OF_FIGURE.fullmatch(text, p_hi, f[0]):
                gap = 0  # "revenue of $7.2bn": the word names the figure its "of" opens
            if gap <= _PREDICATE_REACH:
                if text is not None and _HANDOVER.search(text, min(f[1], p_hi), max(f[0], p_lo)):
                    gap += _ACROSS  # "Seven were killed and 23 injured": "killed" is Seven's
                offers.append((gap, w, f, cls))
    taken: set[int] = set()
    # A toll's word wins a figure over a yielding class's ("Two firefighters battling the
    # fire are missing": missing).
    for *_, w, f, cls in sorted((cls in yielding, gap, w, f, cls) for gap, w, f, cls in offers):
        if w not in taken and f not in out:
            out[f] = cls
            taken.add(w)
    of_nouns = frozenset(f for f in own_noun if f not in out)
    for f in of_nouns:
        out[f] = own_noun[f]
    return Predicates(out, of_nouns)


def _agent_after(text: str | None, end: int, figures: Sequence[tuple[Span, Kind]]) -> bool:
    """Whether the first figure after ``end`` is a count right after "by": the doers of
    the passive verb ending there."""
    if text is None:
        return False
    k = bisect.bisect_left(figures, ((end, -1),))
    if k >= len(figures):
        return False
    (start, _), kind = figures[k]
    return kind is COUNT and _BY_AGENT.fullmatch(text, end, start) is not None


def _near(figures: Sequence[tuple[Span, Kind]], at: int) -> Sequence[tuple[Span, Kind]]:
    """The figures that may be nearest to offset ``at``: a few either side of it."""
    k = bisect.bisect_left(figures, ((at, at),))
    return figures[max(0, k - 3) : k + 3]


def _reads(kind: Kind, of_count: bool) -> bool:
    if kind is PERCENT:
        return True
    return of_count is (kind in (COUNT, AGE, YEAR, DATE, DURATION))


def scope(text: str, sentence: Sentence, figures: Sequence[Span]) -> dict[Span, Period]:
    """The period that scopes each figure of ``figures`` (spans in the sentence, in order).

    ``figures`` are the figures a period may scope (not years or dates, which
    are periods themselves); they also bound each other: a period is never tied
    across another figure.
    """
    periods, starts = sentence.periods, sentence.period_starts
    if not periods:
        return {}  # nothing to scope with (most sentences of figures alone: tables, lists)
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
        across = i >= 0 and any(
            w.lower() in _CONJUNCTIONS for w in _TIE_GAP.findall(text, periods[i].end, f[0])
        )  # "open in 2029 and have 540 beds": the year is the opening's, not the beds'
        if i >= 0 and periods[i].start >= floor and periods[i] not in tied and not across:
            p = periods[i]
            if p.year is None and p.part in _PARTS and opener is not None and opener.year:
                p = attrs.evolve(p, year=opener.year)  # "In 2023, Q3 revenue …"
            out[f] = p
        elif opener is not None and opener.end <= f[0]:
            out[f] = opener
        else:
            # A relative period later in the clause, with no figure or conjunction
            # between, scopes it: "pledged £1m to the ICC this year" (not "spent £1m on
            # the school it opened in 2019": a year there belongs to another verb).
            j = bisect.bisect_left(starts, f[1])
            hi = min(_next_start(figures, k, sentence), sentence.clause(f)[1])
            if j < len(periods) and periods[j].end <= hi and periods[j] not in tied:
                between = _TIE_GAP.findall(text, f[1], periods[j].start)
                relative = periods[j].year is None and periods[j].part not in _PARTS
                stops = any(w.lower() in _CONJUNCTIONS or w.lower() in _BASES for w in between)
                if relative and not stops:
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
    if any(w in _CONJUNCTIONS or w in _BASES for w in words):
        return False  # "600 beds and open in 2027", "down 1,200 since 2015"
    return bool(words) and words[-1] in _TIES and len(words) <= 4


_DETERMINERS = frozenset("the this that its their".split())
_CONJUNCTIONS = frozenset("and or but while which who that when".split())
# Words before a period that make it the base of a comparison, not the figure's time:
# "down 1,200 since 2015", "1,200 fewer than in 2016", "up 42% on 2022".
_BASES = frozenset("since than from on versus vs compared".split())
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


def named_periods(text: str, sentences: Sequence[Span], lex: Lexicon) -> frozenset[str]:
    """Every part of a year the text names anywhere ("Q3", "H1", "FY"), and every year.

    >>> from claimdiff.lexicon import get_lexicon
    >>> sorted(named_periods("Q3 sales rose. FY2023 ended.", [(0, 14), (15, 28)], get_lexicon()))
    ['2023', 'FY', 'Q3']
    """
    out: set[str] = set()
    for span in sentences:
        padded = " " + text[span[0] : span[1]].lower()  # as read_sentence reads it
        for p in _periods(text, span[0], span[1], padded, lex):
            out.update(str(x) for x in (p.year, p.part) if x is not None)
            if p.part is not None and p.part.startswith("FQ"):
                out.add(p.part[1:])  # "the third quarter of the financial year" names Q3
    return frozenset(out)
