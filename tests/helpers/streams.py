"""A stand-in for the event pipeline: collects what a stream source emits and reports."""

from __future__ import annotations

import asyncio
import contextlib

from agent_desk.events import SourceHealth
from agent_desk.events.registry import CallRegistry
from agent_desk.events.websocket import WebsocketSource
from agent_desk.models import CallEvent
from tests.helpers.waiting import until


class Sink:
    """Collects what a source emits and reports; ``wait`` polls a condition on it."""

    def __init__(self, extension: str | None = None) -> None:
        self.events: list[CallEvent] = []
        self.health: list[SourceHealth] = []
        self.registry = CallRegistry(extension)
        self.published: list[CallEvent] = []

    def emit(self, event: CallEvent) -> None:
        self.events.append(event)
        self.published.extend(self.registry.feed(event))

    def on_health(self, health: SourceHealth) -> None:
        self.health.append(health)

    @property
    def state(self) -> str:
        return self.health[-1].state if self.health else ""

    def states_of(self, call_id: str) -> list[str]:
        return [e.state for e in self.published if e.call_id == call_id]

    def retries(self) -> list[str]:
        return [h.detail for h in self.health if h.state in ("reconnecting", "down") and h.detail != "stopped"]

    async def wait(self, condition, timeout: float = 3.0) -> None:
        await until(condition, timeout, poll=0.01)


@contextlib.asynccontextmanager
async def running(source: WebsocketSource, extension: str = "101", sink: Sink | None = None):
    sink = sink or Sink(extension)
    task = asyncio.create_task(source.run(sink.emit, sink.on_health))
    try:
        yield sink
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
    assert sink.health[-1] == SourceHealth("websocket", "down", "stopped")
