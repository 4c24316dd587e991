"""The Kazoo "Blackhole" Socket.IO feed as an event source (oapi with ``ws_dialect = "blackhole"``).

``SocketioSource(provider).run(emit, on_health)`` keeps one Socket.IO connection (python-socketio's
``AsyncClient``, its own reconnection off) to ``provider.blackhole.url`` at
``provider.blackhole.path``. Right after connecting, and on every reconnection, it emits
``subscribe`` with ``{"account_id", "auth_token", "binding"}`` once per binding, with the current
voice auth token. Every ``CHANNEL_*`` event goes through ``provider.parse_channel_event()``; other
events are counted as bad frames. The payload and the settings are described in
:mod:`agent_desk.providers.blackhole`.

Backoff, token renewal (a new connection with a fresh token, subscribed again), sleep detection
and bad frames work as :mod:`agent_desk.events.stream` describes. Engine.IO's own ping/pong keeps
the connection alive and notices a dead one. Specific to this dialect (the simulator's design; no
document describes Blackhole's refusals):

* an ``error`` event whose ``code`` is 401 (a refused or expired ``auth_token``) counts as a
  refused token: a fresh token at once, then backoff; any other ``error`` event ends the
  connection and backs off, with its ``message`` as the reason;
* a server-side disconnect backs off and reconnects (the server may be restarting); a transport
  error ("the connection was lost") too.

Health is ``up`` only once the server has taken the subscriptions, since a call that rings between
the connect and the server's handling of a ``subscribe`` is never sent. No document says what
Blackhole answers to a ``subscribe`` (nothing on success, an ``error`` event on a refusal, in the
public integrations), so each ``subscribe`` asks for a Socket.IO acknowledgement: ``up``
("connected") when every one is acknowledged and no ``error`` came before; or at the first call
event (a binding was taken); else, from a server that never acknowledges, ``SUBSCRIBE_WAIT``
seconds after the last ``subscribe`` went without a refusal ("connected (the server does not
confirm subscriptions)": the earliest the dialect allows without an answer).
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import aiohttp
import socketio
from socketio.exceptions import ConnectionError as SocketioConnectionError
from socketio.exceptions import SocketIOError

from agent_desk import errors, tls
from agent_desk.events import Emit, OnHealth
from agent_desk.events.stream import Ended, StreamSource
from agent_desk.providers.base import Provider

log = logging.getLogger(__name__)

OPEN_TIMEOUT = 10.0  # seconds for the Engine.IO handshake and for the namespace to connect
CLOSE_TIMEOUT = 2.0  # seconds a polite disconnect may take before the connection is cut
TOKEN_REFUSED = 401  # ``code`` of an ``error`` event about the auth token
SUBSCRIBE_WAIT = 3.0  # seconds without an acknowledgement or a refusal after which the feed is up anyway
UNCONFIRMED = "connected (the server does not confirm subscriptions)"


class SocketioSource(StreamSource):
    """Event source for the Blackhole Socket.IO feed (see the module doc)."""

    label = "socket.io stream"
    log = log

    def __init__(self, provider: Provider, **kwargs: Any) -> None:
        super().__init__(provider, **kwargs)
        settings = getattr(provider, "blackhole", None)
        if settings is None:
            raise errors.ConfigError(
                f"profile '{provider.profile.name}': {provider.title} has no Socket.IO call-signal feed "
                f'(it needs a provider that offers one, with ws_dialect = "blackhole")'
            )
        self.settings = settings
        self.subscribes = 0  # subscribe messages sent so far

    async def _open_and_serve(self, token: str, expires_at: float | None, emit: Emit, on_health: OnHealth) -> Ended:
        # One aiohttp session per connection, with the OS trust store (see agent_desk.tls).
        http = aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=tls.client_context(self.provider.profile)))
        try:
            return await self._connect_and_serve(http, token, expires_at, emit, on_health)
        finally:
            await http.close()

    async def _connect_and_serve(
        self, http: aiohttp.ClientSession, token: str, expires_at: float | None, emit: Emit, on_health: OnHealth
    ) -> Ended:
        client = socketio.AsyncClient(
            reconnection=False,
            handle_sigint=False,
            request_timeout=OPEN_TIMEOUT,
            ssl_verify=self.provider.profile.verify_tls,
            http_session=http,
        )
        ended: asyncio.Future[Ended] = asyncio.get_running_loop().create_future()

        def finish(why: Ended) -> None:
            if not ended.done():
                ended.set_result(why)

        subscriptions = self.settings.subscriptions(token)
        unacknowledged = len(subscriptions)
        up = False

        def taken(detail: str = "connected") -> None:
            nonlocal up
            if not up and not ended.done():
                up = True
                self._connected(on_health, detail)

        def acknowledged(*_: Any) -> None:
            nonlocal unacknowledged
            unacknowledged -= 1
            if unacknowledged == 0:
                taken()

        def on_any(event: str, *args: Any) -> None:
            data = args[0] if args else None
            if event == "error":
                finish(self._refusal(data))
            else:
                taken()
                self._handle(lambda: self.provider.parse_channel_event(event, data), emit)

        client.on("*", on_any)
        client.on("disconnect", lambda reason=None: finish(self._disconnected(reason)))
        try:
            await client.connect(
                self.settings.url,
                transports=list(self.settings.transports),
                socketio_path=self.settings.path,
                wait_timeout=OPEN_TIMEOUT,
            )
        except SocketioConnectionError as exc:
            await client.eio.disconnect(abort=True)
            return Ended(f"cannot open the stream ({exc})")
        except ValueError:
            raise errors.ConfigError(
                f"profile '{self.provider.profile.name}': the Socket.IO feed URL is not "
                "an http(s) URL; check ws_url and base_url"
            ) from None
        keeper = asyncio.ensure_future(self._watch(expires_at))
        unconfirmed: asyncio.TimerHandle | None = None
        why: Ended | None = None
        try:
            try:
                for subscription in subscriptions:
                    await client.emit("subscribe", subscription, callback=acknowledged)
                    self.subscribes += 1
            except SocketIOError:  # gone before every binding was sent (its disconnect may say why)
                finish(Ended("the connection was lost", dead=True))
            unconfirmed = asyncio.get_running_loop().call_later(SUBSCRIBE_WAIT, taken, UNCONFIRMED)
            await asyncio.wait((ended, keeper), return_when=asyncio.FIRST_COMPLETED)
            why = ended.result() if ended.done() else keeper.result() or await ended
            return why
        finally:
            if unconfirmed is not None:
                unconfirmed.cancel()
            keeper.cancel()
            await asyncio.gather(keeper, return_exceptions=True)
            await self._discard(client, cut=why is None or why.dead)

    @staticmethod
    def _refusal(data: Any) -> Ended:
        body = data if isinstance(data, dict) else {}
        if body.get("code") == TOKEN_REFUSED:
            return Ended("the server refused the stream token", refresh=True, token_refused=True)
        message = str(body.get("message") or data or "no reason given")[:120]
        return Ended(f"the server refused the subscription ({message})")

    @staticmethod
    def _disconnected(reason: str | None) -> Ended:
        if reason == socketio.AsyncClient.reason.SERVER_DISCONNECT:
            return Ended("the server closed the stream")
        return Ended("the connection was lost", dead=True)

    @staticmethod
    async def _discard(client: socketio.AsyncClient, *, cut: bool) -> None:
        """Disconnect completely (cut: without the polite goodbye a dead peer never answers)."""
        if not cut and client.connected:
            try:
                async with asyncio.timeout(CLOSE_TIMEOUT):
                    await client.disconnect()
            except TimeoutError:
                pass
        await client.eio.disconnect(abort=True)
