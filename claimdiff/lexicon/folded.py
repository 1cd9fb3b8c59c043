"""Tables looked up by what a case-insensitive pattern of their keys matched.

The lexicon's patterns match a table's phrases ignoring case, with any white space
between words (``lexicon.regex.alternation``), and the extractor then looks the matched
words up in the table.  Lower-casing them is not always enough: the engine also takes
"ſ" for "s", "K" (the Kelvin sign) for "k", "ı" for "i", and a double space or a
no-break space for one space.  "It cost 5 swiss  francs" matched the currency name and
then failed its look-up deep inside the extractor.  A :class:`Folded` table answers such
a key with the entry the pattern matched.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["Folded", "fold", "is_folded"]

# Characters the regex engine takes for another letter ignoring case, whose lower() is
# not that letter (CPython's re/_casefix.py and its simple case folding): folded first.
_FOLDS = str.maketrans(
    {
        "\u017f": "s",  # ſ long s
        "\u0131": "i",  # ı dotless i
        "\u0130": "i",  # İ capital I with dot
        "\u212a": "k",  # K Kelvin sign
        "\u212b": "\u00e5",  # Å Angstrom sign
        "\u00b5": "\u03bc",  # µ micro sign
        "\u03c2": "\u03c3",  # ς final sigma
        "\u1e9b": "\u1e61",  # ẛ long s with dot
        "\u1fbe": "\u03b9",  # ι Greek prosgegrammeni
    }
)


def fold(phrase: str) -> str:
    """``phrase`` lower case, with one space between its words and the engine's odd case
    pairs folded.

    >>> fold("Swiss\\u00a0 FRANCſ"), fold("5 \\u212aM")
    ('swiss francs', '5 km')
    """
    # "İ".lower() is "i" and a combining dot: a caller that lower-cased first holds that.
    return " ".join(phrase.translate(_FOLDS).lower().replace("i\u0307", "i").split())


def is_folded(phrase: str) -> bool:
    """Whether ``fold(phrase) == phrase``: asked of each key of every table a lexicon
    holds (some 1,000), where an ASCII phrase, which holds none of the odd case pairs
    nor a combining dot, need only be lower case and spaced once (:meth:`str.translate`
    through a dict cost a process some 4 M instructions).

    >>> is_folded("swiss francs"), is_folded("Swiss francs"), is_folded("francſ")
    (True, False, False)
    """
    if phrase.isascii():
        return " ".join(phrase.lower().split()) == phrase
    return fold(phrase) == phrase


class Folded(dict):  # type: ignore[type-arg]
    """A dict of lower-case phrases that also answers a key its pattern matched written
    otherwise ("Swiss  Francs", "francſ"); any other missing key raises ``KeyError``.
    ``get`` and ``in`` are a plain dict's (a look-up by ``get`` in the extractor's inner
    loops would cost a Python call each): fold the key (:func:`fold`) before them.

    >>> table = Folded({"swiss francs": "CHF"})
    >>> table["swiss\\u00a0 francs"], table["SWISS FRANCſ"]
    ('CHF', 'CHF')
    """

    _index: dict[str, Any] | None = None

    def __missing__(self, key: Any) -> Any:
        if not isinstance(key, str):
            raise KeyError(key)
        if self._index is None:
            # Built on the first miss only: an odd text is rare, and a table is never
            # changed once the lexicon holds it.
            self._index = {fold(k): k for k in self if isinstance(k, str)}
        found = self._index.get(fold(key))
        if found is None:
            found = next((k for k in self._index.values() if _alike(k, key)), None)
        if found is None:
            raise KeyError(key)
        return self[found]


def _alike(phrase: str, written: str) -> bool:
    """Whether the engine, ignoring case, matches ``phrase`` (words apart by any white
    space) to ``written``: the last resort for a fold this module does not know."""
    words = phrase.split()
    if len(words) != len(written.split()):
        return False
    pattern = r"\s+".join(re.escape(w) for w in words)
    return re.fullmatch(pattern, written.strip(), re.IGNORECASE) is not None
