"""Fixtures for the pytest plugin's tests."""

from __future__ import annotations

import sys

# numpy cannot be loaded twice in one process, and pytester's in-process runs drop the
# modules they import when they end: a second run that needs it (check() does) would
# fail to import it.  Imported here, it outlives every run.
import numpy  # noqa: F401
import pytest
from plugin_suite import Suite


@pytest.fixture
def suite(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> Suite:
    """A throwaway project using the claimdiff plugin."""
    # Test modules are rewritten between in-process runs; stale bytecode must never be read.
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
    return Suite(pytester)
