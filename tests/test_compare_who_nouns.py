"""A count's class read from its own noun naming who is counted forbids no pair
(candidates.Rules.says_who; docs/compare.md, "Evidence against")."""

from __future__ import annotations

import pytest

from claimdiff import Verdict, compare


@pytest.mark.parametrize(
    ("a", "b", "pair", "expected"),
    [
        # "residents" says who was counted, not what befell them.
        (
            "At the care home, 42 residents have fallen ill.",
            "The outbreak has affected 42 residents, the council said.",
            ("42 residents", "42 residents"),
            Verdict.AGREE,
        ),
        (
            "About 900 residents were moved to shelters overnight.",
            "Officials evacuated about 900 people as the river rose.",
            ("About 900 residents", "about 900 people"),
            Verdict.AGREE,
        ),
        (
            "Some 350 employees have signed the letter.",
            "The letter was signed by 350 members of staff.",
            ("Some 350 employees", "350 members of staff"),
            Verdict.AGREE,
        ),
        # A toll's own words name what befell them: the dead are never the wounded.
        (
            "Eight people died and 30 were injured in the blast.",
            "The blast left 30 dead and eight wounded.",
            ("30", "30 dead"),
            None,
        ),
        # Who is counted, and a verb that says what befell them: two tolls stay apart.
        (
            "Fourteen employees were injured when the roof fell.",
            "Fourteen workers died when the roof fell.",
            ("Fourteen employees", "Fourteen workers"),
            None,
        ),
    ],
)
def test_who_is_counted(a: str, b: str, pair: tuple[str, str], expected: Verdict | None) -> None:
    got = {(f.a.text, f.b.text): f.verdict for f in compare(a, b).findings}
    assert got.get(pair) is expected, got
