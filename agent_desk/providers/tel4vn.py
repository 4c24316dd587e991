"""TEL4VN Call Center API (seed document 002): provider key ``tel4vn``.

:class:`Tel4vnBase` holds what the Call Center and the PBX document (003, provider
``tel4vn-pbx``) share: sign-in (``POST /v1/auth`` then a bearer token), synchronous click-to-call
(``GET /v1/click2call``), CDRs (both mappings, both paging styles), event-hook registration
(``/v1/event``) and parsing of the Event Hook Data JSON. :class:`Tel4vnProvider` adds the Call
Center's asynchronous click-to-call, live calls, supervisor actions, user status and customers.

Profile settings (besides the common ones)
------------------------------------------
* ``username`` + secret ``password``: used only when no ``api_key`` secret is stored; the
  ``api_key`` that ``/v1/auth`` returns is kept in memory only.
* ``agents = ["agent101", "102", ...]``: the users whose status the supervisor console shows
  (user ids: usernames or user_uuids; extensions where the PBX resolves them).
* ``cdr_paging = "scroll" | "page"``: how history pages are asked for (default ``scroll``, the
  document's default mechanism).
* ``webhook_events = [...]``: the event names registered through ``/v1/event`` (default the
  document's ``ringing``, ``answered``, ``hangup``, ``cdr``); newer TEL4VN documents add
  ``missed`` and ``cdr_autocall``, which may be added here.
* ``hotline = "19001919"`` and ``auto_answer = true``: sent with every click-to-call (the
  documented ``hotline`` and ``auto_answer`` parameters of ``/v1/click2call``): the outgoing
  number the customer sees, and the extension picking up by itself. A click-to-call for a known
  customer also sends its ``customer_id`` (async without these options: ``POST /v2/click2call``).

Client-side assumptions (the document is silent)
------------------------------------------------
* ``expired_in`` of ``/v2/auth/token`` is a lifetime in seconds from now.
* The user status: the document prints two paths, ``GET /v2/user/<id>/status`` (the curl
  example) and ``/v2/customer/user/<id>/status`` (the HTTP Request line). The first is tried, the
  other on a 404, and the one that answered is used for the rest of the session. ``<id>`` is the
  ``user_uuid`` of ``/v1/auth`` after a password sign-in, else the token's ``client_id`` (equal to
  ``user_uuid`` in the document's examples). A status that cannot be read never fails the
  sign-in: the softphone's state is then unknown and ``AccountStatus.detail`` says why.
* Failure bodies (``"status": "fail"`` or any HTTP status >= 400) are read whatever the HTTP
  status; a 404 is :class:`~agent_desk.errors.NotFound`. A sync click-to-call answered
  ``NO_ANSWER`` (the extension never picked up) is a refusal that says so.
* Scroll paging: the continuation token is the answer's ``scroll_id`` (printed by document 003),
  sent back as ``?scroll_id=`` with ``limit``; an empty ``scroll_id`` or an empty page ends it.
  Page paging sends ``page`` and ``limit``; the cursor is the next page number.
* CDR ``direction`` may be text (inbound/outbound/local) or, as in the default mapping's example,
  an integer; integers are kept as "unknown". Status values are compared ignoring case:
  answered → answered, busy → busy, no-answered/no answer → missed, cancel → cancelled,
  not-available/invalid/failed → failed, anything else → unknown. ``HistoryQuery.status`` is
  applied on the client to each returned page (document 002's ``/v2/cdr`` has no status filter), so
  a page may hold fewer rows than asked and the total is unknown (``CdrPage.total`` None, not the
  unfiltered count); document 003's ``/v1/cdr`` has one (``status=ANSWERED``), which is sent where
  our status is one PBX status. ``end`` is sent as ``YYYY-MM-DD 23:59:59``: the document pairs a
  date with "2021-02-19 hoặc 2021-02-19 00:00:00", and a date alone read as midnight would cut
  off the last day's calls.
* A flex record's ``to`` is the customer's number: caller for inbound, callee for outbound.
* Agents: ``ext_loggedin`` false → offline; logged in and on a call in ``GET /v2/call`` → busy;
  otherwise available. A user the PBX does not know is listed with state "unknown".
* ``find_customer``: no phone filter is documented for ``GET /v2/customer``, so the list is kept
  in a local index (:mod:`agent_desk.customers`, filled by ``sync_customers``, which the desk
  runs in the background after sign-in and every 15 minutes); a number found there is read
  fresh from ``GET /v2/customer/<id>``. Before the first sync it pages through the list (100 a
  page, at most 20 pages). Numbers are compared in national form.
* Webhook registration first deletes this URL's registrations left from an earlier run, then
  creates one per event name; the ids come from the answer's ``id`` when the PBX gives one,
  else from ``GET /v1/event`` (matching ``callback_url``). When the PBX fails one of them, the
  URL's hooks are deleted again before the error is raised: only a registration that succeeded is
  removed at sign-out, so hooks made before the failure would post to the desk after it quit.
* Hook data carries no time: an event's ``at`` is when it was parsed.
* Which number of a hook is the agent's: the table says ``from_number`` is the extension on an
  outbound call and ``to_number`` on an inbound one, but the document's own example is
  ``"direction": "outbound", "from_number": "0899888999", "to_number": "101"``. So the number
  equal to the profile's ``extension`` is the extension; failing that, the one of the two with an
  extension's shape (2 to 6 digits) when only one has it; only then the table's rule.
* Newer documents (public integrations): ``POST /v1/event`` answers ``{"created": true, "id"}``
  (the id is used; the document's bare ``{"created": true}`` still works), and the events
  ``missed`` (→ missed; ``to_number`` may be the hotline, then there is no extension) and
  ``cdr_autocall`` (→ cdr of an autocall campaign call: no agent, so no extension;
  ``press_key`` and ``customer_id`` stay in ``raw``) are parsed whether registered or not.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import re
from typing import Any
from urllib.parse import quote

import httpx

from agent_desk import errors
from agent_desk.config import DIAL_MODES
from agent_desk.customers import CustomerIndex
from agent_desk.models import (
    PBX_TZ,
    AccountStatus,
    ActionResult,
    AgentState,
    CallAction,
    CallEvent,
    Capability,
    CdrPage,
    CdrRecord,
    Customer,
    DialResult,
    HistoryQuery,
    LiveCall,
    WebhookRegistration,
    WebhookRequest,
)
from agent_desk.providers.base import Provider, load_json_object, refusal_for_code

EVENT_NAMES = ("ringing", "answered", "hangup", "cdr")
#: hook ``state`` → CallEvent state, the newer documents' names included
HOOK_STATES = {**{name: name for name in EVENT_NAMES}, "missed": "missed", "cdr_autocall": "cdr"}
PAGING_STYLES = ("scroll", "page")
CUSTOMER_PAGE_SIZE = 100
CUSTOMER_PAGES_MAX = 20
NO_ANSWER_TEXT = "you did not pick up the click-to-call on your phone, so the customer was not dialled"

_DIRECTIONS = {"inbound": "inbound", "outbound": "outbound", "local": "internal"}
_EXTENSION_SHAPE = re.compile(r"\d{2,6}")
#: the user-status paths the document prints (curl, then HTTP Request line)
USER_STATUS_PATHS = ("/v2/user/{id}/status", "/v2/customer/user/{id}/status")
_STATUSES = {
    "answered": "answered",
    "busy": "busy",
    "no-answered": "missed",
    "no answer": "missed",
    "cancel": "cancelled",
    "not-available": "failed",
    "invalid": "failed",
    "failed": "failed",
}


# ---------------------------------------------------------------------- record mapping (pure)
def vn_time(text: Any) -> dt.datetime | None:
    """``"2021-02-17 17:30:35"`` (Vietnam local time) as an aware datetime; None for "" or junk."""
    if not isinstance(text, str) or not text.strip():
        return None
    try:
        return dt.datetime.strptime(text.strip(), "%Y-%m-%d %H:%M:%S").replace(tzinfo=PBX_TZ)
    except ValueError:
        return None


def direction_of(value: Any) -> str:
    """inbound / outbound / local → a models.DIRECTIONS value; integers and the rest → unknown."""
    return _DIRECTIONS.get(value.lower(), "unknown") if isinstance(value, str) else "unknown"


def status_of(value: Any) -> str:
    return _STATUSES.get(value.strip().lower(), "unknown") if isinstance(value, str) else "unknown"


def text_or_none(value: Any) -> str | None:
    """A non-empty string (stripped; the document's example ids carry a trailing space) or None."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    return value.strip() or None if isinstance(value, str) else None


def int_or_none(value: Any) -> int | None:
    try:
        return int(value) if value not in (None, "") and not isinstance(value, bool) else None
    except (TypeError, ValueError):
        return None


def cdr_record(raw: dict[str, Any]) -> CdrRecord:
    """One CDR in either mapping (flex is recognised by its ``cdrId`` key)."""
    if "cdrId" in raw:
        direction = direction_of(raw.get("direction"))
        extension, customer = text_or_none(raw.get("extensionId")), text_or_none(raw.get("to"))
        caller, callee = {"inbound": (customer, extension), "outbound": (extension, customer)}.get(
            direction, (None, customer)
        )
        return CdrRecord(
            call_id=text_or_none(raw.get("cdrId")) or "",
            direction=direction,
            caller=caller,
            callee=callee,
            extension=extension,
            status=status_of(raw.get("status")),
            started_at=vn_time(raw.get("dialAt")),
            answered_at=vn_time(raw.get("answeredAt")),
            ended_at=vn_time(raw.get("hangupAt")),
            duration=int_or_none(raw.get("duration")),
            billsec=int_or_none(raw.get("billsec")),
            recording=text_or_none(raw.get("recordFile")),
            customer_id=text_or_none(raw.get("customerId")),
            raw=raw,
        )
    return CdrRecord(
        call_id=text_or_none(raw.get("id")) or text_or_none(raw.get("sip_call_id")) or "",
        direction=direction_of(raw.get("direction")),
        caller=text_or_none(raw.get("from_number")),
        callee=text_or_none(raw.get("to_number")),
        extension=text_or_none(raw.get("extension")),
        status=status_of(raw.get("status")),
        started_at=vn_time(raw.get("time_started")),
        answered_at=vn_time(raw.get("time_answered")),
        ended_at=vn_time(raw.get("time_ended")),
        duration=int_or_none(raw.get("duration")),
        billsec=int_or_none(raw.get("billsec")),
        recording=text_or_none(raw.get("recording_url")),
        customer_id=text_or_none(raw.get("customer_id")),
        queue=text_or_none(raw.get("receive_dest")),
        raw=raw,
    )


def next_page(body: dict[str, Any], count: int) -> str | None:
    """The continuation of a CDR answer: its scroll id, or the next page number while rows remain."""
    if "scroll_id" in body:
        return text_or_none(body.get("scroll_id")) if count else None
    limit, total = int_or_none(body.get("limit")), int_or_none(body.get("total"))
    if not limit or total is None:
        return None
    start = int_or_none(body.get("offset"))
    if start is None:
        start = ((int_or_none(body.get("page")) or 1) - 1) * limit
    return str(start // limit + 2) if start + count < total else None


def national(phone: Any) -> str:
    """Digits of a Vietnamese number in national form (``84901...`` → ``0901...``)."""
    digits = re.sub(r"\D", "", phone) if isinstance(phone, str) else ""
    return "0" + digits[2:] if digits.startswith("84") and len(digits) > 9 else digits


def _records(body: dict[str, Any]) -> list[dict[str, Any]]:
    data = body.get("data")
    if not isinstance(data, list):
        raise errors.PbxRefused("the PBX sent an unexpected answer: no list of records", code="BAD_RESPONSE")
    return [row for row in data if isinstance(row, dict)]


#: the fields of a ``/v2/call`` row its record is made from (see :class:`~agent_desk.providers.base.RowMemo`)
LIVE_CALL_FIELDS = ("call_id", "direction", "source", "destination", "state", "created_time")


def live_call_from(row: dict[str, Any], raw: dict[str, Any]) -> LiveCall:
    """One live call of ``/v2/call`` (reads :data:`LIVE_CALL_FIELDS` only)."""
    direction = direction_of(row.get("direction"))
    source, destination = text_or_none(row.get("source")), text_or_none(row.get("destination"))
    extension, customer = (destination, source) if direction == "inbound" else (source, destination)
    return LiveCall(
        call_id=text_or_none(row.get("call_id")) or "",
        direction=direction,
        extension=extension,
        customer=customer,
        state=text_or_none(row.get("state")),
        started_at=vn_time(row.get("created_time")),
        raw=raw,
    )


class Tel4vnBase(Provider):
    """What both TEL4VN documents share. Subclasses set the paths and override the differences."""

    webhook_routes = (("POST", "/hooks/tel4vn"),)
    required_fields = ("extension",)
    token_path: str
    cdr_path: str

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._session_key: str | None = None  # api_key from /v1/auth: memory only
        self._account: dict[str, Any] = {}  # /v1/auth data (level, extension, user_uuid...)
        self._token_data: dict[str, Any] = {}
        self.hook_events = self._hook_events()

    def _hook_events(self) -> tuple[str, ...]:
        names = self.profile.extra.get("webhook_events", list(EVENT_NAMES))
        if (
            not isinstance(names, list)
            or not names
            or any(not isinstance(n, str) or n not in HOOK_STATES for n in names)
        ):
            raise errors.ConfigError(
                f"profile '{self.profile.name}': webhook_events must be a list of {', '.join(HOOK_STATES)}"
            )
        return tuple(dict.fromkeys(names))

    # ------------------------------------------------------------------ answers
    def _checked(self, response: httpx.Response, body: Any = None) -> dict[str, Any]:
        """The JSON object of a successful answer; typed errors for the documents' failure bodies.
        ``body``: the answer's JSON already decoded (at least its members other than ``data``)."""
        if body is None:
            body = self.json_of(response)
        if not isinstance(body, dict):
            raise errors.PbxRefused("the PBX sent an unexpected answer", code=f"HTTP_{response.status_code}")
        if response.status_code < 400 and body.get("status") != "fail":
            return body
        code = body.get("error") if isinstance(body.get("error"), str) else None
        message = body.get("message") or body.get("content")
        detail = f"HTTP {response.status_code}: {message or code or ''}"
        if code == "NO_ANSWER":
            raise errors.PbxRefused(NO_ANSWER_TEXT, code=code, detail=detail)
        if response.status_code == 404:
            raise errors.NotFound(code=code, detail=detail)
        text = message if isinstance(message, str) else (json.dumps(message) if message else None)
        raise refusal_for_code(code, text, detail=detail)

    def _data(self, response: httpx.Response) -> dict[str, Any]:
        data = self._checked(response).get("data")
        if not isinstance(data, dict):
            raise errors.PbxRefused("the PBX sent an unexpected answer: no data", code="BAD_RESPONSE")
        return data

    # ------------------------------------------------------------------ sign-in
    async def _api_key(self) -> str:
        stored = self.secrets.get("api_key")
        if stored:
            return stored
        if self._session_key is None:
            if not self.profile.username:
                raise errors.ConfigError(
                    f"profile '{self.profile.name}': username is required to sign in "
                    f"with a password (or store an api_key)"
                )
            password = self.secrets.require("password")
            response = await self.request(
                "POST",
                "/v1/auth",
                auth=False,
                what="the sign-in",
                json={"username": self.profile.username, "password": password},
            )
            if response.status_code in (401, 403):
                raise errors.AuthFailed(detail=f"{response.status_code} from /v1/auth")
            account = self._data(response)
            if not text_or_none(account.get("api_key")):
                raise errors.PbxRefused("the PBX sent an unexpected answer to the sign-in", code="BAD_RESPONSE")
            self._account, self._session_key = account, account["api_key"]
        return self._session_key

    async def _fetch_token(self) -> tuple[str, float | None]:
        response = await self.request(
            "POST", self.token_path, auth=False, what="the sign-in", json={"api_key": await self._api_key()}
        )
        if response.status_code in (401, 403):
            self._session_key = None  # a password sign-in is tried again next time
            raise errors.AuthFailed(detail=f"{response.status_code} from {self.token_path}")
        data = self._data(response)
        token = text_or_none(data.get("token"))
        if token is None:
            raise errors.PbxRefused("the PBX sent no token", code="BAD_RESPONSE")
        self._token_data = data
        return token, self._expires_at(data)

    def _expires_at(self, data: dict[str, Any]) -> float | None:
        raise NotImplementedError

    async def _user_status(self) -> dict[str, Any]:
        """The user-status record for this account ({} where the document has none)."""
        return {}

    async def login(self) -> AccountStatus:
        await self.tokens.get()
        detail = None
        try:
            user = await self._user_status()
        except errors.AgentDeskError as exc:  # signed in all the same: only the softphone's state is unknown
            user, detail = {}, f"the PBX did not give the softphone's status: {exc}"
        loggedin = user.get("ext_loggedin")
        account = {**self._account, **user}  # the user status, where there is one, is the fresher
        return AccountStatus(
            provider=self.key,
            user=text_or_none(account.get("username")) or self.profile.username or None,
            extension=text_or_none(account.get("extension")) or self.profile.extension,
            logged_in=True,
            softphone_registered=None if loggedin is None else str(loggedin).lower() == "true",
            level=text_or_none(self._account.get("level")),
            agent_name=text_or_none(user.get("agent_name")),
            detail=detail,
        )

    # ------------------------------------------------------------------ click-to-call
    def validate(self) -> None:
        super().validate()
        self._dial_options()

    def _dial_options(self) -> dict[str, str]:
        """The profile's ``hotline`` and ``auto_answer`` as click-to-call parameters (ConfigError if wrong)."""
        options: dict[str, str] = {}
        hotline, auto = self.profile.extra.get("hotline"), self.profile.extra.get("auto_answer")
        if hotline is not None:
            if not isinstance(hotline, str) or not re.fullmatch(r"\+?\d{2,20}", hotline):
                raise errors.ConfigError(f"profile '{self.profile.name}': hotline must be the hotline's digits")
            options["hotline"] = hotline
        if auto is not None:
            if not isinstance(auto, bool):
                raise errors.ConfigError(f"profile '{self.profile.name}': auto_answer must be true or false")
            if auto:
                options["auto_answer"] = "true"
        return options

    def _dial_params(self, number: str, customer_id: str | None) -> dict[str, str]:
        return {"ext": self.profile.extension, "phone": number, **self._dial_options()}

    def _dial_result(self, mode: str, number: str, body: dict[str, Any]) -> DialResult:
        raise NotImplementedError

    async def dial(self, number: str, *, mode: str = "sync", customer_id: str | None = None) -> DialResult:
        if mode not in DIAL_MODES:
            raise errors.ConfigError(f"click-to-call mode must be one of {', '.join(DIAL_MODES)}, got '{mode}'")
        if mode != "sync":
            raise self.unsupported(Capability.CLICK_TO_CALL_ASYNC)
        response = await self.request(
            "GET",
            "/v1/click2call",
            params=self._dial_params(number, customer_id),
            timeout=self.profile.dial_timeout,
            what="the click-to-call",
            once=True,
        )
        return self._dial_result(mode, number, self._checked(response))

    # ------------------------------------------------------------------ history
    def _paging(self) -> str:
        style = self.profile.extra.get("cdr_paging", "scroll")
        if not isinstance(style, str) or style not in PAGING_STYLES:
            raise errors.ConfigError(
                f"profile '{self.profile.name}': cdr_paging must be one of {', '.join(PAGING_STYLES)}, got '{style}'"
            )
        return style

    async def history(self, query: HistoryQuery) -> CdrPage:
        paging = self._paging()
        params: dict[str, Any] = {"limit": query.limit}
        if paging == "scroll" and query.cursor:
            params["scroll_id"] = query.cursor
        else:
            params.update(self._cdr_filters(query))
            if paging == "page":
                if query.cursor and not query.cursor.isdigit():
                    raise errors.ConfigError(f"'{query.cursor}' is not a page number")
                params["page"] = int(query.cursor or 1)
        pbx_status = self.pbx_status_filter(query.status)
        if pbx_status and not (paging == "scroll" and query.cursor):
            params["status"] = pbx_status
        body = self._checked(await self.request("GET", self.cdr_path, params=params, what="the call history"))
        rows = _records(body)
        records = [cdr_record(row) for row in rows]
        total = int_or_none(body.get("total"))
        if query.status and not pbx_status:  # filtered here: the PBX's total counts the others too
            records, total = [r for r in records if r.status == query.status], None
        return CdrPage(records=records, total=total, next_cursor=next_page(body, len(rows)))

    def pbx_status_filter(self, status: str | None) -> str | None:
        """The PBX's own ``status`` filter value for one of ours, where the API has the filter."""
        return None

    @staticmethod
    def _cdr_filters(query: HistoryQuery) -> dict[str, str]:
        params = {
            "start_date": query.start.isoformat() if query.start else None,
            "end_date": f"{query.end.isoformat()} 23:59:59" if query.end else None,
            "phone": query.phone,
            "extension": query.extension,
            "direction": {"internal": "local"}.get(query.direction or "", query.direction),
        }
        return {k: v for k, v in params.items() if v}

    # ------------------------------------------------------------------ webhooks
    async def _hooks(self) -> list[dict[str, Any]]:
        return _records(self._checked(await self.request("GET", "/v1/event")))

    async def register_webhook(self, url: str, secret: str | None) -> WebhookRegistration:
        """One hook per event name for ``url``, after removing the ones an earlier run left; all or
        none: when the PBX fails one, those made before it are removed again (see the module doc)."""
        await self._remove_hooks(url)
        ids: list[str] = []
        try:
            for name in self.hook_events:
                body = {"callback_url": url, "event": name, **({"callback_apikey": secret} if secret else {})}
                answer = self._checked(await self.request("POST", "/v1/event", json=body))
                if answer.get("created") is not True:
                    raise errors.PbxRefused(
                        f"the PBX did not register the webhook for '{name}' events", code="NOT_CREATED"
                    )
                if hook_id := text_or_none(answer.get("id")):
                    ids.append(hook_id)
        except errors.AgentDeskError:
            with contextlib.suppress(errors.AgentDeskError):  # the PBX's failure is the one to tell
                await self._remove_hooks(url)
            raise
        if len(ids) < len(self.hook_events):
            ids = [
                str(h["event_domain_uuid"])
                for h in await self._hooks()
                if h.get("callback_url") == url
                and h.get("event_name") in self.hook_events
                and h.get("event_domain_uuid")
            ]
        return WebhookRegistration(url=url, ids=ids)

    async def _remove_hooks(self, url: str) -> None:
        """Remove every hook the PBX lists for ``url``."""
        stale = [h for h in await self._hooks() if h.get("callback_url") == url]
        await self.unregister_webhook(WebhookRegistration(url, [str(h.get("event_domain_uuid")) for h in stale]))

    async def unregister_webhook(self, registration: WebhookRegistration) -> None:
        for hook_id in registration.ids:
            try:
                self._checked(await self.request("DELETE", f"/v1/event/{quote(hook_id, safe='')}"))
            except errors.NotFound:
                pass  # already gone

    async def webhook_registered(self, registration: WebhookRegistration) -> bool | None:
        """Every hook of the registration is still listed by ``GET /v1/event`` for its URL."""
        listed = {
            str(h.get("event_domain_uuid")) for h in await self._hooks() if h.get("callback_url") == registration.url
        }
        return bool(registration.ids) and set(registration.ids) <= listed

    def parse_webhook(self, request: WebhookRequest) -> list[CallEvent]:
        if request.method.upper() != "POST":
            raise errors.BadEvent("TEL4VN events are POST requests")
        data = load_json_object(request.body)
        name, direction, call_id = data.get("state"), data.get("direction"), text_or_none(data.get("call_id"))
        state = HOOK_STATES.get(name) if isinstance(name, str) else None
        if state is None:
            raise errors.BadEvent(f"unknown state {name!r}")
        if direction not in ("inbound", "outbound"):
            raise errors.BadEvent(f"unknown direction {direction!r}")
        caller, callee = text_or_none(data.get("from_number")), text_or_none(data.get("to_number"))
        if call_id is None or caller is None or callee is None:
            raise errors.BadEvent("call_id, from_number and to_number are required")
        extension: str | None
        extension, customer = self._sides(direction, caller, callee)
        if name == "cdr_autocall" or extension == text_or_none(data.get("hotline")):
            extension = None  # an autocall has no agent; a missed call may name only the hotline
        return [
            CallEvent(
                call_id=call_id,
                state=state,
                direction=direction,
                caller=caller,
                callee=callee,
                extension=extension,
                provider=self.key,
                source="webhook",
                at=dt.datetime.fromtimestamp(self.clock(), PBX_TZ),
                duration=int_or_none(data.get("duration")),
                recording_url=text_or_none(data.get("recording_url")),
                flow_id=text_or_none(data.get("sip_call_id")),
                customer=customer,
                pbx_status=text_or_none(data.get("status")),
                raw=data,
            )
        ]

    def _sides(self, direction: str, caller: str, callee: str) -> tuple[str, str]:
        """``(extension, customer)`` of a hook (see the module doc: the profile's extension first)."""
        mine = self.profile.extension
        if caller != callee and mine in (caller, callee):
            return (caller, callee) if caller == mine else (callee, caller)
        caller_shape, callee_shape = bool(_EXTENSION_SHAPE.fullmatch(caller)), bool(_EXTENSION_SHAPE.fullmatch(callee))
        if caller_shape != callee_shape:
            return (caller, callee) if caller_shape else (callee, caller)
        return (callee, caller) if direction == "inbound" else (caller, callee)


class Tel4vnProvider(Tel4vnBase):
    """TEL4VN Call Center API v1/v2."""

    key = "tel4vn"
    token_path = "/v2/auth/token"
    cdr_path = "/v2/cdr"
    _status_path: str | None = None  # the user-status path that answered (see the module doc)
    _customers: CustomerIndex | None = None  # the local customer index, opened on first use

    def _expires_at(self, data: dict[str, Any]) -> float | None:
        lifetime = int_or_none(data.get("expired_in"))
        return self.clock() + lifetime if lifetime and lifetime > 0 else None

    async def _status_of(self, user_id: str) -> dict[str, Any]:
        """One user's status through the path that answered before, else each printed path in turn."""
        paths = [self._status_path] if self._status_path else list(USER_STATUS_PATHS)
        for index, template in enumerate(paths):
            try:
                data = self._data(await self.request("GET", template.format(id=quote(user_id, safe=""))))
            except errors.NotFound:
                if index == len(paths) - 1:
                    raise
                continue
            self._status_path = template
            return data
        raise AssertionError("unreachable: the last path either answers or raises")

    async def _user_status(self) -> dict[str, Any]:
        user_id = text_or_none(self._account.get("user_uuid")) or text_or_none(self._token_data.get("client_id"))
        return await self._status_of(user_id or self.profile.username)

    # ------------------------------------------------------------------ click-to-call
    def _dial_params(self, number: str, customer_id: str | None) -> dict[str, str]:
        params = super()._dial_params(number, customer_id)
        return {**params, "customer_id": customer_id} if customer_id else params

    def _dial_result(self, mode: str, number: str, body: dict[str, Any]) -> DialResult:
        return DialResult(
            mode=mode,
            number=number,
            extension=self.profile.extension,
            call_id=text_or_none(body.get("call_id")),
            message=text_or_none(body.get("status")),
        )

    async def dial(self, number: str, *, mode: str = "sync", customer_id: str | None = None) -> DialResult:
        if mode != "async":
            return await super().dial(number, mode=mode, customer_id=customer_id)
        if customer_id and not self._dial_options():  # the POST takes no hotline nor auto_answer
            response = await self.request(
                "POST",
                "/v2/click2call",
                what="the click-to-call",
                once=True,
                json={"id": customer_id, "mobile": number, "agent": self.profile.extension},
            )
        else:
            response = await self.request(
                "GET",
                "/v1/click2call/async",
                what="the click-to-call",
                once=True,
                params=self._dial_params(number, customer_id),
            )
        return self._dial_result(mode, number, self._checked(response))

    # ------------------------------------------------------------------ live calls and actions
    async def live_calls(self) -> list[LiveCall]:
        response = await self.request("GET", "/v2/call", what="the live calls")
        reused = self.reused_records(response, LIVE_CALL_FIELDS, lambda row: live_call_from(row, {}), self._checked)
        if reused is not None:
            return reused
        raw = self.raw_rows
        return [live_call_from(row, row if raw else {}) for row in _records(self._checked(response))]

    async def call_action(self, action: CallAction, call_id: str, extension: str) -> ActionResult:
        response = await self.request(
            "POST",
            f"/v2/call/{quote(call_id, safe='')}/{action.value}",
            json={"ext": extension},
            what=f"the {action.value} request",
        )
        body = self._checked(response)
        return ActionResult(
            action=action,
            call_id=text_or_none(body.get("call_id")) or call_id,
            extension=text_or_none(body.get("ext")) or extension,
            message=text_or_none(body.get("status")),
        )

    # ------------------------------------------------------------------ agents
    def _agent_ids(self) -> list[str]:
        ids = self.profile.extra.get("agents")
        if not isinstance(ids, list) or not ids or not all(isinstance(i, (str, int)) for i in ids):
            raise errors.ConfigError(
                f"profile '{self.profile.name}': set agents = [\"agent101\", ...] "
                f"(user ids or extensions) to see agents"
            )
        return [str(i) for i in ids]

    async def _agent(self, user_id: str, busy: set[str | None]) -> AgentState:
        try:
            user = await self._status_of(user_id)
        except errors.NotFound:
            return AgentState(extension=user_id, name=None, state="unknown")
        extension = text_or_none(user.get("extension")) or user_id
        registered = str(user.get("ext_loggedin")).lower() == "true"
        state = "offline" if not registered else "busy" if extension in busy else "available"
        return AgentState(
            extension=extension,
            name=text_or_none(user.get("agent_name")),
            state=state,
            registered=registered,
            raw=user if self.raw_rows else {},
        )

    async def agents(self, live_calls: asyncio.Future[list[LiveCall]] | None = None) -> list[AgentState]:
        ids = self._agent_ids()
        calls = await live_calls if live_calls is not None else await self.live_calls()
        busy = {c.extension for c in calls}
        return list(await asyncio.gather(*(self._agent(i, busy) for i in ids)))

    # ------------------------------------------------------------------ customers
    @staticmethod
    def _customer(row: dict[str, Any]) -> Customer:
        return Customer(
            id=text_or_none(row.get("customer_id")) or "",
            name=text_or_none(row.get("customer_name")),
            phone=text_or_none(row.get("phone_number")),
            code=text_or_none(row.get("customer_code")),
            raw=row,
        )

    async def customer_page(self, offset: int, limit: int) -> tuple[list[Customer], int | None]:
        """One page of ``GET /v2/customer`` and the list's total."""
        params = {"limit": limit, "offset": offset}
        body = self._checked(await self.request("GET", "/v2/customer", params=params, what="the customer list"))
        return [self._customer(row) for row in _records(body)], int_or_none(body.get("total"))

    async def get_customer(self, customer_id: str) -> Customer | None:
        """``GET /v2/customer/<id>``: the record as it is now (None when the PBX no longer has it)."""
        path = f"/v2/customer/{quote(customer_id, safe='')}"
        try:
            return self._customer(self._data(await self.request("GET", path, what="the customer")))
        except errors.NotFound:
            return None

    async def sync_customers(self) -> int:
        """Read the customer list into the local index (:mod:`agent_desk.customers`)."""
        return await self._customer_index().sync(self.customer_page)

    def _customer_index(self) -> CustomerIndex:
        if self._customers is None:
            self._customers = CustomerIndex.for_profile(self.profile.name)
        return self._customers

    async def find_customer(self, phone: str) -> Customer | None:
        """From the local index, refreshed from ``GET /v2/customer/<id>``; before the first sync,
        by paging the list (at most 20 pages of 100)."""
        index = self._customer_index()
        if index.ready:
            known = index.lookup(phone)
            return None if known is None else await self.get_customer(known.id)
        wanted = national(phone)
        for page in range(CUSTOMER_PAGES_MAX):
            customers, total = await self.customer_page(page * CUSTOMER_PAGE_SIZE, CUSTOMER_PAGE_SIZE)
            found = next((c for c in customers if wanted and national(c.phone) == wanted), None)
            if found is not None:
                return found
            if len(customers) < CUSTOMER_PAGE_SIZE or (total is not None and (page + 1) * CUSTOMER_PAGE_SIZE >= total):
                return None
        return None
