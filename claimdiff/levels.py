"""A level a change reached, judged on its figure where the change's size is compared.

"Unemployment rose to 7.2%, up 0.4 points" against "the jobless rate dipped to 7.2 per
cent, a fall of 0.3 points": the two disagree on which way the rate moved, and say so
in the sizes of the change (0.4 points up, 0.3 down).  The level both give is the same
figure, and a reader calls it one: the direction is the change's, reported once, where
its sizes are paired.  Where neither text gives a size beside the level ("rose to 7.2%",
"fell to 7.2%"), the level is the only place the disagreement shows, and it stays a
conflict there (docs/compare.md, "Levels beside the sizes of their change").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

from claimdiff.findings import finding, guessed, paired_by_elimination
from claimdiff.model import Claim, Finding, Verdict
from claimdiff.verdict import Judgement, change_part, direction_clash

__all__ = ["levels_beside_sizes"]


def levels_beside_sizes(
    findings: Sequence[Finding],
    judged: Callable[[Claim, Claim], Judgement | str],
    names: tuple[str | None, str | None],
) -> list[Finding]:
    """``findings``, each level whose only clash is its direction judged again on its
    figures alone where the sizes of the two sentences' changes are paired too.

    A level is a change's end ("to", "from"); a size its "by" figure.  Only sizes that
    themselves clash on the direction carry it: where the sizes of the two sentences
    agree ("employment rose 0.3 points" in both), they may be another figure's change,
    and the levels' clash is the only one reported.  The sizes' pair keeps its own
    verdict.
    """
    sized = {
        (f.a.sentence, f.b.sentence)
        for f in findings
        if change_part(f.a) == change_part(f.b) == "by" and direction_clash(f.a, f.b)
    }
    if not sized:
        return list(findings)
    out = []
    for f in findings:
        if (
            change_part(f.a) != "by"
            and (f.a.sentence, f.b.sentence) in sized
            and direction_clash(f.a, f.b) is not None
        ):
            again = judged(attrs.evolve(f.a, direction=None), attrs.evolve(f.b, direction=None))
            if not isinstance(again, str):
                made = finding(f.a, f.b, again, f.score, *names)
                # Only a conflict says it may be two facts (compare.run labels no other).
                guess = guessed(f) and again.verdict is Verdict.CONFLICT
                f = paired_by_elimination(made) if guess else made
        out.append(f)
    return out
