"""Headless Chromium for the HTML report's tests, driven over the DevTools protocol.

Chromium started with ``--remote-debugging-pipe`` reads protocol commands on
file descriptor 3 and writes replies and events on descriptor 4, each message
a JSON object followed by a NUL byte: no port to find, no websocket client to
install.  The pipe speaks for the browser; a page is reached through the
``Target`` domain, attached in "flat" mode, so its commands carry a
``sessionId``.

Tests use :func:`find_chromium` and :class:`Browser`; where no browser is
installed they skip, unless ``CLAIMDIFF_REQUIRE_BROWSER=1`` (set by CI) turns
the skip into a failure.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import select
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

REQUIRE = "CLAIMDIFF_REQUIRE_BROWSER"
"""Set to 1 (CI does) to fail, rather than skip, when no Chromium is found."""

FLAGS = (
    "--headless",
    # As root (CI, containers) Chromium refuses to start sandboxed.
    "--no-sandbox",
    "--disable-gpu",
    # Without these a fresh profile reaches for the network (first-run pages,
    # component and safe-browsing updates, sync) and stalls on a closed one.
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--hide-scrollbars",
    "--mute-audio",
)
"""Flags for every Chromium the tests start; each also gets a fresh ``--user-data-dir``."""

TIMEOUT = 20.0
"""Seconds to wait for one reply; a browser that has hung fails the test instead of the run."""


def find_chromium() -> str | None:
    """The Chromium to use: ``$CLAIMDIFF_CHROMIUM``, else ``chromium`` on the PATH, or None."""
    given = os.environ.get("CLAIMDIFF_CHROMIUM")
    if given:
        return given
    return shutil.which("chromium") or shutil.which("chromium-browser")


def require_chromium() -> str:
    """The Chromium to use; skips the test when there is none (fails under CI's variable)."""
    exe = find_chromium()
    if exe is not None:
        return exe
    msg = (
        "no Chromium found (install Debian's chromium package, or set CLAIMDIFF_CHROMIUM); "
        f"browser tests skipped. {REQUIRE}=1 makes this a failure."
    )
    if os.environ.get(REQUIRE) == "1":
        pytest.fail(msg, pytrace=False)
    pytest.skip(msg)


class BrowserError(RuntimeError):
    """The browser answered with an error, died, or did not answer in time."""


def _high(fd: int) -> int:
    """``fd`` moved to a number above 9, so that placing it at 3 or 4 cannot clobber the other."""
    moved = fcntl.fcntl(fd, fcntl.F_DUPFD, 10)
    os.close(fd)
    return moved


class Browser:
    """One headless Chromium, spoken to over the DevTools pipe."""

    def __init__(self, exe: str, profile: Path) -> None:
        cmd_read, self._cmd = os.pipe()
        self._out, out_write = os.pipe()
        cmd_read, out_write = _high(cmd_read), _high(out_write)
        args = [exe, *FLAGS, f"--user-data-dir={profile}", "--remote-debugging-pipe", "about:blank"]
        # bash places the pipe ends at 3 and 4, where Chromium looks for them.
        script = f'exec "$@" 3<&{cmd_read} 4>&{out_write} {cmd_read}<&- {out_write}>&-'
        self._proc = subprocess.Popen(
            ["bash", "-c", script, "chromium", *args],
            pass_fds=(cmd_read, out_write),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(cmd_read)
        os.close(out_write)
        self._buffer = b""
        self._next = 0
        self.events: list[dict[str, Any]] = []
        self.version = self.send("Browser.getVersion")["product"]

    def close(self) -> None:
        """Ask the browser to quit; kill it if it will not."""
        try:
            self.send("Browser.close", timeout=5)
        except BrowserError:
            pass
        try:
            self._proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        os.close(self._cmd)
        os.close(self._out)

    def _read(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([self._out], [], [], max(left, 0))
            if not ready:
                raise BrowserError("no answer from Chromium in time")
            chunk = os.read(self._out, 1 << 16)
            if not chunk:
                raise BrowserError(f"Chromium closed the pipe (exit {self._proc.poll()})")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        message: dict[str, Any] = json.loads(raw)
        return message

    def send(
        self,
        method: str,
        params: dict[str, Any] | None = None,
        *,
        session: str | None = None,
        timeout: float = TIMEOUT,
    ) -> dict[str, Any]:
        """Send one command and return its result; events seen meanwhile go to :attr:`events`."""
        self._next += 1
        message: dict[str, Any] = {"id": self._next, "method": method, "params": params or {}}
        if session is not None:
            message["sessionId"] = session
        os.write(self._cmd, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read(deadline)
            if reply.get("id") != self._next:
                if "method" in reply:
                    self.events.append(reply)
                continue
            if "error" in reply:
                raise BrowserError(f"{method}: {reply['error']}")
            result: dict[str, Any] = reply["result"]
            return result

    def wait_event(self, method: str, session: str, timeout: float = TIMEOUT) -> dict[str, Any]:
        """The first event ``method`` of ``session`` not yet taken, waiting for it if need be."""
        deadline = time.monotonic() + timeout
        while True:
            for k, event in enumerate(self.events):
                if event["method"] == method and event.get("sessionId") == session:
                    del self.events[k]
                    return event
            message = self._read(deadline)
            if "method" in message:
                self.events.append(message)

    @contextmanager
    def page(self, width: int = 1400, height: int = 1000, *, mobile: bool = False) -> Iterator[Tab]:
        """A fresh tab of ``width`` × ``height`` CSS pixels, closed afterwards."""
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})
        tab = Tab(self, session["sessionId"])
        try:
            tab.send("Page.enable")
            tab.send(
                "Emulation.setDeviceMetricsOverride",
                {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile},
            )
            yield tab
        finally:
            self.send("Target.closeTarget", {"targetId": target})


class Tab:
    """One page of a :class:`Browser`."""

    def __init__(self, browser: Browser, session: str) -> None:
        self.browser = browser
        self.session = session

    def send(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        """A command to this page."""
        return self.browser.send(method, params, session=self.session)

    def open(self, path: Path) -> None:
        """Load the file at ``path`` and wait until it has loaded."""
        self.send("Page.navigate", {"url": path.resolve().as_uri()})
        self.browser.wait_event("Page.loadEventFired", self.session)

    def js(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (JSON-able values only)."""
        reply = self.send(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True, "awaitPromise": True},
        )
        if "exceptionDetails" in reply:
            raise BrowserError(f"{expression}: {reply['exceptionDetails']}")
        return reply["result"].get("value")

    def click(self, selector: str) -> None:
        """A real mouse click (press and release) in the middle of the first match of ``selector``.

        The element is scrolled into view first, as a person would before clicking it.
        """
        box = self.js(
            f"(() => {{ const e = document.querySelector({json.dumps(selector)});"
            " e.scrollIntoView({block: 'center'}); const r = e.getClientRects()[0];"
            " return [r.left + r.width / 2, r.top + r.height / 2]; })()"
        )
        for kind in ("mousePressed", "mouseReleased"):
            self.send(
                "Input.dispatchMouseEvent",
                {"type": kind, "x": box[0], "y": box[1], "button": "left", "clickCount": 1},
            )

    def key(self, key: str) -> None:
        """A real key press of one printable character."""
        code = f"Key{key.upper()}"
        self.send(
            "Input.dispatchKeyEvent", {"type": "keyDown", "key": key, "code": code, "text": key}
        )
        self.send("Input.dispatchKeyEvent", {"type": "keyUp", "key": key, "code": code})

    def screenshot(self) -> bytes:
        """The viewport as PNG bytes."""
        return base64.b64decode(self.send("Page.captureScreenshot", {"format": "png"})["data"])


def dump_dom(exe: str, page: Path, profile: Path) -> str:
    """The DOM of ``page`` after its scripts ran, as ``chromium --dump-dom`` prints it."""
    done = subprocess.run(
        [exe, *FLAGS, f"--user-data-dir={profile}", "--dump-dom", page.resolve().as_uri()],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout
