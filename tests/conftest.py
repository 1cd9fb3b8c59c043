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


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Put each pair case's checks side by side (tests/test_compare_fresh.py), in a
    pytest-xdist worker only.

    A case's compare() is cached per worker, and pytest-xdist hands each worker
    contiguous runs of items: with a case's gold, forbidden and whole-report checks
    apart, both workers computed most reports. Only the order changes; a run in one
    process keeps the order of the file (``--sw`` reads it).
    """
    if not hasattr(config, "workerinput"):
        return
    spots = [i for i, item in enumerate(items) if "case_id" in _params(item)]
    first: dict[str, int] = {}
    for i in spots:
        first.setdefault(_params(items[i])["case_id"], len(first))
    grouped = sorted((items[i] for i in spots), key=lambda it: first[_params(it)["case_id"]])
    for i, item in zip(spots, grouped, strict=True):
        items[i] = item


def _params(item: pytest.Item) -> dict[str, object]:
    callspec = getattr(item, "callspec", None)
    return callspec.params if callspec is not None else {}
