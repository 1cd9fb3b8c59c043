"""Texts for timing extraction cache-cold: every text distinct, none seen before.

claimdiff keeps no cache keyed on a text, but a benchmark that times one string
over and over cannot show that, and any cache added later would flatter it.  So
every benchmark here draws its texts from these builders, which never hand out
the same string twice in one process.

* :func:`news` — news-like texts of about 2.5 kB: the two fixture articles and the
  SummEdits dev documents (``bench/data/summedits/docs.jsonl``), cut at paragraph
  or sentence ends, each copy with its figures scaled, its counted nouns and its
  places rotated, so that every text differs from every other.
* :func:`dense` — "£1.2m, $3bn, 45%, 12 km; " repeated: figure after figure.
* :func:`repeated` — a pattern repeated to a size, with a distinct tag in front.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"
NOUNS = [
    "children",
    "staff",
    "investigators",
    "countries",
    "incidents",
    "witnesses",
    "victims",
    "judges",
    "files",
    "towns",
    "schools",
    "hospitals",
    "families",
    "soldiers",
    "lawyers",
]
PLACES = ["Kyiv", "Kharkiv", "Odesa", "Lviv", "Dnipro", "Mariupol", "Kherson", "Sumy"]
_NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")
# Cut sources into texts of about this many characters (a short news story).
TEXT_SIZE = 2_500
_counter = itertools.count()


def sources() -> list[str]:
    """The source documents: the two fixture articles and the SummEdits dev documents."""
    out = [
        (ROOT / "fixtures" / n).read_text("utf-8") for n in ("telegraph_icc.txt", "reuters_icc.txt")
    ]
    with (DATA / "summedits" / "docs.jsonl").open(encoding="utf-8") as f:
        out.extend(json.loads(line)["text"] for line in f)
    return out


def vary(text: str, k: int) -> str:
    """Copy ``k`` of ``text``: figures scaled (years kept), nouns and places rotated."""
    factor = 1 + k * 0.37

    def scale(m: re.Match[str]) -> str:
        raw = m.group().replace(",", "")
        try:
            v = float(raw)
        except ValueError:
            return m.group()
        if 1900 <= v <= 2100 or k == 0:
            return m.group()  # keep years years
        return f"{v * factor:,.0f}" if "." not in raw else f"{v * factor:.2f}"

    t = _NUM.sub(scale, text)
    for i, noun in enumerate(NOUNS):
        t = t.replace(f" {noun}", f" {NOUNS[(i + k) % len(NOUNS)]}")
    return t.replace("Kyiv", PLACES[k % len(PLACES)])


def _pieces(text: str) -> Iterator[str]:
    """``text`` cut into pieces of about :data:`TEXT_SIZE` at paragraph or sentence ends."""
    start = 0
    while start < len(text):
        end = start + TEXT_SIZE
        if end < len(text):
            cut = max(
                text.rfind("\n", start + TEXT_SIZE // 2, end),
                text.rfind(". ", start + TEXT_SIZE // 2, end),
            )
            end = cut + 1 if cut > 0 else end
        yield text[start:end]
        start = end


def news(total: int = 1_000_000, batch: int = 0) -> list[str]:
    """Distinct news-like texts of about 2.5 kB, ``total`` characters in all.

    Each ``batch`` starts its copies where no other batch of the same size does
    (copy ``1000 * batch`` on), and every text ends with white space of its own
    (:func:`_tag`), so no two texts handed out in one process are the same string.
    """
    docs = sources()
    out: list[str] = []
    size = 0
    seen: set[str] = set()
    for k in itertools.count(1000 * batch):
        for doc in docs:
            for piece in _pieces(vary(doc, k)):
                if piece in seen or not piece.strip():
                    continue
                seen.add(piece)
                piece += _tag()
                out.append(piece)
                size += len(piece)
                if size >= total:
                    return out
    return out  # pragma: no cover - the loop above never ends otherwise


def _tag() -> str:
    """White space unique in this process, to end a text with: the text reads the same, but
    is a string never handed out before (a text without figures varies in nothing else)."""
    return "\n" + format(next(_counter), "b").replace("0", " ").replace("1", "\t")


def dense(size: int) -> str:
    """ "£1.2m, $3bn, 45%, 12 km; " repeated to ``size``, distinct on every call."""
    return repeated("£1.2m, $3bn, 45%, 12 km; ", size)


def repeated(unit: str, size: int) -> str:
    """``unit`` repeated to ``size`` characters after a tag unique in this process."""
    tag = f"run {next(_counter)}: "
    return tag + (unit * (size // len(unit) + 1))[: max(0, size - len(tag))]
