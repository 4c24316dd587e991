"""Garbage is collected on the GUI thread only (:mod:`agent_desk.ui.support.collector`).

The crash this prevents: a qasync loop closed with a timer still registered leaves its timer
QObject in a reference cycle; a worker thread's allocations start an automatic collection there,
``~QObject`` runs in the worker (Qt: "Timers cannot be stopped from another thread"), and the GUI
thread's timer dispatch then delivers an event to the freed object (SIGSEGV in
``QCoreApplication::notifyInternal2`` under ``QTimerInfoList::activateTimers``).
"""

from __future__ import annotations

import gc
import subprocess
import sys
import threading
from typing import ClassVar

from PySide6.QtCore import QObject

from agent_desk.ui.support import collector as collector_module
from agent_desk.ui.support.collector import (
    BUSY_FACTOR,
    GENERATION_1_MAX,
    QUIET_TICKS,
    GuiCollector,
    due_generation,
)
from tests.helpers import until

CLOSED_LOOP_SCRIPT = """
import asyncio, sys, threading, time
import qasync
import agent_desk.ui
from PySide6.QtWidgets import QApplication
from agent_desk.ui.support.collector import GuiCollector

app = QApplication([])
GuiCollector(app).start()
loop = qasync.QEventLoop(app)
asyncio.set_event_loop(loop)
loop.call_later(0.2, print, "never printed: the loop is closed")
loop.close()
asyncio.set_event_loop(None)
del loop  # its timer QObject is kept by a cycle only

def allocate():  # without the collector, the automatic collection runs here and frees the QObject
    keep = [[i] for i in range(100_000)]
    del keep

worker = threading.Thread(target=allocate)
worker.start()
worker.join()
end = time.monotonic() + 0.6
while time.monotonic() < end:  # the closed loop's timer comes due
    app.processEvents()
print("survived")
"""


class Sentinel:
    """Part of a cycle with a Python-owned QObject; records the thread that frees it."""

    freed_in: ClassVar[list[str]] = []

    def __init__(self) -> None:
        self.qobject = QObject()
        self.qobject.setProperty("sentinel", True)
        self.me = self

    def __del__(self) -> None:
        Sentinel.freed_in.append(threading.current_thread().name)


def test_a_closed_loops_timer_freed_after_a_worker_allocated_does_not_crash():
    out = subprocess.run(
        [sys.executable, "-c", CLOSED_LOOP_SCRIPT], capture_output=True, text=True, timeout=60, check=False
    )
    assert (out.returncode, out.stdout.strip()) == (0, "survived"), out.stderr
    assert "another thread" not in out.stderr


def test_qt_garbage_made_in_a_worker_burst_is_freed_on_the_gui_thread(run, qapp):
    assert not gc.isenabled(), "the GUI tests run with the app's collector"
    Sentinel.freed_in.clear()
    Sentinel()  # unreachable at once: only a collection frees it
    kept: list[list[int]] = []

    def allocate() -> None:  # far past the young generation's threshold (700 objects)
        kept.extend([i] for i in range(20_000))

    worker = threading.Thread(target=allocate, name="allocating-worker")
    worker.start()
    worker.join()
    assert Sentinel.freed_in == []
    run(until(lambda: Sentinel.freed_in, what="the cycle freed by the collector's timer"))
    assert Sentinel.freed_in == ["MainThread"]


def test_the_generation_due_follows_cpythons_thresholds(qapp):
    old = gc.get_threshold()
    try:
        gc.collect()
        gc.set_threshold(1_000_000, 10, 10)
        assert due_generation() is None
        keep = [[i] for i in range(50)]
        gc.set_threshold(10, 10, 10)
        assert due_generation() == 0
        del keep
    finally:
        gc.set_threshold(*old)


def test_stop_gives_the_automatic_collector_back(qapp):
    collector = GuiCollector(qapp)
    collector.start()
    assert not gc.isenabled()
    collector.stop()
    assert gc.isenabled()
    collector.deleteLater()


def test_the_timer_ticks_faster_while_allocations_are_high_and_slows_down_once_quiet(qapp):
    collector = GuiCollector(qapp)  # not started: each tick is called by hand
    enabled = gc.isenabled()
    gc.disable()  # as the started collector does
    try:
        gc.collect()
        collector.check()
        assert not collector.busy
        keep = [[i] for i in range(BUSY_FACTOR * gc.get_threshold()[0] + 1_000)]
        collector.check()  # collects the young generation and ticks faster
        assert collector.busy
        keep.extend([i] for i in range(gc.get_threshold()[0] + 100))
        collector.check()  # a collection is due, allocations lower: still fast (the next burst may come)
        assert collector.busy
        for _ in range(QUIET_TICKS - 2):
            collector.check()
        assert collector.busy
        collector.check()  # QUIET_TICKS ticks in a row with allocations low: the normal pace again
        assert not collector.busy
        assert collector.collections == 2
        del keep
    finally:
        if enabled:
            gc.enable()
        collector.deleteLater()


def test_a_young_collection_is_a_generation_1_one_once_generation_1_holds_over_its_maximum(qapp):
    collector = GuiCollector(qapp)  # not started: each tick is called by hand
    generations: list[int] = []

    def record(phase: str, info: dict[str, int]) -> None:
        if phase == "stop":
            generations.append(info["generation"])

    enabled = gc.isenabled()
    gc.disable()  # as the started collector does
    gc.callbacks.append(record)
    try:
        gc.collect()
        third = GENERATION_1_MAX // 3 + 100
        kept: list[list[int]] = []
        for _ in range(3):  # each young collection leaves a third of the maximum alive in generation 1
            kept.extend([i] for i in range(third))
            collector.check()
        assert generations[-3:] == [0, 0, 1]  # the third would have left generation 1 over the maximum
        assert len(gc.get_objects(1)) < third  # they went on to the oldest generation
        for _ in range(4):  # as many made each time, all freed by reference counting before the next
            made = [[i] for i in range(third)]
            collector.check()
            del made
        assert generations[-4:] == [0, 0, 0, 0]  # the young counts said "maybe"; the generation's size said no
        del kept
    finally:
        gc.callbacks.remove(record)
        if enabled:
            gc.enable()
        collector.deleteLater()


class Collections:
    """The generations collected during a block (``gc.callbacks``), with every collection due at once."""

    def __init__(self) -> None:
        self.generations: list[int] = []

    def _record(self, phase: str, info: dict[str, int]) -> None:
        if phase == "stop":
            self.generations.append(info["generation"])

    def __enter__(self) -> Collections:
        self._old, self._enabled = gc.get_threshold(), gc.isenabled()
        gc.disable()
        gc.set_threshold(1, 1, 1)
        gc.callbacks.append(self._record)
        return self

    def __exit__(self, *exc: object) -> None:
        gc.callbacks.remove(self._record)
        gc.set_threshold(*self._old)
        if self._enabled:
            gc.enable()

    def tick_with_generation_2_due(self, collector: GuiCollector, kept: list[list[int]]) -> list[int]:
        """The generations ``collector.check()`` collected, called with a full collection due by the counts."""
        for generation in (1, 1, 0, 0):  # raise the older generations' counts past 1
            gc.collect(generation)
        kept.extend([-i] for i in range(200))
        assert due_generation() == 2
        self.generations.clear()
        collector.check()
        return self.generations[:]


def test_a_full_collection_waits_until_the_oldest_generation_grew_by_a_quarter(qapp, monkeypatch):
    monkeypatch.setattr(collector_module, "FULL_EVERY", 0.0)  # the time limit aside: only the growth rule
    collector = GuiCollector(qapp)  # not started: each tick is called by hand
    with Collections() as collections:
        kept: list[list[int]] = []
        assert collections.tick_with_generation_2_due(collector, kept) == [2]  # the first one: nothing known yet
        assert collections.tick_with_generation_2_due(collector, kept) == [1]  # it has not grown since
        kept.extend([i] for i in range(len(gc.get_objects(2)) // 2))
        gc.collect(1)
        gc.collect(1)  # promoted into the oldest generation: half as many objects again
        assert collections.tick_with_generation_2_due(collector, kept) == [2]
        del kept
    collector.deleteLater()


def test_a_due_full_collection_freezes_the_oldest_generation_and_a_thaw_frees_a_frozen_cycle(qapp, monkeypatch):
    monkeypatch.setattr(collector_module, "FULL_EVERY", 0.0)
    freezing = GuiCollector(qapp, thaw_every=3600.0)  # not started: each tick is called by hand
    thawing = GuiCollector(qapp, thaw_every=0.0)  # its thaw is due at its first full collection
    Sentinel.freed_in.clear()
    sentinel = Sentinel()
    try:
        with Collections() as collections:
            kept: list[list[int]] = []
            assert collections.tick_with_generation_2_due(freezing, kept) == [1]  # the oldest one frozen, not scanned
            frozen = gc.get_freeze_count()
            assert frozen > len(kept) and not gc.get_objects(2)  # the survivors are frozen, the kept lists too
            assert not any(o is sentinel for o in gc.get_objects())
            del sentinel  # its cycle is garbage now, but frozen: no collection scans it
            assert collections.tick_with_generation_2_due(freezing, kept) == [1]
            gc.collect()
            assert Sentinel.freed_in == [] and gc.get_freeze_count() >= frozen
            assert collections.tick_with_generation_2_due(thawing, kept) == [2]  # unfreezes, collects, freezes
            assert Sentinel.freed_in == ["MainThread"]
            assert (freezing.thaws, thawing.thaws) == (0, 1)
            del kept
    finally:
        gc.unfreeze()
        freezing.deleteLater()
        thawing.deleteLater()


def test_stop_unfreezes_what_the_collector_froze(qapp, monkeypatch):
    monkeypatch.setattr(collector_module, "FULL_EVERY", 0.0)
    collector = GuiCollector(qapp, thaw_every=3600.0)
    enabled = gc.isenabled()
    try:
        with Collections() as collections:
            assert collections.tick_with_generation_2_due(collector, []) == [1]
            assert gc.get_freeze_count() > 0
        collector.stop()
        assert gc.get_freeze_count() == 0 and gc.isenabled()
    finally:
        gc.unfreeze()
        if not enabled:
            gc.disable()
        collector.deleteLater()


def test_a_due_thaw_waits_while_the_desk_is_watched_and_runs_after_thaw_latest_anyway(qapp, monkeypatch):
    monkeypatch.setattr(collector_module, "FULL_EVERY", 0.0)
    watched = [True]
    collector = GuiCollector(qapp, thaw_every=0.0, watched=lambda: watched[0])
    try:
        with Collections() as collections:
            kept: list[list[int]] = []
            assert collections.tick_with_generation_2_due(collector, kept) == [1]
            assert collector.thaws == 0 and gc.get_freeze_count() > 0  # watched: younger ones collected, all frozen
            watched[0] = False
            assert collections.tick_with_generation_2_due(collector, kept) == [2]
            assert collector.thaws == 1  # nobody watches: thawed
            watched[0] = True
            monkeypatch.setattr(collector_module, "THAW_LATEST", 0.0)
            assert collections.tick_with_generation_2_due(collector, kept) == [2]
            assert collector.thaws == 2  # watched all along, but THAW_LATEST passed
            del kept
    finally:
        gc.unfreeze()
        collector.deleteLater()
