"""Perturbation benchmark for check(): detection of summariser-style errors (issue 7).

Each source in bench/data/consistency/pairs.json has a faithful rewrite; the
perturbations below rewrite that faithful text the way real summarisers go
wrong.  A perturbed rewrite is detected when check() reports a conflict or an
unsupported figure; a faithful one is a false alarm when it does.  Prints
detection, false alarms and balanced accuracy per kind.  Run:
``python bench/consistency.py``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

from claimdiff import check

DATA = Path(__file__).parent / "data" / "consistency" / "pairs.json"
_FIGURE = re.compile(r"\d[\d,]*")


def _digit(t: str) -> str | None:
    m = _FIGURE.search(t)
    if m is None:
        return None
    s = m.group(0)
    changed = str(int(s[0]) % 9 + 1) + s[1:]
    return t[: m.start()] + changed + t[m.end() :]


def _swap(pairs: list[tuple[str, str]]) -> Callable[[str], str | None]:
    """Replace the first listed word found; "up to" is a bound, never the direction "up"."""

    def apply(t: str) -> str | None:
        for x, y in pairs:
            guard = r"(?! to\b)" if x == "up" else ""
            m = re.search(rf"(?<!\w){re.escape(x)}(?!\w){guard}", t)
            if m:
                return t[: m.start()] + y + t[m.end() :]
        return None

    return apply


def _moved(t: str) -> str | None:
    """One counted thing's figure given to another ("1,200 staff in 14 countries" → "14 staff")."""
    m = re.search(r"(\d[\d,]*) ([a-z]+) (?:in|across) (\d[\d,]*) ([a-z]+)", t)
    if m is None:
        return None
    return t[: m.start()] + f"{m.group(3)} {m.group(2)} in {m.group(1)} {m.group(4)}" + t[m.end() :]


def _invented(t: str) -> str:
    return t + " It also opened 37 new offices."


PERTURBATIONS: dict[str, Callable[[str], str | None]] = {
    "digit": _digit,
    "scale": _swap([("million", "billion"), ("billion", "million")]),
    # Each hedge is replaced by one that excludes its reading.
    "hedge": _swap([("More than", "Fewer than"), ("more than", "fewer than"),
                    ("At least", "At most"), ("at least", "at most"), ("up to", "at least"),
                    ("Nearly", "More than"), ("nearly", "more than"), ("over", "under"),
                    ("below", "above")]),
    "direction": _swap([("rose", "fell"), ("fell", "rose"), ("increased", "decreased"),
                        ("decreased", "increased"), ("added", "cut"), ("cut", "added"),
                        ("grew", "shrank"), ("climbed", "dropped"), ("dropped", "climbed"),
                        ("declined", "increased"), ("slipped", "rose"), ("reduced", "increased"),
                        ("up", "down")]),
    "unit": _swap([("$", "£"), ("£", "$"), ("€", "$"), ("pounds", "dollars"),
                   ("euros", "dollars"), ("km", "miles"), ("miles", "km"), ("kg", "lb"),
                   ("mm", "cm"), ("tonnes", "kg"), ("minutes", "hours"), ("weeks", "months"),
                   ("days", "weeks")]),
    "moved": _moved,
    "invented": _invented,
}  # fmt: skip


def flagged(source: str, output: str) -> bool:
    """True when check() reports a conflict or an unsupported figure."""
    r = check(source, output)
    return bool(r.conflicts or r.unsupported)


def main(verbose: bool = False) -> None:
    """Run the benchmark and print the per-kind table (and, verbose, each miss)."""
    pairs = json.loads(DATA.read_text(encoding="utf-8"))
    false_alarms = 0
    for p in pairs:
        alarm = flagged(p["source"], p["faithful"])
        false_alarms += alarm
        if alarm and verbose:
            print(f"  false alarm {p['id']}: {p['faithful']}")
    fa_rate = false_alarms / len(pairs)
    print(f"faithful rewrites: {len(pairs)}, false alarms: {false_alarms} ({100 * fa_rate:.1f}%)")
    print(f"{'kind':<10} {'n':>3} {'detected':>9} {'balanced acc.':>14}")
    total_n = total_hit = 0
    for kind, fn in PERTURBATIONS.items():
        n = hit = 0
        for p in pairs:
            text = fn(p["faithful"])
            if text is None or text == p["faithful"]:
                continue
            n += 1
            found = flagged(p["source"], text)
            hit += found
            if not found and verbose:
                print(f"  missed {kind}: {text}")
        total_n, total_hit = total_n + n, total_hit + hit
        det = hit / n if n else 0.0
        print(f"{kind:<10} {n:>3} {100 * det:>8.1f}% {100 * (det + 1 - fa_rate) / 2:>13.1f}%")
    det = total_hit / total_n
    print(
        f"{'overall':<10} {total_n:>3} {100 * det:>8.1f}% {100 * (det + 1 - fa_rate) / 2:>13.1f}%"
    )


if __name__ == "__main__":
    import sys

    main(verbose="-v" in sys.argv[1:])
