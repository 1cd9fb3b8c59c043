"""Fixtures for the pytest plugin's tests."""

from __future__ import annotations

import sys

import pytest
from plugin_suite import Suite


@pytest.fixture
def suite(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> Suite:
    """A throwaway project using the claimdiff plugin."""
    # Test modules are rewritten between in-process runs; stale bytecode must never be read.
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
    return Suite(pytester)
