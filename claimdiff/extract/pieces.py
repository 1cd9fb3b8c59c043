"""Words found from a piece they all hold: one search of the piece, not one of each word.

``Lowered.occurrences`` searches the lower-cased text once for each word of a table.  A
search costs some seven instructions a character of news, whatever it finds; where
every word of a table holds one piece ("day" of "Monday", "Tuesday" …), the piece is
searched for once and each word looked for around each place of it, which news holds
a few times a text ("today", "days").
"""

from __future__ import annotations

from collections.abc import Sequence

from claimdiff.text import Lowered

__all__ = ["occurrences_by_piece"]

# A word of a table as looked for: its lower case, the piece's offset in it, and the
# forms Lowered.occurrences finds (as written, capitalised, in capitals).
_Word = tuple[str, int, tuple[str, ...]]
_TABLES: dict[tuple[tuple[str, ...], str], tuple[_Word, ...] | None] = {}
# Lowered.occurrences finds a longer word in the lower-cased copy only up to this length.
_LONGEST = 64


def occurrences_by_piece(text: str, low: Lowered, words: Sequence[str], piece: str) -> list[int]:
    """``low.occurrences(words)``: where one of ``words`` stands in ``text`` (as written,
    capitalised or in capitals), in text order, found from the places of ``piece``
    where each word holds it; by ``low.occurrences`` itself where one does not, or the
    text's lower case moves offsets or is read in windows."""
    key = (tuple(words), piece)
    table = _TABLES.get(key, ())
    if table == ():
        table = _TABLES[key] = _table(key[0], piece)
    whole = low.aligned()
    if table is None or whole is None:
        return low.occurrences(words)
    found: set[int] = set()
    i = whole.find(piece)
    while i >= 0:
        for word, at, forms in table:
            p = i - at
            # The copy's look first: of each place of the piece, most hold no word.
            if p >= 0 and whole.startswith(word, p) and text.startswith(forms, p):
                found.add(p)
        i = whole.find(piece, i + 1)
    return sorted(found)


def _table(words: tuple[str, ...], piece: str) -> tuple[_Word, ...] | None:
    """Each word as looked for, or None where one is not all ASCII, is too long, or holds
    no ``piece`` in lower case."""
    out = []
    for w in words:
        forms = (w, w.capitalize(), w.upper())
        lower = w.lower()
        at = lower.find(piece)
        if not w.isascii() or len(w) > _LONGEST or at < 0 or not piece:
            return None
        out.append((lower, at, forms))
    return tuple(out)
