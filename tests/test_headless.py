"""The browser tests' own rule: skip without Chromium, unless CI says a browser is required."""

from __future__ import annotations

import pytest
from headless import REQUIRE, require_chromium


@pytest.mark.parametrize(
    ("required", "outcome"),
    [
        pytest.param(None, pytest.skip.Exception, id="local-skips"),
        pytest.param("1", pytest.fail.Exception, id="ci-fails"),
    ],
)
def test_no_chromium(
    monkeypatch: pytest.MonkeyPatch, required: str | None, outcome: type[BaseException]
) -> None:
    """Without Chromium the tests skip, saying why; under CLAIMDIFF_REQUIRE_BROWSER=1 they fail."""
    monkeypatch.delenv("CLAIMDIFF_CHROMIUM", raising=False)
    monkeypatch.setenv("PATH", "/nonexistent")
    if required is None:
        monkeypatch.delenv(REQUIRE, raising=False)
    else:
        monkeypatch.setenv(REQUIRE, required)
    with pytest.raises(
        outcome, match=r"no Chromium found .*chromium package.*CLAIMDIFF_REQUIRE_BROWSER=1"
    ):
        require_chromium()


def test_chromium_named_by_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """CLAIMDIFF_CHROMIUM names the browser to use, wherever it is."""
    monkeypatch.setenv("CLAIMDIFF_CHROMIUM", "/opt/browsers/chromium")
    assert require_chromium() == "/opt/browsers/chromium"
