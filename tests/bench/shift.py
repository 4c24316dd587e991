"""Shift-long memory: an agent's desk through N simulated calls, RSS after the first call vs after N.

``run(calls) -> dict`` starts ``python -m tests.bench.shift CALLS HOME`` (a fresh process, Qt offscreen)
and returns its figures. That process is the agent's computer and the PBX at once: the simulator
(TEL4VN dialect) in the same qasync loop, and a real :class:`~agent_desk.ui.window.desk.Desk` signed
in as agent 101 with webhook events, every view built. What an agent's eight hours do, per call:

* the simulator rings 101 and the pop shows; the call is answered (the call card shows it), talks
  and hangs up; the agent opens the note in the pop, types it and closes the pop (the note is saved);
* every :data:`MISSED_EVERY`-th call rings out unanswered instead: the pop says so and is closed,
  the call goes to the missed list;
* every :data:`SEARCH_EVERY` calls the History tab searches again; every :data:`JOURNAL_EVERY` the
  Journal tab is opened (it reads the grown journal), the newest call is selected and a line is
  added to its note there; every :data:`MISSED_VIEW_EVERY` the Missed tab is opened and the oldest
  missed call dismissed; every :data:`RECORDING_EVERY` a call's recording is downloaded and played
  in the History tab (where the machine has no sound output the player says so), then stopped.

The figure: RSS (``VmRSS``, Linux) after the first call and after the last, each read the same way
once the desk is idle: closed pops deleted (``deleteLater`` run), ``gc.collect()``, a few turns of
the event loop. Target: the last at most :data:`TARGET_RATIO` times the first after an 8-hour shift
(600 calls). The result also keeps RSS every :data:`SAMPLE_EVERY` calls, the widgets and pops alive,
and the Python object types that grew most between the first and the last call (a leak's suspects).
``--trace`` adds ``tracemalloc``'s biggest growths between call :data:`TRACE_FROM` and the last
(it slows the run and adds its own memory: for finding a leak, not for the figure).
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import gc
import json
import os
import subprocess
import sys
import tempfile
import time
import tracemalloc
import uuid
from pathlib import Path
from typing import Any

from tests.bench.__main__ import ROOT
from tests.helpers import until

CALLS = {"quick": 30, "default": 600, "full": 600}  # default and full: an 8-hour shift (about 600 calls)
SEARCH_EVERY = 5  # a history search every this many calls
MISSED_EVERY = 10  # every this many calls, one rings out unanswered (a missed call)
JOURNAL_EVERY = 10  # the Journal tab opened and a note added there
MISSED_VIEW_EVERY = 20  # the Missed tab opened and its oldest call dismissed
RECORDING_EVERY = 50  # a recording played in the History tab
SAMPLE_EVERY = 50  # RSS kept every this many calls
TRACE_FROM = 100  # --trace: tracemalloc's snapshot after this call is compared with the last
RING_TIMEOUT_S = 0.5  # a missed call rings this long (answered ones are picked up after 0.05 s)
TARGET_RATIO = 1.2
GROWN_TYPES = 12  # how many of the most-grown Python object types the result names


def rss_mb() -> float:
    """This process's resident set size in MB (Linux ``/proc``)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


async def settle() -> None:
    """Let the desk go idle: deferred deletes run, garbage collected, a few event-loop turns."""
    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(5):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        await asyncio.sleep(0.02)
    gc.collect()
    await asyncio.sleep(0.02)


def object_types() -> collections.Counter[str]:
    """Live Python objects tracked by the collector, by type name."""
    return collections.Counter(type(o).__qualname__ for o in gc.get_objects())


def widgets() -> tuple[int, int]:
    """(widgets alive, screen-pops alive) in this process."""
    from PySide6.QtWidgets import QApplication

    from agent_desk.ui.pops.screen_pop import ScreenPop

    alive = QApplication.allWidgets()
    return len(alive), sum(isinstance(w, ScreenPop) for w in alive)


class Shift:
    """The desk and the simulator of one run, and what each kind of call or task does."""

    def __init__(self, desk: Any, sim: Any, profile: Any) -> None:
        self.desk, self.sim, self.profile = desk, sim, profile
        self.popped: list[Any] = []
        desk.pops.poppedUp.connect(self.popped.append)
        self.counts = collections.Counter[str]()
        self.answered: list[str] = []  # call ids, in order
        self.missed: list[str] = []

    async def call(self, n: int, missed: bool) -> str:
        """One inbound call to 101, answered (note typed in the pop) or rung out; its call id."""
        from agent_desk.ui.pops import screen_pop as sp

        desk, extension = self.desk, self.sim.world.extension("101")
        self.popped.clear()
        extension.answers = not missed
        try:
            # a missed call comes from a number of its own: the list takes a number's second missed call
            # within SAME_CALL_SECONDS for the same call (agent_desk.missed)
            call = self.sim.world.start_inbound(f"09{n:08d}" if missed else None, extension="101")
            await until(lambda: self.popped, 20, f"the pop of call {n}")
        finally:
            extension.answers = True
        pop = self.popped[0]
        if missed:
            await until(lambda: pop.state in (sp.PopState.MISSED, sp.PopState.STOPPED), 20, f"call {n} to ring out")
            desk.pops.close(call.id)
            self.missed.append(str(call.id))
            return str(call.id)
        card = desk.call_card
        await until(lambda: card.card is not None and card.card.call_id == call.id, 20, f"call {n} on the call card")
        await until(lambda: pop.state == sp.PopState.ENDED, 20, f"call {n} to end")
        pop.note_button.click()
        pop.note.setPlainText(f"Khách hỏi về hợp đồng, cuộc gọi {n}")
        desk.pops.close(call.id)  # dismissing saves the note at once
        self.answered.append(str(call.id))
        return str(call.id)

    async def search_history(self) -> None:
        history = self.desk.history
        history.start_search()
        await until(lambda: history.search is not None and history.search.pages and not history.loading, 20, "a search")
        self.counts["history_searches"] += 1

    async def journal(self, call_id: str, n: int) -> None:
        """Open the Journal tab (it reads the journal again), select the newest call, add to its note."""
        desk = self.desk
        view = desk.journal_view
        desk.window.tabs.setCurrentWidget(view)
        await until(lambda: view.model.row_of(call_id) >= 0, 20, "the newest call in the Journal tab")
        view.table.selectRow(view.model.row_of(call_id))
        await until(lambda: view.call_id == call_id, 20, "the journal's editor")
        view.note.appendPlainText(f"Gọi lại sau, lần {n}")
        desk.window.tabs.setCurrentIndex(0)  # leaving the tab saves the note
        self.counts["journal_edits"] += 1

    async def missed_list(self) -> None:
        """Open the Missed tab once it lists the newest missed call; dismiss the oldest there."""
        desk, newest = self.desk, self.missed[-1]
        view = desk.missed_view
        desk.window.tabs.setCurrentWidget(view)
        await until(lambda: any(c.call_id == newest for c in view.calls), 20, "the newest missed call listed")
        view.list.setCurrentRow(len(view.calls) - 1)
        oldest = view.calls[-1].call_id
        view.dismiss()
        await until(lambda: all(c.call_id != oldest for c in view.calls), 20, "the missed call to be dismissed")
        desk.window.tabs.setCurrentIndex(0)
        self.counts["missed_dismissed"] += 1

    async def recording(self) -> None:
        """Play a recorded call of the History tab's results (or have the player say why not), then stop."""
        history = self.desk.history
        desk = self.desk
        desk.window.tabs.setCurrentWidget(history)
        url = history.player.url
        for row in range(history.proxy.rowCount()):  # the first row shown that has a recording
            history.select_row(row)
            if (record := history.selected()) is not None and record.recording:
                break
        else:
            return
        history.player_bar.play_button.click()
        await until(lambda: history.player.url != url or history.message.text(), 20, "the recording to load")
        history.player.stop()
        desk.window.tabs.setCurrentIndex(0)
        self.counts["recordings_played"] += 1


async def measure(calls: int, home: Path, trace: bool) -> dict[str, Any]:
    from agent_desk.config import WebhookSettings, parse_profile
    from agent_desk.journal import Journal
    from agent_desk.secrets import SecretStore, env_name
    from agent_desk.sim.server import Simulator
    from agent_desk.sim.world import SimSettings
    from agent_desk.ui.settings.preferences import UiSettings
    from agent_desk.ui.window.app import free_loopback_port
    from agent_desk.ui.window.desk import Desk

    settings = SimSettings(
        answer_delay=0.05, talk_time=(0.05, 0.1), ring_timeout=RING_TIMEOUT_S, cdr_delay=0.05, rate_per_min=0.0
    )
    sim = Simulator(settings, providers=["tel4vn"])
    await sim.start()
    table, secrets = sim.profile("tel4vn", "101")
    port = free_loopback_port()
    table.update(events="webhook")
    profile = parse_profile("shift", table)
    profile.webhook = WebhookSettings(port=port, public_url=f"http://127.0.0.1:{port}")
    secrets = {**secrets, "webhook_secret": "hook-" + uuid.uuid4().hex}
    store = SecretStore(profile, env={env_name(k): v for k, v in secrets.items()})
    desk = Desk(
        settings=UiSettings(home / "ui.ini"),
        secret_source=lambda _p: store,
        instance_name=f"agent-desk-bench-{uuid.uuid4().hex[:12]}",
    )
    desk.show()
    desk.bring_up()
    try:
        if not await desk.sign_in(profile, {}, False):
            raise RuntimeError("the bench desk could not sign in")
        hooks = sim.dialects["tel4vn"].hooks
        await until(
            lambda: (
                len([h for h in hooks if str(h.get("callback_url", "")).startswith(profile.webhook.public_url)]) == 4
            ),
            20,
            "the webhooks to be registered",
        )
        assert desk.pops is not None and desk.history is not None
        desk.history.ensure_built()
        shift = Shift(desk, sim, profile)
        samples: list[tuple[int, float]] = []
        first: dict[str, Any] = {}
        traced: tracemalloc.Snapshot | None = None
        call_ids: list[str] = []
        started = time.monotonic()
        for n in range(1, calls + 1):
            call_ids.append(await shift.call(n, missed=n % MISSED_EVERY == 0))
            if n % SEARCH_EVERY == 0 or n == 1:
                await shift.search_history()
            if n % JOURNAL_EVERY == 0:
                await shift.journal(call_ids[-1], n)
            if n % MISSED_VIEW_EVERY == 0:
                await shift.missed_list()
            if n % RECORDING_EVERY == 0 or n == 1:
                await shift.recording()
            if n == 1 or n % SAMPLE_EVERY == 0 or n == calls:
                await settle()
                samples.append((n, round(rss_mb(), 1)))
            if n == 1:
                first = {"widgets": widgets(), "types": object_types()}
            if trace and n == min(TRACE_FROM, calls):
                tracemalloc.start(10)
                traced = tracemalloc.take_snapshot()
        seconds = time.monotonic() - started
        await settle()
        rss_first, rss_last = samples[0][1], samples[-1][1]
        (widgets_first, pops_first), (widgets_last, pops_last) = first["widgets"], widgets()
        grown = (object_types() - first["types"]).most_common(GROWN_TYPES)
        journal = Journal()
        missing = [c for c in call_ids if journal.get(profile.name, c) is None]
        if missing:
            raise RuntimeError(f"{len(missing)} of {calls} calls are not in the journal")
        last = journal.get(profile.name, shift.answered[-1])
        if last is None or not last.note:
            raise RuntimeError("the last answered call's note is not in the journal")
        result: dict[str, Any] = {
            "calls": calls,
            "answered": len(shift.answered),
            "missed": len(shift.missed),
            **dict(shift.counts),
            "search_every": SEARCH_EVERY,
            "seconds": round(seconds, 1),
            "rss_first_call_mb": rss_first,
            "rss_last_call_mb": rss_last,
            "ratio": round(rss_last / rss_first, 3),
            "target_ratio": TARGET_RATIO,
            "rss_every_mb": samples,
            "widgets_alive_first_last": [widgets_first, widgets_last],
            "pops_alive_first_last": [pops_first, pops_last],
            "grown_object_types": grown,
            "missed_list_open": len(desk.missed.calls()) if desk.missed is not None else None,
            "method": (
                "RSS (VmRSS) once idle (deferred deletes run, gc.collect(), event-loop turns) after the first "
                "and the last call of the same process; simulator and desk in one qasync loop, Qt offscreen"
            ),
        }
        if traced is not None:
            diff = tracemalloc.take_snapshot().compare_to(traced, "lineno")
            result["tracemalloc_growth"] = [str(stat) for stat in diff[:15]]
        return result
    finally:
        await desk.shutdown()
        await sim.stop()


def run(calls: int) -> dict[str, Any]:
    """The figures of one shift of ``calls`` calls, measured in a fresh process."""
    with tempfile.TemporaryDirectory(prefix="agent-desk-shift-") as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "AGENT_DESK_DATA": home}
        done = subprocess.run(
            [sys.executable, "-m", "tests.bench.shift", str(calls), home],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
        )
    if done.returncode:
        tail = "\n".join(done.stderr.strip().splitlines()[-15:])
        raise RuntimeError(f"the shift process exited {done.returncode}:\n{tail}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def summary(result: dict[str, Any]) -> str:
    return (
        f"shift of {result['calls']} calls: RSS {result['rss_first_call_mb']} MB after the first call, "
        f"{result['rss_last_call_mb']} MB after the last: ×{result['ratio']} (target ≤ ×{result['target_ratio']}); "
        f"pops alive at the end {result['pops_alive_first_last'][1]}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.shift", description=__doc__.split("\n\n")[0])
    parser.add_argument("calls", type=int)
    parser.add_argument("home", type=Path, help="the desk's data folder (also set AGENT_DESK_DATA to it)")
    parser.add_argument("--trace", action="store_true", help=f"tracemalloc's growth from call {TRACE_FROM} on")
    args = parser.parse_args()
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        result = loop.run_until_complete(measure(args.calls, args.home, args.trace))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
