"""Names an output writes that its source never does: inventions a summary makes.

Two kinds, each a claim of kind ``name`` in ``Report.unsupported``:

* **Numbers that name something** ("Tier 2", "Sims 4", "Q1", "SARS-CoV-4") and state
  no figure: "Tier 2" from a source about Tier 1 is an invention, and so is "Q1" from a
  source that names no first quarter in any words.
* **Proper names** — a capitalised word inside a sentence — that the source writes in
  no form: "Manchester" in a summary of a report on Leeds, "the Moscow embassy" for "the
  London embassy", an invented chief executive.  A name is supported when a word of the
  source starts with it ("Tesla" for "Tesla's", "Paris" for "Paris-based", "Fed" for
  "Federal Reserve"), when it is a demonym of a source word ("British" for "Britain",
  "Mexican" for "Mexico": the name less its ending "-ish", "-ian", "-an", "-ese", "-i"
  or "-ic" starts a word of the source; "Greens" for "the Green Party" likewise), or
  when it is the initials of a run of words there ("NHS" for "National Health
  Service", "UK" for "United Kingdom", "FFO" for "funds from operations").  Words
  that open a sentence, and the lexicon's stop words, are never
  taken for names: "The", "However".  Only for languages that capitalise names alone
  (``NAMES_BY_CAPITALS`` in the lexicon; German capitalises every noun).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from claimdiff.lexicon import Lexicon
from claimdiff.lexicon.en_attribution import PERSONAL_TITLES
from claimdiff.model import Claim, Kind

__all__ = ["invented_names"]


def invented_names(
    source: str, output: str, claims: Sequence[Claim], lex: Lexicon, named: frozenset[str]
) -> list[Claim]:
    """The names ``output`` writes and ``source`` never does, in output order.

    ``claims`` are the output's claims (a number inside one is judged as a figure);
    ``named`` the periods the source names in words ("Q3" for "the third quarter").
    """
    found = _numbered_names(source, output, claims, lex, named)
    if lex.NAMES_BY_CAPITALS:
        taken = [c.span for c in [*claims, *found]]
        found += _proper_names(source, output, lex, taken)
    return sorted(found, key=lambda c: c.span)


# A run of digits, as a number's name would hold it ("Tier 2", "SARS-CoV-2", "49ers").
_DIGITS = re.compile(r"\d+")


def _numbered_names(
    source: str, output: str, claims: Sequence[Claim], lex: Lexicon, named: frozenset[str]
) -> list[Claim]:
    """Numbers of the output that state no figure (names, times, labels) and that the
    source never writes: "Tier 2" from a source about Tier 1 is an invention too, and so
    is "Q1" from a source that names no first quarter (in any words)."""
    spans = sorted(c.span for c in claims)
    plain = " ".join(source.lower().split())
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
        if output[lo:hi].isdigit() and before is not None:
            lo = before.start()  # "Tier 2", "Sims 4": the name and its number
        name = " ".join(output[lo:hi].lower().split())
        if _written(name, plain) or _written(name.replace("-", " ").removesuffix("s"), plain):
            continue  # written in the source: "Tier 2", not "Tier 21"; "over-65s", "over 65"
        if _SCORE.fullmatch(name) and all(
            _written(n, plain) or any(_written(w, plain) for w in words_of.get(int(n), ()))
            for n in re.findall(r"\d+", name)
        ):
            continue  # a score or vote, "7-2", whose numbers the source writes ("seven ... two")
        out.append(Claim(output[lo:hi], (lo, hi), Kind.NAME, None))
    return out


def _written(name: str, plain: str) -> bool:
    return re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w])", plain) is not None


# A score or a vote: two numbers joined by a dash ("7-2", "3–1").
_SCORE = re.compile(r"\d{1,3}[-–]\d{1,3}")
# Periods written with digits: "Q3", "3Q", "H1", "FY23", "FY2024".
_PERIOD_TOKEN = re.compile(r"[QH][1-4]|[1-4][QH]|FY\s?'?\d{2,4}", re.IGNORECASE)
# A capitalised word right before a bare number: the name it numbers ("Tier 2").
_NAME_BEFORE = re.compile(r"[A-Z][\w-]*\s$")


def _word_around(text: str, lo: int, hi: int) -> tuple[int, int]:
    """The whole token holding ``text[lo:hi]``: "SARS-CoV-4", "49ers", "Tier 2"."""
    while lo > 0 and (text[lo - 1].isalnum() or text[lo - 1] in "-‐"):
        lo -= 1
    while hi < len(text) and (text[hi].isalnum() or text[hi] in "-‐"):
        hi += 1
    return lo, hi


# A capitalised word: a letter in upper case, then letters, with dotted initials
# ("U.K.") and inner apostrophes or hyphens left out of the name itself.
# Letters outside ASCII count ("Fernández"); a capital after a hyphen starts a name of
# its own ("Jean-Paul", "Pfizer-BioNTech").
_CAPITAL = re.compile(r"(?<![\w’'.])(?:(?:[A-Z]\.){2,}|(?=[^\W\d_])[^\W\d_a-zß-ÿ][^\W\d_]*)")
# What ends a sentence or opens a quotation: the word after it opens a sentence.
_OPENS = re.compile(r"(?:^|[.!?:;\"“”‘(\[\n]\s*|\s[-–—]\s+)$")
# A title's abbreviation ends in a full stop that ends no sentence: "Dr. Patel".
_TITLE_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z][a-z]{1,4})\.\s+$")
_WORD = re.compile(r"[^\W_]+")
_ANY_WORD = re.compile(r"[^\W\d_]+")
# Endings left off to find the word a name is made from: a demonym's ("British" ->
# "brit", "Syrian" -> "syri") or a plural's ("Greens" for "the Green Party").
_ENDINGS = ("ish", "ian", "ean", "ese", "an", "ic", "i", "s")
# Acronyms up to this long are looked for as the initials of a run of words, small
# words among them or left out ("funds from operations": FFO; "Bank of England": BoE).
_MAX_INITIALS = 6
_SMALL_WORDS = frozenset("of and for the from per on in at to de".split())
_MIN_STEM = 4
# An acronym opening a sentence is judged up to this long; longer words in capitals there
# are a heading's ("BREAKING", "UPDATE").
_MAX_OPENING_ACRONYM = 5


def _proper_names(
    source: str, output: str, lex: Lexicon, taken: Sequence[tuple[int, int]]
) -> list[Claim]:
    words = sorted(set(_WORD.findall(source.lower().replace(".", ""))))
    initials: _Initials | None = None  # built for the first acronym, if any
    spans = sorted(taken)
    out: list[Claim] = []
    for m in _CAPITAL.finditer(output):
        lo, hi = m.span()
        if (
            _OPENS.search(output, max(0, lo - 4), lo) is not None
            and not _title_before(output, lo)
            and not _name_opening(m.group(), output, hi, lex)
        ):
            continue  # a sentence's first word: "The", "However", or a name, unknown
        k = bisect.bisect_right(spans, (lo, float("inf"))) - 1
        if k >= 0 and spans[k][0] <= lo < spans[k][1]:
            continue
        name = m.group().replace(".", "").lower()
        capitals = sum(ch.isupper() for ch in m.group())
        acronym = capitals >= 2 and len(name) <= _MAX_INITIALS  # "NHS", "U.K.", "BoE"
        if name in lex.STOPWORDS or name in lex.NOT_NAMES or _supported(name, words):
            continue
        if acronym:
            initials = initials or _Initials(source)
            if initials.has(name):
                continue
        if out and out[-1].span[1] + 1 >= lo and output[out[-1].span[1] : lo].isspace():
            first = out.pop()  # "New Zealand": one name of two words
            lo = first.span[0]
        out.append(Claim(output[lo:hi], (lo, hi), Kind.NAME, None))
    return out


# What follows a sentence's first word that makes it a name: a possessive ("Austria's
# parliament"), unless it is a word of time or a pronoun (NOT_NAMES_BEFORE_POSSESSIVE).
_POSSESSIVE = re.compile(r"['’]s\b")


def _name_opening(word: str, text: str, hi: int, lex: Lexicon) -> bool:
    """Whether a sentence's first word is a name all the same: an acronym in capitals
    ("IBM posted", "NATO called"; not a heading such as "UPDATE:") or a possessive
    ("Austria's parliament"; not "Today's")."""
    plain = word.replace(".", "")
    if plain.isupper() and 2 <= len(plain) <= _MAX_OPENING_ACRONYM:
        return not text.startswith(":", hi)
    return (
        _POSSESSIVE.match(text, hi) is not None
        and plain.lower() not in lex.NOT_NAMES_BEFORE_POSSESSIVE
    )


def _title_before(text: str, lo: int) -> bool:
    m = _TITLE_BEFORE.search(text, max(0, lo - 8), lo)
    return m is not None and m.group().rstrip(". \t\n").lower() in PERSONAL_TITLES


class _Initials:
    """Where runs of the source's words start, by the initials of their first two words
    (small words in, and left out): an acronym is looked for among a few runs, never by
    reading every word of the source again."""

    def __init__(self, source: str) -> None:
        self.words = _ANY_WORD.findall(source.lower())
        self.big = [k for k, w in enumerate(self.words) if w not in _SMALL_WORDS]
        self.plain: dict[str, list[int]] = {}
        self.skipping: dict[str, list[int]] = {}
        for k in range(len(self.words) - 1):
            self.plain.setdefault(self.words[k][0] + self.words[k + 1][0], []).append(k)
        for i in range(len(self.big) - 1):
            a, b = self.words[self.big[i]], self.words[self.big[i + 1]]
            self.skipping.setdefault(a[0] + b[0], []).append(i)

    def has(self, acronym: str) -> bool:
        """Whether some run of words has ``acronym``'s letters as its initials: "NHS"
        (National Health Service), "FFO" (funds from operations), "BoE" (Bank of England)."""
        n, words, big = len(acronym), self.words, self.big
        for k in self.plain.get(acronym[:2], ()):
            if "".join(w[0] for w in words[k : k + n]) == acronym:
                return True
        for i in self.skipping.get(acronym[:2], ()):
            if "".join(words[j][0] for j in big[i : i + n]) == acronym:
                return True
        return False


def _supported(name: str, words: list[str]) -> bool:
    """Whether a source word starts with ``name`` or the word it is made from; a plural
    is read as its singular first ("Americans": "American", then "America")."""
    if _starts_a_word(name, words):
        return True
    for end in _ENDINGS:
        stem = name[: -len(end)]
        if name.endswith(end) and len(stem) >= _MIN_STEM:
            if _starts_a_word(stem, words) or (end == "s" and _supported(stem, words)):
                return True
    return False


def _starts_a_word(prefix: str, words: list[str]) -> bool:
    k = bisect.bisect_left(words, prefix)
    return k < len(words) and words[k].startswith(prefix)
