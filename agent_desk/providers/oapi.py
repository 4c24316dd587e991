"""The "oapi" PBX API (document 001): app-hash headers, SIP-user click-to-call, hashed history.

Calls, exactly as the document gives them (``base_url`` is the server root, the paths follow it):

* ``POST /oapi/v1/voice/auth_token`` ``{"sipUser", "sipPassword"}`` → ``{value, expire}``: the
  token of the call-signal websocket; :meth:`OapiProvider.login` uses it to prove the credentials.
* ``POST /oapi/v1/call/click-to-call/<number>`` ``{"sipUser", "sipPassword"}``: 200 the device is
  online and the call is placed, 400 the SIP device is not registered.
* ``GET /oapi/v1/call/histories?appId&created_from&created_to&limit&page&hash``.
* ``GET /oapi/v1/call/play_recording?appId&media&hash``.

The first two carry ``x-auth-app-id: <app_id>`` and ``x-auth-app-hash: sha256(appId + appSecret)``
(lower-case hex); the last two authenticate by their ``hash`` query parameter alone, as the
document lists no headers for them. There is no bearer token. Profile: ``app_id``, ``sip_user``,
``base_url`` (``extension`` is shown to the agent; it defaults to ``sip_user``); secrets
``app_secret`` and ``sip_password``.

Websocket settings (``[profiles.NAME]``): ``ws_url`` overrides the stream URL and may contain
``{token}`` (else ``token`` is appended as a query parameter); ``ws_event_field`` (default
``"event"``) names the frame field that carries the event name; ``ws_events`` (a table, default
``{ringing = "ringing", answered = "answered", hangup = "hangup", missed = "missed"}``) maps a
frame's event names to Agent Desk's states (ringing, answered, hangup, missed).
``ws_dialect = "blackhole"`` (default ``"json"``) reads AntBuddy's Kazoo Blackhole Socket.IO feed
instead; its settings and assumptions are in :mod:`agent_desk.providers.blackhole`.

Client-side assumptions (the document is silent):

* ``expire`` of the auth token: a Unix time in seconds (what the simulator sends); a number above
  10^11 is taken as milliseconds; text is read as digits (same rule) or ISO-8601 (without a zone:
  Vietnam time). Anything else is an unexpected answer.
* 401 on any call means the app id / app secret (or SIP user / password) were refused: it raises
  AuthFailed at once, since the hash is fixed and sending again cannot help.
* Click-to-call: a 400 whose JSON body has ``code`` ``USER_BUSY`` is UserBusy, any other known
  code goes through ``refusal_for_code``; a 400 without a code is NotRegistered (the document's
  meaning). The 200 body may hold ``call_id`` (the simulator sends ``{"call_id", "message"}``);
  without it ``DialResult.call_id`` is None. A click-to-call is sent once and never repeated.
* History: ``created_from``/``created_to`` are ``YYYY-MM-DD`` Vietnam dates, both included;
  ``limit`` and ``page`` are always sent, so always hashed: a hash covers exactly the parameters
  sent, in the document's order (public integrations show servers that leave an unsent
  ``limit``/``page`` out of the hash; sending both makes the question moot). A range longer
  than 31 days is refused with a ConfigError (nothing is split); no start date means the 31
  days ending on the end date (default today). A limit above 100 is sent as 100; ``next_cursor`` pages on. The
  envelope is ``{"data": [...], "total", "page", "limit"}``. Records have no id, so
  ``call_id`` is ``"<unix_timestamp>-<caller number>-<callee number>"``. The filters the API
  lacks (phone, direction, status, extension) are applied to each page here; a filtered page may
  then hold fewer records and its ``total`` is None.
* ``status_detail``: SUCCESS → answered, IVR (reached, not picked up) → missed, CANCELLED →
  cancelled, BUSY → busy, ERROR → failed, anything else → unknown. ``class`` one_one → internal,
  else ``direction`` to_ab → inbound, from_ab → outbound. ``ended_at`` = start + duration and
  ``answered_at`` = end − billing seconds for answered calls.
* play_recording: the document says only that it returns "the media file's URL". Accepted: JSON
  ``{"url": "..."}``, the URL as plain text, or a redirect (3xx with ``Location``, resolved against
  the request's URL and not followed: the player fetches it). A 404 is NotFound.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from typing import Any
from urllib.parse import quote, urlencode, urlsplit, urlunsplit

import httpx

from agent_desk import errors
from agent_desk.models import (
    PBX_TZ,
    AccountStatus,
    CallEvent,
    Capability,
    CdrPage,
    CdrRecord,
    DialResult,
    HistoryQuery,
)
from agent_desk.providers.base import Provider, TokenCache, event_time, load_json_object, refusal_for_code
from agent_desk.providers.blackhole import BlackholeSettings, blackhole_settings, parse_channel_event

MAX_RANGE_DAYS = 31
MAX_LIMIT = 100
_CDR_STATUS = {"SUCCESS": "answered", "IVR": "missed", "CANCELLED": "cancelled", "BUSY": "busy", "ERROR": "failed"}
_FRAME_STATES = ("ringing", "answered", "hangup", "missed")
_DEFAULT_WS_EVENTS = {state: state for state in _FRAME_STATES}
WS_DIALECTS = ("json", "blackhole")


def sha256_hex(*parts: object) -> str:
    """``sha256`` of the parts joined as text, in lower-case hex (the document's hash rule)."""
    return hashlib.sha256("".join(str(p) for p in parts).encode()).hexdigest()


def parse_expire(value: Any) -> float:
    """The token's ``expire`` as a Unix time: seconds, milliseconds or ISO-8601 (see module doc)."""
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0:
        return value / 1000.0 if value > 1e11 else float(value)
    if isinstance(value, str):
        try:
            moment = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            pass
        else:
            return (moment if moment.tzinfo else moment.replace(tzinfo=PBX_TZ)).timestamp()
    raise errors.PbxRefused(
        "the PBX sent an unexpected answer: a token without a usable expiry time", code="BAD_EXPIRE"
    )


def _direction(record: dict[str, Any]) -> str:
    if record.get("class") == "one_one":
        return "internal"
    direction = record.get("direction")
    return (
        {"to_ab": "inbound", "from_ab": "outbound"}.get(direction, "unknown")
        if isinstance(direction, str)
        else "unknown"
    )


def _party(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _number(party: dict[str, Any], field: str = "number") -> str | None:
    """A party's number (or username) as text; None when absent or not a string or integer."""
    value = party.get(field)
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value if isinstance(value, str) else None


def _int_or_none(value: Any) -> int | None:
    if isinstance(value, bool) or (isinstance(value, float) and not math.isfinite(value)):
        return None
    if isinstance(value, (int, float)):
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


class OapiProvider(Provider):
    """Client of the oapi document: sync click-to-call, history, recordings, websocket signals."""

    key = "oapi"
    required_fields = ("base_url", "app_id", "sip_user")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.stream_tokens = TokenCache(self._fetch_stream_token, self.clock)
        self._event_field, self._event_states = self._frame_settings()
        dialect = self.profile.extra.get("ws_dialect", "json")
        if dialect not in WS_DIALECTS:
            raise errors.ConfigError(
                f"profile '{self.profile.name}': ws_dialect must be one of {', '.join(WS_DIALECTS)}, got {dialect!r}"
            )
        self.ws_dialect: str = dialect
        #: the Socket.IO feed's settings when ``ws_dialect = "blackhole"``, else None
        self.blackhole: BlackholeSettings | None = blackhole_settings(self.profile) if dialect == "blackhole" else None

    # ----------------------------------------------------------------- settings and auth
    @property
    def extension(self) -> str:
        return self.profile.extension or self.profile.sip_user

    def _frame_settings(self) -> tuple[str, dict[str, str]]:
        extra = self.profile.extra
        where = f"profile '{self.profile.name}'"
        field = extra.get("ws_event_field", "event")
        if not isinstance(field, str) or not field:
            raise errors.ConfigError(f"{where}: ws_event_field must be a field name")
        table = extra.get("ws_events", _DEFAULT_WS_EVENTS)
        if not isinstance(table, dict) or not table:
            raise errors.ConfigError(f"{where}: ws_events must be a table of event name = state")
        for name, state in table.items():
            if state not in _FRAME_STATES:
                raise errors.ConfigError(
                    f"{where}: ws_events.{name} must be one of {', '.join(_FRAME_STATES)}, got '{state}'"
                )
        return field, dict(table)

    async def auth_headers(self) -> dict[str, str]:
        """``x-auth-app-id`` and ``x-auth-app-hash = sha256(appId + appSecret)``; no bearer token."""
        app_id = self.profile.app_id
        return {"x-auth-app-id": app_id, "x-auth-app-hash": sha256_hex(app_id, self.secrets.require("app_secret"))}

    def signed_query(self, fields: dict[str, str]) -> dict[str, str]:
        """``appId``, then ``fields`` as given, then ``hash = sha256(appId + the values in that order +
        appSecret)``: the hash covers exactly the parameters sent, and nothing else is sent."""
        query = {"appId": self.profile.app_id, **fields}
        return {**query, "hash": sha256_hex(*query.values(), self.secrets.require("app_secret"))}

    def _sip_body(self) -> dict[str, str]:
        return {"sipUser": self.profile.sip_user, "sipPassword": self.secrets.require("sip_password")}

    async def _call(self, method: str, path: str, *, headers: bool, what: str, **kwargs: Any) -> httpx.Response:
        """Send once; a 401 is AuthFailed at once (a fixed hash cannot be refreshed)."""
        if headers:
            kwargs["headers"] = await self.auth_headers()
        response = await self.request(method, path, auth=False, what=what, **kwargs)
        if response.status_code == 401:
            raise errors.AuthFailed(
                "the PBX did not accept your credentials: check the app id, app secret, SIP user and SIP password",
                detail=f"401 from {path}",
            )
        return response

    def _refusal(self, response: httpx.Response) -> errors.PbxRefused:
        body = self._error_body(response)
        return refusal_for_code(
            body.get("code") or f"HTTP_{response.status_code}",
            body.get("message"),
            detail=f"{response.status_code} from {response.request.url.path}",
        )

    @staticmethod
    def _error_body(response: httpx.Response) -> dict[str, Any]:
        try:
            body = response.json()
        except ValueError:
            return {}
        return body if isinstance(body, dict) else {}

    # ----------------------------------------------------------------- auth token
    async def _fetch_stream_token(self) -> tuple[str, float | None]:
        response = await self._call(
            "POST", "/oapi/v1/voice/auth_token", headers=True, what="the sign-in", json=self._sip_body()
        )
        if response.status_code != 200:
            raise self._refusal(response)
        body = self.json_of(response)
        token = body.get("value") if isinstance(body, dict) else None
        if not isinstance(token, str) or not token:
            raise errors.PbxRefused("the PBX sent an unexpected answer: no auth token", code="NO_TOKEN")
        return token, parse_expire(body.get("expire"))

    async def login(self) -> AccountStatus:
        """Fetch a fresh auth token: proves app id, app secret, SIP user and SIP password."""
        self.stream_tokens.invalidate()
        await self.stream_tokens.get()
        return AccountStatus(
            provider=self.key,
            user=self.profile.sip_user,
            extension=self.extension,
            logged_in=True,
            softphone_registered=None,
            detail="oapi has no API for the softphone's status; a click-to-call tells when it is offline",
        )

    async def event_stream_token(self, *, refresh: bool = False) -> tuple[str, float | None]:
        """The auth token, cached until shortly before ``expire``; ``refresh`` fetches a new one
        (for a stream whose token was refused before it expired)."""
        if refresh:
            self.stream_tokens.invalidate()
        token = await self.stream_tokens.get()
        return token, self.stream_tokens.expires_at

    # ----------------------------------------------------------------- click-to-call
    async def dial(self, number: str, *, mode: str = "sync", customer_id: str | None = None) -> DialResult:
        """POST click-to-call; 200 once the device answered, 400 device offline. Sent once."""
        if mode != "sync":
            raise self.unsupported(Capability.CLICK_TO_CALL_ASYNC)
        response = await self._call(
            "POST",
            f"/oapi/v1/call/click-to-call/{quote(number, safe='+')}",
            headers=True,
            what="the click-to-call",
            json=self._sip_body(),
            timeout=self.profile.dial_timeout,
        )
        if response.status_code == 400:
            code = self._error_body(response).get("code")
            if not code:
                raise errors.NotRegistered(code="DEVICE_OFFLINE", detail="400 from click-to-call")
        if response.status_code != 200:
            raise self._refusal(response)
        body = self._error_body(response)
        call_id = body.get("call_id")
        return DialResult(
            mode="sync",
            number=number,
            extension=self.extension,
            call_id=str(call_id) if call_id else None,
            message=body.get("message"),
        )

    # ----------------------------------------------------------------- history and recordings
    def _date_range(self, query: HistoryQuery) -> tuple[dt.date, dt.date]:
        end = query.end or dt.datetime.fromtimestamp(self.clock(), PBX_TZ).date()
        start = query.start or end - dt.timedelta(days=MAX_RANGE_DAYS - 1)
        if start > end:
            raise errors.ConfigError(f"the history range starts ({start}) after it ends ({end})")
        days = (end - start).days + 1
        if days > MAX_RANGE_DAYS:
            raise errors.ConfigError(
                f"oapi returns at most {MAX_RANGE_DAYS} days of history per search; "
                f"{start} to {end} is {days} days: choose a shorter range"
            )
        return start, end

    async def history(self, query: HistoryQuery) -> CdrPage:
        """One page of ``/oapi/v1/call/histories`` (``query.cursor`` is the page number)."""
        start, end = self._date_range(query)
        if query.limit < 1:
            raise errors.ConfigError("the history limit must be at least 1")
        limit = min(query.limit, MAX_LIMIT)
        try:
            page = int(query.cursor) if query.cursor else 1
        except ValueError:
            raise errors.ConfigError(f"oapi history pages are numbers, got '{query.cursor}'") from None
        params = self.signed_query(
            {"created_from": start.isoformat(), "created_to": end.isoformat(), "limit": str(limit), "page": str(page)}
        )
        response = await self._call(
            "GET", "/oapi/v1/call/histories", headers=False, what="the history search", params=params
        )
        if response.status_code != 200:
            raise self._refusal(response)
        body = self.json_of(response)
        rows = body.get("data") if isinstance(body, dict) else None
        if not isinstance(rows, list):
            raise errors.PbxRefused("the PBX sent an unexpected answer: no list of calls", code="NO_DATA")
        records = [self.cdr_from(row) for row in rows if isinstance(row, dict)]
        total = _int_or_none(body.get("total"))
        more = page * limit < total if total is not None else len(rows) == limit
        kept = [r for r in records if _matches(r, query)]
        filtered = any((query.phone, query.direction, query.status, query.extension))
        return CdrPage(records=kept, total=None if filtered else total, next_cursor=str(page + 1) if more else None)

    def cdr_from(self, row: dict[str, Any]) -> CdrRecord:
        """One history record as a CdrRecord (see the module doc for the mapping)."""
        caller, callee = _party(row.get("caller")), _party(row.get("callee"))
        started = _int_or_none(row.get("unix_timestamp"))
        duration = _int_or_none(row.get("duration_seconds"))
        billsec = _int_or_none(row.get("billing_seconds"))
        status = _CDR_STATUS.get(str(row.get("status_detail", "")).upper(), "unknown")
        started_at = dt.datetime.fromtimestamp(started, PBX_TZ) if started is not None else None
        ended_at = started_at + dt.timedelta(seconds=duration) if started_at and duration is not None else None
        answered_at = (
            ended_at - dt.timedelta(seconds=billsec)
            if ended_at and billsec is not None and status == "answered"
            else None
        )
        return CdrRecord(
            call_id=f"{started}-{caller.get('number')}-{callee.get('number')}",
            direction=_direction(row),
            caller=caller.get("number"),
            callee=callee.get("number"),
            extension=self._user_number(caller, callee),
            status=status,
            started_at=started_at,
            answered_at=answered_at,
            ended_at=ended_at,
            duration=duration,
            billsec=billsec,
            recording=row.get("recording") or None,
            raw=row,
        )

    def _user_number(self, caller: dict[str, Any], callee: dict[str, Any]) -> str | None:
        """The agent's side: the ``user`` party that is this profile, else the first ``user`` party."""
        users = [p for p in (caller, callee) if p.get("type") == "user"]
        mine = {self.extension, self.profile.sip_user}
        chosen = next((p for p in users if {_number(p), _number(p, "username")} & mine), None)
        chosen = chosen or (users[0] if users else None)
        return _number(chosen) if chosen else None

    async def recording_url(self, record: CdrRecord) -> str | None:
        """Ask ``play_recording`` for the URL of ``record.recording`` (a media file name)."""
        media = record.recording
        if not media:
            return None
        params = self.signed_query({"media": media})
        response = await self._call(
            "GET", "/oapi/v1/call/play_recording", headers=False, what="the recording request", params=params
        )
        if response.status_code == 404:
            raise errors.NotFound("the PBX has no recording of that call", code="RECORDING_NOT_FOUND")
        if response.is_redirect and response.headers.get("location"):
            return str(response.url.join(response.headers["location"]))
        if response.status_code != 200:
            raise self._refusal(response)
        text = response.text.strip()
        if text.startswith("{"):
            body = self.json_of(response)
            url = body.get("url") if isinstance(body, dict) else None
        else:
            url = text if urlsplit(text).scheme in ("http", "https") and not any(c.isspace() for c in text) else None
        if not isinstance(url, str) or not url:
            raise errors.PbxRefused("the PBX sent an unexpected answer: no recording URL", code="NO_URL")
        return url

    # ----------------------------------------------------------------- websocket (no I/O)
    def stream_url(self, token: str) -> str:
        """``ws_url`` with ``{token}`` filled in or ``token`` appended; default derived from base_url."""
        template = self.profile.ws_url or (self.profile.base_url.rstrip("/") + "/oapi/v1/voice/ws")
        if "{token}" in template:
            url = template.replace("{token}", quote(token, safe=""))
        else:
            parts = urlsplit(template)
            query = "&".join(q for q in (parts.query, urlencode({"token": token})) if q)
            url = urlunsplit(parts._replace(query=query))
        scheme, rest = url.split(":", 1)
        return {"http": "ws", "https": "wss"}.get(scheme.lower(), scheme) + ":" + rest

    def parse_frame(self, data: str | bytes) -> list[CallEvent]:
        """One server frame → [] for ping/pong, one CallEvent for a call frame; BadEvent otherwise."""
        frame = load_json_object(data, "frame")
        kind = frame.get("type")
        if kind in ("ping", "pong"):
            return []
        if kind != "call":
            raise errors.BadEvent(f"unknown frame type {kind!r}")
        name = frame.get(self._event_field)
        state = self._event_states.get(name) if isinstance(name, str) else None
        if state is None:
            raise errors.BadEvent(f"unknown call event {name!r}")
        call_id = frame.get("call_id")
        if not isinstance(call_id, str) or not call_id:
            raise errors.BadEvent("call frame without call_id")
        caller, callee = frame.get("caller"), frame.get("callee")
        if not isinstance(caller, dict) or not isinstance(callee, dict):
            raise errors.BadEvent("call frame without caller and callee objects")
        stamp = _int_or_none(frame.get("unix_timestamp"))
        if stamp is None:
            raise errors.BadEvent("call frame without unix_timestamp")
        at = event_time(stamp, PBX_TZ, "unix_timestamp")
        customer = next((_number(p) for p in (caller, callee) if p.get("type") == "realnumber"), None)
        return [
            CallEvent(
                call_id=call_id,
                state=state,
                direction=_direction(frame),
                caller=_number(caller),
                callee=_number(callee),
                extension=self._user_number(caller, callee),
                provider=self.key,
                source="websocket",
                at=at,
                duration=_int_or_none(frame.get("duration_seconds")),
                flow_id=call_id,
                customer=customer,
                raw=frame,
            )
        ]

    def parse_channel_event(self, name: str, payload: Any) -> list[CallEvent]:
        """One Blackhole ``CHANNEL_*`` event → [CallEvent]; BadEvent otherwise (see providers.blackhole)."""
        if self.blackhole is None:
            raise errors.BadEvent('this profile does not read the Blackhole feed (ws_dialect is not "blackhole")')
        return [parse_channel_event(name, payload, account_id=self.blackhole.account_id, provider=self.key)]


def _matches(record: CdrRecord, query: HistoryQuery) -> bool:
    """The filters the histories API lacks, applied to one record."""
    if query.direction and record.direction != query.direction:
        return False
    if query.status and record.status != query.status:
        return False
    if query.extension and record.extension != query.extension:
        return False
    if query.phone and query.phone not in (record.caller or "", record.callee or ""):
        return False
    return True
