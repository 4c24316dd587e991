"""The websocket event source against the simulator's oapi call-signal stream, over loopback.

Every test counts the connections the *server* sees (``ServerStreams`` replaces the dialect's
set of open streams), so "never two connections at once" is checked on the server's side.
"""

from __future__ import annotations

import asyncio
import collections
import json
import logging
import random
import re
import time

import pytest

from agent_desk.config import parse_profile
from agent_desk.events.websocket import READ_SIZE, WebsocketSource
from agent_desk.providers import create_provider
from agent_desk.secrets import SecretStore, env_name
from agent_desk.sim.server import Simulator
from tests.helpers.sim import fast_settings
from tests.helpers.streams import Sink, running

CUSTOMER = "0901234567"
FAST = dict(backoff_initial=0.05, backoff_max=0.2, heartbeat=0.5)


class ServerStreams(set):
    """The dialect's set of open streams, counting how many were opened and how many at most at once."""

    opened = 0
    most = 0

    def add(self, stream) -> None:
        super().add(stream)
        self.opened += 1
        self.most = max(self.most, len(self))


def watch_streams(simulator: Simulator) -> ServerStreams:
    dialect = simulator.dialects["oapi"]
    dialect.ping_interval = 0.2
    dialect.expiry_check = 0.05
    dialect._streams = ServerStreams()
    return dialect._streams


@pytest.fixture
async def sim(sim_settings):
    async with Simulator(sim_settings, providers=["oapi"]) as simulator:
        simulator.streams = watch_streams(simulator)
        yield simulator
        assert simulator.streams.most <= 1, "two connections were open at once"


async def answered_call(sim: Simulator, sink: Sink, extension: str = "101") -> str:
    """Start an inbound call to ``extension`` and wait until its hangup has been published."""
    call = sim.world.start_inbound(CUSTOMER, extension=extension)
    await sink.wait(lambda: "hangup" in sink.states_of(call.id))
    assert sink.states_of(call.id) == ["ringing", "answered", "hangup"]
    return call.id


async def test_events_flow_through_to_the_registry_and_heartbeats_keep_the_stream(sim, provider_for):
    source = WebsocketSource(provider_for("oapi", "101"), heartbeat=0.2)
    async with running(source) as sink:
        await sink.wait(lambda: sink.state == "up")
        call_id = await answered_call(sim, sink)
        await asyncio.sleep(1.0)  # five heartbeats, two silences' worth: an idle live stream stays open
        assert sim.streams.opened == 1 and len(sim.streams) == 1
    event = next(e for e in sink.published if e.state == "answered")
    assert (event.call_id, event.direction, event.extension, event.customer, event.source, event.provider) == (
        call_id,
        "inbound",
        "101",
        CUSTOMER,
        "websocket",
        "oapi",
    )
    assert [(h.state, h.detail) for h in sink.health] == [
        ("starting", "opening the call-signal stream"),
        ("up", "connected"),
        ("down", "stopped"),
    ]
    assert source.frames > source.events == 3  # the server's heartbeats were read and ignored
    await asyncio.sleep(0.05)
    assert len(sim.streams) == 0  # cancelling closed the connection


async def test_dropped_connection_is_reopened_and_events_keep_coming(sim, provider_for):
    source = WebsocketSource(provider_for("oapi", "101"), **FAST)
    async with running(source) as sink:
        await sink.wait(lambda: sink.state == "up")
        await answered_call(sim, sink)
        for round_ in (2, 3):
            assert sim.drop_connections() == 1
            await sink.wait(lambda round_=round_: sim.streams.opened == round_ and sink.state == "up")
            await answered_call(sim, sink)
    assert sink.retries() and all(
        re.fullmatch(r"retrying in 0\.\d\d s: the connection was lost", r) for r in sink.retries()
    )
    assert source.connections == 3


async def test_server_restart_on_the_same_port(provider_for):
    first = await Simulator(fast_settings(), providers=["oapi"]).start()
    second = Simulator(fast_settings(), providers=["oapi"], port=first.port)
    try:
        watch_streams(first)
        table, secrets = first.profile("oapi", "101")
        profile = parse_profile("restart", table)
        provider = create_provider(profile, SecretStore(profile, env={env_name(k): v for k, v in secrets.items()}))
        source = WebsocketSource(provider, **FAST)
        async with running(source) as sink:
            await sink.wait(lambda: sink.state == "up")
            await first.stop()
            await sink.wait(lambda: any("connection refused" in r for r in sink.retries()))
            second.dialects["oapi"].app_secret = first.dialects["oapi"].app_secret  # same PBX configuration
            streams = watch_streams(second)
            await second.start()
            await sink.wait(lambda: streams.opened == 1 and sink.state == "up")
            await answered_call(second, sink)
        assert sink.retries()[0].endswith("the server is restarting")  # the close frame's 1001
        assert streams.most == 1
        await provider.aclose()
    finally:
        await first.stop()
        await second.stop()


async def test_token_is_renewed_before_it_expires(sim, provider_for, caplog):
    caplog.set_level(logging.INFO, logger="agent_desk.events.websocket")
    sim.world.settings.token_ttl = 1.6
    source = WebsocketSource(provider_for("oapi", "101"), refresh_margin=0.5, **FAST)
    async with running(source) as sink:
        await sink.wait(lambda: sim.streams.opened == 2, timeout=3.0)
        await answered_call(sim, sink)
        await sink.wait(lambda: sim.streams.opened == 3, timeout=3.0)
    messages = [r.getMessage() for r in caplog.records]
    assert sum("the stream token is about to expire" in m for m in messages) >= 2
    assert not any("the stream token expired" in m for m in messages)  # no 4001: renewed in time
    assert sink.retries() == []


async def test_expired_token_close_4001_fetches_a_new_one_at_once(sim, provider_for, caplog):
    caplog.set_level(logging.INFO, logger="agent_desk.events.websocket")
    source = WebsocketSource(provider_for("oapi", "101"), backoff_initial=5.0, backoff_max=5.0, heartbeat=0.5)
    async with running(source) as sink:
        await sink.wait(lambda: sink.state == "up")
        sim.tokens.expire_all()
        await sink.wait(lambda: sim.streams.opened == 2, timeout=5.0)  # far less than any backoff here
        await answered_call(sim, sink)
    assert any("reconnecting at once: the stream token expired" in r.getMessage() for r in caplog.records)
    assert sink.retries() == []


async def test_token_refused_at_the_handshake_is_replaced_at_once(sim, provider_for):
    provider = provider_for("oapi", "101")
    await provider.event_stream_token()  # cached by the provider...
    sim.tokens.expire_all()  # ...and revoked by the server: the handshake answers 401
    source = WebsocketSource(provider, backoff_initial=5.0, backoff_max=5.0, heartbeat=0.5)
    async with running(source) as sink:
        await sink.wait(lambda: sink.state == "up", timeout=1.0)
        await answered_call(sim, sink)
    assert sink.retries() == [] and sim.streams.opened == 1


async def test_a_token_refused_twice_in_a_row_backs_off(sim, provider_for):
    sim.world.settings.token_ttl = 0.0  # every token is expired when it arrives
    source = WebsocketSource(provider_for("oapi", "101"), **FAST)
    async with running(source) as sink:
        await sink.wait(lambda: sink.retries())
        assert re.fullmatch(r"retrying in 0\.\d\d s: the server refused the stream token", sink.retries()[0])
        sim.world.settings.token_ttl = 3600.0
        await sink.wait(lambda: sink.state == "up")
        await answered_call(sim, sink)


async def test_malformed_frames_are_skipped_and_logged_once(sim, provider_for, caplog):
    sim.faults.update({"malformed": 0.3})
    source = WebsocketSource(provider_for("oapi", "101"), **FAST)
    async with running(source) as sink:
        await sink.wait(lambda: sink.state == "up")
        calls = []
        for _ in range(6):
            call = sim.world.start_inbound(CUSTOMER, extension="101")
            calls.append(call.id)
            await sink.wait(lambda call=call: call.state == "hangup")
            await sim.drain()
        await sink.wait(lambda: source.events + source.bad_frames == 3 * len(calls))
    assert source.bad_frames > 0 and len(sink.events) == source.events
    assert sink.state == "down" and sim.streams.opened == 1  # never reconnected for a bad frame
    warnings = [r.getMessage() for r in caplog.records if r.name == "agent_desk.events.websocket"]
    assert warnings == ["websocket stream: skipped a frame that is not a call event: frame is not JSON"]


async def test_silent_connection_is_treated_as_dead(sim, provider_for):
    sim.dialects["oapi"].ping_interval = 60.0
    source = WebsocketSource(provider_for("oapi", "101"), backoff_initial=0.05, backoff_max=0.2, heartbeat=0.2)
    async with running(source) as sink:
        await sink.wait(lambda: sink.state == "up" and len(sim.streams) == 1)
        stale = next(iter(sim.streams))
        stale.transport.pause_reading()  # the network swallows everything: no pong, no answer
        await sink.wait(lambda: sim.streams.opened == 2 and sink.state == "up")  # found dead by its heartbeat
        stale.transport.resume_reading()  # lets the server notice that the old socket is gone
        await answered_call(sim, sink)
    assert re.search(r"the server stopped answering heartbeats|no data from the server for 0\.4 s", sink.retries()[0])
    sim.streams.most = 1  # the server alone kept the dead socket while the client had moved on


class LoopTurns:
    """Counts the event loop's turns: a callback that schedules itself for the next turn."""

    def __init__(self) -> None:
        self.turn = 0
        self._handle = asyncio.get_running_loop().call_soon(self._tick)

    def _tick(self) -> None:
        self.turn += 1
        self._handle = asyncio.get_running_loop().call_soon(self._tick)

    def stop(self) -> None:
        self._handle.cancel()


class TurnSink(Sink):
    """A sink that notes the loop turn each event was emitted in."""

    def __init__(self, turns: LoopTurns) -> None:
        super().__init__("101")
        self.turns = turns
        self.emitted_in: list[int] = []

    def emit(self, event) -> None:
        self.emitted_in.append(self.turns.turn)
        super().emit(event)


async def test_a_burst_is_read_from_the_socket_in_small_reads(sim, provider_for, monkeypatch):
    """websockets parses and inflates a whole socket read before handing out a frame, so the frames
    handled in one loop turn are at most one read's worth when the reader itself never yields
    (TURN_BUDGET_S very long here): READ_SIZE bytes (about 1,100 of these frames), not asyncio's
    256 KB (2,615 of these 3,000 in one turn). In order, none lost."""
    from agent_desk.events import websocket

    monkeypatch.setattr(websocket, "TURN_BUDGET_S", 60.0)
    turns = LoopTurns()
    source = WebsocketSource(provider_for("oapi", "101"), **FAST)
    try:
        async with running(source, sink=TurnSink(turns)) as sink:
            await sink.wait(lambda: sink.state == "up" and len(sim.streams) == 1)
            dialect, stream = sim.dialects["oapi"], next(iter(sim.streams))
            call = sim.world.start_inbound(CUSTOMER, extension="101")
            template = dialect.frame("ringing", call, "101", time.time())
            sent = [(f"burst-{i // 3}", ("ringing", "answered", "hangup")[i % 3]) for i in range(3000)]
            for call_id, state in sent:  # queued at once: the server writes them back to back
                stream.outbox.put_nowait(json.dumps({**template, "call_id": call_id, "event": state}))
            await sink.wait(lambda: sum(e.call_id.startswith("burst-") for e in sink.events) == len(sent), timeout=30)
    finally:
        turns.stop()
    burst = [(e.call_id, e.state, turn) for e, turn in zip(sink.events, sink.emitted_in, strict=True)]
    burst = [b for b in burst if b[0].startswith("burst-")]
    assert [(c, s) for c, s, _ in burst] == sent
    most = max(collections.Counter(turn for *_, turn in burst).values())
    assert most <= READ_SIZE // 10, f"{most} frames handled in one loop turn"  # a compressed frame: ~15 bytes


async def test_sleep_is_noticed_by_the_wall_clock_jump(sim, provider_for, caplog):
    caplog.set_level(logging.INFO, logger="agent_desk.events.websocket")
    jump = [0.0]
    source = WebsocketSource(provider_for("oapi", "101"), clock=lambda: time.time() + jump[0], **FAST)
    async with running(source) as sink:
        await sink.wait(lambda: sink.state == "up")
        jump[0] = 3600.0  # an hour passed on the wall clock while the timers stood still
        await sink.wait(lambda: sim.streams.opened == 2, timeout=5.0)
        await answered_call(sim, sink)
    assert any("reconnecting at once: the computer was asleep" in r.getMessage() for r in caplog.records)
    assert sink.retries() == []


async def test_refused_credentials_report_down_until_fixed(sim, provider_for):
    source = WebsocketSource(provider_for("oapi", "101"), backoff_initial=0.05, backoff_max=0.3, heartbeat=0.5)
    sim.world.extensions["101"].password = "changed-by-the-admin"  # the profile still has the old one
    async with running(source) as sink:
        await sink.wait(lambda: sink.state == "down")
        assert sink.health[-1].detail.startswith("retrying in 0.30 s: the PBX did not accept your credentials")
        sim.world.extensions["101"].password = "pw-101"
        await sink.wait(lambda: sink.state == "up")
        await answered_call(sim, sink)


async def test_pbx_errors_on_the_token_call_back_off_with_jitter(sim, provider_for, caplog):
    caplog.set_level(logging.INFO, logger="agent_desk.events.websocket")
    sim.faults.update({"error_burst": 3})
    source = WebsocketSource(
        provider_for("oapi", "101"), backoff_initial=0.04, backoff_max=0.1, heartbeat=0.5, rng=random.Random(1)
    )
    async with running(source) as sink:
        await sink.wait(lambda: sink.state == "up")
        await answered_call(sim, sink)
    retries = [re.search(r"retrying in ([\d.]+) s: the PBX had a server error", r.getMessage()) for r in caplog.records]
    delays = [float(found[1]) for found in retries if found]
    assert len(delays) == 3 and all(0 <= d <= cap for d, cap in zip(delays, (0.04, 0.08, 0.1), strict=True))
    assert sink.retries() and sink.retries()[0].startswith("retrying in 0.")
    assert [h.state for h in sink.health][-2:] == ["up", "down"]


def test_backoff_is_full_jitter_capped_at_the_maximum(provider_for):
    source = WebsocketSource(provider_for("oapi"), backoff_initial=0.5, backoff_max=30.0, rng=random.Random(3))
    for failures, cap in ((0, 0.5), (1, 1.0), (3, 4.0), (6, 30.0), (200, 30.0)):
        delays = [source._backoff(failures) for _ in range(400)]
        assert all(0 <= d <= cap for d in delays)
        assert max(delays) > 0.9 * cap and min(delays) < 0.1 * cap


async def test_frames_already_read_are_handled_with_turns_for_the_rest_of_the_loop(sim, provider_for, monkeypatch):
    """A burst the server wrote at once arrives in a few socket reads; the reader gives the loop a
    turn between frames (TURN_BUDGET_S 0: after every frame) instead of handling a read's worth in one."""
    from agent_desk.events import websocket
    from agent_desk.sim.world import HOTLINE, Call, Leg

    monkeypatch.setattr(websocket, "TURN_BUDGET_S", 0.0)
    source = WebsocketSource(provider_for("oapi", "101"), **FAST)
    async with running(source) as sink:
        await sink.wait(lambda: sink.state == "up" and len(sim.streams) == 1)
        stream, dialect = next(iter(sim.streams)), sim.dialects["oapi"]
        burst = 500
        handled_between_turns: list[int] = []

        async def other_work() -> None:
            seen = len(sink.events)
            while True:
                await asyncio.sleep(0)
                handled_between_turns.append(len(sink.events) - seen)
                seen = len(sink.events)

        other = asyncio.create_task(other_work())
        for i in range(burst):
            call = Call(
                id=f"burst-{i}",
                sip_call_id=f"burst-{i}",
                direction="inbound",
                customer=CUSTOMER,
                hotline=HOTLINE,
                created_at=time.time(),
                legs={"101": Leg(id=f"burst-{i}", extension="101")},
                extension="101",
            )
            stream.outbox.put_nowait(json.dumps(dialect.frame("ringing", call, "101", time.time())))
        await sink.wait(lambda: len(sink.events) >= burst)
        other.cancel()
    assert source.events == burst
    assert max(handled_between_turns) <= 2, max(handled_between_turns)
