"""A reconciliation's page in headless Chromium: marks where the claims are, facts above the texts.

Skips without Chromium, as test_html_browser.py does (see tests/headless.py).
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest
from headless import Browser

from claimdiff import reconcile

pytestmark = pytest.mark.browser

FIRE = Path(__file__).resolve().parent.parent / "fixtures" / "fire"
DOCS = {p.name: p.read_text("utf-8") for p in sorted(FIRE.glob("*.txt"))}

BOXES_JS = """Object.fromEntries(["main", ".findings", "table.facts", ".text-pane"].map(s =>
  [s, Array.from(document.querySelectorAll(s)).map(e => {
    const r = e.getBoundingClientRect(); return {top: r.top, bottom: r.bottom, left: r.left};
  })]))"""


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fire's page on disk."""
    path = tmp_path_factory.mktemp("html") / "fire.html"
    path.write_text(reconcile(DOCS).to_html(), "utf-8")
    return path


def test_marks_cover_their_claims_in_every_column(browser: Browser, page: Path) -> None:
    """In the DOM each mark encloses exactly text[start:end] of its own source's column."""
    texts = dict(zip(("s1", "s2", "s3", "s4"), DOCS.values(), strict=True))
    with browser.page() as tab:
        tab.open(page)
        marks: list[dict[str, Any]] = tab.js(
            """Array.from(document.querySelectorAll("mark")).map(m => ({side: m.dataset.side,
              start: Number(m.dataset.start), end: Number(m.dataset.end), text: m.textContent}))"""
        )
    # 19 figures, the four sources' Tuesday and wire's Wednesday, three times of day.
    assert len(marks) == 27
    assert all(texts[m["side"]][m["start"] : m["end"]] == m["text"] for m in marks)


def test_facts_stand_above_the_texts_without_overlap(browser: Browser, page: Path) -> None:
    """Four sources are stacked: the fact table first, then the texts, none drawn over another."""
    with browser.page() as tab:
        tab.open(page)
        boxes: dict[str, list[dict[str, float]]] = tab.js(BOXES_JS)
    (findings,), (table,) = boxes[".findings"], boxes["table.facts"]
    panes = boxes[".text-pane"]
    assert findings["top"] <= table["top"] < table["bottom"] <= findings["bottom"]
    assert all(p["top"] >= findings["bottom"] - 1 for p in panes)
    rows: dict[float, list[dict[str, float]]] = {}
    for p in panes:
        rows.setdefault(p["top"], []).append(p)
    lower = sorted(rows)
    for above, below in itertools.pairwise(lower):
        assert all(p["bottom"] <= below + 1 for p in rows[above])


def test_clicking_an_outlier_in_the_table_selects_its_fact(browser: Browser, page: Path) -> None:
    """A table cell links to its mark: clicking it selects the fact and marks its claims."""
    with browser.page() as tab:
        tab.open(page)
        tab.click('table.facts td[data-verdict="conflict"] a')
        selected = tab.js('document.querySelector(".entry.selected").dataset.marks')
        shown = tab.js('Array.from(document.querySelectorAll("mark.selected")).map(m => m.id)')
    assert sorted(selected.split()) == sorted(shown) and len(shown) == 4
