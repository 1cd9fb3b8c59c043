"""The claimdiff pytest plugin: a test fails when an output contradicts its source.

Installing claimdiff enables it (``pytest11`` entry point ``claimdiff``);
``-p no:claimdiff`` disables it.  The hooks below are thin: each delegates to
the :class:`claimdiff.plugin_session.Session` kept in ``config.stash``, which
records every check, compares it with the stored baseline (see :mod:`claimdiff.baseline`), and
writes baselines under ``--claimdiff-update``.  pytest-xdist is handled in one
place, :class:`_Xdist`: workers send what they checked to the controller, and
only the controller ever writes a baseline file.  Usage: docs/pytest-plugin.md.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from claimdiff.model import Report
from claimdiff.plugin_session import Session

_WORKER_KEY = "claimdiff"


class _Xdist:
    """pytest-xdist support: workers send their records, the controller alone writes baselines."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        """On a worker, hand this worker's records to the controller."""
        workeroutput = getattr(session.config, "workeroutput", None)
        if workeroutput is not None:
            workeroutput[_WORKER_KEY] = self.session.export()

    @pytest.hookimpl(optionalhook=True)
    def pytest_testnodedown(self, node: Any, error: Any) -> None:
        """On the controller, merge what a finished worker checked."""
        raw = getattr(node, "workeroutput", {}).get(_WORKER_KEY)
        if raw is not None:
            self.session.merge(raw)


_SESSION = pytest.StashKey[Session]()
_ABORTED = (pytest.ExitCode.INTERRUPTED, pytest.ExitCode.INTERNAL_ERROR)


def pytest_addoption(parser: pytest.Parser) -> None:
    """Add the claimdiff options."""
    group = parser.getgroup("claimdiff", "claimdiff: fact consistency of outputs with sources")
    group.addoption(
        "--claimdiff-update",
        action="store_true",
        dest="claimdiff_update",
        help="accept today's conflicts: write baselines, prune improvements and stale entries",
    )
    group.addoption(
        "--claimdiff-strict",
        action="store_true",
        dest="claimdiff_strict",
        help="ignore baselines: any conflict fails",
    )
    group.addoption(
        "--claimdiff-allow-unsupported",
        action="store_true",
        dest="claimdiff_allow_unsupported",
        help="do not fail on output figures with no support in the source (conflicts still fail)",
    )
    parser.addini(
        "claimdiff_lang",
        help="language of the texts claimdiff_check reads (default: en; e.g. de, de_CH)",
        default="en",
    )
    group.addoption(
        "--claimdiff-html",
        metavar="DIR",
        dest="claimdiff_html",
        default=None,
        help="write an HTML page for each failing check into DIR, named after the test id",
    )


def pytest_configure(config: pytest.Config) -> None:
    """Register the marker and start the session kept on ``config``."""
    config.addinivalue_line(
        "markers",
        "claimdiff(strict=False, ignore_kinds=(), allow_unsupported=False, lang='en'): "
        "per-test options for claimdiff_check",
    )
    if config.getoption("claimdiff_update") and config.getoption("claimdiff_strict"):
        msg = "--claimdiff-update and --claimdiff-strict cannot be combined"
        raise pytest.UsageError(msg)
    session = Session(config)
    config.stash[_SESSION] = session
    if config.pluginmanager.hasplugin("xdist"):
        config.pluginmanager.register(_Xdist(session), "claimdiff-xdist")


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Note every collected test, before -k, -m or --deselect narrow the run."""
    config.stash[_SESSION].collect(items)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Any:
    """Run the test, then fail it if its checks found conflicts the baseline does not accept."""
    session = item.config.stash[_SESSION]
    session.test_started(item)
    try:
        result = yield
    except BaseException:
        session.test_ended(item, completed=False)
        raise
    message = session.test_ended(item, completed=True)
    if message:
        pytest.fail(message, pytrace=False)
    return result


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Find stale baselines, write them under --claimdiff-update; fail the run on a bad one."""
    state = session.config.stash[_SESSION]
    if hasattr(session.config, "workerinput"):
        return  # the controller does this once, with every worker's results
    # An interrupted run saw only part of the suite: it must not rewrite baselines.
    state.finish(write=session.exitstatus not in _ABORTED)
    if state.errors and session.exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    """Add a short claimdiff section: checks, regressions, known conflicts, improvements."""
    lines = config.stash[_SESSION].summary()
    if lines:
        terminalreporter.write_sep("-", "claimdiff")
        for line in lines:
            terminalreporter.write_line(line)


@pytest.fixture
def claimdiff_check(request: pytest.FixtureRequest) -> Callable[..., Report]:
    """``claimdiff_check(source, output, *, name=None)``: check, record, return the report.

    The output is read as made from the source (:func:`claimdiff.check`).
    Conflicts and unsupported figures the baseline does not accept fail the
    test when it ends, so every check of a test is reported (and, under
    --claimdiff-update, stored) at once.
    """
    session = request.config.stash[_SESSION]
    item = request.node

    def check(source: str, output: str, *, name: str | None = None) -> Report:
        __tracebackhide__ = True
        return session.check(item, source, output, name)

    return check
