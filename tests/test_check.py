"""check(): an output made from a source — derived, restated, unsupported, omitted (issue 7)."""

from __future__ import annotations

import pytest

from claimdiff import Verdict, check, compare
from claimdiff.cli import main

SOURCE = "Acme said revenue rose from $10m to $12m last year. It employs 120 staff."

# (id, output, expected unsupported texts, conflicts expected)
CASES = [
    ("derived-pct", "Acme revenue was up 20% last year.", [], 0),
    ("invented", "Acme revenue was up 20% last year, with profit of $3m.", ["$3m"], 0),
    ("wrong-way", "Acme revenue fell 20% last year.", [], 1),
    ("near-miss", "Acme revenue was up 25% last year.", ["25%"], 0),
    ("changed-digit", "Acme said revenue rose from $10m to $13m last year.", [], 1),
    ("rounded-hedge", "Acme employs more than 100 staff.", [], 0),
    ("invented-quote", 'Acme said "we are thriving" last year.', ["we are thriving"], 0),
]


# (id, source, output, unsupported texts, conflicts): a year given differently is reported
# once, as the conflict; a change across years keeps its direction.
ONCE = [
    ("year-once", "The library will open in 2025, the mayor said.", "It opens in 2026.", [], 1),
    (
        "years-between-ends",
        "Revenue rose from $10m in 2022 to $12m in 2023.",
        "Revenue fell to $12m in 2023.",
        [],
        1,
    ),
]


@pytest.mark.parametrize(
    ("source", "output", "unsupported", "n_conflicts"),
    [c[1:] for c in ONCE],
    ids=[c[0] for c in ONCE],
)
def test_each_output_figure_is_reported_once(
    source: str, output: str, unsupported: list[str], n_conflicts: int
) -> None:
    r = check(source, output)
    assert [c.text for c in r.unsupported] == unsupported
    assert len(r.conflicts) == n_conflicts, [f.reason for f in r.conflicts]


@pytest.mark.parametrize(
    ("output", "unsupported", "n_conflicts"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_check_cases(output: str, unsupported: list[str], n_conflicts: int) -> None:
    """Each output gets exactly the unsupported figures and conflicts its source warrants."""
    r = check(SOURCE, output)
    assert [c.text for c in r.unsupported] == unsupported
    assert len(r.conflicts) == n_conflicts
    assert r.direction == "source"


def test_derivation_shown_in_reason() -> None:
    """A derived figure is an agreement labelled "derived" whose reason shows the arithmetic."""
    r = check(SOURCE, "Acme revenue was up 20% last year.")
    (f,) = [f for f in r.findings if f.label == "derived"]
    assert "$10m" in f.reason and "$12m" in f.reason and "20%" in f.reason


def test_omitted_is_informational() -> None:
    """Source claims left out are listed as omitted and do not make the report inconsistent."""
    r = check(SOURCE, "Acme revenue was up 20% last year.")
    assert [c.text for c in r.omitted] == ["120 staff"]
    assert r.consistent and not r.unsupported


def test_compare_source_direction_delegates() -> None:
    """compare(..., direction="source") is check()."""
    out = "Acme revenue was up 20% last year, with profit of $3m."
    assert compare(SOURCE, out, direction="source").unsupported == check(SOURCE, out).unsupported


def test_compare_rejects_unknown_direction() -> None:
    """An unknown direction is a ValueError naming the choices."""
    with pytest.raises(ValueError, match="peer"):
        compare("a", "b", direction="sideways")


@pytest.mark.parametrize(
    ("output", "code", "shown"),
    [
        ("Acme revenue was up 20% last year, with profit of $3m.", 1, "$3m"),
        ("Acme revenue was up 20% last year.", 0, "derived from"),
    ],
    ids=["invented-exits-1", "derived-exits-0"],
)
def test_cli_check(tmp_path, capsys, output: str, code: int, shown: str) -> None:  # type: ignore[no-untyped-def]
    """`claimdiff check SOURCE OUTPUT` exits 1 naming an invented figure, 0 showing a derivation."""
    (tmp_path / "s.txt").write_text(SOURCE, encoding="utf-8")
    (tmp_path / "o.txt").write_text(output, encoding="utf-8")
    assert main(["check", str(tmp_path / "s.txt"), str(tmp_path / "o.txt")]) == code
    assert shown in capsys.readouterr().out


def test_cli_allow_unsupported(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """--allow-unsupported exits 0 on an invented figure."""
    (tmp_path / "s.txt").write_text(SOURCE, encoding="utf-8")
    (tmp_path / "o.txt").write_text("Acme had profit of $3m.", encoding="utf-8")
    assert (
        main(["check", "--allow-unsupported", str(tmp_path / "s.txt"), str(tmp_path / "o.txt")])
        == 0
    )


@pytest.mark.parametrize(
    ("output", "allow", "fails", "needle"),
    [
        ("Revenue was $10m in 2023 and profit $3m.", False, True, "1 unsupported"),
        ("Revenue was $10m in 2023 and profit $3m.", True, False, None),
        ("Revenue was $12m in 2023.", False, True, "1 conflict"),
        ("Revenue was $10m in 2023.", False, False, None),
    ],
    ids=["invented", "invented-allowed", "changed", "faithful"],
)
def test_assert_consistent_checks_support(output, allow, fails, needle):
    """assert_consistent fails on conflicts and, unless allowed, on unsupported figures."""
    from claimdiff import assert_consistent

    source = "Revenue was $10m in 2023."
    if fails:
        with pytest.raises(AssertionError, match=needle):
            assert_consistent(source, output, allow_unsupported=allow)
    else:
        assert assert_consistent(source, output, allow_unsupported=allow).consistent


# (id, source, output, conflicts expected, unsupported texts) — rules found by the
# perturbation benchmark (bench/consistency.py, issue 7).
BENCH_RULES = [
    (
        "flipped-hedge-not-a-difference",
        "Kyiv says more than 16,000 children have been deported. 40 investigators work there.",
        "Fewer than 16,000 children have been deported, and 40 investigators work there.",
        1,
        [],
    ),
    (
        "lower-to-upper-bound",
        "Rescuers saved at least 120 people.",
        "At most 120 people were saved.",
        1,
        [],
    ),
    (
        "upper-to-lower-bound",
        "It stores up to 12,000 pallets.",
        "It stores at least 12,000 pallets.",
        1,
        [],
    ),
    (
        "same-bound-kept",
        "Rescuers saved at least 120 people.",
        "At least 120 people were saved.",
        0,
        [],
    ),
    ("misread-noun-restated", "Headcount was flat at 7,800.", "Headcount stayed at 7,800.", 0, []),
    (
        "moved-count-unsupported",
        "The firm employs 1,200 staff in 14 countries.",
        "The firm employs 14 staff in 1,200 countries.",
        2,
        [],
    ),
]


@pytest.mark.parametrize(
    ("source", "output", "n_conflicts", "unsupported"),
    [b[1:] for b in BENCH_RULES],
    ids=[b[0] for b in BENCH_RULES],
)
def test_check_bench_rules(
    source: str, output: str, n_conflicts: int, unsupported: list[str]
) -> None:
    """Flipped bounds conflict; a count whose noun was misread is restated; a moved count is not."""
    r = check(source, output)
    assert len(r.conflicts) == n_conflicts
    assert [c.text for c in r.unsupported] == unsupported


def test_invented_figure_of_another_thing_is_unsupported():
    """An invented profit next to a faithful revenue is unsupported, not a revenue conflict."""
    from claimdiff import check

    source = "Acme said revenue rose from $10 million to $12 million last year."
    output = "Revenue at Acme was up 20% last year, to $12 million, and profit hit $3 million."
    report = check(source, output)
    assert [c.text for c in report.unsupported] == ["$3 million"]
    assert not report.conflicts


def test_missing_rate_is_a_note_not_unsupported() -> None:
    """An amount kept from comparison only by a missing rate is noted, not flagged (issue 15)."""
    r = check(
        "Britain gave £1 million in aid.",
        "Britain gave $1.3 million in aid.",
        reference_rates=False,
    )
    assert not r.unsupported and not r.conflicts
    assert any("not compared" in n and "exchange rate" in n for n in r.notes), r.notes
    # With the shipped reference rates (the default) the two amounts are one.
    r = check("Britain gave £1 million in aid.", "Britain gave $1.3 million in aid.")
    assert [f.verdict.value for f in r.findings] == ["agree"], r.findings
    assert "reference rates" in r.findings[0].reason
    with_rate = check(
        "Britain gave £1 million in aid.",
        "Britain gave $1.3 million in aid.",
        rates={("USD", "GBP"): 0.5},
    )
    assert [f.verdict.value for f in with_rate.conflicts] == ["conflict"]


@pytest.mark.parametrize(
    ("source", "output", "flagged"),
    [
        ("The Tier 1 ratio was 13.8%.", "The Tier 2 ratio was 13.8%.", ["Tier 2"]),
        ("The Tier 1 ratio was 13.8%.", "The Tier 1 ratio was 13.8%.", []),
        ("Sales rose in the third quarter.", "Sales rose in Q3.", []),
        ("Sales rose in the third quarter.", "Sales rose more than in Q1.", ["Q1"]),
        ("Guidance for 2023 is $5bn.", "Guidance for 2024 is $5bn.", ["2024", "$5bn"]),
    ],
    ids=[
        "changed-name",
        "same-name",
        "period-named-in-words",
        "period-never-named",
        "year-never-named",
    ],
)
def test_numbers_that_name_things(source: str, output: str, flagged: list[str]) -> None:
    """A name, period or year with digits that the source never writes is unsupported."""
    assert [c.text for c in check(source, output).unsupported] == flagged


@pytest.mark.parametrize(
    ("source", "output", "label"),
    [
        (
            "Revenue was $3.36 billion versus $3.51 billion a year earlier.",
            "Revenue fell by $150 million.",
            "derived",
        ),
        (
            "Tessaro guided revenue to $2.2 billion to $2.4 billion.",
            "Guidance has a midpoint of $2.3 billion.",
            "derived",
        ),
        (
            "Capex will be in the range of $90 million to $100 million.",
            "Capex will range from $90 million to $100 million.",
            None,
        ),
        (
            "The bridge costs $6.4 million, of which a grant pays $5 million.",
            "About $1.4 million is not covered by the grant.",
            "derived",
        ),
    ],
    ids=["difference-of-a-versus-pair", "midpoint", "range-restated", "cost-less-grant"],
)
def test_supported_by_the_source(source: str, output: str, label: str | None) -> None:
    """Differences, midpoints, restated ranges and kin predicates support an output figure."""
    r = check(source, output)
    assert not r.unsupported and not r.conflicts, str(r)
    assert [f.label for f in r.findings] == [label]


@pytest.mark.parametrize(
    ("source", "output"),
    [
        (
            "Capex will be in the range of $90 million to $100 million.",
            "Capex will be $80 million to $100 million.",
        ),
        (
            "Drug sales of $1.73 billion were up 22% year over year.",
            "Drug sales of $1.73 billion were up 28%.",
        ),
        (
            "The company is increasing its dividend to $0.13 per share.",
            "The company is decreasing its dividend to $0.13 per share.",
        ),
        ("Net debt will fall below $25 billion.", "Net debt will fall above $25 billion."),
    ],
    ids=["range-end-changed", "change-size-changed", "direction-flipped", "bound-flipped"],
)
def test_contradicted_by_the_source(source: str, output: str) -> None:
    """A changed range end, change size, direction or bound is a conflict."""
    assert check(source, output).conflicts, str(check(source, output))


@pytest.mark.parametrize(
    ("output", "agrees", "flagged"),
    [
        ("The deal was worth £18.6m.", True, False),
        ("The deal was worth $23.5 million.", True, False),
        ("The deal was worth £25m.", False, True),
    ],
)
def test_amount_in_two_currencies_supports_either(output: str, agrees: bool, flagged: bool) -> None:
    """ "$23.5 million (£18.6m)" supports an output in either currency, and no other."""
    r = check("The deal was worth $23.5 million (£18.6m).", output)
    assert any(f.verdict is Verdict.AGREE for f in r.findings) is agrees
    assert (bool(r.unsupported) or bool(r.conflicts)) is flagged


# compare()'s readings of two reports (a round figure spelled out, a conversion rounded to
# a five, a length at a strict bound) are not check()'s: an output may not round a
# source's figure, nor add a bound it never gave (docs/compare.md, "Verdicts").
@pytest.mark.parametrize(
    ("source", "output", "conflict", "unsupported"),
    [
        ("The company will cut 546 jobs.", "The company will cut five hundred jobs.", True, []),
        ("The storm brought winds of 120mph.", "The storm brought winds of 195km/h.", True, []),
        (
            "The debate lasted six hours.",
            "The debate lasted more than six hours.",
            False,
            ["more than six hours"],
        ),
    ],
)
def test_compare_readings_stay_out_of_check(
    source: str, output: str, conflict: bool, unsupported: list[str]
) -> None:
    r = check(source, output)
    assert bool(r.conflicts) is conflict, [f.reason for f in r.conflicts]
    assert [c.text for c in r.unsupported] == unsupported
