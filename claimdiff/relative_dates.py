"""Dates said relative to when a text was written, against dates said outright.

"The statistics office published its housing report last month, showing that 14,200 new
homes were completed" against "In March, the statistics office released figures showing
14,200 homes were finished": "last month" and "March" may be one month, and with no
publication date given no reader can tell more.  compare() pairs such a phrase
(``RELATIVE_DATES`` in the lexicon: "last month", "next year", "this autumn", "earlier this
week") with a date of its grain the other text gives and pairs with nothing else, where
the two sentences state one event: a figure of one pairs with a figure of the other, or
the two sentences hold verbs of one meaning ("will open next spring", "opens in April").
A phrase stands for one date, and a date for one phrase.  The
finding is compatible, and says why (docs/compare.md, "Relative dates").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from claimdiff import verbs
from claimdiff.candidates import Rules
from claimdiff.dated_relatives import Dateline, Period, counted_period, dateline_of, judged
from claimdiff.lexicon import Lexicon
from claimdiff.model import Claim, Finding, Kind, Span, Verdict
from claimdiff.tenses import Tense, clause_tense, phrase_tense
from claimdiff.text import content_words, sentence_index, sentences

__all__ = ["relative_dates"]

_SCORE = 0.0  # no evidence of the pair's own: its sentences' figures or verbs tie it


def relative_dates(
    texts: tuple[str, str],
    left: tuple[Sequence[Claim], Sequence[Claim]],
    findings: Sequence[Finding],
    lex: Lexicon,
    rules: Rules,
    names: tuple[str | None, str | None],
    months: tuple[Mapping[Span, Claim], Mapping[Span, Claim]] = ({}, {}),
    years: tuple[Mapping[Span, Claim], Mapping[Span, Claim]] = ({}, {}),
) -> list[Finding]:
    """Compatible findings pairing a relative date of either text with a date of its
    grain the other text gives and pairs with nothing (``left``: each text's unpaired
    claims), where their sentences state one event; and with a month or year that dates a
    figure (``months``, ``years``: each text's, by the figure's span,
    :func:`claimdiff.month_scopes.month_of`) paired with a figure of the relative date's
    sentence ("will shut in November with the loss of 650 jobs", "would close its plant
    later this year, cutting 650 jobs"; "carried 41 million passengers last year",
    "reached 41m in 2024").  Never a date whose clause has the other tense
    (:mod:`claimdiff.tenses`: "will be scrapped next year", "broke out on 4 October")."""
    table: Mapping[str, str] = lex.RELATIVE_DATES
    if not table:
        return []
    pattern = lex.patterns["relative_date"]
    out: list[Finding] = []
    # A date already paired (a month through its figure, claimdiff.month_scopes) is taken.
    used = {("a", f.a.span) for f in findings} | {("b", f.b.span) for f in findings}
    # A phrase stands for one date: once paired it is taken too.
    taken: set[tuple[int, Span]] = set()

    lines: dict[int, Dateline | None] = {}
    written: dict[int, frozenset[float]] = {}

    def pair(side: int, m: re.Match[str], date: Claim, sentence: Span, tied: bool = True) -> None:
        """Pair the phrase ``m`` with ``date``; ``tied``: by more than the figures of their
        sentences.  A dated phrase apart from a date so weakly tied is another event's."""
        phrase = Claim(m.group(), m.span(), date.kind, None, sentence=sentence)
        a, b = (phrase, date) if side == 0 else (date, phrase)
        if side not in lines:
            lines[side] = dateline_of(texts[side], lex)
        line = lines[side]
        further = texts[side][max(0, m.start() - 12) : m.start()].lower().split()[-2:]
        if tuple(further) in lex.RELATIVE_FURTHER:
            line = None  # "the day before yesterday": a day further, which no step counts
        period = counted_period(m.group(), line, lex.RELATIVE_STEPS) if line else None
        verdict = judged(date, period) if period is not None else None
        if line is not None and period is not None and verdict is not None:
            if verdict is Verdict.CONFLICT and not tied:
                return  # a figure of each sentence their only tie: two events, maybe
            if side not in written:
                written[side] = _days_written(side, findings, left)
            if verdict is Verdict.CONFLICT and _written_elsewhere(period, written[side]):
                return  # the other report gives the counted date too: another event
            out.append(_dated(a, b, phrase, (line, period, verdict), names))
        else:
            out.append(_finding(a, b, phrase, names))
        used.add(("ab"[1 - side], date.span))
        taken.add((side, m.span()))

    tenses: dict[tuple[int, Span], Tense | None] = {}

    def clash(side: int, want: Tense | None, date: Claim) -> bool:
        """Whether a phrase of text ``side`` in tense ``want`` and ``date`` of the other
        differ in tense, both known."""
        if want is None:
            return False
        key = (1 - side, date.span)
        if key not in tenses:
            tenses[key] = clause_tense(texts[1 - side], date.span, date.sentence, lex)
        return tenses[key] not in (None, want)

    for f in findings:
        for side in (0, 1):
            this, that = (f.a, f.b) if side == 0 else (f.b, f.a)
            for scopes, grain in ((months, "month"), (years, "year")):
                scope = scopes[1 - side].get(that.span)
                if scope is None or ("ab"[1 - side], scope.span) in used:
                    continue
                for m in pattern.finditer(texts[side], *this.sentence):
                    fits = grain in _GRAINS[table[_phrase(m)]] and (side, m.span()) not in taken
                    if fits and not clash(side, phrase_tense(m.group(), lex), scope):
                        pair(side, m, scope, this.sentence)
                        break
    tied = {(f.a.sentence, f.b.sentence) for f in findings if f.a.quantity and f.b.quantity}
    for side in (0, 1):
        text, other, key = texts[side], texts[1 - side], "ab"[1 - side]
        dated = [c for c in left[1 - side] if _grain(c) and (key, c.span) not in used]
        # Most texts hold no relative date: nothing is indexed or split for them.
        phrases = [m for m in pattern.finditer(text) if (side, m.span()) not in taken]
        if not dated or not phrases:
            continue
        # Each dated claim indexed once by its sentence and by the senses of its verbs,
        # per grain; each list is in text order and skips past taken claims lazily.
        their: dict[Span, frozenset[str]] = {}
        index: dict[tuple[str | None, object], list[int]] = {}
        for i, c in enumerate(dated):
            if c.sentence not in their:
                their[c.sentence] = verbs.senses_of(_verbs(other, c.sentence, lex, rules))
            g = _grain(c)
            index.setdefault((g, c.sentence), []).append(i)
            for sense in their[c.sentence]:
                index.setdefault((g, sense), []).append(i)
        # Where each list's first date free for a phrase of each tense stands: a date
        # taken, or of the other tense, is passed once per tense, not once per phrase.
        heads: dict[tuple[str | None, object, Tense | None], int] = {}
        ties: dict[Span, list[Span]] = {}
        for sa, sb in tied:
            here, there = (sa, sb) if side == 0 else (sb, sa)
            ties.setdefault(here, []).append(there)
        spans = sentences(text, lex)
        own: dict[Span, frozenset[str]] = {}
        for m in phrases:
            k = sentence_index(spans, m.start())
            sentence = spans[k] if 0 <= k < len(spans) else (0, len(text))
            if sentence not in own:
                own[sentence] = verbs.senses_of(_verbs(text, sentence, lex, rules))
            best = None
            by_verb = False
            want = phrase_tense(m.group(), lex)
            for g in _GRAINS[table[_phrase(m)]]:
                for what in (*own[sentence], *ties.get(sentence, ())):
                    ids = index.get((g, what))
                    if not ids:
                        continue
                    h = heads.get((g, what, want), 0)
                    while h < len(ids) and (
                        (key, dated[ids[h]].span) in used or clash(side, want, dated[ids[h]])
                    ):
                        h += 1
                    heads[(g, what, want)] = h
                    if h < len(ids) and (best is None or ids[h] < best):
                        best, by_verb = ids[h], isinstance(what, str)
            if best is not None:
                pair(side, m, dated[best], sentence, by_verb)
    return out


# What each grain of relative date may stand against: a month named, a date of one day, a
# year, a day of a week.  A month's phrase meets no day of the week: "said on Friday" is
# when a text was told, seldom what happened "last month"; "yesterday" meets only a date.
_GRAINS: Mapping[str, frozenset[str]] = {
    "month": frozenset({"month", "date"}),
    "season": frozenset({"month", "date"}),
    "year": frozenset({"year", "month", "date"}),
    "week": frozenset({"day"}),
    "day": frozenset({"date"}),
}


def _days_written(
    side: int, findings: Sequence[Finding], left: tuple[Sequence[Claim], Sequence[Claim]]
) -> frozenset[float]:
    """The days of one day the other text (of ``side``'s) gives anywhere, each as written
    and as its month and day: what :func:`_written_elsewhere` looks up, read once."""
    others = [f.b if side == 0 else f.a for f in findings] + list(left[1 - side])
    days: set[float] = set()
    for c in others:
        q = c.quantity
        if c.kind is Kind.DATE and not c.weekday and q is not None and q.low == q.high:
            if q.low is not None:
                days.update((float(q.low), float(q.low) % 10_000))
    return frozenset(days)


def _written_elsewhere(period: Period, days: frozenset[float]) -> bool:
    """Whether the counted ``period``, one day, is among ``days`` (:func:`_days_written`):
    "Shares fell yesterday" (30 March) against a report that writes "March 30" and "March
    28" is no conflict with March 28, whatever paired the 30th."""
    return period.unit == "day" and (period.low in days or period.low % 10_000 in days)


def _verbs(text: str, sentence: Span, lex: Lexicon, rules: Rules) -> frozenset[str]:
    """The words of a sentence that may be verbs naming its event ("close", "shut")."""
    words = content_words(text[sentence[0] : sentence[1]].lower(), lex.STOPWORDS)
    return verbs.event_verbs(frozenset(words), rules.light_verbs)


def _grain(c: Claim) -> str | None:
    """The grain of a date claim: "year", "month" (a month, or days of one), "date" (one
    day of a month), "day" (a day of the week), or None for any other claim (a time of day
    is none)."""
    if c.kind is Kind.YEAR:
        return "year"
    if c.kind is not Kind.DATE or c.clock:
        return None
    if c.weekday:
        return "day"
    q = c.quantity
    return "date" if q is not None and q.low is not None and q.low == q.high else "month"


def _phrase(m: re.Match[str]) -> str:
    """A matched phrase as the lexicon writes it ("Last month": last month)."""
    return m.group().lower()


def _dated(
    a: Claim,
    b: Claim,
    phrase: Claim,
    counted: tuple[Dateline, Period, Verdict],
    names: tuple[str | None, str | None],
) -> Finding:
    """The finding on a relative date counted from its text's dateline."""
    line, counted_to, verdict = counted
    period = counted_to.words
    dated = b if phrase is a else a
    unit = "date" if counted_to.unit == "day" else counted_to.unit
    grain = "month" if _grain(dated) in ("month", None) else str(_grain(dated))
    said = {
        Verdict.AGREE: f"the same {unit}" if grain == unit else f"{dated.text} falls within it",
        Verdict.CONFLICT: f"{period} vs {dated.text}",
        Verdict.COMPATIBLE: "they overlap",
    }[verdict]
    reason = (
        f"{names[0]}: {a.text} — {names[1]}: {b.text}: {phrase.text!r} read as {period}, "
        f"counted from the dateline's {line.words}: {said}"
    )
    return Finding(a, b, verdict, _SCORE, reason, "relative date")


def _finding(a: Claim, b: Claim, phrase: Claim, names: tuple[str | None, str | None]) -> Finding:
    dated = b if phrase is a else a
    reason = (
        f"{names[0]}: {a.text} — {names[1]}: {b.text}: {phrase.text!r} counts from when the "
        f"text was written, which neither gives, so it may be {dated.text!r}"
    )
    return Finding(a, b, Verdict.COMPATIBLE, _SCORE, reason, "relative date")
