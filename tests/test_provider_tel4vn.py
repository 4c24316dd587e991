"""The tel4vn provider against the simulator's tel4vn dialect over loopback HTTP.

Covers sign-in (api_key and password), user status, token refresh, 401 vs 5xx vs timeout,
click-to-call (sync waits for pickup, never answered, async GET and POST, refusals), live calls
and the four supervisor actions, agent states, both CDR mappings and both paging styles,
customer search, and webhook registration and delivery end to end.
"""

from __future__ import annotations

import asyncio
import json
import time

import httpx
import pytest

from agent_desk import errors
from agent_desk.config import parse_profile
from agent_desk.models import CDR_STATUSES, CallAction, Capability, HistoryQuery, WebhookRequest
from agent_desk.providers import create_provider
from agent_desk.providers.base import Provider
from agent_desk.providers.tel4vn import NO_ANSWER_TEXT, Tel4vnProvider, cdr_record
from agent_desk.secrets import SecretStore
from agent_desk.sim.server import Simulator
from agent_desk.sim.world import Customer
from tests.helpers import until
from tests.helpers.tel4vn import PHONE, bearer, call_finished, make_provider, read_all
from tests.helpers.webhooks import HookCollector


@pytest.fixture
def sim_dialects() -> list[str]:
    return ["tel4vn", "tel4vn-pbx"]  # these tests need no other provider's routes


# ---------------------------------------------------------------------- sign-in and plumbing
async def test_capabilities_are_the_documented_ones(provider_for):
    provider = provider_for("tel4vn")
    assert provider.capabilities == {
        Capability.CLICK_TO_CALL_SYNC,
        Capability.CLICK_TO_CALL_ASYNC,
        Capability.LIVE_CALLS,
        Capability.LISTEN,
        Capability.WHISPER,
        Capability.BARGE,
        Capability.TRANSFER,
        Capability.SOFTPHONE_STATUS,
        Capability.AGENT_STATES,
        Capability.HISTORY,
        Capability.RECORDINGS,
        Capability.CUSTOMERS,
        Capability.WEBHOOK_EVENTS,
        Capability.WEBHOOK_REGISTRATION,
        Capability.CAMPAIGNS,
        Capability.DNC,
    }
    assert provider.webhook_routes == (("POST", "/hooks/tel4vn"),)
    with pytest.raises(errors.Unsupported):
        await provider.queue_stats()


async def test_login_with_api_key_reads_the_user_status(sim, provider_for):
    provider = provider_for("tel4vn")
    status = await provider.login()
    ext = sim.world.extensions["101"]
    assert (status.provider, status.user, status.extension) == ("tel4vn", "agent101", "101")
    assert status.logged_in and status.softphone_registered is True
    assert status.agent_name == ext.name and status.level is None  # only /v1/auth tells the level
    hits = sim.dialects["tel4vn"].hits
    assert hits["POST /v1/auth"] == 0 and hits["POST /v2/auth/token"] == 1
    assert hits[f"GET /v2/user/{ext.user_uuid}/status"] == 1  # the token's client_id


@pytest.mark.parametrize("served", ["user", "customer"])
async def test_the_user_status_is_read_on_whichever_printed_path_the_pbx_serves(sim, provider_for, served):
    """Issue 17, item 3: document 002 prints /v2/user/<id>/status (curl) and
    /v2/customer/user/<id>/status (HTTP Request line); a PBX serving only the second failed sign-in."""
    async with httpx.AsyncClient() as http:
        answer = await http.post(f"{sim.base_url}/_sim/tel4vn/status-path", json={"status_path": served})
        assert answer.status_code == 200
    provider = provider_for("tel4vn")
    ext = sim.world.extensions["101"]
    for _ in range(2):
        status = await provider.login()
        assert status.softphone_registered is True and status.agent_name == ext.name and status.detail is None
    hits = sim.dialects["tel4vn"].hits
    user, customer = f"GET /v2/user/{ext.user_uuid}/status", f"GET /v2/customer/user/{ext.user_uuid}/status"
    if served == "user":
        assert (hits[user], hits[customer]) == (2, 0)
    else:  # one 404 on the curl's path, then the other path is remembered for the session
        assert (hits[user], hits[customer]) == (1, 2)


async def test_a_status_that_cannot_be_read_never_fails_the_sign_in(sim, provider_for):
    provider = provider_for("tel4vn")
    provider._account = {"user_uuid": "no-such-user"}  # the PBX answers 404 on both paths for it
    status = await provider.login()
    assert status.logged_in and status.softphone_registered is None
    assert (
        status.detail == "the PBX did not give the softphone's status: the PBX does not know that user, call or record"
    )


async def test_login_with_password_keeps_level_and_key_in_memory(sim, memory_keyring):
    sim.world.extensions["100"].registered = False
    provider = make_provider(sim, extension="100", api_key=None)
    try:
        status = await provider.login()
    finally:
        await provider.aclose()
    assert status.level == "admin" and status.extension == "100" and status.user == "supervisor"
    assert status.softphone_registered is False
    assert sim.dialects["tel4vn"].hits["POST /v1/auth"] == 1
    assert memory_keyring.store == {}  # the returned api_key is not stored anywhere


@pytest.mark.parametrize("secrets", [{"api_key": "not-a-key"}, {"api_key": None, "password": "wrong"}])
async def test_bad_credentials_are_auth_failed_without_the_secret_in_the_text(sim, secrets):
    provider = make_provider(sim, **secrets)
    try:
        with pytest.raises(errors.AuthFailed) as caught:
            await provider.login()
    finally:
        await provider.aclose()
    assert "not-a-key" not in str(caught.value) and "wrong" not in str(caught.value)
    assert "not-a-key" not in caught.value.detail and "wrong" not in caught.value.detail


async def test_password_sign_in_needs_a_username(sim):
    provider = make_provider(sim, table={"username": ""}, api_key=None)
    with pytest.raises(errors.ConfigError, match="username is required"):
        await provider.login()
    await provider.aclose()


async def test_expired_token_is_refreshed_once_and_the_call_succeeds(sim, provider_for):
    provider = provider_for("tel4vn")
    await provider.login()
    assert sim.tokens.expire_all() == 1
    assert await provider.live_calls() == []
    hits = sim.dialects["tel4vn"].hits
    assert hits["POST /v2/auth/token"] == 2 and hits["GET /v2/call"] == 2  # one 401, one success


async def test_server_error_burst_is_unreachable_and_the_dial_is_not_resent(sim, provider_for):
    provider = provider_for("tel4vn")
    await provider.login()
    sim.faults.error_burst = 1
    with pytest.raises(errors.PbxUnreachable) as caught:
        await provider.dial(PHONE)
    assert not isinstance(caught.value, errors.PbxTimeout) and "server error" in str(caught.value)
    assert sim.world.calls == {} and sim.dialects["tel4vn"].hits["GET /v1/click2call"] == 0
    assert await provider.live_calls() == []  # the burst is over


async def test_click_to_call_timeout_is_reported_and_sent_exactly_once(sim, provider_for):
    provider = provider_for("tel4vn", dial_timeout=0.2)
    await provider.login()
    before = len(sim.world.cdrs)
    sim.faults.latency = 0.4
    with pytest.raises(errors.PbxTimeout, match="click-to-call"):
        await provider.dial(PHONE)
    await until(lambda: len(sim.world.cdrs) > before)  # the PBX still placed the call after the delay
    await asyncio.sleep(0.3)
    assert sim.dialects["tel4vn"].hits["GET /v1/click2call"] == 1
    assert [(c.extension, c.to_number) for c in sim.world.cdrs[before:]] == [("101", PHONE)]


# ---------------------------------------------------------------------- click-to-call
async def test_sync_dial_answers_only_after_the_extension_picks_up(sim, provider_for):
    sim.world.settings.answer_delay = 0.3
    provider = provider_for("tel4vn")
    started = time.monotonic()
    result = await provider.dial(PHONE, customer_id="KH01")
    assert time.monotonic() - started >= 0.3
    call = sim.world.calls[result.call_id]
    assert call.legs["101"].state == "answered" and call.customer_id == "KH01"
    assert (result.mode, result.number, result.extension, result.message) == ("sync", PHONE, "101", "success")


async def test_sync_dial_when_the_extension_never_answers(sim, provider_for):
    sim.world.extensions["101"].answers = False
    provider = provider_for("tel4vn")
    started = time.monotonic()
    with pytest.raises(errors.PbxRefused) as caught:
        await provider.dial(PHONE)
    assert time.monotonic() - started >= sim.world.settings.ring_timeout * 0.9
    assert caught.value.code == "NO_ANSWER" and str(caught.value) == NO_ANSWER_TEXT
    await until(lambda: sim.world.cdrs[-1].status == "invalid")


@pytest.mark.parametrize(
    "mode, customer_id, path",
    [
        ("sync", None, "GET /v1/click2call"),
        ("async", None, "GET /v1/click2call/async"),
        ("async", "KH01", "POST /v2/click2call"),
    ],
)
async def test_dial_refusals_are_typed(sim, provider_for, mode, customer_id, path):
    provider = provider_for("tel4vn")
    sim.world.extensions["101"].registered = False
    with pytest.raises(errors.NotRegistered, match="softphone is not registered"):
        await provider.dial(PHONE, mode=mode, customer_id=customer_id)
    sim.world.extensions["101"].registered = True
    sim.world.click_to_call("101", "0907654321")
    with pytest.raises(errors.UserBusy):
        await provider.dial(PHONE, mode=mode, customer_id=customer_id)
    assert sim.dialects["tel4vn"].hits[path] == 2
    unknown = make_provider(sim, table={"extension": "199"})
    try:
        with pytest.raises(errors.NotFound):
            await unknown.dial(PHONE, mode=mode, customer_id=customer_id)
    finally:
        await unknown.aclose()


@pytest.mark.parametrize("customer_id, path", [(None, "GET /v1/click2call/async"), ("KH07", "POST /v2/click2call")])
async def test_async_dial_returns_before_the_phone_is_picked_up(sim, provider_for, customer_id, path):
    sim.world.settings.answer_delay = 5.0
    provider = provider_for("tel4vn")
    result = await provider.dial(PHONE, mode="async", customer_id=customer_id)
    call = sim.world.calls[result.call_id]
    assert call.legs["101"].state == "ringing" and call.customer_id == customer_id
    assert result.mode == "async" and sim.dialects["tel4vn"].hits[path] == 1
    with pytest.raises(errors.ConfigError):
        await provider.dial(PHONE, mode="later")


# ---------------------------------------------------------------------- live calls and supervisor
async def test_live_calls_and_every_supervisor_action(sim, provider_for):
    sim.world.settings.talk_time = (30.0, 30.0)
    supervisor = provider_for("tel4vn", extension="100")
    call = sim.world.click_to_call("102", PHONE)
    [live] = await supervisor.live_calls()
    assert (live.call_id, live.direction, live.extension, live.customer) == (call.id, "outbound", "102", PHONE)
    assert live.state == "CS_EXECUTE" and live.started_at.utcoffset().seconds == 7 * 3600
    for action in (CallAction.LISTEN, CallAction.WHISPER, CallAction.BARGE):
        result = await supervisor.call_action(action, call.id, "100")
        assert (result.action, result.call_id, result.extension, result.message) == (action, call.id, "100", "success")
        assert call.monitors == {"100": action.value}
    moved = await supervisor.call_action(CallAction.TRANSFER, call.id, "103")
    assert moved.extension == "103" and call.extension == "103"
    with pytest.raises(errors.NotFound):
        await supervisor.call_action(CallAction.LISTEN, "no-such-call", "100")
    sim.world.extensions["104"].registered = False
    with pytest.raises(errors.NotRegistered):
        await supervisor.call_action(CallAction.TRANSFER, call.id, "104")


async def test_agents_come_from_the_profile_setting(sim, provider_for):
    sim.world.settings.talk_time = (30.0, 30.0)
    world = sim.world
    world.click_to_call("102", PHONE)
    world.extensions["103"].registered = False
    supervisor = provider_for(
        "tel4vn", extension="100", agents=["agent101", world.extensions["102"].user_uuid, "agent103", "nobody"]
    )
    states = await supervisor.agents()
    assert [(a.extension, a.state, a.registered) for a in states] == [
        ("101", "available", True),
        ("102", "busy", True),
        ("103", "offline", False),
        ("nobody", "unknown", None),
    ]
    assert states[0].name == world.extensions["101"].name
    with pytest.raises(errors.ConfigError, match="agents"):
        await provider_for("tel4vn", extension="101").agents()


# ---------------------------------------------------------------------- history
async def set_mapping(sim: Simulator, mapping: str) -> None:
    async with httpx.AsyncClient() as client:
        answer = await client.post(f"{sim.base_url}/_sim/tel4vn/cdr-mapping", json={"mapping": mapping})
    assert answer.json() == {"mapping": mapping}


@pytest.mark.parametrize("mapping", ["default", "flex"])
@pytest.mark.parametrize("paging", ["scroll", "page"])
async def test_history_reads_every_record_in_both_mappings_and_paging_styles(sim, provider_for, mapping, paging):
    await set_mapping(sim, mapping)
    provider = provider_for("tel4vn", cdr_paging=paging)
    records, totals = await read_all(provider, limit=25)
    world = sim.world
    assert [r.call_id for r in records] == [c.id for c in reversed(world.cdrs)]  # newest first, no gaps
    assert totals == ([len(world.cdrs)] * 3 if paging == "page" else [None] * 3)
    newest, source = records[0], world.cdrs[-1]
    assert newest.direction == source.direction and newest.extension == source.extension
    assert newest.phone in (source.from_number, source.to_number) and newest.phone != source.extension
    assert newest.duration == source.duration and newest.started_at.timestamp() == int(source.started_at)
    assert newest.customer_id == source.customer_id
    assert newest.billsec == (source.billsec if mapping == "flex" else None)
    assert {r.status for r in records} <= set(CDR_STATUSES) - {"unknown"}
    answered = next(r for r in records if r.status == "answered")
    assert answered.recording.startswith(sim.base_url + "/recordings/")
    assert await provider.recording_url(answered) == answered.recording


async def test_history_filters(sim, provider_for):
    provider = provider_for("tel4vn")
    world = sim.world
    target = world.cdrs[-5]
    phone = target.from_number if target.direction == "inbound" else target.to_number
    page = await provider.history(HistoryQuery(phone=phone, limit=100))
    assert page.records and all(phone in (r.caller, r.callee) for r in page.records)
    inbound = await provider.history(HistoryQuery(direction="inbound", extension="101", limit=100))
    assert inbound.records and {(r.direction, r.extension) for r in inbound.records} == {("inbound", "101")}
    day = page.records[0].started_at.date()
    dated = await provider.history(HistoryQuery(start=day, end=day, limit=100))
    assert dated.records and {r.started_at.date() for r in dated.records} == {day}
    missed = await provider.history(HistoryQuery(status="missed", limit=100))
    assert {r.status for r in missed.records} == {"missed"}


async def test_history_cursor_and_paging_setting_are_checked(provider_for):
    with pytest.raises(errors.ConfigError, match="cdr_paging"):
        await provider_for("tel4vn", cdr_paging="all").history(HistoryQuery())
    with pytest.raises(errors.ConfigError, match="page number"):
        await provider_for("tel4vn", cdr_paging="page").history(HistoryQuery(cursor="abc"))
    with pytest.raises(errors.PbxRefused, match="scroll_id"):
        await provider_for("tel4vn").history(HistoryQuery(cursor="expired-scroll"))


def test_cdr_records_of_the_documents_own_examples():
    default = cdr_record(
        {
            "id": "01b7d166-b564-42ec-80a1-4ad343225934 ",
            "sip_call_id": "aabbccddee112233..",
            "cause": "NORMAL_CLEARING",
            "duration": 7,
            "direction": 3,
            "recording_url": "",
            "extension": "101",
            "from_number": "19001919",
            "to_number": "0899888999",
            "receive_dest": "",
            "time_started": "2021-02-18 17:20:58",
            "time_answered": "",
            "time_ended": "2021-02-18 17:21:05",
            "status": "BUSY",
            "customer_id": "KH1",
        }
    )
    assert default.call_id == "01b7d166-b564-42ec-80a1-4ad343225934" and default.direction == "unknown"
    assert default.status == "busy" and default.answered_at is None and default.recording is None
    assert default.started_at.isoformat() == "2021-02-18T17:20:58+07:00" and default.queue is None
    flex = cdr_record(
        {
            "cdrId": "0c1d6ff3-c9b0-4fd1-8f5c-7be53f5f6973",
            "sip_call_id": "80bea701-49de-123a-89ab-fa163e3b9b38",
            "recordFile": "http://recording.demo/0c1d6ff3",
            "extensionId": "101",
            "to": "0899888999",
            "hangupAt": "2021-06-17 14:14:56",
            "answeredAt": "2021-06-17 14:14:33",
            "ringAt": "2021-06-17 14:14:36",
            "dialAt": "2021-06-17 14:14:31",
            "status": "answered",
            "duration": 25,
            "direction": "outbound",
            "billsec": 23,
            "customerId": "KH1",
        }
    )
    assert (flex.caller, flex.callee, flex.phone, flex.status, flex.billsec) == (
        "101",
        "0899888999",
        "0899888999",
        "answered",
        23,
    )
    assert [
        cdr_record({"id": "x", "status": s}).status
        for s in ("no-answered", "cancel", "not-available", "invalid", "strange")
    ] == ["missed", "cancelled", "failed", "failed", "unknown"]


# ---------------------------------------------------------------------- customers
async def test_find_customer_pages_through_the_customer_list(sim, provider_for):
    world = sim.world
    for i in range(150):
        world.customers[f"extra-{i}"] = Customer(
            id=f"extra-{i}", code=f"X{i}", name=f"Extra {i}", phone=f"0355{i:06d}", campaign_id="c", contract_number="n"
        )
    provider = provider_for("tel4vn")
    found = await provider.find_customer("+84 355 000 140")
    assert (found.id, found.name, found.phone, found.code) == ("extra-140", "Extra 140", "0355000140", "X140")
    assert sim.dialects["tel4vn"].hits["GET /v2/customer"] == 2
    first = next(iter(world.customers.values()))
    assert (await provider.find_customer(first.phone)).id == first.id
    assert await provider.find_customer("0999999999") is None


# ---------------------------------------------------------------------- webhooks
async def test_webhook_registration_and_delivery_round_trip(sim, provider_for):
    provider = provider_for("tel4vn")
    dialect = sim.dialects["tel4vn"]
    async with HookCollector() as hooks:
        registration = await provider.register_webhook(hooks.url, "hook-secret")
        assert len(registration.ids) == 4 and {h["event_name"] for h in dialect.hooks} == {
            "ringing",
            "answered",
            "hangup",
            "cdr",
        }
        call = sim.world.start_inbound(PHONE, queue="999")
        await call_finished(sim, call)
        events = [e for request in hooks.requests for e in provider.parse_webhook(request)]
        assert {r.headers["x-api-key"] for r in hooks.requests} == {"hook-secret"}
        assert {r.path for r in hooks.requests} == {"/hooks/tel4vn"}
        states = [e.state for e in events]
        assert states.count("ringing") == 4 and states.count("answered") == 1 and states.count("hangup") == 4
        assert states[-1] == "cdr" and states.count("cdr") == 1
        legs = {e.call_id for e in events if e.state == "ringing"}
        assert {e.call_id for e in events if e.state in ("answered", "hangup")} <= legs
        cdr = events[-1]
        assert cdr.call_id == call.id and call.id not in legs  # the flow id differs from the legs'
        assert {e.flow_id for e in events} == {call.sip_call_id}
        assert {e.customer for e in events} == {PHONE} and {e.direction for e in events} == {"inbound"}
        answered = next(e for e in events if e.state == "answered")
        assert answered.extension in sim.world.queues["999"].members and cdr.extension == answered.extension
        assert cdr.recording_url.startswith(sim.base_url + "/recordings/")
        assert all(e.duration is not None for e in events if e.state == "hangup")
        await provider.unregister_webhook(registration)
        assert dialect.hooks == []
        delivered = len(hooks.requests)
        await call_finished(sim, sim.world.start_inbound(PHONE, extension="105"))
        assert len(hooks.requests) == delivered


async def test_outbound_events_name_the_extension_and_one_id_for_a_single_extension(sim, provider_for):
    provider = provider_for("tel4vn")
    async with HookCollector() as hooks:
        await provider.register_webhook(hooks.url, None)
        result = await provider.dial(PHONE)
        await call_finished(sim, sim.world.calls[result.call_id])
        events = [e for request in hooks.requests for e in provider.parse_webhook(request)]
    assert [e.state for e in events] == ["ringing", "answered", "hangup", "cdr"]
    assert {e.call_id for e in events} == {result.call_id}
    assert {(e.direction, e.extension, e.customer) for e in events} == {("outbound", "101", PHONE)}
    assert all("x-api-key" not in r.headers for r in hooks.requests)


async def test_registering_again_replaces_the_earlier_registration(sim, provider_for):
    provider = provider_for("tel4vn")
    first = await provider.register_webhook("http://127.0.0.1:9/hooks/tel4vn", "a")
    second = await provider.register_webhook("http://127.0.0.1:9/hooks/tel4vn", "b")
    hooks = sim.dialects["tel4vn"].hooks
    assert len(hooks) == 4 and {h["callback_apikey"] for h in hooks} == {"b"}
    assert not set(first.ids) & set(second.ids)
    await provider.unregister_webhook(first)  # already gone: no error


async def test_an_event_name_outside_the_four_is_accepted_but_never_delivered(sim):
    async with HookCollector() as hooks, httpx.AsyncClient(base_url=sim.url("tel4vn")) as client:
        answer = await client.post(
            "/v1/event",
            headers=await bearer(sim),
            json={"callback_url": hooks.url, "callback_apikey": "foo", "event": "create"},
        )
        assert answer.json() == {"created": True}
        await call_finished(sim, sim.world.start_inbound(PHONE, extension="102"))
        assert hooks.requests == []


async def test_malformed_deliveries_are_bad_events(sim, provider_for):
    provider = provider_for("tel4vn")
    async with HookCollector() as hooks:
        await provider.register_webhook(hooks.url, "s")
        sim.faults.malformed = 1.0
        await call_finished(sim, sim.world.start_inbound(PHONE, extension="102"))
    assert hooks.requests
    for request in hooks.requests:
        with pytest.raises(errors.BadEvent, match="JSON"):
            provider.parse_webhook(request)


def offline_provider() -> Provider:
    """A provider for the pure parsing tests (nothing listens at its address)."""
    profile = parse_profile(
        "offline", {"provider": "tel4vn", "base_url": "http://127.0.0.1:9/tel4vn", "extension": "101"}
    )
    return create_provider(profile, SecretStore(profile, env={}))


def hook(body: object, method: str = "POST") -> WebhookRequest:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    return WebhookRequest(method=method, path="/hooks/tel4vn", query={}, headers={}, body=raw)


DOC_HOOK = {  # document 002's Event Hook Data, verbatim
    "call_id": "avavavav-1111-2222-3333-eeeeeeee",
    "sip_call_id": "dddddddd-1111-2222-3333-eeeeeeee",
    "domain": "test.tel4vn.com",
    "direction": "outbound",
    "from_number": "0899888999",
    "to_number": "101",
    "hotline": "19001919",
    "state": "hangup",
    "duration": 10,
    "billsec": 5,
    "recording_url": "http://recording.demo/ad4c9b90-c071-405a-9723-980d2e5e1623",
}


def test_parse_webhook_reads_the_documented_fields():
    provider = offline_provider()
    [event] = provider.parse_webhook(hook(DOC_HOOK))
    assert (event.call_id, event.state, event.direction, event.extension, event.customer) == (
        "avavavav-1111-2222-3333-eeeeeeee",
        "hangup",
        "outbound",
        "101",  # issue 17, item 4: the profile's extension, though the table would say 0899888999
        "0899888999",
    )
    assert (event.duration, event.flow_id, event.provider, event.source) == (
        10,
        "dddddddd-1111-2222-3333-eeeeeeee",
        "tel4vn",
        "webhook",
    )
    assert event.recording_url == DOC_HOOK["recording_url"] and event.at.utcoffset().seconds == 7 * 3600


@pytest.mark.parametrize(
    "direction, caller, callee, extension",
    [
        ("outbound", "0899888999", "101", "101"),  # the document's example: the profile's extension
        ("outbound", "101", "0899888999", "101"),  # the table's reading
        ("outbound", "0899888999", "105", "105"),  # another agent's call: the extension's shape
        ("inbound", "105", "0899888999", "105"),
        ("inbound", "0899888999", "105", "105"),
        ("outbound", "0899888999", "0911222333", "0899888999"),  # no way to tell: the table's rule
        ("inbound", "0899888999", "0911222333", "0911222333"),
    ],
)
def test_the_agents_side_of_a_hook_is_the_extension_not_the_tables_guess(direction, caller, callee, extension):
    body = {**DOC_HOOK, "direction": direction, "from_number": caller, "to_number": callee}
    [event] = offline_provider().parse_webhook(hook(body))
    assert event.extension == extension and event.customer == (callee if extension == caller else caller)
    assert (event.caller, event.callee) == (caller, callee)  # as sent


@pytest.mark.parametrize(
    "request_, reason",
    [
        (hook(b"{not json"), "JSON"),
        (hook([1, 2]), "object"),
        (hook({**DOC_HOOK, "state": "create"}), "state"),
        (hook({**DOC_HOOK, "direction": "sideways"}), "direction"),
        (hook({**DOC_HOOK, "call_id": ""}), "required"),
        (hook({k: v for k, v in DOC_HOOK.items() if k != "to_number"}), "required"),
        (hook(DOC_HOOK, "GET"), "POST"),
    ],
)
def test_parse_webhook_rejects_malformed_requests(request_, reason):
    with pytest.raises(errors.BadEvent, match=reason):
        offline_provider().parse_webhook(request_)


def test_provider_class_is_registered():
    from agent_desk.providers import provider_class

    assert provider_class("tel4vn") is Tel4vnProvider


async def test_a_status_filtered_on_the_client_has_no_total(sim, provider_for):
    """Issue 17, item 5: /v2/cdr has no status filter; the page's total counted every status."""
    provider = provider_for("tel4vn", cdr_paging="page")
    page = await provider.history(HistoryQuery(status="busy", limit=50))
    assert page.total is None and page.records and {r.status for r in page.records} == {"busy"}


async def test_customers_beyond_the_2000th_are_found_from_the_local_index(sim, provider_for, tmp_path):
    """Issue 17, item 9: with no phone filter, a pop paged through at most 20 x 100 customers."""
    from agent_desk.customers import CustomerIndex

    for i in range(2100):
        cid = f"bulk-{i:05d}"
        sim.world.customers[cid] = Customer(
            id=cid,
            code=f"B{i}",
            name=f"Khách {i}",
            phone=f"0912{i:06d}",
            campaign_id="c",
            contract_number="x",
        )
    last = sim.world.customers["bulk-02099"]
    provider = provider_for("tel4vn")
    assert await provider.find_customer(last.phone) is None  # the old way: 20 pages, then "unknown"
    assert await provider.sync_customers() == len(sim.world.customers)
    before = sim.dialects["tel4vn"].hits["GET /v2/customer"]
    found = await provider.find_customer("+84 912 002 099")
    assert found is not None and (found.id, found.name) == (last.id, last.name)
    assert sim.dialects["tel4vn"].hits["GET /v2/customer"] == before  # no paging on a pop...
    assert sim.dialects["tel4vn"].hits[f"GET /v2/customer/{last.id}"] == 1  # ...one fresh read of the record
    last.name = "Khách đổi tên"
    assert (await provider.find_customer(last.phone)).name == "Khách đổi tên"
    assert await provider.find_customer("0999999999") is None
    reopened = CustomerIndex(provider._customer_index().path)  # the next start begins with the saved copy
    assert reopened.ready and reopened.lookup(last.phone).id == last.id


# ---------------------------------------------------------------------- click-to-call options
async def test_hotline_auto_answer_and_customer_id_go_with_the_click_to_call(sim, provider_for):
    world = sim.world
    world.extensions["101"].answers = False  # only auto_answer picks up
    provider = provider_for("tel4vn", hotline="19009999", auto_answer=True)
    result = await provider.dial("0901234567", mode="sync", customer_id="KH07")
    call = world.calls.get(result.call_id) or next(c for c in world.cdrs if c.id == result.call_id)
    assert call.hotline == "19009999" and call.customer_id == "KH07"
    if result.call_id in world.calls:
        world.hangup(result.call_id)  # the extension is free for the next one
    later = await provider.dial("0901234568", mode="async", customer_id="KH08")  # GET: it takes the options
    assert world.calls[later.call_id].customer_id == "KH08" and world.calls[later.call_id].auto_answer


@pytest.mark.parametrize(("field", "value"), [("hotline", "1900 abc"), ("hotline", 19001919), ("auto_answer", "yes")])
async def test_a_wrong_click_to_call_option_is_a_config_error_naming_it(provider_for, field, value):
    with pytest.raises(errors.ConfigError, match=field):
        provider_for("tel4vn", **{field: value})
