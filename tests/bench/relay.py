"""Relay benchmark: ``python -m tests.bench.relay`` → ``results/relay-<UTC>.json`` (also part of ``make bench``).

What runs, all on loopback:

* the **relay** as its own process, exactly as IT runs it (``python -m agent_desk relay serve``):
  one relay on the memory store, one on ``sqlite:`` (every webhook written through to disk before
  its 200), and two replicas sharing a real ``redis-server``;
* **500 desks** (``--desks``): plain aiohttp websocket clients in this process, one token each
  (extensions 1000…1499), plus one supervisor connection that gets every event; with two replicas
  the desks alternate between them, and so do the webhooks;
* the **PBX**: this process POSTs TEL4VN event hooks (``X-Api-Key``) open loop at ``--rate``
  events/s (100) for ``--seconds`` (60): calls of ringing / answered / hangup to a random desk's
  extension, each event stamped with ``time.monotonic()`` just before its POST leaves.

Figures per set-up: latency from the POST leaving to the event arriving on its desk's websocket
(and on the supervisor's), p50/p99/max; events lost (must be 0): for the supervisor, events the
relay published (its ``/metrics``) that never arrived within 5 s after the last POST, for the desks,
events the supervisor got that the desk of their extension did not; events the relay's call registry
dropped as out of order (a state that arrived after a later one of the same call: each call's
states are sent a second apart, so only a POST delayed by a second or more is dropped); the relay
processes' peak RSS and CPU (psutil, CPU
seconds over the sending time). Baseline in the same run: a bare aiohttp process that forwards each
POST body to the websocket of the desk its ``to_number`` names and the supervisor's (no registry,
no history, no routing table, no tokens); every latency carries its ratio to the baseline's.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import json
import os
import platform
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp
import psutil
from aiohttp import web

from tests.helpers.net import free_port

ROOT = Path(__file__).resolve().parents[2]
RESULTS = Path(__file__).resolve().parent / "results"
SECRET = "bench-secret"
FIRST_EXTENSION = 1000
SETTLE = 5.0
MODES = {"quick": (2.0, 20.0, 50), "default": (60.0, 100.0, 500)}  # seconds, events/s, desks


def percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    values = sorted(values)
    return values[min(len(values) - 1, max(0, int(q * len(values) + 0.999999) - 1))]


def ratio(value: float | None, base: float | None) -> float | None:
    return round(value / base, 2) if value is not None and base else None


# ====================================================================== the baseline server
async def serve_baseline(port: int) -> None:
    """A bare forwarder: POST body → the websocket of ``to_number``'s desk and the supervisor's."""
    desks: dict[str, web.WebSocketResponse] = {}

    async def desk(request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        desks[request.query["ext"]] = ws
        async for _ in ws:
            pass
        return ws

    async def hook(request: web.Request) -> web.Response:
        body = await request.read()
        data = json.loads(body)
        frame = json.dumps({"type": "event", "event": data})
        for ext in (data["to_number"], "supervisor"):
            ws = desks.get(ext)
            if ws is not None and not ws.closed:
                await ws.send_str(frame)
        return web.json_response({"ok": True})

    app = web.Application()
    app.router.add_get("/desk", desk)
    app.router.add_post("/hooks/tel4vn", hook)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    await asyncio.Event().wait()


# ====================================================================== processes
def relay_config(tmp: Path, port: int, store: str) -> Path:
    path = tmp / f"relay-{port}.toml"
    tmp.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f'[relay]\nlisten = "127.0.0.1:{port}"\nprovider = "tel4vn"\nstore = "{store}"\nhistory = 100000\n'
        f'data_dir = "{tmp / "data"}"\ncompany = "bench"\n',
        encoding="utf-8",
    )
    return path


def start(args: list[str]) -> subprocess.Popen[bytes]:
    env = {**os.environ, "AGENT_DESK_WEBHOOK_SECRET": SECRET, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, *args], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )


def start_redis(exe: str, port: int) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [exe, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], stdout=subprocess.DEVNULL
    )


async def wait_listening(port: int, proc: subprocess.Popen[bytes]) -> None:
    for _ in range(600):
        with contextlib.suppress(OSError):
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        if proc.poll() is not None:
            raise RuntimeError(f"a bench process ended: {proc.stderr.read().decode() if proc.stderr else ''}")
        await asyncio.sleep(0.05)
    raise RuntimeError("a bench process did not start listening")


async def make_tokens(store: str, tmp: Path, desks: int) -> tuple[list[str], str]:
    from agent_desk.relay.config import parse_relay_config
    from agent_desk.relay.runtime import token_book

    config = parse_relay_config(
        {"relay": {"provider": "tel4vn", "store": store, "data_dir": str(tmp / "data"), "company": "bench"}}
    )
    book = token_book(config)
    try:
        tokens = [(await book.add(str(FIRST_EXTENSION + i)))[1] for i in range(desks)]
        supervisor = (await book.add("999", supervisor=True))[1]
    finally:
        await book.close()
    return tokens, supervisor


def schedule(total: int, rate: float, desks: int) -> list[tuple[str, str, str]]:
    """``(call_id, extension, state)`` in sending order: each call's answered comes a second after its
    ringing and its hangup a second later, calls interleaved, so a state overtakes the previous one
    (which the relay's registry would rightly drop as out of order) only if a POST is a second late."""
    rng = random.Random(7)
    per_second = max(1, int(rate) // 3)
    out: list[tuple[str, str, str]] = []
    second = 0
    calls: dict[int, list[tuple[str, str]]] = {}
    while len(out) < total:
        calls[second] = [(f"c{second}-{k}", str(FIRST_EXTENSION + rng.randrange(desks))) for k in range(per_second)]
        for age, state in ((2, "hangup"), (1, "answered"), (0, "ringing")):
            for call_id, ext in calls.get(second - age, []):
                out.append((call_id, ext, state))
        second += 1
    return out[:total]


# ====================================================================== one measurement
class Run:
    """Desks connected to ``urls``, webhooks POSTed to them, arrivals recorded."""

    def __init__(self, urls: list[str], seconds: float, rate: float, desks: int, baseline: bool) -> None:
        self.urls = urls
        self.seconds = seconds
        self.rate = rate
        self.desks = desks
        self.baseline = baseline
        self.sent: dict[str, float] = {}  # "call/state" → monotonic time the POST left
        self.acked: set[str] = set()
        self.refused = 0
        self.desk_arrivals: dict[str, float] = {}
        self.supervisor_arrivals: dict[str, float] = {}
        self._readers: list[asyncio.Task[None]] = []
        self.disconnected = 0  # desk connections that ended before the run did
        self.closing = False

    async def connect(self, session: aiohttp.ClientSession, tokens: list[str], supervisor: str) -> None:
        async def one(i: int, token: str, arrivals: dict[str, float], ext: str) -> None:
            url = self.urls[i % len(self.urls)]
            if self.baseline:
                ws = await session.ws_connect(f"{url}/desk?ext={ext}")
            else:
                ws = await session.ws_connect(f"{url}/desk", headers={"Authorization": f"Bearer {token}"})
                await ws.receive()  # the welcome
            self._readers.append(asyncio.create_task(self._read(ws, arrivals)))

        for first in range(0, self.desks, 50):
            await asyncio.gather(
                *(
                    one(i, tokens[i] if tokens else "", self.desk_arrivals, str(FIRST_EXTENSION + i))
                    for i in range(first, min(self.desks, first + 50))
                )
            )
        await one(1, supervisor, self.supervisor_arrivals, "supervisor")

    async def _read(self, ws: aiohttp.ClientWebSocketResponse, arrivals: dict[str, float]) -> None:
        try:
            await self._receive(ws, arrivals)
        finally:
            if not self.closing:
                self.disconnected += 1  # the relay closed it (or it died) during the run

    @staticmethod
    async def _receive(ws: aiohttp.ClientWebSocketResponse, arrivals: dict[str, float]) -> None:
        async for message in ws:
            if message.type != aiohttp.WSMsgType.TEXT:
                continue
            now = time.monotonic()
            frame = json.loads(message.data)
            if frame.get("type") != "event":
                continue
            event = frame["event"]
            arrivals.setdefault(f"{event['call_id']}/{event['state']}", now)

    async def send(self, session: aiohttp.ClientSession) -> float:
        """Open loop; returns the time the last POST left."""
        total = int(self.seconds * self.rate)
        start = time.monotonic() + 0.2
        posts: list[asyncio.Task[None]] = []
        for i, (call_id, ext, state) in enumerate(schedule(total, self.rate, self.desks)):
            delay = start + i / self.rate - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            body = {
                "call_id": call_id,
                "sip_call_id": f"sip-{call_id}",
                "domain": "bench.tel4vn.com",
                "direction": "inbound",
                "from_number": "0901234567",
                "to_number": ext,
                "hotline": "19001919",
                "state": state,
            }
            posts.append(asyncio.create_task(self._post(session, self.urls[i % len(self.urls)], body, state)))
        last = time.monotonic()
        await asyncio.gather(*posts)
        return last

    async def _post(self, session: aiohttp.ClientSession, url: str, body: dict[str, Any], state: str) -> None:
        key = f"{body['call_id']}/{state}"
        data = json.dumps(body).encode()
        self.sent[key] = time.monotonic()
        try:
            async with session.post(
                url + "/hooks/tel4vn",
                data=data,
                headers={"Content-Type": "application/json", "X-Api-Key": SECRET},
                timeout=aiohttp.ClientTimeout(total=30),
            ) as answer:
                await answer.read()
                if answer.status == 200:
                    self.acked.add(key)
                else:
                    self.refused += 1
        except (aiohttp.ClientError, TimeoutError):
            self.refused += 1

    async def settle(self) -> None:
        last_count, quiet_since = -1, time.monotonic()
        while time.monotonic() - quiet_since < SETTLE:
            count = len(self.desk_arrivals) + len(self.supervisor_arrivals)
            if count != last_count:
                last_count, quiet_since = count, time.monotonic()
            if len(self.desk_arrivals) >= len(self.acked) and len(self.supervisor_arrivals) >= len(self.acked):
                break
            await asyncio.sleep(0.1)

    def figures(self, published: int | None) -> dict[str, Any]:
        out: dict[str, Any] = {
            "events_sent": len(self.sent),
            "events_acknowledged": len(self.acked),
            "events_refused": self.refused,
            "events_published_by_relay": published,
            "desk_connections_lost": self.disconnected,
        }
        if published is not None:
            # acknowledged events the relay's registry dropped as late repeats (a state a call had passed)
            out["events_dropped_out_of_order"] = len(self.acked) - published
        expected = self.acked if published is None else {k for k in self.acked if k in self.supervisor_arrivals}
        for who, arrivals in (("desk", self.desk_arrivals), ("supervisor", self.supervisor_arrivals)):
            ms = [(arrivals[k] - self.sent[k]) * 1000 for k in self.acked if k in arrivals]
            lost = sum(1 for k in expected if k not in arrivals)
            if who == "supervisor" and published is not None:
                lost = published - len(arrivals)  # every published event reaches the supervisor
            out[who] = {
                "events_lost": lost,
                "p50_ms": _round(percentile(ms, 0.5)),
                "p99_ms": _round(percentile(ms, 0.99)),
                "max_ms": _round(max(ms) if ms else None),
            }
        return out

    async def close(self) -> None:
        self.closing = True
        for task in self._readers:
            task.cancel()
        await asyncio.gather(*self._readers, return_exceptions=True)


def _round(value: float | None) -> float | None:
    return round(value, 3) if value is not None else None


class Usage:
    """Peak RSS and CPU seconds of some processes while sampling runs."""

    def __init__(self, pids: list[int]) -> None:
        self.procs = [psutil.Process(pid) for pid in pids]
        self.peak_rss = 0
        self._cpu0 = sum(self._cpu(p) for p in self.procs)
        self._t0 = time.monotonic()
        self._task = asyncio.create_task(self._sample())

    @staticmethod
    def _cpu(proc: psutil.Process) -> float:
        times = proc.cpu_times()
        return times.user + times.system

    async def _sample(self) -> None:
        while True:
            self.peak_rss = max(self.peak_rss, sum(p.memory_info().rss for p in self.procs))
            await asyncio.sleep(0.5)

    async def stop(self) -> dict[str, Any]:
        self._task.cancel()
        await asyncio.gather(self._task, return_exceptions=True)
        seconds = time.monotonic() - self._t0
        cpu = sum(self._cpu(p) for p in self.procs) - self._cpu0
        return {
            "peak_rss_mb": round(self.peak_rss / 2**20, 1),
            "cpu_seconds": round(cpu, 2),
            "cpu_percent_of_one_core": round(100 * cpu / seconds, 1),
        }


async def published_events(session: aiohttp.ClientSession, ports: list[int]) -> int:
    """``agent_desk_relay_events_published_total`` summed over the relays (from their /metrics)."""
    total = 0.0
    for port in ports:
        async with session.get(f"http://127.0.0.1:{port}/metrics") as answer:
            for line in (await answer.text()).splitlines():
                if line.startswith("agent_desk_relay_events_published_total "):
                    total += float(line.split()[1])
    return int(total)


async def measure(name: str, seconds: float, rate: float, desks: int, tmp: Path) -> dict[str, Any]:
    """One set-up: ``baseline``, ``memory``, ``sqlite`` or ``redis`` (two replicas)."""
    procs: list[subprocess.Popen[bytes]] = []
    redis_proc = None
    try:
        if name == "baseline":
            port = free_port()
            procs.append(start(["-m", "tests.bench.relay", "--baseline-server", str(port)]))
            ports, tokens, supervisor = [port], [], ""
        else:
            store = {"memory": "memory", "sqlite": "sqlite:events.sqlite3"}.get(name)
            if name == "redis":
                exe = shutil.which("redis-server")
                if exe is None:
                    return {"skipped": "redis-server is not installed"}
                redis_port = free_port()
                redis_proc = start_redis(exe, redis_port)
                await wait_listening(redis_port, redis_proc)
                store = f"redis://127.0.0.1:{redis_port}/0"
            assert store is not None
            tokens, supervisor = await make_tokens(store, tmp / name, desks)
            ports = [free_port() for _ in range(2 if name == "redis" else 1)]
            for port in ports:
                config = relay_config(tmp / name, port, store)
                procs.append(start(["-m", "agent_desk", "relay", "serve", "--config", str(config)]))
        for port, proc in zip(ports, procs, strict=False):
            await wait_listening(port, proc)
        run = Run([f"http://127.0.0.1:{p}" for p in ports], seconds, rate, desks, name == "baseline")
        connector = aiohttp.TCPConnector(limit=0)
        async with aiohttp.ClientSession(connector=connector) as session:
            await run.connect(session, tokens, supervisor)
            usage = Usage([p.pid for p in procs])
            await run.send(session)
            used = await usage.stop()
            await run.settle()
            await run.close()
            published = None if name == "baseline" else await published_events(session, ports)
        return {**run.figures(published), **used, "processes": len(procs)}
    finally:
        for proc in [*procs, *([redis_proc] if redis_proc else [])]:
            proc.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(10)


async def measure_all(seconds: float, rate: float, desks: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="relay-bench-") as tmp:
        results = {
            name: await measure(name, seconds, rate, desks, Path(tmp))
            for name in ("baseline", "memory", "sqlite", "redis")
        }
    base = results["baseline"]
    for name in ("memory", "sqlite", "redis"):
        figures = results[name]
        if "desk" not in figures:
            continue
        figures["ratio_to_baseline"] = {
            f"{who}_{q}": ratio(figures[who][q], base[who][q])
            for who in ("desk", "supervisor")
            for q in ("p50_ms", "p99_ms")
        }
    return results


def run(mode: str, seconds: float | None = None) -> dict[str, Any]:
    """The figures for ``make bench`` (``mode``: quick or default; ``seconds`` overrides the duration)."""
    default_seconds, rate, desks = MODES[mode]
    seconds = seconds or default_seconds
    figures = asyncio.run(measure_all(seconds, rate, desks))
    return {"seconds": seconds, "events_per_s": rate, "desks": desks, **figures}


def summary(report: dict[str, Any]) -> str:
    lines = [f"relay: {report['desks']} desks, {report['events_per_s']:g} events/s for {report['seconds']:g} s"]
    for name in ("baseline", "memory", "sqlite", "redis"):
        f = report.get(name, {})
        if "desk" not in f:
            lines.append(f"  {name:<9} {f.get('skipped', 'no figures')}")
            continue
        lines.append(
            f"  {name:<9} desk p50 {f['desk']['p50_ms']} ms p99 {f['desk']['p99_ms']} ms,"
            f" lost {f['desk']['events_lost']};"
            f" supervisor p99 {f['supervisor']['p99_ms']} ms, lost {f['supervisor']['events_lost']};"
            f" RSS {f['peak_rss_mb']} MB, CPU {f['cpu_percent_of_one_core']} %"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.relay", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small counts: checks the harness")
    parser.add_argument("--seconds", type=float, help="sending time per set-up (default 60; quick 2)")
    parser.add_argument("--rate", type=float, help="webhook events per second (default 100)")
    parser.add_argument("--desks", type=int, help="connected desks (default 500)")
    parser.add_argument("--out", type=Path, default=RESULTS, help="directory of the JSON results")
    parser.add_argument("--baseline-server", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.baseline_server:
        asyncio.run(serve_baseline(args.baseline_server))
        return 0
    mode = "quick" if args.quick else "default"
    seconds, rate, desks = MODES[mode]
    started = dt.datetime.now(dt.UTC)
    figures = asyncio.run(measure_all(args.seconds or seconds, args.rate or rate, args.desks or desks))
    report = {
        "run": {
            "started_utc": started.isoformat(timespec="seconds"),
            "mode": mode,
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "relay": {
            "seconds": args.seconds or seconds,
            "events_per_s": args.rate or rate,
            "desks": args.desks or desks,
            **figures,
        },
    }
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / f"relay-{started.strftime('%Y%m%dT%H%M%SZ')}.json"
    path.write_text(json.dumps(report, indent=2) + "\n")
    print(summary(report["relay"]))
    print(f"results: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
