"""The oapi call-signal websocket of the simulator, read with a real websockets client.

Tokens come from the oapi provider (``event_stream_token``) and frames are parsed with its
``parse_frame``, so the server and the client halves of the frame design are checked together.
"""

from __future__ import annotations

import asyncio
import json

import pytest
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from agent_desk import errors
from agent_desk.sim.server import Simulator
from tests.helpers import until

CUSTOMER = "0901234567"


@pytest.fixture
async def sim(sim_settings):
    """Only the oapi dialect, with fast heartbeats and token checks."""
    async with Simulator(sim_settings, providers=["oapi"]) as simulator:
        dialect = simulator.dialects["oapi"]
        dialect.ping_interval = 5.0
        dialect.expiry_check = 0.05
        yield simulator


async def open_stream(provider) -> ClientConnection:
    token, _ = await provider.event_stream_token()
    return await connect(provider.stream_url(token), ping_interval=None)


async def call_frames(ws: ClientConnection, last: str, timeout: float = 3.0) -> list[str]:
    """Text of every call frame until one whose event is ``last`` (heartbeats skipped)."""
    frames: list[str] = []
    async with asyncio.timeout(timeout):
        while True:
            text = await ws.recv()
            if '"type": "ping"' in text:
                continue
            frames.append(text)
            if f'"event": "{last}"' in text:
                return frames


async def test_inbound_call_frames_reach_the_extension_and_parse(sim, provider_for):
    provider = provider_for("oapi", "101")
    async with await open_stream(provider) as ws:
        other = sim.world.start_inbound("0907777777", extension="102")  # not ours: never sent to 101
        call = sim.world.start_inbound(CUSTOMER, extension="101")
        events = [e for text in await call_frames(ws, "hangup") for e in provider.parse_frame(text)]
    assert [e.state for e in events] == ["ringing", "answered", "hangup"]
    assert {(e.call_id, e.direction, e.extension, e.customer, e.caller, e.source) for e in events} == {
        (call.id, "inbound", "101", CUSTOMER, CUSTOMER, "websocket")
    }
    assert other.id not in {e.call_id for e in events}
    hangup = events[-1].raw
    assert hangup["did_number"] == "19001919" and hangup["class"] == "trunking"
    assert (hangup["duration_seconds"], hangup["billing_seconds"]) == (call.duration, call.billsec)
    assert hangup["recording"] == f"rec-{call.id}.wav"


async def test_unanswered_inbound_call_ends_with_missed(sim, provider_for):
    sim.world.extensions["103"].answers = False
    provider = provider_for("oapi", "103")
    async with await open_stream(provider) as ws:
        sim.world.start_inbound(CUSTOMER, extension="103")
        events = [e for text in await call_frames(ws, "missed") for e in provider.parse_frame(text)]
    assert [e.state for e in events] == ["ringing", "hangup", "missed"]
    assert events[-1].raw["recording"] is None


async def test_click_to_call_frames_are_outbound(sim, provider_for):
    provider = provider_for("oapi", "104")
    async with await open_stream(provider) as ws:
        result = await provider.dial(CUSTOMER)
        events = [e for text in await call_frames(ws, "hangup") for e in provider.parse_frame(text)]
    assert [e.state for e in events] == ["ringing", "answered", "hangup"]
    assert {(e.call_id, e.direction, e.caller, e.callee, e.customer) for e in events} == {
        (result.call_id, "outbound", "104", CUSTOMER, CUSTOMER)
    }


async def test_heartbeat_and_pong(sim, provider_for):
    sim.dialects["oapi"].ping_interval = 0.1
    provider = provider_for("oapi")
    async with await open_stream(provider) as ws:
        async with asyncio.timeout(1.0):
            beat = json.loads(await ws.recv())
        assert beat["type"] == "ping" and isinstance(beat["ts"], int)
        assert provider.parse_frame(json.dumps(beat)) == []
        await ws.send(json.dumps({"type": "ping"}))
        async with asyncio.timeout(1.0):
            while (reply := json.loads(await ws.recv()))["type"] == "ping":
                pass
        assert reply == {"type": "pong"}


async def test_bad_token_is_refused_at_the_handshake(sim, provider_for):
    provider = provider_for("oapi")
    for token in ("not-a-token", ""):
        with pytest.raises(InvalidStatus) as exc:
            await connect(provider.stream_url(token))
        assert exc.value.response.status_code == 401
    foreign, _ = sim.tokens.issue("101")  # a token another dialect could have issued
    with pytest.raises(InvalidStatus):
        await connect(provider.stream_url(foreign))


async def test_expiring_token_closes_with_4001(sim, provider_for):
    sim.world.settings.token_ttl = 0.4
    provider = provider_for("oapi")
    async with await open_stream(provider) as ws:
        with pytest.raises(ConnectionClosed) as exc:
            async with asyncio.timeout(2.0):
                await ws.recv()
    assert exc.value.rcvd is not None
    assert (exc.value.rcvd.code, exc.value.rcvd.reason) == (4001, "token expired")
    sim.world.settings.token_ttl = 3600.0
    token, _ = await provider.event_stream_token()  # an expired token is fetched afresh
    async with await connect(provider.stream_url(token)) as again:
        await again.send(json.dumps({"type": "ping"}))
        assert json.loads(await again.recv()) == {"type": "pong"}


async def test_revoked_token_closes_with_4001(sim, provider_for):
    provider = provider_for("oapi")
    async with await open_stream(provider) as ws:
        sim.tokens.expire_all()
        with pytest.raises(ConnectionClosed) as exc:
            async with asyncio.timeout(2.0):
                await ws.recv()
    assert exc.value.rcvd.code == 4001


async def test_drop_connections_cuts_every_stream(sim, provider_for):
    first, second = provider_for("oapi", "101"), provider_for("oapi", "102")
    async with await open_stream(first) as ws1, await open_stream(second) as ws2:
        await asyncio.sleep(0.05)  # both handshakes registered on the server side
        assert sim.drop_connections() == 2
        for ws in (ws1, ws2):
            with pytest.raises(ConnectionClosed) as exc:
                async with asyncio.timeout(2.0):
                    await ws.recv()
            assert exc.value.rcvd is None  # no close frame: the connection was cut


async def test_duplicate_fault_sends_every_call_frame_twice(sim, provider_for):
    sim.faults.duplicate = 1.0
    provider = provider_for("oapi")
    async with await open_stream(provider) as ws:
        sim.world.start_inbound(CUSTOMER, extension="101")
        frames = await call_frames(ws, "hangup")
        frames.append(await asyncio.wait_for(ws.recv(), 1.0))
    assert [provider.parse_frame(f)[0].state for f in frames] == [
        "ringing",
        "ringing",
        "answered",
        "answered",
        "hangup",
        "hangup",
    ]


async def test_reorder_fault_swaps_frames(sim, provider_for):
    sim.faults.reorder = 1.0
    provider = provider_for("oapi")
    async with await open_stream(provider) as ws:
        call = sim.world.start_inbound(CUSTOMER, extension="101")
        await until(lambda: call.state == "hangup")
        await sim.drain()  # flushes the frame still held back
        frames = await call_frames(ws, "hangup")
    assert [provider.parse_frame(f)[0].state for f in frames] == ["answered", "ringing", "hangup"]


async def test_malformed_fault_sends_frames_the_client_rejects(sim, provider_for):
    sim.faults.malformed = 1.0
    provider = provider_for("oapi")
    async with await open_stream(provider) as ws:
        sim.world.start_inbound(CUSTOMER, extension="101")
        async with asyncio.timeout(2.0):
            garbage = await ws.recv()
    assert garbage.startswith('{"type": "call"') and not garbage.endswith("}")
    with pytest.raises(errors.BadEvent):
        provider.parse_frame(garbage)
