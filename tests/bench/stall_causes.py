"""What each long event-loop stall was: garbage collection, the GUI thread's own work, the GIL, or the OS.

The console bench's stall probe (a 5 ms timer on the GUI thread) calls :meth:`StallCauses.gap` at each
of its timeouts with how long the loop went without one. A gap over :data:`LONG_MS` is taken apart with
counters read at both ends, all cheap enough to read at every timeout:

* ``gc_ms``: garbage collection on the GUI thread during the gap (``gc.callbacks``; the desk collects on
  that thread only);
* ``gui_cpu_ms``: the GUI thread's CPU time (``time.thread_time``), its own work, collections included;
* ``worker_cpu_ms``: the CPU time of the console's refresher thread (``time.pthread_getcpuclockid`` of
  the thread named ``console-refresher``), which holds the GIL while it runs Python;
* ``gui_wait_cpu_ms``: how long the GUI thread was ready to run but waited for a core (the kernel's
  ``/proc/self/task/<id>/schedstat``): the machine's other load, or the process's other threads;
  ``worker_wait_cpu_ms`` the same of the refresher (holding the GIL while it waits, it blocks the GUI);
* ``gui_stack``: where the GUI thread's Python code was, sampled by a watchdog thread once the loop has
  not ticked for :data:`LONG_MS` (innermost frames last; only the event loop's own frames: Qt's C++
  code, painting for one, or the GUI thread waiting for the GIL); ``worker_stack`` the refresher's at the
  same moment (the watchdog runs only once it has the GIL: what the refresher ran up to then).

Each long gap is given one ``cause``, the first that holds: ``gc`` (collections were half the gap or
more), ``gui`` (the GUI thread ran for half the gap or more, collections aside), ``cpu`` (it waited half
the gap or more for a core), ``gil`` (it was neither running nor waiting for a core, so it waited for the
GIL, half the gap or more, while the refresher ran), ``gil+cpu`` (the same, while the refresher ran or
waited for a core: it held the GIL and the machine had no core for it), else ``other``.
"""

from __future__ import annotations

import gc
import sys
import threading
import time
from collections import Counter
from typing import Any

PROBE_MS = 5.0  # the probe's period: a gap is this plus its lateness
LONG_MS = 10.0  # a gap this long (beyond the probe's period) is taken apart
WORKER_NAME = "console-refresher"
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

    def __init__(self) -> None:
        self.gaps: list[dict[str, Any]] = []
        self._gc_ms = 0.0  # GUI thread's collections, total
        self._gc_began = self._gc_began_cpu = 0.0
        self.collections: list[tuple[int, float, float]] = []  # the GUI thread's: generation, ms, CPU ms
        self._gui = threading.get_ident()
        self._last = (0.0,) * 6  # wall, GUI CPU, worker CPU, gc ms, GUI's and worker's wait for a core
        self._first = self._last  # the same, when the probe (re)started
        self._schedstat = f"/proc/self/task/{threading.get_native_id()}/schedstat"
        self._worker_clock: int | None = None
        self._worker_schedstat: str | None = None
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

    def _worker_cpu(self) -> float:
        if self._worker_clock is None:
            worker = next((t for t in threading.enumerate() if t.name == WORKER_NAME and t.ident), None)
            if worker is None or worker.ident is None:
                return 0.0
            self._worker_clock = time.pthread_getcpuclockid(worker.ident)
            self._worker_schedstat = f"/proc/self/task/{worker.native_id}/schedstat"
        try:
            return time.clock_gettime(self._worker_clock) * 1000
        except OSError:  # that worker ended; the next one is looked up
            self._worker_clock = self._worker_schedstat = None
            return 0.0

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
        worker = self._worker_cpu()
        waits = self._waited(self._schedstat), self._waited(self._worker_schedstat)
        return time.perf_counter() * 1000, time.thread_time() * 1000, worker, self._gc_ms, *waits

    def start(self) -> StallCauses:
        gc.callbacks.append(self._collecting)
        self._running = True
        self._watchdog = threading.Thread(target=self._watch, name="stall-watchdog", daemon=True)
        self._watchdog.start()
        self.restart()
        return self

    def restart(self) -> None:
        """The probe (re)starts: the next gap counts from now; a worker started since is looked up again."""
        self._worker_clock = None
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
                worker = next((t.ident for t in threading.enumerate() if t.name == WORKER_NAME), None)
                self._sampled = (_stack(frames.get(self._gui)), _stack(frames.get(worker or -1)))

    def gap(self, lateness_ms: float) -> None:
        """The probe fired ``lateness_ms`` late (call on the GUI thread, at each timeout)."""
        now = self._now()
        if lateness_ms > LONG_MS:
            wall, gui, worker, gc_ms, waited, worker_waited = (a - b for a, b in zip(now, self._last, strict=True))
            blocked = wall - PROBE_MS - gui - waited  # neither running nor waiting for a core
            half = lateness_ms / 2
            if gc_ms >= half:
                cause = "gc"
            elif gui - gc_ms >= half:
                cause = "gui"
            elif waited >= half:
                cause = "cpu"
            elif blocked >= half and worker >= half:
                cause = "gil"
            elif blocked >= half and worker + worker_waited >= half:
                cause = "gil+cpu"
            else:
                cause = "other"
            self.gaps.append(
                {
                    "late_ms": round(lateness_ms, 2),
                    "cause": cause,
                    "gc_ms": round(gc_ms, 2),
                    "gui_cpu_ms": round(gui, 2),
                    "gui_wait_cpu_ms": round(waited, 2),
                    "worker_cpu_ms": round(worker, 2),
                    "worker_wait_cpu_ms": round(worker_waited, 2),
                    "gui_stack": self._sampled[0] if self._sampled else [],
                    "worker_stack": self._sampled[1] if self._sampled else [],
                }
            )
        self._last = now
        self._sampled = None

    def summary(self, worst: int = 5) -> dict[str, Any]:
        """Long gaps by cause (count, worst lateness), the ``worst`` longest in full, and the GUI thread's
        collections meanwhile by generation (count, worst wall and CPU ms); the CPU time of the GUI thread and
        of the refresher, and their waits for a core, per second since the probe (re)started."""
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
            "collections": collections,  # while started, by generation (the whole run's are in gc_pauses)
            "over_ms": LONG_MS,
            "count": len(self.gaps),
            "by_cause": by_cause,
            "worst": sorted(self.gaps, key=lambda g: g["late_ms"], reverse=True)[:worst],
        }
