"""What a length of time measures where it is not how long something lasts.

Two reports of one story give lengths of time of different things: how long a bridge
took to build against how late it opened, how long a drought lasted against the
last time it was so dry.  A length that says how long since something was last so
(:data:`RECORD`: "the lowest in over a decade", "for the first time in 50 years") is a
fact of its own: it is its claim's predicate, and alignment pairs it only with another of
the same sense (docs/compare.md, "Blocks"; the readings, docs/claims.md, "Measures,
percent, time").  How late or early something came (:data:`DELAY`: "two years late",
"35 minutes behind schedule") and how long a thing was held up, stopped or put off
(:data:`HOLDUP`: "delayed by three weeks", "halted for 90 minutes", "a six-month delay")
are its predicate too, but no block: a hold-up meets a plain length or a delay within
2.5 times of it, and a delay never meets a plain length (docs/compare.md, "Hold-ups").
A length a court gives (:data:`SENTENCE`: "jailed for six years", "a four-year prison
term") is its claim's predicate too, but no block of its own: a sentence one report names
so and the other does not ("will serve six years") still meet, and two sentences pair on
it before a length of the offending of the same figure (docs/compare.md, "Sentences").  A
length between two events (:data:`OFFSET`: "the boat had left port two days earlier", "crashed
eight minutes after take-off") is its claim's predicate and no block either: it meets a
plain length only within 2.5 times of it (docs/compare.md, "Offsets").  The words are the
lexicon's (``DELAY_BEFORE``, ``DELAY_AFTER``, ``LATE_BEFORE``, ``HOLDUP_AFTER``,
``DELAY_VERBS``, ``RECORD_BEFORE``, ``RECORD_WORDS``, ``RECORD_PHRASES``,
``SUPERLATIVE_WORDS``, ``SUPERLATIVE_CUES``, ``RECORD_AFTER``, ``SENTENCE_BEFORE``,
``SENTENCE_AFTER``, ``OFFSET_AFTER``, ``OFFSET_NOT_AFTER``, ``OFFSET_LOOK_PAST``).
"""

from __future__ import annotations

import functools
import re
from types import ModuleType

from claimdiff import nouns
from claimdiff.extract.window_ends import phrase_ending_at
from claimdiff.lexicon import Lexicon
from claimdiff.lexicon.looks import FOLDS_TO_ASCII, openers
from claimdiff.pattern_code import compile_pattern
from claimdiff.text import HYPHENS

__all__ = [
    "DELAY",
    "HOLDUP",
    "OFFSET",
    "RECORD",
    "SENSES",
    "SENTENCE",
    "delay_phrase_before",
    "sense",
    "superlative",
]

DELAY = "delay"
"""The predicate of a length of time that says how late or early something is."""
HOLDUP = "hold-up"
"""The predicate of a length of time something was held up, stopped or put off ("delayed
by three weeks", "halted for 90 minutes", "a six-month delay"): no block of its own; it
meets a plain length or a delay within 2.5 times of it, never an offset, a sentence or a
thing's length written before its noun (claimdiff.block_evidence.senses_apart)."""
RECORD = "record"
"""The predicate of a length of time that says how long since something was last so."""
SENSES = frozenset({RECORD})
"""The predicates this module gives that are each a block of its own (claimdiff.candidates)."""
SENTENCE = "sentence"
"""The predicate of a length of time a court gives."""
OFFSET = "offset"
"""The predicate of a length of time between two events ("two days earlier", "eight
minutes after take-off"): no block of its own, but it meets a plain length only within
2.5 times of it (claimdiff.block_evidence.offsets_apart)."""

# What joins a delay's word after to the length: "a six-month delay", "two years late".
_JOINERS = " \t\n-‐‑"
# How far before a length its delay word or record's "in" may start: the longest phrase
# of the lexicon and its spaces.
_BEFORE_REACH = 40
_WORDS = compile_pattern(r"[^\W\d_]+")
# White space read past a length for the first word of a delay after it ("two years
# late"); a longer run is left to the pattern.
_SPACE_READ = 8
# The words right after a length that a sentence's words may run into: "seven years
# behind bars", "a four-year prison term", "five years in jail".
_FOLLOWING = compile_pattern(r"(?:[\s‐‑-]+[^\W\d_]+){1,3}")
# Characters per word when looking back for a record's cue: enough for RECORD_REACH
# words of news prose without scanning the whole clause.
_CHARS_A_WORD = 14
# The word right after a length, past a short run of white space and at most one line
# break: "two days earlier", "two days\nlater" in hard-wrapped text.
_NEXT_WORD = compile_pattern(r"([^\S\n]{1,8}|[^\S\n]{0,8}\r?\n[^\S\n]{0,8})([^\W\d_]+)")


def sense(text: str, start: int, end: int, clause_start: int, lex: Lexicon) -> str | None:
    """:data:`DELAY`, :data:`HOLDUP`, :data:`RECORD`, :data:`SENTENCE`, :data:`OFFSET` or
    None for the length of time at ``start:end``, reading no further back than
    ``clause_start``.

    >>> from claimdiff.lexicon import get_lexicon
    >>> lex = get_lexicon()
    >>> t = "It opened two years late, its busiest day in a decade, after a two-year delay."
    >>> [sense(t, t.index(w), t.index(w) + len(w), 0, lex)
    ...  for w in ("two years", "a decade", "a two-year delay")]
    ['delay', 'record', 'hold-up']
    >>> sense("Construction took five years.", 18, 28, 0, lex) is None
    True
    """
    if may_delay_after(text, start, end, lex):
        after = lex.patterns["delay_after"]
        m = after.match(text, end) or after.search(text, start, end)
        if m is not None:
            # "two years late"; "a six-month delay", the noun in the claim's words
            word = " ".join(m.group().lower().strip(_JOINERS).split())
            return HOLDUP if word in lex.HOLDUP_AFTER else DELAY
    lo = max(clause_start, start - _BEFORE_REACH)
    # Read as the lexicon's "delay_before" and "record_before" would find them, which a
    # process then seldom compiles (extract.window_ends).
    phrase = delay_phrase_before(text, lo, start, lex)
    if phrase is not None:
        return DELAY if phrase in lex.LATE_BEFORE else HOLDUP
    if _delayed_by(text, start, clause_start, lex):
        return HOLDUP
    if not HYPHENS.isdisjoint(text[start:end]):  # its pattern compiled only for a hyphen
        high = lex.patterns["record_after"]
        if high.match(text, end) or high.search(text, start, end):
            return RECORD  # "a 15-year high", the noun in the claim's words or after them
    prep = phrase_ending_at(text, lo, start, lex, "RECORD_BEFORE", "record_before")
    if prep is not None and _record_cue(text, prep, text[prep:start].split()[0], clause_start, lex):
        return RECORD
    if _sentence(text, start, end, lo, lex):
        return SENTENCE
    if _offset(text, start, end, clause_start, lex):
        return OFFSET
    return None


def delay_phrase_before(text: str, lo: int, start: int, lex: Lexicon) -> str | None:
    """The phrase of ``DELAY_BEFORE`` that ends ``text[lo:start]`` ("delayed by", "late
    by"), in lower case with single spaces, or None."""
    at = phrase_ending_at(text, lo, start, lex, "DELAY_BEFORE", "delay_before")
    return None if at is None else " ".join(text[at:start].lower().split())


def _offset(text: str, start: int, end: int, clause_start: int, lex: Lexicon) -> bool:
    """Whether the length at ``start:end`` is how long before or after another event a
    thing happened: one of ``OFFSET_AFTER`` follows it ("two days earlier", "eight minutes
    after take-off"; across a line break only in lower case, "two days\nlater"), its
    unit is not joined to it by a hyphen ("the 10-week trial after", "a three-year contract
    after a season"; "twenty-five minutes after" is one), and the word before it, hedges
    passed over (``OFFSET_LOOK_PAST``), is none of ``OFFSET_NOT_AFTER`` ("for just two weeks
    after the blast", "in the 90 minutes after kick-off")."""
    after = lex.data.OFFSET_AFTER
    if not after:
        return False
    following = _NEXT_WORD.match(text, end)
    if following is None or following.group(2).lower() not in after:
        return False
    if "\n" in following.group(1) and following.group(2)[0].isupper():
        return False  # "span two days\nLater this year": a new line's first word
    if _hyphened_unit(lex.data).search(text, start, end) is not None:
        return False
    reach = max(clause_start, start - _BEFORE_REACH)
    # Read back no further than the reach for a line break: a text of one long line
    # would otherwise be scanned to its start for every length.
    lo = max(reach, text.rfind("\n", reach, start) + 1)
    before = [w.lower() for w in _WORDS.findall(text, lo, start)]
    if before and lo > clause_start and text[lo - 1].isalpha() and text[lo].isalpha():
        before = before[1:]  # the reach began inside a word: no word to read
    past = lex.data.OFFSET_LOOK_PAST
    while before and before[-1] in past:
        before.pop()  # "for just two weeks", "for a further six months"
    if not before:
        # At the clause's or the line's start nothing stands before it; elsewhere a run of
        # white space or hedges longer than the reach hides the word before.
        return lo == clause_start or text[lo - 1] == "\n"
    return before[-1] not in lex.data.OFFSET_NOT_AFTER


@functools.cache
def _hyphened_unit(data: ModuleType) -> re.Pattern[str]:
    """A unit of time joined by a hyphen to what comes before it ("10-week", "three-year")."""
    units = "|".join(sorted(data.DURATION_ORDER, key=len, reverse=True))
    return compile_pattern(rf"[‐‑-](?:{units})s?(?![^\W\d_])", re.IGNORECASE)


def _sentence(text: str, start: int, end: int, lo: int, lex: Lexicon) -> bool:
    """Whether the length at ``start:end`` is a sentence: one of ``SENTENCE_BEFORE`` ends
    the words from ``lo`` before it ("jailed for"), or one of ``SENTENCE_AFTER`` starts
    among its words after the first or right after them ("a 30-month sentence", "seven
    years behind bars")."""
    if phrase_ending_at(text, lo, start, lex, "SENTENCE_BEFORE", "sentence_before") is not None:
        return True
    after, empty = _sentence_after(lex.data)
    if not after and not empty:
        return False
    own = [w.lower() for w in _WORDS.findall(text, start, end)]
    if empty and own:
        return True  # a phrase of no words matches after the first word
    more = _FOLLOWING.match(text, end)
    words = own + ([w.lower() for w in _WORDS.findall(more.group())] if more else [])
    # Only the phrases opening with the word at ``k`` are compared: comparing every phrase
    # at every word cost some 20 µs a length of time.
    for k in range(1, len(own) + 1 if len(own) < len(words) else len(words)):
        for phrase in after.get(words[k], ()):
            if tuple(words[k : k + len(phrase)]) == phrase:
                return True
    return False


@functools.cache
def _sentence_after(
    data: ModuleType,
) -> tuple[dict[str, tuple[tuple[str, ...], ...]], bool]:
    """A language's ``SENTENCE_AFTER``, each phrase as its words in lower case, by its first
    word; and whether one has no words."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    empty = False
    for p in data.SENTENCE_AFTER:
        phrase = tuple(p.lower().split())
        if phrase:
            by_first.setdefault(phrase[0], []).append(phrase)
        else:
            empty = True
    return {w: tuple(ps) for w, ps in by_first.items()}, empty


def may_delay_after(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the lexicon's "delay_after" may match within the length at ``start:end``
    or right after it: False only where neither holds a phrase of ``DELAY_AFTER``'s
    first word where the pattern would read it.  Some thirty lengths in 100 KB of news
    are asked, few with a word of delay, and a process answered by this look seldom
    compiles the pattern (0.6 ms)."""
    words, firsts, longest = _delay_words(lex.data)
    if not words:
        return False
    if _holds_word(text[start:end], words):
        return True  # "a six-month delay"
    c = text[end : end + 1]
    if not c or not (c in HYPHENS or c.isspace()):
        return False  # the pattern opens with a hyphen or white space
    rest = text[end + 1 : end + 1 + longest + _SPACE_READ]
    head = rest.lstrip()
    if len(head) < longest and len(rest) == longest + _SPACE_READ:
        return True  # a long run of white space: the pattern decides
    head = head[:longest]
    low = head.lower()
    if not head.isascii() and (len(low) != len(head) or _folds(low)):
        return True  # "İ", "ı", "ſ": letters the pattern folds that lower() does not
    return low.startswith(firsts)


@functools.cache
def _delay_words(data: ModuleType) -> tuple[tuple[str, ...], tuple[str, ...], int]:
    """A language's ``DELAY_AFTER`` as :func:`may_delay_after` reads it: the words one of
    which every phrase holds (openers: "late" for "later than planned" too), every
    phrase's first word, and the longest of these."""
    phrases = [p.lower() for p in data.DELAY_AFTER]
    firsts = tuple(sorted({p.split(None, 1)[0] for p in phrases}))
    return openers(phrases), firsts, max(map(len, firsts), default=0)


def _holds_word(span: str, words: tuple[str, ...]) -> bool:
    """Whether ``span`` holds one of ``words`` (lower case, ASCII) as the case-blind
    pattern reads it (or may, at a letter it folds that lower() does not)."""
    low = span.lower()
    if not span.isascii() and (len(low) != len(span) or _folds(low)):
        return True
    for w in words:  # a loop, not any() of a generator: half the cost of each test
        if w in low:
            return True
    return False


@functools.cache
def _ascii_words(words: frozenset[str]) -> tuple[str, ...] | None:
    """``words`` where each is ASCII in lower case (else None): such a word lower-cased is
    found in its window lower-cased, each character lower-cased on its own (no final
    sigma, whose case reads its neighbours)."""
    return tuple(sorted(words)) if all(w.isascii() and w == w.lower() for w in words) else None


def _folds(low: str) -> bool:
    return FOLDS_TO_ASCII[0] in low or FOLDS_TO_ASCII[1] in low


def _record_cue(text: str, prep: int, word: str, clause_start: int, lex: Lexicon) -> bool:
    """Whether a record's cue stands in its clause before ``word`` ("in", "for"), which
    starts at ``prep``: a superlative, "record", "first" (before "in", or before "time"),
    "not seen"; with no verb between ("The longest strike yet lasted for six weeks" is a
    length) and no figure ("a record 400 incidents in six months")."""
    reach = lex.RECORD_REACH
    if not reach:
        return False
    lo = max(clause_start, prep - reach * _CHARS_A_WORD)
    toks = list(_WORDS.finditer(text, lo, prep))
    words = [t.group().lower() for t in toks]
    in_ = word.lower() in lex.RECORD_ORDINAL_PREPOSITIONS
    for k in range(len(words) - 1, max(-1, len(words) - reach - 1), -1):
        w = words[k]
        if _joined(text, toks[k]):
            continue  # "worst-hit", "long-awaited": a compound, no cue of its own
        before = words[k - 1] if k else ""
        if (
            w in lex.RECORD_WORDS
            or " ".join(words[max(0, k - 1) : k + 1]) in lex.RECORD_PHRASES
            or " ".join(words[max(0, k - 2) : k + 1]) in lex.RECORD_PHRASES
            or (w in lex.RECORD_ORDINALS and (in_ or _next_in(words, k, lex.RECORD_ORDINAL_NOUNS)))
            or superlative(w, before, lex)
        ):
            return not any(ch.isdigit() for ch in text[toks[k].end() : prep])
        if _verb(w, lex):
            return False  # the cue, if any, is another verb's: "was finished in eight months"
    return False


def _next_in(words: list[str], k: int, table: frozenset[str]) -> bool:
    """Whether the word after ``words[k]`` is one of ``table`` ("first time")."""
    return k + 1 < len(words) and words[k + 1] in table


def superlative(word: str, before: str, lex: Lexicon) -> bool:
    """Whether ``word`` (lower case) after ``before`` is a superlative: a form in -est, or
    one of ``SUPERLATIVE_WORDS`` ("most", "worst"), after one of ``SUPERLATIVE_CUES``, that
    WordNet knows as no noun ("the lowest", "its highest", "the most"; not "the protest",
    "the harvest", "the inquest"; not "Most borrowers")."""
    if before not in lex.SUPERLATIVE_CUES:
        return False
    if word in lex.SUPERLATIVE_WORDS:
        return True
    return word.endswith("est") and not (lex.WORDNET_NOUNS and nouns.is_noun(word))


def _joined(text: str, tok: re.Match[str]) -> bool:
    """Whether the word ``tok`` is part of a hyphened compound."""
    return (
        text[tok.end() : tok.end() + 1] in HYPHENS or text[tok.start() - 1 : tok.start()] in HYPHENS
    )


def _delayed_by(text: str, start: int, clause_start: int, lex: Lexicon) -> bool:
    """Whether the length at ``start`` follows "by" after a verb of a delay in its clause,
    with no other verb between: "postponed the launch of its new weather satellite by three
    weeks", not "The long-delayed rail line cuts journey times by 20 minutes"."""
    reach = lex.DELAY_VERB_REACH
    if not reach:
        return False
    lo = max(clause_start, start - reach * _CHARS_A_WORD)
    by = _ascii_words(lex.DELAY_BY)
    if by is not None and not _holds_word(text[lo:start], by):
        # The last word lower-cased is a part of the window lower-cased, each character
        # lower-cased on its own: most lengths follow no "by", and are spared the words.
        return False
    toks = list(_WORDS.finditer(text, lo, start))[-reach - 1 :]
    words = [t.group().lower() for t in toks]
    if not words or words[-1] not in lex.DELAY_BY:
        return False
    for k in range(len(words) - 2, -1, -1):
        if _joined(text, toks[k]):
            continue
        pair = " ".join(words[k : k + 2])
        if words[k] in lex.DELAY_VERBS or pair in lex.DELAY_VERBS:
            return True
        if _verb(words[k], lex):
            return False
    return False


def _verb(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` (lower case) reads as a verb: one of ``VERB_CUES`` ("was", "has"),
    or a common verb or a form in -ed that WordNet knows as no noun ("lasted", "finished";
    not "win" of "their first home win")."""
    if word in lex.VERB_CUES:
        return True
    if word not in lex.COMMON_VERBS and not word.endswith("ed"):
        return False
    return not (lex.WORDNET_NOUNS and nouns.is_noun(word))
