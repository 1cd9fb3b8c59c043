"""The role nouns said around a person's name: "chief prosecutor Karim Khan", "Karim
Khan, the prosecutor,", "the coach, Lena Hart,".

:class:`claimdiff.extract.speakers.SpeakerIndex` reads them around each mention of a
person the first time a role noun ("the prosecutor") is resolved.
"""

from __future__ import annotations

import functools
import re
from types import ModuleType

from claimdiff.extract.names import NameRun
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon.speech import Speech
from claimdiff.pattern_code import compile_pattern

__all__ = ["roles_around"]


# Lower-case words right before a name ending in a role noun, optionally with
# "of <word>": "chief prosecutor Karim Khan", "minister of justice Denys Maliuska".
_PREMODIFIER = lazy_pattern(r"([a-z]+)(?: of [a-z]+)? $")
_CLOSES_APPOSITION = lazy_pattern(r"[ \t]*[,.;:!?]")
_SEGMENT_BREAKS = ',.;:!?\n“”"('


@functools.cache
def _role_patterns(tables: ModuleType) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The apposition and description patterns of a language's ``APPOSITION_OPENERS``.

    An apposition after a name that describes it: ", the deputy prime minister," or
    ", his Commissioner for …".  A description right before a name, between commas:
    "the coach, Lena Hart," and "the club's chairman, Omar Wells." (the segment is
    found by _description_before).  Bounded, so linear.
    """
    openers = tables.APPOSITION_OPENERS
    apposition = compile_pattern(
        r",\s+((?:" + "|".join(openers) + r")\s[^,.;:!?\n]{1,80}"
        r"|[A-Z][^\s,]{0,40}['’]s\s[^,.;:!?\n]{1,80})"
    )
    either_case = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in openers)
    description = compile_pattern(
        r"(?:(?:" + either_case + r")\s"
        r"|(?:[A-Z][^\s,]{0,40}\s){0,3}[A-Z][^\s,]{0,40}['’]s\s)"
        r"[^,.;:!?\n“”\"]{1,80}"
    )
    return apposition, description


def _description_before(text: str, run: NameRun, description: re.Pattern[str]) -> str | None:
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
    m = description.fullmatch(segment)
    # "In a statement, …": a preposition opens no description.
    return segment if m is not None else None


def roles_around(text: str, run: NameRun, speech: Speech) -> set[str]:
    """The role nouns of ``speech`` said around ``run``: its titles, the words before it,
    an apposition after it, a description before it."""
    roles = speech.ROLE_NOUNS
    apposition, description = _role_patterns(speech.tables)
    found = {t.lower() for t in run.titles if t.lower() in roles}
    m = _PREMODIFIER.search(text, max(0, run.start - 40), run.start)
    if m is not None and m.group(1) in roles:
        found.add(m.group(1))
    m = apposition.match(text, run.end)
    if m is not None:
        found.update(w.lower() for w in m.group(1).split() if w.lower() in roles)
    before = _description_before(text, run, description)
    if before is not None:
        found.update(w.lower() for w in before.split() if w.lower() in roles)
    return found
