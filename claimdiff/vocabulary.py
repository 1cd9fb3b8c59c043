"""Whether a word is a common word of the language, not a name: WordNet's vocabulary.

``lexicon/data/words.txt`` holds every lemma WordNet writes in lower case, and their
irregular forms (written by :mod:`claimdiff.lexicon.build_vocabulary`).  A word is
common when it, or its base by one of the lexicon's regular endings (``INFLECTIONS``:
"analysts" → "analyst", "announced" → "announce"), is there, or when it is one of the
lexicon's closed-class words (``STOPWORDS``, ``FUNCTION_WORDS``) WordNet does not hold.
"Denver" and "Toyota" are not: WordNet knows the first only capitalised, the second
not at all.  Loaded on first use (about 15 ms), only when a sentence's first word must
be judged (:mod:`claimdiff.invented`).
"""

from __future__ import annotations

import functools

from claimdiff.data_files import read_bytes
from claimdiff.lexicon import Lexicon

__all__ = ["is_common"]


@functools.cache
def _words() -> frozenset[str]:
    lines = read_bytes("words.txt").decode("utf-8").splitlines()
    return frozenset(w for w in lines if w and not w.startswith("#"))


def is_common(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` (any case) is a common word, or a regular form of one.

    >>> from claimdiff.lexicon import get_lexicon
    >>> [is_common(w, get_lexicon("en")) for w in ["Analysts", "Although", "Toyota"]]
    [True, True, False]
    """
    w = word.lower()
    if w in lex.STOPWORDS or w in lex.FUNCTION_WORDS:
        return True
    words = _words()
    if w in words:
        return True
    for ending, base in lex.INFLECTIONS:
        stem = w[: -len(ending)]
        if w.endswith(ending) and len(stem) >= 2:
            if stem + base in words:
                return True
            if not base and len(stem) >= 3 and stem[-1] == stem[-2] and stem[:-1] in words:
                return True  # "stopped" → "stop", "running" → "run"
    return False
