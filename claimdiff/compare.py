"""Orchestration: extract both texts → align → judge → :class:`~claimdiff.model.Report`."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

import attrs
import numpy as np

from claimdiff.align import Candidate, assign, block_of, score_block
from claimdiff.extract import extract
from claimdiff.inputs import DEFAULT_MAX_CHARS, DEFAULT_MAX_PAIRS, as_text, check_pairs
from claimdiff.lexicon import get_lexicon
from claimdiff.model import Claim, Document, Finding, Kind, Report, Verdict
from claimdiff.quote_align import align_quotes
from claimdiff.text import content_words, sentences
from claimdiff.verdict import Judgement, Rate, judge

__all__ = ["compare"]

RateTable = dict[tuple[str, str], Rate]
_YEAR = re.compile(r"(?<!\d)((?:18|19|20)\d\d)(?!\d)")
_RELATIVE_YEARS = {"this year": 0, "last year": -1, "next year": 1}
# An aligned pair of amounts in currencies with no stated rate is a weaker match.
_NO_RATE_PENALTY = 0.15


def compare(
    a: str | Document,
    b: str | Document,
    *,
    lang: str = "en",
    rates: Mapping[tuple[str, str], float] | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    max_pairs: int | None = DEFAULT_MAX_PAIRS,
    direction: str = "peer",
) -> Report:
    """Line up the claims of two texts about one event and say where they disagree.

    ``a`` and ``b`` are texts (str, or UTF-8 bytes) or :class:`Document`.
    ``rates`` maps ``(from, to)`` ISO currency codes to how many ``to`` one
    ``from`` is worth — ``{("USD", "GBP"): 0.8214}`` — for money the texts
    give in different currencies without stating a rate themselves.
    ``max_pairs`` bounds the candidate pairs of any one block (see
    docs/limits.md): past it, :class:`TooManyPairsError` is raised instead of
    running out of memory.  ``direction="source"`` reads ``b`` as made from
    ``a`` and returns :func:`claimdiff.check`'s report (see docs/check.md).

    >>> r = compare("Kyiv says 16,000 children were taken.", "Kyiv says 1,600 children were taken.")
    >>> [f.verdict.value for f in r.conflicts]
    ['conflict']
    """
    if direction == "source":
        from claimdiff.check import check

        return check(a, b, lang=lang, rates=rates, max_chars=max_chars, max_pairs=max_pairs)
    if direction != "peer":
        msg = f'direction must be "peer" or "source", not {direction!r}'
        raise ValueError(msg)
    da, db = _document(a, "A", max_chars), _document(b, "B", max_chars)
    return run(da, db, lang=lang, rates=rates, max_chars=max_chars, max_pairs=max_pairs).report


@attrs.frozen
class Run:
    """A peer comparison with what it was made from: both texts' claims and the rates."""

    report: Report
    claims_a: list[Claim]
    claims_b: list[Claim]
    rates: RateTable


def run(
    da: Document,
    db: Document,
    *,
    lang: str,
    rates: Mapping[tuple[str, str], float] | None,
    max_chars: int | None,
    max_pairs: int | None,
) -> Run:
    """:func:`compare` of two checked documents, keeping its claims for :mod:`claimdiff.check`."""
    lex = get_lexicon(lang)
    claims_a = extract(da.text, lang=lang, max_chars=max_chars)
    claims_b = extract(db.text, lang=lang, max_chars=max_chars)
    table = _rate_table(claims_a, da.name, claims_b, db.name, rates)
    notes: list[str] = []
    internal = _internal(claims_a, da.name, table, notes) + _internal(
        claims_b, db.name, table, notes
    )
    num_a, num_b = _numeric(claims_a), _numeric(claims_b)
    cand_a = _candidates(da, num_a, lex.STOPWORDS)
    cand_b = _candidates(db, num_b, lex.STOPWORDS)
    findings: list[Finding] = []
    matched_a: set[int] = set()
    matched_b: set[int] = set()
    blocks_a: dict[str, list[int]] = defaultdict(list)
    blocks_b: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(cand_a):
        blocks_a[c.block].append(i)
    for j, c in enumerate(cand_b):
        blocks_b[c.block].append(j)
    for block, ia in blocks_a.items():
        jb = blocks_b.get(block)
        if not jb:
            continue
        check_pairs(len(ia), len(jb), what=_block_name(block), max_pairs=max_pairs)
        xa, xb = [cand_a[i] for i in ia], [cand_b[j] for j in jb]
        penalty = _currency_penalty(xa, xb, table) if block == "money" else None
        for i, j, score in assign(score_block(xa, xb, penalty)):
            ca, cb = xa[i].claim, xb[j].claim
            result = judge(ca, cb, table)
            if isinstance(result, str):
                notes.append(
                    f"not compared: {da.name}'s “{ca.text}” and {db.name}'s “{cb.text}”: {result}"
                )
                continue
            findings.append(_finding(ca, cb, result, score, da.name, db.name))
            matched_a.add(ia[i])
            matched_b.add(jb[j])
    findings.sort(key=lambda f: f.a.span)
    quotes_a = [c for c in claims_a if c.kind is Kind.QUOTE]
    quotes_b = [c for c in claims_b if c.kind is Kind.QUOTE]
    check_pairs(len(quotes_a), len(quotes_b), what="quotes", max_pairs=max_pairs)
    quotes = align_quotes(quotes_a, quotes_b)
    report = Report(
        findings=tuple(findings),
        only_a=tuple(c.claim for k, c in enumerate(cand_a) if k not in matched_a),
        only_b=tuple(c.claim for k, c in enumerate(cand_b) if k not in matched_b),
        quotes=tuple(quotes),
        internal=tuple(internal),
        notes=tuple(notes),
        a_name=da.name or "A",
        b_name=db.name or "B",
        a_text=da.text,
        b_text=db.text,
    )
    return Run(report, claims_a, claims_b, table)


def _block_name(block: str) -> str:
    """A block as a reader would name it: "count claims of 'children'", "money claims"."""
    kind, _, what = block.partition(" ")
    if kind == "count":
        return "count claims of unnamed things" if what == "?" else f"count claims of '{what}'"
    return f"{kind} claims"


def _document(x: object, default_name: str, max_chars: int | None) -> Document:
    if isinstance(x, Document):
        text = as_text(x.text, name=f"{default_name}.text", max_chars=max_chars)
        return Document(text, x.name or default_name, x.published)
    return Document(as_text(x, name=default_name, max_chars=max_chars), default_name)


def _numeric(claims: Sequence[Claim]) -> list[Claim]:
    """The claims alignment pairs.

    No quotes or dates; only the first of two linked amounts; and no year that
    only scopes another figure of its sentence ("the budget for 2023 was …").
    """
    scopes = {(c.sentence, c.period) for c in claims if c.period}
    out = []
    for c in claims:
        if block_of(c) is None:
            continue
        if c.kind is Kind.YEAR and (c.sentence, c.text) in scopes:
            continue
        if c.linked is not None and c.linked < c.span:
            continue  # "$1.22 million" in "£1m ($1.22m)" is checked inside its text
        out.append(c)
    return out


def _candidates(
    doc: Document, claims: Sequence[Claim], stopwords: frozenset[str]
) -> list[Candidate]:
    sents = sentences(doc.text)
    index = {s: k for k, s in enumerate(sents)}
    words = {}
    published = _year_of(doc.published)
    out = []
    for c in claims:
        k = index.get(c.sentence)
        if k not in words and k is not None:
            lo, hi = sents[max(0, k - 1)][0], sents[min(len(sents) - 1, k + 1)][1]
            words[k] = " ".join(sorted(set(content_words(doc.text[lo:hi], stopwords))))
        near = words.get(k, " ".join(c.context)) if k is not None else " ".join(c.context)
        block = block_of(c)
        assert block is not None
        position = c.span[0] / max(1, len(doc.text))
        out.append(Candidate(c, block, near, _resolve_period(c.period, published), position))
    return out


def _year_of(published: str | None) -> int | None:
    if not published:
        return None
    m = _YEAR.search(published)
    return int(m.group(1)) if m else None


def _resolve_period(period: str | None, published: int | None) -> str | None:
    """A period as a year where it can be known ("2023", or "this year" of a dated text)."""
    if period is None:
        return None
    if _YEAR.fullmatch(period):
        return period
    if published is not None and period in _RELATIVE_YEARS:
        return str(published + _RELATIVE_YEARS[period])
    return None


def _rate_table(
    claims_a: Sequence[Claim],
    name_a: str | None,
    claims_b: Sequence[Claim],
    name_b: str | None,
    given: Mapping[tuple[str, str], float] | None,
) -> RateTable:
    """Exchange rates: stated in A, then in B, then given by the caller."""
    table: RateTable = {}
    for claims, name in ((claims_a, name_a), (claims_b, name_b)):
        for c in claims:
            if c.kind is not Kind.RATE or c.quantity is None or c.quantity.unit is None:
                continue
            dst, _, src = c.quantity.unit.partition(" per ")
            q = c.quantity
            if q.value is None or q.low is None or q.high is None or q.low <= 0:
                continue
            rate = Rate(src, dst, q.value, q.low, q.high, f"{c.text} (stated in {name})")
            table.setdefault((src, dst), rate)
            table.setdefault((dst, src), rate.inverse())
    for (src, dst), value in _checked_rates(given).items():
        rate = Rate(src, dst, value, value, value, f"1 {src} = {value:g} {dst} (given)")
        table.setdefault((src, dst), rate)
        table.setdefault((dst, src), rate.inverse())
    return table


def _checked_rates(given: Mapping[tuple[str, str], float] | None) -> dict[tuple[str, str], float]:
    if given is None:
        return {}
    if not isinstance(given, Mapping):
        msg = f"rates must be a mapping of (from, to) currency codes to a rate, not {type(given).__name__}"
        raise TypeError(msg)
    out = {}
    for key, value in given.items():
        ok_key = isinstance(key, tuple) and len(key) == 2 and all(isinstance(k, str) for k in key)
        if not ok_key:
            msg = f"rates keys must be (from, to) pairs of ISO currency codes like ('USD', 'GBP'), not {key!r}"
            raise TypeError(msg)
        if (
            isinstance(value, bool)
            or not isinstance(value, (int, float))
            or not math.isfinite(value)
            or value <= 0
        ):
            msg = f"rate for {key[0]}→{key[1]} must be a positive finite number, not {value!r}"
            raise ValueError(msg)
        out[(key[0].upper(), key[1].upper())] = float(value)
    return out


def _currency_penalty(
    a: Sequence[Candidate], b: Sequence[Candidate], table: RateTable
) -> np.ndarray:
    units_a = np.array([x.claim.unit or "" for x in a], dtype=object)
    units_b = np.array([y.claim.unit or "" for y in b], dtype=object)
    joined = {
        (ua, ub) for ua in set(units_a) for ub in set(units_b) if ua == ub or (ua, ub) in table
    }
    ok = np.array([[(ua, ub) in joined for ub in units_b] for ua in units_a], dtype=bool)
    return np.where(ok, 0.0, _NO_RATE_PENALTY)


def _internal(
    claims: Sequence[Claim], name: str | None, table: RateTable, notes: list[str]
) -> list[Finding]:
    """Within one text: an amount given in two currencies, checked against a rate."""
    by_span = {c.span: c for c in claims}
    out = []
    for c in claims:
        if c.linked is None or c.linked < c.span:
            continue
        other = by_span.get(c.linked)
        if other is None:
            continue
        result = judge(c, other, table)
        if isinstance(result, str):
            notes.append(f"not checked: {name}'s “{c.text}” and “{other.text}”: {result}")
            continue
        f = _finding(c, other, result, 1.0, name, name)
        out.append(f)
    return out


def describe(claim: Claim) -> str:
    """A claim as a reader sees it: its words, and its source in brackets."""
    return f"{claim.text} ({claim.source})" if claim.source else claim.text


def _finding(
    a: Claim, b: Claim, j: Judgement, score: float, name_a: str | None, name_b: str | None
) -> Finding:
    reason = f"{name_a}: {describe(a)} — {name_b}: {describe(b)}: {j.explanation}"
    if j.conversion:
        reason += f" ({name_b}'s figure {j.conversion})"

    label = None
    if (
        j.verdict is Verdict.CONFLICT
        and a.source
        and b.source
        and a.source.lower() != b.source.lower()
    ):
        label = "sources differ"
        reason += f"; sources differ: {a.source} vs {b.source}"
    return Finding(a, b, j.verdict, round(score, 4), reason, label)
