"""Shared by the relay tests: a relay on loopback, tel4vn webhook bodies, and desks that are real
:class:`~agent_desk.events.relay.RelaySource` clients."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx

from agent_desk.config import parse_profile
from agent_desk.events import SourceHealth
from agent_desk.events.relay import RelaySource
from agent_desk.models import CallEvent
from agent_desk.providers import create_provider
from agent_desk.providers.base import Provider
from agent_desk.relay.server import RelayServer
from agent_desk.relay.store import History, MemoryHistory
from agent_desk.relay.tokens import SqliteTokenBook, TokenBook
from agent_desk.secrets import SecretStore
from tests.helpers import until

SECRET = "relay-hook-secret"
HEARTBEAT = 0.3


def tel4vn(
    call_id: str, state: str, *, caller: str = "0899888999", callee: str = "101", direction: str = "inbound"
) -> dict[str, Any]:
    """A TEL4VN call-center webhook body."""
    return {
        "call_id": call_id,
        "sip_call_id": f"sip-{call_id}",
        "domain": "test.tel4vn.com",
        "direction": direction,
        "from_number": caller,
        "to_number": callee,
        "hotline": "19001919",
        "state": state,
    }


def offline_provider(key: str = "tel4vn", **table: Any) -> Provider:
    """A real provider used only to parse (its PBX is never called)."""
    base = {"provider": key, "base_url": "http://127.0.0.1:9/pbx", "extension": "101", "domain": "abc.com", **table}
    profile = parse_profile(f"relay-test-{key}", base)
    return create_provider(profile, SecretStore(profile, env={}))


@contextlib.asynccontextmanager
async def running_relay(
    tmp: Path, history: History | None = None, tokens: TokenBook | None = None, **options: Any
) -> AsyncIterator[RelayServer]:
    provider = offline_provider()
    relay = RelayServer(
        provider,
        history or MemoryHistory(1000),
        tokens or SqliteTokenBook(tmp / "relay-data"),
        secret=SECRET,
        heartbeat=options.pop("heartbeat", HEARTBEAT),
        **options,
    )
    await relay.start()
    try:
        yield relay
    finally:
        await relay.stop()
        await provider.aclose()


async def post(client: httpx.AsyncClient, url: str, body: dict[str, Any]) -> httpx.Response:
    return await client.post(
        url + "/hooks/tel4vn",
        content=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", "X-Api-Key": SECRET},
    )


@dataclasses.dataclass
class Desk:
    """A RelaySource running in a task, with everything it emitted and reported."""

    source: RelaySource
    events: list[CallEvent] = dataclasses.field(default_factory=list)
    health: list[SourceHealth] = dataclasses.field(default_factory=list)
    task: asyncio.Task[None] | None = None

    @property
    def connected(self) -> bool:
        return bool(self.health) and self.health[-1].state == "up"

    def states(self) -> list[tuple[str, str]]:
        return [(e.call_id, e.state) for e in self.events]

    async def start(self) -> Desk:
        self.task = asyncio.create_task(self.source.run(self.events.append, self.health.append))
        await until(lambda: self.connected or self.task.done(), timeout=5)
        if self.task.done():
            self.task.result()
        return self

    async def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
            await asyncio.gather(self.task, return_exceptions=True)
            self.task = None


def desk(url: str, token: str, position: Path | None = None, **options: Any) -> Desk:
    options.setdefault("heartbeat", HEARTBEAT)
    options.setdefault("backoff_initial", 0.05)
    options.setdefault("backoff_max", 0.2)
    return Desk(RelaySource(offline_provider(), url, token, position, **options))
