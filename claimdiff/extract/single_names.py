"""One-word name runs ("Kyiv", "Khan", "The"), read only where a look-up needs one.

Three name runs in four are one word, and a speaker index needs few of them: the run a
phrase ends with, and the later mentions of a person named in full ("Khan" after
"Karim Khan", for pronouns and role nouns).  In a language with no abbreviated titles
(so no "Dr. Meier" joining two matches) each one-word match of the name-run pattern is a
run by itself, and is read here at its own offset exactly as
:func:`claimdiff.extract.names.name_runs` reads it among all the others.

:class:`OneWordRuns` is told whether a place lies in a match of two words or more
(:func:`claimdiff.extract.names.multi_word_runs`): a word inside one of those is no
one-word run.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from claimdiff.extract.names import CAPITALISED_WORD, NameRun, one_word_run
from claimdiff.lexicon.speech import Speech
from claimdiff.model import Span

_INNER = "'’-"
# Past this many names to look for, one pass over every capitalised word costs less
# than a `str.find` pass per name (about 300 names, timed on news).
_MOST_FINDS = 200


class OneWordRuns:
    """Reads the one-word runs of one text on demand; holds only what it was given."""

    __slots__ = (
        "_ending", "in_longer", "quote_starts", "quoted", "speech", "text",
    )  # fmt: skip

    def __init__(
        self,
        text: str,
        speech: Speech,
        quoted: Sequence[Span],
        in_longer: Callable[[int], bool],
    ) -> None:
        self.text = text
        self.speech = speech
        self.quoted = quoted
        self.quote_starts = [s for s, _ in quoted]
        # Whether a place lies in a match of two words or more.
        self.in_longer = in_longer
        # Runs already looked for by their end: many figures of a text name one
        # source, and a word is read whole (a long one would be read again each time).
        self._ending: dict[int, NameRun | None] = {}

    def run_at(self, at: int) -> NameRun | None:
        """The one-word run starting at ``at``, if one does."""
        m = CAPITALISED_WORD.match(self.text, at)
        if m is None:
            return None
        if self.in_longer(at):
            return None  # a word of a longer run
        return one_word_run(self.text, m, self.speech, self.quoted, self.quote_starts)

    def run_ending_at(self, end: int) -> NameRun | None:
        """The one-word run whose word (without a possessive "'s") ends at ``end``."""
        if end not in self._ending:
            self._ending[end] = self._read_ending_at(end)
        return self._ending[end]

    def _read_ending_at(self, end: int) -> NameRun | None:
        text = self.text
        # Back to where the word ending here starts: letters and digits, and an
        # apostrophe or hyphen after one (the capitalised-word pattern starts nowhere
        # else).  A word is read whole by the pattern, so the walk is as long as it.
        at = end
        while at > 0:
            c = text[at - 1]
            if c.isalnum() or (c in _INNER and at > 1 and text[at - 2].isalnum()):
                at -= 1
            else:
                break
        if at == end:
            return None
        run = self.run_at(at)
        return run if run is not None and run.end == end else None

    def named(self, names: Collection[str]) -> list[NameRun]:
        """Every one-word run whose name is one of ``names``, in text order."""
        text = self.text
        found: dict[int, NameRun] = {}
        if len(names) > _MOST_FINDS:
            for m in CAPITALISED_WORD.finditer(text):
                run = self.run_at(m.start())
                if run is not None and run.name[0] in names:
                    found[run.start] = run
        else:
            for name in names:
                # Each hit starting a word is checked by the pattern itself, which
                # also reads a longer word ("Khanate") that may be a name of its own.
                at = text.find(name)
                while at >= 0:
                    if at not in found:
                        run = self.run_at(at)
                        if run is not None and run.name[0] in names:
                            found[at] = run
                    at = text.find(name, at + 1)
        return [found[k] for k in sorted(found)]
