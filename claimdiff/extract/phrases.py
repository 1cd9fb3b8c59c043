"""The phrase that names who speaks: the subject of a reporting verb, or what follows it.

"Kyiv says", "Russia has publicly said", "Lena Hart, the coach, said" (before the
verb); ", said Mr Khan on Monday", "according to police", "laut Polizei", "Am
Montag sagte der Minister" (after it).  Each function returns a span of the text
for :class:`claimdiff.extract.speakers.SpeakerIndex` to resolve; none knows who
the phrase names.  The word lists are the lexicon's (``lex.speech``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from claimdiff import nouns, verbs
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon.speech import Speech
from claimdiff.model import Span
from claimdiff.pattern_code import compile_pattern
from claimdiff.text import words

# The longest subject phrase we accept: longer ones are mis-parses
# ("Monday's meeting, hosted by …, saw Mr Raab" is cut at its commas first).
MAX_PHRASE_WORDS = 8
# The longest aside between a subject and its verb: "Grace Mwangi, whose son was
# hurt at the Fenwick care home, said".
MAX_PARENTHETICAL_WORDS = 12
# Lower-case words (articles, adjectives) a noun phrase may open with before its
# noun, where nouns are capitalised: "der zuständigen Behörde".
MAX_NOUN_MODIFIERS = 3

_WORD_AT = compile_pattern(r"\w*")
_COMMA_GAP = compile_pattern(r"\s*,\s*")


def subject_before(text: str, lo: int, verb: int, speech: Speech) -> Span | None:
    """The subject phrase that ends right before a reporting verb at ``verb``.

    Walks back over fillers ("has publicly said") and then over words, up to
    punctuation, a clause word or ``lo``.  Returns None when there is none,
    when punctuation parts it from the verb, or when the verb is negated
    ("has not said" attributes nothing).
    """
    toks = list(words(text, max(lo, verb - 160), verb))

    def blank_after(i: int) -> bool:
        nxt = toks[i + 1].start() if i + 1 < len(toks) else verb
        return not text[toks[i].end() : nxt].strip()

    i = len(toks) - 1
    passive = False
    while i >= 0 and toks[i].group().lower() in speech.VERB_FILLERS and blank_after(i):
        passive = passive or toks[i].group().lower() in speech.PASSIVE_AUXILIARIES
        i -= 1
    verb_word = _WORD_AT.match(text, verb)
    if passive and verb_word is not None and not verb_word.group().endswith("ing"):
        return None  # "Putin was accused of …": the subject is not the source
    if i < 0:
        return None
    if not blank_after(i):
        return _subject_with_parenthetical(text, toks, i, verb, speech)
    low = toks[i].group().lower()
    if low in speech.NEGATIONS or low in speech.DETERMINERS or low in speech.CLAUSE_BREAKS:
        return None  # "has not said", "an estimated 300", "… and said"
    return _walk_back(toks, i, blank_after, speech)


def subject_of(text: str, lo: int, verb: Span, hi: int, speech: Speech) -> Span | None:
    """Who speaks with the reporting verb at ``verb``, in ``text[lo:hi]``.

    English: the subject before the verb (:func:`subject_before`).  Where the verb
    comes second (German), a sentence opened by a time or place has its subject
    after the verb ("Am Montag sagte der Minister"), "Aus dem Ministerium hieß es"
    names its source before the verb, a negation follows the verb ("sagte nicht"),
    and a subject is a noun phrase ("das Amt" of "wie das Amt am Montag mitteilte").
    """
    if speech.NEGATIONS_AFTER_VERB:
        nxt = next(iter(words(text, verb[1], hi)), None)
        if nxt is not None and nxt.group().lower() in speech.NEGATIONS_AFTER_VERB:
            if not text[verb[1] : nxt.start()].strip():
                return None
    phrase = subject_before(text, lo, verb[0], speech)
    if phrase is None or not (speech.INVERTING_OPENERS or speech.NOUNS_CAPITALISED):
        return phrase
    opener = _WORD_AT.match(text, phrase[0])
    first = opener.group().lower() if opener is not None else ""
    if first in speech.SOURCE_OPENERS:
        return noun_phrase(text, opener.end() if opener else phrase[0], verb[0], speech)
    if first in speech.INVERTING_OPENERS:
        return phrase_after(text, verb[1], hi, speech)
    if speech.NOUNS_CAPITALISED and "," not in text[phrase[0] : phrase[1]]:
        return noun_phrase(text, phrase[0], verb[0], speech) or phrase
    return phrase


def coordinated(text: str, lo: int, verb: int, speech: Speech) -> bool:
    """Whether the reporting verb at ``verb`` follows "and", "but", "or" or "then"
    (fillers between allowed): it shares the subject of the verb before it."""
    toks = list(words(text, max(lo, verb - 60), verb))
    i = len(toks) - 1
    while i >= 0 and toks[i].group().lower() in speech.VERB_FILLERS:
        i -= 1
    return i >= 0 and toks[i].group().lower() in speech.COORDINATORS


def _walk_back(
    toks: list[re.Match[str]], end_i: int, blank_after: Callable[[int], bool], speech: Speech
) -> Span | None:
    """The phrase ending with ``toks[end_i]``: words back to punctuation or a clause word."""
    breaks = speech.CLAUSE_BREAKS
    i = end_i
    while (
        i > 0
        and blank_after(i - 1)
        and toks[i - 1].group().lower() not in breaks
        and end_i - i + 1 < MAX_PHRASE_WORDS
    ):
        i -= 1
    if toks[i].group().lower() in breaks:
        return None
    return toks[i].start(), toks[end_i].end()


def _subject_with_parenthetical(
    text: str, toks: list[re.Match[str]], last: int, verb: int, speech: Speech
) -> Span | None:
    """ "Lena Hart, the coach, said", "the coach, Lena Hart, said" and "Lena Hart, 50,
    said": subject and aside.

    ``toks[last]`` ends the aside, before a comma and the verb; the span returned
    runs from the subject to the end of the aside, and the speaker index picks
    the part that names a person.  None when the commas do not enclose an aside.
    """

    def gap(i: int) -> str:
        nxt = toks[i + 1].start() if i + 1 < len(toks) else verb
        return text[toks[i].end() : nxt]

    if not _COMMA_GAP.fullmatch(gap(last)):
        return None

    def joined(i: int) -> bool:
        """Whether nothing parts toks[i] from the next word but a space, or a comma
        inside a number ("1,400")."""
        g = gap(i)
        return not g.strip() or (
            g == "," and toks[i].group().isdigit() and toks[i + 1].group().isdigit()
        )

    j = last
    while j > 0 and joined(j - 1) and last - j + 1 < MAX_PARENTHETICAL_WORDS:
        j -= 1
    if j == 0 or not _COMMA_GAP.fullmatch(gap(j - 1)):
        return None
    opener = toks[j].group()
    # An age alone is an aside too ("Mr Jones, 50, said"; "aged 50" opens one), never
    # the digits after a thousands comma ("represents 1,400 members, said").
    age = j == last and opener.isdigit() and len(opener) <= 3 and gap(j - 1)[-1:].isspace()
    if not (opener.lower() in speech.ASIDE_OPENERS or opener[0].isupper() or age):
        return None
    before = toks[j - 1].group().lower()
    if before in speech.NEGATIONS or before in speech.DETERMINERS:
        return None
    head = _walk_back(toks, j - 1, lambda i: not gap(i).strip(), speech)
    return None if head is None else (head[0], toks[last].end())


def phrase_after(text: str, pos: int, hi: int, speech: Speech) -> Span | None:
    """The noun phrase starting at ``pos``: words up to punctuation, a clause word or a preposition.

    "of" is kept inside ("the head of the agency"); other prepositions end the
    phrase ("said Khan on Monday" is Khan).  Where nouns are capitalised, the
    phrase is read as one (:func:`noun_phrase`).
    """
    if speech.NOUNS_CAPITALISED:
        return noun_phrase(text, pos, hi, speech)
    first: re.Match[str] | None = None
    last: re.Match[str] | None = None
    for m in words(text, pos, hi):
        low = m.group().lower()
        gap = text[(last.end() if last is not None else pos) : m.start()]
        if gap.strip() or low in speech.CLAUSE_BREAKS:
            break
        if first is not None and low in speech.PREPOSITIONS and low != "of":
            break
        if last is not None and _participle_after_noun(m.group(), last.group()):
            nxt = _NEXT_WORD.match(text, m.end())
            if nxt is None or not _noun_after_participle(nxt.group(1), speech):
                break  # "government data released on Tuesday"; not "latest published figures"
        if first is None:
            first = m
        last = m
        if last.start() - first.start() > 120:
            break
    if first is None or last is None:
        return None
    if first.group()[0].islower():
        # "said the head teacher, Daniel Okafor." and "according to the club's
        # chairman, Omar Wells, “…": a name in apposition to a description.
        name = _NAME_APPOSITION.match(text, last.end(), hi)
        if name is not None:
            return first.start(), name.end()
    return first.start(), last.end()


_NEXT_WORD = lazy_pattern(r"[ \t]+([^\W\d_]+)")


def _noun_after_participle(word: str, speech: Speech) -> bool:
    low = word.lower()
    return low not in speech.PREPOSITIONS and nouns.is_noun(low)


def _participle_after_noun(word: str, before: str) -> bool:
    """Whether ``word`` is a verb's form in lower case and no noun ("released",
    "published", "seen") right after a noun in lower case ("data", "figures")."""
    low = word.lower()
    return (
        word[:1].islower()
        and before[:1].islower()
        and low.endswith(("ed", "en", "wn"))
        and bool(verbs.bases(low))
        and not nouns.is_noun(low)
        and nouns.is_noun(before.lower())
    )


# A capitalised name of up to four words after a comma, ending at punctuation,
# a quotation mark or the end: the name of the description before it.
_NAME_APPOSITION = lazy_pattern(
    r",[ \t]+(?:[A-Z][\w'’.-]*[ \t]){0,3}[A-Z][\w'’-]*(?=[ \t]*(?:[,.;:!?”\"’]|$))"
)


def noun_phrase(text: str, pos: int, hi: int, speech: Speech) -> Span | None:
    """A noun phrase where nouns are capitalised: "die Polizei" of "teilte die Polizei
    mit", "Polizei" of "Laut Polizei wurden …", "ein Sprecher der Bundesagentur für
    Arbeit", "Finanzminister Peter Brandt".

    Lower-case words before a noun (articles, adjectives) and capitalised words
    are kept; after a noun, only a link (``PHRASE_LINKS``: "der", "für") goes on to
    another noun.  A pronoun alone is a phrase ("sagte sie").  The phrase ends with
    its last capitalised word.
    """
    first: re.Match[str] | None = None
    end = -1
    expect_noun = True
    modifiers = 0
    prev = pos
    abbreviated = False  # the word before is a title's abbreviation: "Dr. Meier"
    for m in words(text, pos, hi):
        w = m.group()
        low = w.lower()
        gap = text[prev : m.start()].strip()
        if gap and not (abbreviated and gap == "."):
            break  # punctuation ends a source's phrase
        if low in speech.CLAUSE_BREAKS or w[0].isdigit():
            break  # so do a clause word and a figure
        abbreviated = low in speech.TITLE_ABBREVIATIONS
        if w[0].isupper():
            first = first or m
            end = m.end()
            expect_noun = False
        elif first is None and (low in speech.PERSON_PRONOUNS or low in speech.OTHER_PRONOUNS):
            return m.span()
        elif expect_noun and modifiers < MAX_NOUN_MODIFIERS:
            first = first or m
            modifiers += 1
        elif not expect_noun and low in speech.PHRASE_LINKS:
            expect_noun, modifiers = True, 0
        else:
            break
        prev = m.end()
        if first is not None and m.start() - first.start() > 120:
            break
    if first is None or end < 0:
        return None
    return first.start(), end
