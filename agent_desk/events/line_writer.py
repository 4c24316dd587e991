"""Lines to a reader that may stall: written from a thread, so the event loop never waits on it.

``agent-desk events --json | reader``: a pipe holds 64 KiB; a reader that stops reading would
block a plain ``write`` in the event loop, and every PBX request would then time out.
:class:`LineWriter` queues the lines (at least :data:`CAPACITY`) and a daemon thread writes and
flushes them. Past the capacity the oldest queued lines are dropped and counted; once a write
succeeds again, one sentence on ``err`` says how many were dropped. A write error (the reader went
away) is handed to ``on_error`` in the loop's thread.
"""

from __future__ import annotations

import collections
import threading
from collections.abc import Callable
from typing import TextIO

CAPACITY = 10_000


class LineWriter:
    """Queue lines for ``out`` (see the module doc); :meth:`close` writes what is left, within a deadline."""

    def __init__(
        self,
        out: TextIO,
        err: TextIO,
        on_error: Callable[[OSError], None],
        *,
        capacity: int = CAPACITY,
    ) -> None:
        self.out = out
        self.err = err
        self.on_error = on_error
        self.capacity = capacity
        self.dropped = 0  # in total
        self._unreported = 0  # dropped since the last report
        self._lines: collections.deque[str] = collections.deque()
        self._cond = threading.Condition()
        self._closing = False
        self._failed = False
        self._thread = threading.Thread(target=self._run, name="events-output", daemon=True)
        self._thread.start()

    def put(self, line: str) -> None:
        """Queue one line (never blocks); the oldest queued line goes when the queue is full."""
        with self._cond:
            if self._failed:
                return
            if len(self._lines) >= self.capacity:
                self._lines.popleft()
                self.dropped += 1
                self._unreported += 1
            self._lines.append(line)
            self._cond.notify()

    def close(self, timeout: float = 1.0) -> None:
        """Write what is queued (for at most ``timeout`` seconds: the reader may be stalled) and stop."""
        with self._cond:
            self._closing = True
            self._cond.notify()
        self._thread.join(timeout)

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._lines and not self._closing:
                    self._cond.wait()
                if not self._lines:
                    return
                line = self._lines.popleft()
            try:
                self.out.write(line + "\n")
                self.out.flush()
            except (OSError, ValueError) as exc:  # ValueError: the stream was closed
                with self._cond:
                    self._failed = True
                    self._lines.clear()
                self.on_error(exc if isinstance(exc, OSError) else BrokenPipeError(str(exc)))
                return
            self._report_drops()

    def _report_drops(self) -> None:
        with self._cond:
            dropped, self._unreported = self._unreported, 0
        if dropped:
            try:
                self.err.write(f"agent-desk: {dropped} events were dropped while the reader was not reading\n")
                self.err.flush()
            except (OSError, ValueError):
                pass
