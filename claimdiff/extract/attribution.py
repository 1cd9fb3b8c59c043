"""Who a text attributes a figure to: "Kyiv says …", "according to police", "Kostin said".

A figure belongs to a source when the sentence says so — a reporting verb
with its subject before the figure ("Russia has publicly said it has brought
thousands"), "according to X", a trailing attribution (", the ministry
said."), or a quotation around it (the quote's speaker).  A mere grammatical
subject is not a source: "The ICC has more than 900 staff" attributes
nothing.

Reading a text's quotations is done once per text by :func:`attributor`; its
names and reporting verbs are read lazily, only where a figure needs them.
:func:`claim_source` is the one-call convenience (it rereads the text: keep an
:class:`Attributor` to attribute many figures of one text).
"""

from __future__ import annotations

import bisect
import itertools

from claimdiff import nouns
from claimdiff.extract import quotes, speakers
from claimdiff.extract.phrases import coordinated, phrase_after, subject_of
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon, get_lexicon
from claimdiff.lexicon.speech import Speech
from claimdiff.model import Span
from claimdiff.text import Lowered, sentence_index, sentences, words


class Attributor:
    """Per-text state for attributing figures: the quotations, and what is read lazily.

    The speaker index (the text's name runs) is built the first time a
    phrase has to be resolved, and reporting verbs are looked for only in the
    sentences asked about: a text whose figures no one reports reads no names
    at all.  Nothing is kept once the object is dropped.

    >>> t = "Kyiv says 16,000 children were taken. The ICC has 900 staff."
    >>> a = attributor(t)
    >>> a.source((0, 37), (10, 16)), a.source((38, 61), (50, 53))
    ('Kyiv', None)
    """

    __slots__ = (
        "_cites",
        "_found",
        "_furthest",
        "_index",
        "_low",
        "_quoted",
        "_reach",
        "_read_for",
        "_sentences",
        "_speech",
        "quote_starts",
        "quotes",
        "text",
    )

    def __init__(
        self, text: str, sents: list[Span], lex: Lexicon, low: Lowered | None = None
    ) -> None:
        self.text = text
        self._sentences = sents
        self._speech: Speech = lex.speech
        self._index: speakers.SpeakerIndex | None = None
        # Whether the text may hold "according to" or its like anywhere, asked the first
        # time a sentence is read (None till then): most texts hold none, and the phrases'
        # pattern, tried at every "a" and "c" of each sentence asked about, is then spared.
        self._low = low
        self._cites: bool | None = None
        raw = quotes.scan_quotes(text)
        self._quoted = [(q.start, q.end) for q in raw]
        found = quotes.read_quotes(text, raw, sents, lambda: self.index, lex)
        self.quote_starts, self.quotes = quotes.quote_spans(found)
        # How far the quotes up to each one reach, at the furthest: whether any quote
        # overlaps a sentence is then one bisection (see quiet()).
        self._furthest = list(itertools.accumulate((q.span[1] for q in self.quotes), max))
        # The reporting verbs and "according to" of the sentences last asked about
        # (first and last index), as (start, end) in text order: each figure looks them
        # up by bisection.  Figures ask in text order, so those of one sentence share
        # one read; keeping every sentence's, most of them empty, took 3 MB on 5 MB.
        self._read_for = (-1, -1)
        # Where a span must start and end (its last character) to lie in the one
        # sentence last read: each figure of it then skips the two bisections.
        self._reach = (0, -1)
        self._found: tuple[list[tuple[int, int]], list[tuple[int, int]]] = ([], [])

    @property
    def index(self) -> speakers.SpeakerIndex:
        """The text's speaker index, built on first use."""
        if self._index is None:
            self._index = speakers.build_index(self.text, self._speech, self._quoted)
        return self._index

    def source(self, sentence: Span, anchor: Span) -> str | None:
        """Who ``sentence`` attributes the figure at ``anchor`` to, or None.

        ``sentence`` is a sentence of the text, or a part of one.
        """
        quote = quotes.quote_at(self.quote_starts, self.quotes, anchor[0])
        if quote is not None:
            return quote.source
        verbs, according = self._read(sentence)
        if not verbs and not according:
            return None  # nothing in the sentence attributes: spare the three readers
        # One reader after another, each only where those before found nothing: the
        # first finds most sources, and the last reads every verb after the figure.
        found = self._verb_before(verbs, sentence, anchor)
        if found is None:
            found = self._according_to(according, sentence)
        if found is None:
            found = self._trailing(verbs, sentence, anchor)
        return found

    def quiet(self, sentence: Span) -> bool:
        """Whether no figure starting in ``sentence``, a sentence of the text, has a source:
        no quote overlaps it, and it names no reporting verb and no "according to".

        Asked once per sentence, it spares its figures :meth:`source` each: a part of the
        sentence is read as the sentence is, and a figure's quote is one holding its start.
        """
        lo, hi = sentence
        k = bisect.bisect_left(self.quote_starts, hi)
        if k and self._furthest[k - 1] > lo:
            return False
        verbs, according = self._read(sentence)
        return not verbs and not according

    def _read(self, span: Span) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """The reporting verbs and "according to" of the sentences holding ``span``."""
        lo, hi = self._reach
        last_char = span[1] - 1 if span[1] - 1 > span[0] else span[0]  # not max(): per figure
        if lo <= span[0] and last_char < hi:
            return self._found
        sents = self._sentences
        if not sents:
            return [], []
        first = sentence_index(sents, span[0])
        last = sentence_index(sents, last_char)
        if self._read_for != (first, last):
            sp = self._speech
            cites = self._cites
            if cites is None:
                cites = self._cites = self._may_cite()
            verbs: list[tuple[int, int]] = []
            according: list[tuple[int, int]] = []
            for k in range(first, last + 1):
                a, b = sents[k]
                verbs += [(s, e) for s, e, _ in sp.verbs(sp.figure_verbs, self.text, a, b)]
                if cites:
                    according += [m.span() for m in sp.according.finditer(self.text, a, b)]
            self._read_for, self._found = (first, last), (verbs, according)
        if first == last:  # the positions sentence_index gives ``first`` for
            lo = sents[first][0] if first else -1
            hi = sents[first + 1][0] if first + 1 < len(sents) else len(self.text) + 1
            self._reach = (lo, hi)
        else:
            self._reach = (0, -1)
        return self._found

    def _may_cite(self) -> bool:
        """Whether the text may hold one of the phrases of ``according``: False only where
        no lower-cased window of it holds one (:meth:`.text.Lowered.may_hold`)."""
        keys = self._speech.according_keys
        if keys is None:
            return True  # phrases not all ASCII: no look decides, the pattern is searched
        low = Lowered(self.text) if self._low is None else self._low
        return low.may_hold(keys)

    def _verb_before(
        self, verbs: list[tuple[int, int]], sentence: Span, anchor: Span
    ) -> str | None:
        """`Kyiv says more than 16,000`: the last reporting verb before the figure."""
        sp = self._speech
        k = bisect.bisect_left(verbs, (anchor[0],)) - 1
        # The verb must end before the figure and start inside the sentence.
        while k >= 0 and verbs[k][1] > anchor[0]:
            k -= 1
        while k >= 0 and verbs[k][0] >= sentence[0]:
            v = verbs[k]
            if sp.TRAILING_ONLY_VERBS and self.text[v[0] : v[1]] in sp.TRAILING_ONLY_VERBS:
                k -= 1  # "so" reports only after the words it attributes
                continue
            if _noun_use(self.text, v[0], sp):
                k -= 1  # "shipments to the Nordic state climbed": a noun, no verb
                continue
            phrase = subject_of(self.text, sentence[0], v, sentence[1], sp)
            if phrase is not None:
                return self.index.resolve(*phrase)
            if not coordinated(self.text, sentence[0], v[0], sp):
                return None
            k -= 1  # "… estimated the damage at £3m and said": the first verb's subject
        return None

    def _according_to(self, according: list[tuple[int, int]], sentence: Span) -> str | None:
        """`according to police`, anywhere in the sentence."""
        k = bisect.bisect_left(according, (sentence[0],))
        if k == len(according) or according[k][1] > sentence[1]:
            return None
        phrase = phrase_after(self.text, according[k][1], sentence[1], self._speech)
        return self.index.resolve(*phrase) if phrase is not None else None

    def _trailing(self, verbs: list[tuple[int, int]], sentence: Span, anchor: Span) -> str | None:
        """`…, the ministry said.` or `…, said the ministry.` ending the sentence."""
        text = self.text
        sp = self._speech
        lead = sp.trailing_lead
        k = bisect.bisect_left(verbs, (anchor[1],))
        while k < len(verbs) and verbs[k][1] <= sentence[1]:
            v_start, v_end = verbs[k]
            k += 1
            if not _short_tail(text, v_end, sentence[1], sp) or _noun_use(text, v_start, sp):
                continue
            if lead.search(text, anchor[1], v_start):
                if _own_aside(text, sentence, anchor, (v_start, v_end), sp):
                    # "The site manager, 50, said safety rules …": the figure is an aside
                    # of the speaker's own phrase, and what follows the verb was said.
                    return None
                phrase = phrase_after(text, v_end, sentence[1], sp)
                if phrase is not None and text[phrase[0]].isdigit():
                    continue  # ", said 300 soldiers died": a figure is no one's name
            elif text[v_start:v_end] in sp.TRAILING_ONLY_VERBS:
                continue
            else:
                phrase = subject_of(text, anchor[1], (v_start, v_end), sentence[1], sp)
                if phrase is None or not lead.search(text, anchor[1], phrase[0]):
                    continue
            if phrase is not None:
                return self.index.resolve(*phrase)
        return None


# A comma that parts words, not one inside a number ("1,400").
_COMMA = lazy_pattern(r",(?!\d)|(?<!\d),")


def _own_aside(text: str, sentence: Span, anchor: Span, verb: Span, sp: Speech) -> bool:
    """Whether the figure at ``anchor`` is in an aside of the reporting verb's own subject
    that ends right before the verb and says something of the subject: the figure alone
    ("The site manager, 50, said"), or opened by ``OWN_ASIDE_OPENERS`` ("His father, aged
    53, said", "Unifor, which represents 1,400 members, said"); not a clause ("In March,
    the firm cut 50 jobs, said a spokesman")."""
    tail = text[anchor[1] : verb[0]]
    if not tail.rstrip().endswith(",") or len(_COMMA.findall(tail)) != 1:
        return False
    commas = list(_COMMA.finditer(text, sentence[0], anchor[0]))
    if not commas:
        return False
    opening = text[commas[-1].end() : anchor[0]].split()
    if opening and opening[0].lower() not in sp.OWN_ASIDE_OPENERS:
        return False
    subject = subject_of(text, sentence[0], verb, sentence[1], sp)
    return subject is not None and subject[0] <= anchor[0]


# A determiner right before a reporting verb makes the verb a noun: "a report", "the state".
_NOUN_REACH = 24


def _noun_use(text: str, start: int, sp: Speech) -> bool:
    """Whether the reporting verb at ``start`` stands as a noun: a word that may be one
    and is no past tense ("state", "report", "claims"; not "said", "accused"), right
    after a determiner ("the report said": the report)."""
    before = text[max(0, start - _NOUN_REACH) : start].split()
    if not before or before[-1].lower() not in sp.DETERMINERS:
        return False
    end = start
    while end < len(text) and text[end].isalpha():
        end += 1
    word = text[start:end].lower()
    # "said"; "the ICC accused Putin": a verb in the past is no noun.
    return nouns.is_noun(word) and not word.endswith("ed")


def _short_tail(text: str, start: int, end: int, sp: Speech) -> bool:
    count = 0
    for m in words(text, start, end):
        count += 1
        if count > sp.MAX_ATTRIBUTION_TAIL_WORDS or m.group().lower() in sp.CLAUSE_BREAKS:
            return False
    return True


def attributor(
    text: str,
    sents: list[Span] | None = None,
    lex: Lexicon | None = None,
    low: Lowered | None = None,
) -> Attributor:
    """Read ``text``'s quotations for attributing its figures (``sents``: its sentences;
    ``lex``: its language's lexicon, English when None; ``low``: ``text`` lower-cased,
    where read).

    Names and reporting verbs are read later, and only where a figure asks.
    """
    if sents is None:
        sents = sentences(text, lex)
    return Attributor(text, sents, get_lexicon("en") if lex is None else lex, low)


def claim_source(text: str, sentence: Span, anchor: Span, lex: Lexicon | None = None) -> str | None:
    """The source ``sentence`` attributes the figure at ``anchor`` to, or None.

    >>> t = "The funding will reach 300 victims, the ministry said."
    >>> claim_source(t, (0, len(t)), (23, 26))
    'the ministry'
    >>> t = "Die Zahl der Einbrüche sank um 9 Prozent, so die Polizei."
    >>> claim_source(t, (0, len(t)), (31, 40), get_lexicon("de"))
    'die Polizei'
    """
    return attributor(text, lex=lex).source(sentence, anchor)
