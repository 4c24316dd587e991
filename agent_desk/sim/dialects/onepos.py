"""The OnePOS / VoIP247 API v3 (seed document 000) as the simulator serves it, mounted at ``/onepos``.

The document's PRODUCTION line ``https://voip247.vn/api/v3`` gives the prefix; its endpoint lines
(``POST /api/v3/auth/login``, ...) follow the mount point unchanged, so a profile's ``base_url``
is ``http://127.0.0.1:PORT/onepos``. Served:

* ``POST /api/v3/auth/login`` ``{"api_key"}`` → ``{"status": true, "data": {"access_token",
  "token_type": "Bearer", "expires_in": 86400}}``: the document's 24-hour token.
* ``POST /api/v3/webhook/config`` ``{"url", "events", "secret"}``: where call events go.
* ``GET /api/v3/cdr`` with the document's parameters (``start_date`` and ``end_date`` required,
  ``YYYY-MM-DD``; ``direction`` inbound|outbound|internal; ``status`` answered|missed|busy;
  ``extension``; ``page`` default 1; ``limit`` at most 100) → ``{"status": true, "total",
  "page", "data": [{"call_id", "caller", "callee", "duration", "status", "recording", ...}]}``.
* ``GET /api/v3/monitor/active-calls``, ``/monitor/agents``, ``/monitor/queue-stats`` (listed
  by the document without shapes; see below).

Every route but the login needs ``Authorization: Bearer <access_token>`` issued by this dialect.
Extensions appear as the document prints them in ``callee``: ``ext_101``.

Webhooks: each world event becomes one of the document's four events, POSTed as JSON to the
tenant's configured ``url`` when its name is in the configured ``events``, in order, through a
:class:`~agent_desk.sim.delivery.Deliverer` (delivery faults apply; the receiver's answer is
ignored), signed ``X-Signature: sha256=<hex HMAC-SHA256(secret, raw body)>`` when a secret was
configured. ``call.ended`` carries the document's sample keys (event, call_id, caller, callee,
direction, duration, status, recording_url, timestamp).

Undocumented choices
--------------------
* Error envelope ``{"status": false, "message": "..."}`` (the success envelope's ``status`` set
  to false; the document prints no error). 401 "Unauthorized" for a missing, unknown or expired
  bearer token (also one issued by another dialect); 401 "Invalid API key" for a wrong
  ``api_key``; 400 for a body that is not a JSON object, a missing ``api_key``, a missing or
  malformed ``start_date``/``end_date``, ``start_date`` after ``end_date``, a ``direction`` or
  ``status`` outside the document's values, ``page`` not a whole number >= 1, ``limit`` not a
  whole number from 1 to 100 (rejected, not clamped), and a bad webhook config. Unknown paths
  (including the user and group APIs, which the simulated world cannot back) answer 404 "Not
  Found"; a wrong method 405 "Method Not Allowed", both in the same envelope. The campaign,
  lead, autocall and report APIs are in ``onepos_campaigns.py``.
* One tenant per simulator with one random ``api_key``; tokens are issued with subject
  ``onepos:<tenant>`` and always live 86400 s (the document's 24 h; ``SimSettings.token_ttl``
  does not apply; tests revoke with ``sim.tokens.expire_all()``).
* ``POST /webhook/config``: ``url`` (text: "" or an http(s) URL) and ``events`` (a list of the
  four event names, possibly empty) are required, ``secret`` (text) is optional; without a
  secret, deliveries carry no ``X-Signature``. Each call replaces the tenant's config. An empty
  ``url`` or an empty ``events`` list means "no webhook" (the config is removed): the document
  has no removal call. The answer is ``{"status": true, "data": {"url", "events"}}`` (the secret
  is not echoed).
* ``GET /webhook/config`` is not in the document: it answers 404 like any unknown route, unless
  the control route ``POST /_sim/onepos/config-read {"config_read": true}`` turns on the variant
  a PBX with a read-back has: ``{"status": true, "data": {"url", "events"}}`` (``url`` "" when
  no webhook is configured).
* CDR: newest first; a record is in range when its start falls within the Vietnam-time days
  ``start_date`` to ``end_date`` (both included); ``limit`` defaults to 20 (the document's
  example). ``extension`` takes ``101`` or ``ext_101``. Besides the sample's six keys a record
  carries ``direction`` and ``timestamp`` (the call's start, ISO-8601 with ``+07:00``), both
  borrowed from the webhook payload. ``duration`` is the whole call in seconds (ring + talk);
  ``recording`` is the simulator's recording URL, or null when there is none.
* World statuses onto the document's three: answered → answered, busy → busy, everything else
  (no-answered, cancel, invalid, not-available) → missed.
* Parties: the customer's number as is, an extension as ``ext_NNN``. For an inbound call the
  callee is the extension that had the call (else, as in the world's CDR, the first that rang;
  the hotline when none rang); for an outbound call the caller is the extension.
* ``GET /monitor/active-calls`` → ``{"status": true, "data": [{"call_id", "caller", "callee",
  "direction", "status": "ringing"|"answered", "queue": "999"|null, "timestamp", "duration"}]}``;
  an inbound call still ringing several queue members has the hotline as callee.
* ``GET /monitor/agents`` → ``{"status": true, "data": [{"extension": "101", "username":
  "ext_101", "name", "status": "available"|"ringing"|"busy"|"paused"|"offline",
  "registered": true|false}]}`` for every extension (the supervisor's too).
* ``GET /monitor/queue-stats`` → ``{"status": true, "data": [{"queue": "999", "name",
  "waiting", "answered", "abandoned", "agents_available", "agents_total", "longest_wait"}]}``:
  ``waiting`` counts the queue's live calls not yet answered, ``longest_wait`` is the oldest
  one's wait in seconds (0 when none); ``answered``/``abandoned`` count since the simulator
  started.
* Webhook payloads: one ``call_id`` per call (the world's flow id, also the CDR's). A queue call
  sends ``call.ringing`` for each extension it rings (callee ``ext_NNN``) and one
  ``call.answered``; a click-to-call's ``call.answered`` is the agent picking up. ``call.ended``
  is sent once, when the whole call ends (legs that stop ringing because a colleague answered,
  or a transfer's old leg, send nothing); an unanswered inbound call then also sends
  ``call.missed`` (event, call_id, caller, callee, direction, duration, status "missed",
  timestamp). ``call.ringing``/``call.answered`` carry event, call_id, caller, callee,
  direction and timestamp only. ``timestamp`` is when the event happened; ``recording_url`` is
  null when there is no recording. The body is UTF-8 JSON.
* ``hits`` counts requests that reached the dialect by ``"METHOD /path"`` (below the mount
  point), for tests; requests refused by the fault middleware never reach it.
"""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import functools
import hashlib
import hmac
import json
import re
import secrets
from typing import TYPE_CHECKING, Any

from aiohttp import web

from agent_desk.sim.delivery import Outgoing
from agent_desk.sim.dialects import DeliveringDialect
from agent_desk.sim.world import VN_TZ, Call, Cdr, Queue, SimEvent, local_time

if TYPE_CHECKING:
    from agent_desk.sim.server import Simulator

API = "/api/v3"
TENANT = "voip247-sim"
TOKEN_PREFIX = "onepos:"
TOKEN_LIFETIME = 86400
EVENT_NAMES = ("call.ringing", "call.answered", "call.ended", "call.missed")
DIRECTIONS = ("inbound", "outbound", "internal")
STATUSES = ("answered", "missed", "busy")
DEFAULT_LIMIT = 20
MAX_LIMIT = 100
ISO_FORMAT = "%Y-%m-%dT%H:%M:%S+07:00"
_URL = re.compile(r"https?://[^/\s?#]+\S*")
TENANT_KEY = web.RequestKey("tenant", str)


def ok(**fields: Any) -> web.Response:
    """The document's success envelope."""
    return web.json_response({"status": True, **fields})


def refusal(status: int, message: str, headers: dict[str, str] | None = None) -> web.Response:
    """The error envelope (undocumented): ``{"status": false, "message": ...}``."""
    return web.json_response({"status": False, "message": message}, status=status, headers=headers)


def bad_request(message: str) -> web.HTTPBadRequest:
    """A 400 in the error envelope, raised from helpers."""
    return web.HTTPBadRequest(text=json.dumps({"status": False, "message": message}), content_type="application/json")


def doc_status(world_status: str | None) -> str:
    """A world status as answered | busy | missed."""
    return world_status if world_status in ("answered", "busy") else "missed"


@functools.lru_cache(maxsize=16_384)
def iso(ts: float | None) -> str | None:
    """A Unix time as the document's ISO text (remembered: a big floor's live-calls answer gives every
    call's start time each second, and formatting 5,000 of them was a third of that answer's time)."""
    return local_time(ts, ISO_FORMAT) or None


def parties(direction: str, customer: str, extension: str | None, hotline: str) -> tuple[str, str]:
    """``(caller, callee)``: the extension as ``ext_NNN`` (the hotline when no extension rang)."""
    agent = f"ext_{extension}" if extension else hotline
    if direction == "inbound":
        return customer, agent
    if direction == "internal":
        return agent, f"ext_{customer}"
    return agent, customer


def _day(query: Any, name: str, *, end: bool) -> float:
    """A required ``YYYY-MM-DD`` parameter as the Unix time its Vietnam day starts (or ends)."""
    text = query.get(name)
    if not text:
        raise bad_request(f"{name} is required (YYYY-MM-DD)")
    try:
        day = dt.datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=VN_TZ)
    except ValueError:
        raise bad_request(f"{name} must be a date YYYY-MM-DD") from None
    return (day + dt.timedelta(days=1)).timestamp() if end else day.timestamp()


def _whole(query: Any, name: str, default: int, highest: int | None = None) -> int:
    raw = query.get(name)
    if raw is None:
        return default
    value = int(raw) if raw.isdigit() else 0
    if value < 1 or (highest is not None and value > highest):
        bounds = f"from 1 to {highest}" if highest else ">= 1"
        raise bad_request(f"{name} must be a whole number {bounds}")
    return value


def _choice(query: Any, name: str, allowed: tuple[str, ...]) -> str | None:
    value = query.get(name)
    if value is not None and value not in allowed:
        raise bad_request(f"{name} must be one of {' | '.join(allowed)}")
    return value


@dataclasses.dataclass(frozen=True)
class WebhookConfig:
    """A tenant's ``POST /webhook/config``: where to post which events, signed with which secret."""

    url: str
    events: frozenset[str]
    secret: str


class OnePosDialect(DeliveringDialect):
    """OnePOS / VoIP247 API v3: login, webhook config, CDR and the three monitor calls."""

    key = "onepos"

    def __init__(self, sim: Simulator) -> None:
        super().__init__(sim)
        self.api_key = secrets.token_hex(16)
        self.webhook_secret = secrets.token_hex(16)  # what demo profiles register with
        self.webhooks: dict[str, WebhookConfig] = {}  # tenant → its webhook config
        self.hits: collections.Counter[str] = collections.Counter()
        self._ended: set[str] = set()  # calls whose call.ended went out, until their CDR
        self.config_read = False  # serve GET /webhook/config (not in the document; see the module doc)

    # ------------------------------------------------------------------ app and lifecycle
    def build(self) -> web.Application:
        from agent_desk.sim.dialects.onepos_campaigns import campaign_routes  # it imports this module

        app = web.Application(middlewares=[self._guard])
        app.add_routes(
            [
                web.post(f"{API}/auth/login", self.login),
                web.post(f"{API}/webhook/config", self.webhook_config),
                web.get(f"{API}/webhook/config", self.read_webhook_config),
                web.get(f"{API}/cdr", self.cdr),
                web.get(f"{API}/monitor/active-calls", self.active_calls),
                web.get(f"{API}/monitor/agents", self.agents),
                web.get(f"{API}/monitor/queue-stats", self.queue_stats),
                *campaign_routes(self),
            ]
        )
        return app

    def demo_profile(self, extension: str = "101") -> tuple[dict[str, Any], dict[str, str]]:
        ext = self.world.extension(extension)
        table = {
            "provider": self.key,
            "base_url": self.base_url,
            "extension": ext.number,
            "role": "supervisor" if ext.number == "100" else "agent",
        }
        return table, {"api_key": self.api_key, "webhook_secret": self.webhook_secret}

    @web.middleware
    async def _guard(self, request: web.Request, handler: Any) -> web.StreamResponse:
        """Count the request, answer routing errors in the envelope, demand this dialect's token."""
        self.hits[f"{request.method} {request.path.removeprefix('/' + self.key)}"] += 1
        info = request.match_info
        if info.http_exception is not None:
            allow = info.http_exception.headers.get("Allow")
            return refusal(info.http_exception.status, info.http_exception.reason, {"Allow": allow} if allow else None)
        if info.handler != self.login:
            subject = self.tokens.bearer_subject(request) or ""
            if not subject.startswith(TOKEN_PREFIX):
                return refusal(401, "Unauthorized")
            request[TENANT_KEY] = subject.removeprefix(TOKEN_PREFIX)
        return await handler(request)

    @staticmethod
    async def _json_object(request: web.Request) -> dict[str, Any]:
        try:
            body = await request.json()
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise bad_request("body must be JSON") from None
        if not isinstance(body, dict):
            raise bad_request("body must be a JSON object")
        return body

    # ------------------------------------------------------------------ sign-in and webhook config
    async def login(self, request: web.Request) -> web.Response:
        api_key = (await self._json_object(request)).get("api_key")
        if not isinstance(api_key, str) or not api_key:
            return refusal(400, "api_key is required")
        if not hmac.compare_digest(api_key.encode(), self.api_key.encode()):
            return refusal(401, "Invalid API key")
        token, _ = self.tokens.issue(TOKEN_PREFIX + TENANT, ttl=TOKEN_LIFETIME)
        return ok(data={"access_token": token, "token_type": "Bearer", "expires_in": TOKEN_LIFETIME})

    async def webhook_config(self, request: web.Request) -> web.Response:
        body = await self._json_object(request)
        url, events, secret = body.get("url"), body.get("events"), body.get("secret", "")
        if not isinstance(url, str) or (url and not _URL.fullmatch(url)):
            return refusal(400, "url must be an http(s) URL, or empty to stop the webhook")
        if not isinstance(events, list) or not all(isinstance(e, str) for e in events):
            return refusal(400, f"events must be a list of {', '.join(EVENT_NAMES)}")
        unknown = [e for e in events if e not in EVENT_NAMES]
        if unknown:
            return refusal(400, f"unknown event '{unknown[0]}'")
        if not isinstance(secret, str):
            return refusal(400, "secret must be text")
        if url and events:
            self.webhooks[request[TENANT_KEY]] = WebhookConfig(url, frozenset(events), secret)
        else:
            self.webhooks.pop(request[TENANT_KEY], None)
        return ok(data={"url": url, "events": events})

    async def read_webhook_config(self, request: web.Request) -> web.Response:
        """The tenant's config, in the ``config_read`` mode only (else the 404 of an unknown route)."""
        if not self.config_read:
            return refusal(404, "Not Found")
        config = self.webhooks.get(request[TENANT_KEY])
        if config is None:
            return ok(data={"url": "", "events": []})
        return ok(data={"url": config.url, "events": sorted(config.events)})

    def control_routes(self) -> list[web.RouteDef]:
        return [web.post("/config-read", self._set_config_read)]

    async def _set_config_read(self, request: web.Request) -> web.Response:
        enabled = (await self._json_object(request)).get("config_read")
        if not isinstance(enabled, bool):
            raise bad_request("config_read must be true or false")
        self.config_read = enabled
        return web.json_response({"config_read": enabled})

    # ------------------------------------------------------------------ webhook delivery
    def on_world_event(self, event: SimEvent) -> None:
        names = self._doc_events(event)
        if not names or self._deliverer is None:
            return
        for name in names:
            payload = self.payload(name, event)
            for config in list(self.webhooks.values()):
                if name in config.events:
                    self._deliverer.send(self.signed_post(config, payload))

    def _doc_events(self, event: SimEvent) -> list[str]:
        """The document's events for one world event (``call.ended`` once per call)."""
        call = event.call
        if event.kind in ("ringing", "answered"):
            return [f"call.{event.kind}"]
        if event.kind == "hangup":
            if call.state != "hangup" or call.id in self._ended:
                return []  # a leg stopped ringing or was transferred away: the call goes on
            self._ended.add(call.id)
            return ["call.ended"]
        if event.kind == "missed":
            first = [] if call.id in self._ended else ["call.ended"]  # nobody rang: no hangup came
            self._ended.add(call.id)
            return [*first, "call.missed"]
        self._ended.discard(call.id)  # cdr: the call is over for good
        return []

    def payload(self, name: str, event: SimEvent) -> dict[str, Any]:
        """The JSON body of one webhook (see the module doc for the keys of each event)."""
        call = event.call
        if event.leg is not None and name in ("call.ringing", "call.answered"):
            extension: str | None = event.leg.extension
        else:
            extension = call.extension or next(iter(call.legs), None)
        caller, callee = parties(call.direction, call.customer, extension, call.hotline)
        body: dict[str, Any] = {
            "event": name,
            "call_id": call.id,
            "caller": caller,
            "callee": callee,
            "direction": call.direction,
        }
        if name == "call.ended":
            body.update(
                duration=call.duration,
                status=doc_status(call.status),
                recording_url=self.world.recording_url(call.recording),
            )
        elif name == "call.missed":
            body.update(duration=call.duration, status="missed")
        body["timestamp"] = iso(event.at)
        return body

    @staticmethod
    def signed_post(config: WebhookConfig, payload: dict[str, Any]) -> Outgoing:
        raw = json.dumps(payload, ensure_ascii=False).encode()
        headers = {"Content-Type": "application/json"}
        if config.secret:
            digest = hmac.new(config.secret.encode(), raw, hashlib.sha256).hexdigest()
            headers["X-Signature"] = f"sha256={digest}"
        return Outgoing("POST", config.url, content=raw, headers=headers)

    # ------------------------------------------------------------------ CDR
    async def cdr(self, request: web.Request) -> web.Response:
        query = request.query
        start, end = _day(query, "start_date", end=False), _day(query, "end_date", end=True)
        if start >= end:
            return refusal(400, "start_date must not be after end_date")
        direction = _choice(query, "direction", DIRECTIONS)
        status = _choice(query, "status", STATUSES)
        extension = query.get("extension", "").removeprefix("ext_") or None
        page, limit = _whole(query, "page", 1), _whole(query, "limit", DEFAULT_LIMIT, MAX_LIMIT)
        rows = [
            c
            for c in reversed(self.world.cdrs)
            if start <= c.started_at < end
            and (direction is None or c.direction == direction)
            and (status is None or doc_status(c.status) == status)
            and (extension is None or c.extension == extension)
        ]
        chunk = rows[(page - 1) * limit : page * limit]
        return ok(total=len(rows), page=page, data=[self.cdr_json(c) for c in chunk])

    def cdr_json(self, cdr: Cdr) -> dict[str, Any]:
        customer = cdr.from_number if cdr.direction == "inbound" else cdr.to_number
        caller, callee = parties(cdr.direction, customer, cdr.extension, cdr.hotline)
        return {
            "call_id": cdr.id,
            "caller": caller,
            "callee": callee,
            "duration": cdr.duration,
            "status": doc_status(cdr.status),
            "recording": self.world.recording_url(cdr.recording),
            "direction": cdr.direction,
            "timestamp": iso(cdr.started_at),
        }

    # ------------------------------------------------------------------ monitor
    async def active_calls(self, request: web.Request) -> web.Response:
        return ok(data=[self.live_call_json(c) for c in self.world.calls.values()])

    def live_call_json(self, call: Call) -> dict[str, Any]:
        extension = call.extension or (next(iter(call.legs)) if len(call.legs) == 1 else None)
        caller, callee = parties(call.direction, call.customer, extension, call.hotline)
        return {
            "call_id": call.id,
            "caller": caller,
            "callee": callee,
            "direction": call.direction,
            "status": call.state,
            "queue": call.queue.code if call.queue else None,
            "timestamp": iso(call.created_at),
            "duration": call.duration,
        }

    async def agents(self, request: web.Request) -> web.Response:
        world = self.world
        states = world.agent_states()
        return ok(
            data=[
                {
                    "extension": n,
                    "username": f"ext_{n}",
                    "name": e.name,
                    "status": states[n],
                    "registered": e.registered,
                }
                for n, e in world.extensions.items()
            ]
        )

    async def queue_stats(self, request: web.Request) -> web.Response:
        states = self.world.agent_states()
        return ok(data=[self.queue_json(q, states) for q in self.world.queues.values()])

    def queue_json(self, queue: Queue, states: dict[str, str]) -> dict[str, Any]:
        world = self.world
        waiting = [c for c in world.calls.values() if c.queue is queue and c.answered_at is None]
        oldest = min((c.created_at for c in waiting), default=None)
        return {
            "queue": queue.code,
            "name": queue.name,
            "waiting": len(waiting),
            "answered": queue.answered,
            "abandoned": queue.abandoned,
            "agents_available": sum(states[n] == "available" for n in queue.members),
            "agents_total": len(queue.members),
            "longest_wait": 0 if oldest is None else int(world.clock() - oldest),
        }
