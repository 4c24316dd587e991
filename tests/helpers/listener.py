"""A webhook listener served on loopback for a test, and providers that only parse (their PBX is never contacted)."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses

from agent_desk.config import WebhookSettings, parse_profile
from agent_desk.events import SourceHealth
from agent_desk.events.listener import WebhookListener
from agent_desk.models import CallEvent
from agent_desk.providers import create_provider
from agent_desk.providers.base import Provider
from agent_desk.secrets import SecretStore
from tests.helpers.waiting import until

#: The listener's secret unless a test gives its own (every listener requires one).
SECRET = "hook-s3cret-42"


def offline_provider(key: str, **table) -> Provider:
    """A real provider for parsing only (its PBX is never contacted)."""
    base = {
        "provider": key,
        "base_url": f"http://127.0.0.1:9/{key}",
        "extension": "101",
        "domain": "abc.com",
        "events": "webhook",
        **table,
    }
    profile = parse_profile(f"offline-{key}", base)
    return create_provider(profile, SecretStore(profile, env={}))


@dataclasses.dataclass
class Served:
    listener: WebhookListener
    events: list[CallEvent]
    health: list[SourceHealth]
    task: asyncio.Task

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.listener.port}"

    @property
    def hooks(self) -> str:
        """The base URL with the listener's secret as its path prefix (what the PBX is given)."""
        return f"{self.url}/{self.listener.secret}"


@contextlib.asynccontextmanager
async def serving(
    provider: Provider, secret: str = SECRET, *, host: str = "127.0.0.1", public_url: str = "", **options
):
    listener = WebhookListener(provider, WebhookSettings(host=host, port=0, public_url=public_url), secret, **options)
    served = Served(listener, [], [], None)  # type: ignore[arg-type]
    served.task = asyncio.create_task(listener.run(served.events.append, served.health.append))
    # serving once it listens ("up", or "starting" while it registers its address with the PBX)
    await until(lambda: served.task.done() or any(h.port is not None for h in served.health))
    if served.task.done():
        served.task.result()
    try:
        yield served
    finally:
        served.task.cancel()
        await asyncio.gather(served.task, return_exceptions=True)
