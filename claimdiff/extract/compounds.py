"""Number words written as one word from pieces: "dreiundzwanzig", "hundertfünfzig".

German (and Dutch, and the Scandinavian languages) write a number below a million
as one word: units before their tens, joined by "und" ("dreiundzwanzig" is 3 and
20), hundreds and thousands by count ("zweitausendvierhundert").  The pieces and
the joiner are the lexicon's (``NUMBER_MORPHEMES``, ``NUMBER_JOINER``); this
module only folds them into a value.
"""

from __future__ import annotations

from collections.abc import Mapping

from claimdiff.lexicon import Lexicon

# Words longer than this are no number a text writes ("neunhundertneunundneunzigtausend…").
_MAX_LETTERS = 80


def compound_value(word: str, lex: Lexicon) -> int | None:
    """The value of a number written as one word, or None if the pieces make no number.

    >>> from claimdiff.lexicon import get_lexicon
    >>> de = get_lexicon("de")
    >>> [compound_value(w, de) for w in ("dreiundzwanzig", "hundertfünfzig", "zweitausend")]
    [23, 150, 2000]
    >>> compound_value("siebzehn", de), compound_value("dreizwanzig", de)
    (17, None)
    """
    pieces = lex.NUMBER_MORPHEMES
    if not pieces or len(word) > _MAX_LETTERS:
        return None
    for parts in _splits(word.lower(), pieces, lex.NUMBER_JOINER):
        value = _fold(parts, pieces, lex.NUMBER_JOINER)
        if value is not None:
            return value
    return None


def _splits(word: str, pieces: Mapping[str, int], joiner: str) -> list[list[str]]:
    """Every way ``word`` splits into pieces, longest pieces first (few: see de.py)."""
    if not word:
        return [[]]
    out: list[list[str]] = []
    for n in range(len(word), 0, -1):
        head = word[:n]
        if head in pieces or head == joiner:
            out.extend([head, *rest] for rest in _splits(word[n:], pieces, joiner))
            if len(out) > 4:
                break
    return out


def _fold(parts: list[str], pieces: Mapping[str, int], joiner: str) -> int | None:
    """Fold pieces into a value: [unit] [und ten | zehn] under hundert, under tausend."""
    total, small, unit = 0, 0, None  # small: below a thousand; unit: a unit not yet placed
    joined = thousand = False
    for k, p in enumerate(parts):
        if p == joiner:
            if unit is None or joined or k + 1 == len(parts):
                return None
            joined = True
            continue
        v = pieces[p]
        if v == 1000:
            if thousand:
                return None
            total = ((small + (unit or 0)) or 1) * 1000
            small, unit, thousand = 0, None, True
        elif v == 100:
            if small or (unit is not None and unit >= 10):
                return None
            small, unit = (unit or 1) * 100, None
        elif v >= 20 or v == 10:
            if v == 10 and unit is not None and not joined:
                small, unit = small + unit + 10, None  # "siebzehn"
                continue
            if joined != (unit is not None) or small % 100:
                return None  # "dreizwanzig", "zwanzigdreißig"
            small, unit, joined = small + v + (unit or 0), None, False
        else:
            if unit is not None or small % 100:
                return None  # "zweidrei", "zwanzigdrei"
            unit = v
    if joined:
        return None
    return total + small + (unit or 0)
