"""The HTML page without a browser: layout of marks, escaping, round trips, the generic builder.

What a browser makes of the page is tested in test_html_browser.py; here the
page is read back with the standard library's HTML parser.
"""

from __future__ import annotations

import base64
import hashlib
import html.parser
import os
import re
import struct
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import newsy_texts

from claimdiff import Document, Report, check, compare
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
    layout,
    render_page,
    report_page,
    report_to_html,
    write_page,
)

ROOT = Path(__file__).resolve().parent.parent
A_TEXT = (ROOT / "fixtures" / "telegraph_icc.txt").read_text("utf-8")
B_TEXT = (ROOT / "fixtures" / "reuters_icc.txt").read_text("utf-8")
TEMPLATES = ROOT / "claimdiff" / "templates"


class Parsed(html.parser.HTMLParser):
    """A page read back: each column's text, each mark with the text it encloses, every tag."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.texts: dict[str, str] = {}
        self.marks: list[dict[str, str]] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.in_text: set[str] = set()
        """The tags found inside the columns' texts."""
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self._side: str | None = None
        self._open: list[tuple[dict[str, str], int]] = []
        self._depth = 0
        self._in: str | None = None
        self.feed(page)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag in ("script", "style"):
            self._in = tag
        if self._side is not None:
            self.in_text.add(tag)
            self._depth += 1
            if tag == "mark":
                self._open.append(({k: v or "" for k, v in a.items()}, len(self.texts[self._side])))
        elif tag == "div" and a.get("class") == "text":
            self._side = a["data-side"] or ""
            self.texts[self._side] = ""

    def handle_endtag(self, tag: str) -> None:
        self._in = None
        if self._side is None:
            return
        if self._depth == 0:
            self._side = None
            return
        self._depth -= 1
        if tag == "mark":
            attrs, start = self._open.pop()
            self.marks.append({**attrs, "text": self.texts[self._side][start:]})

    def handle_data(self, data: str) -> None:
        if self._side is not None:
            self.texts[self._side] += data
        elif self._in == "script":
            self.scripts.append(data)
        elif self._in == "style":
            self.styles.append(data)


def _seed() -> Report:
    return compare(Document(A_TEXT, "telegraph_icc.txt"), Document(B_TEXT, "reuters_icc.txt"))


@pytest.fixture(scope="module")
def seed() -> Report:
    """The seed pair's report."""
    return _seed()


@pytest.fixture(scope="module")
def seed_parsed(seed: Report) -> Parsed:
    """The seed pair's page, read back."""
    return Parsed(seed.to_html())


# --- layout -------------------------------------------------------------------


def _show(text: str, marks: list[tuple[str, int, int, str]]) -> tuple[str, list[str]]:
    """``layout`` in a short notation: ``[id:…]`` for a mark, ``¶`` for a paragraph gap."""
    pieces, dropped = layout(text, [Mark(*m) for m in marks])
    out = []
    for p in pieces:
        if p.kind == "open":
            assert p.mark is not None
            out.append(f"[{p.mark.id}:")
        else:
            out.append({"text": p.text, "gap": "¶", "close": "]"}[p.kind])
    return "".join(out), sorted(m.id for m in dropped)


LAYOUTS = [
    pytest.param("Up 5% now", [], "Up 5% now", [], id="no-marks"),
    pytest.param("Up 5% now", [("m", 3, 5, "agree")], "Up [m:5%] now", [], id="one"),
    pytest.param("ab cd", [("x", 0, 2, "agree"), ("y", 2, 5, "only")], "[x:ab][y: cd]", [],
                 id="adjacent"),
    pytest.param("He said 'cut 300 jobs' today", [("q", 8, 22, "same"), ("n", 13, 16, "conflict")],
                 "He said [q:'cut [n:300] jobs'] today", [], id="figure-inside-quote"),
    pytest.param("abcdef", [("q", 1, 4, "conflict"), ("p", 1, 4, "agree")], "a[p:[q:bcd]]ef", [],
                 id="same-span-nests-the-more-severe-inside"),
    pytest.param("0123456789", [("only", 2, 7, "only"), ("hot", 5, 9, "conflict")],
                 "01234[hot:5678]9", ["only"], id="crossing-the-less-severe-loses"),
    pytest.param("0123456789", [("hot", 2, 7, "conflict"), ("only", 5, 9, "only")],
                 "01[hot:23456]789", ["only"], id="crossing-a-less-severe-later-one-loses"),
    pytest.param("0123456789", [("a", 2, 7, "agree"), ("b", 5, 9, "same")],
                 "01[a:23456]789", ["b"], id="crossing-equal-the-later-loses"),
    pytest.param("0123456789", [("out", 0, 10, "agree"), ("in", 2, 5, "agree"),
                                ("x", 4, 12, "conflict")],
                 "[out:01[in:234]56789]", ["x"], id="past-the-end-is-dropped"),
    pytest.param("0123456789", [("out", 0, 8, "agree"), ("in", 2, 5, "agree"),
                                ("x", 4, 9, "conflict")],
                 "0123[x:45678]9", ["in", "out"], id="crossing-a-nested-pair-drops-both"),
    pytest.param("abc", [("e", 1, 1, "agree"), ("r", 2, 1, "agree"), ("n", -1, 2, "agree")],
                 "abc", ["e", "n", "r"], id="empty-reversed-negative"),
    pytest.param("One.\n\n\nTwo\nthree.\r\n\r\nFour", [],
                 "One.¶Two\nthree.¶Four", [], id="blank-lines-are-paragraph-gaps"),
    pytest.param("A 5\n\nkm run", [("m", 2, 7, "agree")], "A [m:5¶km] run", [],
                 id="gap-inside-a-mark"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected", "dropped"), LAYOUTS)
def test_layout(
    text: str, marks: list[tuple[str, int, int, str]], expected: str, dropped: list[str]
) -> None:
    """Marks nest or are dropped deterministically; blank-line runs become paragraph gaps."""
    assert _show(text, marks) == (expected, dropped)


@st.composite
def _texts_and_marks(draw: st.DrawFn) -> tuple[str, list[Mark]]:
    text = draw(st.text(alphabet="ab \n\r🙂", max_size=40))
    n = len(text)
    spans = st.tuples(st.integers(-2, n + 2), st.integers(-2, n + 2))
    verdicts = st.sampled_from(["conflict", "agree", "only", "unsupported", "reworded"])
    raw = draw(st.lists(st.tuples(spans, verdicts), max_size=12))
    return text, [Mark(f"m{k}", s, e, v) for k, ((s, e), v) in enumerate(raw)]


@settings(max_examples=300, deadline=None)
@given(_texts_and_marks())
def test_layout_keeps_text_and_spans(case: tuple[str, list[Mark]]) -> None:
    """Any marks: the pieces spell the text, each shown mark spells text[start:end], none cross."""
    text, marks = case
    pieces, dropped = layout(text, marks)
    assert "".join(p.text for p in pieces) == text
    spelled: dict[str, str] = {}
    stack: list[tuple[Mark, int]] = []
    out = ""
    for p in pieces:
        if p.kind == "open":
            assert p.mark is not None
            stack.append((p.mark, len(out)))
        elif p.kind == "close":
            m, start = stack.pop()
            spelled[m.id] = out[start:]
        else:
            out += p.text
    assert not stack
    shown = {m.id: m for m in marks if m.id in spelled}
    assert {m.id for m in dropped} | set(shown) == {m.id for m in marks}
    assert not {m.id for m in dropped} & set(shown)
    for mark_id, m in shown.items():
        assert spelled[mark_id] == text[m.start : m.end]


# --- the report's page ----------------------------------------------------------


def test_seed_page_round_trips(seed: Report, seed_parsed: Parsed) -> None:
    """Each column holds its text exactly; every mark's text is text[start:end] of its side."""
    texts = {"a": A_TEXT, "b": B_TEXT}
    assert seed_parsed.texts == texts
    for m in seed_parsed.marks:
        assert m["text"] == texts[m["data-side"]][int(m["data-start"]) : int(m["data-end"])]


def test_every_compared_claim_is_marked_once(seed: Report, seed_parsed: Parsed) -> None:
    """Every claim of a finding, a quote, an internal check or a one-sided list has one mark."""
    spans = {(m["data-side"], int(m["data-start"]), int(m["data-end"])) for m in seed_parsed.marks}
    assert len(spans) == len(seed_parsed.marks)
    wanted = {("a", f.a.span) for f in (*seed.findings, *seed.quotes)}
    wanted |= {("b", f.b.span) for f in (*seed.findings, *seed.quotes)}
    wanted |= {("b", f.a.span) for f in seed.internal} | {("b", f.b.span) for f in seed.internal}
    wanted |= {("a", c.span) for c in seed.only_a} | {("b", c.span) for c in seed.only_b}
    assert {(side, (start, end)) for side, start, end in spans} == wanted


SEED_VERDICTS = {
    "conflict": 4,  # two conflicts, both sides
    # "thousands of Ukrainian children" twice, B's "$1.22 million" at B's rate, and the
    # days both name (two Mondays and a Friday), twice each
    "agree": 9,
    "same": 2,  # one quote, given the same in both
    "reworded": 2,
    "only": 9,  # seven figures only A gives (a date among them), two only B gives
}


def test_seed_page_verdicts(seed_parsed: Parsed) -> None:
    """The seed page marks two conflicts on both sides, agreements, quotes, one-sided claims."""
    found: dict[str, int] = {}
    for m in seed_parsed.marks:
        found[m["data-verdict"]] = found.get(m["data-verdict"], 0) + 1
    assert found == SEED_VERDICTS


def test_conflicts_come_first_and_link_both_marks(seed_parsed: Parsed) -> None:
    """The findings list opens with the conflicts, each naming one mark in each column."""
    entries = [a for tag, a in seed_parsed.tags if tag == "li" and "data-marks" in a]
    assert [e["data-verdict"] for e in entries[:2]] == ["conflict", "conflict"]
    assert all(e["data-verdict"] != "conflict" for e in entries[2:])
    for e in entries[:2]:
        marks = (e["data-marks"] or "").split()
        assert [m.split("-")[1] for m in marks] == ["a", "b"]


PEER_COUNTS = ["2 conflicts", "4 agreements", "0 compatible", "7 only in A", "2 only in B"]
SOURCE = "Acme said revenue rose from $10m to $12m last year. It employs 120 staff in 4 countries."
OUTPUT = "Acme revenue was up 20% last year, with profit of $3m. It employs 150 staff."


@pytest.mark.parametrize(
    ("make", "counts", "verdicts"),
    [
        pytest.param(
            lambda: compare(Document(A_TEXT, "A"), Document(B_TEXT, "B")),
            PEER_COUNTS,
            {"conflict", "agree", "same", "reworded", "only"},
            id="peer",
        ),
        pytest.param(
            lambda: check(Document(SOURCE, "src"), Document(OUTPUT, "out")),
            ["1 conflict", "1 unsupported", "1 agreement", "0 compatible", "1 only in src",
             "1 only in out", "1 omitted"],
            {"conflict", "agree", "unsupported", "omitted"},
            id="source",
        ),
    ],
)  # fmt: skip
def test_header_counts_and_verdicts_by_mode(
    make: Callable[[], Report], counts: list[str], verdicts: set[str]
) -> None:
    """The header counts what the report does; source mode adds unsupported and omitted."""
    report = make()
    page = report_page(report)
    assert [f"{c.value} {c.label}" for c in page.counts] == counts
    parsed = Parsed(report.to_html())
    assert {m["data-verdict"] for m in parsed.marks} == verdicts


def test_unsupported_is_marked_on_the_output_and_omitted_on_the_source() -> None:
    """In source mode an invented figure is marked in the output, a dropped one in the source."""
    parsed = Parsed(check(SOURCE, OUTPUT).to_html())
    sides = {(m["data-verdict"], m["data-side"], m["text"]) for m in parsed.marks}
    assert ("unsupported", "b", "$3m") in sides
    assert ("omitted", "a", "4 countries") in sides


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(newsy_texts(), newsy_texts())
def test_any_report_page_round_trips(a: str, b: str) -> None:
    """For texts full of figures, the page holds both texts and every mark spells its span."""
    parsed = Parsed(compare(a, b).to_html())
    texts = {"a": a.replace("\0", "\ufffd"), "b": b.replace("\0", "\ufffd")}
    assert parsed.texts == texts
    for m in parsed.marks:
        assert m["text"] == texts[m["data-side"]][int(m["data-start"]) : int(m["data-end"])]


# --- safety ---------------------------------------------------------------------

HOSTILE = (
    'Police said <script>alert("x")</script> 12 people & "3" were hurt.\n\n'
    '<img src=x onerror="alert(\'img\')"> He said: "<b onclick=alert(1)>40 cars</b> & '
    "'2' buses burned\" on Monday.\r\n\0 It's <!-- a comment --> ]]> &amp; &#60; done."
)
HOSTILE_NAMES = ('a" onmouseover="alert(1)" x="', "</title><script>alert(2)</script>")


def test_hostile_text_stays_text() -> None:
    """Markup in texts and names is escaped everywhere: no element, no attribute comes from it."""
    report = compare(
        Document(HOSTILE, HOSTILE_NAMES[0]), Document(HOSTILE.upper(), HOSTILE_NAMES[1])
    )
    page = report.to_html()
    parsed = Parsed(page)
    shown = HOSTILE.replace("\0", "\ufffd")
    assert parsed.texts == {"a": shown, "b": shown.upper()}
    assert [t for t, _ in parsed.tags].count("script") == 1
    assert parsed.in_text == {"mark", "span"}
    assert "img" not in {t for t, _ in parsed.tags}
    assert not [k for _, a in parsed.tags for k in a if k.startswith("on")]
    assert parsed.marks and any('"' in (m.get("title") or "") for m in parsed.marks)
    # A name with a quote in it stays inside its attribute values.
    assert any(HOSTILE_NAMES[0] in (a.get("aria-label") or "") for _, a in parsed.tags)
    assert f"<title>claimdiff: {_escaped(HOSTILE_NAMES[0])} vs" in page


def _escaped(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&#34;")


def test_page_is_self_contained(seed_parsed: Parsed) -> None:
    """Nothing is fetched: no src, no external href, no <link>; the policy forbids the network."""
    for tag, attrs in seed_parsed.tags:
        assert tag != "link"
        assert "src" not in attrs
        assert (attrs.get("href") or "#").startswith("#"), (tag, attrs)
    (csp,) = [
        a["content"] or ""
        for t, a in seed_parsed.tags
        if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"
    ]
    assert csp.startswith("default-src 'none';")


def _sha(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()


def test_policy_allows_exactly_the_page_s_own_style_and_script(seed_parsed: Parsed) -> None:
    """The page's policy names the hashes of its one stylesheet and its one script."""
    (csp,) = [a["content"] or "" for t, a in seed_parsed.tags if a.get("http-equiv")]
    (style,), (script,) = seed_parsed.styles, seed_parsed.scripts
    assert style == (TEMPLATES / "page.css").read_text("utf-8")
    assert script == (TEMPLATES / "page.js").read_text("utf-8")
    assert f"style-src 'sha256-{_sha(style)}'" in csp
    assert f"script-src 'sha256-{_sha(script)}'" in csp


# --- the generic builder ----------------------------------------------------------


def _three_sources() -> Page:
    """A page as a many-source view would build it: three columns and a fact table."""
    texts = ("Turnout was 61%.", "Turnout reached 61 percent.", "About 58% voted.")
    spans = ((12, 15), (16, 26), (6, 9))
    columns = tuple(
        Column(f"s{k}", f"S{k}", f"source {k}", t, (Mark(f"m{k}", *spans[k], "agree"),))
        for k, t in enumerate(texts)
    )
    entry = Entry(
        "f-1",
        "conflict",
        "percent of turnout",
        "58% is not 61%",
        tuple(Ref(f"m{k}", f"S{k}", texts[k][slice(*spans[k])]) for k in range(3)),
    )
    table = Table(
        "Facts",
        ("fact", "S0", "S1", "S2"),
        ((Cell("turnout"), *(Cell("x", f"m{k}") for k in range(3))),),
    )
    return Page("three", columns, (Group("Conflicts", (entry,)),), (Count("facts", 1, "agree"),),
                tables=(table,))  # fmt: skip


def test_many_columns_and_a_table() -> None:
    """The builder takes any number of columns; an entry and table cells link marks across them."""
    parsed = Parsed(render_page(_three_sources()))
    assert list(parsed.texts) == ["s0", "s1", "s2"]
    assert [m["text"] for m in parsed.marks] == ["61%", "61 percent", "58%"]
    assert parsed.marks[0]["data-links"] == "m1 m2"
    assert [a["href"] for t, a in parsed.tags if t == "a" and "data-mark" in a][-3:] == [
        "#m0",
        "#m1",
        "#m2",
    ]
    assert ("main", {"class": "columns-3"}) in parsed.tags


def _duplicate_id(p: Page) -> Page:
    extra = Column("z", "Z", "z", "t", (Mark("m0", 0, 1, "agree"),))
    return Page("x", (*p.columns, extra))


def _entry_to_nowhere(p: Page) -> Page:
    entry = Entry("f", "agree", "h", "r", (Ref("nope", "A", "t"),))
    return Page("x", p.columns, (Group("g", (entry,)),))


def _cell_to_nowhere(p: Page) -> Page:
    return Page("x", p.columns, tables=(Table("t", ("h",), ((Cell("c", "gone"),),)),))


BAD_PAGES = [
    pytest.param(_duplicate_id, "unique", id="duplicate-mark-id"),
    pytest.param(_entry_to_nowhere, "'nope'", id="entry-names-unknown-mark"),
    pytest.param(_cell_to_nowhere, "'gone'", id="cell-names-unknown-mark"),
]


@pytest.mark.parametrize(("spoil", "fragment"), BAD_PAGES)
def test_inconsistent_pages_are_refused(spoil: Callable[[Page], Page], fragment: str) -> None:
    """A page whose links point nowhere, or whose ids clash, raises ValueError saying which."""
    with pytest.raises(ValueError, match=re.escape(fragment)):
        render_page(spoil(_three_sources()))


def test_unknown_verdict_is_refused() -> None:
    """A mark's verdict must be one the page can draw."""
    with pytest.raises(ValueError, match="unknown verdict 'maybe'"):
        render_page(Page("x", (Column("a", "A", "a", "text", (Mark("m", 0, 1, "maybe"),)),)))


def test_dropped_marks_are_noted(seed: Report) -> None:
    """A mark that cannot be shown is named in the page's notes, not silently lost."""
    page = report_page(seed)
    a = page.columns[0]
    crossing = Mark("extra", a.marks[0].start + 1, a.marks[0].end + 3, "only")
    spoiled = Page(page.title, (Column("a", "A", a.name, a.text, (*a.marks, crossing)),))
    out = render_page(spoiled)
    assert "cross a more severe or earlier mark" in out
    assert 'id="extra"' not in out


# --- the API around it --------------------------------------------------------------


def test_to_html_is_deterministic_and_delegates(seed: Report) -> None:
    """Report.to_html() is report_to_html(report), the same every time."""
    assert seed.to_html() == report_to_html(seed) == _seed().to_html()
    assert seed.to_html().startswith("<!DOCTYPE html>")


def test_importing_claimdiff_does_not_import_jinja2() -> None:
    """Jinja2 is loaded only when a page is built, so import time does not grow."""
    code = "import sys, claimdiff; print('jinja2' in sys.modules, 'markupsafe' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]


def test_write_page_replaces_whole_and_shares(tmp_path: Path) -> None:
    """write_page leaves the page, with the usual permissions, and no temporary file behind."""
    target = tmp_path / "report.html"
    old = os.umask(0o022)
    try:
        write_page(target, "<p>one</p>")
        write_page(target, "<p>two</p>")
    finally:
        os.umask(old)
    assert target.read_text("utf-8") == "<p>two</p>"
    assert target.stat().st_mode & 0o777 == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_write_page_failure_leaves_nothing(tmp_path: Path) -> None:
    """Writing onto a directory raises OSError and leaves no temporary file."""
    (tmp_path / "taken").mkdir()
    with pytest.raises(OSError):
        write_page(tmp_path / "taken", "<p>x</p>")
    assert [p.name for p in tmp_path.iterdir()] == ["taken"]


@pytest.mark.parametrize("path", [".", "/", "", ".."], ids=["dot", "root", "empty", "parent"])
def test_write_page_to_a_path_naming_no_file_is_an_os_error(path: str) -> None:
    """A path with no file name is refused as a directory is, never a ValueError from pathlib."""
    with pytest.raises(IsADirectoryError, match="names no file"):
        write_page(path, "<p>x</p>")


def test_screenshot_is_kept_in_docs() -> None:
    """docs/html-report.png, shown by the README, is a 1400 × 1000 PNG of the page."""
    data = (ROOT / "docs" / "html-report.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (1400, 1000)
    assert "docs/html-report.png" in (ROOT / "README.md").read_text("utf-8")
