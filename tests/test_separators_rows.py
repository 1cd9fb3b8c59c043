"""numformat reads a locale's separators off its own line of data/separators.json: the
same as the whole file parsed, for every locale it names and for one it does not."""

from __future__ import annotations

import pytest

from claimdiff.lexicon import numformat


def test_every_locale_reads_as_the_whole_file() -> None:
    whole = numformat._shipped()
    assert len(whole) > 500
    for loc, seps in whole.items():
        assert numformat._entry(loc) == seps, loc


def test_a_locale_the_file_lacks() -> None:
    assert numformat._entry("xx_NOWHERE") is None
    with pytest.raises(numformat.UnknownLocaleError):
        numformat.symbols("xx-NOWHERE")


def test_another_layout_is_parsed_whole(monkeypatch) -> None:
    text = (
        '{"babel": "0",\n"separators": {"de": [",",\n"."], "fr": [",", " "],\n"it": [",",\n"."]}}\n'
    )
    whole = {"de": [",", "."], "fr": [",", " "], "it": [",", "."]}
    monkeypatch.setattr(numformat, "_text", lambda: text)
    monkeypatch.setattr(numformat, "_shipped", lambda: whole)
    assert numformat._entry("de") == [",", "."]
    assert numformat._entry("it") == [",", "."]  # its line holds no whole entry
    assert numformat._entry("fr") == [",", " "]
