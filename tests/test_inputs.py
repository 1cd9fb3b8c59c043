"""What :func:`claimdiff.inputs.as_text` accepts, converts and refuses, and what it says."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from claimdiff import compare, extract
from claimdiff.inputs import (
    DEFAULT_MAX_CHARS,
    DEFAULT_MAX_PAIRS,
    DecodeError,
    TextTooLargeError,
    TooManyPairsError,
    as_text,
    check_pairs,
)

# (input, expected str): everything that is text, or bytes that are UTF-8.
ACCEPTED = [
    pytest.param("16,000 people", "16,000 people", id="str"),
    pytest.param("", "", id="empty-str"),
    pytest.param(" \n\t ", " \n\t ", id="whitespace-str"),
    pytest.param("\ufeff£5m", "\ufeff£5m", id="str-keeps-bom"),  # spans index the caller's str
    pytest.param(b"\xe2\x82\xac5m", "€5m", id="bytes"),
    pytest.param(bytearray(b"12 km"), "12 km", id="bytearray"),
    pytest.param(memoryview(b"3 people"), "3 people", id="memoryview"),
    pytest.param(b"\xef\xbb\xbf\xe2\x88\x923%", "−3%", id="bytes-bom-dropped"),
    pytest.param(b"", "", id="empty-bytes"),
    pytest.param(b"a\x00b", "a\x00b", id="nul-is-text"),
]

# (input, type name the message must give).
WRONG_TYPES = [
    pytest.param(None, "None", id="none"),
    pytest.param(42, "int", id="int"),
    pytest.param(4.2, "float", id="float"),
    pytest.param(True, "bool", id="bool"),
    pytest.param(["a"], "list", id="list"),
    pytest.param({"text": "a"}, "dict", id="dict"),
    pytest.param(object(), "object", id="object"),
]

# (bytes, reason, bytes shown, offset): each kind of UTF-8 error the codec reports.
UNDECODABLE = [
    pytest.param(b"x" * 17 + b"\xff rest", "invalid start byte", "0xff", 17, id="start-byte"),
    pytest.param(b"\xe2\x28\xa1", "invalid continuation byte", "0xe2 0x28", 0, id="continuation"),
    pytest.param(b"abc\xe2\x82", "unexpected end of data", "0xe2 0x82", 3, id="truncated"),
    pytest.param("café".encode("latin-1"), "unexpected end of data", "0xe9", 3, id="latin-1"),
    pytest.param(b"\xef\xbb\xbfab\xff", "invalid start byte", "0xff", 5, id="offset-counts-bom"),
    pytest.param(b"\xed\xa0\x80", "invalid continuation byte", "0xed 0xa0", 0, id="surrogate"),
]


@pytest.mark.parametrize(("given", "expected"), ACCEPTED)
def test_accepted(given: object, expected: str) -> None:
    """Text passes through and UTF-8 bytes are decoded, a leading BOM dropped from bytes only."""
    result = as_text(given)
    assert type(result) is str
    assert result == expected


def test_str_passes_through_as_the_same_object() -> None:
    """A plain str is returned as is: no copy, so spans index the caller's string."""
    text = "the ICC has 900 staff"
    assert as_text(text) is text


def test_str_subclass_becomes_plain_str() -> None:
    """A str subclass becomes a plain str with the same characters, whatever its __str__ says."""

    class Shouty(str):
        def __str__(self) -> str:
            return self.upper()

    result = as_text(Shouty("5 km"))
    assert type(result) is str
    assert result == "5 km"


@pytest.mark.parametrize(("given", "type_name"), WRONG_TYPES)
def test_wrong_type(given: object, type_name: str) -> None:
    """Anything that is neither text nor bytes is a TypeError saying what was expected."""
    with pytest.raises(TypeError) as info:
        as_text(given)
    assert str(info.value) == f"text must be str (or UTF-8 bytes), not {type_name}"


def test_wrong_type_message_uses_the_argument_name() -> None:
    """The message names the argument the caller got wrong."""
    with pytest.raises(TypeError, match=r"^b must be str \(or UTF-8 bytes\), not int$"):
        as_text(3, name="b")


@pytest.mark.parametrize(("data", "reason", "shown", "offset"), UNDECODABLE)
def test_undecodable(data: bytes, reason: str, shown: str, offset: int) -> None:
    """Bytes that are not UTF-8 raise DecodeError naming the reason, the bytes and their offset."""
    with pytest.raises(DecodeError) as info:
        as_text(data)
    err = info.value
    assert str(err) == f"text is not valid UTF-8: {reason} {shown} at byte offset {offset}"
    assert err.start == offset
    assert err.span[0] == offset
    assert err.span[1] > offset
    assert err.reason == reason
    assert isinstance(err.__cause__, UnicodeDecodeError)


def test_decode_error_is_a_value_error() -> None:
    """DecodeError is caught by ``except ValueError`` and ``except UnicodeError`` alike."""
    assert issubclass(DecodeError, ValueError)
    assert issubclass(DecodeError, UnicodeError)
    assert not issubclass(DecodeError, UnicodeDecodeError)


def test_decode_error_names_the_argument() -> None:
    """The decode message names the argument, as given by the caller."""
    with pytest.raises(DecodeError, match=r"^report\.txt is not valid UTF-8: "):
        as_text(b"\x80", name="report.txt")


# (text length, limit, raises?): the limit is inclusive.
LIMITS = [
    pytest.param(10, 10, False, id="at-limit"),
    pytest.param(11, 10, True, id="one-over"),
    pytest.param(0, 1, False, id="empty-under-1"),
    pytest.param(DEFAULT_MAX_CHARS, DEFAULT_MAX_CHARS, False, id="default-at-limit"),
    pytest.param(DEFAULT_MAX_CHARS + 1, DEFAULT_MAX_CHARS, True, id="default-one-over"),
]


@pytest.mark.parametrize(("size", "limit", "raises"), LIMITS)
def test_size_limit(size: int, limit: int, raises: bool) -> None:
    """Texts up to max_chars pass; one character more raises TextTooLargeError."""
    text = "1" * size
    if raises:
        with pytest.raises(TextTooLargeError):
            as_text(text, max_chars=limit)
    else:
        assert as_text(text, max_chars=limit) is text


def test_size_limit_is_the_default() -> None:
    """Without max_chars the documented default applies."""
    assert DEFAULT_MAX_CHARS == 2_000_000
    with pytest.raises(TextTooLargeError):
        as_text(" " * (DEFAULT_MAX_CHARS + 1))


def test_size_limit_message() -> None:
    """The size error gives the size and the limit, with thousands separators, and the way out."""
    with pytest.raises(TextTooLargeError) as info:
        as_text("x" * 3_000_001, name="a")
    err = info.value
    assert str(err) == (
        "a is 3,000,001 characters, over the limit of 2,000,000 "
        "(pass a larger max_chars, or None, to raise it)"
    )
    assert (err.size, err.limit, err.name) == (3_000_001, 2_000_000, "a")
    assert isinstance(err, ValueError)


def test_size_limit_counts_characters_not_bytes() -> None:
    """The limit is in characters: four-byte emoji count once each."""
    data = "🙂".encode() * 10
    assert as_text(data, max_chars=10) == "🙂" * 10
    with pytest.raises(TextTooLargeError, match=r"^text is 10 characters, over the limit of 9 "):
        as_text(data, max_chars=9)


def test_size_limit_none_means_no_limit() -> None:
    """max_chars=None lets any size through."""
    text = "7" * (DEFAULT_MAX_CHARS + 5)
    assert as_text(text, max_chars=None) is text


# (max_chars, exception, message pattern).
BAD_LIMITS = [
    pytest.param(0, ValueError, r"^max_chars must be a positive int or None, not 0$", id="zero"),
    pytest.param(-5, ValueError, r"not -5$", id="negative"),
    pytest.param(1.5, TypeError, r"not float$", id="float"),
    pytest.param("10", TypeError, r"not str$", id="str"),
    pytest.param(True, TypeError, r"not bool$", id="bool"),
]


@pytest.mark.parametrize(("limit", "exc", "pattern"), BAD_LIMITS)
def test_bad_limit(limit: object, exc: type[Exception], pattern: str) -> None:
    """A max_chars that is not a positive int (or None) is refused, even for a valid text."""
    with pytest.raises(exc, match=pattern):
        as_text("5 km", max_chars=limit)  # type: ignore[arg-type]


def test_wrong_type_checked_before_size() -> None:
    """A wrong type is reported as such, not as a size problem."""
    with pytest.raises(TypeError, match=re.escape("not list")):
        as_text(["x"] * 20, max_chars=1)


# (n_a, n_b, max_pairs, raises?): the pair limit is inclusive, and None lifts it.
PAIRS = [
    pytest.param(3_000, 3_000, DEFAULT_MAX_PAIRS, False, id="default-under"),
    pytest.param(10_000, 1_000, DEFAULT_MAX_PAIRS, False, id="default-at-limit"),
    pytest.param(10_001, 1_000, DEFAULT_MAX_PAIRS, True, id="default-over"),
    pytest.param(0, 10**9, DEFAULT_MAX_PAIRS, False, id="empty-side"),
    pytest.param(10**6, 10**6, None, False, id="no-limit"),
    pytest.param(3, 4, 12, False, id="small-at-limit"),
    pytest.param(3, 5, 12, True, id="small-over"),
]


@pytest.mark.parametrize(("n_a", "n_b", "limit", "raises"), PAIRS)
def test_pair_limit(n_a: int, n_b: int, limit: int | None, raises: bool) -> None:
    """Up to max_pairs claim pairs pass; one more raises TooManyPairsError."""
    if raises:
        with pytest.raises(TooManyPairsError):
            check_pairs(n_a, n_b, max_pairs=limit)
    else:
        check_pairs(n_a, n_b, max_pairs=limit)


def test_pair_limit_message() -> None:
    """The pair error names the claims, both counts, the product, the limit and the way out."""
    with pytest.raises(TooManyPairsError) as info:
        check_pairs(4_000, 3_000, what="count claims of 'children'")
    err = info.value
    assert str(err) == (
        "too many count claims of 'children' to compare: 4,000 in a × 3,000 in b is "
        "12,000,000 pairs, over the limit of 10,000,000 (pass a larger max_pairs, or None, "
        "to raise it)"
    )
    assert (err.n_a, err.n_b, err.pairs, err.limit) == (4_000, 3_000, 12_000_000, 10_000_000)
    assert isinstance(err, ValueError)


@pytest.mark.parametrize(
    ("limit", "exc"),
    [(0, ValueError), (-1, ValueError), (2.5, TypeError), (True, TypeError)],
    ids=["zero", "negative", "float", "bool"],
)
def test_bad_pair_limit(limit: object, exc: type[Exception]) -> None:
    """A max_pairs that is not a positive int (or None) is refused, naming max_pairs."""
    with pytest.raises(exc, match=r"^max_pairs must be a positive int or None"):
        check_pairs(1, 1, max_pairs=limit)  # type: ignore[arg-type]


# (limit, value, exception): max_figures is checked as max_chars and max_pairs are.
LIMIT_ARGUMENTS = [
    pytest.param(name, value, exc, id=f"{name}-{ident}")
    for name in ("max_chars", "max_pairs", "max_figures")
    for value, exc, ident in ((0, ValueError, "zero"), (-1, ValueError, "negative"),
                              (2.5, TypeError, "float"), (True, TypeError, "bool"))
]  # fmt: skip
_LIMITED = {
    "max_chars": lambda v: extract("14 workers", max_chars=v),
    "max_pairs": lambda v: compare("14 workers", "15 workers", max_pairs=v),
    "max_figures": lambda v: extract("14 workers", max_figures=v),
}


@pytest.mark.parametrize(("name", "value", "exc"), LIMIT_ARGUMENTS)
def test_every_limit_is_a_positive_int_or_none(name: str, value: object, exc: type) -> None:
    """0 is no limit any more than -1 is: each limit of the API refuses both alike."""
    with pytest.raises(exc, match=rf"^{name} must be a positive int or None, not "):
        _LIMITED[name](value)


# (lang, exception): a language that is not a string is a wrong type, not an unknown name.
LANGS = [
    pytest.param(None, TypeError, "not NoneType", id="none"),
    pytest.param(5, TypeError, "not int", id="int"),
    pytest.param(b"en", TypeError, "not bytes", id="bytes"),
    pytest.param("xx", ValueError, "no lexicon for language 'xx'", id="unknown-name"),
]


@pytest.mark.parametrize("call", [extract, lambda t, lang: compare(t, t, lang=lang)],
                         ids=["extract", "compare"])  # fmt: skip
@pytest.mark.parametrize(("lang", "exc", "message"), LANGS)
def test_lang_of_a_wrong_type_is_a_type_error(
    call: Callable[..., object], lang: object, exc: type, message: str
) -> None:
    """lang=None or 5 raises TypeError, as a text of a wrong type does; "xx" a ValueError."""
    with pytest.raises(exc, match=re.escape(message)):
        call("14 workers", lang=lang)


# (call, exception, exact message): the public API checks its input before any stage.
API_ERRORS = [
    pytest.param(
        lambda: extract(None),  # type: ignore[arg-type]
        TypeError,
        "text must be str (or UTF-8 bytes), not None",
        id="extract-none",
    ),
    pytest.param(
        lambda: extract(b"ab\xff"),  # type: ignore[arg-type]
        DecodeError,
        "text is not valid UTF-8: invalid start byte 0xff at byte offset 2",
        id="extract-bad-bytes",
    ),
    pytest.param(
        lambda: extract("x" * 11, max_chars=10),
        TextTooLargeError,
        "text is 11 characters, over the limit of 10 (pass a larger max_chars, or None, "
        "to raise it)",
        id="extract-too-large",
    ),
    pytest.param(
        lambda: compare(3, "x"),  # type: ignore[arg-type]
        TypeError,
        "A must be str (or UTF-8 bytes), not int",
        id="compare-a-int",
    ),
    pytest.param(
        lambda: compare("x", b"\xe2\x28\xa1"),  # type: ignore[arg-type]
        DecodeError,
        "B is not valid UTF-8: invalid continuation byte 0xe2 0x28 at byte offset 0",
        id="compare-b-bad-bytes",
    ),
    pytest.param(
        lambda: compare("x", "y" * 11, max_chars=10),
        TextTooLargeError,
        "B is 11 characters, over the limit of 10 (pass a larger max_chars, or None, to raise it)",
        id="compare-b-too-large",
    ),
]


@pytest.mark.parametrize(("call", "exc", "message"), API_ERRORS)
def test_api_errors(call: Callable[[], object], exc: type[Exception], message: str) -> None:
    """extract and compare refuse bad input with as_text's errors, naming the argument."""
    with pytest.raises(exc) as info:
        call()
    assert str(info.value) == message


@pytest.mark.parametrize(
    "text",
    ["", "   ", "\n\t\r\n", b"", b"  \n"],
    ids=["empty", "spaces", "blank", "b-empty", "b-ws"],
)
def test_api_empty_input(text: str | bytes) -> None:
    """Empty and whitespace-only texts, str or bytes, give no claims and a consistent report."""
    assert extract(text) == []  # type: ignore[arg-type]
    report = compare(text, text)  # type: ignore[arg-type]
    assert report.findings == ()
    assert report.consistent


def test_compare_refuses_too_many_pairs():
    """compare() raises TooManyPairsError naming the block instead of exhausting memory."""
    import claimdiff

    with pytest.raises(claimdiff.TooManyPairsError, match=r"count claims.*max_pairs"):
        claimdiff.compare("1, " * 200, "1, " * 200, max_pairs=1_000)


# Dense junk of more numbers than the limit (1,000), each unit's first number at
# ``at``: refused before any is read, however few of them are figures ("one one one"
# reads none).  (unit, where the 1,001st number starts)
DENSE_JUNK = {
    "commas": ("1,", 2_000),
    "spaces": ("1 ", 2_000),
    "semicolons": ("1; ", 3_000),
    "full stops": ("1. ", 3_000),
    "a number word": ("one ", 4_000),
    "number words of one number": ("the twenty-one hundred ", 333 * 23 + 11),
}


@pytest.mark.parametrize("case", sorted(DENSE_JUNK))
def test_dense_junk_is_refused_before_a_number_is_read(
    case: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past max_figures numbers, TooManyFiguresError names the limit and where the number
    over it starts, and no figure was read (a megabyte of "one one one" took 27 s)."""
    import importlib

    import claimdiff

    scan = importlib.import_module("claimdiff.extract.scan")  # the package names its function
    unit, at = DENSE_JUNK[case]
    read = []
    monkeypatch.setattr(scan, "_figure", lambda *args: read.append(args))
    with pytest.raises(claimdiff.TooManyFiguresError, match=r"more than 1,000 numbers") as info:
        extract(unit * 5_000, max_figures=1_000)
    assert (info.value.limit, info.value.at, read) == (1_000, at, [])


def test_a_text_of_as_many_numbers_as_the_limit_is_read() -> None:
    """Numbers are counted in a text of more than twice max_figures characters; one of
    no more numbers than the limit is read whole."""
    claims = extract("The fire injured 14 workers on the site. " * 100, max_figures=100)
    assert len(claims) == 100


@pytest.mark.parametrize(
    ("unit", "at"),
    [("teen, ", 600), ("in her eighties, ", 1_700)],
)
def test_figures_read_after_the_scan_count(unit: str, at: int) -> None:
    """Ages in words and decades of life, read by passes of their own, count towards
    max_figures too: the 101st starts at ``at``."""
    import claimdiff

    with pytest.raises(claimdiff.TooManyFiguresError) as info:
        extract(unit * 500, max_figures=100)
    assert (info.value.limit, info.value.at) == (100, at)


def test_extract_reads_up_to_max_figures() -> None:
    """A text with exactly max_figures figures is read; None lifts the limit (issue 12)."""
    assert len(extract("1, " * 100, max_figures=100)) == 100
    assert len(extract("1, " * 100, max_figures=None)) == 100


@pytest.mark.parametrize(
    ("cls", "fields"),
    [
        ("TooManyFiguresError", {"name": "a", "limit": 5, "at": 17}),
        ("TooManyPairsError", {"what": "count claims", "n_a": 3, "n_b": 4, "limit": 10}),
        ("TextTooLargeError", {"name": "b", "size": 12, "limit": 10}),
        ("DecodeError", {"name": "a", "start": 1, "end": 2, "reason": "invalid start byte"}),
    ],
)
def test_errors_pickle(cls: str, fields: dict[str, object]) -> None:
    """Each error with keyword-only data survives pickling, as a process pool or a Dask
    worker sends it back (an unpicklable one killed bench/adversarial.py's pool)."""
    import pickle

    from claimdiff import inputs

    err = getattr(inputs, cls)("too many", **fields)
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is type(err) and str(back) == "too many"
    assert {f: getattr(back, f) for f in fields} == fields
