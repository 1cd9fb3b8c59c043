"""Checking a text made from a source: a summary, a rewrite, a report.

The two texts are not peers, so nothing is paired one to one.  Each figure
of the output looks for support in the whole source (docs/check.md):

1. **Wrong way.** A source figure for the same thing, with the same value,
   that moved the other way ("rose to $X" → "fell to $X") makes a conflict.
2. **Support.** A source figure that states it — the same figure, rounded,
   converted or fairly hedged — or a figure derived from two source figures
   of one kind (:mod:`claimdiff.derive`) supports it.  Many output figures
   may lean on one source figure.
3. **Conflict.** Otherwise, a source figure about the same thing (the same
   predicate or what is counted, the same period, strong evidence) that
   says something else makes a conflict.
4. **Unsupported.** Otherwise nothing in the source speaks to it.

Source figures the output leaves out are *omitted*, for information only.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

import attrs
import numpy as np

from claimdiff.align import Candidate, Rules, score_block
from claimdiff.change_pairs import changes_paired
from claimdiff.derive import DerivationIndex, build_index, derive
from claimdiff.extract.context import named_periods
from claimdiff.extract.year_parts import part_of
from claimdiff.findings import describe, finding
from claimdiff.fragments import partial_score
from claimdiff.inputs import DEFAULT_MAX_CHARS, DEFAULT_MAX_PAIRS, check_pairs
from claimdiff.invented import invented_names
from claimdiff.lexicon import Lexicon, get_lexicon
from claimdiff.model import Claim, Document, Finding, Kind, Qualifier, Report, Span, Verdict
from claimdiff.pattern_code import compile_pattern
from claimdiff.prepare import Side, document, prepare
from claimdiff.quote_align import align_quotes
from claimdiff.rates import RateTable, currency_penalty, internal, rate_table, with_reference
from claimdiff.text import sentences
from claimdiff.verdict import Judgement, direction_clash, judge
from claimdiff.year_spans import as_span, lengths_of_spans, tied

__all__ = ["check"]

DERIVED, RESTATED = "derived", "restated"
UNSUPPORTED, UNCHECKED = "unsupported", "unchecked"
# How many source figures, best evidence first, an output figure is judged
# against: a constant, so the cost stays linear in the output.
_NEAREST = 16
# Evidence (see claimdiff.align) from which a source figure that names the same
# thing speaks to an output figure strongly enough to contradict it.
STRONG = 0.3
# An output quotation is supported when its words stand in the source this
# closely (rapidfuzz partial ratio, 0-100), quoted there or not.
_QUOTE_FOUND = 90
RESTATED_BOUND = 0.25
"""How far past a bound the source's figure may lie for the bound to restate it:
"more than 100 staff" for 120 is a fair summary, for 400 it hides the figure."""
_LOWER = frozenset({Qualifier.MORE_THAN, Qualifier.AT_LEAST})
_UPPER = frozenset({Qualifier.LESS_THAN, Qualifier.AT_MOST})
_WORDS = compile_pattern(r"[^\W_]+")


def check(
    source: str | Document,
    output: str | Document,
    *,
    lang: str = "en",
    rates: Mapping[tuple[str, str], float] | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    max_pairs: int | None = DEFAULT_MAX_PAIRS,
    reference_rates: bool = True,
) -> Report:
    """Check ``output``, made from ``source``, for figures that contradict it or come from nowhere.

    The report's findings hold each output figure with the source figure that
    supports it (agreements; labelled "derived" or "restated" where the output
    computed or reworded it) or contradicts it (conflicts); ``unsupported``
    holds output claims nothing in the source speaks to, and ``omitted`` the
    source claims the output leaves out.  Arguments are as for
    :func:`claimdiff.compare`.

    >>> r = check("Revenue rose from $10m to $12m.", "Revenue was up 20%.")
    >>> [f.label for f in r.findings], r.unsupported
    (['derived'], ())
    """
    lex = get_lexicon(lang)
    ds, do = document(source, "source", max_chars), document(output, "output", max_chars)
    src, out = prepare(ds, lex, max_chars), prepare(do, lex, max_chars)
    table = rate_table(src.claims, ds.name, out.claims, do.name, rates)
    notes: list[str] = []
    within = internal(src.claims, ds.name, table, notes)
    within += internal(out.claims, do.name, table, notes)
    if reference_rates:
        table = with_reference(table, src, out)
    judge_ = _Judge(
        Rules.of(lex),
        build_index(src.claims, tuple(lex.RELATED), frozenset(lex.GAP_WORDS)),
        table,
        (ds.name or "source", do.name or "output"),
        frozenset(lex.HEDGES),
    )
    by_block: dict[str, list[Candidate]] = defaultdict(list)
    # An amount the source gives in two currencies supports the output in either:
    # "$23.5 million (£18.6m)" supports "£18.6m".
    for s in [*src.candidates, *src.seconds]:
        by_block[s.block].append(s)
    # A span of years supports the length it may be: "between 2019 and 2022" supports
    # "over three years" (claimdiff.year_spans).
    spans: dict[int, tuple[Candidate, Claim, int]] = {}
    for length, span, between in lengths_of_spans(src.candidates):
        by_block[length.block].append(length)
        spans[id(length.claim)] = (length, span, between)
    outs: dict[str, list[Candidate]] = defaultdict(list)
    for o in out.candidates:
        outs[o.block].append(o)
    years = _years(src.claims)
    findings: list[Finding] = []
    unsupported: list[Claim] = []
    used: set[Span] = set()
    named = named_periods(ds.text, sentences(ds.text, lex), lex)
    for block, group in outs.items():
        sources = by_block.get(block, [])
        check_pairs(len(sources), len(group), what=f"{block} claims", max_pairs=max_pairs)
        scores = judge_.scores(group, sources)
        for i, o in enumerate(group):
            if _unnamed_part(o.claim, named):
                unsupported.append(o.claim)  # "in the first quarter" of a source on Q3
                continue
            result = judge_.one(o, sources, scores[i], notes)
            if isinstance(result, tuple) and id(result[0].a) in spans:
                length, span, between = spans[id(result[0].a)]
                if not tied([length], [o])[0, 0]:
                    # Only words of their own tie a span to a length: "The mayor served
                    # from 2010 to 2014" states no tunnel's "four years" to dig.
                    result = UNSUPPORTED
                else:
                    result = (as_span(result[0], span, between, judge_.names), result[1])
            if isinstance(result, tuple):
                findings.append(result[0])
                used.update(result[1])
            elif result == UNSUPPORTED and not _states_nothing(o.claim, years):
                unsupported.append(o.claim)
    quotes, quoted_src, loose = _quotes(src, out, lex)
    unsupported += loose
    # A year that conflicts with the source's is reported once, as the conflict.
    judged_spans = {f.b.span for f in findings}
    unsupported += [
        c for c in _unknown_years(out.claims, years, unsupported) if c.span not in judged_spans
    ]
    unsupported += invented_names(ds.text, do.text, out.claims, lex, named)
    omitted = [s.claim for s in src.candidates if s.claim.span not in used]
    omitted += [c for c in src.claims if c.kind is Kind.QUOTE and c.span not in quoted_src]
    # "Exports grew" in an output whose source says exports fell: a change said in words,
    # or a figure's, that the source's contradicts (docs/check.md, "Changes said in words").
    findings += [
        f
        for f in changes_paired(
            (ds.text, do.text),
            (src.changes, out.changes),
            (src.claims, out.claims),
            {f.a.span: f.b.span for f in findings},
            (ds.name, do.name),
            lex,
            judge_.rules.nested_periods,
            max_pairs,
        )
        if f.verdict is Verdict.CONFLICT
    ]
    findings.sort(key=lambda f: f.b.span)
    return Report(
        findings=tuple(findings),
        only_a=tuple(s.claim for s in src.candidates if s.claim.span not in used),
        only_b=tuple(sorted((c for c in unsupported if c.kind is not Kind.QUOTE), key=_span)),
        quotes=tuple(quotes),
        internal=tuple(within),
        notes=tuple(notes),
        a_name=ds.name or "source",
        b_name=do.name or "output",
        unsupported=tuple(sorted(unsupported, key=_span)),
        omitted=tuple(sorted(omitted, key=_span)),
        direction="source",
        a_text=ds.text,
        b_text=do.text,
    )


def _span(c: Claim) -> Span:
    return c.span


@attrs.frozen
class _Judge:
    """What one check reads every output figure against."""

    rules: Rules
    index: DerivationIndex
    table: RateTable
    names: tuple[str, str]
    hedges: frozenset[str] = frozenset()
    """The lexicon's hedges, lower case ("about", "an estimated")."""

    def hedged(self, c: Claim) -> bool:
        """Whether the claim's words open with a hedge ("an estimated 10 to 15 minutes")."""
        words = c.text.lower().split()
        return any(" ".join(words[:k]) in self.hedges for k in range(1, min(4, len(words))))

    def scores(self, outs: Sequence[Candidate], sources: Sequence[Candidate]) -> np.ndarray:
        """Evidence of every (output, source) pair of one block; -1 where forbidden."""
        if not sources:
            return np.zeros((len(outs), 0))
        penalty = None
        if outs and outs[0].block.startswith("money"):
            penalty = currency_penalty(outs, sources, self.table)
        return score_block(outs, sources, self.rules, penalty)

    def one(
        self, o: Candidate, sources: Sequence[Candidate], row: np.ndarray, notes: list[str]
    ) -> tuple[Finding, set[Span]] | str:
        """The finding (and the source spans it uses) that supports or contradicts output
        figure ``o``; else :data:`UNSUPPORTED`, or :data:`UNCHECKED` when only a missing
        exchange rate kept it from being compared (a note says so)."""
        ranked = [int(k) for k in np.argsort(-row, kind="stable")[:_NEAREST] if row[k] >= 0]
        judged: list[tuple[Candidate, Judgement, float]] = []
        no_rate: str | None = None
        for k in ranked:
            s = sources[k]
            if is_change(o.claim) != is_change(s.claim):
                continue  # "fell by $150m" is a change: a level neither states nor denies it
            verdict = judge(s.claim, o.claim, self.table)
            if isinstance(verdict, str):
                no_rate = no_rate or verdict
                continue
            judged.append((s, verdict, float(row[k])))
        wrong = self._wrong_way(o, judged)
        if wrong is not None:
            return wrong
        for s, j, score in judged:
            if _supports(s.claim, o.claim, j, hedged=self.hedged(s.claim)):
                label = None if j.verdict is Verdict.AGREE and not j.conversion else RESTATED
                agreed = attrs.evolve(j, verdict=Verdict.AGREE)
                f = finding(s.claim, o.claim, agreed, score, *self.names)
                return attrs.evolve(f, label=label), {s.claim.span}
        derived = self._derived(o.claim)
        if derived is not None:
            return derived
        for s, j, score in judged:
            if score >= STRONG and _same_thing(s, o, self.rules):
                if j.verdict is Verdict.CONFLICT or _ranges(s.claim, o.claim):
                    conflict = attrs.evolve(j, verdict=Verdict.CONFLICT)
                    return finding(s.claim, o.claim, conflict, score, *self.names), {s.claim.span}
                flipped = _flipped_bound(s.claim, o.claim)
                if flipped is not None:
                    f = finding(s.claim, o.claim, j, score, *self.names)
                    reason = f"{f.reason}; but {flipped}"
                    return attrs.evolve(f, verdict=Verdict.CONFLICT, reason=reason), {s.claim.span}
        if no_rate is not None and not judged:
            notes.append(f"not compared: {self.names[1]}'s “{o.claim.text}”: {no_rate}")
            return UNCHECKED
        return UNSUPPORTED

    def _wrong_way(
        self, o: Candidate, judged: Sequence[tuple[Candidate, Judgement, float]]
    ) -> tuple[Finding, set[Span]] | None:
        """A source figure for the same thing and value that moved the other way."""
        if o.claim.direction is None:
            return None
        for s, j, score in judged:
            clash = direction_clash(s.claim, o.claim)
            if clash is None or not _same_thing(s, o, self.rules):
                continue
            if s.claim.quantity is None or o.claim.quantity is None:
                continue
            value = judge(attrs.evolve(s.claim, direction=None), o.claim, self.table)
            if isinstance(value, str) or value.verdict is Verdict.CONFLICT:
                continue
            return finding(s.claim, o.claim, j, score, *self.names), {s.claim.span}
        return None

    def _derived(self, c: Claim) -> tuple[Finding, set[Span]] | None:
        d = derive(c, self.index)
        if d is None:
            return None
        first = d.sources[0]
        name_s, name_o = self.names
        if not d.direction_ok:
            assert c.direction is not None
            reason = (
                f"{name_o}: {describe(c)} says the figure went {c.direction.value}, but the "
                f"figures of {name_s} give {d.explanation}"
            )
            return Finding(first, c, Verdict.CONFLICT, 1.0, reason, DERIVED), set()
        reason = f"{name_o}: {describe(c)} — derived from {name_s}: {d.explanation}"
        return Finding(first, c, Verdict.AGREE, 1.0, reason, DERIVED), {x.span for x in d.sources}


def _supports(s: Claim, o: Claim, j: Judgement, *, hedged: bool = False) -> bool:
    """Whether source figure ``s`` states output figure ``o`` (judged ``j``).

    The same figure (agree), or a fair hedge of it: the output's reading holds
    the source's figure ("about $4.6bn" for $4.58bn), never the other way, and
    ``hedged`` says the source figure's words open with a hedge ("an estimated 10 to 15").
    A bound stands within :data:`RESTATED_BOUND` of it ("more than 100" for
    120, not for 400: a bound that far off says too little to be checked), and
    no bound turned over.
    """
    if direction_clash(s, o) is not None or _flipped_bound(s, o) is not None:
        return False
    if j.verdict is Verdict.AGREE:
        return True
    if j.verdict is not Verdict.COMPATIBLE:
        return False
    if _ranges(s, o):
        # A range restates a range with the same ends (agree, above), or one inside a
        # hedged range: "10-15 minutes" for "an estimated 10 to 15 minutes".
        s_lo, s_hi = s.quantity.interval if s.quantity else (None, None)
        o_lo, o_hi = j.b_as_compared.interval
        if not hedged or None in (s_lo, s_hi, o_lo, o_hi):
            return False
        return s_lo <= o_lo and o_hi <= s_hi  # type: ignore[operator]
    qs, qo = s.quantity, j.b_as_compared
    if qs is None:
        return False
    lo, hi = qo.interval
    if qo.value is not None and qo.qualifier in _LOWER:
        hi = qo.value * (1 + RESTATED_BOUND)
    elif qo.value is not None and qo.qualifier in _UPPER:
        lo = qo.value * (1 - RESTATED_BOUND)
    inner_lo, inner_hi = qs.interval
    if inner_lo is None or inner_hi is None:
        return False
    return (lo is None or lo <= inner_lo) and (hi is None or inner_hi <= hi)


def is_change(c: Claim) -> bool:
    """Whether a figure is the size of a change ("fell by $150m", "up 28%", "cut 300 jobs")
    rather than a level ("to $3.36bn", "revenue of $4bn")."""
    return c.role == "by"


def _ranges(s: Claim, o: Claim) -> bool:
    """Both claims are ranges ("$90 million to $100 million")."""
    return all(c.quantity is not None and c.quantity.qualifier is Qualifier.RANGE for c in (s, o))


def _same_thing(s: Candidate, o: Candidate, rules: Rules) -> bool:
    """Whether a source and an output figure name the same thing: kin predicates or close
    nouns; for years, dates and ages, which name no thing, strong evidence is enough."""
    return o.claim.kind in _TIMES or rules.same_thing(s, o)


_TIMES = frozenset({Kind.YEAR, Kind.DATE, Kind.AGE})


def _flipped_bound(a: Claim, b: Claim) -> str | None:
    """Why output bound ``b`` does not follow from source bound ``a``, or None.

    Peers may say "at least 120" and "at most 120" of one figure (they touch),
    but an output made from "at least 120" cannot say "at most 120": a bound
    open upwards never implies one open downwards, whatever the values.

    >>> from claimdiff import extract
    >>> a, b = extract("at least 120 people")[0], extract("at most 120 people")[0]
    >>> _flipped_bound(a, b)
    'the source gives a lower bound and the output an upper bound'
    """
    qa, qb = a.quantity, b.quantity
    if qa is None or qb is None:
        return None
    if qa.qualifier in _LOWER and qb.qualifier in _UPPER:
        return "the source gives a lower bound and the output an upper bound"
    if qa.qualifier in _UPPER and qb.qualifier in _LOWER:
        return "the source gives an upper bound and the output a lower bound"
    return None


def _years(claims: Sequence[Claim]) -> frozenset[int]:
    """Every year the source names: as a year, a date's year, or a figure's period."""
    out: set[int] = set()
    for c in claims:
        q = c.quantity
        if c.kind is Kind.YEAR and q is not None and q.low is not None and q.high is not None:
            out.update(range(int(q.low), int(q.high) + 1))  # "between 2029 and 2031"
        for y in re.findall(r"\b(?:18|19|20)\d\d\b", c.period or ""):
            out.add(int(y))
        if c.kind is Kind.DATE and c.quantity is not None and (c.quantity.low or 0) >= 10_000:
            out.add(int((c.quantity.low or 0) // 10_000))
    return frozenset(out)


def _states_nothing(c: Claim, years: frozenset[int]) -> bool:
    """Output claims never reported unsupported: vague amounts ("several options") state
    no figure, and a year the source names is no invention."""
    q = c.quantity
    if q is None or q.qualifier is Qualifier.VAGUE:
        return True
    return c.kind is Kind.YEAR and q.value is not None and int(q.value) in years


def _unnamed_part(c: Claim, named: frozenset[str]) -> bool:
    """The claim is scoped to a part of a year ("Q1", "H2") the source never names, or is
    such a part named alone ("in Q1")."""
    parts = [w for w in (c.period or "").split() if w[:1] in "QH" and w[1:].isdigit()]
    part = part_of(c)
    return any(p not in named for p in parts) or (part is not None and part not in named)


def _unknown_years(
    claims: Sequence[Claim], years: frozenset[int], already: Sequence[Claim]
) -> list[Claim]:
    """Years of the output the source never names, including those that only scope a
    figure ("sales of $5bn in 2024" from a source about 2023)."""
    seen = {c.span for c in already}
    out = []
    for c in claims:
        q = c.quantity
        if c.kind is not Kind.YEAR or q is None or c.span in seen or q.value is None:
            continue
        if q.qualifier is Qualifier.EXACT and int(q.value) not in years:
            out.append(c)
    return out


def _quotes(src: Side, out: Side, lex: Lexicon) -> tuple[list[Finding], set[Span], list[Claim]]:
    """Quote findings, the source quotes they use, and the output quotes the source lacks.

    An output quotation whose words stand in the source, quoted there or not,
    is no invention: summaries quote phrases their source never marked.
    """
    qs = [c for c in src.claims if c.kind is Kind.QUOTE]
    qo = [c for c in out.claims if c.kind is Kind.QUOTE]
    found = align_quotes(qs, qo, lex.speech)
    matched = {f.b.span for f in found}
    plain = " ".join(_WORDS.findall(src.doc.text.lower()))
    loose = []
    for c in qo:
        if c.span in matched:
            continue
        words = " ".join(_WORDS.findall(c.text.lower()))
        if not words or partial_score(words, plain) < _QUOTE_FOUND:
            loose.append(c)
    return found, {f.a.span for f in found}, loose
