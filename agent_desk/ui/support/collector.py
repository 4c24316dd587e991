"""Garbage collection on the GUI thread only.

CPython runs an automatic collection in whichever thread happens to allocate past the threshold: in
the desk that is often a worker (an executor thread, the console refresher's reader decoding its
messages; the refresher itself parsed thousands of calls in a thread until it moved to a process). A
collection frees every unreachable cycle, and a Qt object that Python owns (a QObject made in Python
without a parent, such as the timer object of a closed qasync loop) is destroyed with its cycle, in
that thread. Qt objects must be destroyed in their own thread: ``~QObject`` in a worker cannot
unregister the object's timers ("QObject::~QObject: Timers cannot be stopped from another thread"),
the GUI thread's dispatcher later delivers a timer event to the freed object, and the process dies
in ``QTimerInfoList::activateTimers`` → ``QCoreApplication::notifyInternal2``.

:class:`GuiCollector` switches the automatic collector off and runs CPython's own rule on a timer
of the GUI thread instead: every :data:`INTERVAL_MS`, the oldest generation whose count is over its
threshold (``gc.get_count()`` against ``gc.get_threshold()``) is collected, together with the
younger ones. A full collection (generation 2, which scans every long-lived object: 24 ms with
5,000 live calls) runs at most every :data:`FULL_EVERY` seconds, and only once the oldest generation
holds a quarter more objects than the last full collection left in it; a generation-1 collection runs
instead. That is CPython's own rule (objects promoted since against those that survived) read from
the generation's size, which Python can see: promoted objects already freed by reference counting (the
refresher's records replaced a second later) do not count, cyclic garbage does. Objects are freed as
before, only never in another thread. Reference counting, which frees everything outside cycles, is
not affected.

A young collection scans every tracked object made since the last one that is still alive, so its
pause grows with what was allocated in between: at 100 ms a tick, the console's refresher building
10,000 records in one burst a second left one young collection tens of thousands of objects (7-25 ms),
and a generation-1 one, which covers ten young ones, more (up to 62 ms). Once a tick finds the young
count :data:`BUSY_FACTOR` times over its threshold, the timer ticks every :data:`BUSY_INTERVAL_MS`, and
keeps that pace until :data:`QUIET_TICKS` ticks in a row found allocations low again (the next burst,
a second later, is then collected in slices of a few milliseconds of allocations). The same objects
are scanned in smaller pieces, not more often.

A generation-1 collection scans what ten young ones left alive. While objects are made to last (the
console's first load of 5,000 calls: its rows, the modules and Qt wrappers its views import) nearly
all of them survive, and at any pace that was 39,000 objects, 15 ms: faster ticks only cut the same
objects into more young collections. So the collector keeps count of what the young collections may
have left (the young count before each: tracked objects made and not freed since the last one) and,
once that and the young count now pass :data:`GENERATION_1_MAX`, reads the generation's real size (a
list of its objects, well under a millisecond at that size); if it and the young count are over, the
collection due is a generation-1 one in place of a young one. So a generation-1 pause scans at most
:data:`GENERATION_1_MAX` objects more than a young one (the console's first load: 14-17 -> 4-10 ms of CPU). The
survivors reach the oldest generation sooner, which costs nothing: they are freed by reference
counting as before, and a cycle among them by the next full collection (or thaw) as any survivor of
a generation-1 collection is; one that became garbage before is freed by this collection.

With ``thaw_every`` (the desk's :func:`~agent_desk.ui.window.app.tune_interpreter` sets
:data:`THAW_EVERY`), a full collection that is due scans only the two younger generations and then
freezes everything that is left (``gc.freeze()``: a generation no collection scans; it moves the
lists over, scanning nothing). So the oldest generation is never scanned but by a thaw: the modules,
classes and Qt wrappers of every view opened after start-up, the console's rows and the registry
cost a collection nothing (a full collection of the console's first 5,000 rows was 15-30 ms; the
collection in its place is a generation-1 one). Frozen objects are still freed by reference
counting (a replaced row goes as before); only a reference cycle that became garbage after it
reached the oldest generation is not collected while it is frozen. So the first full collection due
after ``thaw_every`` seconds unfreezes everything first (``gc.unfreeze()``, the start-up freeze too)
and scans it all, as a full collection did without freezing: such a cycle is freed then. Freezing
and thawing run in the same tick as the collection, on this thread: a Qt object in a frozen cycle
is still destroyed here. :meth:`GuiCollector.stop` unfreezes everything too.

A thaw scans every object (35 ms at 5,000 live calls, more than a frame), so it waits for a moment
nobody watches: ``watched()`` (the desk's: one of its windows is the active one) is asked when a thaw
is due, and the thaw runs at the first full collection due while it says no; after
:data:`THAW_LATEST` seconds it runs anyway (a supervisor who keeps the console in front all day).
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 100  # between two looks at the generation counts (a collection only when one is due)
BUSY_INTERVAL_MS = 10  # between two looks while allocations are high
BUSY_FACTOR = 4  # a tick finding the young count this many times over its threshold means "allocations are high"
GENERATION_1_MAX = 8000  # objects: generation 1 and the young ones past this: a generation-1 collection (~3 ms)
QUIET_TICKS = 300  # fast ticks in a row with allocations low before the normal pace again (3 s at 10 ms)
FULL_EVERY = 10.0  # seconds: at most one full collection (it scans every object, tens of ms) this often
THAW_EVERY = 600.0  # seconds: with freezing, everything is scanned again (a frozen cycle freed) this often,
THAW_LATEST = 3600.0  # ... at a moment nobody watches, or after this long anyway


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

    :meth:`start` disables the automatic collector; :meth:`stop` enables it again (and unfreezes what
    this collector froze). ``thaw_every`` (seconds, None: no freezing): freeze what survives a full
    collection, and scan everything again at most this often, when ``watched()`` says no one watches
    (or :data:`THAW_LATEST` seconds after the last thaw).
    """

    def __init__(
        self,
        parent: QObject | None = None,
        interval_ms: int = INTERVAL_MS,
        thaw_every: float | None = None,
        watched: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__(parent)
        self.collections = 0
        self.thaws = 0  # full collections that unfroze everything first
        self._thaw_every = thaw_every
        self._watched = watched
        self._last_thaw = time.monotonic()
        self._froze = False
        self._interval_ms = interval_ms
        self._quiet_ticks = 0
        self._survivors = 0  # at most this many objects in generation 1 (the young counts collected since)
        self._long_lived = 0  # objects in the oldest generation after the last full collection
        self._old_size = 0
        self._last_full = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._froze:
            gc.unfreeze()  # the automatic collector scans everything again (start-up's freeze too)
            self._froze = False
        gc.enable()

    def _set_interval(self, interval_ms: int) -> None:
        if self._timer.interval() != interval_ms:
            self._timer.setInterval(interval_ms)

    @property
    def busy(self) -> bool:
        """Whether the timer ticks at :data:`BUSY_INTERVAL_MS` (allocations were high at the last tick)."""
        return self._timer.interval() != self._interval_ms

    def check(self) -> None:
        """Collect the generation that is due, if any (the timer calls this), and set the next tick."""
        generation = due_generation()
        young, threshold = gc.get_count()[0], gc.get_threshold()[0]
        if young > BUSY_FACTOR * threshold:
            self._quiet_ticks = 0
            self._set_interval(min(BUSY_INTERVAL_MS, self._interval_ms))
        elif self.busy:
            self._quiet_ticks += 1
            if self._quiet_ticks >= QUIET_TICKS:
                self._set_interval(self._interval_ms)
        if generation is None:
            return
        if generation == 2:
            generation = 2 if self._full_due() else 1
        elif generation == 0 and self._generation_1_full(young):
            generation = 1
        self._survivors = self._survivors + young if generation == 0 else 0
        if generation == 2 and self._thaw_every is not None:
            self._full_and_freeze()
            return
        collected = gc.collect(generation)
        self.collections += 1
        if generation == 2:
            self._long_lived = max(self._old_size - collected, 0)

    def _generation_1_full(self, young: int) -> bool:
        """Generation 1 would hold over :data:`GENERATION_1_MAX` objects after a young collection of
        ``young`` (its size is counted only once the young counts collected since say it may)."""
        if self._survivors + young <= GENERATION_1_MAX:
            return False
        self._survivors = len(gc.get_objects(1))
        return self._survivors + young > GENERATION_1_MAX

    def _full_and_freeze(self) -> None:
        """In place of a full collection: the younger generations collected and everything left frozen,
        or, once a thaw is due (see the class), everything unfrozen, collected and frozen again."""
        assert self._thaw_every is not None
        since = time.monotonic() - self._last_thaw
        if since >= self._thaw_every and (since >= THAW_LATEST or not self._watched()):
            self._last_thaw = time.monotonic()
            gc.unfreeze()
            self.thaws += 1
            gc.collect(2)
        else:
            gc.collect(1)
        self.collections += 1
        gc.freeze()
        self._froze = True
        self._long_lived = 0  # the oldest generation is empty: whatever is promoted next counts as growth

    def _full_due(self) -> bool:
        """A full collection is due: :data:`FULL_EVERY` passed and the oldest generation grew by a quarter."""
        now = time.monotonic()
        if now - self._last_full < FULL_EVERY:
            return False
        self._last_full = now
        self._old_size = len(gc.get_objects(2))  # a list of its objects: 2.6 ms for 100,000
        return self._old_size - self._long_lived > self._long_lived / 4
