"""A table of name runs read at once: each name's fullest form, and who is a person.

:class:`NameTable` is built from name runs in text order (:mod:`claimdiff.extract.names`):
every run of a text for :class:`claimdiff.extract.speakers.SpeakerIndex`, or only the
runs whose name ends in one word for :mod:`claimdiff.extract.local_names` (a name's
fullest forms and whether it is a person are read from those alone).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from claimdiff.extract.names import NameRun

# Sorted positions and the value named at each, for a binary search.
Occurrences = tuple[list[int], list[str]]


class NameTable:
    """Fullest forms and persons of the runs it was given; every look-up is a dictionary
    access or a binary search.

    Fullest forms and persons come from runs of two words or more (a one-word run adds
    no longer form and is no person by itself).  ``starts`` and ``ends``, where given,
    are where the matches of two words or more start and end (:meth:`covers`).
    """

    __slots__ = ("ends", "full_forms", "persons", "resolved", "run_ends", "runs", "starts")

    def __init__(
        self, runs: list[NameRun], starts: Sequence[int] = (), ends: Sequence[int] = ()
    ) -> None:
        self.runs = runs
        self.run_ends = [r.end for r in runs]
        self.starts = starts
        self.ends = ends
        # A name's last words ("Khan") -> positions and multi-word forms ending in them.
        self.full_forms: dict[str, Occurrences] = {}
        # One string per distinct name, shared by its runs: a long text names the same
        # people again and again, and a string per run took 2.5 MB on 5 MB of news.
        joined: dict[tuple[str, ...], str] = {}
        for run in runs:
            full = joined.get(run.name)
            if full is None:
                full = joined[run.name] = " ".join(run.name)
            for k in range(1, len(run.name)):  # every shorter ending: "Khan" for "Karim Khan"
                add(self.full_forms, " ".join(run.name[k:]), run.start, full)
        self.resolved = [_fullest(self.full_forms, joined[run.name], run.start) for run in runs]
        self.persons = frozenset(
            full for run, full in zip(runs, self.resolved, strict=True) if run.person
        )

    @property
    def every(self) -> NameTable:
        """The table of every run: this one, where it was given every run."""
        return self

    def fullest(self, name: str, at: int) -> str:
        """The fullest form of ``name`` (words joined by spaces) named at ``at``."""
        return _fullest(self.full_forms, name, at)

    def is_person(self, full: str) -> bool:
        """Whether a run whose fullest form is ``full`` names a person."""
        return full in self.persons

    def run_ending_at(self, end: int) -> NameRun | None:
        """The run whose last word ends at ``end``, if any."""
        i = bisect.bisect_left(self.run_ends, end)
        if i < len(self.runs) and self.run_ends[i] == end:
            return self.runs[i]
        return None

    def covers(self, at: int) -> bool:
        """Whether ``at`` lies in a match of two words or more (``starts`` and ``ends``)."""
        i = bisect.bisect_right(self.starts, at) - 1
        return i >= 0 and at < self.ends[i]


def nearest(occurrences: Occurrences | None, pos: int) -> str | None:
    """The value named last at or before ``pos``, or failing that the first after it."""
    if not occurrences:
        return None
    positions, values = occurrences
    i = bisect.bisect_right(positions, pos) - 1
    return values[max(i, 0)]


def _fullest(full_forms: dict[str, Occurrences], here: str, at: int) -> str:
    """The fullest form of the name ``here`` (joined by spaces) named at ``at``."""
    # Two people may share a surname: the nearest full form before the mention wins.
    best = nearest(full_forms.get(here), at)
    return best if best is not None and len(best) > len(here) else here


def add(table: dict[str, Occurrences], key: str, pos: int, value: str) -> None:
    """Add ``value`` named at ``pos`` under ``key``; positions come in text order."""
    positions, values = table.setdefault(key, ([], []))
    positions.append(pos)  # runs are visited in text order, so the lists stay sorted
    values.append(value)
