"""The oapi dialect (document 001), mounted at ``/oapi`` (so ``/oapi/oapi/v1/...`` on the port).

Routes, as the document gives them:

* ``POST /oapi/v1/voice/auth_token`` and ``POST /oapi/v1/call/click-to-call/{number}``: headers
  ``x-auth-app-id`` and ``x-auth-app-hash = sha256(appId + appSecret)``, JSON body
  ``{"sipUser", "sipPassword"}``. Auth token → ``{"value", "expire"}``. Click-to-call: 200 when
  the device is online (answered once the agent's phone picks up: it is synchronous), 400 when
  the SIP device is not registered.
* ``GET /oapi/v1/call/histories?appId&created_from&created_to&limit&page&hash`` with
  ``hash = sha256(appId + created_from + created_to + limit + page + appSecret)``; at most 31 days,
  limit default 20, at most 100, page default 1.
* ``GET /oapi/v1/call/play_recording?appId&media&hash`` with ``hash = sha256(appId + media +
  appSecret)`` → the media file's URL.
* ``GET /oapi/v1/voice/ws?token=<auth token>``: the call-signal websocket, in the project's own
  JSON design (see the helper brief and :meth:`OapiDialect.frame`).
* ``/socket.io/``: AntBuddy's Kazoo Blackhole Socket.IO feed (see
  :mod:`agent_desk.sim.dialects.blackhole`), fed by the same world events.

Undocumented choices:

* App credentials: one app, id ``agentdesk`` with a random secret per simulator. SIP users are
  the extensions: ``sipUser`` is the extension number (``"101"``), ``sipPassword`` its password.
* Error envelope (the document has none): JSON ``{"code": "...", "message": "..."}``.
  401 ``INVALID_APP_HASH`` for a missing/wrong ``x-auth-app-id``/``x-auth-app-hash`` or a wrong
  ``appId``/``hash`` query parameter; 401 ``INVALID_SIP_CREDENTIALS`` for an unknown SIP user or a
  wrong password; 400 ``DEVICE_OFFLINE`` (the document's 400) when the extension is not
  registered; 400 ``USER_BUSY`` when it is on a call; 400 ``INVALID_NUMBER`` for a number that is
  not 3-15 digits (an optional leading +); 400 ``MISSING_PARAMETER`` / ``INVALID_BODY`` for a body
  that is not a JSON object with both fields; 409 ``NO_ANSWER`` when the agent's phone rang but
  was never picked up; 400 ``MISSING_PARAMETER``, ``INVALID_DATE`` (dates are ``YYYY-MM-DD``),
  ``INVALID_DATE_RANGE`` (from after to), ``DATE_RANGE_TOO_LONG`` (more than 31 days, both ends
  included), ``INVALID_LIMIT`` (not 1-100), ``INVALID_PAGE`` (not a number >= 1) on histories;
  404 ``RECORDING_NOT_FOUND`` for an unknown media name. A wrong method is aiohttp's 405.
* Hashes are computed over the parameters exactly as sent: an absent ``limit``/``page`` is left
  out of the hash (what public integrations show; the defaults 20 and 1 still apply); hex is
  compared case-insensitively.
* ``expire`` is a Unix time in whole seconds. Tokens are issued with subject ``oapi:<extension>``
  so no other dialect's token opens this stream.
* Click-to-call 200 body: ``{"call_id": <flow id>, "message": "Device online, click to call thành
  công"}``.
* Histories envelope ``{"data": [...], "total", "page", "limit"}``, newest first, every call of
  the company whose start falls within the Vietnam-time days ``created_from`` to ``created_to``.
  A user party is ``{"number": <extension>, "type": "user", "username": <username>}``, the
  customer ``{"number", "type": "realnumber"}``; an inbound call that rang nobody has the hotline
  as a ``realnumber`` callee. ``status_detail``: answered → SUCCESS, no-answered → IVR, an
  inbound call hung up before an answer → IVR, an outbound one → CANCELLED, busy → BUSY, anything
  else → ERROR. ``recording`` is ``""`` when there is none.
* play_recording body: ``{"url": "<simulator>/recordings/<media>"}``. The document only says it
  returns "the media file's URL", so ``POST /_sim/oapi/recording-answer {"recording_answer":
  "json"|"text"|"redirect"}`` switches to the URL as plain text or a 302 redirect to it.
* Websocket: a bad or expired token is an HTTP 401 (JSON envelope) on the handshake. Frames go
  to the sockets of the token's extension: ringing/answered/hangup of its legs and ``missed`` for
  an inbound call that rang it; ``call_id`` is the call's flow id. ``{"type": "ping", "ts"}``
  every :attr:`OapiDialect.ping_interval` seconds; a client's ``{"type": "ping"}`` gets
  ``{"type": "pong"}``; other client frames are ignored. The token is checked every
  :attr:`OapiDialect.expiry_check` seconds (and when it expires): an expired or revoked token
  closes the socket with 4001 "token expired". Delivery faults apply to call frames: duplicate
  (sent twice), reorder (held back until after the next), malformed (the first half of the JSON).
  :meth:`OapiDialect.drop_connections` cuts the TCP connections without a close frame.
* Control (not part of the document): ``GET /_sim/oapi/frames?extension=101`` lists the call
  frames handed to that extension's open sockets, oldest first (recorded before the write: a
  write cut short by a dropped connection may still have reached the app): ``{"frames": [{"at", "event",
  "call_id"}]}`` with ``at`` the sender's ``time.monotonic()`` (the last
  :data:`FRAMES_KEPT`), so a soak test can tell which calls reached the app.
"""

from __future__ import annotations

import asyncio
import collections
import dataclasses
import datetime as dt
import hashlib
import hmac
import json
import random
import re
import secrets
import time
from typing import TYPE_CHECKING, Any

from aiohttp import WSMsgType, web

from agent_desk.sim.dialects import Dialect
from agent_desk.sim.dialects.blackhole import ACCOUNT_ID, BlackholeFeed
from agent_desk.sim.world import VN_TZ, Call, Cdr, SimError, SimEvent

if TYPE_CHECKING:
    from agent_desk.sim.server import Simulator

APP_ID = "agentdesk"
FRAMES_KEPT = 100_000
RECORDING_ANSWERS = ("json", "text", "redirect")
TOKEN_PREFIX = "oapi:"
MAX_RANGE_DAYS = 31
_NUMBER = re.compile(r"\+?\d{3,15}")


def _sha256(*parts: str) -> str:
    return hashlib.sha256("".join(parts).encode()).hexdigest()


def _error(status: int, code: str, message: str) -> web.Response:
    return web.json_response({"code": code, "message": message}, status=status)


def _same_hash(sent: str | None, expected: str) -> bool:
    return bool(sent) and hmac.compare_digest(sent.lower(), expected)  # type: ignore[union-attr]


@dataclasses.dataclass(eq=False)
class _Stream:
    """One open call-signal websocket and its outgoing frames (sent in order by one task)."""

    ws: web.WebSocketResponse
    transport: asyncio.Transport | None
    extension: str
    token: str
    outbox: asyncio.Queue[str] = dataclasses.field(default_factory=asyncio.Queue)
    held: str | None = None
    expired: bool = False  # the token ran out and the server is closing the socket


class OapiDialect(Dialect):
    """The oapi document's four calls plus the call-signal websocket (see the module doc)."""

    key = "oapi"
    #: Seconds between heartbeat frames (tests shrink it).
    ping_interval: float = 15.0
    #: Seconds between checks that the stream's token is still valid (revocation).
    expiry_check: float = 1.0

    def __init__(self, sim: Simulator) -> None:
        super().__init__(sim)
        self.app_secret = secrets.token_hex(16)
        self.rng = random.Random(self.world.settings.seed)
        self._streams: set[_Stream] = set()
        self.blackhole = BlackholeFeed(self)
        self._unsubscribe = self.world.subscribe(self._on_event)
        self.recording_answer = "json"  # how play_recording answers (see the module doc)
        #: "METHOD /path" of the latest requests that reached the dialect (after the fault latency).
        self.received: collections.deque[str] = collections.deque(maxlen=1000)
        #: (monotonic time, extension, event, call id) of the call frames written to a socket
        self.frames_sent: collections.deque[tuple[float, str, str, str]] = collections.deque(maxlen=FRAMES_KEPT)

    @web.middleware
    async def _record(self, request: web.Request, handler):
        self.received.append(f"{request.method} {request.path}")
        return await handler(request)

    def build(self) -> web.Application:
        app = web.Application(middlewares=[self._record])
        app.add_routes(
            [
                web.post("/oapi/v1/voice/auth_token", self._auth_token),
                web.post("/oapi/v1/call/click-to-call/{number}", self._click_to_call),
                web.get("/oapi/v1/call/histories", self._histories),
                web.get("/oapi/v1/call/play_recording", self._play_recording),
                web.get("/oapi/v1/voice/ws", self._stream),
            ]
        )
        self.blackhole.attach(app)
        return app

    async def start(self) -> None:
        await self.blackhole.start()

    def control_routes(self) -> list[web.RouteDef]:
        return [web.get("/frames", self._frames), web.post("/recording-answer", self._set_recording_answer)]

    async def _set_recording_answer(self, request: web.Request) -> web.Response:
        try:
            body = await request.json()
        except (ValueError, UnicodeDecodeError):
            body = None
        answer = body.get("recording_answer") if isinstance(body, dict) else None
        if answer not in RECORDING_ANSWERS:
            raise web.HTTPBadRequest(text=f"recording_answer must be one of {', '.join(RECORDING_ANSWERS)}")
        self.recording_answer = answer
        return web.json_response({"recording_answer": answer})

    async def _frames(self, request: web.Request) -> web.Response:
        extension = request.query.get("extension")
        return web.json_response(
            {
                "frames": [
                    {"at": at, "event": event, "call_id": call_id}
                    for at, ext, event, call_id in self.frames_sent
                    if extension in (None, ext)
                ]
            }
        )

    def demo_profile(self, extension: str = "101") -> tuple[dict[str, Any], dict[str, str]]:
        ext = self.world.extension(extension)
        table = {
            "provider": "oapi",
            "base_url": self.base_url,
            "extension": ext.number,
            "app_id": APP_ID,
            "sip_user": ext.number,
            "events": "websocket",
            "account_id": ACCOUNT_ID,
        }
        return table, {"app_secret": self.app_secret, "sip_password": ext.password}

    # ------------------------------------------------------------------ authentication
    def _app_refusal(self, request: web.Request) -> web.Response | None:
        """401 unless the headers carry this app's id and ``sha256(appId + appSecret)``."""
        app_id = request.headers.get("x-auth-app-id")
        if app_id != APP_ID or not _same_hash(request.headers.get("x-auth-app-hash"), _sha256(APP_ID, self.app_secret)):
            return _error(401, "INVALID_APP_HASH", "x-auth-app-id / x-auth-app-hash not accepted")
        return None

    async def _sip_user(self, request: web.Request) -> str | web.Response:
        """The extension number the body's ``sipUser``/``sipPassword`` sign in as, or an error."""
        refusal = self._app_refusal(request)
        if refusal is not None:
            return refusal
        try:
            body = await request.json()
        except (json.JSONDecodeError, UnicodeDecodeError):
            return _error(400, "INVALID_BODY", "the body must be JSON")
        except ConnectionResetError:  # the client gave up (e.g. timed out) before the body was read
            return _error(400, "INVALID_BODY", "the connection closed before the body arrived")
        if not isinstance(body, dict):
            return _error(400, "INVALID_BODY", "the body must be a JSON object")
        user, password = body.get("sipUser"), body.get("sipPassword")
        if not isinstance(user, str) or not user or not isinstance(password, str) or not password:
            return _error(400, "MISSING_PARAMETER", "sipUser and sipPassword are required")
        ext = self.world.extensions.get(user)
        if ext is None or not hmac.compare_digest(password, ext.password):
            return _error(401, "INVALID_SIP_CREDENTIALS", "sipUser / sipPassword not accepted")
        return ext.number

    def _query_refusal(self, request: web.Request, *names: str) -> web.Response | None:
        """401 unless ``appId`` is this app's and ``hash`` = sha256(appId + the values of those
        ``names`` that were sent, in that order, + appSecret)."""
        query = request.query
        if query.get("appId") != APP_ID:
            return _error(401, "INVALID_APP_HASH", "appId not accepted")
        expected = _sha256(APP_ID, *(query[n] for n in names if n in query), self.app_secret)
        if not _same_hash(query.get("hash"), expected):
            return _error(401, "INVALID_APP_HASH", "hash not accepted")
        return None

    # ------------------------------------------------------------------ calls
    async def _auth_token(self, request: web.Request) -> web.Response:
        extension = await self._sip_user(request)
        if isinstance(extension, web.Response):
            return extension
        token, expires_at = self.tokens.issue(TOKEN_PREFIX + extension)
        return web.json_response({"value": token, "expire": int(expires_at)})

    async def _click_to_call(self, request: web.Request) -> web.Response:
        extension = await self._sip_user(request)
        if isinstance(extension, web.Response):
            return extension
        number = request.match_info["number"]
        if not _NUMBER.fullmatch(number):
            return _error(400, "INVALID_NUMBER", f"{number} is not a phone number")
        try:
            call = self.world.click_to_call(extension, number)
        except SimError as exc:
            if exc.code == "USER_NOT_REGISTERED":
                return _error(400, "DEVICE_OFFLINE", "Device offline, click to call thất bại")
            if exc.code == "USER_BUSY":
                return _error(400, "USER_BUSY", "the device is busy on another call")
            raise
        if not await self.world.wait_agent_pickup(call):
            return _error(409, "NO_ANSWER", "the device rang but nobody picked up")
        return web.json_response({"call_id": call.id, "message": "Device online, click to call thành công"})

    async def _histories(self, request: web.Request) -> web.Response:
        refusal = self._query_refusal(request, "created_from", "created_to", "limit", "page")
        if refusal is not None:
            return refusal
        query = request.query
        if not query.get("created_from") or not query.get("created_to"):
            return _error(400, "MISSING_PARAMETER", "created_from and created_to are required")
        try:
            start = dt.date.fromisoformat(query["created_from"])
            end = dt.date.fromisoformat(query["created_to"])
        except ValueError:
            return _error(400, "INVALID_DATE", "created_from and created_to are dates: YYYY-MM-DD")
        if start > end:
            return _error(400, "INVALID_DATE_RANGE", "created_from is after created_to")
        if (end - start).days + 1 > MAX_RANGE_DAYS:
            return _error(400, "DATE_RANGE_TOO_LONG", "the filter covers at most 31 days")
        limit, page = _positive(query.get("limit", "20")), _positive(query.get("page", "1"))
        if limit is None or limit > 100:
            return _error(400, "INVALID_LIMIT", "limit is a number from 1 to 100")
        if page is None:
            return _error(400, "INVALID_PAGE", "page is a number from 1")
        low = dt.datetime.combine(start, dt.time(), VN_TZ).timestamp()
        high = dt.datetime.combine(end + dt.timedelta(days=1), dt.time(), VN_TZ).timestamp()
        found = [c for c in reversed(self.world.cdrs) if low <= c.started_at < high]
        rows = [self.history_record(c) for c in found[(page - 1) * limit : page * limit]]
        return web.json_response({"data": rows, "total": len(found), "page": page, "limit": limit})

    async def _play_recording(self, request: web.Request) -> web.Response:
        refusal = self._query_refusal(request, "media")
        if refusal is not None:
            return refusal
        media = request.query.get("media", "")
        if not media:
            return _error(400, "MISSING_PARAMETER", "media is required")
        known = {c.recording for c in self.world.cdrs} | {c.recording for c in self.world.calls.values()}
        if media not in known:
            return _error(404, "RECORDING_NOT_FOUND", f"no recording named {media}")
        url = self.world.recording_url(media) or ""
        if self.recording_answer == "text":
            return web.Response(text=url)
        if self.recording_answer == "redirect":
            raise web.HTTPFound(url)
        return web.json_response({"url": url})

    # ------------------------------------------------------------------ record shapes
    def _user(self, number: str) -> dict[str, Any]:
        ext = self.world.extensions.get(number)
        party: dict[str, Any] = {"number": number, "type": "user"}
        if ext is not None:
            party["username"] = ext.username
        return party

    def _parties(
        self, direction: str, extension: str | None, other: str, hotline: str
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        """(caller, callee) of a call between ``extension`` and ``other`` (customer or extension)."""
        if direction == "internal":
            return self._user(extension or ""), self._user(other)
        outside = {"number": other, "type": "realnumber"}
        agent = self._user(extension) if extension else {"number": hotline, "type": "realnumber"}
        return (outside, agent) if direction == "inbound" else (agent, outside)

    @staticmethod
    def _class_and_direction(direction: str, hotline: str) -> dict[str, Any]:
        if direction == "internal":
            return {"class": "one_one", "direction": "from_ab", "did_number": None}
        inbound = direction == "inbound"
        return {
            "class": "trunking",
            "direction": "to_ab" if inbound else "from_ab",
            "did_number": hotline if inbound else None,
        }

    def history_record(self, cdr: Cdr) -> dict[str, Any]:
        """A world CDR as one record of ``/oapi/v1/call/histories``."""
        other = cdr.from_number if cdr.direction == "inbound" else cdr.to_number
        caller, callee = self._parties(cdr.direction, cdr.extension, other, cdr.hotline)
        return {
            "caller": caller,
            "callee": callee,
            **self._class_and_direction(cdr.direction, cdr.hotline),
            "status_detail": _status_detail(cdr),
            "duration_seconds": cdr.duration,
            "unix_timestamp": int(cdr.started_at),
            "billing_seconds": cdr.billsec,
            "recording": cdr.recording or "",
        }

    def frame(self, kind: str, call: Call, extension: str, at: float) -> dict[str, Any]:
        """The websocket frame telling ``extension`` about ``kind`` on ``call``."""
        caller, callee = self._parties(call.direction, extension, call.customer, call.hotline)
        ended = kind in ("hangup", "missed")
        mine = call.extension == extension
        return {
            "type": "call",
            "event": kind,
            "call_id": call.id,
            **self._class_and_direction(call.direction, call.hotline),
            "caller": caller,
            "callee": callee,
            "unix_timestamp": int(at),
            "duration_seconds": call.duration if ended else None,
            "billing_seconds": (call.billsec if mine else 0) if ended else None,
            "recording": call.recording if ended and mine else None,
        }

    # ------------------------------------------------------------------ websocket
    async def _stream(self, request: web.Request) -> web.StreamResponse:
        token = request.query.get("token", "")
        subject = self.tokens.subject(token)
        if subject is None or not subject.startswith(TOKEN_PREFIX):
            return _error(401, "INVALID_TOKEN", "the token is missing, unknown or expired")
        ws = web.WebSocketResponse(timeout=2.0)
        await ws.prepare(request)
        stream = _Stream(ws, request.transport, subject[len(TOKEN_PREFIX) :], token)
        self._streams.add(stream)
        watcher = asyncio.ensure_future(self._watch_token(stream))
        senders = [asyncio.ensure_future(self._pump(stream)), asyncio.ensure_future(self._heartbeat(stream))]
        try:
            async for message in ws:
                if message.type == WSMsgType.TEXT and _is_ping(message.data):
                    stream.outbox.put_nowait(json.dumps({"type": "pong"}))
        finally:
            self._streams.discard(stream)
            for task in senders if stream.expired else [*senders, watcher]:
                task.cancel()
            await asyncio.gather(watcher, *senders, return_exceptions=True)
            while not stream.outbox.empty():  # unsent frames must not block drain()
                stream.outbox.get_nowait()
                stream.outbox.task_done()
        return ws

    async def _pump(self, stream: _Stream) -> None:
        while True:
            text = await stream.outbox.get()
            try:
                if not stream.ws.closed:
                    self._record_sent(stream, text)
                    await stream.ws.send_str(text)
            except (ConnectionError, RuntimeError):
                pass  # the socket went away; its handler cleans up
            finally:
                stream.outbox.task_done()

    def _record_sent(self, stream: _Stream, text: str) -> None:
        try:
            frame = json.loads(text)
        except json.JSONDecodeError:  # a malformed frame (fault injection) brings no call
            return
        if frame.get("type") == "call":
            self.frames_sent.append((time.monotonic(), stream.extension, frame["event"], frame["call_id"]))

    async def _heartbeat(self, stream: _Stream) -> None:
        while True:
            await asyncio.sleep(self.ping_interval)
            stream.outbox.put_nowait(json.dumps({"type": "ping", "ts": int(self.world.clock())}))

    async def _watch_token(self, stream: _Stream) -> None:
        while self.tokens.subject(stream.token) is not None:
            expires_at = self.tokens.expires_at(stream.token) or 0.0
            await asyncio.sleep(max(0.0, min(expires_at - self.world.clock(), self.expiry_check)))
        stream.expired = True
        await stream.ws.close(code=4001, message=b"token expired")

    def _on_event(self, event: SimEvent) -> None:
        self.blackhole.on_event(event)
        if event.kind in ("ringing", "answered", "hangup") and event.leg is not None:
            targets = {event.leg.extension}
        elif event.kind == "missed" and event.call.direction == "inbound":
            targets = set(event.call.legs)
        else:
            return
        for stream in list(self._streams):
            if stream.extension in targets:
                self._deliver(
                    stream,
                    json.dumps(self.frame(event.kind, event.call, stream.extension, event.at), ensure_ascii=False),
                )

    def _deliver(self, stream: _Stream, text: str) -> None:
        """Queue one call frame with the delivery faults applied."""
        faults = self.faults
        if faults.malformed and self.rng.random() < faults.malformed:
            text = text[: len(text) // 2]
        if stream.held is None and faults.reorder and self.rng.random() < faults.reorder:
            stream.held = text
            return
        stream.outbox.put_nowait(text)
        if faults.duplicate and self.rng.random() < faults.duplicate:
            stream.outbox.put_nowait(text)
        if stream.held is not None:
            stream.outbox.put_nowait(stream.held)
            stream.held = None

    async def drain(self) -> None:
        for stream in list(self._streams):
            if stream.held is not None:
                stream.outbox.put_nowait(stream.held)
                stream.held = None
            await stream.outbox.join()
        await self.blackhole.drain()

    def drop_connections(self) -> int:
        """Cut the JSON websockets' TCP connections; disconnect the Socket.IO sockets."""
        streams = list(self._streams)
        for stream in streams:
            if stream.transport is not None:
                stream.transport.abort()
        return len(streams) + self.blackhole.drop()

    async def close(self) -> None:
        self._unsubscribe()
        await self.blackhole.close()
        for stream in list(self._streams):
            try:
                await asyncio.wait_for(stream.ws.close(code=1001, message=b"server shutting down"), 2.0)
            except (TimeoutError, ConnectionError):
                if stream.transport is not None:
                    stream.transport.abort()


def _positive(text: str) -> int | None:
    return int(text) if text.isdigit() and int(text) >= 1 else None


def _is_ping(text: str) -> bool:
    try:
        frame = json.loads(text)
    except json.JSONDecodeError:
        return False
    return isinstance(frame, dict) and frame.get("type") == "ping"


def _status_detail(cdr: Cdr) -> str:
    if cdr.status == "answered":
        return "SUCCESS"
    if cdr.status == "busy":
        return "BUSY"
    if cdr.status == "no-answered" or (cdr.status == "cancel" and cdr.direction == "inbound"):
        return "IVR"
    if cdr.status == "cancel":
        return "CANCELLED"
    return "ERROR"
