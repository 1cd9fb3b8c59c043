"""A language's attribution tables (``<lang>_attribution.py``), compiled once per lexicon.

The rules of attribution (:mod:`claimdiff.extract.names`, ``phrases``,
``speakers``, ``quotes``, ``attribution``) receive a :class:`Speech` from the
:class:`~claimdiff.lexicon.Lexicon` (``lex.speech``) and read every word list
through it, so that no rule names a language.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from types import ModuleType
from typing import TYPE_CHECKING, Any

import attrs

from claimdiff.fields_repr import fields_repr
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import alternation, hold_tables
from claimdiff.lexicon.looks import any_case
from claimdiff.lexicon.regex import NONWORD_CLASS, NONWORD_OTHER
from claimdiff.pattern_code import compile_pattern


class VerbPattern:
    r"""Verbs found as whole words, longest first: (start, end, verb) of each, as
    ``finditer`` of ``\b(?:verbs)\b`` gives them.

    The alternation is factored on shared prefixes ("sa(?:y(?:s|ing)?|id)"), so the
    engine tries one branch per letter.  A pattern opening with ``\b`` is tried at every
    offset of a sentence; this one is searched opening with the character before a verb
    (no word character, :data:`.regex.NONWORD`), which the engine skips to; a verb
    opening the span is found from the character before it, or at the text's start
    from a space put before its first words.  Right after that character a lookahead
    for the verbs' first characters (written as they are: the pattern is case-
    sensitive) turns away, with one class test, the non-word characters no verb follows,
    where the engine tried the lookbehind and the first branches (a sentence of figures,
    "£1.2m, $3bn, 45%", is nearly all such characters).
    """

    __slots__ = ("_after", "_plain", "_reach")

    def __init__(self, verbs: frozenset[str]) -> None:
        words = alternation(verbs)
        self._plain: re.Pattern[str] | None = None
        self._after: re.Pattern[str] | None = None
        # A verb opening with no word character would have one before it: none does.
        if all(v[:1].isalnum() or v[:1] == "_" for v in verbs):
            firsts = "".join(re.escape(c) for c in sorted({v[0] for v in verbs}))
            ahead = "(?=[" + firsts + "])" if firsts else ""
            self._after = compile_pattern(
                NONWORD_CLASS + ahead + NONWORD_OTHER + r"(?P<v>" + words + r")\b"
            )
        else:
            self._plain = compile_pattern(r"\b(?:" + words + r")\b")
        self._reach = max(map(len, verbs), default=0) + 1  # a verb and the character after

    def spans(self, text: str, lo: int, hi: int) -> Iterator[tuple[int, int, str]]:
        """(start, end, verb) of each verb in ``text[lo:hi]``, in order."""
        after = self._after
        if after is None:
            plain = self._plain
            for m in plain.finditer(text, lo, hi) if plain is not None else ():
                yield m.start(), m.end(), m.group()
            return
        if lo > 0:
            # A verb opening the span is found from the character before it by the search
            # below, started there: tried at that offset first, the search is the match
            # there, and else the search from ``lo`` (one call, not a match and a search).
            pos = lo - 1
        else:  # the text's first words, after a space: a verb there has \b before it
            pos = lo
            first = after.match(" " + text[: hi if hi < self._reach else self._reach])
            if first is not None:
                start, pos = first.start("v") - 1, first.end("v") - 1
                yield start, pos, first["v"]
        search = after.search
        while (found := search(text, pos, hi)) is not None:
            start, pos = found.span("v")
            yield start, pos, found["v"]


# Not slotted: the tables are kept in the instance's __dict__ (hold_tables), as in
# Lexicon, so the rules' many reads are plain look-ups.
@attrs.frozen(slots=False)
class Speech:
    """Attribution tables of one language, with the regexes and sets built from them."""

    __repr__ = fields_repr  # attrs compiles none (claimdiff.fields_repr)

    tables: ModuleType = attrs.field(repr=False)
    figure_verbs: VerbPattern = attrs.field(repr=False)
    """Verbs that attribute a figure ("said", "shows"); "so" where it reports."""
    quote_verbs: VerbPattern = attrs.field(repr=False)
    """Verbs that introduce a quotation ("said", "added")."""
    according: re.Pattern[str] = attrs.field(repr=False)
    """Phrases that name a source after them ("according to police", "laut Polizei")."""
    according_keys: tuple[str, ...] | None = attrs.field(repr=False)
    """The phrases of ``according``, lower case, each of which a match holds lower-cased
    (their spaces are single spaces in the pattern): a text holding none has no match.
    None where a phrase is not ASCII, whose case a look could miss."""
    trailing_lead: re.Pattern[str] = attrs.field(repr=False)
    """What may stand between a figure's clause and a trailing attribution: a comma,
    perhaps after a closing quotation mark or bracket (and ", wie" in German)."""
    particles: dict[str, re.Pattern[str]] = attrs.field(repr=False)
    """Each separable verb → its particles as a whole word ("teilte" → "mit")."""
    leading_titles: frozenset[str] = attrs.field(repr=False)
    describing: frozenset[str] = attrs.field(repr=False)

    def __attrs_post_init__(self) -> None:
        hold_tables(self, self.tables)

    if TYPE_CHECKING:  # the tables (sp.REPORTING_VERBS…), held above

        def __getattr__(self, name: str) -> Any: ...

    def is_role(self, low: str) -> bool:
        """Whether the lower-case word ``low`` is a role noun, compounds included."""
        return low in self.ROLE_NOUNS or (
            bool(self.ROLE_SUFFIXES) and low.endswith(self.ROLE_SUFFIXES)
        )

    def is_organisation(self, low: str) -> bool:
        """Whether the lower-case word ``low`` ends an organisation's name."""
        return low in self.ORGANISATION_WORDS or (
            bool(self.ORGANISATION_SUFFIXES) and low.endswith(self.ORGANISATION_SUFFIXES)
        )

    def verbs(
        self, pattern: VerbPattern, text: str, lo: int, hi: int
    ) -> Iterator[tuple[int, int, str]]:
        """(start, end, verb) of the verbs ``pattern`` finds in ``text[lo:hi]``; a
        separable verb only with its particle later in the span ("teilte die Polizei
        mit")."""
        if not self.particles:
            yield from pattern.spans(text, lo, hi)
            return
        for found in pattern.spans(text, lo, hi):
            particle = self.particles.get(found[2])
            if particle is None or particle.search(text, found[1], hi):
                yield found


def whole_words_any_case(phrases: list[str]) -> str:
    r"""``(?i)\b(?:phrases)\b``, written so that the engine skips to a phrase's first letter.

    A pattern opening with ``\b`` is tried at every offset of a sentence, and a case-blind
    branch of letters gives the engine no first characters to skip to.  This one opens
    with a case-sensitive class of every character a phrase's first letter matches case-
    blind, then looks behind for no word character before it and checks which phrase's
    first letter it was: the same matches, tried at a few letters of each sentence.
    """
    if not phrases or not all(p[:1].isascii() and p[:1].isalpha() for p in phrases):
        return r"(?i:\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b)"
    firsts = "".join(sorted({any_case(p[0]) for p in phrases}))
    arms = "|".join(f"(?<={re.escape(p[0])})" + re.escape(p[1:]) for p in phrases)
    return "[" + firsts + r"](?<!\w.)(?i:" + arms + r")\b"


def build_speech(tables: ModuleType) -> Speech:
    """Compile a language's attribution tables."""
    t = tables
    trailing = t.TRAILING_ONLY_VERBS
    according = sorted(t.SOURCE_PREPOSITIONS, key=len, reverse=True)  # longest first
    lead_words = "".join(r"(?:" + re.escape(w) + r"\s+)?" for w in t.TRAILING_LEAD_WORDS)
    return Speech(
        tables=t,
        # A separable verb of doing ("fügte … hinzu", added) introduces quotes only.
        figure_verbs=VerbPattern(
            t.REPORTING_VERBS
            | t.FIGURE_ONLY_VERBS
            | (t.SEPARABLE_VERBS.keys() - t.QUOTE_ONLY_VERBS)
            | trailing
        ),
        quote_verbs=VerbPattern(
            t.REPORTING_VERBS | t.QUOTE_ONLY_VERBS | t.SEPARABLE_VERBS.keys() | trailing
        ),
        according=compile_pattern(whole_words_any_case(according)),
        according_keys=(
            tuple(p.lower() for p in according) if all(p.isascii() for p in according) else None
        ),
        # Asked only of a quote a reporting verb trails: compiled at its first match.
        trailing_lead=lazy_pattern(r"""[”"’')\]]?,\s*""" + lead_words + "$"),
        particles={
            verb: compile_pattern(r"\b(?:" + "|".join(map(re.escape, ps)) + r")\b")
            for verb, ps in t.SEPARABLE_VERBS.items()
        },
        leading_titles=t.ROLE_NOUNS | t.TITLES,
        describing=t.DETERMINERS | t.ROLE_NOUNS | t.ORGANISATION_WORDS,
    )
