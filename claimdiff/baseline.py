"""The pytest plugin's stored baselines: accepted conflicts, as diff-friendly JSON.

A baseline file sits beside the test module it belongs to, in
``__claimdiff__/<module>.json``, and maps a test (its node id within the
module, e.g. ``test_summary[short]``) and a check name to the conflicts a team
has accepted.  A conflict is identified by what it says -- the kind, the noun,
the text of both claims and their normalised values -- never by character
offsets, so editing an unrelated sentence of either text leaves the baseline
valid.  The format is documented in docs/pytest-plugin.md.

Nothing here knows about pytest: the functions take paths and findings and
return values, so they can be tested on their own.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from claimdiff.model import Claim, Finding, Quantity

SCHEMA = 1
"""The version of the baseline format this claimdiff reads and writes."""

DIRNAME = "__claimdiff__"
"""The directory, beside each test module, that holds its baseline."""

Value = float | tuple[float | None, float | None] | None
"""A normalised figure: the nominal value, or the ``(low, high)`` of a pure range."""

Tests = dict[str, dict[str, tuple["Entry", ...]]]
"""A baseline's content: test key → check name → accepted entries."""


class BaselineError(ValueError):
    """A baseline file cannot be read, or must not be written.

    ``path`` is the offending file; the message names it, on one line.
    """

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"claimdiff baseline {path}: {problem}")
        self.path = path
        self.problem = problem


@attrs.frozen
class Side:
    """One claim of an accepted conflict: its text as written and its normalised figure."""

    claim: str
    value: Value = None
    unit: str | None = None


@attrs.frozen
class Entry:
    """An accepted conflict, identified by what it says rather than where it is.

    ``reason`` is kept for the reader of the file only: it is not part of the
    identity, so a reworded explanation in a later claimdiff does not turn a
    known conflict into a new one.
    """

    kind: str
    noun: str | None
    source: Side
    output: Side
    reason: str = attrs.field(default="", eq=False)

    @property
    def key(self) -> tuple[object, ...]:
        """The identity used to match a current conflict to an accepted one."""
        return (self.kind, self.noun, self.source, self.output)


@attrs.frozen
class Delta:
    """How one check's conflicts compare with what its baseline accepts."""

    regressions: tuple[Entry, ...] = ()
    """Conflicts the baseline does not accept: they fail the test."""
    known: tuple[Entry, ...] = ()
    """Conflicts the baseline accepts."""
    improvements: tuple[Entry, ...] = ()
    """Accepted conflicts that no longer occur, and whose place no regression took."""
    replaced: tuple[Entry, ...] = ()
    """Accepted conflicts whose place a regression took: the same kind, noun and source
    claim, another output figure (the output got the figure wrong again). Nothing improved."""


def _round(x: float | None) -> float | None:
    # Twelve significant digits absorb float noise from unit conversions
    # (0.1 + 0.2) while keeping every figure a news text can state.
    if x is None:
        return None
    r = float(f"{x:.12g}")
    return int(r) if r.is_integer() and abs(r) < 1e15 else r


def _value(q: Quantity | None) -> Value:
    if q is None:
        return None
    if q.value is not None:
        return _round(q.value)
    return (_round(q.low), _round(q.high))


UNSUPPORTED = "unsupported: no counterpart in the source, and not derivable from its figures"
"""The reason stored with an accepted unsupported figure (its source side is empty)."""


def unsupported_entry(claim: Claim) -> Entry:
    """The baseline entry of an output figure with no support: an empty source side."""
    return Entry(
        kind=str(claim.kind),
        noun=claim.noun,
        source=Side(""),
        output=Side(claim.text, _value(claim.quantity), claim.unit),
        reason=UNSUPPORTED,
    )


def entry_of(finding: Finding) -> Entry:
    """The baseline entry that identifies ``finding`` (a from the source, b from the output)."""
    a, b = finding.a, finding.b
    return Entry(
        kind=str(a.kind),
        noun=a.noun if a.noun is not None else b.noun,
        source=Side(a.text, _value(a.quantity), a.unit),
        output=Side(b.text, _value(b.quantity), b.unit),
        reason=finding.reason,
    )


def accepted_mask(current: Sequence[Entry], accepted: Iterable[Entry]) -> list[bool]:
    """For each of ``current``, whether the baseline ``accepted`` covers it.

    Entries are counted, not just compared as sets: if a figure is contradicted
    twice and the baseline accepts it once, the second occurrence is not covered.
    """
    budget = Counter(e.key for e in accepted)
    mask = []
    for e in current:
        mask.append(budget[e.key] > 0)
        budget[e.key] -= 1
    return mask


def diff(current: Sequence[Entry], accepted: Sequence[Entry]) -> Delta:
    """Split ``current`` conflicts into regressions and known ones, and find the accepted
    ones gone: replaced by a regression at their place, or improvements."""
    mask = accepted_mask(current, accepted)
    regressions = tuple(e for e, ok in zip(current, mask, strict=True) if not ok)
    known = tuple(e for e, ok in zip(current, mask, strict=True) if ok)
    left = Counter(e.key for e in accepted)
    left.subtract(e.key for e in known)
    gone = []
    for e in accepted:
        if left[e.key] > 0:
            left[e.key] -= 1
            gone.append(e)
    # Each regression takes the place of at most one accepted conflict, counted as repeats are.
    places = Counter(place(e) for e in regressions)
    replaced, improvements = [], []
    for e in gone:
        if places[place(e)] > 0:
            places[place(e)] -= 1
            replaced.append(e)
        else:
            improvements.append(e)
    return Delta(regressions, known, tuple(improvements), tuple(replaced))


def place(e: Entry) -> tuple[object, ...]:
    """Where an entry stands: its kind, noun and source claim, whatever the output says."""
    return (e.kind, e.noun, e.source)


def baseline_path(test_file: Path) -> Path:
    """Where the baseline of the tests in ``test_file`` lives.

    The name is the module's own file name, which already exists in that
    directory, so no node id or parameter ever becomes part of a path.

    >>> baseline_path(Path("tests") / "test_summary.py").as_posix()
    'tests/__claimdiff__/test_summary.json'
    """
    return test_file.parent / DIRNAME / f"{test_file.stem}.json"


def check_inside(path: Path, test_dir: Path) -> None:
    """Raise :class:`BaselineError` unless ``path`` resolves to inside ``test_dir``.

    Guards against a ``__claimdiff__`` that is a symbolic link to elsewhere:
    the plugin never writes outside the directory of the test it serves.
    """
    root = test_dir.resolve()
    target = path.resolve()
    if target.parent != root / DIRNAME:
        msg = f"resolves to {target}, outside {root / DIRNAME}; refusing to write there"
        raise BaselineError(path, msg)


# --- reading -------------------------------------------------------------------------


def _is_bound(x: object) -> bool:
    return x is None or (isinstance(x, int | float) and not isinstance(x, bool))


def _is_value(x: object) -> bool:
    """A number, null, or exactly [low, high] of those."""
    if isinstance(x, list):
        return len(x) == 2 and all(_is_bound(v) for v in x)
    return _is_bound(x)


def _is_text(x: object) -> bool:
    return x is None or isinstance(x, str)


# The optional fields of a side and of an entry: field -> (check, what it must be).
# One table, read by one function, so every field is checked and worded alike.
_Field = tuple[Callable[[object], bool], str]
_SIDE_FIELDS: dict[str, _Field] = {
    "value": (_is_value, "a number, null or [low, high]"),
    "unit": (_is_text, "a string or null"),
}
_ENTRY_FIELDS: dict[str, _Field] = {"noun": (_is_text, "a string or null")}


def _fields(raw: object, where: str, key: str, table: dict[str, _Field]) -> dict[str, Any]:
    """``raw`` as a dict with a string ``key``, its ``table`` fields checked; TypeError if not."""
    if not isinstance(raw, dict) or not isinstance(raw.get(key), str):
        msg = f"{where} must be an object with a string {key!r}"
        raise TypeError(msg)
    for field, (ok, what) in table.items():
        if not ok(raw.get(field)):
            msg = f"{where}.{field} must be {what}"
            raise TypeError(msg)
    return raw


def _side(raw: object, where: str) -> Side:
    fields = _fields(raw, where, "claim", _SIDE_FIELDS)
    value = fields.get("value")
    if isinstance(value, list):
        value = (value[0], value[1])
    return Side(fields["claim"], value, fields.get("unit"))


def _entry(raw: object, where: str) -> Entry:
    fields = _fields(raw, where, "kind", _ENTRY_FIELDS)
    reason = fields.get("reason", "")
    return Entry(
        kind=fields["kind"],
        noun=fields.get("noun"),
        source=_side(fields.get("source"), f"{where}.source"),
        output=_side(fields.get("output"), f"{where}.output"),
        reason=reason if isinstance(reason, str) else "",
    )


def _tests(raw: object) -> Tests:
    if not isinstance(raw, dict):
        msg = "'tests' must be an object"
        raise TypeError(msg)
    out: Tests = {}
    for test, checks in raw.items():
        if not isinstance(checks, dict):
            msg = f"tests[{test!r}] must be an object of checks"
            raise TypeError(msg)
        out[test] = {}
        for check, entries in checks.items():
            where = f"tests[{test!r}][{check!r}]"
            if not isinstance(entries, list):
                msg = f"{where} must be a list"
                raise TypeError(msg)
            out[test][check] = tuple(_entry(e, f"{where}[{i}]") for i, e in enumerate(entries))
    return out


def parse(text: str, path: Path) -> Tests:
    """The content of a baseline file; :class:`BaselineError` naming ``path`` if it is not one."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as e:
        msg = f"not valid JSON ({e}); fix it or delete it and run pytest --claimdiff-update"
        raise BaselineError(path, msg) from e
    if not isinstance(raw, dict) or "schema" not in raw:
        raise BaselineError(path, "not a claimdiff baseline (no 'schema' key)")
    schema = raw["schema"]
    if not isinstance(schema, int) or isinstance(schema, bool) or schema < 1:
        raise BaselineError(path, f"unknown schema {schema!r}")
    if schema > SCHEMA:
        msg = (
            f"written by a newer claimdiff (schema {schema}; this one reads schema {SCHEMA}); "
            "upgrade claimdiff"
        )
        raise BaselineError(path, msg)
    try:
        return _tests(raw.get("tests", {}))
    except TypeError as e:
        raise BaselineError(path, f"malformed: {e}") from e


def load(path: Path) -> Tests:
    """The baseline at ``path``: empty if there is none, :class:`BaselineError` if unreadable."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as e:
        raise BaselineError(path, f"cannot be read ({e})") from e
    return parse(text, path)


# --- writing -------------------------------------------------------------------------


def _side_json(s: Side) -> dict[str, object]:
    value = list(s.value) if isinstance(s.value, tuple) else s.value
    return {"claim": s.claim, "value": value, "unit": s.unit}


def _entry_json(e: Entry) -> dict[str, object]:
    return {
        "kind": e.kind,
        "noun": e.noun,
        "source": _side_json(e.source),
        "output": _side_json(e.output),
        "reason": e.reason,
    }


def _sort_key(e: Entry) -> str:
    return json.dumps(_entry_json(e), sort_keys=True, ensure_ascii=False)


def dumps(tests: Mapping[str, Mapping[str, Iterable[Entry]]]) -> str:
    """The file content for ``tests``: sorted, indented, one field a line, so diffs stay small.

    Checks with no accepted conflicts are left out, and so are tests left empty.
    """
    body: dict[str, dict[str, list[dict[str, object]]]] = {}
    for test in sorted(tests):
        checks = {
            name: [_entry_json(e) for e in sorted(entries, key=_sort_key)]
            for name, entries in sorted(tests[test].items())
        }
        checks = {name: entries for name, entries in checks.items() if entries}
        if checks:
            body[test] = checks
    doc = {"schema": SCHEMA, "tests": body}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def save(path: Path, tests: Mapping[str, Mapping[str, Iterable[Entry]]]) -> bool:
    """Write ``tests`` to ``path`` atomically, or delete the file if nothing is accepted.

    Returns True if the file changed.  The content is written to a temporary
    file in the same directory and renamed over the old one, so a crash never
    leaves half a baseline behind.
    """
    text = dumps(tests)
    if not json.loads(text)["tests"]:
        if not path.exists():
            return False
        path.unlink()
        if path.parent.name == DIRNAME and not any(path.parent.iterdir()):
            path.parent.rmdir()
        return True
    try:
        if path.read_text(encoding="utf-8") == text:
            return False
    except FileNotFoundError:
        pass
    path.parent.mkdir(exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


# --- what one run checked --------------------------------------------------------------


@attrs.frozen
class Record:
    """One check made during a test run, and how it compares with the baseline.

    ``file`` is the baseline file, ``test`` the test's key in it, ``name`` the
    check's.  Records travel as JSON from pytest-xdist workers to the controller.
    """

    file: str
    test: str
    nodeid: str
    name: str
    strict: bool
    conflicts: tuple[Entry, ...]
    delta: Delta

    def to_json(self) -> dict[str, object]:
        """A JSON-ready dict."""
        d: dict[str, object] = attrs.asdict(self, recurse=False)
        d["conflicts"] = [_entry_json(e) for e in self.conflicts]
        d["delta"] = {k: [_entry_json(e) for e in getattr(self.delta, k)] for k in DELTA_FIELDS}
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Record:
        """The inverse of :meth:`to_json`."""

        def entries(raw: list[object]) -> tuple[Entry, ...]:
            return tuple(_entry(e, "record") for e in raw)

        delta = Delta(**{k: entries(d["delta"][k]) for k in DELTA_FIELDS})
        return cls(**{**d, "conflicts": entries(d["conflicts"]), "delta": delta})


DELTA_FIELDS = ("regressions", "known", "improvements", "replaced")
"""The fields of :class:`Delta`, in the order summaries list them."""
