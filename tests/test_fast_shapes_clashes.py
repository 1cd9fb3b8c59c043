"""The fast path's clash test (lexicon.fast_shapes._Clashes), used for the words of time
as for other readers' words: the same answer as asking every word in turn."""

from __future__ import annotations

import importlib

import pytest

from claimdiff.lexicon import get_lexicon

fast_shapes = importlib.import_module("claimdiff.lexicon.fast_shapes")


def _clashes(u: str, words: list[str]) -> bool:
    return any(w.startswith(u) or u.startswith(w) for w in words)


@pytest.mark.parametrize("lang", ["en", "de"])
def test_time_words_clash_as_asked_one_by_one(lang: str) -> None:
    lex = get_lexicon(lang)
    times = [t.lower() for t in (*lex.TIME_UNITS, *lex.time_symbols)]
    assert "" not in times
    clash = fast_shapes._Clashes(times)
    prefixes = {t[:k] for t in times for k in range(1, len(t) + 1)}
    longer = {t + tail for t in times for tail in ("s", "x", " ", "²")}
    for u in {*lex.measure_units, *prefixes, *longer}:
        assert clash(u) is _clashes(u, times), u


def test_a_few_cases() -> None:
    clash = fast_shapes._Clashes(["h", "hour", "min", "week"])
    assert clash("ho") and clash("hours") and clash("minute") and clash("week")
    assert clash("mi") and not clash("km") and not clash("wk") and clash("hz")
