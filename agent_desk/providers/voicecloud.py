"""VoiceCloud Platform Call Center (seed document 004): provider key ``voicecloud``.

The document offers two things:

* click-to-call, ``GET {base_url}/api/CallControl/dial`` followed by
  ``/from_number/<ext>/to_number/<number>/key/<key>/domain/<domain>`` (each segment URL-quoted;
  answers once the softphone picked up), and ``.../dial_async/...`` (answers at once). Sent once,
  never repeated; ``customer_id`` has no place in the URL and is ignored;
* GET callbacks to the CRM (here: the local webhook listener) under ``/api/callcenter/``:
  ``call_in``, ``init``, ``calldata`` and ``hangup``, parsed by :meth:`VoiceCloudProvider.parse_webhook`.

There is no history, live-call or supervisor API; recordings come as ``recordingfile`` URLs in
the call-log callbacks. Profile: ``base_url``, ``extension``, ``domain``; secret ``key``. There
is no sign-in and no token: the key and the domain travel in every click-to-call URL.

Because the key is part of the URL, it is kept out of everything the user or a log can see:
exception texts and details carry the path with ``/key/***/``, and httpx's request log lines
(logger ``httpx``) are rewritten the same way by a filter this module installs.

Client-side assumptions (the document is silent)
------------------------------------------------
* :meth:`~VoiceCloudProvider.login` sends nothing: no API checks the key without placing a
  call, so it checks the configuration (the ``key`` secret must exist) and reports
  ``logged_in=True`` with ``softphone_registered=None``; a wrong key shows on the first
  click-to-call.
* The click-to-call answer: the document prints ``{"status code": 200, "message": "OK"}`` for
  success and ``{"status code": 404, "message": "Not Found"}`` for an error (its "TRẠNG THÁI TRẢ
  VỀ"); public integrations show a plain-text ``Success``. Any 2xx answer that carries no known
  error is success (sent once, the customer's phone may already ring: calling it a refusal would
  make the agent dial twice); the answer carries no call id (``DialResult.call_id`` is None). A
  known error is a JSON ``status code`` (or ``status``/``code``) outside 2xx, ``"success": false``
  or an ``error`` field, or a text starting with an upper-case ``CODE:`` (the simulator's ``CODE:
  sentence`` form) or the words error/fail/failed/invalid. A refusal quotes the body: a body
  starting with ``USER_NOT_REGISTERED`` or ``USER_BUSY`` becomes NotRegistered / UserBusy,
  ``NO_ANSWER`` a refusal saying the phone was not picked up, HTTP (or JSON) 401/403 AuthFailed
  (wrong key or domain), 404 NotFound, an HTTP 5xx PbxUnreachable. The key is masked in any body text
  that echoes it.
* Callbacks: ``callid`` is required on every one and becomes ``call_id`` and ``flow_id``;
  ``status`` (calldata) and ``event`` (init, call_in) are matched ignoring case. ``call_in`` →
  ringing inbound, or, as public integrations show it, with ``event=RING`` ringing and
  ``event=ANSWER`` answered; its ``queue`` is the queue and ``did`` (the number the customer
  dialled, kept in ``raw``) the callee when no ``extension`` is given; ``init`` RINGING/ANSWERED →
  ringing/answered outbound; ``calldata`` ANSWER → answered inbound; ABANDON → missed inbound
  (``duration`` = ``holdtime``, the caller's wait); any other status (the document lists
  "ANSWERED, BUSY, …": Asterisk's ANSWERED, BUSY, NO ANSWER, FAILED, CONGESTION, CANCEL,
  CHANUNAVAIL, and whatever else a PBX sends, CANCELLED, UNKNOWN...) or none → cdr with direction
  "unknown" (the call log does not say) and caller/callee None; ``hangup`` → hangup with nothing
  but the id. The status text is kept as sent in ``pbx_status``; the call registry turns it into
  the call's outcome. ``phone`` is the customer, ``recordingfile`` (empty → None) the recording.
  A number parameter (``duration``, ``holdtime``) may carry a decimal point (``11.0``: rounded);
  anything else that is not a number is a bad event. ``calldate`` (the call's start, y-m-d-h-i-s
  in Vietnam time: ``2020-10-10-10:10:10``, also with ``-`` or a space between the parts) is the
  event's ``at`` when it is there and readable; otherwise ``at`` is when the callback was parsed.
* JSON mode (public integrations): a POST with a JSON body ``{call_id, state, direction,
  from_number, to_number, duration, recording_url}`` on any callback path (the simulator posts to
  ``/api/callcenter/event``). ``state`` RINGING / ANSWERED / HANGUP / CDR and ``direction``
  inbound / outbound are matched ignoring case; the extension is ``to_number`` of an inbound
  call and ``from_number`` of an outbound one, the customer the other number. ``call_id`` is
  one id for the whole call. A CDR that arrives before its HANGUP, and the duplicates a retrying
  PBX sends, are the registry's business (:mod:`agent_desk.events.registry`).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from typing import Any
from urllib.parse import quote

import httpx

from agent_desk import errors
from agent_desk.config import DIAL_MODES
from agent_desk.models import PBX_TZ, AccountStatus, CallEvent, DialResult, WebhookRequest
from agent_desk.providers.base import Provider, load_json_object, refusal_for_code

CALLBACK_ROOT = "/api/callcenter/"
NO_ANSWER_TEXT = "you did not pick up the click-to-call on your phone, so the customer was not dialled"
LOGIN_NOTE = "VoiceCloud has no API to check the key without placing a call; the first click-to-call checks it"
_CODE = re.compile(r"([A-Z][A-Z_]{2,})\b")
_KEY_SEGMENT = re.compile(r"(/key/)[^/\s\"]+")
_TYPED_CODES = ("USER_NOT_REGISTERED", "USER_BUSY")
_ERROR_WORDS = re.compile(r"(error|fail|failed|failure|invalid)\b", re.IGNORECASE)
_CODE_PREFIX = re.compile(r"([A-Z][A-Z_]{2,}):")
_OK_CODES = ("OK", "SUCCESS")
_CALLDATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})[-\sT](\d{1,2})[:-](\d{1,2})[:-](\d{1,2})")
_CALLBACKS = ("call_in", "init", "calldata", "hangup")
JSON_CALLBACK = "event"  # the path the simulator posts JSON-mode callbacks to
_JSON_STATES = {"RINGING": "ringing", "ANSWERED": "answered", "HANGUP": "hangup", "CDR": "cdr"}
_CALL_IN_STATES = {"": "ringing", "RING": "ringing", "RINGING": "ringing", "ANSWER": "answered"}


def mask_key(text: str) -> str:
    """``.../key/<anything>/domain/...`` → ``.../key/***/domain/...``."""
    return _KEY_SEGMENT.sub(r"\1***", text)


class _MaskKeyInUrls(logging.Filter):
    """Rewrites httpx's ``HTTP Request: GET <url> ...`` lines so a VoiceCloud key never reaches a log."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if "/key/" in message:
            record.msg, record.args = mask_key(message), ()
        return True


logging.getLogger("httpx").addFilter(_MaskKeyInUrls())


def _status_key(value: str) -> str:
    """``"no answer"`` / ``"NO_ANSWER"`` / ``"No-Answer"`` → ``"NOANSWER"``."""
    return re.sub(r"[\s_-]", "", value.upper())


class VoiceCloudProvider(Provider):
    """VoiceCloud click-to-call and CRM callbacks (see the module doc)."""

    key = "voicecloud"
    webhook_routes = tuple(("GET", CALLBACK_ROOT + name) for name in _CALLBACKS) + tuple(
        ("POST", CALLBACK_ROOT + name) for name in (*_CALLBACKS, JSON_CALLBACK)
    )
    required_fields = ("domain", "extension")

    async def auth_headers(self) -> dict[str, str]:
        return {}  # the key travels in the URL

    async def login(self) -> AccountStatus:
        """No request: there is no API to check the key without placing a call (see the module doc)."""
        self.secrets.require("key")
        return AccountStatus(
            provider=self.key,
            user=None,
            extension=self.profile.extension,
            logged_in=True,
            softphone_registered=None,
            detail=LOGIN_NOTE,
        )

    def redact(self, path: str) -> str:
        """The key travels in the URL path: mask it wherever the base quotes the path."""
        return mask_key(path)

    # ------------------------------------------------------------------ click-to-call
    def _dial_path(self, method: str, number: str, key: str) -> str:
        segments = {
            "from_number": self.profile.extension,
            "to_number": number,
            "key": key,
            "domain": self.profile.domain,
        }
        return f"/api/CallControl/{method}" + "".join(
            f"/{name}/{quote(value, safe='')}" for name, value in segments.items()
        )

    async def dial(self, number: str, *, mode: str = "sync", customer_id: str | None = None) -> DialResult:
        """One GET, never repeated; ``customer_id`` has no place in VoiceCloud's URL and is ignored."""
        if mode not in DIAL_MODES:
            raise errors.ConfigError(f"click-to-call mode must be one of {', '.join(DIAL_MODES)}, got '{mode}'")
        key = self.secrets.require("key")
        path = self._dial_path("dial" if mode == "sync" else "dial_async", number, key)
        response = await self.request(
            "GET",
            path,
            auth=False,
            what="the click-to-call",
            timeout=self.profile.dial_timeout if mode == "sync" else None,
        )
        body = response.text.strip().replace(key, "***")
        failure = _failure_status(body)
        if response.is_success and failure is None:
            return DialResult(
                mode=mode, number=number, extension=self.profile.extension, message=_answer_message(body) or "OK"
            )
        raise self._refusal(response, body, failure)

    @staticmethod
    def _refusal(response: httpx.Response, body: str, failure: int | None = None) -> errors.PbxRefused:
        status = failure if failure and not 200 <= failure < 300 else response.status_code
        message = _answer_message(body)
        snippet = message[:200] or f"HTTP {status}"
        found = _CODE.match(message)
        code = found.group(1) if found else None
        detail = f"HTTP {response.status_code}: {body[:200] or snippet}"
        if code in _TYPED_CODES:
            return refusal_for_code(code, snippet, detail=detail)
        if code == "NO_ANSWER":
            return errors.PbxRefused(NO_ANSWER_TEXT, code=code, detail=detail)
        if status in (401, 403):
            return errors.AuthFailed(
                "the PBX did not accept your key or domain: check the profile's key and domain",
                code=code,
                detail=detail,
            )
        if status == 404 or code == "USER_NOT_FOUND":
            return errors.NotFound(code=code, detail=detail)
        return errors.PbxRefused(
            f"the PBX refused the click-to-call: {snippet}", code=code or f"HTTP_{status}", detail=detail
        )

    # ------------------------------------------------------------------ callbacks (pure)
    def parse_webhook(self, request: WebhookRequest) -> list[CallEvent]:
        """A GET callback of the document, or a POST in JSON mode (see the module doc)."""
        method = request.method.upper()
        if method == "POST":
            return [self._json_event(load_json_object(request.body))]
        if method != "GET":
            raise errors.BadEvent("VoiceCloud callbacks are GET requests (or POST in JSON mode)")
        endpoint = request.path.rstrip("/").removeprefix(CALLBACK_ROOT)
        make = {"call_in": self._call_in, "init": self._init, "calldata": self._calldata, "hangup": self._hangup}.get(
            endpoint
        )
        if make is None:
            raise errors.BadEvent(f"unknown callback {request.path}")
        call_id = _text(request.query, "callid")
        if call_id is None:
            raise errors.BadEvent("callid is missing")
        return [make(call_id, request.query)]

    def _event(
        self,
        call_id: str,
        state: str,
        direction: str,
        query: dict[str, str],
        *,
        caller: str | None = None,
        callee: str | None = None,
        duration: int | None = None,
    ) -> CallEvent:
        return CallEvent(
            call_id=call_id,
            state=state,
            direction=direction,
            caller=caller,
            callee=callee,
            extension=_text(query, "extension"),
            provider=self.key,
            source="webhook",
            at=_calldate(query) or dt.datetime.fromtimestamp(self.clock(), PBX_TZ),
            duration=duration,
            recording_url=_text(query, "recordingfile"),
            flow_id=call_id,
            customer=_text(query, "phone"),
            queue=_text(query, "queue"),
            pbx_status=_text(query, "status"),
            raw=dict(query),
        )

    def _call_in(self, call_id: str, query: dict[str, str]) -> CallEvent:
        state = _CALL_IN_STATES.get((query.get("event") or "").strip().upper())
        if state is None:
            raise errors.BadEvent(f"unknown call_in event {query.get('event')!r}")
        return self._event(
            call_id,
            state,
            "inbound",
            query,
            caller=_text(query, "phone"),
            callee=_text(query, "extension") or _text(query, "did"),
        )

    def _json_event(self, data: dict[str, Any]) -> CallEvent:
        call_id = _text(data, "call_id")
        if call_id is None:
            raise errors.BadEvent("call_id is missing")
        state = _JSON_STATES.get((_text(data, "state") or "").upper())
        if state is None:
            raise errors.BadEvent(f"unknown state {data.get('state')!r}")
        direction = (_text(data, "direction") or "").lower()
        if direction not in ("inbound", "outbound"):
            raise errors.BadEvent(f"unknown direction {data.get('direction')!r}")
        caller, callee = _text(data, "from_number"), _text(data, "to_number")
        extension, customer = (callee, caller) if direction == "inbound" else (caller, callee)
        return CallEvent(
            call_id=call_id,
            state=state,
            direction=direction,
            caller=caller,
            callee=callee,
            extension=extension,
            provider=self.key,
            source="webhook",
            at=dt.datetime.fromtimestamp(self.clock(), PBX_TZ),
            duration=_seconds(data, "duration"),
            recording_url=_text(data, "recording_url"),
            flow_id=call_id,
            customer=customer,
            pbx_status=_text(data, "status"),
            raw=data,
        )

    def _init(self, call_id: str, query: dict[str, str]) -> CallEvent:
        state = {"RINGING": "ringing", "ANSWERED": "answered"}.get((query.get("event") or "").strip().upper())
        if state is None:
            raise errors.BadEvent(f"unknown init event {query.get('event')!r}")
        return self._event(
            call_id, state, "outbound", query, caller=_text(query, "extension"), callee=_text(query, "phone")
        )

    def _calldata(self, call_id: str, query: dict[str, str]) -> CallEvent:
        status = _status_key(query.get("status") or "")
        if status == "ANSWER":
            return self._event(
                call_id, "answered", "inbound", query, caller=_text(query, "phone"), callee=_text(query, "extension")
            )
        if status == "ABANDON":
            return self._event(
                call_id, "missed", "inbound", query, caller=_text(query, "phone"), duration=_seconds(query, "holdtime")
            )
        return self._event(call_id, "cdr", "unknown", query, duration=_seconds(query, "duration"))

    def _hangup(self, call_id: str, query: dict[str, str]) -> CallEvent:
        """The document's hangup carries the id only; anything else sent along stays in ``raw``."""
        event = self._event(call_id, "hangup", "unknown", {"callid": call_id})
        event.raw = dict(query)
        return event


def _text(fields: dict[str, Any], name: str) -> str | None:
    """A query parameter or JSON field as stripped text (a JSON number too); None when empty."""
    value = fields.get(name)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    value = value.strip() if isinstance(value, str) else ""
    return value or None


def _seconds(fields: dict[str, Any], name: str) -> int | None:
    """Whole seconds from ``11``, ``11.0`` or ``10.6`` (rounded); BadEvent for anything else."""
    value = _text(fields, name)
    if value is None:
        return None
    if not re.fullmatch(r"[0-9]{1,9}(\.[0-9]{0,6})?", value):
        raise errors.BadEvent(f"{name} is not a number of seconds: {value!r}")
    return round(float(value))


def _calldate(fields: dict[str, Any]) -> dt.datetime | None:
    """``calldate`` (y-m-d-h-i-s, Vietnam time) as an aware datetime; None when absent or unreadable."""
    found = _CALLDATE.fullmatch(_text(fields, "calldate") or "")
    if found is None:
        return None
    try:
        year, month, day, hour, minute, second = (int(part) for part in found.groups())
        return dt.datetime(year, month, day, hour, minute, second, tzinfo=PBX_TZ)
    except ValueError:
        return None


def _json_answer(body: str) -> dict[str, Any] | None:
    if not body.startswith("{"):
        return None
    try:
        value = json.loads(body)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _failure_status(body: str) -> int | None:
    """A known error in a click-to-call answer: its status (0 where it names none), else None.

    See the module doc: a JSON status outside 2xx, ``success: false``, an ``error`` field, a
    ``CODE:`` prefix or a leading error word.
    """
    data = _json_answer(body)
    if data is not None:
        for name in ("status code", "status_code", "statusCode", "code", "status"):
            value = data.get(name)
            if isinstance(value, str) and value.strip().isdigit():
                value = int(value.strip())
            if isinstance(value, int) and not isinstance(value, bool) and 100 <= value < 600:
                return None if 200 <= value < 300 else value
            if value is False or (isinstance(value, str) and value.strip().lower() in ("fail", "failed", "error")):
                return 0
        if data.get("success") is False or data.get("error"):
            return 0
        return None
    found = _CODE_PREFIX.match(body)
    if found is not None:
        return None if found.group(1) in _OK_CODES else 0
    return 0 if _ERROR_WORDS.match(body) else None


def _answer_message(body: str) -> str:
    """The sentence of an answer: a JSON answer's ``message`` (or ``error``), else the text itself."""
    data = _json_answer(body)
    if data is not None:
        for name in ("message", "error", "msg"):
            value = data.get(name)
            if isinstance(value, str) and value.strip():
                return value.strip()
    return body
