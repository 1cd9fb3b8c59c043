"""The quote marks and paragraph ends found one kind at a time (quotes._marks) are those
the one pattern of all of them finds, which the quote scanner read before (nothing in a
text with no mark)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from claimdiff.extract import quotes

# The one pattern, in a text with a blank line and in one without.
_ONE = {
    True: re.compile(
        r"""["“”„«»‹›‘'’\n](?:(?<=\n)(?P<para>[ \t\r\f\v]*\n\s*)"""
        r"""|(?<=["“”„«»‹›‘])|(?<=['’])(?<![^\W_]['’](?=[^\W_])))"""
    ),
    False: re.compile(
        r"""["“”„«»‹›‘'’\n](?:(?<=\n)(?P<para>\s*)"""
        r"""|(?<=["“”„«»‹›‘])|(?<=['’])(?<![^\W_]['’](?=[^\W_])))"""
    ),
}
PIECES = [*"\"“”„«»‹›‘'’", "\n", " ", "\t", "\r", "x", "7", "_", "é", "."]


def _one_pattern(text: str) -> list[tuple[int, int]]:
    pattern = _ONE[re.search(r"\n[ \t\r\f\v]*\n", text) is not None]
    found = [(m.start(), m.end() if m["para"] is not None else -1) for m in pattern.finditer(text)]
    # Paragraph ends with no mark pair nothing (the scanner's stack stays empty): none are
    # looked for.
    return found if any(end < 0 for _, end in found) else []


def test_kinds_together() -> None:
    for text in [
        "",
        'He said "go home," and left.',
        "It's Ukraine’s 'own' “plan”\n\n„Nein“ «oui» ‹non›\n \n\n'x'",
        "a\nb\n  \nc 'd' e\n",
        "no marks at all",
        "no marks\n\nbut paragraphs\nand it's lines",
    ]:
        assert quotes._marks(text) == _one_pattern(text), text


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_any_text(text: str) -> None:
    assert quotes._marks(text) == _one_pattern(text)
