"""The local webhook listener over real loopback HTTP: routing, secrets, refusals, health, registration.

Providers are the real ones (tel4vn, voicecloud; onepos for signatures) parsing real requests.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import hmac
import json
import logging
import socket
from collections.abc import Awaitable

import httpx
import pytest

from agent_desk import errors
from agent_desk.backoff import Backoff
from agent_desk.config import WebhookSettings
from agent_desk.events import Condition, SourceHealth
from agent_desk.events.listener import WebhookListener
from agent_desk.events.pipeline import EventPipeline
from agent_desk.sim.server import Simulator
from tests.helpers import until
from tests.helpers.listener import SECRET, offline_provider, serving

HOOK = {
    "call_id": "leg-1",
    "sip_call_id": "sip-1",
    "domain": "test.tel4vn.com",
    "direction": "inbound",
    "from_number": "0899888999",
    "to_number": "101",
    "hotline": "19001919",
    "state": "ringing",
}


def post_hook(client: httpx.AsyncClient, url: str, body=HOOK, **kwargs) -> Awaitable[httpx.Response]:
    return client.post(
        url,
        content=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", **kwargs.pop("headers", {})},
        **kwargs,
    )


async def chunks(*parts: bytes):
    for part in parts:
        yield part


@pytest.fixture
async def client():
    async with httpx.AsyncClient(timeout=5) as http:
        yield http


async def test_health_goes_starting_then_up_and_a_valid_event_is_delivered(client):
    async with serving(offline_provider("tel4vn")) as served:
        assert [h.state for h in served.health] == ["starting", "up"]
        assert served.health[-1].detail == f"listening on 127.0.0.1:{served.listener.port}"
        answer = await post_hook(client, served.hooks + "/hooks/tel4vn")
        assert answer.status_code == 200 and answer.json() == {"ok": True, "events": 1}
        [event] = served.events
        assert (event.call_id, event.state, event.extension, event.flow_id, event.source) == (
            "leg-1",
            "ringing",
            "101",
            "sip-1",
            "webhook",
        )
        assert served.listener.counters["accepted"] == 1


@pytest.mark.parametrize("how", ["x-api-key", "bearer", "query", "prefix"])
async def test_every_documented_way_of_carrying_the_secret_is_accepted(client, how):
    async with serving(offline_provider("tel4vn"), SECRET) as served:
        url, headers, params = served.url + "/hooks/tel4vn", {}, {}
        if how == "x-api-key":
            headers["X-Api-Key"] = SECRET
        elif how == "bearer":
            headers["Authorization"] = f"Bearer {SECRET}"
        elif how == "query":
            params["apikey"] = SECRET
        else:
            url = f"{served.url}/{SECRET}/hooks/tel4vn"
        answer = await post_hook(client, url, headers=headers, params=params)
        assert answer.status_code == 200, answer.text
        assert len(served.events) == 1
        assert "x-api-key" not in served.events[0].raw and SECRET not in json.dumps(served.events[0].raw)


@pytest.mark.parametrize("how", ["x-api-key", "bearer", "query", "prefix"])
async def test_a_wrong_secret_is_refused_with_403_and_none_with_401(client, how):
    async with serving(offline_provider("tel4vn"), SECRET) as served:
        wrong = SECRET[:-1] + "x"
        url, headers, params = served.url + "/hooks/tel4vn", {}, {}
        if how == "x-api-key":
            headers["X-Api-Key"] = wrong
        elif how == "bearer":
            headers["Authorization"] = f"Bearer {wrong}"
        elif how == "query":
            params["apikey"] = wrong
        else:
            url = f"{served.url}/{wrong}/hooks/tel4vn"
        answer = await post_hook(client, url, headers=headers, params=params)
        assert (answer.status_code, answer.text) == (403, "wrong webhook secret")
        missing = await post_hook(client, served.url + "/hooks/tel4vn")
        assert (missing.status_code, missing.text) == (401, "the webhook secret is missing")
        assert served.events == []


async def test_the_apikey_parameter_is_removed_before_the_provider_sees_the_query(client):
    async with serving(offline_provider("voicecloud"), SECRET) as served:
        answer = await client.get(
            served.url + "/api/callcenter/call_in",
            params={"phone": "0938111222", "extension": "101", "callid": "vc-1", "apikey": SECRET},
        )
        assert answer.status_code == 200
        assert served.events[0].raw == {"phone": "0938111222", "extension": "101", "callid": "vc-1"}


async def test_onepos_signature_decides_alone_when_present(client):
    provider = offline_provider("onepos")
    body = json.dumps(
        {
            "event": "call.ringing",
            "call_id": "op-1",
            "caller": "0901234567",
            "callee": "101",
            "direction": "inbound",
            "timestamp": dt.datetime.now(dt.UTC).isoformat(),  # an old one would be refused as a replay
        }
    ).encode()
    good = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    async with serving(provider, SECRET) as served:
        route = next(path for method, path in provider.webhook_routes if method == "POST")
        headers = {"Content-Type": "application/json"}
        ok = await client.post(served.url + route, content=body, headers={**headers, "X-Signature": good})
        assert ok.status_code == 200, ok.text
        bad = await client.post(
            served.url + route,
            content=body,
            headers={**headers, "X-Signature": "sha256=" + "0" * 64, "X-Api-Key": SECRET},
        )
        assert (bad.status_code, bad.text) == (403, "bad signature")  # a bad signature is not rescued by the key
        malformed = await client.post(
            served.url + route, content=body, headers={**headers, "X-Signature": "md5=abc", "X-Api-Key": SECRET}
        )
        assert (malformed.status_code, malformed.text) == (400, "X-Signature must be sha256=<hex HMAC-SHA256>")
        assert len(served.events) == 1


async def test_a_listener_on_the_lan_serves_whoever_has_the_secret(client):
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.connect(("192.0.2.254", 9))  # no packet is sent: this only picks the outgoing interface
        lan_ip = probe.getsockname()[0]
    if lan_ip.startswith("127."):
        pytest.skip("this machine has no non-loopback address to test from")
    async with serving(offline_provider("tel4vn"), host="0.0.0.0") as served:
        port = served.listener.port
        stranger = await post_hook(client, f"http://{lan_ip}:{port}/hooks/tel4vn")
        assert stranger.status_code == 401
        lan = await post_hook(client, f"http://{lan_ip}:{port}/hooks/tel4vn", headers={"X-Api-Key": SECRET})
        assert lan.status_code == 200


async def test_bad_input_gets_short_4xx_reasons_logged_once_and_serving_goes_on(client, caplog):
    caplog.set_level(logging.WARNING, logger="agent_desk.events.listener")
    async with serving(offline_provider("tel4vn"), max_body=1024) as served:
        hook = served.hooks + "/hooks/tel4vn"
        json_type = {"Content-Type": "application/json"}
        cases = [
            (lambda: client.post(hook, content=b"{not json", headers=json_type), 400, "body is not JSON"),
            (lambda: post_hook(client, hook, body={**HOOK, "state": "parked"}), 400, "unknown state 'parked'"),
            (
                lambda: post_hook(client, hook, body={"state": "ringing", "direction": "inbound"}),
                400,
                "call_id, from_number and to_number are required",
            ),
            (
                lambda: client.post(hook, content=json.dumps(HOOK), headers={"Content-Type": "text/html"}),
                415,
                "content type must be application/json",
            ),
            (lambda: client.post(hook, content=b"x" * 2048, headers=json_type), 413, "body larger than 1024 bytes"),
            (
                lambda: client.post(hook, content=chunks(b"{" * 600, b"[" * 600), headers=json_type),  # chunked
                413,
                "body larger than 1024 bytes",
            ),
            (lambda: client.get(hook), 405, "use POST for this path"),
            (lambda: post_hook(client, served.hooks + "/hooks/unknown"), 404, "no such webhook path"),
            (lambda: post_hook(client, served.url + "/a/b/hooks/tel4vn"), 404, "no such webhook path"),
            (lambda: post_hook(client, served.url + "/a/hooks/tel4vn"), 403, "wrong webhook secret"),
        ]
        for _ in range(3):
            for send, status, reason in cases:
                answer = await send()
                assert (answer.status_code, answer.text) == (status, reason)
        ok = await post_hook(client, hook)
        assert ok.status_code == 200 and len(served.events) == 1
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 8  # each distinct reason once, though every case came three times
    assert served.listener.counters["refused"] == 30
    assert served.listener.counters["400 body is not JSON"] == 3
    assert served.listener.counters["413 body larger than 1024 bytes"] == 6


async def test_a_slow_body_is_timed_out_with_408_while_others_are_served(client):
    async with serving(offline_provider("tel4vn"), body_timeout=0.3) as served:
        reader, writer = await asyncio.open_connection("127.0.0.1", served.listener.port)
        writer.write(
            b"POST /hooks/tel4vn HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b'Content-Length: 500\r\n\r\n{"call_id":'
        )
        await writer.drain()
        ok = await post_hook(client, served.hooks + "/hooks/tel4vn")  # the slow client blocks nobody
        assert ok.status_code == 200
        status_line = await asyncio.wait_for(reader.readline(), 3)
        assert status_line.startswith(b"HTTP/1.1 408")
        writer.close()
        assert served.listener.counters["408 the body did not arrive in time"] == 1


async def test_a_body_that_came_with_its_headers_is_read_without_arming_the_deadline(client, monkeypatch):
    """The PBX's small POST arrives whole: no deadline timer is armed for it (on the desk's loop each
    is a Qt timer), while a body still on its way keeps its deadline (the 408 test above)."""
    from agent_desk.events import intake

    armed: list[float] = []
    real_timeout = asyncio.timeout

    def counted(delay: float):
        armed.append(delay)
        return real_timeout(delay)

    monkeypatch.setattr(intake.asyncio, "timeout", counted)
    async with serving(offline_provider("tel4vn"), body_timeout=0.3) as served:
        answer = await post_hook(client, served.hooks + "/hooks/tel4vn")
        assert answer.status_code == 200 and len(served.events) == 1
        assert 0.3 not in armed
        reader, writer = await asyncio.open_connection("127.0.0.1", served.listener.port)
        writer.write(
            b"POST /hooks/tel4vn HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b'Content-Length: 500\r\n\r\n{"call_id":'
        )
        await writer.drain()
        assert (await asyncio.wait_for(reader.readline(), 3)).startswith(b"HTTP/1.1 408")
        writer.close()
        assert armed.count(0.3) == 1


async def test_voicecloud_callbacks_get_the_documented_answers(client):
    async with serving(offline_provider("voicecloud"), SECRET) as served:
        base = f"{served.url}/{SECRET}/api/callcenter"
        ok = await client.get(base + "/call_in", params={"phone": "0938111222", "extension": "101", "callid": "v1"})
        assert (ok.status_code, ok.json()) == (200, {"status code": 200, "message": "OK"})
        for bad in (
            client.get(base + "/hangup"),
            client.get(base + "/calldata", params={"callid": "v1", "duration": "eleven"}),
            client.get(base + "/nothing", params={"callid": "v1"}),
        ):
            answer = await bad
            assert (answer.status_code, answer.json()) == (404, {"status code": 404, "message": "Not Found"})
        unauthorized = await client.get(served.url + "/api/callcenter/hangup", params={"callid": "v1"})
        assert (unauthorized.status_code, unauthorized.text) == (401, "the webhook secret is missing")
        assert [e.state for e in served.events] == ["ringing"]


async def test_a_port_in_use_is_a_config_error_naming_the_address():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        listener = WebhookListener(offline_provider("tel4vn"), WebhookSettings(port=port), SECRET)
        health: list[SourceHealth] = []
        with pytest.raises(errors.ConfigError, match=f"cannot listen on 127.0.0.1:{port}"):
            await listener.run(lambda e: None, health.append)
        assert [h.state for h in health] == ["starting"]


async def test_a_provider_without_webhooks_is_a_config_error():
    provider = offline_provider("oapi", app_id="x", sip_user="101")
    with pytest.raises(errors.ConfigError, match="sends no webhook events"):
        await WebhookListener(provider, WebhookSettings(port=0), SECRET).run(lambda e: None, lambda h: None)


@pytest.fixture
async def sim(sim_settings):
    async with Simulator(sim_settings, providers=["tel4vn", "oapi"]) as simulator:
        yield simulator


async def test_a_registration_the_pbx_fails_half_way_leaves_no_hook_behind(sim, provider_for):
    """TEL4VN takes one hook per event: when the third is refused, the two made are removed again, so
    no PBX keeps posting to a desk that is still waiting to try again, and none is left after a stop
    during that wait."""
    provider = provider_for("tel4vn")
    dialect = sim.dialects["tel4vn"]
    sim.faults.latency = 0.3  # each answer waits 0.3 s after its request came: time to fail the third
    async with serving(provider, SECRET, public_url="http://agent-pc.lan:8765", backoff=Backoff(60, 60)) as served:
        await until(lambda: len(dialect.hooks) == 2)
        sim.faults.error_burst = 1
        await until(lambda: served.health[-1].retry_in is not None, timeout=10)
        waiting = served.health[-1]
        assert (waiting.state, waiting.condition, waiting.port) == (
            "starting",
            Condition.REGISTERING,
            served.listener.port,
        )
        assert isinstance(waiting.error, errors.PbxUnreachable) and 30 <= waiting.retry_in <= 60
        assert "did not take the callback URL" in waiting.detail and "trying again in" in waiting.detail
        assert dialect.hooks == []
    assert dialect.hooks == []


async def test_registrations_the_pbx_refuses_are_tried_again_until_it_takes_one(sim, provider_for):
    """The PBX was briefly unreachable at sign-in: its first answers are 503s. The listener keeps
    trying, says so while it waits, and is up with every hook once the PBX takes the registration."""
    provider = provider_for("tel4vn")
    dialect = sim.dialects["tel4vn"]
    sim.faults.refuse_hooks = 3  # each of the first three tries fails at its first hook
    async with serving(provider, SECRET, public_url="http://agent-pc.lan:8765", backoff=Backoff(0.05, 0.2)) as served:
        await until(lambda: served.health[-1].state == "up", timeout=10)
        assert len(dialect.hooks) == 4
        waits = [h for h in served.health if h.retry_in is not None]
        assert len(waits) == 3 and all(
            (h.state, h.condition, type(h.error)) == ("starting", Condition.REGISTERING, errors.PbxUnreachable)
            for h in waits
        )
        assert [h.state for h in served.health] == ["starting"] * (len(served.health) - 1) + ["up"]
        assert served.health[-1].error is None and served.health[-1].retry_in is None
    assert dialect.hooks == []


async def test_stopping_during_a_second_try_still_removes_what_it_registered(sim, provider_for):
    provider = provider_for("tel4vn")
    dialect = sim.dialects["tel4vn"]
    sim.faults.refuse_hooks = 1  # the first try fails at its first hook
    async with serving(provider, SECRET, public_url="http://agent-pc.lan:8765", backoff=Backoff(0.05, 0.1)) as served:
        await until(lambda: any(h.retry_in is not None for h in served.health))
        sim.faults.latency = 0.2  # each of the second try's requests now takes 0.2 s
        await until(lambda: len(dialect.hooks) >= 1)  # stopped half-way through the second try
        assert served.health[-1].state == "starting"
    assert dialect.hooks == []


async def test_auto_registration_registers_the_callback_and_removes_it_on_stop(sim, provider_for, client):
    provider = provider_for("tel4vn")
    dialect = sim.dialects["tel4vn"]
    async with serving(provider, SECRET, public_url="http://agent-pc.lan:8765") as served:
        await until(lambda: len(dialect.hooks) == 4 and served.health[-1].state == "up")
        assert {(h["event_name"], h["callback_url"], h["callback_apikey"]) for h in dialect.hooks} == {
            (name, f"http://agent-pc.lan:8765/{SECRET}/hooks/tel4vn", SECRET)
            for name in ("ringing", "answered", "hangup", "cdr")
        }
        assert [(h.state, h.condition) for h in served.health] == [
            ("starting", None),
            ("starting", Condition.REGISTERING),
            ("up", None),
        ]
        assert served.health[1].detail.endswith("registering with the PBX")
        assert [h.port for h in served.health] == [None, served.listener.port, served.listener.port]
    assert dialect.hooks == []


async def test_stopping_while_the_registration_is_in_flight_still_removes_it(sim, provider_for):
    provider = provider_for("tel4vn")
    dialect = sim.dialects["tel4vn"]
    await provider.tokens.get()
    sim.faults.update({"latency": 0.2})  # each of the registration's requests now takes 0.2 s
    async with serving(provider, SECRET, public_url="http://agent-pc.lan:8765") as served:
        await until(lambda: len(dialect.hooks) >= 1)  # stopped half-way through the registration
        assert served.health[-1].state == "starting", "not up before the PBX has every callback"
    assert dialect.hooks == []


async def test_a_registration_that_cannot_be_made_is_reported_down_and_the_listener_keeps_serving(client):
    """The profile lacks what registering needs (a user name): no retry would mend that, so none comes."""
    backoff = Backoff(0.05, 0.1)
    async with serving(offline_provider("tel4vn"), public_url="http://agent-pc.lan:8765", backoff=backoff) as served:
        await until(lambda: served.health[-1].state == "down")
        assert "cannot be registered" in served.health[-1].detail
        assert isinstance(served.health[-1].error, errors.ConfigError) and served.health[-1].retry_in is None
        assert "up" not in [h.state for h in served.health] and backoff.failures == 0
        ok = await post_hook(client, served.hooks + "/hooks/tel4vn")
        assert ok.status_code == 200 and len(served.events) == 1


async def test_a_pbx_without_a_registration_api_is_up_once_listening(client):
    async with serving(offline_provider("voicecloud"), public_url="http://agent-pc.lan:8765") as served:
        assert [h.state for h in served.health] == ["starting", "up"]  # its administrator enters the URL
        ok = await client.get(served.hooks + "/api/callcenter/hangup", params={"callid": "v9"})
        assert ok.status_code == 200 and len(served.events) == 1


def test_callback_url_puts_the_secret_before_the_route_and_appends_the_route_unless_named():
    provider = offline_provider("tel4vn")

    def url(public: str) -> str:
        return WebhookListener(provider, WebhookSettings(public_url=public), "k/y").callback_url()

    assert url("https://pc.example:8765") == "https://pc.example:8765/k%2Fy/hooks/tel4vn"
    assert url("https://proxy.example/agent7/") == "https://proxy.example/agent7/k%2Fy/hooks/tel4vn"
    assert url("https://proxy.example/agent7/hooks/tel4vn") == "https://proxy.example/agent7/k%2Fy/hooks/tel4vn"


async def test_pipeline_refuses_a_profile_with_events_off():
    provider = offline_provider("tel4vn", events="none")
    with pytest.raises(errors.ConfigError, match="call events are off"):
        await EventPipeline(provider.profile, provider).start()


async def test_pipeline_publishes_once_with_ownership_and_survives_a_broken_subscriber(client):
    provider = offline_provider("tel4vn")
    listener = WebhookListener(provider, WebhookSettings(port=0), SECRET)
    pipeline = EventPipeline(provider.profile, provider, listener)
    seen: list[tuple[str, str, bool]] = []
    health: list[str] = []

    def broken(event, mine):
        raise RuntimeError("subscriber bug")

    pipeline.subscribe(broken)
    pipeline.subscribe(lambda e, mine: seen.append((e.call_id, e.state, mine)), lambda h: health.append(h.state))
    await pipeline.start()
    try:
        await until(lambda: listener.port is not None and "up" in health)
        url = f"http://127.0.0.1:{listener.port}/{SECRET}/hooks/tel4vn"
        for body in (HOOK, HOOK, {**HOOK, "call_id": "leg-2", "to_number": "102"}, {**HOOK, "state": "answered"}):
            assert (await post_hook(client, url, body=body)).status_code == 200
        assert seen == [("leg-1", "ringing", True), ("leg-2", "ringing", False), ("leg-1", "answered", True)]
    finally:
        await pipeline.stop()
    with pytest.raises(httpx.ConnectError):  # stop() freed the port
        await post_hook(client, url)


async def test_pipeline_runs_the_websocket_source_through_the_same_registry(sim, provider_for):
    """events = "websocket" (oapi): the other source, the same registry rules (duplicates, missed)."""
    provider = provider_for("oapi")
    pipeline = EventPipeline(provider.profile, provider)
    seen: list[tuple[str, str, str, bool]] = []
    health: list[SourceHealth] = []
    pipeline.subscribe(lambda e, mine: seen.append((e.call_id, e.state, e.source, mine)), health.append)
    await pipeline.start()
    try:
        assert pipeline.source.name == "websocket"
        await until(lambda: any(h.state == "up" for h in health))
        sim.faults.update({"duplicate": 1.0})
        answered = sim.world.start_inbound("0901234567", extension="101")
        await until(lambda: answered.id not in sim.world.calls)
        sim.world.extensions["101"].answers = False
        missed = sim.world.start_inbound("0907654321", extension="101")
        await until(lambda: (missed.id, "missed", "websocket", True) in seen)
        await sim.drain()
    finally:
        await pipeline.stop()
    assert [s for s in seen if s[0] == answered.id] == [
        (answered.id, state, "websocket", True) for state in ("ringing", "answered", "hangup")
    ]
    assert [s for s in seen if s[0] == missed.id] == [
        (missed.id, state, "websocket", True) for state in ("ringing", "hangup", "missed")
    ]


async def test_pipeline_reports_a_source_failure_as_health_and_from_wait():
    provider = offline_provider("tel4vn")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        pipeline = EventPipeline(
            provider.profile, provider, WebhookListener(provider, WebhookSettings(port=port), SECRET)
        )
        health: list[SourceHealth] = []
        pipeline.subscribe(on_health=health.append)
        await pipeline.start()
        with pytest.raises(errors.ConfigError, match=f"127.0.0.1:{port}"):
            await pipeline.wait()
        await pipeline.stop()
    assert [h.state for h in health] == ["starting", "down"] and f"127.0.0.1:{port}" in health[-1].detail
