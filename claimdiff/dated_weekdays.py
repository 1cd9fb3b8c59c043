"""A day of the week written with a date: "Sunday 21 July" against "Monday, July 21".

Extraction reads the day of the week written right before a calendar date as part of the
date (claimdiff.extract.dates.weekdays), so two reports that give one date two different
days of the week agreed on the date and said nothing of the day.  A reader sees that one
of them is wrong: such a pair is a conflict (docs/compare.md, "A day of the week written
with a date").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs

from claimdiff.model import Finding, Kind, Verdict
from claimdiff.pattern_code import compile_pattern

__all__ = ["day_before", "weekdays_apart", "written_day_before"]

# A day of the week right before a date, with at most a comma or "the" between: "Sunday
# 21 July", "Monday, July 21", "Friday the 14th".
_BEFORE = compile_pattern(r"(?P<day>[A-Z][a-z]+)\s*,?\s*(?:the\s+)?$")
_REACH = 16  # characters looked at before a date: the longest day, a comma and "the"


def weekdays_apart(
    findings: Sequence[Finding], texts: tuple[str, str], days: Mapping[str, int]
) -> list[Finding]:
    """``findings`` with each agreement of two dates made a conflict where each text
    writes a different day of the week (``days``: the lexicon's ``WEEKDAYS``) with it."""
    if not days:
        return list(findings)
    out = []
    for f in findings:
        q = f.a.quantity
        one_day = q is not None and q.low is not None and q.low == q.high
        if f.verdict is Verdict.AGREE and f.a.kind is Kind.DATE and one_day and not f.a.weekday:
            da = day_before(texts[0], f.a.span[0], days)
            db = day_before(texts[1], f.b.span[0], days)
            if da is not None and db is not None and da.lower() != db.lower():
                head = f.reason.rsplit(": ", 1)[0]
                reason = f"{head}: the same date, but one says a {da}, the other a {db}"
                f = attrs.evolve(f, verdict=Verdict.CONFLICT, reason=reason)
        out.append(f)
    return out


def day_before(text: str, start: int, days: Mapping[str, int]) -> str | None:
    """The day of the week written right before the date at ``start``, if any."""
    found = written_day_before(text, start, days)
    return found[0] if found is not None else None


def written_day_before(text: str, start: int, days: Mapping[str, int]) -> tuple[str, int] | None:
    """The day of the week written right before the date at ``start`` and where it
    begins ("Thursday" of "Thursday 14 March"), if any."""
    m = _BEFORE.search(text, max(0, start - _REACH), start)
    if m is None or m["day"].lower() not in days:
        return None
    return m["day"], m.start("day")
