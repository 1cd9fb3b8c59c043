"""Text for a terminal: the input's control characters shown as escapes, never sent raw.

Texts come from anywhere (logs, scraped pages, terminal captures) and may hold
escape sequences that clear the screen, set the window title or recolour what
follows.  Every readable report (``str`` of a report or a reconciliation, the
``extract`` table, the pytest plugin's messages) passes its lines through
:func:`for_terminal`, so printing one never hands the terminal a command.  JSON
escapes the C0 controls itself; the command line writes the rest as JSON escapes
too (:func:`json_for_terminal`), and the HTML page puts them in text nodes.
"""

from __future__ import annotations

__all__ = ["for_terminal", "json_for_terminal"]

# C0 controls but tab and line feed (which the reports lay out lines with), DEL, the C1
# controls, and the bidi embeddings, overrides and isolates: a terminal acts on the first
# three, and the last reorder what it shows ("Trojan source").  A table for str.translate,
# not a pattern, so it needs no stored compiled code (claimdiff.pattern_code).
_CONTROLS = [
    *(c for c in range(0x20) if chr(c) not in "\t\n"),
    *range(0x7F, 0xA0),
    *range(0x202A, 0x202F),
    *range(0x2066, 0x206A),
]
_ESCAPED = {c: f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}" for c in _CONTROLS}
# What json.dumps(..., ensure_ascii=False) writes raw: all of those but the C0 controls.
_JSON_ESCAPED = {c: f"\\u{c:04x}" for c in _CONTROLS if c >= 0x20}


def for_terminal(text: str) -> str:
    """``text`` with each control character written as its Python escape.

    Tab and line feed are kept: they only lay text out.

    >>> for_terminal("14\\x1b[2J workers\\r")
    '14\\\\x1b[2J workers\\\\x0d'
    >>> for_terminal("a\\tb\\nc\\u202ed")
    'a\\tb\\nc\\\\u202ed'
    """
    return text.translate(_ESCAPED)


def json_for_terminal(text: str) -> str:
    """JSON text with the control characters JSON leaves raw written as ``\\uXXXX``.

    They can stand only inside strings, where the escape means the same character, so
    the JSON reads back identical.

    >>> json_for_terminal('["\\x9b2J"]')
    '["\\\\u009b2J"]'
    """
    return text.translate(_JSON_ESCAPED)
