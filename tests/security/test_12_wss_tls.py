"""Item 12, the oapi ``wss`` stream and ``verify_tls``: against a simulator serving WSS with a
certificate from a CA nobody trusts, the stream refuses the certificate by default and opens with
``verify_tls = false`` (the profile's explicit choice), for the JSON websocket and for Blackhole's
Socket.IO alike."""

from __future__ import annotations

import ssl

import pytest
import trustme

from agent_desk.config import parse_profile
from agent_desk.events.socketio import SocketioSource
from agent_desk.events.websocket import WebsocketSource
from agent_desk.providers import create_provider
from agent_desk.secrets import SecretStore, env_name
from agent_desk.sim.server import Simulator
from tests.helpers.sim import fast_settings
from tests.helpers.streams import running

FAST = dict(backoff_initial=0.05, backoff_max=0.2, heartbeat=0.5)


@pytest.fixture
async def wss_sim():
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    trustme.CA().issue_cert("127.0.0.1", "localhost").configure_cert(context)
    async with Simulator(fast_settings(), providers=["oapi"], ssl_context=context) as sim:
        yield sim


def oapi_on(sim: Simulator, **overrides: object):
    table, secrets = sim.profile("oapi", "101")
    table.update(overrides)
    profile = parse_profile("wss", table)
    return create_provider(profile, SecretStore(profile, env={env_name(k): v for k, v in secrets.items()}))


@pytest.mark.parametrize("dialect", ["json", "blackhole"])
async def test_the_wss_stream_honours_verify_tls_false(wss_sim: Simulator, dialect: str):
    extra = {"ws_dialect": "blackhole"} if dialect == "blackhole" else {}
    assert wss_sim.base_url.startswith("https://")
    kind = SocketioSource if dialect == "blackhole" else WebsocketSource
    async with oapi_on(wss_sim, verify_tls=False, **extra) as provider:
        source = kind(provider, **FAST)
        if dialect == "json":
            assert provider.stream_url("T").startswith("wss://")
        async with running(source) as sink:
            await sink.wait(lambda: sink.state == "up", timeout=10)  # up: the feed has taken the bindings
            call = wss_sim.world.start_inbound("0901234567", extension="101")
            rang = lambda: any(e.state == "ringing" and e.flow_id == call.id for e in sink.published)  # noqa: E731
            await sink.wait(rang, timeout=10)


async def test_the_wss_stream_checks_the_certificate_by_default(wss_sim: Simulator):
    async with oapi_on(wss_sim) as provider:
        async with running(WebsocketSource(provider, **FAST)) as sink:
            await sink.wait(lambda: any("certificate" in h.detail for h in sink.health), timeout=10)
            assert sink.state != "up"
