"""The data files shipped in ``claimdiff/lexicon/data``, read as bytes.

Read straight from the package's directory, which every install from a wheel or a
checkout has: ``importlib.resources.files`` imports zipfile, tempfile, random and
pathlib to allow for a zipped package, some 30 M instructions (2.4% of ``claimdiff
compare`` on the fixtures) at the start of every command that reads a lexicon.  A
package imported from a zip archive is still read through importlib.resources.
"""

from __future__ import annotations

import os

__all__ = ["read_bytes"]

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
