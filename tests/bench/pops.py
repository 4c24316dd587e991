"""Pop latency: PBX event sent → screen-pop window shown, in the real GUI stack.

``run(mode) -> dict`` starts ``python -m tests.bench.pops MODE`` (a fresh process, Qt offscreen)
and returns its figures. That process is the agent's computer: a QApplication with the qasync
loop, and two real :class:`~agent_desk.ui.window.session.Session` objects signed in to the bench's
sender (the PBX, the same ``--sender`` process the ingestion figures use) — one on TEL4VN with
``events = "webhook"`` (the real ``WebhookListener``), one on oapi with ``events = "websocket"``
(the real ``WebsocketSource``) — each with its real :class:`~agent_desk.ui.pops.manager.PopManager`
and journal writer (:func:`agent_desk.journal.journal_calls`; journal writes, customer and history
look-ups against the sender's simulator included). A pop
has arrived when ``PopManager.poppedUp`` fires, right after ``ScreenPop.show()``.

Baselines, same process and loop, same schedules: the raw HTTP handler and the raw websocket
client of the ingestion bench (see ``tests/bench/__main__.py``).
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.bench.__main__ import ROOT, Receiver, latency_summary, ratio
from tests.bench.gc_pauses import CollectionPauses, summary_line

#: calls at 1 event/s, calls at 50 and 500 events/s (each call: ringing, answered, hangup)
MODES = {"quick": (3, 50), "default": (30, 1000), "full": (1000, 1000)}
PAIRS = (("webhook", "raw-http"), ("websocket", "raw-ws"))

METHOD = (
    "open loop, as the ingestion figures: the sender process sends the calls' ringing/answered/hangup events "
    "on a schedule, stamping time.monotonic() before each POST/frame leaves. The receiving process runs Qt "
    "(offscreen) with the qasync loop and two real Sessions (TEL4VN webhook, oapi websocket) signed in to the "
    "sender's simulator, each with its real PopManager and journal writer; a call has popped when "
    "PopManager.poppedUp fires, right after ScreenPop.show() (the pop is the one the manager built ahead, "
    "bound to the call; the journal and missed-list writes are queued for the journal writer's thread as the "
    "event arrives; the customer and history look-ups are started after the show and run on the same loop, their "
    "HTTP requests handed to the desk's HTTP thread). "
    "Latency = pop shown - ringing event sent, one sample per "
    "call. At 1 event/s the source and its raw baseline run in one schedule, staggered by half an interval; at "
    "50 and 500 events/s each runs its own schedule, one after the other (run together, the process took twice "
    "the rate the figure names, and the baseline waited behind the desk's work on the shared loop). The "
    "receiving process applies the desk's start-up interpreter settings once the sessions are signed in "
    "(agent_desk.ui.window.app.tune_interpreter: GC on the GUI thread, gc.freeze(), 1 ms GIL switch interval), "
    "as the desk's window does. `sender` is the sender's own lag (see tests/bench/README.md)."
)
TOGETHER_UP_TO = 1  # events/s: at this rate and below, the source and its baseline share one schedule


class PopReceiver(Receiver):
    """The ingestion bench's receiver, with the sources owned by signed-in Sessions and their pops
    (their UI settings files go in ``home``)."""

    def __init__(self, mode: str, home: str) -> None:
        super().__init__(mode)
        self.home = home
        self.collapsed: dict[str, set[str]] = {}  # by source: call ids the pops collapsed
        self.first_state: dict[str, dict[str, str]] = {}  # by source: call id → state of its first event the GUI took

    async def start(self) -> None:
        from agent_desk.config import WebhookSettings, parse_profile
        from agent_desk.journal import journal_calls
        from agent_desk.secrets import SecretStore, env_name
        from agent_desk.ui.dialing.dialer import Dialer
        from agent_desk.ui.journal.notes import Notes
        from agent_desk.ui.pops.manager import PopManager
        from agent_desk.ui.settings.preferences import UiSettings
        from agent_desk.ui.window.app import free_loopback_port
        from agent_desk.ui.window.session import Session

        # A plain Popen: asyncio's child watcher thread waking the qasync loop crashes PySide6.
        self.sender = subprocess.Popen(
            [sys.executable, "-m", "tests.bench", "--sender"], cwd=ROOT, stdout=subprocess.PIPE, text=True
        )
        self.cleanup.callback(self._stop_sender_process)
        ready = json.loads(await asyncio.get_running_loop().run_in_executor(None, self.sender.stdout.readline))
        import aiohttp

        self.http = aiohttp.ClientSession(
            f"http://127.0.0.1:{ready['port']}", timeout=aiohttp.ClientTimeout(total=None)
        )
        self.cleanup.push_async_callback(self.http.close)
        hook_secret = "bench-hook-secret"
        port = free_loopback_port()
        self.sessions = {}
        for name, key, extra in (
            ("webhook", "tel4vn", {"events": "webhook"}),
            (
                "websocket",
                "oapi",
                {"events": "websocket", "ws_url": (f"ws://127.0.0.1:{ready['port']}/ws?client=source&token={{token}}")},
            ),
        ):
            table, found = ready["profiles"][key]
            profile = parse_profile(f"bench-pops-{key}", {**table, **extra})
            if name == "webhook":
                profile.webhook = WebhookSettings(host="127.0.0.1", port=port)
                found = {**found, "webhook_secret": hook_secret}
            session = Session()
            dialer = Dialer(session)
            notes = Notes()
            pops = PopManager(session, dialer, UiSettings(Path(self.home) / f"ui-{name}.ini"), notes)
            journal_calls(session.core, notes.record)  # the desk's journal writer
            self.collapsed[name] = set()
            self.first_state[name] = first = {}
            session.callEvent.connect(lambda event, mine, first=first: first.setdefault(event.call_id, event.state))
            collapse = pops._collapse  # counted: the calls coalesced into "N more calls" instead of a pop

            def counted(call_id: str, collapse: Any = collapse, seen: set[str] = self.collapsed[name]) -> None:
                seen.add(call_id)
                collapse(call_id)

            pops._collapse = counted
            arrivals = self.arrivals[name]
            pops.poppedUp.connect(lambda pop, arrivals=arrivals: arrivals.mark(f"{pop.call_id}/ringing"))
            await session.sign_in(profile, SecretStore(profile, env={env_name(k): v for k, v in found.items()}))
            self.cleanup.push_async_callback(session.sign_out)
            self.sessions[name] = (session, dialer, pops)
        await self._until(
            lambda: all(s.health is not None and s.health.state == "up" for s, _, _ in self.sessions.values()),
            "the sessions' event sources",
        )
        headers = {"X-Api-Key": hook_secret}
        self.targets["webhook"] = {
            "kind": "webhook",
            "target": f"http://127.0.0.1:{port}/hooks/tel4vn",
            "headers": headers,
        }
        self.targets["websocket"] = {"kind": "websocket", "target": "source", "headers": {}}
        self.targets["raw-http"] = {"kind": "webhook", "target": await self._raw_http(), "headers": headers}
        self.targets["raw-ws"] = {"kind": "websocket", "target": "raw", "headers": {}}
        oapi = self.sessions["websocket"][0].provider
        token, _ = await oapi.event_stream_token()
        await self._raw_ws(f"ws://127.0.0.1:{ready['port']}/ws?client=raw&token={token}")

    def _stop_sender_process(self) -> None:
        self.sender.terminate()
        self.sender.wait(10)
        self.sender.stdout.close()

    async def pop_latency(self, pair: tuple[str, str], rate: float, calls: int, tag: str) -> list[dict[str, Any]]:
        """One schedule of ``calls`` calls to the source and its baseline; pops counted on ringing only."""
        source, base = pair
        for name in pair:
            self.arrivals[name].reset()
        raw_cpu = None
        if rate <= TOGETHER_UP_TO:
            (sent, raw), (lag, raw_lag) = await self._schedule(pair, rate, 3 * calls, tag)
        else:
            raw_cpu = time.thread_time()
            [raw], [raw_lag] = await self._schedule((base,), rate, 3 * calls, tag)
            await self._settle([base], [sum(1 for *_, ok in raw if ok)])
            raw_cpu = time.thread_time() - raw_cpu
            await asyncio.sleep(0.5)  # the loop idle between the two schedules
        gui_cpu = time.thread_time()
        if rate > TOGETHER_UP_TO:
            [sent], [lag] = await self._schedule((source,), rate, 3 * calls, tag)
        ringing = [record for record in sent if record[0].endswith("/ringing")]
        pops = self.sessions[source][2]
        accepted = [key.rsplit("/", 1)[0] for key, _, ok in ringing if ok]
        await self._settle([source, base], [len(accepted), sum(1 for *_, ok in raw if ok)])
        await self._until(lambda: not self.sessions[source][0].pending, "the GUI's queue")
        for _session, _, manager in self.sessions.values():
            manager.close_all()
        await asyncio.sleep(0.5)  # the pops' look-ups finish before the next schedule
        gui_cpu = time.thread_time() - gui_cpu  # the GUI thread's CPU for this schedule, look-ups included
        writer = pops.notes.calls
        await asyncio.get_running_loop().run_in_executor(None, writer.flush, 60.0)
        journaled = self._journaled(pops, accepted)
        popped = {key.rsplit("/", 1)[0] for key in self.arrivals[source].by_key}
        reasons = self._not_popped(source, [c for c in accepted if c not in popped])
        mine = latency_summary(ringing, self.arrivals[source])
        collapsed = reasons.get("collapsed", 0)
        not_popped = mine.pop("events_lost")
        mine = {
            "calls_sent": mine.pop("events_sent"),
            "calls_refused_by_http": mine.pop("events_refused_by_http"),
            "pops_shown": mine.pop("events_published"),
            "calls_collapsed": collapsed,  # coalesced into "N more calls" (overload): not a loss
            "calls_not_popped": not_popped,
            "calls_neither_popped_nor_collapsed": not_popped - collapsed,
            "calls_not_popped_by_reason": reasons,
            "calls_journaled": journaled,
            "calls_missing_from_journal": len(accepted) - journaled,
            **mine,
            "gui_cpu_ms_per_call": round(gui_cpu * 1000 / calls, 3),
            "sender": lag,
        }
        raw_figures = latency_summary(raw, self.arrivals[base])
        if raw_cpu is not None:  # its own schedule: the GUI thread's CPU for it alone
            raw_figures["gui_cpu_ms_per_call"] = round(raw_cpu * 1000 / calls, 3)
        return [mine, {**raw_figures, "sender": raw_lag}]

    async def _schedule(
        self, names: tuple[str, ...], rate: float, count: int, tag: str
    ) -> tuple[list[list[list[Any]]], list[dict[str, Any]]]:
        """One sender schedule of ``count`` events to each of ``names`` (staggered evenly within an
        interval): what was sent per stream, and the sender's own lag per stream."""
        streams = [
            {**self.targets[name], "prefix": f"{tag}-{name}-", "offset": i / (rate * len(names))}
            for i, name in enumerate(names)
        ]
        result = await self._post("/run", {"rate": rate, "count": count, "streams": streams})
        return result["streams"], result["sender"]

    def _not_popped(self, source: str, call_ids: list[str]) -> dict[str, int]:
        """Why each call that did not pop got none, counted by reason: ``collapsed`` (into "N more
        calls"), ``ended_before_ringing`` (its hangup was the first event the GUI took: a call already
        over gets no pop), ``no_event`` (none of its events reached the GUI: a loss), ``first_event_not_popped``
        (its ringing or answer came first and still no pop: a bug) — see the README."""
        first = self.first_state[source]
        reasons: dict[str, int] = {}
        for call_id in call_ids:
            if call_id in self.collapsed[source]:
                reason = "collapsed"
            elif call_id not in first:
                reason = "no_event"
            elif first[call_id] in ("ringing", "answered"):
                reason = "first_event_not_popped"
            else:
                reason = "ended_before_ringing"
            reasons[reason] = reasons.get(reason, 0) + 1
        return reasons

    @staticmethod
    def _journaled(pops: Any, call_ids: list[str]) -> int:
        """How many of ``call_ids`` the pops' journal holds (read on a connection of its own)."""
        from agent_desk.journal import Journal

        journal = Journal(pops.notes.journal.path)
        try:
            held = {row[0] for row in journal._db.execute("SELECT call_id FROM calls")}
        finally:
            journal.close()
        return sum(1 for call_id in call_ids if call_id in held)


async def measure(mode: str) -> dict[str, Any]:
    idle_calls, calls = MODES[mode]
    figures: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as home:
        receiver = PopReceiver(mode, home)
        async with receiver.cleanup:
            await receiver.start()
            from PySide6.QtWidgets import QApplication

            from agent_desk.ui.window.app import tune_interpreter

            collector = tune_interpreter(QApplication.instance())  # as the desk's window does once it is up
            receiver.cleanup.callback(collector.stop)
            for pair in PAIRS:  # warm-up, not reported
                await receiver.pop_latency(pair, 500, 50, "warm")
            pauses = CollectionPauses().start()
            receiver.cleanup.callback(pauses.stop)
            for rate, count in ((1, idle_calls), (50, calls), (500, calls)):
                for pair in PAIRS:
                    mine, raw = await receiver.pop_latency(pair, rate, count, f"p{rate}")
                    print(f"  pop {pair[0]:<9} {rate:>3}/s  p50 {mine['p50_ms']} ms", file=sys.stderr)
                    figures.append(
                        {
                            "name": f"pop.{pair[0]}.{rate}_per_s",
                            "source": pair[0],
                            "rate_per_s": rate,
                            "calls": count,
                            **mine,
                            "baseline": {"name": f"raw.{pair[1]}.{rate}_per_s", **raw},
                            "ratio_p50": ratio(mine["p50_ms"], raw["p50_ms"]),
                            "ratio_p99": ratio(mine["p99_ms"], raw["p99_ms"]),
                            "ratio_max": ratio(mine["max_ms"], raw["max_ms"]),
                            "method": METHOD,
                        }
                    )
    return {
        "figures": figures,
        "calls_at_1_per_s": idle_calls,
        "calls_at_50_and_500_per_s": calls,
        "shortened_1_per_s": idle_calls < calls,  # 1,000 calls at 1 event/s take 50 min per source: --full
        "mode": mode,
        "gc_pauses": pauses.summary(),  # every garbage collection of the schedules (after the warm-up)
    }


def run(mode: str, ingestion: list[dict[str, Any]] = ()) -> dict[str, Any]:
    """The pop figures of one run, measured in a fresh GUI process (see the module doc); with the
    same run's ``latency.<source>.<rate>_per_s`` figures, each pop figure also gets its ratio to them."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryDirectory() as data:
        env["AGENT_DESK_DATA"] = data  # the pops' journal
        child = subprocess.run(
            [sys.executable, "-m", "tests.bench.pops", mode],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            text=True,
            check=True,
        )
    result = json.loads(child.stdout)
    events = {f["name"]: f for f in ingestion}
    for figure in result["figures"]:
        pipeline = events.get(f"latency.{figure['source']}.{figure['rate_per_s']}_per_s")
        if pipeline is not None:
            figure["ingestion"] = {"name": pipeline["name"], "p50_ms": pipeline["p50_ms"], "p99_ms": pipeline["p99_ms"]}
            figure["ratio_p50_to_ingestion"] = ratio(figure["p50_ms"], pipeline["p50_ms"])
            figure["ratio_p99_to_ingestion"] = ratio(figure["p99_ms"], pipeline["p99_ms"])
    return result


def summary(result: dict[str, Any]) -> str:
    lines = [f"{'pop figure':<32}{'p50 ms':>9}{'p99 ms':>9}{'max ms':>9}{'missed':>7}   ratio p50/p99 vs raw"]
    lines += [
        f"{f['name']:<32}{f['p50_ms']:>9}{f['p99_ms']:>9}{f['max_ms']:>9}{f['calls_not_popped']:>7}   "
        f"x{f['ratio_p50']} / x{f['ratio_p99']}  (over {f['pops_shown']} calls; "
        f"x{f.get('ratio_p50_to_ingestion')} of the ingestion p50; GUI CPU per call {f.get('gui_cpu_ms_per_call')} ms, "
        f"raw {f['baseline'].get('gui_cpu_ms_per_call')})"
        for f in result["figures"]
    ]
    if "gc_pauses" in result:
        lines.append(summary_line(result["gc_pauses"]))
    return "\n".join(lines)


def main() -> None:
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        result = loop.run_until_complete(measure(sys.argv[1] if len(sys.argv) > 1 else "quick"))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
