"""Reports → one self-contained HTML page: the texts side by side, claims marked, findings linked.

Building a page takes two steps:

* :func:`report_page` turns a :class:`~claimdiff.model.Report` into a :class:`Page`:
  :class:`Column` s of text, each with the :class:`Mark` s of its claims (spans in
  the report's own offsets: Python ``str`` indices), and :class:`Group` s of
  :class:`Entry` findings that name the marks they tie together.  A page knows
  nothing of reports, so a view of many sources (one column each, plus a
  :class:`Table` of facts) is just another adapter.
* :func:`render_page` renders any :class:`Page` with the Jinja2 template
  ``templates/page.html.j2``, its stylesheet and its script inlined: no
  network, no CDN, so the file opens from a mail attachment or a CI artifact.

Article text is data.  The template is rendered with autoescaping on, so every
text, name and reason is escaped wherever it lands, inside an element or inside
an attribute value; nothing from a text reaches the script.  A
Content-Security-Policy in the page allows only its own stylesheet and script
(by hash) and no network at all, so even a mistake in escaping could not run
anything.  ``import jinja2`` happens only when a page is built, so importing
claimdiff costs no more than before.  docs/html-report.md describes the page.
"""

from __future__ import annotations

import base64
import errno
import functools
import hashlib
import importlib.resources
import os
import uuid
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import attrs

from claimdiff.model import Claim, Finding, Kind, Report, Verdict
from claimdiff.pattern_code import compile_pattern

if TYPE_CHECKING:  # pragma: no cover
    import jinja2

TONES: dict[str, str] = {
    "conflict": "conflict",
    "misattributed": "conflict",
    "unsupported": "unsupported",
    "compatible": "compatible",
    "reworded": "compatible",
    "agree": "agree",
    "same": "agree",
    "only": "only",
    "omitted": "only",
}
"""The ``data-verdict`` values of marks and entries, and the tone each is drawn in.

Quote findings carry their label ("same", "reworded", "misattributed") as
verdict; one-sided claims are "only", or in source mode "unsupported" (the
output invents it) and "omitted" (the output leaves it out).
"""

_LEGEND = {
    "conflict": "conflict",
    "unsupported": "unsupported",
    "compatible": "compatible",
    "agree": "agree",
    "only": "in one text only",
}
"""How the legend names each tone."""

_RANK = {"conflict": 0, "unsupported": 1, "compatible": 2, "agree": 3, "only": 4}
"""Which tone wins: a claim in several findings is drawn in its most severe one,
and of two marks that cross, the less severe loses its highlight."""


def tone_of(verdict: str) -> str:
    """The tone a ``data-verdict`` value is drawn in.

    >>> tone_of("misattributed"), tone_of("omitted"), tone_of("agree")
    ('conflict', 'only', 'agree')
    """
    try:
        return TONES[verdict]
    except KeyError:
        msg = f"unknown verdict {verdict!r}; known: {sorted(TONES)}"
        raise ValueError(msg) from None


# --- the page, as data --------------------------------------------------------


@attrs.frozen
class Mark:
    """A highlighted span of one column's text: ``text[start:end]``.

    ``id`` is unique in the page (entries and counterparts link to it);
    ``verdict`` becomes ``data-verdict`` (a key of :data:`TONES`); ``title``
    is the tooltip.
    """

    id: str
    start: int
    end: int
    verdict: str
    title: str = ""

    @property
    def tone(self) -> str:
        """The tone the mark is drawn in."""
        return tone_of(self.verdict)


@attrs.frozen
class Column:
    """One text shown in full: ``key`` becomes ``data-side`` ("a", "b", ...)."""

    key: str
    label: str
    name: str
    text: str = attrs.field(repr=False)
    marks: tuple[Mark, ...] = ()


@attrs.frozen
class Ref:
    """A finding's claim: the mark it is, and how the findings list shows it."""

    mark: str
    label: str
    text: str


@attrs.frozen
class Entry:
    """One item of the findings list: a verdict, what it is about, the reason, its claims."""

    id: str
    verdict: str
    heading: str
    reason: str
    refs: tuple[Ref, ...] = ()

    @property
    def tone(self) -> str:
        """The tone the entry is drawn in."""
        return tone_of(self.verdict)

    @property
    def marks(self) -> tuple[str, ...]:
        """The ids of the marks the entry ties together."""
        return tuple(r.mark for r in self.refs)


@attrs.frozen
class Group:
    """A titled run of the findings list; ``open=False`` shows it folded."""

    title: str
    entries: tuple[Entry, ...]
    open: bool = True


@attrs.frozen
class Count:
    """A number in the header: ``value`` of ``label``, drawn in ``tone``."""

    label: str
    value: int
    tone: str


@attrs.frozen
class Cell:
    """A table cell: text, optionally linking to a mark, optionally drawn in a verdict's tone."""

    text: str
    mark: str | None = None
    verdict: str | None = None
    """A key of :data:`TONES`, or None for a plain cell."""

    @property
    def tone(self) -> str | None:
        """The tone the cell is drawn in, if any."""
        return None if self.verdict is None else tone_of(self.verdict)


@attrs.frozen
class Table:
    """A table below the findings (e.g. one fact per row, one source per column)."""

    caption: str
    head: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]


@attrs.frozen
class Page:
    """Everything the template shows; built by :func:`report_page` or by hand."""

    title: str
    columns: tuple[Column, ...]
    groups: tuple[Group, ...] = ()
    counts: tuple[Count, ...] = ()
    notes: tuple[str, ...] = ()
    tables: tuple[Table, ...] = ()
    layout: Literal["side-by-side", "stacked"] = "side-by-side"
    """ "side-by-side": the texts and the findings in one row, each scrolling on its own;
    "stacked" (for many texts): the findings and tables first, full width, then the
    texts in a grid, and the page scrolls as one."""


# --- laying marks out in a text -----------------------------------------------


@attrs.frozen
class Piece:
    """One step of a column's markup: text, a paragraph gap, or a mark opening or closing."""

    kind: Literal["text", "gap", "open", "close"]
    text: str = ""
    mark: Mark | None = None


# A run of white space holding two or more line breaks separates paragraphs.
_GAP = compile_pattern(r"[^\S\n]*\n(?:[^\S\n]*\n)+[^\S\n]*")


def _text_pieces(text: str) -> Iterable[Piece]:
    """``text`` as text and paragraph-gap pieces, every character kept."""
    pos = 0
    for m in _GAP.finditer(text):
        if m.start() > pos:
            yield Piece("text", text[pos : m.start()])
        yield Piece("gap", m.group())
        pos = m.end()
    if pos < len(text):
        yield Piece("text", text[pos:])


def _nesting(m: Mark) -> tuple[int, int, int, str]:
    """The order marks open in: outer before inner; of one span, the more severe inside (on top)."""
    return (m.start, -m.end, -_RANK[m.tone], m.id)


def _accepted(text: str, marks: Sequence[Mark]) -> tuple[list[Mark], list[Mark]]:
    """Split ``marks`` into those that nest (shown) and those dropped, deterministically.

    Marks may nest (a quote holding a figure) but not cross: HTML elements
    cannot.  Of two crossing marks the less severe one is dropped, and of two
    equally severe ones the one starting later.  Marks outside the text, or
    empty, are dropped too.
    """
    valid = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    dropped = [m for m in marks if not 0 <= m.start < m.end <= len(text)]
    rejected: set[str] = set()
    stack: list[Mark] = []  # open marks, each containing the next
    for m in sorted(valid, key=_nesting):
        while stack and stack[-1].end <= m.start:
            stack.pop()
        # Ends shrink up the stack: the marks ending inside m are a top run of it.
        crossing = [t for t in stack if t.end < m.end]
        if not crossing:
            stack.append(m)
        elif all(_RANK[m.tone] < _RANK[t.tone] for t in crossing):
            rejected.update(t.id for t in crossing)
            del stack[len(stack) - len(crossing) :]
            stack.append(m)
        else:
            rejected.add(m.id)
    shown = [m for m in valid if m.id not in rejected]
    return shown, dropped + [m for m in valid if m.id in rejected]


def layout(text: str, marks: Sequence[Mark]) -> tuple[tuple[Piece, ...], tuple[Mark, ...]]:
    """The pieces that show ``text`` with ``marks``, and the marks that could not be shown.

    Joining the text of every text and gap piece gives ``text`` back; the
    pieces between a mark's opening and its closing spell ``text[start:end]``.

    >>> pieces, dropped = layout("Up 5% to 40.", [Mark("m1", 3, 5, "agree")])
    >>> [(p.kind, p.text or p.mark.id) for p in pieces if p.kind != "close"]
    [('text', 'Up '), ('open', 'm1'), ('text', '5%'), ('text', ' to 40.')]
    """
    shown, dropped = _accepted(text, marks)
    pieces: list[Piece] = []
    stack: list[Mark] = []
    pos = 0

    def advance(to: int) -> None:
        nonlocal pos
        if to > pos:
            pieces.extend(_text_pieces(text[pos:to]))
            pos = to

    for m in sorted(shown, key=_nesting):
        while stack and stack[-1].end <= m.start:
            advance(stack.pop().end)
            pieces.append(Piece("close"))
        advance(m.start)
        pieces.append(Piece("open", mark=m))
        stack.append(m)
    while stack:
        advance(stack.pop().end)
        pieces.append(Piece("close"))
    advance(len(text))
    return tuple(pieces), tuple(dropped)


# --- a report as a page --------------------------------------------------------


@attrs.define
class _Draft:
    """A mark being collected: the most severe verdict of its findings wins."""

    verdict: str
    title: str


@attrs.frozen
class _Pending:
    """An entry being collected, before marks have ids."""

    verdict: str
    heading: str
    reason: str
    claims: tuple[tuple[str, Claim], ...]

    def order(self) -> tuple[int, int, int]:
        """Conflicts first, then by side, then by place in the text."""
        side, c = self.claims[0]
        return (_RANK[tone_of(self.verdict)], "ab".index(side), c.span[0])


def _verdict(f: Finding) -> str:
    """A finding's ``data-verdict``: a quote's label, else the verdict itself."""
    if f.a.kind is Kind.QUOTE and f.label in TONES:
        return f.label
    return f.verdict.value


def _what(c: Claim, noun: str | None = None) -> str:
    """What a claim is about: "count of children", "quote", ..."""
    noun = noun or c.noun
    return f"{c.kind_name} of {noun}" if noun else c.kind_name


def _internal_side(report: Report, f: Finding) -> str:
    """The text an internal finding comes from (both its claims do), as in the JSON report."""
    lo, hi = f.a.span
    return "a" if report.a_text[lo:hi] == f.a.text else "b"


_GROUP_TITLES = {
    "conflict": "Conflicts",
    "unsupported": "Unsupported by the source",
    "compatible": "Compatible",
    "agree": "Agreements",
}


def _one_sided(report: Report, labels: dict[str, str]) -> list[tuple[str, str, Claim, str]]:
    """(side, verdict, claim, why) for every claim with no counterpart."""
    out: list[tuple[str, str, Claim, str]] = []
    if report.direction == "source":
        out += [("a", "omitted", c, "left out of the output") for c in report.omitted]
        why = "no counterpart in the source, and not derivable from it"
        out += [("b", "unsupported", c, why) for c in report.unsupported]
    seen = {(side, c.span) for side, _, c, _ in out}
    for side, claims in (("a", report.only_a), ("b", report.only_b)):
        why = f"no claim of {labels['b' if side == 'a' else 'a']} lines up with it"
        out += [(side, "only", c, why) for c in claims if (side, c.span) not in seen]
    return out


def _plural(n: int, noun: str) -> str:
    return noun if n == 1 else noun + "s"


def _counts(report: Report) -> tuple[Count, ...]:
    """The header's numbers; unsupported and omitted only in source mode."""
    n_conflicts, n_agree = len(report.conflicts), len(report.agreements)
    n_compatible = sum(f.verdict is Verdict.COMPATIBLE for f in report.findings)
    counts = [
        Count(_plural(n_conflicts, "conflict"), n_conflicts, "conflict"),
        Count(_plural(n_agree, "agreement"), n_agree, "agree"),
        Count("compatible", n_compatible, "compatible"),
        Count(f"only in {report.a_name}", len(report.only_a), "only"),
        Count(f"only in {report.b_name}", len(report.only_b), "only"),
    ]
    if report.direction == "source":
        counts.insert(1, Count("unsupported", len(report.unsupported), "unsupported"))
        counts.append(Count("omitted", len(report.omitted), "only"))
    return tuple(counts)


def report_page(report: Report) -> Page:
    """The two-column page of ``report``: both texts, every compared claim marked.

    Claims of a finding are marked with its verdict (a claim in several
    findings, e.g. a figure also checked against a stated rate, takes the
    most severe); claims with no counterpart are marked ``only`` (in source
    mode ``unsupported`` or ``omitted``).  Findings are listed conflicts
    first, then by their place in the first text; one-sided claims last,
    folded.
    """
    source_mode = report.direction == "source"
    labels = dict(zip("ab", ("source", "output") if source_mode else ("A", "B"), strict=True))
    drafts: dict[str, dict[tuple[int, int], _Draft]] = {"a": {}, "b": {}}
    pending: list[_Pending] = []

    def note(side: str, c: Claim, verdict: str, title: str) -> None:
        d = drafts[side].get(c.span)
        if d is None:
            drafts[side][c.span] = _Draft(verdict, title)
        elif _RANK[tone_of(verdict)] < _RANK[tone_of(d.verdict)]:
            d.verdict, d.title = verdict, title

    paired = [(f, "ab") for f in (*report.findings, *report.quotes)]
    paired += [(f, _internal_side(report, f) * 2) for f in report.internal]
    for f, sides in paired:
        verdict = _verdict(f)
        heading = _what(f.a, f.a.noun or f.b.noun) + (f" · {f.label}" if f.label else "")
        if sides[0] == sides[1]:
            heading += f" · within {labels[sides[0]]}"
        claims = ((sides[0], f.a), (sides[1], f.b))
        for side, c in claims:
            note(side, c, verdict, f"{verdict}: {f.reason}")
        pending.append(_Pending(verdict, heading, f.reason, claims))
    for side, verdict, c, why in _one_sided(report, labels):
        note(side, c, verdict, f"{verdict}: {_what(c)}, {why}")
        heading = f"{_what(c)} · {verdict} in {labels[side]}"
        pending.append(_Pending(verdict, heading, f"{c.text}: {why}.", ((side, c),)))

    ids: dict[tuple[str, tuple[int, int]], str] = {}
    columns = []
    for side in "ab":
        marks = []
        for n, span in enumerate(sorted(drafts[side]), 1):
            ids[side, span] = f"m-{side}-{n}"
            d = drafts[side][span]
            marks.append(Mark(ids[side, span], span[0], span[1], d.verdict, d.title))
        text = report.a_text if side == "a" else report.b_text
        name = report.a_name if side == "a" else report.b_name
        columns.append(Column(side, labels[side], name, text, tuple(marks)))

    by_tone: dict[str, list[Entry]] = {}
    for n, p in enumerate(sorted(pending, key=_Pending.order), 1):
        refs = tuple(Ref(ids[s, c.span], labels[s], c.text) for s, c in p.claims)
        entry = Entry(f"f-{n}", p.verdict, p.heading, p.reason, refs)
        by_tone.setdefault(entry.tone, []).append(entry)
    groups = [Group(title, tuple(by_tone[t])) for t, title in _GROUP_TITLES.items() if t in by_tone]
    if "only" in by_tone:
        title = "Left out or one-sided" if source_mode else "Only in one text"
        groups.append(Group(title, tuple(by_tone["only"]), open=False))
    return Page(
        title=f"claimdiff: {report.a_name} vs {report.b_name}",
        columns=tuple(columns),
        groups=tuple(groups),
        counts=_counts(report),
        notes=report.notes,
    )


# --- rendering ----------------------------------------------------------------


def _resource(name: str) -> str:
    return (
        importlib.resources.files("claimdiff")
        .joinpath("templates")
        .joinpath(name)
        .read_text("utf-8")
    )


def _digest(text: str) -> str:
    """The CSP source expression allowing exactly ``text`` as an inline style or script."""
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


def _text_data(s: str) -> str:
    """Escape ``s`` so the DOM holds exactly its characters (the HTML parser changes two).

    The parser turns a carriage return into a line feed and drops NUL; a CR
    written as a character reference survives, and NUL, which no HTML can
    carry, becomes U+FFFD.  Each character stays one character, so the offsets
    of every mark still hold.
    """
    import markupsafe

    escaped = str(markupsafe.escape(s)).replace("\r", "&#13;").replace("\0", "\ufffd")
    return markupsafe.Markup(escaped)


@functools.lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    """The one Jinja2 environment: the package's templates, autoescaping everything."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("claimdiff", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    env.filters["text_data"] = _text_data
    return env


def _dropped_note(column: Column, m: Mark) -> str:
    """Why a mark of ``column`` is not highlighted, for the page's notes."""
    where = f"Not highlighted in {column.label} ({column.name}): characters {m.start}–{m.end}"
    if not 0 <= m.start < m.end <= len(column.text):
        return f"{where} lie outside its text."
    return (
        f"{where}, “{column.text[m.start : m.end]}”, cross a more severe or earlier mark; "
        "the findings list still has it."
    )


def render_page(page: Page) -> str:
    """The HTML of ``page``: one self-contained document.

    Raises :class:`ValueError` if an entry or a table cell names a mark that
    no column has, or if two marks share an id.
    """
    import markupsafe

    ids = [m.id for c in page.columns for m in c.marks]
    if len(set(ids)) != len(ids):
        msg = "mark ids must be unique in a page"
        raise ValueError(msg)
    known = set(ids)
    entries: dict[str, list[str]] = {}
    links: dict[str, set[str]] = {}
    for group in page.groups:
        for e in group.entries:
            for mark in e.marks:
                if mark not in known:
                    msg = f"entry {e.id!r} names mark {mark!r}, which no column has"
                    raise ValueError(msg)
                entries.setdefault(mark, []).append(e.id)
                links.setdefault(mark, set()).update(m for m in e.marks if m != mark)
    for table in page.tables:
        for row in table.rows:
            for cell in row:
                if cell.mark is not None and cell.mark not in known:
                    msg = f"table {table.caption!r} names mark {cell.mark!r}, which no column has"
                    raise ValueError(msg)
    pieces, notes = [], list(page.notes)
    for c in page.columns:
        shown, dropped = layout(c.text, c.marks)
        pieces.append(shown)
        notes += [_dropped_note(c, m) for m in dropped]
    tones = {m.tone for c in page.columns for m in c.marks} | {n.tone for n in page.counts}
    tones |= {e.tone for g in page.groups for e in g.entries}
    tones |= {c.tone for t in page.tables for row in t.rows for c in row if c.tone}
    style, script = _resource("page.css"), _resource("page.js")
    return (
        _environment()
        .get_template("page.html.j2")
        .render(
            page=page,
            pieces=pieces,
            mark_entries={m: " ".join(v) for m, v in entries.items()},
            mark_links={m: " ".join(sorted(v)) for m, v in links.items()},
            notes=notes,
            legend=[(t, label) for t, label in _LEGEND.items() if t in tones],
            style=markupsafe.Markup(style),
            script=markupsafe.Markup(script),
            csp=f"default-src 'none'; style-src '{_digest(style)}'; script-src '{_digest(script)}'",
        )
    )


def report_to_html(report: Report, *, title: str | None = None) -> str:
    """The HTML page of ``report`` (what :meth:`Report.to_html` returns), optionally retitled."""
    page = report_page(report)
    return render_page(page if title is None else attrs.evolve(page, title=title))


def write_page(path: str | os.PathLike[str], html: str) -> None:
    """Write ``html`` to ``path`` whole, then rename it into place: never half a page.

    Raises :class:`OSError` as :func:`open` does (a missing directory, no permission),
    and :class:`IsADirectoryError` for a path that names no file (``"."``, ``"/"``, ``""``).
    """
    target = Path(path)
    if target.name in ("", ".."):
        # No name to put the temporary file beside: refused as open() refuses a directory.
        raise IsADirectoryError(errno.EISDIR, "names no file, but a directory", str(path))
    # Not tempfile.mkstemp: its files are private (0600), and a page is for sharing,
    # so the file is made with open()'s usual mode, under a name no other process uses.
    tmp = target.with_name(f".{target.name}.{os.getpid()}.{uuid.uuid4().hex}.tmp")
    try:
        with open(tmp, "x", encoding="utf-8") as fh:
            fh.write(html)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
