"""Days of the week a report dates itself: "last Saturday" in a text filed on Thursday 14 March.

A wire report counts its days from when it was written ("LONDON, Thursday 14 March - … was
stabbed in Croydon last Saturday"; "… found off WA last Sunday, police said on Wednesday, 21
August"), where another report of the event writes the date ("stabbed on 9 March"). Such a
day of the week is a calendar date to a reader, and compare() reads it as one when the text
says from which day it counts (docs/compare.md, "Days of the week a report dates"):

- **the day it counts from** is its dateline's date, where the dateline writes its day of
  the week or its year ("LONDON, Thursday 14 March -"), else a date the text writes with
  its day of the week as the day something was said ("police said on Wednesday, 21
  August");
- **a day of the week** is counted back from it when "last" stands before it or its clause
  is past ("was stabbed last Saturday": the Saturday before; "police said on Thursday": the
  same day where that is the Thursday counted from), and forward when "next" stands before
  it or its clause is to come; a day of no tense is left a day of the week.

Only where the other text gives no day of the week of its own: two reports that both write
days of the week compare them as days of the week (claimdiff.weekday_ties).
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence

import attrs

from claimdiff.candidates import Candidate, block_of
from claimdiff.dated_weekdays import day_before
from claimdiff.extract import dateline_date
from claimdiff.lexicon import Lexicon
from claimdiff.model import Claim, Finding, Kind, Qualifier, Quantity
from claimdiff.pattern_code import compile_pattern
from claimdiff.weekday_ties import told

__all__ = ["Anchor", "anchor_of", "dated_days", "say_dated"]

# The word right before a day of the week: "last Saturday", "next Monday".
_LEAD = compile_pattern(r"(?P<w>[^\W\d_]+)\s+$")
# A year no date is read in, for the lengths of months where a text gives none: not a
# leap year, so that "29 February" is never made up.
_NO_YEAR = 2001


@attrs.frozen
class Anchor:
    """The day a text counts its days of the week from."""

    day: datetime.date
    """The date (in :data:`_NO_YEAR` where the text gives no year)."""
    weekday: int
    """Its day of the week, 1 (Monday) to 7 (Sunday)."""
    has_year: bool
    """Whether the text gives the year."""
    words: str
    """How a reason names it: "the dateline's Thursday 14 March"."""


def anchor_of(text: str, claims: Sequence[Claim], lex: Lexicon) -> Anchor | None:
    """The day ``text`` counts its days of the week from (module docstring), or None."""
    days = getattr(lex, "WEEKDAYS", None)
    if not days:
        return None
    line = dateline_date(text, lang=lex.lang)
    if line is not None:
        value, start, end = line
        found = _anchor(value, day_before(text, start, days), days)
        if found is not None:
            written = text[_name_start(text, start, days) : end]
            return attrs.evolve(found, words=f"the dateline's {written}")
    for c in claims:
        if c.kind is not Kind.DATE or c.weekday or c.quantity is None:
            continue
        name = day_before(text, c.span[0], days)
        if name is None:
            continue
        at = _name_start(text, c.span[0], days)
        if not told(text, at, c.sentence[0], lex):
            continue
        low = c.quantity.low
        found = _anchor(low, name, days) if low is not None else None
        if found is not None:
            return attrs.evolve(found, words=f"{text[at : c.span[1]]}, the day it was told")
    return None


def _name_start(text: str, start: int, days: Mapping[str, int]) -> int:
    """Where the day of the week written before the date at ``start`` begins."""
    name = day_before(text, start, days)
    return text.rfind(name, max(0, start - 16), start) if name else start


def _anchor(value: float, name: str | None, days: Mapping[str, int]) -> Anchor | None:
    """The anchor of a date's value (``YYYYMMDD`` or ``MMDD``) and the day of the week
    written with it; None where neither that day nor the year gives its day of the week,
    or where the two disagree."""
    v = int(value)
    year, month, day = v // 10_000, v // 100 % 100, v % 100
    try:
        date = datetime.date(year or _NO_YEAR, month, day)
    except ValueError:
        return None
    said = days.get(name.lower()) if name else None
    if year and said is not None and said != date.isoweekday():
        return None  # "Thursday 14 March 2024" was a Thursday; a text that says otherwise errs
    weekday = said if said is not None else date.isoweekday() if year else None
    if weekday is None:
        return None
    return Anchor(date, weekday, bool(year), "")


def dated_days(
    cands: Sequence[Candidate], text: str, anchor: Anchor, lex: Lexicon
) -> tuple[list[Candidate], dict[tuple[int, int], str]]:
    """``cands`` with each day of the week that counts from ``anchor`` made the date it is,
    and what each was read as ("9 March"), by its span."""
    past: frozenset[str] = getattr(lex, "WEEKDAY_LEADS_PAST", frozenset())
    ahead_words: frozenset[str] = getattr(lex, "WEEKDAY_LEADS_AHEAD", frozenset())
    aims: frozenset[str] = getattr(lex, "TENSE_TARGETS", frozenset())
    out: list[Candidate] = []
    read: dict[tuple[int, int], str] = {}
    for x in cands:
        c = x.claim
        q = c.quantity
        if not c.weekday or q is None or q.value is None:
            out.append(x)
            continue
        lead = _LEAD.search(text, max(0, c.span[0] - 12), c.span[0])
        word = lead["w"].lower() if lead is not None else ""
        back = (anchor.weekday - int(q.value)) % 7
        ahead = (int(q.value) - anchor.weekday) % 7
        if word in past:
            shift = -(back or 7)
        elif word in ahead_words:
            shift = ahead or 7
        elif x.tense == "future" or word in aims:
            shift = ahead
        else:
            # Past, or no tense read ("in Wednesday's match"): a report dates what it tells
            # of in the days before it was written.
            shift = -back
        date = anchor.day + datetime.timedelta(days=shift)
        value = date.month * 100 + date.day + (date.year * 10_000 if anchor.has_year else 0)
        quantity = Quantity(value, value, value, "date", Qualifier.EXACT)
        claim = attrs.evolve(c, quantity=quantity)
        block = block_of(claim)
        assert block is not None
        out.append(attrs.evolve(x, claim=claim, block=block, day_part=None))
        read[c.span] = f"{date.day} {date.strftime('%B')}"
    return out, read


def say_dated(
    findings: Sequence[Finding],
    read_a: Mapping[tuple[int, int], str],
    read_b: Mapping[tuple[int, int], str],
    anchors: tuple[Anchor | None, Anchor | None],
) -> list[Finding]:
    """``findings`` whose reasons say which date a day of the week was read as."""
    out = []
    for f in findings:
        notes = [
            f"{claim.text} read as {read[claim.span]}, counted from {anchor.words}"
            for claim, read, anchor in ((f.a, read_a, anchors[0]), (f.b, read_b, anchors[1]))
            if anchor is not None and claim.span in read
        ]
        if notes:
            f = attrs.evolve(f, reason=f"{f.reason} ({'; '.join(notes)})")
        out.append(f)
    return out
