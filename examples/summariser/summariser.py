"""A toy headline summariser: the first sentence of an article, big numbers shortened.

It stands in for any software that writes text from a source -- a language
model, a template, a rewriting service -- and it has a known bug: it shortens
2,480,000 to "2.4 million" by truncating instead of rounding.  The test suite
beside it checks its summaries with claimdiff, and the committed baseline
accepts that one known conflict while any new one fails.
"""

from __future__ import annotations

import re

# A whole number of a million or more written with thousands separators, e.g.
# "2,480,000".  Each repetition is a fixed ",ddd", so matching is linear.
_BIG_NUMBER = re.compile(r"\b\d{1,3}(?:,\d{3}){2,}\b")

# The end of a sentence: ., ! or ? followed by white space.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def shorten(match: re.Match[str]) -> str:
    """Write a big number in millions with one decimal (truncated: the known bug).

    >>> shorten(_BIG_NUMBER.search("12,800,000"))
    '12.8 million'
    >>> shorten(_BIG_NUMBER.search("2,480,000"))  # should be 2.5 million
    '2.4 million'
    """
    n = int(match.group().replace(",", ""))
    return f"{n // 100_000 / 10:g} million"


def summarise(article: str) -> str:
    """The article's first sentence, with big numbers shortened.

    >>> summarise("Sales reached 3,000,000 units. Nobody expected it.")
    'Sales reached 3 million units.'
    """
    first = _SENTENCE_END.split(article.strip(), maxsplit=1)[0]
    return _BIG_NUMBER.sub(shorten, first)
