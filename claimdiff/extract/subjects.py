"""What a figure counts, the words of its clause, and its time scope.

No part-of-speech tagger: the counted noun is the last word of the short
noun phrase right after the figure ("16,000 children", "40 of its
investigators", "thousands of Ukrainian children"), or the noun a figure is
"of" ("a budget of 169 million euros").  These rules are deliberately small
and are pinned by tests.
"""

from __future__ import annotations

import re

from claimdiff import nouns
from claimdiff.extract.heads import head_of, in_noun_phrase, preposition_before
from claimdiff.extract.plurals import after_a_number, counted_after_figure, describes_next, plural
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon
from claimdiff.model import Span
from claimdiff.pattern_code import compile_pattern
from claimdiff.text import WordIndex, content_words
from claimdiff.vocabulary import is_common

# A word, or words joined by hyphens ("festival-goers", "covid-related").
_WORD_AFTER = compile_pattern(r"[ \t\u00a0]+(?P<w>[^\W\d_][^\W\d_’']*(?:-[^\W\d_][^\W\d_’']*)*)")
_OF_WORD = compile_pattern(r"[ \t\u00a0]+of(?![^\W\d_])", re.IGNORECASE)
# "29 of the chain's shops", "12 of New York's hospitals": a possessive after "of" is the
# owner of what is counted (a name of up to three capitalised words before it).
_POSSESSIVE = compile_pattern(
    r"(?:[ \t\u00a0]+[A-Z][^\W\d_\-]*){0,3}[ \t\u00a0]+(?P<w>[^\W\d_][^\W\d_\-]*)"
    r"(?:['’]s|s['’])(?![^\W\d_])"
)
_NOUN_OF_BEFORE = compile_pattern(
    r"(?P<w>[^\W\d_][^\W\d_’'\-]*)\s+(?:of|in|worth)\s+$", re.IGNORECASE
)
_OF_WORDS = frozenset({"of", "in", "worth"})
_IN_NOUN_AFTER = lazy_pattern(r"\s+in\s+(?P<w>[^\W\d_]+)(?![^\W\d_])", re.IGNORECASE)
_WORD_BEFORE = lazy_pattern(r"(?P<w>[^\W\d_][^\W\d_’'\-]*)[^\w]*$")
_CLAUSE_BREAK = lazy_pattern(r"[;:()]|,\s|\s[–—-]\s")
_YEAR = lazy_pattern(r"(?<!\d)(?P<year>(?:18|19|20)\d\d)(?!\d)")
# The noun phrase after a figure is short; three words covers "Ukrainian children"
# and "new primary schools" without running into the rest of the sentence.
_MAX_NP_WORDS = 3


def _ends_phrase(text: str, head: str, word: re.Match[str], lex: Lexicon) -> bool:
    """Whether ``word`` (a match of ``_WORD_AFTER``) ends a noun phrase whose last word
    so far is ``head``.  A time scope does ("lost 50 aircraft last year").  After a noun
    (as after one that is its own plural: "staff", "aircraft", "sheep") a word that is
    no noun does ("made 350 staff redundant", "96 people aboard"), unless a noun follows
    it, which it then describes ("on special educational needs"), or it is a plural
    WordNet does not know ("120 youth carers").  After an adjective the phrase goes on
    ("three new elementary schools")."""
    if _time_scope(text, word.start("w"), lex):
        return True
    low = word["w"].lower()
    if not nouns.is_noun(head) or nouns.is_noun(low) or _unknown_plural(low, lex):
        return False
    after = _WORD_AFTER.match(text, word.end())
    return (
        after is None
        or not _noun_word(after["w"].lower(), lex)
        or _time_scope(text, after.start("w"), lex)
    )


def _plural_without_s(word: str, lex: Lexicon) -> bool:
    """A plural with no "-s" of its own: an irregular plural WordNet lists ("children",
    "women") or a noun used as a plural (``PLURALS_WITHOUT_S``: "people", "police").
    After one, only a plural goes on its noun phrase ("200 police officers", "50 women
    workers"); a verb's base form does not ("3,000 people cross it each day")."""
    if word in lex.PLURALS_WITHOUT_S:
        return True
    return not word.endswith("s") and nouns.lemma(word) != word


def _one_before(text: str, i: int, lex: Lexicon) -> bool:
    """Whether the figure ending at ``i`` is one ("One police officer", "1 crew member")."""
    words = text[max(0, i - 12) : i].split()
    return bool(words) and (words[-1] == "1" or lex.UNITS.get(words[-1].lower()) == 1)


# How far back a relative clause's opener may stand from a word of the clause.
_CLAUSE_REACH = 5


def _relative_before(words: list[re.Match[str]], k: int, lex: Lexicon) -> int | None:
    """The index of a relative pronoun opening a clause that ``words[k]`` is in, with a
    word before it the clause may describe, or None."""
    for j in range(k - 1, max(0, k - 1 - _CLAUSE_REACH), -1):
        if words[j].group().lower() in lex.RELATIVE_PRONOUNS:
            return j
    return None


def _unknown_plural(low: str, lex: Lexicon) -> bool:
    """A word WordNet does not know in any sense that reads as a plural ("carers",
    "e-scooters", "vapes"): a newer noun, which goes on the phrase ("indoors" is known,
    and no noun)."""
    return low.endswith("s") and not is_common(low, lex)


def _time_scope(text: str, i: int, lex: Lexicon) -> bool:
    return lex.patterns["period"].match(text, i) is not None


def _noun_word(low: str, lex: Lexicon) -> bool:
    return low not in lex.STOPWORDS and low not in lex.COMMON_VERBS and nouns.is_noun(low)


def numbered_name(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the word at ``text[start:end]`` is a time unit named by the number after it:
    capitalised, singular, and a number right after ("Year 8 pupils", "on Day 3"), so no
    length of time and no noun of its own ("5 Years 2 Months" stays a length)."""
    word = text[start:end]
    low = word.lower()
    return (
        word[:1].isupper()
        and (lex.TIME_UNITS.get(low) == low or low + "s" in lex.time_symbols)  # "Yr 9"
        and text[end : end + 1] in " \t"
        and text[end + 1 : end + 2].isdigit()
    )


_DIGIT_RUN = lazy_pattern(r"\s\d+")


# WordNet's class of the nouns of times ("year", "Tuesday", "yesterday").
_TIME = "time"


def _names_change(text: str, word: re.Match[str], lex: Lexicon) -> bool:
    """Whether ``word`` (a match of ``_WORD_AFTER``) after a figure is a noun of change in
    the singular that ends its phrase, which no figure counts: "a 14,000 drop in claims",
    "a $2m rise last year", "a 0.25 point cut yesterday" (the size of the change;
    claimdiff.extract.direction reads its direction).  Not a metric ("a £3m loss" is a
    level), nor a plural ("12 cuts", "30 falls": counted), nor a word before a noun it
    describes ("100 cut flowers", "40 fall victims", "a $50m growth fund")."""
    low = word["w"].lower()
    if low not in lex.direction.CHANGE_NOUNS or low in lex.METRICS or plural(low):
        return False
    nxt = _WORD_AFTER.match(text, word.end())
    if nxt is None:
        return True
    after = nxt["w"].lower()
    if after in lex.STOPWORDS or after in lex.COMMON_VERBS:
        return True
    # A noun after it, other than a time's ("last year", "yesterday", "weeks before"), is
    # the noun it describes: "a $50m growth fund", "a $2m cut plan", "100 cut flowers".
    return nouns.noun_class(after) in (None, _TIME) if lex.WORDNET_NOUNS else not plural(after)


def noun_after(
    text: str,
    i: int,
    lex: Lexicon,
    *,
    allow_of: bool = True,
    require_of: bool = False,
    counters: bool = True,
    changes: bool = False,
) -> tuple[str, int] | None:
    """(head noun, end of phrase) of the noun phrase right after offset ``i``, or None.

    >>> from claimdiff.lexicon import get_lexicon
    >>> noun_after(" of its investigators working", 0, get_lexicon())
    ('investigators', 21)

    ``changes``: a noun of change ends the phrase (:func:`_names_change`), as after a count
    or an amount whose noun is read; not after a length or a measure said before its noun
    ("a three-day hike", "a 20-metre drop": what lasted or what was measured), nor where
    a noun after a word is asked about ("a third weekly gain": an ordinal, not a share).
    """
    j = i
    if allow_of:
        of = _OF_WORD.match(text, i)
        if of is not None:
            j = of.end()
            det = _WORD_AFTER.match(text, j)
            if det is not None and det["w"].lower() in lex.NOUN_DETERMINERS:
                j = det.end()
            owner = _POSSESSIVE.match(text, j)
            if owner is not None and owner["w"].lower() not in lex.STOPWORDS:
                j = owner.end()  # not "what's", "it's": a verb's contraction
        elif require_of:
            return None
    if lex.patterns["spaced_period"].match(text, j) is not None:
        return None  # "fell to 1,624 last year": a time scope, not what is counted
    if not lex.NAMES_BY_CAPITALS:
        return _capitalised_noun(text, j, lex)
    head: tuple[str, int] | None = None
    acronym = False
    periods_only = True  # every word so far one of a period ("annual", "year-on-year")
    before_periods: tuple[str, int] | None = None  # the last head that was no period
    for _ in range(_MAX_NP_WORDS):
        m = _WORD_AFTER.match(text, j)
        if m is None or text.startswith(lex.NEGATION_CLITICS, m.end()):
            break  # a verb's contracted negation: "1,000 don't agree" counts no "don"
        w = m["w"]
        low = w.lower()
        if head is None and low in lex.COMPARATIVES_BEFORE_NOUNS:
            j = m.end()  # "40 more nurses", "300 fewer jobs": the noun follows
            continue
        if changes and _names_change(text, m, lex):
            # "a 14,000 drop in claims", "a $2m rise", "a 0.5 percentage point jump": the
            # size of a change, its noun no part of what is counted; nor a period said
            # before it ("a 14,000 annual drop", "a 30 point weekly gain").
            if periods_only:
                return None
            head = before_periods  # "a 30 point weekly gain": the point's
            break
        period = low in lex.direction.PERIODS_AFTER
        periods_only = periods_only and period
        if (low in lex.TIME_UNITS or low in lex.time_symbols) and numbered_name(
            text, m.start("w"), m.end("w"), lex
        ):
            number = _DIGIT_RUN.match(text, m.end("w"))
            j = number.end() if number is not None else m.end()
            continue  # "120 Year 8 pupils": the name stands before what is counted
        if (
            head is None
            and low in lex.COMMON_VERBS
            and after_a_number(text, i, lex)
            and counted_after_figure(low, lex)
        ):
            pass  # "the loss of 41 lives", "scored 112 runs": no verb agrees with "41"
        elif (
            low in lex.STOPWORDS
            or low in lex.PHRASE_ENDING_WORDS
            or low in lex.COMMON_VERBS
            or low in lex.UNITS
            or low in lex.TENS
        ):
            break
        if low in lex.ADVERBS_AFTER_FIGURES:
            break
        if low in lex.MONTHS:
            break
        first = low.split("-", 1)[0]
        if first != low and (first in lex.UNITS or first in lex.TENS or first in lex.SCALES):
            break  # "the three-ton satellites": a figure of its own, not a noun
        if "-" in low and low.endswith(("ed", "ing")):
            j = m.end()  # "Covid-related", "long-serving": a modifier before the noun
            continue
        if head is not None and (low.endswith("ing") or low.endswith("ed")):
            break  # "investigators working inside": the phrase has ended
        if head is None and low.endswith("ed") and not nouns.noun_classes(low):
            break  # "of which 230 converted": a verb, no noun
        if head is not None and plural(head[0]) and not w[0].isupper() and not acronym:
            # An acronym in capitals ends in "s" as it may ("11 NHS trusts", "300 SES
            # volunteers"): no plural, it names the noun after it.
            if not describes_next(head[0], low):
                # A plural noun ends the phrase ("children transferred"; not "bus
                # drivers"), except one WordNet lists in the plural ("maths", "arms",
                # "sales") before a plural no verb makes, which it describes ("12 maths
                # teachers", "40 arms dealers").
                break
        if head is not None and not w[0].isupper() and _plural_without_s(head[0], lex):
            if not plural(low) and not _one_before(text, i, lex):
                # "3,000 people cross it each day"; not "200 police officers", nor "One
                # police officer", where the noun is no plural.
                break
        if head is not None and not w[0].isupper() and _ends_phrase(text, head[0], m, lex):
            break
        head = (low, m.end())
        if not period:
            before_periods = head
        acronym = len(w) > 1 and w.isupper()
        j = m.end()
    if counters and head is not None and head[0] in lex.COUNTER_NOUNS | lex.PEOPLE_COUNTERS:
        # "30 pieces of jewellery", "200 head of cattle": what is counted follows "of"
        # (once: "pieces of pieces of …" is no deeper).
        counted = noun_after(text, head[1], lex, require_of=True, counters=False)
        people = head[0] not in lex.PEOPLE_COUNTERS or (
            counted is not None and nouns.noun_class(counted[0]) == "person"
        )
        if counted is not None and people:
            return counted
    return head


def _capitalised_noun(text: str, j: int, lex: Lexicon) -> tuple[str, int] | None:
    """The head noun after ``j`` where every noun is capitalised (German): the first
    capitalised word, past adjectives in lower case ("27 gesperrten Straßen")."""
    for _ in range(_MAX_NP_WORDS):
        m = _WORD_AFTER.match(text, j)
        if m is None:
            return None
        low = m["w"].lower()
        if low in lex.STOPWORDS or low in lex.COMMON_VERBS or low in lex.MONTHS:
            return None
        if low in lex.UNITS or low in lex.TENS:
            return None
        if m["w"][0].isupper():
            return low, m.end()
        j = m.end()
    return None


def noun_before(text: str, start: int, lex: Lexicon, lo: int) -> str | None:
    """The noun a figure is "of" ("a budget of", "funding of nearly …"), or None."""
    # Not max(): a call of it costs some 100 ns on Python 3.11 (see extract.scan.scan).
    window = text[start - 40 if start - 40 > lo else lo : start]
    last = window[-7:].rsplit(None, 1)[-1:]
    if not last or last[0].lower() not in _OF_WORDS:
        return None  # only "… of", "… in", "… worth" right before the figure
    m = _NOUN_OF_BEFORE.search(window)
    if m is not None and m["w"].lower() not in lex.STOPWORDS:
        return m["w"].lower()
    return None


def money_noun(text: str, span: Span, lex: Lexicon, clause: Span) -> str | None:
    """What an amount of money is for, or None.

    In order: the noun it is "of" ("a budget of £5m"); the noun phrase it is
    "for", "in", "of" or "on", right after it or after a verb ("£12m for roads",
    "$5m in aid", "£21m set aside for highways", "£2m of upgrades"); the verb of
    giving or spending before it ("pledged" → pledge); the subject of a linking
    or change verb ("Debt reached $3 trillion").  Never the subject of another
    verb: in "The retailer agreed to pay £2m" the retailer pays.
    """
    before = noun_before(text, span[0], lex, clause[0])
    if before is not None:
        return before
    found = money_noun_after(text, span[1], lex, clause[1])
    if found is not None:
        return found
    # The nearest verb of giving or spending before the amount, within the clause.
    window = text[span[0] - 40 if span[0] - 40 > clause[0] else clause[0] : span[0]]
    if window and not window.isspace():  # a word to read: not an amount opening a clause
        verbs = lex.MONEY_VERB_NOUNS
        if window.isascii():  # lower-casing keeps each letter a letter, and the runs
            lows = _ASCII_WORD.findall(window.lower())
        else:
            lows = [w.lower() for w in _LETTERS.findall(window)]
        # Most windows hold no such verb: one test in C spares the loop.
        if not verbs.keys().isdisjoint(lows):
            for w in reversed(lows):
                noun = verbs.get(w)
                if noun is not None:
                    return str(noun)
    return subject_before(text, span[0], lex, clause, strict=True)


def money_noun_after(text: str, end: int, lex: Lexicon, hi: int) -> str | None:
    """What the amount ending at ``end`` is "for", "in", "of" or "on" after it, in its
    clause (ending at ``hi``): "£12m for roads", "$5m in aid"; not a time ("£18.5m in
    the last financial year").  All :func:`money_noun` finds for an amount opening its
    clause, with no word before it to read."""
    # The pattern opens with white space: an amount before a mark ("£5m,") is not tried.
    after = _FOR_AFTER.match(text, end, hi) if text[end : end + 1].isspace() else None
    if after is not None:
        found = noun_after(text, after.end() - 1, lex, allow_of=False)
        if found is not None and not _a_time(found[0], lex):
            return found[0]
    return None


def _a_time(word: str, lex: Lexicon) -> bool:
    """A word of time, which no amount is for: "in the last financial year", "fined
    £48,000 on Thursday", "in May"."""
    return (
        word in lex.TIME_UNITS
        or word in lex.TIME_NOUNS
        or word in lex.WEEKDAYS
        or (word in lex.MONTHS and word not in lex.MONTHS_AS_NAMES)
    )


# "for roads", "in aid", "set aside for highways", "earmarked for the library service":
# at most two words (a verb and a particle) between the amount and the preposition.
_FOR_AFTER = compile_pattern(
    r"(?:\s+[^\W\d_]+){0,2}?\s+(?:for|in|of|on)(?:\s+(?:the|its|their|a|an|new))?\s",
    re.IGNORECASE,
)


_LETTERS = compile_pattern(r"[^\W\d_]+")
# How far before a figure its subject's phrase may start: "The cost of the new stadium in
# Everton's docklands has risen to £760m".
_SUBJECT_REACH = 100
_SUBJECT_WORD = lazy_pattern(r"[^\W\d_][^\W\d_’'\-]*")
_ASCII_WORD = compile_pattern(r"[A-Za-z]+")  # _SUBJECT_WORD's matches in ASCII


def subject_before(
    text: str, start: int, lex: Lexicon, clause: Span, *, strict: bool = False
) -> str | None:
    """The nearest content word before a figure in its clause ("inflation rose to 4.2%").

    ``strict`` (for money) passes over linking and change verbs only ("Debt
    reached $3 trillion"): in "The retailer agreed to pay £2m" the retailer
    pays, and is not what the money is.
    """
    lo = start - _SUBJECT_REACH
    window = text[lo if lo > clause[0] else clause[0] : start]  # not max(): see scan()
    if not window or window.isspace():
        return None  # no word: a figure opening its clause, as each of a list does
    # In ASCII the words are the runs of ASCII letters: a pattern of ranges the engine
    # tests with one look-up a character, where the category classes cost it calls.
    words = list((_ASCII_WORD if window.isascii() else _SUBJECT_WORD).finditer(window))
    k = len(words)
    while k > 0:
        k -= 1
        m = words[k]
        low: str = m.group().lower()
        if low in lex.STOPWORDS or low in lex.LEFT_SKIP or low in lex.COMMON_VERBS:
            continue
        if low in lex.TIME_UNITS or low in lex.TIME_NOUNS:
            # A time scope is no subject, nor its phrase: "Spending on potholes this year
            # rose", "in the third quarter".
            prep = preposition_before(words, k, lex)
            if prep is not None and all(in_noun_phrase(w, lex) for w in words[prep + 1 : k]):
                k = prep  # "in the third quarter": past its phrase, to the words before
            continue
        if low in lex.MONTHS:
            continue  # "lag im Mai bei 2,4 Prozent", "in May, prices rose 3%"
        # Words of an earlier figure are not its subject: "$10 million", "$2m".
        if (m.start() and window[m.start() - 1].isdigit()) or low in lex.SCALES:
            continue
        if low in lex.currency_words or low.split("-")[0] in lex.hedge_heads:
            continue
        if low.endswith("ed") or (low.endswith("s") and low[:-1] in lex.COMMON_VERBS):
            if strict:
                return None
            continue
        opener = _relative_before(words, k, lex)
        if opener is not None:
            # "adults in Wales who smoke has fallen", "Rents in London where demand is
            # highest rose": the word is the relative clause's; the subject is before it.
            k = opener
            continue
        return head_of(words, k, lex)
    return None


def linked_subject(text: str, start: int, lex: Lexicon, clause: Span) -> str | None:
    """The word a figure is said of through a linking or change verb only ("prices rose
    to 40", "the temperature was 40"), or None: after any other verb the figure is an
    object ("the Green Party won 12"), and a word that points back ("a further 120")
    says the figure counts what an earlier one did."""
    window = text[max(clause[0], start - 60) : start]
    linked = False  # a linking or change verb seen between the word and the figure
    for m in reversed(list(_SUBJECT_WORD.finditer(window))):
        low: str = m.group().lower()
        if low in lex.LINKING_VERBS or low in lex.LEFT_SKIP:
            linked = linked or low in lex.LINKING_VERBS
            continue
        if low in lex.STOPWORDS or low in lex.MONTHS:
            continue  # "lag im Mai bei 2,4 Prozent"
        if low in lex.COMMON_VERBS or low.endswith("ed") or low in lex.COUNTED_AGAIN_WORDS:
            return None
        if (m.start() and window[m.start() - 1].isdigit()) or low in lex.SCALES:
            return None  # an earlier figure's words
        return low if linked else None  # "will hire 40": an object, no subject
    return None


def clause_break_in(text: str, lo: int, hi: int) -> bool:
    """Whether a clause break (as :func:`clause_of` reads them) stands in ``text[lo:hi]``."""
    return lo < hi and _CLAUSE_BREAK.search(text, lo, hi) is not None


def clause_of(text: str, sentence: Span, span: Span) -> Span:
    """The clause of ``sentence`` holding ``span``: cut at ; : ( ) dashes and ", "."""
    lo, hi = sentence
    for m in _CLAUSE_BREAK.finditer(text, sentence[0], sentence[1]):
        if m.end() <= span[0]:
            lo = m.end()
        elif m.start() >= span[1]:
            hi = m.start()
            break
    return lo, hi


def context_words(
    text: str, clause: Span, lex: Lexicon, words: WordIndex | None = None
) -> tuple[str, ...]:
    """The content words of a clause, lower case, for alignment.

    ``words``, the words of the sentence holding the clause, saves reading them
    again for each figure.
    """
    if words is not None:
        return words.content(clause[0], clause[1], lex.STOPWORDS)
    return content_words(text[clause[0] : clause[1]], lex.STOPWORDS)


class ClauseWords:
    """The context words of the clauses of one sentence, the last clause's kept.

    Figures of one clause ("rose from $10m to $12m") come one after another and share
    its words: each clause is read once, not once per figure (issue 12).  Given the
    sentence's ``span``, its words are indexed once (:class:`~claimdiff.text.WordIndex`)
    the first time a clause overlaps one read before, as the windows of the figures of
    one long clause do; clauses apart ("£1.2m, $3bn, 45%") are read alone, which costs
    them no more than a look-up and spares the index.  In such a sentence the clauses
    read alone are kept by their text: a table or a list of figures repeats the same
    few ("£1.2m, $3bn, 45%, 12 km; £1.2m, …"), each then read once.  They do not
    overlap, so together they hold no more than the sentence.
    """

    __slots__ = (
        "_alone", "_clause", "_found", "_read_to", "_span", "_stopwords", "_text", "_words",
    )  # fmt: skip

    def __init__(self, text: str, lex: Lexicon, span: Span | None = None) -> None:
        self._text = text
        self._stopwords = lex.STOPWORDS
        self._span = span
        self._words: WordIndex | None = None
        self._read_to = -1  # where the clauses read alone so far end, at the furthest
        self._clause: Span = (0, -1)
        self._found: tuple[str, ...] = ()
        # Clauses read alone by their text, in a sentence of many figures only.
        self._alone: dict[str, tuple[str, ...]] | None = None if span is None else {}

    def of(self, clause: Span) -> tuple[str, ...]:
        """``context_words`` of ``clause``, a part of the sentence."""
        if clause != self._clause:
            # What context_words does, without its call: this runs for every figure.
            lo, hi = clause
            if self._words is None and self._span is not None and lo < self._read_to:
                self._words = WordIndex(self._text, self._span[0], self._span[1])
            if self._words is not None:
                self._found = self._words.content(lo, hi, self._stopwords)
            else:
                piece = self._text[lo:hi]
                alone = self._alone
                found = None if alone is None else alone.get(piece)
                if found is None:
                    found = content_words(piece, self._stopwords)
                    if alone is not None:
                        alone[piece] = found
                self._found = found
                self._read_to = hi if hi > self._read_to else self._read_to  # not max()
            self._clause = clause
        return self._found


def period_of(text: str, sentence: Span, clause: Span, span: Span, lex: Lexicon) -> str | None:
    """The time scope of a figure: a year or phrase in its clause ("for 2023", "this year")."""
    for lo, hi in (clause, sentence) if clause != sentence else (clause,):
        found = _period_in(text, lo, hi, span, lex)
        if found is not None:
            return found
        if (lo, hi) == clause:
            ana = lex.patterns["anaphoric_period"].search(text, lo, hi)
            if ana is not None:
                # "for the year" is the year already named earlier in the sentence.
                earlier = [y for y in _YEAR.finditer(text, sentence[0], ana.start())]
                if earlier:
                    return earlier[-1]["year"]
    return None


def _period_in(text: str, lo: int, hi: int, span: Span, lex: Lexicon) -> str | None:
    for y in _YEAR.finditer(text, lo, hi):
        if span[0] <= y.start() < span[1]:
            continue
        prev = text[max(lo, y.start() - 10) : y.start()].split()
        if prev and prev[-1].lower() in lex.YEAR_CUES:
            return y["year"]
    p = lex.patterns["period"].search(text, lo, hi)
    if p is not None:
        return " ".join(p["period"].lower().split())
    return None
