"""``make bench`` (``python -m tests.bench``): call-event ingestion latency and throughput, JSON out.

Two processes on loopback, like the PBX and the agent's computer:

* the **sender** (this module with ``--sender``, started by the bench) plays the PBX: a real
  :class:`~agent_desk.sim.server.Simulator` (oapi and tel4vn dialects: it issues the stream
  tokens and builds the payloads with its own ``frame()`` and ``hook_data()``) plus a small
  server that sends TEL4VN webhook POSTs and oapi websocket frames on a schedule, each stamped
  with ``time.monotonic()`` just before it leaves;
* the **receiver** (this process) is the app: the real ``WebhookListener`` and
  ``WebsocketSource`` feeding the real ``EventPipeline`` (one ``CallRegistry``); an event
  arrives when the pipeline publishes it to its subscriber. Both processes read the same
  system-wide ``CLOCK_MONOTONIC``, so ``arrival - sent`` is the event's latency.

Baselines, measured in the same run with the same schedules and payloads: a bare aiohttp handler
that only reads the POST body (raw HTTP) and a bare websockets client that only receives the
frames (raw websocket). Every time figure carries its ratio to the matching baseline.

Figures (see README.md): latency p50/p99/max per source at 1, 50 and 500 events/s, and
sustained events per second per source with the count of events lost. Then, each in a fresh
process: the pop latency through the real Session and PopManager (:mod:`tests.bench.pops`), cold
start and memory against a bare PySide6 window (:mod:`tests.bench.startup`), and the event loop's
worst stall during a held sync click-to-call (:mod:`tests.bench.stall`), the supervisor console
(:mod:`tests.bench.console`), the relay with 500 desks (:mod:`tests.bench.relay`) and an agent's
desk through a shift of 600 calls (:mod:`tests.bench.shift`). The parts run in turn (:data:`PARTS`),
each said on stderr as it starts and ends; the JSON is written after every part, a part that raises
is named with its error (``failed``) while the others still run, and the exit status is then 1.
Options: ``--quick`` (small counts, checks the harness), ``--full`` (1,000 events and 1,000 calls at
1 event/s too: about 2 hours), ``--parts a,b``, ``--shift-calls N``, ``--out DIR``, ``--hog CPU``
(the stall and console parts with that core kept busy).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import functools
import json
import logging
import os
import platform
import secrets
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import aiohttp
from aiohttp import WSMsgType, web
from websockets.asyncio.client import connect

from tests.bench.hog import hog
from tests.bench.stats import percentile
from tests.helpers import until

if TYPE_CHECKING:
    from agent_desk.models import CallEvent

ROOT = Path(__file__).resolve().parents[2]
RESULTS = Path(__file__).resolve().parent / "results"
PLACEHOLDER = "CALLIDPLACEHOLDER"
CUSTOMER = "0901234567"
STATES = ("ringing", "answered", "hangup")
SERVER_PING = 15.0  # the simulator dialect's heartbeat period
WEBHOOK_WORKERS = 8  # concurrent keep-alive connections of the throughput sender
SETTLE = 3.0  # an event still missing after this many seconds without any arrival is lost
POLL = 0.02  # seconds between two looks at the arrival counts while settling
MAX_POLL_GAP = 0.1  # the most one poll adds to the quiet time, however long the loop stalled
STALL_PERIOD = 0.01  # seconds between two wake-ups of the loop-stall probe during a throughput blast

#: (events at 1/s, events at 50/s and 500/s, seconds of each throughput blast)
MODES = {"quick": (9, 150, 0.5), "default": (90, 1002, 3.0), "full": (1002, 1002, 3.0)}
STARTUP_RUNS = {"quick": 2, "default": 5, "full": 10}  # cold starts of each window (tests/bench/startup.py)
STALL_HOLD_S = {"quick": 3.0, "default": 30.0, "full": 30.0}  # the PBX holds the sync click-to-call this long

METHOD_LATENCY = (
    "open loop: the sender process sends event i at t0 + offset + i/rate whether or not earlier ones "
    "were handled, stamping time.monotonic() just before the POST/frame leaves; the receiver stamps "
    "time.monotonic() when the EventPipeline publishes the normalized event (after the source parsed "
    "it and the CallRegistry accepted it). Calls are ringing/answered/hangup triples sent in blocks of "
    "rate/10 calls (ringing of the block, then answered, then hangup). Webhook POSTs carry the TEL4VN "
    "event hook JSON and X-Api-Key; frames are the oapi call-signal JSON. Latency = arrival - sent."
)
METHOD_BASELINE = {
    "webhook": "raw HTTP: the same POSTs, schedule and aiohttp client to a bare aiohttp handler that "
    "reads the body and answers 200 (stamp on reading the body)",
    "websocket": "raw websocket: the same frames and schedule to a bare websockets client that only "
    "receives them (stamp on recv)",
}
METHOD_STALL = (
    "worst_loop_stall_ms: the receiver's event loop, how late a 10 ms asyncio.sleep woke at worst from the "
    "blast's start until its last event arrived (a stall delays every timer, pop and other source)."
)
METHOD_THROUGHPUT = {
    "webhook": f"closed loop: {WEBHOOK_WORKERS} keep-alive connections POST back to back for the blast "
    "time; rate = events published / (last arrival - first send); lost = POSTs answered 200 "
    "minus events published",
    "websocket": "closed loop: the sender writes frames as fast as the socket takes them (TCP back-pressure) "
    "for the blast time; rate = events published / (last arrival - first send); lost = frames "
    "written minus events published",
}


def call_ids(prefix: str, block: int) -> Iterator[tuple[str, str]]:
    """(call id, state) forever: blocks of ``block`` calls, ringing of each, then answered, then hangup."""
    serial = 0
    while True:
        ids = [f"{prefix}{serial + i:07d}" for i in range(block)]
        serial += block
        for state in STATES:
            for cid in ids:
                yield cid, state


# ====================================================================== the sender (the PBX)
class Sender:
    """The PBX side: simulator for tokens and payload shapes, plus scheduled webhook/websocket traffic."""

    def __init__(self) -> None:
        from agent_desk.sim.server import Simulator
        from agent_desk.sim.world import SimSettings

        self.sim = Simulator(SimSettings(rate_per_min=0.0), providers=["oapi", "tel4vn"])
        self.clients: dict[str, web.WebSocketResponse] = {}
        self.session: aiohttp.ClientSession | None = None
        self.templates: dict[str, dict[str, str]] = {}

    def _build_templates(self) -> None:
        from agent_desk.sim.world import HOTLINE, Call, Leg, SimEvent

        now = time.time()
        leg = Leg(id=PLACEHOLDER, extension="101")
        call = Call(
            id=PLACEHOLDER,
            sip_call_id=PLACEHOLDER,
            direction="inbound",
            customer=CUSTOMER,
            hotline=HOTLINE,
            created_at=now - 30,
            legs={"101": leg},
            extension="101",
            answered_at=now - 25,
            ended_at=now,
            recording=f"rec-{PLACEHOLDER}.wav",
        )
        oapi, tel4vn = self.sim.dialects["oapi"], self.sim.dialects["tel4vn"]
        self.templates = {
            "websocket": {s: json.dumps(oapi.frame(s, call, "101", now), ensure_ascii=False) for s in STATES},
            "webhook": {s: json.dumps(tel4vn.hook_data(SimEvent(s, call, leg, None, now))) for s in STATES},
        }

    def payload(self, kind: str, cid: str, state: str) -> str:
        return self.templates[kind][state].replace(PLACEHOLDER, cid)

    async def serve(self) -> None:
        await self.sim.start()
        self._build_templates()
        traces = aiohttp.TraceConfig()
        traces.on_request_headers_sent.append(self._headers_sent)
        self.session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=64), trace_configs=[traces])
        app = web.Application(client_max_size=4 * 1024 * 1024)
        app.add_routes([web.get("/ws", self._ws), web.post("/run", self._run), web.post("/blast", self._blast)])
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = runner.addresses[0][1]
        profiles = {key: self.sim.profile(key, "101") for key in ("oapi", "tel4vn")}
        print(json.dumps({"port": port, "profiles": profiles}), flush=True)
        await asyncio.Event().wait()

    async def _ws(self, request: web.Request) -> web.StreamResponse:
        """The call-signal stream (same token rule, heartbeat and pong as the simulator's)."""
        if self.sim.tokens.subject(request.query.get("token")) is None:
            return web.json_response({"code": "INVALID_TOKEN", "message": "bad token"}, status=401)
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        name = request.query.get("client", "source")
        self.clients[name] = ws
        beat = asyncio.create_task(self._heartbeat(ws))
        try:
            async for message in ws:
                if message.type == WSMsgType.TEXT and '"ping"' in message.data:
                    await ws.send_str('{"type": "pong"}')
        finally:
            beat.cancel()
            if self.clients.get(name) is ws:
                del self.clients[name]
        return ws

    async def _heartbeat(self, ws: web.WebSocketResponse) -> None:
        while True:
            await asyncio.sleep(SERVER_PING)
            await ws.send_str(json.dumps({"type": "ping", "ts": int(time.time())}))

    @staticmethod
    async def _headers_sent(_session: Any, context: Any, _params: Any) -> None:
        """aiohttp's trace hook: when a POST's request line and headers were written to its socket."""
        if isinstance(context.trace_request_ctx, dict):
            context.trace_request_ctx["left"] = time.monotonic()

    async def _send(self, stream: dict[str, Any], cid: str, state: str) -> tuple[float, bool, float]:
        """Send one event; (monotonic send time: the event's stamp, accepted, when it left: the
        websocket frame written, the POST's headers written to a connection)."""
        text = self.payload(stream["kind"], cid, state)
        if stream["kind"] == "websocket":
            sent = time.monotonic()
            await self.clients[stream["target"]].send_str(text)
            return sent, True, time.monotonic()
        headers = {**stream["headers"], "X-Bench-Key": f"{cid}/{state}", "Content-Type": "application/json"}
        trace: dict[str, float] = {}
        sent = time.monotonic()
        try:
            async with self.session.post(
                stream["target"], data=text.encode(), headers=headers, trace_request_ctx=trace
            ) as response:
                await response.read()
                return sent, response.status == 200, trace.get("left", sent)
        except aiohttp.ClientError:
            return sent, False, trace.get("left", sent)

    async def _run(self, request: web.Request) -> web.Response:
        """Scheduled sends: ``{"rate", "count", "streams": [{"kind", "target", "headers", "prefix", "offset"}]}``.

        Answers ``{"streams": [[key, sent, accepted], ...] per stream, "sender": [lag figures per
        stream]}``: the sender's own lag, ``stamp_after_due`` (its loop stamped the event this late
        after its due time) and ``left_after_stamp`` (the POST's headers were written, or the frame,
        this long after the stamp: waiting for a free connection included), p50/p99/max in ms."""
        spec = await request.json()
        rate, count = spec["rate"], spec["count"]
        block = max(1, int(rate) // 10)
        start = time.monotonic() + 0.2
        records: list[list[list[Any]]] = [[] for _ in spec["streams"]]
        lags: list[tuple[list[float], list[float]]] = [([], []) for _ in spec["streams"]]
        pending: set[asyncio.Task] = set()

        async def one(index: int, stream: dict[str, Any], due: float, cid: str, state: str) -> None:
            sent, ok, left = await self._send(stream, cid, state)
            records[index].append([f"{cid}/{state}", sent, ok])
            lags[index][0].append(sent - due)
            lags[index][1].append(left - sent)

        schedule = sorted(
            (start + stream.get("offset", 0.0) + i / rate, n, i, stream, cid, state)
            for n, stream in enumerate(spec["streams"])
            for i, (cid, state) in zip(range(count), call_ids(stream["prefix"], block), strict=False)
        )
        for due, n, _, stream, cid, state in schedule:
            delay = due - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            if stream["kind"] == "websocket":  # in order on one socket: write now
                await one(n, stream, due, cid, state)
            else:  # open loop: do not wait for the answer before the next POST
                task = asyncio.create_task(one(n, stream, due, cid, state))
                pending.add(task)
                task.add_done_callback(pending.discard)
        await asyncio.gather(*pending)
        sender = [
            {"stamp_after_due": lag_summary(stamped), "left_after_stamp": lag_summary(left)} for stamped, left in lags
        ]
        return web.json_response({"streams": records, "sender": sender})

    async def _blast(self, request: web.Request) -> web.Response:
        """As fast as the receiver takes them: ``{"kind", "target", "headers", "prefix", "seconds"}``."""
        stream = await request.json()
        events = call_ids(stream["prefix"], 100)
        first = time.monotonic()
        deadline = first + stream["seconds"]
        counts = {"accepted": 0, "failed": 0}

        async def worker() -> None:
            while time.monotonic() < deadline:
                cid, state = next(events)
                _, ok, _ = await self._send(stream, cid, state)
                counts["accepted" if ok else "failed"] += 1

        workers = 1 if stream["kind"] == "websocket" else WEBHOOK_WORKERS
        await asyncio.gather(*(worker() for _ in range(workers)))
        return web.json_response({**counts, "first": first, "last": time.monotonic()})


# ====================================================================== the receiver (the app)
class Arrivals:
    """Arrival times of one stream: by ``call_id/state`` key, or in order (raw websocket)."""

    def __init__(self) -> None:
        self.by_key: dict[str, float] = {}
        self.in_order: list[float] = []

    def mark(self, key: str) -> None:
        self.by_key.setdefault(key, time.monotonic())

    def mark_next(self) -> None:
        self.in_order.append(time.monotonic())

    def reset(self) -> None:
        self.by_key.clear()
        self.in_order.clear()

    @property
    def count(self) -> int:
        return len(self.by_key) + len(self.in_order)

    @property
    def last(self) -> float:
        return max([*self.by_key.values(), *self.in_order], default=0.0)


def latency_summary(sent: list[list[Any]], arrivals: Arrivals) -> dict[str, Any]:
    """p50/p99/max/mean in ms over the events that arrived, and how many did not."""
    accepted = [(key, when) for key, when, ok in sent if ok]
    if arrivals.in_order:
        pairs = list(zip(accepted, arrivals.in_order, strict=False))
        values = [arrived - when for (_, when), arrived in pairs]
    else:
        values = [arrivals.by_key[key] - when for key, when in accepted if key in arrivals.by_key]
    values.sort()
    ms = [v * 1000 for v in values]
    return {
        "events_sent": len(sent),
        "events_refused_by_http": len(sent) - len(accepted),
        "events_published": len(values),
        "events_lost": len(accepted) - len(values),
        "p50_ms": _round3(percentile(ms, 0.50)),
        "p99_ms": _round3(percentile(ms, 0.99)),
        "max_ms": round(ms[-1], 3) if ms else None,
        "mean_ms": round(sum(ms) / len(ms), 3) if ms else None,
    }


def lag_summary(seconds: list[float]) -> dict[str, float | None]:
    """p50/p99/max in ms of the sender's own delays (see ``Sender._run``)."""
    ms = sorted(v * 1000 for v in seconds)
    return {
        "p50_ms": _round3(percentile(ms, 0.50)),
        "p99_ms": _round3(percentile(ms, 0.99)),
        "max_ms": round(ms[-1], 3) if ms else None,
    }


def _round3(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def ratio(value: float | None, base: float | None) -> float | None:
    return round(value / base, 2) if value is not None and base else None


class Receiver:
    """The app side: the real sources and pipeline, plus the two bare baselines."""

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.arrivals = {name: Arrivals() for name in ("webhook", "websocket", "raw-http", "raw-ws")}
        self.targets: dict[str, dict[str, Any]] = {}
        self.cleanup = contextlib.AsyncExitStack()
        self.sources: dict[str, Any] = {}

    async def start(self) -> None:
        from agent_desk.config import WebhookSettings, parse_profile
        from agent_desk.events.listener import WebhookListener
        from agent_desk.events.pipeline import EventPipeline
        from agent_desk.events.websocket import WebsocketSource
        from agent_desk.providers import create_provider
        from agent_desk.secrets import SecretStore, env_name

        self.sender = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "tests.bench", "--sender", cwd=ROOT, stdout=asyncio.subprocess.PIPE
        )
        self.cleanup.push_async_callback(self._stop_sender)
        ready = json.loads(await asyncio.wait_for(self.sender.stdout.readline(), 30))
        base = f"http://127.0.0.1:{ready['port']}"
        self.http = aiohttp.ClientSession(base, timeout=aiohttp.ClientTimeout(total=None))
        self.cleanup.push_async_callback(self.http.close)

        def provider(key: str, **extra: Any):
            table, found = ready["profiles"][key]
            profile = parse_profile(f"bench-{key}", {**table, **extra})
            made = create_provider(profile, SecretStore(profile, env={env_name(k): v for k, v in found.items()}))
            self.cleanup.push_async_callback(made.aclose)
            return profile, made

        secret = secrets.token_urlsafe(16)
        tel4vn_profile, tel4vn = provider("tel4vn")
        listener = WebhookListener(tel4vn, WebhookSettings(host="127.0.0.1", port=0), secret)
        oapi_profile, oapi = provider("oapi", ws_url=f"ws://127.0.0.1:{ready['port']}/ws?client=source&token={{token}}")
        source = WebsocketSource(oapi)
        self.sources = {"webhook": listener, "websocket": source}
        for name, profile, prov, src in (
            ("webhook", tel4vn_profile, tel4vn, listener),
            ("websocket", oapi_profile, oapi, source),
        ):
            pipeline = EventPipeline(profile, prov, src)
            arrivals = self.arrivals[name]
            pipeline.subscribe(functools.partial(self._arrived, arrivals))
            await pipeline.start()
            self.cleanup.push_async_callback(pipeline.stop)
        await self._until(lambda: listener.port is not None and source.connections == 1, "the sources to start")
        webhook_headers = {"X-Api-Key": secret}
        self.targets["webhook"] = {
            "kind": "webhook",
            "target": f"http://127.0.0.1:{listener.port}/hooks/tel4vn",
            "headers": webhook_headers,
        }
        self.targets["websocket"] = {"kind": "websocket", "target": "source", "headers": {}}
        self.targets["raw-http"] = {"kind": "webhook", "target": await self._raw_http(), "headers": webhook_headers}
        token, _ = await oapi.event_stream_token()
        self.targets["raw-ws"] = {"kind": "websocket", "target": "raw", "headers": {}}
        await self._raw_ws(f"ws://127.0.0.1:{ready['port']}/ws?client=raw&token={token}")

    @staticmethod
    def _arrived(arrivals: Arrivals, event: CallEvent, mine: bool) -> None:
        """Mark an event the sender sent. The registry's own (``raw["derived"]``) are not: a previous
        run's calls left open are published ``lost`` when a blast pushes them out of the registry,
        and counted here they made more events published than sent (a negative loss)."""
        if not event.raw.get("derived"):
            arrivals.mark(f"{event.call_id}/{event.state}")

    async def _stop_sender(self) -> None:
        if self.sender.returncode is None:
            self.sender.terminate()
        await self.sender.wait()

    async def _until(self, condition, what: str, timeout: float = 10.0) -> None:
        await until(condition, timeout, what, poll=0.01)

    async def _raw_http(self) -> str:
        arrivals = self.arrivals["raw-http"]

        async def handler(request: web.Request) -> web.Response:
            await request.read()
            arrivals.mark(request.headers["X-Bench-Key"])
            return web.json_response({"ok": True})

        app = web.Application()
        app.add_routes([web.post("/hooks/tel4vn", handler)])
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        self.cleanup.push_async_callback(runner.cleanup)
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        return f"http://127.0.0.1:{runner.addresses[0][1]}/hooks/tel4vn"

    async def _raw_ws(self, url: str) -> None:
        ws = await connect(url)
        self.cleanup.push_async_callback(ws.close)
        arrivals = self.arrivals["raw-ws"]

        async def read() -> None:
            async for text in ws:
                if not text.startswith('{"type": "p'):  # the heartbeat and pongs are not events
                    arrivals.mark_next()

        reader = asyncio.create_task(read())
        self.cleanup.callback(reader.cancel)
        await asyncio.sleep(0.2)  # the sender has registered the connection

    # ------------------------------------------------------------------ measurements
    async def _post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        async with self.http.post(path, json=body) as response:
            response.raise_for_status()
            return await response.json()

    async def _settle(self, names: list[str], expected: list[int]) -> None:
        """Until every expected event arrived, or nothing new arrived for SETTLE seconds (lost).

        The quiet time is counted in polls, each worth at most MAX_POLL_GAP: under a flood the
        receiver's own loop stalls for seconds at a time while it works through the frames already
        buffered, and such a stall is not a silence (counting it as one ended the wait while tens of
        thousands of frames were still queued on the socket, and reported them lost)."""
        counts, quiet = None, 0.0
        while quiet < SETTLE:
            now = [self.arrivals[n].count for n in names]
            if all(c >= e for c, e in zip(now, expected, strict=True)):
                return
            if now != counts:
                counts, quiet = now, 0.0
            before = time.monotonic()
            await asyncio.sleep(POLL)
            quiet += min(time.monotonic() - before, MAX_POLL_GAP)

    async def latency(self, names: list[str], rate: float, count: int, tag: str) -> list[dict[str, Any]]:
        """One scheduled run of ``names`` together (staggered evenly within 1/rate), one summary each."""
        for name in names:
            self.arrivals[name].reset()
        streams = [
            {**self.targets[name], "prefix": f"{tag}-{name}-", "offset": i / (rate * len(names))}
            for i, name in enumerate(names)
        ]
        result = await self._post("/run", {"rate": rate, "count": count, "streams": streams})
        sent = result["streams"]
        await self._settle(names, [sum(1 for *_, ok in s if ok) for s in sent])
        return [latency_summary(s, self.arrivals[name]) for name, s in zip(names, sent, strict=True)]

    async def throughput(self, name: str, seconds: float, tag: str) -> dict[str, Any]:
        arrivals = self.arrivals[name]
        arrivals.reset()
        stalls: list[float] = []
        probe = asyncio.create_task(stall_probe(stalls))
        try:
            result = await self._post("/blast", {**self.targets[name], "prefix": f"{tag}-{name}-", "seconds": seconds})
            await self._settle([name], [result["accepted"]])
        finally:
            probe.cancel()
        published = arrivals.count
        span = arrivals.last - result["first"]
        return {
            "events_sent": result["accepted"] + result["failed"],
            "events_refused_by_http": result["failed"],
            "events_published": published,
            "events_lost": result["accepted"] - published,
            "seconds": round(span, 3),
            "events_per_s": round(published / span) if span > 0 else None,
            "worst_loop_stall_ms": round(max(stalls, default=0.0), 1),
        }


async def stall_probe(stalls: list[float]) -> None:
    """Append how late each ``STALL_PERIOD`` sleep of the receiver's loop woke, in ms, until cancelled."""
    while True:
        due = time.perf_counter() + STALL_PERIOD
        await asyncio.sleep(STALL_PERIOD)
        stalls.append(max(0.0, (time.perf_counter() - due) * 1000))


async def measure(mode: str) -> dict[str, Any]:
    idle_count, count, blast = MODES[mode]
    receiver = Receiver(mode)
    figures: list[dict[str, Any]] = []
    async with receiver.cleanup:
        await receiver.start()
        pairs = (("webhook", "raw-http"), ("websocket", "raw-ws"))
        for name in ("webhook", "raw-http", "websocket", "raw-ws"):  # warm-up, not reported
            await receiver.latency([name], 500, 150, "warm")
        runs: dict[tuple[str, float], dict[str, Any]] = {}
        idle = await receiver.latency(["webhook", "raw-http", "websocket", "raw-ws"], 1, idle_count, "r1")
        runs.update({(n, 1): s for n, s in zip(["webhook", "raw-http", "websocket", "raw-ws"], idle, strict=True)})
        for rate in (50, 500):
            for source, base in pairs:
                for name in (base, source):
                    runs[(name, rate)] = (await receiver.latency([name], rate, count, f"r{rate}"))[0]
                    print(f"  {name:<9} {rate:>3}/s  p50 {runs[(name, rate)]['p50_ms']} ms", file=sys.stderr)
        for source, base in pairs:
            for rate in (1, 50, 500):
                mine, raw = runs[(source, rate)], runs[(base, rate)]
                figures.append(
                    {
                        "name": f"latency.{source}.{rate}_per_s",
                        "source": source,
                        "rate_per_s": rate,
                        **mine,
                        "baseline": {"name": f"latency.{base}.{rate}_per_s", **raw},
                        "ratio_p50": ratio(mine["p50_ms"], raw["p50_ms"]),
                        "ratio_p99": ratio(mine["p99_ms"], raw["p99_ms"]),
                        "ratio_max": ratio(mine["max_ms"], raw["max_ms"]),
                        "method": METHOD_LATENCY + " Baseline: " + METHOD_BASELINE[source] + ".",
                    }
                )
        for source, base in pairs:
            raw = await receiver.throughput(base, blast, "tb")
            mine = await receiver.throughput(source, blast, "t")
            figures.append(
                {
                    "name": f"throughput.{source}",
                    "source": source,
                    **mine,
                    "baseline": {"name": f"throughput.{base}", **raw},
                    "ratio": ratio(mine["events_per_s"], raw["events_per_s"]),
                    "method": METHOD_THROUGHPUT[source]
                    + ". "
                    + METHOD_STALL
                    + " Baseline: "
                    + METHOD_BASELINE[source]
                    + ".",
                }
            )
        listener, source = receiver.sources["webhook"], receiver.sources["websocket"]
        health = {
            "webhook_listener_counters": dict(listener.counters),
            "websocket": {
                "connections": source.connections,
                "frames": source.frames,
                "events": source.events,
                "bad_frames": source.bad_frames,
            },
        }
    return {"figures": figures, "source_counters": health}


def summary(report: dict[str, Any]) -> str:
    lines = [
        f"Agent Desk event benchmark ({report['run']['mode']}, {report['run']['cpus']} CPUs)",
        f"{'figure':<32}{'p50 ms':>9}{'p99 ms':>9}{'max ms':>9}{'lost':>6}   ratio p50/p99 vs raw",
    ]
    for f in report["figures"]:
        if f["name"].startswith("latency"):
            lines.append(
                f"{f['name']:<32}{f['p50_ms']:>9}{f['p99_ms']:>9}{f['max_ms']:>9}{f['events_lost']:>6}"
                f"   x{f['ratio_p50']} / x{f['ratio_p99']}  (over {f['events_published']} events)"
            )
    for f in report["figures"]:
        if f["name"].startswith("throughput"):
            lines.append(
                f"{f['name']:<32}{f['events_per_s']:>9} events/s sustained, lost {f['events_lost']} "
                f"of {f['events_sent']}; raw {f['baseline']['events_per_s']}/s (x{f['ratio']}); "
                f"worst loop stall {f['worst_loop_stall_ms']} ms (raw {f['baseline']['worst_loop_stall_ms']})"
            )
    return "\n".join(lines)


PARTS = ("ingestion", "pops", "startup", "stall", "console", "relay", "shift")  # in the order they run


def plan(mode: str, args: argparse.Namespace) -> dict[str, tuple[str, Callable[[dict[str, Any]], dict[str, Any]]]]:
    """Each part of a run: what it measures (said as it starts) and how; a part returns its report keys."""
    from tests.bench import console, pops, relay, shift, stall, startup

    def held_stall(_measured: dict[str, Any]) -> dict[str, Any]:
        with hog(args.hog) as load:
            return {"stall": {**stall.run(STALL_HOLD_S[mode]), "cpu_hog": load}}

    def one_console(_measured: dict[str, Any]) -> dict[str, Any]:
        sizes = console.MODES["quick" if mode == "quick" else "default"]
        return {"console": console.run(*sizes, out=None, hog_cpu=args.hog)}

    shift_calls = args.shift_calls or shift.CALLS[mode]
    return {
        "ingestion": ("call-event ingestion, latency and throughput", lambda _m: asyncio.run(measure(mode))),
        "pops": ("screen-pops", lambda m: {"pops": pops.run(mode, m.get("figures", []))}),
        "startup": ("start-up against a bare window", lambda _m: {"startup": startup.run(STARTUP_RUNS[mode])}),
        "stall": ("the event loop during a sync click-to-call", held_stall),
        "console": ("the supervisor console's active-calls refresh (100, 1,000, 5,000 calls)", one_console),
        "relay": (
            "the relay: 500 desks, 100 events/s for 60 s, memory / sqlite / two replicas on Redis",
            lambda _m: {"relay": relay.run("quick" if mode == "quick" else "default")},
        ),
        "shift": (
            f"an agent's desk through a shift of {shift_calls} calls (memory)",
            lambda _m: {"shift": shift.run(shift_calls)},
        ),
    }


def summaries(report: dict[str, Any]) -> list[str]:
    """The printed summary of every part in ``report`` (a part's summary that fails says so)."""
    from tests.bench import console, pops, relay, shift, stall, startup

    texts: dict[str, Callable[[], str]] = {
        "figures": lambda: summary(report),
        "pops": lambda: pops.summary(report["pops"]),
        "startup": lambda: startup.summary(report["startup"]),
        "stall": lambda: stall.summary(report["stall"]),
        "console": lambda: console.summary_text(report["console"]),
        "relay": lambda: relay.summary(report["relay"]),
        "shift": lambda: shift.summary(report["shift"]),
    }
    lines = []
    for key, text in texts.items():
        if key in report and "error" not in report[key]:
            try:
                lines.append(text())
            except Exception as exc:  # noqa: BLE001 - one part's summary must not hide the others
                lines.append(f"{key}: no summary ({type(exc).__name__}: {exc}); see the JSON")
    for failure in report["failed"]:
        lines.append(f"FAILED: {failure['part']} after {failure['seconds']} s: {failure['error']}")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small counts: checks the harness")
    parser.add_argument(
        "--full", action="store_true", help="also 1,000 events and 1,000 calls at 1 event/s (about 2 hours)"
    )
    parser.add_argument("--out", type=Path, default=RESULTS, help="directory of the JSON results")
    parser.add_argument(
        "--shift-calls", type=int, help="calls in the shift-long memory figure (default: 30 with --quick, else 600)"
    )
    parser.add_argument(
        "--hog", type=int, metavar="CPU", help="the stall and console parts with core CPU kept busy (README: CPU hog)"
    )
    parser.add_argument(
        "--parts",
        type=lambda text: [p.strip() for p in text.split(",") if p.strip()],
        default=list(PARTS),
        help=f"run only these parts, comma-separated (default: all of {','.join(PARTS)})",
    )
    parser.add_argument("--sender", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.sender:
        asyncio.run(Sender().serve())
        return 0
    if unknown := [p for p in args.parts if p not in PARTS]:
        parser.error(f"no part named {', '.join(unknown)} (parts: {', '.join(PARTS)})")
    mode = "quick" if args.quick else "full" if args.full else "default"
    started = dt.datetime.now(dt.UTC)
    report: dict[str, Any] = {
        "run": {
            "started_utc": started.isoformat(timespec="seconds"),
            "mode": mode,
            "seconds": 0.0,
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
            "clock": "time.monotonic() (CLOCK_MONOTONIC, shared by the sender and receiver processes)",
            "events_at_1_per_s": MODES[mode][0],
            "events_at_50_and_500_per_s": MODES[mode][1],
            "throughput_blast_s": MODES[mode][2],
            "cpu_hog_for_stall_and_console": args.hog,
            "parts_seconds": {},
            "failed_parts": [],  # each failed part's section is {"error": ...}; the others are complete
        },
        "failed": [],  # {part, error, seconds} of each part that raised: the others still ran
    }
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / f"{started.strftime('%Y%m%dT%H%M%SZ')}.json"
    chosen = [(name, part) for name, part in plan(mode, args).items() if name in args.parts]
    for i, (name, (what, measure_part)) in enumerate(chosen, 1):
        print(f"[{i}/{len(chosen)}] {name}: {what} ({mode})", file=sys.stderr, flush=True)
        begun = time.monotonic()
        try:
            report.update(measure_part(report))
        except Exception as exc:  # a failed part is reported; the parts after it still run
            seconds = round(time.monotonic() - begun, 1)
            logging.getLogger("tests.bench").error("part %s failed", name, exc_info=exc)
            error = f"{type(exc).__name__}: {exc}"
            report["failed"].append({"part": name, "error": error, "seconds": seconds})
            report["run"]["failed_parts"].append(name)
            if name != "ingestion":  # its sections are "figures" and "source_counters"
                report[name] = {"error": error}
            print(f"[{i}/{len(chosen)}] {name} FAILED after {seconds} s: {exc!r}", file=sys.stderr, flush=True)
        else:
            seconds = round(time.monotonic() - begun, 1)
            print(f"[{i}/{len(chosen)}] {name} done in {seconds} s", file=sys.stderr, flush=True)
        report["run"]["parts_seconds"][name] = seconds
        report["run"]["seconds"] = round((dt.datetime.now(dt.UTC) - started).total_seconds(), 1)
        path.write_text(json.dumps(report, indent=2) + "\n")  # after every part: a later crash keeps these
    print("\n".join(summaries(report)))
    print(f"results: {path} ({report['run']['seconds']} s)")
    return 1 if report["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
