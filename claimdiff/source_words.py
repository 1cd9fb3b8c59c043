"""What a source writes, indexed once, so that an output's names are looked up, never
searched for: its words (sorted, for prefixes), its tokens and pairs of tokens (for
numbered names, "Tier 2"), the initials of its runs of words (for acronyms), and the
places its demonyms name.  Built in time linear in the source (claimdiff/invented.py).
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata

from claimdiff.lexicon import Lexicon
from claimdiff.pattern_code import compile_pattern

__all__ = ["SourceWords", "fold"]

# A word, with inner apostrophes and ampersands ("O'Neill", "AT&T").
WORD = compile_pattern(r"[^\W_]+(?:['’&][^\W_]+)*")
# Acronyms up to this long are looked for as the initials of a run of words, small
# words among them or left out ("funds from operations": FFO; "Bank of England": BoE).
MAX_INITIALS = 6
_DASHES = str.maketrans({"–": "-", "‐": "-", "—": "-", "’": "'"})
# Prefixes kept of a hyphenated token ("covid" and "covid-19" of "covid-19-related"):
# a few, so that a run of hyphens costs linear memory.
_HEADS_PER_TOKEN = 3
_PARTS = compile_pattern(r"\d+|[^\W\d_]+")
# What ends a token of prose: punctuation around it, not inside ("Tier 2," → "tier 2").
_EDGES = "\"'“”‘’()[]{}.,;:!?"


def fold(text: str) -> str:
    """Lower case, accents off, one kind of dash and apostrophe: "Łódź" → "lodz"."""
    text = text.lower().translate(_DASHES)
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.replace("ł", "l"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class SourceWords:
    """The source's words, tokens and initials, in forms the name rules look up."""

    def __init__(self, source: str, lex: Lexicon) -> None:
        folded = fold(source)
        self.words = sorted({w.replace(".", "") for w in WORD.findall(folded.replace(".", ""))})
        self._wordset = frozenset(self.words)
        # Words the source writes with a capital: what a name's prefix or stem must meet
        # ("Harris" is no prefix of "harrowing", "Marketa" no form of "market").
        self.names = sorted(
            {fold(w) for w in WORD.findall(source.replace(".", "")) if w[:1].isupper()}
        )
        tokens = [t.strip(_EDGES) for t in folded.split()]
        tokens = [t for t in tokens if t]
        pairs = [f"{a} {b}" for a, b in itertools.pairwise(tokens)]
        # "3 pm" is written "3pm" too; "over 65" "over-65".
        # "covid-19" is written in "covid-19-related" too, "9" in "9/11", "3" in "3pm".
        heads = [
            t[: i.start()]
            for t in tokens
            if "-" in t
            for i in itertools.islice(re.finditer("-", t), _HEADS_PER_TOKEN)
        ]
        heads += [p for t in tokens if not t.isalpha() for p in _PARTS.findall(t)]
        self.tokens = frozenset(
            [*tokens, *heads, *pairs, *(p.replace(" ", "") for p in pairs)]
            + [p.replace(" ", "-") for p in pairs]
        )
        self.places = frozenset(p for w in self.words for p in lex.DEMONYMS.get(w, ()))
        self._runs = WORD.findall(folded)
        self._initials: frozenset[str] | None = None

    def starts_a_word(self, prefix: str) -> bool:
        k = bisect.bisect_left(self.words, prefix)
        return k < len(self.words) and self.words[k].startswith(prefix)

    def is_word(self, word: str) -> bool:
        return word in self._wordset

    def is_name(self, word: str) -> bool:
        """Whether the source writes ``word`` with a capital."""
        k = bisect.bisect_left(self.names, word)
        return k < len(self.names) and self.names[k] == word

    def starts_a_name(self, prefix: str) -> bool:
        """Whether a word the source writes with a capital starts with ``prefix``."""
        k = bisect.bisect_left(self.names, prefix)
        return k < len(self.names) and self.names[k].startswith(prefix)

    def writes(self, name: str) -> bool:
        """Whether the source writes ``name`` (folded, one or two tokens) as a whole."""
        return name in self.tokens

    def initials(self, acronym: str) -> bool:
        """Whether some run of source words has ``acronym``'s letters as initials, small
        words in or left out: "NHS" (National Health Service), "FFO" (funds from
        operations), "BoE" (Bank of England)."""
        if self._initials is None:
            self._initials = _initials(self._runs)
        return acronym in self._initials


_SMALL_WORDS = frozenset("of and for the from per on in at to de".split())


def _initials(words: list[str]) -> frozenset[str]:
    """The initials of every run of 2 to MAX_INITIALS words, and of every run of as many
    words that are not small: about 10 strings per word, once per source."""
    out: set[str] = set()
    firsts = [w[0] for w in words]
    big = [w[0] for w in words if w not in _SMALL_WORDS]
    for seq in (firsts, big):
        for k in range(len(seq)):
            for n in range(2, MAX_INITIALS + 1):
                if k + n <= len(seq):
                    out.add("".join(seq[k : k + n]))
    return frozenset(out)
