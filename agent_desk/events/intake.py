"""Webhook intake: the provider routes, the secret rules and the refusals, shared by every server
that accepts a PBX's webhooks (the desk's :mod:`~agent_desk.events.listener` and the relay).

:class:`WebhookIntake` turns one aiohttp request into the provider's normalized events
(:meth:`WebhookIntake.read`) or a :class:`Refused`, and builds the answers: :meth:`~WebhookIntake.ok`
for an accepted request and :meth:`~WebhookIntake.refusal` for a refused one.

Security
--------
* A ``secret`` is always required (see :mod:`agent_desk.events.webhook_auth`: the configured
  ``webhook_secret`` or one generated and kept; loopback proves nothing). Every request must carry
  it: ``X-Api-Key: <secret>``, ``Authorization: Bearer <secret>``, ``?apikey=<secret>`` (removed
  from the query the provider sees), a path prefix ``/<secret>/<route>`` (the callback URL the desk
  registers or shows), or a provider signature (``provider.webhook_signature_ok``: True accepts,
  False rejects, None falls back to the other ways). Secrets are compared in constant time and
  never logged; the secret headers are removed before the provider sees the request.
* A request carrying ``Origin`` or ``Sec-Fetch-Site: cross-site|same-site`` (a web page) gets 403.

Refusals
--------
Every refusal is a 4xx with a short text reason: unknown path 404, wrong method 405, body over
``max_body`` 413, a POST whose declared content type is not JSON 415, a body not received within
``body_timeout`` 408, no secret 401, a wrong secret or signature or a web page's request 403,
anything the provider cannot parse 400 (its ``BadEvent`` reason; any other error the provider
raises on a request, such as a RecursionError on deeply nested JSON, is a 400 too, its type logged
once). VoiceCloud's callbacks (``/api/callcenter/...``) get the document's bodies instead:
``{"status code": 200, "message": "OK"}``, and for an unknown path or a bad event
``{"status code": 404, "message": "Not Found"}`` with HTTP 404 (the document's only error answer);
security refusals stay 401/403/408/413 with a text reason. Every refusal is counted
(:attr:`WebhookIntake.counters`) and logged as one short line, at most once a minute per reason
with the count of the others (:attr:`WebhookIntake.reasons`, a :class:`~agent_desk.logmask.ReasonLog`);
success is 200 ``{"ok": true, "events": N}``. A server's aiohttp log is a :class:`ProtocolLog`: a
request aiohttp cannot even parse (a URL over 8 KiB, a broken header line) is logged the same way,
without aiohttp's traceback and with the secret masked (it may sit in the request line).
"""

from __future__ import annotations

import asyncio
import collections
import logging
import sys
from collections.abc import MutableMapping
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from aiohttp import web

from agent_desk import errors
from agent_desk.events.webhook_auth import browser_refusal, secret_matches
from agent_desk.logmask import ReasonLog, cut, mask
from agent_desk.models import CallEvent, WebhookRequest

if TYPE_CHECKING:
    from agent_desk.providers.base import Provider

log = logging.getLogger(__name__)

MAX_BODY = 64 * 1024
BODY_TIMEOUT = 10.0
MAX_REASONS = 64  # distinct refusal reasons counted one by one; the rest under "other"
VOICECLOUD_ROOT = "/api/callcenter/"
VOICECLOUD_OK = {"status code": 200, "message": "OK"}
VOICECLOUD_NOT_FOUND = {"status code": 404, "message": "Not Found"}
_SECRET_HEADERS = ("x-api-key", "authorization")


class Refused(Exception):
    """A request answered with ``status`` and a short ``reason``."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


class WebhookIntake:
    """One provider's webhook routes behind one secret (see the module doc).

    ``who`` names the server in log lines ("webhook listener", "relay"); ``logger`` is the one its
    refusals are logged through (default: this module's).
    """

    def __init__(
        self,
        provider: Provider,
        secret: str,
        *,
        max_body: int = MAX_BODY,
        body_timeout: float = BODY_TIMEOUT,
        who: str = "webhook listener",
        logger: logging.Logger | None = None,
    ) -> None:
        if not secret:
            raise ValueError(f"a {who} always requires a webhook secret (see webhook_auth.listener_secret)")
        self.provider = provider
        self.secret = secret
        self.max_body = max_body
        self.body_timeout = body_timeout
        self.who = who
        self.log = logger or log
        self.routes: dict[str, set[str]] = {}
        for method, path in provider.webhook_routes:
            self.routes.setdefault(path, set()).add(method.upper())
        #: VoiceCloud's callbacks get the document's JSON answers (see the module doc)
        self.documented_bodies = any(path.startswith(VOICECLOUD_ROOT) for path in self.routes)
        self.counters: collections.Counter[str] = collections.Counter()  # accepted, events, "403 reason"...
        self.reasons = ReasonLog(self.log)  # one line per refusal reason a minute

    # ------------------------------------------------------------------ answers
    def ok(self, events: int) -> web.Response:
        """The answer to an accepted request that carried ``events`` events (counted here)."""
        self.counters["accepted"] += 1
        self.counters["events"] += events
        if self.documented_bodies:
            return web.json_response(VOICECLOUD_OK)
        return web.json_response({"ok": True, "events": events})

    def reason_key(self, refused: Refused) -> str:
        """``"<status> <reason>"``, or ``"<status> other"`` once :data:`MAX_REASONS` reasons are counted."""
        key = f"{refused.status} {refused.reason}"
        if key not in self.counters and sum(1 for k in self.counters if k[:1].isdigit()) >= MAX_REASONS:
            key = f"{refused.status} other"
        return key

    def refusal(self, refused: Refused) -> web.Response:
        """The answer to a refused request; counted, and logged as one line per reason a minute."""
        key = self.reason_key(refused)
        self.reasons.note(key, f"{self.who} refused a request: %s")
        self.counters[key] += 1
        self.counters["refused"] += 1
        if self.documented_bodies and refused.status in (400, 404):
            return web.json_response(VOICECLOUD_NOT_FOUND, status=404)
        return web.Response(status=refused.status, text=refused.reason)

    # ------------------------------------------------------------------ requests
    async def read(self, request: web.Request) -> list[CallEvent]:
        """The request's normalized events; :class:`Refused` saying why it is not acceptable."""
        return self._events(await self._request(request))

    async def _request(self, request: web.Request) -> WebhookRequest:
        """Refuse web pages, route, read the body, check the secret: the request as providers see it."""
        headers = {key.lower(): value for key, value in request.headers.items()}
        if (browser := browser_refusal(headers)) is not None:
            raise Refused(403, browser)
        route, prefix = self._route(request.rel_url.raw_path)
        if request.method.upper() not in self.routes[route]:
            raise Refused(405, f"use {' or '.join(sorted(self.routes[route]))} for this path")
        query: dict[str, str] = {}
        for key, value in request.query.items():
            query.setdefault(key, value)
        apikey = query.pop("apikey", None)
        body = await self._body(request)
        hook = WebhookRequest(
            method=request.method.upper(),
            path=route,
            query=query,
            headers={k: v for k, v in headers.items() if k not in _SECRET_HEADERS},
            body=body,
        )
        self._authenticate(hook, headers, apikey, prefix)
        return hook

    def _route(self, raw_path: str) -> tuple[str, str | None]:
        """``(route, secret prefix or None)`` of the still-quoted path (a secret may hold a ``/``);
        404 for a path that is no route, with or without prefix."""
        path = unquote(raw_path)
        if path in self.routes:
            return path, None
        head, sep, rest = raw_path[1:].partition("/")
        if sep and "/" + unquote(rest) in self.routes:
            return "/" + unquote(rest), unquote(head)
        raise Refused(404, "no such webhook path")

    async def _body(self, request: web.Request) -> bytes:
        length = request.content_length
        if length is not None and length > self.max_body:
            raise Refused(413, f"body larger than {self.max_body} bytes")
        if request.method.upper() == "POST" and "Content-Type" in request.headers:
            kind = request.content_type
            if kind != "application/json" and not kind.endswith("+json"):
                raise Refused(415, "content type must be application/json")
        chunks: list[bytes] = []

        async def take() -> None:
            size = 0
            while chunk := await request.content.readany():
                size += len(chunk)
                if size > self.max_body:
                    raise Refused(413, f"body larger than {self.max_body} bytes")
                chunks.append(chunk)

        if request.content.is_eof():  # the whole body came with the headers (a PBX's small POST): nothing to wait for
            await take()  # so no deadline timer is armed and cancelled (on the desk's loop that is a Qt timer each)
            return b"".join(chunks)
        try:
            async with asyncio.timeout(self.body_timeout):
                await take()
        except TimeoutError:
            raise Refused(408, "the body did not arrive in time") from None
        return b"".join(chunks)

    def _authenticate(
        self, hook: WebhookRequest, headers: dict[str, str], apikey: str | None, prefix: str | None
    ) -> None:
        secret = self.secret
        try:
            signed = self.provider.webhook_signature_ok(hook, secret)
        except errors.BadEvent as exc:  # e.g. a signature header that is not sha256=<hex>
            raise Refused(400, str(exc)[:120] or "malformed signature") from None
        if signed is not None:
            if not signed:
                raise Refused(403, "bad signature")
            return
        bearer = headers.get("authorization", "")
        offered = [headers.get("x-api-key"), apikey, prefix, bearer[7:] if bearer[:7].lower() == "bearer " else None]
        if any(secret_matches(value, secret) for value in offered):
            return
        if all(value is None for value in offered):
            raise Refused(401, "the webhook secret is missing")
        raise Refused(403, "wrong webhook secret")

    def _events(self, hook: WebhookRequest) -> list[CallEvent]:
        try:
            return self.provider.parse_webhook(hook)
        except errors.BadEvent as exc:
            raise Refused(400, str(exc)[:120] or "not a call event") from None
        except errors.Unsupported:
            raise Refused(404, "this provider sends no webhook events") from None
        except Exception as exc:  # noqa: BLE001 - e.g. RecursionError from json.loads on deep nesting
            kind = type(exc).__name__
            if f"400 unreadable event ({kind})" not in self.counters:  # once per kind of error
                self.log.warning("the %s provider failed on a webhook request (%s)", self.provider.key, kind)
            raise Refused(400, f"unreadable event ({kind})") from None


class ProtocolLog(logging.LoggerAdapter):  # type: ignore[type-arg]
    """aiohttp's server log for one intake's server: a request it cannot parse is one short line
    through the intake's :class:`ReasonLog` (counted as ``"unparsable"``), secret masked, never a
    traceback."""

    def __init__(self, intake: WebhookIntake) -> None:
        super().__init__(intake.log, {})
        self.intake = intake

    def log(self, level: int, msg: object, *args: object, **kwargs: Any) -> None:
        exc_info = kwargs.pop("exc_info", None)
        exc = sys.exc_info()[1] if exc_info is True else exc_info if isinstance(exc_info, BaseException) else None
        if level < logging.WARNING and exc is None:
            if self.logger.isEnabledFor(level):
                self.logger.log(level, mask(str(msg) % args if args else str(msg), [self.intake.secret]))
            return
        what = " ".join(str(exc).split()) if exc is not None else str(msg) % args if args else str(msg)
        reason = cut(mask(f"{type(exc).__name__}: {what}" if exc is not None else what, [self.intake.secret]))
        self.intake.counters["unparsable"] += 1
        kind = f"{type(exc).__name__}: {what.split(' b', 1)[0]}" if exc is not None else None  # not the bytes
        self.intake.reasons.note(reason, f"{self.intake.who}: a request that is not valid HTTP: %s", kind=kind)

    def process(self, msg: Any, kwargs: MutableMapping[str, Any]) -> tuple[Any, MutableMapping[str, Any]]:
        return msg, kwargs
