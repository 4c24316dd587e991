"""The Blackhole Socket.IO source against the simulator's oapi feed, over loopback.

The server's side is read from the simulator (``BlackholeFeed.subscribes``, ``connects``), so
"one subscribe per binding with the current token" is checked where the server sees it.
"""

from __future__ import annotations

import logging
import time

import pytest

from agent_desk import errors
from agent_desk.config import parse_profile
from agent_desk.events.pipeline import source_for
from agent_desk.events.socketio import SUBSCRIBE_WAIT, UNCONFIRMED, SocketioSource
from agent_desk.events.websocket import WebsocketSource
from agent_desk.providers import create_provider
from agent_desk.providers.blackhole import DEFAULT_BINDINGS, GREGORIAN_OFFSET
from agent_desk.sim.dialects.blackhole import ACCOUNT_ID
from agent_desk.sim.server import Simulator
from tests.helpers.streams import Sink, running

CUSTOMER = "0901234567"
FAST = dict(backoff_initial=0.05, backoff_max=0.2, heartbeat=0.5)


@pytest.fixture
async def sim(sim_settings):
    async with Simulator(sim_settings, providers=["oapi"]) as simulator:
        simulator.dialects["oapi"].expiry_check = 0.05
        simulator.feed = simulator.dialects["oapi"].blackhole
        yield simulator


@pytest.fixture
def blackhole(provider_for):
    """An oapi provider on the simulator reading the Blackhole feed."""
    return lambda extension="101", **overrides: provider_for("oapi", extension, ws_dialect="blackhole", **overrides)


def accepted(sim: Simulator) -> list[tuple[str, str, str]]:
    return [(s.account_id, s.auth_token, s.binding) for s in sim.feed.subscribes if s.accepted]


async def answered_call(sim: Simulator, sink: Sink, extension: str = "101") -> list:
    """An inbound call to ``extension``; the events the registry published for it, once hung up."""
    call = sim.world.start_inbound(CUSTOMER, extension=extension)
    await sink.wait(lambda: any(e.state == "hangup" and e.flow_id == call.id for e in sink.published))
    return [e for e in sink.published if e.flow_id == call.id]


async def test_connect_subscribes_once_per_binding_and_three_events_are_normalized(sim, blackhole):
    provider = blackhole()
    source = SocketioSource(provider, **FAST)
    async with running(source) as sink:
        await sink.wait(lambda: len(accepted(sim)) == 3)
        token, _ = await provider.event_stream_token()
        assert accepted(sim) == [(ACCOUNT_ID, token, binding) for binding in DEFAULT_BINDINGS]
        assert len(sim.feed.subscribes) == 3 and sim.feed.connects == 1
        events = await answered_call(sim, sink)
    assert [e.state for e in events] == ["ringing", "answered", "hangup"]
    assert {(e.direction, e.caller, e.callee, e.extension, e.customer, e.source, e.provider) for e in events} == {
        ("inbound", CUSTOMER, "101", "101", CUSTOMER, "websocket", "oapi")
    }
    ringing, _, hangup = events
    assert ringing.at.timestamp() == ringing.raw["Timestamp"] - GREGORIAN_OFFSET
    assert hangup.duration == hangup.raw["Duration-Seconds"] and "Billing-Seconds" in hangup.raw
    assert sink.registry.is_mine(ringing)
    assert [(h.state, h.detail) for h in sink.health][:2] == [
        ("starting", "opening the call-signal stream"),
        ("up", "connected"),
    ]


class CallAtUp(Sink):
    """A sink that has the PBX start a call the moment the source first reports up."""

    def __init__(self, sim: Simulator) -> None:
        super().__init__("101")
        self.sim = sim
        self.call = None

    def on_health(self, health) -> None:
        super().on_health(health)
        if health.state == "up" and self.call is None:
            self.call = self.sim.world.start_inbound(CUSTOMER, extension="101")

    def rang(self) -> bool:
        return self.call is not None and any(e.state == "ringing" and e.flow_id == self.call.id for e in self.published)


async def test_up_only_once_the_feed_took_the_bindings_so_a_call_at_up_is_delivered(sim, blackhole):
    """Up means deliverable: a call started the moment the source says up reaches it (it reported up at
    the connect, before the server had taken a subscribe, and that call was never delivered)."""
    source = SocketioSource(blackhole(), **FAST)
    async with running(source, sink=CallAtUp(sim)) as sink:
        await sink.wait(sink.rang, timeout=5.0)
    assert [h.detail for h in sink.health if h.state == "up"] == ["connected"]


async def test_a_server_that_does_not_acknowledge_subscribes_is_up_after_the_wait(sim, blackhole):
    """No document gives Blackhole's answer to a subscribe: a server that sends no Socket.IO
    acknowledgement leaves the source up after ``SUBSCRIBE_WAIT`` without a refusal, saying so."""
    sim.feed.acknowledge = False
    source = SocketioSource(blackhole(), **FAST)
    started = time.monotonic()
    async with running(source, sink=CallAtUp(sim)) as sink:
        await sink.wait(sink.rang, timeout=5.0 + SUBSCRIBE_WAIT)
    assert time.monotonic() - started >= SUBSCRIBE_WAIT
    assert [h.detail for h in sink.health if h.state == "up"] == [UNCONFIRMED]


async def test_the_first_event_is_evidence_enough_without_acknowledgements(sim, blackhole):
    """Against a server that does not acknowledge, an event arriving before the wait is over shows the
    subscriptions were taken: up at once."""
    sim.feed.acknowledge = False
    source = SocketioSource(blackhole(), **FAST)
    async with running(source) as sink:
        await sink.wait(lambda: len(accepted(sim)) == 3)
        events = await answered_call(sim, sink)
        assert sink.state == "up" and sink.health[-1].detail == "connected"
    assert [e.state for e in events] == ["ringing", "answered", "hangup"]


async def test_other_extensions_calls_come_too_and_are_not_mine(sim, blackhole):
    source = SocketioSource(blackhole("101"), **FAST)
    async with running(source) as sink:
        await sink.wait(lambda: len(accepted(sim)) == 3)
        events = await answered_call(sim, sink, extension="102")
    assert {e.extension for e in events} == {"102"}  # bindings are account-wide
    assert not any(sink.registry.is_mine(e) for e in events)


async def test_a_queue_call_is_one_flow_through_the_other_leg_call_id(sim, blackhole):
    source = SocketioSource(blackhole("101"), **FAST)
    async with running(source) as sink:
        await sink.wait(lambda: len(accepted(sim)) == 3)
        call = sim.world.start_inbound(CUSTOMER, queue="999")
        await sink.wait(
            lambda: any(
                e.state == "hangup" and e.extension == call.extension and e.flow_id == call.id for e in sink.published
            )
        )
        await sink.wait(
            lambda: all(any(e.state == "hangup" and e.extension == ext for e in sink.published) for ext in call.legs)
        )
    events = [e for e in sink.published if e.flow_id == call.id]
    assert len(call.legs) > 1 and {e.call_id for e in events} == {leg.id for leg in call.legs.values()}
    assert [e.extension for e in events if e.state == "answered"] == [call.extension]
    assert not [e for e in events if e.state == "missed"]  # someone answered: nobody missed it
    assert len(sink.registry) == 1


async def test_server_side_disconnect_reconnects_and_subscribes_again(sim, blackhole):
    source = SocketioSource(blackhole(), **FAST)
    async with running(source) as sink:
        await sink.wait(lambda: len(accepted(sim)) == 3)
        assert sim.drop_connections() == 1
        await sink.wait(lambda: sim.feed.connects == 2 and len(accepted(sim)) == 6)
        await sink.wait(lambda: sink.state == "up")
        events = await answered_call(sim, sink)
    assert [e.state for e in events] == ["ringing", "answered", "hangup"]
    assert any(r.endswith("the server closed the stream") for r in sink.retries())
    first, second = accepted(sim)[:3], accepted(sim)[3:]
    assert [b for *_, b in second] == list(DEFAULT_BINDINGS) and {t for _, t, _ in first} == {t for _, t, _ in second}
    assert source.connections == 2 and source.subscribes == 6


async def test_expired_token_gets_an_error_and_a_fresh_token_is_subscribed_at_once(sim, blackhole, caplog):
    caplog.set_level(logging.INFO, logger="agent_desk.events.socketio")
    source = SocketioSource(blackhole(), backoff_initial=5.0, backoff_max=5.0, heartbeat=0.5)
    async with running(source) as sink:
        await sink.wait(lambda: len(accepted(sim)) == 3)
        sim.tokens.expire_all()
        await sink.wait(lambda: len(accepted(sim)) == 6, timeout=2.0)  # far less than any backoff here
        events = await answered_call(sim, sink)
    assert [e.state for e in events] == ["ringing", "answered", "hangup"]
    old, new = {t for _, t, _ in accepted(sim)[:3]}, {t for _, t, _ in accepted(sim)[3:]}
    assert len(old) == len(new) == 1 and old != new
    assert any("reconnecting at once: the server refused the stream token" in r.getMessage() for r in caplog.records)
    assert sink.retries() == []


async def test_token_is_renewed_before_it_expires_with_a_new_subscription(sim, blackhole):
    sim.world.settings.token_ttl = 1.6
    source = SocketioSource(blackhole(), refresh_margin=0.5, **FAST)
    async with running(source) as sink:
        await sink.wait(lambda: len(accepted(sim)) == 6, timeout=3.0)
        events = await answered_call(sim, sink)
    tokens = [t for _, t, _ in accepted(sim)]
    assert tokens[0] != tokens[3] and len(set(tokens[:3])) == len(set(tokens[3:6])) == 1
    assert not [s for s in sim.feed.subscribes if not s.accepted]  # renewed in time: never refused
    assert [e.state for e in events] == ["ringing", "answered", "hangup"] and sink.retries() == []


async def test_sleep_reopens_at_once_and_subscribes_again(sim, blackhole, caplog):
    caplog.set_level(logging.INFO, logger="agent_desk.events.socketio")
    jump = [0.0]
    source = SocketioSource(blackhole(), clock=lambda: time.time() + jump[0], **FAST)
    async with running(source) as sink:
        await sink.wait(lambda: len(accepted(sim)) == 3)
        jump[0] = 3600.0  # an hour passed on the wall clock while the timers stood still
        await sink.wait(lambda: sim.feed.connects == 2 and len(accepted(sim)) == 6, timeout=2.0)
        await answered_call(sim, sink)
    assert any("reconnecting at once: the computer was asleep" in r.getMessage() for r in caplog.records)
    assert sink.retries() == []


async def test_a_token_the_server_refuses_at_subscribe_is_replaced_at_once(sim, blackhole):
    provider = blackhole()
    stale, _ = await provider.event_stream_token()  # cached by the provider...
    sim.tokens.expire_all()  # ...and revoked by the server: subscribe answers error 401
    source = SocketioSource(provider, backoff_initial=5.0, backoff_max=5.0, heartbeat=0.5)
    async with running(source) as sink:
        await sink.wait(lambda: len(accepted(sim)) == 3, timeout=2.0)
        await answered_call(sim, sink)
    refused = [s for s in sim.feed.subscribes if not s.accepted]
    assert refused and {s.auth_token for s in refused} == {stale} and sink.retries() == []


async def test_a_wrong_account_id_is_refused_and_backs_off(sim, blackhole):
    source = SocketioSource(blackhole(account_id="0" * 32), **FAST)
    async with running(source) as sink:
        await sink.wait(lambda: len(sink.retries()) >= 2)
    assert "the server refused the subscription (auth_token is not valid for this account_id)" in sink.retries()[0]
    assert not accepted(sim)


async def test_unreachable_server_backs_off_with_words(blackhole, sim):
    source = SocketioSource(blackhole(ws_url="http://127.0.0.1:9"), **FAST)
    async with running(source) as sink:
        await sink.wait(lambda: sink.retries())
    assert sink.retries()[0].startswith("retrying in ") and "cannot open the stream" in sink.retries()[0]


async def test_the_pipeline_picks_the_socketio_source_for_the_blackhole_dialect(blackhole, provider_for):
    provider = blackhole()
    assert isinstance(source_for(provider.profile, provider), SocketioSource)
    plain = provider_for("oapi")
    assert isinstance(source_for(plain.profile, plain), WebsocketSource)
    with pytest.raises(errors.ConfigError, match='ws_dialect = "blackhole"'):
        SocketioSource(plain)


# ---------------------------------------------------------------------- settings
def oapi_profile(**fields):
    table = {
        "provider": "oapi",
        "base_url": "https://openapi.antbuddy.com",
        "app_id": "a",
        "sip_user": "101",
        "events": "websocket",
        "ws_dialect": "blackhole",
        "account_id": ACCOUNT_ID,
        **fields,
    }
    return parse_profile("ab", table)


def test_production_defaults_and_settings():
    settings = create_provider(oapi_profile()).blackhole
    assert (settings.url, settings.path, settings.protocol, settings.bindings, settings.transports) == (
        "https://ws.antbuddy.com:5557",
        "socket.io",
        5,
        DEFAULT_BINDINGS,
        ("polling", "websocket"),
    )
    custom = create_provider(
        oapi_profile(
            ws_url="wss://feed.example:8443/bh?x=1",
            socketio_path="/sio/",
            socketio_transports=["websocket"],
            blackhole_bindings=["call.*.*"],
            socketio_protocol="5",
        )
    ).blackhole
    assert (custom.url, custom.path, custom.transports, custom.bindings) == (
        "https://feed.example:8443?x=1",
        "bh/sio",
        ("websocket",),
        ("call.*.*",),
    )
    assert custom.subscriptions("T") == [{"account_id": ACCOUNT_ID, "auth_token": "T", "binding": "call.*.*"}]


def test_simulator_url_is_derived_from_base_url():
    settings = create_provider(oapi_profile(base_url="http://127.0.0.1:8080/oapi")).blackhole
    assert (settings.url, settings.path) == ("http://127.0.0.1:8080", "oapi/socket.io")


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (
            {"socketio_protocol": 4},
            r"socketio_protocol 4 \(socket.io 2.x, Engine.IO 3\) cannot be used: this build "
            r"speaks Socket.IO protocol 5 only",
        ),
        ({"socketio_protocol": 3}, r"socketio_protocol 3 \(socket.io 1.x\) cannot be used"),
        ({"socketio_protocol": 9}, r"socketio_protocol must be 5, got 9"),
        ({"account_id": ""}, r"account_id \(the Kazoo account id\) is required"),
        ({"socketio_transports": ["carrier-pigeon"]}, r"socketio_transports may hold only polling and websocket"),
        ({"blackhole_bindings": []}, r"blackhole_bindings must be a non-empty list"),
        ({"ws_dialect": "stomp"}, r"ws_dialect must be one of json, blackhole, got 'stomp'"),
    ],
)
def test_bad_settings_are_config_errors(fields, message):
    with pytest.raises(errors.ConfigError, match="profile 'ab': " + message):
        create_provider(oapi_profile(**fields))


def test_socketio_source_name_is_the_websocket_health_source(blackhole):
    assert SocketioSource(blackhole()).name == "websocket"  # the status bar shows "websocket connected"
