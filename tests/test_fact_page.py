"""A reconciliation's HTML page, read back without a browser: columns, marks, the fact table.

The page is built by claimdiff/fact_page.py on the generic builder of
claimdiff/html_page.py; what Chromium makes of it is in test_fact_page_browser.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_html_page import Parsed

from claimdiff import Reconciliation, Verdict, reconcile
from claimdiff.fact_page import SIDE_BY_SIDE, reconciliation_page
from claimdiff.html_page import Cell, Column, Mark, Page, Table, render_page

FIRE = Path(__file__).resolve().parent.parent / "fixtures" / "fire"
DOCS = {p.name: p.read_text("utf-8") for p in sorted(FIRE.glob("*.txt"))}


@pytest.fixture(scope="module")
def fire() -> Reconciliation:
    """The four reports of the Northfield fire."""
    return reconcile(DOCS)


@pytest.fixture(scope="module")
def parsed(fire: Reconciliation) -> Parsed:
    """The fire's page, read back."""
    return Parsed(fire.to_html())


def test_every_text_is_shown_whole(parsed: Parsed) -> None:
    """One column per source, in the order given, each holding its text character for character."""
    assert list(parsed.texts) == ["s1", "s2", "s3", "s4"]
    assert list(parsed.texts.values()) == list(DOCS.values())


def test_every_claim_is_marked_where_it_stands(fire: Reconciliation, parsed: Parsed) -> None:
    """Each claim of a fact, and each single claim, is one mark over exactly its span."""
    keys = {s: f"s{n}" for n, s in enumerate(fire.sources, 1)}
    expected = {(keys[s], c.span, c.text) for f in fire.facts for s, c in f.claims.items()}
    expected |= {(keys[s], c.span, c.text) for s, cs in fire.single.items() for c in cs}
    got = {(m["data-side"], (int(m["data-start"]), int(m["data-end"])), m["text"])
           for m in parsed.marks}  # fmt: skip
    assert got == expected


def test_outliers_are_marked_as_conflicts(fire: Reconciliation, parsed: Parsed) -> None:
    """An outlier is marked a conflict; the majority agree or compatible; singles quietly."""
    verdicts = {m["text"]: m["data-verdict"] for m in parsed.marks}
    assert [verdicts[t] for t in ("41 workers", "Around 2,000 homes", "£8m")] == ["conflict"] * 3
    assert verdicts["Fourteen workers"] == "agree"
    assert verdicts["about £3 million"] == "agree"  # "about" holds £3m within 5%
    assert verdicts["three roads"] == "only"


def test_the_fact_table_has_a_row_per_fact_and_a_column_per_source(fire: Reconciliation) -> None:
    """The table's head names the sources; its cells link to the marks, outliers in conflict."""
    page = reconciliation_page(fire)
    (table,) = page.tables
    assert table.head == ("fact", *fire.sources, "verdict")
    # Conflicts first, then facts the sources hold compatibly, then agreements.
    order = [Verdict.CONFLICT, Verdict.COMPATIBLE, Verdict.AGREE]
    ranked = [f.what for v in order for f in fire.facts if f.verdict is v]
    assert [row[0].text for row in table.rows] == ranked
    workers = table.rows[0]
    assert (workers[1].text, workers[1].verdict) == ("41 workers (outlier)", "conflict")
    assert (workers[2].text, workers[2].verdict) == ("Fourteen workers", "agree")
    marks = {m.id for c in page.columns for m in c.marks}
    assert {cell.mark for row in table.rows for cell in row if cell.mark} <= marks


def test_conflicts_come_first_naming_every_source(parsed: Parsed) -> None:
    """Each fact is one entry, conflicts first, with a link to every source's claim."""
    entries = [a for t, a in parsed.tags if t == "li" and "entry" in (a.get("class") or "")]
    tones = [e["data-tone"] for e in entries]
    # Three conflicts; the time of the fire three sources give ("just before midnight",
    # "about 11.45pm", "shortly before midnight"); the day, then figures.
    assert tones == ["conflict"] * 3 + ["compatible"] + ["agree"] * 2 + ["only"] * 6
    assert len((entries[0]["data-marks"] or "").split()) == 4


@pytest.mark.parametrize(("n", "stacked"), [(2, False), (SIDE_BY_SIDE, False), (4, True)])
def test_many_sources_stack(n: int, stacked: bool) -> None:
    """Up to three texts stand side by side; more are stacked below the facts."""
    docs = dict(list(DOCS.items())[:n])
    tags = Parsed(reconcile(docs).to_html()).tags
    (main,) = [a for t, a in tags if t == "main"]
    assert main["class"] == f"columns-{n}" + (" layout-stacked" if stacked else "")


def test_hostile_names_and_texts_stay_text() -> None:
    """Source names and texts are escaped wherever they land, table head included."""
    name = '<img src=x onerror="alert(1)">'
    docs = {name: "<script>alert(2)</script> 14 workers were hurt.", "B": "14 workers were hurt."}
    page = reconcile(docs).to_html()
    parsed = Parsed(page)
    assert "img" not in {t for t, _ in parsed.tags} and len(parsed.scripts) == 1
    assert parsed.texts["s1"] == docs[name]
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in page


# --- the builder's hooks this page uses ----------------------------------------------


def _page(verdict: str = "conflict", layout: str = "side-by-side") -> Page:
    column = Column("a", "A", "a", "Turnout was 61%.", (Mark("m1", 12, 15, "agree"),))
    table = Table("t", ("fact", "A"), ((Cell("turnout"), Cell("61%", "m1", verdict)),))
    return Page("p", (column,), tables=(table,), layout=layout)  # type: ignore[arg-type]


def test_a_cell_may_carry_a_verdict() -> None:
    """A cell with a verdict is drawn in its tone and says it in data-verdict."""
    tags = Parsed(render_page(_page())).tags
    cells = [a for t, a in tags if t == "td"]
    assert cells == [{}, {"class": "t-conflict", "data-verdict": "conflict"}]


def test_a_cell_with_an_unknown_verdict_is_refused() -> None:
    """A cell's verdict is one of the page's tones, as a mark's is."""
    with pytest.raises(ValueError, match="unknown verdict"):
        render_page(_page("wrong"))


def test_the_default_layout_is_unchanged() -> None:
    """Pages that do not ask for a layout render as before: no layout class."""
    tags = Parsed(render_page(_page())).tags
    assert [a for t, a in tags if t == "main"] == [{"class": "columns-1"}]
    tags = Parsed(render_page(_page(layout="stacked"))).tags
    assert [a for t, a in tags if t == "main"] == [{"class": "columns-1 layout-stacked"}]
