"""Fuzzing (hypothesis) of the two doors events come in by: the parsers and the webhook listener.

* **Parsers:** every provider's ``parse_webhook`` (on each of its routes) and ``parse_frame`` get
  generated input: random bytes, random JSON, and valid payloads with fields deleted, replaced by
  random JSON values or joined by extra keys. Each call either returns a list of well-formed
  :class:`~agent_desk.models.CallEvent` or raises ``BadEvent`` (``Unsupported`` for a provider
  without that kind of event); any other exception is a bug.
* **Listener:** a real :class:`~agent_desk.events.listener.WebhookListener` (TEL4VN with an
  ``X-Api-Key`` secret, VoiceCloud with a path-prefix secret) on loopback, in its own event-loop
  thread, gets raw HTTP requests with generated methods, paths, query strings, headers and bodies.
  Every request gets an answer below 500 (junk that is no finished request may get none: the
  connection is closed); right after each one a valid event is posted and must be
  published; what the listener keeps (tracemalloc, its own code and aiohttp's) stays bounded.

The default run is short (``FAST``); ``-m slow`` runs the long profile (``LONG``).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import gc
import json
import socket
import threading
import tracemalloc
import uuid
from urllib.parse import quote, urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agent_desk.config import WebhookSettings, parse_profile
from agent_desk.errors import BadEvent, Unsupported
from agent_desk.events.listener import WebhookListener
from agent_desk.models import DIRECTIONS, EVENT_STATES, CallEvent, WebhookRequest
from agent_desk.providers import PROVIDERS, create_provider
from agent_desk.secrets import SecretStore

FAST = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
LONG = settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
LISTENER_FAST = settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
LISTENER_LONG = settings(LISTENER_FAST, max_examples=2000)
RETAINED_BOUND = 1024 * 1024  # what the listener may still hold after the fuzzing, above the warm-up
SECRET = "fuzz-secret-" + uuid.uuid4().hex

EXTRA = {"oapi": {"app_id": "a", "sip_user": "101"}, "voicecloud": {"domain": "abc.com"}}

#: one valid payload per provider and route, the shapes of the simulator's deliveries
SAMPLES: dict[str, list[tuple[str, str, dict]]] = {
    "tel4vn": [
        (
            "POST",
            "/hooks/tel4vn",
            {
                "call_id": "c1",
                "sip_call_id": "s1",
                "domain": "test.tel4vn.com",
                "direction": "inbound",
                "from_number": "0901234567",
                "to_number": "101",
                "hotline": "19001919",
                "state": "hangup",
                "duration": 12,
                "billsec": 9,
                "recording_url": "http://r/1.wav",
            },
        )
    ],
    "onepos": [
        (
            "POST",
            "/hooks/onepos",
            {
                "event": "call.ended",
                "call_id": "c1",
                "caller": "0901234567",
                "callee": "ext_101",
                "direction": "inbound",
                "duration": 30,
                "status": "answered",
                "recording_url": "http://r/1.wav",
                "timestamp": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),  # older ones are replays
            },
        )
    ],
    "voicecloud": [
        ("GET", "/api/callcenter/call_in", {"phone": "0901234567", "extension": "101", "callid": "c1"}),
        (
            "GET",
            "/api/callcenter/init",
            {"extension": "101", "phone": "0901234567", "callid": "c1", "event": "RINGING"},
        ),
        (
            "GET",
            "/api/callcenter/calldata",
            {
                "callid": "c1",
                "calldate": "2026-11-22 09:00:00",
                "duration": "30",
                "status": "ANSWERED",
                "extension": "101",
                "phone": "0901234567",
                "holdtime": "5",
                "queue": "999",
                "recordingfile": "http://r/1.wav",
            },
        ),
        ("GET", "/api/callcenter/hangup", {"callid": "c1"}),
    ],
}
SAMPLES["tel4vn-pbx"] = [("POST", "/hooks/tel4vn", SAMPLES["tel4vn"][0][2])]
FRAME = {
    "type": "call",
    "event": "hangup",
    "call_id": "c1",
    "class": "trunking",
    "direction": "to_ab",
    "caller": {"number": "0901234567", "type": "realnumber"},
    "callee": {"number": "101", "type": "user", "username": "agent101"},
    "did_number": "19001919",
    "unix_timestamp": 1763776800,
    "duration_seconds": 30,
    "billing_seconds": 25,
    "recording": None,
}


def provider(key: str):
    profile = parse_profile(
        "fuzz", {"provider": key, "base_url": "http://pbx.invalid", "extension": "101", **EXTRA.get(key, {})}
    )
    return create_provider(profile, SecretStore(profile, env={}))


PARSERS = {key: provider(key) for key in PROVIDERS}

# ---------------------------------------------------------------------- strategies
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12,
)


def mutated(sample: dict) -> st.SearchStrategy[dict]:
    """``sample`` with some fields deleted, some replaced by random JSON values, some keys added."""
    keys = sorted(sample)
    return st.builds(
        lambda dropped, replaced, added: {**{k: v for k, v in sample.items() if k not in dropped}, **replaced, **added},
        st.sets(st.sampled_from(keys), max_size=3),
        st.dictionaries(st.sampled_from(keys), json_values, max_size=4),
        st.dictionaries(st.text(max_size=10), json_values, max_size=2),
    )


def bodies(sample: dict) -> st.SearchStrategy[bytes]:
    as_json = st.one_of(mutated(sample), json_values).map(
        lambda value: json.dumps(value, ensure_ascii=False, allow_nan=True).encode()
    )
    return st.one_of(as_json, st.binary(max_size=300))


text_values = st.text(max_size=30) | st.sampled_from(["", " ", "RINGING", "ANSWER", "ABANDON", "12", "-1", "1e9"])


def queries(sample: dict) -> st.SearchStrategy[dict[str, str]]:
    keys = sorted(sample)
    return st.builds(
        lambda dropped, replaced, added: {**{k: v for k, v in sample.items() if k not in dropped}, **replaced, **added},
        st.sets(st.sampled_from(keys), max_size=3),
        st.dictionaries(st.sampled_from(keys), text_values, max_size=4),
        st.dictionaries(st.text(max_size=10), text_values, max_size=2),
    )


def assert_well_formed(events: object) -> None:
    """A list of CallEvent whose fields have the types the model promises."""
    assert isinstance(events, list)
    for event in events:
        assert isinstance(event, CallEvent)
        assert isinstance(event.call_id, str) and event.call_id
        assert event.state in EVENT_STATES and event.direction in DIRECTIONS
        for name in ("caller", "callee", "extension", "customer", "recording_url", "flow_id", "queue"):
            value = getattr(event, name)
            assert value is None or isinstance(value, str), (name, value)
        assert event.duration is None or isinstance(event.duration, int)
        assert isinstance(event.at, dt.datetime) and event.at.tzinfo is not None
        json.dumps(event.public_json())  # what `agent-desk events --json` prints


def parse_or_bad_event(parse, *args) -> None:
    try:
        events = parse(*args)
    except (BadEvent, Unsupported):
        return
    assert_well_formed(events)


webhook_cases = st.one_of(
    *[
        st.tuples(
            st.just(key),
            st.just(method),
            st.just(path),
            queries(sample) if method == "GET" else st.just({}),
            st.just(b"") if method == "GET" else bodies(sample),
            st.dictionaries(
                st.sampled_from(["x-signature", "content-type", "x-other"]), st.text(max_size=80), max_size=2
            ),
        )
        for key, routes in SAMPLES.items()
        for method, path, sample in routes
    ]
)


def check_webhook(case) -> None:
    key, method, path, query, body, headers = case
    request = WebhookRequest(method, path, query, headers, body)
    parse_or_bad_event(PARSERS[key].parse_webhook, request)
    try:
        assert PARSERS[key].webhook_signature_ok(request, SECRET) in (True, False, None)
    except BadEvent:
        pass
    for other in PARSERS:  # a request meant for another provider is that provider's BadEvent too
        parse_or_bad_event(PARSERS[other].parse_webhook, request)


frames = st.one_of(bodies(FRAME), mutated(FRAME).map(lambda f: json.dumps(f).encode().decode()), st.text(max_size=200))


def check_frame(data) -> None:
    for parser in PARSERS.values():
        parse_or_bad_event(parser.parse_frame, data)


test_parse_webhook_gives_events_or_bad_event = FAST(given(webhook_cases)(check_webhook))
test_parse_frame_gives_events_or_bad_event = FAST(given(frames)(check_frame))
test_parse_webhook_long = pytest.mark.slow(LONG(given(webhook_cases)(check_webhook)))
test_parse_frame_long = pytest.mark.slow(LONG(given(frames)(check_frame)))


def test_the_valid_samples_parse():
    """The fuzzing starts from payloads the parsers accept (else it would test nothing but refusals)."""
    for key, routes in SAMPLES.items():
        for method, path, sample in routes:
            query, body = (sample, b"") if method == "GET" else ({}, json.dumps(sample).encode())
            events = PARSERS[key].parse_webhook(WebhookRequest(method, path, query, {}, body))
            assert_well_formed(events)
            assert len(events) == 1, (key, path)
    assert len(PARSERS["oapi"].parse_frame(json.dumps(FRAME))) == 1


# ---------------------------------------------------------------------- the listener over loopback
class LiveListener:
    """A WebhookListener serving in an event loop on its own thread; ``published`` call ids."""

    def __init__(self, key: str) -> None:
        self.key = key
        self.published: set[str] = set()
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.listener = WebhookListener(
            PARSERS[key], WebhookSettings(host="127.0.0.1", port=0), SECRET, body_timeout=1.0
        )
        asyncio.run_coroutine_threadsafe(
            self.listener.start(lambda e: self.published.add(e.call_id)), self.loop
        ).result(10)

    def close(self) -> None:
        asyncio.run_coroutine_threadsafe(self.listener.stop(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        self.loop.close()

    def send(self, raw: bytes, *, then_eof: bool = False) -> int:
        """One request on a fresh connection (``then_eof``: half-close after it); the status the
        listener answered (0: it closed without answering)."""
        with socket.create_connection(("127.0.0.1", self.listener.port), timeout=5) as sock:
            sock.sendall(raw)
            if then_eof:
                sock.shutdown(socket.SHUT_WR)
            answer = b""
            while chunk := sock.recv(65536):
                answer += chunk
        status_line = answer.split(b"\r\n", 1)[0].split()
        return int(status_line[1]) if len(status_line) >= 2 and status_line[1].isdigit() else 0

    def valid(self) -> bytes:
        """A valid, authenticated event with a fresh call id (remembered in ``self.expected``)."""
        self.expected = call_id = "ok-" + uuid.uuid4().hex
        if self.key == "voicecloud":
            query = urlencode({"phone": "0901234567", "extension": "101", "callid": call_id})
            return http("GET", f"/{SECRET}/api/callcenter/call_in?{query}", {}, b"")
        body = json.dumps({**SAMPLES["tel4vn"][0][2], "call_id": call_id, "state": "ringing"}).encode()
        return http("POST", "/hooks/tel4vn", {"Content-Type": "application/json", "X-Api-Key": SECRET}, body)


def http(method: str, target: str, headers: dict[str, str], body: bytes) -> bytes:
    lines = [
        f"{method} {target} HTTP/1.1",
        "Host: 127.0.0.1",
        "Connection: close",
        *(f"{k}: {v}" for k, v in headers.items()),
        f"Content-Length: {len(body)}",
    ]
    return "\r\n".join(lines).encode("utf-8", "surrogatepass") + b"\r\n\r\n" + body


header_names = st.sampled_from(
    [
        "Content-Type",
        "X-Api-Key",
        "Authorization",
        "X-Signature",
        "Accept",
        "Content-Encoding",
        "Expect",
        "X-Forwarded-For",
    ]
) | st.from_regex(r"\A[A-Za-z][A-Za-z0-9-]{0,20}\Z")
header_values = st.sampled_from(
    [
        "application/json",
        "text/plain",
        "gzip",
        "100-continue",
        f"Bearer {SECRET}",
        SECRET,
        "sha256=00",
        "application/x+json; charset=utf-8",
    ]
) | st.from_regex(r"\A[\x21-\x7e][\x20-\x7e]{0,60}\Z")
FRAMING = {"content-length", "transfer-encoding", "connection", "host"}  # set by http(): no stalled bodies


@st.composite
def raw_requests(draw, key: str) -> tuple[bytes, bool]:
    """``(raw request, is junk)``: random method, path (maybe one of the routes, maybe with the
    secret prefix), query string, headers and body; sometimes plain junk (which may be an
    unfinished request: it is sent with an end of file after it)."""
    if draw(st.integers(0, 9)) == 0:
        return draw(st.binary(min_size=1, max_size=200)) + b"\r\n\r\n", True
    routes = [path for _, path, _ in SAMPLES[key]]
    method = draw(
        st.sampled_from(["POST", "GET", "PUT", "DELETE", "OPTIONS", "HEAD", "PATCH"])
        | st.from_regex(r"\A[A-Z]{1,10}\Z")
    )
    path = draw(st.sampled_from(routes) | st.text(max_size=30).map(lambda t: "/" + quote(t, safe="/")))
    path = (
        draw(st.sampled_from(["", f"/{SECRET}", "/wrong", "//", "/.."]))
        + path
        + draw(st.sampled_from(["", "/", "/x", "%00", "%2e%2e"]))
    )
    query = draw(
        st.dictionaries(
            st.sampled_from(["apikey", "callid", "phone", "extension", "status", "event"]) | st.text(max_size=8),
            st.text(max_size=20) | st.just(SECRET),
            max_size=4,
        )
    )
    target = path + ("?" + urlencode(query) if query else "")
    headers = {
        name: value
        for name, value in draw(st.dictionaries(header_names, header_values, max_size=5)).items()
        if name.lower() not in FRAMING
    }
    body = draw(bodies(SAMPLES[key][0][2]) if key != "voicecloud" else st.binary(max_size=100))
    return http(method, target, headers, body), False


@pytest.fixture(params=["tel4vn", "voicecloud"])
def live(request):
    served = LiveListener(request.param)
    yield served
    served.close()


def fuzz_listener(live: LiveListener, budget: settings) -> None:
    @budget
    @given(raw=raw_requests(live.key))
    def one(raw: tuple[bytes, bool]) -> None:
        request, junk = raw
        status = live.send(request, then_eof=junk)
        assert (junk or status > 0) and status < 500, (status, request[:200])
        assert live.send(live.valid()) == 200 and live.expected in live.published

    warm_up = settings(budget, max_examples=20)
    tracemalloc.start()
    try:
        warm_up(given(raw=raw_requests(live.key))(one.hypothesis.inner_test))()
        gc.collect()
        before = tracemalloc.take_snapshot()
        one()
        gc.collect()
        after = tracemalloc.take_snapshot()
    finally:
        tracemalloc.stop()
    mine = [
        tracemalloc.Filter(True, pattern)
        for pattern in ("*/agent_desk/*", "*/aiohttp/*", "*/multidict/*", "*/yarl/*", "*/asyncio/*")
    ]
    grown = sum(s.size_diff for s in after.filter_traces(mine).compare_to(before.filter_traces(mine), "filename"))
    grown -= 200 * len(live.published)  # the published call ids the test itself keeps
    assert grown < RETAINED_BOUND, f"the listener kept {grown} bytes more after the fuzzing"
    assert live.listener.counters["accepted"] >= len(live.published)


def test_listener_answers_every_generated_request_and_keeps_serving(live):
    fuzz_listener(live, LISTENER_FAST)


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_listener_long(live):
    fuzz_listener(live, LISTENER_LONG)
