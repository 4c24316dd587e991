"""The oapi provider against the simulator's oapi dialect over loopback HTTP.

Covers every documented call (auth token, click-to-call, histories, play_recording), the
header hash and the request hashes, the refusals, and the pure websocket helpers
(``stream_url``, ``parse_frame``). The stream itself is in ``test_sim_oapi_stream.py``.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import json
import time

import httpx
import pytest

from agent_desk import errors
from agent_desk.config import parse_profile
from agent_desk.models import Capability, HistoryQuery
from agent_desk.providers import create_provider
from agent_desk.providers.oapi import OapiProvider, parse_expire
from agent_desk.secrets import SecretStore, env_name
from agent_desk.sim.server import Simulator
from agent_desk.sim.world import VN_TZ
from tests.helpers.sim import fast_settings

CUSTOMER = "0901234567"


@pytest.fixture
async def sim(sim_settings):
    """Only the oapi dialect: these tests need no other provider's routes."""
    async with Simulator(sim_settings, providers=["oapi"]) as simulator:
        yield simulator


def sha(*parts: object) -> str:
    return hashlib.sha256("".join(str(p) for p in parts).encode()).hexdigest()


def make_provider(sim: Simulator, extension: str = "101", table_changes=None, **secret_changes) -> OapiProvider:
    """A provider whose secrets differ from the simulator's where ``secret_changes`` says."""
    table, secrets = sim.profile("oapi", extension)
    table.update(table_changes or {})
    secrets.update(secret_changes)
    profile = parse_profile("sim-oapi", table)
    return create_provider(profile, SecretStore(profile, env={env_name(k): v for k, v in secrets.items()}))


def today() -> dt.date:
    return dt.datetime.now(VN_TZ).date()


async def test_capabilities_and_required_fields(sim):
    assert OapiProvider.capabilities == {
        Capability.CLICK_TO_CALL_SYNC,
        Capability.HISTORY,
        Capability.RECORDINGS,
        Capability.WEBSOCKET_EVENTS,
    }
    with pytest.raises(errors.ConfigError, match="sip_user is required"):
        make_provider(sim, table_changes={"sip_user": ""})
    with pytest.raises(errors.ConfigError, match="app_id is required"):
        make_provider(sim, table_changes={"app_id": ""})


async def test_auth_headers_are_app_id_and_sha256_of_id_and_secret(sim, provider_for):
    provider = provider_for("oapi")
    _, secrets = sim.profile("oapi")
    headers = await provider.auth_headers()
    assert headers == {"x-auth-app-id": "agentdesk", "x-auth-app-hash": sha("agentdesk", secrets["app_secret"])}
    assert "Authorization" not in headers


async def test_login_proves_credentials_and_cannot_tell_softphone_status(sim, provider_for):
    provider = provider_for("oapi", "102")
    status = await provider.login()
    assert status.logged_in and status.user == "102" and status.extension == "102"
    assert status.softphone_registered is None and "no API" in status.detail
    token, expires_at = await provider.event_stream_token()
    assert sim.tokens.subject(token) == "oapi:102"
    assert expires_at == pytest.approx(time.time() + sim.world.settings.token_ttl, abs=5)
    assert (await provider.event_stream_token())[0] == token  # cached until shortly before expiry
    fresh, _ = await provider.event_stream_token(refresh=True)
    assert fresh != token and sim.tokens.subject(fresh) == "oapi:102"


async def test_auth_token_request_is_exactly_the_documented_one(sim, provider_for):
    provider = provider_for("oapi")
    _, secrets = sim.profile("oapi")
    url = sim.url("oapi") + "/oapi/v1/voice/auth_token"
    body = {"sipUser": "101", "sipPassword": secrets["sip_password"]}
    good = await provider.auth_headers()
    async with httpx.AsyncClient() as http:
        ok = await http.post(url, json=body, headers=good)
        assert ok.status_code == 200 and set(ok.json()) == {"value", "expire"}
        assert isinstance(ok.json()["expire"], int)
        missing = await http.post(url, json=body)
        wrong = await http.post(url, json=body, headers={**good, "x-auth-app-hash": sha("agentdesk", "nope")})
        assert missing.status_code == wrong.status_code == 401
        assert wrong.json()["code"] == "INVALID_APP_HASH"
        no_password = await http.post(url, json={"sipUser": "101"}, headers=good)
        assert no_password.status_code == 400 and no_password.json()["code"] == "MISSING_PARAMETER"
        assert (await http.get(url, headers=good)).status_code == 405


async def test_wrong_app_secret_or_sip_password_is_auth_failed(sim):
    for changes in ({"app_secret": "not-the-secret"}, {"sip_password": "wrong"}):
        provider = make_provider(sim, **changes)
        with pytest.raises(errors.AuthFailed) as exc:
            await provider.login()
        assert "app secret" in str(exc.value) and changes.popitem()[1] not in str(exc.value)
        await provider.aclose()


async def test_sync_click_to_call_answers_when_the_agent_picks_up(sim, provider_for):
    sim.world.settings.answer_delay = 0.3
    events = []
    sim.world.subscribe(lambda e: events.append(e))
    provider = provider_for("oapi")
    started = time.monotonic()
    result = await provider.dial(CUSTOMER)
    assert time.monotonic() - started >= 0.25
    assert result.mode == "sync" and result.number == CUSTOMER and result.extension == "101"
    assert result.call_id in sim.world.calls
    assert [e.kind for e in events] == ["ringing", "answered"]
    assert sim.world.calls[result.call_id].customer == CUSTOMER


async def test_click_to_call_device_offline_is_not_registered(sim, provider_for):
    sim.world.extensions["101"].registered = False
    provider = provider_for("oapi")
    with pytest.raises(errors.NotRegistered) as exc:
        await provider.dial(CUSTOMER)
    assert str(exc.value) == "your softphone is not registered: open it, sign in, and try again"
    assert exc.value.code == "DEVICE_OFFLINE" and not sim.world.calls


async def test_click_to_call_busy_unanswered_and_async(sim, provider_for):
    provider = provider_for("oapi")
    await provider.dial(CUSTOMER)
    with pytest.raises(errors.UserBusy):
        await provider.dial("0907654321")
    sim.world.extensions["102"].answers = False
    with pytest.raises(errors.PbxRefused) as exc:
        await provider_for("oapi", "102").dial(CUSTOMER)
    assert exc.value.code == "NO_ANSWER" and "nobody picked up" in str(exc.value)
    with pytest.raises(errors.Unsupported):
        await provider.dial(CUSTOMER, mode="async")


async def test_click_to_call_timeout_is_reported_and_never_resent(sim, provider_for):
    sim.faults.latency = 0.5
    provider = provider_for("oapi", dial_timeout=0.2)
    with pytest.raises(errors.PbxTimeout, match="click-to-call"):
        await provider.dial(CUSTOMER)
    await asyncio.sleep(0.8)  # past the latency: every request sent has reached the dialect
    sent = f"POST /oapi/oapi/v1/call/click-to-call/{CUSTOMER}"
    assert sim.dialects["oapi"].received.count(sent) == 1


async def test_history_pages_and_maps_records(sim, provider_for):
    provider = provider_for("oapi")
    query = HistoryQuery(start=today() - dt.timedelta(days=30), end=today(), limit=7)
    first = await provider.history(query)
    in_range = [
        c for c in sim.world.cdrs if c.started_at >= dt.datetime.combine(query.start, dt.time(), VN_TZ).timestamp()
    ]
    assert first.total == len(in_range) > 7 and len(first.records) == 7 and first.next_cursor == "2"
    query.cursor = first.next_cursor
    second = await provider.history(query)
    assert not {r.call_id for r in first.records} & {r.call_id for r in second.records}
    newest = in_range[-1]
    record = first.records[0]
    assert record.started_at.timestamp() == int(newest.started_at)
    assert record.direction == newest.direction and record.extension == newest.extension
    assert record.duration == newest.duration and record.billsec == newest.billsec
    assert (
        record.status
        == {
            "answered": "answered",
            "busy": "busy",
            "no-answered": "missed",
            "cancel": "missed" if newest.direction == "inbound" else "cancelled",
        }[newest.status]
    )
    assert record.phone == (newest.from_number if newest.direction == "inbound" else newest.to_number)
    assert record.raw["class"] == "trunking" and record.raw["direction"] in ("to_ab", "from_ab")
    assert record.recording == newest.recording


async def test_history_shows_a_finished_click_to_call(sim, provider_for):
    provider = provider_for("oapi", "103")
    result = await provider.dial(CUSTOMER)
    while not any(c.id == result.call_id for c in sim.world.cdrs):
        await asyncio.sleep(0.05)
    page = await provider.history(HistoryQuery(start=today(), end=today(), limit=5))
    record = page.records[0]
    assert (record.direction, record.caller, record.callee, record.extension) == ("outbound", "103", CUSTOMER, "103")
    assert record.status == "answered" and record.raw["did_number"] is None
    assert record.raw["caller"] == {"number": "103", "type": "user", "username": "agent103"}


async def test_history_filters_the_api_lacks_are_applied_per_page(sim, provider_for):
    provider = provider_for("oapi")
    page = await provider.history(HistoryQuery(direction="inbound", limit=100))
    assert page.records and all(r.direction == "inbound" for r in page.records)
    assert page.total is None and page.next_cursor is None  # 60 records fit one page of 100


async def test_the_provider_hashes_exactly_what_it_sends_with_or_without_paging(sim, provider_for):
    provider = provider_for("oapi")
    frm, to = str(today() - dt.timedelta(days=3)), str(today())
    dated = {"created_from": frm, "created_to": to}
    for fields, limit in ((dated, 20), ({**dated, "limit": "7", "page": "2"}, 7)):
        params = provider.signed_query(fields)
        assert list(params) == ["appId", *fields, "hash"]  # nothing sent that is not hashed, and the reverse
        response = await provider.request("GET", "/oapi/v1/call/histories", params=params, auth=False)
        assert response.status_code == 200 and response.json()["limit"] == limit
    hashed_with_paging = provider.signed_query({**dated, "limit": "20", "page": "1"})
    sent_without = {k: v for k, v in hashed_with_paging.items() if k not in ("limit", "page")}
    refused = await provider.request("GET", "/oapi/v1/call/histories", params=sent_without, auth=False)
    assert refused.status_code == 401 and refused.json()["code"] == "INVALID_APP_HASH"
    page = await provider.history(HistoryQuery(limit=7))  # the provider always sends both, hashed
    assert len(page.records) == 7 and page.next_cursor == "2"


@pytest.mark.parametrize("sim_settings", [fast_settings(history_size=150)])
async def test_history_range_is_refused_above_31_days_and_limit_is_capped(sim, provider_for):
    provider = provider_for("oapi")
    with pytest.raises(errors.ConfigError, match="at most 31 days"):
        await provider.history(HistoryQuery(start=today() - dt.timedelta(days=31), end=today()))
    with pytest.raises(errors.ConfigError, match="after it ends"):
        await provider.history(HistoryQuery(start=today(), end=today() - dt.timedelta(days=1)))
    page = await provider.history(HistoryQuery(start=today() - dt.timedelta(days=30), end=today(), limit=500))
    assert len(page.records) == 100 and page.total == 150 and page.next_cursor == "2"  # sent as limit=100


async def test_history_hash_covers_exactly_the_sent_parameters(sim, provider_for):
    _, secrets = sim.profile("oapi")
    secret = secrets["app_secret"]
    url = sim.url("oapi") + "/oapi/v1/call/histories"
    frm, to = str(today() - dt.timedelta(days=3)), str(today())
    base = {"appId": "agentdesk", "created_from": frm, "created_to": to}
    async with httpx.AsyncClient() as http:
        without_paging = await http.get(url, params={**base, "hash": sha("agentdesk", frm, to, secret)})
        assert without_paging.status_code == 200 and without_paging.json()["limit"] == 20
        assumed_defaults = await http.get(url, params={**base, "hash": sha("agentdesk", frm, to, 20, 1, secret)})
        assert assumed_defaults.status_code == 401
        tampered = await http.get(
            url, params={**base, "limit": "50", "page": "1", "hash": sha("agentdesk", frm, to, 5, 1, secret)}
        )
        assert tampered.status_code == 401 and tampered.json()["code"] == "INVALID_APP_HASH"

        async def signed(created_from: str, created_to: str, limit: str = "20") -> httpx.Response:
            return await http.get(
                url,
                params={
                    "appId": "agentdesk",
                    "created_from": created_from,
                    "created_to": created_to,
                    "limit": limit,
                    "page": "1",
                    "hash": sha("agentdesk", created_from, created_to, limit, 1, secret),
                },
            )

        too_long = await signed(str(today() - dt.timedelta(days=31)), to)
        assert too_long.status_code == 400 and too_long.json()["code"] == "DATE_RANGE_TOO_LONG"
        assert (await signed(str(today() - dt.timedelta(days=30)), to)).status_code == 200
        assert (await signed(frm, to, "101")).json()["code"] == "INVALID_LIMIT"
        assert (await signed("01/02/2026", to)).json()["code"] == "INVALID_DATE"
    with pytest.raises(errors.AuthFailed):
        await make_provider(sim, app_secret="wrong").history(HistoryQuery())


async def test_recording_url_resolves_and_serves_audio(sim, provider_for):
    provider = provider_for("oapi")
    page = await provider.history(HistoryQuery(limit=100))
    record = next(r for r in page.records if r.recording)
    url = await provider.recording_url(record)
    assert url == f"{sim.base_url}/recordings/{record.recording}"
    async with httpx.AsyncClient() as http:
        audio = await http.get(url)
        assert audio.status_code == 200 and audio.headers["content-type"] == "audio/wav"
        assert audio.content.startswith(b"RIFF")
        _, secrets = sim.profile("oapi")
        bad = await http.get(
            sim.url("oapi") + "/oapi/v1/call/play_recording",
            params={
                "appId": "agentdesk",
                "media": record.recording,
                "hash": sha("agentdesk", "other.wav", secrets["app_secret"]),
            },
        )
        assert bad.status_code == 401
    record.recording = "no-such-file.wav"
    with pytest.raises(errors.NotFound):
        await provider.recording_url(record)
    record.recording = None
    assert await provider.recording_url(record) is None


@pytest.mark.parametrize("answer", ["json", "text", "redirect"])
async def test_every_form_of_the_media_files_url_is_read(sim, provider_for, answer):
    """Issue 17, item 7: play_recording returns "the media file's URL": JSON, plain text or a redirect."""
    async with httpx.AsyncClient() as http:
        set_answer = await http.post(f"{sim.base_url}/_sim/oapi/recording-answer", json={"recording_answer": answer})
        assert set_answer.status_code == 200
    provider = provider_for("oapi")
    record = next(r for r in (await provider.history(HistoryQuery(limit=100))).records if r.recording)
    assert await provider.recording_url(record) == f"{sim.base_url}/recordings/{record.recording}"
    record.recording = "no-such-file.wav"
    with pytest.raises(errors.NotFound):
        await provider.recording_url(record)


async def test_stream_url_default_and_overrides(sim, provider_for):
    token = "a/b+c"
    default = provider_for("oapi").stream_url(token)
    assert default == sim.url("oapi").replace("http://", "ws://") + "/oapi/v1/voice/ws?token=a%2Fb%2Bc"
    templated = provider_for("oapi", ws_url="wss://pbx.example.vn/signal/{token}").stream_url(token)
    assert templated == "wss://pbx.example.vn/signal/a%2Fb%2Bc"
    appended = provider_for("oapi", ws_url="https://pbx.example.vn/ws?v=2").stream_url(token)
    assert appended == "wss://pbx.example.vn/ws?v=2&token=a%2Fb%2Bc"


def frame(**changes) -> str:
    body = {
        "type": "call",
        "event": "ringing",
        "call_id": "c1",
        "class": "trunking",
        "direction": "to_ab",
        "caller": {"number": CUSTOMER, "type": "realnumber"},
        "callee": {"number": "101", "type": "user", "username": "agent101"},
        "did_number": "19001919",
        "unix_timestamp": 1519639917,
        "duration_seconds": None,
        "billing_seconds": None,
        "recording": None,
    }
    body.update(changes)
    return json.dumps(body)


async def test_parse_frame_maps_call_frames_and_rejects_malformed(sim, provider_for):
    provider = provider_for("oapi")
    (event,) = provider.parse_frame(frame().encode())
    assert (event.state, event.direction, event.extension, event.customer, event.source) == (
        "ringing",
        "inbound",
        "101",
        CUSTOMER,
        "websocket",
    )
    assert event.at == dt.datetime(2018, 2, 26, 17, 11, 57, tzinfo=VN_TZ) and event.call_id == "c1"
    (out,) = provider.parse_frame(
        frame(
            event="hangup",
            direction="from_ab",
            duration_seconds=40,
            caller={"number": "101", "type": "user"},
            callee={"number": CUSTOMER, "type": "realnumber"},
        )
    )
    assert (out.state, out.direction, out.extension, out.customer, out.duration) == (
        "hangup",
        "outbound",
        "101",
        CUSTOMER,
        40,
    )
    assert provider.parse_frame('{"type": "ping", "ts": 1}') == []
    assert provider.parse_frame('{"type": "pong"}') == []
    for bad in (
        '{"type": "call", "event": "ri',
        b"\xff\xfe",
        "[1]",
        '{"type": "hello"}',
        frame(event="transferred"),
        frame(call_id=""),
        frame(caller="101"),
        frame(unix_timestamp=None),
    ):
        with pytest.raises(errors.BadEvent):
            provider.parse_frame(bad)


async def test_frame_event_names_are_configurable(sim, provider_for):
    provider = provider_for("oapi", ws_event_field="state", ws_events={"RING": "ringing", "UP": "answered"})
    (event,) = provider.parse_frame(frame(event=None, state="UP"))
    assert event.state == "answered"
    with pytest.raises(errors.BadEvent):
        provider.parse_frame(frame())  # "event" is no longer the field read
    with pytest.raises(errors.ConfigError, match=r"ws_events\.UP"):
        provider_for("oapi", ws_events={"UP": "talking"})


def test_expire_accepts_seconds_milliseconds_and_iso():
    assert parse_expire(1519639917) == 1519639917.0
    assert parse_expire("1519639917000") == 1519639917.0
    assert parse_expire("2018-02-26T17:11:57+07:00") == 1519639917.0
    assert parse_expire("2018-02-26 17:11:57") == 1519639917.0  # no zone: Vietnam time
    with pytest.raises(errors.PbxRefused):
        parse_expire("tomorrow")
