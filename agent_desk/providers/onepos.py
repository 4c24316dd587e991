"""OnePOS / VoIP247 API v3 (seed document 000): provider key ``onepos``.

Calls, as the document gives them (all JSON, bearer token on all but the login):

* ``POST /api/v3/auth/login`` ``{"api_key"}`` → ``data.access_token``, ``expires_in`` (24 h);
  cached by :class:`~agent_desk.providers.base.TokenCache` and sent as ``Authorization: Bearer``.
* ``GET /api/v3/cdr`` (``start_date``, ``end_date``, ``direction``, ``status``, ``extension``,
  ``page``, ``limit``) → ``{"status": true, "total", "page", "data": [...]}``.
* ``GET /api/v3/monitor/active-calls``, ``/monitor/agents``, ``/monitor/queue-stats``.
* ``POST /api/v3/webhook/config`` ``{"url", "events", "secret"}``; the PBX then POSTs
  ``call.ringing`` / ``call.answered`` / ``call.ended`` / ``call.missed`` JSON to the listener's
  ``POST /hooks/onepos``, signed ``X-Signature: sha256=<hex HMAC-SHA256(secret, raw body)>``.

There is no click-to-call (the document offers only a browser WebSDK) and no supervisor action.

Profile: ``base_url`` is the host root (``https://voip247.vn``; in the simulator
``http://127.0.0.1:PORT/onepos``) and the ``/api/v3/...`` paths follow it. A ``base_url`` that
already ends in ``/api/v3`` (as the document's PRODUCTION line prints it) is accepted: the prefix
is then not added twice. ``extension`` is optional (login reports its softphone state). Secrets:
``api_key``; ``webhook_secret`` is what the listener registers and checks.

Undocumented choices (client-side assumptions)
----------------------------------------------
* Errors: a body ``{"status": false, "message": ...}`` (any HTTP status) is a refusal quoting the
  message; HTTP 404 is NotFound whatever its body (a wrong ``base_url`` answers 404 in plain
  text), 401/403 on the login AuthFailed (a 401 elsewhere refreshes the token once, then
  AuthFailed), any other body that is not JSON an unexpected answer. A success is an HTTP status
  below 400 with ``"status": true``.
* ``expires_in`` is a lifetime in seconds from now.
* Login fetches a token, then reads ``GET /monitor/agents`` for the profile's ``extension``: its
  row gives ``softphone_registered`` and the agent's name (None without an extension or a row);
  a refusal there fails the login like any other call.
* History: both dates are always sent (the document's table marks only the others optional):
  ``end`` defaults to today in Vietnam, ``start`` to 30 days before the end. ``limit`` above 100
  is sent as 100; the cursor is the next page number while ``page * limit < total``. The
  document's filters are sent as such; ``status`` must be answered, missed or busy (the only
  values OnePOS records; others are a ConfigError). ``phone`` has no parameter: it is applied to
  each page here (matching caller or callee in national form), and such a page's ``total`` is
  None. ``duration`` is taken as the whole call, so ``ended_at`` = ``timestamp`` + ``duration``.
* Parties: ``ext_NNN`` is extension ``NNN``; caller and callee are reported without the prefix.
  The agent's side is the callee of an inbound call and the caller of an outbound or internal
  one; ``direction`` is read from the record (or derived from which side is ``ext_``). Records
  may carry ``timestamp`` (ISO-8601, the call's start) and ``direction``; the document's sample
  shows neither, so both are optional.
* Monitor shapes (undocumented; the simulator's design): active calls ``{"call_id", "caller",
  "callee", "direction", "status", "queue", "timestamp", "duration"}``, agents ``{"extension",
  "username", "name", "status", "registered"}``, queue stats ``{"queue", "name", "waiting",
  "answered", "abandoned", "agents_available", "agents_total", "longest_wait"}``, each list in
  ``data``. Unknown agent states become "unknown".
* OnePOS has one webhook per company, and registering replaces it (the document has no list and
  no removal): a desk that registered would cut off the company's CRM and every other desk. So
  :meth:`~OnePosProvider.register_webhook` runs only when the profile sets ``register_webhook =
  true`` (the relay, which should own the company's webhook, sets it; otherwise a ConfigError
  says so). It first asks ``GET /api/v3/webhook/config`` (not in the document; a PBX without it
  answers 404/405 and registration goes on); where that names another URL, it refuses
  (PbxRefused ``WEBHOOK_TAKEN`` naming that URL) and changes nothing. It subscribes all four
  events. It never blanks the configuration on exit: ``unregister_webhook`` leaves it as it is,
  since posting an empty one would also stop whoever configured it next.
* Webhook payloads need ``event``, ``call_id``, ``caller``, ``callee``, ``direction`` and an
  ISO-8601 ``timestamp`` (a time without a zone is Vietnam time); ``duration`` and
  ``recording_url`` are read on ``call.ended`` and ``call.missed``. A signature header that is not
  ``sha256=<hex>`` makes the request malformed (BadEvent).
* Replays: a signed body stays valid for ever, so an event whose ``timestamp`` (the call's start)
  is more than ``webhook_max_age`` seconds old (a profile setting, default a day, at most a week),
  or more than :data:`CLOCK_SKEW` seconds in the future, is refused (BadEvent). Within the window
  the call registry recognises a replayed call id (it remembers handled ids for a day).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import hmac
import math
import re
from collections.abc import Callable
from typing import Any, TypeVar

import httpx

from agent_desk import errors
from agent_desk.models import (
    PBX_TZ,
    AccountStatus,
    AgentState,
    CallEvent,
    CdrPage,
    CdrRecord,
    HistoryQuery,
    LiveCall,
    QueueStats,
    WebhookRegistration,
    WebhookRequest,
)
from agent_desk.providers.base import Provider, load_json_object, refusal_for_code

API_PREFIX = "/api/v3"
DEFAULT_MAX_AGE = 86400.0  # webhook_max_age: a day
MAX_MAX_AGE = 7 * 86400.0
CLOCK_SKEW = 300.0  # an event this far in the future is still the PBX's clock, not a forgery
EVENT_STATES = {"call.ringing": "ringing", "call.answered": "answered", "call.ended": "hangup", "call.missed": "missed"}
DIRECTIONS = ("inbound", "outbound", "internal")
STATUSES = ("answered", "missed", "busy")
AGENT_STATES = ("available", "busy", "ringing", "paused", "offline")
MAX_LIMIT = 100
DEFAULT_DAYS = 30
SIGNATURE = re.compile(r"sha256=([0-9a-fA-F]{64})")
#: the fields of a monitor row that its record is made from (see :class:`~agent_desk.providers.base.RowMemo`)
LIVE_CALL_FIELDS = ("call_id", "caller", "callee", "direction", "status", "queue", "timestamp")
AGENT_FIELDS = ("extension", "username", "name", "status", "registered")
Row = dict[str, Any]
Record = TypeVar("Record")


# ---------------------------------------------------------------------- value helpers (pure)
def _text(value: Any) -> str | None:
    if isinstance(value, str):  # first: nearly every value is (a console reads 50,000 a second)
        return value.strip() or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value).strip() or None
    return None


def _int(value: Any) -> int | None:
    if isinstance(value, bool) or value in (None, ""):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _time(value: Any) -> dt.datetime | None:
    """ISO-8601 text as an aware datetime (Vietnam time when it has no zone); None for junk."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        moment = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=PBX_TZ)


def extension_of(party: str | None) -> str | None:
    """``ext_101`` → ``101``; anything else → None."""
    return (party[4:] or None) if party and party.startswith("ext_") else None


def number_of(party: str | None) -> str | None:
    """A party without the ``ext_`` prefix."""
    return extension_of(party) or party


def direction_of(value: Any, caller: str | None, callee: str | None) -> str:
    """The record's ``direction`` when valid, else derived from which side is an ``ext_``."""
    if isinstance(value, str) and value in DIRECTIONS:
        return value
    agent_calls, agent_called = extension_of(caller) is not None, extension_of(callee) is not None
    if agent_calls and agent_called:
        return "internal"
    return "outbound" if agent_calls else "inbound" if agent_called else "unknown"


def sides(direction: str, caller: str | None, callee: str | None) -> tuple[str | None, str | None]:
    """``(extension, customer)`` of a call: the ``ext_`` on the agent's side and the other party."""
    agent, other = (callee, caller) if direction == "inbound" else (caller, callee)
    return extension_of(agent), number_of(other)


def _national(phone: str | None) -> str:
    digits = re.sub(r"\D", "", phone or "")
    return "0" + digits[2:] if digits.startswith("84") and len(digits) > 9 else digits


class OnePosProvider(Provider):
    """OnePOS / VoIP247 API v3."""

    key = "onepos"
    webhook_routes = (("POST", "/hooks/onepos"),)
    history_statuses = STATUSES

    def api_path(self, path: str) -> str:
        """``/cdr`` → ``/api/v3/cdr``, or ``/cdr`` when ``base_url`` already ends in ``/api/v3``."""
        has_prefix = self.profile.base_url.rstrip("/").endswith(API_PREFIX)
        return path if has_prefix else API_PREFIX + path

    # ------------------------------------------------------------------ answers
    def _checked(self, response: httpx.Response, body: Any = None) -> dict[str, Any]:
        """The body of a success; typed errors for everything else. ``body``: the response's
        JSON already decoded (at least its members other than ``data``)."""
        status = response.status_code
        if status == 404:  # whatever the body: a wrong base_url answers 404 in plain text
            raise errors.NotFound(detail=f"HTTP 404 from {response.request.url.path}")
        if body is None:
            body = self.json_of(response)
        if not isinstance(body, dict):
            raise errors.PbxRefused("the PBX sent an unexpected answer", code=f"HTTP_{status}")
        if status < 400 and body.get("status") is True:
            return body
        message = _text(body.get("message"))
        detail = f"HTTP {status}: {message or ''}"
        if status in (401, 403):
            raise errors.AuthFailed(detail=detail)
        if body.get("status") is False or status >= 400:
            raise refusal_for_code(_text(body.get("code")), message or f"HTTP {status}", detail=detail)
        raise errors.PbxRefused("the PBX sent an unexpected answer", code="BAD_RESPONSE", detail=detail)

    async def _rows(self, path: str, what: str, **params: Any) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """GET a list endpoint: the body and the objects in its ``data``."""
        return self._rows_of(await self.request("GET", self.api_path(path), what=what, params=params or None))

    def _rows_of(self, response: httpx.Response) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        body = self._checked(response)
        data = body.get("data")
        if not isinstance(data, list):
            raise errors.PbxRefused("the PBX sent an unexpected answer: no list in data", code="BAD_RESPONSE")
        return body, [row for row in data if isinstance(row, dict)]

    async def _monitor(
        self, path: str, what: str, make: Callable[[Row, Row], Record | None], fields: tuple[str, ...]
    ) -> list[Record]:
        """GET a monitor list: its rows' records, ``make(row, raw)`` (None: no record), with the
        row as ``raw``, or none and the records of unchanged rows reused
        (:meth:`~agent_desk.providers.base.Provider.reused_records`)."""
        response = await self.request("GET", self.api_path(path), what=what)
        reused = self.reused_records(response, fields, lambda row: make(row, {}), self._checked)
        if reused is not None:
            return reused
        _, rows = self._rows_of(response)
        records = (make(row, row if self.raw_rows else {}) for row in rows)
        return [record for record in records if record is not None]

    # ------------------------------------------------------------------ sign-in
    async def _fetch_token(self) -> tuple[str, float | None]:
        path = self.api_path("/auth/login")
        response = await self.request(
            "POST", path, auth=False, what="the sign-in", json={"api_key": self.secrets.require("api_key")}
        )
        if response.status_code in (401, 403):
            raise errors.AuthFailed(detail=f"{response.status_code} from {path}")
        data = self._checked(response).get("data")
        if not isinstance(data, dict):
            data = {}
        token = _text(data.get("access_token"))
        if token is None:
            raise errors.PbxRefused("the PBX sent no access token", code="BAD_RESPONSE")
        lifetime = _int(data.get("expires_in"))
        return token, self.clock() + lifetime if lifetime and lifetime > 0 else None

    async def login(self) -> AccountStatus:
        await self.tokens.get()
        extension = self.profile.extension or None
        mine = next((a for a in await self.agents() if a.extension == extension), None) if extension else None
        return AccountStatus(
            provider=self.key,
            user=None,
            extension=extension,
            logged_in=True,
            softphone_registered=mine.registered if mine else None,
            agent_name=mine.name if mine else None,
        )

    # ------------------------------------------------------------------ history
    def _history_params(self, query: HistoryQuery) -> dict[str, Any]:
        if query.limit < 1:
            raise errors.ConfigError("the history limit must be at least 1")
        if query.status and query.status not in STATUSES:
            raise errors.ConfigError(
                f"{self.title} records calls as {', '.join(STATUSES)} only, "
                f"so it cannot search for '{query.status}' calls"
            )
        if query.direction and query.direction not in DIRECTIONS:
            raise errors.ConfigError(f"direction must be one of {', '.join(DIRECTIONS)}")
        if query.cursor and (not query.cursor.isdigit() or int(query.cursor) < 1):
            raise errors.ConfigError(f"{self.title} history pages are numbers, got '{query.cursor}'")
        end = query.end or dt.datetime.fromtimestamp(self.clock(), PBX_TZ).date()
        start = query.start or end - dt.timedelta(days=DEFAULT_DAYS)
        params = {
            "start_date": start.isoformat(),
            "end_date": end.isoformat(),
            "direction": query.direction,
            "status": query.status,
            "extension": query.extension,
            "page": int(query.cursor or 1),
            "limit": min(query.limit, MAX_LIMIT),
        }
        return {k: v for k, v in params.items() if v}

    async def history(self, query: HistoryQuery) -> CdrPage:
        params = self._history_params(query)
        body, rows = await self._rows("/cdr", "the call history", **params)
        records = [self.cdr_from(row) for row in rows]
        if query.phone:
            wanted = _national(query.phone)
            records = [r for r in records if wanted in (_national(r.caller), _national(r.callee))]
        total, page = _int(body.get("total")), _int(body.get("page")) or params["page"]
        more = total is not None and page * params["limit"] < total
        return CdrPage(
            records=records, total=None if query.phone else total, next_cursor=str(page + 1) if more else None
        )

    @staticmethod
    def cdr_from(row: dict[str, Any]) -> CdrRecord:
        """One CDR record (see the module doc for the mapping)."""
        caller, callee = _text(row.get("caller")), _text(row.get("callee"))
        direction = direction_of(row.get("direction"), caller, callee)
        extension, _ = sides(direction, caller, callee)
        status = _text(row.get("status"))
        started, duration = _time(row.get("timestamp")), _int(row.get("duration"))
        return CdrRecord(
            call_id=_text(row.get("call_id")) or "",
            direction=direction,
            caller=number_of(caller),
            callee=number_of(callee),
            extension=extension,
            status=status if status in STATUSES else "unknown",
            started_at=started,
            duration=duration,
            ended_at=started + dt.timedelta(seconds=duration) if started and duration is not None else None,
            recording=_text(row.get("recording")),
            raw=row,
        )

    # ------------------------------------------------------------------ monitor
    async def live_calls(self) -> list[LiveCall]:
        return await self._monitor("/monitor/active-calls", "the live calls", self.live_call_from, LIVE_CALL_FIELDS)

    @staticmethod
    def live_call_from(row: Row, raw: Row) -> LiveCall:
        """One live call (reads :data:`LIVE_CALL_FIELDS` only)."""
        caller, callee = _text(row.get("caller")), _text(row.get("callee"))
        direction = direction_of(row.get("direction"), caller, callee)
        extension, customer = sides(direction, caller, callee)
        return LiveCall(
            call_id=_text(row.get("call_id")) or "",
            direction=direction,
            extension=extension,
            customer=customer,
            state=_text(row.get("status")),
            started_at=_time(row.get("timestamp")),
            queue=_text(row.get("queue")),
            raw=raw,
        )

    async def agents(self, live_calls: asyncio.Future[list[LiveCall]] | None = None) -> list[AgentState]:
        return await self._monitor("/monitor/agents", "the agent states", self.agent_from, AGENT_FIELDS)

    @staticmethod
    def agent_from(row: Row, raw: Row) -> AgentState | None:
        """One agent, None for a row without an extension (reads :data:`AGENT_FIELDS` only)."""
        extension = number_of(_text(row.get("extension")) or _text(row.get("username")))
        if extension is None:
            return None
        state = _text(row.get("status"))
        registered = row.get("registered")
        return AgentState(
            extension=extension,
            name=_text(row.get("name")),
            state=state if state in AGENT_STATES else "unknown",
            registered=registered if isinstance(registered, bool) else None,
            raw=raw,
        )

    async def queue_stats(self) -> list[QueueStats]:
        _, rows = await self._rows("/monitor/queue-stats", "the queue statistics")
        return [
            QueueStats(
                queue=_text(row.get("queue")) or "",
                name=_text(row.get("name")),
                waiting=_int(row.get("waiting")),
                answered=_int(row.get("answered")),
                abandoned=_int(row.get("abandoned")),
                agents_available=_int(row.get("agents_available")),
                longest_wait=_int(row.get("longest_wait")),
                raw=row,
            )
            for row in rows
        ]

    # ------------------------------------------------------------------ webhooks
    async def _configure_webhook(self, body: dict[str, Any]) -> None:
        self._checked(
            await self.request("POST", self.api_path("/webhook/config"), json=body, what="the webhook configuration")
        )

    async def current_webhook_url(self) -> str | None:
        """The company's webhook URL where the PBX can tell ("" for none), None where it cannot."""
        response = await self.request("GET", self.api_path("/webhook/config"), what="the webhook configuration")
        if response.status_code in (404, 405, 501):
            return None
        data = self._checked(response).get("data")
        url = data.get("url") if isinstance(data, dict) else None
        return url.strip() if isinstance(url, str) else None

    async def register_webhook(self, url: str, secret: str | None) -> WebhookRegistration:
        """Point the company's one webhook at ``url``, only if asked to and nobody else owns it."""
        if self.profile.extra.get("register_webhook") is not True:
            raise errors.ConfigError(
                f"profile '{self.profile.name}': OnePOS has one webhook per company and registering replaces it; "
                "let the relay own it, or set register_webhook = true to take it over"
            )
        current = await self.current_webhook_url()
        if current and current != url:
            raise errors.PbxRefused(
                f"OnePOS already sends the company's call events to {current}; not replacing it",
                code="WEBHOOK_TAKEN",
            )
        await self._configure_webhook({"url": url, "events": list(EVENT_STATES), "secret": secret or ""})
        return WebhookRegistration(url=url)

    async def unregister_webhook(self, registration: WebhookRegistration) -> None:
        """Leave the company's webhook as it is (see the module doc: never blank it)."""

    async def webhook_registered(self, registration: WebhookRegistration) -> bool | None:
        current = await self.current_webhook_url()
        return None if current is None else current == registration.url

    def webhook_signature_ok(self, request: WebhookRequest, secret: str) -> bool | None:
        sent = request.headers.get("x-signature")
        if sent is None:
            return None
        signature = SIGNATURE.fullmatch(sent.strip())
        if signature is None:
            raise errors.BadEvent("X-Signature must be sha256=<hex HMAC-SHA256>")
        expected = hmac.new(secret.encode(), request.body, hashlib.sha256).hexdigest()
        return hmac.compare_digest(signature.group(1).lower(), expected)

    def validate(self) -> None:
        super().validate()
        self.max_age()  # a bad webhook_max_age is a ConfigError at sign-in, not a refused event later

    def max_age(self) -> float:
        """``webhook_max_age``: how old (seconds) an event's timestamp may be; ConfigError if not a number."""
        value = self.profile.extra.get("webhook_max_age", DEFAULT_MAX_AGE)
        if (
            not isinstance(value, (int, float))
            or isinstance(value, bool)
            or not math.isfinite(value)
            or not 0 < value <= MAX_MAX_AGE
        ):
            raise errors.ConfigError(
                f"profile '{self.profile.name}': webhook_max_age must be a number of seconds above 0 and at most "
                f"{int(MAX_MAX_AGE)}"
            )
        return float(value)

    def parse_webhook(self, request: WebhookRequest) -> list[CallEvent]:
        if request.method.upper() != "POST":
            raise errors.BadEvent("OnePOS events are POST requests")
        data = load_json_object(request.body)
        name, direction = data.get("event"), data.get("direction")
        if not isinstance(name, str) or name not in EVENT_STATES:
            raise errors.BadEvent(f"unknown event {name!r}")
        if direction not in DIRECTIONS:
            raise errors.BadEvent(f"unknown direction {direction!r}")
        call_id, caller, callee = _text(data.get("call_id")), _text(data.get("caller")), _text(data.get("callee"))
        if call_id is None or caller is None or callee is None:
            raise errors.BadEvent("call_id, caller and callee are required")
        at = _time(data.get("timestamp"))
        if at is None:
            raise errors.BadEvent("timestamp must be an ISO-8601 time")
        age = self.clock() - at.timestamp()
        if age > self.max_age() or age < -CLOCK_SKEW:
            raise errors.BadEvent("timestamp outside the accepted window (a replayed or misdated event)")
        state = EVENT_STATES[name]
        extension, customer = sides(direction, caller, callee)
        final = state in ("hangup", "missed")
        return [
            CallEvent(
                call_id=call_id,
                state=state,
                direction=direction,
                caller=number_of(caller),
                callee=number_of(callee),
                extension=extension,
                provider=self.key,
                source="webhook",
                at=at,
                duration=_int(data.get("duration")) if final else None,
                recording_url=_text(data.get("recording_url")) if final else None,
                customer=customer,
                pbx_status=_text(data.get("status")),
                raw=data,
            )
        ]
