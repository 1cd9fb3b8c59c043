"""Orchestration: extract both texts → align → judge → :class:`~claimdiff.model.Report`."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

import attrs

from claimdiff.align import FORBIDDEN, Rules, one_events, same_figures, score_block
from claimdiff.assignment import assign, by_elimination, lone_ok, yield_to_same_figures
from claimdiff.candidates import Candidate, block_of, unpaired
from claimdiff.change_pairs import changes_paired
from claimdiff.date_years import dates_against_years
from claimdiff.dated_weekdays import weekdays_apart
from claimdiff.degrees import in_scale_of
from claimdiff.dollars import kinder, local_dollars
from claimdiff.extract.year_parts import named_alone
from claimdiff.fields_repr import fields_repr
from claimdiff.findings import finding, paired_by_elimination
from claimdiff.inputs import DEFAULT_MAX_CHARS, DEFAULT_MAX_PAIRS, check_pairs
from claimdiff.joined_totals import joined_totals
from claimdiff.leftovers import counts_named_apart, one_year, same_figures_left, same_years_left
from claimdiff.levels import levels_beside_sizes
from claimdiff.lexicon import Lexicon, get_lexicon
from claimdiff.metres_across import metres_across
from claimdiff.model import Claim, Document, Finding, Kind, Report, Span, Verdict
from claimdiff.month_scopes import month_of, months_left, said_relative, scope_months
from claimdiff.past_blocks import inside_any, past_blocks
from claimdiff.periods import YEAR
from claimdiff.prepare import Side, document, in_currencies_of, prepare
from claimdiff.quote_align import align_quotes
from claimdiff.rates import RateTable, currency_penalty, internal, rate_table, with_reference
from claimdiff.relative_dates import relative_dates
from claimdiff.said_years import years_said_apart
from claimdiff.verdict import Judgement, judge
from claimdiff.weekday_dates import Anchor, anchor_of, dated_days, say_dated
from claimdiff.year_spans import spans_against_lengths

__all__ = ["compare"]


def compare(
    a: str | Document,
    b: str | Document,
    *,
    lang: str = "en",
    rates: Mapping[tuple[str, str], float] | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    max_pairs: int | None = DEFAULT_MAX_PAIRS,
    direction: str = "peer",
    reference_rates: bool = True,
) -> Report:
    """Line up the claims of two texts about one event and say where they disagree.

    ``a`` and ``b`` are texts (str, or UTF-8 bytes) or :class:`Document`.
    ``rates`` maps ``(from, to)`` ISO currency codes to how many ``to`` one
    ``from`` is worth — ``{("USD", "GBP"): 0.8214}`` — for money the texts
    give in different currencies without stating a rate themselves.  Where
    neither text nor ``rates`` joins two currencies, the European Central Bank's
    reference rates shipped with claimdiff do, as a range over the months around
    the texts' publication date (or the data's last three years); pass
    ``reference_rates=False`` to compare such amounts only through stated rates
    (docs/compare.md, "Two currencies").
    ``max_pairs`` bounds the candidate pairs of any one block (see
    docs/limits.md): past it, :class:`TooManyPairsError` is raised instead of
    running out of memory.  ``direction="source"`` reads ``b`` as made from
    ``a`` and returns :func:`claimdiff.check`'s report (see docs/check.md).

    >>> r = compare("Kyiv says 16,000 children were taken.", "Kyiv says 1,600 children were taken.")
    >>> [f.verdict.value for f in r.conflicts]
    ['conflict']
    """
    if direction == "source":
        from claimdiff.check import check

        return check(
            a,
            b,
            lang=lang,
            rates=rates,
            max_chars=max_chars,
            max_pairs=max_pairs,
            reference_rates=reference_rates,
        )
    if direction != "peer":
        msg = f'direction must be "peer" or "source", not {direction!r}'
        raise ValueError(msg)
    da, db = document(a, "A", max_chars), document(b, "B", max_chars)
    return run(
        da,
        db,
        lang=lang,
        rates=rates,
        max_chars=max_chars,
        max_pairs=max_pairs,
        reference_rates=reference_rates,
    ).report


@attrs.frozen
class Run:
    """A peer comparison with what it was made from: both texts' claims and the rates."""

    __repr__ = fields_repr  # attrs compiles none (claimdiff.fields_repr)

    report: Report
    claims_a: list[Claim]
    claims_b: list[Claim]
    rates: RateTable


def run(
    da: Document,
    db: Document,
    *,
    lang: str,
    rates: Mapping[tuple[str, str], float] | None,
    max_chars: int | None,
    max_pairs: int | None,
    reference_rates: bool = True,
) -> Run:
    """:func:`compare` of two checked documents, keeping its claims for :mod:`claimdiff.check`."""
    lex = get_lexicon(lang)
    written_a = prepare(da, lex, max_chars, months_as_periods=True, caps=True)
    written_b = prepare(db, lex, max_chars, months_as_periods=True, caps=True)
    local = local_dollars(written_a, written_b, lex)
    side_a, side_b, notes = local.a, local.b, local.notes
    # A figure no block holds ("3/4" alone: a fraction of nothing named) is said so, never
    # dropped in silence.
    notes += _of_nothing(da, side_a.claims) + _of_nothing(db, side_b.claims)
    claims_a, claims_b = side_a.claims, side_b.claims
    table = rate_table(claims_a, da.name, claims_b, db.name, rates)
    within = internal(claims_a, da.name, table, notes) + internal(claims_b, db.name, table, notes)
    if reference_rates:
        # Bare dollar signs are judged as written too (claimdiff.dollars.kinder).
        table = with_reference(with_reference(table, side_a, side_b), written_a, written_b)
    cand_a, cand_b = in_currencies_of(side_a, side_b), in_currencies_of(side_b, side_a)
    # "26 degrees" against "28C": a bare "degrees" in the scale the texts give.
    cand_a, cand_b = (
        in_scale_of(cand_a, cand_b, lex, da.text),
        in_scale_of(cand_b, cand_a, lex, db.text),
    )
    # "67.42m" against "67.24 metres": a bare "m" in the reading the other text bears out.
    cand_a, cand_b = metres_across(cand_a, cand_b), metres_across(cand_b, cand_a)
    # "186 passengers and six crew" against "192 people on board" (claimdiff.joined_totals).
    (cand_a, sums_a), (cand_b, sums_b) = (
        joined_totals(cand_a, cand_b, da.text),
        joined_totals(cand_b, cand_a, db.text),
    )
    # "was stabbed last Saturday" in a text filed on Thursday 14 March is 9 March, where
    # the other text writes dates and no day of the week (claimdiff.weekday_dates).
    anchors = (_counted_from(da, side_a, cand_b, lex), _counted_from(db, side_b, cand_a, lex))
    read_a: dict[Span, str] = {}
    read_b: dict[Span, str] = {}
    # A day read as a date is listed as the text writes it where it pairs with nothing.
    written_days_a = {c.claim.span: c.claim for c in cand_a if c.claim.weekday}
    written_days_b = {c.claim.span: c.claim for c in cand_b if c.claim.weekday}
    if anchors[0] is not None:
        told_b = any(y.claim.weekday for y in cand_b)
        cand_a, read_a = dated_days(cand_a, da.text, anchors[0], lex, keep_told=told_b)
    if anchors[1] is not None:
        told_a = any(x.claim.weekday for x in cand_a if not x.counted)
        cand_b, read_b = dated_days(cand_b, db.text, anchors[1], lex, keep_told=told_a)
    rules = attrs.evolve(
        Rules.of(lex),
        years_through_figures=True,
        who_clashes=False,
        far_counts_apart=True,
        years_by_event=bool(lex.WORDNET_NOUNS),
        age_kin=tuple(lex.AGE_KIN),
        age_parts=True,
    )
    findings: list[Finding] = []

    def judged_by(x: Claim, y: Claim) -> Judgement | str:
        return judge(x, y, table, ceilings=True)

    matched_a: set[int] = set()
    matched_b: set[int] = set()
    # A score and a vote's tally of the same two numbers are one vote before any count of
    # the tally meets another figure ("passed the bill 69-30", "By a vote of 69 to 30").
    findings.extend(
        early := past_blocks(
            (da, db), (cand_a, cand_b), (matched_a, matched_b), table, lex, same_only=True
        )
    )
    _take(early, cand_a, cand_b, matched_a, matched_b)
    blocks_a: dict[str, list[int]] = defaultdict(list)
    blocks_b: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(cand_a):
        if i not in matched_a:
            blocks_a[c.block].append(i)
    for j, c in enumerate(cand_b):
        if j not in matched_b:
            blocks_b[c.block].append(j)
    for block, ia in blocks_a.items():
        jb = blocks_b.get(block)
        if not jb:
            continue
        check_pairs(len(ia), len(jb), what=_block_name(block), max_pairs=max_pairs)
        xa, xb = [cand_a[i] for i in ia], [cand_b[j] for j in jb]
        penalty = currency_penalty(xa, xb, table) if block.startswith("money") else None
        same = same_figures(xa, xb)
        scores = score_block(xa, xb, rules, penalty, same)
        events = one_events(xa, xb, rules) if xa[0].claim.kind is Kind.YEAR else None
        lone = lone_ok(xa, xb, by_event=rules.years_by_event, events=events)
        scores = yield_to_same_figures(xa, xb, scores, lone)
        pairs = assign(scores, lone=lone, protect=same & (scores > FORBIDDEN))
        guessed = by_elimination(scores, pairs, lone)
        for i, j, score in pairs:
            ca, cb = xa[i].claim, xb[j].claim
            ca, cb, result = kinder(ca, cb, local, judged_by)
            if isinstance(result, str):
                notes.append(_not_compared(da, ca, db, cb, result))
                continue
            found = finding(ca, cb, result, score, da.name, db.name)
            added = sums_a.get(ca.span) if ca.kind is Kind.COUNT else None
            added = added or (sums_b.get(cb.span) if cb.kind is Kind.COUNT else None)
            if added:
                found = attrs.evolve(found, reason=f"{found.reason} (two counts added: {added})")
            if found.verdict is Verdict.CONFLICT and (i, j) in guessed:
                found = paired_by_elimination(found)
            findings.append(found)
            matched_a.add(ia[i])
            matched_b.add(jb[j])
    left_a, left_b = unpaired(cand_a, matched_a), unpaired(cand_b, matched_b)
    # A date against a year, both left: aligned once more as years (claimdiff.date_years).
    texts, names = (da.text, db.text), (da.name, db.name)
    for i, j, found in dates_against_years(
        texts, names, (cand_a, cand_b), (left_a, left_b), rules, table, lex, max_pairs
    ):
        findings.append(found)
        matched_a.add(i)
        matched_b.add(j)
    left_a, left_b = unpaired(cand_a, matched_a), unpaired(cand_b, matched_b)
    # A span of years against a length of time, both left (claimdiff.year_spans).
    for i, j, found in spans_against_lengths(
        texts, names, (cand_a, cand_b), (left_a, left_b), rules, lex, max_pairs
    ):
        findings.append(found)
        matched_a.add(i)
        matched_b.add(j)
    left_a, left_b = unpaired(cand_a, matched_a), unpaired(cand_b, matched_b)
    for i, j in same_figures_left(cand_a, cand_b, left_a, left_b):
        ca, cb = cand_a[i].claim, cand_b[j].claim
        result = judge(ca, cb, table, ceilings=True)
        # The same figure is one fact only where the two agree: "rose 12%" and "shrank
        # 12%" are two facts, not a change read two ways.
        if not isinstance(result, str) and result.verdict is Verdict.AGREE:
            findings.append(finding(ca, cb, result, 0.0, da.name, db.name))
            matched_a.add(i)
            matched_b.add(j)
    # Counts only their nouns kept apart ("18 pubs", "Eighteen venues"): each other's best
    # among those left, with no evidence of their own.
    left_a, left_b = unpaired(cand_a, matched_a), unpaired(cand_b, matched_b)
    for i, j in counts_named_apart(cand_a, cand_b, left_a, left_b, rules):
        ca, cb = cand_a[i].claim, cand_b[j].claim
        result = judge(ca, cb, table, ceilings=True)
        if isinstance(result, str):
            notes.append(_not_compared(da, ca, db, cb, result))
            continue
        # Paired on no evidence, an agreement may be two things as a conflict may be two
        # facts ("15 guns", "15 phones"): each says so.
        findings.append(paired_by_elimination(finding(ca, cb, result, 0.0, da.name, db.name)))
        matched_a.add(i)
        matched_b.add(j)
    # A score against a vote's tally given as two counts ("51-49", "51 votes to 49"): pairs
    # made past the blocks.
    late = past_blocks((da, db), (cand_a, cand_b), (matched_a, matched_b), table, lex)
    findings.extend(late)
    _take(late, cand_a, cand_b, matched_a, matched_b)
    scoped = scope_years(findings, claims_a, claims_b)

    def is_month(c: Claim) -> bool:
        return named_alone(c, lex)

    months_a, months_b = (
        month_of(da.text, claims_a, is_month),
        month_of(db.text, claims_b, is_month),
    )
    scoped += scope_months(findings, months_a, months_b)

    years_a, years_b = month_of(da.text, claims_a, one_year), month_of(db.text, claims_b, one_year)
    for ya, yb, score in scoped:
        result = judge(ya, yb, table, ceilings=True)
        if not isinstance(result, str):
            findings.append(finding(ya, yb, result, score, da.name, db.name))
    # A year only dating a figure, left, against the same year left in the other text: one
    # fact where the two agree ("rose to 2035 from 2030" and "fell to 2025 from 2030" are
    # two changes, not one year read two ways).
    took = {f.a.span for f in findings}, {f.b.span for f in findings}
    own = {c.claim.span for c in cand_a}, {c.claim.span for c in cand_b}
    same_years = []
    for ya, yb in same_years_left(claims_a, claims_b, took, own):
        result = judge(ya, yb, table, ceilings=True)
        if not isinstance(result, str) and result.verdict is Verdict.AGREE:
            same_years.append(finding(ya, yb, result, 0.0, da.name, db.name))
    findings.extend(same_years)
    # No longer their texts' own: the readers of relative dates and months below take only
    # the candidates left.
    said_a, said_b = {f.a.span for f in same_years}, {f.b.span for f in same_years}
    matched_a |= {k for k, c in enumerate(cand_a) if c.claim.span in said_a}
    matched_b |= {k for k, c in enumerate(cand_b) if c.claim.span in said_b}
    # "rose to 7.2%, up 0.4 points", "dipped to 7.2 per cent, a fall of 0.3 points": the
    # direction is the change's, judged where its sizes pair.
    findings = levels_beside_sizes(findings, judged_by, (da.name, db.name))
    # "last month" against "March": one month, as far as anyone can tell without the date.
    unpaired_a = [c.claim for k, c in enumerate(cand_a) if k not in matched_a]
    unpaired_b = [c.claim for k, c in enumerate(cand_b) if k not in matched_b]
    relative = relative_dates(
        (da.text, db.text),
        (unpaired_a, unpaired_b),
        findings,
        lex,
        rules,
        (da.name, db.name),
        (months_a, months_b),
        (years_a, years_b),
    )
    findings.extend(relative)
    # "in August" beside a figure nothing paired, and "on 11 August": the story's month.
    late_months = [
        finding(ma, mb, result, 0.0, da.name, db.name)
        for ma, mb, result in months_left(
            (claims_a, claims_b),
            (months_a, months_b),
            findings,
            is_month,
            judged_by,
            lambda side, c: said_relative((da.text, db.text)[side], c, lex),
        )
    ]
    findings.extend(late_months)
    paired_a = {f.a.span for f in relative + late_months}
    paired_b = {f.b.span for f in relative + late_months}
    matched_a |= {k for k, c in enumerate(cand_a) if c.claim.span in paired_a}
    matched_b |= {k for k, c in enumerate(cand_b) if c.claim.span in paired_b}
    # "Exports fell" against "exports rose 0.9%": changes said with no figure, and figures
    # no pair holds.
    changes = changes_paired(
        (da.text, db.text),
        (side_a.changes, side_b.changes),
        (claims_a, claims_b),
        {f.a.span: f.b.span for f in findings},
        (da.name, db.name),
        lex,
        rules.nested_periods,
        max_pairs,
    )
    findings.extend(changes)
    # A figure whose change met one said in words is paired: its finding shows it with the
    # words of its change, ending where it ends.
    matched_a |= _shown_in(cand_a, [f.a.span for f in changes])
    matched_b |= _shown_in(cand_b, [f.b.span for f in changes])
    # "Sunday 21 July" against "Monday, July 21": one date, two days of the week.
    findings = weekdays_apart(findings, (da.text, db.text), getattr(lex, "WEEKDAYS", {}))
    # "on 3 March last year" against "on 3 March this year": one day, two years.
    findings = years_said_apart(findings, (da.text, db.text), lex.DAY_YEAR_AFTER)
    findings = say_dated(findings, read_a, read_b, anchors)
    findings.sort(key=lambda f: f.a.span)
    quotes_a = [c for c in claims_a if c.kind is Kind.QUOTE]
    quotes_b = [c for c in claims_b if c.kind is Kind.QUOTE]
    check_pairs(len(quotes_a), len(quotes_b), what="quotes", max_pairs=max_pairs)
    quotes = align_quotes(quotes_a, quotes_b, lex.speech)
    report = Report(
        findings=tuple(findings),
        only_a=tuple(
            written_days_a.get(c.claim.span, c.claim)
            for k, c in enumerate(cand_a)
            if k not in matched_a
        ),
        only_b=tuple(
            written_days_b.get(c.claim.span, c.claim)
            for k, c in enumerate(cand_b)
            if k not in matched_b
        ),
        quotes=tuple(quotes),
        internal=tuple(within),
        notes=tuple(notes),
        a_name=da.name or "A",
        b_name=db.name or "B",
        a_text=da.text,
        b_text=db.text,
    )
    return Run(report, claims_a, claims_b, table)


def _counted_from(
    doc: Document, side: Side, other: Sequence[Candidate], lex: Lexicon
) -> Anchor | None:
    """The day ``doc`` counts its days of the week from, where it has days to count and the
    other text gives none of its own but days something was said on, which meet this text's
    days something was said on as days of the week (claimdiff.weekday_dates)."""
    if any(y.claim.weekday and not y.told for y in other) or not any(
        c.weekday for c in side.claims
    ):
        return None
    return anchor_of(doc.text, side.claims, lex)


def scope_years(
    findings: Sequence[Finding], claims_a: Sequence[Claim], claims_b: Sequence[Claim]
) -> list[tuple[Claim, Claim, float]]:
    """The years that scope two paired figures, paired as those figures are.

    A year that only scopes a figure of its sentence is not paired on its own (the
    texts name many years in passing), but when "the £1.4m its owners paid in 2009"
    meets "£1.4 million back in 2009", both texts state 2009 for one fact.  Each
    year is paired once, with the pair's evidence.
    """
    years_a = {(c.sentence, c.text): c for c in claims_a if c.kind is Kind.YEAR}
    years_b = {(c.sentence, c.text): c for c in claims_b if c.kind is Kind.YEAR}
    # A year already paired as a fact of its own ("the 2023 budget") is not paired again.
    used_a = {f.a.span for f in findings if f.a.kind is Kind.YEAR}
    used_b = {f.b.span for f in findings if f.b.kind is Kind.YEAR}
    out = []
    for f in findings:
        if not f.a.period or not f.b.period or f.a.kind is Kind.YEAR:
            continue
        found_b = [years_b.get((f.b.sentence, y)) for y in YEAR.findall(f.b.period)]
        yb = next((y for y in found_b if y is not None), None)
        for year in YEAR.findall(f.a.period):
            ya = years_a.get((f.a.sentence, year))
            if ya is None or yb is None or ya.span in used_a or yb.span in used_b:
                continue
            used_a.add(ya.span)
            used_b.add(yb.span)
            out.append((ya, yb, f.score))
    return out


def _shown_in(cands: Sequence[Candidate], spans: Sequence[Span]) -> set[int]:
    """The candidates whose claim ends one of ``spans`` and lies inside it: the figures a
    finding on a change shows with the words of their change ("exports rose 0.9%")."""
    starts = {hi: lo for lo, hi in spans}
    return {
        k
        for k, c in enumerate(cands)
        if c.claim.span[1] in starts and starts[c.claim.span[1]] <= c.claim.span[0]
    }


def _of_nothing(doc: Document, claims: Sequence[Claim]) -> list[str]:
    """Notes on the figures of ``doc`` that no block holds: a fraction on its own."""
    return [
        f"not compared: {doc.name}'s “{c.text}”: a fraction of nothing named"
        for c in claims
        if c.quantity is not None and c.kind is not Kind.QUOTE and block_of(c) is None
    ]


def _not_compared(da: Document, ca: Claim, db: Document, cb: Claim, why: str) -> str:
    """The note on two paired claims the verdict cannot judge, and why."""
    return f"not compared: {da.name}'s “{ca.text}” and {db.name}'s “{cb.text}”: {why}"


def _take(
    found: Sequence[Finding],
    cand_a: Sequence[Candidate],
    cand_b: Sequence[Candidate],
    matched_a: set[int],
    matched_b: set[int],
) -> None:
    """Mark the claims of ``found`` (scores against tallies) as paired: a tally's counts
    lie inside its span, and are no longer each text's own."""
    spans_a, spans_b = [f.a.span for f in found], [f.b.span for f in found]
    matched_a |= {i for i, c in enumerate(cand_a) if inside_any(c.claim.span, spans_a)}
    matched_b |= {j for j, c in enumerate(cand_b) if inside_any(c.claim.span, spans_b)}


def _block_name(block: str) -> str:
    """A block as a reader would name it: "count claims", "money claims"."""
    return f"{block.split(' ', 1)[0]} claims"
