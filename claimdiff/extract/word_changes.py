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

from claimdiff import nouns
from claimdiff.extract.context import read_sentence, scope
from claimdiff.extract.heads import head_of, in_noun_phrase
from claimdiff.extract.members import DATE, DURATION, QUOTE, YEAR
from claimdiff.extract.subjects import clause_break_in, clause_of, context_words
from claimdiff.lexicon import Lexicon
from claimdiff.lexicon.regex import alternation
from claimdiff.model import Claim, Direction, Kind, Span
from claimdiff.pattern_code import compile_pattern

__all__ = ["word_changes"]

_POSSESSIVE = compile_pattern(r"['’]s?$")
_WORD = compile_pattern(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Determiners that open an object after a verb: "raised its dividend".
_OBJECT_OPENERS = frozenset("the its their his her our a an this these those".split())
# Figures that are when, not how much: "fell in March" is no figure of the fall.
_TIMES = frozenset({DATE, YEAR, DURATION, QUOTE, Kind.NAME})
# WordNet's classes of what falls and rises but is no quantity.
_LIVING = frozenset({"person", "animal"})
# How many words before a level word a verb that keeps its object may stand: "left
# interest rates unchanged".
_KEEP_REACH = 5
# What follows "held at" where it says no change: a level, a figure ("held at 2.2%",
# "at about $80"), not a place ("held at junction 10").
_LEVEL_AFTER = compile_pattern(r"\s+(?:(?:about|around|some|roughly)\s+)?[£$€¥]?\d")
# How many words before the head of what moved a change's span takes: "Retail sales".
_MODIFIERS = 2
# How many words an object names what moved in: "raised its key interest rate".
_OBJECT_WORDS = 4
# Words that open a time after what changed: "a rise in burglaries last year".
_TIME_OPENERS = frozenset("last this next".split())
# Sentences are lower-cased in runs of about this many characters (see _by_sentence).
_CHUNK = 1 << 16
# How far before a cue the words of its clause are read (characters): the subject's
# phrase ("Britain's exports of cars to Norway also fell").
_BEFORE = 120


@functools.cache
def _cues(data: ModuleType) -> re.Pattern[str] | None:
    """One pattern for every word that may say a change, after a space: a literal lead
    and an alternation factored on shared prefixes let the engine skip through the text
    (a word opening a line or after a quotation mark opens no change: what moved is
    named before it)."""
    words = (
        data.CHANGE_VERBS_UP
        | data.CHANGE_VERBS_DOWN
        | data.CHANGE_OBJECT_UP
        | data.CHANGE_OBJECT_DOWN
        | data.NUDGE_VERBS
        | data.HOLDING_VERBS
        | data.KEEPING_VERBS
        | data.LEVEL_UP
        | data.LEVEL_DOWN
        | data.LEVEL_FLAT
    )
    changes = data.CHANGE_NOUNS_UP | data.CHANGE_NOUNS_DOWN
    if not words:
        return None
    # A noun of change is asked only before "in": "a rise in burglaries".
    return compile_pattern(
        rf" (?P<w>(?:{alternation(words)})(?![A-Za-z])|(?:{alternation(changes)})(?= in\b))"
    )


@functools.cache
def _linked(data: ModuleType) -> re.Pattern[str]:
    """A linking verb and at most one word ending where a word of ``LINKED_ONLY`` starts:
    "Sales were up", "numbers were also down"."""
    return compile_pattern(
        rf"(?<![A-Za-z])(?:{alternation(data.LINKS)})\s+(?:[A-Za-z]+\s+)?$", re.I
    )


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
    cues = _cues(data)
    if cues is None:
        return []
    figures = sorted(c.span for c in claims if c.kind not in _TIMES)
    starts = [s[0] for s in sents]
    found: dict[int, list[tuple[Span, str, Direction]]] = {}
    flat = data.LEVEL_FLAT | data.HOLDING_VERBS | data.KEEPING_VERBS
    linked = _linked(data)
    for lo, hi in _by_sentence(cues, text, low, sents):
        k = bisect_right(starts, lo) - 1
        if k < 0 or hi > sents[k][1]:
            continue
        cue = text[lo:hi].lower()
        if cue in data.LINKED_ONLY and not linked.search(text, max(sents[k][0], lo - 30), lo):
            continue  # "set up", "down from": no level after a linking verb
        # A figure beside a rise or fall is its size or level, and says the change
        # itself; beside "held steady" or "unchanged" it is a level alone ("held steady
        # at 3.9%"), and no figure's direction says no change.  Most words of change in
        # news stand beside a figure ("rose 5%"), asked first.
        if cue not in flat and _figure_near(text, figures, lo, hi, sents[k], data):
            continue
        read = _read(text, sents[k], lo, hi, data, lex)
        if read is None:
            continue
        span = read[0]
        if read[2] is Direction.FLAT or not _figure_near(
            text, figures, lo, max(hi, span[1]), sents[k], data
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
                    context=context_words(text, clause_of(text, sents[k], span), lex),
                    source=None if source is None else source(sents[k], span),
                    period=str(p) if p is not None and str(p) else None,
                    sentence=sents[k],
                    direction=direction,
                )
            )
    return out


def _by_sentence(
    cues: re.Pattern[str], text: str, low: str | None, sents: Sequence[Span]
) -> Iterator[Span]:
    """Where each cue word stands.  ``low`` is the text lower-cased with its offsets, or
    None (a long text, or one whose lower case moves offsets: "İ"), where runs of
    sentences of about :data:`_CHUNK` characters are lower-cased one at a time, so that
    no copy of a long text is held at once."""
    if low is not None:
        for m in cues.finditer(low):
            yield m.span("w")
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
        found = cues.finditer(lowered) if len(lowered) == len(part) else None
        # Where lower case moved offsets ("İ"), the part is read as written, case-blind.
        for m in found or _case_blind(cues).finditer(part):
            yield at + m.start("w"), at + m.end("w")
        k = j


@functools.cache
def _case_blind(cues: re.Pattern[str]) -> re.Pattern[str]:
    return compile_pattern(cues.pattern, re.IGNORECASE)


def _figure_near(
    text: str, figures: Sequence[Span], lo: int, hi: int, sentence: Span, data: ModuleType
) -> bool:
    """Whether a figure of the clause holds the change's words (``lo:hi``; "30 falls
    among patients"), stands among them ("cut 9,000 positions"), follows them closely
    ("rose 5%", "fell sharply to 3.4%") or ends just before them ("a 5% rise", "12%
    higher")."""
    j = bisect_right(figures, (lo, lo))
    if j < len(figures):
        start = figures[j][0]
        if start < sentence[1] and start - hi <= data.FIGURE_AFTER:
            # Not past a clause break, nor another word of change, whose figure it is:
            # "Exports fell while imports rose 3%".
            cues = _cues(data)
            between = cues is not None and cues.search(text[hi:start].lower()) is not None
            if not between and not clause_break_in(text, hi, start):
                return True
    if j:
        end = figures[j - 1][1]
        if end > lo:
            return True  # the word is the figure's own: "30 falls among patients"
        if sentence[0] <= end and lo - end <= data.FIGURE_BEFORE:
            return not clause_break_in(text, end, lo)
    return False


def _read(
    text: str, sentence: Span, lo: int, hi: int, data: ModuleType, lex: Lexicon
) -> tuple[Span, str, Direction] | None:
    """The span, the noun of what moved and the direction of the change the word at
    ``lo:hi`` says, or None where it says none here."""
    word = text[lo:hi]
    if word[0].isupper() and lo > sentence[0]:
        return None  # "Rose", "Falls": a name
    cue = word.lower()
    clause = clause_of(text, sentence, (lo, hi))
    before = list(_WORD.finditer(text, max(clause[0], lo - _BEFORE), lo))
    if any(w.group().lower() in data.CHANGE_CONDITIONS for w in before):
        return None  # "If inflation rises again", "whether exports rose", "Neither … fell"
    before = list(_WORD.finditer(text, max(sentence[0], lo - _BEFORE), lo))
    after = list(_WORD.finditer(text, hi, min(sentence[1], hi + 80)))
    nxt = _next_word(after, data)
    if cue in data.CHANGE_NOUNS_UP or cue in data.CHANGE_NOUNS_DOWN:
        up = cue in data.CHANGE_NOUNS_UP
        return _noun_of_change(lo, before, after, up, data, lex)
    if cue in data.LEVEL_UP or cue in data.LEVEL_DOWN or cue in data.LEVEL_FLAT:
        return _level(hi, cue, before, after, nxt, data, lex)
    if cue in data.HOLDING_VERBS or cue in data.KEEPING_VERBS:
        return _held(text, lo, cue, before, after, nxt, data, lex)
    if cue in data.NUDGE_VERBS:
        if nxt is None or nxt.group().lower() not in data.NUDGE_UP | data.NUDGE_DOWN:
            return None
        up = nxt.group().lower() in data.NUDGE_UP
        return _subject_change(lo, nxt.end(), before, _direction(up), data, lex)
    up = cue in data.CHANGE_VERBS_UP or cue in data.CHANGE_OBJECT_UP
    if nxt is not None:
        following = nxt.group().lower()
        if following in data.CHANGE_IDIOMS:
            return None
        if following == "to" and not _to_a_level(after, data):
            return None  # "rose to power", "fell to the ground"
        transitive = cue in data.CHANGE_OBJECT_UP or cue in data.CHANGE_OBJECT_DOWN
        opens = nxt is after[0] and (following in _OBJECT_OPENERS or following not in lex.STOPWORDS)
        if transitive and opens:
            return _object_change(lo, after, _direction(up), lex, data.OBJECT_BLOCKS)
        if following in _OBJECT_OPENERS and nxt is after[0]:
            return None  # "eased restrictions", "improved the roads": another sense
    if cue in data.CHANGE_OBJECT_UP or cue in data.CHANGE_OBJECT_DOWN:
        # No object: a passive ("Interest rates were cut") moves its subject; else none.
        if not before or before[-1].group().lower() not in data.CHANGE_PASSIVE:
            return None
    return _subject_change(lo, hi, before, _direction(up), data, lex)


def _passed_over(low: str, data: ModuleType) -> bool:
    """Whether a word between what moved and the verb is passed over: an auxiliary or
    adverb of ``CHANGE_SKIP``, or an adverb in "-ly" no noun ("Exports unexpectedly
    fell"; not "Italy")."""
    return low in data.CHANGE_SKIP or (low.endswith("ly") and not nouns.is_noun(low))


def _living(noun: str) -> bool:
    """Whether ``noun`` first names a person or an animal, which fall and rise but are no
    quantity ("the climber fell", "the horse fell")."""
    return nouns.noun_class(noun) in _LIVING


def _direction(up: bool) -> Direction:
    return Direction.UP if up else Direction.DOWN


def _next_word(after: list[re.Match[str]], data: ModuleType) -> re.Match[str] | None:
    """The first word after the cue that is not a word passed over ("sharply")."""
    for m in after:
        if m.group().lower() not in data.CHANGE_SKIP:
            return m
    return None


def _to_a_level(after: list[re.Match[str]], data: ModuleType) -> bool:
    """Whether "to" after the verb leads to a level ("fell to a record low")."""
    return any(m.group().lower() in data.LEVEL_NOUNS for m in after[1:5])


def _subject_change(
    lo: int,
    hi: int,
    before: list[re.Match[str]],
    direction: Direction,
    data: ModuleType,
    lex: Lexicon,
) -> tuple[Span, str, Direction] | None:
    """What moved as the subject before the verb at ``lo``: "Exports also fell"."""
    k = len(before) - 1
    while k >= 0 and _passed_over(before[k].group().lower(), data):
        k -= 1
    if k < 0:
        return None
    low = before[k].group().lower()
    if low in data.CHANGE_DENIALS or low in lex.STOPWORDS or low in lex.FUNCTION_WORDS:
        return None  # "did not fall", "it rose": nothing here says what moved
    if any(w.group().lower() in data.CHANGE_DENIALS for w in before[k + 1 :]):
        return None
    noun = head_of(before, k, lex)
    h = next((j for j in range(k, -1, -1) if before[j].group().lower() == noun), k)
    if any(_POSSESSIVE.search(w.group()) for w in before[h:k]):
        noun = low  # "the Bank of England's base rate": the rate, not the bank
    if not noun.isalpha() or noun in lex.STOPWORDS or _living(noun):
        return None  # "The horse fell", "the man fell": a fall, no quantity
    # The span opens with the head's phrase ("Retail sales were flat", "Shares in Calder
    # Foods rose"), or the word before the verb where the head is read otherwise.
    at = next((j for j in range(k, -1, -1) if before[j].group().lower() == noun), k)
    first = at
    while (
        first > 0
        and at - first < _MODIFIERS
        and before[first - 1].group().lower() not in lex.STOPWORDS
        and in_noun_phrase(before[first - 1], lex)
    ):
        first -= 1
    return (before[first].start(), hi), noun, direction


def _object_change(
    lo: int,
    after: list[re.Match[str]],
    direction: Direction,
    lex: Lexicon,
    blocked: frozenset[str] = frozenset(),
) -> tuple[Span, str, Direction] | None:
    """What moved as the object after the verb at ``lo``, the last word of the short
    phrase ``after`` opens: "raised its key interest rate" → rate."""
    k = 1 if after and after[0].group().lower() in _OBJECT_OPENERS else 0
    first = k
    while (
        k < len(after)
        and k < first + _OBJECT_WORDS
        and after[k].group().lower() not in lex.STOPWORDS
    ):
        k += 1
    if k == first:
        return None
    head = after[k - 1]
    noun = head.group().lower()
    if not noun.isalpha() or not nouns.is_noun(noun) or _living(noun):
        return None  # "cut free", "raised him": no thing that moves
    if noun in blocked:
        return None  # "lifted sanctions", "raised concerns": another sense of the verb
    return (lo, head.end()), noun, direction


def _held(
    text: str,
    lo: int,
    cue: str,
    before: list[re.Match[str]],
    after: list[re.Match[str]],
    nxt: re.Match[str] | None,
    data: ModuleType,
    lex: Lexicon,
) -> tuple[Span, str, Direction] | None:
    """No change said with "at" and a level: "inflation held at 2.2%" (what held is the
    subject), "held borrowing costs at 5.25%" (the object)."""
    if nxt is None:
        return None
    if nxt.group().lower() in data.HOLDING_AT:
        if cue not in data.HOLDING_VERBS or not _LEVEL_AFTER.match(text, nxt.end()):
            return None  # "Traffic was held at junction 10": no level
        return _subject_change(lo, lo + len(cue), before, Direction.FLAT, data, lex)
    if cue not in data.KEEPING_VERBS or nxt is not after[0]:
        return None
    at = next(
        (k for k, w in enumerate(after[:_KEEP_REACH]) if w.group().lower() in data.HOLDING_AT),
        None,
    )
    if at is None or at == 0 or not _LEVEL_AFTER.match(text, after[at].end()):
        return None
    return _object_change(lo, after[:at], Direction.FLAT, lex)


def _level(
    hi: int,
    cue: str,
    before: list[re.Match[str]],
    after: list[re.Match[str]],
    nxt: re.Match[str] | None,
    data: ModuleType,
    lex: Lexicon,
) -> tuple[Span, str, Direction] | None:
    """A level after a linking verb ("Sales were higher", "inflation was unchanged"),
    or a verb keeping its object ("left rates unchanged")."""
    if nxt is not None and nxt.group().lower() in data.COMPARATIVE_THAN:
        # "higher than expected" is against a forecast; "higher than a year earlier" a
        # change over time.
        later = [w.group().lower() for w in after[after.index(nxt) + 1 : after.index(nxt) + 4]]
        if not any(w in data.THAN_EARLIER for w in later):
            return None
    if cue in data.FLAT_AFTER and (
        not before or before[-1].group().lower() not in data.FLAT_AFTER[cue]
    ):
        return None  # "changed" says no change only after "little": "were little changed"
    direction = (
        Direction.UP
        if cue in data.LEVEL_UP
        else Direction.DOWN
        if cue in data.LEVEL_DOWN
        else Direction.FLAT
    )
    k = len(before) - 1
    while k >= 0 and before[k].group().lower() in data.CHANGE_SKIP - data.LINKS:
        k -= 1
    if k >= 0 and before[k].group().lower() in data.LINKS:
        return _subject_change(before[k].start(), hi, before[:k], direction, data, lex)
    if k > 0 and before[k].group().lower() in data.KEEPING_VERBS:
        if before[k - 1].group().lower() in data.CHANGE_PASSIVE:
            # "Interest rates were left unchanged": what was kept is the subject.
            return _subject_change(before[k].start(), hi, before[:k], direction, data, lex)
    if direction is Direction.FLAT:
        for j in range(k, max(-1, k - _KEEP_REACH), -1):
            if before[j].group().lower() in data.KEEPING_VERBS and j < k:
                noun = before[k].group().lower()
                if noun in lex.STOPWORDS:
                    return None
                return (before[j].start(), hi), noun, direction
    return None


def _ends_noun(low: str, lex: Lexicon) -> bool:
    """Whether a word after "in" ends what changed: a stop word, or a time ("a rise in
    burglaries last year")."""
    return (
        low in lex.STOPWORDS
        or low in _TIME_OPENERS
        or low in lex.TIME_UNITS
        or low in lex.TIME_NOUNS
        or low in lex.MONTHS
    )


def _noun_of_change(
    lo: int,
    before: list[re.Match[str]],
    after: list[re.Match[str]],
    up: bool,
    data: ModuleType,
    lex: Lexicon,
) -> tuple[Span, str, Direction] | None:
    """A noun of change and what changed after "in": "a sharp rise in burglaries"."""
    if not any(w.group().lower() in data.CHANGE_NOUN_ARTICLES for w in before[-3:]):
        return None
    if not after or after[0].group().lower() != "in":
        return None
    words = [w.group().lower() for w in after[1:6]]
    k = 0
    while k < len(words) and words[k] in lex.NOUN_DETERMINERS:
        k += 1
    if k < len(words) - 1 and words[k] in data.AMOUNT_OF and words[k + 1] == "of":
        k += 2  # "a fall in the number of rough sleepers": the sleepers
    end = k
    while (
        end < len(words)
        and end < k + 3
        and not _ends_noun(words[end], lex)
        and in_noun_phrase(after[end + 1], lex)  # "a rise in energy prices pushed …"
    ):
        end += 1
    if end == k or not words[end - 1].isalpha():
        return None
    return (lo, after[end].end()), words[end - 1], _direction(up)
