"""The data files shipped in ``claimdiff/lexicon/data``: read as bytes, and their
sectioned layout (``[name]`` lines, rows sorted on a tab-separated key) looked up.

Read straight from the package's directory, which every install from a wheel or a
checkout has: ``importlib.resources.files`` imports zipfile, tempfile, random and
pathlib to allow for a zipped package, some 30 M instructions (2.4% of ``claimdiff
compare`` on the fixtures) at the start of every command that reads a lexicon.  A
package imported from a zip archive is still read through importlib.resources.
"""

from __future__ import annotations

import bisect
import functools
import json
import os
from typing import Any

__all__ = ["Rows", "read_bytes", "read_json", "row", "section", "section_bounds"]

_DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "lexicon", "data")


def read_bytes(name: str) -> bytes:
    """The bytes of ``claimdiff/lexicon/data/<name>``.

    >>> read_bytes("words.txt")[:1]
    b'#'
    """
    if os.path.isdir(_DATA):
        with open(os.path.join(_DATA, name), "rb") as f:
            return f.read()
    from importlib import resources  # a zipped package: no directory to read from

    return (resources.files("claimdiff") / "lexicon" / "data" / name).read_bytes()


@functools.cache
def read_json(name: str) -> Any:
    """``claimdiff/lexicon/data/<name>`` parsed, once a process: ``units.json`` serves the
    lexicon's unit words, its short forms of time and :mod:`claimdiff.units`.  Callers
    must not change what it returns."""
    return json.loads(read_bytes(name).decode("utf-8"))


def section(text: str, name: str) -> str:
    r"""The body of section ``[name]`` of a data file's text, without its final newline.

    >>> text = "# head\n[a]\nx\ny\n[b]\nz\n"
    >>> section(text, "a"), section(text, "b")
    ('x\ny', 'z')
    """
    start = text.index(f"\n[{name}]\n") + len(name) + 4
    end = text.find("\n[", start)
    return text[start : end if end >= 0 else len(text) - 1]


def row(rows: list[str], key: str) -> list[str] | None:
    r"""The tab-separated fields after ``key`` of the sorted ``rows`` row that starts
    with it, or None: one binary search, as WordNet's own library searches its index.

    >>> rows = ["a\t1", "b\t2 3\tx", "c\t"]
    >>> row(rows, "b"), row(rows, "bb"), row(rows, "c")
    (['2 3', 'x'], None, [''])
    """
    head = key + "\t"
    k = bisect.bisect_left(rows, head)
    if k < len(rows) and rows[k].startswith(head):
        return rows[k][len(head) :].split("\t")
    return None


def section_bounds(data: bytes, name: str) -> tuple[int, int]:
    r"""Where the body of section ``[name]`` of a data file's bytes starts and ends (before
    its final newline), as :func:`section` finds it in the text.

    Found by the brackets alone: ``bytes.find`` looks for one byte at C speed, while a
    search for ``b"\n["`` stops at every line's newline (5 ms through ``nouns.txt``).

    >>> data = b"# [x]\n[a]\nx\ny\n[b]\nz\n"
    >>> [data[slice(*section_bounds(data, n))] for n in "ab"]
    [b'x\ny', b'z']
    """
    header = b"[" + name.encode() + b"]\n"
    start = -1
    i = data.find(b"[")
    while i >= 0:
        if i > 0 and data[i - 1] == _NEWLINE:
            if start < 0 and data.startswith(header, i):
                start = i + len(header)
            elif 0 <= start < i:
                return start, i - 1
        i = data.find(b"[", i + 1)
    if start < 0:
        msg = f"no section [{name}]"
        raise ValueError(msg)
    return start, len(data) - 1


_NEWLINE = ord("\n")


class Rows:
    r"""The sorted rows of section ``[name]`` of a data file's bytes, searched where they lie.

    Splitting the 2.8 MB of ``nouns.txt`` into lists of rows for :func:`row` took most of
    loading it, some 20 ms at the start of every comparison, for the few hundred rows a
    comparison reads.  Here the rows stay in the bytes: one row in every :data:`_STRIDE`
    bytes is listed, a key is placed among those by ``bisect``, then found by one search
    of the few rows between two of them, both in C.  UTF-8 bytes sort as their text does
    (by code point), so rows the build scripts sorted as strings are sorted as bytes.

    >>> rows = Rows(b"# head\n[a]\nb\t1\nc\t2 3\tx\n[d]\nz\t\n", "a")
    >>> rows.row("c"), rows.row("b"), rows.row("bb"), rows.row("z")
    (['2 3', 'x'], ['1'], None, None)
    """

    __slots__ = ("_data", "_end", "_lines", "_starts")

    def __init__(self, data: bytes, name: str) -> None:
        self._data = data
        start, end = section_bounds(data, name)
        self._end = end
        # The sampled rows: where each starts, and the row itself (rows sort as wholes).
        self._starts: list[int] = []
        self._lines: list[bytes] = []
        at = start - 1  # the newline before the first row
        while 0 <= at < end:
            last = data.find(b"\n", at + 1, end)
            self._starts.append(at + 1)
            self._lines.append(data[at + 1 : last if last >= 0 else end])
            at = data.find(b"\n", at + 1 + _STRIDE, end)

    def row(self, key: str) -> list[str] | None:
        """What :func:`row` gives for these rows: the tab-separated fields after ``key``."""
        if "\n" in key or "\t" in key:
            return None  # no key holds one; a search for it could run across rows
        # Never in the data, but a text may hold one: encoded, it sorts as it would as text.
        head = key.encode("utf-8", "surrogatepass") + b"\t"
        # The row sought is the first that does not sort before head, if any is: every
        # row starting with head sorts before every other row that does not sort before
        # head.  It starts after the last sampled row sorting before head, and at the
        # next sampled row at the latest.
        k = bisect.bisect_left(self._lines, head)
        data, end = self._data, self._end
        if not self._starts:
            return None  # a header ending the file, with no row at all
        lo = self._starts[k - 1 if k else 0]
        hi = min(self._starts[k] + len(head), end) if k < len(self._starts) else end
        at = data.find(b"\n" + head, lo - 1, hi)
        if at < 0:
            return None
        at += 1 + len(head)
        last = data.find(b"\n", at, end)
        return data[at : last if last >= 0 else end].decode("utf-8").split("\t")


# Rows lists one row in about this many bytes of a section: some 1,300 of nouns.txt's
# 120,000 rows, listed in about 2 ms; a look-up then searches some 40 rows, in 4 µs
# (a list of every row took 20 ms to split and 2 µs to search).
_STRIDE = 2048
