"""The relay server: the PBX's webhooks in, each call pushed to the right desks, replay on reconnect.

:class:`RelayServer` serves, on one aiohttp server:

* the provider's webhook routes, by the desk listener's rules
  (:class:`~agent_desk.events.intake.WebhookIntake`: a secret always required, the same ways to
  carry it, web pages refused, the same refusals, a request aiohttp cannot parse logged as one
  masked line). Each
  accepted request's events go through one :class:`~agent_desk.events.registry.CallRegistry`
  (duplicates dropped, missed calls derived) and are appended to the :class:`History`
  *before* the PBX gets its 200: what the PBX saw acknowledged is kept (on disk with ``sqlite:``,
  in Redis with ``redis://``). A history that cannot keep them answers 503, so the PBX may retry.
* Connections as the desk's listener has them (:class:`~agent_desk.events.connections.ConnectionGuard`):
  capped per peer and in total below the open-file limit (raised at start), descriptors kept in
  reserve, a connection without a request after 10 s closed; a flood pushes out its own idle
  connections, never a request in progress or a desk's websocket.
* ``GET /desk``: a desk's websocket. The token comes as ``Authorization: Bearer <token>``; an
  unknown or revoked one gets HTTP 401 and nothing else. The query may carry the desk's position,
  ``?epoch=E&offset=O``. The relay first sends ``{"type": "welcome", "epoch", "offset",
  "recovered", "gap"}``: ``recovered`` is true when every event after the position follows;
  ``gap`` (a sentence, else null) says why not: another epoch (the history was lost) or a position
  older than the history. Without a position the desk gets only new events (``recovered`` false,
  ``gap`` null). After a recovery the missed events come marked ``"replay": true`` and are closed
  by ``{"type": "replayed", "offset"}``; then come the live ones, each once and in order, as
  ``{"type": "event", "offset", "event"}`` (see :mod:`agent_desk.relay.wire`), and after every
  quiet ``heartbeat`` seconds ``{"type": "ping", "offset"}`` with the newest offset handed to the
  desks (everything up to it that reaches this desk was sent before), so a quiet desk's position
  moves on too. The desk may send ``{"type": "ping"}``;
  the relay answers ``{"type": "pong"}``. Websocket-level pings every ``heartbeat`` seconds close a
  desk that stopped answering.
* Routing: a desk token sees the events whose caller, callee or extension is its extension; a
  supervisor token sees every event. The relay keeps the connected desks by extension, so a record
  wakes only the desks it reaches. A revoked token's connections are closed (code 4003) within
  one heartbeat; a desk that cannot keep up (more than :data:`MAX_BACKLOG` batches queued) is
  closed with 1013 and catches up from the history when it reconnects.
* ``GET /healthz`` (200 while serving, 503 when the history's feed stopped) and ``GET /metrics``
  (Prometheus text, :mod:`agent_desk.relay.metrics`).
* ``GET /provision``: the desks' provisioning file (``relay.provision_file``; 404 without one), public
  because a desk has no token before it is provisioned; the config refused a file with a secret in it
  (:mod:`agent_desk.provision`).
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
import logging
import time
from typing import TYPE_CHECKING, Any, Self

from aiohttp import WSMsgType, web

from agent_desk import errors
from agent_desk.events.connections import ConnectionGuard, raise_fd_limit
from agent_desk.events.intake import ProtocolLog, Refused, WebhookIntake
from agent_desk.events.registry import CallRegistry
from agent_desk.relay.metrics import CONTENT_TYPE, RelayMetrics
from agent_desk.relay.store import History
from agent_desk.relay.tokens import Grant, TokenBook
from agent_desk.relay.wire import Record, event_to_wire, order, reaches

if TYPE_CHECKING:
    from agent_desk.models import CallEvent
    from agent_desk.providers.base import Provider

log = logging.getLogger(__name__)

TICK = 0.5  # seconds between registry ticks (missed calls are derived with time alone)
MAX_BACKLOG = 2000  # batches queued for one desk before it is closed to catch up from the history
REVOKED = 4003
SHUTDOWN_TIMEOUT = 2.0
MAX_DESK_FRAME = 4096


@dataclasses.dataclass(eq=False, slots=True)
class _Desk:
    grant: Grant
    queue: asyncio.Queue[list[tuple[Record, str]]]
    closing: tuple[int, str] | None = None


class RelayServer:
    """One relay process (see the module doc). ``start()`` binds, ``stop()`` closes everything."""

    def __init__(
        self,
        provider: Provider,
        history: History,
        tokens: TokenBook,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        secret: str,
        heartbeat: float = 15.0,
        provision: bytes | None = None,
    ) -> None:
        self.provider = provider
        self.provision = provision  # the desks' provisioning file (no secret in it), public at /provision
        self.history = history
        self.tokens = tokens
        self.host = host
        self.port = port
        self.heartbeat = heartbeat
        self.intake = WebhookIntake(provider, secret, who="relay")
        if not self.intake.routes:
            raise errors.ConfigError(f"relay.provider: {provider.title} sends no webhook events; the relay needs one")
        self.registry = CallRegistry(None)
        self.metrics = RelayMetrics()
        self._desks: set[_Desk] = set()
        self._by_extension: dict[str, set[_Desk]] = {}  # routing: only the desks an event reaches wake up
        self._supervisors: set[_Desk] = set()
        self._delivered = "0"  # the newest offset handed to the desks' queues
        self._runner: web.AppRunner | None = None
        self.guard: ConnectionGuard | None = None  # made at start, after the open-file limit is raised
        self._tasks: list[asyncio.Task[None]] = []
        self.registration = "off"  # in words, for /healthz (see registration.py)

    @property
    def url(self) -> str:
        host = "127.0.0.1" if self.host in ("0.0.0.0", "::", "") else self.host
        return f"http://{host}:{self.port}"

    @property
    def desks(self) -> int:
        return len(self._desks)

    # ------------------------------------------------------------------ lifecycle
    async def start(self) -> None:
        """Open the history, bind, and start the feed, the registry ticker and the token sweep."""
        await self.history.open()
        raise_fd_limit()
        self.guard = guard = ConnectionGuard(note=lambda reason: self.intake.reasons.note(reason, "relay %s"))
        app = web.Application(middlewares=[guard.middleware])
        app.router.add_get("/desk", self._desk)
        app.router.add_get("/healthz", self._healthz)
        app.router.add_get("/metrics", self._metrics)
        app.router.add_get("/provision", self._provision)
        app.router.add_route("*", "/{tail:.*}", self._hook)
        runner = web.AppRunner(
            app,
            access_log=None,
            handle_signals=False,
            shutdown_timeout=SHUTDOWN_TIMEOUT,
            lingering_time=0,
            auto_decompress=False,
            logger=ProtocolLog(self.intake),
        )
        await runner.setup()
        site = guard.site(runner, self.host, self.port)
        try:
            await site.start()
        except OSError as exc:
            await runner.cleanup()
            await self.history.close()
            raise errors.ConfigError(
                f"relay.listen: cannot listen on {self.host}:{self.port}: {exc.strerror or type(exc).__name__}"
            ) from None
        self._runner = runner
        self.port = runner.addresses[0][1]
        self._tasks = [
            asyncio.create_task(self.history.follow(self._deliver), name="relay-feed"),
            asyncio.create_task(self._tick(), name="relay-tick"),
            asyncio.create_task(self._sweep(), name="relay-sweep"),
        ]
        log.info(
            "relay listening on %s:%s (store %s, epoch %s)", self.host, self.port, self.history.kind, self.history.epoch
        )

    async def stop(self) -> None:
        """Tell every desk the relay is going away, close the server, the history and the token book."""
        for desk in list(self._desks):
            self._close_desk(desk, 1001, "the relay is restarting")
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks = []
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()
        await self.history.close()
        await self.tokens.close()

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    # ------------------------------------------------------------------ webhooks in
    async def _hook(self, request: web.Request) -> web.StreamResponse:
        try:
            events = await self.intake.read(request)
        except Refused as exc:
            self.metrics.webhooks_refused.labels(str(exc.status), self.intake.reason_key(exc)).inc()
            return self.intake.refusal(exc)
        # feed and submit without an await between them: the history keeps the registry's order
        published = [out for event in events for out in self.registry.feed(event)]
        try:
            await self._keep(published)
        except Exception as exc:  # noqa: BLE001 - the history is down: the PBX should try again later
            log.error("the relay could not keep %d events: %s", len(published), exc)
            return web.Response(status=503, text="the relay cannot keep events right now")
        self.metrics.webhooks_accepted.inc()
        return self.intake.ok(len(events))

    async def _keep(self, events: list[CallEvent]) -> None:
        if events:
            await self.history.submit([event_to_wire(event) for event in events])
            self.metrics.events_published.inc(len(events))

    async def _tick(self) -> None:
        while True:
            await asyncio.sleep(TICK)
            try:
                await self._keep(self.registry.tick())
            except Exception:  # a store hiccup must not end the ticker
                log.exception("the relay could not keep the events derived with time")

    # ------------------------------------------------------------------ events out
    def _deliver(self, records: list[Record]) -> None:
        """Hand a batch from the history's feed to the queues of the desks each record reaches."""
        now = time.time()
        batches: dict[_Desk, list[tuple[Record, str]]] = {}
        for record in records:
            if record.accepted:
                self.metrics.store_lag.observe(max(0.0, now - record.accepted))
            frame = json.dumps({"type": "event", "offset": record.offset, "event": record.event}, ensure_ascii=False)
            for desk in self._targets(record.event):
                batches.setdefault(desk, []).append((record, frame))
        if records:
            self._delivered = records[-1].offset
        for desk, batch in batches.items():
            if desk.closing is not None:
                continue
            try:
                desk.queue.put_nowait(batch)
            except asyncio.QueueFull:
                self._close_desk(desk, 1013, "too far behind; reconnect to catch up")

    def _targets(self, event: dict[str, Any]) -> set[_Desk]:
        """The supervisors and the desks of the event's caller, callee and extension."""
        found = set(self._supervisors)
        for key in ("caller", "callee", "extension"):
            value = event.get(key)
            if value and value in self._by_extension:
                found |= self._by_extension[value]
        return found

    def _attach(self, desk: _Desk) -> None:
        self._desks.add(desk)
        if desk.grant.supervisor:
            self._supervisors.add(desk)
        else:
            self._by_extension.setdefault(desk.grant.extension, set()).add(desk)
        self.metrics.desks.inc()

    def _detach(self, desk: _Desk) -> None:
        if desk not in self._desks:
            return
        self._desks.discard(desk)
        self._supervisors.discard(desk)
        same = self._by_extension.get(desk.grant.extension)
        if same is not None:
            same.discard(desk)
            if not same:
                del self._by_extension[desk.grant.extension]
        self.metrics.desks.dec()

    def _close_desk(self, desk: _Desk, code: int, reason: str) -> None:
        if desk.closing is None:
            desk.closing = (code, reason)
            with contextlib.suppress(asyncio.QueueFull):
                desk.queue.put_nowait([])  # wakes its pump

    async def _sweep(self) -> None:
        """Close the connections of revoked tokens, once per heartbeat."""
        while True:
            await asyncio.sleep(self.heartbeat)
            if not self._desks:
                continue
            try:
                valid = {grant.id for grant in await self.tokens.grants()}
            except Exception:  # the book is unreadable for a moment: keep who is connected
                log.exception("the relay could not read its token book")
                continue
            for desk in list(self._desks):
                if desk.grant.id not in valid:
                    self._close_desk(desk, REVOKED, "the desk token was revoked")

    # ------------------------------------------------------------------ desks
    async def _desk(self, request: web.Request) -> web.StreamResponse:
        header = request.headers.get("Authorization", "")
        token = header[7:].strip() if header[:7].lower() == "bearer " else ""
        grant = await self.tokens.check(token) if token else None
        if grant is None:
            self.metrics.desks_refused.inc()
            return web.Response(status=401, text="unknown or revoked desk token")
        ws = web.WebSocketResponse(heartbeat=self.heartbeat, max_msg_size=MAX_DESK_FRAME)
        await ws.prepare(request)
        desk = _Desk(grant, asyncio.Queue(MAX_BACKLOG))
        self._attach(desk)
        try:
            last = await self._welcome(ws, desk, request.query.get("epoch"), request.query.get("offset"))
            await self._pump(ws, desk, last)
        except (ConnectionError, RuntimeError) as exc:  # the desk went away mid-send
            log.debug("desk %s: %s", grant.id, exc)
        finally:
            self._detach(desk)
            if desk.closing is not None and not ws.closed:
                await ws.close(code=desk.closing[0], message=desk.closing[1].encode())
            elif not ws.closed:
                await ws.close()
        return ws

    async def _welcome(self, ws: web.WebSocketResponse, desk: _Desk, epoch: str | None, offset: str | None) -> str:
        """Send the welcome and the missed events; returns the last offset the desk has now seen."""
        head = await self.history.head()
        replay: list[Record] = []
        gap = None
        if offset is None:
            outcome = "new"
        elif epoch != self.history.epoch:
            outcome, gap = "gap", "the relay's history was started again; events in between are lost"
        else:
            found = await self.history.since(offset)
            if found is None:
                outcome, gap = "gap", "the desk was away longer than the relay's history reaches"
            else:
                outcome, replay = "recovered", found
        self.metrics.replays.labels(outcome).inc()
        last = offset if outcome == "recovered" and offset is not None else head
        await ws.send_str(
            json.dumps(
                {
                    "type": "welcome",
                    "epoch": self.history.epoch,
                    "offset": last,
                    "recovered": outcome == "recovered",
                    "gap": gap,
                }
            )
        )
        for record in replay:
            last = record.offset
            if reaches(record.event, desk.grant.extension, desk.grant.supervisor):
                frame = {"type": "event", "offset": record.offset, "event": record.event, "replay": True}
                await ws.send_str(json.dumps(frame, ensure_ascii=False))
                self.metrics.events_sent.inc()
        if outcome == "recovered":
            await ws.send_str(json.dumps({"type": "replayed", "offset": last}))
        return last

    async def _pump(self, ws: web.WebSocketResponse, desk: _Desk, last: str) -> None:
        """Send the desk's live events, and a ping after every quiet heartbeat, until it goes away."""
        reader = asyncio.create_task(self._read(ws))
        reader.add_done_callback(lambda _: self._close_desk(desk, 1000, ""))  # wakes the pump
        after = order(last)
        try:
            while desk.closing is None:
                try:
                    async with asyncio.timeout(self.heartbeat):
                        batch = await desk.queue.get()
                except TimeoutError:
                    if not desk.queue.empty():
                        continue  # a batch came just as the heartbeat ran out: send it first
                    # nothing queued: every record up to _delivered that reaches this desk was sent
                    if order(self._delivered) > after:
                        after, last = order(self._delivered), self._delivered
                    await ws.send_str(json.dumps({"type": "ping", "offset": last}))
                    continue
                for record, frame in batch:
                    key = order(record.offset)
                    if key <= after:
                        continue  # already sent in the replay
                    after, last = key, record.offset
                    await ws.send_str(frame)
                    self.metrics.events_sent.inc()
        finally:
            reader.cancel()
            await asyncio.gather(reader, return_exceptions=True)

    @staticmethod
    async def _read(ws: web.WebSocketResponse) -> None:
        """Answer the desk's pings; return when it closes."""
        async for message in ws:
            if message.type != WSMsgType.TEXT:
                continue
            with contextlib.suppress(ValueError, AttributeError):
                if json.loads(message.data).get("type") == "ping":
                    await ws.send_str('{"type": "pong"}')

    # ------------------------------------------------------------------ health
    async def _healthz(self, request: web.Request) -> web.Response:
        feed = self._tasks[0] if self._tasks else None
        serving = feed is not None and not feed.done()
        body: dict[str, Any] = {
            "ok": serving,
            "store": self.history.kind,
            "epoch": self.history.epoch,
            "desks": len(self._desks),
            "registration": self.registration,
        }
        return web.json_response(body, status=200 if serving else 503)

    async def _provision(self, request: web.Request) -> web.Response:
        """The provisioning file for ``agent-desk --provision https://relay/provision`` (public: a desk
        has no token before it is provisioned, and the relay refused a file holding a secret)."""
        if self.provision is None:
            return web.Response(status=404, text="this relay serves no provisioning file (relay.provision_file)")
        return web.Response(body=self.provision, content_type="application/toml", charset="utf-8")

    async def _metrics(self, request: web.Request) -> web.Response:
        response = web.Response(body=self.metrics.text())
        response.headers["Content-Type"] = CONTENT_TYPE
        return response
