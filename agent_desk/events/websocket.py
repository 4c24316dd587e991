"""The call-signal websocket as an event source (``events = "websocket"``; oapi).

``WebsocketSource(provider).run(emit, on_health)`` keeps one stream open for as long as it runs:
it asks the provider for the stream token (``event_stream_token()``), opens
``provider.stream_url(token)`` and turns every frame into events with ``provider.parse_frame()``.
A frame that is not a call event (``BadEvent``) is counted and skipped; each distinct reason is
logged once. An ``emit`` that raises is logged with its traceback; the stream goes on.

Keeping the stream open
-----------------------
* **One connection at a time.** A single loop opens a connection, serves it until it ends,
  closes it completely and only then opens the next: two connections never overlap.
* **Heartbeat.** websockets' own keepalive pings every ``heartbeat`` seconds and gives up when no
  pong comes within ``heartbeat``. The source also sends the design's ``{"type": "ping"}`` every
  ``heartbeat`` seconds, so a live server always has something to answer; a connection that
  delivers nothing at all for ``2 × heartbeat`` is treated as dead and reopened. The server's own
  ``{"type": "ping"}`` frames are simply read (they parse to no event).
* **Laptop sleep.** Timers stop while a machine sleeps, so the source compares the wall clock
  with the monotonic clock at each heartbeat: when the wall clock jumped ahead by more than a
  heartbeat, the machine slept, the connection is presumed dead and is reopened at once.
* **Tokens.** The connection is renewed proactively ``refresh_margin`` seconds before the
  token's ``expires_at`` (by the wall clock; at most half the token's lifetime before it, and not
  within a second of opening) with a freshly fetched token. A close with code 4001 (token
  expired) or a 401 answer to the handshake fetches a fresh token too: the first time at once,
  again only after a backoff if the next connection is refused as well.
* **Backoff.** Any other end (network loss, refused connection, server restart, another close
  code, 5xx, handshake timeout) is retried after an exponential backoff with full jitter: a
  random delay between 0 and ``min(backoff_max, backoff_initial × 2^n)``, n counting the
  failures since the last connection that stayed up (open for at least ``heartbeat`` seconds).
  A proactive renewal or a sleep reopen waits for nothing.
* **Errors of the token call.** ``AuthFailed`` (the credentials are wrong: only an admin can fix
  them) reports ``down`` with the sentence and tries again every ``backoff_max`` seconds;
  ``PbxUnreachable`` and other refusals report ``reconnecting`` and back off. A configuration
  error (a missing secret, a provider without the stream, an invalid URL) ends ``run``.

Health: ``starting`` → ``up`` ("connected") ↔ ``reconnecting`` ("retrying in 2.5 s: the
connection was lost"); ``down`` while the credentials are refused and, with "stopped", when
``run`` is cancelled. Reconnections that wait for nothing and succeed are not reported.
Texts never contain the stream URL: it carries the token.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import random
import time
from collections.abc import Callable

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus, InvalidURI

from agent_desk import errors
from agent_desk.events import Emit, OnHealth, SourceHealth
from agent_desk.models import Capability
from agent_desk.providers.base import Provider

log = logging.getLogger(__name__)

TOKEN_EXPIRED = 4001  # close code of the design: the stream's token ran out
OPEN_TIMEOUT = 10.0  # seconds for the TCP connect and the opening handshake
CLOSE_TIMEOUT = 2.0  # seconds to wait for the server's close frame before cutting the connection
MIN_TOKEN_USE = 1.0  # a proactive renewal never comes sooner than this after opening
MAX_LOGGED_REASONS = 100  # distinct bad-frame reasons logged (the rest are only counted)
_CLIENT_PING = '{"type": "ping"}'


@dataclasses.dataclass(slots=True)
class _Ended:
    """Why one connection attempt ended and how to go on."""

    reason: str  # in words, for the status bar
    refresh: bool = False  # fetch a new token before the next attempt
    immediate: bool = False  # reconnect without waiting (proactive renewal, after sleep)
    token_refused: bool = False  # 401 at the handshake or close 4001: at once the first time
    credentials: bool = False  # AuthFailed: report down, wait backoff_max
    dead: bool = False  # the peer is gone: cut the connection instead of closing it politely
    stayed_up: bool = False  # the connection was open long enough to reset the backoff


def _seconds(value: float) -> str:
    return f"{value:.0f}" if value >= 10 else f"{value:.1f}" if value >= 1 else f"{value:.2f}"


class WebsocketSource:
    """Event source for a provider with a call-signal websocket (see the module doc)."""

    name = "websocket"

    def __init__(self, provider: Provider, *, backoff_initial: float = 0.5, backoff_max: float = 30.0,
                 heartbeat: float = 20.0, refresh_margin: float = 60.0, rng: random.Random | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self.provider = provider
        self.backoff_initial = backoff_initial
        self.backoff_max = backoff_max
        self.heartbeat = heartbeat
        self.refresh_margin = refresh_margin
        self.rng = rng or random.Random()
        self.clock = clock  # the wall clock that token expiry times are compared with
        self.connections = 0  # connections opened so far
        self.frames = 0  # frames read
        self.events = 0  # events emitted
        self.bad_frames = 0  # frames skipped as not call events
        self._logged: set[str] = set()
        self._health: tuple[str, str] | None = None

    # ------------------------------------------------------------------ the loop
    async def run(self, emit: Emit, on_health: OnHealth) -> None:
        """Keep the stream open and emit its events until cancelled (see the module doc)."""
        if not self.provider.supports(Capability.WEBSOCKET_EVENTS):
            raise self.provider.unsupported(Capability.WEBSOCKET_EVENTS)
        self._report(on_health, "starting", "opening the call-signal stream")
        failures = refusals = 0
        refresh = False
        try:
            while True:
                ended = await self._attempt(emit, on_health, refresh)
                refresh = ended.refresh
                if ended.stayed_up:
                    failures = refusals = 0
                refusals = refusals + 1 if ended.token_refused else 0
                if ended.immediate or refusals == 1:
                    log.info("websocket stream: reconnecting at once: %s", ended.reason)
                    continue
                if ended.credentials:
                    delay, state = self.backoff_max, "down"
                else:
                    delay, state = self._backoff(failures), "reconnecting"
                failures += 1
                log.info("websocket stream: retrying in %.2f s: %s", delay, ended.reason)
                self._report(on_health, state, f"retrying in {_seconds(delay)} s: {ended.reason}")
                await asyncio.sleep(delay)
        finally:
            self._report(on_health, "down", "stopped")

    def _backoff(self, failures: int) -> float:
        """Full jitter: uniform between 0 and the capped exponential delay."""
        return self.rng.uniform(0.0, min(self.backoff_max, self.backoff_initial * 2 ** min(failures, 32)))

    def _report(self, on_health: OnHealth, state: str, detail: str) -> None:
        if self._health != (state, detail):
            self._health = (state, detail)
            on_health(SourceHealth(self.name, state, detail))

    async def _attempt(self, emit: Emit, on_health: OnHealth, refresh: bool) -> _Ended:
        """Get a token, open the stream and serve it until it ends; never raises a transient error."""
        try:
            token, expires_at = await self.provider.event_stream_token(refresh=refresh)
        except errors.AuthFailed as exc:
            return _Ended(str(exc), refresh=True, credentials=True)
        except (errors.PbxUnreachable, errors.PbxRefused) as exc:
            return _Ended(str(exc), refresh=True)
        try:
            ws = await connect(self.provider.stream_url(token), open_timeout=OPEN_TIMEOUT,
                               ping_interval=self.heartbeat, ping_timeout=self.heartbeat,
                               close_timeout=CLOSE_TIMEOUT)
        except InvalidURI:
            raise errors.ConfigError(
                f"profile '{self.provider.profile.name}': the call-signal stream URL is not a websocket "
                "URL; check ws_url and base_url") from None
        except InvalidStatus as exc:
            status = exc.response.status_code
            if status == 401:
                return _Ended("the server refused the stream token", refresh=True, token_refused=True)
            return _Ended(f"the server answered HTTP {status} instead of opening the stream")
        except TimeoutError:
            return _Ended("the server did not open the stream in time")
        except ConnectionRefusedError:
            return _Ended("connection refused")
        except (OSError, InvalidHandshake) as exc:
            detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            return _Ended(f"cannot open the stream ({detail})")
        return await self._serve(ws, emit, on_health, expires_at)

    # ------------------------------------------------------------------ one connection
    async def _serve(self, ws: ClientConnection, emit: Emit, on_health: OnHealth,
                     expires_at: float | None) -> _Ended:
        self.connections += 1
        opened = time.monotonic()
        self._report(on_health, "up", "connected")
        reader = asyncio.create_task(self._read(ws, emit))
        keeper = asyncio.create_task(self._keep(ws, expires_at))
        ended: _Ended | None = None
        try:
            await asyncio.wait((reader, keeper), return_when=asyncio.FIRST_COMPLETED)
            ended = reader.result() if reader.done() else keeper.result() or await reader
        finally:
            for task in (reader, keeper):
                task.cancel()
            await asyncio.gather(reader, keeper, return_exceptions=True)
            await self._discard(ws, cut=ended is None or ended.dead)
        ended.stayed_up = time.monotonic() - opened >= self.heartbeat
        return ended

    async def _read(self, ws: ClientConnection, emit: Emit) -> _Ended:
        """Read frames until the connection ends or stays silent for two heartbeats."""
        silence = 2 * self.heartbeat
        while True:
            try:
                async with asyncio.timeout(silence):
                    data = await ws.recv()
            except TimeoutError:
                return _Ended(f"no data from the server for {silence:g} s", dead=True)
            except ConnectionClosed as exc:
                return self._closed(exc)
            self._handle(data, emit)

    def _handle(self, data: str | bytes, emit: Emit) -> None:
        self.frames += 1
        try:
            events = self.provider.parse_frame(data)
        except errors.BadEvent as exc:
            self.bad_frames += 1
            reason = str(exc)
            if reason not in self._logged and len(self._logged) < MAX_LOGGED_REASONS:
                self._logged.add(reason)
                log.warning("websocket stream: skipped a frame that is not a call event: %s", reason)
            return
        for event in events:
            self.events += 1
            try:
                emit(event)
            except Exception:  # a subscriber's bug must not cut the stream
                log.exception("publishing a websocket event failed")

    async def _keep(self, ws: ClientConnection, expires_at: float | None) -> _Ended | None:
        """Send the heartbeat; end for a token renewal or after sleep. None: the connection closed."""
        wall, mono = self.clock(), time.monotonic()
        renew_at = self._renewal_time(expires_at, wall)
        while True:
            wait = self.heartbeat if renew_at is None else min(self.heartbeat, max(0.0, renew_at - wall))
            await asyncio.sleep(wait)
            now_wall, now_mono = self.clock(), time.monotonic()
            if (now_wall - wall) - (now_mono - mono) > self.heartbeat:
                return _Ended("the computer was asleep", immediate=True, dead=True)
            wall, mono = now_wall, now_mono
            if renew_at is not None and wall >= renew_at:
                return _Ended("the stream token is about to expire", refresh=True, immediate=True)
            try:
                await ws.send(_CLIENT_PING)
            except ConnectionClosed:
                return None

    def _renewal_time(self, expires_at: float | None, now: float) -> float | None:
        """When to reopen with a fresh token; None when unknown or already past by our clock."""
        if expires_at is None or expires_at <= now:
            return None
        margin = min(self.refresh_margin, (expires_at - now) / 2)
        return max(expires_at - margin, now + MIN_TOKEN_USE)

    @staticmethod
    def _closed(exc: ConnectionClosed) -> _Ended:
        """Words and next step for a connection that closed."""
        sent, received = exc.sent, exc.rcvd
        if sent is not None and sent.code == 1011 and "keepalive" in sent.reason:
            return _Ended("the server stopped answering heartbeats", dead=True)
        if received is None:
            return _Ended("the connection was lost", dead=True)
        if received.code == TOKEN_EXPIRED:
            return _Ended("the stream token expired", refresh=True, token_refused=True)
        if received.code == 1001:
            return _Ended("the server is restarting")
        why = f": {received.reason}" if received.reason else ""
        return _Ended(f"the server closed the stream (code {received.code}{why})")

    @staticmethod
    async def _discard(ws: ClientConnection, *, cut: bool) -> None:
        """Close the connection completely (cut: without waiting for a dead peer's close frame)."""
        if cut:
            ws.transport.abort()
        else:
            await ws.close()
        await ws.wait_closed()
