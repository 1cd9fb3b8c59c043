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
  Service", "UK" for "United Kingdom", "FFO" for "funds from operations").  The
  lexicon's stop words and titles are never names; a word that opens a sentence is one
  only when it is an acronym, a possessive, or no common word of the language
  ("Toyota said", not "Analysts said").  Only for languages that capitalise names alone
  (``NAMES_BY_CAPITALS`` in the lexicon; German capitalises every noun).  The rules are
  stated in docs/check.md.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from claimdiff.lexicon import Lexicon
from claimdiff.model import Claim, Kind
from claimdiff.numbered_names import numbered_names
from claimdiff.pattern_code import compile_pattern
from claimdiff.source_words import MAX_INITIALS, SourceWords, fold
from claimdiff.vocabulary import is_common

__all__ = ["invented_names"]


def invented_names(
    source: str, output: str, claims: Sequence[Claim], lex: Lexicon, named: frozenset[str]
) -> list[Claim]:
    """The names ``output`` writes and ``source`` never does, in output order.

    ``claims`` are the output's claims (a number inside one is judged as a figure);
    ``named`` the periods the source names in words ("Q3" for "the third quarter").
    """
    words = SourceWords(source, lex)
    found = numbered_names(output, claims, words, lex, named)
    if lex.NAMES_BY_CAPITALS:
        taken = [c.span for c in [*claims, *found]]
        found += _proper_names(words, output, lex, taken)
    return sorted(found, key=lambda c: c.span)


# A word that may be a name: a capital (or dotted initials, "U.K."), then letters, with
# inner apostrophes and ampersands ("O'Neill", "AT&T"); letters outside ASCII count
# ("Fernández"); a capital after a hyphen starts a name of its own ("Jean-Paul").
_CAPITAL = compile_pattern(r"(?<![\w’'.&])(?:(?:[A-Z]\.){2,}|[^\W\d_]+(?:['’&][^\W\d_]+)*)")
# A possessive's ending, left off the name ("Tesla's" is "Tesla").
_POSSESSIVE_END = compile_pattern(r"['’]s?$")
# What ends a sentence or opens a quotation or a list item: the next word opens a sentence.
_ENDS = frozenset('.!?:;"“”‘([')
# A heading's line, found once per output ("## Key Findings").
_HEADING = compile_pattern(r"^[ \t]*#[^\n]*", re.MULTILINE)
_BULLETS = frozenset("*#>•-–—·")
# A title's abbreviation ends in a full stop that ends no sentence: "Dr. Patel".
_TITLE_BEFORE = compile_pattern(r"(?<![\w.])(?:[A-Z][a-z]{1,4})\.\s+$")
# Endings left off to find the word a name is made from: a demonym's ("British" ->
# "brit", "Syrian" -> "syri") or a plural's ("Greens" for "the Green Party").
_ENDINGS = ("ish", "ian", "ean", "ese", "an", "ic", "i", "s")
_MIN_STEM = 4
# An acronym opening a sentence is judged up to this long; longer words in capitals there
# are a heading's ("BREAKING", "UPDATE").
_MAX_OPENING_ACRONYM = 5


def _proper_names(
    source: SourceWords, output: str, lex: Lexicon, taken: Sequence[tuple[int, int]]
) -> list[Claim]:
    spans = sorted(taken)
    headings = [h.span() for h in _HEADING.finditer(output)]
    out: list[Claim] = []
    for m in _CAPITAL.finditer(output):
        word = _POSSESSIVE_END.sub("", m.group())
        if not word[:1].isupper():
            continue  # "β-blockers", "東京": no capital, no name by capitals
        if output[m.end() : m.end() + 1].isdigit():
            continue  # "Q3", "FY24": a numbered name's, judged with its number
        lo, hi = m.start(), m.start() + len(word)
        k = bisect.bisect_right(spans, (lo, float("inf"))) - 1
        if k >= 0 and spans[k][0] <= lo < spans[k][1]:
            continue
        name = fold(word.replace(".", ""))
        if name in lex.STOPWORDS or name in lex.NOT_NAMES:
            continue
        if name in lex.speech.PERSONAL_TITLES and not _other_title(name, source, lex):
            continue  # "Mr Smith" for "John Smith"; but "Mrs Smith" for "Mr Smith" is not
        if word.isupper() and _in_capitals(output, lo, hi):
            continue  # a headline in capitals: "MANCHESTER UNITED WINS"
        h = bisect.bisect_right(headings, (lo, float("inf"))) - 1
        if h >= 0 and headings[h][0] <= lo < headings[h][1]:
            continue  # a heading's words are capitalised: "## Key Findings"
        if _supported(name, source, lex):
            continue
        acronym = sum(ch.isupper() for ch in word) >= 2 and len(name) <= MAX_INITIALS
        if acronym and source.initials(name):
            continue
        possessive = word != m.group()
        if _opens_sentence(output, lo, lex) and not _name_opening(
            word, possessive, output, m.end(), lex
        ):
            continue  # a sentence's first word: "The", "However", or a name, unknown
        if out and out[-1].span[1] + 1 >= lo and output[out[-1].span[1] : lo].isspace():
            lo = out.pop().span[0]  # "New Zealand": one name of two words
        lo = _name_start(output, lo, lex, out[-1].span[1] if out else 0)
        out.append(Claim(output[lo:hi], (lo, hi), Kind.NAME, None))
    return out


# A capitalised word and one space before a name: the name's first word ("New" of "New
# Zealand" where the source writes "New York").
_WORD_BEFORE = compile_pattern(r"(?<![\w'’.&-])([A-Z][^\W\d_]*) $")


# A name's words before the unsupported one, at most ("Bank of New Zealand" aside).
_NAME_WORDS_BEFORE = 3


def _name_start(text: str, lo: int, lex: Lexicon, floor: int) -> int:
    """Where the name whose unsupported word starts at ``lo`` starts: the capitalised
    words right before it (a few, none of a name already reported before ``floor``)
    that are neither stop words nor titles belong to it."""
    for _ in range(_NAME_WORDS_BEFORE):
        m = _WORD_BEFORE.search(text, max(floor, lo - 30), lo)
        if m is None:
            break
        word = m.group(1).lower()
        titles = lex.speech.PERSONAL_TITLES
        if word in lex.STOPWORDS or word in titles or _opens_sentence(text, m.start(), lex):
            break
        lo = m.start()
    return lo


def _opens_sentence(text: str, lo: int, lex: Lexicon) -> bool:
    """Whether the word at ``lo`` opens a sentence, a line, a quotation or a list item.

    A full stop after a personal title ("Dr. Patel") ends no sentence."""
    j = lo - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    while j >= 0 and text[j] in _BULLETS and (j == 0 or text[j - 1] in " \t\n#*>"):
        j -= 1  # "* Revenue", "## Key findings", "> Sales"
        while j >= 0 and text[j] in " \t\u00a0":
            j -= 1
    if j < 0 or text[j] == "\n":
        return True
    if text[j] in _BULLETS and j > 0 and text[j - 1].isspace():
        return True  # "… – Sales rose": a dash between clauses
    return text[j] in _ENDS and not _title_before(text, lo, lex)


def _in_capitals(text: str, lo: int, hi: int) -> bool:
    """Whether a word in capitals stands next to another (of three letters or more), a
    space between: "UNITED WINS", not "MEG-SSVEP"."""
    before = re.search(r"([^\W\d_]{3,})[ \t]+$", text[max(0, lo - 40) : lo])
    after = re.match(r"[ \t]+([^\W\d_]{3,})", text[hi : hi + 40])
    return any(x is not None and x.group(1).isupper() for x in (before, after))


def _name_opening(word: str, possessive: bool, text: str, hi: int, lex: Lexicon) -> bool:
    """Whether a sentence's first word is a name all the same: an acronym in capitals
    ("IBM posted", "NATO called"; not a heading such as "UPDATE:"), a possessive
    ("Austria's parliament"; not "Today's"), or a word that is no common word of the
    language ("Toyota said", "Okafor said"; not "Analysts said": :mod:`claimdiff.vocabulary`)."""
    plain = word.replace(".", "")
    if plain.isupper() and 2 <= len(plain) <= _MAX_OPENING_ACRONYM:
        return not text.startswith(":", hi)
    if possessive:
        return plain.lower() not in lex.NOT_NAMES_BEFORE_POSSESSIVE
    # Two letters are an abbreviation's as often as a name's ("St. Petersburg").
    return len(plain) > 2 and not plain.isupper() and not is_common(plain, lex)


def _other_title(title: str, source: SourceWords, lex: Lexicon) -> bool:
    """Whether the source gives people titles, but never this one."""
    given = [t for t in lex.speech.PERSONAL_TITLES if source.is_word(t)]
    return bool(given) and title not in given


def _title_before(text: str, lo: int, lex: Lexicon) -> bool:
    m = _TITLE_BEFORE.search(text, max(0, lo - 8), lo)
    return m is not None and m.group().rstrip(". \t\n").lower() in lex.speech.PERSONAL_TITLES


def _supported(name: str, source: SourceWords, lex: Lexicon) -> bool:
    """Whether a source word starts with ``name`` or the word it is made from; a plural
    is read as its singular first ("Americans": "American", then "America"); a demonym
    not made by an ending ("French", "Dutch") by the lexicon's table of them; a place by
    its demonym ("France" for "French", "Mexico" for "Mexican")."""
    if source.is_word(name) or source.starts_a_name(name):
        return True
    if any(source.starts_a_word(place) for place in lex.DEMONYMS.get(name, ())):
        return True
    if _place_of_a_demonym(name, source):
        return True
    for end in _ENDINGS:
        stem = name[: -len(end)]
        if name.endswith(end) and len(stem) >= _MIN_STEM:
            if source.starts_a_name(stem) or (end == "s" and _supported(stem, source, lex)):
                return True
    return False


def _place_of_a_demonym(name: str, source: SourceWords) -> bool:
    if name in source.places:
        return True
    stem = name[:-1] if name[-1:] in "aeiouy" else name
    if len(stem) < _MIN_STEM:
        return False
    if len(stem) > _MIN_STEM and stem != name and source.is_name(stem):
        return True  # "Germany" for "German"
    return any(source.is_name(stem + end) for end in _ENDINGS if end != "s")
