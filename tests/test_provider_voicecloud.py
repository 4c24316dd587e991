"""The voicecloud provider against the simulator's voicecloud dialect over loopback HTTP.

Covers the document's two click-to-call URLs replayed by hand, the provider's sync and async
click-to-call and every refusal (wrong key or domain, not registered, busy, unknown extension,
never picked up), timeouts and 5xx without the key leaking into errors or logs, the CRM callbacks
end to end (a real receiver behind a secret path prefix), and parsing of the document's own
example callback URLs.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import time
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest
from aiohttp import web

from agent_desk import errors
from agent_desk.config import parse_profile
from agent_desk.models import Capability, HistoryQuery, WebhookRequest
from agent_desk.providers import create_provider
from agent_desk.providers.base import Provider
from agent_desk.providers.voicecloud import LOGIN_NOTE, NO_ANSWER_TEXT, VoiceCloudProvider
from agent_desk.secrets import SecretStore, env_name
from agent_desk.sim.server import Simulator
from agent_desk.sim.world import Call, local_time
from tests.helpers import until

PHONE = "0901234567"
SECRET_PREFIX = "/s3cret-7f2a"
# The document's click-to-call URLs and callback URLs, verbatim.
DOC_KEY = "98589afb55de863cf4d5cd4ec2c41072"
DOC_DIAL = (
    "https://{domain_callcenter}/api/CallControl/dial/from_number/100/to_number/093xxxxxxx"
    "/key/98589afb55de863cf4d5cd4ec2c41072/domain/abc.com"
)
DOC_DIAL_ASYNC = (
    "https://{domain_callcenter}/api/CallControl/dial_async/from_number/100/to_number/093xxxxxxx"
    "/key/98589afb55de863cf4d5cd4ec2c41072/domain/abc.com"
)
DOC_CALL_IN = "https://{domain_crm}/api/callcenter/call_in?phone=093xxxxxxx&extension=101&callid={ID_Call}"
DOC_HANGUP = "https://{domain_crm}/api/callcenter/hangup?callid={ID_Call}"
DOC_CALL_LOG = (
    "https://{domain_crm}/api/callcenter/calldata?callid={ID_Call}&calldate=2020-10-10-10:10:10"
    "&duration=11&status=ANSWERED&extension=101&phone=093xxxxxxx"
    "&recordingfile=https://ip_tong_dai/link_file_ghi_am"
)
DOC_MISSED = (
    "https://{domain_crm}/api/callcenter/calldata?callid={ID_Call}&calldate=2020-10-10-10:10:10"
    "&holdtime=30&status=ABANDON&queue=999&phone=093xxxxxxx"
)
DOC_PICKUP = (
    "https://{domain_crm}/api/callcenter/calldata?callid={ID_Call}&status=ANSWER&queue=999"
    "&extension=100&phone=0938xxxxxx"
)
DOC_INIT = "https://{domain_crm}/api/callcenter/init?extension=100&phone=093xxxxxxx&callid={ID_Call}&event={status}"


@pytest.fixture
async def sim(sim_settings):
    """Only the voicecloud dialect: these tests need no other provider's routes."""
    async with Simulator(sim_settings, providers=["voicecloud"]) as simulator:
        yield simulator


def make_provider(sim: Simulator, extension: str = "101", table=None, **secrets: str | None) -> Provider:
    """A provider whose table and secrets differ from the demo profile's where asked (None drops one)."""
    base_table, base_secrets = sim.profile("voicecloud", extension)
    base_table.update(table or {})
    base_secrets.update(secrets)
    profile = parse_profile("sim-voicecloud", base_table)
    env = {env_name(k): v for k, v in base_secrets.items() if v is not None}
    return create_provider(profile, SecretStore(profile, env=env))


def doc_request(url: str) -> WebhookRequest:
    """A document example URL as the listener would hand it over."""
    parts = urlsplit(url.replace("https://{domain_crm}", "http://crm.example"))
    return WebhookRequest(
        method="GET", path=parts.path, query=dict(parse_qsl(parts.query, keep_blank_values=True)), headers={}, body=b""
    )


def dialect_key(sim: Simulator) -> str:
    return sim.dialects["voicecloud"].company_key


def live_call_of(sim: Simulator, extension: str) -> Call:
    return next(c for c in sim.world.calls.values() if extension in c.legs)


async def call_finished(sim: Simulator, call_id: str) -> None:
    await until(lambda: any(c.id == call_id for c in sim.world.cdrs))


class CrmCollector:
    """A tiny CRM on 127.0.0.1:0 that keeps every request and answers the document's 200 body."""

    def __init__(self) -> None:
        self.requests: list[web.Request] = []
        self.seen: list[tuple[str, str, dict[str, str]]] = []
        self.port = 0
        self._runner: web.AppRunner | None = None

    async def _keep(self, request: web.Request) -> web.Response:
        self.seen.append((request.method, request.path, dict(request.query)))
        return web.json_response({"status code": 200, "message": "OK"})

    async def __aenter__(self) -> CrmCollector:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._keep)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._runner is not None
        await self._runner.cleanup()


# ---------------------------------------------------------------------- the document's URLs by hand
async def test_document_click_to_call_urls_replayed(sim):
    base = sim.url("voicecloud")
    async with httpx.AsyncClient() as client:
        for url, picked_up in ((DOC_DIAL, True), (DOC_DIAL_ASYNC, False)):
            literal = url.replace("https://{domain_callcenter}", base)
            answer = await client.get(literal)  # the document's example key is not this company's
            assert (answer.status_code, answer.json()) == (
                403,
                {"status code": 403, "message": "INVALID_KEY: key or domain is not valid"},
            )
            ours = literal.replace(DOC_KEY, dialect_key(sim))
            answer = await client.get(ours)  # "093xxxxxxx" is a placeholder, not a number
            assert (answer.status_code, answer.json()) == (
                400,
                {"status code": 400, "message": "INVALID_NUMBER: to_number must be 3-15 digits"},
            )
            answer = await client.get(ours.replace("093xxxxxxx", PHONE))
            assert (answer.status_code, answer.json()) == (200, {"status code": 200, "message": "OK"})
            assert answer.headers["Content-Type"].startswith("application/json")
            call = live_call_of(sim, "100")
            assert (call.direction, call.customer, call.click_to_call) == ("outbound", PHONE, True)
            assert call.legs["100"].state == ("answered" if picked_up else "ringing")
            sim.world.hangup(call.id)
    assert sim.dialects["voicecloud"].hits == {"dial": 3, "dial_async": 3}


async def test_dialect_rejects_what_the_document_does_not_describe(sim):
    base, key = sim.url("voicecloud"), dialect_key(sim)
    path = f"/api/CallControl/dial/from_number/101/to_number/{PHONE}/key/{key}/domain/abc.com"
    async with httpx.AsyncClient(base_url=base) as client:
        assert (await client.post(path)).status_code == 405
        assert (await client.get(path.removesuffix("/domain/abc.com"))).status_code == 404
        wrong_domain = await client.get(path.replace("abc.com", "xyz.com"))
        assert (wrong_domain.status_code, wrong_domain.json()) == (
            403,
            {"status code": 403, "message": "INVALID_KEY: key or domain is not valid"},
        )
        unknown = await client.get(path.replace("/101/", "/999/"))
        assert (unknown.status_code, unknown.json()) == (404, {"status code": 404, "message": "Not Found"})
    assert sim.world.calls == {}


# ---------------------------------------------------------------------- provider basics
async def test_capabilities_and_login_without_a_request(sim, provider_for):
    provider = provider_for("voicecloud")
    assert isinstance(provider, VoiceCloudProvider)
    assert provider.capabilities == {
        Capability.CLICK_TO_CALL_SYNC,
        Capability.CLICK_TO_CALL_ASYNC,
        Capability.WEBHOOK_EVENTS,
        Capability.RECORDINGS,
    }
    callbacks = [f"/api/callcenter/{name}" for name in ("call_in", "init", "calldata", "hangup")]
    assert provider.webhook_routes == (
        *(("GET", path) for path in callbacks),  # the document's
        *(("POST", path) for path in (*callbacks, "/api/callcenter/event")),
    )
    status = await provider.login()
    assert (status.provider, status.extension, status.logged_in, status.softphone_registered) == (
        "voicecloud",
        "101",
        True,
        None,
    )
    assert status.detail == LOGIN_NOTE
    assert sim.dialects["voicecloud"].hits == {}  # nothing was sent
    for operation in (provider.live_calls(), provider.history(HistoryQuery()), provider.agents()):
        with pytest.raises(errors.Unsupported):
            await operation


async def test_profile_needs_domain_and_the_key(sim):
    with pytest.raises(errors.ConfigError, match="domain is required"):
        make_provider(sim, table={"domain": ""})
    provider = make_provider(sim, key=None)
    try:
        with pytest.raises(errors.SecretMissing, match="AGENT_DESK_KEY"):
            await provider.login()
        with pytest.raises(errors.SecretMissing):
            await provider.dial(PHONE)
    finally:
        await provider.aclose()
    assert sim.dialects["voicecloud"].hits == {}


# ---------------------------------------------------------------------- click-to-call
async def test_sync_dial_answers_after_the_extension_picks_up(sim, provider_for):
    sim.world.settings.answer_delay = 0.3
    provider = provider_for("voicecloud")
    started = time.monotonic()
    result = await provider.dial(PHONE)
    assert time.monotonic() - started >= 0.3
    assert (result.mode, result.number, result.extension, result.call_id, result.message) == (
        "sync",
        PHONE,
        "101",
        None,
        "OK",  # the document's {"status code": 200, "message": "OK"}
    )
    call = live_call_of(sim, "101")
    assert call.legs["101"].state == "answered" and call.customer == PHONE
    assert sim.dialects["voicecloud"].hits == {"dial": 1}


async def test_async_dial_answers_while_the_phone_still_rings(sim, provider_for):
    sim.world.settings.answer_delay = 0.5
    provider = provider_for("voicecloud")
    result = await provider.dial("+84901234567", mode="async")
    assert (result.mode, result.call_id, result.message) == ("async", None, "OK")
    call = live_call_of(sim, "101")
    assert call.legs["101"].state == "ringing" and call.customer == "+84901234567"  # quoted, then decoded
    assert sim.dialects["voicecloud"].hits == {"dial_async": 1}


@pytest.mark.parametrize("change", [{"key": "0" * 32}, {"domain": "other.vn"}])
async def test_wrong_key_or_domain_is_auth_failed_without_the_key_in_the_text(sim, change):
    secrets = {"key": change["key"]} if "key" in change else {}
    table = {"domain": change["domain"]} if "domain" in change else {}
    provider = make_provider(sim, table=table, **secrets)
    try:
        for mode in ("sync", "async"):
            with pytest.raises(errors.AuthFailed) as caught:
                await provider.dial(PHONE, mode=mode)
            assert "key or domain" in str(caught.value) and caught.value.code == "INVALID_KEY"
            for text in (str(caught.value), caught.value.detail):
                assert dialect_key(sim) not in text and "0" * 32 not in text
    finally:
        await provider.aclose()
    assert sim.world.calls == {}


async def test_refusals_are_typed(sim, provider_for):
    sim.world.extensions["102"].registered = False
    with pytest.raises(errors.NotRegistered) as caught:
        await provider_for("voicecloud", extension="102").dial(PHONE)
    assert str(caught.value) == errors.NotRegistered.default_message
    assert caught.value.code == "USER_NOT_REGISTERED" and "HTTP 400" in caught.value.detail

    provider = provider_for("voicecloud", extension="103")
    await provider.dial(PHONE, mode="async")
    with pytest.raises(errors.UserBusy):
        await provider.dial("0907654321", mode="async")

    sim.world.extensions["104"].answers = False
    with pytest.raises(errors.PbxRefused) as caught:
        await provider_for("voicecloud", extension="104").dial(PHONE)
    assert str(caught.value) == NO_ANSWER_TEXT and caught.value.code == "NO_ANSWER"

    unknown = make_provider(sim, table={"extension": "109"})
    try:
        with pytest.raises(errors.NotFound) as caught:
            await unknown.dial(PHONE)
    finally:
        await unknown.aclose()
    assert caught.value.code is None and caught.value.detail == 'HTTP 404: {"status code": 404, "message": "Not Found"}'

    with pytest.raises(errors.PbxRefused, match="INVALID_NUMBER") as caught:
        await provider_for("voicecloud", extension="105").dial("12")
    assert caught.value.code == "INVALID_NUMBER"


@pytest.mark.parametrize("answers", ["json", "text"])
@pytest.mark.parametrize("refusals", ["http", "ok"])
async def test_every_answer_form_reads_the_same(sim, provider_for, answers, refusals):
    """Issue 17, item 1: the document's JSON success is a success (it used to be "refused", exit 3,
    while the customer's phone rang); its 404 body and the known error texts are refusals, with
    HTTP 200 too."""
    async with httpx.AsyncClient() as http:
        mode = {"answers": answers, "refusals": refusals}
        assert (await http.post(f"{sim.base_url}/_sim/voicecloud/mode", json=mode)).status_code == 200
    result = await provider_for("voicecloud").dial(PHONE, mode="async")
    assert result.message == ("OK" if answers == "json" else "Success")
    assert sim.dialects["voicecloud"].hits == {"dial_async": 1}  # sent once
    unknown = make_provider(sim, table={"extension": "109"})
    try:
        with pytest.raises(errors.NotFound):
            await unknown.dial(PHONE, mode="async")
    finally:
        await unknown.aclose()
    with pytest.raises(errors.UserBusy):
        await provider_for("voicecloud").dial("0907654321", mode="async")
    with pytest.raises(errors.PbxRefused, match="INVALID_NUMBER: to_number must be 3-15 digits") as caught:
        await provider_for("voicecloud", extension="102").dial("12", mode="async")
    assert caught.value.code == "INVALID_NUMBER" and not isinstance(caught.value, errors.NotFound)


async def test_timeout_is_reported_sent_once_and_never_shows_the_key(sim, provider_for, caplog):
    caplog.set_level(logging.INFO, logger="httpx")
    provider = provider_for("voicecloud", dial_timeout=0.2)
    key = dialect_key(sim)
    sim.faults.latency = 0.4
    with pytest.raises(errors.PbxTimeout, match="click-to-call") as caught:
        await provider.dial(PHONE)
    assert key not in str(caught.value) and key not in caught.value.detail
    await until(lambda: len(sim.world.cdrs) > sim.world.settings.history_size)  # placed after the delay
    assert sim.dialects["voicecloud"].hits == {"dial": 1}
    sim.faults.latency = 0.0
    await provider.dial("0907654321", mode="async")  # a completed request is logged by httpx...
    assert "/key/***/domain/abc.com" in caplog.text and key not in caplog.text  # ...with the key masked


async def test_server_error_is_unreachable_without_the_key_and_not_resent(sim, provider_for):
    provider = provider_for("voicecloud")
    sim.faults.error_burst = 1
    with pytest.raises(errors.PbxUnreachable) as caught:
        await provider.dial(PHONE)
    assert not isinstance(caught.value, errors.PbxTimeout) and "server error" in str(caught.value)
    assert dialect_key(sim) not in caught.value.detail and "/key/***/" in caught.value.detail
    assert sim.dialects["voicecloud"].hits == {} and sim.world.calls == {}


# ---------------------------------------------------------------------- CRM callbacks end to end
async def test_crm_url_must_be_an_http_url(sim):
    async with httpx.AsyncClient(base_url=sim.base_url) as client:
        for body in ({"url": "ftp://127.0.0.1/x"}, {"url": 5}, {}, ["http://127.0.0.1"]):
            assert (await client.post("/_sim/voicecloud/crm", json=body)).status_code == 400
        answer = await client.post("/_sim/voicecloud/crm", json={"url": "http://127.0.0.1:9/p/"})
        assert answer.json() == {"url": "http://127.0.0.1:9/p"}


async def test_callbacks_round_trip_through_a_crm_with_a_secret_prefix(sim, provider_for):
    world = sim.world
    for number in world.queues["888"].members:
        world.extensions[number].answers = False
    provider = provider_for("voicecloud")
    async with CrmCollector() as crm:
        async with httpx.AsyncClient(base_url=sim.base_url) as client:
            crm_url = f"http://127.0.0.1:{crm.port}{SECRET_PREFIX}"
            answer = await client.post("/_sim/voicecloud/crm", json={"url": crm_url})
            assert answer.status_code == 200
        answered = world.start_inbound(PHONE, queue="999")
        await call_finished(sim, answered.id)
        missed = world.start_inbound("0911111111", queue="888")
        await call_finished(sim, missed.id)
        await provider.dial("0922222222", mode="async")
        dialled = live_call_of(sim, "101")
        await call_finished(sim, dialled.id)
        await sim.drain()

    assert crm.seen and all(
        method == "GET" and path.startswith(SECRET_PREFIX + "/api/callcenter/") for method, path, _ in crm.seen
    )
    events = [
        event
        for _, path, query in crm.seen
        for event in provider.parse_webhook(WebhookRequest("GET", path.removeprefix(SECRET_PREFIX), query, {}, b""))
    ]
    winner = next(c for c in world.cdrs if c.id == answered.id).extension
    assert [(e.call_id, e.state, e.direction, e.extension) for e in events] == [
        *[(answered.id, "ringing", "inbound", n) for n in world.queues["999"].members],
        (answered.id, "answered", "inbound", winner),
        (answered.id, "hangup", "unknown", None),
        (answered.id, "cdr", "unknown", winner),
        *[(missed.id, "ringing", "inbound", n) for n in world.queues["888"].members],
        (missed.id, "hangup", "unknown", None),
        (missed.id, "missed", "inbound", None),
        (missed.id, "cdr", "unknown", "105"),
        (dialled.id, "ringing", "outbound", "101"),
        (dialled.id, "answered", "outbound", "101"),
        (dialled.id, "hangup", "unknown", None),
        (dialled.id, "cdr", "unknown", "101"),
    ]
    by_state = {(e.call_id, e.state): e for e in events}
    ringing = by_state[(answered.id, "ringing")]
    assert (ringing.caller, ringing.customer, ringing.flow_id) == (PHONE, PHONE, answered.id)
    assert by_state[(answered.id, "answered")].queue == "999"
    hangup = by_state[(answered.id, "hangup")]
    assert (hangup.customer, hangup.caller, hangup.raw) == (None, None, {"callid": answered.id})
    for call in (answered, dialled):
        cdr = next(c for c in world.cdrs if c.id == call.id)
        log = by_state[(call.id, "cdr")]
        assert log.raw["status"] == "ANSWERED" and log.duration == cdr.duration
        assert log.recording_url == world.recording_url(cdr.recording) and log.recording_url
        assert log.raw["calldate"] == local_time(cdr.started_at, "%Y-%m-%d-%H:%M:%S")
        assert re.fullmatch(r"\d{4}-\d\d-\d\d-\d\d:\d\d:\d\d", log.raw["calldate"])
    abandon = by_state[(missed.id, "missed")]
    assert (abandon.customer, abandon.queue, abandon.raw["status"]) == ("0911111111", "888", "ABANDON")
    assert abandon.duration == round(missed.ended_at - missed.created_at)
    missed_log = by_state[(missed.id, "cdr")]
    assert missed_log.raw["status"] == "NO ANSWER" and missed_log.recording_url is None
    init = by_state[(dialled.id, "ringing")]
    assert (init.caller, init.callee, init.customer, init.raw["event"]) == (
        "101",
        "0922222222",
        "0922222222",
        "RINGING",
    )
    async with httpx.AsyncClient() as client:  # the recording link plays
        assert (await client.get(by_state[(dialled.id, "cdr")].recording_url)).headers["Content-Type"] == "audio/wav"


async def test_nothing_is_delivered_before_the_crm_url_is_set(sim):
    async with CrmCollector() as crm:
        early = sim.world.start_inbound(PHONE, extension="101")
        await call_finished(sim, early.id)
        await sim.drain()
        async with httpx.AsyncClient(base_url=sim.base_url) as client:
            await client.post("/_sim/voicecloud/crm", json={"url": f"http://127.0.0.1:{crm.port}"})
        await sim.drain()
        assert crm.seen == []
        later = sim.world.start_inbound(PHONE, extension="101")
        await call_finished(sim, later.id)
        await sim.drain()
    assert {query["callid"] for _, _, query in crm.seen} == {later.id}
    assert [path for _, path, _ in crm.seen] == [
        "/api/callcenter/call_in",
        "/api/callcenter/calldata",
        "/api/callcenter/hangup",
        "/api/callcenter/calldata",
    ]


# ---------------------------------------------------------------------- parsing
async def test_the_documents_example_callbacks_parse(provider_for):
    provider = provider_for("voicecloud")
    [ringing] = provider.parse_webhook(doc_request(DOC_CALL_IN))
    assert (
        ringing.call_id,
        ringing.state,
        ringing.direction,
        ringing.caller,
        ringing.callee,
        ringing.extension,
        ringing.customer,
        ringing.source,
    ) == ("{ID_Call}", "ringing", "inbound", "093xxxxxxx", "101", "101", "093xxxxxxx", "webhook")
    [hangup] = provider.parse_webhook(doc_request(DOC_HANGUP))
    assert (hangup.state, hangup.extension, hangup.customer) == ("hangup", None, None)
    [log] = provider.parse_webhook(doc_request(DOC_CALL_LOG))
    assert (log.state, log.duration, log.extension, log.customer, log.recording_url) == (
        "cdr",
        11,
        "101",
        "093xxxxxxx",
        "https://ip_tong_dai/link_file_ghi_am",
    )
    [missed] = provider.parse_webhook(doc_request(DOC_MISSED))
    assert (missed.state, missed.direction, missed.duration, missed.queue, missed.customer) == (
        "missed",
        "inbound",
        30,
        "999",
        "093xxxxxxx",
    )
    [pickup] = provider.parse_webhook(doc_request(DOC_PICKUP))
    assert (pickup.state, pickup.direction, pickup.extension, pickup.queue, pickup.customer) == (
        "answered",
        "inbound",
        "100",
        "999",
        "0938xxxxxx",
    )
    for event, state in (("RINGING", "ringing"), ("answered", "answered")):
        [init] = provider.parse_webhook(doc_request(DOC_INIT.replace("{status}", event)))
        assert (init.state, init.direction, init.caller, init.callee) == (state, "outbound", "100", "093xxxxxxx")
    [answer] = provider.parse_webhook(doc_request(DOC_CALL_IN + "&event=answer&queue=999&did=19001919"))
    assert (answer.state, answer.queue, answer.callee, answer.raw["did"]) == ("answered", "999", "101", "19001919")
    [no_ext] = provider.parse_webhook(doc_request(DOC_CALL_IN.replace("&extension=101", "") + "&event=RING&did=1900"))
    assert (no_ext.state, no_ext.extension, no_ext.callee) == ("ringing", None, "1900")
    [lower] = provider.parse_webhook(doc_request(DOC_CALL_LOG.replace("ANSWERED", "no answer")))
    assert lower.state == "cdr" and lower.raw["status"] == "no answer" and lower.pbx_status == "no answer"
    assert log.at == dt.datetime(2020, 10, 10, 10, 10, 10, tzinfo=dt.timezone(dt.timedelta(hours=7)))  # calldate
    assert log.pbx_status == "ANSWERED" and pickup.at != log.at  # no calldate: the time it came


@pytest.mark.parametrize("status", ["CANCELLED", "ABANDONED", "UNKNOWN", "TELEPORTED", ""])
async def test_calldata_with_any_status_and_a_decimal_duration_is_kept(provider_for, status):
    """Issue 17, item 2: "ANSWERED, BUSY, …" — no status makes a call record disappear."""
    url = DOC_CALL_LOG.replace("status=ANSWERED", f"status={status}").replace("duration=11", "duration=11.0")
    [log] = provider_for("voicecloud").parse_webhook(doc_request(url))
    assert (log.state, log.duration, log.pbx_status, log.extension) == ("cdr", 11, status or None, "101")
    assert log.public_json()["pbx_status"] == (status or None) and log.public_json()["outcome"] is None


@pytest.mark.parametrize(
    "url, reason",
    [
        (DOC_CALL_IN.replace("&callid={ID_Call}", ""), "callid is missing"),
        (DOC_CALL_IN + "&event=HOLD", "unknown call_in event 'HOLD'"),
        (DOC_HANGUP.replace("{ID_Call}", ""), "callid is missing"),
        (DOC_CALL_LOG.replace("duration=11", "duration=eleven"), "duration is not a number of seconds"),
        (DOC_CALL_LOG.replace("duration=11", "duration=1e3"), "duration is not a number of seconds"),
        (DOC_INIT.replace("{status}", "HANGUP"), "unknown init event"),
        (DOC_INIT, "unknown init event"),
        (DOC_HANGUP.replace("hangup", "transfer"), "unknown callback"),
        (DOC_HANGUP.replace("/api/callcenter", "/api/other"), "unknown callback"),
    ],
)
async def test_malformed_callbacks_are_bad_events(provider_for, url, reason):
    with pytest.raises(errors.BadEvent, match=reason):
        provider_for("voicecloud").parse_webhook(doc_request(url))


async def test_only_get_callbacks_or_json_posts_are_accepted(provider_for):
    request = doc_request(DOC_HANGUP)
    request.method = "PUT"
    with pytest.raises(errors.BadEvent, match="GET"):
        provider_for("voicecloud").parse_webhook(request)
    request.method = "POST"  # JSON mode: the body must be a JSON object
    with pytest.raises(errors.BadEvent, match="body is not JSON"):
        provider_for("voicecloud").parse_webhook(request)
