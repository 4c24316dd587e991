"""The TEL4VN Call Center API (seed document 002) as the simulator serves it, mounted at ``/tel4vn``.

Served, with the document's paths, verbs, bodies and response shapes: ``POST /v1/auth``,
``POST /v2/auth/token``, ``GET|POST /v1/event``, ``DELETE /v1/event/<id>``, ``GET /v2/cdr``,
``GET /v2/cdr/<id>``, ``GET /v1/click2call`` (waits for the extension to pick up or stop
ringing), ``GET /v1/click2call/async``, ``POST /v2/click2call``, ``GET /v2/call``,
``POST /v2/call/<id>/{transfer,listen,whisper,barge}``, ``GET /v2/user/<id>/status`` and
``GET /v2/customer/user/<id>/status`` (the document prints both), ``GET /v2/customer``,
``GET /v2/customer/<id>`` and ``POST /v2/customer``. Every route but the two sign-in routes needs
``Authorization: Bearer <token>`` (401 otherwise). Each world event (ringing, answered, hangup,
cdr) is posted as the document's Event Hook Data JSON to every callback registered for that event
name, with ``X-Api-Key: <callback_apikey>`` when one was given; a name outside the four is stored
but never delivered (the document's warning). Control route (not the document's):
``POST /_sim/tel4vn/cdr-mapping {"mapping": "default"|"flex"}`` switches the tenant's CDR mapping.

Undocumented choices
--------------------
* Error envelope ``{"code": N, "content": "...", "error": "<HTTP reason>"}`` (the one the user
  status and customer errors print) for: bad credentials (401), an unknown ``api_key`` (401), a
  missing/expired/unknown bearer token (401, also when the token was issued by another dialect),
  a body that is not a JSON object or lacks a required field (400), a bad query value (400), an
  unknown or expired ``scroll_id`` (400), an unknown event id on DELETE (404) and an unknown CDR
  id (404, content "cdr is not existed").
* Click-to-call and call-action refusals use the document's ``{"status": "fail", "error": CODE}``
  body (plus ``message`` on the async GET, plus ``"code": "1"`` and ``message`` on the POST) with
  HTTP 400; the document prints no status. ``USER_NOT_FOUND`` (unknown extension) and
  ``CALL_NOT_FOUND`` (unknown call id) are our codes, with HTTP 404. A missing ``ext``/``phone``
  (or ``id``/``mobile``/``agent`` on the POST, or ``ext`` on a call action) is
  ``INVALID_PARAMETER`` with HTTP 400. The POST requires all three fields (the document gives no
  "required" column).
* A sync click-to-call whose extension never picks up answers
  ``{"status": "fail", "error": "NO_ANSWER"}`` (HTTP 400) once the phone stops ringing: the
  document only says the call waits "until the extension picks up or hangs up"; NO_ANSWER is the
  cause its CDR table names. A simulator shutting down answers pending sync calls with 503.
* ``src_cid_*`` and ``dest_cid_*`` are accepted and ignored; ``auto_answer=true`` makes the
  extension pick up at once (even one set not to answer); ``hotline`` replaces the call's
  hotline; ``customer_id`` is kept on the call.
* CDRs are listed newest first. Pagination is used when ``limit`` and ``page`` (or ``offset``,
  which replaces ``page``) are sent; otherwise scroll: pages of ``limit`` (default 10) records,
  ``{"data": [...], "scroll_id": "..."}`` as the sibling PBX document (003) prints it, continued
  with ``?scroll_id=``; the last page carries ``"scroll_id": ""``. (The document's example answer
  to the bare ``GET /v2/cdr?`` prints ``limit/offset/total``, against its own text that scroll is
  the default; we follow the text.) ``start_date``/``end_date`` take ``YYYY-MM-DD`` or
  ``YYYY-MM-DD HH:MM:SS`` in Vietnam time; a date-only ``end_date`` includes that whole day.
  ``duration`` matches exactly; ``phone`` matches either number.
* Default mapping: ``direction`` is printed as text (inbound/outbound/local, as the table says,
  not the example's integer 3) and ``status`` is the flex vocabulary in capitals (ANSWERED, BUSY,
  NO-ANSWERED, CANCEL, NOT-AVAILABLE, INVALID; the document shows only the first two). Flex
  mapping: ``to`` is the customer's number whatever the direction, ``ringAt`` equals ``dialAt``.
* ``GET /v2/call`` prints ``state: "CS_EXECUTE"`` (the only value the document shows) for every
  live call, ``source``/``destination`` are the caller/callee (for an inbound call still ringing
  one extension, that extension; still ringing several queue members, the queue code), ``ip`` is
  127.0.0.1 and ``context`` the tenant domain.
* User status ids may be a username, a user_uuid (the document's examples) or an extension
  number. The token's ``client_id`` and ``user_id`` are both the user's ``user_uuid``;
  ``expired_in`` is the token lifetime in seconds; ``refresh_token`` is "".
* Each user's ``api_key`` is derived from the dialect key and the user_uuid, so a key of one
  TEL4VN dialect is unknown to the other. The tenant's domain is ``sim.tel4vn.com``.
* ``hits`` counts requests per ``"METHOD /path"`` (below the mount point) for tests; requests
  refused by the simulator's fault middleware (5xx bursts) never reach the dialect.
* ``GET /v2/customer`` defaults to ``limit=10, offset=0``; ``campaign_id`` filters. The document's
  own curl for "Post Customer" goes to ``/v2/autocall/queue``; we serve its HTTP Request line,
  ``POST /v2/customer``, and answer a missing required field with ``{"<field>": "is required"}``
  in ``content``.
* Autodialer and autocall queues: see ``tel4vn_campaigns.py`` (dialled by ``sim/campaigns.py``).
* Hook data: ``call_id`` is the leg id on ringing/answered/hangup and the flow id on cdr (as the
  document's note says for queue calls); ``duration``/``billsec`` ride on hangup only,
  ``recording_url`` (possibly "") and ``status`` (flex vocabulary) on cdr only; ``domain`` is the
  tenant's.

Newer documents (control route ``POST /_sim/tel4vn/hooks {"revision": "document"|"newer"}``)
--------------------------------------------------------------------------------------------
``revision = "document"`` (the default) is document 002 above. ``"newer"`` follows the newer
TEL4VN documents that public integrations quote: ``POST /v1/event`` answers ``{"created": true,
"id": "<event_domain_uuid>"}``, and two more event names are delivered: ``missed`` (an inbound
call nobody picked up: the flow's ``call_id``, ``to_number`` the hotline, ``duration``) and
``cdr_autocall`` (the record of an autocall campaign call: the cdr fields plus ``press_key`` and
``customer_id``). The simulated world runs no campaigns, so ``cdr_autocall`` is sent by the
control route ``POST /_sim/tel4vn/autocall {"phone", "customer_id", "press_key"}`` ("this
campaign call just ended"), which answers ``{"call_id"}``; it is refused (409) under the
document's revision, whose PBX has no such event.

Variants of document 002's own text
-----------------------------------
* ``POST /_sim/tel4vn/status-path {"status_path": "both"|"user"|"customer"}``: the document prints
  the user status at ``/v2/user/<id>/status`` (curl) and ``/v2/customer/user/<id>/status`` (HTTP
  Request line). ``both`` (default) serves both; ``user`` or ``customer`` only that one (the other
  answers the 404 envelope), as a PBX that follows one line of the document would.
* ``POST /_sim/tel4vn/hook-sides {"hook_sides": "table"|"example"}``: on an outbound call the
  table says ``from_number`` is the extension (``table``, default); the document's own hook example
  (``"direction": "outbound", "from_number": "0899888999", "to_number": "101"``) names the
  customer first (``example``), which this variant sends for every outbound hook.
* ``POST /_sim/tel4vn/end-date {"end_date": "whole_day"|"midnight"}`` (also ``/_sim/tel4vn-pbx/``):
  the document pairs ``end_date`` examples "2021-02-19 hoặc 2021-02-19 00:00:00", so a date alone
  may mean the whole day (``whole_day``, default) or its first second (``midnight``).
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import re
import uuid
from collections.abc import Callable
from typing import Any, ClassVar

from aiohttp import web

from agent_desk.sim.delivery import Deliverer
from agent_desk.sim.dialects import DeliveringDialect
from agent_desk.sim.world import HOTLINE, VN_TZ, Call, Cdr, Customer, Extension, SimError, SimEvent, local_time

DOMAIN = "sim.tel4vn.com"
DOMAIN_UUID = str(uuid.uuid5(uuid.NAMESPACE_DNS, DOMAIN))
EVENT_NAMES = ("ringing", "answered", "hangup", "cdr")
NEWER_EVENT_NAMES = (*EVENT_NAMES, "missed", "cdr_autocall")
REVISIONS = ("document", "newer")
STATUS_PATHS = ("both", "user", "customer")
HOOK_SIDES = ("table", "example")
END_DATE_READINGS = ("whole_day", "midnight")
CALL_ACTIONS = ("transfer", "listen", "whisper", "barge")
MAPPINGS = ("default", "flex")
SCROLLS_KEPT = 50
PHONE_PATTERN = "^(84|0[3|5|7|8|9])+([0-9]{8})$"
_NOT_FOUND_CODES = ("USER_NOT_FOUND", "CALL_NOT_FOUND")
_DOC_DIRECTION = {"internal": "local"}
_MESSAGES = {
    "USER_NOT_REGISTERED": "User not registered extension with Softphone or IP Phone",
    "USER_BUSY": "User is busy",
}
_REASONS = {400: "Bad Request", 401: "Unauthorized", 404: "Not Found", 409: "Conflict"}

CdrFilter = Callable[[Cdr, str], bool]


def envelope(status: int, content: Any) -> web.Response:
    """The document's ``{"code", "content", "error"}`` error body, ``error`` being the HTTP reason."""
    return web.json_response({"code": status, "content": content, "error": _REASONS[status]}, status=status)


def bad_request(content: Any) -> web.HTTPBadRequest:
    """The same body as :func:`envelope` (400), raised from helpers."""
    return web.HTTPBadRequest(
        text=json.dumps({"code": 400, "content": content, "error": "Bad Request"}), content_type="application/json"
    )


def doc_direction(direction: str) -> str:
    return _DOC_DIRECTION.get(direction, direction)


def vn_timestamp(text: str, *, end_of_day: bool = False) -> float:
    """``YYYY-MM-DD`` or ``YYYY-MM-DD HH:MM:SS`` (Vietnam time) as a Unix time; ValueError otherwise."""
    try:
        moment = dt.datetime.strptime(text, "%Y-%m-%d %H:%M:%S")
    except ValueError:
        moment = dt.datetime.strptime(text, "%Y-%m-%d")
        if end_of_day:
            moment += dt.timedelta(days=1, microseconds=-1)
    return moment.replace(tzinfo=VN_TZ).timestamp()


def _int_param(query: Any, name: str, default: int, minimum: int = 0) -> int:
    raw = query.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        value = minimum - 1
    if value < minimum:
        raise bad_request(f"{name} must be a whole number >= {minimum}")
    return value


class Tel4vnDialect(DeliveringDialect):
    """TEL4VN Call Center API v1/v2. :class:`Tel4vnPbxDialect` reuses most of it."""

    key = "tel4vn"
    token_path = "/v2/auth/token"
    cdr_path = "/v2/cdr"
    #: query parameter → predicate, for ``GET <cdr_path>``
    cdr_filters: ClassVar[dict[str, CdrFilter]] = {
        "duration": lambda cdr, v: str(cdr.duration) == v,
        "extension": lambda cdr, v: cdr.extension == v,
        "phone": lambda cdr, v: v in (cdr.from_number, cdr.to_number),
        "direction": lambda cdr, v: doc_direction(cdr.direction) == v,
    }

    def __init__(self, sim: Any) -> None:
        super().__init__(sim)
        self.mapping = "default"
        self.revision = "document"  # or "newer" (see the module doc)
        self.status_path = "both"  # which user-status path answers (see the module doc)
        self.hook_sides = "table"  # which number an outbound hook names first (see the module doc)
        self.end_date = "whole_day"  # what a date-only end_date means (see the module doc)
        self.hooks: list[dict[str, str]] = []
        self.hits: collections.Counter[str] = collections.Counter()  # "GET /v1/click2call" → count
        self._scrolls: collections.OrderedDict[str, tuple[list[Cdr], int, int]] = collections.OrderedDict()

    # ------------------------------------------------------------------ app and lifecycle
    def build(self) -> web.Application:
        app = web.Application(middlewares=[self._guard])
        app.add_routes(self.routes())
        return app

    def common_routes(self) -> list[web.RouteDef]:
        """Routes both TEL4VN documents describe (with this dialect's token and CDR paths)."""
        return [
            web.post("/v1/auth", self.login),
            web.post(self.token_path, self.token),
            web.get("/v1/event", self.list_events),
            web.post("/v1/event", self.create_event),
            web.delete("/v1/event/{id}", self.delete_event),
            web.get(self.cdr_path, self.list_cdrs),
            web.get(self.cdr_path + "/{id}", self.get_cdr),
            web.get("/v1/click2call", self.click_to_call_sync),
        ]

    def routes(self) -> list[web.RouteDef]:
        from agent_desk.sim.dialects.tel4vn_campaigns import campaign_routes  # it imports this module

        return [
            *self.common_routes(),
            web.get("/v1/click2call/async", self.click_to_call_async),
            web.post("/v2/click2call", self.click_to_call_post),
            web.get("/v2/call", self.list_calls),
            web.post("/v2/call/{call_id}/{action:" + "|".join(CALL_ACTIONS) + "}", self.call_action),
            web.get("/v2/user/{user_id}/status", self.user_status),
            web.get("/v2/customer/user/{user_id}/status", self.user_status),
            web.get("/v2/customer", self.list_customers),
            web.post("/v2/customer", self.create_customer),
            web.get("/v2/customer/{customer_id}", self.get_customer),
            *campaign_routes(self),
        ]

    def control_routes(self) -> list[web.RouteDef]:
        return [
            web.post("/cdr-mapping", self.set_mapping),
            web.post("/hooks", self.set_revision),
            web.post("/status-path", self.set_status_path),
            web.post("/hook-sides", self.set_hook_sides),
            web.post("/end-date", self.set_end_date),
            web.post("/autocall", self.autocall_ended),
        ]

    def demo_profile(self, extension: str = "101") -> tuple[dict[str, Any], dict[str, str]]:
        ext = self.world.extension(extension)
        table: dict[str, Any] = {
            "provider": self.key,
            "base_url": self.base_url,
            "extension": ext.number,
            "username": ext.username,
            "role": "supervisor" if ext.level == "admin" else "agent",
        }
        if ext.level == "admin":  # the supervisor console's agents panel reads these users' status
            table["agents"] = [e.username for e in self.world.extensions.values() if not e.floor]
        return table, {"api_key": self.api_key(ext), "password": ext.password}

    def api_key(self, ext: Extension) -> str:
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"{self.key}/{ext.user_uuid}"))

    @web.middleware
    async def _guard(self, request: web.Request, handler: Any) -> web.StreamResponse:
        """Count requests (``hits``) and demand a bearer token of this dialect on every non-login route."""
        self.hits[f"{request.method} {request.path.removeprefix('/' + self.key)}"] += 1
        info = request.match_info
        public = info.handler in (self.login, self.token)
        if info.http_exception is None and not public:
            subject = self.tokens.bearer_subject(request) or ""
            if not subject.startswith(self.key + ":"):
                return envelope(401, "token is missing, invalid or expired")
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

    # ------------------------------------------------------------------ sign-in
    async def login(self, request: web.Request) -> web.Response:
        body = await self._json_object(request)
        ext = next(
            (
                e
                for e in self.world.extensions.values()
                if e.username == body.get("username") and e.password == body.get("password")
            ),
            None,
        )
        if ext is None:
            return envelope(401, "username or password is incorrect")
        return web.json_response(self.account_body(ext))

    def account_body(self, ext: Extension) -> dict[str, Any]:
        return {
            "code": 200,
            "content": "successfully",
            "data": {
                "api_key": self.api_key(ext),
                "domain_uuid": DOMAIN_UUID,
                "enabled": "true",
                "extension": ext.number,
                "level": ext.level,
                "user_uuid": ext.user_uuid,
                "username": ext.username,
            },
        }

    async def token(self, request: web.Request) -> web.Response:
        body = await self._json_object(request)
        ext = next((e for e in self.world.extensions.values() if self.api_key(e) == body.get("api_key")), None)
        if ext is None:
            return envelope(401, "api_key is invalid")
        token, expires_at = self.tokens.issue(f"{self.key}:{ext.username}")
        return web.json_response(self.token_body(ext, token, expires_at))

    def token_body(self, ext: Extension, token: str, expires_at: float) -> dict[str, Any]:
        return {
            "code": 200,
            "content": "successfully",
            "data": {
                "client_id": ext.user_uuid,
                "domain_uuid": DOMAIN_UUID,
                "expired_in": int(expires_at - self.world.clock()),
                "refresh_token": "",
                "token": token,
                "token_type": "Bearer",
                "user_id": ext.user_uuid,
            },
        }

    # ------------------------------------------------------------------ event hooks
    async def list_events(self, request: web.Request) -> web.Response:
        return web.json_response({"data": self.hooks})

    async def create_event(self, request: web.Request) -> web.Response:
        if self.faults.take_hook_refusal():
            return web.json_response({"error": "Service Unavailable"}, status=503)
        body = await self._json_object(request)
        url, event, apikey = body.get("callback_url"), body.get("event"), body.get("callback_apikey", "")
        if not isinstance(url, str) or not re.match(r"https?://", url) or not isinstance(event, str) or not event:
            return envelope(400, "callback_url (http or https) and event are required")
        if not isinstance(apikey, str):
            return envelope(400, "callback_apikey must be text")
        hook_id = str(uuid.uuid4())
        self.hooks.append(
            {
                "event_domain_uuid": hook_id,
                "domain_uuid": DOMAIN_UUID,
                "domain_name": DOMAIN,
                "event_name": event,
                "callback_url": url,
                "callback_apikey": apikey,
            }
        )
        return web.json_response({"created": True, **({"id": hook_id} if self.revision == "newer" else {})})

    async def delete_event(self, request: web.Request) -> web.Response:
        hook = next((h for h in self.hooks if h["event_domain_uuid"] == request.match_info["id"]), None)
        if hook is None:
            return envelope(404, "event is not existed")
        self.hooks.remove(hook)
        return web.json_response({"deleted": True})

    @property
    def delivered_events(self) -> tuple[str, ...]:
        return NEWER_EVENT_NAMES if self.revision == "newer" else EVENT_NAMES

    def on_world_event(self, event: SimEvent) -> None:
        if event.kind not in self.delivered_events or (event.kind == "missed" and event.call.direction != "inbound"):
            return
        self._post(event.kind, lambda: self.hook_data(event))

    def _post(self, name: str, data: Callable[[], dict[str, Any]]) -> None:
        """Post ``data()`` to every hook registered for ``name``."""
        targets = [h for h in self.hooks if h["event_name"] == name]
        if not targets or self._deliverer is None:
            return
        body = data()
        for hook in targets:
            headers = {"X-Api-Key": hook["callback_apikey"]} if hook["callback_apikey"] else {}
            self._deliverer.send(Deliverer.json_post(hook["callback_url"], body, headers))

    async def set_revision(self, request: web.Request) -> web.Response:
        return await self._set_choice(request, "revision", REVISIONS)

    async def set_status_path(self, request: web.Request) -> web.Response:
        return await self._set_choice(request, "status_path", STATUS_PATHS)

    async def set_hook_sides(self, request: web.Request) -> web.Response:
        return await self._set_choice(request, "hook_sides", HOOK_SIDES)

    async def set_end_date(self, request: web.Request) -> web.Response:
        return await self._set_choice(request, "end_date", END_DATE_READINGS)

    async def autocall_ended(self, request: web.Request) -> web.Response:
        """Send ``cdr_autocall`` for an autocall campaign call that just ended (see the module doc)."""
        if self.revision != "newer":
            return envelope(409, "cdr_autocall needs the newer revision")
        body = await self._json_object(request)
        phone, customer_id, press_key = body.get("phone"), body.get("customer_id"), body.get("press_key", "")
        if not all(isinstance(v, str) for v in (phone, customer_id, press_key)) or not phone or not customer_id:
            return envelope(400, "phone and customer_id (text) are required; press_key is text")
        call_id = str(uuid.uuid4())
        self._post(
            "cdr_autocall",
            lambda: {
                "call_id": call_id,
                "sip_call_id": str(uuid.uuid4()),
                "domain": DOMAIN,
                "direction": "outbound",
                "from_number": HOTLINE,
                "to_number": phone,
                "hotline": HOTLINE,
                "state": "cdr_autocall",
                "duration": 20,
                "billsec": 12,
                "recording_url": "",
                "status": "answered",
                "press_key": press_key,
                "customer_id": customer_id,
            },
        )
        return web.json_response({"call_id": call_id})

    def hook_data(self, event: SimEvent) -> dict[str, Any]:
        """The document's Event Hook Data for one world event."""
        call = event.call
        if event.kind == "missed":
            return {
                "call_id": call.id,
                "sip_call_id": call.sip_call_id,
                "domain": DOMAIN,
                "direction": "inbound",
                "from_number": call.customer,
                "to_number": call.hotline,
                "hotline": call.hotline,
                "state": "missed",
                "duration": call.duration,
            }
        if event.cdr is not None:
            cdr = event.cdr
            return {
                "call_id": cdr.id,
                "sip_call_id": cdr.sip_call_id,
                "domain": DOMAIN,
                "direction": doc_direction(cdr.direction),
                "from_number": cdr.from_number,
                "to_number": cdr.to_number,
                "hotline": cdr.hotline,
                "state": "cdr",
                "recording_url": self.world.recording_url(cdr.recording) or "",
                "status": cdr.status,
            }
        assert event.leg is not None
        inbound = call.direction == "inbound"
        customer_first = inbound or (self.hook_sides == "example" and call.direction == "outbound")
        data: dict[str, Any] = {
            "call_id": event.leg.id,
            "sip_call_id": call.sip_call_id,
            "domain": DOMAIN,
            "direction": doc_direction(call.direction),
            "from_number": call.customer if customer_first else event.leg.extension,
            "to_number": event.leg.extension if customer_first else call.customer,
            "hotline": call.hotline,
            "state": event.kind,
        }
        if event.kind == "hangup":
            data.update(duration=call.duration, billsec=call.billsec)
        return data

    # ------------------------------------------------------------------ CDRs
    async def list_cdrs(self, request: web.Request) -> web.Response:
        query = request.query
        if "scroll_id" in query:
            return self._scroll_on(query["scroll_id"])
        records = self._search_cdrs(query)
        limit = _int_param(query, "limit", 10, minimum=1)
        if "limit" in query and ("page" in query or "offset" in query):
            page = _int_param(query, "page", 1, minimum=1)
            offset = _int_param(query, "offset", (page - 1) * limit)
            return web.json_response(
                {
                    "data": [self.cdr_json(c) for c in records[offset : offset + limit]],
                    **self.pagination_keys(limit, offset, len(records)),
                }
            )
        return self._scroll_page(records, 0, limit)

    def pagination_keys(self, limit: int, offset: int, total: int) -> dict[str, int]:
        return {"limit": limit, "offset": offset, "total": total}

    def _search_cdrs(self, query: Any) -> list[Cdr]:
        bounds: dict[bool, float] = {}  # end_of_day -> the moment: False for start_date, True for end_date
        for name, bound in (("start_date", False), ("end_date", True)):
            if name in query:
                try:
                    bounds[bound] = vn_timestamp(query[name], end_of_day=bound and self.end_date == "whole_day")
                except ValueError:
                    raise bad_request(f"{name} must be YYYY-MM-DD or YYYY-MM-DD HH:MM:SS") from None
        start, end = bounds.get(False), bounds.get(True)
        filters = [(matches, query[name]) for name, matches in self.cdr_filters.items() if name in query]
        return [
            c
            for c in reversed(self.world.cdrs)
            if (start is None or c.started_at >= start)
            and (end is None or c.started_at <= end)
            and all(matches(c, value) for matches, value in filters)
        ]

    def _scroll_page(self, records: list[Cdr], position: int, size: int) -> web.Response:
        chunk = records[position : position + size]
        scroll_id = ""
        if position + size < len(records):
            scroll_id = uuid.uuid4().hex
            self._scrolls[scroll_id] = (records, position + size, size)
            while len(self._scrolls) > SCROLLS_KEPT:
                self._scrolls.popitem(last=False)
        return web.json_response({"data": [self.cdr_json(c) for c in chunk], "scroll_id": scroll_id})

    def _scroll_on(self, scroll_id: str) -> web.Response:
        state = self._scrolls.pop(scroll_id, None)
        if state is None:
            return envelope(400, "scroll_id is invalid or expired")
        return self._scroll_page(*state)

    async def get_cdr(self, request: web.Request) -> web.Response:
        wanted = request.match_info["id"]
        cdr = next((c for c in self.world.cdrs if wanted in (c.id, c.sip_call_id)), None)
        if cdr is None:
            return envelope(404, "cdr is not existed")
        return web.json_response(self.cdr_json(cdr))

    def cdr_json(self, cdr: Cdr) -> dict[str, Any]:
        return self.flex_cdr(cdr) if self.mapping == "flex" else self.default_cdr(cdr)

    def default_cdr(self, cdr: Cdr) -> dict[str, Any]:
        return {
            "id": cdr.id,
            "sip_call_id": cdr.sip_call_id,
            "cause": cdr.cause,
            "duration": cdr.duration,
            "direction": doc_direction(cdr.direction),
            "recording_url": self.world.recording_url(cdr.recording) or "",
            "extension": cdr.extension or "",
            "from_number": cdr.from_number,
            "to_number": cdr.to_number,
            "receive_dest": cdr.queue or "",
            "time_started": local_time(cdr.started_at),
            "time_answered": local_time(cdr.answered_at),
            "time_ended": local_time(cdr.ended_at),
            "status": cdr.status.upper(),
            "customer_id": cdr.customer_id or "",
        }

    def flex_cdr(self, cdr: Cdr) -> dict[str, Any]:
        return {
            "cdrId": cdr.id,
            "sip_call_id": cdr.sip_call_id,
            "recordFile": self.world.recording_url(cdr.recording) or "",
            "extensionId": cdr.extension or "",
            "to": cdr.from_number if cdr.direction == "inbound" else cdr.to_number,
            "hangupAt": local_time(cdr.ended_at),
            "answeredAt": local_time(cdr.answered_at),
            "ringAt": local_time(cdr.started_at),
            "dialAt": local_time(cdr.started_at),
            "status": cdr.status,
            "duration": cdr.duration,
            "direction": doc_direction(cdr.direction),
            "billsec": cdr.billsec,
            "customerId": cdr.customer_id or "",
        }

    async def set_mapping(self, request: web.Request) -> web.Response:
        return await self._set_choice(request, "mapping", MAPPINGS)

    async def _set_choice(self, request: web.Request, name: str, choices: tuple[str, ...]) -> web.Response:
        """Control route body ``{name: one of choices}`` → the dialect's attribute of that name."""
        value = (await self._json_object(request)).get(name)
        if value not in choices:
            raise web.HTTPBadRequest(text=f"{name} must be one of {', '.join(choices)}")
        setattr(self, name, value)
        return web.json_response({name: value})

    # ------------------------------------------------------------------ click-to-call
    @staticmethod
    def fail(error: str, message: str | None = None, **extra: str) -> web.Response:
        """The click-to-call / call-action failure body (HTTP 404 for unknown ids, else 400)."""
        body: dict[str, Any] = {**extra, "status": "fail"}
        if message:
            body["message"] = message
        body["error"] = error
        return web.json_response(body, status=404 if error in _NOT_FOUND_CODES else 400)

    def _place(self, query: Any) -> Call:
        """Start a click-to-call from the documented GET parameters; SimError on refusal."""
        ext, phone = query.get("ext"), query.get("phone")
        if not ext or not phone:
            raise SimError("INVALID_PARAMETER", "ext and phone are required")
        auto_answer = str(query.get("auto_answer", "false")).lower() == "true"
        call = self.world.click_to_call(
            ext, phone, customer_id=query.get("customer_id") or None, auto_answer=auto_answer
        )
        if query.get("hotline"):
            call.hotline = query["hotline"]
        return call

    async def click_to_call_sync(self, request: web.Request) -> web.Response:
        try:
            call = self._place(request.query)
        except SimError as exc:
            return self.fail(exc.code)
        picked = await self.wait_for_pickup(call)
        if picked is None:
            return web.json_response({"status": "fail", "error": "SERVICE_UNAVAILABLE"}, status=503)
        if not picked:
            return self.fail("NO_ANSWER")
        return web.json_response(self.dial_success(call))

    def dial_success(self, call: Call) -> dict[str, Any]:
        return {"status": "success", "call_id": call.id}

    async def click_to_call_async(self, request: web.Request) -> web.Response:
        try:
            call = self._place(request.query)
        except SimError as exc:
            return self.fail(exc.code, _MESSAGES.get(exc.code, str(exc)))
        return web.json_response(self.dial_success(call))

    async def click_to_call_post(self, request: web.Request) -> web.Response:
        body = await self._json_object(request)
        fields = [value if isinstance(value, str) else "" for value in (body.get(k) for k in ("id", "mobile", "agent"))]
        try:
            if not all(fields):
                raise SimError("INVALID_PARAMETER", "id, mobile and agent are required")
            call = self.world.click_to_call(fields[2], fields[1], customer_id=fields[0])
        except SimError as exc:
            return self.fail(exc.code, _MESSAGES.get(exc.code, str(exc)), code="1")
        return web.json_response({"code": "0", "call_id": call.id, "status": "success"})

    # ------------------------------------------------------------------ live calls
    async def list_calls(self, request: web.Request) -> web.Response:
        data = [self.live_call_json(c) for c in self.world.calls.values()]
        return web.json_response({"data": data, "total": len(data)})

    def live_call_json(self, call: Call) -> dict[str, Any]:
        inbound = call.direction == "inbound"
        ringing = next(iter(call.legs)) if len(call.legs) == 1 else None
        agent = call.extension or ringing or (call.queue.code if call.queue else call.hotline)
        return {
            "call_id": call.id,
            "context": DOMAIN,
            "created_time": local_time(call.created_at),
            "destination": agent if inbound else call.customer,
            "direction": doc_direction(call.direction),
            "ip": "127.0.0.1",
            "source": call.customer if inbound else agent,
            "state": "CS_EXECUTE",
        }

    async def call_action(self, request: web.Request) -> web.Response:
        body = await self._json_object(request)
        call_id, action, ext = request.match_info["call_id"], request.match_info["action"], body.get("ext")
        if not isinstance(ext, str) or not ext:
            return self.fail("INVALID_PARAMETER", "ext is required")
        try:
            if action == "transfer":
                self.world.transfer(call_id, ext)
            else:
                self.world.monitor(call_id, ext, action)
        except SimError as exc:
            return self.fail(exc.code)
        return web.json_response({"status": "success", "call_id": call_id, "ext": ext})

    # ------------------------------------------------------------------ users and customers
    async def user_status(self, request: web.Request) -> web.Response:
        served = "customer" if "/v2/customer/user/" in request.path else "user"
        if self.status_path not in ("both", served):
            return envelope(404, "Not Found")
        try:
            ext = self.world.extension(request.match_info["user_id"])
        except SimError:
            return envelope(404, "user is not existed")
        return web.json_response(
            {
                "code": 200,
                "content": "successfully",
                "data": {
                    "agent_name": ext.name,
                    "ext_loggedin": "true" if ext.registered else "false",
                    "extension": ext.number,
                    "user_uuid": ext.user_uuid,
                    "username": ext.username,
                },
            }
        )

    @staticmethod
    def customer_json(customer: Customer) -> dict[str, Any]:
        return {
            "campaign_id": customer.campaign_id,
            "contract_number": customer.contract_number,
            "created_at": customer.created_at,
            "customer_code": customer.code,
            "customer_id": customer.id,
            "customer_name": customer.name,
            "phone_number": customer.phone,
            "status": customer.status,
            "updated_at": "0001-01-01T00:00:00Z",
        }

    async def list_customers(self, request: web.Request) -> web.Response:
        query = request.query
        limit, offset = _int_param(query, "limit", 10, minimum=1), _int_param(query, "offset", 0)
        rows = [
            c
            for c in self.world.customers.values()
            if "campaign_id" not in query or c.campaign_id == query["campaign_id"]
        ]
        return web.json_response(
            {
                "code": 200,
                "content": "successfully",
                "data": [self.customer_json(c) for c in rows[offset : offset + limit]],
                "limit": limit,
                "offset": offset,
                "total": len(rows),
            }
        )

    async def get_customer(self, request: web.Request) -> web.Response:
        customer = self.world.customers.get(request.match_info["customer_id"])
        if customer is None:
            return envelope(404, "Not Found")
        return web.json_response({"code": 200, "content": "successfully", "data": self.customer_json(customer)})

    async def create_customer(self, request: web.Request) -> web.Response:
        body = await self._json_object(request)
        problems = [
            {name: "is required"}
            for name in ("campaign_id", "customer_code", "phone_number", "contract_number")
            if not isinstance(body.get(name), str) or not body[name]
        ]
        if not problems and not re.match(PHONE_PATTERN, body["phone_number"]):
            problems.append({"phone_number": f"Does not match pattern '{PHONE_PATTERN}'"})
        name = body.get("customer_name", "")
        if not isinstance(name, str):
            problems.append({"customer_name": "must be text"})
        if problems:
            return envelope(400, problems)
        customer = Customer(
            id=str(uuid.uuid4()),
            code=body["customer_code"],
            name=name,
            phone=body["phone_number"],
            campaign_id=body["campaign_id"],
            contract_number=body["contract_number"],
            created_at=dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        )
        self.world.customers[customer.id] = customer
        return web.json_response({"code": 201, "content": "successfully", "id": customer.id}, status=201)
