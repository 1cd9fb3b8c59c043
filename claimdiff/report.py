"""Report → JSON-ready dict (a versioned schema) and → readable, diff-like text.

The schema is documented in docs/report-schema.md; bump
:data:`SCHEMA_VERSION` on any change a consumer could notice.
"""

from __future__ import annotations

from claimdiff.model import Claim, Finding, Quantity, Report, Verdict
from claimdiff.terminal import for_terminal

SCHEMA = "claimdiff.report"
SCHEMA_VERSION = 1
_MARK = {Verdict.CONFLICT: "!", Verdict.COMPATIBLE: "~", Verdict.AGREE: "="}


def _num(x: float | None) -> float | int | None:
    if x is None:
        return None
    # Round away float noise so golden files are stable across platforms.
    r = float(f"{x:.12g}")
    return int(r) if r.is_integer() and abs(r) < 2**53 else r


def quantity_to_dict(q: Quantity | None) -> dict[str, object] | None:
    """A quantity as plain JSON values."""
    if q is None:
        return None
    return {
        "value": _num(q.value),
        "low": _num(q.low),
        "high": _num(q.high),
        "unit": q.unit,
        "qualifier": q.qualifier.value,
        "plausible": None if q.plausible is None else [_num(q.plausible[0]), _num(q.plausible[1])],
    }


def claim_to_dict(c: Claim) -> dict[str, object]:
    """A claim as plain JSON values; spans are [start, end) character offsets."""
    return {
        "text": c.text,
        "span": list(c.span),
        "kind": c.kind.value,
        "quantity": quantity_to_dict(c.quantity),
        "noun": c.noun,
        "source": c.source,
        "period": c.period,
        "predicate": c.predicate,
        "per": c.per,
        "role": c.role,
        "ago": c.ago,
        "sentence": list(c.sentence),
        "linked": None if c.linked is None else list(c.linked),
        "direction": None if c.direction is None else c.direction.value,
        "change_from": _num(c.change_from),
        "change_to": _num(c.change_to),
    }


def finding_to_dict(f: Finding, r: Report | None = None, sides: str = "ab") -> dict[str, object]:
    """A finding as plain JSON values, with each claim's sentence when the report has its texts."""
    a, b = claim_to_dict(f.a), claim_to_dict(f.b)
    if r is not None:
        a["sentence_text"] = r.sentence_of(f.a, sides[0])
        b["sentence_text"] = r.sentence_of(f.b, sides[1])
    return {
        "verdict": f.verdict.value,
        "label": f.label,
        "score": f.score,
        "reason": f.reason,
        "a": a,
        "b": b,
    }


def report_to_dict(r: Report) -> dict[str, object]:
    """The whole report in schema :data:`SCHEMA` version :data:`SCHEMA_VERSION`."""
    return {
        "schema": SCHEMA,
        "version": SCHEMA_VERSION,
        "a": r.a_name,
        "b": r.b_name,
        "direction": r.direction,
        "consistent": r.consistent,
        "summary": {
            "conflicts": len(r.conflicts),
            "agreements": len(r.agreements),
            "compatible": sum(f.verdict is Verdict.COMPATIBLE for f in r.findings),
            "only_a": len(r.only_a),
            "only_b": len(r.only_b),
            "quotes": len(r.quotes),
            "unsupported": len(r.unsupported),
        },
        "findings": [finding_to_dict(f, r) for f in r.findings],
        "quotes": [finding_to_dict(f, r) for f in r.quotes],
        "internal": [finding_to_dict(f, r, _side(r, f)) for f in r.internal],
        "only_a": [claim_to_dict(c) for c in r.only_a],
        "only_b": [claim_to_dict(c) for c in r.only_b],
        "unsupported": [claim_to_dict(c) for c in r.unsupported],
        "omitted": [claim_to_dict(c) for c in r.omitted],
        "notes": list(r.notes),
    }


def _side(r: Report, f: Finding) -> str:
    """Which text an internal finding comes from: "aa" or "bb"."""
    lo, hi = f.a.span
    return "aa" if r.a_text[lo:hi] == f.a.text else "bb"


def render_text(r: Report) -> str:
    """A readable, diff-like report: conflicts first, then the rest.

    The texts' control characters are shown escaped (:func:`claimdiff.terminal.for_terminal`):
    the report is meant for a terminal, which would act on them.
    """
    lines = [f"--- {r.a_name}", f"+++ {r.b_name}"]
    n_compat = sum(f.verdict is Verdict.COMPATIBLE for f in r.findings)
    if r.direction == "source":
        lines.append(
            f"{len(r.conflicts)} conflict(s), {len(r.unsupported)} unsupported, "
            f"{len(r.agreements)} agreement(s), {n_compat} compatible; "
            f"{len(r.omitted)} source claim(s) omitted"
        )
    else:
        lines.append(
            f"{len(r.conflicts)} conflict(s), {len(r.agreements)} agreement(s), "
            f"{n_compat} compatible; "
            f"{len(r.only_a)} claim(s) only in {r.a_name}, {len(r.only_b)} only in {r.b_name}"
        )
    order = {Verdict.CONFLICT: 0, Verdict.COMPATIBLE: 1, Verdict.AGREE: 2}
    for f in sorted(r.findings, key=lambda f: (order[f.verdict], f.a.span)):
        lines += _render_finding(f, r.a_name, r.b_name)
        if f.verdict is Verdict.CONFLICT:
            lines.append(f"    {r.a_name}: “{r.sentence_of(f.a, 'a')}”")
            lines.append(f"    {r.b_name}: “{r.sentence_of(f.b, 'b')}”")
    if r.internal:
        lines.append("")
        lines.append("Within one text:")
        for f in r.internal:
            lines.append(f"{_MARK[f.verdict]} {f.verdict.value.upper()}: {f.reason}")
    if r.quotes:
        lines.append("")
        lines.append("Quotes:")
        for f in r.quotes:
            lines += _render_finding(f, r.a_name, r.b_name)
    sections = (
        (
            (f"Unsupported by {r.a_name} (no counterpart, not derivable)", r.unsupported),
            (f"Omitted from {r.b_name} (for information)", r.omitted),
        )
        if r.direction == "source"
        else ((f"Only in {r.a_name}", r.only_a), (f"Only in {r.b_name}", r.only_b))
    )
    for title, claims in sections:
        if claims:
            lines.append("")
            lines.append(f"{title}:")
            lines += [f"  {_claim_line(c)}" for c in claims]
    if r.notes:
        lines.append("")
        lines.append("Notes:")
        lines += [f"  {n}" for n in r.notes]
    return for_terminal("\n".join(lines) + "\n")


def _claim_line(c: Claim) -> str:
    extra = [c.kind_name]
    if c.noun:
        extra.append(c.noun)
    if c.source:
        extra.append(f"source: {c.source}")
    if c.period:
        extra.append(f"period: {c.period}")
    return f"{c.text}  ({', '.join(extra)})"


def _render_finding(f: Finding, a_name: str, b_name: str) -> list[str]:
    head = f"{_MARK[f.verdict]} {f.verdict.value.upper()}"
    if f.label:
        head += f" ({f.label})"
    what = f.a.noun or f.b.noun or f.a.kind_name
    return [
        "",
        f"{head}  {what}  [score {f.score:.2f}]",
        f"- {a_name}: {f.a.text}" + (f"  ({f.a.source})" if f.a.source else ""),
        f"+ {b_name}: {f.b.text}" + (f"  ({f.b.source})" if f.b.source else ""),
        f"  {f.reason}",
    ]
