"""The company's relay as an event source (``events = "relay"``): one websocket the desk opens.

``RelaySource(provider, relay_url, token, position_file)`` keeps one connection to
``<relay_url>/desk`` (``http`` becomes ``ws``, ``https`` ``wss``) with ``Authorization: Bearer
<relay_token>``, and emits the events the relay routes to this desk (see
:mod:`agent_desk.relay.server` for the protocol). Backoff with full jitter capped at 30 s, sleep
detection and heartbeats are :class:`~agent_desk.events.stream.StreamSource`'s; this module adds:

* **Exactly once.** Every connection asks for the events after the last offset the desk saw
  (``?epoch=E&offset=O``); an event whose offset is not past that position is dropped, so a
  reconnect never pops a call twice, and one published while the desk was away arrives once.
  Events the relay replays carry ``raw["replayed"] = True``; they are held until the relay says
  the replay is complete, and those of calls that ended meanwhile (a hangup, missed or CDR among
  them) also carry ``raw["call_ended"] = True``, so the desk journals them without popping them.
  The position moves only as events are emitted: a connection lost mid-replay replays again.
* **Position.** Saved after every event and every ping in ``position_file`` (the profile's
  ``relay-<profile>.json`` in the data directory) with the relay's URL; a desk started for the
  first time (or pointed at another relay) gets only new events, a restarted one resumes.
* **Gaps.** When the relay's welcome says its history no longer reaches back (another epoch, or a
  position older than its history), the source reports ``up`` with that sentence and the condition
  :attr:`~agent_desk.events.Condition.GAP`, and logs it; :attr:`RelaySource.gaps` counts them.
* **Liveness.** While the relay cannot be reached, health is ``reconnecting`` for at most
  :data:`DEAD_AFTER` seconds after the last frame (or the start), then ``down`` ("no contact with
  the relay for 20 s", :attr:`~agent_desk.events.Condition.NO_CONTACT`) while the retries go on, so
  the status bar turns red within 30 s of the path dying. A frame or a new connection makes it
  ``up`` again.
* **TLS.** A ``wss://`` relay (``https://`` in ``relay_url``) is checked against the OS trust store
  (:mod:`agent_desk.tls`, the profile's ``ca_file`` and ``verify_tls``); a certificate problem is
  said in words and retried like any other failure.
* **Refused token.** HTTP 401 on the handshake, or a close with code 4003 (revoked), ends ``run``
  with :class:`~agent_desk.errors.RelayTokenRefused` (``agent-desk events`` exits 3): retrying with the
  same token cannot help.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import os
import time
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import urlencode, urlsplit, urlunsplit

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus, InvalidURI

from agent_desk import errors, tls
from agent_desk.events import Condition, Emit, HealthState, OnHealth
from agent_desk.events.stream import Ended, StreamSource
from agent_desk.events.websocket import TURN_BUDGET_S, Silence, first_ending, not_opened
from agent_desk.models import CallEvent
from agent_desk.providers.base import Provider
from agent_desk.relay.wire import event_from_wire, order

log = logging.getLogger(__name__)

OPEN_TIMEOUT = 10.0
CLOSE_TIMEOUT = 2.0
MAX_FRAME = 1024 * 1024
REVOKED = 4003
DEAD_AFTER = 20.0  # seconds without contact before "reconnecting" becomes "down"
_CLIENT_PING = '{"type": "ping"}'


def desk_url(relay_url: str) -> str:
    """``https://relay.example.vn/base`` → ``wss://relay.example.vn/base/desk``."""
    parts = urlsplit(relay_url)
    scheme = {"http": "ws", "https": "wss"}.get(parts.scheme, parts.scheme)
    return urlunsplit((scheme, parts.netloc, parts.path.rstrip("/") + "/desk", "", ""))


class RelaySource(StreamSource):
    """Event source for ``events = "relay"`` (see the module doc)."""

    name = "relay"
    label = "relay"
    opening: ClassVar[str] = "connecting to the relay"
    log = log

    def __init__(
        self,
        provider: Provider,
        relay_url: str,
        token: str | None,
        position_file: Path | None,
        **options: Any,
    ) -> None:
        options.setdefault("heartbeat", 10.0)
        super().__init__(provider, **options)
        self.relay_url = relay_url
        self.token = token
        self.position_file = position_file
        self.epoch: str | None = None
        self.offset: str | None = None
        self.gaps = 0
        self._replay: list[tuple[str, CallEvent]] | None = None  # held until "replayed"
        self.dead_after = DEAD_AFTER
        self.last_contact = time.monotonic()  # the last frame, connection or start
        self._dead_timer: asyncio.TimerHandle | None = None
        self._load_position()

    # ------------------------------------------------------------------ position
    def _load_position(self) -> None:
        if self.position_file is None:
            return
        try:
            data = json.loads(self.position_file.read_text(encoding="utf-8"))
            if data.get("relay_url") == self.relay_url:
                epoch, offset = data.get("epoch"), data.get("offset")
                if isinstance(epoch, str) and isinstance(offset, str):
                    order(offset)  # a position that is no offset is ignored
                    self.epoch, self.offset = epoch, offset
        except FileNotFoundError:
            pass
        except (OSError, ValueError, AttributeError) as exc:
            log.warning("relay: the saved position could not be read (%s); starting with new events", exc)

    def _save_position(self) -> None:
        if self.position_file is None or self.epoch is None or self.offset is None:
            return
        data = json.dumps({"relay_url": self.relay_url, "epoch": self.epoch, "offset": self.offset})
        tmp = self.position_file.with_suffix(".tmp")
        try:
            self.position_file.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(data, encoding="utf-8")
            os.replace(tmp, self.position_file)
        except OSError as exc:
            log.warning("relay: the position could not be saved (%s)", exc.strerror or exc)

    def _advance(self, offset: str) -> bool:
        """Move the position to ``offset``; False when it is not past the current one (a repeat)."""
        if self.offset is not None and order(offset) <= order(self.offset):
            return False
        self.offset = offset
        return True

    # ------------------------------------------------------------------ liveness
    def _report(
        self, on_health: OnHealth, state: HealthState, detail: str, condition: Condition | None = None, **fields: Any
    ) -> None:
        """As the base class (``fields``: its ``retry_in`` and ``error``), but "reconnecting" turns
        "down" (:attr:`Condition.NO_CONTACT`) once the relay was silent too long."""
        if self._dead_timer is not None:
            self._dead_timer.cancel()
            self._dead_timer = None
        if state == HealthState.RECONNECTING:
            silent = time.monotonic() - self.last_contact
            if silent >= self.dead_after:
                state, detail = HealthState.DOWN, f"no contact with the relay for {silent:.0f} s; {detail}"
                condition = Condition.NO_CONTACT
            else:
                later = functools.partial(self._report, on_health, state, detail, **fields)
                self._dead_timer = asyncio.get_running_loop().call_later(self.dead_after - silent, later)
        super()._report(on_health, state, detail, condition, **fields)

    async def run(self, emit: Emit, on_health: OnHealth) -> None:
        self.last_contact = time.monotonic()
        try:
            await super().run(emit, on_health)
        finally:
            if self._dead_timer is not None:
                self._dead_timer.cancel()
                self._dead_timer = None

    # ------------------------------------------------------------------ the stream
    def _check_supported(self) -> None:
        if not self.token:
            raise errors.SecretMissing(self.provider.profile.name, "relay_token")

    async def _token(self, refresh: bool) -> tuple[str, float | None]:
        assert self.token is not None
        return self.token, None

    def _url(self) -> str:
        url = desk_url(self.relay_url)
        if self.epoch is not None and self.offset is not None:
            url += "?" + urlencode({"epoch": self.epoch, "offset": self.offset})
        return url

    async def _open_and_serve(self, token: str, expires_at: float | None, emit: Emit, on_health: OnHealth) -> Ended:
        url = self._url()
        try:
            ws = await connect(
                url,
                additional_headers={"Authorization": f"Bearer {token}"},
                ssl=tls.client_context(self.provider.profile) if url.lower().startswith("wss:") else None,
                open_timeout=OPEN_TIMEOUT,
                ping_interval=self.heartbeat,
                ping_timeout=self.heartbeat,
                close_timeout=CLOSE_TIMEOUT,
                max_size=MAX_FRAME,
            )
        except InvalidURI:
            raise errors.ConfigError(
                f"profile '{self.provider.profile.name}': relay_url is not an address the desk can connect to"
            ) from None
        except InvalidStatus as exc:
            status = exc.response.status_code
            if status == 401:
                raise errors.RelayTokenRefused() from None
            return Ended(f"the relay answered HTTP {status} instead of opening the connection")
        except (OSError, InvalidHandshake) as exc:
            return not_opened(
                exc,
                url,
                late="the relay did not answer in time",
                refused="connection refused (is the relay running?)",
                failed="cannot reach the relay",
            )
        return await self._serve(ws, emit, on_health)

    async def _serve(self, ws: ClientConnection, emit: Emit, on_health: OnHealth) -> Ended:
        silence = Silence(2 * self.heartbeat, "nothing from the relay")
        reader = asyncio.create_task(self._read(ws, emit, on_health, silence))
        keeper = asyncio.create_task(self._keep(ws))
        ended: Ended | None = None
        try:
            ended = await first_ending(reader, keeper, silence)
        finally:
            silence.cancel()
            for task in (reader, keeper):
                task.cancel()
            await asyncio.gather(reader, keeper, return_exceptions=True)
            if ended is None or ended.dead:
                ws.transport.abort()
            else:
                await ws.close()
            await ws.wait_closed()
            self._save_position()
        return ended

    async def _keep(self, ws: ClientConnection) -> Ended | None:
        async def ping() -> bool:
            try:
                await ws.send(_CLIENT_PING)
            except ConnectionClosed:
                return False
            return True

        return await self._watch(None, ping)

    async def _read(self, ws: ClientConnection, emit: Emit, on_health: OnHealth, silence: Silence) -> Ended:
        """Read and handle frames until the connection ends, giving the loop a turn as the websocket
        source does (a replay after a reconnect comes as one burst of frames)."""
        turn = time.monotonic()
        while True:
            try:
                data = await ws.recv()
            except ConnectionClosed as exc:
                return self._closed(exc)
            silence.heard()
            self.last_contact = time.monotonic()
            self._frame(data, emit, on_health)
            if self.last_contact - turn >= TURN_BUDGET_S:
                await asyncio.sleep(0)
                turn = time.monotonic()

    def _frame(self, data: str | bytes, emit: Emit, on_health: OnHealth) -> None:
        self.frames += 1
        try:
            frame = json.loads(data)
            kind = frame.get("type")
        except (ValueError, AttributeError):
            self._bad("a frame that is not a JSON object")
            return
        if kind == "welcome":
            self._welcome(frame, on_health)
        elif kind == "event":
            self._event(frame, emit)
        elif kind == "replayed":
            self._replayed(emit)
        elif kind == "ping" and isinstance(frame.get("offset"), str):
            try:
                if self._advance(frame["offset"]):
                    self._save_position()
            except ValueError:
                self._bad("a ping whose offset is not one")
        elif kind not in ("ping", "pong"):
            self._bad(f"a frame of unknown type {str(kind)[:40]!r}")

    def _welcome(self, frame: dict[str, Any], on_health: OnHealth) -> None:
        epoch, offset = frame.get("epoch"), frame.get("offset")
        if not isinstance(epoch, str) or not isinstance(offset, str):
            self._bad("a welcome without epoch and offset")
            return
        if not frame.get("recovered"):
            self.epoch, self.offset = epoch, offset  # new desk or gap: continue from the relay's head
        self._replay = [] if frame.get("recovered") else None
        self._connected(on_health)
        gap = frame.get("gap")
        if gap:
            self.gaps += 1
            log.warning("relay: events may be missing: %s", gap)
            self._report(on_health, HealthState.UP, f"connected; events may be missing: {gap}", Condition.GAP)
        self._save_position()

    def _event(self, frame: dict[str, Any], emit: Emit) -> None:
        offset = frame.get("offset")
        try:
            if not isinstance(offset, str) or not self._is_new(offset):
                return
            event = event_from_wire(frame.get("event"))
        except ValueError as exc:
            self._bad(str(exc))
            return
        if frame.get("replay") and self._replay is not None:
            event.raw["replayed"] = True
            self._replay.append((offset, event))
            return
        self._emit(offset, event, emit)

    def _is_new(self, offset: str) -> bool:
        """Whether ``offset`` is past the position and past every replayed event held."""
        newest = self._replay[-1][0] if self._replay else self.offset
        return newest is None or order(offset) > order(newest)

    def _replayed(self, emit: Emit) -> None:
        """The replay is complete: emit it, marking the events of calls that ended meanwhile."""
        held, self._replay = self._replay or [], None
        ended = {
            key
            for _, event in held
            if event.state in ("hangup", "missed", "cdr")
            for key in (event.call_id, event.flow_id)
        }
        ended.discard(None)
        for offset, event in held:
            if event.call_id in ended or (event.flow_id and event.flow_id in ended):
                event.raw["call_ended"] = True
            self._emit(offset, event, emit)

    def _emit(self, offset: str, event: CallEvent, emit: Emit) -> None:
        self._advance(offset)
        self._save_position()
        self.events += 1
        try:
            emit(event)
        except Exception:  # a subscriber's bug must not cut the stream
            log.exception("publishing a relay event failed")

    def _bad(self, reason: str) -> None:
        self.bad_frames += 1
        if reason not in self._logged and len(self._logged) < 100:
            self._logged.add(reason)
            log.warning("relay: skipped %s", reason)

    @staticmethod
    def _closed(exc: ConnectionClosed) -> Ended:
        received = exc.rcvd
        if received is not None and received.code == REVOKED:
            raise errors.RelayTokenRefused()
        if received is None:
            return Ended("the connection to the relay was lost", dead=True)
        if received.code == 1001:
            return Ended("the relay is restarting")
        why = f": {received.reason}" if received.reason else ""
        return Ended(f"the relay closed the connection (code {received.code}{why})")
