"""Who a phrase names: people and sources, reported by their fullest name.

A report introduces a person once in full ("Karim Khan, the international
criminal court prosecutor") and then shortens: "Mr Khan", "Khan", "he",
"the prosecutor".  :class:`SpeakerIndex` reads the whole text once — its
capitalised name runs, the titles and role nouns around them — so that any
of those shortened phrases resolves back to "Karim Khan" in constant or
logarithmic time.

The index is deliberately shallow: it knows nothing of syntax beyond commas,
clause words and capitals, which is what attribution in news copy uses.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

import attrs

from claimdiff.lexicon import alternation
from claimdiff.lexicon import en_attribution as lex
from claimdiff.model import Span
from claimdiff.text import words


def verb_pattern(verbs: frozenset[str]) -> re.Pattern[str]:
    """A pattern matching any of ``verbs`` as a whole word, longest first.

    The alternation is factored on shared prefixes ("sa(?:y(?:s|ing)?|id)"), so the
    engine tries one branch per letter: faster to compile and to search than a flat
    list of ~110 verbs.
    """
    return re.compile(r"\b(?:" + alternation(verbs) + r")\b")


ACCORDING = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in lex.SOURCE_PREPOSITIONS) + r")\b", re.IGNORECASE
)
"""Phrases that name a source after them ("according to police")."""

# The longest subject phrase we accept: longer ones are mis-parses
# ("Monday's meeting, hosted by …, saw Mr Raab" is cut at its commas first).
MAX_PHRASE_WORDS = 8
# The longest subject phrase returned as written when it names no person.
MAX_SOURCE_WORDS = 6

_POSSESSIVE = re.compile(r"['’]s$")
_POSSESSIVE_ENDS = ("'s", "’s")
# A word as :func:`claimdiff.text.words` finds it (letters and digits, inner
# apostrophes and hyphens) that starts with a letter other than a lower-case
# ASCII one: the only words that can be part of a name.  The lookbehinds make it
# start where a word starts, never inside "x-Ray" or "rock'n'Roll".
_CAPITALISED = re.compile(r"(?<![^\W_])(?<![^\W_]['’\-])(?=[^\W\d_a-z])[^\W_]+(?:['’\-][^\W_]+)*")
_WORD_AT = re.compile(r"\w*")

# Sorted positions and the value named at each, for a binary search.
Occurrences = tuple[list[int], list[str]]


def _is_acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper()


@attrs.frozen
class NameRun:
    """A run of capitalised words: its span, title words and name words.

    ``start`` is where the whole run (titles included) begins; ``name_start``
    where the name proper begins.
    """

    start: int
    end: int
    name_start: int
    titles: tuple[str, ...]
    name: tuple[str, ...]
    quoted: bool = False
    after_role: bool = False
    """Right after a role and "of", "at" or "for": "chief executive of Harbour Telecom"."""

    @property
    def person(self) -> bool:
        """True when the run itself says it is a person (a title, or a two-word name)."""
        if self.name[-1].lower() in lex.ORGANISATION_WORDS:
            return False  # "Justice Ministry", "Home Office"
        if self.titles:
            return True
        if self.after_role:
            return False  # the body or place a role belongs to, not a person
        return len(self.name) >= 2 and not any(_is_acronym(w) for w in self.name)


def name_runs(text: str, quoted: Sequence[Span] = ()) -> list[NameRun]:
    """Every capitalised name run in ``text``, in order; runs inside ``quoted`` are marked.

    >>> [" ".join(r.name) for r in name_runs("Prosecutor General Andriy Kostin met Mr Khan.")]
    ['Andriy Kostin', 'Khan']
    """
    runs: list[NameRun] = []
    current: list[re.Match[str]] = []
    quote_starts = [s for s, _ in quoted]
    # One string per distinct name word: a long text names the same people often.
    words: dict[str, str] = {}
    share = words.setdefault

    def flush() -> None:
        if current:
            run = _make_run(current, share)
            if run is not None:
                i = bisect.bisect_right(quote_starts, run.start) - 1
                inside = i >= 0 and run.start < quoted[i][1]
                after_role = _after_role(text, run.start)
                if inside or after_role:
                    run = attrs.evolve(run, quoted=inside, after_role=after_role)
                runs.append(run)
            current.clear()

    # Only words that may start with a capital are visited: the regex skips the
    # rest at C speed.  A word in between (lower case, digits) always leaves more
    # than one space between two capitalised words, which ends the run as before.
    for m in _CAPITALISED.finditer(text):
        word = m.group()
        if not word[0].isupper():
            flush()
            continue
        # Names continue only across one plain space; commas, quotes and
        # line breaks end them.
        if current and text[current[-1].end() : m.start()] not in (" ", "\u00a0"):
            flush()
        current.append(m)
        if word[-2:] in _POSSESSIVE_ENDS:
            flush()  # "Ukraine's Prosecutor General …": the possessor is its own name
    flush()
    return runs


# A role noun and a preposition right before a name run ("chief executive of ",
# "head teacher at the "): the run names what the role belongs to.
_ROLE_BEFORE = re.compile(r"([a-z]+)\s+([a-z]+)\s+(?:the\s+)?$")


_LEADING_TITLES = lex.ROLE_NOUNS | lex.TITLES


def _after_role(text: str, start: int) -> bool:
    # Cheap test first: the preposition is the last word before the run, or the
    # one before a last "the".
    last = text[max(0, start - 40) : start].split()[-2:]
    if not last or (last[-1] not in lex.ROLE_PREPOSITIONS and last[0] not in lex.ROLE_PREPOSITIONS):
        return False
    m = _ROLE_BEFORE.search(text, max(0, start - 40), start)
    return m is not None and m.group(2) in lex.ROLE_PREPOSITIONS and m.group(1) in lex.ROLE_NOUNS


def _make_run(matches: list[re.Match[str]], share: Callable[[str, str], str]) -> NameRun | None:
    tokens = [_strip_possessive(m.group()) for m in matches]
    tokens = [share(t, t) for t in tokens]
    if len(tokens) == 1:  # most runs: one capitalised word ("The", "Kyiv")
        t, low = tokens[0], tokens[0].lower()
        if low in lex.NOT_NAMES or t in lex.ACRONYM_TITLES:
            return None
        if low in lex.TITLES and not _is_acronym(t):
            return None
        m = matches[0]
        return NameRun(m.start(), _strip_possessive_end(m), m.start(), (), (t,))
    # Leading dates and sentence-initial words are not part of the name.
    first = 0
    while first < len(tokens) and tokens[first].lower() in lex.NOT_NAMES:
        first += 1
    last_title = first - 1
    for i in range(first, len(tokens)):
        if tokens[i] in lex.ACRONYM_TITLES or (
            tokens[i].lower() in lex.TITLES and not _is_acronym(tokens[i])
        ):
            last_title = i
    # A role noun leading the run is a "false title": "Economist Tariq Aziz"
    # opening a sentence.  Only leading, since many are surnames too ("Adam Driver").
    lead = first
    while lead < len(tokens) - 1 and tokens[lead].lower() in _LEADING_TITLES:
        lead += 1
    name_from = max(first, last_title + 1, lead)
    if name_from >= len(tokens):
        return None
    return NameRun(
        start=matches[first].start(),
        end=_strip_possessive_end(matches[-1]),
        name_start=matches[name_from].start(),
        titles=tuple(t for t in tokens[first:name_from]),
        name=tuple(tokens[name_from:]),
    )


@attrs.frozen
class SpeakerIndex:
    """Per-text tables that resolve a phrase to the fullest name of who it means.

    Build one with :func:`build_index`; every lookup is a dictionary access or
    a binary search.
    """

    text: str = attrs.field(repr=False)
    runs: tuple[NameRun, ...] = attrs.field(repr=False)
    run_ends: tuple[int, ...] = attrs.field(repr=False)
    # a name's last words ("Khan") -> positions and multi-word forms ending in them
    full_forms: dict[str, Occurrences] = attrs.field(repr=False)
    persons: frozenset[str] = attrs.field(repr=False)
    # positions and names of person mentions outside quotations, for pronouns
    person_at: tuple[int, ...] = attrs.field(repr=False)
    person_name: tuple[str, ...] = attrs.field(repr=False)
    # role noun -> positions and the persons it described ("prosecutor" -> Karim Khan)
    roles: dict[str, Occurrences] = attrs.field(repr=False)

    def fullest(self, run: NameRun) -> str:
        """The fullest form of ``run``'s name: the nearest earlier multi-word name it ends."""
        return _fullest(self.full_forms, run)

    def nearest_person(self, pos: int) -> str | None:
        """The person last named (outside quotations) before ``pos``."""
        i = bisect.bisect_right(self.person_at, pos) - 1
        return self.person_name[i] if i >= 0 else None

    def by_role(self, role: str, pos: int) -> str | None:
        """The person last described by ``role`` before ``pos`` (else the first after)."""
        return _nearest(self.roles.get(role), pos)

    def run_ending_at(self, end: int) -> NameRun | None:
        """The name run whose last word ends at ``end``, if any."""
        i = bisect.bisect_left(self.run_ends, end)
        if i < len(self.runs) and self.run_ends[i] == end:
            return self.runs[i]
        return None

    def resolve(self, start: int, end: int) -> str | None:
        """Who the phrase ``text[start:end]`` names, or None when it names no one.

        Person names come back in their fullest form; pronouns resolve to the
        nearest person named before; role nouns ("the prosecutor") to the
        person they described; other sources ("the ministry", "Kyiv",
        "police") come back as written.
        """
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
        toks = list(words(self.text, start, end))
        if not toks or len(toks) > MAX_PHRASE_WORDS:
            return None
        head = toks[-1].group().lower()
        if head in lex.PERSON_PRONOUNS:
            return self.nearest_person(start)
        if head in lex.OTHER_PRONOUNS:
            return None
        toks = _drop_data_noun(toks)
        for k, t in enumerate(toks[:-1]):
            low = t.group().lower()
            if low in lex.VOICE_NOUNS and toks[k + 1].group().lower() in lex.ROLE_PREPOSITIONS:
                # "a spokesman for Network Rail": the body speaks through its voice.
                if k + 2 < len(toks):
                    return self.resolve(toks[k + 2].start(), end)
            if k and low in _AFFILIATION:
                # "economist Tariq Aziz of the Halden Institute": the person, not the body.
                person = self._person(toks[0].start(), toks[k - 1].end(), leading=True)
                if person is not None:
                    return person
        run = self.run_ending_at(_strip_possessive_end(toks[-1]))
        if run is not None and run.name_start >= toks[0].start():
            before = [t for t in toks if t.end() <= run.start]
            after_prep = bool(before) and before[-1].group().lower() in lex.PREPOSITIONS
            full = self.fullest(run)
            if full in self.persons or run.person:
                if not after_prep:
                    return full
            elif not before:
                return full
        if (
            head in lex.ROLE_NOUNS
            and len(toks) <= 4
            and all(not t.group()[0].isupper() or i == 0 for i, t in enumerate(toks))
        ):
            found = self.by_role(head, start)
            if found is not None:
                return found
        return _as_written(self.text, toks)

    def _person(self, start: int, end: int, *, leading: bool = False) -> str | None:
        """The fullest name of the person ``text[start:end]`` ends with, if it names one.

        Lower-case words may come first ("chairman Omar Wells"); another
        capitalised word may not, unless ``leading`` ("Economist Tariq Aziz").
        """
        toks = list(words(self.text, start, end))
        if not toks:
            return None
        run = self.run_ending_at(_strip_possessive_end(toks[-1]))
        if run is None or run.name_start < toks[0].start():
            return None
        before = [t for t in toks if t.end() <= run.start]
        if not leading and any(t.group()[0].isupper() for t in before):
            return None
        full = self.fullest(run)
        return full if full in self.persons or run.person else None


# Words after a person's name that say whom the person works for: "Tariq Aziz of
# the Halden Institute", "Karim Khan at the ICC".
_AFFILIATION = frozenset({"of", "from", "at"})


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


def names_someone(source: str) -> bool:
    """True when ``source`` names a person or a body; False when it only describes one.

    A name has a capitalised word of its own ("Lena Hart", "Network Rail", "the RMT
    union", "the Ministry of Health"); a description has none, or only in a
    possessor ("the mayor", "the club's chairman", "Harbour Telecom's chief
    executive") or a capital that only opens a sentence ("Police").

    >>> names_someone("the RMT union"), names_someone("the club's chairman")
    (True, False)
    """
    toks = source.split()
    possessor = max((k for k, t in enumerate(toks) if _POSSESSIVE.search(t)), default=-1)
    for k, t in enumerate(toks[possessor + 1 :]):
        if not t[:1].isupper():
            continue
        low = t.lower()
        opening = k == 0 and possessor < 0
        if opening and (low in _DESCRIBING or low.removesuffix("s") in _DESCRIBING):
            continue  # "Police", "The", "Officials": capitals of a sentence's first word
        return True
    return False


_DESCRIBING = lex.DETERMINERS | lex.ROLE_NOUNS | lex.ORGANISATION_WORDS


def _nearest(occurrences: Occurrences | None, pos: int) -> str | None:
    """The value named last at or before ``pos``, or failing that the first after it."""
    if not occurrences:
        return None
    positions, values = occurrences
    i = bisect.bisect_right(positions, pos) - 1
    return values[max(i, 0)]


def _fullest(full_forms: dict[str, Occurrences], run: NameRun) -> str:
    # Two people may share a surname: the nearest full form before the mention wins.
    here = " ".join(run.name)
    best = _nearest(full_forms.get(here), run.start)
    return best if best is not None and len(best) > len(here) else here


def _add(table: dict[str, Occurrences], key: str, pos: int, value: str) -> None:
    positions, values = table.setdefault(key, ([], []))
    positions.append(pos)  # runs are visited in text order, so the lists stay sorted
    values.append(value)


def _strip_possessive_end(tok: re.Match[str]) -> int:
    return tok.end() - (2 if tok.group()[-2:] in _POSSESSIVE_ENDS else 0)


def _strip_possessive(word: str) -> str:
    """ "Ukraine's" → "Ukraine"."""
    return word[:-2] if word[-2:] in _POSSESSIVE_ENDS else word


def _drop_data_noun(toks: list[re.Match[str]]) -> list[re.Match[str]]:
    # "figures from the UN" names the UN as the source.
    for i, t in enumerate(toks[:-2]):
        if t.group().lower() in lex.DATA_NOUNS and toks[i + 1].group().lower() in (
            "from",
            "by",
            "of",
        ):
            return toks[i + 2 :]
    return toks


def _as_written(text: str, toks: list[re.Match[str]]) -> str | None:
    if len(toks) > MAX_SOURCE_WORDS:
        return None
    phrase = text[toks[0].start() : toks[-1].end()]
    first = toks[0].group()
    if first in ("The", "A", "An"):
        phrase = first.lower() + phrase[len(first) :]
    return phrase


def build_index(text: str, quoted: Sequence[Span] = ()) -> SpeakerIndex:
    """Read ``text`` once and build its :class:`SpeakerIndex`.

    ``quoted`` are the spans of quotations: names inside them still give
    fullest forms, but never stand behind a pronoun outside.
    """
    runs = name_runs(text, quoted)
    full_forms: dict[str, Occurrences] = {}
    persons: set[str] = set()
    for run in runs:
        full = " ".join(run.name)
        for k in range(1, len(run.name)):  # every shorter ending: "Khan" for "Karim Khan"
            _add(full_forms, " ".join(run.name[k:]), run.start, full)
    resolved = [_fullest(full_forms, run) for run in runs]
    for run, full in zip(runs, resolved, strict=True):
        if run.person:
            persons.add(full)
    person_at: list[int] = []
    person_name: list[str] = []
    roles: dict[str, Occurrences] = {}
    for run, full in zip(runs, resolved, strict=True):
        if full not in persons:
            continue
        if not run.quoted:
            person_at.append(run.start)
            person_name.append(full)
        for role in _roles_around(text, run):
            _add(roles, role, run.start, full)
    return SpeakerIndex(
        text=text,
        runs=tuple(runs),
        run_ends=tuple(r.end for r in runs),
        full_forms=full_forms,
        persons=frozenset(persons),
        person_at=tuple(person_at),
        person_name=tuple(person_name),
        roles=roles,
    )


# An apposition after a name that describes it: ", the deputy prime minister,"
# or ", his Commissioner for …".  Bounded, so linear.
_APPOSITION = re.compile(
    r",\s+((?:the|a|an|his|her|its|their)\s[^,.;:!?\n]{1,80}|[A-Z][^\s,]{0,40}['’]s\s[^,.;:!?\n]{1,80})"
)
# Lower-case words right before a name ending in a role noun, optionally with
# "of <word>": "chief prosecutor Karim Khan", "minister of justice Denys Maliuska".
_PREMODIFIER = re.compile(r"([a-z]+)(?: of [a-z]+)? $")


# A description right before a name, between commas: "the coach, Lena Hart," and
# "the club's chairman, Omar Wells." (the segment is found by _description_before).
_DESCRIPTION = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s"
    r"|(?:[A-Z][^\s,]{0,40}\s){0,3}[A-Z][^\s,]{0,40}['’]s\s)"
    r"[^,.;:!?\n“”\"]{1,80}"
)
_CLOSES_APPOSITION = re.compile(r"[ \t]*[,.;:!?]")
_SEGMENT_BREAKS = ',.;:!?\n“”"('


def _description_before(text: str, run: NameRun) -> str | None:
    """The description a name stands in apposition to, before it: "the coach" in
    "the coach, Lena Hart, said"."""
    comma = run.start - 1
    while comma > 0 and text[comma] in " \t":
        comma -= 1
    if comma <= 0 or text[comma] != "," or not _CLOSES_APPOSITION.match(text, run.end):
        return None
    lo = max(0, comma - 80)
    start = max((text.rfind(ch, lo, comma) for ch in _SEGMENT_BREAKS), default=-1) + 1
    start = max(start, lo)
    segment = text[start:comma].strip()
    m = _DESCRIPTION.fullmatch(segment)
    # "In a statement, …": a preposition opens no description.
    return segment if m is not None else None


def _roles_around(text: str, run: NameRun) -> set[str]:
    found = {t.lower() for t in run.titles if t.lower() in lex.ROLE_NOUNS}
    m = _PREMODIFIER.search(text, max(0, run.start - 40), run.start)
    if m is not None and m.group(1) in lex.ROLE_NOUNS:
        found.add(m.group(1))
    m = _APPOSITION.match(text, run.end)
    if m is not None:
        found.update(w.lower() for w in m.group(1).split() if w.lower() in lex.ROLE_NOUNS)
    before = _description_before(text, run)
    if before is not None:
        found.update(w.lower() for w in before.split() if w.lower() in lex.ROLE_NOUNS)
    return found


def subject_before(text: str, lo: int, verb: int) -> Span | None:
    """The subject phrase that ends right before a reporting verb at ``verb``.

    Walks back over fillers ("has publicly said") and then over words, up to
    punctuation, a clause word or ``lo``.  Returns None when there is none,
    when punctuation parts it from the verb, or when the verb is negated
    ("has not said" attributes nothing).
    """
    toks = list(words(text, max(lo, verb - 160), verb))

    def blank_after(i: int) -> bool:
        nxt = toks[i + 1].start() if i + 1 < len(toks) else verb
        return not text[toks[i].end() : nxt].strip()

    i = len(toks) - 1
    passive = False
    while i >= 0 and toks[i].group().lower() in lex.VERB_FILLERS and blank_after(i):
        passive = passive or toks[i].group().lower() in lex.PASSIVE_AUXILIARIES
        i -= 1
    verb_word = _WORD_AT.match(text, verb)
    if passive and verb_word is not None and not verb_word.group().endswith("ing"):
        return None  # "Putin was accused of …": the subject is not the source
    if i < 0:
        return None
    if not blank_after(i):
        return _subject_with_parenthetical(text, toks, i, verb)
    if toks[i].group().lower() in lex.NEGATIONS | lex.DETERMINERS | lex.CLAUSE_BREAKS:
        return None  # "has not said", "an estimated 300", "… and said"
    return _walk_back(toks, i, blank_after)


def coordinated(text: str, lo: int, verb: int) -> bool:
    """Whether the reporting verb at ``verb`` follows "and", "but", "or" or "then"
    (fillers between allowed): it shares the subject of the verb before it."""
    toks = list(words(text, max(lo, verb - 60), verb))
    i = len(toks) - 1
    while i >= 0 and toks[i].group().lower() in lex.VERB_FILLERS:
        i -= 1
    return i >= 0 and toks[i].group().lower() in lex.COORDINATORS


def _walk_back(
    toks: list[re.Match[str]], end_i: int, blank_after: Callable[[int], bool]
) -> Span | None:
    """The phrase ending with ``toks[end_i]``: words back to punctuation or a clause word."""
    i = end_i
    while (
        i > 0
        and blank_after(i - 1)
        and toks[i - 1].group().lower() not in lex.CLAUSE_BREAKS
        and end_i - i + 1 < MAX_PHRASE_WORDS
    ):
        i -= 1
    if toks[i].group().lower() in lex.CLAUSE_BREAKS:
        return None
    return toks[i].start(), toks[end_i].end()


# The longest aside between a subject and its verb: "Grace Mwangi, whose son was
# hurt at the Fenwick care home, said".
MAX_PARENTHETICAL_WORDS = 12
# Words that open an aside after a subject: an apposition or a relative clause.
_ASIDE_OPENERS = frozenset("the a an his her its their who whose which".split())
_COMMA_GAP = re.compile(r"\s*,\s*")


def _subject_with_parenthetical(
    text: str, toks: list[re.Match[str]], last: int, verb: int
) -> Span | None:
    """ "Lena Hart, the coach, said" and "the coach, Lena Hart, said": subject and aside.

    ``toks[last]`` ends the aside, before a comma and the verb; the span returned
    runs from the subject to the end of the aside, and the speaker index picks
    the part that names a person.  None when the commas do not enclose an aside.
    """

    def gap(i: int) -> str:
        nxt = toks[i + 1].start() if i + 1 < len(toks) else verb
        return text[toks[i].end() : nxt]

    if not _COMMA_GAP.fullmatch(gap(last)):
        return None
    j = last
    while j > 0 and not gap(j - 1).strip() and last - j + 1 < MAX_PARENTHETICAL_WORDS:
        j -= 1
    if j == 0 or not _COMMA_GAP.fullmatch(gap(j - 1)):
        return None
    opener = toks[j].group()
    if opener.lower() not in _ASIDE_OPENERS and not opener[0].isupper():
        return None
    if toks[j - 1].group().lower() in lex.NEGATIONS | lex.DETERMINERS:
        return None
    head = _walk_back(toks, j - 1, lambda i: not gap(i).strip())
    return None if head is None else (head[0], toks[last].end())


def phrase_after(text: str, pos: int, hi: int) -> Span | None:
    """The noun phrase starting at ``pos``: words up to punctuation, a clause word or a preposition.

    "of" is kept inside ("the head of the agency"); other prepositions end the
    phrase ("said Khan on Monday" is Khan).
    """
    first: re.Match[str] | None = None
    last: re.Match[str] | None = None
    for m in words(text, pos, hi):
        low = m.group().lower()
        gap = text[(last.end() if last is not None else pos) : m.start()]
        if gap.strip() or low in lex.CLAUSE_BREAKS:
            break
        if first is not None and low in lex.PREPOSITIONS and low != "of":
            break
        if first is None:
            first = m
        last = m
        if last.start() - first.start() > 120:
            break
    if first is None or last is None:
        return None
    if first.group()[0].islower():
        # "said the head teacher, Daniel Okafor." and "according to the club's
        # chairman, Omar Wells, “…": a name in apposition to a description.
        name = _NAME_APPOSITION.match(text, last.end(), hi)
        if name is not None:
            return first.start(), name.end()
    return first.start(), last.end()


# A capitalised name of up to four words after a comma, ending at punctuation,
# a quotation mark or the end: the name of the description before it.
_NAME_APPOSITION = re.compile(
    r",[ \t]+(?:[A-Z][\w'’.-]*[ \t]){0,3}[A-Z][\w'’-]*(?=[ \t]*(?:[,.;:!?”\"’]|$))"
)
