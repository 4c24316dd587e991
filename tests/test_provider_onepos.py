"""The onepos provider against the simulator's onepos dialect over loopback HTTP.

Covers sign-in (token, softphone state from the agents monitor, base_url with or without
``/api/v3``), every typed error (bad key, revoked tokens, 5xx, timeout, refusal, not found, no
click-to-call), history paging and filters, the three monitor calls following the world, and
webhook registration, signed delivery, parsing and removal end to end.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json

import httpx
import pytest

from agent_desk import errors
from agent_desk.config import parse_profile
from agent_desk.models import CallAction, Capability, HistoryQuery, WebhookRequest
from agent_desk.providers import create_provider
from agent_desk.providers.base import Provider
from agent_desk.providers.onepos import OnePosProvider
from agent_desk.secrets import SecretStore, env_name
from agent_desk.sim.server import Simulator
from agent_desk.sim.world import VN_TZ, Call
from tests.helpers import until
from tests.helpers.webhooks import HookCollector

KEY = "onepos"
PHONE = "0901234567"
DOC_SAMPLE = {
    "event": "call.ended",
    "call_id": "voip247-abc123",
    "caller": "0901234567",
    "callee": "ext_101",
    "direction": "inbound",
    "duration": 145,
    "status": "answered",
    "recording_url": "https://voip247.vn/rec/...",
    "timestamp": "2025-03-26T14:32:00+07:00",
}


@pytest.fixture
async def sim(sim_settings):
    """Only the OnePOS dialect: these tests need no other provider's routes."""
    async with Simulator(sim_settings, providers=[KEY]) as simulator:
        yield simulator


def make_provider(sim: Simulator, table: dict | None = None, **secrets: str) -> Provider:
    """A provider whose profile table and secrets differ from the demo profile's where asked."""
    base_table, base_secrets = sim.profile(KEY)
    base_table.update(table or {})
    base_secrets.update(secrets)
    profile = parse_profile(f"sim-{KEY}", base_table)
    return create_provider(profile, SecretStore(profile, env={env_name(k): v for k, v in base_secrets.items()}))


def everything() -> HistoryQuery:
    """A query whose dates cover the whole seeded history (30 days back)."""
    today = dt.datetime.now(VN_TZ).date()
    return HistoryQuery(start=today - dt.timedelta(days=31), end=today, limit=100)


def hits(sim: Simulator) -> dict[str, int]:
    return sim.dialects[KEY].hits


def onepos_hooks() -> HookCollector:
    """A receiver that keeps only POSTs to the desk's OnePOS hook path."""
    return HookCollector("/hooks/onepos", only_post=True)


async def call_finished(sim: Simulator, call: Call) -> None:
    """Wait for the call's CDR (it follows every event of the call), then for every delivery."""
    await until(lambda: any(c.id == call.id for c in sim.world.cdrs))
    await sim.drain()


# ---------------------------------------------------------------------- sign-in and plumbing
async def test_capabilities_and_what_the_document_lacks(provider_for):
    provider = provider_for(KEY)
    assert isinstance(provider, OnePosProvider)
    assert provider.capabilities == {
        Capability.HISTORY,
        Capability.RECORDINGS,
        Capability.LIVE_CALLS,
        Capability.AGENT_STATES,
        Capability.QUEUE_STATS,
        Capability.SOFTPHONE_STATUS,
        Capability.WEBHOOK_EVENTS,
        Capability.WEBHOOK_REGISTRATION,
        Capability.CAMPAIGNS,
        Capability.REPORTS,
    }
    assert provider.webhook_routes == (("POST", "/hooks/onepos"),)
    for operation in (
        provider.dial(PHONE),
        provider.dial(PHONE, mode="async"),
        provider.find_customer(PHONE),
        provider.call_action(CallAction.BARGE, "x", "100"),
        provider.event_stream_token(),
    ):
        with pytest.raises(errors.Unsupported):
            await operation


async def test_login_takes_a_24_hour_token_and_reads_the_softphone_from_the_agents(sim, provider_for):
    provider = provider_for(KEY)
    status = await provider.login()
    assert (status.provider, status.extension, status.logged_in, status.user) == (KEY, "101", True, None)
    assert status.softphone_registered is True and status.agent_name == sim.world.extensions["101"].name
    assert abs(provider.tokens.expires_at - (sim.world.clock() + 86400)) < 5
    assert (hits(sim)["POST /api/v3/auth/login"], hits(sim)["GET /api/v3/monitor/agents"]) == (1, 1)
    sim.world.extensions["102"].registered = False
    offline = provider_for(KEY, "102")
    assert (await offline.login()).softphone_registered is False
    for extension in ("109", ""):
        unknown = make_provider(sim, {"extension": extension})
        try:
            assert (await unknown.login()).softphone_registered is None
        finally:
            await unknown.aclose()


async def test_a_base_url_ending_in_api_v3_is_not_doubled(sim, provider_for):
    provider = provider_for(KEY, base_url=sim.url(KEY) + "/api/v3/")
    page = await provider.history(everything())
    assert page.total == len(sim.world.cdrs)
    assert hits(sim)["GET /api/v3/cdr"] == 1 and hits(sim)["POST /api/v3/auth/login"] == 1


async def test_a_wrong_key_is_auth_failed_without_the_key_in_the_text(sim):
    provider = make_provider(sim, api_key="not-the-key-4711")
    try:
        with pytest.raises(errors.AuthFailed) as caught:
            await provider.login()
    finally:
        await provider.aclose()
    assert "not-the-key-4711" not in f"{caught.value} {caught.value.detail}"


async def test_revoked_tokens_are_refreshed_once_then_auth_failed(sim, provider_for):
    provider = provider_for(KEY)
    await provider.login()
    sim.tokens.expire_all()
    assert await provider.live_calls() == []
    assert hits(sim)["POST /api/v3/auth/login"] == 2 and hits(sim)["GET /api/v3/monitor/active-calls"] == 2
    sim.tokens.expire_all()
    sim.dialects[KEY].api_key = "rotated"  # the stored key no longer works
    with pytest.raises(errors.AuthFailed):
        await provider.agents()


async def test_server_errors_timeouts_refusals_and_wrong_urls(sim, provider_for):
    provider = provider_for(KEY, timeout=0.2)
    await provider.login()
    sim.faults.error_burst = 1
    with pytest.raises(errors.PbxUnreachable):
        await provider.queue_stats()
    assert len(await provider.queue_stats()) == 2
    sim.faults.latency = 0.4
    with pytest.raises(errors.PbxTimeout):
        await provider.agents()
    sim.faults.latency = 0.0
    today = dt.date.today()
    with pytest.raises(errors.PbxRefused) as caught:  # the sim's {"status": false, "message"} body
        await provider.history(HistoryQuery(start=today, end=today - dt.timedelta(days=1)))
    assert "start_date must not be after end_date" in str(caught.value)
    wrong = provider_for(KEY, base_url=sim.url(KEY) + "/v9")
    with pytest.raises(errors.NotFound):
        await wrong.login()


async def test_the_simulator_rejects_a_cdr_search_without_both_dates(sim):
    table, secrets = sim.profile(KEY)
    async with httpx.AsyncClient(base_url=table["base_url"]) as client:
        login = await client.post("/api/v3/auth/login", json={"api_key": secrets["api_key"]})
        auth = {"Authorization": f"Bearer {login.json()['data']['access_token']}"}
        for params in ({"end_date": "2026-11-01"}, {"start_date": "2026-11-01"}, {}):
            answer = await client.get("/api/v3/cdr", params=params, headers=auth)
            assert answer.status_code == 400 and answer.json()["status"] is False
            assert "is required (YYYY-MM-DD)" in answer.json()["message"]
        bad = await client.get(
            "/api/v3/cdr", params={"start_date": "01/11/2026", "end_date": "2026-11-02"}, headers=auth
        )
        assert bad.status_code == 400 and "YYYY-MM-DD" in bad.json()["message"]


# ---------------------------------------------------------------------- history
async def test_history_pages_through_every_record_newest_first(sim, provider_for):
    provider = provider_for(KEY)
    query, records, cursors = everything(), [], []
    query.limit = 25
    while True:
        page = await provider.history(query)
        assert page.total == len(sim.world.cdrs)
        records += page.records
        cursors.append(page.next_cursor)
        if page.next_cursor is None:
            break
        query.cursor = page.next_cursor
    assert cursors == ["2", "3", None]
    newest_first = list(reversed(sim.world.cdrs))
    assert [r.call_id for r in records] == [c.id for c in newest_first]
    record, cdr = records[0], newest_first[0]
    customer = cdr.from_number if cdr.direction == "inbound" else cdr.to_number
    assert (record.direction, record.extension, record.phone, record.duration) == (
        cdr.direction,
        cdr.extension,
        customer,
        cdr.duration,
    )
    assert record.started_at == dt.datetime.fromtimestamp(int(cdr.started_at), VN_TZ)
    assert record.recording == sim.world.recording_url(cdr.recording)
    assert await provider.recording_url(record) == record.recording
    assert {r.status for r in records} <= {"answered", "missed", "busy"}


async def test_history_filters_and_defaults(sim, provider_for):
    provider = provider_for(KEY)
    assert (await provider.history(HistoryQuery(limit=500))).total == len(sim.world.cdrs)  # last 30 days
    query = everything()
    query.direction, query.status = "inbound", "missed"
    missed = await provider.history(query)
    expected = [c for c in sim.world.cdrs if c.direction == "inbound" and c.status not in ("answered", "busy")]
    assert missed.total == len(expected) > 0
    assert {(r.direction, r.status) for r in missed.records} == {("inbound", "missed")}
    query = everything()
    query.extension = "103"
    assert {r.extension for r in (await provider.history(query)).records} == {"103"}
    oldest = sim.world.cdrs[0]
    query = everything()
    query.phone = "+84" + (oldest.from_number if oldest.direction == "inbound" else oldest.to_number)[1:]
    by_phone = await provider.history(query)  # no such parameter: filtered here, in national form
    assert by_phone.total is None and oldest.id in {r.call_id for r in by_phone.records}
    for bad in (HistoryQuery(status="cancelled"), HistoryQuery(cursor="next"), HistoryQuery(limit=0)):
        with pytest.raises(errors.ConfigError):
            await provider.history(bad)


# ---------------------------------------------------------------------- monitor
async def test_live_calls_and_agents_follow_an_inbound_call(sim, provider_for):
    sim.world.settings.talk_time = (0.5, 0.5)
    provider = provider_for(KEY, "100")
    call = sim.world.start_inbound(PHONE, extension="102")
    await until(lambda: call.state == "answered")
    [live] = await provider.live_calls()
    assert (live.call_id, live.direction, live.extension, live.customer, live.state) == (
        call.id,
        "inbound",
        "102",
        PHONE,
        "answered",
    )
    assert live.started_at is not None and live.raw["callee"] == "ext_102"
    [again] = await provider.live_calls()  # its start parsed once: the same moment, whatever read it is
    assert again.started_at == live.started_at and again.raw["timestamp"] == live.raw["timestamp"]
    states = {a.extension: a for a in await provider.agents()}
    assert states["102"].state == "busy" and states["101"].state == "available"
    assert set(states) == set(sim.world.extensions) and states["102"].name == sim.world.extensions["102"].name
    await until(lambda: call.id not in sim.world.calls)
    assert await provider.live_calls() == []
    assert {a.extension: a.state for a in await provider.agents()}["102"] == "available"


async def test_queue_stats_and_agent_states_follow_a_missed_queue_call(sim, provider_for):
    sim.world.settings.ring_timeout = 1.0  # room for three monitor reads while it rings
    provider = provider_for(KEY, "100")
    for number in sim.world.queues["888"].members:
        sim.world.extensions[number].answers = False
    sim.world.extensions["101"].paused = True
    sim.world.extensions["102"].registered = False
    call = sim.world.start_inbound(PHONE, queue="888")
    await until(lambda: len(call.legs) == 3)
    stats = {q.queue: q for q in await provider.queue_stats()}
    assert (stats["888"].waiting, stats["888"].agents_available, stats["888"].name) == (1, 0, "Support")
    assert (stats["999"].waiting, stats["999"].agents_available, stats["999"].longest_wait) == (0, 2, 0)
    [live] = await provider.live_calls()
    assert (live.state, live.queue, live.extension, live.customer) == ("ringing", "888", None, PHONE)
    states = {a.extension: (a.state, a.registered) for a in await provider.agents()}
    assert states["105"] == ("ringing", True) and states["101"] == ("paused", True)
    assert states["102"] == ("offline", False)
    await until(lambda: call.id not in sim.world.calls)
    stats = {q.queue: q for q in await provider.queue_stats()}
    assert (stats["888"].waiting, stats["888"].abandoned, stats["888"].answered) == (0, 1, 0)


# ---------------------------------------------------------------------- webhooks
async def test_webhook_round_trip_with_signatures(sim, provider_for):
    provider = provider_for(KEY, register_webhook=True)
    secret = "hook-secret"
    async with onepos_hooks() as hooks:
        await provider.register_webhook(hooks.url, secret)
        answered = sim.world.start_inbound(PHONE, queue="999")
        await call_finished(sim, answered)
        for number in sim.world.queues["888"].members:
            sim.world.extensions[number].answers = False
        missed = sim.world.start_inbound("0907654321", queue="888")
        await call_finished(sim, missed)
    assert hooks.requests and {r.path for r in hooks.requests} == {"/hooks/onepos"}
    for request in hooks.requests:
        assert request.headers["content-type"] == "application/json"
        assert provider.webhook_signature_ok(request, secret) is True
        assert provider.webhook_signature_ok(request, "another-secret") is False
    events = [e for request in hooks.requests for e in provider.parse_webhook(request)]
    first = [e for e in events if e.call_id == answered.id]
    assert [e.state for e in first] == ["ringing"] * 4 + ["answered", "hangup"]
    assert {e.extension for e in first[:4]} == {"101", "102", "103", "104"}
    assert first[-1].extension == answered.extension and first[-1].customer == PHONE
    assert first[-1].duration == answered.duration and answered.recording is not None
    assert first[-1].recording_url == sim.world.recording_url(answered.recording)
    ended = [json.loads(r.body) for r in hooks.requests if json.loads(r.body)["event"] == "call.ended"]
    assert [body["status"] for body in ended] == ["answered", "missed"]
    second = [e for e in events if e.call_id == missed.id]
    assert [e.state for e in second] == ["ringing"] * 3 + ["hangup", "missed"]
    assert second[-1].customer == "0907654321" and second[-1].duration is not None
    assert second[-2].recording_url is None and json.loads(hooks.requests[-1].body)["status"] == "missed"
    assert set(ended[0]) == set(DOC_SAMPLE)  # call.ended carries the document's sample keys
    assert len(events) == len(first) + len(second) and {e.provider for e in events} == {KEY}
    assert all(e.at.utcoffset() == dt.timedelta(hours=7) and e.source == "webhook" for e in events)


async def test_subscribed_events_only_and_the_companys_webhook_is_never_blanked(sim, provider_for):
    """Issue 17, item 8: registering replaces the company's one webhook; it happens only when asked
    for, and leaving never posts an empty configuration (that cut off the CRM and every other desk)."""
    table, secrets = sim.profile(KEY)
    async with (
        onepos_hooks() as hooks,
        httpx.AsyncClient(base_url=table["base_url"]) as client,
    ):
        login = await client.post("/api/v3/auth/login", json={"api_key": secrets["api_key"]})
        auth = {"Authorization": f"Bearer {login.json()['data']['access_token']}"}
        config = await client.post(
            "/api/v3/webhook/config", headers=auth, json={"url": hooks.url, "events": ["call.ended", "call.missed"]}
        )
        assert config.json() == {"status": True, "data": {"url": hooks.url, "events": ["call.ended", "call.missed"]}}
        await call_finished(sim, sim.world.start_inbound(PHONE, extension="104"))
        assert [json.loads(r.body)["event"] for r in hooks.requests] == ["call.ended"]
        assert provider_for(KEY).webhook_signature_ok(hooks.requests[0], "x") is None  # no secret, no signature
        with pytest.raises(errors.ConfigError, match=r"one webhook per company.*register_webhook = true"):
            await provider_for(KEY).register_webhook("http://127.0.0.1:9/hooks/onepos", "s")
        assert sim.dialects[KEY].webhooks["voip247-sim"].url == hooks.url  # untouched
        owner = provider_for(KEY, register_webhook=True)
        registration = await owner.register_webhook(hooks.url, "s")  # the document's PBX cannot be asked first
        await owner.unregister_webhook(registration)
        assert sim.dialects[KEY].webhooks["voip247-sim"].url == hooks.url  # still there after leaving
        assert sim.dialects[KEY].hits["POST /api/v3/webhook/config"] == 2  # the hand-made one and ours


async def test_a_webhook_owned_by_another_url_is_not_taken_over(sim, provider_for):
    async with httpx.AsyncClient() as http:
        answer = await http.post(f"{sim.base_url}/_sim/{KEY}/config-read", json={"config_read": True})
        assert answer.status_code == 200
    relay = provider_for(KEY, register_webhook=True)
    await relay.register_webhook("https://relay.example/hooks/onepos", "s")
    assert await relay.current_webhook_url() == "https://relay.example/hooks/onepos"
    desk = provider_for(KEY, register_webhook=True)
    with pytest.raises(errors.PbxRefused) as caught:
        await desk.register_webhook("http://127.0.0.1:8765/hooks/onepos", "s")
    assert caught.value.code == "WEBHOOK_TAKEN" and "https://relay.example/hooks/onepos" in str(caught.value)
    assert sim.dialects[KEY].webhooks["voip247-sim"].url == "https://relay.example/hooks/onepos"
    await relay.register_webhook("https://relay.example/hooks/onepos", "s2")  # its own URL: renewed


def hook(body: object, headers: dict[str, str] | None = None, method: str = "POST") -> WebhookRequest:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    return WebhookRequest(method=method, path="/hooks/onepos", query={}, headers=headers or {}, body=raw)


def offline_provider() -> OnePosProvider:
    """A provider whose clock reads the document sample's day (older events are refused as replays)."""
    profile = parse_profile("doc", {"provider": KEY, "base_url": "https://voip247.vn"})
    sample_day = dt.datetime(2025, 3, 26, 15, 0, tzinfo=VN_TZ).timestamp()
    return OnePosProvider(profile, SecretStore(profile, env={}), clock=lambda: sample_day)


def test_parse_webhook_reads_the_documents_sample():
    [event] = offline_provider().parse_webhook(hook(DOC_SAMPLE))
    assert (
        event.call_id,
        event.state,
        event.direction,
        event.caller,
        event.callee,
        event.extension,
        event.customer,
        event.duration,
        event.recording_url,
    ) == (
        "voip247-abc123",
        "hangup",
        "inbound",
        "0901234567",
        "101",
        "101",
        "0901234567",
        145,
        "https://voip247.vn/rec/...",
    )
    assert event.at == dt.datetime(2025, 3, 26, 14, 32, tzinfo=VN_TZ) and event.raw == DOC_SAMPLE
    outbound = {
        **DOC_SAMPLE,
        "event": "call.ringing",
        "caller": "ext_105",
        "callee": "0912345678",
        "direction": "outbound",
    }
    [ringing] = offline_provider().parse_webhook(hook(outbound))
    assert (ringing.state, ringing.extension, ringing.customer, ringing.duration, ringing.recording_url) == (
        "ringing",
        "105",
        "0912345678",
        None,
        None,
    )


def test_a_cdr_record_with_only_the_documents_keys():
    sample = {
        "call_id": "voip247-001",
        "caller": "0901234567",
        "callee": "ext_101",
        "duration": 120,
        "status": "answered",
        "recording": "https://...",
    }
    record = OnePosProvider.cdr_from(sample)
    assert (
        record.call_id,
        record.direction,
        record.caller,
        record.callee,
        record.extension,
        record.phone,
        record.status,
        record.duration,
        record.recording,
        record.started_at,
    ) == ("voip247-001", "inbound", "0901234567", "101", "101", "0901234567", "answered", 120, "https://...", None)
    outbound = OnePosProvider.cdr_from({**sample, "caller": "ext_102", "callee": "0912345678", "status": "busy"})
    assert (outbound.direction, outbound.extension, outbound.phone, outbound.status) == (
        "outbound",
        "102",
        "0912345678",
        "busy",
    )
    internal = OnePosProvider.cdr_from({**sample, "caller": "ext_102", "callee": "ext_103", "status": "odd"})
    assert (internal.direction, internal.extension, internal.phone, internal.status) == (
        "internal",
        "102",
        "103",
        "unknown",
    )


def test_signature_check_is_the_documented_hmac():
    body = json.dumps(DOC_SAMPLE).encode()
    digest = hmac.new(b"your_secret_key", body, hashlib.sha256).hexdigest()
    provider = offline_provider()
    assert provider.webhook_signature_ok(hook(body, {"x-signature": f"sha256={digest}"}), "your_secret_key")
    assert (
        provider.webhook_signature_ok(hook(body + b" ", {"x-signature": f"sha256={digest}"}), "your_secret_key")
        is False
    )
    assert provider.webhook_signature_ok(hook(body), "your_secret_key") is None
    for bad in (digest, f"md5={digest}", "sha256=xyz"):
        with pytest.raises(errors.BadEvent):
            provider.webhook_signature_ok(hook(body, {"x-signature": bad}), "your_secret_key")


@pytest.mark.parametrize(
    "request_",
    [
        hook(b"{not json"),
        hook([DOC_SAMPLE]),
        hook(DOC_SAMPLE, method="GET"),
        hook({**DOC_SAMPLE, "event": "call.transferred"}),
        hook({**DOC_SAMPLE, "direction": "sideways"}),
        hook({k: v for k, v in DOC_SAMPLE.items() if k != "call_id"}),
        hook({**DOC_SAMPLE, "callee": None}),
        hook({**DOC_SAMPLE, "timestamp": "yesterday"}),
    ],
    ids=["json", "object", "method", "event", "direction", "call_id", "callee", "timestamp"],
)
def test_parse_webhook_rejects_malformed_requests(request_):
    with pytest.raises(errors.BadEvent):
        offline_provider().parse_webhook(request_)
