"""A reconciliation as one HTML page: the fact table, the facts, and every source's text.

An adapter onto :mod:`claimdiff.html_page`'s generic :class:`~claimdiff.html_page.Page`,
so escaping, the page's policy and its script are the two-text report's own:

* one :class:`~claimdiff.html_page.Column` per source, each claim of a fact
  marked with its stance (an outlier, or any claim of a fact with no majority
  that conflicts, as a conflict; a claim stated by one source only, quietly);
* one entry per fact, conflicts first, naming every source's claim;
* a fact table: one row per fact, one column per source, outliers drawn as
  conflicts.

Up to :data:`SIDE_BY_SIDE` sources the texts stand side by side; past that
the page is stacked: the facts and the table first, full width, then the texts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimdiff.html_page import (
    Cell,
    Column,
    Count,
    Entry,
    Group,
    Mark,
    Page,
    Ref,
    Table,
    render_page,
)
from claimdiff.model import Claim, Verdict

if TYPE_CHECKING:  # pragma: no cover
    from claimdiff.reconcile import Fact, Reconciliation

__all__ = ["SIDE_BY_SIDE", "reconciliation_page", "reconciliation_to_html"]

SIDE_BY_SIDE = 3
"""The most sources whose texts stand side by side; at 1400 px, four would leave each
text under 260 px."""

_GROUPS = {
    Verdict.CONFLICT: "Conflicts",
    Verdict.COMPATIBLE: "Compatible",
    Verdict.AGREE: "Agreements",
}


def _stance(f: Fact, source: str) -> str:
    """The ``data-verdict`` of a source's claim in a fact."""
    stance = f.stances[source]
    if source in f.outliers or (stance is Verdict.CONFLICT):
        return "conflict"
    if f.verdict is Verdict.CONFLICT and not f.majority:
        return "conflict"  # with no majority, every side of the dispute is in it
    return "only" if stance is None else stance.value


def reconciliation_page(r: Reconciliation) -> Page:
    """The page of ``r``: a column per source, an entry per fact, and the fact table."""
    keys = {s: f"s{n}" for n, s in enumerate(r.sources, 1)}
    marks: dict[str, list[Mark]] = {s: [] for s in r.sources}
    ids: dict[tuple[str, tuple[int, int]], str] = {}

    def mark(source: str, c: Claim, verdict: str, title: str) -> str:
        mark_id = f"m-{keys[source]}-{len(marks[source]) + 1}"
        ids[source, c.span] = mark_id
        marks[source].append(Mark(mark_id, c.span[0], c.span[1], verdict, title))
        return mark_id

    by_verdict: dict[Verdict, list[Entry]] = {}
    rows = []
    order = {Verdict.CONFLICT: 0, Verdict.COMPATIBLE: 1, Verdict.AGREE: 2}
    for n, f in enumerate(sorted(r.facts, key=lambda f: order[f.verdict]), 1):
        refs = []
        cells = [Cell(f.what)]
        for s in r.sources:
            c = f.claims.get(s)
            if c is None:
                cells.append(Cell(""))
                continue
            verdict = _stance(f, s)
            mark_id = mark(s, c, verdict, f"{verdict}: {f.reason}")
            outlier = " (outlier)" if s in f.outliers else ""
            refs.append(Ref(mark_id, s, c.text + outlier))
            cells.append(Cell(c.text + outlier, mark_id, verdict))
        cells.append(Cell(f.verdict.value, None, f.verdict.value))
        rows.append(tuple(cells))
        heading = f"{f.what} · {len(f.claims)} sources"
        if f.outliers:
            heading += " · outlier: " + ", ".join(f.outliers)
        entry = Entry(f"f-{n}", f.verdict.value, heading, f.reason, tuple(refs))
        by_verdict.setdefault(f.verdict, []).append(entry)
    groups = [Group(title, tuple(by_verdict[v])) for v, title in _GROUPS.items() if v in by_verdict]
    singles: list[Entry] = []
    for s, claims in r.single.items():
        for c in claims:
            what = f"{c.kind_name} of {c.noun}" if c.noun else c.kind_name
            why = "no other source states it"
            mark_id = mark(s, c, "only", f"only: {what}, {why}")
            n = len(r.facts) + len(singles) + 1
            singles.append(Entry(f"f-{n}", "only", f"{what} · only in {s}", f"{c.text}: {why}.",
                                 (Ref(mark_id, s, c.text),)))  # fmt: skip
    if singles:
        groups.append(Group("Only one source", tuple(singles), open=False))
    columns = tuple(
        Column(keys[s], s, s, r.texts.get(s, ""), tuple(sorted(marks[s], key=lambda m: m.start)))
        for s in r.sources
    )
    n_single = sum(len(cs) for cs in r.single.values())
    tally = {v: sum(f.verdict is v for f in r.facts) for v in Verdict}
    counts = (
        Count(_plural(tally[Verdict.CONFLICT], "conflict"), tally[Verdict.CONFLICT], "conflict"),
        Count("with an outlier named", sum(bool(f.outliers) for f in r.facts), "conflict"),
        Count(_plural(tally[Verdict.AGREE], "agreement"), tally[Verdict.AGREE], "agree"),
        Count("compatible", tally[Verdict.COMPATIBLE], "compatible"),
        Count("stated by one source only", n_single, "only"),
    )
    table = Table("Facts: one row per fact, one column per source",
                  ("fact", *r.sources, "verdict"), tuple(rows))  # fmt: skip
    return Page(
        title=f"claimdiff: {len(r.sources)} sources",
        columns=columns,
        groups=tuple(groups),
        counts=counts,
        notes=r.notes,
        tables=(table,) if rows else (),
        layout="side-by-side" if len(r.sources) <= SIDE_BY_SIDE else "stacked",
    )


def _plural(n: int, noun: str) -> str:
    return noun if n == 1 else noun + "s"


def reconciliation_to_html(r: Reconciliation) -> str:
    """The HTML page of ``r`` (what :meth:`Reconciliation.to_html` returns)."""
    return render_page(reconciliation_page(r))
