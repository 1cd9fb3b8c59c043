"""What a bare count counts when its sentence named the thing already.

News copy names a noun once and counts it again bare: "1,100 jobs would be cut,
including 350 at Sunderland"; "Labour won 34 seats, up from 27"; "The trust
recruited 140 nurses, and 60 of them are on wards"; "Of the 86 schools
inspected, 23 were rated inadequate".  A count with no noun of its own takes
the noun of a count before it in its sentence: the nearest, or, when it points
back with "of them" or "of whom" (a group of people, the sentence's subject),
the first ("The 36 inspectors visited 210 care homes, and five of them
resigned").  A bare count said to be a plural noun counts that noun first: "of
whom 1.1 million are men", "12 were children" (:func:`complement`).  A figure
the text says is "of" something ("a budget of 5") keeps that; without a count
before it, the subject is read as before.
"""

from __future__ import annotations

from claimdiff import nouns
from claimdiff.extract.members import COUNT
from claimdiff.lexicon import Lexicon
from claimdiff.model import Claim, Span
from claimdiff.pattern_code import compile_pattern

__all__ = ["antecedent", "complement", "counted", "part_of_whole", "whole_noun"]

_COMPLEMENT = compile_pattern(
    r"[ \t\u00a0]+(?P<verb>[a-z]+)[ \t\u00a0]+(?P<noun>[a-z]+)(?![\w’'-])"
)


def complement(text: str, span: Span, lex: Lexicon) -> str | None:
    """The plural noun a bare count is said to be ("1.1 million are men"), or None.

    The word must be a plural WordNet knows as a noun (its lemma differs from it):
    "12 were injured", "5 were missing" say what befell them, not what they are.
    """
    m = _COMPLEMENT.match(text, span[1])
    if m is None or m["verb"] not in lex.COPULAS:
        return None
    word = m["noun"]
    if nouns.noun_class(word) is None or nouns.lemma(word) == word:
        return None
    return word


# The words between a bare count and a whole it is part of: "of the ", "of the council's ".
_OF_WHOLE = compile_pattern(r"[ \t\u00a0]+of(?:[ \t\u00a0]+[^\W\d_]+(?:['’]s?)?){0,2}[ \t\u00a0]+")


def part_of_whole(text: str, span: Span, whole: int, lex: Lexicon) -> bool:
    """Whether the bare count at ``span`` is part of the count whose figure begins at
    ``whole`` ("won 43 of the 55 seats", "12 of its 40 stores", "34 of the council's 60
    seats": "of", then at most two words, each one of the lexicon's ``PARTITIVE_WORDS`` or
    a possessive)."""
    if not lex.PARTITIVE_WORDS or _OF_WHOLE.fullmatch(text, span[1], whole) is None:
        return False
    between = text[span[1] : whole].split()[1:]
    return all(
        w.lower() in lex.PARTITIVE_WORDS or w.endswith(("'s", "’s", "'", "’")) for w in between
    )


# "of" right after a bare count, then the tokens after it (a whole's words and figure).
_OF_AFTER = compile_pattern(r"[ \t\u00a0]+of(?=[ \t\u00a0])")
_TOKEN = compile_pattern(r"[^\s]+")
# How many words may stand between "of" and the whole's figure (part_of_whole), and how many
# after the figure may name what it counts ("29 emergency departments").
_BETWEEN = 2
_NOUN_WORDS = 3


def whole_noun(text: str, span: Span, noun: str, lex: Lexicon) -> bool:
    """Whether ``noun`` counts the whole right after the bare count at ``span`` that is
    part of it ("43 of the 55 seats", "Seventeen of the country's 29 emergency
    departments", "nine of its forty branches"), as :func:`part_of_whole` reads it."""
    m = _OF_AFTER.match(text, span[1], span[1] + 4)
    if m is None:
        return False
    tokens = list(_TOKEN.finditer(text, m.end(), m.end() + 120))
    for k, t in enumerate(tokens[: _BETWEEN + 1]):
        word = t.group().lower().rstrip(".,;:")
        if word[:1].isdigit() or _number_word(word, lex):
            if not part_of_whole(text, span, t.start(), lex):
                return False
            after = (w.group().lower().strip(".,;:") for w in tokens[k + 1 : k + 1 + _NOUN_WORDS])
            return noun.lower() in after
    return False


def antecedent(text: str, span: Span, nouns: tuple[str, str] | None, lex: Lexicon) -> str | None:
    """The noun of the count a bare count at ``span`` stands for, or None.

    ``nouns`` are the nouns of the first and the last count before it in its
    sentence that have one (None when none has): kept by the caller as it reads
    the sentence, so a sentence of many figures costs no rescan per figure.
    """
    if nouns is None:
        return None
    start, end = span
    after = text[end : end + _REACH].lower().lstrip(" \t\u00a0")
    before = text[max(0, start - _REACH) : start].lower().rstrip(" \t\u00a0")
    cues = lex.ANAPHORIC_COUNT_CUES
    if any(_starts_with(after, cue) or _ends_with(before, cue) for cue in cues):
        return nouns[0]  # "60 of them", "of whom 18"
    return nouns[1]


def counted(claim: Claim, nouns: tuple[str, str] | None) -> tuple[str, str] | None:
    """``nouns`` (first, last) once ``claim`` is read: a count with a noun becomes the last."""
    if claim.kind is not COUNT or not claim.noun:
        return nouns
    return (claim.noun, claim.noun) if nouns is None else (nouns[0], claim.noun)


# Enough characters after a figure for the longest cue ("of those").
_REACH = 16


def _starts_with(s: str, phrase: str) -> bool:
    return s.startswith(phrase) and not s[len(phrase) : len(phrase) + 1].isalpha()


def _ends_with(s: str, phrase: str) -> bool:
    return s.endswith(phrase) and not s[-len(phrase) - 1 : -len(phrase)].isalpha()


def _number_word(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` is a number in words ("forty", "twenty-two")."""
    return all(part in lex.UNITS or part in lex.TENS for part in word.split("-"))
