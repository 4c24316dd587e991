"""Ids of calls already handled, remembered compactly for a day whatever the live-call cap is.

:class:`SeenIds` keeps a 64-bit BLAKE2b digest of each id (keyed per process, so ids cannot be
crafted to collide) in hourly buckets, and drops a bucket once it is older than ``keep``
seconds. A false "seen" needs a 64-bit collision; an id is never forgotten early.
"""

from __future__ import annotations

import collections
import hashlib
import os
from collections.abc import Callable

BUCKET = 3600.0


class SeenIds:
    """A set of ids that forgets each one between ``keep`` and ``keep + BUCKET`` seconds after it was added."""

    def __init__(self, keep: float, clock: Callable[[], float]) -> None:
        self.keep = keep
        self.clock = clock
        self._keyed = hashlib.blake2b(digest_size=8, key=os.urandom(16))  # copied per id: keyed once
        self._buckets: collections.deque[tuple[float, set[int]]] = collections.deque()

    def _digest(self, call_id: str) -> int:
        hasher = self._keyed.copy()
        hasher.update(call_id.encode("utf-8", "surrogatepass"))
        return int.from_bytes(hasher.digest(), "big")

    def add(self, call_id: str) -> None:
        now = self.clock()
        start = now - now % BUCKET
        if not self._buckets or self._buckets[-1][0] != start:
            self._buckets.append((start, set()))
        self._buckets[-1][1].add(self._digest(call_id))
        while self._buckets and self._buckets[0][0] + BUCKET < now - self.keep:
            self._buckets.popleft()

    def __contains__(self, call_id: object) -> bool:
        if not isinstance(call_id, str) or not self._buckets:
            return False
        digest = self._digest(call_id)
        horizon = self.clock() - self.keep - BUCKET
        for start, ids in self._buckets:
            if start >= horizon and digest in ids:
                return True
        return False

    def __bool__(self) -> bool:
        return bool(self._buckets)

    def __len__(self) -> int:
        return sum(len(ids) for _, ids in self._buckets)
