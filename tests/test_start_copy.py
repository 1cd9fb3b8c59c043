"""The start scan finds its candidates in an ASCII copy of each window
(lexicon.finder.copy_finders, extract.starts.Starts._copied): what it gives is what the
start finder searched in the window itself gave."""

from __future__ import annotations

import random
import re

from claimdiff.extract.starts import Starts
from claimdiff.lexicon import Lexicon, get_lexicon

_ODD = [
    "é", "ı", "ſ", "½", "٣", "²", "\u202f", "\u00a0", "元", "£", "$", "?", "“", "’", "-", ".",
    "_", "0", "12", "5", " ", "  ", "\n", ",", "x", "w", "the", "a", "mp3", "İ", "ß", "ü",
]  # fmt: skip
_GLUED = ["ksh", "r", "rs", "bs.s", "f\u202fcfa", "$us", "£e", "元", "км", "zł", "lekë", "usd", "e"]


def _by_finder(lex: Lexicon, low: str, p: int) -> tuple[int, str] | None:
    """The first start at or after ``p`` (> 0) in the lower-cased ``low`` as the start
    finder searched in the text itself finds it: each offset it gives checked as Starts
    checks a candidate."""
    finder, match = lex.patterns["start_finder"], lex.patterns["start_lower"].match
    glued = lex.patterns["start_glued"].match
    f = finder.search(low, p - 1)
    while f is not None:
        at = f.end()
        if low[at] in "0123456789" and not low[at - 1].isalnum():
            return at, ""
        m = match(low, at)
        if m is None and (g := glued(low, at)) is not None:
            at = g.end()
            m = match(low, at)
        if m is not None:
            return m.start(), m.group()
        f = finder.search(low, at)
    return None


def _text(rng: random.Random, phrases: list[str]) -> str:
    parts = []
    for _ in range(rng.randint(1, 20)):
        r = rng.random()
        if r < 0.35:
            parts.append(rng.choice(phrases))
        elif r < 0.5:
            parts.append(rng.choice(_GLUED))
        elif r < 0.6:
            parts.append(rng.choice(phrases)[: rng.randint(1, 4)])
        else:
            parts.append(rng.choice(_ODD))
        parts.append(rng.choice([" ", "", ",", "5", "é", "?", "-", "“"]))
    text = "".join(parts)
    r = rng.random()  # a window of ASCII, of Latin-1 and of more are copied apart
    if r < 0.3:
        text = "".join(c for c in text if ord(c) < 256)
    elif r < 0.55:
        text = text.encode("ascii", "ignore").decode()
    return text.upper() if rng.random() < 0.2 else text


def test_starts_are_the_start_finders() -> None:
    """Starts.search gives, at every offset of generated texts in English and German, the
    start the start finder gives: number words, their beginnings, currency symbols touching
    digits (those opening with a mark too), digits after every kind of character."""
    for lang in ("en", "de"):
        lex = get_lexicon(lang)
        words = re.findall(r"[a-zäöüß]{3,}", lex.patterns["start_finder"].pattern)
        phrases = [*words, "a few", "a couple of", "dreiundzwanzig", "hat-trick", "one"]
        rng = random.Random(lang)
        for _ in range(1500):
            text = _text(rng, phrases)
            low, starts = text.lower(), Starts(text, lex)
            if len(low) != len(text) or "ı" in text or "ſ" in text:
                continue  # read with the case-blind pattern instead: not the copy's
            for pos in range(1, len(text) + 1):
                found = starts.search(pos)
                got = None if found is None else (found[0], found[1].group() if found[1] else "")
                assert got == _by_finder(lex, low, pos), (text, pos)
