"""Words found from a piece they all hold: one search of the piece, not one of each word.

``Lowered.occurrences`` searches the lower-cased text once for each word of a table.  A
search costs some seven instructions a character of news, whatever it finds; where
every word of a table holds one piece ("day" of "Monday", "Tuesday" …), the piece is
searched for once and each word looked for around each place of it, which news holds
a few times a text ("today", "days").
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from claimdiff.text import Lowered, found_lowered, written_forms

__all__ = ["occurrences_by_piece", "piece_places"]

# A word of a table as looked for: its lower case, the piece's offset in it, and the
# forms Lowered.occurrences finds (as written, capitalised, in capitals).
_Word = tuple[str, int, tuple[str, ...]]
_TABLES: dict[tuple[tuple[str, ...], str], tuple[_Word, ...] | None] = {}


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
    # The copy's look first (piece_places): of each place of the piece, most hold no word.
    words_at = [(word, at) for word, at, _ in table]
    return sorted(
        {p for k, p in piece_places(whole, piece, words_at) if text.startswith(table[k][2], p)}
    )


def piece_places(
    whole: str, piece: str, words: Sequence[tuple[str, int]]
) -> Iterator[tuple[int, int]]:
    """``(k, p)`` for each word ``k`` of ``words`` (a lower-cased word and where ``piece``
    stands in it) that starts at ``p`` in ``whole`` (lower-cased): found from each place
    of ``piece``, one search of it for all the words.

    >>> list(piece_places("monday or sunday", "day", [("monday", 3), ("sunday", 3)]))
    [(0, 0), (1, 10)]
    """
    i = whole.find(piece)
    while i >= 0:
        for k, (word, at) in enumerate(words):
            p = i - at
            if p >= 0 and whole.startswith(word, p):
                yield k, p
        i = whole.find(piece, i + 1)


def _table(words: tuple[str, ...], piece: str) -> tuple[_Word, ...] | None:
    """Each word as looked for, or None where one is not found in the lower-cased copy
    (not all ASCII, or too long) or holds no ``piece`` in lower case."""
    out = []
    for w in words:
        forms = written_forms(w)
        lower = w.lower()
        at = lower.find(piece)
        if not all(found_lowered(f) for f in forms) or at < 0 or not piece:
            return None
        out.append((lower, at, forms))
    return tuple(out)
