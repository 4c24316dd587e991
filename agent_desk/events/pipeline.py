"""The event pipeline: the profile's source → the call registry → subscribers (CLI, GUI).

:class:`EventPipeline` picks the source from ``profile.events`` (``"webhook"``: the local
:class:`~agent_desk.events.listener.WebhookListener` with the profile's ``[webhook]`` settings and
its secret (the ``webhook_secret``, else a generated one:
:func:`~agent_desk.events.webhook_auth.listener_secret`); ``"websocket"``:
:class:`agent_desk.events.websocket.WebsocketSource`, or
:class:`agent_desk.events.socketio.SocketioSource` when the provider's ``ws_dialect`` is
``"blackhole"``; ``"relay"``: :class:`agent_desk.events.relay.RelaySource` with the profile's
``relay_url``, its ``relay_token`` and its saved position; ``"none"``: a ConfigError), runs it in
the current loop, feeds every raw event through one :class:`~agent_desk.events.registry.CallRegistry`,
and calls each subscriber's ``on_event(event, mine)`` for every published event and ``on_health(SourceHealth)`` on every
state change. It also ticks the registry every :data:`TICK` seconds, so a missed call is
published even when no further event arrives.

A subscriber that raises is logged and skipped; it never stops the source. ``start()`` returns
once the source task runs; ``wait()`` returns when the source ends and raises its error (a
:class:`~agent_desk.errors.AgentDeskError` such as a port in use, also reported as health
"down"); ``stop()`` cancels everything and waits for it, so the listener's port is free and a
registered callback is removed when it returns.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from agent_desk import errors
from agent_desk.config import Profile
from agent_desk.events import EventSource, HealthState, OnHealth, SourceHealth
from agent_desk.events.registry import CallRegistry
from agent_desk.models import CallEvent

if TYPE_CHECKING:
    from agent_desk.providers.base import Provider

log = logging.getLogger(__name__)

TICK = 0.5

OnEvent = Callable[[CallEvent, bool], None]


def source_for(profile: Profile, provider: Provider) -> EventSource:
    """The event source ``profile.events`` names (imported only now: aiohttp and websockets are heavy)."""
    if profile.events == "webhook":
        from agent_desk.events.listener import WebhookListener
        from agent_desk.events.webhook_auth import listener_secret

        return WebhookListener(provider, profile.webhook, listener_secret(provider.secrets))
    if profile.events == "websocket" and getattr(provider, "ws_dialect", "json") == "blackhole":
        from agent_desk.events.socketio import SocketioSource

        return SocketioSource(provider)
    if profile.events == "websocket":
        from agent_desk.events.websocket import WebsocketSource

        return WebsocketSource(provider)
    if profile.events == "relay":
        from agent_desk.config import default_data_dir
        from agent_desk.events.relay import RelaySource

        safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in profile.name)
        position = default_data_dir() / f"relay-{safe}.json"
        return RelaySource(provider, profile.relay_url, provider.secrets.get("relay_token"), position)
    raise errors.ConfigError(
        f"profile '{profile.name}': call events are off for this profile (events = "
        f'"{profile.events}"); set events = "webhook", "websocket" or "relay"'
    )


class EventPipeline:
    """One source, one registry, any number of subscribers (see the module doc)."""

    def __init__(
        self,
        profile: Profile,
        provider: Provider,
        source: EventSource | None = None,
        *,
        registry: CallRegistry | None = None,
    ) -> None:
        self.profile = profile
        self.provider = provider
        self.source = source
        self.registry = registry or CallRegistry(profile.extension or None)
        self.health: SourceHealth | None = None
        self._subscribers: list[tuple[OnEvent | None, OnHealth | None]] = []
        self._source_task: asyncio.Task[None] | None = None
        self._ticker: asyncio.Task[None] | None = None

    def subscribe(self, on_event: OnEvent | None = None, on_health: OnHealth | None = None) -> Callable[[], None]:
        """Add a subscriber; returns the function that removes it."""
        entry = (on_event, on_health)
        self._subscribers.append(entry)
        return lambda: self._subscribers.remove(entry) if entry in self._subscribers else None

    async def start(self) -> None:
        """Start the source (ConfigError at once when the profile has events off)."""
        if self._source_task is not None:
            return
        if self.source is None:
            self.source = source_for(self.profile, self.provider)
        self._source_task = asyncio.create_task(self._run_source(self.source), name=f"events-{self.source.name}")
        # A GUI never calls wait(): it learns of the failure through on_health, so mark it seen here.
        self._source_task.add_done_callback(lambda task: task.cancelled() or task.exception())
        self._ticker = asyncio.create_task(self._tick(), name="events-tick")

    async def wait(self) -> None:
        """Until the source ends (it serves until stopped); re-raises the error that ended it."""
        if self._source_task is None:
            raise RuntimeError("the pipeline was not started")
        await asyncio.shield(self._source_task)

    async def renew_registration(self) -> bool:
        """Ask the source to renew a webhook registration the PBX lost (True when it did)."""
        renew = getattr(self.source, "renew_registration", None)
        return bool(await renew()) if renew is not None else False

    async def stop(self) -> None:
        """Cancel the source and the ticker and wait until both have finished cleaning up; then publish
        the missed calls still in their grace (:meth:`CallRegistry.settle`)."""
        tasks = [t for t in (self._source_task, self._ticker) if t is not None]
        self._source_task = self._ticker = None
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for event in self.registry.settle():
            self._publish(event)

    # ------------------------------------------------------------------ plumbing
    async def _run_source(self, source: EventSource) -> None:
        try:
            await source.run(self._on_raw, self._on_health)
        except errors.AgentDeskError as exc:
            self._on_health(SourceHealth(source.name, HealthState.DOWN, str(exc), error=exc))
            raise

    async def _tick(self) -> None:
        while True:
            await asyncio.sleep(TICK)
            for event in self.registry.tick():
                self._publish(event)

    def _on_raw(self, event: CallEvent) -> None:
        for published in self.registry.feed(event):
            self._publish(published)

    def _publish(self, event: CallEvent) -> None:
        mine = self.registry.is_mine(event)
        for on_event, _ in list(self._subscribers):
            if on_event is not None:
                try:
                    on_event(event, mine)
                except Exception:  # one broken subscriber must not stop the others
                    log.exception("an event subscriber failed")

    def _on_health(self, health: SourceHealth) -> None:
        self.health = health
        for _, on_health in list(self._subscribers):
            if on_health is not None:
                try:
                    on_health(health)
                except Exception:
                    log.exception("a health subscriber failed")
