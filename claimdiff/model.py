"""The data model: frozen attrs classes shared by every stage of the pipeline.

Nothing here parses or compares; it only says what a claim, a quantity, a
finding and a report are.  Every class is frozen so that claims can be used as
dictionary keys and shared between threads without copying.
"""

from __future__ import annotations

import enum
import math

import attrs

from claimdiff.fields_repr import fields_repr

Span = tuple[int, int]


class Kind(str, enum.Enum):
    """What sort of fact a claim states."""

    COUNT = "count"
    MONEY = "money"
    MEASURE = "measure"
    PERCENT = "percent"
    RATE = "rate"
    YEAR = "year"
    DATE = "date"
    AGE = "age"
    DURATION = "duration"
    SCORE = "score"
    """A score or tally ("27-24", "312 votes to 297"): its two numbers, smaller first."""
    QUOTE = "quote"
    CHANGE = "change"
    """A change said without a figure ("Exports fell", "rates were left unchanged"): no
    quantity, its direction and what moved (docs/claims.md, "Changes said in words")."""
    NAME = "name"
    """A number that names something ("Tier 2", "Covid-19", "the 49ers"): no figure, but
    :func:`claimdiff.check` reports one its source never writes."""

    def __str__(self) -> str:
        return self.value


WEEKDAY = "weekday"
"""The unit of a day of the week's quantity: 1 (Monday) to 7 (Sunday)."""
CLOCK = "clock"
"""The unit of a time of day's quantity: minutes after midnight, 0 to 1440."""
ORDINAL = "ordinal"
"""The unit of a count read from an ordinal ("the fourth outbreak", "finished third"): a
place in a series or a finishing place, compared only with other ordinals."""
RANK = "rank"
"""The unit of a count read from an ordinal before a superlative ("the second-warmest
June"): a rank, compared only with other ranks."""
ORDINAL_UNITS = frozenset({ORDINAL, RANK})
"""The units of counts read from ordinals (:attr:`Claim.ordinal`)."""


class Qualifier(str, enum.Enum):
    """How the text hedges a figure."""

    EXACT = "exact"
    APPROXIMATE = "approximate"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    AT_MOST = "at_most"
    LESS_THAN = "less_than"
    RANGE = "range"
    VAGUE = "vague"

    def __str__(self) -> str:
        return self.value


class Direction(str, enum.Enum):
    """Which way a figure says something moved ("rose 5%", "cut 300 jobs")."""

    UP = "up"
    DOWN = "down"
    FLAT = "flat"
    """Neither: "held steady", "was unchanged"; only a change said without a figure."""

    def __str__(self) -> str:
        return self.value


class Verdict(str, enum.Enum):
    """What two aligned claims say of each other."""

    AGREE = "agree"
    COMPATIBLE = "compatible"
    CONFLICT = "conflict"

    def __str__(self) -> str:
        return self.value


def _fmt_bound(x: float | None, *, low: bool) -> str:
    if x is None:
        return "-∞" if low else "∞"
    if abs(x) >= 1000 or x == int(x):
        return f"{round(x):,}"
    return f"{x:.6g}"


@attrs.frozen
class Quantity:
    """A figure normalised to an interval.

    ``low``/``high`` bound what the text asserts (``None`` is unbounded on
    that side); ``value`` is the nominal figure as written, or ``None`` for a
    pure range.  For vague amounts ("hundreds") ``low``/``high`` are the core
    meaning and ``plausible`` the widest reading a fair writer could intend;
    verdicts use ``plausible`` where it is set (see docs/claims.md).
    """

    __repr__ = fields_repr  # attrs compiles none (claimdiff.fields_repr)

    low: float | None
    high: float | None
    value: float | None = None
    unit: str | None = None
    qualifier: Qualifier = Qualifier.EXACT
    plausible: tuple[float | None, float | None] | None = None

    @property
    def interval(self) -> tuple[float | None, float | None]:
        """The interval verdicts are judged on: ``plausible`` if set, else (low, high)."""
        return self.plausible if self.plausible is not None else (self.low, self.high)

    def describe_interval(self) -> str:
        """The judged interval in mathematical notation, e.g. ``[16,000, ∞)``."""
        lo, hi = self.interval
        left = "(" if lo is None else "["
        right = ")" if hi is None else "]"
        return f"{left}{_fmt_bound(lo, low=True)}, {_fmt_bound(hi, low=False)}{right}"

    def scaled(self, factor: float, unit: str | None) -> Quantity:
        """The same quantity multiplied by ``factor`` and expressed in ``unit``."""

        def mul(x: float | None) -> float | None:
            return None if x is None else x * factor

        plausible = None
        if self.plausible is not None:
            plausible = (mul(self.plausible[0]), mul(self.plausible[1]))
        lo, hi = mul(self.low), mul(self.high)
        if factor < 0:  # pragma: no cover - no conversion used here is negative
            lo, hi = hi, lo
        return attrs.evolve(
            self, low=lo, high=hi, value=mul(self.value), unit=unit, plausible=plausible
        )

    def scaled_between(self, low: float, high: float, value: float, unit: str | None) -> Quantity:
        """The quantity converted by a factor known to lie between ``low`` and ``high``
        (a range of exchange rates, a year of 52 to 52.29 weeks), its figure by ``value``:
        its interval widened to hold every reading, in ``unit``."""
        lo, hi = self.scaled(low, unit), self.scaled(high, unit)
        return Quantity(
            lo.low,
            hi.high,
            None if self.value is None else self.value * value,
            unit,
            self.qualifier,
            None if self.plausible is None else (lo.interval[0], hi.interval[1]),
        )

    def __attrs_post_init__(self) -> None:
        low, high, value = self.low, self.high, self.value
        # One test for what every figure passes; the loop below names the culprit.
        if (
            (low is None or math.isfinite(low))
            and (high is None or math.isfinite(high))
            and (value is None or math.isfinite(value))
        ):
            return
        for name in ("low", "high", "value"):
            x = getattr(self, name)
            if x is not None and not math.isfinite(x):
                msg = f"Quantity.{name} must be finite or None, got {x!r}"
                raise ValueError(msg)


CHANGE_ENDS = frozenset({"from", "to"})
"""The roles of a change's two ends (:attr:`Claim.role`): levels, where "by" is a size."""


@attrs.frozen
class Claim:
    """One factual claim found in a text.

    ``text`` is always exactly ``source_text[span[0]:span[1]]`` of the string
    given to :func:`claimdiff.extract`, so every finding can be shown in
    context.  ``source`` is who the text attributes the claim to (not the
    text itself).
    """

    __repr__ = fields_repr  # attrs compiles none (claimdiff.fields_repr)

    text: str
    span: Span
    kind: Kind
    quantity: Quantity | None
    noun: str | None = None
    context: tuple[str, ...] = attrs.field(default=(), repr=False)
    source: str | None = None
    period: str | None = None
    sentence: Span = (0, 0)
    linked: Span | None = None
    """Span of another claim stating the same amount in another unit ("£1m ($1.22m)")."""
    direction: Direction | None = None
    """For changes: which way the figure moved."""
    change_from: float | None = None
    """For a change stated "from X to Y": X (set on both figures of the pair)."""
    change_to: float | None = None
    """For a change stated "from X to Y": Y (set on both figures of the pair)."""
    predicate: str | None = None
    """What the figure states, as a class of the lexicon ("deaths", "revenue"), or None."""
    predicate_of_noun: bool = False
    """Whether the predicate was read from the count's own noun naming who is counted
    ("42 residents": population), no other word of its clause giving one: it then says
    who, not what befell them."""
    per: str | None = None
    """For an amount per something ("$50 a month", "$0.13 per share"): what it is per."""
    role: str | None = None
    """The figure's part in a change: "from", "to" or "by" ("fell by $150m to $3.36bn")."""
    ago: bool = False
    """For a duration: a time before now ("35 years ago"), a point in time rather than a
    length, compared only with others like it."""

    @property
    def unit(self) -> str | None:
        """The quantity's unit, or None."""
        return None if self.quantity is None else self.quantity.unit

    @property
    def kind_name(self) -> str:
        """The kind in a reader's words: "day of the week" for a weekday, else the kind."""
        if self.clock:
            return "time of day"
        return "day of the week" if self.weekday else self.kind.value

    @property
    def weekday(self) -> bool:
        """Whether the claim is a day of the week ("on Tuesday"): a date in :data:`WEEKDAY`,
        said of an event and compared only with another day of the week."""
        return self.kind is Kind.DATE and self.unit == WEEKDAY

    @property
    def ordinal(self) -> bool:
        """Whether the claim is a count read from an ordinal ("the fourth outbreak",
        "finished third", "the second-warmest June": a count in :data:`ORDINAL` or
        :data:`RANK`), compared only with other ordinals."""
        return self.kind is Kind.COUNT and self.unit in ORDINAL_UNITS

    @property
    def clock(self) -> bool:
        """Whether the claim is a time of day ("2.20pm", "14:20", "noon"): a date in
        :data:`CLOCK`, compared only with another time of day."""
        return self.kind is Kind.DATE and self.unit == CLOCK


@attrs.frozen
class Document:
    """A text to compare, with an optional name (for reports) and publication date."""

    __repr__ = fields_repr  # attrs compiles none (claimdiff.fields_repr)

    text: str
    name: str | None = None
    published: str | None = None


@attrs.frozen
class Finding:
    """Two aligned claims and what they say of each other.

    ``a`` comes from the first text and ``b`` from the second, except in
    :attr:`Report.internal`, where both come from one text (an amount given in
    two currencies, checked against a rate).  ``label`` refines the verdict
    where one word is not enough ("reworded", "sources differ", ...).
    """

    __repr__ = fields_repr  # attrs compiles none (claimdiff.fields_repr)

    a: Claim
    b: Claim
    verdict: Verdict
    score: float
    reason: str
    label: str | None = None


def _conflicts(findings: tuple[Finding, ...]) -> list[Finding]:
    return [f for f in findings if f.verdict is Verdict.CONFLICT]


@attrs.frozen
class Report:
    """The result of :func:`claimdiff.compare`.

    ``findings`` holds every aligned pair of numeric claims in the order of
    the first text; ``quotes`` the aligned quotations; ``internal`` the checks
    made inside one text; ``only_a``/``only_b`` the claims with no
    counterpart; ``notes`` what was deliberately not compared, and why.
    """

    __repr__ = fields_repr  # attrs compiles none (claimdiff.fields_repr)

    findings: tuple[Finding, ...] = ()
    only_a: tuple[Claim, ...] = ()
    only_b: tuple[Claim, ...] = ()
    quotes: tuple[Finding, ...] = ()
    internal: tuple[Finding, ...] = ()
    notes: tuple[str, ...] = ()
    a_name: str = "A"
    b_name: str = "B"
    unsupported: tuple[Claim, ...] = ()
    """With ``direction="source"``: claims of the output with no support in the source."""
    omitted: tuple[Claim, ...] = ()
    """With ``direction="source"``: source claims the output leaves out (informational)."""
    direction: str = "peer"
    a_text: str = attrs.field(default="", repr=False)
    """The first text as compared, so findings can be shown in context."""
    b_text: str = attrs.field(default="", repr=False)
    """The second text as compared."""

    def sentence_of(self, claim: Claim, side: str) -> str:
        """The sentence holding ``claim`` in text ``side`` ("a" or "b"), or "" if unknown."""
        text = self.a_text if side == "a" else self.b_text
        lo, hi = claim.sentence
        return text[lo:hi] if hi <= len(text) else ""

    @property
    def conflicts(self) -> list[Finding]:
        """Every conflicting finding: numeric, quoted and within one text."""
        return _conflicts(self.findings) + _conflicts(self.quotes) + _conflicts(self.internal)

    @property
    def agreements(self) -> list[Finding]:
        """The numeric findings whose verdict is agree."""
        return [f for f in self.findings if f.verdict is Verdict.AGREE]

    @property
    def consistent(self) -> bool:
        """True when nothing conflicts."""
        return not self.conflicts

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dict in the versioned schema documented in docs/report-schema.md."""
        from claimdiff.report import report_to_dict

        return report_to_dict(self)

    def to_json(self, *, indent: int | None = 2) -> str:
        """:meth:`to_dict` as JSON text."""
        import json

        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def to_html(self) -> str:
        """A self-contained HTML page, the texts side by side (docs/html-report.md)."""
        from claimdiff.html_page import report_to_html

        return report_to_html(self)

    def __str__(self) -> str:
        from claimdiff.report import render_text

        return render_text(self)
