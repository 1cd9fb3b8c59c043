"""Quoted statements as claims of kind quote, with their speakers.

Quotation marks are found in one linear pass and paired with a small stack
(:func:`scan_quotes`); each top-level quotation that is a statement — not a
scare quote around a word or two — becomes a :class:`~claimdiff.model.Claim`
whose ``source`` is its speaker, resolved by :mod:`claimdiff.extract.speakers`.
The reporting verbs and the rest of the grammar are the lexicon's (``lex.speech``);
the quotation marks of every language are read alike (German „…“ and »…« too).

Decisions (docs/quotes.md gives the reasons):

* A quote interrupted by its attribution (“A,” he added. “B”) is two claims
  with the same speaker: a claim's text must be one exact span of the source,
  and the other report may quote either part alone.
* A quote running over paragraphs (no closing mark at the end of a paragraph,
  an opening mark at the start of the next) is one claim, ending at the real
  closing mark.
* Nested quotes belong to the quote around them and are not claims of their own.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from typing import Any

import attrs

from claimdiff.construct import new_claim, unfrozen
from claimdiff.extract import speakers
from claimdiff.extract.members import QUOTE
from claimdiff.extract.phrases import phrase_after, subject_of
from claimdiff.fields_repr import fields_repr
from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon import Lexicon, get_lexicon
from claimdiff.lexicon.speech import Speech
from claimdiff.model import Claim, Span
from claimdiff.pattern_code import compile_pattern
from claimdiff.text import content_words, sentence_index, words

_DOUBLE = frozenset('"“”„«»')
_SINGLE = frozenset("'‘’‹›")
_OPEN_ONLY = frozenset("“„«‹‘")
_CLOSE_ONLY = frozenset("”»›’")
_QUOTE_CHARS = _DOUBLE | _SINGLE
# German guillemets point inwards (»so«, ›so‹): each closing mark → its opening mark,
# and each opening mark → the French opening mark that it closes instead.
_INWARD_CLOSE = {"«": "»", "‹": "›"}
_INWARD_OPEN = {"»": "«", "›": "‹"}
# Characters that may precede an opening mark / follow a closing mark.
_BEFORE_OPEN = frozenset("([{—–-/:") | _QUOTE_CHARS
_AFTER_CLOSE = frozenset(".,;:!?)]}—–-…") | _QUOTE_CHARS

# Each quote mark is found on its own, by a pattern opening with its one character: the
# engine skips to it with a plain comparison a character, where for one class of all the
# marks it called its test of the set at every character (half of reading quotes).
# An apostrophe or right single mark between two letters or digits ("it's",
# "Ukraine’s") can neither open nor close (see _role): it is not even looked at.
_EACH_MARK = tuple(
    (c, lazy_pattern(re.escape(c) + (r"(?<![^\W_]['’](?=[^\W_]))" if c in "'’" else "")))
    for c in "\"“”„«»‹›‘'’"
)
# A paragraph's end, with the white space after it: a blank line, or in a text with
# none, a line break.  Each is a bounded run, so the scan is linear.
_PARA_BLANK = compile_pattern(r"\n[ \t\r\f\v]*\n\s*")
_PARA_LINE = lazy_pattern(r"\n\s*")
_BLANK_LINE = compile_pattern(r"\n[ \t\r\f\v]*\n")

# Nesting deeper than this is noise (runs of stray marks), not quotation.
_MAX_DEPTH = 4
# Quotes of at most this many words are scare quotes ("a 'humanitarian'
# campaign", “illegal deportation”) unless punctuated or attributed as speech.
_SCARE_WORDS = 2
# How far past a closing mark an attribution may start ("," he said).
_ATTRIBUTION_REACH = 200


@attrs.frozen
class RawQuote:
    """A top-level quotation as found by :func:`scan_quotes`.

    ``open``/``close`` span the quotation with its marks; ``start``/``end``
    the words inside.  ``first_para``/``last_para`` count paragraphs.
    """

    __repr__ = fields_repr  # attrs compiles none (claimdiff.fields_repr)

    open: int
    start: int
    end: int
    close: int
    first_para: int
    last_para: int
    para_start: int


def _raw_quote(
    open: int, start: int, end: int, close: int, first_para: int, last_para: int, para_start: int
) -> RawQuote:
    """``RawQuote(open, …, para_start)``, built field by field as claimdiff.construct builds
    claims: the frozen class sets each of its seven fields through a call."""
    quote: Any = _new(_UnfrozenRawQuote)  # Any: the frozen class's fields are read-only
    quote.open = open
    quote.start = start
    quote.end = end
    quote.close = close
    quote.first_para = first_para
    quote.last_para = last_para
    quote.para_start = para_start
    quote.__class__ = RawQuote  # frozen from here on
    built: RawQuote = quote
    return built


_new = object.__new__
_UnfrozenRawQuote = unfrozen(RawQuote)


def _opener_context(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return (prev.isspace() or prev in _BEFORE_OPEN) and not nxt.isspace()


def _closer_context(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return not prev.isspace() and (nxt.isspace() or nxt in _AFTER_CLOSE)


def _role(text: str, i: int, stack: list[tuple[str, int]]) -> str | None:
    """'open', 'close' or None (an apostrophe, an inch mark, noise) for the mark at ``i``."""
    ch = text[i]
    if ch == "“" and stack and text[stack[-1][1]] == "„":
        return "close"  # German and Czech quote „so“: the low mark opens, “ closes
    if ch in _INWARD_CLOSE and stack and text[stack[-1][1]] == _INWARD_CLOSE[ch]:
        return "close"  # German guillemets point inwards: »so«, ›so‹
    if ch in _INWARD_OPEN and _opener_context(text, i) and not _closer_context(text, i):
        # »so« opens with », where French « so » closes with it: it opens only where
        # it starts a word and no « is open (French spaces it from the word before).
        if not any(text[at] == _INWARD_OPEN[ch] for _, at in stack):
            return "open"
    if ch in _OPEN_ONLY:
        # ‘ glued to digits is an elision (‘90s) and never closes.
        return "open" if ch != "‘" or _opener_context(text, i) else None
    if ch in _CLOSE_ONLY:
        return "close" if ch != "’" or _closer_context(text, i) else None
    can_open, can_close = _opener_context(text, i), _closer_context(text, i)
    if can_open != can_close:
        return "open" if can_open else "close"
    if ch == "'":
        return None  # "it's", "rock 'n' roll": apostrophes, not quotation
    return "close" if any(f == "double" for f, _ in stack) else "open"


def scan_quotes(text: str) -> list[RawQuote]:
    """Every top-level quotation in ``text``, in order, in one linear pass.

    >>> t = 'He said "go home," and left.'
    >>> [t[q.start:q.end] for q in scan_quotes(t)]
    ['go home,']
    """
    quotes: list[RawQuote] = []
    stack: list[tuple[str, int]] = []  # (family, position of the opening mark)
    para, para_start, first_para, first_para_start = 0, 0, 0, 0
    continue_at = -1  # an opening mark that continues the quote of the last paragraph

    def emit(close_at: int, close_end: int) -> None:
        opened = stack[0][1]
        quotes.append(_raw_quote(opened, opened + 1, close_at, close_end, first_para, para,
                                 first_para_start))  # fmt: skip
        stack.clear()

    for i, para_end in _marks(text):
        if para_end >= 0:
            if stack:
                nxt = _next_nonspace(text, para_end)
                family = stack[0][0]
                if (
                    nxt >= 0
                    and text[nxt] in (_DOUBLE if family == "double" else _SINGLE)
                    and (_role(text, nxt, []) == "open")
                ):
                    del stack[1:]  # nested quotes do not run over paragraphs
                    continue_at = nxt
                elif family == "double":
                    emit(i, i)  # unclosed: the quotation ends with its paragraph
                else:
                    stack.clear()  # an unclosed single mark was an apostrophe
            para += 1
            para_start = para_end
            continue
        if i == continue_at:
            continue
        family = "double" if text[i] in _DOUBLE else "single"
        role = _role(text, i, stack)
        if role == "close":
            depth = _find_family(stack, family)
            if depth is None:
                continue
            del stack[depth + 1 :]
            if depth == 0:
                emit(i, i + 1)
            else:
                stack.pop()
        elif role == "open" and len(stack) < _MAX_DEPTH:
            if not stack:
                first_para, first_para_start = para, para_start
            stack.append((family, i))
    if stack and stack[0][0] == "double":
        emit(len(text), len(text))
    return quotes


def _marks(text: str) -> list[tuple[int, int]]:
    """(offset, -1) of each quote mark that may open or close, and (offset, end) of each
    paragraph's end with the white space after it, in text order; nothing where no mark
    is found.  A mark is one character and a paragraph's end white space, so no match
    holds another: sorted, they are what one pattern of all of them finds."""
    found: list[tuple[int, int]] = []
    for c, mark in _EACH_MARK:
        if c in text:  # most texts hold a few of the marks: no search set up for the rest
            found += [(m.start(), -1) for m in mark.finditer(text)]
    if not found:
        # Paragraphs alone pair nothing: their search was a third of reading quotes on
        # news, where two texts in three hold no mark but apostrophes inside words.
        return found
    para = _PARA_BLANK if _BLANK_LINE.search(text) else _PARA_LINE
    found += [m.span() for m in para.finditer(text)]
    found.sort()
    return found


def _find_family(stack: list[tuple[str, int]], family: str) -> int | None:
    for depth in range(len(stack) - 1, -1, -1):
        if stack[depth][0] == family:
            return depth
    return None


def _next_nonspace(text: str, pos: int) -> int:
    m = _NONSPACE.search(text, pos)
    return m.start() if m is not None else -1


_NONSPACE = compile_pattern(r"\S")


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1  # the comma before "he said" belongs to the sentence, not the quote
    return start, end


def extract_quotes(text: str, sentences: list[Span], lex: Lexicon | None = None) -> list[Claim]:
    """Quote claims in ``text``, in text order, each with its speaker as ``source``.

    ``lex`` is the language's lexicon (English when None).

    >>> t = "“We will return the children,” Mr Khan said. Karim Khan left."
    >>> [(c.text, c.source) for c in extract_quotes(t, [(0, 44), (45, 62)])]
    [('We will return the children', 'Karim Khan')]
    >>> t = "„Wir haben 40 neue Stellen“, sagte Frau Dr. Meier."
    >>> [(c.text, c.source) for c in extract_quotes(t, [(0, len(t))], get_lexicon("de"))]
    [('Wir haben 40 neue Stellen', 'Meier')]
    """
    lex = get_lexicon("en") if lex is None else lex
    raw = scan_quotes(text)
    index = speakers.build_index(text, lex.speech, [(q.start, q.end) for q in raw])
    return read_quotes(text, raw, sentences, lambda: index, lex)


def read_quotes(
    text: str,
    raw: Sequence[RawQuote],
    sentences: list[Span],
    index: Callable[[], speakers.SpeakerIndex],
    lex: Lexicon,
) -> list[Claim]:
    """The quote claims of the quotations ``raw`` found; ``index()`` gives the speaker index.

    The index is asked for only when a quote has an attribution to resolve.
    """
    sp = lex.speech
    claims: list[Claim] = []
    previous: tuple[RawQuote, str | None] | None = None
    for n, q in enumerate(raw):
        start, end = _trim(text, q.start, q.end)
        if start >= end:
            continue
        next_open = raw[n + 1].open if n + 1 < len(raw) else len(text)
        prev_close = raw[n - 1].close if n > 0 else 0
        n_words = _count_words(text, start, end, _SCARE_WORDS + 1)
        if n_words == 0:
            continue  # "…" or "—" in quotation marks says nothing
        phrase = _attribution_after(text, q, sentences, next_open, sp)
        if phrase is None and n_words <= _SCARE_WORDS and text[end - 1] not in ".!?…":
            continue  # a scare quote: a word or two, not speech
        if phrase is None:
            phrase = _attribution_before(text, q, sentences, prev_close, sp)
        sentence = sentences[sentence_index(sentences, start)] if sentences else (start, end)
        if phrase is not None:
            speaker = index().resolve(*phrase)
        elif previous is not None and _continues(text, previous[0], q, min(sentence[0], q.open)):
            speaker = previous[1]
        else:
            speaker = None
        previous = (q, speaker)
        # Every field, as Claim(text=…, span=…, kind=QUOTE, quantity=None, noun=None,
        # context=…, source=speaker, sentence=sentence) leaves the rest: built field by
        # field (claimdiff.construct), not through the frozen class's call a field.
        said = text[start:end]
        context = content_words(said, lex.STOPWORDS)
        claim = new_claim(
            said, (start, end), QUOTE, None, None, context, speaker, None, sentence,
            None, None, None, None, None, False, None, None, False,
        )  # fmt: skip
        claims.append(claim)
    return claims


def _count_words(text: str, start: int, end: int, limit: int) -> int:
    """The number of words in ``text[start:end]``, counting no further than ``limit``."""
    count = 0
    for _ in words(text, start, end):
        count += 1
        if count >= limit:
            break
    return count


def _continues(text: str, prev: RawQuote, q: RawQuote, sentence_start: int) -> bool:
    """True when ``q`` carries on ``prev``'s speech: it opens its sentence, in the same
    paragraph or opening the next.

    A quote inside a sentence of other words (a sign that read "Closed") belongs
    to that sentence, whose speaker was not found: it is not carried over, unless
    it goes on a sentence its attribution interrupted (“If it rains,” said X, “…”).
    """
    if text[sentence_start : q.open].strip(_OPENING_PUNCTUATION):
        return sentence_start <= prev.open and text[prev.close : q.open].rstrip().endswith(",")
    if q.first_para == prev.last_para:
        return True
    return q.first_para == prev.last_para + 1 and not text[q.para_start : q.open].strip()


# What may stand between a sentence's start and a quote that opens it.
_OPENING_PUNCTUATION = " \t\n\r([—–-" + "".join(_QUOTE_CHARS)


def _sentence_end(sentences: list[Span], pos: int, default: int) -> int:
    """The end of the sentence holding ``pos``; a quote closing its sentence ends it there."""
    if not sentences:
        return default
    s = sentences[sentence_index(sentences, pos)]
    # ``pos == s[1]``: the closing mark ends the sentence ('… we have."'), so
    # the next sentence's subject and verb are not this quote's attribution.
    return s[1] if s[0] <= pos <= s[1] else default


def _attribution_after(
    text: str, q: RawQuote, sentences: list[Span], hi: int, sp: Speech
) -> Span | None:
    """The speaker's phrase right after the closing mark: `,” he added` or `,” said Mr Khan`."""
    if q.close == q.end:
        return None  # an unclosed quotation has no attribution after it
    lim = min(hi, q.close + _ATTRIBUTION_REACH, _paragraph_end(text, q.close))
    lim = min(lim, _sentence_end(sentences, q.close, lim))
    verb = next(sp.verbs(sp.quote_verbs, text, q.close, lim), None)
    if verb is None:
        return None
    lead = text[q.close : verb[0]]
    if not lead.strip(" \t,—–-"):
        phrase = phrase_after(text, verb[1], lim, sp)  # inverted: `” said Khan`
    elif verb[2] in sp.TRAILING_ONLY_VERBS:
        return None  # "so" reports only right after the quote: `«…», so Hofmann`
    else:
        phrase = subject_of(text, q.close, (verb[0], verb[1]), lim, sp)
        # The subject must follow the quote directly, not end some later clause.
        if phrase is not None and text[q.close : phrase[0]].strip(" \t,—–-"):
            phrase = None
    return phrase


def _attribution_before(
    text: str, q: RawQuote, sentences: list[Span], lo: int, sp: Speech
) -> Span | None:
    """The speaker's phrase before the opening mark: `Khan said: “…`, `according to Khan, “…`."""
    sentence_start = sentences[sentence_index(sentences, q.open)][0] if sentences else 0
    lo = max(lo, q.para_start, min(sentence_start, q.open))
    last = None
    for verb in sp.verbs(sp.quote_verbs, text, lo, q.open):
        if verb[2] not in sp.TRAILING_ONLY_VERBS:
            last = verb
    according = None
    for m in sp.according.finditer(text, lo, q.open):
        according = m
    if according is not None and (last is None or according.start() > last[0]):
        return phrase_after(text, according.end(), q.open, sp)
    if last is not None:
        return subject_of(text, lo, (last[0], last[1]), q.open, sp)
    return None


def _paragraph_end(text: str, pos: int) -> int:
    i = text.find("\n", pos)
    return len(text) if i < 0 else i


def quote_spans(claims: Sequence[Claim]) -> tuple[list[int], list[Claim]]:
    """Start positions and claims, for a binary search of which quote holds a position."""
    ordered = sorted(claims, key=lambda c: c.span)
    return [c.span[0] for c in ordered], ordered


def quote_at(starts: list[int], ordered: list[Claim], pos: int) -> Claim | None:
    """The quote claim whose span holds ``pos``, if any."""
    i = bisect.bisect_right(starts, pos) - 1
    if i >= 0 and ordered[i].span[0] <= pos < ordered[i].span[1]:
        return ordered[i]
    return None
