"""The VoiceCloud Platform Call Center API (seed document 004), mounted at ``/voicecloud``.

Served, exactly as the document prints them (GET, everything in the path):

* ``/api/CallControl/dial/from_number/<ext>/to_number/<phone>/key/<key>/domain/<domain>``:
  click-to-call that answers once the extension picked up (or stopped ringing);
* ``/api/CallControl/dial_async/...`` (same segments): answers at once ("receives the signal
  before the softphone").

Success is the document's ``{"status code": 200, "message": "OK"}`` (HTTP 200), or, in the
``answers = "text"`` mode, the plain-text ``Success`` public integrations show.

Call events go to the CRM as the document's GET callbacks under ``{domain_crm}``:
``/api/callcenter/call_in?phone&extension&callid``, ``/api/callcenter/init?extension&phone&callid&event``,
``/api/callcenter/calldata?...`` (agent picked up, call log, missed call) and
``/api/callcenter/hangup?callid``, with the parameters in the document's order. ``{domain_crm}`` is
set by the control route (not the document's) ``POST /_sim/voicecloud/crm {"url": "http://host:port[/prefix]"}``;
the URL is kept as given (minus a trailing ``/``), so a secret path prefix reaches the listener.
Until it is set nothing is delivered. Callbacks go out in order through a
:class:`~agent_desk.sim.delivery.Deliverer` (delivery faults apply; the CRM's answer is ignored).

Undocumented choices
--------------------
* The company is ``domain = abc.com`` (the document's example) with a random 32-hex-digit ``key``
  per simulator, shaped like the document's example key.
* Refusals are the document's JSON envelope ``{"status code": <status>, "message": "CODE:
  sentence"}`` (an unknown extension is exactly the document's ``{"status code": 404, "message":
  "Not Found"}``), or plain text ``CODE: sentence`` in the ``answers = "text"`` mode: a wrong ``key`` or ``domain`` →
  403 ``INVALID_KEY: key or domain is not
  valid``; an unknown ``from_number`` → 404 ``USER_NOT_FOUND: extension N does not exist``; a
  ``to_number`` that is not 3-15 digits (an optional leading +) → 400 ``INVALID_NUMBER: ...``;
  softphone not registered → 400 ``USER_NOT_REGISTERED: User not registered extension with
  Softphone or IP Phone``; extension on a call → 400 ``USER_BUSY: User is busy``; a sync dial
  whose extension never picked up → 400 ``NO_ANSWER: extension N did not pick up``; a sync dial
  still waiting when the simulator shuts down → 503 ``SERVICE_UNAVAILABLE: ...``. Key and domain
  are checked before anything else. A wrong method is aiohttp's 405, a path without all four
  segments aiohttp's 404.
* ``callid`` is the call's flow id in every callback (one id per call, as the CRM needs to tie
  call_in, calldata and hangup together). A queue call sends one ``call_in`` per ringing
  extension; a transfer sends ``call_in`` (inbound) or ``init`` RINGING (outbound) for the new
  extension, then its ``ANSWER`` / ``init`` ANSWERED.
* ``hangup`` carries only ``callid``, so it is sent once, when the whole call ends; the legs that
  stop ringing because a colleague picked up (or a transfer's old leg) send nothing.
* ``calldata status=ANSWER`` is sent when an inbound call is picked up; an outbound
  (click-to-call) call sends ``init`` with ``event=RINGING`` when the agent's phone rings and
  ``event=ANSWERED`` when the agent picks it up (the simulated customer answers later without a
  callback). ``queue`` is left out when the call did not come through a queue.
* A missed inbound call sends ``calldata status=ABANDON`` (``holdtime`` = seconds from the call's
  start to its end) and, like every finished call, its call log ``calldata`` as well.
* Call log ``status`` (Asterisk's CDR dispositions): answered → ANSWERED, busy → BUSY,
  no-answered and cancel → NO ANSWER, invalid (a click-to-call nobody picked up) and
  not-available → FAILED. ``duration`` is the whole call in seconds, ``calldate`` its start in
  Vietnam time as ``YYYY-MM-DD-HH:MM:SS`` (the document's example), ``recordingfile`` the
  simulator's recording URL or empty when there is none, ``extension`` is left out when no
  extension ever rang.
* Calls between extensions (direction internal) send nothing: the document only describes
  calls with a customer.
* ``hits`` counts requests that reached the dialect by route (``"dial"``, ``"dial_async"``).

Modes from public integrations (control route ``POST /_sim/voicecloud/mode`` with any of the
fields below; the defaults are the document's behaviour)
--------------------------------------------------------------------------------------------
* ``callbacks``: ``"query"`` (default: the document's GET callbacks) or ``"json"``: one POST per
  event to ``{domain_crm}/api/callcenter/event`` with the JSON body ``{call_id, state, direction,
  from_number, to_number, duration, recording_url}``: ``state`` RINGING / ANSWERED / HANGUP per
  extension's leg and CDR once per call, ``call_id`` the flow id, ``direction``
  inbound/outbound, ``from_number``/``to_number`` the customer and the extension (the hotline
  on a CDR that rang nobody), ``duration`` on HANGUP and CDR, ``recording_url`` on CDR
  (null when none). A missed call sends nothing of its own.
* ``cdr_before_hangup`` (JSON mode, default false): the HANGUPs of a call are held back and sent
  right after its CDR, as integrations report.
* ``call_in_events`` (query mode, default false): ``call_in`` carries ``event=RING`` and
  ``did`` (the hotline) and ``queue`` when there is one, and the pick-up of an inbound call is
  ``call_in`` with ``event=ANSWER`` (instead of ``calldata status=ANSWER``).
* ``refusals``: ``"http"`` (default: the statuses above) or ``"ok"``: every refusal body comes
  with HTTP 200, so only the body tells it from a success.
* ``answers``: ``"json"`` (default: the document's ``{"status code": ..., "message": ...}``) or
  ``"text"``: the plain-text ``Success`` and ``CODE: sentence`` of public integrations.
* ``call_log_status``: ``"asterisk"`` (default: the dispositions above) or ``"other"``: the
  statuses outside Asterisk's list that PBXs send for the same calls ("ANSWERED, BUSY, …"):
  unanswered inbound → ``CANCELLED``, a failed click-to-call → ``UNKNOWN``, busy → ``ABANDONED``;
  ``duration_format``: ``"integer"`` (default) or ``"decimal"`` (``11.0``, also ``holdtime``).
* Retries that send duplicates are the ``duplicate`` delivery fault (``POST /_sim/faults``).
"""

from __future__ import annotations

import collections
import hmac
import re
import secrets
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from aiohttp import web

from agent_desk.sim.delivery import Deliverer, Outgoing
from agent_desk.sim.dialects import DeliveringDialect
from agent_desk.sim.world import Call, Cdr, SimError, SimEvent, local_time

if TYPE_CHECKING:
    from agent_desk.sim.server import Simulator

DOMAIN = "abc.com"
CALLDATE_FORMAT = "%Y-%m-%d-%H:%M:%S"
DIAL_SEGMENTS = "/from_number/{from_number}/to_number/{to_number}/key/{key}/domain/{domain}"
CDR_STATUS = {
    "answered": "ANSWERED",
    "busy": "BUSY",
    "no-answered": "NO ANSWER",
    "cancel": "NO ANSWER",
    "invalid": "FAILED",
    "not-available": "FAILED",
}
_NUMBER = re.compile(r"\+?\d{3,15}")
_REFUSALS = {
    "USER_NOT_FOUND": (404, "extension {ext} does not exist"),
    "USER_NOT_REGISTERED": (400, "User not registered extension with Softphone or IP Phone"),
    "USER_BUSY": (400, "User is busy"),
}

Callback = tuple[str, dict[str, str]]  # (endpoint under /api/callcenter/, query parameters in order)
MODES = {
    "callbacks": ("query", "json"),
    "refusals": ("http", "ok"),
    "cdr_before_hangup": (False, True),
    "call_in_events": (False, True),
    "answers": ("json", "text"),
    "call_log_status": ("asterisk", "other"),
    "duration_format": ("integer", "decimal"),
}
OTHER_STATUS = {"no-answered": "CANCELLED", "cancel": "CANCELLED", "invalid": "UNKNOWN", "busy": "ABANDONED"}
JSON_STATES = {"ringing": "RINGING", "answered": "ANSWERED", "hangup": "HANGUP"}


class VoiceCloudDialect(DeliveringDialect):
    """The two click-to-call URLs and the CRM callbacks of document 004 (see the module doc)."""

    key = "voicecloud"

    def __init__(self, sim: Simulator) -> None:
        super().__init__(sim)
        self.company_key = secrets.token_hex(16)
        self.crm_url: str | None = None
        self.hits: collections.Counter[str] = collections.Counter()
        self.mode: dict[str, Any] = {name: choices[0] for name, choices in MODES.items()}
        self._hung_up: set[str] = set()  # calls whose one hangup callback was sent
        self._held: dict[str, list[dict[str, Any]]] = {}  # call id → JSON HANGUPs held until its CDR

    # ------------------------------------------------------------------ app and lifecycle
    def build(self) -> web.Application:
        app = web.Application()
        app.add_routes(
            [
                web.get("/api/CallControl/dial" + DIAL_SEGMENTS, self._dial_sync),
                web.get("/api/CallControl/dial_async" + DIAL_SEGMENTS, self._dial_async),
            ]
        )
        return app

    def control_routes(self) -> list[web.RouteDef]:
        return [web.post("/crm", self._set_crm), web.post("/mode", self._set_mode)]

    def demo_profile(self, extension: str = "101") -> tuple[dict[str, Any], dict[str, str]]:
        ext = self.world.extension(extension)
        table = {
            "provider": self.key,
            "base_url": self.base_url,
            "extension": ext.number,
            "domain": DOMAIN,
            "events": "webhook",
        }
        return table, {"key": self.company_key}

    async def _set_crm(self, request: web.Request) -> web.Response:
        try:
            body = await request.json()
        except (ValueError, UnicodeDecodeError):
            raise web.HTTPBadRequest(text="body must be JSON") from None
        url = body.get("url") if isinstance(body, dict) else None
        if not isinstance(url, str):
            url = ""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise web.HTTPBadRequest(text='body must be {"url": "http(s)://host[:port][/prefix]"}')
        self.crm_url = url.rstrip("/")
        return web.json_response({"url": self.crm_url})

    async def _set_mode(self, request: web.Request) -> web.Response:
        try:
            body = await request.json()
        except (ValueError, UnicodeDecodeError):
            raise web.HTTPBadRequest(text="body must be JSON") from None
        if not isinstance(body, dict):
            raise web.HTTPBadRequest(text="body must be a JSON object")
        for name, value in body.items():
            choices = MODES.get(name)
            if choices is None or value not in choices or type(value) is not type(choices[0]):
                raise web.HTTPBadRequest(text=f"{name} must be one of {list(MODES.get(name, ()))}")
        self.mode.update(body)
        return web.json_response(self.mode)

    def refusal(self, status: int, code: str, sentence: str) -> web.Response:
        """A refusal in the current ``answers`` mode (HTTP 200 in the ``refusals = "ok"`` mode)."""
        http = 200 if self.mode["refusals"] == "ok" else status
        if self.mode["answers"] == "text":
            return web.Response(status=http, text=f"{code}: {sentence}")
        message = "Not Found" if code == "USER_NOT_FOUND" else f"{code}: {sentence}"
        return web.json_response({"status code": status, "message": message}, status=http)

    def success(self) -> web.Response:
        if self.mode["answers"] == "text":
            return web.Response(text="Success")
        return web.json_response({"status code": 200, "message": "OK"})

    # ------------------------------------------------------------------ click-to-call
    def _place(self, request: web.Request, route: str) -> Call | web.Response:
        """Start the call the path asks for, or the refusal to answer with."""
        self.hits[route] += 1
        info = request.match_info
        key_ok = hmac.compare_digest(info["key"].encode(), self.company_key.encode())
        if not key_ok or info["domain"] != DOMAIN:
            return self.refusal(403, "INVALID_KEY", "key or domain is not valid")
        if not _NUMBER.fullmatch(info["to_number"]):
            return self.refusal(400, "INVALID_NUMBER", "to_number must be 3-15 digits")
        try:
            return self.world.click_to_call(info["from_number"], info["to_number"])
        except SimError as exc:
            status, sentence = _REFUSALS[exc.code]
            return self.refusal(status, exc.code, sentence.format(ext=info["from_number"]))

    async def _dial_async(self, request: web.Request) -> web.Response:
        placed = self._place(request, "dial_async")
        return placed if isinstance(placed, web.Response) else self.success()

    async def _dial_sync(self, request: web.Request) -> web.Response:
        placed = self._place(request, "dial")
        if isinstance(placed, web.Response):
            return placed
        picked = await self.wait_for_pickup(placed)
        if picked is None:
            return self.refusal(503, "SERVICE_UNAVAILABLE", "the PBX is shutting down")
        if not picked:
            return self.refusal(400, "NO_ANSWER", f"extension {placed.extension} did not pick up")
        return self.success()

    # ------------------------------------------------------------------ CRM callbacks
    def on_world_event(self, event: SimEvent) -> None:
        if self.mode["callbacks"] == "json":
            bodies = self.json_callbacks(event)
            if self.crm_url is not None and self._deliverer is not None:
                for body in bodies:
                    self._deliverer.send(Deliverer.json_post(f"{self.crm_url}/api/callcenter/event", body))
            return
        callbacks = self.callbacks(event)
        if self.crm_url is None or self._deliverer is None:
            return
        for endpoint, params in callbacks:
            self._deliverer.send(Outgoing("GET", f"{self.crm_url}/api/callcenter/{endpoint}", params=params))

    def json_callbacks(self, event: SimEvent) -> list[dict[str, Any]]:
        """The JSON-mode bodies for one world event, in the order they go out (see the module doc)."""
        call = event.call
        if call.direction not in ("inbound", "outbound"):
            return []
        if event.kind == "cdr" and event.cdr is not None:
            cdr = event.cdr
            return [
                {
                    "call_id": call.id,
                    "state": "CDR",
                    "direction": call.direction,
                    "from_number": cdr.from_number,
                    "to_number": cdr.to_number,
                    "duration": cdr.duration,
                    "recording_url": self.world.recording_url(cdr.recording),
                },
                *self._held.pop(call.id, []),
            ]
        if event.kind not in JSON_STATES or event.leg is None:
            return []
        ext, inbound = event.leg.extension, call.direction == "inbound"
        body = {
            "call_id": call.id,
            "state": JSON_STATES[event.kind],
            "direction": call.direction,
            "from_number": call.customer if inbound else ext,
            "to_number": ext if inbound else call.customer,
            "duration": call.duration if event.kind == "hangup" else None,
            "recording_url": None,
        }
        if event.kind == "hangup" and self.mode["cdr_before_hangup"]:
            self._held.setdefault(call.id, []).append(body)
            return []
        return [body]

    def callbacks(self, event: SimEvent) -> list[Callback]:
        """The document's callbacks for one world event (often none, see the module doc)."""
        call = event.call
        if call.direction not in ("inbound", "outbound"):
            return []
        if event.kind == "cdr" and event.cdr is not None:
            self._hung_up.discard(call.id)
            return [("calldata", self._call_log(call, event.cdr))]
        if event.kind == "hangup":
            if call.state != "hangup" or call.id in self._hung_up:
                return []
            self._hung_up.add(call.id)
            return [("hangup", {"callid": call.id})]
        if event.kind == "missed":
            return [("calldata", self._missed(call))]
        if event.leg is None:
            return []
        ext = event.leg.extension
        if call.direction == "outbound":
            return [
                (
                    "init",
                    {
                        "extension": ext,
                        "phone": call.customer,
                        "callid": call.id,
                        "event": "RINGING" if event.kind == "ringing" else "ANSWERED",
                    },
                )
            ]
        if self.mode["call_in_events"]:
            return [
                (
                    "call_in",
                    {
                        "phone": call.customer,
                        "extension": ext,
                        "callid": call.id,
                        "event": "RING" if event.kind == "ringing" else "ANSWER",
                        **self._queue(call),
                        "did": call.hotline,
                    },
                )
            ]
        if event.kind == "ringing":
            return [("call_in", {"phone": call.customer, "extension": ext, "callid": call.id})]
        return [
            (
                "calldata",
                {"callid": call.id, "status": "ANSWER", **self._queue(call), "extension": ext, "phone": call.customer},
            )
        ]

    @staticmethod
    def _queue(call: Call) -> dict[str, str]:
        return {"queue": call.queue.code} if call.queue is not None else {}

    def _missed(self, call: Call) -> dict[str, str]:
        holdtime = round((call.ended_at or self.world.clock()) - call.created_at)
        return {
            "callid": call.id,
            "calldate": local_time(call.created_at, CALLDATE_FORMAT),
            "holdtime": self._seconds(holdtime),
            "status": "ABANDON",
            **self._queue(call),
            "phone": call.customer,
        }

    def _seconds(self, value: int) -> str:
        return f"{value}.0" if self.mode["duration_format"] == "decimal" else str(value)

    def _status(self, status: str) -> str:
        if self.mode["call_log_status"] == "other" and status in OTHER_STATUS:
            return OTHER_STATUS[status]
        return CDR_STATUS.get(status, "FAILED")

    def _call_log(self, call: Call, cdr: Cdr) -> dict[str, str]:
        params = {
            "callid": call.id,
            "calldate": local_time(cdr.started_at, CALLDATE_FORMAT),
            "duration": self._seconds(cdr.duration),
            "status": self._status(cdr.status),
        }
        if cdr.extension:
            params["extension"] = cdr.extension
        params["phone"] = call.customer
        params["recordingfile"] = self.world.recording_url(cdr.recording) or ""
        return params
