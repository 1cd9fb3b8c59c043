"""Text → claims: the extraction stage of the pipeline.

:func:`extract` runs the scan (:mod:`.scan`), joins amounts stated in two
currencies and stated exchange rates, then completes each claim with what it
counts, its clause, its source and its time scope (:mod:`.subjects`,
:mod:`.attribution`), and adds the quotations (:mod:`.quotes`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from operator import attrgetter
from unicodedata import combining

import attrs

from claimdiff.construct import new_claim
from claimdiff.extract.age_words import with_age_words
from claimdiff.extract.article_measures import article_measures
from claimdiff.extract.attribution import Attributor, attributor
from claimdiff.extract.below_zero import below_zero
from claimdiff.extract.centuries import centuries
from claimdiff.extract.clock_times import clock_times, oclock_count
from claimdiff.extract.context import (
    NEAR,
    Predicates,
    Sentence,
    VerbWords,
    predicates,
    read_sentence,
    scope,
)
from claimdiff.extract.cricket import with_cricket
from claimdiff.extract.dates import is_dateline, month_parts, weekdays
from claimdiff.extract.decades import with_decades
from claimdiff.extract.direction import Change, is_comparison, pair_changes, read_change
from claimdiff.extract.direction_tokens import Tokens, tokenise
from claimdiff.extract.duration_senses import sense
from claimdiff.extract.durations import article_durations, join_parts, with_durations
from claimdiff.extract.earlier_periods import earlier_periods
from claimdiff.extract.ellipsis import antecedent, complement, counted, part_of_whole
from claimdiff.extract.forecast_nouns import without_forecasters
from claimdiff.extract.hanging import with_hanging
from claimdiff.extract.links import CLOSE, join_rates, linked_amounts
from claimdiff.extract.members import (
    COUNT,
    DATE,
    DURATION,
    EXACT,
    MEASURE,
    MONEY,
    PERCENT,
    RATE,
    SCORE,
    YEAR,
)
from claimdiff.extract.months import month_word, months_alone
from claimdiff.extract.neighbours import changes_of, share_nouns
from claimdiff.extract.ordinals import ordinals
from claimdiff.extract.overlay import overlay
from claimdiff.extract.per import with_pers
from claimdiff.extract.period_phrases import Period
from claimdiff.extract.points import with_fractions_of_units, with_points
from claimdiff.extract.precision import Draft
from claimdiff.extract.repeats import repeats
from claimdiff.extract.scan import refuse, refuse_numbers, scan
from claimdiff.extract.scores import with_scores
from claimdiff.extract.singles import singles
from claimdiff.extract.streaks import streaks
from claimdiff.extract.subjects import (
    ClauseWords,
    linked_subject,
    money_noun,
    money_noun_after,
    noun_before,
    subject_before,
)
from claimdiff.extract.word_changes import word_changes
from claimdiff.extract.year_parts import month_places, spans_year_part, year_parts
from claimdiff.inputs import DEFAULT_MAX_CHARS, DEFAULT_MAX_FIGURES, as_text, check_max_figures
from claimdiff.lexicon import Lexicon, get_lexicon
from claimdiff.model import ORDINAL_UNITS, WEEKDAY, Claim, Span
from claimdiff.pattern_code import compile_pattern
from claimdiff.periods import financial_year
from claimdiff.text import Lowered, blank_escapes, sentence_index, sentences

__all__ = ["dateline", "dateline_date", "extract"]

# From this many figures in a sentence, its tokens and words are read once for all of
# them; below it, the window around each figure costs less than the whole sentence (a
# news sentence of four to seven figures is long: from four, 100 kB of news took 7 M
# instructions more, 2%, and a list of four to eight amounts the same).
_MEMO_FROM = 8
# Kinds whose claims carry a time scope; a year or date is its own time.
_SCOPED = frozenset({COUNT, MONEY, MEASURE, PERCENT, RATE})
_KIND = attrgetter("kind")
_SPAN = attrgetter("span")  # a sort key called from C: no interpreted call per claim
# What predicates() gives a sentence naming no predicate word (never changed).
_NO_PREDICATES = Predicates({}, frozenset())
# The period, predicate and own noun's predicate of a figure whose sentence names none.
_NO_CONTEXT: tuple[str | None, str | None, bool] = (None, None, False)


def extract(
    text: str,
    *,
    lang: str = "en",
    max_chars: int | None = DEFAULT_MAX_CHARS,
    max_figures: int | None = DEFAULT_MAX_FIGURES,
) -> list[Claim]:
    """The claims ``text`` makes, in text order.

    Each claim's ``text`` is exactly ``text[span[0]:span[1]]``.  ``bytes`` are
    decoded as UTF-8; a text longer than ``max_chars``, or holding more than
    ``max_figures`` figures, is refused (see docs/limits.md).

    >>> [c.text for c in extract("Kyiv says more than 16,000 children were taken.")]
    ['more than 16,000 children']
    """
    original = as_text(text, max_chars=max_chars)
    max_figures = check_max_figures(max_figures)
    # Terminal colour codes become spaces of the same length: "\x1b[31m" is
    # never read as the number 31, and every offset into ``text`` still holds.
    text = blank_escapes(original)
    lex = get_lexicon(lang)
    if max_figures is not None:
        # Before the sentences too: a megabyte of "1. 1. 1." holds 340,000 of them.
        refuse_numbers(text, lex, max_figures)
    sents = sentences(text, lex) or [(0, len(text))]
    first = sents[0][0]  # where the text's first sentence starts: its first non-space
    # The passes below find their words through one lower-cased copy, which the scan's
    # start finder reads too.
    low = Lowered(text)
    drafts, line_starts = [], []
    for d in join_rates(text, scan(text, lex, max_figures, low)):
        if d.kind is not DATE or not is_dateline(text, d.start, lex, first, d.end):
            drafts.append(d)
        else:
            line_starts.append(d.start)
    drafts = with_cricket(text, with_scores(text, sents, drafts, lex), lex, low)
    drafts = with_decades(text, drafts, lex, low)
    drafts = with_age_words(text, drafts, lex, low)
    drafts = overlay(with_points(text, drafts, lex, low), month_parts(text, lex, low))
    drafts = overlay(drafts, centuries(text, lex, low))
    # "a single vote": a count of one only where the scan read nothing.
    drafts = overlay(drafts, singles(text, lex, low), lambda d: False)
    drafts = overlay(drafts, repeats(text, lex, low), lambda d: False)  # "scored twice"
    # "the 14th consecutive day", "for a fifth day": a run of time its ordinal counts, over
    # any reading of the ordinal as a fraction.
    drafts = overlay(drafts, streaks(text, lex, drafts, low))
    # "the fourth outbreak", "finished third": an ordinal as a fact, where nothing else was
    # read ("the fourth of July" is a date, "a third of the staff" a share).
    drafts = overlay(drafts, ordinals(text, lex, low), lambda d: False)
    # A month alone stands only where nothing else was read ("in March 2024" is a date).
    # Its months' places are the ones year_parts reads, found once (a month written
    # capitalised stands where one is found lower-cased).
    places = month_places(lex, low) if lex.MONTH_CUES else None
    drafts = overlay(drafts, months_alone(text, lex, places), lambda d: False)
    # A quarter or half of a year stands over its year, its length and its dates ("the
    # three months to September", "Q3 2023", "from July to September").
    # Its sentences' periods are kept for their reading below, each dropped there.
    part_periods: dict[Span, list[Period]] = {}
    drafts = overlay(drafts, year_parts(text, sents, lex, low, part_periods), _in_part)
    # The day of the week a dateline writes before its date is the dateline's too
    # ("LONDON, Thursday 14 March - …").
    dates = sorted([*(d.start for d in drafts if d.kind is DATE), *line_starts])
    drafts = overlay(drafts, weekdays(text, lex, dates, low), lambda d: False)
    # A time stands only where the scan read nothing, but for the 12 of "12 noon".
    drafts = overlay(drafts, clock_times(text, lex, drafts, low), lambda d: _twelve(text, d, lex))
    if low.mentions(lex.CLOCK_OCLOCK):
        # "at 4 o'clock" with no half of the day is no time read, nor a count of "o".
        drafts = [d for d in drafts if d.kind is not COUNT or not oclock_count(text, d, lex)]
    drafts = with_fractions_of_units(text, drafts, lex, low)
    drafts = with_durations(drafts, article_durations(text, lex, drafts))
    drafts = with_durations(drafts, article_measures(text, lex, drafts))
    # The passes below read figures of one kind only: a text naming none (a list of
    # amounts) is spared each one's pass over its figures.
    kinds = set(map(_KIND, drafts))
    if DURATION in kinds:
        drafts = join_parts(text, drafts, lex)
    if COUNT in kinds:  # a count hung before "and" or "or", a count of forecasters
        drafts = with_hanging(text, drafts, lex)
        drafts = without_forecasters(text, drafts, lex)  # "the 240,000 economists had expected"
    if max_figures is not None and len(drafts) > max_figures:
        # The passes after the scan read figures of their own ("in her eighties", "a
        # teenager"): counted again before any figure is completed.
        refuse(max_figures, drafts[max_figures].start)
    tolls = lex.TOLLS
    drafts = with_pers(text, drafts, lex)
    links = linked_amounts(text, drafts)
    who = attributor(text, sents, lex, low)
    claims: list[Claim] = []
    # Whether any figure may be dated against another's, and the last figure's period.
    earlier = bool(lex.EARLIER_PERIOD) and low.mentions(lex.EARLIER_CUES)
    last_period: str | None = None
    paragraph = 0  # where the last sentence read for an earlier period ended
    tokens: dict[Span, Tokens] = {}
    roles: dict[Span, str | None] = {}  # for pair_changes: each change read once
    for k, group in _by_sentence(drafts, sents):  # empties drafts as it goes
        # Periods scope only the kinds in _SCOPED: a sentence of years and dates reads none.
        scoped = any(d.kind in _SCOPED for d in group)
        if len(group) >= _MEMO_FROM:
            # Many figures in one sentence (a table, dense junk): read its tokens once,
            # and its words once clauses overlap (ClauseWords), instead of the text
            # around each figure again and again.
            lo, hi = sents[k]
            tokens[sents[k]] = tokenise(text, lo, hi, lex, low)
        read = part_periods.pop(sents[k], None)
        sentence = read_sentence(text, sents[k], lex, scoped, tokens.get(sents[k]), low, named=read)
        # A day of the week or a month named alone is said of the sentence's event and
        # bounds no figure's words: "Two climbers were airlifted to safety on Monday"
        # keeps "airlifted" for the count, "Borrowing … in October came in at £14.9bn"
        # "borrowing" for the amount.
        if sentence.periods or sentence.predicates:
            # An ordinal names its event ("secured a second term in 2014 by a 12-point
            # margin"): the year is the margin's period, not the term's.
            figures = [d for d in group if not _when_alone(text, d, lex) and not _ordinal(d)]
            periods = _periods(text, sentence, figures, links)
            preds = predicates(
                sentence,
                [((d.start, d.end), d.kind) for d in figures],
                text,
                lex.YIELDING_PREDICATES,
                lex.COUNTED_BY,
                lex.STANDING_COUNTS,
                lex.FOUGHT_VERBS,
                lex.patterns,
                lex.COORDINATING_WORDS,
                _verb_words(lex),
            )
        else:
            # A sentence naming no period and no predicate word (a table, a list of
            # figures) scopes and names no figure: its figures are not listed twice over.
            periods, preds = {}, _NO_PREDICATES
        if earlier:
            # "up from 3.9% the previous month", "over the same period": a period named
            # against the figure's before it (claimdiff.extract.earlier_periods).
            named = str(sentence.periods[0]) if sentence.periods else None
            spans = [((d.start, d.end), d.kind is PERCENT) for d in group if d.kind in _SCOPED]
            if last_period is not None and text.find("\n\n", paragraph, sents[k][0]) >= 0:
                last_period = None  # "the same period" is never a past paragraph's
            paragraph = sents[k][1]
            periods, last_period = earlier_periods(text, spans, periods, named, last_period, lex)
        classes, of_nouns = preds.classes, preds.of_nouns
        if periods and classes:
            periods = _years_of_metrics(periods, classes, lex)
        floor = sentence.span[0]
        clause_words = ClauseWords(text, lex, sentence.span if len(group) >= _MEMO_FROM else None)
        # A sentence whose figures no one can be said to state (no quote, no reporting verb,
        # no "according to": a table, a list of figures) is asked once, not per figure.
        s_lo, s_hi = sentence.span
        quiet = s_lo <= group[0].start and group[-1].start < s_hi and who.quiet(sentence.span)
        source = None if quiet else who
        seen: tuple[str, str] | None = None  # the first and last counted nouns so far
        # A sentence naming no period and no predicate (a table, a list of figures) gives
        # its figures none: asked once, not looked up per figure.
        unscoped = not periods and not classes
        for k, d in enumerate(group):
            span = (d.start, d.end)
            if unscoped and d.per is None:
                context = _NO_CONTEXT
            else:
                # Period and predicate go straight in: attrs.evolve per claim cost as much
                # as reading the figure's direction.
                # _per_share's call only for an amount per something: most have none.
                predicate = classes.get(span)
                if d.per is not None:
                    predicate = _per_share(predicate, d.per)
                # A toll's own word ("30 dead") names what befell them, not who they are.
                of_noun = predicate is not None and span in of_nouns and predicate not in tolls
                context = (periods.get(span), predicate, of_noun)
            bare = None
            if d.kind is COUNT and d.noun is None:
                nxt = group[k + 1] if k + 1 < len(group) else None
                whole = (
                    nxt.noun
                    if nxt is not None
                    and nxt.kind is COUNT
                    and part_of_whole(text, span, nxt.start, lex)
                    else None
                )
                bare = complement(text, span, lex) or whole or antecedent(text, span, seen, lex)
                if whole is not None and nxt is not None and context[1] is None:
                    # "Ten of the 12 jurors agreed": the whole's predicate is the part's.
                    whole_class = classes.get((nxt.start, nxt.end))
                    if whole_class is not None:
                        context = (context[0], whole_class, False)
            claim = _claim(
                text,
                d,
                lex,
                sentence,
                clause_words,
                links.get(span),
                source,
                floor,
                roles,
                context,
                bare,
            )
            claims.append(claim)
            if d.kind is COUNT:  # counted's own first test: no call for any other kind
                seen = counted(claim, seen)
            if d.kind is not DATE or not _when_alone(text, d, lex):  # no call per figure
                floor = d.end if d.end > floor else floor  # max(): see scan.scan
    if links:  # only an amount linked to another takes its noun
        share_nouns(claims)
    # A change's two ends, and a change taking its figure's predicate, need the roles read
    # with the claims: a text whose figures name none (a table) is spared both passes.
    if _may_pair(roles):
        claims = pair_changes(text, claims, lex, tokens, roles)
    if "by" in roles.values():
        claims = changes_of(claims)
    if "below" in text or "unter" in text:  # "5C below zero" is -5C: most texts say neither
        claims = below_zero(text, claims, lex)
    # "Exports fell": a change said with no figure, read after the figures beside which
    # a change is theirs.
    claims.extend(word_changes(text, low.aligned(), sents, claims, lex, who.source))
    claims.extend(who.quotes)
    claims.sort(key=_SPAN)
    if text is not original:  # claims quote the text as given, escapes and all
        claims = [attrs.evolve(c, text=original[c.span[0] : c.span[1]]) for c in claims]
    return claims


def _may_pair(roles: dict[Span, str | None]) -> bool:
    """Whether pair_changes may find a change's two ends among claims with ``roles``: a
    "from" and a "to", or a claim whose role it reads itself (None)."""
    found = set(roles.values())
    return None in found or ("from" in found and "to" in found)


def _when_alone(text: str, d: Draft, lex: Lexicon) -> bool:
    """A day of the week, or a month, quarter or half named alone ("in October", "in the
    third quarter"), before its claim is made."""
    if d.kind is not DATE:
        return False
    return _weekday(d) or month_word(text[d.start : d.end], lex) or spans_year_part(d.quantity)


def _in_part(d: Draft) -> bool:
    """Whether a quarter or half of a year named over ``d`` stands in its place: a year, a
    length or a date ("Q3 2023", "the three months to the end of September", "the six
    months to June 30")."""
    return d.kind is YEAR or d.kind is DURATION or d.kind is DATE


def _ordinal(d: Draft) -> bool:
    """A count read from an ordinal (:attr:`claimdiff.model.Claim.ordinal`), before its
    claim is made."""
    q = d.quantity
    return q is not None and d.kind is COUNT and q.unit in ORDINAL_UNITS


def _weekday(d: Draft) -> bool:
    """A day of the week (claimdiff.model.Claim.weekday), before its claim is made."""
    return d.kind is DATE and d.quantity is not None and d.quantity.unit == WEEKDAY


def dateline(text: str, *, lang: str = "en") -> int | None:
    """The year of the text's dateline ("date 2023-03-20 The court …"), or None.

    >>> dateline("date 2023-03-20 The court met."), dateline("The court met in 2023.")
    (2023, None)
    """
    found = dateline_date(text, lang=lang)
    year = int(found[0] // 10_000) if found is not None else 0
    return year or None


def dateline_date(text: str, *, lang: str = "en") -> tuple[float, float, int, int] | None:
    """The date of the text's dateline, as its first and last day (``YYYYMMDD``, or
    ``MMDD`` where it gives no year: one day, or a month's first and last) and where it
    begins and ends; or None.

    >>> dateline_date("LONDON, 14 March - A man was charged.")
    (314.0, 314.0, 8, 16)
    """
    lex = get_lexicon(lang)
    for d in scan(text[:_DATELINE_HEAD], lex):
        q = d.quantity
        if d.kind is DATE and is_dateline(text, d.start, lex, date_end=d.end) and q is not None:
            if q.low is None or q.high is None:
                return None
            return float(q.low), float(q.high), d.start, d.end
    return None


# A dateline is read in this many first characters of a text.
_DATELINE_HEAD = 120


def _twelve(text: str, d: Draft, lex: Lexicon) -> bool:
    """The scan's count of "12 noon", or of "10 o'clock" ("10 o"), which the time replaces."""
    if d.kind is not COUNT:
        return False
    return text[d.start : d.end].split()[0] == "12" or oclock_count(text, d, lex)


def _by_sentence(drafts: list[Draft], sents: list[Span]) -> Iterator[tuple[int, list[Draft]]]:
    """The drafts grouped by the sentence that holds their start, in text order.

    One group at a time, taken out of ``drafts`` (left empty): each draft is dropped
    once its claims are made, where a list of every group held them all to the end
    (3 MB on a 5 MB text).
    """
    drafts.reverse()  # taken from the end: taking the first would move all the others
    group: list[Draft] = []
    at = -1
    last = len(sents) - 1
    while drafts:
        d = drafts.pop()
        start = d.start
        if at >= 0 and sents[at][0] <= start and (at == last or start < sents[at + 1][0]):
            # Still in the sentence of the draft before, as most are: the one
            # sentence_index finds (the last starting at or before it), without its search.
            k = at
        else:
            k = sentence_index(sents, start)
        if group and k != at:
            yield at, group
            group = []
        group.append(d)
        at = k
    if group:
        yield at, group


def _role(change: Change | None, words: str, lex: Lexicon) -> str | None:
    """The figure's part in a change; a bound named by a comparison is a level, whatever
    moved towards it: "net debt will fall below $25 billion"."""
    if change is None:
        return None
    first = words.split(None, 1)[0].lower() if words.strip() else ""
    if change.role == "by" and is_comparison(first, lex):
        return None
    return change.role


def _per_share(predicate: str | None, per: str | None) -> str | None:
    """Earnings per share are a metric of their own: "earned $6.78 per diluted share"."""
    return "eps" if per == "share" and predicate in (None, "profit") else predicate


def _years_of_metrics(
    periods: dict[Span, str], classes: dict[Span, str], lex: Lexicon
) -> dict[Span, str]:
    """``periods`` with a company's metric over the year to a month read as its financial
    year's: "revenue rose 6% in the year to February" is no month's rate ("like-for-like
    sales rose 2% in February"), as "inflation of 3.4% in the year to February" is."""
    if not any("FY-M" in p for p in periods.values()):
        return periods
    return {
        span: financial_year(p) if classes.get(span) in lex.METRICS else p
        for span, p in periods.items()
    }


def _periods(
    text: str, sentence: Sentence, group: list[Draft], links: dict[Span, Span]
) -> dict[Span, str]:
    """The time scope of each figure of one sentence, by grammar (see .context).

    An amount and its conversion in brackets ("1 million pounds ($1.22 million)")
    are scoped as one figure, brackets included.
    """
    if not sentence.periods:
        return {}  # no period to scope a figure with: skip pairing the linked amounts
    merged: dict[Span, Span] = {}
    for d in group:
        span = (d.start, d.end)
        other = links.get(span)
        if d.kind not in _SCOPED or (other is not None and other < span):
            continue
        if other is None:
            merged[span] = span
        else:
            close = CLOSE.match(text, other[1])
            merged[span] = (span[0], other[1] if close is None else close.end())
    scoped = scope(text, sentence, sorted(merged.values()))
    out: dict[Span, str] = {}
    rates: set[Span] | None = None  # the percentages, read where a year to a month is
    for span, whole in merged.items():
        p = scoped.get(whole)
        if p is not None and p.ends is not None:
            if rates is None:
                rates = {(d.start, d.end) for d in group if d.kind is PERCENT}
            if span in rates:
                # A rate over the year to a month is that month's annual rate, or a
                # financial year's: "inflation of 3.4% in the year to February" meets "3.4
                # per cent in February" and "annual inflation" (claimdiff.periods); a
                # company's metric is its year's alone (_years_of_metrics).
                p = attrs.evolve(p, part=f"FY-{p.ends}")
        if p is not None and str(p):
            out[span] = str(p)
            if span in links:
                out[links[span]] = str(p)
    return out


def _claim(
    text: str,
    d: Draft,
    lex: Lexicon,
    sent: Sentence,
    clause_words: ClauseWords,
    linked: Span | None,
    who: Attributor | None,
    floor: int,
    roles: dict[Span, str | None],
    context: tuple[str | None, str | None, bool] = _NO_CONTEXT,
    elided: str | None = None,
) -> Claim:
    """The claim of draft ``d``; ``floor`` is where the figure before it in its sentence ends.

    ``roles`` gets the figure's role in a change, where it has one, for
    :func:`pair_changes`; None where its change is not read here.

    ``clause_words`` reads the context words of its sentence's clauses;
    ``context`` is the figure's period and predicate, read for its whole sentence, and
    whether that predicate is its own noun's (:class:`.context.Predicates`);
    ``who`` reads its source, None where its sentence gives none (:meth:`.Attributor.quiet`);
    ``elided`` the noun of the count before it that a bare count stands for.
    """
    # Each field of the draft read once into a local: this runs per figure.
    start, end, kind = d.start, d.end, d.kind
    if text[end : end + 1] > _LAST_SPACING and combining(text[end]):
        end = _past_marks(text, end)  # "1,200 cafe\u0301s": no letter split from its accent
    span = (start, end)
    sentence = sent.span
    # Clause, period and source are looked for near the figure only: a text
    # with no sentence breaks (a table, junk) must not cost a scan per claim.
    # Conditional expressions, not max() and min() (see scan.scan): this runs per figure.
    lo, hi = start - NEAR, end + NEAR
    local = (lo if lo > sentence[0] else sentence[0], hi if hi < sentence[1] else sentence[1])
    clause = sent.clause_within(span, local)
    noun = d.noun
    # Only a count, an amount, a share or a measure counts something (_noun finds nothing
    # for the other kinds): a year, a date, an age or a length is spared the look.
    if noun is None and (kind is COUNT or kind is MONEY or kind is PERCENT or kind is MEASURE):
        # What a figure counts is never read across the figure before it: in "took
        # 21,450 votes and won by 3,210", "votes" are 21,450's.
        after = start if start < floor else floor
        after = after if after > clause[0] else clause[0]
        noun = _noun(text, d, lex, (after, clause[1]), elided)
    quantity = d.quantity
    # An exact year has no unit; as read it has none already, and attrs.evolve, which
    # copies the quantity, is slow: only a quantity with a unit is copied.
    q = quantity
    if kind is YEAR and q is not None and q.unit is not None and q.qualifier is EXACT:
        quantity = attrs.evolve(q, unit=None)
    if (
        kind is SCORE
        or kind is DATE
        or (kind is DURATION and _as_period(text, d, lex))
        or _ordinal(d)
    ):
        # A day is when, not how much: "rose 3% in March" says March rose nothing.
        change = None
        roles[span] = None  # pair_changes reads it after all
    elif sent.tokens is not None and sent.tokens.silent:
        change = None  # no word of the sentence names a change: read_change would find none
    else:
        change = read_change(text, start, end, local[0], local[1], sent.tokens, lex=lex)
        if kind is DURATION and change is not None and change.role is None:
            change = None  # "will miss a fortnight" compares with no mark: no change
        elif kind is YEAR and change is not None and change.direction is not None:
            change = Change(None, change.role)  # "will cut 300 jobs, by 2026": when, not how much
        if change is not None and change.role is not None:
            roles[span] = change.role
    written = text[start:end]
    # Positional, in the order of Claim's fields (text, span, kind, quantity, noun,
    # context, source, period, sentence, linked, direction, change_from, change_to,
    # predicate, predicate_of_noun, per, role, ago): binding sixteen keywords cost
    # Python 3.11 half a microsecond a claim, a third of building it (issue 12); and
    # set slot by slot (claimdiff.construct), not by the frozen class's __init__.
    return new_claim(
        written,
        span,
        kind,
        quantity,
        noun,
        clause_words.of(clause),
        None if who is None else who.source(local, span),
        context[0],
        sentence,
        linked,
        None if change is None else change.direction,
        None,
        None,
        sense(text, start, end, clause[0], lex) or context[1] if kind is DURATION else context[1],
        context[2] and not _held_total(text, start, lex),
        d.per,
        None if change is None else _role(change, written, lex),
        kind is DURATION and _ends_ago(text, d, lex),
    )


def _held_total(text: str, start: int, lex: Lexicon) -> bool:
    """Whether a verb of having stands right before the figure at ``start``, in its
    clause, with only a hedge or determiner between ("The village has about 900
    residents", "is home to 38,000 residents"; not "At the care home, 42 residents"), or
    a possessive ("The village's 900 residents").  Such a count's class is a total it
    states, not only who it counts."""
    window = text[start - 40 if start > 40 else 0 : start]
    if _POSSESSIVE_BEFORE.search(window) is not None:
        return True  # "The village's 900 residents": a total of its own
    cut = max(window.rfind(m) for m in ",;:.()")
    words = _WORDS_BEFORE.findall(window, cut + 1)
    for k in range(len(words) - 1, max(-1, len(words) - 5), -1):
        low = words[k].lower()
        if low in lex.HELD_TOTAL_VERBS:
            return True
        if low in lex.HELD_TOTAL_BEFORE_TO and [w.lower() for w in words[k + 1 : k + 2]] == ["to"]:
            return True  # "is home to 38,000 residents"
        if low in lex.HELD_TOTAL_AFTER_THERE and k and words[k - 1].lower() == "there":
            return True  # "There are about 900 residents in the village"
        if low not in lex.STOPWORDS and low not in lex.hedge_heads:
            return False
    return False


_WORDS_BEFORE = compile_pattern(r"[^\W\d_]+")
# A possessive right before a figure, not a contraction ("it's 42 residents").
_POSSESSIVE_BEFORE = compile_pattern(
    r"(?<![^\W\d_])(?!(?:it|that|there|here|what|who|he|she|let|where|how)['’]s)"
    r"[^\W\d_]+(?:['’]s|s['’])[ \u00a0]*$",
    re.IGNORECASE,
)


# "in the three months to June", "over the past year": a length of time that is when the
# sentence's change happened, not a figure that changed.
_PERIOD_BEFORE = compile_pattern(r"\b(?:the|past|last)\s+$", re.IGNORECASE)
# ... or ending at a named month: "over 12 months to June", "in the year to March".
_PERIOD_AFTER = compile_pattern(r"\s+(?:to|ending|ended|through)\s+(?P<month>[A-Z][a-z]+)")


def _as_period(text: str, d: Draft, lex: Lexicon) -> bool:
    """Whether a figure goes no way of its own: a score ("beat" is who won, not a rise), or
    a length of time used as a period ("fell to 4.2% in the three months to June", "rose
    6% over 12 months to March")."""
    if d.kind is SCORE:
        return True
    if d.kind is not DURATION:
        return False
    if _PERIOD_BEFORE.search(text, max(0, d.start - 6), d.start):
        return True
    month = _PERIOD_AFTER.match(text, d.end)
    return month is not None and month["month"].lower() in lex.MONTHS


def _ends_ago(text: str, d: Draft, lex: Lexicon) -> bool:
    """ "35 years ago": the span ends with the lexicon's word for a time before now."""
    tail = text[max(d.start, d.end - max(map(len, lex.AGO_WORDS)) - 1) : d.end]
    return lex.patterns["ago"].search(tail) is not None


# Each language's words for a count's own verb, built on first use.
_VERB_WORDS: dict[str, VerbWords] = {}


def _verb_words(lex: Lexicon) -> VerbWords:
    """The lexicon's words for telling a count's own verb (:class:`context.VerbWords`)."""
    found = _VERB_WORDS.get(lex.lang)
    if found is None:
        found = _VERB_WORDS[lex.lang] = VerbWords(
            frozenset(lex.COMMON_VERBS),
            frozenset(lex.speech.REPORTING_VERBS),
            frozenset(lex.STOPWORDS),
        )
    return found


# Combining marks start past this character (U+0300): a cheaper test first.
_LAST_SPACING = "\u02ff"


def _past_marks(text: str, i: int) -> int:
    """Where the run of combining marks at ``i`` ends."""
    while i < len(text) and combining(text[i]):
        i += 1
    return i


def _noun(text: str, d: Draft, lex: Lexicon, clause: Span, elided: str | None = None) -> str | None:
    lo = clause[0]
    if lo >= d.start or (text[lo].isspace() and text[lo : d.start].isspace()):
        # A figure opening its clause ("£1.2m, $3bn, 45%; £1.2m"), white space at most
        # before it: no word there for noun_before, subject_before or linked_subject to
        # read, each of which finds none; an amount's words after it or the elided
        # noun are left.
        if d.kind is MONEY:
            return money_noun_after(text, d.end, lex, clause[1])
        return elided if d.kind in (COUNT, PERCENT, MEASURE) else None
    span = (d.start, d.end)
    if d.kind is MONEY:
        return money_noun(text, span, lex, clause)
    before = noun_before(text, d.start, lex, clause[0])
    if before is None and d.kind in (COUNT, PERCENT):
        # The clause's own subject first ("cut 300 jobs while prices rose to 40"), then
        # the noun an earlier count gave ("cut 1,100 jobs, including 350 at Sunderland";
        # "the Green Party won 12" of "48 council seats").
        if elided is None:
            before = subject_before(text, d.start, lex, clause)
        else:
            before = linked_subject(text, d.start, lex, clause) or elided
    elif before is None:
        before = elided
    return before if d.kind in (COUNT, PERCENT, MEASURE) else None
