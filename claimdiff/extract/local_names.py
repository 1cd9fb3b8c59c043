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
from collections.abc import Sequence

from claimdiff.extract.name_table import NameTable
from claimdiff.extract.names import MULTI_WORD_RUN, NameRun, multi_word_runs, read_matches
from claimdiff.lexicon.speech import Speech
from claimdiff.model import Span

# A space before a lower-case ASCII letter or a digit: no run holds that letter (a
# run's words open with an ASCII capital or a non-ASCII letter, and only spaces join
# them), nor that space (it would join a word opening there).  Between two of these
# the run pattern matches as it does over the whole text: its look-behinds read the
# text before where a match is asked to start.
_BREAK = re.compile(r" [a-z0-9]")
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


class LocalNames:
    """The answers of the :class:`NameTable` of every multi-word run of ``text``, read
    locally until that table is built."""

    __slots__ = ("_budget", "_every", "_read", "_tables", "quoted", "speech", "text")

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
            runs = self._read[match.start()] = read_matches(
                self.text, (match,), self.speech, self.quoted
            )
        return runs

    def _match_at(self, at: int) -> re.Match[str] | None:
        """The match of two words or more holding ``at``, if any (raises _TooFar)."""
        text = self.text
        floor = max(0, at - _REACH)
        k = text.rfind(" ", floor, at)
        while k >= 0 and text[k + 1] not in _OPENS_NO_RUN:
            k = text.rfind(" ", floor, k)
        if k < 0 and floor > 0:
            raise _TooFar
        lo = k + 1
        found = _BREAK.search(text, at, at + _REACH)
        if found is not None:
            hi = found.start() + 1
        elif at + _REACH < len(text):
            raise _TooFar
        else:
            hi = len(text)
        self._budget -= hi - lo + _READ_COST
        if self._budget < 0:
            raise _TooFar
        for m in MULTI_WORD_RUN.finditer(text, lo, hi):
            if m.start() > at:
                break
            if at < m.end():
                return m
        return None
