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
- **a day of the week** is counted back from it when "last" stands before it ("was
  stabbed last Saturday": the Saturday before), forward when "next" stands before it or
  its clause is to come, and otherwise back to the same day or before ("police said on
  Thursday": the Thursday counted from); it is left a day of the week after "until", after
  a verb in the present, where its words count it from another day ("the following
  Monday"), and where a text of no year would count across the end of February.

Only where the other text gives no day of the week of its own, or only days something was
said on: two reports that both write days of the week compare them as days of the week
(claimdiff.weekday_ties).
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence

import attrs

from claimdiff import verbs
from claimdiff.candidates import Candidate, block_of
from claimdiff.dated_weekdays import written_day_before
from claimdiff.extract import dateline_date
from claimdiff.lexicon import Lexicon
from claimdiff.model import Claim, Finding, Kind, Qualifier, Quantity
from claimdiff.pattern_code import compile_pattern
from claimdiff.weekday_ties import told

__all__ = ["Anchor", "anchor_of", "calendar_day", "dated_days", "say_dated"]

# The two words before a day of the week ("last Saturday", "a week on Monday") and the
# two after it ("Thursday next week").
_WORDS_NEAR = compile_pattern(r"(?:[^\W\d_]+[\s,]+){1,2}$")
_WORDS_AFTER = compile_pattern(r"(?:[\s,]+[^\W\d_]+){1,2}")
_WORD = compile_pattern(r"[^\W\d_]+")
# A year for a date whose text gives none: a leap year, so that "Thursday 29 February"
# is a date (a count that steps past 28 February in such a text is not made:
# _past_february).
_NO_YEAR = 2000


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
    if line is not None and line[0] == line[1]:  # one day: "LONDON, March 2024 -" is none
        value, _, start, end = line
        written = written_day_before(text, start, days)
        found = _anchor(value, written[0] if written is not None else None, days)
        if found is not None:
            at = written[1] if written is not None else start
            return attrs.evolve(found, words=f"the dateline's {text[at:end]}")
    for c in claims:
        if c.kind is not Kind.DATE or c.weekday or c.quantity is None:
            continue
        written = written_day_before(text, c.span[0], days)
        if written is None:
            continue
        name, at = written
        if not told(text, at, c.sentence[0], lex):
            continue
        low, high = c.quantity.low, c.quantity.high
        found = _anchor(low, name, days) if low is not None and low == high else None
        if found is not None:
            return attrs.evolve(found, words=f"{text[at : c.span[1]]}, the day it was told")
    return None


def calendar_day(value: float) -> tuple[datetime.date, bool] | None:
    """The calendar day of a date's value (``YYYYMMDD``, or ``MMDD`` read in
    :data:`_NO_YEAR`) and whether it gives its year; None for no day of the calendar."""
    v = int(value)
    year, month, day = v // 10_000, v // 100 % 100, v % 100
    try:
        return datetime.date(year or _NO_YEAR, month, day), bool(year)
    except ValueError:
        return None


def _anchor(value: float, name: str | None, days: Mapping[str, int]) -> Anchor | None:
    """The anchor of a date's value (``YYYYMMDD`` or ``MMDD``) and the day of the week
    written with it; None where neither that day nor the year gives its day of the week,
    or where the two disagree."""
    found = calendar_day(value)
    if found is None:
        return None
    date, year = found
    said = days.get(name.lower()) if name else None
    if year and said is not None and said != date.isoweekday():
        return None  # "Thursday 14 March 2024" was a Thursday; a text that says otherwise errs
    weekday = said if said is not None else date.isoweekday() if year else None
    if weekday is None:
        return None
    return Anchor(date, weekday, bool(year), "")


def dated_days(
    cands: Sequence[Candidate], text: str, anchor: Anchor, lex: Lexicon, *, keep_told: bool
) -> tuple[list[Candidate], dict[tuple[int, int], str]]:
    """``cands`` with each day of the week that counts from ``anchor`` made the date it is,
    and what each was read as ("9 March"), by its span; with ``keep_told`` the days
    something was said on stay days of the week (the other text gives such days, which
    they meet as days of the week)."""
    out: list[Candidate] = []
    read: dict[tuple[int, int], str] = {}
    for x in cands:
        told_kept = keep_told and x.told
        shift = _shift(x, text, anchor, lex) if x.claim.weekday and not told_kept else None
        try:
            date = anchor.day + datetime.timedelta(days=shift) if shift is not None else None
        except OverflowError:  # a dateline at the calendar's end: "31 December 9999"
            date = None
        if date is None or (not anchor.has_year and _past_february(anchor.day, date)):
            out.append(x)
            continue
        value = date.month * 100 + date.day + (date.year * 10_000 if anchor.has_year else 0)
        claim = attrs.evolve(
            x.claim, quantity=Quantity(value, value, value, "date", Qualifier.EXACT)
        )
        block = block_of(claim)
        assert block is not None
        out.append(attrs.evolve(x, claim=claim, block=block, day_part=None, counted=True))
        read[x.claim.span] = f"{date.day} {date.strftime('%B')}"
    return out, read


def _shift(x: Candidate, text: str, anchor: Anchor, lex: Lexicon) -> int | None:
    """How many days from ``anchor`` the day of the week ``x`` lies, or None where its words
    say it is not counted from there.  "last Saturday" counts back a week at most, "next
    Monday" forward; a clause to come counts forward, any other back, to the same day or
    before (a report tells what happened: "Police found the body on Tuesday", "after
    Saturday's stabbing").  Left a day of the week: a day counted from another ("the
    following Monday", "Thursday next week", "a week on Monday"), a day after "until"
    (whose clause's tense is not read: "was closed until Tuesday, when it reopened"), and
    a day of a verb in the present ("the trial opens on Monday")."""
    c = x.claim
    q = c.quantity
    if q is None or q.value is None:
        return None
    near = _WORDS_NEAR.search(text, max(c.sentence[0], c.span[0] - 40), c.span[0])
    before = [w.lower() for w in _WORD.findall(near.group())] if near is not None else []
    after = _WORDS_AFTER.match(text, c.span[1], c.span[1] + 24)
    following = [w.lower() for w in _WORD.findall(after.group())] if after is not None else []
    if _counted_elsewhere(before, following, lex):
        return None
    back = (anchor.weekday - int(q.value)) % 7
    ahead = (int(q.value) - anchor.weekday) % 7
    lead = before[-1] if before else ""
    if lead in lex.WEEKDAY_LEADS_PAST:
        return -(back or 7)
    if lead in lex.WEEKDAY_LEADS_AHEAD:
        return ahead or 7
    if x.tense == "future":
        return ahead
    if x.tense != "past" and (lead in lex.WEEKDAY_UNTIL or _present(before, lex)):
        return None
    return -back


def _counted_elsewhere(before: Sequence[str], after: Sequence[str], lex: Lexicon) -> bool:
    """Whether a day of the week is counted from another day than the report's: "the
    following Monday" (a phrase of ``WEEKDAY_FROM_ANOTHER`` right before it; not "charged
    following Saturday's stabbing"), "Thursday next week" (a
    word of ``WEEKDAY_LEADS`` and one of ``WEEKDAY_WEEKS`` right after it), "a week on
    Monday" (one of ``WEEKDAY_WEEKS`` and "on" right before it)."""
    weeks: frozenset[str] = lex.WEEKDAY_WEEKS
    if " ".join(before[-2:]) in lex.WEEKDAY_FROM_ANOTHER:
        return True
    if len(after) == 2 and after[0] in lex.WEEKDAY_LEADS and after[1] in weeks:
        return True
    return len(before) == 2 and before[0] in weeks and before[1] in lex.WEEKDAY_CLOCK_GAP


def _present(before: Sequence[str], lex: Lexicon) -> bool:
    """Whether the word before a day of the week, past "on", is a verb in the present
    ("opens on Monday", "starts on Saturday")."""
    words = [w for w in before if w not in lex.WEEKDAY_CLOCK_GAP]
    if not words:
        return False
    w = words[-1]
    return w.endswith("s") and not w.endswith("ss") and any(b != w for b in verbs.bases(w))


def _past_february(anchor: datetime.date, date: datetime.date) -> bool:
    """Whether counting from ``anchor`` to ``date`` passes between February and March, or
    lands on a 29 February, where a text that gives no year leaves unknown whether that
    day comes ("CARDIFF, Monday 4 March - … last Thursday" is 29 February in a leap year,
    28 February in another); a text whose own date is 29 February has said it does."""
    if anchor.month == 2 and anchor.day == 29:
        return False
    lo, hi = min(anchor, date), max(anchor, date)
    return (lo.month, hi.month) == (2, 3) or (date.month, date.day) == (2, 29)


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
