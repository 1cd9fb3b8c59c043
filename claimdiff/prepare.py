"""A text made ready for comparison: its claims, and each figure as pairing sees it.

Both :func:`claimdiff.compare` (peers) and :func:`claimdiff.check` (a text made
from a source) start here: extract the claims once, keep the figures that take
part in pairing, and give each its evidence (:class:`claimdiff.align.Candidate`):
what it counts, its words, its period resolved against the text's date.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Collection, Sequence

import attrs

from claimdiff import nouns, verbs
from claimdiff.age_parts import READ_AFTER, READ_BEFORE, part_before, part_of
from claimdiff.align import Candidate, block_of, lemma
from claimdiff.caps import read_caps
from claimdiff.date_bounds import BoundWords, bound_of
from claimdiff.expectations import expected
from claimdiff.extract import dateline, extract
from claimdiff.extract.ellipsis import complement, part_of_whole, whole_noun
from claimdiff.extract.year_parts import named_alone
from claimdiff.fields_repr import fields_repr
from claimdiff.inputs import as_text
from claimdiff.lexicon import Lexicon
from claimdiff.margins import MARGIN_BLOCK, margin_of_error
from claimdiff.model import Claim, Document, Kind, Qualifier
from claimdiff.month_scopes import DATED_KINDS
from claimdiff.owners import PARTICIPLE_CLAUSE, Owner, first_name, name_key, owner_before
from claimdiff.pattern_code import compile_pattern
from claimdiff.peaks import read_peaks
from claimdiff.periods import YEAR
from claimdiff.reference_rates import when_published
from claimdiff.said_years import year_said_after
from claimdiff.tallies import sides
from claimdiff.targets import aimed
from claimdiff.tenses import clause_tense
from claimdiff.text import content_words, opens_sentence, sentences
from claimdiff.weekday_ties import another, day_part, told
from claimdiff.year_events import EventWords, adjective, event_of, verb_after

__all__ = ["Side", "document", "in_currencies_of", "prepare"]

# No words for years' events (a language WordNet does not read).
_NO_EVENT_WORDS = EventWords()

_RELATIVE_YEARS = {"this year": 0, "last year": -1, "next year": 1}
# A capitalised word: a name, where it does not open its sentence.
_NAME = compile_pattern(r"(?<![\w’'])[A-Z][\w’'-]+")


@attrs.frozen
class Side:
    """One text as the comparison stages see it."""

    __repr__ = fields_repr  # attrs compiles none (claimdiff.fields_repr)

    doc: Document
    claims: list[Claim]
    """Every claim of the text, in text order."""
    candidates: list[Candidate]
    """The figures that take part in pairing, with their evidence."""
    seconds: list[Candidate] = attrs.field(factory=list)
    """The second of each amount given in two currencies ("(£18.6m)" after
    "$23.5 million"): it stands in for the first where another text uses its
    currency (:func:`in_currencies_of`)."""
    when: tuple[int, int] | None = None
    """When the text was published, as (year, month; 0 when unknown): its ``published``
    date, else the year of the dateline it opens with (reference rates read it)."""
    changes: tuple[Claim, ...] = ()
    """The changes it says without a figure ("Exports fell"): kept apart from
    :attr:`claims`, for no stage reads them as figures (:mod:`claimdiff.change_pairs`)."""

    @property
    def name(self) -> str:
        """The text's name for reports."""
        return self.doc.name or ""


def prepare(
    doc: Document,
    lex: Lexicon,
    max_chars: int | None,
    *,
    months_as_periods: bool = False,
    caps: bool = False,
) -> Side:
    """Extract ``doc`` once and read its figures' evidence; with ``months_as_periods``
    (compare()), a month named alone that dates a figure is that figure's period, not a
    claim of its own (:mod:`claimdiff.month_scopes`); with ``caps`` (compare()), a figure
    named a cap in words is at most it (:mod:`claimdiff.caps`)."""
    claims = extract(doc.text, lang=lex.lang, max_chars=max_chars)
    # "gusts of up to 90mph" is the peak measured (claimdiff.peaks).
    claims = read_peaks(doc.text, claims, lex)
    if caps:
        # "capped at $7,500" is at most that (claimdiff.caps); a summary that drops the
        # cap's words restates the figure, so check() reads it as written.
        claims = read_caps(doc.text, claims, lex)
    changes = tuple(c for c in claims if c.kind is Kind.CHANGE)
    if changes:
        claims = [c for c in claims if c.kind is not Kind.CHANGE]
    english = bool(lex.WORDNET_NOUNS)
    # A language's words for years' events; none where no WordNet reads its verbs.
    event_words = EventWords.of(lex) if english else _NO_EVENT_WORDS
    firsts = numeric(
        claims,
        doc.text,
        lex.STOPWORDS,
        adjectives=english,
        light=frozenset(lex.LIGHT_VERBS),
        event_words=event_words,
        months=(lambda c: named_alone(c, lex)) if months_as_periods else None,
    )
    line_year = dateline(doc.text, lang=lex.lang)
    whole = _Whole.of(doc, lex, line_year)
    side = Side(
        doc,
        claims,
        _candidates(doc, firsts, lex, whole, event_words),
        when=when_published(doc.published, line_year),
        changes=changes,
    )
    instead = {c.linked: c for c in claims if c.linked is not None and c.linked < c.span}
    if not instead or not any(c.span in instead for c in firsts):
        return side
    # Each second amount read in its first's place, so its words are what the
    # first's would be.
    swapped = _candidates(doc, [instead.get(c.span, c) for c in firsts], lex, whole, event_words)
    seconds = {c.span for c in instead.values()}
    return attrs.evolve(side, seconds=[x for x in swapped if x.claim.span in seconds])


def in_currencies_of(side: Side, other: Side) -> list[Candidate]:
    """``side``'s candidates, each amount given in two currencies (or a measure in two
    units: "100km (60 miles)") in the ones ``other`` uses.

    "$23.5 million (£18.6m)" meets another report's "£18.6m" as £18.6m: the
    second amount takes the first's place when ``other`` states amounts in its
    currency and none in the first's.  When ``other`` uses both currencies
    ("£1.9bn, or $2.4bn"), both amounts are candidates, each meeting its own
    currency's figure.  Otherwise the first stays, as written.
    """
    if not side.seconds:
        return side.candidates
    used = {
        c.claim.unit
        for c in [*other.candidates, *other.seconds]
        if c.claim.kind in (Kind.MONEY, Kind.MEASURE)
    }
    swap = {
        s.claim.linked: s
        for s in side.seconds
        if s.claim.unit in used and s.claim.linked is not None
    }
    out = []
    for c in side.candidates:
        second = swap.get(c.claim.span)
        if second is None:
            out.append(c)
        elif c.claim.unit in used:
            out += [c, second]
        else:
            out.append(second)
    return out


def document(x: object, default_name: str, max_chars: int | None) -> Document:
    """``x`` (a text or a :class:`Document`) as a checked Document named ``default_name``."""
    if isinstance(x, Document):
        text = as_text(x.text, name=f"{default_name}.text", max_chars=max_chars)
        return Document(text, x.name or default_name, x.published)
    return Document(as_text(x, name=default_name, max_chars=max_chars), default_name)


def numeric(
    claims: Sequence[Claim],
    text: str = "",
    stopwords: frozenset[str] = frozenset(),
    *,
    adjectives: bool = False,
    light: frozenset[str] = frozenset(),
    event_words: EventWords = _NO_EVENT_WORDS,
    months: Callable[[Claim], bool] | None = None,
) -> list[Claim]:
    """The claims pairing takes part in.

    No quotes; only the first of two linked amounts; and no year that only
    scopes another figure of its sentence ("the budget for 2023 was …").  A year
    that is a thing's own is a fact of its own even where it scopes another: one
    standing as an adjective ("Portobello's 1901 swim centre is to get a £2.1m
    makeover"; with ``adjectives``, English: :func:`claimdiff.year_events.adjective`),
    and one a verb of a beginning or an end governs (``event_words.lifetimes``: "The
    food bank was founded in 1987 by two parish nurses", "the collapse, which killed 19
    people in 2015": :func:`claimdiff.year_events.event_of`, ``light`` verbs naming
    none).  A
    month named alone (``months`` says which) in a sentence of other figures is their
    period, paired only through the figure it dates (:mod:`claimdiff.month_scopes`):
    "fell to 6.4% in March".
    """
    scopes = {(c.sentence, y) for c in claims if c.period for y in YEAR.findall(c.period)}
    # A month in a sentence of figures is read as their period even where it dates none
    # by the clause rule (month_of): kept, "whose financial year ends in February" met
    # "the 13 weeks to 25 November", two events' times in one story's words.
    dated = {c.sentence for c in claims if c.kind in DATED_KINDS} if months else set()
    # Verbs of a beginning or an end read in the present and future too, for this only.
    coming = attrs.evolve(event_words, to_come=True)
    out = []
    for c in claims:
        if block_of(c) is None:
            continue
        if months is not None and c.sentence in dated and months(c):
            continue
        if c.kind is Kind.YEAR and (c.sentence, c.text) in scopes:
            names, cues = event_words.name_determiners, event_words.time_cues
            own = adjectives and adjective(text, c.span, stopwords, names=names, cues=cues)
            if not own and not _of_lifetime(text, c, claims, stopwords, light, coming):
                continue
        if c.linked is not None and c.linked < c.span:
            continue  # "$1.22 million" in "£1m ($1.22m)" is checked inside its text
        out.append(c)
    return out


def _of_lifetime(
    text: str,
    c: Claim,
    claims: Sequence[Claim],
    stopwords: frozenset[str],
    light: frozenset[str],
    event_words: EventWords = _NO_EVENT_WORDS,
) -> bool:
    """Whether a verb of a beginning or an end (``event_words.lifetimes``) governs the
    year ``c`` ("founded in 1987 by two parish nurses") and has no figure for its object
    before the year: in "The chain opened 40 stores in 2023" or "Road crashes killed
    1,695 people in 2022" the year is the figure's period, a year's total, not the date
    of a beginning or an end.  With ``event_words.to_come`` the verb is read in the
    present and the future too ("once it opens in 2028", "is due to open in 2030"), but
    a form in -s a verb follows at once is a noun ("Housing starts in 2023 fell")."""
    lifetimes = event_words.lifetimes
    if not lifetimes:
        return False
    event = event_of(text, c.span, c.sentence, stopwords, light, event_words)
    if event is None or not any(b in lifetimes for b in verbs.bases(event)):
        return False
    if event.endswith("s") and verb_after(text, c.span[1], c.sentence[1]):
        return False  # "Housing starts in 2023 fell": a noun, the year its figure's period
    lo = c.sentence[0]
    before = text[lo : c.span[0]].lower()
    # A phrasal verb is written as itself, not as the lemma it stands for ("set up":
    # "found", which "Auditors found 40 errors" writes too): the nearest form is its.
    forms = [event, *(k for k, v in event_words.phrasal.items() if v == event)]
    at, form = max((before.rfind(f), f) for f in forms)
    end = lo + at + len(form) if at >= 0 else c.span[0]
    # The claims are in text order: only those between the verb and the year are read.
    first = bisect.bisect_left(claims, end, key=lambda x: x.span[0])
    last = bisect.bisect_left(claims, c.span[0], key=lambda x: x.span[0])
    return not any(
        x.kind in DATED_KINDS and _object_gap(text[end : x.span[0]]) for x in claims[first:last]
    )


# Words that may stand between a verb and its object figure: "opened 40 stores", "killed
# some 1,695 people", "closed its 400 branches"; a preposition makes the figure no
# object ("capsized with the loss of 41 lives in 1987": the year is the capsizing's).
_OBJECT_GAP = frozenset("a an the its their his her our some".split())


def _object_gap(gap: str) -> bool:
    return all(w.lower() in _OBJECT_GAP for w in gap.split())


@attrs.frozen
class _Whole:
    """What the candidates of one text read from the whole of it, read once: its year of
    publication, its names and its content words."""

    __repr__ = fields_repr  # attrs compiles none (claimdiff.fields_repr)

    published: int | None
    names: frozenset[str]
    words: frozenset[str]

    @classmethod
    def of(cls, doc: Document, lex: Lexicon, line_year: int | None) -> _Whole:
        stopwords, lemmas = lex.STOPWORDS, dict[str, str]()
        names = frozenset(
            name_key(m.group())
            for m in _NAME.finditer(doc.text)
            if not opens_sentence(doc.text, m.start()) and m.group().lower() not in stopwords
        )
        words = _lemmas(content_words(doc.text, stopwords), lemmas)
        return cls(_year_of(doc.published) or line_year, names, words)


def _candidates(
    doc: Document,
    claims: Sequence[Claim],
    lex: Lexicon,
    whole: _Whole,
    event_words: EventWords,
) -> list[Candidate]:
    stopwords, scales = lex.STOPWORDS, lex.SCALES
    light = frozenset(lex.LIGHT_VERBS)
    # Events are read through WordNet's English verbs: elsewhere no year has one.
    read_events = bool(lex.WORDNET_NOUNS)
    sents = sentences(doc.text, lex)
    index = {s: k for k, s in enumerate(sents)}
    near: dict[int, frozenset[str]] = {}
    lemmas: dict[str, str] = {}
    published, text_names, text_words = whole.published, whole.names, whole.words
    bound_words = BoundWords.of(lex)
    side_of = sides(doc.text, claims, lex)
    bounds = _bounds(claims)
    clocks = [c for c in claims if c.clock]
    clock_ends = [c.span[1] for c in clocks]
    out: list[Candidate] = []
    for n, c in enumerate(claims):
        k = index.get(c.sentence)
        if k is not None and k not in near:
            lo, hi = sents[max(0, k - 1)][0], sents[min(len(sents) - 1, k + 1)][1]
            near[k] = _lemmas(content_words(doc.text[lo:hi], stopwords), lemmas)
        words = near[k] if k is not None else _lemmas(c.context, lemmas)
        prev, nxt = bounds[n]
        lo, hi = (
            _clause(doc.text, c, lex) if c.weekday else _segment(doc.text, claims, n, prev, nxt)
        )
        if c.kind is Kind.COUNT and nxt is not None and _part_of(doc.text, c, claims[nxt], lex):
            # "Ten of the 12 jurors agreed": the words after the whole are the part's too.
            hi = max(hi, _segment(doc.text, claims, nxt, *bounds[nxt])[1])
        # A figure's own words reach no further than a long clause: a sentence of
        # thousands of days or figures with no break between them would read its whole
        # length for each (quadratic), where no reader takes such words for one figure's.
        lo, hi = max(lo, c.span[0] - _OWN_REACH), min(hi, c.span[1] + _OWN_REACH)
        names = frozenset(
            name_key(m.group())
            for m in _NAME.finditer(doc.text, lo, hi)
            if m.start() > c.sentence[0] and m.group().lower() not in stopwords
        )
        # The figure before in its sentence, ending where this one's words begin, lends it
        # its owner ("London's 4.1% and 2.8%"); a day of the week lends none.
        joined = prev is not None and claims[prev].sentence == c.sentence
        before = out[prev] if prev is not None and joined and lo == claims[prev].span[1] else None
        owner = _owner(doc.text, c, lo, stopwords, before)
        around = doc.text[lo : c.span[0]] + " " + doc.text[c.span[1] : hi]
        local = _lemmas(_wordy(around, stopwords, scales), lemmas)
        own_words = _lemmas(_wordy(c.text, stopwords, scales), lemmas)
        block = block_of(c)
        assert block is not None
        if margin_of_error(doc.text, c, lex, block):
            block = MARGIN_BLOCK  # "3.1 per cent" and "±3.1 percentage points" are one
        target = c.kind in _FORECAST_KINDS and aimed(
            doc.text, c.span, (lo, hi), lex, counted=c.kind is Kind.COUNT
        )
        noun = _counted(doc.text, c, lex)
        if target and noun is not None and _names_target(c.text, noun, lex):
            noun = None  # "a target of 29,000", "the 33,450 target set": not what is counted
        if noun is None and c.kind is Kind.MONEY and lex.WORDNET_NOUNS:
            noun = _spent_on(doc.text, lo, c.span[0], lex)
        out.append(
            Candidate(
                c,
                block,
                words,
                _resolve_period(c.period, published),
                c.span[0] / max(1, len(doc.text)),
                noun,
                local,
                names,
                owner,
                text_names,
                own_words,
                text_words,
                side_of.get(n),
                c.kind in _FORECAST_KINDS and expected(doc.text, c.span, (lo, hi), lex),
                event_of(doc.text, c.span, (lo, hi), stopwords, light, event_words)
                if read_events
                and (c.kind is Kind.YEAR or (c.kind is Kind.DATE and not c.clock))
                and not (c.weekday and another(doc.text, (lo, c.span[0]), lex))
                else None,
                bound_of(doc.text, c.span, c.sentence[0], bound_words)
                if c.kind is Kind.DATE and not _spans_days(c)
                else None,
                _others_kin(doc.text[c.span[1] : hi], lex, lemmas)
                if c.kind is Kind.AGE
                else frozenset(),
                _part(doc.text, c, lex) if c.kind is Kind.AGE else None,
                day_part(doc.text, c, clocks, clock_ends, lex) if c.weekday else None,
                # Its clause read no further than a figure's own words: a sentence of
                # thousands of dates would read its whole length for each.
                clause_tense(doc.text, c.span, _near(c, _OWN_REACH), lex)
                if c.kind is Kind.DATE and not c.clock
                else None,
                target,
                _unknown_noun(c, lex) if noun is None else None,
                year_said_after(doc.text, c, lex.DAY_YEAR_AFTER) if c.kind is Kind.DATE else None,
                c.kind is Kind.DATE
                and not c.clock
                and told(doc.text, c.span[0], c.sentence[0], lex),
            )
        )
    return out


def _part_of(text: str, c: Claim, whole: Claim, lex: Lexicon) -> bool:
    """Whether the count ``c`` is part of the count ``whole`` right after it ("Ten of the 12
    jurors", "12 of its 40 stores"; claimdiff.extract.ellipsis.part_of_whole)."""
    return (
        whole.kind is Kind.COUNT
        and whole.sentence == c.sentence
        and part_of_whole(text, c.span, whole.span[0], lex)
    )


def _unknown_noun(c: Claim, lex: Lexicon) -> str | None:
    """The lemma of the noun written in a count's own words that WordNet does not know
    ("four spacewalks", "three taikonauts"), or None: kept apart from the counted noun,
    which alignment reads against a pair and so must be sure (:func:`_counted`)."""
    if c.kind is not Kind.COUNT or not c.noun or len(c.noun) == 1 or not lex.WORDNET_NOUNS:
        return None
    noun = c.noun.lower()
    if noun not in c.text.lower() or nouns.noun_classes(noun):
        return None
    return nouns.lemma(noun)


def _names_target(figure: str, noun: str, lex: Lexicon) -> bool:
    """Whether a target's counted noun was read from the target's own words."""
    words = {w.lower() for w in _LETTERS.findall(figure)} | {noun}
    return bool(words & (lex.TARGET_NOUNS | lex.TARGET_NOUNS_AFTER))


def _near(c: Claim, reach: int) -> tuple[int, int]:
    """The stretch of ``c``'s sentence within ``reach`` characters of it."""
    return max(c.sentence[0], c.span[0] - reach), min(c.sentence[1], c.span[1] + reach)


def _part(text: str, c: Claim, lex: Lexicon) -> str | None:
    """An age's part in its story (claimdiff.age_parts): from the verb after it, else from
    a participle right before it ("Police arrested a 23-year-old man")."""
    start, end = c.span
    # Only so much of the sentence is read (age_parts): slicing the rest of a long one
    # for each age would copy it again and again.
    after = part_of(text[end : min(c.sentence[1], end + READ_AFTER)], lex)
    return after or part_before(text[max(c.sentence[0], start - READ_BEFORE) : start], lex)


def _spans_days(c: Claim) -> bool:
    """Whether a date is a range of days ("from 8 to 10 July"): its two ends are a
    beginning and an end, and it has no one bound."""
    return c.quantity is not None and c.quantity.qualifier is Qualifier.RANGE


# Kinds a forecast may be of (claimdiff.expectations): not ages, dates or days.
_FORECAST_KINDS = frozenset({Kind.MONEY, Kind.PERCENT, Kind.COUNT, Kind.MEASURE})


def _owner(
    text: str, c: Claim, lo: int, stopwords: frozenset[str], previous: Candidate | None
) -> Owner | None:
    """Whose figure ``c`` is (claimdiff.owners): its own words' name, the name of the
    figure before it in its sentence, or the sentence's first name."""
    found = owner_before(text, lo, c.span[0], c.sentence[0], stopwords)
    if found is not None:
        source = {name_key(w) for w in (c.source or "").split()}
        # Who says a figure may be whose it is ("Tesco reported a 4.1% rise") or only
        # who says it ("According to Reuters, 40 died"): it speaks for a pair, never
        # against one, so that two sources' figures still meet and conflict.
        return attrs.evolve(found, weak=True) if found.key in source else found
    if previous is not None:
        found = previous.owner
    elif PARTICIPLE_CLAUSE.match(text, max(c.sentence[0], lo - 2)):
        start = max(c.sentence[0], lo - _OWN_REACH)
        found = first_name(text, start, lo, c.sentence[0], stopwords)
    return attrs.evolve(found, weak=True) if found is not None else None


# How far a figure's own words reach either side of it, at most (characters): some
# three times a long clause of news.
_OWN_REACH = 600


# Where the words between two figures of one sentence change hands: "£3.5m
# earmarked for libraries | and £21m set aside for roads".
_HANDOVER = compile_pattern(r",\s|;|\s(?:and|but|while|whereas|with|as)\s", re.IGNORECASE)


def _segment(
    text: str, claims: Sequence[Claim], n: int, prev: int | None, nxt: int | None
) -> tuple[int, int]:
    """The words of claim ``n``'s own: from the break before it to the break after it.

    Between two figures of one sentence, the words up to the first break (", ",
    "and", "while", …) belong to the first and the rest to the second: "£3.5m
    earmarked for libraries | and £21m set aside for roads", "the pilot, aged 52, |
    and the co-pilot, aged 31".  ``prev`` and ``nxt`` are the claims beside it that
    bound it (:func:`_bounds`).
    """
    c = claims[n]
    lo, hi = c.sentence
    if prev is not None and claims[prev].sentence == c.sentence:
        gap = _HANDOVER.search(text, claims[prev].span[1], c.span[0])
        lo = gap.end() if gap else claims[prev].span[1]
    if nxt is not None and claims[nxt].sentence == c.sentence:
        gap = _HANDOVER.search(text, c.span[1], claims[nxt].span[0])
        hi = gap.start() if gap else claims[nxt].span[0]
    return lo, max(hi, c.span[1])


def _bounds(claims: Sequence[Claim]) -> list[tuple[int | None, int | None]]:
    """For each claim, the claims before and after it that bound its words: any claim
    but a day of the week, which is said of the event ("on Tuesday") and takes no
    figure's words from it ("scoring 112 points on Sunday")."""
    bounding = [not c.weekday for c in claims]
    out: list[tuple[int | None, int | None]] = [(None, None)] * len(claims)
    last: int | None = None
    for n in range(len(claims)):
        out[n] = (last, None)
        if bounding[n]:
            last = n
    last = None
    for n in range(len(claims) - 1, -1, -1):
        out[n] = (out[n][0], last)
        if bounding[n]:
            last = n
    return out


def _clause(text: str, c: Claim, lex: Lexicon) -> tuple[int, int]:
    """The clause a day of the week stands in, up to the day ("the ICC issued an arrest
    warrant on Friday"), or from it where only stop words come before ("On Friday, the
    ICC issued"): its verb is the event the day is of, not the sentence's other verbs."""
    start, end = c.span
    lo, hi = max(c.sentence[0], start - _OWN_REACH), min(c.sentence[1], end + _OWN_REACH)
    before = lo
    breaks = lex.patterns["clause_break"]
    for m in breaks.finditer(text, lo, start):
        before = m.end()
    if any(w.lower() not in lex.STOPWORDS for w in _LETTERS.findall(text, before, start)):
        return before, end
    after = breaks.search(text, end, hi)
    if after is not None and after.start() == end:  # "On Friday, the ICC issued …"
        after = breaks.search(text, after.end(), hi)
    return start, hi if after is None else after.start()


_LETTERS = compile_pattern(r"[^\W\d_]+")


def _counted(text: str, c: Claim, lex: Lexicon) -> str | None:
    """What the claim counts, when the text says so where the figure stands.

    A noun written with the figure ("5.8 million visitors", "a £45m budget") or
    right before it with "of" ("a workforce of 3,600"); not one guessed from
    the words before it ("Visitor numbers at the British Museum hit 5.1 million"
    has no counted noun): alignment forbids pairs by it, so it must be sure.
    Only nouns WordNet knows are kept, where the language's nouns are WordNet's
    (English); elsewhere the noun as written.
    """
    if not c.noun or len(c.noun) == 1:
        return None  # "2,000 B-52 flights": a letter of a name, not what is counted
    noun = c.noun.lower()
    if c.kind is Kind.AGE:
        return noun  # whose age it is, read from the apposition or the cue ("The pilot, 52,")
    if noun not in c.text.lower():
        before = text[max(0, c.span[0] - len(noun) - 12) : c.span[0]].lower()
        said = complement(text, c.span, lex)  # "1.1 million are men"
        if whole_noun(text, c.span, noun, lex):
            said = noun  # "43 of the 55 seats" counts seats
        if said != noun and (_NOUN_OF.search(before) is None or noun not in before):
            return None
        # A word giving the figure its class keeps it: "by a majority of 25" is a margin.
        figure_word = c.kind is Kind.COUNT and c.predicate is None
        if said != noun and figure_word and _names_the_figure(noun, lex):
            return None
    if not lex.WORDNET_NOUNS:
        return noun
    if nouns.lemma(noun) in lex.PERSONS_BY:
        return "people"  # "the loss of 41 lives" counts people
    return noun if nouns.noun_classes(noun) else None


def _names_the_figure(noun: str, lex: Lexicon) -> bool:
    """Whether ``noun``, before "of" and a count, names what sort of figure the count
    is rather than what it counts: "a total of 27", "a capacity of 150", "a field of
    45,000", "a backlog of 640", "a herd of 300" (docs/compare.md, "Evidence against").
    Such a count counts what its text does not say here, so it is compared as a count of
    unknown things, not kept apart from "27 points" or "150 passengers".  A noun naming
    persons or an organization in one of its first two senses says who is counted
    (``_COUNTED_BY``: "a workforce of 3,600"); one of ``DIFFERENCE_NOUNS`` says the count
    is a difference, no count of things ("by a margin of 12").
    """
    if not lex.WORDNET_NOUNS or nouns.lemma(noun) in lex.DIFFERENCE_NOUNS:
        return False
    return not _COUNTED_BY.intersection(nouns.first_classes(noun))


# What a noun before "of" must name, in one of its first two senses, to say who a count
# after it counts: persons ("a workforce of 3,600", "an audience of 400") or an
# organization ("a family of five").  WordNet files crowds with herds and fleets, as
# groups: those say what sort of figure it is, as a total does.
_COUNTED_BY = frozenset({"person", "organization"})


def _spent_on(text: str, lo: int, start: int, lex: Lexicon) -> str | None:
    """What an amount is spent on, from its own words before it ("defence spending to
    £64bn": defence), or None; only a noun WordNet knows, never a stop word."""
    found = None
    for m in lex.patterns["spent_on"].finditer(text, lo, start):
        found = m
    if found is None:
        return None
    word = found["on"].lower()
    if word in lex.STOPWORDS or not nouns.noun_classes(word):
        return None
    return nouns.lemma(word)


# "budget of", "funding worth", "spending in": a noun tied to the figure after it.
_NOUN_OF = compile_pattern(r"[^\W\d_]+\s+(?:of|worth|in)\s+$")


def _others_kin(after: str, lex: Lexicon, seen: dict[str, str]) -> frozenset[str]:
    """The words (lemmas) right after a possessive in the words after an age ("killed her
    husband"): someone else's, where a kin word (Candidate.after)."""
    owners = lex.OTHERS_KIN_BEFORE
    if not owners:
        return frozenset()
    words = after.lower().split()
    after_owner = [w.strip(_PUNCT) for prev, w in itertools.pairwise(words) if prev in owners]
    return _lemmas(after_owner, seen)


_PUNCT = ".,;:!?()\"'’"


def _wordy(text: str, stopwords: frozenset[str], scales: Collection[str]) -> list[str]:
    """The content words of ``text`` that are no scale ("million") and hold no digit."""
    return [
        w
        for w in content_words(text, stopwords)
        if w not in scales and not any(ch.isdigit() for ch in w)
    ]


def _lemmas(words: Sequence[str], seen: dict[str, str]) -> frozenset[str]:
    """The words' noun lemmas ("parks" → "park"), so that inflections meet."""
    out = []
    for w in words:
        if w not in seen:
            seen[w] = lemma(w) or w
        out.append(seen[w])
    return frozenset(out)


def _year_of(published: str | None) -> int | None:
    if not published:
        return None
    m = YEAR.search(published)
    return int(m.group(1)) if m else None


def _resolve_period(period: str | None, published: int | None) -> str | None:
    """A period with its year where it can be known ("this year" of a text dated 2024: "2024")."""
    if period is None or published is None:
        return period
    for phrase, offset in _RELATIVE_YEARS.items():
        if period.endswith(phrase):
            return f"{published + offset} {period[: -len(phrase)].strip()}".strip()
    return period
