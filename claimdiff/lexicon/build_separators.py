"""Build ``claimdiff/lexicon/data/separators.json`` from babel's CLDR data (a maintainer's tool).

Run ``python -m claimdiff.lexicon.build_separators`` after upgrading babel; a test
(tests/test_lexicon_data.py) fails while the shipped file differs from what this
writes.  It holds, for every locale CLDR knows, the decimal symbol and the group
(thousands) symbol of the locale's Latin-digit numbers, as
``babel.numbers.get_decimal_symbol`` and ``get_group_symbol`` give them:
"de" writes 1.234,5, "de_CH" 1'234.5 and "fr" 1 234,5 (a narrow no-break space).
Loading babel's locale data costs a tenth of a second per locale at run time;
the shipped table is read once, in a few milliseconds, and
:mod:`claimdiff.lexicon.numformat` turns an entry into the patterns that read digits.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from claimdiff.lexicon.shipped import write_or_check

OUTPUT = Path(__file__).parent / "data" / "separators.json"


def build() -> dict[str, Any]:
    """Every CLDR locale's ``[decimal, group]`` symbols, from babel, sorted by locale."""
    import babel
    from babel.localedata import locale_identifiers
    from babel.numbers import get_decimal_symbol, get_group_symbol

    table = {
        loc: [get_decimal_symbol(loc), get_group_symbol(loc)]
        for loc in sorted(locale_identifiers())
    }
    return {"babel": babel.__version__, "separators": table}


def dumps(tables: dict[str, Any]) -> str:
    """The file's text: JSON, one locale per line."""
    rows = ",\n".join(
        f"{json.dumps(loc)}: {json.dumps(v, ensure_ascii=False)}"
        for loc, v in tables["separators"].items()
    )
    return f'{{"babel": {json.dumps(tables["babel"])},\n"separators": {{\n{rows}\n}}}}\n'


def main(argv: list[str] | None = None) -> int:
    """Write the file (or ``--check`` that the shipped one is current)."""
    return write_or_check(argv, __doc__.split("\n")[0], OUTPUT, lambda _: dumps(build()))


if __name__ == "__main__":
    raise SystemExit(main())
