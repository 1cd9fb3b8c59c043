"""Text → sentences and words, with every span kept exact.

Nothing here rewrites the text: functions return character offsets into the
string they were given, so later stages can always cut the original surface.
"""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Iterable, Iterator
from operator import itemgetter
from typing import TYPE_CHECKING

from claimdiff.lazy_pattern import lazy_pattern
from claimdiff.lexicon.looks import FOLDS_TO_ASCII
from claimdiff.model import Span
from claimdiff.pattern_code import compile_pattern

if TYPE_CHECKING:
    from claimdiff.lexicon import Lexicon

HYPHENS = frozenset("-‐‑")
"""The hyphens a writer joins words or a number and a word with ("a 5-year", "magnitude-5.8"):
the hyphen-minus, the hyphen and the non-breaking hyphen; a set, so that an empty slice
past a text's end is none of them."""
WORD_DASHES = HYPHENS | {"–"}
"""The hyphens, and the en dash a writer may type for one between a word and digits
("Covid–19", "the mid–1990s"); where an en dash joins a name and where it stands for a
dash ("Wembley–90,000 fans", "30 January–3 February") is extract.unclaimed's to say."""

# Titles and abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st sr jr gen col lt sgt capt gov sen rep rev hon
    inc ltd co corp bros no vs etc approx est fig jan feb mar apr jun jul aug sep sept
    oct nov dec u.s u.k u.n e.g i.e a.m p.m""".split()
)

# A sentence ends at . ! ? or … (a whole run of them, whose first mark has none before
# it: retrying inside a run of dots is quadratic), then closing quotes or brackets and
# white space; or at a blank line.  Each alternative consumes a bounded amount per
# position, so the scan is linear.  Each kind of end is searched for on its own, its
# pattern opening with its one character (see _boundaries).  Most marks stand alone
# before a space: the white space is looked at first, the rest of a run only where none
# follows (a tenth off the search's cost).
_STOP_TAIL = r"(?<![.!?…].)(?:(?=\s)|[.!?…]*[\"'”’)\]]*(?=\s))"
# "!", "?" and "…" end few sentences of news: theirs are compiled when a text first holds one.
_STOPS = (
    (".", compile_pattern(re.escape(".") + _STOP_TAIL)),
    ("!", lazy_pattern(re.escape("!") + _STOP_TAIL)),
    ("?", lazy_pattern(re.escape("?") + _STOP_TAIL)),
    ("…", lazy_pattern(re.escape("…") + _STOP_TAIL)),
)
_BLANK_LINE = compile_pattern(r"\n[ \t\r\f\v]*\n")
# What may close a sentence after its marks.
_CLOSERS = "\"'”’)]"

# Each repeat is possessive ("++", "*+"): nothing after it could match where it gave a
# character back, so the words are the same, and the engine keeps no state to return to
# (a group repeated the usual way costs a fifth of reading the words).
_WORD = compile_pattern(r"[^\W_]++(?:['’\-][^\W_]++)*+")
# The same words in ASCII text, where a letter or digit is one of these ranges: the engine
# tests a range with one look-up, the category class \w with a call or four per character.
_ASCII_WORD = lazy_pattern(r"[A-Za-z0-9]++(?:['\-][A-Za-z0-9]++)*+")


def _word_pattern(low: str) -> re.Pattern[str]:
    """The word pattern for ``low``: its matches are :data:`_WORD`'s (``isascii`` reads a
    flag of the string, no pass over it)."""
    return _ASCII_WORD if low.isascii() else _WORD


# Terminal escape sequences (ECMA-48) that text scraped from a terminal or a
# log carries: colours ("\x1b[31m") and other CSI sequences, OSC strings
# (window titles, hyperlinks) ended by BEL or ST, and the short two- or
# three-character escapes ("\x1b(B").  Each alternative is bounded by the next
# ESC or a terminator, so the search is linear.
_ESCAPE = lazy_pattern(
    r"""
    (?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]                    # CSI: parameters, then a final byte
    | (?:\x1b\]|\x9d)[^\x07\x1b\x9b-\x9d]*(?:\x07|\x1b\\|\x9c)  # OSC, ended by BEL or ST
    | \x1b[ -/]*[0-~]                                  # other escapes: ESC, intermediates, final
    """,
    re.VERBOSE,
)


def _has_escape(text: str) -> bool:
    """Whether ``text`` holds an escape's first character: three ``in`` tests, each a
    C search several times faster than one regex pass over the text."""
    return "\x1b" in text or "\x9b" in text or "\x9d" in text


def blank_escapes(text: str) -> str:
    """``text`` with each terminal escape sequence replaced by as many spaces.

    Offsets do not move, so a span found in the result is the same span of
    ``text``; a text without escapes is returned as it is.

    >>> blank_escapes("\x1b[31m5,000\x1b[0m people")
    '     5,000     people'
    """
    if not _has_escape(text):
        return text
    return _ESCAPE.sub(lambda m: " " * len(m.group()), text)


def drop_escapes(text: str) -> str:
    """``text`` without its terminal escape sequences, for comparing and showing words.

    >>> drop_escapes("re\x1b[1mturn\x1b[0m")
    'return'
    """
    if not _has_escape(text):
        return text
    return _ESCAPE.sub("", text)


def lower_in_place(s: str) -> str:
    """``s`` lower-cased, each character to one, so that every offset into it is one into
    ``s``: a character whose lower case is longer ("İ" is "i̇") is kept as it is.

    >>> lower_in_place("İzmir Q3"), len(lower_in_place("İ")), len("İ".lower())
    ('İzmir q3', 1, 2)
    """
    low = s.lower()  # never shorter: of the same length, each character became one
    if len(low) == len(s):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in s)


def clause_breaks(text: str, lo: int, hi: int) -> list[Span]:
    """The clause breaks in ``text[lo:hi]``: ; : ( ) or ", " or a dash between spaces.

    _CLAUSE_BREAK matches a dash's break from the dash; a break that would then
    start inside the one before it (or before ``lo``) is none, so the spans are
    those ``[;:()]|,\\s|\\s[–—-]\\s`` finds.

    >>> t = "Sales rose; costs - as ever - fell, (again)"
    >>> [t[a:b] for a, b in clause_breaks(t, 0, len(t))]
    [';', ' - ', ' - ', ', ', '(', ')']
    """
    if hi - lo > _MANY_BREAKS_FROM and all(text.find(d, lo, hi) < 0 for d in "–—-"):
        # No dash, so each match is a break as found: a long sentence (a table, a list of
        # figures) has its thousands read in C, with no interpreted step per break.
        return list(map(_SPAN, _CLAUSE_BREAK.finditer(text, lo, hi)))
    out: list[Span] = []
    last = lo
    for m in _CLAUSE_BREAK.finditer(text, lo, hi):
        start, end = m.span()
        if text[start] in "–—-":
            start -= 1
            if start < last:
                continue
        out.append((start, end))
        last = end
    return out


# A clause break: ; : ( ) or ", " or a dash between spaces.  It opens with the mark, which
# the engine skips to at C speed; a dash's break starts at the space before it.
_CLAUSE_BREAK = compile_pattern(r"[;:(),–—-](?:(?<=[;:()])|(?<=,)\s|(?<=\s[–—-])\s)")
_SPAN = re.Match.span
# From this many characters a sentence is looked at for a dash first: three finds cost
# about as much as the interpreted steps of a few breaks, which a shorter one rarely has.
_MANY_BREAKS_FROM = 400


def opens_sentence(text: str, i: int) -> bool:
    """Nothing but white space, an opening quote or bracket, or a sentence's or line's end
    before ``i`` (a headline ends with no full stop)."""
    j = i - 1
    while j >= 0 and (text[j].isspace() or text[j] in "\"“‘'(["):
        if text[j] == "\n":
            return True
        j -= 1
    return j < 0 or text[j] in ".!?:;…-–—"  # "(Reuters) - Fourteen workers were …"


def sentences(text: str, lex: Lexicon | None = None) -> list[Span]:
    """Split ``text`` into sentence spans, trimmed of surrounding white space.

    The lexicon, when given, names the language's abbreviations ("Mio.", "ca.") and
    whether a day is written as an ordinal with a full stop ("am 3. März").

    >>> t = "Mr Khan spoke. He left! Done"
    >>> [t[a:b] for a, b in sentences(t)]
    ['Mr Khan spoke.', 'He left!', 'Done']
    """
    abbreviations = _ABBREVIATIONS
    ordinals: frozenset[str] | None = None
    if lex is not None and lex.SENTENCE_ABBREVIATIONS is not None:
        abbreviations = lex.SENTENCE_ABBREVIATIONS
    if lex is not None and lex.DAY_ORDINAL_REQUIRED:
        ordinals = frozenset(lex.MONTHS)
    spans: list[Span] = []
    append = spans.append
    start = 0
    # A full stop after no letter and no stop ("in 2023.", "(AP)."): no abbreviation's, as
    # _ends_with_abbreviation would find (the empty word), without the call.
    bare_stops = "" not in abbreviations
    # One step per boundary, inlined: a megabyte of news has some 13,000; full stops,
    # most of them, are tested first.
    for dot, after in _boundaries(text):
        mark = text[dot]
        if mark == ".":
            if after == dot + 1 or not text[dot + 1 : after].strip(_CLOSERS):
                # A lone full stop, perhaps with closers: an abbreviation's or an
                # ordinal's is none ("Mr. Khan", "am 3. März"); a decimal point is never
                # followed by the white space a boundary needs.
                if dot >= 6:
                    # _ends_with_abbreviation's word, found without the call in the
                    # usual cases, from the six characters before the stop: all letters
                    # (the word, most stops: one test and a look-up), else the letters
                    # after their last space.
                    six = text[dot - 6 : dot]
                    if six.isalpha():
                        if six.lower() in abbreviations:  # six letters: no initial
                            continue
                    elif six[5].isalpha():
                        word = six.rpartition(" ")[2]
                        if word.isalpha():
                            low = word.lower()
                            if low in abbreviations or (len(low) == 1 and word.isupper()):
                                continue
                        elif _ends_with_abbreviation(text, dot, abbreviations):
                            continue
                    elif (six[5] == "." or not bare_stops) and _ends_with_abbreviation(
                        text, dot, abbreviations
                    ):
                        continue
                else:
                    before = text[dot - 1 : dot]
                    if (
                        before.isalpha() or before == "." or not bare_stops
                    ) and _ends_with_abbreviation(text, dot, abbreviations):
                        continue
                if ordinals is not None and after == dot + 1 and _ordinal_dot(text, dot, ordinals):
                    continue
        elif mark == "\n":
            # A blank line: the sentence ends at the last non-space before it.
            end = dot
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                append((start, end))
            start = after
            continue
        while start < after and text[start].isspace():
            start += 1
        # A run of marks ends with a mark or a closer, never white space: nothing to trim
        # after it; and white space follows it (the lookahead), so the next sentence
        # starts one character on at least.
        if after > start:
            append((start, after))
        start = after + 1
    _append_trimmed(spans, text, start, len(text))
    return spans


def _boundaries(text: str) -> list[Span]:
    """The span of each sentence's end in ``text``, in text order: a blank line (from its
    first line break), or a run of marks with its closers.

    The spans that one pattern opening with the class ``[.!?…\\n]`` finds, but for a
    fraction of the cost: the engine skips to a pattern's one opening character with a
    plain comparison a character, where for a class it calls its test of the set at
    every character (two thirds of splitting a news text).  No two kinds' spans
    overlap: a run of marks holds no line break and a blank line no mark, and a run is
    matched from its first mark only, so the spans, sorted, are the one pattern's.
    """
    found = [m.span() for m in _BLANK_LINE.finditer(text)]
    for mark, stop in _STOPS:
        if mark in text:  # most texts have no "!", "?" or "…": no search set up for them
            found += [m.span() for m in stop.finditer(text)]
    found.sort()
    return found


def _append_trimmed(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def _ordinal_dot(text: str, dot: int, months: frozenset[str]) -> bool:
    """A full stop after a day or an ordinal ("am 3. März", "der 2. Platz"): one or two
    digits before it, and a month or a word in lower case after it."""
    i = dot
    while i > 0 and dot - i < 3 and text[i - 1].isdigit():
        i -= 1
    if not 0 < dot - i <= 2 or (i > 0 and text[i - 1].isalnum()):
        return False
    j = dot + 1
    while j < len(text) and j - dot < 4 and text[j] in " \t\u00a0":
        j += 1
    m = _WORD.match(text, j)
    return m is not None and (m.group()[0].islower() or m.group().lower() in months)


def _ends_with_abbreviation(
    text: str, dot: int, abbreviations: frozenset[str] = _ABBREVIATIONS
) -> bool:
    # Only look back a bounded distance: abbreviations are short.
    i = max(0, dot - 6)
    if not text[i:dot].isalpha():  # most sentences end with a longer word: one C test
        i = dot
        while i > 0 and dot - i < 6 and (text[i - 1].isalpha() or text[i - 1] == "."):
            i -= 1
    word = text[i:dot].lower()
    if word in abbreviations:
        return True
    # A single capital letter before a full stop is an initial ("John F. Kennedy").
    return len(word) == 1 and text[i].isupper()


def mentions(text: str, words: Iterable[str]) -> bool:
    """Whether ``text`` holds any of ``words`` in lower case, capitalised or in capitals:
    a cheap look before a case-blind pattern, with no lower-cased copy of the text (one
    of a long text costs several times its size while it is made).

    >>> mentions("Rates rose half a Point.", ["point"]), mentions("no such", ["point"])
    (True, False)
    """
    return any(w in text or w.capitalize() in text or w.upper() in text for w in words)


def occurrences(text: str, words: Iterable[str]) -> list[int]:
    """Where any of ``words`` stands in ``text`` (lower case, capitalised or in capitals),
    sorted: ``str.find`` is the cheapest way through a long text to the few places a
    case-blind pattern need be tried, which searched over the whole text would be tried at
    every offset.  A text searched for several tables of words reads them all through one
    :class:`Lowered`.

    >>> occurrences("Half a mile, then half a tonne", ["half"])
    [0, 18]
    """
    return Lowered(text).occurrences(words)


class Lowered:
    """A text lower-cased in windows, to find words in three cases with one search each.

    Finding a word lower-cased, capitalised and in capitals took three passes of
    ``str.find`` over the text (each about as long as lower-casing it); a pass over the
    lower-cased text finds all three, each place then checked against the text.  The
    copy is made in windows of 64 KB that overlap by more than a word: ``str.lower`` of
    a whole long text takes several times its size while it works (docs/pipeline.md,
    "Little held at once").  A window whose length lower-casing changes ("İ") is
    searched in the three cases, as is a word that is not ASCII (its cases may differ in
    length, "ß", or in context, "Σ").
    """

    __slots__ = ("_found", "_sliced", "_text", "_windows", "kept")

    def __init__(self, text: str) -> None:
        self._text = text
        self._windows: list[tuple[int, int, str | None]] | None = None
        # What each table of words gave: two passes ask for the fractions' stems.
        self._found: dict[tuple[str, ...], list[int]] = {}
        self._sliced: tuple[str, ...] | None = None  # (the copy,) where parts are its slices
        # What a pass found in the copy that a later pass reads again, by the pass's table
        # (the months' places: claimdiff.extract.year_parts.month_places).
        self.kept: dict[tuple[str, ...], list[tuple[int, str]]] = {}

    def _read(self) -> Iterable[tuple[int, int, str | None]]:
        """(start, end, lower-cased or None) of each window.  A text of one window keeps
        its copy for every pass; a longer one is lower-cased anew for each, one window
        at a time, so that no copy of a long text is held while extraction runs.  The
        kept window is handed back as it is, not through a generator: the passes ask
        some thirty times a text."""
        windows = self._windows
        return windows if windows is not None else self._lower()

    def _lower(self) -> Iterator[tuple[int, int, str | None]]:
        text = self._text
        for at in range(0, len(text), _LOW_STEP):
            end = min(len(text), at + _LOW_STEP + _LOW_OVERLAP)
            low = text[at:end].lower()
            window = (at, end, low if len(low) == end - at else None)
            if end == len(text) and at == 0:
                self._windows = [window]
            yield window

    def whole(self) -> str | None:
        """The whole text lower-cased, where it is one window (None for a longer one): the
        copy every pass reads, made here if none has been.  Lower-casing a text is a
        pass over it of its own, some 13 instructions a character of news."""
        text = self._text
        if not text or len(text) > _LOW_STEP + _LOW_OVERLAP:
            return None  # no window, or several: the caller lower-cases what it reads
        if self._windows is None:
            for _ in self._read():  # the one window, kept
                pass
        assert self._windows is not None
        low = self._windows[0][2]
        return text.lower() if low is None else low  # None: lower() moved offsets ("İ")

    def aligned(self) -> str | None:
        """The whole text lower-cased where each offset of it is the text's (one window,
        and no character lower-cased to another length, "İ"); else None."""
        whole = self.whole()
        return whole if whole is not None and len(whole) == len(self._text) else None

    def part(self, lo: int, hi: int) -> str:
        """``text[lo:hi].lower()``: a slice of the whole text's copy where that is the same,
        as it is where each character lower-cases on its own to one character (the copy
        as long as the text) and none is a capital sigma, whose lower case depends on
        its neighbours ("ς" ending a word), which a part may cut off."""
        sliced = self._sliced
        if sliced is None:
            whole, text = self.whole(), self._text
            same = whole is not None and len(whole) == len(text) and "\u03a3" not in text
            sliced = self._sliced = (whole,) if same and whole is not None else ()
        return sliced[0][lo:hi] if sliced else self._text[lo:hi].lower()

    def occurrences(self, words: Iterable[str]) -> list[int]:
        """:func:`occurrences` of ``words`` in the text (a list the caller must not change)."""
        words = tuple(words)
        done = self._found.get(words)
        if done is None:
            done = self._found[words] = self._find(words)
        return done

    def mentions(self, words: Iterable[str]) -> bool:
        """:func:`mentions` of ``words`` in the text: whether :meth:`occurrences` finds
        any, looked for up to the first (where no pass found them all already)."""
        words = tuple(words)
        done = self._found.get(words)
        return bool(done) if done is not None else self._any(words)

    def may_hold(self, keys: Iterable[str]) -> bool:
        """Whether a case-blind pattern each of whose matches holds one of ``keys`` (lower
        case, ASCII) may match in the text: False only where no lower-cased window holds
        one, nor a character the engine folds to an ASCII letter that ``str.lower`` leaves
        as it is (``looks.FOLDS_TO_ASCII``), nor lower-cases to another length ("İ")."""
        for _, _, low in self._read():
            if low is None or FOLDS_TO_ASCII[0] in low or FOLDS_TO_ASCII[1] in low:
                return True
            for key in keys:  # a loop, not any() of a generator: half the cost of each test
                if key in low:
                    return True
        return False

    def _any(self, words: tuple[str, ...]) -> bool:
        """Whether :meth:`_find` finds a place: its passes, stopped at the first.

        Written out beside ``_find`` rather than both reading one generator of places:
        the generator cost 1.4 M instructions on 100 kB of news (0.4%), a yield per place
        of every table a pass asks for."""
        text = self._text
        cased, odd = _forms(words)
        for at, _, low in self._read() if cased else ():
            if low is None:
                odd = odd | {f for _, forms in cased for f in forms}
                continue
            for key, forms in cased:
                i = low.find(key)
                while i >= 0:
                    if text.startswith(forms, at + i):
                        return True
                    i = low.find(key, i + 1)
        return any(form in text for form in odd)

    def _find(self, words: tuple[str, ...]) -> list[int]:
        text = self._text
        cased, odd = _forms(words)
        found: set[int] = set()
        for at, _, low in self._read() if cased else ():
            if low is None:
                odd = odd | {f for _, forms in cased for f in forms}
                continue
            for key, forms in cased:  # forms a tuple: no list built per key and window
                i = low.find(key)
                while i >= 0:
                    if text.startswith(forms, at + i):  # any of them, in one C call
                        found.add(at + i)
                    i = low.find(key, i + 1)
        for form in odd:
            i = text.find(form)
            while i >= 0:
                found.add(i)
                i = text.find(form, i + 1)
        return sorted(found)


def written_forms(word: str) -> tuple[str, str, str]:
    """The forms of ``word`` :func:`occurrences` finds: as written, capitalised, in
    capitals.

    >>> written_forms("day")
    ('day', 'Day', 'DAY')
    """
    return word, word.capitalize(), word.upper()


def found_lowered(form: str) -> bool:
    """Whether :func:`occurrences` finds ``form`` in the lower-cased copy (an ASCII form
    no longer than the windows' overlap), not as written."""
    return form.isascii() and len(form) <= _LOW_OVERLAP


def _forms(
    words: tuple[str, ...],
) -> tuple[tuple[tuple[str, tuple[str, ...]], ...], frozenset[str]]:
    """The three cases of ``words``: (lower-cased, its forms…) for each ASCII word, found
    in the lower-cased text; the rest, found as written.  Kept per table of words (the
    lexicon's few), not per text: working them out cost more than the searches."""
    try:
        return _FORMS[words]
    except KeyError:
        pass
    cased: dict[str, set[str]] = {}
    odd: set[str] = set()
    for w in words:
        for form in written_forms(w):
            if found_lowered(form):
                cased.setdefault(form.lower(), set()).add(form)
            else:
                odd.add(form)
    # A key each of whose forms opens with a form of a shorter key ("mid-", "middle of"
    # after "mid") stands only where that key does, whose search finds it: not searched.
    kept = {
        key: forms
        for key, forms in cased.items()
        if not any(
            other != key and all(f.startswith(tuple(cased[other])) for f in forms)
            for other in cased
        )
    }
    if len(_FORMS) >= _MAX_TABLES:
        _FORMS.clear()  # tables of words are the lexicon's few: this keeps it so
    found = _FORMS[words] = (
        tuple((key, tuple(sorted(forms))) for key, forms in sorted(kept.items())),
        frozenset(odd),
    )
    return found


_FORMS: dict[tuple[str, ...], tuple[tuple[tuple[str, tuple[str, ...]], ...], frozenset[str]]] = {}
_MAX_TABLES = 64
# The windows of :class:`Lowered`: each starts this far after the last, and reads this
# much further, so that a word starting in it ends in it.
_LOW_STEP = 1 << 16
_LOW_OVERLAP = 64


def words(text: str, start: int = 0, end: int | None = None) -> Iterable[re.Match[str]]:
    """Word matches in ``text[start:end]``: letters and digits, inner apostrophes and hyphens."""
    # An ASCII text (most news) is read by the pattern of ranges (_word_pattern), a quarter
    # cheaper a character than the category classes.
    pattern = _ASCII_WORD if text.isascii() else _WORD
    return pattern.finditer(text, start, len(text) if end is None else end)


_WORD_BEFORE = lazy_pattern(r"(?<![^\W\d_])([^\W\d_]+)\s+$")


def article_before(text: str, at: int, articles: frozenset[str]) -> int | None:
    """Where one of ``articles`` (lower case) stands right before ``at``, or None: the
    "a" of "a 10 minute walk" (an article is a short word: the four characters before
    ``at`` are read).

    >>> article_before("It took a 10 minute walk.", 10, frozenset({"a", "an"}))
    8
    """
    m = _WORD_BEFORE.search(text, max(0, at - 4), at)
    return m.start() if m is not None and m.group(1).lower() in articles else None


def content_words(text: str, stopwords: frozenset[str]) -> tuple[str, ...]:
    """The lower-cased words of ``text`` that are not stop words or bare numbers.

    >>> content_words("The ICC has 900 staff", frozenset({"the", "has"}))
    ('icc', 'staff')
    """
    low = text.lower()
    words = _ascii_words(low) if low.isascii() else _WORD.findall(low)
    # Interned: claims of one text share their words, and a long text's claims
    # would otherwise hold the same few thousand words many times over.
    return tuple([sys.intern(w) for w in words if w not in stopwords and not w.isdigit()])


def _ascii_words(low: str) -> list[str]:
    """``_ASCII_WORD.findall(low)`` for ASCII ``low``, split at C speed where that is the same.

    Each match of a pattern costs the engine some 1,500 instructions of its own (it
    allocates its stack anew for each), a dozen times what splitting costs a word.  With
    every character no word holds made a space, the words are the pieces between spaces,
    where each apostrophe or hyphen left stands between two letters or digits, as one
    joining two parts of a word does; a text with one that does not is read by the pattern.
    """
    spaced = low.encode().translate(_NOT_IN_WORDS).decode()
    if ("'" in spaced or "-" in spaced) and _LONE_MARK.search(spaced) is not None:
        return _ASCII_WORD.findall(low)
    return spaced.split()


# Every byte but an ASCII letter, digit, apostrophe or hyphen → a space.
_NOT_IN_WORDS = bytes(
    c if chr(c).isascii() and (chr(c).isalnum() or chr(c) in "'-") else 32 for c in range(256)
)
# An apostrophe or hyphen with no letter or digit after it, or none before it.
_LONE_MARK = compile_pattern(r"['\-](?:(?![A-Za-z0-9])|(?<![A-Za-z0-9]['\-]))")


class WordIndex:
    """The words of one span of a text, lower-cased, read once for many look-ups.

    :meth:`content` gives what :func:`content_words` gives for any part of the
    span, a word cut by either end included as cut.

    >>> t = "The ICC has 900 staff; Kyiv has 40."
    >>> WordIndex(t, 0, len(t)).content(0, 21, frozenset({"the", "has"}))
    ('icc', 'staff')
    """

    __slots__ = ("_ends", "_low", "_starts", "_text", "_words")

    def __init__(self, text: str, lo: int, hi: int) -> None:
        self._text = text
        low = text[lo:hi].lower()
        self._low: str | None = low if len(low) == hi - lo else None
        found = list(_word_pattern(low).finditer(low)) if self._low is not None else []
        # (Else lower() moved offsets, "İ": each part is read anew.)  Not interned here:
        # the interpreter's table of interned strings, grown to every word of a long
        # sentence, would stay that large after extract returns.
        self._starts: list[int] = [lo + m.start() for m in found]
        self._ends: list[int] = [lo + m.end() for m in found]
        self._words: list[str] = [m.group() for m in found]

    def content(self, lo: int, hi: int, stopwords: frozenset[str]) -> tuple[str, ...]:
        """``content_words(text[lo:hi], stopwords)``, from the words read once."""
        if self._low is None:
            return content_words(self._text[lo:hi], stopwords)
        i = bisect.bisect_right(self._ends, lo)
        j = bisect.bisect_left(self._starts, hi)
        found = self._words[i:j]
        if i < j and (self._starts[i] < lo or self._ends[i] > hi):
            cut = self._text[max(lo, self._starts[i]) : min(hi, self._ends[i])]
            found[:1] = _WORD.findall(cut.lower())
        if j - 1 > i and self._ends[j - 1] > hi:
            found[-1:] = _WORD.findall(self._text[self._starts[j - 1] : hi].lower())
        return tuple([sys.intern(w) for w in found if w not in stopwords and not w.isdigit()])


def sentence_index(spans: list[Span], pos: int) -> int:
    """Index of the sentence span holding ``pos`` (binary search over sorted spans).

    The last span starting at or before ``pos``; the first when none does.
    """
    k = bisect.bisect_right(spans, pos, key=_FIRST) - 1
    return k if k > 0 else 0  # not max(): a call of it costs some 100 ns on Python 3.11


_FIRST = itemgetter(0)
