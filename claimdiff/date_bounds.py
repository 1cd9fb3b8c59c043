"""Whether a date says when a thing begins or when it ends.

"The Fringe will run from 1 August to 25 August" and "will begin on 1 August and close
on 24 August" give each bound of one festival: the first dates pair, and so do the
last.  A date that begins something and one that ends something are two facts, however
few days apart ("fires recorded since April 1", "the ban stays until Oct. 15"), so
compare() never pairs them (docs/compare.md, "Beginnings and ends of dates").

A bound is read from the words right before the date, within its sentence:

* past fillers ("on", "at noon on", a day of the week, a time of day), the first word
  may be a preposition of a beginning ("from", "since", "starting") or of an end
  ("until", "by"; "to" only after a figure, a month or a length of time);
* else, walking back past auxiliaries ("will", "is due to"), a verb of a beginning or an
  end (its lemma: "opens", "will close"), a phrase of lemmas ("takes effect", "kick
  off"), or a noun of an end ("the deadline is").

No bound is read for a day moved ("moved the vote from 3 May to 10 May"), a pause's or
a closure's "until" ("remain closed until 4 April": a report may give it as either
bound), a negation before "until" ("not until 4 June"), or a state ("is open on 3 May").
Anything else reads no bound either, and a date with none pairs as before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs

from claimdiff import nouns, verbs
from claimdiff.fields_repr import fields_repr
from claimdiff.pattern_code import compile_pattern

if TYPE_CHECKING:
    from claimdiff.lexicon import Lexicon

__all__ = ["BEGIN", "END", "BoundWords", "bound_of"]

BEGIN = "begin"
END = "end"

# Words, or a comma, which a day of the week leaves before its date ("Friday, July 7").
_TOKEN = compile_pattern(r"[^\W\d_][^\W\d_.'’\-]*(?:[.'’\-][^\W\d_]+)*|\d\S*|,")
# How far before a date its bound's words may stand: "is due to come into force on".
_REACH = 80
# Words read back past the fillers: a verb with its auxiliaries ("is now due to close"),
# and the object or place between a verb of a beginning and its date ("will launch its
# winter sale on").
_MAX_WORDS = 5
_OBJECT_WORDS = 4


@attrs.frozen(eq=False)  # never compared: attrs writes no __eq__ nor __hash__
class BoundWords:
    """A language's words for a date's bound (the lexicon's ``DATE_*`` tables)."""

    __repr__ = fields_repr  # attrs compiles none (claimdiff.fields_repr)

    begin_words: frozenset[str] = frozenset()
    end_words: frozenset[str] = frozenset()
    begin_verbs: frozenset[str] = frozenset()
    end_verbs: frozenset[str] = frozenset()
    begin_phrases: tuple[tuple[str, ...], ...] = ()
    end_phrases: tuple[tuple[str, ...], ...] = ()
    end_nouns: frozenset[str] = frozenset()
    fillers: frozenset[str] = frozenset()
    auxiliaries: frozenset[str] = frozenset()
    pause_verbs: frozenset[str] = frozenset()
    """Verbs of a pause or a closure (lemmas): "until" after one dates a resumption, no
    bound ("adjourned until", "remain closed until")."""
    states: frozenset[str] = frozenset()
    """Words before a verb's bare form or a verb of an end that make it a state ("is open
    on 3 May", "was closed at 7am")."""
    negations: frozenset[str] = frozenset()
    """Words in the clause before "until" that make its day when a thing happens ("not
    until 4 June", "didn't reopen until 4 June")."""
    pause_ends: frozenset[str] = frozenset()
    """The words of an end after which a pause's verb makes no bound ("until", "till")."""
    progressive: tuple[str, ...] = ()
    """Endings of a verb's form that is no state after "is" ("is closing on 3 May")."""
    move_verbs: frozenset[str] = frozenset()
    """Verbs of moving a day (lemmas): their "from" and "to" name no bound ("moved the
    vote from 3 May to 10 May", "pushed back two weeks to 12 March")."""
    determiners: frozenset[str] = frozenset()
    """Words that open a noun phrase: the noun after one is no verb ("the hearing")."""
    clock: re.Pattern[str] | None = None
    """A time of day between a bound's words and its date: "end at 7am on 18 January"."""
    range_ends: frozenset[str] = frozenset()
    """Words that end a range only after one of ``span_words`` or a figure ("to")."""
    span_words: frozenset[str] = frozenset()
    """Months and lengths of time: "from 30 January to 3 February", "the year to March"."""

    @classmethod
    def of(cls, lex: Lexicon) -> BoundWords:
        """The words of ``lex``, with its days of the week among the fillers."""
        return cls(
            frozenset(lex.DATE_BEGIN_WORDS),
            frozenset(lex.DATE_END_WORDS),
            frozenset(lex.DATE_BEGIN_VERBS),
            frozenset(lex.DATE_END_VERBS),
            tuple(tuple(p.split()) for p in lex.DATE_BEGIN_PHRASES),
            tuple(tuple(p.split()) for p in lex.DATE_END_PHRASES),
            frozenset(lex.DATE_END_NOUNS),
            frozenset(lex.DATE_BOUND_FILLERS) | frozenset(lex.WEEKDAYS) | {","},
            frozenset(lex.DATE_BOUND_AUXILIARIES),
            frozenset(lex.DATE_PAUSE_VERBS),
            frozenset(lex.DATE_BOUND_STATES),
            frozenset(lex.DATE_BOUND_NEGATIONS),
            frozenset(lex.DATE_PAUSE_ENDS),
            tuple(lex.DATE_PROGRESSIVE_ENDINGS),
            frozenset(lex.DATE_MOVE_VERBS),
            frozenset(lex.DATE_BOUND_DETERMINERS),
            _clock(lex.DATE_CLOCK_WORDS),
            frozenset(lex.DATE_RANGE_END_WORDS),
            frozenset(lex.MONTHS) | frozenset(lex.MONTH_ABBREVIATIONS) | frozenset(lex.TIME_UNITS),
        )


def _clock(suffixes: tuple[str, ...]) -> re.Pattern[str] | None:
    """A time of day as one token or two ("7am", "10.30pm", "7" then "a.m", "19:00")."""
    if not suffixes:
        return None
    ends = "|".join(re.escape(w) for w in suffixes)
    return compile_pattern(rf"\d{{1,2}}(?:[.:]\d\d)?(?:{ends})|\d{{1,2}}[.:]\d\d|(?:{ends})")


def bound_of(text: str, span: tuple[int, int], start: int, words: BoundWords) -> str | None:
    """:data:`BEGIN` or :data:`END` for the date at ``span``, or None; ``start`` is
    where its sentence begins.

    >>> w = BoundWords(frozenset({"from"}), frozenset({"until"}), frozenset({"open"}),
    ...     frozenset({"close"}), fillers=frozenset({"on", "friday", ","}),
    ...     auxiliaries=frozenset({"will", "was"}), states=frozenset({"was"}),
    ...     range_ends=frozenset({"to"}), span_words=frozenset({"august"}))
    >>> t = "It runs from 1 August to 25 August. It will close on Friday, 24 August."
    >>> [bound_of(t, (k, k + 8), 0, w) for k in (13, 25)], bound_of(t, (61, 70), 36, w)
    (['begin', 'end'], 'end')
    >>> t = "The road was closed on 3 May. It was pushed back to 9 May."
    >>> bound_of(t, (22, 27), 0, w), bound_of(t, (52, 57), 29, w)
    (None, None)
    """
    if not words.begin_words:
        return None
    lo = max(start, span[0] - _REACH)
    tokens = [m.group().lower() for m in _TOKEN.finditer(text, lo, span[0])]
    written = len(tokens)
    clock = words.clock
    while tokens and (
        tokens[-1] in words.fillers or (clock is not None and clock.fullmatch(tokens[-1]))
    ):
        popped = tokens.pop()
        suffix = popped not in words.fillers and not popped[0].isdigit()
        if suffix and tokens and tokens[-1].isdigit():
            tokens.pop()  # the "7" of "7 a.m."
    if not tokens:
        return None
    last = tokens[-1]
    clause = tokens[_clause_start(tokens) :]
    if last in words.begin_words or last in words.range_ends:
        if _nearest_verb(clause[:-1], words) in words.move_verbs:
            return None  # "moved the vote from 3 May to 10 May": days moved, no bounds
        if last in words.begin_words:
            return BEGIN
        before = tokens[-2] if len(tokens) > 1 else ""
        ends_range = any(ch.isdigit() for ch in before) or before.rstrip(".") in words.span_words
        return END if ends_range else None
    if last in words.end_words:
        if last not in words.pause_ends:
            return END
        if any(t in words.negations for t in clause):
            return None  # "not until 4 June", "didn't reopen until 4 June": when it happened
        # "adjourned the inquest until 16 July", "remain closed until 4 April": a pause's
        # end is when a thing resumes, read as either bound ("reopens on", "the closure
        # runs until").
        verb = _nearest_verb(clause[:-1], words)
        return None if verb in words.pause_verbs else END
    tokens = tokens[-(_MAX_WORDS + _OBJECT_WORDS) :]
    lemmas = [_lemma(t) for t in tokens]
    # A verb's bare form right before its date is a verb: "Lane closures on Interstate 84
    # near Hartford begin Aug. 21".
    direct = len(tokens) == written
    for k in range(len(lemmas) - 1, max(-1, len(lemmas) - 1 - _MAX_WORDS), -1):
        found = _bound_at(tokens, lemmas, k, words, direct=direct and k == len(lemmas) - 1)
        if found is not None:
            return found
        if tokens[k] not in words.auxiliaries:
            return _begun_before(tokens, lemmas, k, words)
    return None


def _clause_start(tokens: list[str]) -> int:
    """Where the last clause of ``tokens`` begins: after the last comma."""
    commas = [k for k, t in enumerate(tokens) if t == ","]
    return commas[-1] + 1 if commas else 0


def _nearest_verb(tokens: list[str], words: BoundWords) -> str | None:
    """The lemma of the verb nearest the end of ``tokens``, passing over a noun phrase
    ("adjourned the inquest", "closed the road to traffic", "shut the park gates"), or
    None: a word WordNet knows as a noun is one unless it is a verb's inflected form
    and no plural ("closed", not "gates")."""
    for k in range(len(tokens) - 1, max(-1, len(tokens) - 1 - _MAX_WORDS - _OBJECT_WORDS), -1):
        t = tokens[k]
        if t in words.determiners or (k and tokens[k - 1] in words.determiners):
            continue  # "the inquest": a noun, not the verb
        bases = verbs.bases(t)
        if not bases:
            continue
        if nouns.is_noun(t) and (t in bases or nouns.lemma(t) != t):
            continue  # "traffic", "gates"
        return bases[0]
    return None


def _begun_before(tokens: list[str], lemmas: list[str], k: int, words: BoundWords) -> str | None:
    """:data:`BEGIN` where a verb of a beginning stands before the object or place that
    ends at ``k`` ("will start a strike on", "kicks off in Almaty on").  A verb of an
    end with an object may begin a closure ("closed the road on Friday"), so only a
    beginning is read so."""
    for j in range(k - 1, max(-1, k - 1 - _OBJECT_WORDS), -1):
        if tokens[j] == "," or tokens[j][0].isdigit():
            return None
        if _ends(lemmas, j, words.begin_phrases) or (
            lemmas[j] in words.begin_verbs and _verb_at(tokens, lemmas, j, words)
        ):
            return BEGIN
    return None


def _bound_at(
    tokens: list[str], lemmas: list[str], k: int, words: BoundWords, *, direct: bool = False
) -> str | None:
    """The bound the word at ``k`` names, alone or ending a phrase, or None; ``direct``:
    the word stands right before the date."""
    w, before = lemmas[k], tokens[k - 1] if k else ""
    if _ends(lemmas, k, words.begin_phrases):
        return BEGIN
    if _ends(lemmas, k, words.end_phrases) or w in words.end_nouns:
        return END
    if not direct and not _verb_at(tokens, lemmas, k, words):
        return None
    progressive = tokens[k].endswith(words.progressive)
    if before in words.states and not progressive and (tokens[k] == w or w in words.end_verbs):
        return None  # "is open on 3 May", "was closed at 7am": a state; not "is closing"
    if w in words.begin_verbs:
        return BEGIN
    if w in words.end_verbs:
        return END
    return None


def _verb_at(tokens: list[str], lemmas: list[str], k: int, words: BoundWords) -> bool:
    """Whether the word at ``k`` is a verb: inflected ("opens", "closed"), or after an
    auxiliary ("will open") or a plural noun WordNet knows ("polls open"); not "the deep
    end"."""
    if tokens[k] != lemmas[k]:
        return True
    if not k:
        return False
    before = tokens[k - 1]
    return before in words.auxiliaries or nouns.lemma(before) != before


def _ends(lemmas: list[str], k: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether one of ``phrases`` ends at ``k``."""
    return any(len(p) <= k + 1 and tuple(lemmas[k + 1 - len(p) : k + 1]) == p for p in phrases)


def _lemma(word: str) -> str:
    """A word's first verb base, else the word: "opens" is "open", "effect" "effect"."""
    bases = verbs.bases(word)
    return bases[0] if bases else word
