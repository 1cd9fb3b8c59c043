"""A speaker index's names, read only around the places it asks about.

Most phrases a speaker index resolves end with a name ("Mr Khan", "the Met Police"),
and three questions settle them: which run ends where the phrase ends, the fullest form
of its name, and whether that form names a person.  The last two are read from the runs
whose name ends in the same word ("Khan": "Karim Khan", "Mr Khan") alone, found where
the word occurs (``str.find``); and the name-run pattern is matched only between two
places no run crosses.  The whole text is read (:class:`NameTable` of every run) when
every person is needed (a pronoun, a role noun), when no such place is near, or when
the local reads have cost about as much as the whole.  The answers are those of the
table of every run.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from claimdiff.extract.name_table import NameTable
from claimdiff.extract.names import (
    CAPITALISED_WORD,
    MULTI_WORD_RUN,
    NameRun,
    multi_word_runs,
    one_word_run,
    read_match,
)
from claimdiff.lexicon.speech import Speech
from claimdiff.model import Span
from claimdiff.pattern_code import compile_pattern

# A space before a lower-case ASCII letter or a digit: no run holds that letter (a
# run's words open with an ASCII capital or a non-ASCII letter, and only spaces join
# them), nor that space (it would join a word opening there).  Between two of these
# the run pattern matches as it does over the whole text: its look-behinds read the
# text before where a match is asked to start.
_BREAK = compile_pattern(r" [a-z0-9]")
_OPENS_NO_RUN = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
# How far from a place to look for a break before reading the whole text instead (a
# text in capitals has none).
_REACH = 240
# What a local read is counted as costing beyond the characters it matches over: its
# Python steps are worth a few dozen characters of the whole-text pass.
_READ_COST = 48
# A word's table looks for the word through the whole text (str.find): counted as this
# share of the text, so that a text naming a new person at every figure falls back to
# the whole-text read after a few dozen words rather than finding each through it
# (quadratic: 16.5 s against 3.4 s on 2 MB of "said <a new name>").
_FIND_SHARE = 16


class _TooFar(Exception):
    """No break near the place asked about, or local reads have cost enough."""


def _run_end(text: str, at: int) -> int:
    """Where no name run holding ``at`` reaches past: the first place after it that no run
    crosses, or the text's end (raises _TooFar past :data:`_REACH`)."""
    found = _BREAK.search(text, at, at + _REACH)
    if found is not None:
        return found.start() + 1
    if at + _REACH < len(text):
        raise _TooFar
    return len(text)


class LocalNames:
    """The answers of the :class:`NameTable` of every multi-word run of ``text``, read
    locally until that table is built."""

    __slots__ = (
        "_budget", "_every", "_joins", "_quote_starts", "_read", "_tables", "_windows", "quoted",
        "speech", "text",
    )  # fmt: skip

    def __init__(self, text: str, speech: Speech, quoted: Sequence[Span]) -> None:
        assert not speech.TITLE_ABBREVIATIONS, "a title's full stop joins one-word matches"
        self.text = text
        self.speech = speech
        self.quoted = quoted
        self._every: NameTable | None = None
        # The runs whose name ends in a word, by that word.
        self._tables: dict[str, NameTable] = {}
        # The runs read from a match, by where it starts.
        self._read: dict[int, list[NameRun]] = {}
        # What local reads may still cost, in characters, before the whole text is read.
        self._budget = len(text) + 8 * _REACH
        self._quote_starts: list[int] | None = None  # the starts of ``quoted``, when needed
        # The matches of two words or more between two places no run crosses, by the
        # first place: (the second, the matches).
        self._windows: dict[int, tuple[int, list[re.Match[str]]]] = {}
        # Whether a word may be one of a match of two words or more, by word.
        self._joins: dict[str, bool] = {}

    @property
    def every(self) -> NameTable:
        """The table of every run of two words or more, read on first use."""
        if self._every is None:
            runs, starts, ends = multi_word_runs(self.text, self.speech, self.quoted)
            self._every = NameTable(runs, starts, ends)
        return self._every

    def fullest(self, name: str, at: int) -> str:
        """The fullest form of ``name`` (words joined by spaces) named at ``at``."""
        if self._every is None:
            try:
                return self._table(name[name.rfind(" ") + 1 :]).fullest(name, at)
            except _TooFar:
                pass
        return self.every.fullest(name, at)

    def is_person(self, full: str) -> bool:
        """Whether a run whose fullest form is ``full`` names a person."""
        if self._every is None:
            try:
                return self._table(full[full.rfind(" ") + 1 :]).is_person(full)
            except _TooFar:
                pass
        return self.every.is_person(full)

    def run_ending_at(self, end: int) -> NameRun | None:
        """The run of two words or more whose last word ends at ``end``, if any."""
        if self._every is None:
            try:
                # Its last letter lies in its match.
                match = self._match_at(end - 1) if end > 0 else None
                if match is None:
                    return None
                return next((r for r in self._runs(match) if r.end == end), None)
            except _TooFar:
                pass
        return self.every.run_ending_at(end)

    def covers(self, at: int) -> bool:
        """Whether ``at`` lies in a match of two words or more."""
        if self._every is None:
            try:
                return self._match_at(at) is not None
            except _TooFar:
                pass
        return self.every.covers(at)

    def person_before(self, pos: int) -> tuple[bool, str | None]:
        """(True, the fullest name of the person named last outside quotations at or
        before ``pos``, or None), read back from ``pos``; (False, None) where the local
        reads cost too much.

        The speaker index answers this from every mention of a person in the text
        (:attr:`.speakers.SpeakerIndex.places`): a run of two words or more, or a one-word
        run outside those, whose fullest form names a person.  The runs are read here
        window by window back from ``pos``, each window between two places no run
        crosses, and the first such mention is that one: a pronoun's person is most
        often named a sentence or two before it.
        """
        text = self.text
        try:
            hi = _run_end(text, pos)
            while hi > 0:
                lo = self._break_before(hi - _REACH) if hi > _REACH else 0
                self._budget -= hi - lo + _READ_COST
                if self._budget < 0:
                    raise _TooFar
                for run in self._runs_back(lo, hi, pos):
                    if len(run.name) == 1 and not self._may_join(run.name[0]):
                        # A one-word name no longer run holds has no fuller form and is no
                        # person's (a person's one-word name has a title before it, "Mr
                        # Khan"): "Kyiv", "Police" are looked up in no table.
                        continue
                    full = self.fullest(" ".join(run.name), run.start)
                    if self.is_person(full):
                        return True, full
                hi = lo
        except _TooFar:
            return False, None
        return True, None

    def _may_join(self, word: str) -> bool:
        """Whether ``word`` may be a word of a match of two words or more: somewhere it
        stands a space from a word holding a capital or a letter outside ASCII.  False
        only where no match holds it ("in Kyiv", "Police said").  Raises _TooFar."""
        found = self._joins.get(word)
        if found is None:
            # A pass through the text, as a table's (quadratic else: see _FIND_SHARE).
            self._budget -= len(self.text) // _FIND_SHARE
            if self._budget < 0:
                raise _TooFar
            found = self._joins[word] = _may_join(self.text, word)
        return found

    def _break_before(self, at: int) -> int:
        """Where a place no run crosses is, at or before ``at`` (raises _TooFar)."""
        text = self.text
        floor = max(0, at - _REACH)
        k = text.rfind(" ", floor, at)
        while k >= 0 and text[k + 1] not in _OPENS_NO_RUN:
            k = text.rfind(" ", floor, k)
        if k < 0 and floor > 0:
            raise _TooFar
        return k + 1

    def _runs_back(self, lo: int, hi: int, pos: int) -> Iterator[NameRun]:
        """The runs of ``text[lo:hi]`` (two places no run crosses) starting at or before
        ``pos`` outside quotations, last first: those of its matches of two words or more,
        and each one-word run outside them, read as the index reads them."""
        text = self.text
        longer = list(MULTI_WORD_RUN.finditer(text, lo, hi))
        # (start, run or one-word match) in text order; a match of two words or more
        # before a one-word run at the same start, as in every mention.
        found: list[tuple[int, NameRun | re.Match[str]]] = [
            (r.start, r) for m in longer if m.start() <= pos for r in self._runs(m)
        ]
        k = 0
        for m in CAPITALISED_WORD.finditer(text, lo, hi):  # hi: no word is cut short
            at = m.start()
            if at > pos:
                break
            while k < len(longer) and longer[k].end() <= at:
                k += 1
            if k == len(longer) or at < longer[k].start():  # no word of a longer run
                found.append((at, m))
        found.sort(key=lambda f: f[0])  # stable
        quote_starts = self._starts_of_quotes()
        for at, item in reversed(found):
            if at > pos:
                continue
            # A one-word run is read only when reached: the person is most often near.
            run = (
                one_word_run(text, item, self.speech, self.quoted, quote_starts)
                if isinstance(item, re.Match)
                else item
            )
            if run is not None and not run.quoted:
                yield run

    def _table(self, word: str) -> NameTable:
        """The table of the runs whose name ends in ``word``: it gives the fullest forms
        and persons of every name ending in ``word`` as the table of every run does."""
        table = self._tables.get(word)
        if table is None:
            text = self.text
            self._budget -= len(text) // _FIND_SHARE
            if self._budget < 0:
                raise _TooFar
            runs: list[NameRun] = []
            read_to = 0  # the end of the last match read
            at = text.find(word)
            while at >= 0:
                if at >= read_to:
                    match = self._match_at(at)
                    if match is not None:
                        read_to = match.end()
                        runs += [r for r in self._runs(match) if r.name[-1] == word]
                at = text.find(word, at + 1)
            table = self._tables[word] = NameTable(runs)
        return table

    def _runs(self, match: re.Match[str]) -> list[NameRun]:
        runs = self._read.get(match.start())
        if runs is None:
            runs = self._read[match.start()] = read_match(
                self.text, match, self.speech, self.quoted, self._starts_of_quotes()
            )
        return runs

    def _starts_of_quotes(self) -> list[int]:
        """The starts of ``quoted``, for bisection: listed once, when first needed."""
        if self._quote_starts is None:
            self._quote_starts = [s for s, _ in self.quoted]
        return self._quote_starts

    def _match_at(self, at: int) -> re.Match[str] | None:
        """The match of two words or more holding ``at``, if any (raises _TooFar)."""
        text = self.text
        lo = self._break_before(at)
        window = self._windows.get(lo)
        if window is None or at >= window[0]:
            hi = _run_end(text, at)
            self._budget -= hi - lo + _READ_COST
            if self._budget < 0:
                raise _TooFar
            # Between two places no run crosses: every match of the window, kept for the
            # next place asked about in it (two in five are).
            window = self._windows[lo] = (hi, list(MULTI_WORD_RUN.finditer(text, lo, hi)))
        for m in window[1]:
            if m.start() > at:
                break
            if at < m.end():
                return m
        return None


# What joins the words of a run, and what a word of a run is made of.
_JOINS = " \u00a0"
_WORDISH = "'’-"


def _may_join(text: str, word: str) -> bool:
    """Whether ``word`` stands somewhere in ``text`` a space from a word holding a capital
    or a letter outside ASCII, before it or (no possessive between) after it.

    A word of a match of two words or more (a possessive "'s" cut off) does: it is
    joined by one space to a word of the match, which opens with an ASCII capital or a
    character outside ASCII, and a possessive ends the match.
    """
    n = len(word)
    at = text.find(word)
    while at >= 0:
        if at > 1 and text[at - 1] in _JOINS:
            k = at - 1  # the letters, digits and inner marks before the space
            while k > 0 and (text[k - 1].isalnum() or text[k - 1] in _WORDISH):
                k -= 1
            if any(c.isupper() or not c.isascii() for c in text[k : at - 1]):
                return True
        end = at + n
        if end + 1 < len(text) and text[end] in _JOINS:
            c = text[end + 1]
            if c.isupper() or not c.isascii():
                return True
        at = text.find(word, at + 1)
    return False
