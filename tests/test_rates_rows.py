"""The reference rates' rows, each parsed the first time it is asked for, are those of
the whole file parsed at once."""

from __future__ import annotations

import json

from claimdiff import reference_rates
from claimdiff.data_files import read_bytes


def test_each_row_as_the_whole_file_reads_it() -> None:
    whole = json.loads(read_bytes("rates.json"))
    first, last, per_euro = reference_rates._table()
    y, m = (int(x) for x in whole["first_month"].split("-"))
    ly, lm = (int(x) for x in whole["last_date"].split("-")[:2])
    assert (first, last) == (y * 12 + m - 1, ly * 12 + lm - 1)
    assert len(whole["per_euro"]) > 30
    for code, row in whole["per_euro"].items():
        if code != "EUR":
            assert per_euro.get(code) == row, code
            assert per_euro.get(code) is per_euro.get(code)
    assert per_euro.get("EUR") == [1.0] * (last - first + 1)
    for absent in ("XXX", "", "eur", '"', "AUD,"):
        assert per_euro.get(absent) is None
