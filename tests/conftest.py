"""Test configuration: hypothesis runs derandomized under CI, so a run is reproducible.

Locally hypothesis explores new examples each run (and keeps failures in its
database); in CI (``CI`` set) the examples are fixed by the test's source, so
a green CI run cannot turn red by chance on the next push.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")
