"""What follows a short run of digits: a look the scan's gates take before their patterns.

The gates the scan asks of digits the plain pattern turns away (extract/plain.py) open
with a look ahead of the same shape: a run of at most a few digits, then a character of
a small set (or white space and one of another).  Read in Python, that look decides most
of their calls without the pattern, which a process then compiles only where one may
match: most comparisons of two reports never do (each pattern's compile is some millions
of instructions, a call here some hundreds).  tests/test_digit_runs.py holds each look
to its pattern.
"""

from __future__ import annotations

__all__ = ["run_then"]


def run_then(
    text: str, p: int, most: int, after: frozenset[str], spaced: frozenset[str] | None = None
) -> bool:
    """Whether ``text`` holds at ``p`` a run of 1 to ``most`` digits (as ``\\d`` reads
    them: ``str.isdecimal``, in any script) followed by a character of ``after``, or, if
    ``spaced`` is given, by white space (``\\s``, ``str.isspace``) and a digit or a
    character of ``spaced``: ``\\d{1,most}+(?:[after]|\\s[\\dspaced])``."""
    k = p
    stop = p + most
    c = ""
    while k <= stop:
        c = text[k : k + 1]
        if not c.isdecimal():
            break
        k += 1
    else:
        return False  # a digit more than ``most``: the possessive run ends before it
    if k == p:
        return False
    if c in after:
        return True
    if spaced is None or not c.isspace():
        return False
    c = text[k + 1 : k + 2]
    return c.isdecimal() or c in spaced
