"""The local webhook listener: an aiohttp server in the app's loop that the PBX posts events to.

:class:`WebhookListener` is an event source (see :mod:`agent_desk.events`) named ``"webhook"``.
It serves the active provider's ``webhook_routes`` on ``settings.host:settings.port`` (port 0
picks a free one, see :attr:`WebhookListener.port`) and hands every request, as a
:class:`~agent_desk.models.WebhookRequest`, to ``provider.parse_webhook``.

Requests
--------
Routes, secret rules and refusals are :class:`~agent_desk.events.intake.WebhookIntake`'s (the
relay accepts webhooks by the same rules): a secret is always required (the configured
``webhook_secret`` or one generated and kept, see :mod:`agent_desk.events.webhook_auth`), and a
web page's request (``Origin``, ``Sec-Fetch-Site: cross-site|same-site``) gets 403. Every refusal
is counted and logged as one short line, at most once a minute per reason. A request aiohttp
cannot even parse (a URL over 8 KiB, a broken header line) is logged the same way, without
aiohttp's traceback and with the secret masked (it may sit in the request line). A connection
whose body was refused unread is closed at once (no lingering), idle keep-alive connections after
``KEEPALIVE_TIMEOUT`` seconds; bodies are never decompressed. On start the soft limit on open
files is raised (:func:`raise_fd_limit`), and connections are capped per peer and in total below
it with descriptors kept in reserve, a connection that sends no request within 10 s closed
(:class:`~agent_desk.events.connections.ConnectionGuard`): a flood of half-open connections pushes
out its own oldest idle ones, and the PBX's request is still served.

Auto-registration
-----------------
With ``settings.public_url`` and a provider that has the API (:attr:`WebhookListener.registers`),
the callback URL is registered through it once the server listens
(``provider.register_webhook(url, secret)``) and removed on stop; the listener says "up" only once
the PBX has taken it ("starting" with :attr:`~agent_desk.events.Condition.REGISTERING` until then:
no call would reach the desk). Every health once it listens carries its ``port``. The URL is
``public_url`` with the secret as a path segment before the route (the first route is added
unless ``public_url`` already ends with one). A registration the PBX does not take (unreachable,
a 5xx, a refusal) is tried again after a :class:`~agent_desk.backoff.Backoff` (1 s doubling up to
30 s, with jitter) until it does, the listener serving all along; each wait is reported "starting"
(REGISTERING) with the error, its sentence in ``detail`` and the wait in ``retry_in``; a
configuration error (a missing secret) is reported "down" and not tried again.
:meth:`WebhookListener.renew_registration` (called after each successful PBX status check)
registers again when the PBX lost it. Stopping ends the retries; a registration still in flight
is let finish (at most ``REGISTRATION_TIMEOUT`` seconds) so that it can be removed.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
from typing import TYPE_CHECKING

from aiohttp import web

from agent_desk import errors
from agent_desk.backoff import Backoff
from agent_desk.config import WebhookSettings
from agent_desk.events import Condition, Emit, HealthState, OnHealth, SourceHealth
from agent_desk.events.connections import ConnectionGuard, raise_fd_limit
from agent_desk.events.intake import BODY_TIMEOUT, MAX_BODY, ProtocolLog, Refused, WebhookIntake
from agent_desk.events.webhook_auth import in_use, secret_callback_url
from agent_desk.logmask import ReasonLog, mask
from agent_desk.models import Capability, WebhookRegistration

if TYPE_CHECKING:
    from agent_desk.providers.base import Provider

log = logging.getLogger(__name__)

KEEPALIVE_TIMEOUT = 15.0
SHUTDOWN_TIMEOUT = 2.0  # stop() waits this long for requests in progress
REGISTRATION_TIMEOUT = 5.0  # stop() waits this long to finish, then to undo, a registration

__all__ = ["BODY_TIMEOUT", "MAX_BODY", "Refused", "WebhookListener", "raise_fd_limit"]


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
        backoff: Backoff | None = None,
    ) -> None:
        self.provider = provider
        self.settings = settings
        self.intake = WebhookIntake(provider, secret, max_body=max_body, body_timeout=body_timeout, logger=log)
        self.secret = self.intake.secret
        self.routes = self.intake.routes
        self._emit: Emit = lambda event: None
        self.port: int | None = None
        self._runner: web.AppRunner | None = None
        self._registering: asyncio.Future[WebhookRegistration] | None = None
        self.guard: ConnectionGuard | None = None  # made at start, after the open-file limit is raised
        self.backoff = backoff or Backoff()  # between tries of a registration the PBX did not take

    @property
    def counters(self) -> collections.Counter[str]:
        """Requests accepted, events, refusals by ``"<status> <reason>"``, and unparsable requests."""
        return self.intake.counters

    @property
    def reasons(self) -> ReasonLog:
        """The one-line-per-reason log of refusals and unparsable requests."""
        return self.intake.reasons

    # ------------------------------------------------------------------ lifecycle
    @property
    def address(self) -> str:
        return f"{self.settings.host}:{self.port if self.port is not None else self.settings.port}"

    @property
    def registers(self) -> bool:
        """Whether the callback URL is registered through the provider's API: a ``public_url`` is set
        and the PBX has such an API (elsewhere its administrator enters the URL in the PBX)."""
        return bool(self.settings.public_url) and Capability.WEBHOOK_REGISTRATION in self.provider.capabilities

    async def run(self, emit: Emit, on_health: OnHealth) -> None:
        """Listen, register the callback if asked, serve until cancelled, then undo both."""
        if not self.routes:
            raise errors.ConfigError(
                f"{self.provider.title} sends no webhook events; choose another event source for this profile"
            )
        on_health(SourceHealth(self.name, HealthState.STARTING, f"opening {self.address}"))
        await self.start(emit)
        try:
            listening = SourceHealth(self.name, HealthState.UP, f"listening on {self.address}", port=self.port)
            if self.registers:  # up once the PBX has the address: until then no call would reach us
                registering = f"listening on {self.address}, registering with the PBX"
                on_health(SourceHealth(self.name, HealthState.STARTING, registering, Condition.REGISTERING, self.port))
                if await self._register(on_health):
                    on_health(listening)
            else:
                on_health(listening)
            await asyncio.Event().wait()
        finally:
            await self.stop()

    async def start(self, emit: Emit) -> None:
        """Bind and serve in the background; AddressInUse (a ConfigError) naming host:port when it cannot."""
        raise_fd_limit()
        self._emit = emit
        self.guard = guard = ConnectionGuard(note=lambda reason: self.reasons.note(reason, "webhook listener %s"))
        app = web.Application(middlewares=[guard.middleware])
        app.router.add_route("*", "/{tail:.*}", self._handle)
        runner = web.AppRunner(
            app,
            access_log=None,
            handle_signals=False,
            shutdown_timeout=SHUTDOWN_TIMEOUT,
            keepalive_timeout=KEEPALIVE_TIMEOUT,
            lingering_time=0,
            auto_decompress=False,
            logger=ProtocolLog(self.intake),
        )
        await runner.setup()
        site = guard.site(runner, self.settings.host, self.settings.port)
        try:
            await site.start()
        except OSError as exc:
            await runner.cleanup()
            reason = exc.strerror or type(exc).__name__
            raise errors.AddressInUse("the webhook listener", self.address, reason) from None
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

    async def renew_registration(self) -> bool:
        """After a PBX restart: True when the PBX no longer had the registration and it was made again.

        Only a registration that succeeded is checked (``provider.webhook_registered``; a PBX that
        cannot be asked is taken at its word); errors of the check or the renewal propagate.
        """
        registering = self._registering
        if registering is None or not registering.done() or registering.cancelled() or registering.exception():
            return False
        if await self.provider.webhook_registered(registering.result()) is not False:
            return False
        log.warning("the PBX no longer has the webhook registration (restarted?); registering again")
        self._registering = asyncio.ensure_future(self.provider.register_webhook(self.callback_url(), self.secret))
        await asyncio.shield(self._registering)
        return True

    def callback_url(self) -> str:
        """The URL to register: ``public_url``, the secret as a path prefix, the first route unless
        ``public_url`` already names one."""
        return secret_callback_url(self.settings.public_url, self.routes, self.secret)

    async def _register(self, on_health: OnHealth) -> bool:
        """Register the callback URL, trying again after a backoff each time the PBX does not take it,
        until it does (True); each wait is reported through ``on_health``. A configuration error
        (a missing secret, a provider that cannot) is not tried again: reported "down", False. A stop
        in the middle of a try lets the try finish so it can be undone (see :meth:`stop`)."""
        url = self.callback_url()
        self.backoff.reset()
        while True:
            self._registering = asyncio.ensure_future(self.provider.register_webhook(url, self.secret))
            try:
                await asyncio.shield(self._registering)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - whatever went wrong (logged), events may still come
                if isinstance(exc, (errors.ConfigError, errors.Unsupported)):  # no retry mends it
                    on_health(self._not_taken(exc, None))
                    return False
                delay = self.backoff.next_delay()
                on_health(self._not_taken(exc, delay))
                await asyncio.sleep(delay)
                continue
            log.info("webhook registered with %s: %s", self.provider.key, mask(url, [self.secret]))
            return True

    def _not_taken(self, exc: Exception, retry_in: float | None) -> SourceHealth:
        """Log a registration that failed and say so: "starting" (REGISTERING) while a try follows in
        ``retry_in`` seconds, "down" when none does."""
        reason = str(exc) if isinstance(exc, errors.AgentDeskError) else "internal error"
        if retry_in is None:
            log.warning("the webhook's callback URL cannot be registered: %s", reason)
            detail = f"listening on {self.address}, but the callback URL cannot be registered: {reason}"
            return SourceHealth(self.name, HealthState.DOWN, detail, port=self.port, error=exc)
        if isinstance(exc, errors.AgentDeskError):
            log.warning("the PBX did not take the webhook's callback URL (%s); trying again in %.1f s", exc, retry_in)
        else:
            log.error("registering the webhook failed; trying again in %.1f s", retry_in, exc_info=exc)
        detail = (
            f"listening on {self.address}, but the PBX did not take the callback URL: {reason}; "
            f"trying again in {retry_in:.1f} s"
        )
        return SourceHealth(self.name, HealthState.STARTING, detail, Condition.REGISTERING, self.port, retry_in, exc)

    # ------------------------------------------------------------------ requests
    async def _handle(self, request: web.Request) -> web.StreamResponse:
        try:
            events = await self.intake.read(request)
        except Refused as exc:
            return self.intake.refusal(exc)
        for event in events:
            try:
                self._emit(event)
            except Exception:  # a subscriber's bug must not turn into the PBX's problem
                log.exception("publishing a webhook event failed")
        return self.intake.ok(len(events))
