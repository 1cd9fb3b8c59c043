"""Checking a derived text against its source: a summary, a rewrite, a report.

The two texts are not peers.  :func:`check` runs the peer comparison
(:func:`claimdiff.compare.run`), then reads every output figure that does not
agree with a source figure: one the output computed from two source figures
(:mod:`claimdiff.derive`) or restated (rounded, converted, hedged fairly) is
supported, and its finding says how; one with no support is *unsupported*.
Source claims the output leaves out are *omitted*, for information only.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Mapping, Sequence

import attrs

from claimdiff.align import block_of, lemma
from claimdiff.compare import RateTable, _document, describe, run
from claimdiff.derive import DerivationIndex, build_index, derive, value_of
from claimdiff.inputs import DEFAULT_MAX_CHARS, DEFAULT_MAX_PAIRS
from claimdiff.model import Claim, Document, Finding, Kind, Qualifier, Report, Span, Verdict
from claimdiff.verdict import direction_clash, judge

__all__ = ["check"]

# How many source figures of one block, nearest in value, a lone output figure
# is judged against as a restatement: a constant, so the cost stays linear.
_NEAREST = 8
DERIVED, RESTATED = "derived", "restated"
_LOWER = frozenset({Qualifier.MORE_THAN, Qualifier.AT_LEAST})
_UPPER = frozenset({Qualifier.LESS_THAN, Qualifier.AT_MOST})


def check(
    source: str | Document,
    output: str | Document,
    *,
    lang: str = "en",
    rates: Mapping[tuple[str, str], float] | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    max_pairs: int | None = DEFAULT_MAX_PAIRS,
) -> Report:
    """Check ``output``, made from ``source``, for figures that contradict it or come from nowhere.

    The report has compare's findings (derived figures as agreements labelled
    "derived", with the derivation as reason), plus ``unsupported``: output
    claims with no counterpart in the source, and ``omitted``: source claims
    the output leaves out.  Arguments are as for :func:`claimdiff.compare`.

    >>> r = check("Revenue rose from $10m to $12m.", "Revenue was up 20%.")
    >>> [f.label for f in r.findings], r.unsupported
    (['derived'], ())
    """
    ds, do = _document(source, "source", max_chars), _document(output, "output", max_chars)
    result = run(ds, do, lang=lang, rates=rates, max_chars=max_chars, max_pairs=max_pairs)
    r, table = result.report, result.rates
    names = (r.a_name, r.b_name)
    index = build_index(result.claims_a)
    nearest = _by_block(result.claims_a)
    counts = _Counts.of(result.claims_a, result.claims_b)
    used: set[Span] = set()
    findings: list[Finding] = []
    for f in r.findings:
        if f.verdict is Verdict.CONFLICT and direction_clash(f.a, f.b) is None:
            better = _support(f.b, index, {}, table, names)
            if better is not None and better[0].verdict is not Verdict.CONFLICT:
                findings.append(better[0])
                used.update(better[1])
                continue
        flipped = _flipped_bound(f.a, f.b) if f.verdict is not Verdict.CONFLICT else None
        if flipped is not None:
            f = attrs.evolve(f, verdict=Verdict.CONFLICT, reason=f"{f.reason}; but {flipped}")
        findings.append(f)
        used.add(f.a.span)
    unsupported: list[Claim] = []
    for c in r.only_b:
        found = _support(c, index, nearest, table, names) or counts.support(c, table, names)
        if found is None:
            unsupported.append(c)
        else:
            findings.append(found[0])
            used.update(found[1])
    quoted_b = {f.b.span for f in r.quotes}
    quoted_a = {f.a.span for f in r.quotes}
    unsupported += [c for c in result.claims_b if c.kind is Kind.QUOTE and c.span not in quoted_b]
    omitted = [c for c in r.only_a if c.span not in used]
    omitted += [c for c in result.claims_a if c.kind is Kind.QUOTE and c.span not in quoted_a]
    findings.sort(key=lambda f: f.b.span)
    return attrs.evolve(
        r,
        findings=tuple(findings),
        only_a=tuple(c for c in r.only_a if c.span not in used),
        only_b=tuple(c for c in r.only_b if c in unsupported),
        unsupported=tuple(sorted(unsupported, key=lambda c: c.span)),
        omitted=tuple(sorted(omitted, key=lambda c: c.span)),
        direction="source",
    )


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


@attrs.frozen
class _Counts:
    """Source counts by value, for an output count whose noun was misread.

    Nouns are read from a few words around a figure and are sometimes not the
    thing counted ("headcount was flat at 7,800": "flat").  An output count
    equal to a source count of another noun is a restatement when neither
    noun is counted in the other text: "14 staff" for "1,200 staff in 14
    countries" stays unsupported, as "staff" is counted in the source.
    """

    values: list[float]
    claims: list[Claim]
    nouns_a: frozenset[str]
    nouns_b: frozenset[str]

    @classmethod
    def of(cls, source: Sequence[Claim], output: Sequence[Claim]) -> _Counts:
        """Index the source's counts and the nouns each text counts."""
        cs = sorted(
            (c for c in source if c.kind is Kind.COUNT and c.quantity and c.quantity.value),
            key=value_of,
        )
        return cls(
            [c.quantity.value for c in cs],  # type: ignore[union-attr,misc]
            cs,
            _counted(source),
            _counted(output),
        )

    def support(
        self, c: Claim, table: RateTable, names: tuple[str, str]
    ) -> tuple[Finding, set[Span]] | None:
        """A source count of another noun stating ``c``'s figure, or None."""
        if c.kind is not Kind.COUNT or c.quantity is None or c.quantity.value is None:
            return None
        if (lemma(c.noun) or "") in self.nouns_a:
            return None
        k = bisect.bisect_left(self.values, c.quantity.value)
        for s in self.claims[max(0, k - _NEAREST // 2) : k + _NEAREST // 2]:
            if (lemma(s.noun) or "") in self.nouns_b:
                continue
            j = judge(s, c, table)
            if isinstance(j, str) or j.verdict is not Verdict.AGREE:
                continue
            reason = (
                f"{names[0]}: {describe(s)} — {names[1]}: {describe(c)}: restated "
                f"(the same figure; its noun read differently): {j.explanation}"
            )
            return Finding(s, c, Verdict.AGREE, 1.0, reason, RESTATED), {s.span}
        return None


def _counted(claims: Sequence[Claim]) -> frozenset[str]:
    """The nouns a text counts (lemmas), never the empty noun."""
    return frozenset(n for c in claims if c.kind is Kind.COUNT and (n := lemma(c.noun)))


def _by_block(claims: Sequence[Claim]) -> dict[str, tuple[list[float], list[Claim]]]:
    """Source figures by block, sorted by value, for a bounded nearest-value search."""
    groups: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        block = block_of(c)
        if block is not None and c.quantity is not None and c.quantity.value is not None:
            groups[block].append(c)
    out = {}
    for block, cs in groups.items():
        cs.sort(key=value_of)
        out[block] = ([value_of(c) for c in cs], cs)
    return out


def _nearest(c: Claim, groups: dict[str, tuple[list[float], list[Claim]]]) -> list[Claim]:
    block = block_of(c)
    if block is None or block not in groups or c.quantity is None or c.quantity.value is None:
        return []
    values, claims = groups[block]
    k = bisect.bisect_left(values, c.quantity.value)
    near = claims[max(0, k - _NEAREST // 2) : k + _NEAREST // 2]
    if block == "money":  # other currencies: their values are not comparable by size
        near += [x for x in claims if x.unit != c.unit][:_NEAREST]
    return near


def _support(
    c: Claim,
    index: DerivationIndex,
    groups: dict[str, tuple[list[float], list[Claim]]],
    table: RateTable,
    names: tuple[str, str],
) -> tuple[Finding, set[Span]] | None:
    """A finding supporting output claim ``c``: a derivation, a restatement, or a wrong-way change."""
    d = derive(c, index)
    if d is not None:
        first = d.sources[0]
        if not d.direction_ok:
            assert c.direction is not None
            reason = (
                f"{names[1]}: {describe(c)} says the figure went {c.direction.value}, but the "
                f"figures of {names[0]} give {d.explanation}"
            )
            return Finding(first, c, Verdict.CONFLICT, 1.0, reason, DERIVED), set()
        reason = f"{names[1]}: {describe(c)} — derived from {names[0]}: {d.explanation}"
        finding = Finding(first, c, Verdict.AGREE, 1.0, reason, DERIVED)
        return finding, {x.span for x in d.sources}
    for s in _nearest(c, groups):
        j = judge(s, c, table)
        if isinstance(j, str) or j.verdict is Verdict.CONFLICT:
            continue
        how = j.conversion or "rounded or hedged"
        reason = f"{names[0]}: {describe(s)} — {names[1]}: {describe(c)}: restated ({how}): {j.explanation}"
        return Finding(s, c, Verdict.AGREE, 1.0, reason, RESTATED), {s.span}
    return None
