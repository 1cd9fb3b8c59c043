"""Reconciliation → JSON-ready dict (a versioned schema) and → the fact table as text.

The schema is documented in docs/reconcile.md; bump :data:`SCHEMA_VERSION`
on any change a consumer could notice.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimdiff.model import Claim, Verdict
from claimdiff.report import claim_to_dict, finding_to_dict, quantity_to_dict
from claimdiff.terminal import for_terminal

if TYPE_CHECKING:  # pragma: no cover
    from claimdiff.reconcile import Fact, Reconciliation

__all__ = ["SCHEMA", "SCHEMA_VERSION", "reconciliation_to_dict", "render_text"]

SCHEMA = "claimdiff.reconciliation"
SCHEMA_VERSION = 1
_MARK = {Verdict.CONFLICT: "!", Verdict.COMPATIBLE: "~", Verdict.AGREE: "="}
OUTLIER = "*"
"""How the text table marks an outlier's figure."""
# A cell of the text table shows at most this many characters of a claim.
_CELL = 28


def fact_to_dict(f: Fact, r: Reconciliation) -> dict[str, object]:
    """A fact as plain JSON values; each claim with its sentence and its stance."""
    claims: dict[str, object] = {}
    for name, c in f.claims.items():
        d = claim_to_dict(c)
        d["sentence_text"] = r.sentence_of(name, c)
        stance = f.stances[name]
        d["stance"] = None if stance is None else stance.value
        d["explanation"] = f.explanations[name]
        claims[name] = d
    consensus = quantity_to_dict(f.consensus)
    if consensus is not None:
        consensus["text"] = f.consensus_text
    return {
        "what": f.what,
        "kind": f.kind.value,
        "noun": f.noun,
        "verdict": f.verdict.value,
        "consensus": consensus,
        "outliers": list(f.outliers),
        "reason": f.reason,
        "reference": f.reference,
        "score": f.score,
        "claims": claims,
    }


def reconciliation_to_dict(r: Reconciliation) -> dict[str, object]:
    """The whole reconciliation in schema :data:`SCHEMA` version :data:`SCHEMA_VERSION`."""
    by_verdict = {v: sum(f.verdict is v for f in r.facts) for v in Verdict}
    return {
        "schema": SCHEMA,
        "version": SCHEMA_VERSION,
        "sources": list(r.sources),
        "consistent": r.consistent,
        "summary": {
            "facts": len(r.facts),
            "conflicts": by_verdict[Verdict.CONFLICT],
            "compatible": by_verdict[Verdict.COMPATIBLE],
            "agreements": by_verdict[Verdict.AGREE],
            "outliers": {s: sum(s in f.outliers for f in r.facts) for s in r.sources},
            "single": sum(len(cs) for cs in r.single.values()),
        },
        "facts": [fact_to_dict(f, r) for f in r.facts],
        "single": {s: [claim_to_dict(c) for c in cs] for s, cs in r.single.items()},
        "internal": {s: [finding_to_dict(f) for f in fs] for s, fs in r.internal.items()},
        "notes": list(r.notes),
    }


def _cell(c: Claim | None, outlier: bool) -> str:
    if c is None:
        return ""
    # Escaped before it is measured, so the columns stay aligned.
    text = for_terminal(" ".join(c.text.split()))
    if len(text) > _CELL:
        text = text[: _CELL - 1] + "…"
    return f"{text} {OUTLIER}" if outlier else text


def _columns(rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(r[k]) for r in rows) for k in range(len(rows[0]))]
    lines = ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return lines


def fact_rows(r: Reconciliation) -> list[list[str]]:
    """The fact table: a header, then one row per fact, one column per source."""
    rows = [["", "fact", *r.sources, "verdict"]]
    for f in r.facts:
        cells = [_cell(f.claims.get(s), s in f.outliers) for s in r.sources]
        rows.append([_MARK[f.verdict], for_terminal(f.what), *cells, f.verdict.value])
    return rows


def render_text(r: Reconciliation) -> str:
    """The fact table, then each fact's reason, the single claims and the notes.

    The texts' control characters are shown escaped, as in a report's text.
    """
    n_conf = len(r.conflicts)
    n_agree = sum(f.verdict is Verdict.AGREE for f in r.facts)
    n_single = sum(len(cs) for cs in r.single.values())
    lines = [
        f"{len(r.sources)} sources: {', '.join(r.sources)}",
        f"{len(r.facts)} fact(s) stated by several sources: {n_conf} conflict(s), "
        f"{n_agree} agreement(s), {len(r.facts) - n_conf - n_agree} compatible; "
        f"{n_single} claim(s) made by one source only",
    ]
    if r.facts:
        lines += ["", *_columns(fact_rows(r))]
        if any(f.outliers for f in r.facts):
            lines.append(f"{OUTLIER} outlier: conflicts with the majority")
        lines.append("")
        order = {Verdict.CONFLICT: 0, Verdict.COMPATIBLE: 1, Verdict.AGREE: 2}
        for f in sorted(r.facts, key=lambda f: order[f.verdict]):
            lines.append(f"{_MARK[f.verdict]} {f.what}: {f.reason}")
    inside = [(s, f) for s, fs in r.internal.items() for f in fs]
    if inside:
        lines += ["", "Within one source:"]
        lines += [f"{_MARK[f.verdict]} {s}: {f.reason}" for s, f in inside]
    if n_single:
        lines += ["", "Only one source:"]
        for s, cs in r.single.items():
            lines += [f"  {s}: {c.text}  ({c.kind_name}{', ' + c.noun if c.noun else ''})"
                      for c in cs]  # fmt: skip
    if r.notes:
        lines += ["", "Notes:", *(f"  {n}" for n in r.notes)]
    return for_terminal("\n".join(lines) + "\n")
