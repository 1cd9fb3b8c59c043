"""Test configuration: hypothesis runs derandomized under CI, so a run is reproducible.

Locally hypothesis explores new examples each run (and keeps failures in its
database); in CI (``CI`` set) the examples are fixed by the test's source, so
a green CI run cannot turn red by chance on the next push.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from headless import Browser, require_chromium
from hypothesis import settings

# No deadline: how long an example takes is a benchmark's business (bench/), and a
# machine under load must not fail a test of behaviour.
settings.register_profile("ci", derandomize=True, database=None, deadline=None)
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    """One headless Chromium for a module's browser tests (skips without one, unless
    CLAIMDIFF_REQUIRE_BROWSER=1)."""
    exe = require_chromium()
    b = Browser(exe, tmp_path_factory.mktemp("chromium-profile"))
    yield b
    b.close()
