"""The HTML report in a real browser: headless Chromium reads the page as a person's would.

One Chromium serves the whole module (see tests/headless.py).  Without one
these tests skip, saying why; CI sets CLAIMDIFF_REQUIRE_BROWSER=1 so that
they fail there instead.  CLAIMDIFF_UPDATE_SCREENSHOT=1 rewrites
docs/html-report.png from the seed report.
"""

from __future__ import annotations

import html.parser
import os
import struct
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from headless import Browser, Tab, dump_dom, require_chromium

from claimdiff import Document, compare
from claimdiff.cli import main

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
A_FILE, B_FILE = ROOT / "fixtures" / "telegraph_icc.txt", ROOT / "fixtures" / "reuters_icc.txt"
A_TEXT, B_TEXT = A_FILE.read_text("utf-8"), B_FILE.read_text("utf-8")
SCREENSHOT = ROOT / "docs" / "html-report.png"

MARKS_JS = """Array.from(document.querySelectorAll("mark")).map(m => ({
  id: m.id, side: m.dataset.side, verdict: m.dataset.verdict,
  start: Number(m.dataset.start), end: Number(m.dataset.end), text: m.textContent,
  entries: m.dataset.entries, links: m.dataset.links}))"""
TEXTS_JS = """Object.fromEntries(Array.from(document.querySelectorAll("div.text"))
  .map(t => [t.dataset.side, t.textContent]))"""


@pytest.fixture(scope="module")
def seed_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed pair's page, written by ``claimdiff compare A B --html FILE``."""
    path = tmp_path_factory.mktemp("html") / "report.html"
    assert main(["compare", str(A_FILE), str(B_FILE), "--html", str(path)]) == 1
    return path


@pytest.fixture(scope="module")
def seed_dom(browser: Browser, seed_page: Path) -> dict[str, Any]:
    """What Chromium shows of the seed page: its marks and its columns' texts."""
    with browser.page() as tab:
        tab.open(seed_page)
        return {"marks": tab.js(MARKS_JS), "texts": tab.js(TEXTS_JS)}


@pytest.fixture
def seed_tab(browser: Browser, seed_page: Path) -> Iterator[Tab]:
    """A fresh 1400 × 1000 tab showing the seed page."""
    with browser.page() as tab:
        tab.open(seed_page)
        yield tab


def _mark(marks: list[dict[str, Any]], side: str, claim: str) -> dict[str, Any]:
    """The one mark of ``side`` at ``claim``'s first place in that text, found independently."""
    text = A_TEXT if side == "a" else B_TEXT
    start = text.index(claim)
    (mark,) = [m for m in marks if m["side"] == side and m["start"] == start]
    return mark


SEED_MARKS = [
    pytest.param("a", "more than 16,000 children", "conflict", id="children-a"),
    pytest.param("b", "hundreds of children", "conflict", id="children-b"),
    pytest.param("a", "nearly £400,000", "conflict", id="funding-a"),
    # Also checked against B's own "$1.22 million": the conflict is what shows.
    pytest.param("b", "1 million pounds", "conflict", id="funding-b"),
    pytest.param("a", "thousands of Ukrainian children", "agree", id="thousands-a"),
    pytest.param("b", "thousands of Ukrainian children", "agree", id="thousands-b"),
    pytest.param("b", "$1.22 million", "agree", id="rate-within-b"),
    pytest.param("a", "Repatriate children, return the children, reunite the children", "reworded",
                 id="quote-reworded"),
    pytest.param("a", "over 40 countries", "only", id="only-a"),
    pytest.param("b", "more than 72,000 incidents", "only", id="only-b"),
]  # fmt: skip


@pytest.mark.parametrize(("side", "claim", "verdict"), SEED_MARKS)
def test_seed_claims_are_marked_where_they_stand(
    seed_dom: dict[str, Any], side: str, claim: str, verdict: str
) -> None:
    """Each compared claim of the seed pair is a mark with its verdict, at its own offsets."""
    mark = _mark(seed_dom["marks"], side, claim)
    assert mark["verdict"] == verdict
    assert mark["end"] == mark["start"] + len(claim)
    assert mark["text"] == claim


@pytest.mark.parametrize(
    ("a_claim", "b_claim"),
    [
        ("more than 16,000 children", "hundreds of children"),
        ("nearly £400,000", "1 million pounds"),
    ],
    ids=["children", "funding"],
)
def test_seed_conflicts_link_both_sides(
    seed_dom: dict[str, Any], a_claim: str, b_claim: str
) -> None:
    """The two marks of a conflict name each other and share the finding."""
    a, b = _mark(seed_dom["marks"], "a", a_claim), _mark(seed_dom["marks"], "b", b_claim)
    assert b["id"] in a["links"].split() and a["id"] in b["links"].split()
    assert set(a["entries"].split()) & set(b["entries"].split())
    assert sum(m["verdict"] == "conflict" for m in seed_dom["marks"]) == 4


def _awkward_report() -> Any:
    """Texts whose offsets trip naive code: emoji before the figures, CRLF, NUL, combining marks."""
    a = "👨🏽‍🚀 Intro 🙂.\r\n\r\nThe firm employs 1,200 people.\x00 Café revenue rose 5%.\r\n"
    b = "🙂🙂 The firm employs 1,500 people.\n\n\n Cafe\u0301 revenue rose 5%."
    return compare(Document(a, "a.txt"), Document(b, "b.txt"))


def test_every_mark_spells_its_span(browser: Browser, seed_page: Path, tmp_path: Path) -> None:
    """In the browser, each column holds its text exactly and each mark is text[start:end]."""
    awkward = _awkward_report()
    awkward_page = tmp_path / "awkward.html"
    awkward_page.write_text(awkward.to_html(), "utf-8")
    cases = [(seed_page, A_TEXT, B_TEXT), (awkward_page, awkward.a_text, awkward.b_text)]
    for page, a_text, b_text in cases:
        texts = {"a": a_text.replace("\0", "\ufffd"), "b": b_text.replace("\0", "\ufffd")}
        with browser.page() as tab:
            tab.open(page)
            marks, shown = tab.js(MARKS_JS), tab.js(TEXTS_JS)
        assert shown == texts
        assert {m["side"] for m in marks} == {"a", "b"}
        for m in marks:
            assert m["text"] == texts[m["side"]][m["start"] : m["end"]], m
    # The emoji before them make UTF-16 offsets differ from the report's code-point ones.
    (conflict,) = awkward.conflicts
    assert (conflict.a.text, conflict.b.text) == ("1,200 people", "1,500 people")


HOSTILE_A = (
    'Police said <script>document.body.setAttribute("data-pwned", "script")</script> '
    "12 people were hurt & 3 <b>arrested</b>.\n\n"
    "<img src=x onerror=\"document.body.setAttribute('data-pwned', 'img')\"> "
    'He said: "<img src=x onerror=document.body.setAttribute(`data-pwned`,`quote`)> '
    'we counted 40 cars & 2 buses" on Monday.'
)
HOSTILE_B = (
    "Police said 15 people were hurt.\n\n"
    'He said: "<img src=x onerror=document.body.setAttribute(`data-pwned`,`quote`)> '
    'we counted 40 cars & 2 buses" on Monday. '
    "\" onmouseover=\"document.body.setAttribute('data-pwned','attr')\" x=' &amp; &lt;"
)
HOSTILE_NAMES = (
    "a\" onmouseover=\"document.body.setAttribute('data-pwned','name')\" x=\"",
    "</title><script>document.body.setAttribute('data-pwned','title')</script>",
)

POKE_JS = """document.querySelectorAll("mark").forEach(m => {
  m.dispatchEvent(new MouseEvent("mouseover", {bubbles: true})); m.click(); })"""
HOSTILE_JS = """(() => {
  const onAttributes = Array.from(document.querySelectorAll("*"))
    .flatMap(e => Array.from(e.attributes).map(a => a.name))
    .filter(n => n.startsWith("on"));
  return {
    pwned: document.documentElement.outerHTML.includes("data-pwned=")
      ? Array.from(document.querySelectorAll("[data-pwned]")).map(e => e.tagName) : [],
    scripts: document.scripts.length,
    images: document.images.length,
    strayInText: document.querySelectorAll("div.text *:not(mark):not(span.gap)").length,
    onAttributes: onAttributes,
    title: document.title,
    heading: document.querySelector("h1").textContent,
    scriptRan: document.documentElement.classList.contains("js"),
  };
})()"""


def test_hostile_text_is_shown_never_run(browser: Browser, tmp_path: Path) -> None:
    """Markup in the texts and names stays text: no script of theirs runs, no element is made."""
    report = compare(Document(HOSTILE_A, HOSTILE_NAMES[0]), Document(HOSTILE_B, HOSTILE_NAMES[1]))
    assert report.findings and report.quotes  # the hostile spans are marks, titles and entries
    page = tmp_path / "hostile.html"
    page.write_text(report.to_html(), "utf-8")
    with browser.page() as tab:
        tab.open(page)
        for _ in range(2):  # hover and click every mark: an injected handler would fire
            tab.js(POKE_JS)
        seen, texts, marks = tab.js(HOSTILE_JS), tab.js(TEXTS_JS), tab.js(MARKS_JS)
    assert seen["scriptRan"]  # the page's own script ran: so would an injected one have
    assert seen["pwned"] == []
    assert (seen["scripts"], seen["images"], seen["strayInText"]) == (1, 0, 0)
    assert seen["onAttributes"] == []
    assert texts == {"a": HOSTILE_A, "b": HOSTILE_B}
    assert seen["title"] == f"claimdiff: {HOSTILE_NAMES[0]} vs {HOSTILE_NAMES[1]}"
    assert HOSTILE_NAMES[0] in seen["heading"] and HOSTILE_NAMES[1] in seen["heading"]
    assert any("<img src=x" in m["text"] for m in marks)


VISIBLE_JS = """(id => {
  const m = document.getElementById(id), p = m.closest(".pane");
  const r = m.getBoundingClientRect(), b = p.getBoundingClientRect();
  return r.top >= b.top && r.bottom <= b.bottom && r.bottom > 0 && r.top < innerHeight;
})"""


def _visible(tab: Tab, mark_id: str) -> bool:
    return bool(tab.js(f"{VISIBLE_JS}({mark_id!r})"))


def _state(tab: Tab) -> dict[str, Any]:
    return tab.js(
        """({selected: document.body.dataset.selected || null,
             marks: Array.from(document.querySelectorAll("mark.selected")).map(m => m.id),
             pulsing: Array.from(document.querySelectorAll("mark.pulse")).map(m => m.id)})"""
    )


def _entry_of(tab: Tab, side: str, claim: str, verdict: str = "conflict") -> tuple[str, str]:
    """The id of the mark of ``claim`` and of its first ``verdict`` entry."""
    mark = _mark(tab.js(MARKS_JS), side, claim)
    for entry in mark["entries"].split():
        if tab.js(f"document.getElementById({entry!r}).dataset.verdict") == verdict:
            return mark["id"], entry
    raise AssertionError(f"no {verdict} entry for {claim!r}")


def test_clicking_a_finding_scrolls_both_columns_to_it(seed_tab: Tab) -> None:
    """A click on the funding conflict brings both its claims into view and pulses them."""
    a_mark, entry = _entry_of(seed_tab, "a", "nearly £400,000")
    b_mark, _ = _entry_of(seed_tab, "b", "1 million pounds")
    assert not _visible(seed_tab, a_mark) and not _visible(seed_tab, b_mark)  # far down, at first
    seed_tab.click(f"#{entry} .reason")
    state = _state(seed_tab)
    assert state["selected"] == entry
    assert sorted(state["marks"]) == sorted(state["pulsing"]) == sorted([a_mark, b_mark])
    assert _visible(seed_tab, a_mark) and _visible(seed_tab, b_mark)


def test_j_and_k_step_through_the_conflicts(seed_tab: Tab) -> None:
    """j selects the next conflict, k the previous, wrapping around; other findings are skipped."""
    _, children = _entry_of(seed_tab, "a", "more than 16,000 children")
    funding_mark, funding = _entry_of(seed_tab, "a", "nearly £400,000")
    seen = []
    for key in "jjjk":
        seed_tab.key(key)
        seen.append(_state(seed_tab)["selected"])
    assert seen == [children, funding, children, funding]
    assert _visible(seed_tab, funding_mark)


def test_clicking_a_mark_selects_its_findings_in_turn(seed_tab: Tab) -> None:
    """A click on a mark selects its finding; on a claim in two findings, each click the next."""
    mark, conflict = _entry_of(seed_tab, "b", "1 million pounds")
    _, internal = _entry_of(seed_tab, "b", "1 million pounds", verdict="agree")
    assert not _visible(seed_tab, internal)  # low in the findings list, at first
    seen, shown = [], []
    for _ in range(3):
        seed_tab.click(f"#{mark}")
        seen.append(_state(seed_tab)["selected"])
        shown.append(_visible(seed_tab, seen[-1]))
    assert seen == [conflict, internal, conflict]
    assert shown == [True, True, True]  # the findings list scrolls to the selected one


PANES = {"a": "section[data-side=a]", "b": "section[data-side=b]", "findings": "aside.findings"}
BOX_JS = """(s => { const r = document.querySelector(s).getBoundingClientRect();
  return [Math.round(r.left), Math.round(r.top), Math.round(r.width)]; })"""


@pytest.mark.parametrize(
    ("width", "height", "mobile"),
    [pytest.param(1400, 1000, False, id="desktop"), pytest.param(390, 844, True, id="phone")],
)
def test_layout_side_by_side_wide_stacked_on_a_phone(
    browser: Browser, seed_page: Path, width: int, height: int, mobile: bool
) -> None:
    """At 1400 px the columns stand side by side; on a phone they stack, findings first."""
    with browser.page(width, height, mobile=mobile) as tab:
        tab.open(seed_page)
        a, b, findings = (tab.js(f"{BOX_JS}({s!r})") for s in PANES.values())
        overflow = tab.js("document.scrollingElement.scrollWidth") - width
    assert overflow <= 0  # no sideways scrolling
    if mobile:
        assert findings[1] < a[1] < b[1]
        assert a[2] == b[2] == findings[2] == width
    else:
        assert a[1] == b[1] == findings[1]
        assert a[0] < b[0] < findings[0]
        assert min(a[2], b[2]) > 450


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_screenshot_of_the_seed_report(seed_tab: Tab) -> None:
    """Chromium renders the seed page at 1400 × 1000 (CLAIMDIFF_UPDATE_SCREENSHOT=1 keeps it)."""
    png = seed_tab.screenshot()
    assert _png_size(png) == (1400, 1000)
    if os.environ.get("CLAIMDIFF_UPDATE_SCREENSHOT"):
        SCREENSHOT.write_bytes(png)


class _Marks(html.parser.HTMLParser):
    """The attributes of every <mark> in a document, and the class of <html>."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[dict[str, str | None]] = []
        self.html_class: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "mark":
            self.marks.append(dict(attrs))
        elif tag == "html":
            self.html_class = dict(attrs).get("class")


def test_readme_command_opens_in_chromium(tmp_path: Path) -> None:
    """The README's command writes a page whose dumped DOM marks both conflicts in both columns."""
    exe = require_chromium()
    cmd = [sys.executable, "-m", "claimdiff.cli", "compare", str(A_FILE), str(B_FILE)]
    done = subprocess.run([*cmd, "--html", "report.html"], cwd=tmp_path, capture_output=True)
    assert done.returncode == 1, done.stderr
    dom = dump_dom(exe, tmp_path / "report.html", tmp_path / "profile")
    parsed = _Marks()
    parsed.feed(dom)
    assert parsed.html_class == "js"  # the page's script ran, under its own policy
    conflicts = {
        (m["data-side"], int(m["data-start"] or -1), int(m["data-end"] or -1))
        for m in parsed.marks
        if m["data-verdict"] == "conflict"
    }
    expected = {
        (side, text.index(claim), text.index(claim) + len(claim))
        for side, text, claim in [
            ("a", A_TEXT, "more than 16,000 children"),
            ("b", B_TEXT, "hundreds of children"),
            ("a", A_TEXT, "nearly £400,000"),
            ("b", B_TEXT, "1 million pounds"),
        ]
    }
    assert conflicts == expected
