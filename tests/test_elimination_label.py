"""A conflict between two figures paired only as the last of their kind left is labelled
so (claimdiff.assignment.by_elimination; docs/compare.md, "Verdicts")."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from claimdiff import Verdict, compare
from claimdiff.assignment import EVIDENCE, assign, by_elimination
from claimdiff.cli import main
from claimdiff.findings import BY_ELIMINATION

# Two sums in each text: the bonus agrees word for word, the salary is left over.
_PAY_A = (
    "The chief executive's base salary rose to $1.1m last year, and she received a bonus"
    " of $1.4m, the filing shows."
)
_PAY_B = (
    "According to the proxy statement, her incentive award was $1.4 million on top of a"
    " basic pay packet of $950,000."
)
_SAID = "paired only as the last figures of their kind left"


@pytest.mark.parametrize(
    ("a", "b", "pair", "verdict", "labelled"),
    [
        (_PAY_A, _PAY_B, ("$1.1m", "$950,000"), Verdict.CONFLICT, True),
        (_PAY_A, _PAY_B, ("$1.4m", "$1.4 million"), Verdict.AGREE, False),
        # The company's 18,200 people are no candidate of the 1,200 roles, fifteen times
        # fewer (counts an order of magnitude apart are two facts): the jobs and the roles
        # are each other's best, no pair by elimination.
        (
            "The software company will cut 1,800 jobs and close 6 offices, it announced on"
            " Wednesday. It currently employs 18,200 people.",
            "More than 18,000 staff work for the company, which plans to shed 1,200 roles. Six"
            " of its offices will shut.",
            ("1,800 jobs", "1,200 roles"),
            Verdict.CONFLICT,
            False,
        ),
        # Paired on evidence of their own (one noun, one predicate): no label.
        (
            "Kyiv says more than 16,000 children were deported.",
            "Kyiv says hundreds of children were deported.",
            ("more than 16,000 children", "hundreds of children"),
            Verdict.CONFLICT,
            False,
        ),
    ],
)
def test_label_of_a_pair_by_elimination(
    a: str, b: str, pair: tuple[str, str], verdict: Verdict, labelled: bool
) -> None:
    (f,) = [f for f in compare(a, b).findings if (f.a.text, f.b.text) == pair]
    assert f.verdict is verdict
    assert (_SAID in f.reason) is labelled
    # The label says so unless another says more ("sources differ").
    if f.label != "sources differ":
        assert (f.label == BY_ELIMINATION) is labelled


_F = False


@pytest.mark.parametrize(
    ("scores", "lone", "expected"),
    [
        # Weak, and each would rather meet a claim paired elsewhere: by elimination.
        ([[0.9, 0.2], [0.8, 0.25]], None, [(1, 1)]),
        # Weak but each other's best in a block larger than 1 × 1: not.
        ([[0.3, 0.1], [0.1, 0.2]], None, []),
        # Not each other's best, but on evidence of its own: not.
        ([[0.9, 0.8], [0.95, 0.1]], None, []),
        # A best candidate no pair could take (weak, forbidden alone) competes with nothing.
        ([[0.3, 0.2]], [[_F, True]], []),
    ],
)
def test_by_elimination(
    scores: list[list[float]], lone: list[list[bool]] | None, expected: list[tuple[int, int]]
) -> None:
    s = np.array(scores)
    mask = None if lone is None else np.array(lone)
    pairs = assign(s, lone=mask)
    assert sorted(by_elimination(s, pairs, mask)) == expected
    assert all(score < EVIDENCE for i, j, score in pairs if (i, j) in set(expected))


@pytest.mark.parametrize(
    ("a", "b", "firm", "code"),
    [
        # Its one conflict is paired by elimination: --firm lets it pass.
        (_PAY_A, _PAY_B, False, 1),
        (_PAY_A, _PAY_B, True, 0),
        # A conflict on evidence of its own fails either way.
        (
            "Kyiv says more than 16,000 children were deported.",
            "Kyiv says hundreds of children were deported.",
            True,
            1,
        ),
    ],
)
def test_firm_exit_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], a: str, b: str, firm: bool, code: int
) -> None:
    (tmp_path / "a.txt").write_text(a, "utf-8")
    (tmp_path / "b.txt").write_text(b, "utf-8")
    argv = [
        "compare",
        *(["--firm"] if firm else []),
        str(tmp_path / "a.txt"),
        str(tmp_path / "b.txt"),
    ]
    assert main(argv) == code
    assert "CONFLICT" in capsys.readouterr().out  # printed whatever the exit code
