"""Changes said without a figure: "Exports fell", "a sharp rise in burglaries".

A report often says which way a thing moved and gives no figure for it, where another
report of the same release gives the figure ("exports dropped 2.1%") or says the
opposite ("exports rose").  Each such change is a claim of kind ``change``: no
quantity, its direction (up, down, or flat: "rates were left unchanged"), what moved as
its noun, and the words that say so as its span.  Four wordings are read, each from the
lexicon's tables (``en_changes.py``; docs/claims.md, "Changes said in words"):

* a verb whose subject moved: "Exports fell", "the pound has strengthened", "profit
  edged up";
* a verb whose object moved: "The bank raised interest rates", "left rates unchanged";
* a linking verb and a level: "Sales were higher", "inflation was unchanged";
* a noun of change and what changed: "a sharp rise in burglaries".

A change with a figure beside it is that figure's direction already ("fell 2.1%", "a 5%
rise", "12% higher"), and is no claim here.  Neither is one denied or to come ("did not
fall", "could rise"), one whose subject is a pronoun (what "it" is cannot be told here),
nor a verb used of something else ("fell ill", "rose to power").
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from types import ModuleType

from claimdiff.extract.change_readings import change_words, read_words
from claimdiff.extract.context import NEAR, Sentence, read_sentence, scope
from claimdiff.extract.led_changes import caused_at, phrasal_only, reported_at
from claimdiff.extract.members import DATE, DURATION, QUOTE, YEAR
from claimdiff.extract.subjects import clause_break_in, context_words
from claimdiff.extract.what_moved import words_in
from claimdiff.lexicon import Lexicon
from claimdiff.lexicon.regex import alternation
from claimdiff.model import Claim, Direction, Kind, Span
from claimdiff.pattern_code import compile_pattern

__all__ = ["word_changes"]

# Figures that are when, not how much: "fell in March" is no figure of the fall.
_TIMES = frozenset({DATE, YEAR, DURATION, QUOTE, Kind.NAME})
# How far before "up", "down", "higher" or "lower" its linking verb is looked for
# (characters): "were also up".
_LINK_REACH = 30
# How far before a level word (characters) a verb of results or of causing and its
# object are looked for: "sending the country's benchmark yields sharply higher".
_LEAD_REACH = 80
# What follows a verb of ``PHRASAL_*`` where it says a change: "went up", "came down".
_PARTICLES = (" up", " down")
# Sentences are lower-cased in runs of about this many characters (see _by_sentence).
_CHUNK = 1 << 16


@functools.cache
def _cues(data: ModuleType) -> re.Pattern[str]:
    """One pattern for every word that may say a change, after a space (a word opening a
    line or after a quotation mark opens no change: what moved is named before it).
    Lower-cased text is searched by :func:`_spans`, which finds its matches for less; a
    text whose lower case moves offsets ("İ") by this pattern, case-blind."""
    words, changes = change_words(data)
    return compile_pattern(
        rf" (?P<w>(?:{alternation(words)})(?![A-Za-z])|(?:{alternation(changes)})(?= in\b))"
    )


@functools.cache
def _merged(data: ModuleType) -> tuple[re.Pattern[str], frozenset[str]] | None:
    """The words of :func:`_cues` in one alternation before no letter, and the nouns of
    change that are no other word of change: each noun found is kept only before " in"
    (:func:`_spans`).  The engine walks one alternation at each space, where it walked
    ``_cues``' two (a third of the search through news).  None where a word is not all
    ASCII letters, whose end the pattern's may not be."""
    words, changes = change_words(data)
    every = words | changes
    if not all(w.isascii() and w.isalpha() for w in every):
        return None
    return compile_pattern(rf" (?:{alternation(every)})(?![A-Za-z])"), changes - words


def _spans(data: ModuleType, low: str) -> Iterator[Span]:
    """The spans of :func:`_cues`' matches in ``low`` (lower-cased).  Each word a match
    holds is a whole run of ASCII letters after a space, so the one word of
    :func:`_merged` found there: a noun of change is kept only where ``_cues`` asks
    " in" and no word character after it."""
    merged = _merged(data)
    if merged is None:
        yield from (m.span("w") for m in _cues(data).finditer(low))
        return
    pattern, nouns = merged
    for m in pattern.finditer(low):
        lo, hi = m.start() + 1, m.end()
        if nouns and low[lo:hi] in nouns and not _before_in(low, hi):
            continue
        yield lo, hi


def _before_in(low: str, at: int) -> bool:
    """Whether " in" stands at ``at`` before no word character (``_cues``' ``in\\b``)."""
    end = at + 3
    return low.startswith(" in", at) and (
        end == len(low) or not (low[end].isalnum() or low[end] == "_")
    )


@functools.cache
def _linked(data: ModuleType) -> re.Pattern[str]:
    """A linking verb and at most one word ending where a word of ``LINKED_ONLY`` starts:
    "Sales were up", "numbers were also down"."""
    return compile_pattern(
        rf"(?<![A-Za-z])(?:{alternation(data.LINKS)})\s+(?:[A-Za-z]+\s+)?$", re.I
    )


def _linked_before(text: str, start: int, end: int, data: ModuleType) -> bool:
    """Whether :func:`_linked` matches in ``text[start:end]``.  Its match ends with a
    linking verb ending one of the last two words between white space, which an ASCII
    window is looked at for first: most windows (before "set up", "down from") hold none."""
    window = text[start:end]
    if window.isascii():
        links = _link_ends(data)
        if not any(w.lower().endswith(links) for w in window.split()[-2:]):
            return False
    return _linked(data).search(text, start, end) is not None


def _caused(text: str, start: int, lo: int, data: ModuleType, lex: Lexicon) -> bool:
    """Whether a verb of causing and its object lead the level word at ``lo``: "sending
    its shares sharply lower"."""
    first = max(start, lo - _LEAD_REACH)
    # Most level words ("set up", "down from") have no such verb before them, which one
    # search of the verbs tells for less than reading the words.
    if not _whole_words(data.CAUSE_VERBS).search(text, first, lo):
        return False
    return caused_at(words_in(text, first, lo), data, lex) is not None


@functools.cache
def _whole_words(words: frozenset[str]) -> re.Pattern[str]:
    """``words`` as whole words in any case; an empty table matches nothing."""
    if not words:
        return compile_pattern(r"(?!)")
    return compile_pattern(rf"(?<![A-Za-z])(?:{alternation(words)})(?![A-Za-z])", re.IGNORECASE)


@functools.cache
def _link_ends(data: ModuleType) -> tuple[str, ...]:
    return tuple(sorted(data.LINKS))


@functools.cache
def _flat(data: ModuleType) -> frozenset[str]:
    """The words that say no change: beside a figure, they give its level alone."""
    flat: frozenset[str] = data.LEVEL_FLAT | data.HOLDING_VERBS | data.KEEPING_VERBS
    return flat


def word_changes(
    text: str,
    low: str | None,
    sents: Sequence[Span],
    claims: Sequence[Claim],
    lex: Lexicon,
    source: Callable[[Span, Span], str | None] | None = None,
) -> list[Claim]:
    """The changes ``text`` says without a figure, in text order.

    ``low`` is ``text`` lower-cased where its offsets are the text's (else None),
    ``sents`` its sentences, ``claims`` the figures read already: a change beside one
    is that figure's; ``source`` says who a sentence attributes the words at a span to
    (:meth:`.Attributor.source`), as a figure's source.
    """
    data = lex.changes
    if not change_words(data)[0]:
        return []
    # The figures' spans are sorted at the first word of change that needs them: a text
    # naming none (a table, a list of figures) is spared a pass over its claims.
    figures: list[Span] | None = None
    moved: frozenset[Span] | None = None
    starts = [s[0] for s in sents]
    found: dict[int, list[tuple[Span, str, Direction]]] = {}
    flat = _flat(data)
    phrasal = phrasal_only(data)
    for lo, hi in _by_sentence(data, text, low, sents):
        k = bisect_right(starts, lo) - 1
        if k < 0 or hi > sents[k][1]:
            continue
        cue = text[lo:hi].lower()
        reports = _reports(text, sents[k][0], lo, cue, data)
        if cue in data.LINKED_ONLY and not _linked_before(
            text, max(sents[k][0], lo - _LINK_REACH), lo, data
        ):
            if not reports and not _caused(text, sents[k][0], lo, data, lex):
                continue  # "set up", "down from": no level after a linking verb
        # A figure beside a rise or fall is its size or level, and says the change
        # itself; beside "held steady" or "unchanged" it is a level alone ("held steady
        # at 3.9%"), and no figure's direction says no change.  Most words of change in
        # news stand beside a figure ("rose 5%"), asked first.
        if figures is None:
            figures = sorted(c.span for c in claims if c.kind not in _TIMES)
        # A level word a verb of results leads qualifies the noun after it, which a figure
        # may follow as its amount, no size of the change ("posted a higher half-year
        # profit of A$1.25 billion"): only a figure that reads a direction of its own
        # makes the change its.
        only = None
        if reports:
            moved = _moved(claims) if moved is None else moved
            only = moved
        if cue not in flat and _figure_near(text, figures, lo, hi, sents[k], data, only):
            continue
        if cue in phrasal and not text.startswith(_PARTICLES, hi):
            continue  # "went", "came" with no particle after: no change of theirs
        read = read_words(text, sents[k], lo, hi, data, lex)
        if read is None:
            continue
        span = read[0]
        if read[2] is Direction.FLAT or not _figure_near(
            text, figures, lo, max(hi, span[1]), sents[k], data, only
        ):
            found.setdefault(k, []).append(read)
    out: list[Claim] = []
    for k, changes in found.items():
        # Periods as a figure's are read, by the sentence's grammar: "Exports fell in
        # March" is March's change, as "exports fell 2% in March" is March's figure.
        sentence = read_sentence(text, sents[k], lex, predicates=False)
        periods = (
            scope(text, sentence, [span for span, _, _ in changes]) if sentence.periods else {}
        )
        for span, noun, direction in changes:
            p = periods.get(span)
            out.append(
                Claim(
                    text=text[span[0] : span[1]],
                    span=span,
                    kind=Kind.CHANGE,
                    quantity=None,
                    noun=noun,
                    context=context_words(text, _near_clause(sentence, span), lex),
                    source=None if source is None else source(_near(sents[k], span), span),
                    period=str(p) if p is not None and str(p) else None,
                    sentence=sents[k],
                    direction=direction,
                )
            )
    return out


def _near(sentence: Span, span: Span) -> Span:
    """The part of ``sentence`` within ``NEAR`` characters of ``span``, where its clause
    and source are read, as a figure's are: a sentence of many changes and no breaks (a
    list, junk) costs no scan of the whole per change."""
    return (max(sentence[0], span[0] - NEAR), min(sentence[1], span[1] + NEAR))


def _near_clause(sentence: Sentence, span: Span) -> Span:
    """The clause holding ``span``, read within ``NEAR`` characters of it."""
    return sentence.clause_within(span, _near(sentence.span, span))


def _by_sentence(
    data: ModuleType, text: str, low: str | None, sents: Sequence[Span]
) -> Iterator[Span]:
    """Where each cue word stands.  ``low`` is the text lower-cased with its offsets, or
    None (a long text, or one whose lower case moves offsets: "İ"), where runs of
    sentences of about :data:`_CHUNK` characters are lower-cased one at a time, so that
    no copy of a long text is held at once."""
    if low is not None:
        yield from _spans(data, low)
        return
    k = 0
    while k < len(sents):
        lo = sents[k][0]
        j = k
        while j < len(sents) and sents[j][1] - lo < _CHUNK:
            j += 1
        j = max(j, k + 1)
        hi = sents[j - 1][1]
        part = text[max(0, lo - 1) : hi]
        lowered = part.lower()
        at = max(0, lo - 1)
        if len(lowered) == len(part):
            for start, end in _spans(data, lowered):
                yield at + start, at + end
        else:  # lower case moved offsets ("İ"): the part is read as written, case-blind
            for m in _case_blind(data).finditer(part):
                yield at + m.start("w"), at + m.end("w")
        k = j


@functools.cache
def _case_blind(data: ModuleType) -> re.Pattern[str]:
    return compile_pattern(_cues(data).pattern, re.IGNORECASE)


def _reports(text: str, start: int, lo: int, cue: str, data: ModuleType) -> bool:
    """Whether the level word ``cue`` at ``lo`` follows a verb of results ("reported
    higher profits")."""
    if cue not in data.RESULT_UP and cue not in data.RESULT_DOWN and cue not in data.RESULT_FLAT:
        return False
    first = max(start, lo - _LEAD_REACH)
    if not _whole_words(data.RESULT_VERBS).search(text, first, lo):
        return False
    return reported_at(words_in(text, first, lo), data)


def _moved(claims: Sequence[Claim]) -> frozenset[Span]:
    """The spans of the figures that read a direction."""
    return frozenset(c.span for c in claims if c.direction is not None)


def _figure_near(
    text: str,
    figures: Sequence[Span],
    lo: int,
    hi: int,
    sentence: Span,
    data: ModuleType,
    only: frozenset[Span] | None = None,
) -> bool:
    """Whether a figure of the clause holds the change's words (``lo:hi``; "30 falls
    among patients"), stands among them ("cut 9,000 positions"), follows them closely
    ("rose 5%", "fell sharply to 3.4%") or ends just before them ("a 5% rise", "12%
    higher"); of the last two, only one of ``only`` where it is given."""
    j = bisect_right(figures, (lo, lo))
    if j < len(figures):
        start = figures[j][0]
        near = start < sentence[1] and start - hi <= data.FIGURE_AFTER
        if near and (only is None or figures[j] in only):
            # Not past a clause break, nor another word of change, whose figure it is:
            # "Exports fell while imports rose 3%".
            between = next(_spans(data, text[hi:start].lower()), None) is not None
            if not between and not clause_break_in(text, hi, start):
                return True
    if j:
        end = figures[j - 1][1]
        if end > lo:
            return True  # the word is the figure's own: "30 falls among patients"
        near = sentence[0] <= end and lo - end <= data.FIGURE_BEFORE
        if near and (only is None or figures[j - 1] in only):
            return not clause_break_in(text, end, lo)
    return False
