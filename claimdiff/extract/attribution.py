"""Who a text attributes a figure to: "Kyiv says …", "according to police", "Kostin said".

A figure belongs to a source when the sentence says so — a reporting verb
with its subject before the figure ("Russia has publicly said it has brought
thousands"), "according to X", a trailing attribution (", the ministry
said."), or a quotation around it (the quote's speaker).  A mere grammatical
subject is not a source: "The ICC has more than 900 staff" attributes
nothing.

Reading a text's names and quotations is done once per text by
:func:`attributor`; :func:`claim_source` is the one-call convenience that
goes through a small cache of attributors keyed on the text.
"""

from __future__ import annotations

import bisect
import functools
import re

import attrs

from claimdiff.extract import quotes, speakers
from claimdiff.lexicon import en_attribution as lex
from claimdiff.model import Claim, Span
from claimdiff.text import sentences, words

_VERB = speakers.verb_pattern(lex.REPORTING_VERBS | lex.FIGURE_ONLY_VERBS)
_ACCORDING = speakers.ACCORDING
# What may stand between a figure's clause and a trailing attribution: a
# comma, perhaps after a closing quotation mark or bracket.
_TRAILING_LEAD = re.compile(r"""[”"’')\]]?,\s*$""")


@attrs.frozen
class Attributor:
    """Per-text state for attributing figures: the speaker index and the quotations.

    >>> t = "Kyiv says 16,000 children were taken. The ICC has 900 staff."
    >>> a = attributor(t)
    >>> a.source((0, 37), (10, 16)), a.source((38, 61), (50, 53))
    ('Kyiv', None)
    """

    text: str = attrs.field(repr=False)
    index: speakers.SpeakerIndex = attrs.field(repr=False)
    quote_starts: list[int] = attrs.field(repr=False)
    quotes: list[Claim] = attrs.field(repr=False)
    # Reporting verbs and "according to" found once per text, as (start, end)
    # in text order: each figure then looks them up by bisection instead of
    # scanning its sentence, which kept dense tables quadratic-ish in cost.
    verbs: list[tuple[int, int]] = attrs.field(repr=False, factory=list)
    according: list[tuple[int, int]] = attrs.field(repr=False, factory=list)

    def source(self, sentence: Span, anchor: Span) -> str | None:
        """Who ``sentence`` attributes the figure at ``anchor`` to, or None."""
        quote = quotes.quote_at(self.quote_starts, self.quotes, anchor[0])
        if quote is not None:
            return quote.source
        for find in (self._verb_before, self._according_to, self._trailing):
            found = find(sentence, anchor)
            if found is not None:
                return found
        return None

    def _verb_before(self, sentence: Span, anchor: Span) -> str | None:
        """`Kyiv says more than 16,000`: the last reporting verb before the figure."""
        k = bisect.bisect_left(self.verbs, (anchor[0],)) - 1
        # The verb must end before the figure and start inside the sentence.
        while k >= 0 and self.verbs[k][1] > anchor[0]:
            k -= 1
        if k < 0 or self.verbs[k][0] < sentence[0]:
            return None
        phrase = speakers.subject_before(self.text, sentence[0], self.verbs[k][0])
        return self.index.resolve(*phrase) if phrase is not None else None

    def _according_to(self, sentence: Span, anchor: Span) -> str | None:
        """`according to police`, anywhere in the sentence."""
        k = bisect.bisect_left(self.according, (sentence[0],))
        if k == len(self.according) or self.according[k][1] > sentence[1]:
            return None
        phrase = speakers.phrase_after(self.text, self.according[k][1], sentence[1])
        return self.index.resolve(*phrase) if phrase is not None else None

    def _trailing(self, sentence: Span, anchor: Span) -> str | None:
        """`…, the ministry said.` or `…, said the ministry.` ending the sentence."""
        text = self.text
        k = bisect.bisect_left(self.verbs, (anchor[1],))
        while k < len(self.verbs) and self.verbs[k][1] <= sentence[1]:
            v_start, v_end = self.verbs[k]
            k += 1
            if not _short_tail(text, v_end, sentence[1]):
                continue
            if _TRAILING_LEAD.search(text, anchor[1], v_start):
                phrase = speakers.phrase_after(text, v_end, sentence[1])
            else:
                phrase = speakers.subject_before(text, anchor[1], v_start)
                if phrase is None or not _TRAILING_LEAD.search(text, anchor[1], phrase[0]):
                    continue
            if phrase is not None:
                return self.index.resolve(*phrase)
        return None


def _short_tail(text: str, start: int, end: int) -> bool:
    count = 0
    for m in words(text, start, end):
        count += 1
        if count > lex.MAX_ATTRIBUTION_TAIL_WORDS or m.group().lower() in lex.CLAUSE_BREAKS:
            return False
    return True


@functools.lru_cache(maxsize=4)
def attributor(text: str) -> Attributor:
    """Read ``text`` once (sentences, names, quotations) for attributing its figures.

    Cached on the text, so calling it once per figure costs one dictionary
    lookup after the first.
    """
    quoted, index = quotes.quotes_and_speakers(text, sentences(text))
    starts, ordered = quotes.quote_spans(quoted)
    verbs = [m.span() for m in _VERB.finditer(text)]
    according = [m.span() for m in _ACCORDING.finditer(text)]
    return Attributor(text, index, starts, ordered, verbs, according)


def claim_source(text: str, sentence: Span, anchor: Span) -> str | None:
    """The source ``sentence`` attributes the figure at ``anchor`` to, or None.

    >>> t = "The funding will reach 300 victims, the ministry said."
    >>> claim_source(t, (0, len(t)), (23, 26))
    'the ministry'
    """
    return attributor(text).source(sentence, anchor)
