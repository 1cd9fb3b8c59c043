"""regex.alternation, read off the sorted phrases, writes what the phrases' trie writes:
the pattern every lexicon table is compiled from, character for character."""

from __future__ import annotations

import re
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from claimdiff.lexicon import de, en
from claimdiff.lexicon.regex import _escaped, alternation


def _trie_alternation(phrases: list[str]) -> str:
    """The alternation as a trie of dicts writes it (the way it was first built)."""
    trie: dict[str, Any] = {}
    if not phrases:
        return "(?!)"
    for p in phrases:
        node = trie
        for ch in p:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_branch(trie)


def _trie_branch(node: dict[str, Any]) -> str:
    run = []
    while len(node) == 1 and "" not in node:
        ((ch, node),) = node.items()
        run.append(_esc(ch))
    ends = "" in node
    parts = [_esc(ch) + _trie_branch(node[ch]) for ch in sorted(node) if ch]
    if not parts:
        return "".join(run)
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    return "".join(run) + ("(?:" + body + ")?" if ends else body)


def _esc(ch: str) -> str:
    return r"\s+" if ch == " " else re.escape(ch)


# Few characters, so that phrases share prefixes, end inside one another and repeat;
# the last code point, whose successor does not exist, and characters re.escape writes.
_phrases = st.lists(st.text(alphabet="ab c.\\é\x00\U0010ffff", max_size=7), max_size=10)


@settings(max_examples=3000, deadline=None)
@given(_phrases)
def test_as_the_trie_writes_it(phrases: list[str]) -> None:
    assert alternation(phrases) == _trie_alternation(phrases)
    assert alternation(iter(phrases)) == alternation(phrases[::-1])


def test_the_lexicons_tables() -> None:
    tables = [
        list(t)
        for lang in (en, de)
        for t in vars(lang).values()
        if isinstance(t, dict | set | frozenset | tuple | list) and t
        and all(isinstance(p, str) for p in t)
    ]  # fmt: skip
    assert len(tables) > 50
    for table in tables:
        assert alternation(table) == _trie_alternation(table)


def test_escapes() -> None:
    assert [_escaped(c) for c in " a.\\é"] == [r"\s+", "a", r"\.", "\\\\", "é"]
    assert alternation(["three", "thirty", "thousand"]) == "th(?:irty|ousand|ree)"
    assert alternation(["a", "ab"]) == "a(?:b)?"
    assert alternation([]) == "(?!)"
