"""What every call-signal stream source shares: one connection at a time, backoff, tokens, sleep.

:class:`StreamSource` is the base of :class:`~agent_desk.events.websocket.WebsocketSource` (the
plain JSON websocket design) and :class:`~agent_desk.events.socketio.SocketioSource` (the Kazoo
"Blackhole" Socket.IO dialect). ``run(emit, on_health)`` keeps one stream open for as long as it
runs; a subclass only opens one connection with a token and serves it until it ends
(:meth:`StreamSource._open_and_serve`), returning an :class:`Ended` that says why and how to go on.

Keeping the stream open
-----------------------
* **One connection at a time.** A single loop opens a connection, serves it until it ends,
  closes it completely and only then opens the next: two connections never overlap.
* **Laptop sleep.** Timers stop while a machine sleeps, so :meth:`StreamSource._watch` compares
  the wall clock with the monotonic clock every ``heartbeat`` seconds: when the wall clock jumped
  ahead by more than a heartbeat, the machine slept, the connection is presumed dead and is
  reopened at once.
* **Tokens.** The connection is renewed proactively ``refresh_margin`` seconds before the
  token's ``expires_at`` (by the wall clock; at most half the token's lifetime before it, and not
  within a second of opening) with a freshly fetched token. A token the server refuses fetches a
  fresh token too: the first time at once, again only after a backoff if the next connection is
  refused as well.
* **Backoff.** Any other end (network loss, refused connection, server restart, 5xx, handshake
  timeout) is retried after an exponential backoff with full jitter: a random delay between 0
  and ``min(backoff_max, backoff_initial × 2^n)``, n counting the failures since the last
  connection that stayed up (open for at least ``heartbeat`` seconds). A proactive renewal or a
  sleep reopen waits for nothing.
* **Errors of the token call.** ``AuthFailed`` (the credentials are wrong: only an admin can fix
  them) reports ``down`` with the sentence and tries again every ``backoff_max`` seconds;
  ``PbxUnreachable`` and other refusals report ``reconnecting`` and back off. A configuration
  error (a missing secret, a provider without the stream, an invalid URL) ends ``run``.
* **Bad frames.** A frame that is not a call event (``BadEvent``) is counted and skipped; each
  distinct reason is logged once. An ``emit`` that raises is logged with its traceback.

Health: ``starting`` → ``up`` ("connected") ↔ ``reconnecting`` ("retrying in 2.5 s: the
connection was lost"); ``down`` while the credentials are refused and, with "stopped", when
``run`` is cancelled. Reconnections that wait for nothing and succeed are not reported. A wait
is reported with its seconds in ``retry_in`` and, when the token call failed, its error.
Texts never contain the stream URL or the token.
"""

from __future__ import annotations

import abc
import asyncio
import dataclasses
import logging
import random
import time
from collections.abc import Awaitable, Callable
from typing import ClassVar

from agent_desk import errors
from agent_desk.events import Condition, Emit, HealthState, OnHealth, SourceHealth
from agent_desk.logmask import cut
from agent_desk.models import CallEvent, Capability
from agent_desk.providers.base import Provider

MIN_TOKEN_USE = 1.0  # a proactive renewal never comes sooner than this after opening
MAX_LOGGED_REASONS = 100  # distinct bad-frame reasons logged (the rest are only counted)


@dataclasses.dataclass(slots=True)
class Ended:
    """Why one connection attempt ended and how to go on."""

    reason: str  # in words, for the status bar
    refresh: bool = False  # fetch a new token before the next attempt
    immediate: bool = False  # reconnect without waiting (proactive renewal, after sleep)
    token_refused: bool = False  # the server refused the token: at once the first time
    credentials: bool = False  # AuthFailed: report down, wait backoff_max
    dead: bool = False  # the peer is gone: cut the connection instead of closing it politely
    stayed_up: bool = False  # the connection was open long enough to reset the backoff
    error: errors.AgentDeskError | None = None  # the token call's error, when that is what ended it


def seconds_text(value: float) -> str:
    return f"{value:.0f}" if value >= 10 else f"{value:.1f}" if value >= 1 else f"{value:.2f}"


class StreamSource(abc.ABC):
    """An event source that keeps one token-authenticated stream open (see the module doc)."""

    name = "websocket"  # it becomes CallEvent.source and SourceHealth.source
    label: ClassVar[str] = "stream"  # the log lines' prefix
    opening: ClassVar[str] = "opening the call-signal stream"  # the "starting" health detail
    log: ClassVar[logging.Logger]

    def __init__(
        self,
        provider: Provider,
        *,
        backoff_initial: float = 0.5,
        backoff_max: float = 30.0,
        heartbeat: float = 20.0,
        refresh_margin: float = 60.0,
        rng: random.Random | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
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
        self._health: SourceHealth | None = None
        self._opened_at: float | None = None  # monotonic time the current connection opened

    @abc.abstractmethod
    async def _open_and_serve(self, token: str, expires_at: float | None, emit: Emit, on_health: OnHealth) -> Ended:
        """Open one connection with ``token``, serve it until it ends, close it completely.

        Calls :meth:`_connected` once events can arrive on the connection; never raises a transient error.
        """

    # ------------------------------------------------------------------ the loop
    async def run(self, emit: Emit, on_health: OnHealth) -> None:
        """Keep the stream open and emit its events until cancelled (see the module doc)."""
        self._check_supported()
        self._report(on_health, HealthState.STARTING, self.opening)
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
                    self.log.info("%s: reconnecting at once: %s", self.label, ended.reason)
                    continue
                if ended.credentials:
                    delay, state = self.backoff_max, HealthState.DOWN
                else:
                    delay, state = self._backoff(failures), HealthState.RECONNECTING
                failures += 1
                self.log.info("%s: retrying in %.2f s: %s", self.label, delay, ended.reason)
                detail = f"retrying in {seconds_text(delay)} s: {ended.reason}"
                self._report(on_health, state, detail, retry_in=delay, error=ended.error)
                await asyncio.sleep(delay)
        finally:
            self._report(on_health, HealthState.DOWN, "stopped")

    def _check_supported(self) -> None:
        """Raise the configuration error that makes this source impossible for the profile."""
        if not self.provider.supports(Capability.WEBSOCKET_EVENTS):
            raise self.provider.unsupported(Capability.WEBSOCKET_EVENTS)

    async def _token(self, refresh: bool) -> tuple[str, float | None]:
        """The token to open the next connection with, and when it expires (None: unknown)."""
        return await self.provider.event_stream_token(refresh=refresh)

    def _backoff(self, failures: int) -> float:
        """Full jitter: uniform between 0 and the capped exponential delay."""
        return self.rng.uniform(0.0, min(self.backoff_max, self.backoff_initial * 2 ** min(failures, 32)))

    def _report(
        self,
        on_health: OnHealth,
        state: HealthState,
        detail: str,
        condition: Condition | None = None,
        *,
        retry_in: float | None = None,
        error: errors.AgentDeskError | None = None,
    ) -> None:
        """Tell ``on_health`` of this health unless it is the one told last."""
        health = SourceHealth(self.name, state, detail, condition, retry_in=retry_in, error=error)
        if self._health != health:
            self._health = health
            on_health(health)

    async def _attempt(self, emit: Emit, on_health: OnHealth, refresh: bool) -> Ended:
        """Get a token, open the stream and serve it until it ends; never raises a transient error."""
        try:
            token, expires_at = await self._token(refresh)
        except errors.AuthFailed as exc:
            return Ended(str(exc), refresh=True, credentials=True, error=exc)
        except (errors.PbxUnreachable, errors.PbxRefused) as exc:
            return Ended(str(exc), refresh=True, error=exc)
        self._opened_at = None
        ended = await self._open_and_serve(token, expires_at, emit, on_health)
        ended.stayed_up = self._stayed_up()
        return ended

    def _stayed_up(self) -> bool:
        """Whether the connection that just ended had been open (``_connected``) for a heartbeat."""
        return self._opened_at is not None and time.monotonic() - self._opened_at >= self.heartbeat

    def _connected(self, on_health: OnHealth, detail: str = "connected") -> None:
        """A connection is open and events can arrive on it (called by the subclass)."""
        self.connections += 1
        self._opened_at = time.monotonic()
        self._report(on_health, HealthState.UP, detail)

    # ------------------------------------------------------------------ frames
    def _handle(self, parse: Callable[[], list[CallEvent]], emit: Emit) -> None:
        """Parse one frame with ``parse()`` and emit its events; a BadEvent is counted and skipped."""
        self.frames += 1
        try:
            events = parse()
        except errors.BadEvent as exc:
            self.bad_frames += 1
            reason = cut(str(exc))
            if reason not in self._logged and len(self._logged) < MAX_LOGGED_REASONS:
                self._logged.add(reason)
                self.log.warning("%s: skipped a frame that is not a call event: %s", self.label, reason)
            return
        for event in events:
            self.events += 1
            try:
                emit(event)
            except Exception:  # a subscriber's bug must not cut the stream
                self.log.exception("publishing a %s event failed", self.label)

    # ------------------------------------------------------------------ keeping one connection
    async def _watch(self, expires_at: float | None, beat: Callable[[], Awaitable[bool]] | None = None) -> Ended | None:
        """Every heartbeat: notice sleep, renew the token in time, call ``beat()`` (False: the
        connection closed, return None)."""
        wall, mono = self.clock(), time.monotonic()
        renew_at = self._renewal_time(expires_at, wall)
        while True:
            wait = self.heartbeat if renew_at is None else min(self.heartbeat, max(0.0, renew_at - wall))
            await asyncio.sleep(wait)
            now_wall, now_mono = self.clock(), time.monotonic()
            if (now_wall - wall) - (now_mono - mono) > self.heartbeat:
                return Ended("the computer was asleep", immediate=True, dead=True)
            wall, mono = now_wall, now_mono
            if renew_at is not None and wall >= renew_at:
                return Ended("the stream token is about to expire", refresh=True, immediate=True)
            if beat is not None and not await beat():
                return None

    def _renewal_time(self, expires_at: float | None, now: float) -> float | None:
        """When to reopen with a fresh token; None when unknown or already past by our clock."""
        if expires_at is None or expires_at <= now:
            return None
        margin = min(self.refresh_margin, (expires_at - now) / 2)
        return max(expires_at - margin, now + MIN_TOKEN_USE)
