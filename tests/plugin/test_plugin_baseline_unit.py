"""claimdiff.baseline on its own: identity of entries, counting, paths, parsing, writing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimdiff import baseline as bl
from claimdiff.model import Claim, Finding, Kind, Quantity, Verdict


def _claim(text: str, value: float | None, *, start: int = 0, unit: str | None = None) -> Claim:
    q = None if value is None else Quantity(value, value, value, unit)
    return Claim(text, (start, start + len(text)), Kind.COUNT, q, noun="people")


def _finding(a: Claim, b: Claim, reason: str = "differ") -> Finding:
    return Finding(a, b, Verdict.CONFLICT, 1.0, reason)


E1 = bl.entry_of(_finding(_claim("1,200 people", 1200), _claim("1,500 people", 1500)))
E2 = bl.entry_of(_finding(_claim("1,200 people", 1200), _claim("1,700 people", 1700)))
E3 = bl.entry_of(_finding(_claim("30 offices", 30), _claim("40 offices", 40)))


def test_entry_ignores_offsets_and_reason() -> None:
    """The same conflict found at other offsets, explained otherwise, is the same entry."""
    moved = _finding(_claim("1,200 people", 1200, start=40), _claim("1,500 people", 1500, start=9))
    assert bl.entry_of(_finding(moved.a, moved.b, "another wording")) == E1


E4 = bl.entry_of(_finding(_claim("1,200 people", 1200), _claim("2,500 people", 2500)))
U1 = bl.unsupported_entry(_claim("35 people", 35))
U2 = bl.unsupported_entry(_claim("53 people", 53))

# (current, accepted, expected regressions, known, improvements, replaced)
DIFFS = [
    pytest.param([E1], [E1], [], [E1], [], [], id="known"),
    pytest.param([E1], [], [E1], [], [], [], id="new"),
    pytest.param([], [E1], [], [], [E1], [], id="improved"),
    pytest.param([E2], [E1], [E2], [], [], [E1], id="figure-changed-again"),
    pytest.param([E2, E4], [E1], [E2, E4], [], [], [E1], id="one-place-replaced-once"),
    pytest.param([E2], [E1, E1], [E2], [], [E1], [E1], id="one-of-two-replaced"),
    pytest.param([E3], [E1], [E3], [], [E1], [], id="another-place-is-no-replacement"),
    pytest.param([U2], [U1], [U2], [], [], [U1], id="unsupported-changed-again"),
    pytest.param([E1, E1], [E1], [E1], [E1], [], [], id="second-occurrence-is-new"),
    pytest.param([E1], [E1, E1], [], [E1], [E1], [], id="one-of-two-fixed"),
    pytest.param([E3, E1], [E1, E3], [], [E3, E1], [], [], id="order-free"),
]


@pytest.mark.parametrize(
    ("current", "accepted", "regressions", "known", "improved", "replaced"), DIFFS
)
def test_diff(
    current: list[bl.Entry],
    accepted: list[bl.Entry],
    regressions: list[bl.Entry],
    known: list[bl.Entry],
    improved: list[bl.Entry],
    replaced: list[bl.Entry],
) -> None:
    """Conflicts are split into regressions, known ones and improvements, counting repeats; an
    accepted conflict whose place (kind, noun, source claim) a regression took is replaced,
    not improved: the output got that figure wrong again."""
    delta = bl.diff(current, accepted)
    want = bl.Delta(*(tuple(x) for x in (regressions, known, improved, replaced)))
    assert delta == want


# (quantity, normalised value stored)
VALUES = [
    pytest.param(Quantity(1200, 1200, 1200), 1200, id="int"),
    pytest.param(Quantity(0.1 + 0.2, 0.1 + 0.2, 0.1 + 0.2), 0.3, id="float-noise"),
    pytest.param(Quantity(10, 20), (10, 20), id="range"),
    pytest.param(Quantity(16000, None), (16000, None), id="open-range"),
    pytest.param(None, None, id="quote"),
]


@pytest.mark.parametrize(("quantity", "value"), VALUES)
def test_values_are_normalised_and_round_trip(quantity: Quantity | None, value: object) -> None:
    """Values are stored rounded, as ints where whole, and read back to the same entry."""
    claim = Claim("x", (0, 1), Kind.COUNT, quantity)
    entry = bl.entry_of(_finding(claim, claim))
    assert entry.source.value == value
    text = bl.dumps({"t": {"#1": [entry]}})
    assert bl.parse(text, Path("b.json")) == {"t": {"#1": (entry,)}}


_SIDE = {"claim": "1,200 people", "value": 1200, "unit": None}
_ENTRY = {"kind": "count", "noun": "people", "source": _SIDE, "output": _SIDE}

# (a change to a well-formed entry, the message it must give): every field of the
# validator table, each worded the same way (issue 15, defect 9).
MALFORMED = [
    pytest.param({"kind": 3}, "[0] must be an object with a string 'kind'", id="kind"),
    pytest.param({"noun": 3}, "[0].noun must be a string or null", id="noun"),
    pytest.param({"source": None}, "[0].source must be an object with a string 'claim'",
                 id="source"),
    pytest.param({"output": {**_SIDE, "claim": 1}},
                 "[0].output must be an object with a string 'claim'", id="claim"),
    pytest.param({"source": {**_SIDE, "value": "1,200"}},
                 "[0].source.value must be a number, null or [low, high]", id="value-str"),
    pytest.param({"source": {**_SIDE, "value": [1, 2, 3]}},
                 "[0].source.value must be a number, null or [low, high]", id="value-triple"),
    pytest.param({"output": {**_SIDE, "value": True}},
                 "[0].output.value must be a number, null or [low, high]", id="value-bool"),
    pytest.param({"output": {**_SIDE, "unit": 5}}, "[0].output.unit must be a string or null",
                 id="unit"),
]  # fmt: skip


@pytest.mark.parametrize(("change", "message"), MALFORMED)
def test_malformed_fields_are_named(change: dict[str, object], message: str) -> None:
    """Each malformed field of an entry is refused with its path and what it must be."""
    text = json.dumps({"schema": 1, "tests": {"t": {"#1": [{**_ENTRY, **change}]}}})
    with pytest.raises(bl.BaselineError, match="malformed: ") as info:
        bl.parse(text, Path("b.json"))
    assert f"tests['t']['#1']{message}" in str(info.value)


def test_well_formed_entry_parses() -> None:
    """The entry the malformed cases start from is itself well formed."""
    parsed = bl.parse(json.dumps({"schema": 1, "tests": {"t": {"#1": [_ENTRY]}}}), Path("b"))
    (entry,) = parsed["t"]["#1"]
    assert (entry.kind, entry.noun, entry.source.value, entry.output.unit) == (
        "count", "people", 1200, None)  # fmt: skip


def test_dumps_is_sorted_and_drops_empty_checks() -> None:
    """Output is independent of insertion order, and empty checks and tests vanish."""
    one = bl.dumps({"b": {"#2": [E3, E1], "#1": []}, "a": {"#1": [E2]}, "c": {}})
    two = bl.dumps({"a": {"#1": [E2]}, "b": {"#2": [E1, E3]}})
    assert one == two
    assert list(json.loads(one)["tests"]) == ["a", "b"]


def test_save_writes_atomically_and_reports_change(tmp_path: Path) -> None:
    """save() says whether it changed the file, and leaves no temporary files behind."""
    path = tmp_path / bl.DIRNAME / "test_x.json"
    assert bl.save(path, {"t": {"#1": [E1]}}) is True
    assert bl.save(path, {"t": {"#1": [E1]}}) is False
    assert [p.name for p in path.parent.iterdir()] == ["test_x.json"]
    assert bl.save(path, {}) is True
    assert not path.parent.exists()


def test_baseline_path_stays_beside_the_module(tmp_path: Path) -> None:
    """The baseline lives in __claimdiff__ beside the module, named after it."""
    module = tmp_path / "pkg" / "test_ünï cödé.py"
    assert bl.baseline_path(module) == tmp_path / "pkg" / "__claimdiff__" / "test_ünï cödé.json"
    bl.check_inside(bl.baseline_path(module), module.parent)  # does not raise


def test_check_inside_refuses_other_directories(tmp_path: Path) -> None:
    """A path that leaves the test's directory is refused with the path named."""
    with pytest.raises(bl.BaselineError, match="outside"):
        bl.check_inside(tmp_path / "elsewhere" / bl.DIRNAME / "x.json", tmp_path / "tests")


def test_load_missing_is_empty_and_unreadable_is_an_error(tmp_path: Path) -> None:
    """A missing file is an empty baseline; an undecodable one is an error naming it."""
    assert bl.load(tmp_path / "none.json") == {}
    bad = tmp_path / "bad.json"
    bad.write_bytes(b'{"schema": 1, "tests": {"\xff": {}}}')
    with pytest.raises(bl.BaselineError, match=r"bad\.json: cannot be read") as info:
        bl.load(bad)
    assert info.value.path == bad
    assert isinstance(info.value, ValueError)


def test_record_round_trips_through_json() -> None:
    """A record sent by an xdist worker arrives as it left."""
    record = bl.Record(
        "f.json",
        "test_a[x/y]",
        "m.py::test_a[x/y]",
        "#1",
        False,
        (E1, E2),
        bl.diff([E1, E2], [E1, E3]),
    )
    assert bl.Record.from_json(json.loads(json.dumps(record.to_json()))) == record
