"""Numbers of an output that name something and state no figure ("Tier 2", "Sims 4",
"Q1", "SARS-CoV-4", "7-2"), reported when the source never writes them (check())."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from claimdiff.lexicon import Lexicon
from claimdiff.model import Claim, Kind
from claimdiff.pattern_code import compile_pattern
from claimdiff.source_words import SourceWords, fold

__all__ = ["numbered_names"]

# A run of digits, as a number's name would hold it ("Tier 2", "SARS-CoV-2", "49ers").
_DIGITS = compile_pattern(r"\d+")
# A score or a vote: two numbers joined by a dash ("7-2", "3–1").
_SCORE = compile_pattern(r"\d{1,3}-\d{1,3}")
# Periods written with digits: "Q3", "3Q", "H1", "FY23", "FY2024".
_PERIOD_TOKEN = compile_pattern(r"[QH][1-4]|[1-4][QH]|FY\s?'?\d{2,4}", re.IGNORECASE)
# A capitalised word right before a bare number: the name it numbers ("Tier 2").
_NAME_BEFORE = compile_pattern(r"(?<![\w&'’.-])[A-Z][\w&'’-]*\s$")
_WORD_PARTS = "-‐–"


def numbered_names(
    output: str,
    claims: Sequence[Claim],
    source: SourceWords,
    lex: Lexicon,
    named: frozenset[str],
) -> list[Claim]:
    """Numbers of the output that state no figure (names, times, labels) and that the
    source never writes: "Tier 2" from a source about Tier 1 is an invention too, and so
    is "Q1" from a source that names no first quarter (in any words).  ``claims`` are
    the output's claims (a number inside one is judged as a figure); ``named`` the
    periods the source names in words ("Q3" for "the third quarter")."""
    spans = sorted(c.span for c in claims)
    words_of: dict[int, list[str]] = {}
    for word, value in {**lex.UNITS, **lex.TENS}.items():
        words_of.setdefault(value, []).append(word)
    out: list[Claim] = []
    for m in _DIGITS.finditer(output):
        if out and m.start() < out[-1].span[1]:
            continue  # a later run of digits of the same name ("2024-03-20")
        k = bisect.bisect_right(spans, (m.start(), float("inf"))) - 1
        if k >= 0 and spans[k][0] <= m.start() < spans[k][1]:
            continue  # part of a claim, judged as one
        lo, hi = _word_around(output, m.start(), m.end())
        if _PERIOD_TOKEN.fullmatch(output, lo, hi):
            part = lex.PERIOD_PARTS.get(output[lo:hi].lower())
            if part is None or part in named:
                continue  # "Q3" where the source names the third quarter
        before = _NAME_BEFORE.search(output, max(0, lo - 24), lo)
        if (
            output[lo:hi].isdigit()
            and before is not None
            and before.group().strip().lower() not in lex.STOPWORDS
        ):
            lo = before.start()  # "Tier 2", "Sims 4": the name and its number; not "The 9"
        name = " ".join(fold(output[lo:hi]).split())
        if source.writes(name) or source.writes(name.replace("-", " ").removesuffix("s")):
            continue  # written in the source: "Tier 2", not "Tier 21"; "over-65s", "over 65"
        if _SCORE.fullmatch(name) and all(
            source.writes(n) or any(source.writes(w) for w in words_of.get(int(n), ()))
            for n in re.findall(r"\d+", name)
        ):
            continue  # a score or vote, "7-2", whose numbers the source writes ("seven ... two")
        out.append(Claim(output[lo:hi], (lo, hi), Kind.NAME, None))
    return out


def _word_around(text: str, lo: int, hi: int) -> tuple[int, int]:
    """The whole token holding ``text[lo:hi]``: "SARS-CoV-4", "49ers", "Tier 2"."""
    while lo > 0 and (text[lo - 1].isalnum() or text[lo - 1] in _WORD_PARTS):
        lo -= 1
    while hi < len(text) and (text[hi].isalnum() or text[hi] in _WORD_PARTS):
        hi += 1
    return lo, hi
