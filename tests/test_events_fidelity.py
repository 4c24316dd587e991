"""What public integrations add to the VoiceCloud and TEL4VN documents, end to end:
simulator (in the matching mode) → webhook listener → registry → published events, over loopback.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging

import httpx
import pytest

from agent_desk import errors
from agent_desk.sim.server import Simulator
from tests.helpers import until
from tests.helpers.sim import fast_settings
from tests.helpers.webhooks import PROVIDERS, check_call, finish, open_desk

PHONE = "0901234567"


@pytest.fixture
def sim_settings():
    return fast_settings(ring_timeout=0.25)  # unanswered calls give up sooner


@pytest.fixture
def sim_dialects() -> list[str]:
    return list(PROVIDERS)  # only the webhook dialects (oapi's websocket is the websocket source's business)


async def set_mode(sim: Simulator, provider: str, route: str, body: dict) -> httpx.Response:
    async with httpx.AsyncClient() as http:
        return await http.post(f"{sim.base_url}/_sim/{provider}/{route}", json=body)


# ---------------------------------------------------------------------- VoiceCloud
async def test_voicecloud_refusals_with_http_200_are_refusals_quoting_the_body(sim, webhook_provider_for):
    assert (await set_mode(sim, "voicecloud", "mode", {"refusals": "ok"})).status_code == 200
    provider = webhook_provider_for("voicecloud")
    with pytest.raises(errors.PbxRefused) as caught:
        await provider.dial("12")  # not a phone number: refused with HTTP 200 and a plain-text body
    assert str(caught.value) == "the PBX refused the click-to-call: INVALID_NUMBER: to_number must be 3-15 digits"
    assert caught.value.detail.startswith("HTTP 200: ")
    sim.world.extensions["102"].registered = False
    with pytest.raises(errors.NotRegistered):
        await webhook_provider_for("voicecloud", extension="102").dial(PHONE, mode="async")
    result = await provider.dial(PHONE, mode="async")
    assert result.message == "OK"
    assert (await set_mode(sim, "voicecloud", "mode", {"refusals": "maybe"})).status_code == 400


async def test_voicecloud_json_callbacks_with_the_cdr_before_the_hangups_and_duplicates(sim, webhook_provider_for):
    answer = await set_mode(sim, "voicecloud", "mode", {"callbacks": "json", "cdr_before_hangup": True})
    assert answer.json()["callbacks"] == "json"
    desk = await open_desk(sim, webhook_provider_for("voicecloud"))
    sim.faults.update({"duplicate": 1.0})  # a retrying PBX: every callback twice
    try:
        answered = sim.world.start_inbound(PHONE, extension="101")
        await finish(sim, answered)
        events = check_call(desk, answered, "voicecloud")
        assert [(e.state, e.extension, mine) for e, mine in events] == [
            ("ringing", "101", True),
            ("answered", "101", True),
            ("hangup", "101", True),
            ("cdr", "101", True),
        ]
        hangup, cdr = events[2][0], events[3][0]
        assert hangup.raw == {"derived": True}  # the CDR came first and ended the leg...
        assert cdr.recording_url and cdr.recording_url.startswith(sim.base_url) and cdr.duration is not None
        listener = desk.pipeline.source
        assert listener.counters["events"] == 8  # ...the HANGUP and every duplicate came and were dropped

        for n in sim.world.queues["888"].members:
            sim.world.extensions[n].answers = False
        missed = sim.world.start_inbound("0907654321", queue="888")
        await finish(sim, missed)
        states = [e.state for e, _ in check_call(desk, missed, "voicecloud")]
        assert states.count("missed") == 1 and states[-1] == "cdr"  # derived: JSON mode sends no missed

        outbound = sim.world.click_to_call("101", PHONE)
        await finish(sim, outbound)
        first = check_call(desk, outbound, "voicecloud")[0][0]
        assert (first.state, first.direction, first.extension, first.customer) == ("ringing", "outbound", "101", PHONE)
    finally:
        await desk.pipeline.stop()


async def test_voicecloud_json_state_and_direction_ignore_case(sim, webhook_provider_for):
    desk = await open_desk(sim, webhook_provider_for("voicecloud"))
    url = f"http://127.0.0.1:{desk.port}/e2e-hook-secret/api/callcenter/event"
    body = {
        "call_id": 77,
        "state": "Ringing",
        "direction": "INBOUND",
        "from_number": PHONE,
        "to_number": "101",
        "duration": None,
        "recording_url": None,
    }
    try:
        async with httpx.AsyncClient() as http:
            assert (await http.post(url, json=body)).json() == {"status code": 200, "message": "OK"}
            assert (await http.post(url, json={**body, "state": "answered"})).status_code == 200
            refused = await http.post(url, json={**body, "state": "parked"})
            assert refused.status_code == 404  # the document's only error answer
            assert (await http.post(url, json={**body, "direction": "sideways"})).status_code == 404
        await until(lambda: len(desk.published) == 2)
    finally:
        await desk.pipeline.stop()
    assert [(e.call_id, e.state, e.direction, e.extension, e.customer) for e, _ in desk.published] == [
        ("77", "ringing", "inbound", "101", PHONE),
        ("77", "answered", "inbound", "101", PHONE),
    ]
    assert desk.pipeline.source.counters["400 unknown state 'parked'"] == 1


async def test_voicecloud_call_in_with_ring_and_answer_events_queue_and_did(sim, webhook_provider_for):
    await set_mode(sim, "voicecloud", "mode", {"call_in_events": True})
    desk = await open_desk(sim, webhook_provider_for("voicecloud"))
    try:
        call = sim.world.start_inbound(PHONE, queue="999")
        await finish(sim, call)
        events = check_call(desk, call, "voicecloud")
    finally:
        await desk.pipeline.stop()
    answered = next(e for e, _ in events if e.state == "answered")
    assert answered.raw["event"] == "ANSWER" and answered.extension == call.extension
    ringing = [e for e, _ in events if e.state == "ringing"]
    assert ringing and all(
        e.raw["event"] == "RING" and e.queue == "999" and e.raw["did"] == call.hotline for e in ringing
    )
    assert {e.extension for e in ringing} == set(call.legs)


# ---------------------------------------------------------------------- TEL4VN
async def test_tel4vn_newer_revision_registers_with_ids_and_delivers_missed_and_autocall(sim, webhook_provider_for):
    assert (await set_mode(sim, "tel4vn", "hooks", {"revision": "newer"})).status_code == 200
    provider = webhook_provider_for(
        "tel4vn", webhook_events=["ringing", "answered", "hangup", "cdr", "missed", "cdr_autocall"]
    )
    desk = await open_desk(sim, provider)
    hooks = sim.dialects["tel4vn"].hooks
    try:
        registration = await provider.register_webhook(f"http://127.0.0.1:{desk.port}/hooks/tel4vn", "e2e-hook-secret")
        assert sorted(registration.ids) == sorted(h["event_domain_uuid"] for h in hooks)  # ids from {created, id}
        assert {h["event_name"] for h in hooks} == set(provider.hook_events) and len(hooks) == 6

        for n in sim.world.queues["888"].members:
            sim.world.extensions[n].answers = False
        missed = sim.world.start_inbound("0907654321", queue="888")
        await finish(sim, missed)
        events = check_call(desk, missed, "tel4vn")  # the PBX's own missed: still exactly one
        event = next(e for e, _ in events if e.state == "missed")
        assert event.raw.get("derived") is None and event.raw["state"] == "missed"
        assert (event.direction, event.customer, event.extension) == ("inbound", "0907654321", None)

        answer = await set_mode(sim, "tel4vn", "autocall", {"phone": PHONE, "customer_id": "C-42", "press_key": "1"})
        call_id = answer.json()["call_id"]
        await sim.drain()
        await until(lambda: any(e.call_id == call_id for e, _ in desk.published))
        autocall, mine = next((e, m) for e, m in desk.published if e.call_id == call_id)
        assert (autocall.state, autocall.direction, autocall.customer, autocall.extension, mine) == (
            "cdr",
            "outbound",
            PHONE,
            None,
            False,
        )
        assert (autocall.raw["state"], autocall.raw["press_key"], autocall.raw["customer_id"]) == (
            "cdr_autocall",
            "1",
            "C-42",
        )
    finally:
        await desk.pipeline.stop()
        await provider.unregister_webhook(registration)
    assert hooks == []


async def test_tel4vn_document_revision_keeps_the_bare_created_answer(sim, webhook_provider_for):
    provider = webhook_provider_for("tel4vn")
    registration = await provider.register_webhook("http://127.0.0.1:9/hooks/tel4vn", None)
    hooks = sim.dialects["tel4vn"].hooks
    assert sorted(registration.ids) == sorted(h["event_domain_uuid"] for h in hooks)  # listed: no id answered
    assert {h["event_name"] for h in hooks} == {"ringing", "answered", "hangup", "cdr"}
    refused = await set_mode(sim, "tel4vn", "autocall", {"phone": PHONE, "customer_id": "C-1"})
    assert refused.status_code == 409  # the document's PBX has no cdr_autocall
    await provider.unregister_webhook(registration)


async def test_tel4vn_webhook_events_setting_is_checked(webhook_provider_for):
    with pytest.raises(
        errors.ConfigError,
        match="webhook_events must be a list of ringing, answered, hangup, cdr, missed, cdr_autocall",
    ):
        webhook_provider_for("tel4vn", webhook_events=["ringing", "parked"])
    with pytest.raises(errors.ConfigError, match="webhook_events must be a list of"):
        webhook_provider_for("tel4vn", webhook_events=["ringing", {"name": "missed"}])  # a TOML table, not a name


async def test_voicecloud_call_logs_with_any_status_and_decimal_seconds_are_kept(sim, webhook_provider_for):
    """Issue 17, item 2: CANCELLED / UNKNOWN call logs and ``duration=11.0`` used to be answered 404 and lost."""
    mode = {"call_log_status": "other", "duration_format": "decimal"}
    assert (await set_mode(sim, "voicecloud", "mode", mode)).status_code == 200
    desk = await open_desk(sim, webhook_provider_for("voicecloud"))
    try:
        sim.world.extensions["101"].answers = False
        missed = sim.world.start_inbound(PHONE, extension="101")
        await finish(sim, missed)
        outbound = sim.world.click_to_call("101", "0907654321")  # never picked up: a failed click-to-call
        await finish(sim, outbound)
        sim.world.extensions["101"].answers = True
        answered = sim.world.start_inbound("0908888888", extension="101")
        await finish(sim, answered)
    finally:
        await desk.pipeline.stop()
    assert desk.pipeline.source.counters.get("404 unknown calldata status 'CANCELLED'", 0) == 0
    logs = {e.call_id: e for e, mine in desk.published if e.state == "cdr" and mine}
    first, second, third = logs[missed.id], logs[outbound.id], logs[answered.id]
    assert (first.pbx_status, first.outcome) == ("CANCELLED", "missed")
    assert (second.pbx_status, second.outcome) == ("UNKNOWN", "unknown")
    assert (third.pbx_status, third.outcome) == ("ANSWERED", "answered")
    assert third.duration == round(sim.world.cdrs[-1].ended_at - sim.world.cdrs[-1].started_at)
    started = dt.datetime.fromtimestamp(int(answered.created_at), dt.timezone(dt.timedelta(hours=7)))
    assert third.at == started  # calldate, the call's start in Vietnam time, is the event's time
    missed_events = [e for e, _ in desk.published if e.call_id == missed.id and e.state == "missed"]
    assert [(e.duration, e.outcome) for e in missed_events] == [(round(missed.ended_at - missed.created_at), "missed")]


async def test_tel4vn_hooks_shaped_like_the_documents_example_reach_the_extension(sim, webhook_provider_for):
    """Issue 17, item 4: the example hook names the customer first on an outbound call."""
    assert (await set_mode(sim, "tel4vn", "hook-sides", {"hook_sides": "example"})).status_code == 200
    desk = await open_desk(sim, webhook_provider_for("tel4vn"))
    try:
        call = sim.world.click_to_call("101", PHONE)
        await finish(sim, call)
        events = check_call(desk, call, "tel4vn")
    finally:
        await desk.pipeline.stop()
    legs = [(e.state, e.caller, e.callee, e.extension, e.customer, mine) for e, mine in events if e.state != "cdr"]
    assert legs == [
        ("ringing", PHONE, "101", "101", PHONE, True),
        ("answered", PHONE, "101", "101", PHONE, True),
        ("hangup", PHONE, "101", "101", PHONE, True),
    ]
    assert events[-1][0].outcome == "answered"


# ---------------------------------------------------------------------- the listener
async def test_a_request_aiohttp_cannot_parse_is_one_log_line_not_a_traceback(caplog):
    """Issue 17, item 11: a 2 MB URL (behind the secret path prefix) printed aiohttp's traceback."""
    from tests.helpers.listener import offline_provider, serving

    caplog.set_level(logging.INFO)
    async with serving(offline_provider("voicecloud"), "s3cret-prefix") as served:
        reader, writer = await asyncio.open_connection("127.0.0.1", served.listener.port)
        writer.write(b"GET /s3cret-prefix/api/callcenter/call_in?phone=" + b"9" * 2_000_000 + b" HTTP/1.1\r\n\r\n")
        await writer.drain()
        answer = await reader.read(100)
        writer.close()
        async with httpx.AsyncClient() as http:  # and it keeps serving
            ok = await http.get(f"{served.url}/s3cret-prefix/api/callcenter/hangup", params={"callid": "v1"})
    assert answer.startswith(b"HTTP/1.0 400 ") and ok.status_code == 200
    lines = [r for r in caplog.records if "not valid HTTP" in r.getMessage() or r.exc_info]
    assert len(lines) == 1 and not lines[0].exc_info, [r.getMessage() for r in lines]
    assert "LineTooLong" in lines[0].getMessage() and len(lines[0].getMessage()) < 400
    assert not any("s3cret-prefix" in r.getMessage() for r in caplog.records if not r.name.startswith("httpx"))
