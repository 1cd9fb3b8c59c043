"""Scoring for bench/extraction.py: gold and predictions as items, matched one-to-one.

Scoring, value + unit:

* **Gold.**  Each ``expected`` item becomes a value (or a ``low``/``high`` range) and the set
  of claimdiff units it may be written in.  The unit comes from the item's ISO ``currency``
  where the peer gives one, else from ``bench/data/units.csv`` (one table for both peers'
  unit names: "Dollar" is USD, "Cent" is 0.01 USD, "Pound" is GBP among currencies and
  pound-mass among dimensions, "Ton" any of short/long/metric ton ...).  Number and
  number-range cases carry no unit.  Items with no figure at all (a bare "dollars" or
  "metric ton") are the peer's convention, not quantities: they are dropped and counted.
* **Predictions.**  Each file is one task, and a prediction counts if it belongs to that
  task: on the number file every claim with a quantity, whatever its kind (a year, an age or
  a duration still states a number; "$20" states 20); on the range file ranges and bounds
  (claimdiff's qualifiers more/less than, at least/most, range; quantulum3's
  ``value +- uncertainty``); on the currency file claims in an ISO currency; on the
  dimension file claims in a physical unit pint knows, other than time and temperature (the
  peer has separate models for those, which these cases do not cover).  A prediction outside
  the task is paired only with gold the in-task ones left, and counts only if it matches
  ("equal to 20" is range gold; the "2009" of "more than 30000 in 2009" is no error).
  quantulum3's quantities are mapped alike: ``currency_code`` for currencies, the table or
  pint for its unit names.
* **Match.**  A prediction matches a gold item when the units agree (pint converts one into
  the other at a factor of 1, or the same ISO code) and, if the gold has a value, the values
  agree within a relative tolerance of 1e-6; if the gold is a range, its ``low`` and
  ``high`` agree the same way (``None`` only with ``None``).  Inclusivity of bounds is not
  scored.  Two readings are equal though written differently: a bare number and a
  percentage a hundred times larger ("two thirds" is 66.7 %), and an unbounded low and a low
  of 0 under a positive high (claimdiff closes "fewer than 1,000" at 0: counts are never
  negative).  Gold and predictions are paired one-to-one per case (maximum bipartite matching).
"""

from __future__ import annotations

import csv
import json
import math
import re
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import attrs
import pint

DATA = Path(__file__).resolve().parent / "data"
FILES = ("NumberModel", "NumberRangeModel", "CurrencyModel", "DimensionModel")
TASKS = {
    "NumberModel": "number",
    "NumberRangeModel": "range",
    "CurrencyModel": "money",
    "DimensionModel": "measure",
}
PEER_PORT = "python"  # the Recognizers port listed in `not_supported` when it fails a case
REL_TOL = 1e-6
ISO = re.compile(r"[A-Z]{3}")
NOT_MEASURES = ("dimensionless", "percent")  # pint units that are figures, not dimensions
NOT_DIMENSIONS = ("[time]", "[temperature]")  # the peer's DimensionModel has neither
# claimdiff qualifiers that make a claim a range or a bound; "about 20" is a hedge, not a range.
BOUNDING = ("more_than", "at_least", "less_than", "at_most", "range")
UnitTable = dict[tuple[str, str, str], tuple[float, tuple[str, ...]]]
"""(tool, task, unit name) -> (scale, accepted claimdiff units): bench/data/units.csv."""
Convert = Callable[[Any, UnitTable], list["Item"]]
"""Maps one tool's output for one text to items."""


@attrs.frozen
class Item:
    """A quantity on either side of the comparison, already in claimdiff's units."""

    value: float | None
    low: float | None
    high: float | None
    units: tuple[str, ...] = ()
    """Accepted units (alternatives); empty for a bare number."""
    text: str = ""
    kind: str = ""
    bounded: bool = False
    """A range or a bound ("between 20 and 30", "more than 20"), not a plain figure."""


@attrs.frozen
class Case:
    """One peer test case: its text, its gold items and whether the peer's port fails it."""

    file: str
    index: int
    text: str
    gold: tuple[Item, ...]
    peer_fails: bool
    dropped: int
    """Gold items with no figure (a bare unit), left out of the gold."""
    convention: str | None = None
    """Why claimdiff deliberately reads this case otherwise (bench/data/conventions.csv)."""


@attrs.define
class Score:
    """Counts summed over cases (pairs are one-to-one: matched gold = matched predictions)."""

    gold: int = 0
    pred: int = 0
    matched: int = 0

    def add(self, gold: int, pred: int, matched: int) -> None:
        """Add one case's counts."""
        self.gold += gold
        self.pred += pred
        self.matched += matched

    @property
    def precision(self) -> float:
        """Matched predictions over predictions (1.0 when nothing was predicted)."""
        return self.matched / self.pred if self.pred else 1.0

    @property
    def recall(self) -> float:
        """Matched gold over gold (1.0 when there is no gold)."""
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall.

        >>> s = Score(); s.add(gold=4, pred=2, matched=2); round(s.f1, 3)
        0.667
        """
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@cache
def registry() -> pint.UnitRegistry:
    """The one pint registry of the bench (building one takes about half a second)."""
    return pint.UnitRegistry()


@cache
def canonical(unit: str) -> str | None:
    """An ISO code as is, else pint's name for ``unit``, or None if pint cannot read it.

    >>> canonical("USD"), canonical("kilometre per hour"), canonical("pound-mass")
    ('USD', 'kilometer / hour', None)
    """
    if ISO.fullmatch(unit):
        return unit
    try:
        return str(registry().parse_units(unit))
    # quantulum3 names such as "pound-mass" or "litre year kelvin hour" are not pint syntax:
    # pint raises one of these, and the answer is "not a unit pint knows".
    except (pint.errors.PintError, TypeError, ValueError, AttributeError):
        return None


@cache
def same_unit(a: str, b: str) -> bool:
    """Whether two canonical units are one: same ISO code, or pint converts at a factor of 1.

    >>> same_unit("mile_per_hour", "mile / hour"), same_unit("ton", "metric_ton")
    (True, False)
    """
    if a == b:
        return True
    if ISO.fullmatch(a) or ISO.fullmatch(b):
        return False
    ureg = registry()
    try:
        factor = ureg.Quantity(1.0, a).to(b).magnitude
    except pint.errors.PintError:
        return False
    return math.isclose(factor, 1.0, rel_tol=REL_TOL)


def is_measure(unit: str) -> bool:
    """Whether a canonical unit is a physical dimension the peer's DimensionModel covers."""
    if ISO.fullmatch(unit) or unit in NOT_MEASURES:
        return False
    try:
        dims = str(registry().get_dimensionality(unit))
    except pint.errors.PintError:
        return False
    return dims not in NOT_DIMENSIONS


def load_units(path: Path = DATA / "units.csv") -> UnitTable:
    """The unit table: (tool, task, name) -> (scale, accepted canonical units)."""
    table = {}
    for row in read_csv(path):
        units = tuple(canonical(u) or u for u in row["units"].split("|") if u)
        table[(row["tool"], row["task"], row["name"])] = (float(row["scale"]), units)
    return table


def gold_item(expected: dict[str, Any], task: str, units: UnitTable) -> Item | None:
    """One expected item in claimdiff's units, or None when it states no figure.

    >>> cents = {"value": 50, "low": None, "high": None, "unit": "Cent", "surface": "50 cents"}
    >>> gold_item(cents, "money", load_units())
    Item(value=0.5, low=None, high=None, units=('USD',), text='50 cents', kind='', bounded=False)
    """
    value, low, high = expected["value"], expected["low"], expected["high"]
    if value is None and low is None and high is None:
        return None
    scale, accepted = 1.0, ()
    if task in ("money", "measure"):
        if expected.get("currency"):
            accepted = (expected["currency"],)
        else:
            key = ("recognizers", task, expected["unit"])
            if key not in units:
                msg = f"bench/data/units.csv has no row for {key}"
                raise KeyError(msg)
            scale, accepted = units[key]
    return Item(
        *(None if x is None else x * scale for x in (value, low, high)),
        accepted,
        expected["surface"],
    )


def read_csv(path: Path) -> list[dict[str, str]]:
    """Rows of one of our CSV tables, whose header lines start with ``#``."""
    text = path.read_text(encoding="utf-8").splitlines()
    return list(csv.DictReader(line for line in text if not line.startswith("#")))


def load_cases(name: str, units: UnitTable) -> list[Case]:
    """The cases of one ``recognizers_<name>.jsonl`` file, with their conventions."""
    why = {
        int(r["index"]): r["reason"]
        for r in read_csv(DATA / "conventions.csv")
        if r["file"] == name
    }
    cases = []
    path = DATA / f"recognizers_{name}.jsonl"
    for index, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        row = json.loads(line)
        items = [gold_item(e, TASKS[name], units) for e in row["expected"]]
        gold = tuple(i for i in items if i is not None)
        cases.append(
            Case(
                name,
                index,
                row["text"],
                gold,
                PEER_PORT in row["not_supported"],
                len(items) - len(gold),
                why.pop(index, None),
            )
        )
    if why:
        msg = f"conventions.csv names {name} cases that do not exist: {sorted(why)}"
        raise IndexError(msg)
    return cases


def in_task(item: Item, task: str) -> bool:
    """Whether a prediction belongs to the file's task (see the module docstring).

    >>> [in_task(Item(1, 1, 1, (u,)), "measure") for u in ("mile", "USD", "hour", "percent")]
    [True, False, False, False]
    >>> in_task(Item(20, 20, 20), "range"), in_task(Item(20, 20, None, bounded=True), "range")
    (False, True)
    """
    if task == "number":
        return True
    if task == "range":
        return item.bounded
    if task == "money":
        return any(ISO.fullmatch(u) for u in item.units)
    return any(is_measure(u) for u in item.units)


def close(a: float | None, b: float | None) -> bool:
    """Both None, or both numbers equal within REL_TOL.

    >>> close(0.6666666666667, 2 / 3), close(None, 0.0), close(None, None)
    (True, False, True)
    """
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=1e-12)


def matches(gold: Item, pred: Item) -> bool:
    """Whether a prediction states the gold item's value (or range) in one of its units.

    Two readings are equal though written differently.  A bare number matches a percentage
    of it a hundred times larger (claimdiff states "two thirds" as 66.7 %).  A predicted low
    of 0 matches an unbounded low: claimdiff closes "fewer than 1,000 pandas" at 0, as a
    count is never negative, where the peer leaves it open.

    >>> ton = Item(3, None, None, ("ton", "metric_ton"))
    >>> matches(ton, Item(3, 3, 3, ("tonne",))), matches(ton, Item(3, 3, 3, ("pound",)))
    (True, False)
    >>> more_than_20, between_20_and_30 = Item(20, 20, None), Item(None, 20, 30)
    >>> matches(Item(None, 20, None), more_than_20), matches(Item(20, 20, 20), between_20_and_30)
    (True, False)
    >>> matches(Item(2 / 3, None, None), Item(200 / 3, 200 / 3, 200 / 3, ("percent",)))
    True
    >>> matches(Item(None, None, 1000), Item(1000, 0, 1000))
    True
    >>> matches(Item(None, 0.4, None), Item(40, 40, None, ("percent",), bounded=True))
    True
    """
    if gold.units and not any(same_unit(g, p) for g in gold.units for p in pred.units):
        return False
    if gold.value is not None:
        if pred.value is None:
            return False
        percent = not gold.units and "percent" in pred.units
        return close(gold.value, pred.value) or (percent and close(gold.value * 100, pred.value))
    if not gold.units and "percent" in pred.units:  # "2 in 5 or more": [0.4, ) is [40%, )
        gold = Item(None, *(None if x is None else x * 100 for x in (gold.low, gold.high)))
    open_low = gold.low is None and pred.low == 0 and gold.high is not None and gold.high > 0
    return (open_low or close(gold.low, pred.low)) and close(gold.high, pred.high)


def pair(gold: Sequence[Item], pred: Sequence[Item]) -> dict[int, int]:
    """A maximum one-to-one matching, gold index -> prediction index (Kuhn's algorithm).

    >>> g = [Item(1, 1, 1), Item(2, 2, 2)]
    >>> pair(g, [Item(2, 2, 2), Item(1, 1, 1), Item(1, 1, 1)])
    {0: 1, 1: 0}
    """
    edges = [[j for j, p in enumerate(pred) if matches(g, p)] for g in gold]
    owner: dict[int, int] = {}  # prediction index -> gold index

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or augment(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    return {i: j for j, i in sorted(owner.items(), key=lambda kv: kv[1])}


def as_dict(item: Item) -> dict[str, Any]:
    """An item for the failures file."""
    return attrs.asdict(item, filter=lambda a, v: a.name not in ("kind", "bounded") or v)


@attrs.define
class Result:
    """One tool on one file: scores over all cases and over those the peer's port passes."""

    all: Score = attrs.Factory(Score)
    peer_ok: Score = attrs.Factory(Score)
    """Without the cases the peer's own Python port fails."""
    plain: Score = attrs.Factory(Score)
    """Without the cases where claimdiff deliberately differs (conventions.csv)."""
    seconds: float = 0.0
    chars: int = 0


def score_case(case: Case, pred: Sequence[Item]) -> tuple[int, dict[int, Item], list[Item]]:
    """Predictions counted, gold missed (by index) and predictions spurious, for one case.

    Predictions outside the file's task are paired only with the gold the in-task ones
    left, and count only when they match: "equal to 20" is in the range file's gold,
    the plain figure "20" is not, and neither is "2009" in "more than 30000 in 2009".
    """
    task = TASKS[case.file]
    inside = [p for p in pred if in_task(p, task)]
    outside = [p for p in pred if not in_task(p, task)]
    first = pair(case.gold, inside)
    rest = [i for i in range(len(case.gold)) if i not in first]
    second = {rest[i]: j for i, j in pair([case.gold[i] for i in rest], outside).items()}
    missed = {i: g for i, g in enumerate(case.gold) if i not in first and i not in second}
    used = set(first.values())
    return len(inside) + len(second), missed, [p for j, p in enumerate(inside) if j not in used]


def score_file(
    cases: Sequence[Case],
    outputs: Sequence[Any],
    convert: Convert,
    units: UnitTable,
    misses: list[dict[str, Any]] | None,
) -> Result:
    """Score one tool's outputs on one file's cases; append per-case misses if asked."""
    result = Result()
    for case, out in zip(cases, outputs, strict=True):
        counted, missed, spurious = score_case(case, convert(out, units))
        counts = (len(case.gold), counted, len(case.gold) - len(missed))
        result.all.add(*counts)
        if not case.peer_fails:
            result.peer_ok.add(*counts)
        if case.convention is None:
            result.plain.add(*counts)
        if misses is not None and (missed or spurious):
            misses.append(
                {
                    "file": case.file,
                    "index": case.index,
                    "text": case.text,
                    "peer_fails": case.peer_fails,
                    "convention": case.convention,
                    "missed": [as_dict(g) for g in missed.values()],
                    "spurious": [as_dict(p) for p in spurious],
                }
            )
    return result
