"""No claim is left wanting: an unpaired claim takes its best candidate from a partner
with less evidence (claimdiff.assignment._unblocked; docs/compare.md, "Assignment")."""

from __future__ import annotations

import numpy as np

from claimdiff import Verdict, compare
from claimdiff.align import FORBIDDEN
from claimdiff.assignment import assign


def test_the_best_total_leaves_no_claim_wanting() -> None:
    # Row 1's best (column 2, 0.58) went to row 2 (0.41) because the best total spent row
    # 1 on column 0 (0.29), a pair too weak to keep.
    scores = np.array(
        [
            [FORBIDDEN, 0.76, FORBIDDEN],
            [0.29, FORBIDDEN, 0.58],
            [FORBIDDEN, FORBIDDEN, 0.41],
        ]
    )
    lone = np.array([[False, True, True], [False, True, True], [False, True, True]])
    pairs = {(i, j) for i, j, _ in assign(scores, lone=lone)}
    assert pairs == {(0, 1), (1, 2)}


def test_a_pair_of_more_evidence_is_kept() -> None:
    # Row 1 wants column 0, whose partner has more evidence: nothing moves.
    scores = np.array([[0.8, 0.1], [0.5, FORBIDDEN]])
    assert {(i, j) for i, j, _ in assign(scores)} == {(0, 0)}


def test_twelve_injured_meet_a_dozen_hurt() -> None:
    a = (
        "Three people were killed and 12 injured when a coach overturned on the M6 near "
        "Stafford early on Saturday. Two of the injured remain in a critical condition, "
        "Staffordshire Police said."
    )
    b = (
        "A coach carrying 41 passengers overturned on the M6 in Staffordshire, leaving three "
        "dead and a dozen hurt. Officers arrested the driver at the scene. Two people are "
        "said to be fighting for their lives in hospital."
    )
    got = {(f.a.text, f.b.text): f.verdict for f in compare(a, b).findings}
    assert got.get(("12", "a dozen hurt")) is Verdict.AGREE, got
    assert ("Two", "a dozen hurt") not in got, got
