"""Who a phrase names: people and sources, reported by their fullest name.

A report introduces a person once in full ("Karim Khan, the international
criminal court prosecutor") and then shortens: "Mr Khan", "Khan", "he",
"the prosecutor".  :class:`SpeakerIndex` reads a text's capitalised name runs of two
words or more (:mod:`claimdiff.extract.names`) around the phrases it resolves, and
all of them, the one-word runs and the role nouns around a person's mentions only when
a look-up needs them, so that any of those shortened phrases resolves back to "Karim
Khan".  The phrases themselves are found by :mod:`claimdiff.extract.phrases`.

The index is deliberately shallow: it knows nothing of syntax beyond commas,
clause words and capitals, which is what attribution in news copy uses.  Its
word lists are the lexicon's (``lex.speech``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from claimdiff.extract.local_names import LocalNames
from claimdiff.extract.name_table import NameTable, Occurrences, add, nearest
from claimdiff.extract.names import NameRun, name_runs, strip_possessive_end
from claimdiff.extract.roles import roles_around
from claimdiff.extract.single_names import OneWordRuns
from claimdiff.lexicon.speech import Speech
from claimdiff.model import Span
from claimdiff.pattern_code import compile_pattern
from claimdiff.text import words

# The longest subject phrase we accept: longer ones are mis-parses.
MAX_PHRASE_WORDS = 8
# The longest subject phrase returned as written when it names no person.
MAX_SOURCE_WORDS = 6

_POSSESSIVE = compile_pattern(r"['’]s$")
_OPENS_NO_NAME = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
# The longest text whose pronouns are resolved by reading back from each: a longer one
# has many, and its mentions are read once for all (where the tables of the names read
# back held as much again on 5 MB of news).
_LOCAL_PERSONS = 1 << 16


class SpeakerIndex:
    """Per-text tables that resolve a phrase to the fullest name of who it means.

    Build one with :func:`build_index`; every lookup is a dictionary access or
    a binary search once the tables it needs are read.  Fullest forms and persons come
    from the runs of two words or more (a one-word run adds no longer form and is no
    person by itself), read (``names``) where a phrase needs them in a language with no
    abbreviated titles (:class:`LocalNames`), else at once; the one-word runs only where
    a look-up needs one: the run a phrase ends with, and, the first time a pronoun or
    role noun is resolved, the one-word mentions of a person; the role nouns around the
    mentions only the first time a role noun is.
    """

    __slots__ = (
        "_mentions", "_places", "_resolved", "_roles", "names", "one_word", "speech", "text",
    )  # fmt: skip

    def __init__(
        self,
        text: str,
        speech: Speech,
        names: NameTable | LocalNames,
        one_word: OneWordRuns | None,
    ) -> None:
        self.text = text
        self.speech = speech
        # The runs' table: of every run (with ``one_word`` None, German), else the runs of
        # two words or more, read locally around the places asked about (LocalNames).
        self.names = names
        self.one_word = one_word
        self._mentions: list[tuple[NameRun, str]] | None = None
        self._places: tuple[list[int], list[str]] | None = None
        self._roles: dict[str, Occurrences] | None = None
        # Each phrase's answer, by its span (None is an answer: it names no one): the
        # figures of one sentence ask for the subject of its one reporting verb each (a
        # fifth of the look-ups of news).
        self._resolved: dict[Span, str | None] = {}

    @property
    def persons(self) -> frozenset[str]:
        """The fullest names of every person the text names (reads every run)."""
        return self.names.every.persons

    @property
    def full_forms(self) -> dict[str, Occurrences]:
        """A name's last words ("Khan") -> positions and the multi-word forms ending in them
        (reads every run)."""
        return self.names.every.full_forms

    def fullest(self, run: NameRun) -> str:
        """The fullest form of ``run``'s name: the nearest earlier multi-word name it ends."""
        return self.names.fullest(" ".join(run.name), run.start)

    @property
    def mentions(self) -> list[tuple[NameRun, str]]:
        """Every run that names a person (quoted ones too), with the person's fullest name."""
        if self._mentions is None:
            self._mentions = self._read_mentions()
        return self._mentions

    def _read_mentions(self) -> list[tuple[NameRun, str]]:
        every = self.names.every
        persons = every.persons
        pairs = zip(every.runs, every.resolved, strict=True)
        found = [(run, full) for run, full in pairs if full in persons]
        if self.one_word is not None:
            # A one-word run names a person when its fullest form does: a person's
            # one-word name, or the last word of a longer form.
            names = {k for k in every.full_forms if " " not in k}
            names.update(p for p in persons if " " not in p)
            for run in self.one_word.named(names):
                full = self.fullest(run)
                if full in persons:
                    found.append((run, full))
            found.sort(key=lambda pair: pair[0].start)
        return found

    @property
    def places(self) -> tuple[list[int], list[str]]:
        """Where persons are named outside quotations, and who, for pronouns."""
        if self._places is None:
            unquoted = [(run.start, full) for run, full in self.mentions if not run.quoted]
            self._places = [at for at, _ in unquoted], [full for _, full in unquoted]
        return self._places

    @property
    def roles(self) -> dict[str, Occurrences]:
        """Role noun -> positions and the persons it described ("prosecutor" -> Karim Khan).

        Read apart from :attr:`places`: pronouns are resolved far more often than role
        nouns, and reading the roles around every mention costs several regex searches.
        """
        if self._roles is None:
            self._roles = {}
            for run, full in self.mentions:
                for role in roles_around(self.text, run, self.speech):
                    add(self._roles, role, run.start, full)
        return self._roles

    def nearest_person(self, pos: int) -> str | None:
        """The person last named (outside quotations) before ``pos``."""
        if (
            self._places is None
            and len(self.text) <= _LOCAL_PERSONS
            and isinstance(self.names, LocalNames)
        ):
            # Read back from ``pos`` where the mentions are not read yet: reading every
            # mention of the text took some 1.5% of extracting news, for a pronoun or two.
            read, person = self.names.person_before(pos)
            if read:
                return person
        person_at, person_name = self.places
        i = bisect.bisect_right(person_at, pos) - 1
        return person_name[i] if i >= 0 else None

    def by_role(self, role: str, pos: int) -> str | None:
        """The person last described by ``role`` before ``pos`` (else the first after)."""
        return nearest(self.roles.get(role), pos)

    def run_ending_at(self, end: int) -> NameRun | None:
        """The name run whose last word ends at ``end``, if any."""
        run = self.names.run_ending_at(end)
        if run is not None or self.one_word is None:
            return run
        return self.one_word.run_ending_at(end)

    def _run_ending(self, tok: re.Match[str]) -> NameRun | None:
        """The name run whose last word is the word ``tok`` (without a possessive "'s").

        A word opening with a lower-case ASCII letter or a digit ends no run (a run's
        words open with a capital or a letter outside ASCII, and one ending where ``tok``
        ends starts where it does, or before it where ``tok`` is cut, which the callers
        refuse): "police", "the ministry" are answered without reading the runs there.
        """
        if tok.group()[0] in _OPENS_NO_NAME:
            return None
        return self.run_ending_at(strip_possessive_end(tok))

    def resolve(self, start: int, end: int) -> str | None:
        """Who the phrase ``text[start:end]`` names, or None when it names no one.

        Person names come back in their fullest form; pronouns resolve to the
        nearest person named before; role nouns ("the prosecutor") to the
        person they described; other sources ("the ministry", "Kyiv",
        "police") come back as written.
        """
        span = (start, end)
        if span not in self._resolved:
            self._resolved[span] = self._resolve(start, end)
        return self._resolved[span]

    def _resolve(self, start: int, end: int) -> str | None:
        """:meth:`resolve`, read anew."""
        parts = _comma_parts(self.text, start, end)
        if len(parts) > 1:
            # An apposition or a relative clause: "the coach, Lena Hart" and "Ruth
            # Adler, who chairs the committee": the part that names a person speaks,
            # else the first part (the rest describes it).
            for part in parts:
                person = self._person(*part)
                if person is not None:
                    return person
            return self.resolve(*parts[0])
        sp = self.speech
        toks = list(words(self.text, start, end))
        if not toks or len(toks) > MAX_PHRASE_WORDS:
            return None
        head = toks[-1].group().lower()
        if head in sp.PERSON_PRONOUNS:
            return self.nearest_person(start)
        if head in sp.OTHER_PRONOUNS:
            return None
        toks = _drop_data_noun(toks, sp)
        for k, t in enumerate(toks[:-1]):
            low = t.group().lower()
            if low in sp.VOICE_NOUNS and toks[k + 1].group().lower() in sp.ROLE_PREPOSITIONS:
                # "a spokesman for Network Rail": the body speaks through its voice.
                if k + 2 < len(toks):
                    return self.resolve(toks[k + 2].start(), end)
            if k and low in sp.AFFILIATION:
                # "economist Tariq Aziz of the Halden Institute": the person, not the body.
                person = self._person(toks[0].start(), toks[k - 1].end(), leading=True)
                if person is not None:
                    return person
        run = self._run_ending(toks[-1])
        if run is not None and run.name_start >= toks[0].start():
            before = [t for t in toks if t.end() <= run.start]
            after_prep = bool(before) and before[-1].group().lower() in sp.PREPOSITIONS
            full = self.fullest(run)
            if run.person or self.names.is_person(full):
                if not after_prep:
                    return full
            elif not before:
                return full
        # A description: lower case but for its first word, and its head where every
        # noun is capitalised ("der Minister").
        head_at = len(toks) - 1 if sp.NOUNS_CAPITALISED else 0
        if (
            sp.is_role(head)
            and len(toks) <= 4
            and all(not t.group()[0].isupper() or i in (0, head_at) for i, t in enumerate(toks))
        ):
            found = self.by_role(head, start)
            if found is not None:
                return found
        return _as_written(self.text, toks, sp)

    def _person(self, start: int, end: int, *, leading: bool = False) -> str | None:
        """The fullest name of the person ``text[start:end]`` ends with, if it names one.

        Lower-case words may come first ("chairman Omar Wells"); another
        capitalised word may not, unless ``leading`` ("Economist Tariq Aziz").
        """
        toks = list(words(self.text, start, end))
        if not toks:
            return None
        run = self._run_ending(toks[-1])
        if run is None or run.name_start < toks[0].start():
            return None
        before = [t for t in toks if t.end() <= run.start]
        if not leading and any(t.group()[0].isupper() for t in before):
            return None
        full = self.fullest(run)
        return full if run.person or self.names.is_person(full) else None


def _comma_parts(text: str, start: int, end: int) -> list[Span]:
    """``text[start:end]`` cut at its commas, each part trimmed; empty parts dropped."""
    parts: list[Span] = []
    lo = start
    while lo <= end:
        hi = text.find(",", lo, end)
        hi = end if hi < 0 else hi
        a, b = lo, hi
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            parts.append((a, b))
        lo = hi + 1
    return parts


def names_someone(source: str, speech: Speech | None = None) -> bool:
    """True when ``source`` names a person or a body; False when it only describes one.

    A name has a capitalised word of its own ("Lena Hart", "Network Rail", "the RMT
    union", "the Ministry of Health"); a description has none, or only in a
    possessor ("the mayor", "the club's chairman", "Harbour Telecom's chief
    executive") or a capital that only opens a sentence ("Police").

    >>> names_someone("the RMT union"), names_someone("the club's chairman")
    (True, False)

    ``speech`` is the language's attribution tables (English when None).
    """
    if speech is None:
        from claimdiff.lexicon import get_lexicon

        speech = get_lexicon("en").speech
    describing = speech.describing
    toks = source.split()
    possessor = max((k for k, t in enumerate(toks) if _POSSESSIVE.search(t)), default=-1)
    for k, t in enumerate(toks[possessor + 1 :]):
        if not t[:1].isupper():
            continue
        low = t.lower()
        opening = k == 0 and possessor < 0
        if opening and (low in describing or low.removesuffix("s") in describing):
            continue  # "Police", "The", "Officials": capitals of a sentence's first word
        if speech.NOUNS_CAPITALISED and (
            low in describing or speech.is_role(low) or speech.is_organisation(low)
        ):
            continue  # "der Minister", "die Polizei": every noun has its capital
        return True
    return False


def _drop_data_noun(toks: list[re.Match[str]], speech: Speech) -> list[re.Match[str]]:
    # "figures from the UN" names the UN as the source.
    for i, t in enumerate(toks[:-2]):
        if (
            t.group().lower() in speech.DATA_NOUNS
            and toks[i + 1].group().lower() in speech.DATA_NOUN_LINKS
        ):
            return toks[i + 2 :]
    return toks


def _as_written(text: str, toks: list[re.Match[str]], speech: Speech) -> str | None:
    if len(toks) > MAX_SOURCE_WORDS:
        return None
    phrase = text[toks[0].start() : toks[-1].end()]
    first = toks[0].group()
    if first in speech.LOWERED_ARTICLES:
        phrase = first.lower() + phrase[len(first) :]
    return phrase


def build_index(text: str, speech: Speech, quoted: Sequence[Span] = ()) -> SpeakerIndex:
    """Read ``text``'s name runs and build its :class:`SpeakerIndex`.

    ``quoted`` are the spans of quotations, in order: names inside them still give
    fullest forms, but never stand behind a pronoun outside.
    """
    if speech.TITLE_ABBREVIATIONS:  # "Dr. Meier": one-word matches join into runs
        return SpeakerIndex(text, speech, NameTable(name_runs(text, speech, quoted)), None)
    names = LocalNames(text, speech, quoted)
    return SpeakerIndex(text, speech, names, OneWordRuns(text, speech, quoted, names.covers))
