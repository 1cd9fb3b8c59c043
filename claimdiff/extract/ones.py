"""Counts of one in words: "One man was killed", "killed one person", "one new case".

"one" is the commonest number word and mostly counts nothing ("one of the", "no one",
"at one point", "one another", "Formula One", "One reason is", "the old one"), so the
scanner skips it unless it stands before something it counts: a singular noun one of
whose two commonest meanings is a thing, a living being, a place, a group, an event or an
act (not only an idea, a time, a state or a quantity: "One reason", "One morning", "one
problem"), right after
it or after one word that is no verb ("one new case", "One British soldier"); not after
or before a word that makes it no count, nor naming one person who then speaks ("One
witness said", "One victim, now 51, told the jury") (docs/claims.md, "Counts of one").
The words are English data (``ONE_NOT_AFTER``, ``ONE_NOT_BEFORE``, ``ONE_SPEAKER_VERBS``,
``ONE_COUNTED_CLASSES``).
"""

from __future__ import annotations

from claimdiff import nouns, verbs
from claimdiff.extract.amounts import Core
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon
from claimdiff.pattern_code import compile_pattern
from claimdiff.text import opens_sentence

__all__ = ["counts_noun_at", "counts_one"]

_WORD_BEFORE = lazy_pattern(r"(?<![\w’'-])(?P<w>[^\W\d_][\w’'-]*)\s+$")
_WORD_AFTER = compile_pattern(r"[ \t]+(?P<w>[^\W\d_]+)(?![\w’'-])")
# An aside after the counted noun, passed over to reach the verb ("One victim, now 51,
# told"): at most this many characters between its commas.
_ASIDE = lazy_pattern(r",[^,.;:!?]{1,40},")
# How far back the word before "one" is looked for.
_REACH = 30


def counts_one(text: str, core: Core, lex: Lexicon) -> bool:
    """Whether the word "one" of ``core`` counts the noun after it ("One firefighter was
    hurt", "killed one person", "one new case of measles")."""
    if not lex.ONE_NOT_BEFORE:
        return False
    start, end = core.number.start, core.number.end
    if text[end : end + 1] in ("-", "‑"):
        return False  # "a one-off", "a one-time ally"
    if text[start].isupper() and not opens_sentence(text, start):
        return False  # "Formula One", "Channel One"
    lo = max(0, start - _REACH)
    before = _WORD_BEFORE.search(text, lo, start) if _may_end_word(text, lo, start) else None
    if before is not None:
        low = before["w"].lower()
        if low in lex.ONE_NOT_AFTER or low in lex.LABEL_NOUNS:
            return False  # "no one", "not one", "at one point", "the old one", "phase one"
    return counts_noun_at(text, end, lex)


def _may_end_word(text: str, lo: int, hi: int) -> bool:
    """Whether :data:`_WORD_BEFORE` may match in ``text[lo:hi]``: white space ends it, after
    a word character, an apostrophe or a hyphen.  "one" after a quotation mark or a
    bracket ('was a "somber" one') is not looked at further, and a process meeting only
    those never compiles the pattern."""
    window = text[lo:hi]
    kept = window.rstrip()
    c = kept[-1:]
    return len(kept) < len(window) and c != "" and (c.isalnum() or c in _WORD_ENDS)


# What may end the word before "one" beside a word character (:data:`_WORD_BEFORE`).
_WORD_ENDS = frozenset("_’'-")


def counts_noun_at(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a count of one ending at ``end`` ("one", "a single") counts the noun
    after it: right after it, or after one word that is no verb ("one new case"), a
    thing a count of one counts (``ONE_COUNTED_CLASSES``), not one who then speaks."""
    first = _WORD_AFTER.match(text, end)
    if first is None or first["w"].lower() in lex.ONE_NOT_BEFORE:
        return False  # "one of", "one another", "one by one", "one last time"
    word = first["w"]
    # The noun right after "one" is what it counts ("One problem remains" counts no
    # problem); else one word that is no verb may stand before it ("one new case").
    noun = first if word[:1].islower() and nouns.is_noun(word.lower()) else None
    if noun is None:
        if verbs.bases(word.lower()):
            return False  # "One cannot help", "one must", "one hit"
        noun = _WORD_AFTER.match(text, first.end())  # "One British soldier"
        if noun is None or not noun["w"][:1].islower():
            return False
    if not _counted(noun["w"], lex) or _away(text, noun.end(), lex):
        return False
    return not _speaks(text, noun.end(), lex)


def _away(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a word after the counted noun makes the phrase no count ("one win away")."""
    after = _WORD_AFTER.match(text, end)
    return after is not None and after["w"].lower() in lex.ONE_NOT_AFTER_NOUN


def _counted(word: str, lex: Lexicon) -> bool:
    """A singular noun one of whose two commonest meanings is something a count of one
    counts ("goal" is an aim first, a score second)."""
    low = word.lower()
    if low in lex.ONE_NOT_BEFORE or nouns.lemma(low) != low or not nouns.is_noun(low):
        return False
    return any(c in lex.ONE_COUNTED_CLASSES for c in nouns.first_classes(low))


def _speaks(text: str, end: int, lex: Lexicon) -> bool:
    """Whether "one" and its noun, ending at ``end``, is someone or something that then
    speaks, an aside between them or not ("One witness said", "One source told", "One
    victim, now 51, told the jury"; not "One man, 45, died")."""
    aside = _ASIDE.match(text, end)
    after = _WORD_AFTER.match(text, aside.end() if aside is not None else end)
    if after is not None and after["w"].lower().endswith("ly"):
        after = _WORD_AFTER.match(text, after.end())  # "One witness later told"
    return after is not None and after["w"].lower() in lex.ONE_SPEAKER_VERBS
