"""What each long event-loop stall was: garbage collection, the GUI thread's own work, a wait for a core, or the OS.

The console bench's stall probe (a 5 ms timer on the GUI thread) calls :meth:`StallCauses.gap` at each
of its timeouts with how long the loop went without one. A gap over :data:`LONG_MS` is taken apart with
counters read at both ends, all cheap enough to read at every timeout:

* ``gc_ms``: garbage collection on the GUI thread during the gap (``gc.callbacks``; the desk collects on
  that thread only);
* ``gui_cpu_ms``: the GUI thread's CPU time (``time.thread_time``), its own work, collections included;
* ``gui_wait_cpu_ms``: how long the GUI thread was ready to run but waited for a core (the kernel's
  ``/proc/self/task/<id>/schedstat``): the machine's other load, or the desk's other threads and processes;
* ``worker_cpu_ms`` and ``worker_wait_cpu_ms``: the same two of the console's refresher process (every
  thread of the child whose id ``worker_pid()`` gives, from ``/proc/<pid>/task/*/schedstat``): it holds no
  GIL of the GUI process, but it competes for the same two cores;
* ``reader_cpu_ms``: the CPU time of the refresher's reader thread in the GUI process (the thread named
  ``console-refresher-reader``: it decodes the child's messages, holding the GIL meanwhile);
* ``gui_stack``: where the GUI thread's Python code was, sampled by a watchdog thread once the loop has
  not ticked for :data:`LONG_MS` (innermost frames last; only the event loop's own frames: Qt's C++
  code, painting for one, or the GUI thread waiting for the GIL); ``reader_stack`` the reader thread's
  at the same moment.

Each long gap is given one ``cause``, the first that holds, with ``blocked`` the part of the lateness the
GUI thread was neither running nor waiting for a core (the lateness less its CPU time and its wait for a
core): ``gc`` (collections were half the lateness or more), ``gui`` (the GUI thread ran for half of it or
more, collections aside), ``cpu`` (it waited half of it or more for a core), ``gil`` (blocked half of it
or more while the reader thread ran that long: a wait for the GIL), else ``other`` (blocked, with no
thread of the desk's process running Python that long: the OS — a system call, page faults — or a
wait this probe does not see). Until the refproc branch the refresher ran in a thread of the GUI process,
and ``gil`` meant a wait for it; ``blocked`` was then measured from the probe's previous tick by these
counters (whose reading can itself wait for the GIL, so it came out short: stalls that read as a wait for
the GIL were labelled ``other``); it is measured from the lateness now.
"""

from __future__ import annotations

import gc
import os
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

PROBE_MS = 5.0  # the probe's period: a gap is this plus its lateness
LONG_MS = 10.0  # a gap this long (beyond the probe's period) is taken apart
READER_NAME = "console-refresher-reader"
WATCH_S = 0.002  # the watchdog looks this often


def _stack(frame: Any, depth: int = 6) -> list[str]:
    """A thread's innermost ``depth`` Python frames, outermost first (``file:function:line``)."""
    stack = []
    while frame is not None and len(stack) < depth:
        stack.append(f"{frame.f_code.co_filename.rsplit('/', 1)[-1]}:{frame.f_code.co_name}:{frame.f_lineno}")
        frame = frame.f_back
    return stack[::-1]


class StallCauses:
    """Start on the GUI thread; the probe calls :meth:`gap` each timeout; :meth:`summary` gives the causes."""

    def __init__(self, worker_pid: Callable[[], int | None] = lambda: None) -> None:
        self.worker_pid = worker_pid
        self.gaps: list[dict[str, Any]] = []
        self._gc_ms = 0.0  # GUI thread's collections, total
        self._gc_began = self._gc_began_cpu = 0.0
        self.collections: list[tuple[int, float, float]] = []  # the GUI thread's: generation, ms, CPU ms
        self._gui = threading.get_ident()
        self._last = (0.0,) * 7  # wall, GUI CPU, worker CPU, gc ms, GUI's and worker's wait for a core, reader CPU
        self._first = self._last  # the same, when the probe (re)started
        self._schedstat = f"/proc/self/task/{threading.get_native_id()}/schedstat"
        self._reader_clock: int | None = None
        self._sampled: tuple[list[str], list[str]] | None = None
        self._running = False
        self._watchdog: threading.Thread | None = None

    def _collecting(self, phase: str, info: dict[str, int]) -> None:
        if threading.get_ident() != self._gui:
            return
        if phase == "start":
            self._gc_began, self._gc_began_cpu = time.perf_counter(), time.thread_time()
        else:
            ms = (time.perf_counter() - self._gc_began) * 1000
            self._gc_ms += ms
            self.collections.append((info["generation"], ms, (time.thread_time() - self._gc_began_cpu) * 1000))

    def _reader_cpu(self) -> float:
        if self._reader_clock is None:
            reader = next((t for t in threading.enumerate() if t.name == READER_NAME and t.ident), None)
            if reader is None or reader.ident is None:
                return 0.0
            self._reader_clock = time.pthread_getcpuclockid(reader.ident)
        try:
            return time.clock_gettime(self._reader_clock) * 1000
        except OSError:  # that reader ended; the next one is looked up
            self._reader_clock = None
            return 0.0

    def _worker(self) -> tuple[float, float]:
        """The refresher process's CPU time and wait for a core, ms, summed over its threads (0, 0: none)."""
        pid = self.worker_pid()
        if pid is None:
            return 0.0, 0.0
        ran = waited = 0
        try:
            tasks = os.listdir(f"/proc/{pid}/task")
        except OSError:
            return 0.0, 0.0
        for task in tasks:
            try:
                with open(f"/proc/{pid}/task/{task}/schedstat") as stat:
                    fields = stat.read().split()
                ran, waited = ran + int(fields[0]), waited + int(fields[1])
            except (OSError, IndexError, ValueError):  # a thread that ended meanwhile
                continue
        return ran / 1e6, waited / 1e6

    @staticmethod
    def _waited(schedstat: str | None) -> float:
        """A thread's time waiting for a core, ms (0 where the kernel does not say)."""
        if schedstat is None:
            return 0.0
        try:
            with open(schedstat) as stat:
                return int(stat.read().split()[1]) / 1e6
        except (OSError, IndexError, ValueError):
            return 0.0

    def _now(self) -> tuple[float, ...]:
        wall, gui, reader = time.perf_counter() * 1000, time.thread_time() * 1000, self._reader_cpu()
        worker, worker_waited = self._worker()
        return wall, gui, worker, self._gc_ms, self._waited(self._schedstat), worker_waited, reader

    def start(self) -> StallCauses:
        gc.callbacks.append(self._collecting)
        self._running = True
        self._watchdog = threading.Thread(target=self._watch, name="stall-watchdog", daemon=True)
        self._watchdog.start()
        self.restart()
        return self

    def restart(self) -> None:
        """The probe (re)starts: the next gap counts from now; a reader started since is looked up again."""
        self._reader_clock = None
        self._last = self._now()
        self._first = self._last
        self._sampled = None

    def stop(self) -> None:
        self._running = False
        if self._collecting in gc.callbacks:
            gc.callbacks.remove(self._collecting)

    def _watch(self) -> None:
        while self._running:
            time.sleep(WATCH_S)
            if self._sampled is None and time.perf_counter() * 1000 - self._last[0] > LONG_MS:
                frames = sys._current_frames()
                reader = next((t.ident for t in threading.enumerate() if t.name == READER_NAME), None)
                self._sampled = (_stack(frames.get(self._gui)), _stack(frames.get(reader or -1)))

    def gap(self, lateness_ms: float) -> None:
        """The probe fired ``lateness_ms`` late (call on the GUI thread, at each timeout)."""
        now = self._now()
        if lateness_ms > LONG_MS:
            _, gui, worker, gc_ms, waited, worker_waited, reader = (a - b for a, b in zip(now, self._last, strict=True))
            blocked = lateness_ms - gui - waited  # neither running nor waiting for a core
            half = lateness_ms / 2
            if gc_ms >= half:
                cause = "gc"
            elif gui - gc_ms >= half:
                cause = "gui"
            elif waited >= half:
                cause = "cpu"
            elif blocked >= half and reader >= half:
                cause = "gil"
            else:
                cause = "other"
            self.gaps.append(
                {
                    "late_ms": round(lateness_ms, 2),
                    "cause": cause,
                    "gc_ms": round(gc_ms, 2),
                    "gui_cpu_ms": round(gui, 2),
                    "gui_wait_cpu_ms": round(waited, 2),
                    "blocked_ms": round(blocked, 2),
                    "reader_cpu_ms": round(reader, 2),
                    "worker_cpu_ms": round(worker, 2),
                    "worker_wait_cpu_ms": round(worker_waited, 2),
                    "gui_stack": self._sampled[0] if self._sampled else [],
                    "reader_stack": self._sampled[1] if self._sampled else [],
                }
            )
        self._last = now
        self._sampled = None

    def summary(self, worst: int = 5) -> dict[str, Any]:
        """Long gaps by cause (count, worst lateness), the ``worst`` longest in full, and the GUI thread's
        collections meanwhile by generation (count, worst wall and CPU ms); the CPU time of the GUI thread, of
        the refresher process and of its reader thread, and the first two's waits for a core, per second since
        the probe (re)started."""
        by_cause: dict[str, dict[str, Any]] = {}
        for cause, count in Counter(g["cause"] for g in self.gaps).items():
            late = [g["late_ms"] for g in self.gaps if g["cause"] == cause]
            by_cause[cause] = {"count": count, "max_ms": max(late)}
        collections = {
            str(generation): {
                "count": len(pauses),
                "max_ms": round(max(p[1] for p in pauses), 2),
                "max_cpu_ms": round(max(p[2] for p in pauses), 2),
            }
            for generation in sorted({c[0] for c in self.collections})
            for pauses in [[c for c in self.collections if c[0] == generation]]
        }
        now = self._now()
        seconds = (now[0] - self._first[0]) / 1000
        return {
            "gui_cpu_ms_per_s": round((now[1] - self._first[1]) / seconds, 1) if seconds else None,
            "worker_cpu_ms_per_s": round((now[2] - self._first[2]) / seconds, 1) if seconds else None,
            "gui_wait_cpu_ms_per_s": round((now[4] - self._first[4]) / seconds, 1) if seconds else None,
            "worker_wait_cpu_ms_per_s": round((now[5] - self._first[5]) / seconds, 1) if seconds else None,
            "reader_cpu_ms_per_s": round((now[6] - self._first[6]) / seconds, 1) if seconds else None,
            "collections": collections,  # while started, by generation (the whole run's are in gc_pauses)
            "over_ms": LONG_MS,
            "count": len(self.gaps),
            "by_cause": by_cause,
            "worst": sorted(self.gaps, key=lambda g: g["late_ms"], reverse=True)[:worst],
        }
