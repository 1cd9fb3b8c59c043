"""reconcile(): many sources of one event, their facts, the majority and the outliers (issue 14)."""

from __future__ import annotations

import json
import os
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sources import event

import claimdiff
import claimdiff.grouping
import claimdiff.majority
import claimdiff.prepare
from claimdiff import Document, TextTooLargeError, Verdict, reconcile
from claimdiff.grouping import CANDIDATE_FACTS, REPRESENTATIVES
from claimdiff.lexicon import get_lexicon
from claimdiff.model import Claim, Kind, Quantity
from claimdiff.reconcile import _quoted

FIRE = Path(__file__).resolve().parent.parent / "fixtures" / "fire"
GOLDEN = FIRE / "reconciliation.json"


def _fire() -> dict[str, str]:
    return {p.name: p.read_text("utf-8") for p in sorted(FIRE.glob("*.txt"))}


@pytest.fixture(scope="module")
def fire() -> claimdiff.Reconciliation:
    """The four reports of the Northfield fire."""
    return reconcile(_fire())


# --- the fire of the issue ----------------------------------------------------------


def test_docs_print_the_fire_as_it_is(fire: claimdiff.Reconciliation) -> None:
    """docs/reconcile.md's printed fact table is the one the fire gives today, line for line."""
    page = (FIRE.parent.parent / "docs" / "reconcile.md").read_text("utf-8")
    start = page.index("`claimdiff reconcile fixtures/fire/*.txt` prints:\n\n```\n")
    block = page[page.index("```\n", start) + 4 :]
    assert block[: block.index("```\n")] == str(fire)


# (what, outlier, the reason)
FIRE_FACTS = [
    ("workers (count)", "courier.txt",
     "3 of 4 sources say 14 workers; courier.txt says 41 workers (according to the local council)"),
    ("homes (count)", "herald.txt",
     "3 of 4 sources say about 200 homes; herald.txt says around 2,000 homes"
     " (according to police)"),
    ("damage (money)", "radio.txt",
     "3 of 4 sources say £3 million; radio.txt says £8m (according to Greenway Recycling)"),
]  # fmt: skip


def test_fire_has_three_facts_of_all_four_sources(fire: claimdiff.Reconciliation) -> None:
    """Workers, homes and damage: four sources each, one outlier named in each, with reasons;
    and the day of the fire, which all four give alike."""
    full = [f for f in fire.facts if len(f.claims) == 4]
    got = [(f.what, f.outliers, f.reason) for f in full]
    day = ("day of the week", (), "all 4 sources say Tuesday")
    assert got == [day] + [(what, (outlier,), reason) for what, outlier, reason in FIRE_FACTS]
    assert all(f.verdict is Verdict.CONFLICT and f.majority for f in full[1:])
    assert full[0].verdict is Verdict.AGREE


def test_fire_outliers_are_judged_against_the_majority(fire: claimdiff.Reconciliation) -> None:
    """Each outlier's stance is a conflict; every other source of the fact supports the majority."""
    for f in fire.facts[:3]:
        for source, stance in f.stances.items():
            expected = Verdict.CONFLICT if source in f.outliers else stance
            assert stance is expected
            assert (stance is Verdict.CONFLICT) == (source in f.outliers)


def test_fire_single_claims(fire: claimdiff.Reconciliation) -> None:
    """Figures only one report gives are listed under that report."""
    single = {s: [c.text for c in cs] for s, cs in fire.single.items()}
    assert single == {
        "courier.txt": ["40,000 tonnes"],
        "herald.txt": ["within a month", "three roads"],
        "radio.txt": [],
        "wire.txt": ["March 14", "Wednesday", "six hours"],
    }


def test_fire_golden(fire: claimdiff.Reconciliation) -> None:
    """All of it matches the reviewed golden file (CLAIMDIFF_UPDATE_GOLDEN=1 rewrites it)."""
    got = fire.to_dict()
    if os.environ.get("CLAIMDIFF_UPDATE_GOLDEN"):
        GOLDEN.write_text(json.dumps(got, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert got == json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_json_round_trips_with_schema(fire: claimdiff.Reconciliation) -> None:
    """to_json() is the JSON text of to_dict(), named by its schema and version."""
    d = json.loads(fire.to_json())
    assert d == fire.to_dict()
    assert (d["schema"], d["version"]) == ("claimdiff.reconciliation", 1)
    assert d["summary"]["outliers"] == {"courier.txt": 1, "herald.txt": 1, "radio.txt": 1,
                                        "wire.txt": 0}  # fmt: skip
    assert d["facts"][1]["consensus"]["text"] == "14 workers"


def test_text_table_marks_outliers(fire: claimdiff.Reconciliation) -> None:
    """str() is the fact table: a row per fact, a column per source, outliers starred."""
    text = str(fire)
    row = next(line for line in text.splitlines() if line.startswith("!  workers"))
    assert row.split()[3:5] == ["41", "workers"] and "workers *" in row
    assert "* outlier: conflicts with the majority" in text


# --- the majority -------------------------------------------------------------------

# (figures of one fact by source, verdict, outliers, consensus (low, high) or None)
MAJORITIES = [
    pytest.param((14, 14, 14, 41), "conflict", ("D",), (14, 14), id="3-vs-1"),
    pytest.param((14, 14, 41), "conflict", ("C",), (14, 14), id="2-vs-1"),
    pytest.param((14, 14, 41, 41), "conflict", (), None, id="2-vs-2-no-majority"),
    pytest.param((14, 41), "conflict", (), None, id="1-vs-1-no-majority"),
    pytest.param((14, 14, 14), "agree", (), (14, 14), id="all-agree"),
    pytest.param((14, 41, 14, 90, 14), "conflict", ("B", "D"), (14, 14), id="3-vs-2-outliers"),
    pytest.param((14, 41, 90, 14), "conflict", (), None, id="2-of-4-no-majority"),
]


@pytest.mark.parametrize(("figures", "verdict", "outliers", "consensus"), MAJORITIES)
def test_majority_and_outliers(
    figures: tuple[int, ...], verdict: str, outliers: tuple[str, ...],
    consensus: tuple[float, float] | None,
) -> None:  # fmt: skip
    """More than half of the sources make a majority; only then are the others named outliers."""
    docs = {
        chr(65 + k): f"The fire service said {n} workers were injured."
        for k, n in enumerate(figures)
    }
    (f,) = reconcile(docs).facts
    assert (f.verdict.value, f.outliers) == (verdict, outliers)
    assert (None if f.consensus is None else f.consensus.interval) == consensus


def test_tie_names_nobody() -> None:
    """Two against two: no majority, no consensus, no outlier, and the reason says so."""
    docs = dict(
        zip("ABCD", ["14 workers were hurt."] * 2 + ["41 workers were hurt."] * 2, strict=True)
    )
    (f,) = reconcile(docs).facts
    assert (f.majority, f.outliers) == (False, ())
    assert f.reason == (
        "no majority: A says 14 workers; B says 14 workers; C says 41 workers; D says 41 workers"
    )


def test_compatible_figures_agree_on_a_range() -> None:
    """Hedged figures that overlap are compatible, and the consensus is the range they share."""
    docs = {"A": "About 200 homes were evacuated.", "B": "Fewer than 190 homes were evacuated.",
            "C": "At least 185 homes were evacuated."}  # fmt: skip
    (f,) = reconcile(docs).facts
    assert f.verdict is Verdict.COMPATIBLE and f.outliers == ()
    assert f.consensus is not None and f.consensus.interval == (185, 190)
    assert f.reason == "all 3 sources agree on 185 to 190 homes"


def test_a_consensus_holding_the_reference_figure_is_said_as_written() -> None:
    """When the shared range holds the reference's figure, the reason gives that figure."""
    docs = {"A": "97 homes were evacuated.", "B": "Up to 97 homes were evacuated.",
            "C": "97 homes were evacuated."}  # fmt: skip
    (f,) = reconcile(docs).facts
    assert f.verdict is Verdict.COMPATIBLE
    assert f.reason == "all 3 sources agree on 97 homes"


def _three(a: str, b: str, c: str) -> dict[str, str]:
    return {"A": a, "B": b, "C": c}


# (three texts, the one fact's reason)
WORDED_REASONS = [
    pytest.param(_three("The driver, 47, was held.", "The driver, 47, was arrested.",
                        "The driver, 74, was arrested."),
                 "2 of 3 sources say 47 years old; C says 74 years old", id="bare-age"),
    pytest.param(_three("The 47-year-old driver was arrested.", "The 47-year-old driver was held.",
                        "The 74-year-old driver was arrested."),
                 "2 of 3 sources say the 47-year-old driver; C says the 74-year-old driver",
                 id="age-opening-its-sentence"),
    pytest.param(_three("About 1,200 litres leaked.", "About 1,200 litres leaked into a brook.",
                        "Some 12,000 litres leaked."),
                 "2 of 3 sources say about 1,200 litres; C says some 12,000 litres",
                 id="hedge-opening-its-sentence"),
    pytest.param(_three("A baby, aged 18 months, was hurt.", "An 18-month-old baby was hurt.",
                        "A baby, aged two, was hurt."),
                 "2 of 3 sources say aged 18 months; C says aged two", id="age-in-words"),
]  # fmt: skip


@pytest.mark.parametrize(("docs", "reason"), WORDED_REASONS)
def test_reasons_quote_claims_as_mid_sentence_words(docs: dict[str, str], reason: str) -> None:
    """A reason gives an age with its unit, never a bare "47", and quotes a claim that opens
    its sentence without the sentence's capital ("says the 74-year-old driver")."""
    (f,) = reconcile(docs).facts
    assert f.reason == reason


def _opening(text: str, *, at: int = 0) -> Claim:
    """A count claim of ``text`` at ``at`` in a sentence that starts at 0."""
    q = Quantity(400, 400, 400)
    return Claim(text, (at, at + len(text)), Kind.COUNT, q, sentence=(0, at + len(text) + 1))


# (the claim, the language, how a reason quotes it)
QUOTED = [
    pytest.param(_opening("The 400 jobs"), "en", "the 400 jobs", id="article"),
    pytest.param(_opening("Around 400 jobs"), "en", "around 400 jobs", id="hedge"),
    pytest.param(_opening("A 400-strong crowd"), "en", "a 400-strong crowd", id="one-letter"),
    pytest.param(_opening("The 400 jobs", at=9), "en", "The 400 jobs", id="not-opening"),
    pytest.param(_opening("Toyota's 400 jobs"), "en", "Toyota's 400 jobs", id="name"),
    pytest.param(_opening("UKHSA's 400 cases"), "en", "UKHSA's 400 cases", id="acronym"),
    pytest.param(_opening("Rund 400 Stellen"), "de", "Rund 400 Stellen", id="german-nouns"),
]  # fmt: skip


@pytest.mark.parametrize(("claim", "lang", "quoted"), QUOTED)
def test_only_a_sentences_capital_is_lowered(claim: Claim, lang: str, quoted: str) -> None:
    """The first letter is lowered where it is the sentence's capital, not a name's, and only
    in a language that capitalises names alone."""
    assert _quoted(claim, get_lexicon(lang)) == quoted


def test_a_peak_said_up_to_is_its_figure() -> None:
    """A measured peak said "up to" is read as its figure (claimdiff.peaks), as in compare()."""
    docs = {"A": "Gusts reached 97mph.", "B": "Winds of up to 97 mph were recorded.",
            "C": "Gusts reached 97mph."}  # fmt: skip
    (f,) = reconcile(docs).facts
    assert f.verdict is Verdict.AGREE
    assert f.reason == "all 3 sources say 97mph"


def test_money_with_no_rate_is_not_compared() -> None:
    """An amount no rate converts stays in its fact, its stance None, and a note says why."""
    docs = {"A": "The damage was put at £3m.", "B": "The damage was put at £3m.",
            "C": "The damage was put at $9m."}  # fmt: skip
    r = reconcile(docs)
    (f,) = r.facts
    assert f.stances["C"] is None and f.outliers == ()
    assert "C's figure was not compared" in f.reason
    assert any(n.startswith("not compared:") and "$9m" in n for n in r.notes)


def test_money_with_a_given_rate_is_compared() -> None:
    """With a rate, the dollar amount is converted and judged like the others."""
    docs = {"A": "The damage was put at £3m.", "B": "The damage was put at £3m.",
            "C": "The damage was put at $9m."}  # fmt: skip
    (f,) = reconcile(docs, rates={("USD", "GBP"): 0.8}).facts
    assert f.outliers == ("C",)


# --- grouping -----------------------------------------------------------------------


def test_a_chain_is_cut_at_its_weakest_link() -> None:
    """A pairs with B and B with C, but A and C speak of other years: C does not join A's fact."""
    docs = {"A": "In 2023, 14 workers were injured at the plant.",
            "B": "14 workers were injured at the plant.",
            "C": "In 2024, 14 workers were injured at the plant."}  # fmt: skip
    assert [(f.a.text, f.b.text) for f in claimdiff.compare(docs["B"], docs["C"]).findings] == [
        ("14 workers", "14 workers")
    ]
    r = reconcile(docs)
    assert [list(f.claims) for f in r.facts] == [["A", "B"]]
    assert [c.period for c in r.single["C"]] == ["2024"]


def test_two_sources_pair_as_compare_does() -> None:
    """With two sources, the facts are compare()'s pairs: one notion of the same fact."""
    a = (FIRE.parent / "telegraph_icc.txt").read_text("utf-8")
    b = (FIRE.parent / "reuters_icc.txt").read_text("utf-8")
    report = claimdiff.compare(Document(a, "A"), Document(b, "B"))
    r = reconcile({"A": a, "B": b})
    compared = {(f.a.span, f.b.span) for f in report.findings}
    assert {(f.claims["A"].span, f.claims["B"].span) for f in r.facts} >= compared
    not_compared = [n for n in report.notes if n.startswith("not compared")]
    assert len(r.facts) == len(compared) + len(not_compared)


@pytest.mark.parametrize("seed", range(5))
def test_every_claim_is_in_one_fact_and_no_source_twice(seed: int) -> None:
    """Each paired claim is in one fact or among the single ones; a fact holds a source once."""
    rng = random.Random(seed)
    docs = event(rng, 8, {1: "homes", 5: "damage"})
    r = reconcile(docs)
    seen = [(s, c.span) for f in r.facts for s, c in f.claims.items()]
    seen += [(s, c.span) for s, cs in r.single.items() for c in cs]
    assert len(seen) == len(set(seen))
    lex = claimdiff.lexicon.get_lexicon("en")
    expected = {
        (s, c.claim.span)
        for s, t in docs.items()
        for c in claimdiff.prepare.prepare(Document(t, s), lex, None).candidates
    }
    assert set(seen) == expected


def test_sources_in_the_order_given() -> None:
    """Sources, fact columns and the table follow the mapping's order."""
    docs = dict(reversed(list(_fire().items())))
    r = reconcile(docs)
    assert r.sources == tuple(docs)
    assert list(r.facts[0].claims) == [s for s in docs if s in r.facts[0].claims]


# --- cost ---------------------------------------------------------------------------


def _counting(
    monkeypatch: pytest.MonkeyPatch, module: Any, name: str, measure: Callable[..., int]
) -> list[int]:
    counts = [0]
    real = getattr(module, name)

    def spy(*args: Any, **kwargs: Any) -> Any:
        counts[0] += measure(*args)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, spy)
    return counts


def _cost(monkeypatch: pytest.MonkeyPatch, n: int) -> tuple[int, int, int]:
    """Score-matrix cells, judgements and extractions of one reconciliation of ``n`` sources."""
    with monkeypatch.context() as m:
        cells = _counting(m, claimdiff.grouping, "score_block", lambda a, b, *_: len(a) * len(b))
        judged = _counting(m, claimdiff.majority, "judge", lambda *_: 1)
        extracted = _counting(m, claimdiff.prepare, "extract", lambda *_: 1)
        reconcile(event(random.Random(50), n, {k: "homes" for k in range(0, n, 7)}))
    return cells[0], judged[0], extracted[0]


def test_cost_grows_with_the_claims_not_their_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Five times the sources cost under ten times the scoring and judging; all pairs would cost 25.

    Linear work costs five times as much, a little more while the first
    sources' facts gain their representatives (7.4 times, measured).
    """
    cells_10, judged_10, extracted_10 = _cost(monkeypatch, 10)
    cells_50, judged_50, extracted_50 = _cost(monkeypatch, 50)
    assert (extracted_10, extracted_50) == (10, 50)  # extraction runs once per source
    assert cells_50 / cells_10 < 10, (cells_10, cells_50)
    assert judged_50 / judged_10 < 10, (judged_10, judged_50)
    claims_50 = 5 * 50
    assert cells_50 <= claims_50 * REPRESENTATIVES * CANDIDATE_FACTS


# --- input --------------------------------------------------------------------------

BAD_INPUT = [
    pytest.param({"A": "14 workers."}, ValueError, "at least two sources", id="one-source"),
    pytest.param([("A", "x"), ("B", "y")], TypeError, "mapping of source name", id="not-a-mapping"),
    pytest.param({"A": "x", "": "y"}, TypeError, "non-empty strings", id="empty-name"),
    pytest.param({"A": "x", 2: "y"}, TypeError, "non-empty strings", id="name-not-str"),
    pytest.param({"A": "x", "B": None}, TypeError, "B must be str", id="text-none"),
    pytest.param({"A": "x", "B": b"\xff"}, ValueError, "B is not valid UTF-8", id="not-utf8"),
]


@pytest.mark.parametrize(("docs", "error", "message"), BAD_INPUT)
def test_bad_input_is_refused(docs: Any, error: type[Exception], message: str) -> None:
    """Unusable input raises a typed error naming the source at fault."""
    with pytest.raises(error, match=message):
        reconcile(docs)


def test_too_large_a_text_is_refused() -> None:
    """max_chars applies to every source, as for compare()."""
    with pytest.raises(TextTooLargeError, match="B is 20 characters"):
        reconcile({"A": "short", "B": "x" * 20}, max_chars=10)


def test_documents_and_bytes_are_read() -> None:
    """A Document is named by its key; UTF-8 bytes are decoded."""
    docs = {"A": Document("14 workers were hurt.", "ignored"), "B": b"14 workers were hurt."}
    r = reconcile(docs)
    assert r.sources == ("A", "B") and list(r.facts[0].claims) == ["A", "B"]
    assert r.texts["A"] == "14 workers were hurt."
