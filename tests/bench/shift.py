"""Shift-long memory: an agent's desk through N simulated calls, RSS after the first call vs after N.

``run(calls) -> dict`` starts ``python -m tests.bench.shift CALLS`` (a fresh process, Qt offscreen)
and returns its figures. That process is the agent's computer and the PBX at once: the simulator
(TEL4VN dialect) in the same qasync loop, and a real
:class:`~agent_desk.ui.window.desk.Desk` signed in as agent 101 with webhook events. Each call: the
simulator rings 101, the pop shows, the call is answered and hangs up, the agent types a note in the
pop and closes it (the journal saves it); every ``SEARCH_EVERY`` calls the History tab searches
again. RSS (``VmRSS``, Linux) is read after the first call and after the last; the figure is their
ratio (target: at most 1.2 after an 8-hour shift, about 600 calls).
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.bench.__main__ import ROOT

CALLS = {"quick": 5, "default": 60, "full": 600}  # calls in a run: quick checks the harness, full is a shift
SEARCH_EVERY = 5  # a history search every this many calls
TARGET_RATIO = 1.2


def rss_mb() -> float:
    """This process's resident set size in MB (Linux ``/proc``)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


async def until(predicate: Callable[[], object], what: str, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(f"waited {timeout:.0f} s for {what}")
        await asyncio.sleep(0.01)


async def measure(calls: int, home: Path) -> dict[str, Any]:
    from agent_desk.config import WebhookSettings, parse_profile
    from agent_desk.secrets import SecretStore, env_name
    from agent_desk.sim.server import Simulator
    from agent_desk.sim.world import SimSettings
    from agent_desk.ui.pops import screen_pop as sp
    from agent_desk.ui.settings.preferences import UiSettings
    from agent_desk.ui.window.app import free_loopback_port
    from agent_desk.ui.window.desk import Desk

    settings = SimSettings(answer_delay=0.1, talk_time=(0.2, 0.3), ring_timeout=5.0, cdr_delay=0.05, rate_per_min=0.0)
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
            "the webhooks to be registered",
        )
        assert desk.pops is not None and desk.history is not None
        popped: list[Any] = []
        desk.pops.poppedUp.connect(popped.append)
        desk.history.ensure_built()
        rss: list[float] = []
        started = time.monotonic()
        for n in range(1, calls + 1):
            popped.clear()
            call = sim.world.start_inbound(extension="101")
            await until(lambda: popped, f"the pop of call {n}")
            pop = popped[0]
            await until(lambda pop=pop: pop.state == sp.PopState.ENDED, f"call {n} to end")
            pop.note_button.click()
            pop.note.setPlainText(f"Khách hỏi về hợp đồng, cuộc gọi {n}")
            desk.pops.close(call.id)  # dismissing saves the note at once
            if n % SEARCH_EVERY == 0 or n == 1:
                history = desk.history
                history.start_search()
                await until(lambda h=history: h.search is not None and h.search.pages and not h.loading, "a search")
            if n in (1, calls):
                rss.append(rss_mb())
        from agent_desk.journal import Journal

        entry = Journal().get(profile.name, call.id)
        if entry is None or not entry.note:
            raise RuntimeError("the last call's note is not in the journal")
        return {
            "calls": calls,
            "search_every": SEARCH_EVERY,
            "seconds": round(time.monotonic() - started, 1),
            "rss_first_call_mb": round(rss[0], 1),
            "rss_last_call_mb": round(rss[-1], 1),
            "ratio": round(rss[-1] / rss[0], 3),
            "target_ratio": TARGET_RATIO,
        }
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
            stdout=subprocess.PIPE,
            text=True,
            check=True,
        )
    return json.loads(done.stdout.strip().splitlines()[-1])


def summary(result: dict[str, Any]) -> str:
    return (
        f"shift of {result['calls']} calls: RSS {result['rss_first_call_mb']} MB after the first call, "
        f"{result['rss_last_call_mb']} MB after the last: ×{result['ratio']} (target ≤ ×{result['target_ratio']})"
    )


def main() -> None:
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        result = loop.run_until_complete(measure(int(sys.argv[1]), Path(sys.argv[2])))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
