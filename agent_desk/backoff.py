"""Waiting after failures: :class:`Backoff`, the delays before each retry of something that keeps failing.

Used by the console's refresher (a live-calls read that failed) and the webhook listener (a callback
registration the PBX did not take). The call-signal streams keep their own full-jitter delays
(:mod:`agent_desk.events.stream`): a stream may reconnect at once, these never do.
"""

from __future__ import annotations

import random


class Backoff:
    """Delays after consecutive failures: ``min(maximum, initial × 2^(n-1))`` scaled by a random
    factor in [0.5, 1] ("equal jitter": never 0, so a failing PBX is not hammered, and many
    desks do not retry in step)."""

    def __init__(self, initial: float = 1.0, maximum: float = 30.0, rng: random.Random | None = None) -> None:
        self.initial = initial
        self.maximum = maximum
        self.rng = rng or random.Random()
        self.failures = 0

    def next_delay(self) -> float:
        self.failures += 1
        ceiling = min(self.maximum, self.initial * 2.0 ** min(self.failures - 1, 32))
        return ceiling * self.rng.uniform(0.5, 1.0)

    def reset(self) -> None:
        self.failures = 0
