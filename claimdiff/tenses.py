"""Whether a date is of a thing past or of one to come, as its words say.

A relative date carries its tense in its first word ("last month", "earlier this year" are
past; "next year", "later this year" to come; "this week" neither), and a date said
outright takes the tense of its own clause: "Fire broke out on 4 October" is past, "The
bridge will open in October" to come, "From 1 March, fares go up" neither.  compare()
never pairs a relative date with a date of the other tense ("will be scrapped next year"
and "broke out on 4 October"), the rule stated in docs/compare.md ("Relative dates").
The words are the lexicon's (``RELATIVE_PAST_WORDS``, ``RELATIVE_FUTURE_WORDS``,
``FUTURE_WORDS``, ``FUTURE_PAIRS``, ``PAST_WORDS``); a verb's past form is read from
WordNet's verb data (:func:`claimdiff.verbs.bases`).
"""

from __future__ import annotations

import itertools
import re
from typing import Literal

from claimdiff import verbs
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon
from claimdiff.model import Span

__all__ = ["FUTURE", "PAST", "Tense", "clause_of", "clause_tense", "phrase_tense"]

Tense = Literal["past", "future"]
PAST: Tense = "past"
FUTURE: Tense = "future"

# What ends a clause around a date: marks (not a comma inside a number, "all 1,200
# families"), and the words that join two ("He was ordained in 1976 and will retire next
# month"); and "since", which makes what follows it past ("its first works since a roof
# repair in 2019") and says nothing of what comes before ("is back in July 2026 for the
# first time since 2022").
_CLAUSE_BREAK = lazy_pattern(
    r",(?!\d)|[;:()–—]|\s-\s|\s(?:and|but|while|whereas)\s|\s(?P<since>since)\s",
    re.IGNORECASE,
)
# A word as written (its case tells a name), a contraction whole ("won't", "they'll").
_WORD = lazy_pattern(r"[A-Za-z]+(?:[-'’][A-Za-z]+)*")
_CONTRACTED_FUTURE = ("'ll", "’ll")


def phrase_tense(phrase: str, lex: Lexicon) -> Tense | None:
    """The tense a relative date's first word gives it ("last month": past), or None."""
    first = phrase.split(maxsplit=1)[0].lower() if phrase.strip() else ""
    if first in lex.RELATIVE_PAST_WORDS:
        return PAST
    if first in lex.RELATIVE_FUTURE_WORDS:
        return FUTURE
    return None


def clause_tense(text: str, span: Span, sentence: Span, lex: Lexicon) -> Tense | None:
    """The tense of the clause of ``sentence`` that holds ``span``, read first from its
    words before ``span`` and only where they say nothing from those after: future where
    they hold a word or pair of words of a thing to come and nothing past; past where the
    clause follows "since", or they hold a past word, or the nearest verb before ``span``
    is in a past form, and nothing to come; else None.  A past word before "to" and a verb
    tells of a plan, whose date has no tense here ("was meant to open in 2026"); nor is a
    date past for a past verb where a word of ``TENSE_TARGETS`` stands right before it:
    it is what the act aimed at ("adjourned until 16 July", "called a strike for 21
    March", "pushed back to mid-March")."""
    start, end, since = _clause(text, span, sentence)
    before = _WORD.findall(text, start, span[0])
    future, past = _marks(before, lex, nearest=True)
    if not (future or past or since or _named_act(before, lex)):
        future, past = _marks(_WORD.findall(text, span[1], end), lex, nearest=False)
    if past and not since and _aimed_at(before, lex):
        past = False  # "adjourned until 16 July": a past act's aim, no past date
    past = past or since
    if future == past:
        return None
    return FUTURE if future else PAST


def _named_act(before: list[str], lex: Lexicon) -> bool:
    """Whether the words before a date hold an act one is accused of, held for or charged
    with: a verb of ``TENSE_ACT_VERBS``, a word of ``TENSE_ACT_LINKS`` and a form in -ing
    ("A man accused of stabbing a shopkeeper on 2 November"): the act's date, not that of
    the verb after it ("will stand trial").  Not "The Tour of Beijing", "the cost of
    heating", "The plan for reopening the pool"."""
    low = [w.lower() for w in before]
    return any(
        w.endswith("ing")
        and w not in lex.TENSE_ING_NOUNS
        and k > 1
        and low[k - 1] in lex.TENSE_ACT_LINKS
        and low[k - 2] in lex.TENSE_ACT_VERBS
        for k, w in enumerate(low)
    )


def _aimed_at(before: list[str], lex: Lexicon) -> bool:
    """Whether a word of ``TENSE_TARGETS`` stands right before a date, or before the day
    of the week that names it: "set for Saturday 16 March" as "adjourned until 16 July"."""
    low = [w.lower() for w in before[-2:]]
    if low and low[-1] in lex.WEEKDAYS:
        low = low[:-1]
    return bool(low) and low[-1] in lex.TENSE_TARGETS


def clause_of(text: str, span: Span, sentence: Span) -> Span:
    """The clause of ``sentence`` that holds ``span``: from the last break before it
    (a mark, "and", "but", "while", "since") to the first after it."""
    start, end, _ = _clause(text, span, sentence)
    return start, end


def _clause(text: str, span: Span, sentence: Span) -> tuple[int, int, bool]:
    """The clause holding ``span`` (:func:`clause_of`), and whether it follows "since"."""
    lo, hi = sentence
    start, since = lo, False
    for m in _CLAUSE_BREAK.finditer(text, lo, span[0]):
        start, since = m.end(), m["since"] is not None
    after = _CLAUSE_BREAK.search(text, span[1], hi)
    return start, hi if after is None else after.start(), since


def _marks(words: list[str], lex: Lexicon, *, nearest: bool) -> tuple[bool, bool]:
    """Whether ``words`` (as written, in order) put an event to come, and in the past:
    see :func:`clause_tense`; ``nearest``: a past form of the verb nearest the end counts
    (after a date, "accused of stealing", "valued at", a participle is no verb of its)."""
    low = [w.lower() for w in words]
    to_come = [_future_at(low, k, lex) for k in range(len(low))]
    future = any(to_come) or any(pair in lex.FUTURE_PAIRS for pair in itertools.pairwise(low))
    # What was planned or hoped is past only in the planning: "was meant to open", "had
    # hoped to move" say nothing past of the opening or the move.
    cut = _after_plan(low)
    past = any(w in lex.PAST_WORDS for w in low[cut:])
    if nearest:
        past = past or _after_past_form(words[cut:], to_come[cut:], lex)
    return future, past


def _after_plan(low: list[str]) -> int:
    """Where the words after the last "to" before a verb begin ("meant to open"), or 0:
    "due to a strike" is no plan."""
    for k in range(len(low) - 2, -1, -1):
        if low[k] == "to" and low[k + 1] in verbs.bases(low[k + 1]):
            return k + 1
    return 0


def _future_at(low: list[str], k: int, lex: Lexicon) -> bool:
    """Whether the word at ``k`` puts the clause's event to come: a word of
    ``FUTURE_WORDS`` or a contraction of "will" ("they'll"), but not "due" before "to"
    and an article ("due to a strike"; "is due before the court on 12 March" is), nor
    "expected" after "than" or "as", nor "planned"
    describing a noun ("the planned strike"; "is planned for September" is a plan)."""
    w = low[k]
    if w.endswith(_CONTRACTED_FUTURE):
        return True
    if w not in lex.FUTURE_WORDS:
        return False
    nxt = low[k + 1] if k + 1 < len(low) else ""
    if w == "due":
        after = low[k + 2] if k + 2 < len(low) else ""
        return nxt != "to" or after not in lex.STOPWORDS
    if w == "expected":
        return k == 0 or low[k - 1] not in ("than", "as")
    if w == "planned":
        return nxt in ("to", "for") or (k > 0 and low[k - 1] in lex.TENSE_AUXILIARIES)
    return True


def _after_past_form(words: list[str], to_come: list[bool], lex: Lexicon) -> bool:
    """Whether the verb nearest before a date is in a past form ("Fire broke out aboard
    the ship on 4 October", "voted 81% in favour of the deal on 2 June"): read back past
    words that may be nouns (their own lemma: "deal", "strike"), names (capitalised, but
    for the clause's first word: "Manchester United play Chelsea"), words joined by a
    hyphen ("Chicago-based") and a participle after an article or a possessive ("The
    revised timetable begins"), stopping at a form in -ing, which dates what is still to
    happen as readily ("has called a strike starting on Wednesday"), and at a word of a
    thing to come ("said it would close the pool in March": the closing is to come, the
    saying past); ``to_come``: which words put the event to come (:func:`_future_at`)."""
    for k in range(len(words) - 1, -1, -1):
        written = words[k]
        word = written.lower()
        if (word.endswith("ing") and word not in lex.TENSE_ING_NOUNS) or to_come[k]:
            return False
        if (k and written[0].isupper()) or "-" in word or len(word) <= 2:
            continue
        if word.endswith("s"):
            if _present_verb(words, k, lex):
                return False  # "confirmed the event opens on 12 June": the opening's date
            continue
        if k and words[k - 1].lower() in lex.TENSE_DETERMINERS:
            continue  # "the revised", "its planned": a participle describing a noun
        found = verbs.bases(word)
        if found and word not in found:
            return True
    return False


def _present_verb(words: list[str], k: int, lex: Lexicon) -> bool:
    """Whether the word at ``k``, ending in "s", is a verb in the present after its
    subject ("the event opens"): a verb's form in -s after a word in lower case that is no
    stop word, determiner or verb's form itself ("the strikes", "Unions strikes" stay
    nouns)."""
    if not k:
        return False
    word, before = words[k].lower(), words[k - 1]
    if not before.islower() or before in lex.STOPWORDS or before in lex.TENSE_DETERMINERS:
        return False
    if before.endswith(("s", "ed", "ing")):
        return False  # "police arrests", "confirmed reports": a plural or a verb before
    return word[:-1] in verbs.bases(word) or word[:-2] in verbs.bases(word)
