"""Garbage collection on the GUI thread only.

CPython runs an automatic collection in whichever thread happens to allocate past the threshold:
in the desk that is often a worker (the console's refresher parsing thousands of calls, an executor
thread). A collection frees every unreachable cycle, and a Qt object that Python owns (a QObject
made in Python without a parent, such as the timer object of a closed qasync loop) is destroyed
with its cycle, in that thread. Qt objects must be destroyed in their own thread: ``~QObject`` in a
worker cannot unregister the object's timers ("QObject::~QObject: Timers cannot be stopped from
another thread"), the GUI thread's dispatcher later delivers a timer event to the freed object, and
the process dies in ``QTimerInfoList::activateTimers`` → ``QCoreApplication::notifyInternal2``.

:class:`GuiCollector` switches the automatic collector off and runs CPython's own rule on a timer
of the GUI thread instead: every :data:`INTERVAL_MS`, the oldest generation whose count is over its
threshold (``gc.get_count()`` against ``gc.get_threshold()``) is collected, together with the
younger ones; a full collection (generation 2) at most every :data:`FULL_EVERY` seconds, a
generation-1 one in between (CPython itself skips most full collections, by a rule on its long-lived
objects that Python cannot read). Objects are freed as before, only never in another thread.
Reference counting, which frees everything outside cycles, is not affected.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 100  # between two looks at the generation counts (a collection only when one is due)
FULL_EVERY = 10.0  # seconds: at most one full collection (it scans every object, tens of ms) this often


def due_generation() -> int | None:
    """The generation CPython's automatic collector would collect now, or None."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    due = None
    for generation in range(3):
        if thresholds[generation] and counts[generation] > thresholds[generation]:
            due = generation
        else:
            break
    return due


class GuiCollector(QObject):
    """Collects garbage on the thread it lives in (make it on the GUI thread); see the module doc.

    :meth:`start` disables the automatic collector; :meth:`stop` enables it again.
    """

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.collections = 0
        self._last_full = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()

    def check(self) -> None:
        """Collect the generation that is due, if any (the timer calls this)."""
        generation = due_generation()
        if generation is None:
            return
        if generation == 2:
            now = time.monotonic()
            if now - self._last_full < FULL_EVERY:
                generation = 1
            else:
                self._last_full = now
        gc.collect(generation)
        self.collections += 1
