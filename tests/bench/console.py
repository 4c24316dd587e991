"""Supervisor console benchmark: ``python -m tests.bench.console`` → ``results/console-<UTC>.json``.

What runs: the real app side in this process (offscreen Qt, qasync loop, a signed-in
:class:`~agent_desk.ui.window.session.Session`, the real :class:`~agent_desk.ui.console.SupervisorConsole`
shown at 1260×760 with its refresher process and its own OnePOS provider) against the real
simulator in a child process over loopback (``python -m tests.bench.console --sim N``, at niceness
:data:`SIM_NICENESS`: it stands in for the PBX, another machine), holding N standing calls on N
floor agents (so ``/monitor/agents`` lists N + 8 agents too).

Figures, for 100, 1,000 and 5,000 live calls refreshed every second while calls churn (N/300
calls end and as many start each second: a floor whose calls last five minutes on average):

* ``gui_ms``: GUI-thread time to apply one refresh (``SupervisorConsole.apply_update``: the calls
  diff into the model and proxy, agents, queues, chart, banner), p50/p99/max; ``gui_cpu_ms``, the
  same as the GUI thread's CPU time (``time.thread_time``: what another process's load does not
  stretch); ``tick_ms`` is the once-a-second duration tick; ``later_ms`` / ``later_cpu_ms`` the
  work an update leaves to the next turn of the event loop, each turn apart: the alert rules and
  the queue chart's axes (in ``gui_ms`` until 2026-12-05) and the queue columns' fit;
  ``paint_ms`` / ``paint_cpu_ms`` each paint of the calls table (a refresh that moves a row shown,
  the duration tick's cells, a scroll), which no other figure but the stall probe holds, and
  ``paint_no_gc_cpu_ms`` the paints no garbage collection ran in (a collection's pause is in ``gc_pauses``);
* ``first_load``: the first read of all N calls (and N agents), apart: ``worst_block_ms`` (also
  ``first_load_ms``), the longest single piece of GUI-thread work it took (the update, one of the
  slices the tables take a big insert in, or a turn of ``later_ms``; ``worst_block_cpu_ms`` its
  CPU time), the slices' count and times, the stall probe's lateness during the load (``stall_ms``: painting included),
  the calls table's paints meanwhile (``paint_ms``, ``paint_cpu_ms``), ``wall_ms`` until every row is in and
  ``first_update_ms`` from ``start()`` to the first update applied (the refresher process's start included);
* ``stall_ms``: the event loop's lateness, measured by a 5 ms ``QTimer`` (PreciseTimer) probe:
  how late each timeout fired (p99 and max), which includes painting and the refresher's reader thread
  holding the GIL; ``stall_causes``, each lateness over 10 ms during the refreshes taken apart
  (:mod:`tests.bench.stall_causes`: garbage collection, the GUI thread's own work, a wait for a core,
  a wait for the GIL while the reader ran, the OS; where the GUI thread's and the reader's code were; the
  refresher process's CPU and wait for a core); ``refresher_rss_mb``, the refresher process's memory;
* ``baseline``: the same refresher publishing to a bare model that answers each refresh with a
  model reset over the same rows (the naive implementation), behind the same sorting proxy and
  view: its ``gui_ms`` and ``stall_ms``, and the ratios;
* ``idle_stall_ms``: the same probe for the same time with no console at all: the machine's own
  noise (other processes on the 2 cores), the floor under every stall figure.

Memory: an hour of churn compressed: 5,000 calls, 360 refreshes back to back, 167 calls replaced before
each (10 s of the floor's churn per refresh: 60,000 calls in all, an hour's worth); RSS (psutil) after
the first load and at the end (``refresher_rss_mb_at_end``: the refresher process's), and the size of the
model's table. Options: ``--quick`` (small counts,
checks the harness), ``--out DIR``, ``--sizes 5000`` (those counts only, no memory figure), ``--seconds
S`` (of refreshes per size, and of the idle probe: long enough for full garbage collections, 40 or
more), ``--hog CPU`` (a busy process pinned to that core meanwhile: :mod:`tests.bench.hog`).
``gc_pauses`` holds every garbage collection of the run, ``gc_thaws`` the full collections that unfroze
everything first (:mod:`agent_desk.ui.support.collector`).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import functools
import gc
import json
import os
import platform
import sys
import threading
import time
from pathlib import Path
from typing import Any

from tests import helpers
from tests.bench.gc_pauses import CollectionPauses, summary_line
from tests.bench.hog import hog
from tests.bench.stall_causes import StallCauses
from tests.bench.stats import percentile

ROOT = Path(__file__).resolve().parents[2]
RESULTS = Path(__file__).resolve().parent / "results"
TARGET_GUI_MS, TARGET_STALL_MS = 8.0, 16.0
PROBE_MS = 5
BASELINE_GAP_MS = 100  # the reset baseline leaves the event loop this long between two resets
CONTROL_TIMEOUT_S = 30.0  # the simulator answers a churn in milliseconds; this only bounds a hung one
until = functools.partial(helpers.until, poll=0.01)  # until(predicate, timeout, what)
HOUR_REFRESHES, HOUR_CHURN = 360, 167
#: run() arguments per mode: sizes, seconds of refreshes per size, (calls, refreshes, replaced per refresh)
MODES = {
    "quick": ((100, 1000), 3.0, (1000, 10, 50)),
    "default": ((100, 1000, 5000), 20.0, (5000, HOUR_REFRESHES, HOUR_CHURN)),
}


# ====================================================================== the simulator process
#: The simulator's niceness. It stands in for the PBX, which is another machine: on the bench's 2
#: cores it would otherwise compete with the desk as an equal (building and serving the 1.1 MB
#: answers at 5,000 calls), a load no agent's PC carries. Below the desk it still runs, on what the
#: desk leaves (README.md, "the refresher process below the desk's priority").
SIM_NICENESS = 10


async def serve_sim(count: int) -> None:
    from agent_desk.sim.server import Simulator
    from agent_desk.sim.world import SimSettings

    sim = Simulator(SimSettings(rate_per_min=0.0, history_size=20), providers=["onepos"])
    await sim.start()
    sim.world.start_standing_calls(count)
    table, secrets = sim.profile("onepos", "100")
    print(json.dumps({"base_url": sim.base_url, "profile": table, "secrets": secrets}), flush=True)
    await asyncio.Event().wait()


# ====================================================================== the app side
def summary(values: list[float]) -> dict[str, Any]:
    return {
        "p50": _round(percentile(values, 0.5)),
        "p99": _round(percentile(values, 0.99)),
        "max": _round(max(values) if values else None),
        "samples": len(values),
    }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def _rss_mb(pid: int | None) -> float | None:
    """The resident memory of process ``pid`` (the refresher's), MB; None when there is none."""
    import psutil

    try:
        return round(psutil.Process(pid).memory_info().rss / 2**20, 1) if pid is not None else None
    except psutil.Error:
        return None


class StallProbe:
    """A 5 ms precise QTimer; ``lateness`` collects how late each timeout came (ms)."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(PROBE_MS)
        self.timer.timeout.connect(self._fired)
        self.lateness: list[float] = []
        self._last = 0.0
        self.causes: StallCauses | None = None  # while set, each long gap is taken apart

    def start(self) -> None:
        self.lateness.clear()
        self._last = time.perf_counter()
        if self.causes is not None:
            self.causes.restart()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _fired(self) -> None:
        now = time.perf_counter()
        self.lateness.append(max(0.0, (now - self._last) * 1000 - PROBE_MS))
        self._last = now
        if self.causes is not None:
            self.causes.gap(self.lateness[-1])


class SimProcess:
    """The simulator child process with ``count`` standing calls."""

    async def start(self, count: int) -> dict[str, Any]:
        self.proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "tests.bench.console",
            "--sim",
            str(count),
            cwd=ROOT,
            stdout=asyncio.subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        ready = json.loads(await asyncio.wait_for(self.proc.stdout.readline(), 60))
        import httpx

        self.control = httpx.Client(base_url=ready["base_url"], timeout=CONTROL_TIMEOUT_S)
        return ready

    async def churn(self, count: int) -> None:
        """End ``count`` standing calls and start as many, in a thread of its own: the exchange must not
        wait for the GUI thread's event loop, which is what is being measured (a saturated one — the
        reset baseline at 5,000 rows — held the control request until it timed out)."""
        if count:
            await asyncio.to_thread(self._churn, count)

    def _churn(self, count: int) -> None:
        self.control.post("/_sim/churn", json={"count": count}).raise_for_status()

    async def stop(self) -> None:
        self.control.close()
        self.proc.terminate()
        await self.proc.wait()


def bench_console_class():
    from agent_desk.ui.console import SupervisorConsole

    class TimedConsole(SupervisorConsole):
        """The real console, timing each update it applies (GUI thread) and each tick."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.apply_ms: list[float] = []
            self.apply_cpu_ms: list[float] = []  # the GUI thread's CPU time (time.thread_time): load bends it less
            self.tick_ms: list[float] = []
            self.updates = 0
            self.first_update_at: float | None = None  # perf_counter() when the first update was applied
            self.ticker.timeout.disconnect(self.tick)
            self.ticker.timeout.connect(self._timed_tick)

            self.slice_ms: list[float] = []
            self.slice_cpu_ms: list[float] = []
            for model in (self.calls, self.agents.model):  # the later slices of a big insert (a zero timer)
                slicer = getattr(model, "_slicer", None)  # absent before the sliced first load
                if slicer is not None:
                    slicer.timeout.disconnect()
                    slicer.timeout.connect(functools.partial(self._timed_slice, model))
            self.later_ms: list[float] = []
            self.later_cpu_ms: list[float] = []
            self.paint_ms: list[float] = []  # each paint of the calls table (its viewport): outside apply_update
            self.paint_cpu_ms: list[float] = []
            self.paint_no_gc_cpu_ms: list[float] = []  # the paints no garbage collection ran in (gc_pauses has those)
            self.table.paintEvent = self._timed_paint(self.table.paintEvent)  # PySide calls an instance's own
            for timer, work in self._later_work():
                timer.timeout.disconnect()
                timer.timeout.connect(functools.partial(self._timed_later, work))

        def _later_work(self) -> list[tuple[Any, Any]]:
            """The zero timers an update starts for work on the next turn (absent in older versions):
            the alert rules, the queue chart's axes and the queue columns' fit."""
            found = []
            for owner, timer, work in (
                (self, "_alerts_due", "_check_alerts_due"),
                (self.queues, "_axes", "_fit_axes"),
                (self.queues, "_fitter", "_fit_columns"),
            ):
                if owner is not None and hasattr(owner, timer):
                    found.append((getattr(owner, timer), getattr(owner, work)))
            return found

        def _timed_paint(self, paint: Any) -> Any:
            wall, cpu, no_gc = self.paint_ms, self.paint_cpu_ms, self.paint_no_gc_cpu_ms  # not self: a cycle

            def collections() -> int:
                return sum(generation["collections"] for generation in gc.get_stats())

            def timed(event: Any) -> None:
                before, started, started_cpu = collections(), time.perf_counter(), time.thread_time()
                paint(event)
                cpu.append((time.thread_time() - started_cpu) * 1000)
                wall.append((time.perf_counter() - started) * 1000)
                if collections() == before:
                    no_gc.append(cpu[-1])

            return timed

        def _timed_later(self, work: Any) -> None:
            started, cpu = time.perf_counter(), time.thread_time()
            work()
            self.later_cpu_ms.append((time.thread_time() - cpu) * 1000)
            self.later_ms.append((time.perf_counter() - started) * 1000)

        def apply_update(self, update: Any) -> None:
            started, cpu = time.perf_counter(), time.thread_time()
            super().apply_update(update)
            self.apply_cpu_ms.append((time.thread_time() - cpu) * 1000)
            self.apply_ms.append((time.perf_counter() - started) * 1000)
            self.updates += 1
            if self.first_update_at is None:
                self.first_update_at = started

        def _timed_slice(self, model: Any) -> None:
            started, cpu = time.perf_counter(), time.thread_time()
            model._insert_slice()
            self.slice_cpu_ms.append((time.thread_time() - cpu) * 1000)
            self.slice_ms.append((time.perf_counter() - started) * 1000)

        def loading(self) -> bool:
            return any(getattr(m, "loading", False) for m in (self.calls, self.agents.model))

        def _timed_tick(self) -> None:
            started = time.perf_counter()
            self.tick()
            self.tick_ms.append((time.perf_counter() - started) * 1000)

    return TimedConsole


def bare_console_class():
    """The baseline: the same refresher (a process, as the console's) feeding a bare model reset per refresh."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QSortFilterProxyModel, Qt, QTimer, Signal
    from PySide6.QtWidgets import QTableView

    from agent_desk.phone import display
    from agent_desk.ui.dialing.call_log import clock_text

    display_role = Qt.ItemDataRole.DisplayRole.value

    class ResetModel(QAbstractTableModel):
        def __init__(self) -> None:
            super().__init__()
            self.rows: list[Any] = []

        def rowCount(self, parent=QModelIndex()):  # noqa: N802
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent=QModelIndex()):  # noqa: N802
            return 8

        def data(self, index, role=display_role):
            if role != display_role:
                return None
            c = self.rows[index.row()]
            column = index.column()
            if column == 7:
                return clock_text(time.time() - c.started_at.timestamp()) if c.started_at else ""
            return (
                c.call_id,
                c.extension or "",
                c.agent_name or "",
                c.direction,
                display(c.customer),
                c.state or "",
                c.queue or "",
            )[column]

        def replace(self, rows: list[Any]) -> None:
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()

    class Bridge(QObject):
        updated = Signal()

    class BareConsole:
        """Each refresh is one model reset; updates that arrived while the GUI thread was busy are
        applied together with one reset, from a timer at least :data:`BASELINE_GAP_MS` after the last
        one ended. A reset of 5,000 rows can take longer than the refresh interval on a loaded machine:
        delivered as queued signals, a new one was always posted before the last was applied and Qt
        kept delivering them, so the event loop never got to the bench's own coroutines."""

        def __init__(self, profile, secrets, interval: float) -> None:
            from agent_desk.secrets import held_secrets
            from agent_desk.supervisor.worker import RefresherProcess

            self.model = ResetModel()
            self.proxy = QSortFilterProxyModel()
            self.proxy.setSourceModel(self.model)
            self.view = QTableView()
            self.view.setModel(self.proxy)
            self.view.setSortingEnabled(True)
            self.view.sortByColumn(7, Qt.SortOrder.DescendingOrder)
            self.view.resize(1260, 700)
            self.view.show()
            self.calls: dict[str, Any] = {}
            self.apply_ms: list[float] = []
            self.updates = 0
            self._waiting: list[Any] = []
            self._lock = threading.Lock()
            self.bridge = Bridge()
            self.bridge.updated.connect(self._due, Qt.ConnectionType.QueuedConnection)
            self._pacer = QTimer()
            self._pacer.setSingleShot(True)
            self._pacer.timeout.connect(self.apply_waiting)
            self._ended = 0.0
            self.worker = RefresherProcess(profile, held_secrets(secrets), self._publish, interval=interval)

        def _publish(self, update: Any) -> None:  # the worker's reader thread
            with self._lock:
                self._waiting.append(update)
                first = len(self._waiting) == 1
            if first:
                self.bridge.updated.emit()

        def _due(self) -> None:
            if not self._pacer.isActive():
                since = (time.perf_counter() - self._ended) * 1000
                self._pacer.start(max(0, round(BASELINE_GAP_MS - since)))

        def apply_waiting(self) -> None:
            started = time.perf_counter()
            with self._lock:
                waiting, self._waiting = self._waiting, []
            for update in waiting:
                for key in update.calls.removed:
                    self.calls.pop(key, None)
                for call in (*update.calls.inserted, *update.calls.changed):
                    self.calls[call.call_id] = call
            self.model.replace(list(self.calls.values()))
            self._ended = time.perf_counter()
            self.apply_ms.append((self._ended - started) * 1000)
            self.updates += len(waiting)

    return BareConsole


async def sign_in(ready: dict[str, Any], **extra: Any):
    from agent_desk.config import parse_profile
    from agent_desk.secrets import SecretStore, env_name
    from agent_desk.ui.window.session import Session

    profile = parse_profile("bench-supervisor", {**ready["profile"], "events": "none", **extra})
    secrets = SecretStore(profile, env={env_name(k): v for k, v in ready["secrets"].items()})
    session = Session()
    await session.sign_in(profile, secrets)
    return session, profile, secrets


async def churning(sim: SimProcess, per_second: int, seconds: float) -> None:
    for _ in range(int(seconds)):
        await sim.churn(per_second)
        await asyncio.sleep(1.0)


async def probed(probe: StallProbe, work) -> None:
    """Settle for a second, then run ``work`` with the stall probe on."""
    await asyncio.sleep(1.0)
    probe.start()
    try:
        await work
    finally:
        probe.stop()


async def measure_baseline(
    sim: SimProcess, count: int, seconds: float, profile, secrets, probe: StallProbe
) -> dict[str, Any]:
    """The reset baseline for ``seconds`` of 1-second refreshes (after its first load)."""
    bare = bare_console_class()(profile, secrets, 1.0)
    bare.worker.start()
    try:
        await until(lambda: len(bare.calls) >= count, 60, f"{count} baseline rows")
        bare_first = max(bare.apply_ms)
        bare.apply_ms.clear()
        await probed(probe, churning(sim, max(1, round(count / 300)), seconds))
        return {
            "gui_ms": summary(bare.apply_ms),
            "stall_ms": summary(probe.lateness),
            "refreshes": len(bare.apply_ms),
            "updates": bare.updates,  # more than refreshes: some updates waited and went in together
            "first_load_ms": _round(bare_first),
        }
    finally:
        bare.worker.stop()
        bare.worker.join(10)
        bare.view.close()


async def measure_size(count: int, seconds: float, probe: StallProbe, baseline: bool = True) -> dict[str, Any]:
    """The real console and (unless ``baseline`` is False) the reset baseline, each for ``seconds``
    of 1-second refreshes."""
    sim = SimProcess()
    ready = await sim.start(count)
    per_second = max(1, round(count / 300))
    try:
        await probed(probe, asyncio.sleep(seconds))  # the machine's own noise: no console, same process
        idle = summary(probe.lateness)
        session, profile, secrets = await sign_in(ready)
        console = bench_console_class()(session)
        console.resize(1260, 760)
        console.show()
        await asyncio.sleep(1.0)
        probe.start()
        started = time.perf_counter()
        console.start()
        await until(lambda: console.calls.rowCount() >= count and not console.loading(), 300, f"{count} rows")
        first_load_wall = (time.perf_counter() - started) * 1000
        probe.stop()
        first_update = (console.first_update_at - started) * 1000 if console.first_update_at is not None else None
        first_load = {
            "worst_block_ms": _round(max(console.apply_ms + console.slice_ms + console.later_ms)),
            "worst_block_cpu_ms": _round(max(console.apply_cpu_ms + console.slice_cpu_ms + console.later_cpu_ms)),
            "updates": len(console.apply_ms),
            "slices": len(console.slice_ms),
            "slice_ms": summary(console.slice_ms),
            "stall_ms": summary(probe.lateness),
            "paint_ms": summary(console.paint_ms),
            "paint_cpu_ms": summary(console.paint_cpu_ms),
            "wall_ms": _round(first_load_wall),
            "first_update_ms": _round(first_update),  # from console.start() to the first update applied
        }
        kept_lists = (console.apply_ms, console.apply_cpu_ms, console.slice_ms, console.slice_cpu_ms, console.tick_ms)
        painted = (console.paint_ms, console.paint_cpu_ms, console.paint_no_gc_cpu_ms)
        for kept in (*kept_lists, console.later_ms, console.later_cpu_ms, *painted):
            kept.clear()
        worker = console.worker
        causes = probe.causes = StallCauses(worker_pid=lambda: worker.pid if worker is not None else None).start()
        try:
            await probed(probe, churning(sim, per_second, seconds))
        finally:
            causes.stop()
            probe.causes = None
        stall_causes = causes.summary()
        mine = {
            "gui_ms": summary(console.apply_ms),
            "gui_cpu_ms": summary(console.apply_cpu_ms),
            "tick_ms": summary(console.tick_ms),
            "later_ms": summary(console.later_ms),
            "later_cpu_ms": summary(console.later_cpu_ms),
            "paint_ms": summary(console.paint_ms),
            "paint_cpu_ms": summary(console.paint_cpu_ms),
            "paint_no_gc_cpu_ms": summary(console.paint_no_gc_cpu_ms),
            "stall_ms": summary(probe.lateness),
            "stall_causes": stall_causes,
            "refreshes": len(console.apply_ms),
            "rows_at_end": console.calls.rowCount(),
            "refresher_rss_mb": _rss_mb(worker.pid if worker is not None else None),
        }
        console.stop()
        await session.sign_out()
        console.deleteLater()
        await asyncio.sleep(0.5)

        base = await measure_baseline(sim, count, seconds, profile, secrets, probe) if baseline else None
    finally:
        await sim.stop()
    ratio = lambda a, b: round(a / b, 3) if a is not None and b else None  # noqa: E731
    figure = {
        "name": f"console.refresh.{count}_calls",
        "calls": count,
        "churn_per_s": per_second,
        "seconds": seconds,
        "first_load_ms": first_load["worst_block_ms"],
        "first_load_wall_ms": first_load["wall_ms"],
        "first_load": first_load,
        **mine,
        "target": {"gui_ms_per_refresh": TARGET_GUI_MS, "worst_stall_ms": TARGET_STALL_MS},
        "meets_target": bool(
            mine["gui_ms"]["max"] is not None
            and mine["gui_ms"]["max"] < TARGET_GUI_MS
            and mine["stall_ms"]["max"] is not None
            and mine["stall_ms"]["max"] < TARGET_STALL_MS
        ),
        "idle_stall_ms": idle,
    }
    if base is None:
        return figure
    return {
        **figure,
        "baseline": {"name": f"console.baseline_reset.{count}_calls", **base},
        "ratio_gui_p50": ratio(mine["gui_ms"]["p50"], base["gui_ms"]["p50"]),
        "ratio_gui_max": ratio(mine["gui_ms"]["max"], base["gui_ms"]["max"]),
        "ratio_stall_max": ratio(mine["stall_ms"]["max"], base["stall_ms"]["max"]),
        "ratio_first_load": ratio(first_load["worst_block_ms"], base["first_load_ms"]),
    }


async def measure_hour(count: int, refreshes: int, churn: int) -> dict[str, Any]:
    """Memory after an hour of churn, compressed (see the module doc)."""
    import psutil

    process = psutil.Process()
    sim = SimProcess()
    ready = await sim.start(count)
    try:
        session, _, _ = await sign_in(ready, console_refresh=0.1)
        console = bench_console_class()(session)
        console.resize(1260, 760)
        console.show()
        console.start()
        await until(lambda: console.calls.rowCount() >= count, 60, f"{count} rows")
        await asyncio.sleep(0.5)
        gc.collect()
        rss_start = process.memory_info().rss
        started = time.perf_counter()
        for _ in range(refreshes):
            seen = console.updates
            await sim.churn(churn)
            await until(
                lambda seen=seen: console.updates >= seen + 2, 30, "the next refresh"
            )  # one read after the churn
        gc.collect()
        await asyncio.sleep(0.5)
        rss_end = process.memory_info().rss
        worker = console.worker
        result = {
            "name": f"console.memory_after_hour_of_churn.{count}_calls",
            "calls": count,
            "refreshes": refreshes,
            "calls_replaced": refreshes * churn,
            "seconds": round(time.perf_counter() - started, 1),
            "rss_mb_after_first_load": round(rss_start / 2**20, 1),
            "rss_mb_at_end": round(rss_end / 2**20, 1),
            "rss_growth_mb": round((rss_end - rss_start) / 2**20, 1),
            "refresher_rss_mb_at_end": _rss_mb(worker.pid if worker is not None else None),
            "rows_at_end": console.calls.rowCount(),
            "gui_ms": summary(console.apply_ms[1:]),
            "method": f"{refreshes} refreshes back to back (console_refresh 0.1 s, each waiting for a read after "
            f"the churn), {churn} calls ended and started before each: {refreshes * churn} calls "
            f"replaced, an hour of a {count}-call floor whose calls last 5 minutes on average; RSS by "
            f"psutil after gc.collect()",
        }
        console.stop()
        await session.sign_out()
    finally:
        await sim.stop()
    return result


async def measure(
    sizes: tuple[int, ...], seconds: float, hour: tuple[int, int, int] | None, baseline: bool = True
) -> dict[str, Any]:
    """Every figure; one that fails is recorded as ``{"name", "error"}`` and the others still run."""
    probe = StallProbe()
    figures = []
    for count in sizes:
        print(f"  {count} live calls…", file=sys.stderr, flush=True)
        figures.append(await _recorded(f"console.refresh.{count}_calls", measure_size(count, seconds, probe, baseline)))
    if hour is not None:
        print("  an hour of churn, compressed…", file=sys.stderr, flush=True)
        figures.append(await _recorded(f"console.memory_after_hour_of_churn.{hour[0]}_calls", measure_hour(*hour)))
    return {"figures": figures, "failed": [f["name"] for f in figures if "error" in f]}


async def _recorded(name: str, work) -> dict[str, Any]:
    try:
        return await work
    except Exception as exc:  # noqa: BLE001 - a harness error must not lose the other figures
        print(f"  {name} failed: {exc!r}", file=sys.stderr, flush=True)
        return {"name": name, "error": f"{type(exc).__name__}: {exc}"}


def run(
    sizes: tuple[int, ...] = (100, 1000, 5000),
    seconds: float = 20.0,
    hour: tuple[int, int, int] | None = (5000, HOUR_REFRESHES, HOUR_CHURN),
    out: Path | None = RESULTS,
    hog_cpu: int | None = None,
    baseline: bool = True,
) -> dict:
    """Run the benchmark in a fresh offscreen QApplication; write the JSON to ``out`` (None: don't).
    ``hog_cpu``: keep that core busy meanwhile (:mod:`tests.bench.hog`); ``hour`` None: no memory figure;
    ``baseline`` False: no reset baseline (a profile of the console alone)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setQuitOnLastWindowClosed(False)  # the consoles come and go; the loop must not stop with them
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    from agent_desk.ui.window.app import tune_interpreter

    collector = tune_interpreter(app)  # as the window does once it is up
    started = dt.datetime.now(dt.UTC)
    pauses = CollectionPauses().start()
    with hog(hog_cpu) as load:
        try:
            measured = loop.run_until_complete(measure(sizes, seconds, hour, baseline))
        finally:  # ends the loop's worker threads (QThreads: one still running at exit aborts Python)
            loop.close()
            pauses.stop()
    report = {
        "run": {
            "started_utc": started.isoformat(timespec="seconds"),
            "seconds": round((dt.datetime.now(dt.UTC) - started).total_seconds(), 1),
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
            "qt_platform": os.environ.get("QT_QPA_PLATFORM"),
            "cpu_hog": load,
            "load_average_at_end": os.getloadavg(),
            "provider": "onepos",
            "note": "2-core machine shared with other jobs: compare the ratios to the baseline of the same run",
            "method": "real console + refresher process + OnePOS provider, simulator in a child process "
            f"at niceness {SIM_NICENESS} over loopback; gui_ms = SupervisorConsole.apply_update time; "
            "stall_ms = lateness of a "
            f"{PROBE_MS} ms PreciseTimer probe; baseline = same refresher feeding a model reset "
            "behind the same sorting proxy and view",
        },
        **measured,
        "gc_pauses": pauses.summary(),  # every garbage collection of the run, all sizes and baselines
        "gc_thaws": getattr(collector, "thaws", None),  # full collections that scanned the frozen objects too
    }
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        path = out / f"console-{started.strftime('%Y%m%dT%H%M%SZ')}.json"
        path.write_text(json.dumps(report, indent=2) + "\n")
        report["path"] = str(path)
    return report


def summary_text(report: dict) -> str:
    """The report's figures, one line each."""
    lines = []
    for figure in report["figures"]:
        if "error" in figure:
            lines.append(f"{figure['name']:<36} FAILED: {figure['error']}")
        elif "rss_mb_at_end" in figure:
            lines.append(
                f"{figure['name']:<36} RSS {figure['rss_mb_after_first_load']} → {figure['rss_mb_at_end']} MB "
                f"after {figure['calls_replaced']} calls replaced"
            )
        elif "baseline" not in figure:
            lines.append(
                f"{figure['name']:<36} gui p50/p99/max {figure['gui_ms']['p50']}/{figure['gui_ms']['p99']}/"
                f"{figure['gui_ms']['max']} ms  stall max {figure['stall_ms']['max']} ms  first load: worst block "
                f"{figure['first_load_ms']} ms (no baseline)  paint cpu p50/max {figure['paint_cpu_ms']['p50']}/"
                f"{figure['paint_cpu_ms']['max']} ms (no gc in it: max {figure['paint_no_gc_cpu_ms']['max']} ms)"
            )
        else:
            lines.append(
                f"{figure['name']:<36} gui p50/p99/max {figure['gui_ms']['p50']}/{figure['gui_ms']['p99']}/"
                f"{figure['gui_ms']['max']} ms  stall max {figure['stall_ms']['max']} ms  first load: worst block "
                f"{figure['first_load_ms']} ms, stall max {figure['first_load']['stall_ms']['max']} ms  | reset "
                f"baseline gui max "
                f"{figure['baseline']['gui_ms']['max']} ms, stall max {figure['baseline']['stall_ms']['max']} ms"
            )
        if "stall_causes" in figure:
            causes = figure["stall_causes"]["by_cause"].items()
            collections = figure["stall_causes"].get("collections", {}).items()
            lines.append(
                f"  stalls over {figure['stall_causes']['over_ms']} ms: "
                + (", ".join(f"{cause} {c['count']} (max {c['max_ms']} ms)" for cause, c in causes) or "none")
                + "; collections meanwhile: "
                + ("; ".join(f"gen {g}: {c['count']}, max {c['max_cpu_ms']} ms CPU" for g, c in collections) or "none")
            )
    if "gc_pauses" in report:
        lines.append(summary_line(report["gc_pauses"]))
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.console", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small counts: checks the harness")
    parser.add_argument("--out", type=Path, default=RESULTS, help="directory of the JSON results")
    parser.add_argument("--hog", type=int, metavar="CPU", help="keep core CPU busy meanwhile (README: CPU hog)")
    parser.add_argument("--sizes", help="comma-separated call counts (default 100,1000,5000), no memory figure")
    parser.add_argument("--no-baseline", action="store_true", help="the console alone (profiling it)")
    parser.add_argument("--seconds", type=float, help="seconds of refreshes per size (default 20; 3 with --quick)")
    parser.add_argument("--sim", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.sim is not None:
        os.nice(SIM_NICENESS)
        asyncio.run(serve_sim(args.sim))
        return 0
    sizes, seconds, hour = MODES["quick" if args.quick else "default"]
    if args.sizes:
        sizes, hour = tuple(int(n) for n in args.sizes.split(",")), None
    seconds = args.seconds or seconds
    report = run(sizes, seconds, hour, out=args.out, hog_cpu=args.hog, baseline=not args.no_baseline)
    print(summary_text(report))
    print(f"results: {report.get('path')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
