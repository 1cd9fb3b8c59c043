"""Reference exchange rates, for amounts two texts give in two currencies and no rate.

"a £38m fee" and "a $48 million transfer" are one fee when neither text states a rate.
claimdiff is offline, so the rates it falls back on are shipped with it: the European
Central Bank's euro reference rates, one mean per currency and month
(``lexicon/data/rates.json``, written by :mod:`claimdiff.lexicon.build_rates`).  A rate
between two currencies moves, so the rate used is a range: over the months around the
texts' publication date when one is known, else over the last three years of the data.
A stated rate (in either text) or one the caller gives always comes first
(:mod:`claimdiff.rates`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache

from claimdiff.data_files import read_bytes
from claimdiff.pattern_code import compile_pattern
from claimdiff.verdict import Rate

__all__ = ["WINDOW_MONTHS", "reference_rate", "when_published"]

WINDOW_MONTHS = 36
"""Months of rates an undated text is read against: the data's last three years."""
# A dated text is read against its month and the one either side: the rate a writer
# converted at was near the day's, and a month's mean hides the days' spread.
_DATED_SPREAD = 1
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DATE = compile_pattern(r"\b(\d{4})(?:-(\d{1,2}))?")


@lru_cache(maxsize=1)
def _table() -> tuple[int, int, _PerEuro]:
    """(index of the first month, index of the last, units per euro by code and month)."""
    data = read_bytes("rates.json")
    head_end = data.find(b"\n")
    if not data[:head_end].endswith(_ROWS_OPEN):  # not the tool's layout: read it whole
        whole = json.loads(data)
        head, rows = whole, {c: json.dumps(v).encode() for c, v in whole["per_euro"].items()}
    else:
        head = json.loads(data[: head_end - len(_ROWS_OPEN)] + b"}")
        rows = {}
        for line in data[head_end + 1 :].split(b"\n"):
            colon = line.find(b'": ')
            if colon > 0:
                rows[json.loads(line[: colon + 1])] = line[colon + 3 :].rstrip(b",")
    y, m = (int(x) for x in head["first_month"].split("-"))
    first = y * 12 + m - 1
    ly, lm = (int(x) for x in head["last_date"].split("-")[:2])
    return first, ly * 12 + lm - 1, _PerEuro(rows, [1.0] * (ly * 12 + lm - first))


# build_rates writes the table one currency a line, after a first line ending so.
_ROWS_OPEN = b', "per_euro": {'


class _PerEuro:
    """Units per euro by currency code and month, each currency's row parsed the first
    time it is asked for: a comparison reads two or three of some forty (the whole file
    parsed took some 11 M instructions)."""

    def __init__(self, rows: dict[str, bytes], euro: list[float | None]) -> None:
        self._rows = rows
        self._parsed: dict[str, list[float | None]] = {"EUR": euro}

    def get(self, code: str) -> list[float | None] | None:
        found = self._parsed.get(code)
        if found is None and code in self._rows:
            found = self._parsed[code] = json.loads(self._rows[code])
        return found


def when_published(published: str | None, year: int | None = None) -> tuple[int, int] | None:
    """A text's publication date as (year, month); month 0 when only the year is known.

    >>> when_published("2024-03-05"), when_published("2024"), when_published(None, 2019)
    ((2024, 3), (2024, 0), (2019, 0))
    """
    m = _DATE.search(published or "")
    if m and 1900 < int(m.group(1)) < 2200:
        month = int(m.group(2) or 0)
        return int(m.group(1)), month if 1 <= month <= 12 else 0
    return None if year is None else (year, 0)


def _label(index: int) -> str:
    return f"{_MONTHS[index % 12]} {index // 12}"


def _window(when: tuple[int, int], first: int, last: int) -> range | None:
    """The months a dated text is read against, or None for a date before the data."""
    year, month = when
    if month:
        centre = year * 12 + month - 1
        lo_m, hi_m = centre - _DATED_SPREAD, centre + _DATED_SPREAD
    else:
        lo_m, hi_m = year * 12, year * 12 + 11
    if hi_m < first:
        return None  # older than the ECB's rates: no rate, rather than today's
    if lo_m > last:
        lo_m, hi_m = last - WINDOW_MONTHS + 1, last  # after the data: its latest rates
    return range(max(lo_m, first), min(hi_m, last) + 1)


def _runs(months: list[int]) -> str:
    """ "May 2024 to Jul 2024 and Jan 2008 to Mar 2008": the months as runs."""
    runs: list[list[int]] = []
    for k in months:
        if runs and k == runs[-1][-1] + 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    return " and ".join(
        _label(r[0]) if len(r) == 1 else f"{_label(r[0])} to {_label(r[-1])}" for r in runs
    )


def reference_rate(src: str, dst: str, whens: Sequence[tuple[int, int]] = ()) -> Rate | None:
    """What 1 ``src`` was worth in ``dst`` at the ECB's reference rates, as a range.

    ``whens`` (year, month; month 0 for a whole year), the dates of the texts compared
    (the months of each are read, so that the rate reads the same whichever text comes
    first), pick the months read: that month and the one either side, or the
    whole year; a date after the data reads its last :data:`WINDOW_MONTHS` months, as
    does no date.  None for a date before the data, or when the ECB quotes either
    currency in none of the months.

    >>> r = reference_rate("GBP", "USD", [(2024, 6)])
    >>> round(r.low, 2), round(r.high, 2), r.reference
    (1.26, 1.29, True)
    >>> reference_rate("GBP", "USD", [(1995, 3)]) is None
    True
    """
    first, last, per_euro = _table()
    a, b = per_euro.get(src), per_euro.get(dst)
    if a is None or b is None or src == dst:
        return None
    months: set[int] = set()
    for w in whens:
        window = _window(w, first, last)
        if window is None:
            return None
        months.update(window)
    if not whens:
        months.update(range(last - WINDOW_MONTHS + 1, last + 1))
    cross = [
        (k, y / x)
        for k in sorted(months)
        if (x := a[k - first]) is not None and (y := b[k - first]) is not None
    ]
    if not cross:
        return None
    values = [v for _, v in cross]
    low, high = min(values), max(values)
    span = _runs([k for k, _ in cross])
    # Said the way round that reads as a price: "1 USD = 143.2 to 162.5 JPY".
    one, other, lo_r, hi_r = (src, dst, low, high) if high >= 1 else (dst, src, 1 / high, 1 / low)
    origin = (
        f"the ECB's reference rates of {span}, 1 {one} = {lo_r:.4g} to {hi_r:.4g} {other}"
        if hi_r > lo_r
        else f"the ECB's reference rate of {span}, 1 {one} = {lo_r:.4g} {other}"
    )
    return Rate(src, dst, cross[-1][1], low, high, origin, reference=True)
