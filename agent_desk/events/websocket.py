"""The call-signal websocket as an event source (``events = "websocket"``; oapi's JSON design).

``WebsocketSource(provider).run(emit, on_health)`` keeps one stream open for as long as it runs:
it asks the provider for the stream token (``event_stream_token()``), opens
``provider.stream_url(token)`` and turns every frame into events with ``provider.parse_frame()``.
Backoff, token renewal, sleep detection and bad frames work as :mod:`agent_desk.events.stream`
describes; this module adds what belongs to a plain websocket:

* **Heartbeat.** websockets' own keepalive pings every ``heartbeat`` seconds and gives up when no
  pong comes within ``heartbeat``. The source also sends the design's ``{"type": "ping"}`` every
  ``heartbeat`` seconds, so a live server always has something to answer; a connection that
  delivers nothing at all for ``2 × heartbeat`` is treated as dead and reopened. The server's own
  ``{"type": "ping"}`` frames are simply read (they parse to no event).
* **Tokens.** A close with code 4001 (token expired) or a 401 answer to the handshake counts as
  a refused token (a fresh one at once, then backoff).
* **Sharing the loop.** One socket read can hold thousands of frames (256 KB of compressed frames
  of ~14 bytes each), and ``recv()`` hands out frames already read without giving the event loop a
  turn: handled back to back, they held the loop (and the desk's window) for 1-4 s under a flood.
  The reader gives the loop a turn whenever it has handled frames for :data:`TURN_BUDGET_S` without
  one, so a pop, a redraw or a webhook waits at most about that long behind the stream.
* **Socket reads.** websockets parses and inflates everything one socket read brought in one
  call, before any frame is handed out (asyncio reads up to 256 KB: about 18,000 compressed
  frames, seconds of work); the source asks asyncio's transport for reads of :data:`READ_SIZE`
  where the transport has that setting. The silence check is one timer per silence period
  (:class:`Silence`), not a timeout made and cancelled per frame.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import time
from urllib.parse import urlsplit

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus, InvalidURI

from agent_desk import errors, tls
from agent_desk.events import Emit, OnHealth
from agent_desk.events.stream import Ended, StreamSource

log = logging.getLogger(__name__)

TOKEN_EXPIRED = 4001  # close code of the design: the stream's token ran out
OPEN_TIMEOUT = 10.0  # seconds for the TCP connect and the opening handshake
CLOSE_TIMEOUT = 2.0  # seconds to wait for the server's close frame before cutting the connection
TURN_BUDGET_S = 0.004  # the reader hands the loop a turn after handling frames this long (see the module doc)
_CLIENT_PING = '{"type": "ping"}'
READ_SIZE = 16 * 1024  # bytes per socket read (about 1,100 compressed frames): see the module doc


def not_opened(exc: OSError | InvalidHandshake, url: str, *, late: str, refused: str, failed: str) -> Ended:
    """Why a websocket to ``url`` did not open, in words: ``late`` for a timeout, ``refused`` for a
    refused connection, a failed certificate check named, else ``failed (the reason)``. Shared by
    every websocket source (the PBX's stream, the relay)."""
    if isinstance(exc, TimeoutError):
        return Ended(late)
    if isinstance(exc, ConnectionRefusedError):
        return Ended(refused)
    problem = tls.certificate_error(exc, urlsplit(url).hostname or url)
    if problem:
        return Ended(str(problem), error=problem)
    detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return Ended(f"{failed} ({detail})")


class Silence:
    """``ended`` gets an :class:`Ended` once ``limit`` seconds pass without :meth:`heard` (a dead connection),
    saying "``says`` for ``limit`` s".

    One timer per silence period: ``heard()`` only notes the time, and the timer, when it fires
    early, sets itself again for the end of the silence that is left.
    """

    def __init__(self, limit: float, says: str = "no data from the server") -> None:
        self.limit = limit
        self.says = says
        self._loop = asyncio.get_running_loop()
        self.ended: asyncio.Future[Ended] = self._loop.create_future()
        self._last = self._loop.time()
        self._timer = self._loop.call_at(self._last + limit, self._check)

    def heard(self) -> None:
        self._last = self._loop.time()

    def cancel(self) -> None:
        self._timer.cancel()

    def _check(self) -> None:
        due = self._last + self.limit
        if self._loop.time() < due:
            self._timer = self._loop.call_at(due, self._check)
        elif not self.ended.done():
            self.ended.set_result(Ended(f"{self.says} for {self.limit:g} s", dead=True))


async def first_ending(reader: asyncio.Task[Ended], keeper: asyncio.Task[Ended | None], silence: Silence) -> Ended:
    """How one connection ended: the reader's end, the silence, or the keeper's (None from the keeper:
    the connection closed, and the reader says how)."""
    await asyncio.wait((reader, keeper, silence.ended), return_when=asyncio.FIRST_COMPLETED)
    if reader.done():
        return reader.result()
    if silence.ended.done():
        return silence.ended.result()
    return keeper.result() or await reader


class WebsocketSource(StreamSource):
    """Event source for a provider with a call-signal websocket (see the module doc)."""

    label = "websocket stream"
    log = log

    async def _open_and_serve(self, token: str, expires_at: float | None, emit: Emit, on_health: OnHealth) -> Ended:
        try:
            url = self.provider.stream_url(token)
            ws = await connect(
                url,
                ssl=tls.client_context(self.provider.profile) if url.lower().startswith("wss:") else None,
                open_timeout=OPEN_TIMEOUT,
                ping_interval=self.heartbeat,
                ping_timeout=self.heartbeat,
                close_timeout=CLOSE_TIMEOUT,
            )
        except InvalidURI:
            raise errors.ConfigError(
                f"profile '{self.provider.profile.name}': the call-signal stream URL is not a websocket "
                "URL; check ws_url and base_url"
            ) from None
        except InvalidStatus as exc:
            status = exc.response.status_code
            if status == 401:
                return Ended("the server refused the stream token", refresh=True, token_refused=True)
            return Ended(f"the server answered HTTP {status} instead of opening the stream")
        except (OSError, InvalidHandshake) as exc:
            return not_opened(
                exc,
                url,
                late="the server did not open the stream in time",
                refused="connection refused",
                failed="cannot open the stream",
            )
        if hasattr(ws.transport, "max_size"):  # asyncio's selector transports: bytes per recv() (256 KB)
            ws.transport.max_size = READ_SIZE
        return await self._serve(ws, emit, on_health, expires_at)

    # ------------------------------------------------------------------ one connection
    async def _serve(self, ws: ClientConnection, emit: Emit, on_health: OnHealth, expires_at: float | None) -> Ended:
        self._connected(on_health)
        silence = Silence(2 * self.heartbeat)
        reader = asyncio.create_task(self._read(ws, emit, silence))
        keeper = asyncio.create_task(self._keep(ws, expires_at))
        ended: Ended | None = None
        try:
            ended = await first_ending(reader, keeper, silence)
        finally:
            silence.cancel()
            for task in (reader, keeper):
                task.cancel()
            await asyncio.gather(reader, keeper, return_exceptions=True)
            await self._discard(ws, cut=ended is None or ended.dead)
        return ended

    async def _read(self, ws: ClientConnection, emit: Emit, silence: Silence) -> Ended:
        """Read and handle frames until the connection ends, giving the loop turns (see the module doc)."""
        turn = time.monotonic()  # when the loop last had a turn (as far as this reader knows)
        while True:
            try:
                data = await ws.recv()
            except ConnectionClosed as exc:
                return self._closed(exc)
            silence.heard()
            self._handle(functools.partial(self.provider.parse_frame, data), emit)
            if time.monotonic() - turn >= TURN_BUDGET_S:
                await asyncio.sleep(0)  # frames already read wait; the rest of the desk gets a turn
                turn = time.monotonic()

    async def _keep(self, ws: ClientConnection, expires_at: float | None) -> Ended | None:
        """Send the heartbeat; end for a token renewal or after sleep. None: the connection closed."""

        async def ping() -> bool:
            try:
                await ws.send(_CLIENT_PING)
            except ConnectionClosed:
                return False
            return True

        return await self._watch(expires_at, ping)

    @staticmethod
    def _closed(exc: ConnectionClosed) -> Ended:
        """Words and next step for a connection that closed."""
        sent, received = exc.sent, exc.rcvd
        if sent is not None and sent.code == 1011 and "keepalive" in sent.reason:
            return Ended("the server stopped answering heartbeats", dead=True)
        if received is None:
            return Ended("the connection was lost", dead=True)
        if received.code == TOKEN_EXPIRED:
            return Ended("the stream token expired", refresh=True, token_refused=True)
        if received.code == 1001:
            return Ended("the server is restarting")
        why = f": {received.reason}" if received.reason else ""
        return Ended(f"the server closed the stream (code {received.code}{why})")

    @staticmethod
    async def _discard(ws: ClientConnection, *, cut: bool) -> None:
        """Close the connection completely (cut: without waiting for a dead peer's close frame)."""
        if cut:
            ws.transport.abort()
        else:
            await ws.close()
        await ws.wait_closed()
