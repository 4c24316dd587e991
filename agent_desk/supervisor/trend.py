"""The queue chart's series: calls waiting now and calls answered per minute, over time.

Queue figures give ``answered`` as a running count; the chart shows the rate over the trailing
:data:`ANSWERED_WINDOW` seconds: the difference between now and the sample that old, per
minute. Until the console has watched for a full window the rate is taken over what it has seen
(at least :data:`MIN_SPAN` seconds; before that there is no rate), so a steady floor draws a
steady line from the start.
"""

from __future__ import annotations

import collections
import dataclasses
from collections.abc import Iterable

from agent_desk.models import QueueStats

ANSWERED_WINDOW = 60.0
MIN_SPAN = 5.0


@dataclasses.dataclass(frozen=True, slots=True)
class TrendPoint:
    at: float  # Unix time
    waiting: int
    answered_per_minute: float | None  # None: not watched long enough yet


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
        since, base = self._totals[0]
        span = at - since
        rate = max(0, answered - base) * 60.0 / span if span >= MIN_SPAN else None
        point = TrendPoint(at, waiting, rate)
        self.points.append(point)
        while self.points and self.points[0].at < at - self.span:
            self.points.popleft()
        return point
