"""Checking what callers hand us before any stage sees it.

Every public entry point (``extract``, ``compare``, the command line) calls
:func:`as_text` first, so the stages below only ever see a ``str`` of a size
they can finish in reasonable time.  The rules, and why (see docs/limits.md):

* ``str`` passes through untouched, so every span a stage returns indexes the
  very string the caller holds.
* ``bytes``, ``bytearray`` and ``memoryview`` are decoded as strict UTF-8.  A
  leading UTF-8 byte-order mark is dropped, so spans are offsets into the
  decoded text without it.  Undecodable input raises :class:`DecodeError`
  naming the byte offset: we never guess an encoding, because a wrong guess
  turns "€5" into "â‚¬5" and quietly drops the claim.
* Anything else (``None``, numbers, lists, files) is a ``TypeError``.
* Texts longer than ``max_chars`` raise :class:`TextTooLargeError` up front,
  instead of running for minutes.  ``max_chars=None`` removes the limit.
* Texts holding more than ``max_figures`` numbers (dense junk: "1,1,1,…", "one
  one one …") raise :class:`TooManyFiguresError` before any is read, and texts
  holding more figures as soon as the scan counts one too many.

Comparison scores every claim of one text against every claim of the same
kind in the other, so its cost grows with the product of the two counts, not
with the length of the texts.  :func:`check_pairs` is the guard alignment
calls before building a score matrix: past ``max_pairs`` it raises
:class:`TooManyPairsError` rather than exhausting memory.
"""

from __future__ import annotations

DEFAULT_MAX_CHARS = 2_000_000
"""Default limit per text, in characters (code points).

Two million characters is about 300,000 words: a long book, or a few hundred
news articles pasted together.  Extraction is linear and handles that in a few
seconds; the limit exists so that a scraped megabyte of tables or a binary
file read as text fails at once with a clear message.  Raise it per call with
``max_chars=`` (``None`` for no limit).
"""

DEFAULT_MAX_FIGURES = 50_000
"""Default limit on the figures one text may hold, for :func:`claimdiff.extract`.

Each figure costs about 0.1 ms to complete (what it counts, its clause, source,
period and direction), so a text that is nothing but figures ("1,1,1,…": one
every two characters) would take a minute a megabyte.  News holds one figure in
about 250 characters: two million characters of it hold some 8,000, far below
the limit.  Dense copy does not: court reporting that gives each sentence an age, a
sum, years and a count holds a number in about 37 characters, and 1.9 MB of it is
over the limit.  A text of more numbers than the limit (digits of one number, number words,
vague words: the places a figure may start) is refused before any is read, in a fifth
of a second; past the limit of figures, :class:`TooManyFiguresError` is raised as soon
as the scan finds the figure over it.
"""

DEFAULT_MAX_PAIRS = 10_000_000
"""Default limit on the claim pairs one score matrix may hold.

Measured on two cores: alignment costs about 0.4 µs and 60 bytes per pair,
so ten million pairs (3,000 × 3,000 claims of one kind) take a few seconds
and about 600 MB.  News articles come nowhere near it; megabytes of tables do.
"""

_BOM = "\ufeff"
# How many bytes of an undecodable sequence to show: a UTF-8 sequence is at
# most four bytes long, so four always shows the whole of it.
_SHOWN_BYTES = 4


class _Pickled:
    """Pickling for errors whose data are keyword-only arguments: a process pool (or a
    Dask worker) sends an error back pickled, and the default pickles only ``args``."""

    _fields: tuple[str, ...] = ()

    def __reduce__(self) -> tuple[object, ...]:
        fields = {f: getattr(self, f) for f in self._fields}
        return (_rebuild, (type(self), str(self), fields))


def _rebuild(cls: type[Exception], msg: str, fields: dict[str, object]) -> Exception:
    return cls(msg, **fields)


class DecodeError(_Pickled, UnicodeError):
    """Bytes given as text are not valid UTF-8.

    Subclasses :class:`UnicodeError` (itself a :class:`ValueError`), so both
    ``except ValueError`` and ``except UnicodeError`` catch it.  It is not a
    :class:`UnicodeDecodeError`, whose fixed constructor and message cannot
    say which argument was at fault.  ``start``/``end`` are the byte offsets
    of the offending sequence in the input; the codec's own error is chained
    as ``__cause__``.
    """

    _fields = ("name", "start", "end", "reason")

    def __init__(self, msg: str, *, name: str, start: int, end: int, reason: str) -> None:
        super().__init__(msg)
        self.name = name
        self.start = start
        self.end = end
        self.reason = reason

    @property
    def span(self) -> tuple[int, int]:
        """Byte offsets ``(start, end)`` of the offending sequence."""
        return (self.start, self.end)


class TextTooLargeError(_Pickled, ValueError):
    """A text is longer than the ``max_chars`` limit.

    ``size`` is the text's length in characters, ``limit`` the limit in force.
    """

    _fields = ("name", "size", "limit")

    def __init__(self, msg: str, *, name: str, size: int, limit: int) -> None:
        super().__init__(msg)
        self.name = name
        self.size = size
        self.limit = limit


class TooManyFiguresError(_Pickled, ValueError):
    """A text holds more figures, or numbers, than the ``max_figures`` limit.

    ``limit`` is the limit in force and ``at`` the offset of the first figure (or
    number) past it; reading stopped there.
    """

    def __init__(self, msg: str, *, name: str, limit: int, at: int) -> None:
        super().__init__(msg)
        self.name = name
        self.limit = limit
        self.at = at

    _fields = ("name", "limit", "at")


class TooManyPairsError(_Pickled, ValueError):
    """Two texts have too many claims of one kind to score every pair.

    ``what`` names the kind of claim, ``pairs`` is ``n_a * n_b`` and ``limit``
    the ``max_pairs`` in force.
    """

    _fields = ("what", "n_a", "n_b", "limit")

    def __init__(self, msg: str, *, what: str, n_a: int, n_b: int, limit: int) -> None:
        super().__init__(msg)
        self.what = what
        self.n_a = n_a
        self.n_b = n_b
        self.pairs = n_a * n_b
        self.limit = limit


def as_text(obj: object, *, name: str = "text", max_chars: int | None = DEFAULT_MAX_CHARS) -> str:
    """``obj`` as a ``str`` that the pipeline may safely work on.

    ``name`` is how error messages refer to the argument (``"a"``, ``"b"``,
    a file name).  Raises :class:`TypeError` for anything that is not text or
    bytes, :class:`DecodeError` for bytes that are not UTF-8, and
    :class:`TextTooLargeError` for a text over ``max_chars`` characters.

    >>> as_text("16 000 people")
    '16 000 people'
    >>> as_text(b"\\xef\\xbb\\xbf\\xe2\\x82\\xac5m")
    '€5m'
    >>> as_text(None)
    Traceback (most recent call last):
    ...
    TypeError: text must be str (or UTF-8 bytes), not None
    """
    limit = _check_limit(max_chars)
    if isinstance(obj, str):
        # A str subclass may override slicing or __str__; hand the stages a
        # plain str with the same characters so spans mean the same thing.
        text = obj if type(obj) is str else str.__str__(obj)
    elif isinstance(obj, (bytes, bytearray, memoryview)):
        text = _decode(bytes(obj), name)
    else:
        kind = "None" if obj is None else type(obj).__name__
        msg = f"{name} must be str (or UTF-8 bytes), not {kind}"
        raise TypeError(msg)
    if limit is not None and len(text) > limit:
        msg = (
            f"{name} is {len(text):,} characters, over the limit of {limit:,} "
            "(pass a larger max_chars, or None, to raise it)"
        )
        raise TextTooLargeError(msg, name=name, size=len(text), limit=limit)
    return text


def check_pairs(
    n_a: int, n_b: int, *, what: str = "claims", max_pairs: int | None = DEFAULT_MAX_PAIRS
) -> None:
    """Raise :class:`TooManyPairsError` if ``n_a * n_b`` pairs are over ``max_pairs``.

    ``what`` names the claims in the message ("count claims of 'children'",
    "quotes").  ``max_pairs=None`` removes the limit.

    >>> check_pairs(3_000, 3_000)
    >>> check_pairs(4_000, 3_000, what="quotes")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    claimdiff.inputs.TooManyPairsError: too many quotes to compare: 4,000 in a × 3,000 in b is ...
    """
    limit = _check_limit(max_pairs, "max_pairs")
    if limit is None or n_a * n_b <= limit:
        return
    msg = (
        f"too many {what} to compare: {n_a:,} in a × {n_b:,} in b is {n_a * n_b:,} pairs, "
        f"over the limit of {limit:,} ({_PAIRS_HINT})"
    )
    raise TooManyPairsError(msg, what=what, n_a=n_a, n_b=n_b, limit=limit)


def check_max_figures(value: object) -> int | None:
    """``max_figures`` checked as ``max_chars`` and ``max_pairs`` are: a positive int or None.

    >>> check_max_figures(0)
    Traceback (most recent call last):
    ...
    ValueError: max_figures must be a positive int or None, not 0
    """
    return _check_limit(value, "max_figures")


_PAIRS_HINT = "pass a larger max_pairs, or None, to raise it"
# How the command line says the same: the option that raises the limit.
_PAIRS_OPTION = "raise it with --max-pairs"
# TooManyFiguresError's advice (claimdiff.extract.scan.refuse), and the command line's:
# `claimdiff extract` raises the limit with --max-figures; compare, check and reconcile
# extract with the default, which no option of theirs changes.
_FIGURES_HINT = "pass a larger max_figures, or None, to read them all"
_FIGURES_OPTION = "raise the limit with --max-figures"
_FIGURES_FIXED = "compare, check and reconcile keep this limit: split the text into parts"


def on_command_line(message: str, *, max_figures: bool = False) -> str:
    """An error message as the command line words it: the option to pass, not the argument.

    ``max_figures`` says whether the command has ``--max-figures`` (``claimdiff extract``);
    the others are told what they can do instead.

    >>> on_command_line("too many quotes ... (pass a larger max_pairs, or None, to raise it)")
    'too many quotes ... (raise it with --max-pairs)'
    >>> on_command_line("text holds ...: pass a larger max_figures, or None, to read them all",
    ...                 max_figures=True)
    'text holds ...: raise the limit with --max-figures'
    """
    figures = _FIGURES_OPTION if max_figures else _FIGURES_FIXED
    return message.replace(_PAIRS_HINT, _PAIRS_OPTION).replace(_FIGURES_HINT, figures)


def _check_limit(value: object, name: str = "max_chars") -> int | None:
    # bool is an int subclass; max_chars=True is a mistake, not a limit of 1.
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"{name} must be a positive int or None, not {type(value).__name__}"
        raise TypeError(msg)
    if value < 1:
        msg = f"{name} must be a positive int or None, not {value}"
        raise ValueError(msg)
    return value


def _decode(data: bytes, name: str) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        # For "invalid continuation byte" the codec's range covers only the
        # lead byte; show one byte more so the culprit is in the message.
        stop = err.end + 1 if err.reason == "invalid continuation byte" else err.end
        shown = " ".join(
            f"0x{b:02x}" for b in data[err.start : min(stop, err.start + _SHOWN_BYTES)]
        )
        msg = f"{name} is not valid UTF-8: {err.reason} {shown} at byte offset {err.start}"
        raise DecodeError(msg, name=name, start=err.start, end=err.end, reason=err.reason) from err
    # Decoding whole and dropping the mark afterwards (rather than using the
    # "utf-8-sig" codec) keeps error offsets relative to the bytes given.
    return text[1:] if text.startswith(_BOM) else text
