"""Waiting for a condition without blocking the event loop."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

POLL = 0.02  # seconds between two looks at the condition


async def until(predicate: Callable[[], object], timeout: float = 5.0, what: str = "", poll: float = POLL) -> None:
    """Return once ``predicate()`` is true, polling every ``poll`` s while the running loop (and so Qt,
    under qasync) keeps working; AssertionError naming ``what`` after ``timeout`` s."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise AssertionError(f"timed out after {timeout:g} s waiting for {what or predicate}")
        await asyncio.sleep(poll)
