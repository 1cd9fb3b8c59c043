"""Capitalised name runs: "Prosecutor General Andriy Kostin", "Mr Khan", "Frau Dr. Meier".

A run is a sequence of capitalised words joined by single spaces; its leading titles
and role nouns ("Mr", "Economist", "Innenminister") are set apart from the name
proper.  :mod:`claimdiff.extract.speakers` builds its index from the runs of two
words or more of a text, read once (every run, where abbreviated titles join
matches), and :mod:`claimdiff.extract.single_names` reads one-word runs on demand.
The word lists are the lexicon's (``lex.speech``).
"""

from __future__ import annotations

import bisect
import functools
import re
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import NamedTuple

from claimdiff.lexicon.speech import Speech
from claimdiff.model import Span
from claimdiff.pattern_code import compile_pattern

_POSSESSIVE_ENDS = ("'s", "’s")
# A word as :func:`claimdiff.text.words` finds it (letters and digits, inner
# apostrophes and hyphens) that starts with a letter other than a lower-case
# ASCII one: the only words that can be part of a name.  The lookbehinds make it
# start where a word starts, never inside "x-Ray" or "rock'n'Roll".  The first letter
# is consumed before the lookbehinds (shifted by one character) are tried: a pattern
# that opens with a character class lets the engine skip to the next candidate at C
# speed, where one that opens with a lookbehind tries it at every offset.  That class
# is an ASCII capital or any non-ASCII character, checked for a letter by the first
# lookbehind: the engine tests a class of categories ("[^\W\d_a-z]") twice as slowly as
# ranges of code points.  Written negated: a range up to U+10FFFF takes 10 ms to compile.
# The word's repeats are possessive ("*+", "++"): what may follow a word (a space, or the
# end) never follows a letter or a joiner, so a word giving one back never matched more,
# and the engine keeps no state to return to.
_CAPITALISED = (
    r"[^\x00-@\[-\x7f](?<=[^\W\d_a-z])(?<![^\W_].)(?<![^\W_]['’\-].)"
    r"[^\W_]*+(?:['’\-][^\W_]++)*+"
)
# A run of such words joined by single spaces, ended by a word with a possessive "'s".
_RUN = _CAPITALISED + r"(?:(?<!['’]s)[ \u00a0]" + _CAPITALISED + ")*"
# The same, of two words or more.
MULTI_WORD_RUN = compile_pattern(_CAPITALISED + r"(?:(?<!['’]s)[ \u00a0]" + _CAPITALISED + ")+")
# One such word at its start, for a one-word run read on demand.
CAPITALISED_WORD = compile_pattern(_CAPITALISED)
# An abbreviated title's full stop and space inside a name: "Dr. Meier" (TITLE_ABBREVIATIONS).
_TITLE_GAPS = (". ", ".\u00a0")


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    # Patterns that English never uses (every run at once, a role in any case) are
    # compiled the first time another language asks: the command line starts faster.
    return compile_pattern(pattern)


def is_acronym(word: str) -> bool:
    """Whether ``word`` is written in capitals ("ICC", "NATO")."""
    return len(word) > 1 and word.isupper()


class NameRun(NamedTuple):
    """A run of capitalised words: its span, title words and name words.

    ``start`` is where the whole run (titles included) begins; ``name_start``
    where the name proper begins.  A named tuple: a text has a run every few words,
    and a frozen attrs class takes longer to build.
    """

    start: int
    end: int
    name_start: int
    titles: tuple[str, ...]
    name: tuple[str, ...]
    quoted: bool = False
    after_role: bool = False
    """Right after a role and "of", "at" or "for": "chief executive of Harbour Telecom".

    Read only where it decides :attr:`person` (two name words or more, no title, no
    organisation word); False elsewhere."""
    organisation: bool = False
    """The last word is an organisation word ("Justice Ministry", "Bundesamt")."""

    @property
    def person(self) -> bool:
        """True when the run itself says it is a person (a title, or a two-word name)."""
        if self.organisation:
            return False  # "Justice Ministry", "Home Office"
        if self.titles:
            return True
        if self.after_role:
            return False  # the body or place a role belongs to, not a person
        return len(self.name) >= 2 and not any(is_acronym(w) for w in self.name)


def name_runs(text: str, speech: Speech, quoted: Sequence[Span] = ()) -> list[NameRun]:
    """Every capitalised name run in ``text``, in order; runs inside ``quoted`` are marked.

    >>> from claimdiff.lexicon import get_lexicon
    >>> t = "Prosecutor General Andriy Kostin met Mr Khan."
    >>> [" ".join(r.name) for r in name_runs(t, get_lexicon("en").speech)]
    ['Andriy Kostin', 'Khan']
    """
    return read_matches(text, _compiled(_RUN).finditer(text), speech, quoted)


def multi_word_runs(
    text: str, speech: Speech, quoted: Sequence[Span] = ()
) -> tuple[list[NameRun], array[int], array[int]]:
    """The runs :func:`name_runs` reads from its matches of two words or more, and where
    those matches start and end; for a language with no abbreviated titles only.

    Without abbreviated titles no run spans two matches, so the runs of one-word matches
    ("The", "Kyiv", "Khan"), most of a text's, can be read one at a time when asked for
    (:mod:`claimdiff.extract.single_names`).  Two words or more are matched exactly as
    :func:`name_runs` matches them: a one-word match fails this pattern where that one
    ends, and the next match of either starts at the same capital.

    >>> from claimdiff.lexicon import get_lexicon
    >>> t = "Prosecutor General Andriy Kostin met Mr Khan in Kyiv."
    >>> runs, starts, ends = multi_word_runs(t, get_lexicon("en").speech)
    >>> [" ".join(r.name) for r in runs], list(starts), list(ends)
    (['Andriy Kostin', 'Khan'], [0, 37], [32, 44])
    """
    assert not speech.TITLE_ABBREVIATIONS, "a title's full stop joins one-word matches"
    # Offsets as machine integers, kept by the speaker index for as long as it lives:
    # a list of int objects took 1.6 MB on 5 MB of news.
    starts = array("q")
    ends = array("q")

    def spans() -> Iterator[re.Match[str]]:
        for m in MULTI_WORD_RUN.finditer(text):
            starts.append(m.start())
            ends.append(m.end())
            yield m

    return read_matches(text, spans(), speech, quoted), starts, ends


def read_matches(
    text: str, matches: Iterable[re.Match[str]], speech: Speech, quoted: Sequence[Span]
) -> list[NameRun]:
    """The runs of ``matches`` (of :data:`_RUN` or :data:`MULTI_WORD_RUN`), in order."""
    runs: list[NameRun] = []
    quote_starts = [s for s, _ in quoted]
    # How each run of words reads, by its words: a long text names the same people
    # and opens sentences with the same words often.  Kept for this text only.
    readings: dict[tuple[str, ...], _Reading | None] = {}
    # One string per distinct name word.
    share: dict[str, str] = {}
    abbreviations = speech.TITLE_ABBREVIATIONS

    def add(words: tuple[str, ...], starts: Sequence[int], end: int) -> None:
        """The run of ``words`` as written, starting at ``starts``, the last ending at ``end``."""
        reading = readings.get(words, _UNREAD)
        if reading is _UNREAD:
            reading = readings[words] = _read_run(words, share.setdefault, speech)
        if reading is not None:
            runs.append(_run(text, reading, words, starts, end, speech, quoted, quote_starts))

    # The run being read where matches may join or split: its words, their starts, its end.
    current: list[str] = []
    starts: list[int] = []
    end = 0

    def flush() -> None:
        if current:
            add(tuple(current), starts, end)
            current.clear()
            starts.clear()

    # Each match is a run of words that may open with a capital, joined by single
    # spaces and ended by a possessive: the regex skips lower-case words at C speed
    # and reads a whole run at once.  Runs are never next to each other but across
    # an abbreviated title's full stop ("Dr. Meier"), which joins them as one.
    for m in matches:
        found = m.group()
        at = m.start()
        if not abbreviations and found.isascii():
            # Most matches: one run, every word opening with a capital (the pattern
            # admits no other ASCII letter), one space apart.
            flush()
            if " " in found:
                words = tuple(found.split())
                add(words, _word_starts(words, at), m.end())
            else:
                add((found,), (at,), m.end())
            continue
        # Across a gap: a title's full stop joins this run to the last ("Dr. Meier").
        joined = bool(
            current
            and abbreviations
            and text[end:at] in _TITLE_GAPS
            and current[-1].lower() in abbreviations
        )
        # A word may open with a letter that is no capital ("élan", "東京"): it ends
        # the run before it and is part of none.
        for w in found.split():
            if not w[0].isupper():
                flush()
            else:
                if not joined:
                    flush()
                current.append(w)
                starts.append(at)
                end = at + len(w)
            joined = True  # the words of one match stand one space apart
            at += len(w) + 1
        if current and current[-1][-2:] in _POSSESSIVE_ENDS:
            flush()  # "Ukraine's Prosecutor General …": the possessor is its own name
    flush()
    return runs


def read_match(
    text: str, m: re.Match[str], speech: Speech, quoted: Sequence[Span], quote_starts: list[int]
) -> list[NameRun]:
    """``read_matches(text, (m,), speech, quoted)`` for one match of :data:`MULTI_WORD_RUN`
    where no abbreviated title joins matches; ``quote_starts`` are the starts of
    ``quoted``, for bisection.

    A speaker index reads its matches one at a time, where it asks (:mod:`.local_names`):
    an ASCII match, nearly every one, is read here without the tables and closures that
    :func:`read_matches` sets up for a text's many matches.
    """
    found = m.group()
    if not found.isascii():
        return read_matches(text, (m,), speech, quoted)
    words = tuple(found.split())  # ASCII: the words are one space apart
    reading = _read_run(words, None, speech)
    if reading is None:
        return []
    starts = _word_starts(words, m.start())
    return [_run(text, reading, words, starts, m.end(), speech, quoted, quote_starts)]


def _run(
    text: str,
    reading: _Reading,
    words: tuple[str, ...],
    starts: Sequence[int],
    end: int,
    speech: Speech,
    quoted: Sequence[Span],
    quote_starts: list[int],
) -> NameRun:
    """The name run of ``words`` (starting at ``starts``, the last ending at ``end``) as
    ``reading`` reads it; ``quote_starts`` are the starts of ``quoted``, for bisection."""
    first, name_from, titles, name, organisation = reading
    start = starts[first]
    i = bisect.bisect_right(quote_starts, start) - 1
    return NameRun(
        start,
        end - 2 if words[-1][-2:] in _POSSESSIVE_ENDS else end,
        starts[name_from],
        titles,
        name,
        i >= 0 and start < quoted[i][1],
        # Only a name of two words or more can be a person without a title.
        len(name) > 1 and not titles and not organisation and _after_role(text, start, speech),
        organisation,
    )


def one_word_run(
    text: str, m: re.Match[str], speech: Speech, quoted: Sequence[Span], quote_starts: list[int]
) -> NameRun | None:
    """The run of the one-word match ``m`` of :data:`_RUN`, as :func:`name_runs` reads it
    where no abbreviated title joins matches; None when it names nothing.

    ``quote_starts`` are the starts of ``quoted``, for bisection.
    """
    found, start = m.group(), m.start()
    if not found[0].isupper():
        return None  # "élan": a letter that is no capital opens no name
    reading = _read_run((found,), None, speech)
    if reading is None:
        return None
    i = bisect.bisect_right(quote_starts, start) - 1
    end = m.end()
    return NameRun(
        start,
        end - 2 if found[-2:] in _POSSESSIVE_ENDS else end,
        start,
        reading[2],
        reading[3],
        i >= 0 and start < quoted[i][1],
        False,  # one word is never a person by itself, whatever comes before it
        reading[4],
    )


def _word_starts(words: tuple[str, ...], at: int) -> list[int]:
    """Where each of ``words``, one space apart from ``at`` on, starts."""
    out = []
    for w in words:
        out.append(at)
        at += len(w) + 1
    return out


# How a run of words reads: the index of its first word and of its name's first word,
# its titles, its name and whether it names an organisation.
_Reading = tuple[int, int, tuple[str, ...], tuple[str, ...], bool]
_UNREAD = (-1, -1, (), (), False)  # not read yet (None is "no name")


# A role noun and a preposition right before a name run ("chief executive of ",
# "head teacher at the "): the run names what the role belongs to.  Where nouns are
# capitalised ("Sprecher der Bahn"), the role is read in any case.
_ROLE_BEFORE = compile_pattern(r"([a-z]+)\s+([a-z]+)\s+(?:the\s+)?$")
_ROLE_BEFORE_ANY_CASE = r"([^\W\d_]+)\s+([^\W\d_]+)\s+$"


def _after_role(text: str, start: int, speech: Speech) -> bool:
    # Cheap test first: the preposition is the last word before the run, or the
    # one before a last "the".
    last = text[max(0, start - 40) : start].split()[-2:]
    preps = speech.ROLE_PREPOSITIONS
    if not last or (last[-1] not in preps and last[0] not in preps):
        return False
    if speech.NOUNS_CAPITALISED:
        m = _compiled(_ROLE_BEFORE_ANY_CASE).search(text, max(0, start - 40), start)
        return m is not None and m.group(2) in preps and speech.is_role(m.group(1).lower())
    m = _ROLE_BEFORE.search(text, max(0, start - 40), start)
    return m is not None and m.group(2) in preps and m.group(1) in speech.ROLE_NOUNS


def _read_run(
    found: tuple[str, ...], share: Callable[[str, str], str] | None, speech: Speech
) -> _Reading | None:
    """How the run of words ``found`` (as written) reads, or None when it names nothing;
    ``share`` gives the one string kept for each word (None: the word as found)."""
    if share is None:  # a run read alone: no call a word (strip_possessive, inlined)
        tokens = [w[:-2] if w[-2:] in _POSSESSIVE_ENDS else w for w in found]
    else:
        tokens = [share(t, t) for t in map(strip_possessive, found)]
    titles, acronym_titles = speech.TITLES, speech.ACRONYM_TITLES
    if len(tokens) == 1:  # most runs: one capitalised word ("The", "Kyiv")
        t, low = tokens[0], tokens[0].lower()
        if low in speech.NOT_NAMES or t in acronym_titles:
            return None
        if low in titles and not is_acronym(t):
            return None
        return 0, 0, (), (t,), speech.is_organisation(low)
    # Leading dates and sentence-initial words are not part of the name.
    first = 0
    while first < len(tokens) and tokens[first].lower() in speech.NOT_NAMES:
        first += 1
    last_title = first - 1
    for i in range(first, len(tokens)):
        t = tokens[i]
        if t in acronym_titles or (t.lower() in titles and not is_acronym(t)):
            last_title = i
    # A role noun leading the run is a "false title": "Economist Tariq Aziz"
    # opening a sentence.  Only leading, since many are surnames too ("Adam Driver").
    lead = first
    leading, compounds = speech.leading_titles, speech.ROLE_SUFFIXES
    while lead < len(tokens) - 1 and (
        tokens[lead].lower() in leading or (compounds and speech.is_role(tokens[lead].lower()))
    ):
        lead += 1
    name_from = max(first, last_title + 1, lead)
    if name_from >= len(tokens):
        return None
    return (
        first,
        name_from,
        tuple(tokens[first:name_from]),
        tuple(tokens[name_from:]),
        speech.is_organisation(tokens[-1].lower()),
    )


def strip_possessive_end(tok: re.Match[str]) -> int:
    """Where the word ``tok`` ends, without a possessive "'s"."""
    return tok.end() - (2 if tok.group()[-2:] in _POSSESSIVE_ENDS else 0)


def strip_possessive(word: str) -> str:
    """ "Ukraine's" → "Ukraine"."""
    return word[:-2] if word[-2:] in _POSSESSIVE_ENDS else word
