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
import os

__all__ = ["read_bytes", "row", "section"]

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
