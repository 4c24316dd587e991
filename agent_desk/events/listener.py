"""The local webhook listener: an aiohttp server in the app's loop that the PBX posts events to.

:class:`WebhookListener` is an event source (see :mod:`agent_desk.events`) named ``"webhook"``.
It serves the active provider's ``webhook_routes`` on ``settings.host:settings.port`` (port 0
picks a free one, see :attr:`WebhookListener.port`) and hands every request, as a
:class:`~agent_desk.models.WebhookRequest`, to ``provider.parse_webhook``.

Security
--------
* Every listener requires a ``secret`` (see :mod:`agent_desk.events.webhook_auth`: the configured
  ``webhook_secret`` or one generated and kept; loopback proves nothing). Every request must carry
  it: ``X-Api-Key: <secret>``, ``Authorization: Bearer <secret>``, ``?apikey=<secret>`` (removed
  from the query the provider sees), a path prefix ``/<secret>/<route>`` (the callback URL the desk
  registers or shows), or a provider signature (``provider.webhook_signature_ok``: True accepts,
  False rejects, None falls back to the other ways). Secrets are compared in constant time and
  never logged; the secret headers are removed before the provider sees the request.
* A request carrying ``Origin`` or ``Sec-Fetch-Site: cross-site|same-site`` (a web page) gets 403.

Bad input never hurts
---------------------
Every refusal is a 4xx with a short text reason: unknown path 404, wrong method 405, body over
:data:`MAX_BODY` 413, a POST whose declared content type is not JSON 415, a body not received
within ``body_timeout`` 408, no secret 401, a wrong secret or signature or a web page's request
403, anything the provider cannot parse 400 (its ``BadEvent`` reason; any other
error the provider raises on a request, such as a RecursionError on deeply nested JSON, is a 400
too, logged with its traceback once). VoiceCloud's
callbacks (``/api/callcenter/...``) get the document's bodies instead: ``{"status code": 200,
"message": "OK"}``, and for an unknown path or a bad event ``{"status code": 404, "message":
"Not Found"}`` with HTTP 404 (the document's only error answer); security refusals stay
401/403/408/413 with a text reason. Every refusal is counted (:attr:`WebhookListener.counters`)
and logged as one short line, at most once a minute per reason with the count of the others
(:class:`~agent_desk.logmask.ReasonLog`); a request aiohttp cannot even parse is logged the same
way, without aiohttp's traceback and with the secret masked (it may sit in the request line).
Success is 200 ``{"ok": true, "events": N}``. A connection whose body was refused unread is
closed at once (no lingering), idle keep-alive connections after ``KEEPALIVE_TIMEOUT`` seconds;
bodies are never decompressed.

Auto-registration
-----------------
With ``settings.public_url``, the callback URL is registered through the provider's API once the
server listens (``provider.register_webhook(url, secret)``) and removed on stop. The URL is
``public_url`` with the secret as a path segment before the route (the first route is added
unless ``public_url`` already ends with one). A failed registration is reported through ``on_health`` ("down" with the
reason) while the listener keeps serving. Stopping while the registration is still in flight
lets it finish (at most ``REGISTRATION_TIMEOUT`` seconds) so that it can be removed.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
import sys
from collections.abc import MutableMapping
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from aiohttp import web

from agent_desk import errors
from agent_desk.config import WebhookSettings
from agent_desk.events import Emit, OnHealth, SourceHealth
from agent_desk.events.webhook_auth import browser_refusal, in_use, secret_matches
from agent_desk.logmask import ReasonLog, cut, mask
from agent_desk.models import CallEvent, WebhookRegistration, WebhookRequest
from agent_desk.settings_rules import callback_url

if TYPE_CHECKING:
    from agent_desk.providers.base import Provider

log = logging.getLogger(__name__)

MAX_BODY = 64 * 1024
BODY_TIMEOUT = 10.0
KEEPALIVE_TIMEOUT = 15.0
SHUTDOWN_TIMEOUT = 2.0  # stop() waits this long for requests in progress
REGISTRATION_TIMEOUT = 5.0  # stop() waits this long to finish, then to undo, a registration
MAX_REASONS = 64  # distinct refusal reasons counted one by one; the rest under "other"
VOICECLOUD_ROOT = "/api/callcenter/"
VOICECLOUD_OK = {"status code": 200, "message": "OK"}
VOICECLOUD_NOT_FOUND = {"status code": 404, "message": "Not Found"}
_SECRET_HEADERS = ("x-api-key", "authorization")


class Refused(Exception):
    """A request the listener answers with ``status`` and a short ``reason``."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


FD_WANTED = 65536  # the soft limit on open files the listener asks for (up to the hard limit)


def raise_fd_limit(wanted: int = FD_WANTED) -> int | None:
    """Raise this process's soft limit on open files towards ``wanted`` (never above the hard
    limit), so a flood of half-open connections does not exhaust it at 1,024; the soft limit now,
    or None where there is no such limit (Windows)."""
    try:
        import resource
    except ImportError:
        return None
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft < target:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


class _ProtocolLog(logging.LoggerAdapter):  # type: ignore[type-arg]
    """aiohttp's server log for one listener: a request it cannot parse is one short line through
    the listener's :class:`ReasonLog`, secret masked, never a traceback."""

    def __init__(self, listener: WebhookListener) -> None:
        super().__init__(log, {})
        self.listener = listener

    def log(self, level: int, msg: object, *args: object, **kwargs: Any) -> None:
        exc_info = kwargs.pop("exc_info", None)
        exc = sys.exc_info()[1] if exc_info is True else exc_info if isinstance(exc_info, BaseException) else None
        if level < logging.WARNING and exc is None:
            if self.logger.isEnabledFor(level):
                self.logger.log(level, mask(str(msg) % args if args else str(msg), [self.listener.secret]))
            return
        what = " ".join(str(exc).split()) if exc is not None else str(msg) % args if args else str(msg)
        reason = cut(mask(f"{type(exc).__name__}: {what}" if exc is not None else what, [self.listener.secret]))
        self.listener.counters["unparsable"] += 1
        kind = f"{type(exc).__name__}: {what.split(' b', 1)[0]}" if exc is not None else None  # not the bytes
        self.listener.reasons.note(reason, "webhook listener: a request that is not valid HTTP: %s", kind=kind)

    def process(self, msg: Any, kwargs: MutableMapping[str, Any]) -> tuple[Any, MutableMapping[str, Any]]:
        return msg, kwargs


class WebhookListener:
    """Serves the provider's webhook routes until cancelled (see the module doc)."""

    name = "webhook"

    def __init__(
        self,
        provider: Provider,
        settings: WebhookSettings,
        secret: str,
        *,
        max_body: int = MAX_BODY,
        body_timeout: float = BODY_TIMEOUT,
    ) -> None:
        self.provider = provider
        self.settings = settings
        if not secret:
            raise ValueError("a webhook listener always requires a secret (see webhook_auth.listener_secret)")
        self.secret = secret
        self.max_body = max_body
        self.body_timeout = body_timeout
        self.routes: dict[str, set[str]] = {}
        for method, path in provider.webhook_routes:
            self.routes.setdefault(path, set()).add(method.upper())
        #: VoiceCloud's callbacks get the document's JSON answers (see the module doc)
        self.documented_bodies = any(path.startswith(VOICECLOUD_ROOT) for path in self.routes)
        self._emit: Emit = lambda event: None
        self.port: int | None = None
        self.counters: collections.Counter[str] = collections.Counter()  # accepted, events, "403 reason"...
        self.reasons = ReasonLog(log)  # one line per refusal reason a minute
        self._runner: web.AppRunner | None = None
        self._registering: asyncio.Future[WebhookRegistration] | None = None

    # ------------------------------------------------------------------ lifecycle
    @property
    def address(self) -> str:
        return f"{self.settings.host}:{self.port if self.port is not None else self.settings.port}"

    async def run(self, emit: Emit, on_health: OnHealth) -> None:
        """Listen, register the callback if asked, serve until cancelled, then undo both."""
        if not self.routes:
            raise errors.ConfigError(
                f"{self.provider.title} sends no webhook events; choose another event source for this profile"
            )
        on_health(SourceHealth(self.name, "starting", f"opening {self.address}"))
        await self.start(emit)
        try:
            on_health(SourceHealth(self.name, "up", f"listening on {self.address}"))
            if self.settings.public_url:
                await self._register(on_health)
            await asyncio.Event().wait()
        finally:
            await self.stop()

    async def start(self, emit: Emit) -> None:
        """Bind and serve in the background; ConfigError naming host:port when the address is taken."""
        raise_fd_limit()
        self._emit = emit
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        runner = web.AppRunner(
            app,
            access_log=None,
            handle_signals=False,
            shutdown_timeout=SHUTDOWN_TIMEOUT,
            keepalive_timeout=KEEPALIVE_TIMEOUT,
            lingering_time=0,
            auto_decompress=False,
            logger=_ProtocolLog(self),
        )
        await runner.setup()
        site = web.TCPSite(runner, self.settings.host, self.settings.port)
        try:
            await site.start()
        except OSError as exc:
            await runner.cleanup()
            reason = exc.strerror or type(exc).__name__
            raise errors.ConfigError(
                f"the webhook listener cannot listen on {self.address}: {reason} (is another program using that port?)"
            ) from None
        self._runner = runner
        self.port = runner.addresses[0][1]
        in_use(self.secret, True)

    async def stop(self) -> None:
        """Remove the registered callback (waiting at most 5 s for each step) and close the server."""
        registration = await self._finished_registration()
        if registration is not None:
            try:
                await asyncio.wait_for(self.provider.unregister_webhook(registration), REGISTRATION_TIMEOUT)
            except Exception as exc:  # noqa: BLE001 - the PBX may keep posting to us; nothing else to do
                log.warning("could not remove the webhook registration: %s", exc or "timed out")
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()
            in_use(self.secret, False)

    async def _finished_registration(self) -> WebhookRegistration | None:
        """The registration to undo; one still in flight (stopped mid-way) is finished first."""
        registering, self._registering = self._registering, None
        if registering is None or registering.cancelled():
            return None
        if not registering.done():
            with contextlib.suppress(Exception):
                await asyncio.wait_for(registering, REGISTRATION_TIMEOUT)
        if registering.cancelled() or registering.exception() is not None:
            return None
        return registering.result()

    def callback_url(self) -> str:
        """The URL to register: ``public_url``, the secret as a path prefix, the first route unless
        ``public_url`` already names one."""
        return callback_url(self.settings, self.routes, self.secret)

    async def _register(self, on_health: OnHealth) -> None:
        """Register the callback URL; a stop in the middle lets it finish so it can be undone."""
        url = self.callback_url()
        self._registering = asyncio.ensure_future(self.provider.register_webhook(url, self.secret))
        try:
            await asyncio.shield(self._registering)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # whatever went wrong, events may still come
            if not isinstance(exc, errors.AgentDeskError):
                log.error("registering the webhook failed", exc_info=exc)
            on_health(
                SourceHealth(
                    self.name,
                    "down",
                    f"listening on {self.address}, but the PBX did not take the callback URL: "
                    f"{exc if isinstance(exc, errors.AgentDeskError) else 'internal error'}",
                )
            )
            return
        log.info("webhook registered with %s: %s", self.provider.key, mask(url, [self.secret]))

    # ------------------------------------------------------------------ requests
    async def _handle(self, request: web.Request) -> web.StreamResponse:
        try:
            events = self._events(await self._request(request))
        except Refused as exc:
            return self._refusal(exc)
        self.counters["accepted"] += 1
        self.counters["events"] += len(events)
        for event in events:
            try:
                self._emit(event)
            except Exception:  # a subscriber's bug must not turn into the PBX's problem
                log.exception("publishing a webhook event failed")
        if self.documented_bodies:
            return web.json_response(VOICECLOUD_OK)
        return web.json_response({"ok": True, "events": len(events)})

    async def _request(self, request: web.Request) -> WebhookRequest:
        """Route, check the peer, read the body, check the secret: the request as providers see it."""
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
        size = 0
        try:
            async with asyncio.timeout(self.body_timeout):
                while chunk := await request.content.readany():
                    size += len(chunk)
                    if size > self.max_body:
                        raise Refused(413, f"body larger than {self.max_body} bytes")
                    chunks.append(chunk)
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
            if f"400 unreadable event ({type(exc).__name__})" not in self.counters:  # once: the traceback is long
                log.warning("the %s provider failed on a webhook request (%s)", self.provider.key, type(exc).__name__)
            raise Refused(400, f"unreadable event ({type(exc).__name__})") from None

    def _refusal(self, refused: Refused) -> web.Response:
        key = f"{refused.status} {refused.reason}"
        if key not in self.counters and sum(1 for k in self.counters if k[:1].isdigit()) >= MAX_REASONS:
            key = f"{refused.status} other"
        self.reasons.note(key, "webhook listener refused a request: %s")
        self.counters[key] += 1
        self.counters["refused"] += 1
        if self.documented_bodies and refused.status in (400, 404):
            return web.json_response(VOICECLOUD_NOT_FOUND, status=404)
        return web.Response(status=refused.status, text=refused.reason)
