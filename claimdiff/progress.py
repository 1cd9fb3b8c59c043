"""A progress bar on a terminal: one line, redrawn in place, only when the stream is a terminal."""

from __future__ import annotations

import time
from typing import TextIO

__all__ = ["Progress"]

# Redraw at most this often (seconds): a bar redrawn per event would cost more
# than a small event takes to reconcile.
_EVERY = 0.1
_WIDTH = 30


class Progress:
    """``done`` of ``total`` things, drawn on ``stream`` if it is a terminal, else nothing."""

    def __init__(self, total: int, stream: TextIO, what: str = "events") -> None:
        self.total, self.stream, self.what = total, stream, what
        self.done = 0
        self.shown = stream.isatty()
        self._start = self._drawn = time.monotonic()

    def step(self, n: int = 1) -> None:
        """Count ``n`` more done, and redraw if it is time."""
        self.done += n
        now = time.monotonic()
        if self.shown and (now - self._drawn >= _EVERY or self.done >= self.total):
            self._drawn = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        share = self.done / self.total if self.total else 1.0
        filled = round(share * _WIDTH)
        rate = self.done / max(now - self._start, 1e-9)
        self.stream.write(
            f"\r[{'#' * filled}{'.' * (_WIDTH - filled)}] {self.done:,}/{self.total:,} {self.what}"
            f" ({share:.0%}, {rate:,.0f}/s)"
        )
        self.stream.flush()

    def close(self) -> None:
        """End the bar's line."""
        if self.shown:
            self._draw(time.monotonic())
            self.stream.write("\n")
            self.stream.flush()
