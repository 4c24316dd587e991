"""Garbage-collection pauses: every collection's generation, duration and objects freed (``gc.callbacks``).

The desk collects on the GUI thread (:mod:`agent_desk.ui.support.collector`), so each pause here is a
block of the event loop. Durations are wall time (preemption on a busy machine included) and the
collecting thread's CPU time (``time.thread_time``: what another process's load does not stretch).
"""

from __future__ import annotations

import gc
import time
from typing import Any

from tests.bench.stats import percentile


class CollectionPauses:
    """Records each collection while started; :meth:`summary` gives the figures."""

    def __init__(self) -> None:
        self.pauses: list[tuple[int, float, int, float]] = []  # generation, ms, objects collected, CPU ms
        self._began = self._began_cpu = 0.0

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._began, self._began_cpu = time.perf_counter(), time.thread_time()
        else:
            ms, cpu_ms = (time.perf_counter() - self._began) * 1000, (time.thread_time() - self._began_cpu) * 1000
            self.pauses.append((info["generation"], ms, info["collected"], cpu_ms))

    def start(self) -> CollectionPauses:
        gc.callbacks.append(self._callback)
        return self

    def stop(self) -> None:
        if self._callback in gc.callbacks:
            gc.callbacks.remove(self._callback)

    def summary(self) -> dict[str, Any]:
        """Count, worst and p99 pause in ms (wall and CPU), over all collections and by generation; each
        full one's."""

        def figures(pauses: list[tuple[int, float, int, float]]) -> dict[str, Any]:
            ms, cpu_ms = [p[1] for p in pauses], [p[3] for p in pauses]
            collected = sum(p[2] for p in pauses)
            return {
                "count": len(ms),
                "max_ms": round(max(ms, default=0.0), 2),
                "p99_ms": round(percentile(ms, 0.99) or 0.0, 2),
                "max_cpu_ms": round(max(cpu_ms, default=0.0), 2),
                "p99_cpu_ms": round(percentile(cpu_ms, 0.99) or 0.0, 2),
                "objects_collected": collected,
            }

        generations = sorted({p[0] for p in self.pauses})
        by_generation = {str(g): figures([p for p in self.pauses if p[0] == g]) for g in generations}
        if "2" in by_generation:  # full collections are few and differ (the first, a thaw): each one, in turn
            by_generation["2"]["each_ms"] = [round(p[1], 2) for p in self.pauses if p[0] == 2]
            by_generation["2"]["each_cpu_ms"] = [round(p[3], 2) for p in self.pauses if p[0] == 2]
        return {**figures(self.pauses), "by_generation": by_generation}


def summary_line(pauses: dict[str, Any]) -> str:
    """One line of a summary: ``gc pauses: 83, max 35.0 / p99 35.0 ms (gen 0: 76, max 7.6 ms; ...)``."""
    generations = "; ".join(f"gen {g}: {f['count']}, max {f['max_ms']} ms" for g, f in pauses["by_generation"].items())
    return f"gc pauses: {pauses['count']}, max {pauses['max_ms']} / p99 {pauses['p99_ms']} ms ({generations})"
