"""The queue chart's series: calls waiting now and calls answered in the last minute, over time.

Queue figures give ``answered`` as a running count; the chart shows how many were answered in
the trailing :data:`ANSWERED_WINDOW` seconds, the difference between now and the sample that
old (or the oldest one kept), so a steady floor draws a steady line.
"""

from __future__ import annotations

import collections
import dataclasses
from collections.abc import Iterable

from agent_desk.models import QueueStats

ANSWERED_WINDOW = 60.0


@dataclasses.dataclass(frozen=True, slots=True)
class TrendPoint:
    at: float  # Unix time
    waiting: int
    answered_last_minute: int


class QueueTrend:
    """A bounded series of :class:`TrendPoint`, ``span`` seconds long."""

    def __init__(self, span: float = 600.0) -> None:
        self.span = span
        self.points: collections.deque[TrendPoint] = collections.deque()
        self._totals: collections.deque[tuple[float, int]] = collections.deque()

    def add(self, at: float, queues: Iterable[QueueStats]) -> TrendPoint:
        """Record the figures read at ``at``; a queue missing a figure counts 0 for it."""
        queues = list(queues)
        waiting = sum(q.waiting or 0 for q in queues)
        answered = sum(q.answered or 0 for q in queues)
        self._totals.append((at, answered))
        while len(self._totals) > 1 and self._totals[1][0] <= at - ANSWERED_WINDOW:
            self._totals.popleft()
        base = self._totals[0][1]
        point = TrendPoint(at, waiting, max(0, answered - base))
        self.points.append(point)
        while self.points and self.points[0].at < at - self.span:
            self.points.popleft()
        return point
