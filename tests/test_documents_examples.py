"""The five API documents' own examples, replayed through the real program.

Every curl and every callback URL the documents print is replayed here through what the desk
really runs: the provider clients against the simulator over loopback (the request the client
sends must be the example's method and path, and its answer must be read), and the webhook
listener for what the PBX sends (the document's own URL or payload, verbatim where it can be).
Each case names the document file and the line its example starts on.

Not replayed, because no part of the desk sends them (campaigns are issue 21's; a single CDR or
customer by id is never asked for): document 002's ``GET /v2/cdr/<ID>`` (l.453), the autodialer
and autocall queue examples (l.891-1405, l.1641), ``GET /v2/customer/<ID>`` (l.1567); document
003's ``GET /v1/cdr/<ID>`` (l.396). Document 001 prints no curl: its four ``URL:`` lines are
replayed instead.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
from urllib.parse import urlsplit

import httpx
import pytest

from agent_desk.config import parse_profile
from agent_desk.models import CallAction, HistoryQuery
from agent_desk.providers import create_provider
from agent_desk.providers.base import Provider
from agent_desk.secrets import SecretStore, env_name
from agent_desk.sim.server import Simulator
from tests.helpers import until
from tests.helpers.listener import offline_provider, serving

TEL4VN, PBX, ONEPOS, OAPI, VOICECLOUD = (
    "002_4e2c9cc3344a0959.txt",
    "003_c791047ed75bfeb1.txt",
    "000_b93b3ed5730d64e7.txt",
    "001_33a6e23c5df173d0.txt",
    "004_8e5cbb7795aa17c6.txt",
)
PHONE = "0899098899"  # the documents' click-to-call example number
SECRET = "doc-hook-secret"


def make(sim: Simulator, key: str, extension: str = "101", drop: tuple[str, ...] = (), **table: object) -> Provider:
    base, secrets = sim.profile(key, extension)
    base.update(table)
    profile = parse_profile(f"doc-{key}", base)
    env = {env_name(k): v for k, v in secrets.items() if k not in drop}
    return create_provider(profile, SecretStore(profile, env=env))


def tel4vn_hits(sim: Simulator, key: str) -> set[str]:
    return {hit for hit, count in sim.dialects[key].hits.items() if count}


@pytest.fixture
async def providers(sim):
    made: list[Provider] = []

    def provider(key: str, extension: str = "101", drop: tuple[str, ...] = (), **table: object) -> Provider:
        made.append(make(sim, key, extension, drop, **table))
        return made[-1]

    yield provider
    for one in made:
        await one.aclose()


# ---------------------------------------------------------------------- 002 TEL4VN Call Center, 003 TEL4VN PBX
@pytest.mark.parametrize(
    "doc, key, token_path",
    [(f"{TEL4VN}:32,74", "tel4vn", "/v2/auth/token"), (f"{PBX}:32,71", "tel4vn-pbx", "/v1/auth/token")],
)
async def test_sign_in_with_user_and_password_then_token(sim, providers, doc, key, token_path):
    """002_4e2c9cc3344a0959.txt l.32, 74 / 003_c791047ed75bfeb1.txt l.32, 71: POST /v1/auth
    (user + password → api_key), then POST <token path> (api_key → token)."""
    provider = providers(key, drop=("api_key",), username="agent101")
    status = await provider.login()
    assert status.logged_in and status.extension == "101"
    assert {"POST /v1/auth", f"POST {token_path}"} <= tel4vn_hits(sim, key)


@pytest.mark.parametrize("doc, key", [(f"{TEL4VN}:124,155,202", "tel4vn"), (f"{PBX}:115,145,192", "tel4vn-pbx")])
async def test_event_hooks_listed_created_and_deleted(sim, providers, doc, key):
    """002_4e2c9cc3344a0959.txt l.124, 155, 202 / 003_c791047ed75bfeb1.txt l.115, 145, 192: GET /v1/event,
    POST /v1/event {callback_url, callback_apikey, event}, DELETE /v1/event/<ID>."""
    provider = providers(key)
    registration = await provider.register_webhook("https://webhook.demo/hooks/tel4vn", "foo")
    assert len(registration.ids) == 4 and len(sim.dialects[key].hooks) == 4
    await provider.unregister_webhook(registration)
    assert sim.dialects[key].hooks == []
    hits = sim.dialects[key].hits
    assert hits["GET /v1/event"] >= 1 and hits["POST /v1/event"] == 4
    assert sum(count for hit, count in hits.items() if hit.startswith("DELETE /v1/event/")) == 4


@pytest.mark.parametrize(
    "doc, key, path", [(f"{TEL4VN}:330", "tel4vn", "/v2/cdr"), (f"{PBX}:278", "tel4vn-pbx", "/v1/cdr")]
)
async def test_cdr_list(sim, providers, doc, key, path):
    """002_4e2c9cc3344a0959.txt l.330 GET /v2/cdr? / 003_c791047ed75bfeb1.txt l.278 GET /v1/cdr?."""
    page = await providers(key).history(HistoryQuery(limit=10))
    assert len(page.records) == 10 and page.next_cursor
    assert f"GET {path}" in tel4vn_hits(sim, key)


@pytest.mark.parametrize("doc, key", [(f"{TEL4VN}:518", "tel4vn"), (f"{PBX}:437", "tel4vn-pbx")])
async def test_click_to_call_sync(sim, providers, doc, key):
    """002_4e2c9cc3344a0959.txt l.518 / 003_c791047ed75bfeb1.txt l.437: GET /v1/click2call?ext=101&phone=0899098899."""
    result = await providers(key).dial(PHONE)
    assert (result.mode, result.number, result.extension) == ("sync", PHONE, "101")
    assert sim.dialects[key].hits["GET /v1/click2call"] == 1


async def test_click_to_call_async_both_ways(sim, providers):
    """002_4e2c9cc3344a0959.txt l.571 GET /v1/click2call/async?ext=101&phone=…; l.625 POST /v2/click2call {id, mobile,
    agent}."""
    provider = providers("tel4vn", "102")
    first = await provider.dial(PHONE, mode="async")
    assert first.call_id
    await until(lambda: not sim.world.is_busy("102"), timeout=10)
    customer = next(iter(sim.world.customers.values()))
    second = await provider.dial(customer.phone, mode="async", customer_id=customer.id)
    assert second.call_id
    hits = sim.dialects["tel4vn"].hits
    assert (hits["GET /v1/click2call/async"], hits["POST /v2/click2call"]) == (1, 1)


async def test_live_calls_and_the_four_call_actions(sim, providers):
    """002_4e2c9cc3344a0959.txt l.686 GET /v2/call; l.721, 763, 805, 847 POST
    /v2/call/<CALL_ID>/{transfer,listen,whisper,barge}."""
    supervisor = providers("tel4vn", "100")
    sim.world.settings.talk_time = (30.0, 30.0)
    sim.world.start_inbound("0901234567", extension="103")
    await until(lambda: any(c.state == "answered" for c in sim.world.calls.values()))
    [live] = await supervisor.live_calls()
    for action in (CallAction.LISTEN, CallAction.WHISPER, CallAction.BARGE):
        result = await supervisor.call_action(action, live.call_id, "100")
        assert result.action is action
        sim.world.calls[next(iter(sim.world.calls))].monitors.clear()
    result = await supervisor.call_action(CallAction.TRANSFER, live.call_id, "105")
    assert result.action is CallAction.TRANSFER
    hits = sim.dialects["tel4vn"].hits
    assert hits["GET /v2/call"] == 1
    assert {hit.rsplit("/", 1)[1] for hit in hits if hit.startswith("POST /v2/call/")} == {
        "transfer",
        "listen",
        "whisper",
        "barge",
    }


@pytest.mark.parametrize("served, line", [("user", 1426), ("customer", 1472)])
async def test_user_status_on_each_printed_path(sim, providers, served, line):
    """002_4e2c9cc3344a0959.txt l.1426 (curl) GET /v2/user/<id>/status; l.1472 (HTTP Request) GET
    /v2/customer/user/<id>/status."""
    sim.dialects["tel4vn"].status_path = served
    status = await providers("tel4vn").login()
    assert status.softphone_registered is True
    prefix = "GET /v2/customer/user/" if served == "customer" else "GET /v2/user/"
    assert any(hit.startswith(prefix) and hit.endswith("/status") for hit in tel4vn_hits(sim, "tel4vn"))


async def test_customer_list(sim, providers):
    """002_4e2c9cc3344a0959.txt l.1483 GET /v2/customer."""
    customer = next(iter(sim.world.customers.values()))
    found = await providers("tel4vn").find_customer(customer.phone)
    assert found is not None and (found.id, found.name) == (customer.id, customer.name)
    assert "GET /v2/customer" in tel4vn_hits(sim, "tel4vn")


@pytest.mark.parametrize("doc, key", [(f"{TEL4VN}:231", "tel4vn"), (f"{PBX}:221", "tel4vn-pbx")])
async def test_event_hook_data_reaches_the_listener(doc, key):
    """002_4e2c9cc3344a0959.txt l.231 / 003_c791047ed75bfeb1.txt l.221: the Event Hook Data example,
    verbatim, posted to the listener with its callback_apikey."""
    example = {
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
    async with serving(offline_provider(key), SECRET) as served, httpx.AsyncClient() as http:
        answer = await http.post(f"{served.url}/hooks/tel4vn", json=example, headers={"X-Api-Key": SECRET})
        assert answer.status_code == 200
    [event] = served.events
    assert (event.state, event.direction, event.extension, event.customer, event.duration) == (
        "hangup",
        "outbound",
        "101",
        "0899888999",
        10,
    )


# ---------------------------------------------------------------------- 000 OnePOS / VoIP247
async def test_onepos_login_and_cdr(sim, providers):
    """000_b93b3ed5730d64e7.txt l.48 POST /api/v3/auth/login {api_key}; l.162 GET
    /api/v3/cdr?start_date&end_date&direction=inbound&limit=20."""
    provider = providers("onepos")
    assert (await provider.login()).logged_in
    today = dt.date.today()
    page = await provider.history(
        HistoryQuery(start=today - dt.timedelta(days=25), end=today, direction="inbound", limit=20)
    )
    assert page.records and {r.direction for r in page.records} == {"inbound"} and page.total is not None
    hits = sim.dialects["onepos"].hits
    assert hits["POST /api/v3/auth/login"] == 1 and hits["GET /api/v3/cdr"] == 1


async def test_onepos_webhook_config(sim, providers):
    """000_b93b3ed5730d64e7.txt l.133 POST /api/v3/webhook/config {url, events, secret} (the company's one webhook)."""
    provider = providers("onepos", register_webhook=True)
    await provider.register_webhook("https://your-app.com/hook", "your_secret_key")
    config = sim.dialects["onepos"].webhooks["voip247-sim"]
    assert (config.url, config.secret) == ("https://your-app.com/hook", "your_secret_key")
    assert sim.dialects["onepos"].hits["POST /api/v3/webhook/config"] == 1


async def test_onepos_payload_sample_reaches_the_listener():
    """000_b93b3ed5730d64e7.txt l.118 the call.ended payload sample, signed with the webhook secret.

    The sample's own timestamp (March 2025) is older than ``webhook_max_age``, so as printed it is
    refused as a replay; stamped with today's time (same format) it is accepted."""
    sample = {
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
    today = dt.datetime.now(dt.timezone(dt.timedelta(hours=7))).replace(microsecond=0).isoformat()

    def signed(payload: dict[str, object]) -> tuple[bytes, dict[str, str]]:
        body = json.dumps(payload).encode()
        signature = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
        return body, {"Content-Type": "application/json", "X-Signature": signature}

    async with serving(offline_provider("onepos"), SECRET) as served, httpx.AsyncClient() as http:
        body, headers = signed(sample)
        replayed = await http.post(f"{served.url}/hooks/onepos", content=body, headers=headers)
        assert (replayed.status_code, "replayed" in replayed.text) == (400, True)
        body, headers = signed({**sample, "timestamp": today})
        answer = await http.post(f"{served.url}/hooks/onepos", content=body, headers=headers)
        assert answer.status_code == 200
    [event] = served.events
    assert (event.state, event.extension, event.customer, event.duration) == ("hangup", "101", "0901234567", 145)
    assert event.pbx_status == "answered"


# ---------------------------------------------------------------------- 001 oapi
async def test_oapi_four_urls(sim, providers):
    """001_33a6e23c5df173d0.txt l.7 POST /oapi/v1/voice/auth_token; l.65 POST /oapi/v1/call/click-to-call/:number;
    l.129 GET /oapi/v1/call/histories; l.275 GET /oapi/v1/call/play_recording."""
    provider = providers("oapi")
    assert (await provider.login()).logged_in  # the sign-in fetches the auth token
    token, _ = await provider.event_stream_token()
    assert token
    assert (await provider.dial(PHONE)).number == PHONE
    page = await provider.history(HistoryQuery(limit=20))
    record = next(r for r in page.records if r.recording)
    assert (await provider.recording_url(record)).endswith(record.recording)
    received = {
        hit.split("?")[0].rsplit("/", 1)[0] if "click-to-call" in hit else hit for hit in sim.dialects["oapi"].received
    }
    assert {
        "POST /oapi/oapi/v1/voice/auth_token",
        "POST /oapi/oapi/v1/call/click-to-call",
        "GET /oapi/oapi/v1/call/histories",
        "GET /oapi/oapi/v1/call/play_recording",
    } <= received


# ---------------------------------------------------------------------- 004 VoiceCloud
@pytest.mark.parametrize("line, method", [(97, "dial"), (110, "dial_async")])
async def test_voicecloud_click_to_call_urls(sim, providers, line, method):
    """004_8e5cbb7795aa17c6.txt l.97 .../api/CallControl/dial/from_number/100/to_number/…/key/…/domain/abc.com; l.110
    dial_async."""
    result = await providers("voicecloud", "100").dial(PHONE, mode="sync" if method == "dial" else "async")
    assert result.message == "OK"  # the document's {"status code": 200, "message": "OK"}
    assert sim.dialects["voicecloud"].hits[method] == 1


CALLBACKS = [
    (9, "https://{domain_crm}/api/callcenter/call_in?phone=093xxxxxxx&extension=101&callid={ID_Call}", "ringing"),
    (22, "https://{domain_crm}/api/callcenter/hangup?callid={ID_Call}", "hangup"),
    (
        33,
        (
            "https://{domain_crm}/api/callcenter/calldata?callid={ID_Call}&calldate=2020-10-10-10:10:10&duration=11"
            "&status=ANSWERED&extension=101&phone=093xxxxxxx&recordingfile=https://ip_tong_dai/link_file_ghi_am"
        ),
        "cdr",
    ),
    (
        48,
        (
            "https://{domain_crm}/api/callcenter/calldata?callid={ID_Call}&calldate=2020-10-10-10:10:10&holdtime=30"
            "&status=ABANDON&queue=999&phone=093xxxxxxx"
        ),
        "missed",
    ),
    (
        62,
        (
            "https://{domain_crm}/api/callcenter/calldata?callid={ID_Call}&status=ANSWER&queue=999&extension=100"
            "&phone=0938xxxxxx"
        ),
        "answered",
    ),
    (
        75,
        "https://{domain_crm}/api/callcenter/init?extension=100&phone=093xxxxxxx&callid={ID_Call}&event=RINGING",
        "ringing",
    ),
    (
        75,
        "https://{domain_crm}/api/callcenter/init?extension=100&phone=093xxxxxxx&callid={ID_Call}&event=ANSWERED",
        "answered",
    ),
]


@pytest.mark.parametrize("line, url, state", CALLBACKS, ids=[f"{VOICECLOUD}:{c[0]}:{c[2]}" for c in CALLBACKS])
async def test_voicecloud_callback_urls_reach_the_listener(line, url, state):
    """004_8e5cbb7795aa17c6.txt, the line in the id: each callback URL verbatim but for {domain_crm} (the
    listener, with its secret prefix; l.75's {status} is each of its two documented values)."""
    parts = urlsplit(url)
    async with serving(offline_provider("voicecloud"), SECRET) as served, httpx.AsyncClient() as http:
        answer = await http.get(f"{served.url}/{SECRET}{parts.path}?{parts.query}")
        assert (answer.status_code, answer.json()) == (200, {"status code": 200, "message": "OK"})
    [event] = served.events
    assert event.state == state and event.call_id == "{ID_Call}"
