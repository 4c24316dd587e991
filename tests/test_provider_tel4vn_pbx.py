"""The tel4vn-pbx provider against the simulator's tel4vn-pbx dialect over loopback HTTP.

Covers what document 003 differs in (sign-in shapes, the absolute ``expired`` time, the
click-to-call answer without a call id, ``/v1/cdr`` with ``page`` pagination and scroll) and
what it shares with the Call Center (refusals, token refresh, timeouts, webhook round trip).
"""

from __future__ import annotations

import datetime as dt
import time

import httpx
import pytest

from agent_desk import errors
from agent_desk.models import CallAction, Capability, HistoryQuery
from agent_desk.providers.tel4vn_pbx import Tel4vnPbxProvider
from tests.helpers import until
from tests.helpers.tel4vn import PHONE, bearer, call_finished, make_provider, read_all
from tests.helpers.webhooks import HookCollector

KEY = "tel4vn-pbx"


@pytest.fixture
def sim_dialects() -> list[str]:
    return ["tel4vn", "tel4vn-pbx"]  # these tests need no other provider's routes


async def test_capabilities_and_what_the_document_lacks(provider_for):
    provider = provider_for(KEY)
    assert isinstance(provider, Tel4vnPbxProvider)
    assert provider.capabilities == {
        Capability.CLICK_TO_CALL_SYNC,
        Capability.HISTORY,
        Capability.RECORDINGS,
        Capability.WEBHOOK_EVENTS,
        Capability.WEBHOOK_REGISTRATION,
    }
    assert provider.webhook_routes == (("POST", "/hooks/tel4vn"),)
    for operation in (
        provider.live_calls(),
        provider.agents(),
        provider.find_customer(PHONE),
        provider.call_action(CallAction.LISTEN, "x", "100"),
        provider.dial(PHONE, mode="async"),
    ):
        with pytest.raises(errors.Unsupported):
            await operation


async def test_login_with_api_key_cannot_tell_the_softphone_state(sim, provider_for):
    provider = provider_for(KEY)
    started = time.time()
    status = await provider.login()
    assert (status.provider, status.extension, status.user, status.logged_in) == (KEY, "101", "agent101", True)
    assert status.softphone_registered is None and status.level is None
    ttl = sim.world.settings.token_ttl
    assert int(started + ttl) - 1 <= provider.tokens.expires_at <= time.time() + ttl  # absolute Unix time
    hits = sim.dialects[KEY].hits
    assert hits["POST /v1/auth/token"] == 1 and hits["POST /v1/auth"] == 0


async def test_login_with_password_reads_the_pbx_account_shape(sim):
    provider = make_provider(sim, KEY, extension="100", api_key=None)
    try:
        status = await provider.login()
    finally:
        await provider.aclose()
    assert (status.level, status.user, status.extension) == ("admin", "supervisor", "100")
    assert sim.dialects[KEY].hits["POST /v1/auth"] == 1


async def test_bad_key_is_auth_failed_and_expiry_is_refreshed_once(sim, provider_for):
    bad = make_provider(sim, KEY, api_key="tel4vn-key-from-the-other-document")
    try:
        with pytest.raises(errors.AuthFailed):
            await bad.login()
    finally:
        await bad.aclose()
    provider = provider_for(KEY)
    await provider.login()
    sim.tokens.expire_all()
    page = await provider.history(HistoryQuery(limit=5))
    assert len(page.records) == 5
    hits = sim.dialects[KEY].hits
    assert hits["POST /v1/auth/token"] == 3 and hits["GET /v1/cdr"] == 2


async def test_a_call_center_token_is_refused_by_the_pbx(sim):
    async with httpx.AsyncClient(base_url=sim.url(KEY)) as client:
        answer = await client.get("/v1/cdr", headers=await bearer(sim, "tel4vn"))
    assert answer.status_code == 401 and answer.json()["error"] == "Unauthorized"


async def test_sync_dial_waits_for_pickup_and_has_no_call_id(sim, provider_for):
    sim.world.settings.answer_delay = 0.3
    provider = provider_for(KEY)
    started = time.monotonic()
    result = await provider.dial(PHONE, customer_id="KH01")
    assert time.monotonic() - started >= 0.3
    assert (result.mode, result.call_id, result.message, result.extension) == ("sync", None, "success", "101")
    [call] = sim.world.calls.values()
    assert call.legs["101"].state == "answered" and call.customer_id is None  # not a parameter of 003


async def test_dial_refusals_timeout_and_no_resend(sim, provider_for):
    provider = provider_for(KEY, dial_timeout=0.2)
    sim.world.extensions["101"].registered = False
    with pytest.raises(errors.NotRegistered):
        await provider.dial(PHONE)
    sim.world.extensions["101"].registered = True
    sim.world.extensions["101"].answers = False
    sim.world.settings.ring_timeout = 0.1
    with pytest.raises(errors.PbxRefused) as caught:
        await provider.dial(PHONE)
    assert caught.value.code == "NO_ANSWER"
    sim.world.extensions["101"].answers = True
    sim.faults.latency = 0.4
    with pytest.raises(errors.PbxTimeout):
        await provider.dial("0907654321")
    await until(lambda: any(c.to_number == "0907654321" for c in sim.world.cdrs))  # placed after the delay
    assert sim.dialects[KEY].hits["GET /v1/click2call"] == 3


@pytest.mark.parametrize("paging", ["scroll", "page"])
async def test_history_in_both_paging_styles(sim, provider_for, paging):
    provider = provider_for(KEY, cdr_paging=paging)
    records, totals = await read_all(provider, limit=25)
    assert [r.call_id for r in records] == [c.id for c in reversed(sim.world.cdrs)]
    assert totals == ([len(sim.world.cdrs)] * 3 if paging == "page" else [None] * 3)
    assert all(r.customer_id is None and r.raw.keys().isdisjoint({"customer_id"}) for r in records)
    missed = await provider.history(HistoryQuery(status="missed", direction="inbound", limit=100))
    assert missed.records and {(r.status, r.direction) for r in missed.records} == {("missed", "inbound")}


async def test_webhook_round_trip(sim, provider_for):
    provider = provider_for(KEY)
    async with HookCollector() as hooks:
        registration = await provider.register_webhook(hooks.url, "pbx-secret")
        assert len(registration.ids) == 4 and sim.dialects["tel4vn"].hooks == []  # tenants are separate
        call = sim.world.start_inbound(PHONE, queue="888")
        await call_finished(sim, call)
        events = [e for request in hooks.requests for e in provider.parse_webhook(request)]
        await provider.unregister_webhook(registration)
    assert {r.headers["x-api-key"] for r in hooks.requests} == {"pbx-secret"}
    assert [e.state for e in events].count("ringing") == 3 and events[-1].state == "cdr"
    assert events[-1].call_id == call.id and call.id not in {e.call_id for e in events[:-1]}
    assert {e.provider for e in events} == {KEY} and {e.customer for e in events} == {PHONE}
    assert sim.dialects[KEY].hooks == []


async def test_the_documented_status_filter_is_sent_and_the_total_is_the_filtered_one(sim, provider_for):
    """Issue 17, item 5: /v1/cdr documents ``status`` (003, "status | Trạng thái cuộc gọi | ANSWERED");
    the client filtered each page itself and kept the unfiltered total ("0 of 244 calls loaded")."""
    provider = provider_for(KEY, cdr_paging="page")
    page = await provider.history(HistoryQuery(status="missed", limit=10))
    missed = [c for c in sim.world.cdrs if c.status == "no-answered"]
    assert page.total == len(missed) and len(page.records) == min(10, len(missed))
    assert {r.status for r in page.records} == {"missed"}
    failed = await provider.history(HistoryQuery(status="failed", limit=10))  # two PBX statuses: filtered here
    assert failed.total is None and {r.status for r in failed.records} <= {"failed"}


async def test_the_last_day_is_searched_to_its_end_whatever_a_date_alone_means(sim, provider_for):
    """Issue 17, item 6: end_date "2021-02-19 hoặc 2021-02-19 00:00:00": a PBX reading a date as
    midnight cut off the last day's calls, today's included."""
    async with httpx.AsyncClient() as http:
        answer = await http.post(f"{sim.base_url}/_sim/{KEY}/end-date", json={"end_date": "midnight"})
        assert answer.status_code == 200
    call = sim.world.start_inbound(PHONE, extension="101")
    await call_finished(sim, call)
    today = dt.datetime.now(dt.timezone(dt.timedelta(hours=7))).date()
    provider = provider_for(KEY, cdr_paging="page")
    page = await provider.history(HistoryQuery(start=today, end=today, limit=100))
    assert call.id in [r.call_id for r in page.records]
