"""Simulator dialects: one module per provider document, each a :class:`Dialect` subclass.

A dialect is mounted at ``/<key>`` on the simulator's port, so the profile's ``base_url`` is
``http://127.0.0.1:PORT/<key>`` and the document's paths follow it unchanged
(``.../tel4vn/v2/auth/token``, ``.../onepos/api/v3/cdr``). It reads and changes the shared
:class:`~agent_desk.sim.world.World`, subscribes to its events to deliver them the way its
document says, and describes a ready-made demo profile for itself.
"""

from __future__ import annotations

import abc
import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from aiohttp import web

from agent_desk.providers.registry import REGISTRY, provider_spec
from agent_desk.sim.delivery import Deliverer

if TYPE_CHECKING:
    from agent_desk.sim.server import Simulator
    from agent_desk.sim.world import Call, SimEvent

#: dialect key (the provider key) → "module:Class", from the provider registry
DIALECTS: dict[str, str] = {key: spec.dialect for key, spec in REGISTRY.items()}


def dialect_class(key: str) -> type[Dialect]:
    """The dialect class of a provider key (ConfigError naming the known keys for an unknown one)."""
    return provider_spec(key).dialect_class()


class Dialect(abc.ABC):
    """Base of a provider dialect. Subclasses set ``key`` and implement :meth:`build` and
    :meth:`demo_profile`."""

    key: ClassVar[str]

    def __init__(self, sim: Simulator) -> None:
        self.sim = sim
        self.world = sim.world
        self.faults = sim.faults
        self.tokens = sim.tokens

    @property
    def base_url(self) -> str:
        return self.sim.url(self.key)

    @abc.abstractmethod
    def build(self) -> web.Application:
        """The dialect's routes, relative to its mount point."""

    def control_routes(self) -> list[web.RouteDef]:
        """Extra routes under ``/_sim/<key>/`` (test and demo control, not part of the document)."""
        return []

    @abc.abstractmethod
    def demo_profile(self, extension: str = "101") -> tuple[dict[str, Any], dict[str, str]]:
        """``(profile table, secrets)`` that log in as ``extension`` on this dialect."""

    async def start(self) -> None:  # noqa: B027 - an optional hook: by default nothing to do
        """Called once the server listens (base URLs are known)."""

    async def close(self) -> None:  # noqa: B027
        """Stop deliveries and close connections."""

    async def drain(self) -> None:  # noqa: B027
        """Wait until every event published so far has been delivered (tests)."""

    def drop_connections(self) -> int:
        """Close open websocket connections (fault injection); returns how many."""
        return 0


class DeliveringDialect(Dialect):
    """A dialect that sends world events out over HTTP (webhooks, callbacks) through a Deliverer.

    Subclasses implement :meth:`on_world_event` and queue requests with ``self._deliverer.send``;
    requests they hold open (sync click-to-call waiting for pick-up) go in ``self._pending`` so
    that closing the simulator cancels them.
    """

    def __init__(self, sim: Simulator) -> None:
        super().__init__(sim)
        self._deliverer: Deliverer | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._pending: set[asyncio.Task] = set()

    @abc.abstractmethod
    def on_world_event(self, event: SimEvent) -> None:
        """Deliver one world event the way the provider's document says (or ignore it)."""

    async def wait_for_pickup(self, call: Call) -> bool | None:
        """For a sync click-to-call: True once the agent picked up, False when the phone stopped
        ringing, None when the simulator closed while the request was still waiting."""
        waiting = asyncio.ensure_future(self.world.wait_agent_pickup(call))
        self._pending.add(waiting)
        try:
            await asyncio.wait({waiting})
        finally:
            self._pending.discard(waiting)
        return None if waiting.cancelled() else waiting.result()

    async def start(self) -> None:
        self._deliverer = Deliverer(self.faults, self.world.rng)
        self._unsubscribe = self.world.subscribe(self.on_world_event)

    async def close(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
        for task in list(self._pending):
            task.cancel()
        if self._deliverer is not None:
            await self._deliverer.close()

    async def drain(self) -> None:
        if self._deliverer is not None:
            await self._deliverer.drain()
